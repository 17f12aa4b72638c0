"""Tables of KPIs from a KpiReport: one row per month, or per item of a breakdown (tool, channel, campaign…).

Columns are KPI ids, or `Derive` columns that the workbook computes by formula from two other columns of the
row (open rate = unique opens ÷ delivered, CPL = costs ÷ new leads) — kept as formulas only where they give
the app's figure (content.derive). The totals row is the period: a SUM where the rows add up to the period
figure (flows), the period figure itself otherwise (stocks, people counted in two tools), and the same
formula as the rows for derived columns.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from roi_desktop.core.kpis.definitions import COUNT, DAYS, FLOW, RATIO, STOCK
from roi_desktop.core.kpis.engine import KpiReport
from roi_desktop.core.messages import QT_TRANSLATE_NOOP
from roi_desktop.core.reporting import content
from roi_desktop.core.reporting.content import Cell, Column, Table
from roi_desktop.core.reporting.texts import BREAKDOWN_WORDS, Texts

MAX_ROWS = 500
"""Breakdowns longer than this (landing pages of a large site) keep their largest items."""

TOTAL = QT_TRANSLATE_NOOP("Workbook", "Whole period")
ROWS_TOTAL = QT_TRANSLATE_NOOP("Workbook", "Total")
MONTH = QT_TRANSLATE_NOOP("Workbook", "Month")
NOT_SUMS = QT_TRANSLATE_NOOP(
    "Workbook", "The last row gives the figures of the whole period; some are not the sum of the rows above,"
                " because an item counts in several rows (a contact found in two tools counts in both).")
STOCKS = QT_TRANSLATE_NOOP(
    "Workbook", "Contact and open-deal counts are stocks: each month gives them at its end, the last row at the end"
                " of the period.")
TRUNCATED = QT_TRANSLATE_NOOP("Workbook", "Only the {count} largest items are listed; the last row covers them all.")

_SPLIT_LABELS = ("by_campaign", "by_workflow")
"""Breakdown keys written "<tool>:<name>": shown as two columns, name and tool."""


@dataclass(frozen=True)
class Derive:
    """A column the workbook computes: `kpi` = op(column of `of[0]`, column of `of[1]`)."""

    kpi: str
    op: str
    of: tuple[str, str]


Spec = str | Derive


def kind_of(unit: str) -> str:
    return {COUNT: content.COUNT, RATIO: content.RATIO, DAYS: content.DAYS}.get(unit, content.MONEY)


def _kpi_of(spec: Spec) -> str:
    return spec.kpi if isinstance(spec, Derive) else spec


def _present(report: KpiReport, specs: tuple[Spec, ...], breakdown: str) -> list[Spec]:
    """The columns that have something to show: a value and the breakdown."""
    kept = []
    for spec in specs:
        result = report.results.get(_kpi_of(spec))
        if result is not None and result.value is not None and result.breakdowns.get(breakdown):
            kept.append(spec)
    return kept


def monthly_table(key: str, title: str, report: KpiReport, specs: tuple[Spec, ...], texts: Texts, *,
                  chart: content.Chart | None = None) -> Table | None:
    """One row per month of the period; None when no column has monthly figures."""
    if report.period is None:
        return None
    kept = _present(report, specs, "by_month")
    if not kept:
        return None
    months = report.period.months()
    labels = [Column(texts(MONTH), content.MONTH)]
    rows = [[date(int(m[:4]), int(m[5:7]), 1)] for m in months]
    table = _fill(key, title, report, kept, texts, labels, rows, months, "by_month")
    table.chart = _chart_for(chart, table, specs)
    return table


def breakdown_table(key: str, title: str, report: KpiReport, specs: tuple[Spec, ...], breakdown: str,
                    texts: Texts, *, filter: bool = False, partial: bool = False) -> Table | None:
    """One row per item of `breakdown` (union over the columns), largest first; None when empty.

    `partial`: the items cover only part of the period's figures (e-mails by workflow are the automated
    ones): the last row then totals the rows instead of giving the period's figures."""
    kept = _present(report, specs, breakdown)
    if not kept:
        return None
    first = report.results[_kpi_of(kept[0])].breakdowns[breakdown]
    keys = {k for spec in kept for k in report.results[_kpi_of(spec)].breakdowns[breakdown]}
    ordered = sorted(keys, key=lambda k: (first.get(k) is None, -(first.get(k) or 0), texts.label(breakdown, k)))
    truncated = len(ordered) > MAX_ROWS
    ordered = ordered[:MAX_ROWS]
    if breakdown in _SPLIT_LABELS:
        labels = [Column(texts(BREAKDOWN_WORDS[breakdown]), content.TEXT),
                  Column(texts(BREAKDOWN_WORDS["by_source"]), content.TEXT)]
        rows = [list(reversed(k.split(":", 1))) if ":" in k else [k, ""] for k in ordered]
        rows = [[name, texts.tool(tool)] for name, tool in rows]
    else:
        labels = [Column(texts(BREAKDOWN_WORDS[breakdown]), content.TEXT)]
        rows = [[texts.label(breakdown, k)] for k in ordered]
    table = _fill(key, title, report, kept, texts, labels, rows, ordered, breakdown, partial=partial)
    table.filter = filter
    if truncated:
        table.notes = [texts(TRUNCATED, count=MAX_ROWS)]
        table.total = [Cell(texts(TOTAL)) if i == 0 else v for i, v in enumerate(table.total or [])]
    return table


def _fill(key: str, title: str, report: KpiReport, specs: list[Spec], texts: Texts, labels: list[Column],
          rows: list[list[Any]], keys: list[str], breakdown: str, *, partial: bool = False) -> Table:
    """Add the value columns to `rows` (one per key), then the totals row."""
    columns = list(labels)
    for spec in specs:
        result = report.results[_kpi_of(spec)]
        columns.append(Column(texts.kpi(result.id), kind_of(texts.definitions[result.id].unit), kpi=result.id))
    index = {column.kpi: i for i, column in enumerate(columns) if column.kpi}
    for row, item in zip(rows, keys, strict=True):
        for spec in specs:
            row.append(_cell(spec, report.results[_kpi_of(spec)].breakdowns[breakdown].get(item), row, index))
    total: list[Any] = [Cell(texts(ROWS_TOTAL if partial else TOTAL))] + [""] * (len(labels) - 1)
    mismatch = False
    for spec in specs:
        result = report.results[_kpi_of(spec)]
        column = index[result.id]
        definition = texts.definitions[result.id]
        summable = definition.kind == FLOW and definition.unit not in (RATIO, DAYS)
        if partial:
            values = [content.plain(row[column]) for row in rows]
            if isinstance(spec, Derive):
                a, b = (index.get(kpi) for kpi in spec.of)
                found = None if a is None or b is None else content.evaluate(spec.op, content.plain(total[a]),
                                                                              content.plain(total[b]))
                total.append(_cell(spec, found, total, index))
            else:
                total.append(content.Sum(sum(v or 0 for v in values)) if summable else None)
            continue
        if isinstance(spec, Derive):
            total.append(_cell(spec, result.value, total, index))
            continue
        if summable:
            total.append(content.total_sum([row[column] for row in rows], result.value))
        else:
            total.append(result.value)
        if definition.unit not in (RATIO, DAYS) and result.value is not None:
            found = sum(content.plain(row[column]) or 0 for row in rows)
            mismatch = mismatch or not content.same(found, result.value, money=True)
    table = Table(key, title, columns, rows, total)
    if mismatch and len(rows) > 1 and breakdown != "by_month":
        table.notes.append(texts(NOT_SUMS))
    if breakdown == "by_month" and any(texts.definitions[_kpi_of(s)].kind == STOCK for s in specs):
        table.notes.append(texts(STOCKS))
    return table


def _cell(spec: Spec, expected: Any, row: list[Any], index: dict[str, int]) -> Any:
    if not isinstance(spec, Derive):
        return expected
    a, b = (index.get(kpi) for kpi in spec.of)
    if a is None or b is None:
        return expected
    return content.derive(spec.op, (a, b), row, expected)


def _chart_for(chart: content.Chart | None, table: Table, specs: tuple[Spec, ...]) -> content.Chart | None:
    """The chart spec re-indexed on the columns that remain (its `bars`/`lines` index `specs`)."""
    if chart is None:
        return None

    def columns(positions: tuple[int, ...]) -> tuple[int, ...]:
        found = (table.column_of(_kpi_of(specs[p])) for p in positions)
        return tuple(c for c in found if c is not None)

    bars, lines = columns(chart.bars), columns(chart.lines)
    return content.Chart(chart.title, bars, lines, chart.kind) if bars or lines else None
