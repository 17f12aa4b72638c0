"""Reading exports as tables: every sample export opens as expected.json describes it, and the encodings,
delimiters, quoting, line endings and workbook layouts that real users bring are read right."""

from __future__ import annotations

import csv
import datetime
import io
import shutil
import subprocess
import zipfile
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from roi_desktop.core.importing import sniff
from roi_desktop.core.importing.readers import Table, extract_archive, is_archive, open_table
from tests.conftest import fixtures_dir

SAMPLE_FILES = sorted(
    path.relative_to(fixtures_dir()).as_posix()
    for path in fixtures_dir().rglob("*")
    if path.is_file() and path.name not in {"expected.json", "README.md"}
)
FRENCH_HUBSPOT = "hubspot/hubspot-crm-exports-contacts-aura-2025-07-01 (modifié Excel).csv"
GA4 = "ga4/traffic_acquisition_session_source_medium_20240101-20250630.csv"
COSTS = "manual/couts_marketing_2024-2025.xlsx"


def all_rows(table: Table) -> list[tuple[int, list[Any]]]:
    return list(table.rows())


def expected_row_count(entry: dict[str, Any], path: Path) -> int:
    """Rows the reader must yield: data rows, totals rows, and the footer lines that are not blank (the
    reader skips only all-empty rows; recognising totals and footers is the caller's job)."""
    count = entry["data_rows"] + entry.get("totals_rows", 0) + (1 if "totals_row" in entry else 0)
    footer = entry.get("footer_lines", 0)
    if footer:
        lines = path.read_text(encoding=entry["encoding"]).splitlines()[-footer:]
        count += sum(1 for line in lines if line.strip(' "' + entry["delimiter"]))
    return count


def codec(entry: dict[str, Any]) -> str:
    return "utf-8-sig" if entry.get("bom") and entry["encoding"] == "utf-8" else entry["encoding"]


# ---- The sample exports


def test_every_sample_export_is_listed_in_expected_json(expected: dict[str, Any]) -> None:
    assert set(SAMPLE_FILES) == set(expected["files"])


@pytest.mark.parametrize("relative", SAMPLE_FILES)
def test_sample_export_opens_as_expected_json_describes_it(relative: str, fixtures: Path, expected: dict) -> None:
    entry, path = expected["files"][relative], fixtures / relative
    with open_table(path) as table:
        info = table.info
        rows = all_rows(table)
    assert info.format == entry["format"]
    assert info.size_bytes == path.stat().st_size
    assert len(rows) == expected_row_count(entry, path)
    assert all(len(cells) == len(info.header) for _, cells in rows)
    numbers = [number for number, _ in rows]
    assert numbers == sorted(set(numbers)) and numbers[0] > info.header_row
    if entry["format"] == "csv":
        assert (info.encoding, info.delimiter) == (codec(entry), entry["delimiter"])
        assert info.header_row == entry["header_line"]
        text = path.read_text(encoding=codec(entry))
        header = list(csv.reader(io.StringIO(text, newline=""), delimiter=entry["delimiter"]))[entry["header_line"] - 1]
        assert info.header[:3] == tuple(name.strip() for name in header[:3])
        assert info.sheets == () and info.sheet is None
    else:
        assert (info.sheet, info.header_row) == (entry["sheet"], entry["header_row"])
        assert info.encoding is None and info.delimiter is None
        assert info.display_name == f"{path.name} › {entry['sheet']}"


def test_french_hubspot_export_decodes_accents_and_skips_its_empty_trailing_rows(fixtures: Path) -> None:
    with open_table(fixtures / FRENCH_HUBSPOT) as table:
        rows = all_rows(table)
    assert table.info.encoding == "cp1252" and table.info.delimiter == ";"
    assert table.info.header[:4] == ("ID de fiche d'informations", "Prénom", "Nom", "E-mail")
    assert len(rows) == 1081
    assert rows[0][0] == 2 and rows[-1][0] == 1082  # the three ';;;' rows after it are not yielded
    assert rows[0][1][1] == "Gaël"


def test_ga4_preamble_is_kept_and_the_grand_total_is_the_first_row(fixtures: Path) -> None:
    with open_table(fixtures / GA4) as table:
        first_number, first = next(table.rows())
    info = table.info
    assert info.header[:2] == ("Date", "Session source / medium")
    assert len(info.preamble) == 9 and all(line.startswith("#") for line in info.preamble)
    assert info.preamble[-1] == "# End date: 20250630"
    assert first_number == 12 and first[:2] == ["", ""] and first[2] == "74353"


def test_costs_workbook_header_below_its_title_and_cells_as_calamine_gives_them(fixtures: Path) -> None:
    with open_table(fixtures / COSTS) as table:
        rows = all_rows(table)
    info = table.info
    assert info.header == ("Mois", "Catégorie", "Poste", "Canal", "Montant (€)", "Commentaire")
    assert info.sheets == ("Coûts",)
    assert info.preamble[0].startswith("Brindille Logiciels") and len(info.preamble) == 2
    assert rows[0] == (5, [datetime.date(2024, 1, 1), "Licence outil", "Mailchimp Standard", "E-mail", 45.9, ""])
    assert rows[-1][0] == 155 and rows[-1][1][0] == "Total"  # the five bordered empty rows below are skipped
    assert table.progress() == (155, 155)


def test_csv_cells_are_raw_text_not_stripped(fixtures: Path) -> None:
    with open_table(fixtures / FRENCH_HUBSPOT) as table:
        cells = [cell for _, row in table.rows() for cell in row]
    assert all(isinstance(cell, str) for cell in cells)
    assert any(cell != cell.strip() for cell in cells)  # e-mails with stray spaces stay as written


# ---- Encodings, delimiters, quoting, line endings


@pytest.mark.parametrize("bom", [True, False])
def test_excel_unicode_text_utf16_with_tabs(tmp_path: Path, bom: bool) -> None:
    path = tmp_path / "export.txt"
    text = "Prénom\tVille\tMontant\r\nÉlodie\tSaint-Étienne\t12,50\r\nZoë\tLyon\t3\r\n"
    path.write_bytes(text.encode("utf-16" if bom else "utf-16-le"))
    with open_table(path) as table:
        assert (table.info.encoding, table.info.delimiter) == ("utf-16" if bom else "utf-16-le", "\t")
        assert table.info.header == ("Prénom", "Ville", "Montant")
        assert all_rows(table) == [(2, ["Élodie", "Saint-Étienne", "12,50"]), (3, ["Zoë", "Lyon", "3"])]


def test_mac_roman_file_from_excel_for_mac(tmp_path: Path) -> None:
    path = tmp_path / "campagnes.csv"
    text = (
        "Campagne;Envoyés;Société\r\nNewsletter été;1200;Café Crème\r\n"
        "Réunion œnologie;300;Brûlerie du Pré\r\n"
    )
    path.write_bytes(text.encode("mac_roman"))
    assert b"\x8e" in path.read_bytes()  # é as Excel for Mac writes it
    with open_table(path) as table:
        assert table.info.encoding == "mac_roman"
        assert table.info.header == ("Campagne", "Envoyés", "Société")
        assert [row for _, row in table.rows()][1] == ["Réunion œnologie", "300", "Brûlerie du Pré"]


def test_cp1252_file_with_euro_and_accents(tmp_path: Path) -> None:
    path = tmp_path / "couts.csv"
    path.write_bytes("Poste;Montant\r\nHébergement;45,90 €\r\nRédaction;1\xa0200 €\r\n".encode("cp1252"))
    with open_table(path) as table:
        assert table.info.encoding == "cp1252"
        assert [row for _, row in table.rows()] == [["Hébergement", "45,90 €"], ["Rédaction", "1\xa0200 €"]]


def test_accents_far_down_a_big_ascii_file_choose_the_encoding(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    body = "".join(f"contact{i}@example.org;Dupont\r\n" for i in range(80_000))
    path.write_bytes(("Email;Nom\r\n" + body + "zoe@example.org;Fran\xe7ois\r\n").encode("cp1252"))
    assert path.stat().st_size > sniff.SAMPLE_BYTES
    with open_table(path) as table:
        assert table.info.encoding == "cp1252"
        assert list(table.rows())[-1] == (80_002, ["zoe@example.org", "François"])


def test_pipe_delimiter(tmp_path: Path) -> None:
    path = tmp_path / "export.txt"
    path.write_text("email|tags|score\na@example.org|vip, blog|3\nb@example.org||1\n", encoding="utf-8")
    with open_table(path) as table:
        assert table.info.delimiter == "|"
        assert [row for _, row in table.rows()] == [["a@example.org", "vip, blog", "3"], ["b@example.org", "", "1"]]


def test_one_column_file(tmp_path: Path) -> None:
    path = tmp_path / "emails.csv"
    path.write_text("Email\na@example.org\nb@example.org\n", encoding="utf-8")
    with open_table(path) as table:
        assert (table.info.delimiter, table.info.header) == (",", ("Email",))
        assert len(all_rows(table)) == 2


def test_quoted_fields_with_newlines_delimiters_and_quotes_keep_line_numbers(tmp_path: Path) -> None:
    path = tmp_path / "notes.csv"
    path.write_text('id,note,owner\n1,"first line\nsecond, with comma\nthird ""quoted""",Ana\n2,plain,Bob\n')
    with open_table(path) as table:
        assert all_rows(table) == [
            (2, ["1", 'first line\nsecond, with comma\nthird "quoted"', "Ana"]),
            (5, ["2", "plain", "Bob"]),
        ]


@pytest.mark.parametrize("newline", ["\r\n", "\n", "\r"])
def test_line_endings(tmp_path: Path, newline: str) -> None:
    path = tmp_path / "export.csv"
    path.write_bytes(newline.join(["a;b", "1;2", "", "3;4", ""]).encode())
    with open_table(path) as table:
        assert all_rows(table) == [(2, ["1", "2"]), (4, ["3", "4"])]


def test_short_rows_padded_long_rows_cut_blank_rows_skipped(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text("a;b;c\n1\n1;2;3\n ; \xa0;\n;;\n1;2;3;;\n", encoding="utf-8")
    with open_table(path) as table:
        assert all_rows(table) == [(2, ["1", "", ""]), (3, ["1", "2", "3"]), (6, ["1", "2", "3"])]


def test_header_names_trimmed_and_made_unique(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_bytes("\ufeff Email ,Email,,Nom\xa0,Email (2)\nx,y,z,t,u\n".encode())
    with open_table(path) as table:
        assert table.info.header == ("Email", "Email (3)", "", "Nom", "Email (2)")


def test_title_rows_above_a_csv_header(tmp_path: Path) -> None:
    path = tmp_path / "rapport.csv"
    path.write_text("Rapport des ventes;;;\nExtrait le 01/07/2025;;;\n;;;\nClient;Montant;Date;Statut\nA;1;2;3\n")
    with open_table(path) as table:
        assert table.info.header_row == 4
        assert table.info.preamble == ("Rapport des ventes", "Extrait le 01/07/2025")
        assert all_rows(table) == [(5, ["A", "1", "2", "3"])]


def test_excel_sep_line_decides_the_delimiter(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text("sep=;\r\nNom;Montant\r\nDupont, Jean;1,5\r\n")
    with open_table(path) as table:
        assert (table.info.delimiter, table.info.header_row, table.info.header) == (";", 2, ("Nom", "Montant"))
        assert all_rows(table) == [(3, ["Dupont, Jean", "1,5"])]


def test_header_search_on_rows_of_any_cell_type() -> None:
    rows = [
        ["Rapport 2025", "", ""],
        [None, None, None],
        ["# exporté le 01/07/2025", "", ""],
        [2024.0, 12.0, ""],  # numbers are never a header
        ["Mois", "Montant", "Note"],
        [datetime.date(2025, 1, 1), 12.5, ""],
    ]
    assert sniff.find_header(rows) == 4
    assert sniff.find_header([["", ""], ["#"]]) is None


def test_sample_is_rereadable_and_progress_reaches_the_end(fixtures: Path) -> None:
    with open_table(fixtures / "mautic/report_emails_envoyes.csv") as table:
        assert table.sample(3) == table.sample(3) == [cells for _, cells in list(table.rows())[:3]]
        seen = []
        for index, _ in enumerate(table.rows()):
            if index % 1000 == 0:
                seen.append(table.progress())
        total = table.info.size_bytes
        assert table.progress() == (total, total)
    done = [done for done, _ in seen]
    assert done == sorted(done) and 0 < done[1] < total


# ---- Workbooks


def test_workbook_with_several_sheets(tmp_path: Path) -> None:
    path = tmp_path / "classeur.xlsx"
    book = openpyxl.Workbook()
    book.active.title = "Vide"
    hidden = book.create_sheet("Cachée")
    hidden.append(["x", "y"])
    hidden.append([1, 2])
    hidden.sheet_state = "hidden"
    data = book.create_sheet("Données")
    data["C3"], data["D3"] = "Canal", "Sessions"  # starts at C3: row numbers stay Excel's
    data["C4"], data["D4"] = "SEO", 12
    other = book.create_sheet("Autre")
    other.append(["Nom", "Montant", "Date"])
    other.append(["A", 1.5, datetime.datetime(2025, 3, 1, 9, 30)])
    book.save(path)
    with open_table(path) as table:
        assert table.info.sheets == ("Vide", "Cachée", "Données", "Autre")
        assert (table.info.sheet, table.info.display_name) == ("Données", "classeur.xlsx › Données")
        assert (table.info.header_row, table.info.header) == (3, ("Canal", "Sessions"))
        assert all_rows(table) == [(4, ["SEO", 12.0])]
    with open_table(path, sheet="Autre") as table:
        assert all_rows(table) == [(2, ["A", 1.5, datetime.datetime(2025, 3, 1, 9, 30)])]
    with open_table(path, sheet="Cachée") as table:
        assert table.info.header == ("x", "y")


def test_workbook_renamed_csv_is_read_by_its_content(fixtures: Path, tmp_path: Path) -> None:
    path = tmp_path / "couts.csv"
    shutil.copy(fixtures / COSTS, path)
    with open_table(path) as table:
        assert table.info.format == "xlsx" and table.info.header_row == 4


def write_ods(path: Path, sheets: dict[str, list[list[Any]]]) -> None:
    """A minimal but valid OpenDocument spreadsheet (what LibreOffice needs: mimetype first, stored)."""

    def cell(value: Any) -> str:
        if isinstance(value, int | float):
            return (f'<table:table-cell office:value-type="float" office:value="{value}">'
                    f"<text:p>{value}</text:p></table:table-cell>")
        return f'<table:table-cell office:value-type="string"><text:p>{value}</text:p></table:table-cell>'

    tables = "".join(
        f'<table:table table:name="{name}">'
        + "".join("<table:table-row>" + "".join(map(cell, row)) + "</table:table-row>" for row in rows)
        + "</table:table>"
        for name, rows in sheets.items()
    )
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content'
        ' xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
        ' xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"'
        ' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        f"<office:body><office:spreadsheet>{tables}</office:spreadsheet></office:body></office:document-content>"
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest'
        ' xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
        '<manifest:file-entry manifest:full-path="/"'
        ' manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>'
    )
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        archive.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
        archive.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)


def test_ods_workbook(tmp_path: Path) -> None:
    path = tmp_path / "couts.ods"
    write_ods(path, {"Coûts": [["Coûts 2025"], [], ["Mois", "Montant"], ["janvier", 12.5], ["février", 3]]})
    assert not is_archive(path)
    with open_table(path) as table:
        assert (table.info.format, table.info.sheet, table.info.header_row) == ("ods", "Coûts", 3)
        assert table.info.preamble == ("Coûts 2025",)
        assert all_rows(table) == [(4, ["janvier", 12.5]), (5, ["février", 3.0])]


def test_xls_workbook(fixtures: Path, tmp_path: Path) -> None:
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None:
        pytest.skip("LibreOffice is needed to write a real .xls (no Python library writes one here)")
    subprocess.run([office, "--headless", "--convert-to", "xls", "--outdir", str(tmp_path), str(fixtures / COSTS)],
                   check=True, capture_output=True, timeout=120)
    with open_table(tmp_path / "couts_marketing_2024-2025.xls") as table:
        assert (table.info.format, table.info.header_row) == ("xls", 4)
        assert table.info.header[0] == "Mois"


# ---- Zip exports


def test_extract_archive_keeps_only_table_files(tmp_path: Path, fixtures: Path) -> None:
    path = tmp_path / "members_export_5e1f0c9a3b.zip"
    members = fixtures / "mailchimp/members_export_5e1f0c9a3b"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for csv_file in sorted(members.glob("*.csv")):
            archive.write(csv_file, f"members_export/{csv_file.name}")
        archive.writestr("members_export/", "")
        archive.writestr("__MACOSX/members_export/._subscribed.csv", "junk")
        archive.writestr(".hidden.csv", "a,b\n1,2\n")
        archive.writestr("README.txt", "not a table")
        archive.writestr("../escape.csv", "a,b\n1,2\n")
        archive.writestr("/absolute.csv", "a,b\n1,2\n")
        archive.write(fixtures / COSTS, "couts.xlsx")
    assert is_archive(path)
    out = tmp_path / "out"
    extracted = extract_archive(path, out)
    assert sorted(p.relative_to(out).as_posix() for p in extracted) == [
        "couts.xlsx",
        "members_export/cleaned_members_export_5e1f0c9a3b.csv",
        "members_export/subscribed_members_export_5e1f0c9a3b.csv",
        "members_export/unsubscribed_members_export_5e1f0c9a3b.csv",
    ]
    assert not (tmp_path / "escape.csv").exists()
    with open_table(out / "members_export/subscribed_members_export_5e1f0c9a3b.csv") as table:
        assert len(all_rows(table)) == 432


def test_workbooks_and_csv_are_not_archives(fixtures: Path) -> None:
    assert not is_archive(fixtures / COSTS)
    assert not is_archive(fixtures / GA4)
