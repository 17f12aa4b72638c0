"""What a person types into the cost ledger → stored values: months, amounts, currencies, categories, channels.

People write "03/2025", "mars 2025" or "2025-03"; "1 234,56 €" or "1,234.56"; "€" or "eur"; "Licence outil" or
"Tool licences". Each parser returns the stored form or raises ValueError; the ledger turns that into a plain
message. Labels keep their spelling (the ledger shows what was typed) and map to the ids of KPIS §3.5–3.6.
`spelling_clash` catches the same category typed two ways ("Contenu" / "Contenus"), which would otherwise
split one budget line into two categories.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime

from roi_desktop.core.channels import (
    CHANNELS,
    COST_CATEGORIES,
    category_of_label,
    channel_of_label,
)
from roi_desktop.core.importing.dates import DateFormat
from roi_desktop.core.importing.fields import header_key
from roi_desktop.core.importing.normalise import (
    NumberFormat,
    detect_number_format,
    is_empty,
    to_cents,
)

_ISO_MONTH = re.compile(r"(\d{4})[-/.](\d{1,2})")
_MONTH_YEAR = re.compile(r"(\d{1,2})[-/.](\d{4})")
_CURRENCY_CODE = re.compile(r"[A-Z]{3}")
_SYMBOLS = {"€": "EUR", "$": "USD", "US$": "USD", "£": "GBP", "CHF": "CHF", "FR": "CHF"}
_ANY_DATE = DateFormat("any layout", day_first=True)

# The names the app shows for categories and channels (English and French), so that a pasted table written
# with them maps back to the same ids; the labels of imported workbooks are in core/channels.py.
_CATEGORY_NAMES = {
    "licence": ("tool licences", "tool licenses", "licences d outils", "licences outils", "licences logicielles"),
    "staff_time": ("temps de l equipe", "temps passe", "staff costs"),
    "ads": ("publicite payante", "advertisement"),
    "content": ("contenus",),
    "agency": ("agences", "agencies"),
    "other": ("autres", "others"),
}
_CHANNEL_NAMES = {
    "organic_social": ("reseaux sociaux organiques",),
    "referral": ("sites referents",),
    "events": ("events and webinars", "evenements et webinaires", "evenements webinaires"),
    "automation": ("marketing automation",),
    "shared": ("tous les canaux", "all channels"),
    "other": ("autre", "other"),
    "unknown": ("inconnu", "unknown"),
}
_NAME_TO_CATEGORY = {name: key for key, names in _CATEGORY_NAMES.items() for name in names}
_NAME_TO_CHANNEL = {name: key for key, names in _CHANNEL_NAMES.items() for name in names}


def parse_month(value: object) -> str:
    """'YYYY-MM' from "2025-03", "03/2025", "mars 2025", "Mar 2025", "15/03/2025" or a date cell."""
    if isinstance(value, datetime | date):
        return f"{value.year:04d}-{value.month:02d}"
    text = str(value or "").strip()
    if not text:
        raise ValueError("empty month")
    for pattern, year_group, month_group in ((_ISO_MONTH, 1, 2), (_MONTH_YEAR, 2, 1)):
        match = pattern.fullmatch(text)
        if match:
            return _checked(int(match[year_group]), int(match[month_group]))
    for candidate in (text, "1 " + text):  # "mars 2025" is a date without its day
        try:
            parsed = _ANY_DATE.parse(candidate)
        except ValueError:
            continue
        if parsed is not None:
            return _checked(int(parsed[0][:4]), int(parsed[0][5:7]))
    raise ValueError(f"not a month: {text!r}")


def _checked(year: int, month: int) -> str:
    if not 1 <= month <= 12 or not 1900 <= year <= 2999:
        raise ValueError(f"not a month: {year}-{month}")
    return f"{year:04d}-{month:02d}"


def parse_amount(value: object, decimal_comma: bool | None = None) -> int:
    """Cents from 1234.5, "1 234,56 €", "1,234.56" or "89,70". `decimal_comma` settles "1,500" (the user's
    locale); without it the text decides and "1,500" reads as 1500. Raises ValueError when not a number."""
    if isinstance(value, bool):
        raise ValueError("not an amount")  # noqa: TRY004 - callers catch ValueError: a bad value, not a bug
    if isinstance(value, int | float):
        return to_cents(float(value))
    text = str(value or "").strip()
    if is_empty(text):
        raise ValueError("empty amount")
    fmt = NumberFormat(decimal_comma) if decimal_comma is not None else detect_number_format([text])
    number = fmt.parse(text)
    if number is None:
        raise ValueError("empty amount")
    return to_cents(number)


def parse_currency(value: object) -> str:
    """An ISO code ("EUR") from "eur", "€", "US$"; raises ValueError for anything else."""
    text = str(value or "").strip().upper()
    text = _SYMBOLS.get(text, text)
    if not _CURRENCY_CODE.fullmatch(text):
        raise ValueError(f"not a currency: {text!r}")
    return text


_WRITTEN_CURRENCY = re.compile(r"US\$|[€$£]|\b[A-Za-z]{3}\b")


def currency_in(value: object) -> str | None:
    """The currency an amount is written with ("1 000 $" → USD, "89,70 €" → EUR), or None."""
    if not isinstance(value, str):
        return None
    match = _WRITTEN_CURRENCY.search(value)
    return parse_currency(match[0]) if match else None


def parse_rate(value: object, decimal_comma: bool | None = None) -> float:
    """An exchange rate (> 0) from 0.92, "0,92" or "1.0835"."""
    if isinstance(value, int | float) and not isinstance(value, bool):
        rate = float(value)
    else:
        text = str(value or "").strip()
        if not text:
            raise ValueError("empty rate")
        fmt = NumberFormat(decimal_comma) if decimal_comma is not None else detect_number_format([text])
        parsed = fmt.parse(text)
        if parsed is None:
            raise ValueError("empty rate")
        rate = parsed
    if not 0 < rate <= MAX_RATE:  # also refuses NaN and infinity ("1" × 400 digits parses to inf)
        raise ValueError("a rate is positive and below MAX_RATE")
    return rate


MAX_RATE = 1e6
"""No currency is worth a million of another; above it a rate is a typing slip, and an infinite one stored made
every cost figure fail until it was removed."""


def resolve_category(value: object) -> tuple[str, str | None]:
    """(category id, label to keep or None): an id or one of the app's names keeps no label; any other text
    is kept as typed and mapped like an imported label (unknown → other)."""
    text = " ".join(str(value or "").split())
    if text in COST_CATEGORIES:
        return text, None
    key = header_key(text)
    if key in _NAME_TO_CATEGORY:
        return _NAME_TO_CATEGORY[key], None
    return category_of_label(text), text


def resolve_channel(value: object) -> tuple[str | None, str | None]:
    """(channel id or None, label to keep or None), like resolve_category; empty → (None, None)."""
    text = " ".join(str(value or "").split())
    if not text:
        return None, None
    if text in CHANNELS:
        return text, None
    key = header_key(text)
    if key in _NAME_TO_CHANNEL:
        return _NAME_TO_CHANNEL[key], None
    return channel_of_label(text), text


def spelling_clash(label: str, target: str, known: Iterable[tuple[str, str]]) -> str | None:
    """The known label `label` looks like a misspelling of, or None.

    Two spellings clash when they are the same apart from case, accents and punctuation, or one or two letters
    apart ("Contenus"/"Contenu", "Webinaire"/"Webinaires") — unless both already count in the same known
    category or channel, where the difference changes no figure. `known`: (label, id it maps to).
    """
    folded = header_key(label)
    candidates = list(known)
    if any(other == label for other, _ in candidates):
        return None
    for other, other_target in candidates:
        other_folded = header_key(other)
        if target == other_target and target not in ("other", "unknown"):
            continue
        limit = 1 if min(len(folded), len(other_folded)) < 6 else 2
        if folded == other_folded or _distance(folded, other_folded, limit) <= limit:
            return other
    return None


def same_words(a: str, b: str) -> bool:
    """Whether two labels are the same apart from case, accents, punctuation and a letter or two
    ("Licence outil" / "Licences outils"): the ledger then shows only one of them."""
    first, second = header_key(a), header_key(b)
    return first == second or _distance(first, second, 2) <= 2


def _distance(a: str, b: str, limit: int) -> int:
    """Levenshtein distance of a and b, or limit + 1 as soon as it exceeds `limit`."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, start=1):
        current = [i]
        for j, char_b in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (char_a != char_b)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]
