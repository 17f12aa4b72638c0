"""Files a marketer may hand us that are not usable tables: each is refused with one plain sentence that
names the file (and the line or row), never a traceback, whether the problem shows at open or while the
rows stream. Bad files are built here, in tmp_path."""

from __future__ import annotations

import os
import random
import re
import shutil
import time
import tracemalloc
import zipfile
from pathlib import Path

import openpyxl
import pytest

from roi_desktop.core.errors import UserError
from roi_desktop.core.importing import readers, sniff
from roi_desktop.core.importing.readers import extract_archive, open_table

COSTS = "manual/couts_marketing_2024-2025.xlsx"


def refusal(path: Path, *, sheet: str | None = None, code: str) -> UserError:
    """Open `path`, read all its rows, and return the UserError raised; check it is one sentence naming it."""
    with pytest.raises(UserError) as caught:
        with open_table(path, sheet=sheet) as table:
            for _ in table.rows():
                pass
    error = caught.value
    assert error.code == code, str(error)
    assert path.name in str(error) and "\n" not in str(error)
    return error


def write_xlsx(path: Path, rows: list[list[object]]) -> None:
    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    book.save(path)


def test_empty_file(tmp_path: Path) -> None:
    path = tmp_path / "contacts.csv"
    path.write_bytes(b"")
    refusal(path, code="read.empty")


def test_whitespace_only_file(tmp_path: Path) -> None:
    path = tmp_path / "contacts.csv"
    path.write_bytes(b"  \r\n\t\r\n\r\n   ")
    refusal(path, code="read.blank")


@pytest.mark.parametrize(
    "content",
    [b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, random.Random(7).randbytes(20_000)],
    ids=["png", "random"],
)
def test_binary_file_is_not_a_table(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "export.csv"
    path.write_bytes(content)
    assert "is not a table" in str(refusal(path, code="read.not_a_table"))


def test_web_page_saved_as_xls(tmp_path: Path) -> None:
    path = tmp_path / "rapport.xls"
    path.write_text("<html><head><meta charset='utf-8'></head><body><table><tr><td>Nom</td></tr></table></body></html>")
    message = str(refusal(path, code="read.web_page"))
    assert "web page" in message and ".xlsx or .csv" in message


def test_excel_2003_xml_saved_as_xls(tmp_path: Path) -> None:
    path = tmp_path / "export.xls"
    path.write_text('<?xml version="1.0"?>\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">'
                    "<Worksheet><Table><Row><Cell><Data>Nom</Data></Cell></Row></Table></Worksheet></Workbook>")
    assert ".xlsx or .csv" in str(refusal(path, code="read.xml_spreadsheet"))


def test_word_document_is_not_a_table(tmp_path: Path) -> None:
    path = tmp_path / "notes.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<document/>")
    refusal(path, code="read.not_a_table")


def test_truncated_xlsx(tmp_path: Path, fixtures: Path) -> None:
    data = (fixtures / COSTS).read_bytes()
    path = tmp_path / "couts.xlsx"
    path.write_bytes(data[: len(data) // 2])
    refusal(path, code="read.damaged")


def test_password_protected_workbook(tmp_path: Path) -> None:
    # Excel saves an encrypted .xlsx as an OLE2 container holding an "EncryptedPackage" stream.
    path = tmp_path / "budget.xlsx"
    ole_magic, stream_name = bytes.fromhex("D0CF11E0A1B11AE1"), "EncryptedPackage".encode("utf-16-le")
    path.write_bytes(ole_magic + bytes(1000) + stream_name + bytes(500))
    assert "remove the password" in str(refusal(path, code="read.password"))


def test_plain_zip_is_an_archive(tmp_path: Path) -> None:
    path = tmp_path / "members_export.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("subscribed.csv", "Email\na@example.org\n")
    refusal(path, code="read.archive")
    assert readers.is_archive(path)


def test_unclosed_quote_names_the_line_where_it_opens(tmp_path: Path) -> None:
    path = tmp_path / "contacts.csv"
    path.write_text('Name,Email,Note\nAna,a@example.org,ok\nBob,b@example.org,"never closed\nCyd,c@example.org,x\n')
    error = refusal(path, code="read.unclosed_quote")
    assert error.message.params["line"] == 3


def test_unclosed_quote_found_late_while_rows_stream(tmp_path: Path) -> None:
    path = tmp_path / "sends.csv"
    lines = ["Email,Sent"] + [f"c{i}@example.org,2025-01-01" for i in range(60_000)] + ['late@example.org,"oops']
    path.write_text("\n".join(lines) + "\nlast@example.org,2025-01-02\n")
    table = open_table(path)  # the sample ends long before the bad line
    with pytest.raises(UserError) as caught:
        for _ in table.rows():
            pass
    assert caught.value.code == "read.unclosed_quote" and caught.value.message.params["line"] == 60_002


def test_stray_quote_after_a_quoted_field(tmp_path: Path) -> None:
    path = tmp_path / "contacts.csv"
    path.write_text('Name,Note\nAna,"said "hello" twice"\n')
    assert refusal(path, code="read.misplaced_quote").message.params["line"] == 2


@pytest.mark.parametrize("body", ["", ";;;\r\n;;;\r\n"], ids=["nothing", "empty-rows"])
def test_header_only_csv(tmp_path: Path, body: str) -> None:
    path = tmp_path / "contacts.csv"
    path.write_text("Email;Nom;Prénom;Ville\r\n" + body, encoding="utf-8")
    assert "column names but no rows of data" in str(refusal(path, code="read.no_data"))


def test_header_only_sheet(tmp_path: Path) -> None:
    path = tmp_path / "couts.xlsx"
    write_xlsx(path, [["Mois", "Poste", "Montant"]])
    assert "couts.xlsx › Sheet" in str(refusal(path, code="read.no_data"))


def test_nul_bytes_in_a_utf8_csv(tmp_path: Path) -> None:
    path = tmp_path / "contacts.csv"
    lines = [f"c{i}@example.org,Zoé,{i}" for i in range(200)]
    lines[119] = "c119@example.org,Zo\x00\x00\x00,119"
    path.write_bytes(("Email,Prénom,Score\n" + "\n".join(lines) + "\n").encode())
    error = refusal(path, code="read.damaged_line")
    assert error.message.params["line"] == 121 and "looks damaged at line 121" in str(error)


def test_nul_bytes_found_late_while_rows_stream(tmp_path: Path) -> None:
    path = tmp_path / "contacts.csv"
    lines = [f"c{i}@example.org,{i}" for i in range(100_000)]
    path.write_bytes(("Email,Score\n" + "\n".join(lines) + "\n").encode() + bytes(4096))  # zero-filled tail
    table = open_table(path)
    with pytest.raises(UserError) as caught:
        for _ in table.rows():
            pass
    assert caught.value.code == "read.damaged_line" and caught.value.message.params["line"] == 100_002


def test_thousands_of_columns(tmp_path: Path) -> None:
    path = tmp_path / "wide.csv"
    path.write_text(",".join(f"c{i}" for i in range(3000)) + "\n" + ",".join("1" * 3000) + "\n")
    error = refusal(path, code="read.too_many_columns")
    assert "is this really a table?" in str(error) and error.message.params["count"] == 3000


def test_undecodable_bytes_fall_back_to_windows_encoding(tmp_path: Path) -> None:
    path = tmp_path / "couts.csv"
    path.write_bytes("Poste;Montant\r\nCafé;3,50 €\r\n".encode("cp1252"))  # not UTF-8: must not fail
    with open_table(path) as table:
        assert [row for _, row in table.rows()] == [["Café", "3,50 €"]]


def test_encoding_changing_late_in_the_file_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "contacts.csv"
    head = "Email;Prénom\r\n" + "".join(f"c{i}@example.org;Zoé\r\n" for i in range(60_000))
    path.write_bytes(head.encode() + "late@example.org;Fran\xe7ois\r\n".encode("cp1252"))
    table = open_table(path)
    assert table.info.encoding == "utf-8"
    with pytest.raises(UserError) as caught:
        for _ in table.rows():
            pass
    assert caught.value.code == "read.mixed_encoding" and caught.value.message.params["line"] == 60_002


def _patch_dimension(path: Path, ref: str) -> None:
    patched = path.with_suffix(".tmp")
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(patched, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename.startswith("xl/worksheets/"):
                data, count = re.subn(rb'<dimension ref="[^"]*"', f'<dimension ref="{ref}"'.encode(), data)
                assert count == 1
            target.writestr(info, data)
    patched.replace(path)


def test_sheet_claiming_a_million_rows(tmp_path: Path) -> None:
    path = tmp_path / "export.xlsx"
    write_xlsx(path, [["Email", "Score"], ["a@example.org", 1], ["b@example.org", 2], ["c@example.org", 3]])
    _patch_dimension(path, "A1:H1048576")
    started = time.perf_counter()
    with open_table(path) as table:
        rows = list(table.rows())
    assert time.perf_counter() - started < 2
    assert [number for number, _ in rows] == [2, 3, 4]


def test_sheet_with_a_stray_cell_on_the_last_row_streams(tmp_path: Path) -> None:
    path = tmp_path / "export.xlsx"
    book = openpyxl.Workbook()
    for row in [["Email", "Score"], ["a@example.org", 1], ["b@example.org", 2]]:
        book.active.append(row)
    book.active.cell(row=1_048_576, column=1, value="stray")
    book.save(path)
    with open_table(path) as table:
        tracemalloc.start()
        rows = [(number, cells[0]) for number, cells in table.rows()]
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
        assert table.progress() == (1_048_576, 1_048_576)
    assert rows == [(2, "a@example.org"), (3, "b@example.org"), (1_048_576, "stray")]
    assert peak < 10 * 2**20  # a million rows went through one at a time, not as one giant list


def test_sheet_that_does_not_exist(tmp_path: Path, fixtures: Path) -> None:
    path = tmp_path / "couts.xlsx"
    shutil.copy(fixtures / COSTS, path)
    error = refusal(path, sheet="Feuil1", code="read.no_sheet")
    assert "“Feuil1”" in str(error) and "Coûts" in str(error)


def test_workbook_without_data(tmp_path: Path) -> None:
    path = tmp_path / "vide.xlsx"
    write_xlsx(path, [])
    refusal(path, code="read.empty_workbook")


def test_file_that_does_not_exist(tmp_path: Path) -> None:
    refusal(tmp_path / "gone.csv", code="read.not_found")


def test_folder_instead_of_a_file(tmp_path: Path) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    refusal(folder, code="read.is_folder")


def test_file_that_cannot_be_read(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "contacts.csv"
    path.write_text("Email\na@example.org\n")
    if os.geteuid() != 0:
        path.chmod(0)
    else:  # root reads anything: make the open fail as it would for a user without the permission
        real_open = Path.open

        def denied(self: Path, *args: object, **kwargs: object) -> object:
            if self == path:
                raise PermissionError(13, "Permission denied", str(self))
            return real_open(self, *args, **kwargs)

        monkeypatch.setattr(Path, "open", denied)
    refusal(path, code="read.unreadable")


# ---- Zip archives


def test_archive_bomb_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "export.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("contacts.csv", b"\0" * (8 << 20))  # 8 MB that pack into a few KB
    with pytest.raises(UserError) as caught:
        extract_archive(path, tmp_path / "out")
    assert caught.value.code == "read.archive_too_big" and not (tmp_path / "out").exists()


def test_archive_without_tables(tmp_path: Path) -> None:
    path = tmp_path / "export.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("README.txt", "hello")
        archive.writestr("__MACOSX/._contacts.csv", "junk")
    with pytest.raises(UserError) as caught:
        extract_archive(path, tmp_path / "out")
    assert caught.value.code == "read.archive_no_table"


def test_damaged_archive(tmp_path: Path) -> None:
    path = tmp_path / "export.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("contacts.csv", "Email\n" + "".join(f"c{i}@example.org\n" for i in range(5000)))
    path.write_bytes(path.read_bytes()[:-200])
    with pytest.raises(UserError) as caught:
        extract_archive(path, tmp_path / "out")
    assert caught.value.code == "read.archive_damaged" and path.name in str(caught.value)
    assert readers.is_archive(path)  # still routed to extract_archive, which explains the damage


def test_encrypted_archive(tmp_path: Path) -> None:
    path = tmp_path / "export.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("contacts.csv", "Email\na@example.org\n")
    # Set the "encrypted" flag bit in the local and central headers, as a password-protected zip has it.
    data = bytearray(path.read_bytes())
    for signature, flag_offset in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):
        data[data.index(signature) + flag_offset] |= 0x1
    path.write_bytes(bytes(data))
    with pytest.raises(UserError) as caught:
        extract_archive(path, tmp_path / "out")
    assert caught.value.code == "read.archive_password"


def test_sniff_refuses_nothing_that_is_text() -> None:
    # The encoding fallback always lands on a text codec for text, whatever its bytes.
    assert sniff.detect_encoding(bytes(range(0x20, 0x100)) * 10, complete=True) in {"cp1252", "mac_roman", "latin-1"}
