"""How the workbook looks: number formats by kind of value, language and currency, and the cell formats.

Number formats are Excel format codes (`#,##0.00`): the reader's Excel or LibreOffice shows them with its own
separators ("1 234,56" in French). Dates and months carry a locale tag (`[$-40C]` French, `[$-809]` English)
so that month names follow the workbook's language, not the reader's system. One palette for the app's
charts and the workbook's (Okabe & Ito: readable with every common colour-vision deficiency).
"""

from __future__ import annotations

from typing import Any

from roi_desktop.core.messages import QT_TRANSLATE_NOOP
from roi_desktop.core.reporting import content
from roi_desktop.core.reporting.texts import Texts

PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#999999")
INK, HEADER_FILL, SECTION_FILL, TOTAL_FILL, RULE = "#1F3A5F", "#1F4E79", "#DDEBF7", "#F2F2F2", "#D9D9D9"
GOOD, BAD, ALERT_FILL, MUTED = "#1E7B34", "#C00000", "#FDE9E7", "#595959"
FONT = "Calibri"

SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥"}
LOCALE_TAGS = {"fr": "[$-40C]", "en": "[$-809]"}
DAYS_WORD = QT_TRANSLATE_NOOP("Workbook", "days")
POINTS_WORD = QT_TRANSLATE_NOOP("Workbook", "pt")


def number_formats(language: str, currency: str, texts: Texts) -> dict[str, str]:
    """Kind → Excel number format code ("+" variants for signed changes)."""
    symbol = SYMBOLS.get(currency, currency)
    if language == "fr" or symbol == currency:
        money = f'#,##0.00 "{symbol}"'
    else:
        money = f'"{symbol}"#,##0.00'
    tag = LOCALE_TAGS.get(language, "")
    day = "dd/mm/yyyy" if language == "fr" else "d mmm yyyy"
    days = f'#,##0.0" {texts(DAYS_WORD)}"'
    points = f'#,##0.0" {texts(POINTS_WORD)}"'
    return {
        content.COUNT: "#,##0",
        content.COUNT + ".1": "#,##0.0",
        content.DECIMAL: "#,##0.00",
        content.MONEY: money,
        content.RATIO: "#,##0.0%",
        content.RATIO + ".2": "0.00%",
        content.DAYS: days,
        content.POINTS: f"+{points};-{points};{points}",
        content.GROWTH: "+0.0%;-0.0%;0.0%",
        content.DATE: tag + day,
        content.MONTH: tag + "mmm yyyy",
        content.DATETIME: tag + day + " hh:mm",
        content.INTEGER: "0",
        content.COUNT + "+": "+#,##0;-#,##0;0",
        content.COUNT + ".1+": "+#,##0.0;-#,##0.0;0.0",
        content.MONEY + "+": f"+{money};-{money};{money}",
        content.DAYS + "+": f"+{days};-{days};{days}",
        content.DECIMAL + "+": "+#,##0.00;-#,##0.00;0.00",
        # Chart axes: whole units.
        "axis." + content.MONEY: money.replace("#,##0.00", "#,##0"),
        "axis." + content.RATIO: "0%",
        "axis." + content.DAYS: "#,##0",
        "axis." + content.COUNT: "#,##0",
    }


class Styles:
    """Cell formats of one XlsxWriter workbook, created on first use and cached."""

    def __init__(self, workbook: Any, language: str, currency: str, texts: Texts) -> None:
        self.workbook = workbook
        self.numbers = number_formats(language, currency, texts)
        self._cache: dict[tuple[Any, ...], Any] = {}
        self._cells: dict[tuple[Any, ...], Any] = {}

    def number_format(self, kind: str, value: Any = None, signed: bool = False) -> str | None:
        key = kind
        if kind == content.COUNT and isinstance(value, float) and not value.is_integer():
            key += ".1"
        if kind == content.RATIO and isinstance(value, float) and 0 < abs(value) < 0.01:
            key += ".2"  # complaint and unsubscribe rates live below 1 %: 0.02 %, not 0.0 %
        if signed and key + "+" in self.numbers:
            key += "+"
        return self.numbers.get(key)

    def axis_format(self, kind: str) -> str:
        return self.numbers.get("axis." + kind) or self.numbers.get(kind) or "General"

    def cell(self, kind: str, value: Any = None, *, role: str = "data", tone: str = "", wrap: bool = False,
             signed: bool = False, quote: bool = False) -> Any:
        """The format of a table cell: `role` data | total | section | label; `tone` good | bad | alert |
        muted; `quote` marks text that would otherwise be read as a formula (Excel's quote prefix).

        Looked up by the arguments themselves (the value only counts by the variant `number_format` picks): one
        tuple and one dict look-up a cell, instead of the number format's key and a second tuple (workbook.py
        `_cell` gives the measured effect of both)."""
        variant = 0
        if isinstance(value, float):
            if kind == content.COUNT and not value.is_integer():
                variant = 1
            elif kind == content.RATIO and 0 < abs(value) < 0.01:
                variant = 2
        key = (kind, variant, role, tone, wrap, signed, quote)
        found = self._cells.get(key)
        if found is None:
            found = self._cells[key] = self._cell(kind, value, role=role, tone=tone, wrap=wrap, signed=signed,
                                                  quote=quote)
        return found

    def _cell(self, kind: str, value: Any, *, role: str, tone: str, wrap: bool, signed: bool, quote: bool) -> Any:
        number = self.number_format(kind, value, signed) if kind not in (content.TEXT, "row") else None
        key = ("cell", number, role, tone, wrap, quote, kind in (content.TEXT, content.MONTH), kind == content.TEXT)
        if key not in self._cache:
            props: dict[str, Any] = {"font_name": FONT, "font_size": 10, "valign": "top"}
            if number:
                props["num_format"] = number
            if kind in (content.TEXT, content.MONTH):
                props["align"] = "left"
            if kind == content.TEXT and role in ("data", "total"):
                props["indent"] = 1
            if wrap:
                props["text_wrap"] = True
            if quote:
                props["quote_prefix"] = True
            if role == "data":
                props.update(bottom=1, bottom_color=RULE)
            elif role == "total":
                props.update(bold=True, top=1, bottom=1, top_color=INK, bottom_color=INK, bg_color=TOTAL_FILL)
            elif role == "section":
                props.update(bold=True, bg_color=SECTION_FILL, color=INK, bottom=1, bottom_color=RULE)
            if tone == "good":
                props["font_color"] = GOOD
            elif tone == "bad":
                props["font_color"] = BAD
            elif tone == "alert":
                props.update(bg_color=ALERT_FILL, font_color=BAD, bold=True)
            elif tone == "muted":
                props.update(font_color=MUTED, italic=True)
            self._cache[key] = self.workbook.add_format(props)
        return self._cache[key]

    def named(self, name: str) -> Any:
        """Formats of the sheet furniture: title, intro, table_title, header, header_number, note."""
        key = ("named", name)
        if key not in self._cache:
            props: dict[str, Any] = {"font_name": FONT, "font_size": 10}
            props.update({
                "title": {"bold": True, "font_size": 16, "font_color": INK},
                "intro": {"font_color": MUTED},
                "table_title": {"bold": True, "font_size": 12, "font_color": INK},
                "header": {"bold": True, "font_color": "#FFFFFF", "bg_color": HEADER_FILL, "text_wrap": True,
                           "valign": "vcenter", "align": "left", "border": 1, "border_color": HEADER_FILL},
                "header_centre": {"bold": True, "font_color": "#FFFFFF", "bg_color": HEADER_FILL, "text_wrap": True,
                                  "valign": "vcenter", "align": "center", "border": 1, "border_color": HEADER_FILL},
                "header_number": {"bold": True, "font_color": "#FFFFFF", "bg_color": HEADER_FILL, "text_wrap": True,
                                  "valign": "vcenter", "align": "right", "border": 1, "border_color": HEADER_FILL},
                "note": {"italic": True, "font_color": MUTED, "text_wrap": True, "valign": "top"},
            }[name])
            self._cache[key] = self.workbook.add_format(props)
        return self._cache[key]
