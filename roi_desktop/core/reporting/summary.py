"""Tables of period figures: the Summary a manager reads first, and the first table of every area sheet.

One row per KPI: its value, the previous period's, the change (a formula on the two cells: an absolute
change for counts, money and days, percentage points for rates — never "% of a %") and what the figure
means. A missing figure says why instead of showing 0. Alerts and data-quality warnings are gathered in
"Points of attention" under the Summary.
"""

from __future__ import annotations

from typing import Any

from roi_desktop.core.kpis.compare import Delta
from roi_desktop.core.kpis.definitions import RATIO
from roi_desktop.core.kpis.engine import KpiReport
from roi_desktop.core.messages import QT_TRANSLATE_NOOP
from roi_desktop.core.reporting import content
from roi_desktop.core.reporting.content import Cell, Column, Formula, Table
from roi_desktop.core.reporting.kpi_tables import kind_of
from roi_desktop.core.reporting.texts import Texts

HEADLINES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (QT_TRANSLATE_NOOP("Workbook", "Revenue and return on investment"),
     ("revenue_won", "costs_total", "roi", "revenue_automated_workflows", "roi_automation",
      "marketing_influenced_revenue_share")),
    (QT_TRANSLATE_NOOP("Workbook", "Acquisition"),
     ("web_sessions", "leads_new", "mqls_new", "customers_new", "cost_per_lead", "customer_acquisition_cost",
      "mql_to_customer_rate", "win_rate", "sales_cycle_days")),
    (QT_TRANSLATE_NOOP("Workbook", "E-mail engagement"),
     ("contacts_total", "contacts_active", "emails_sent", "open_rate", "click_rate", "unsubscribe_rate",
      "bounce_rate")),
    (QT_TRANSLATE_NOOP("Workbook", "Use of the automation tool"),
     ("automated_email_share", "workflows_active", "workflows_without_trigger", "workflow_completion_rate",
      "time_savings_value")),
)
"""The Summary's KPIs, by theme, in the order a manager asks about them."""

INDICATOR = QT_TRANSLATE_NOOP("Workbook", "Indicator")
VALUE = QT_TRANSLATE_NOOP("Workbook", "Value")
PREVIOUS = {"previous": QT_TRANSLATE_NOOP("Workbook", "Previous period"),
            "last_year": QT_TRANSLATE_NOOP("Workbook", "Same period last year")}
CHANGE = QT_TRANSLATE_NOOP("Workbook", "Change")
CHANGE_PERCENT = QT_TRANSLATE_NOOP("Workbook", "Change (%)")
MEANING = QT_TRANSLATE_NOOP("Workbook", "What it means")
TREND = QT_TRANSLATE_NOOP("Workbook", "Monthly trend")
NOTES = QT_TRANSLATE_NOOP("Workbook", "Notes")
NOT_AVAILABLE = QT_TRANSLATE_NOOP("Workbook", "Not available: {reason}")
ATTENTION = QT_TRANSLATE_NOOP("Workbook", "Points of attention")
NOTHING_TO_WATCH = QT_TRANSLATE_NOOP("Workbook", "No alert on these figures.")

VALUE_COLUMN = 1
"""Where the period value is in a figures table (the preview and the tests read it there)."""


def figures_table(key: str, title: str, sections: tuple[tuple[str | None, tuple[str, ...]], ...],
                  current: KpiReport, base: KpiReport | None, deltas: dict[str, Delta], texts: Texts,
                  comparison: str, *, details: bool = False, trend: bool = False) -> Table:
    """One row per KPI of `sections` (a heading row before each titled section); with `base`, the previous
    figure and the change.

    Without `details` (the Summary) the last column says what each figure means, and `trend` adds a
    sparkline of its monthly series (drawn from the area sheets' monthly tables). With `details` (the area
    sheets, whose columns are shared with wide monthly tables) the last column holds note numbers — (1),
    (2)… — and the notes themselves (why a figure is missing, its alert, partial sources, prorated costs…)
    are listed under the table, each once."""
    columns = [Column(texts(INDICATOR), content.TEXT, width=36), Column(texts(VALUE), "row", width=16)]
    if base is not None:
        columns += [Column(texts(PREVIOUS[comparison]), "row", width=16),
                    Column(texts(CHANGE), "row", width=14, signed=True),
                    Column(texts(CHANGE_PERCENT), content.GROWTH, width=12, signed=True)]
    if trend:
        columns.append(Column(texts(TREND), content.TREND, width=14))
    columns.append(Column(texts(NOTES), content.TEXT, width=8) if details
                   else Column(texts(MEANING), content.TEXT, width=72, wrap=True))
    table = Table(key, title, columns)
    footnotes: dict[str, int] = {}
    for heading, kpi_ids in sections:
        present = [k for k in kpi_ids if k in current.results]
        if heading and present:
            table.rows.append([Cell(texts(heading), tone="section")] + [""] * (len(columns) - 1))
        for kpi_id in present:
            row = _row(kpi_id, current, base, deltas, texts)
            if trend:
                row.append(kpi_id if current.results[kpi_id].breakdowns.get("by_month") else "")
            if details:
                numbers = [footnotes.setdefault(text, len(footnotes) + 1) for text in notes_of(kpi_id, current, texts)]
                row.append(" ".join(f"({n})" for n in numbers))
            else:
                row.append(meaning(kpi_id, current, texts))
            table.rows.append(row)
    table.notes = [f"({number}) {text}" for text, number in footnotes.items()]
    return table


def _row(kpi_id: str, current: KpiReport, base: KpiReport | None, deltas: dict[str, Delta],
         texts: Texts) -> list[Any]:
    result = current.results[kpi_id]
    definition = texts.definitions[kpi_id]
    kind = kind_of(definition.unit)
    row: list[Any] = [texts.kpi(kpi_id), Cell(result.value, kind, "alert" if result.alert else "")]
    if base is not None:
        previous = base.results.get(kpi_id)
        before = previous.value if previous is not None else None
        row.append(Cell(before, kind))
        delta = deltas.get(kpi_id)
        tone = "" if delta is None or delta.better is None else ("good" if delta.better else "bad")
        if result.value is not None and before is not None and _shows_no_change(definition.unit, result.value, before):
            tone = ""  # "-0.0 pt" in red would alarm for nothing
        if result.value is None or before is None:
            row += [Cell(None, kind), Cell(None, content.GROWTH)]
        elif definition.unit == RATIO:
            points = content.evaluate(content.POINTS_OP, result.value, before)
            row += [Cell(Formula(content.POINTS_OP, (1, 2), points), content.POINTS, tone), Cell(None, content.GROWTH)]
        else:
            change = content.evaluate(content.DIFF_OP, result.value, before)
            growth = content.evaluate(content.GROWTH_OP, result.value, before)
            row += [Cell(Formula(content.DIFF_OP, (1, 2), change), kind, tone),
                    Cell(Formula(content.GROWTH_OP, (1, 2), growth), content.GROWTH, tone)]
    return row


def _shows_no_change(unit: str, value: float, before: float) -> bool:
    """Whether the change rounds to zero as the workbook shows it (0.0 pt, 0, 0.00)."""
    if unit == RATIO:
        return round((value - before) * 100, 1) == 0
    return round(value - before, 2) == 0


def meaning(kpi_id: str, report: KpiReport, texts: Texts) -> str:
    """What the figure means, or why it is missing; its alert first."""
    result = report.results[kpi_id]
    definition = texts.definitions[kpi_id]
    if result.value is None:
        return _missing(kpi_id, report, texts)
    parts = [texts.kpi_text(definition.tooltip)]
    if result.alert is not None:
        parts.insert(0, "⚠ " + texts.message(result.alert.message))
    return " ".join(p for p in parts if p)


def notes_of(kpi_id: str, report: KpiReport, texts: Texts) -> list[str]:
    """What qualifies a figure: why it is missing, its alert, its notes."""
    result = report.results[kpi_id]
    if result.value is None:
        return [_missing(kpi_id, report, texts)]
    found = ["⚠ " + texts.message(result.alert.message)] if result.alert is not None else []
    return found + [texts.message(note.message) for note in result.notes]


def _missing(kpi_id: str, report: KpiReport, texts: Texts) -> str:
    result = report.results[kpi_id]
    reason = texts.message(result.reason.message) if result.reason else texts.needs(texts.definitions[kpi_id].needs)
    return texts(NOT_AVAILABLE, reason=reason)


def attention_table(current: KpiReport, quality: list[Any], texts: Texts) -> Table:
    """Alerts first (KPI: sentence), then what weakens the figures (data-quality warnings)."""
    table = Table("attention", texts(ATTENTION), [Column(texts(ATTENTION), content.TEXT, wrap=True)], header=False)
    for kpi_id, result in current.results.items():
        if result.alert is not None:
            table.rows.append([Cell(f"⚠ {texts.kpi(kpi_id)} — {texts.message(result.alert.message)}", tone="alert")])
    for item in quality:
        mark = "⚠ " if item.level == "warning" else "ℹ "
        table.rows.append([mark + texts.message(item.message)])
    if not table.rows:
        table.rows.append([texts(NOTHING_TO_WATCH)])
    return table
