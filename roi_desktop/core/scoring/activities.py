"""The dated occurrences of each engagement activity (what each reads: facts.py's docstring).

Occurrences are selected once per (activity, filter text) and cached in the facts: changing a rule's points,
window or decay reuses them. Clicked links are read from the workspace the first time a rule asks for one.
"""

from __future__ import annotations

import numpy as np

from roi_desktop.core.scoring.columns import (
    factorize,
    fold,
    folded,
    indices,
    json_list,
    unique_sorted,
)
from roi_desktop.core.scoring.facts import (
    NEVER,
    WEBINAR_WORDS,
    Facts,
    Occurrences,
    occurrences_of,
)
from roi_desktop.core.store import scoring as store

OPENED, CLICKED = 1, 2
"""Bits of `activity["kind"]`."""


def occurrences(facts: Facts, activity: str, value: str = "") -> Occurrences:
    """The occurrences of `activity` narrowed by `value` (campaign name, link or source text)."""
    wanted = fold(value)
    return facts.cached(("occurrences", activity, wanted), lambda: _select(facts, activity, wanted))


def _select(facts: Facts, activity: str, wanted: str) -> Occurrences:
    act = facts.activity
    if activity in ("email_opened", "email_clicked"):
        bit = OPENED if activity == "email_opened" else CLICKED
        keep = (act["kind"] & bit) > 0
        if wanted:
            keep &= _campaigns_named(facts, act["campaign"], lambda name: wanted in name)
        return occurrences_of(facts, act["contact"][keep], act["day"][keep])
    if activity == "link_clicked":
        contact, day, urls = links(facts)
        uniques = {text: None for text in urls}
        hit = {text: any(wanted in fold(url) for url in json_list(text)) for text in uniques}
        keep = np.fromiter((hit[text] for text in urls), dtype=bool, count=len(urls))
        return occurrences_of(facts, contact[keep], day[keep])
    if activity == "unsubscribed":
        return occurrences_of(facts, *facts.optouts)
    if activity == "bounced":
        return occurrences_of(facts, *facts.bounces)
    if activity == "deal_created":
        return occurrences_of(facts, facts.deals["contact"], facts.deals["created"])
    if activity == "web_session":
        return _web_sessions(facts, wanted)
    if activity == "webinar_registration":
        return _webinars(facts)
    return occurrences_of(facts, np.zeros(0, np.int32), np.zeros(0, np.int32))


def _campaigns_named(facts: Facts, campaigns: np.ndarray, test: object) -> np.ndarray:
    size = max(facts.campaign_names, default=0) + 1
    table = np.zeros(size + 1, bool)
    for campaign_id, name in facts.campaign_names.items():
        table[campaign_id] = test(name)  # type: ignore[operator]
    return table[np.clip(campaigns, 0, size)]


def _record_days(facts: Facts, contact: np.ndarray, day: np.ndarray) -> np.ndarray:
    """The day a record was created, else its contact's first day, else the evaluation day."""
    day = np.where(day == NEVER, facts.first_seen[contact], day)
    return np.where(day == NEVER, facts.end, day).astype(np.int32)


def _web_sessions(facts: Facts, wanted: str) -> Occurrences:
    contact, day, texts = sources(facts)
    alternatives = (wanted, wanted.replace(" ", "_"))
    verdict = {t: not wanted or any(a in t for a in alternatives) for t in set(texts)}
    if not texts:
        return occurrences_of(facts, np.zeros(0, np.int32), np.zeros(0, np.int32))
    keep = np.fromiter((verdict[t] for t in texts), dtype=bool, count=len(texts))
    unique = unique_sorted(facts.keys(contact[keep], day[keep]))  # two tools recording one visit: one visit
    return occurrences_of(facts, (unique // facts.span).astype(np.int32),
                          (unique % facts.span + facts.base).astype(np.int32))


def _webinars(facts: Facts) -> Occurrences:
    act = facts.activity
    clicks = (act["kind"] & CLICKED) > 0
    clicks &= _campaigns_named(facts, act["campaign"], lambda name: any(w in name for w in WEBINAR_WORDS))
    contact, day = webinar_tags(facts)
    return occurrences_of(facts, np.concatenate([act["contact"][clicks], contact]),
                          np.concatenate([act["day"][clicks], day]))


def sources(facts: Facts) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """(contact, day, folded "source | detail | utm… | channel" text) per record saying how the contact came
    (each distinct combination of the six fields is folded and joined once)."""
    def read() -> tuple[np.ndarray, np.ndarray, list[str]]:
        rows = store.record_sources(facts.reader())
        combos = factorize([row[2:] for row in rows])
        words = [" | ".join(f for f in folded(combo) if f and f != "unknown")  # "unknown": no source mapped
                 for combo in combos.values]
        contact = indices([row[0] for row in rows], facts.index)
        keep = (contact >= 0) & np.array([bool(w) for w in words], dtype=bool)[combos.codes]
        day = _record_days(facts, contact[keep], np.array([row[1] for row in rows], dtype=np.int32)[keep])
        return contact[keep], day, [words[c] for c in combos.codes[keep].tolist()]
    return facts.cached("sources", read)


def webinar_tags(facts: Facts) -> tuple[np.ndarray, np.ndarray]:
    """(contact, day) of records tagged as webinar registrants."""
    def read() -> tuple[np.ndarray, np.ndarray]:
        rows = store.record_tags(facts.reader())
        tags = factorize([row[2] for row in rows])
        keep = tags.table(lambda t: any(w in fold(tag) for tag in json_list(t) for w in WEBINAR_WORDS))
        contact = indices([row[0] for row in rows], facts.index)
        keep &= contact >= 0
        return contact[keep], _record_days(facts, contact[keep], np.array([row[1] for row in rows],
                                                                           dtype=np.int32)[keep])
    return facts.cached("webinar_tags", read)


def links(facts: Facts) -> tuple[np.ndarray, np.ndarray, list[str]]:
    """(contact, day, URLs JSON) of recipient rows with clicked links, read on first use (a scan of the
    million-row event table: 0.3 s at scale 38)."""
    def read() -> tuple[np.ndarray, np.ndarray, list[str]]:
        rows = store.link_clicks(facts.reader())
        emails, days, texts = zip(*rows, strict=True) if rows else ((), (), ())
        contact, day = indices(emails, facts.index), np.array(days, dtype=np.int32)
        keep = (contact >= 0) & (day <= facts.end)
        contact, day = contact[keep], day[keep]
        urls = [t for t, k in zip(texts, keep, strict=True) if k]
        return contact, day, urls
    return facts.cached("links", read)
