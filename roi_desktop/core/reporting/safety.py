"""Writing exports safely: text that cannot run as a formula, and files that are whole or not there at all.

Formula injection (OWASP "CSV injection"): a campaign name, a UTM source or a deal name comes from a tool, a
form or a visitor; a cell starting with `=`, `+`, `-`, `@`, tab or carriage return would be run as a formula
by Excel or LibreOffice when the CSV is opened or the cell is edited. In the workbook such text is written as
a string with Excel's quote-prefix flag (shown as typed, stays text when edited); in CSV and on the clipboard,
where no type exists, it gets a leading apostrophe, as OWASP advises.

Atomic writing: the file is written beside its destination under a temporary name and renamed over it only
when complete, so a full disk, a cancel or a crash leaves the previous file (or nothing), never half a file.
Failures become one plain sentence (a UserError).
"""

from __future__ import annotations

import errno
import os
import re
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from roi_desktop.core.errors import UserError
from roi_desktop.core.messages import QT_TRANSLATE_NOOP, Message, MessageTemplate

RISKY_STARTS = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"^[+-]?\d{1,3}([ \u00a0\u202f,.']?\d{3})*([.,]\d+)?[ \u00a0\u202f]?[%€$£]?$")

FOLDER_MISSING = MessageTemplate("export.folder_missing", QT_TRANSLATE_NOOP(
    "Messages", "The folder “{folder}” does not exist: choose another place to save “{name}”."))
FOLDER_READ_ONLY = MessageTemplate("export.folder_read_only", QT_TRANSLATE_NOOP(
    "Messages", "You cannot save files in “{folder}”: choose another folder for “{name}”."))
NOT_A_FOLDER = MessageTemplate("export.not_a_folder", QT_TRANSLATE_NOOP(
    "Messages", "“{folder}” is a file, not a folder: choose a folder to save “{name}” in."))
IS_FOLDER = MessageTemplate("export.is_folder", QT_TRANSLATE_NOOP(
    "Messages", "“{path}” is a folder: give a file name, for example “{example}”."))
FILE_LOCKED = MessageTemplate("export.file_locked", QT_TRANSLATE_NOOP(
    "Messages", "“{name}” is open in another program (Excel?) or read-only: close it and export again, or save"
                " under another name."))
DISK_FULL = MessageTemplate("export.disk_full", QT_TRANSLATE_NOOP(
    "Messages", "The disk is full: “{name}” was not saved. Free some space or save it elsewhere."))
NOT_WRITTEN = MessageTemplate("export.not_written", QT_TRANSLATE_NOOP(
    "Messages", "“{name}” could not be saved in “{folder}” ({reason})."))


# ---- Formula injection


def is_risky(text: str) -> bool:
    """Whether a spreadsheet would read `text` as a formula (or strip what starts it)."""
    return text.startswith(RISKY_STARTS)


def inert(text: str) -> str:
    """Text safe to put in a CSV cell or on the clipboard: a leading apostrophe before a risky start, unless
    the text is a plain number ("-12,5 %", "+3"), which spreadsheets read as a number, never a formula."""
    if is_risky(text) and not _NUMBER.match(text.strip()):
        return "'" + text
    return text


# ---- Atomic writing


@contextmanager
def atomic_path(path: Path | str) -> Iterator[Path]:
    """A temporary path beside `path`; renamed to `path` when the block ends without error, removed otherwise.

    Raises UserError (one plain sentence) when the folder is missing or read-only, `path` is a folder, the
    destination is locked (open in Excel on Windows), or the disk is full."""
    path = Path(path)
    check_destination(path)
    try:
        handle, name = tempfile.mkstemp(prefix=f".{path.stem}-", suffix=path.suffix + ".part", dir=path.parent)
    except OSError as error:
        raise UserError(_message(error, path, stage="create")) from error
    os.close(handle)
    temporary = Path(name)
    try:
        yield temporary
        _flush(temporary)
        os.replace(temporary, path)
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise UserError(_message(error, path, stage="replace")) from error
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise


def check_destination(path: Path) -> None:
    """Fail early, before any work, when `path` cannot be a file we write."""
    if path.is_dir():
        raise UserError(IS_FOLDER(path=str(path), example=str(path / "kpis.xlsx")))
    parent = path.parent
    if parent.exists() and not parent.is_dir():
        raise UserError(NOT_A_FOLDER(folder=str(parent), name=path.name))
    if not parent.is_dir():
        raise UserError(FOLDER_MISSING(folder=str(parent), name=path.name))


def _flush(path: Path) -> None:
    """Push the bytes to the disk before the rename, so that a full disk shows here and not later."""
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def _message(error: OSError, path: Path, *, stage: str) -> Message:
    folder, name = str(path.parent), path.name
    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return DISK_FULL(name=name)
    if isinstance(error, IsADirectoryError) or (stage == "replace" and path.is_dir()):
        return IS_FOLDER(path=str(path), example=str(path / "kpis.xlsx"))
    if isinstance(error, FileNotFoundError | NotADirectoryError):
        return FOLDER_MISSING(folder=folder, name=name)
    if isinstance(error, PermissionError) or error.errno in (errno.EACCES, errno.EPERM, errno.EROFS, errno.EBUSY):
        # Creating the temporary file worked, so the folder is writable: the destination itself is held.
        return FILE_LOCKED(name=name) if stage == "replace" else FOLDER_READ_ONLY(folder=folder, name=name)
    return NOT_WRITTEN(name=name, folder=folder, reason=error.strerror or type(error).__name__)
