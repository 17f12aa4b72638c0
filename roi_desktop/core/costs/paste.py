"""Rows copied from Excel, LibreOffice or Google Sheets → cost drafts.

A spreadsheet puts tab-separated rows on the clipboard (cells holding a tab or a line break quoted). When the
first row names its columns ("Mois", "Catégorie", "Montant (€)"… in French or English) they are matched by
name, otherwise the columns are read in the ledger's order: month, category, item, channel, amount, currency,
note. Amounts keep the decimal separator of the copied sheet ("89,70"), decided once for the whole column.
Blank rows and a closing "Total" row are not costs.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field

from roi_desktop.core.costs.ledger import FIELDS, CostDraft
from roi_desktop.core.importing.fields import header_key
from roi_desktop.core.importing.normalise import detect_number_format

_HEADERS = {
    "month": ("mois", "month", "date", "periode", "period"),
    "category": ("categorie", "category", "type", "type de cout", "cost type"),
    "item": ("poste", "item", "libelle", "description", "designation", "outil", "tool", "fournisseur", "supplier"),
    "channel": ("canal", "channel", "source", "canal marketing"),
    "amount": ("montant", "amount", "cout", "cost", "montant ht", "amount excl tax", "montant eur", "montant e"),
    "currency": ("devise", "currency", "monnaie"),
    "note": ("commentaire", "note", "notes", "remarque", "comment", "comments"),
}
_HEADER_TO_FIELD = {header_key(name): key for key, names in _HEADERS.items() for name in names}
_TOTALS = {"total", "totaux", "totals", "grand total", "total general", "sous total", "subtotal"}


@dataclass
class PastedTable:
    """What a paste brings: one draft per data row, and how the table was read.

    Attributes:
        drafts: the rows, as entries to check.
        columns: the field each column was read as (None: ignored).
        had_header: whether the first row named the columns.
        decimal_comma: how the amounts were written.
    """

    drafts: list[CostDraft] = field(default_factory=list)
    columns: list[str | None] = field(default_factory=list)
    had_header: bool = False
    decimal_comma: bool = False


def parse_pasted(text: str, *, decimal_comma: bool | None = None) -> PastedTable:
    """The drafts of a pasted table; `decimal_comma` is the user's locale, used when the amounts do not show
    their separator ("1,500")."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n")
    try:
        table = list(csv.reader(io.StringIO(lines), delimiter="\t"))
    except csv.Error:  # a cell over csv's 128 KB limit (an unclosed quote swallowing the rest): plain cells
        table = [line.split("\t") for line in lines.split("\n")]
    rows = [row for row in table if any(cell.strip() for cell in row)]
    if not rows:
        return PastedTable(decimal_comma=bool(decimal_comma))
    columns = _header(rows[0])
    had_header = columns is not None
    if had_header:
        rows = rows[1:]
    else:
        columns = list(FIELDS[: max(len(row) for row in rows)])
    rows = [row for row in rows if header_key(row[0]) not in _TOTALS]
    amount_at = columns.index("amount") if "amount" in columns else None
    samples = [row[amount_at] for row in rows if amount_at is not None and amount_at < len(row)]
    fmt = detect_number_format(samples, decimal_comma=decimal_comma)
    drafts = []
    for row in rows:
        values = {name: (row[index].strip() if index < len(row) else "") for index, name in enumerate(columns)
                  if name is not None}
        drafts.append(CostDraft(**{name: values.get(name) or None for name in FIELDS}))
    return PastedTable(drafts, columns, had_header, fmt.decimal_comma)


def _header(row: list[str]) -> list[str | None] | None:
    """The field of each column when `row` names them (at least two known names, month and amount among
    them), else None."""
    found: list[str | None] = []
    for cell in row:
        key = header_key(cell)
        name = _HEADER_TO_FIELD.get(key) or next(
            (field_ for head, field_ in _HEADER_TO_FIELD.items() if key.startswith(head + " ")), None)
        found.append(name if name not in found else None)
    if "month" in found and "amount" in found:
        return found
    return None
