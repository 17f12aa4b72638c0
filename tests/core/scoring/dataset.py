"""Five contacts and their e-mails, deals and stages, written as the tools export them and imported for real,
with a model whose every score, entry day and back-test figure is computed by hand below.

Evaluation day E = 2024-06-30 (the latest period-defining fact is in June: b's lost deal closes 06-15).
Opens are dated E − 120, − 90, − 60, − 30 and − 0 days so that decay with a 30-day half-life gives 1/16, 1/8,
1/4, 1/2 and 1. Brevo exports no click time: a click is dated by the send day (KPIS §3.1).

| who | job / country / source                 | lead (imported) | opens               | clicks (link)        |
|-----|----------------------------------------|-----------------|---------------------|----------------------|
| a   | Gérant, France, Organic Search         | 01-10           | 03-02, 04-01, 05-31 | 03-02 blog, 04-01    |
|     |                                        |                 |                     | webinar, 05-31 demo  |
| b   | Comptable, Belgium, Paid Social; Unq.  | 02-01           | 05-01, 06-30        | 03-02 demo           |
| c   | Directrice générale, Canada, Organic   | 06-10 (late)    | 04-01               | 04-01 webinar        |
| d   | (none), France; unsubscribed 03-02     | 04-01           | 03-02               | —                    |
| e   | Responsable marketing, France, Direct  | 05-01           | 05-01, 05-31        | 05-31 blog; bounced  |

Deals (Pipedrive): a won (created 05-15, won 06-10), b lost (created 06-01, lost 06-15), c open (created 06-05).
a "Became a Customer" 06-10.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from roi_desktop.core.scoring.funnel import Funnel, Stage
from roi_desktop.core.scoring.rules import Condition, Group, Model, Rule, SqlCriteria
from roi_desktop.core.workspace import Workspace
from tests.core.kpis import tiny_exports

HUBSPOT = ("Record ID", "First Name", "Last Name", "Email", "Company Name", "Job Title", "Country/Region",
           "Lifecycle Stage", "Lead Status", "Original Source", "Create Date", "Became a Lead Date",
           "Became a Customer Date", "Number of Employees")
CONTACTS = [
    ("a@example.com", "Alice", "Gérant", "France", "Customer", "Connected", "Organic Search", "2024-01-10",
     "2024-01-10", "2024-06-10", "11-50"),
    ("b@example.com", "Bruno", "Comptable", "Belgium", "Lead", "Unqualified", "Paid Social", "2024-02-01",
     "2024-02-01", None, "200"),
    ("c@example.com", "Chloé", "Directrice générale", "Canada", "Lead", "Open", "Organic Search", "2024-03-15",
     "2024-06-10", None, None),
    ("d@example.com", "David", None, "France", "Lead", "New", None, "2024-04-01", "2024-04-01", None, "5"),
    ("e@example.com", "Emma", "Responsable marketing", "France", "Lead", "New", "Direct Traffic", "2024-05-01",
     "2024-05-01", None, "1 000+"),
]
BREVO = ("Campaign ID", "Campaign Name", "Email_ID", "Send_Date", "Delivered_Date", "Open_Date", "Total Opens",
         "Total Apple MPP Opens", "Unsubscribe_Date", "Hard_Bounce_Date", "Soft_Bounce_Date", "Clicked_Links_Count",
         "Complaint_date")
BLOG, DEMO, WEBINAR = ("https://www.example.com/blog", "https://www.example.com/demo?utm_source=brevo",
                       "https://www.example.com/webinaires")
# campaign id → (name, send day, links, {email: (open day, clicked link, unsubscribe day, hard bounce day)})
CAMPAIGNS = {
    101: ("Newsletter mars", "2024-03-02", (BLOG, DEMO), {
        "a@example.com": ("2024-03-02", BLOG, None, None),
        "b@example.com": ("2024-05-01", DEMO, None, None),
        "d@example.com": ("2024-03-02", None, "2024-03-02", None),
        "e@example.com": (None, None, None, "2024-03-02")}),
    102: ("Webinaire avril : inscrivez-vous", "2024-04-01", (WEBINAR,), {
        "a@example.com": ("2024-04-01", WEBINAR, None, None),
        "c@example.com": ("2024-04-01", WEBINAR, None, None),
        "e@example.com": ("2024-05-01", None, None, None)}),
    103: ("Newsletter juin", "2024-05-31", (BLOG, DEMO), {
        "a@example.com": ("2024-05-31", DEMO, None, None),
        "b@example.com": ("2024-06-30", None, None, None),
        "e@example.com": ("2024-05-31", BLOG, None, None)}),
}
DEALS = [
    {"value": 1000, "company": "A", "status": "Won", "created": "2024-05-15 10:00:00", "closed": "2024-06-10 10:00:00",
     "email": "a@example.com"},
    {"value": 800, "company": "B", "status": "Lost", "created": "2024-06-01 10:00:00", "closed": "2024-06-15 10:00:00",
     "email": "b@example.com"},
    {"value": 900, "company": "C", "status": "Open", "created": "2024-06-05 10:00:00", "email": "c@example.com"},
]


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence[Any]], delimiter: str = ",") -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=delimiter)
        writer.writerow(header)
        writer.writerows([["" if value is None else value for value in row] for row in rows])
    return path


def _stamp(day: str | None, time: str = "10:00:00") -> str:
    return f"{day[8:10]}-{day[5:7]}-{day[:4]} {time}" if day else ""


def files(folder: Path) -> list[Path]:
    written = [write_csv(folder / "hubspot-crm-exports-contacts.csv", HUBSPOT, [
        (str(100 + i), first, "Test", email, f"Company {first}", job, country, stage, status, source,
         f"{created} 09:00", f"{lead} 09:00", f"{customer} 09:00" if customer else "", employees)
        for i, (email, first, job, country, stage, status, source, created, lead, customer, employees)
        in enumerate(CONTACTS)])]
    for campaign_id, (name, sent, links, rows) in CAMPAIGNS.items():
        table = []
        for email, (opened, clicked, unsubscribed, bounced) in rows.items():
            table.append([campaign_id, name, email, _stamp(sent), _stamp(sent, "10:00:05"), _stamp(opened, "11:00:00"),
                          1 if opened else 0, 0, _stamp(unsubscribed, "12:00:00"), _stamp(bounced), "",
                          1 if clicked else 0, "", *[1 if link == clicked else 0 for link in links]])
        written.append(write_csv(folder / f"campaign-[{campaign_id}]-c{campaign_id}.csv", (*BREVO, *links), table,
                                 ";"))
    written.append(tiny_exports.pipedrive_deals(folder, DEALS))
    return written


def build(path: Path) -> Workspace:
    """The workspace with every file imported, left open."""
    workspace = Workspace.create(path)
    report = workspace.imports.import_paths(files(path.parent))
    problems = [(f.display_name, f.status, f.error, f.rows_rejected) for f in report.files
                if f.status != "loaded" or f.rows_rejected]
    assert not problems, problems
    return workspace


def model(threshold: float = 25) -> Model:
    """The hand-computed model (scores on E in the module docstring of test_scores.py)."""
    return Model(
        name="Hand model",
        rules=(
            Rule("R1", "fit", "job_title", "contains", "gérant; directrice", points=10),
            Rule("R2", "fit", "country", "in_list", "France; Belgium", points=5),
            Rule("R3", "fit", "job_title", "is_empty", points=-5),
            Rule("R4", "engagement", "email_clicked", points=3, frequency="each", cap=5, group="g1"),
            Rule("R5", "engagement", "email_opened", points=2, frequency="once", window_days=31),
            Rule("R6", "engagement", "email_opened", points=4, frequency="each", half_life_days=30, group="g1"),
            Rule("R7", "engagement", "link_clicked", value="/demo", points=20),
            Rule("R8", "engagement", "webinar_registration", points=4, frequency="each"),
            Rule("R9", "engagement", "unsubscribed", points=-10),
            Rule("R10", "engagement", "bounced", points=-7),
            Rule("R11", "engagement", "deal_created", points=15),
        ),
        groups=(Group("g1", "E-mail engagement", 6),),
        mql_threshold=threshold,
        sql=SqlCriteria(min_score=40, deal_exists=True),
        rejection=Condition("lead_status", "in_list", "Unqualified; Non qualifié"),
        funnel=Funnel(stages=(Stage("subscriber"), Stage("lead"), Stage("mql", basis="model"),
                              Stage("sql", basis="model"), Stage("opportunity"), Stage("customer")), order="any"),
    )
