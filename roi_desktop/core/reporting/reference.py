"""The two sheets that let a reader defend the figures: every KPI's definition, and the imports behind them."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from roi_desktop.core.kpis.definitions import KpiDefinition
from roi_desktop.core.messages import QT_TRANSLATE_NOOP
from roi_desktop.core.reporting import content
from roi_desktop.core.reporting.content import Cell, Column, Table
from roi_desktop.core.reporting.texts import BETTER_WORDS, BREAKDOWN_WORDS, Texts

AREA_NAMES = {
    "contacts": QT_TRANSLATE_NOOP("Workbook", "Contacts"),
    "email": QT_TRANSLATE_NOOP("Workbook", "E-mail"),
    "funnel": QT_TRANSLATE_NOOP("Workbook", "Funnel"),
    "deals": QT_TRANSLATE_NOOP("Workbook", "Deals"),
    "costs": QT_TRANSLATE_NOOP("Workbook", "Costs and ROI"),
    "web": QT_TRANSLATE_NOOP("Workbook", "Web"),
    "workflows": QT_TRANSLATE_NOOP("Workbook", "Workflows"),
    "social": QT_TRANSLATE_NOOP("Workbook", "Social media and satisfaction"),
}
KIND_NAMES = {
    "contacts": QT_TRANSLATE_NOOP("Workbook", "Contacts"),
    "email_events": QT_TRANSLATE_NOOP("Workbook", "E-mail recipients"),
    "campaign_stats": QT_TRANSLATE_NOOP("Workbook", "E-mail campaign totals"),
    "deals": QT_TRANSLATE_NOOP("Workbook", "Deals"),
    "costs": QT_TRANSLATE_NOOP("Workbook", "Costs"),
    "web_traffic": QT_TRANSLATE_NOOP("Workbook", "Web traffic"),
    "workflows": QT_TRANSLATE_NOOP("Workbook", "Workflows"),
}
MONTH_WORD = QT_TRANSLATE_NOOP("Workbook", "Month")
HEADERS_DEFINITIONS = (
    (QT_TRANSLATE_NOOP("Workbook", "Indicator"), content.TEXT, 34, False),
    (QT_TRANSLATE_NOOP("Workbook", "Area"), content.TEXT, 16, False),
    (QT_TRANSLATE_NOOP("Workbook", "What it means"), content.TEXT, 50, True),
    (QT_TRANSLATE_NOOP("Workbook", "How it is computed"), content.TEXT, 56, True),
    (QT_TRANSLATE_NOOP("Workbook", "Unit"), content.TEXT, 12, False),
    (QT_TRANSLATE_NOOP("Workbook", "Better when"), content.TEXT, 12, False),
    (QT_TRANSLATE_NOOP("Workbook", "Broken down by"), content.TEXT, 28, True),
    (QT_TRANSLATE_NOOP("Workbook", "Data it needs"), content.TEXT, 50, True),
    (QT_TRANSLATE_NOOP("Workbook", "Identifier"), content.TEXT, 24, False),
)
HEADERS_DATA = (
    (QT_TRANSLATE_NOOP("Workbook", "Import no."), content.INTEGER, 9),
    (QT_TRANSLATE_NOOP("Workbook", "File"), content.TEXT, 44),
    (QT_TRANSLATE_NOOP("Workbook", "Tool"), content.TEXT, 16),
    (QT_TRANSLATE_NOOP("Workbook", "Contents"), content.TEXT, 22),
    (QT_TRANSLATE_NOOP("Workbook", "Imported on"), content.DATETIME, 17),
    (QT_TRANSLATE_NOOP("Workbook", "Rows read"), content.COUNT, 11),
    (QT_TRANSLATE_NOOP("Workbook", "Rows loaded"), content.COUNT, 11),
    (QT_TRANSLATE_NOOP("Workbook", "Rows rejected"), content.COUNT, 11),
    (QT_TRANSLATE_NOOP("Workbook", "Already there"), content.COUNT, 11),
)
TOTAL = QT_TRANSLATE_NOOP("Workbook", "Total")
DEFINITIONS_TITLE = QT_TRANSLATE_NOOP("Workbook", "Definitions of the indicators")
DATA_TITLE = QT_TRANSLATE_NOOP("Workbook", "Imports behind the figures")
DATA_NOTE = QT_TRANSLATE_NOOP(
    "Workbook", "Every figure of this workbook comes from these files. Rows read = rows loaded + rows rejected"
                " + rows already there; rejected rows are listed, with the reason, in the app's import report.")


def definitions_table(definitions: dict[str, KpiDefinition], currency: str, texts: Texts) -> Table:
    """Every KPI of the catalogue: name, area, meaning, formula, unit, direction, breakdowns, data needed, id."""
    columns = [Column(texts(h), kind, width=w, wrap=wrap) for h, kind, w, wrap in HEADERS_DEFINITIONS]
    table = Table("definitions", texts(DEFINITIONS_TITLE), columns, filter=True)
    for definition in definitions.values():
        breakdowns = [texts(MONTH_WORD) if b == "by_month" else texts(BREAKDOWN_WORDS[b])
                      for b in definition.breakdowns]
        table.rows.append([
            texts.kpi(definition.id), texts(AREA_NAMES.get(definition.area, definition.area)),
            texts.kpi_text(definition.tooltip), texts.kpi_text(definition.formula), texts.unit(definition, currency),
            texts(BETTER_WORDS[definition.better]), ", ".join(breakdowns), texts.needs(definition.needs),
            definition.id,
        ])
    return table


def data_used_table(batches: list[Any], texts: Texts) -> Table:
    """The live imports: file, tool, contents, when, rows; the totals row sums them."""
    columns = [Column(texts(h), kind, width=w) for h, kind, w in HEADERS_DATA]
    table = Table("data_used", texts(DATA_TITLE), columns, filter=True, notes=[texts(DATA_NOTE)])
    for batch in batches:
        table.rows.append([
            batch.id, batch.file_name + (f" — {batch.sheet}" if batch.sheet else ""), texts.tool(batch.source),
            texts(KIND_NAMES[batch.kind]) if batch.kind in KIND_NAMES else (batch.kind or ""),
            _local_time(batch.imported_at), batch.rows_read, batch.rows_loaded, batch.rows_rejected,
            batch.rows_unchanged,
        ])
    if table.rows:
        table.total = [Cell(texts(TOTAL)), "", "", "", ""] + [
            content.Sum(sum(row[i] or 0 for row in table.rows)) for i in range(5, 9)]
    return table


def _local_time(iso: str) -> datetime | None:
    """An ISO timestamp (UTC) as the local wall-clock time a reader expects; Excel dates have no time zone."""
    try:
        moment = datetime.fromisoformat(iso)
    except (TypeError, ValueError):
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone().replace(tzinfo=None)
    return moment
