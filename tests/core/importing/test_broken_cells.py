"""Cells that used to stop a whole import with an exception (found by fuzzing the fixtures' formats): each is
now left empty with a warning, rejected with its row, or refused with one sentence, and the import goes on.
Each file here is the smallest one that showed the failure."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from roi_desktop.core.importing.report import FileReport
from roi_desktop.core.workspace import Workspace

BREVO_HEADER = "Campaign ID;Campaign Name;Email_ID;Send_Date;Open_Date;Total Opens;Clicked_Links_Count"
TWENTY_NINES = "99999999999999999999"  # beyond SQLite's 64-bit integers


def import_one(tmp_path: Path, name: str, content: str | None = None, *, bom: bool = False) -> tuple[Workspace, FileReport]:
    path = tmp_path / name
    if content is not None:
        path.write_text(("\ufeff" if bom else "") + content, encoding="utf-8", newline="")
    workspace = Workspace.create(tmp_path / "w.roidb")
    (report,) = workspace.imports.import_paths([path]).files
    assert report.balanced
    return workspace, report


def test_a_count_too_large_to_store_is_left_empty(tmp_path: Path) -> None:
    workspace, report = import_one(tmp_path, "campaign-[12]-n.csv", f"{BREVO_HEADER}\r\n"
                                   f"12;N;a@example.com;09-07-2024 10:00:00;;{TWENTY_NINES};0\r\n", bom=True)
    with workspace:
        assert (report.status, report.rows_loaded) == ("loaded", 1)
        (warning,) = report.warnings
        assert (warning.row, warning.column, warning.value) == (2, "Total Opens", TWENTY_NINES)
        assert workspace.kpis().results["emails_sent"].value == 1


def test_an_amount_too_large_to_store_is_reported(tmp_path: Path) -> None:
    workspace, report = import_one(tmp_path, "deals-export.csv", (
        "Deal - ID,Deal - Title,Deal - Value,Deal - Currency of Value,Deal - Status,Deal - Deal created,Person - Email\n"
        f"1043,Menuiserie,{TWENTY_NINES},EUR,Won,2024-02-24 15:40:49,a@example.org\n"
        "1044,Garage,1200,EUR,Won,2024-02-25 10:00:00,b@example.org\n"))
    with workspace:
        assert report.status == "loaded" and report.rows_read == 2
        assert [(issue.row, issue.value) for issue in report.warnings + report.rejected] == [(2, TWENTY_NINES)]
        amounts = workspace.store.reader().execute("SELECT external_id, amount_cents FROM deals ORDER BY 1").fetchall()
        assert amounts == [("1043", None), ("1044", 120000)]


@pytest.mark.parametrize("clicks", ["inf", "1e300", "-3", "lots"])
def test_a_link_column_that_is_not_a_count_counts_no_click(tmp_path: Path, clicks: str) -> None:
    workspace, report = import_one(tmp_path, "campaign-[12]-n.csv", (
        f"{BREVO_HEADER};https://www.example.com/a;https://www.example.com/b\r\n"
        f"12;N;a@example.com;09-07-2024 10:00:00;;0;0;{clicks};2\r\n"), bom=True)
    with workspace:
        assert (report.status, report.rows_loaded) == ("loaded", 1)
        assert workspace.kpis().results["emails_sent"].value == 1


def test_quoted_tags_on_two_lines(tmp_path: Path) -> None:
    workspace, report = import_one(tmp_path, "subscribed_members_export_x.csv", (
        'Email Address,MEMBER_RATING,OPTIN_TIME,TAGS\n'
        'a@example.com,3,"2024-01-21 08:30:07","""Newsletter""\n""Artisans"""\n'))
    with workspace:
        assert (report.status, report.rows_loaded, report.warnings) == ("loaded", 1, [])
        tags = workspace.store.reader().execute("SELECT tags FROM contact_records").fetchone()[0]
        assert "Newsletter" in tags and "Artisans" in tags


def test_a_never_date_of_year_9999_is_left_empty(tmp_path: Path) -> None:
    """'31/12/9999' means "never": read as a day, the 90-day activity window after it went past the calendar
    and the rebuild of the contact figures failed after every file had loaded."""
    workspace, report = import_one(tmp_path, "contacts.csv", (
        '"id","firstname","lastname","email","points","last_active","stage"\n'
        '"1","A","B","a@example.com","1","9999-12-31 23:59:59","MQL"\n'), bom=True)
    with workspace:
        assert (report.status, report.rows_loaded) == ("loaded", 1)
        (warning,) = report.warnings
        assert warning.value == "9999-12-31 23:59:59"
        assert workspace.kpis().results["contacts_total"].value == 1


def test_an_excel_serial_that_rounds_past_the_calendar(tmp_path: Path) -> None:
    path = tmp_path / "couts.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Mois", "Catégorie", "Poste", "Canal", "Montant (€)"])
    sheet.append([openpyxl.utils.datetime.from_excel(45292), "Licence outil", "CRM", "CRM", 40])
    sheet.append([2958465.999999, "Licence outil", "CRM", "CRM", 40])  # .999999 of 31/12/9999: day 10000-01-01
    book.save(path)
    workspace, report = import_one(tmp_path, path.name)
    with workspace:
        assert (report.status, report.rows_loaded, report.rows_rejected) == ("loaded", 1, 1)
        assert report.rejected[0].row == 3


def test_a_date_cell_far_outside_the_calendar_is_refused_with_its_row(tmp_path: Path) -> None:
    """python-calamine panics on it (a BaseException): the file is refused with one sentence naming the row,
    and the other files of the import are loaded."""
    path = tmp_path / "couts.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Mois", "Catégorie", "Poste", "Canal", "Montant (€)"])
    for month in (45292, -4e18):
        sheet.append([month, "Licence outil", "CRM", "CRM", 40])
        sheet.cell(sheet.max_row, 1).number_format = "mmm-yy"
    book.save(path)
    good = tmp_path / "campaign-[12]-n.csv"
    good.write_text(f"\ufeff{BREVO_HEADER}\r\n12;N;a@example.com;09-07-2024 10:00:00;;1;0\r\n", encoding="utf-8")
    with Workspace.create(tmp_path / "w.roidb") as workspace:
        bad, fine = workspace.imports.import_paths([path, good]).files
        assert (bad.status, bad.error.code, bad.error.params["row"]) == ("failed", "read.unreadable_row", 3)
        assert path.name in bad.error.english()
        assert (fine.status, fine.rows_loaded) == ("loaded", 1)
