"""What the KPI panels show, computed once per period from a KpiReport: tile texts, series, explanations.

The panels only lay these out. Every number comes with its explanation (the formula with the actual counts,
the period, the imports behind it, notes, and why a value is missing), as the tooltip of its tile.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication

from roi_desktop.core.channels import CHANNELS, COST_CATEGORIES, tool_name
from roi_desktop.core.kpis.definitions import RATIO, KpiDefinition, all_definitions
from roi_desktop.core.kpis.engine import KpiReport
from roi_desktop.core.kpis.quality import QualityItem
from roi_desktop.core.kpis.result import KpiResult
from roi_desktop.core.store.batches import BatchInfo
from roi_desktop.gui.charts.monthly_chart import Series
from roi_desktop.gui.charts.style import format_unit
from roi_desktop.gui.i18n import format_day, format_percent, message_text

# Which import kinds feed which KPI area (for "comes from").
AREA_KINDS = {"contacts": {"contacts", "email_events"}, "email": {"campaign_stats", "email_events"},
              "funnel": {"contacts"}, "deals": {"deals"}, "costs": {"costs", "deals", "contacts", "web_traffic"},
              "web": {"web_traffic"}, "workflows": {"workflows", "email_events"}, "social": set()}


@dataclass
class KpiView:
    """A report made readable.

    Attributes:
        report: the KPIs of the period; base: those of the comparison period (or None).
        deltas: KPI id → Delta from core.kpis.compare (or empty without comparison).
        compare_label: "vs previous period" / "vs same period last year", translated.
        batches: the live imports (for "comes from").
    """

    report: KpiReport
    base: KpiReport | None = None
    deltas: dict[str, Any] = field(default_factory=dict)
    compare_label: str = ""
    batches: list[BatchInfo] = field(default_factory=list)
    quality: list[QualityItem] = field(default_factory=list)
    settings: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.definitions: dict[str, KpiDefinition] = all_definitions()

    # ---- Tiles

    def result(self, kpi_id: str) -> KpiResult | None:
        return self.report.results.get(kpi_id)

    def name(self, kpi_id: str) -> str:
        definition = self.definitions.get(kpi_id)
        return QCoreApplication.translate("Kpi", definition.name) if definition else kpi_id

    def tile(self, kpi_id: str) -> tuple[str, str, str, str, list[float | None], str, str]:
        """(name, value, delta, direction, sparkline, explanation, alert) for a KpiTile."""
        result = self.result(kpi_id)
        name = self.name(kpi_id)
        if result is None:
            return name, "—", "", "", [], "", ""
        value = format_unit(result.value, result.unit) if result.value is not None else "—"
        delta, direction = self._delta_text(kpi_id)
        alert = message_text(result.alert.message) if result.alert else ""
        return name, value, delta, direction, self._monthly(result), self.explain(kpi_id), alert

    def _delta_text(self, kpi_id: str) -> tuple[str, str]:
        delta = self.deltas.get(kpi_id)
        result = self.result(kpi_id)
        if delta is None or result is None or result.value is None:
            return "", ""
        points = getattr(delta, "points", None)
        relative = getattr(delta, "relative", None)
        absolute = getattr(delta, "absolute", None)
        if result.unit == RATIO and points is not None:
            text = QCoreApplication.translate("KpiView", "%1 pt").replace("%1", _signed(points, 1))
        elif relative is not None:
            text = _signed(relative * 100, 1) + "\u202f%"
        elif absolute is not None:
            text = ("+" if absolute > 0 else "") + format_unit(absolute, result.unit)
        else:
            return "", ""
        better = getattr(delta, "better", None)
        arrow = "▲" if (points if points is not None else absolute or 0) > 0 else "▼" if (
            points if points is not None else absolute or 0) < 0 else "="
        direction = "good" if better is True else "bad" if better is False else ""
        return f"{arrow} {text} {self.compare_label}", direction

    def explain(self, kpi_id: str) -> str:
        """The tooltip of a number: what it is, how it is computed with the actual counts, over which period,
        from which imports, and what qualifies it."""
        translate = QCoreApplication.translate
        definition = self.definitions[kpi_id]
        result = self.result(kpi_id)
        parts = [f"<b>{html.escape(self.name(kpi_id))}</b>",
                 html.escape(translate("Kpi", definition.tooltip))]
        if definition.formula:
            parts.append(f"<i>{html.escape(translate('KpiView', 'How:'))}</i> "
                         + html.escape(translate("Kpi", definition.formula)))
        if result is not None and result.value is not None:
            counts = result.counts
            shown = format_unit(result.value, result.unit)
            if "numerator" in counts and "denominator" in counts:
                numerator_unit = "count" if result.unit in (RATIO, "count", "days") else result.unit
                parts.append(f"= {format_unit(counts['numerator'], numerator_unit)}"
                             f" ÷ {format_unit(counts['denominator'], 'count')} = <b>{shown}</b>")
            else:
                details = ", ".join(f"{key.replace('_', ' ')} {format_unit(value, 'count')}"
                                    for key, value in counts.items() if isinstance(value, int | float))
                parts.append(f"= <b>{shown}</b>" + (f" ({html.escape(details)})" if details else ""))
        elif result is not None and result.reason is not None:
            parts.append(f"<span style='color:#b26a00'>{html.escape(message_text(result.reason.message))}</span>")
        if self.report.period is not None:
            parts.append(html.escape(translate("KpiView", "Period: %1 → %2")
                                     .replace("%1", format_day(self.report.period.first))
                                     .replace("%2", format_day(self.report.period.last))))
        sources = self.sources_of(definition)
        if sources:
            parts.append(html.escape(translate("KpiView", "From: %1").replace("%1", ", ".join(sources))))
        for note in result.notes if result else []:
            parts.append("• " + html.escape(message_text(note.message)))
        if result is not None and result.alert is not None:
            parts.append(f"<span style='color:#c62828'>⚠ {html.escape(message_text(result.alert.message))}</span>")
        return "<br>".join(parts)

    def sources_of(self, definition: KpiDefinition) -> list[str]:
        kinds = AREA_KINDS.get(definition.area, set())
        names = [b.file_name for b in self.batches if b.status == "loaded" and b.kind in kinds]
        return names[:4] + ([QCoreApplication.translate("KpiView", "and %1 more").replace("%1", str(len(names) - 4))]
                            if len(names) > 4 else [])

    def alerts(self) -> list[tuple[str, str, str]]:
        """(KPI id, name, alert sentence) of every KPI whose period value crosses its threshold."""
        return [(kpi_id, self.name(kpi_id), message_text(result.alert.message))
                for kpi_id, result in self.report.results.items() if result.alert is not None]

    def quality_html(self) -> str:
        """The data-quality strip: what the figures rest on and what weakens them."""
        lines = []
        for item in self.quality:
            mark = "<span style='color:#b26a00'>⚠</span>" if item.level == "warning" else "ℹ"
            lines.append(f"{mark} {html.escape(message_text(item.message))}")
        return "<br>".join(lines)

    # ---- Series

    def months(self) -> list[str]:
        return self.report.period.months() if self.report.period else []

    def _monthly(self, result: KpiResult) -> list[float | None]:
        by_month = result.breakdowns.get("by_month", {})
        return [by_month.get(month) for month in self.months()] if by_month else []

    def monthly_series(self, kpi_ids: tuple[str, ...], line: bool) -> list[Series]:
        series = []
        for kpi_id in kpi_ids:
            result = self.result(kpi_id)
            if result is not None and result.value is not None and "by_month" in result.breakdowns:
                series.append(Series(self.name(kpi_id), self._monthly(result), result.unit,
                                     "line" if line else "bar"))
        return series

    def marked_months(self, kpi_id: str) -> set[str]:
        """Months to highlight: months with a positive count (traffic peaks), or months whose rate breaches
        the KPI's alert threshold (with the period's own rule)."""
        result = self.result(kpi_id)
        if result is None or result.value is None:
            return set()
        by_month = result.breakdowns.get("by_month", {})
        if result.unit != RATIO:
            return {month for month, value in by_month.items() if value}
        from roi_desktop.core.kpis import alerts

        return set(alerts.breaching_months(result, self.settings))

    def breakdown(self, kpi_id: str, key: str) -> tuple[list[tuple[str, float | None]], str]:
        result = self.result(kpi_id)
        if result is None or result.value is None:
            return [], "count"
        values = result.breakdowns.get(key, {})
        return [(self.label_of(key, item), value) for item, value in values.items()], result.unit

    def label_of(self, key: str, item: str) -> str:
        translate = QCoreApplication.translate
        if key == "by_channel" and item in CHANNELS:
            return translate("Channels", CHANNELS[item])
        if key == "by_category" and item in COST_CATEGORIES:
            return translate("CostCategories", COST_CATEGORIES[item])
        if key == "by_source":
            return translate("Channels", tool_name(item))
        if key == "by_campaign":
            return item.split(":", 1)[-1]
        return item

    def funnel(self, kpi_ids: tuple[str, ...]) -> list[tuple[str, float | None]]:
        stages = []
        for kpi_id in kpi_ids:
            result = self.result(kpi_id)
            if result is not None and result.value is not None:
                stages.append((self.name(kpi_id), result.value))
        return stages

    def funnel_rates(self, kpi_ids: tuple[str, ...]) -> list[float | None]:
        return [self.result(k).value if k and self.result(k) is not None else None for k in kpi_ids]

    def missing_data(self, kpi_ids: tuple[str, ...]) -> str:
        """When none of `kpi_ids` has data: which export to import (the first definition's `needs`)."""
        results = [self.result(k) for k in kpi_ids]
        if any(r is not None and r.value is not None for r in results):
            return ""
        needs = next((self.definitions[k].needs for k in kpi_ids if k in self.definitions and self.definitions[k].needs),
                     "")
        return QCoreApplication.translate("KpiNeeds", needs) if needs else ""


def _signed(value: float, decimals: int) -> str:
    text = format_percent(abs(value) / 100, decimals=decimals).replace("\u202f%", "")
    return ("+" if value > 0 else "−" if value < 0 else "") + text
