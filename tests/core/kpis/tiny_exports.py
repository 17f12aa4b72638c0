"""Tiny exports written by hand and imported through the real pipeline, for figures checked by hand.

Each writer takes plain rows and writes the file a tool would export (the same headers as the fixtures), so
the KPI tests exercise detection, normalisation and loading as a user's import does.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from roi_desktop.core.importing.mapping import Mapping
from roi_desktop.core.workspace import Workspace

HUBSPOT_CONTACTS = ("Record ID", "Email", "Lifecycle Stage", "Lead Status", "Original Source", "Create Date",
                    "Became a Lead Date", "Became a Marketing Qualified Lead Date",
                    "Became a Sales Qualified Lead Date", "Became a Customer Date", "HubSpot Score")
PIPEDRIVE_DEALS = ("Deal - ID", "Deal - Title", "Deal - Value", "Deal - Currency of Value", "Deal - Organization",
                   "Deal - Status", "Deal - Deal created", "Deal - Won time", "Deal - Lost time", "Person - Email")
MAUTIC_SENDS = ("ID", "Name", "Subject", "Campaign", "Email address", "Date sent", "Read", "Date read", "Clicked",
                "Unsubscribed", "Bounced")
COSTS = ("Mois", "Catégorie", "Canal", "Montant", "Devise")


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        writer.writerows([["" if value is None else value for value in row] for row in rows])
    return path


def hubspot_contacts(folder: Path, rows: Iterable[dict[str, Any]]) -> Path:
    """rows: {"email", "stage", "status", "source", "created", "lead", "mql", "sql", "customer", "score"}."""
    keys = ("email", "stage", "status", "source", "created", "lead", "mql", "sql", "customer", "score")
    return write_csv(folder / "hubspot-contacts.csv", HUBSPOT_CONTACTS,
                     [[str(1000 + i), *(row.get(key) for key in keys)] for i, row in enumerate(rows)])


def pipedrive_deals(folder: Path, rows: Iterable[dict[str, Any]]) -> Path:
    """rows: {"value", "currency", "company", "status" (Won/Lost/Open), "created", "closed", "email"}."""
    table = []
    for i, row in enumerate(rows):
        won = row.get("closed") if row["status"] == "Won" else None
        lost = row.get("closed") if row["status"] == "Lost" else None
        table.append([str(500 + i), f"Deal {i}", row.get("value"), row.get("currency", "EUR"), row.get("company"),
                      row["status"], row.get("created"), won, lost, row.get("email")])
    return write_csv(folder / "deals-export.csv", PIPEDRIVE_DEALS, table)


def mautic_sends(folder: Path, rows: Iterable[dict[str, Any]]) -> Path:
    """rows: {"id", "name", "workflow", "email", "sent", "clicked" (bool)}."""
    return write_csv(folder / "report_emails_envoyes.csv", MAUTIC_SENDS, [
        [row["id"], row["name"], row["name"], row["workflow"], row["email"], row["sent"], "No", "",
         "Yes" if row.get("clicked") else "No", "No", "No"] for row in rows])


def costs(folder: Path, rows: Iterable[Sequence[Any]]) -> Path:
    """rows: (month 'YYYY-MM', category label, channel label, amount, currency)."""
    return write_csv(folder / "couts.csv", COSTS, [[f"01/{m[5:7]}/{m[:4]}", *rest] for m, *rest in rows])


def build(path: Path, files: Sequence[Path], *, settings: dict[str, Any] | None = None,
          mapping: Mapping | None = None) -> Workspace:
    """A new workspace at `path` with `files` imported (every file loaded), settings written; left open."""
    workspace = Workspace.create(path)
    report = workspace.imports.import_paths(list(files), mapping=mapping)
    failed = [(f.display_name, f.status, f.error) for f in report.files if f.status != "loaded"]
    assert not failed, failed
    if settings:
        workspace.set_settings(settings)
    return workspace
