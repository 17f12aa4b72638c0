"""Tiny exports of contacts, e-mails, web traffic and workflows, written by hand and imported for real.

Each writer takes plain rows (days as 'YYYY-MM-DD') and writes the file the tool exports — the fixtures'
headers, delimiters and date formats — so that the contact, e-mail, web and workflow KPI tests run through
detection, normalisation and loading exactly as a user's import does.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from roi_desktop.core.workspace import Workspace

BREVO_RECIPIENTS = ("Campaign ID", "Campaign Name", "Email_ID", "Send_Date", "Delivered_Date", "Open_Date",
                    "Total Opens", "Total Apple MPP Opens", "Unsubscribe_Date", "Hard_Bounce_Date",
                    "Soft_Bounce_Date", "Clicked_Links_Count", "Complaint_date")
BREVO_CONTACTS = ("EMAIL", "NOM", "PRENOM", "EMAIL_BLACKLISTED", "ADDED_TIME")
HUBSPOT_CONTACTS = ("Record ID", "Email", "Create Date", "Original Source", "Unsubscribed from all email",
                    "Last marketing email open date", "Last marketing email click date")
MAUTIC_CONTACTS = ("id", "firstname", "lastname", "email", "points", "last_active", "stage")
MAUTIC_SENDS = ("ID", "Name", "Subject", "Campaign", "Email address", "Date sent", "Read", "Date read", "Clicked",
                "Unsubscribed", "Bounced")
MAILCHIMP_CAMPAIGNS = ("Title", "Subject", "List", "Send Date", "Total Recipients", "Successful Deliveries",
                       "Soft Bounces", "Hard Bounces", "Total Bounces", "Unique Opens", "Total Opens",
                       "Unique Clicks", "Total Clicks", "Unsubscribes", "Abuse Complaints", "Unique Id")
GA4 = ("Date", "Session source / medium", "Sessions", "Key events")
INVENTORY = ("Outil", "Nom du workflow", "Statut", "Déclencheur", "Objectif", "Contacts inscrits",
             "E-mails dans le workflow", "Créé le")
AC_AUTOMATIONS = ("Automation", "Last Edited", "Current Contacts", "Total Entries", "Total Completions",
                  "Email Sends")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[Any]], delimiter: str = ",") -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow(header)
        writer.writerows([["" if value is None else value for value in row] for row in rows])
    return path


def _brevo_stamp(day: str | None, time: str = "10:00:00") -> str:
    return f"{day[8:10]}-{day[5:7]}-{day[:4]} {time}" if day else ""


def brevo_recipients(folder: Path, campaign_id: int, name: str, sent: str, rows: Iterable[dict[str, Any]]) -> Path:
    """rows: {"email", "open" (day), "opens", "mpp", "clicks", "unsub", "hard", "soft", "complaint" (days)}."""
    table = []
    for row in rows:
        opens = row.get("opens", 1 if row.get("open") else 0)
        table.append([campaign_id, name, row["email"], _brevo_stamp(sent), _brevo_stamp(sent, "10:00:05"),
                      _brevo_stamp(row.get("open"), "11:00:00"), opens, row.get("mpp", 0),
                      _brevo_stamp(row.get("unsub"), "12:00:00"), _brevo_stamp(row.get("hard")),
                      _brevo_stamp(row.get("soft")), row.get("clicks", 0), _brevo_stamp(row.get("complaint"))])
    return write_csv(folder / f"campaign-[{campaign_id}]-c{campaign_id}.csv", BREVO_RECIPIENTS, table, ";")


def brevo_contacts(folder: Path, rows: Iterable[dict[str, Any]]) -> Path:
    """rows: {"email", "added" (day), "blacklisted" (bool)}."""
    return write_csv(folder / "export_contacts_brevo.csv", BREVO_CONTACTS, [
        [row["email"], "Nom", "Prénom", "Yes" if row.get("blacklisted") else "No",
         _brevo_stamp(row.get("added"), "09:00")] for row in rows], ";")


def hubspot_contacts(folder: Path, rows: Iterable[dict[str, Any]]) -> Path:
    """rows: {"email", "created", "source", "unsubscribed" (bool), "last_open", "last_click" (days)}."""
    stamp = lambda day: f"{day} 09:00" if day else ""  # noqa: E731 - HubSpot's "YYYY-MM-DD HH:MM"
    return write_csv(folder / "hubspot-crm-exports-contacts.csv", HUBSPOT_CONTACTS, [
        [str(100 + i), row["email"], stamp(row.get("created")), row.get("source", ""),
         "true" if row.get("unsubscribed") else "false", stamp(row.get("last_open")), stamp(row.get("last_click"))]
        for i, row in enumerate(rows)])


def mautic_contacts(folder: Path, rows: Iterable[dict[str, Any]]) -> Path:
    """rows: {"email", "last_active" (day)} — Mautic exports no creation date."""
    return write_csv(folder / "contacts.csv", MAUTIC_CONTACTS, [
        [str(i + 1), "Prénom", "Nom", row["email"], "10", f"{row['last_active']} 08:00:00" if row.get("last_active")
         else "", "Lead"] for i, row in enumerate(rows)])


def _mautic_stamp(day: str) -> str:
    return f"{MONTHS[int(day[5:7]) - 1]} {int(day[8:10])}, {day[:4]} 10:00 am"


def mautic_sends(folder: Path, rows: Iterable[dict[str, Any]]) -> Path:
    """rows: {"id", "name", "workflow", "email", "sent" (day), "read", "clicked", "bounced" (bools)}."""
    flag = lambda value: "Yes" if value else "No"  # noqa: E731
    return write_csv(folder / "report_emails_envoyes.csv", MAUTIC_SENDS, [
        [row["id"], row["name"], row["name"], row["workflow"], row["email"], _mautic_stamp(row["sent"]),
         flag(row.get("read")), _mautic_stamp(row["sent"]) if row.get("read") else "", flag(row.get("clicked")),
         "No", flag(row.get("bounced"))] for row in rows])


def mailchimp_campaigns(folder: Path, rows: Iterable[dict[str, Any]]) -> Path:
    """rows: {"id", "title", "sent" (day), "recipients", "hard", "soft", "opens", "clicks", "unsubscribes",
    "complaints"}; total opens/clicks are twice the unique ones."""
    table = []
    for row in rows:
        day = row["sent"]
        bounces = row.get("hard", 0) + row.get("soft", 0)
        table.append([row["title"], row["title"], "Newsletter", f"{MONTHS[int(day[5:7]) - 1]} {int(day[8:10])},"
                      f" {day[:4]} 09:00 am", row["recipients"], row["recipients"] - bounces, row.get("soft", 0),
                      row.get("hard", 0), bounces, row.get("opens", 0), 2 * row.get("opens", 0),
                      row.get("clicks", 0), 2 * row.get("clicks", 0), row.get("unsubscribes", 0),
                      row.get("complaints", 0), row["id"]])
    return write_csv(folder / "mailchimp_campaigns.csv", MAILCHIMP_CAMPAIGNS, table)


def ga4(folder: Path, rows: Iterable[tuple[str, str, int, int | None]]) -> Path:
    """rows: (day, source / medium, sessions, key events)."""
    return write_csv(folder / "traffic_acquisition.csv", GA4,
                     [(day.replace("-", ""), pair, sessions, key_events) for day, pair, sessions, key_events in rows])


def inventory(folder: Path, rows: Iterable[dict[str, Any]]) -> Path:
    """rows: {"tool", "name", "status", "trigger", "goal", "enrolled", "emails", "created" (day)}."""
    return write_csv(folder / "inventaire_workflows.csv", INVENTORY, [
        [row["tool"], row["name"], row["status"], row.get("trigger", ""), row.get("goal", ""), row.get("enrolled"),
         row.get("emails"), f"{row['created'][8:10]}/{row['created'][5:7]}/{row['created'][:4]}"
         if row.get("created") else ""] for row in rows])


def ac_automations(folder: Path, rows: Iterable[dict[str, Any]]) -> Path:
    """rows: {"name", "entries", "completions", "sends"}."""
    return write_csv(folder / "automations-performance.csv", AC_AUTOMATIONS, [
        [row["name"], "03/14/2025", 0, row["entries"], row["completions"], row.get("sends", 0)] for row in rows])


def build(path: Path, files: Sequence[Path], settings: dict[str, Any] | None = None) -> Workspace:
    """A new workspace at `path` with every file of `files` loaded and `settings` written; left open."""
    workspace = Workspace.create(path)
    report = workspace.imports.import_paths(list(files))
    failed = [(f.display_name, f.status, f.error, f.rows_rejected) for f in report.files
              if f.status != "loaded" or f.rows_rejected]
    assert not failed, failed
    if settings:
        workspace.set_settings(settings)
    return workspace
