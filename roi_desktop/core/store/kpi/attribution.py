"""Queries of attribution (KPIS §6): the contacts of won deals and their dated touches.

Everything is looked up by e-mail for the contacts of the deals being attributed — the e-mail list goes in as
one JSON parameter (read connections cannot create temporary tables) — through primary keys:
`contact_activity` for clicks and `automated_sends` for workflow enrolments, never the million-row
`email_events`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from sqlite_utils import Database

from roi_desktop.core.store.schema import UTM_VISIT


def _emails(emails: Iterable[str]) -> str:
    return json.dumps(sorted(set(emails)))


def deal_contacts(db: Database, deal_ids: Iterable[int]) -> list[tuple[int, str]]:
    """(deal id, e-mail) of the given deals."""
    return db.execute(
        "SELECT deal_id, email FROM deal_contacts WHERE deal_id IN (SELECT value FROM json_each(?)) ORDER BY 1, 2",
        [json.dumps(sorted(set(deal_ids)))],
    ).fetchall()


def won_deal_emails(db: Database) -> list[str]:
    """The e-mails linked to any won deal."""
    return [row[0] for row in db.execute(
        "SELECT DISTINCT dc.email FROM deal_contacts dc JOIN deals d ON d.id = dc.deal_id WHERE d.status = 'won'")]


def contact_origins(db: Database, emails: Iterable[str]) -> list[tuple[str, str | None, str | None, str | None]]:
    """(e-mail, channel of the original source or first UTM, first-seen day, earliest stage-entry day)."""
    return db.execute(
        """SELECT c.email, c.channel, c.first_seen_day,
            (SELECT min(s.entry_day) FROM stage_history s WHERE s.origin = 'import' AND s.email = c.email)
        FROM contacts c WHERE c.email IN (SELECT value FROM json_each(?))""",
        [_emails(emails)],
    ).fetchall()


def lead_entries(db: Database, emails: Iterable[str]) -> dict[str, str]:
    """E-mail → earliest day it became a lead (imported stages)."""
    return dict(db.execute(
        """SELECT email, min(entry_day) FROM stage_history
        WHERE origin = 'import' AND stage = 'lead' AND email IN (SELECT value FROM json_each(?)) GROUP BY email""",
        [_emails(emails)],
    ).fetchall())


def clicks(db: Database, emails: Iterable[str], since: str) -> list[tuple[str, str, int]]:
    """(e-mail, click day, campaign id) of the clicks of these contacts from `since` on."""
    return db.execute(
        """SELECT email, day, campaign_id FROM contact_activity
        WHERE email IN (SELECT value FROM json_each(?)) AND clicked = 1 AND day >= ?""",
        [_emails(emails), since],
    ).fetchall()


def automated_sends(db: Database, emails: Iterable[str]) -> list[tuple[str, int, str]]:
    """(e-mail, automated campaign id, first send day) of these contacts."""
    return db.execute(
        "SELECT email, campaign_id, day FROM automated_sends WHERE email IN (SELECT value FROM json_each(?))",
        [_emails(emails)],
    ).fetchall()


def utm_visits(db: Database, emails: Iterable[str]) -> list[tuple[str, str, str | None, str | None]]:
    """(e-mail, day, UTM source, UTM medium) of contact records whose form carried UTM fields, dated by the
    record's creation."""
    return db.execute(
        "SELECT email, created_day, utm_source, utm_medium FROM contact_records"
        f" WHERE email IN (SELECT value FROM json_each(?)) AND {UTM_VISIT}",  # the partial index of migration 0015
        [_emails(emails)],
    ).fetchall()


def has_automated_sends(db: Database) -> bool:
    """Whether any automated e-mail was imported recipient by recipient (workflow touches can exist)."""
    return db.execute("SELECT 1 FROM automated_sends LIMIT 1").fetchone() is not None
