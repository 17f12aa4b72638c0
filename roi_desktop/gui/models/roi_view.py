"""What the ROI page shows, made readable from `RoiFigures`: tile texts, captions, explanations on hover.

Catalogue KPIs are explained by `KpiView` exactly as on the KPI panels; the page's derived figures (ROI with
time saved, value of time saved, gains counted as qualified leads) get the same kind of explanation here:
what it is, the formula, the actual numbers, the period and the notes. Nothing is computed but formatting.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QCoreApplication

from roi_desktop.core.channels import CHANNELS, COST_CATEGORIES
from roi_desktop.core.costs import value_settings
from roi_desktop.core.costs.figures import RoiFigures
from roi_desktop.core.kpis.result import KpiResult
from roi_desktop.core.messages import QT_TRANSLATE_NOOP
from roi_desktop.core.store.batches import BatchInfo
from roi_desktop.gui.charts.style import format_unit
from roi_desktop.gui.i18n import format_day, format_money, message_text
from roi_desktop.gui.pages.kpi_view import KpiView

# Derived figures: name, tooltip, formula (context "RoiFigures").
DERIVED = {
    "roi_leads": (QT_TRANSLATE_NOOP("RoiFigures", "ROI on qualified leads"),
                  QT_TRANSLATE_NOOP("RoiFigures", "Return counted on the value of the qualified leads the period"
                                                  " brought, instead of the revenue of deals won."),
                  QT_TRANSLATE_NOOP("RoiFigures", "(Qualified leads × value of a lead − costs) ÷ costs")),
    "roi_with_time_saved": (QT_TRANSLATE_NOOP("RoiFigures", "ROI including time saved"),
                            QT_TRANSLATE_NOOP("RoiFigures", "The return once the hours automation saved your team"
                                                            " are counted as a gain, at their hourly cost."),
                            QT_TRANSLATE_NOOP("RoiFigures", "(Gains + value of time saved − costs) ÷ costs")),
    "gains_leads": (QT_TRANSLATE_NOOP("RoiFigures", "Value of qualified leads"),
                    QT_TRANSLATE_NOOP("RoiFigures", "What the period's qualified leads (MQL) are worth at the value"
                                                    " of one lead."),
                    QT_TRANSLATE_NOOP("RoiFigures", "New MQLs × value of a qualified lead")),
    "time_saved": (QT_TRANSLATE_NOOP("RoiFigures", "Value of time saved"),
                   QT_TRANSLATE_NOOP("RoiFigures", "Hours your team did not spend thanks to automated e-mails and"
                                                   " workflows, at their hourly cost."),
                   QT_TRANSLATE_NOOP("RoiFigures", "(Automated e-mails × minutes saved per e-mail + workflow runs ×"
                                                   " minutes saved per run) ÷ 60 × hourly cost")),
}


SHORT_REASONS = {
    "no_data": QT_TRANSLATE_NOOP("RoiFigures", "No data for this period (hover for what to import)"),
    "not_in_exports": QT_TRANSLATE_NOOP("RoiFigures", "Not in your exports (hover for details)"),
    "zero_denominator": QT_TRANSLATE_NOOP("RoiFigures", "Nothing to divide by in this period"),
    "setting_missing": QT_TRANSLATE_NOOP("RoiFigures", "Needs your team's hourly cost (Value settings)"),
    "currency_mismatch": QT_TRANSLATE_NOOP("RoiFigures", "An exchange rate is missing (cost ledger)"),
}


class RoiView:
    """The figures of one period, ready for the ROI page's widgets.

    Attributes:
        figures: the core's RoiFigures; kpis: a KpiView over its report (catalogue explanations).
    """

    def __init__(self, figures: RoiFigures, batches: list[BatchInfo] | None = None,
                 settings: dict[str, Any] | None = None) -> None:
        self.figures = figures
        self.kpis = KpiView(figures.report, batches=batches or [], settings=settings or {})
        self.leads_basis = figures.values.get("gains_basis") == value_settings.QUALIFIED_LEADS

    @property
    def currency(self) -> str:
        return self.figures.currency

    def money(self, value: float | None) -> str:
        return format_unit(value, self.currency)

    # ---- Tiles

    def tile_id(self, slot: str) -> str:
        """The figure a tile slot shows: the headline ROI and gains follow the gains setting."""
        if slot == "roi":
            return "roi_leads" if self.leads_basis else "roi"
        if slot == "gains":
            return "gains_leads" if self.leads_basis else "revenue_won"
        return slot

    def result(self, figure_id: str) -> KpiResult | None:
        if figure_id == "roi_leads":
            return self.figures.derived.get("roi_gains")
        if figure_id == "gains_leads":
            return self.figures.derived.get("gains")
        return self.figures.figure(figure_id)

    def tile(self, slot: str) -> tuple[str, str, str, str, list[float | None], str, str]:
        """(name, value, caption, direction, sparkline, explanation, alert) for a KpiTile."""
        figure_id = self.tile_id(slot)
        if figure_id not in DERIVED:
            name, value, _delta, _direction, spark, explanation, alert = self.kpis.tile(figure_id)
        else:
            result = self.result(figure_id)
            name = self.name(figure_id)
            value = format_unit(result.value, result.unit) if result is not None and result.value is not None else "—"
            spark = self._monthly(result)
            explanation, alert = self.explain(figure_id), ""
        caption, direction = self.caption(figure_id)
        return name, value, caption, direction, spark, explanation, alert

    def name(self, figure_id: str) -> str:
        if figure_id in DERIVED:
            return QCoreApplication.translate("RoiFigures", DERIVED[figure_id][0])
        return self.kpis.name(figure_id)

    def caption(self, figure_id: str) -> tuple[str, str]:
        """A line under the value saying what it means for the money ("€1 spent → €10.11 back"), or the
        change of the sales cycle since automation started; and its direction (good / bad / "")."""
        translate = QCoreApplication.translate
        result = self.result(figure_id)
        if figure_id == "sales_cycle_days" and result is not None and result.value is not None:
            return self.cycle_caption()
        if result is None or result.value is None:
            # A short reason on the tile; the full sentence (what to import or set) is in its explanation.
            code = result.reason.code if result is not None and result.reason is not None else ""
            return (translate("RoiFigures", SHORT_REASONS[code]) if code in SHORT_REASONS else ""), ""
        if figure_id == "roi_automation":
            spent = result.counts.get("denominator")
            return translate("RoiFigures", "Its costs: only the %1 of automation and e-mail tools").replace(
                "%1", self.money(spent)), ""
        if figure_id in ("roi", "roi_leads", "roi_with_time_saved"):
            back = format_money(1 + result.value, self.currency)
            return (translate("RoiFigures", "%1 spent → %2 back").replace("%1", format_money(1, self.currency))
                    .replace("%2", back)), ""
        if figure_id == "time_saved":
            hours = (result.counts.get("hours_saved_emails") or 0) + self._runs_hours()
            return translate("RoiFigures", "%1 hours saved").replace("%1", format_unit(round(hours), "count")), ""
        return "", ""

    def cycle_caption(self) -> tuple[str, str]:
        translate = QCoreApplication.translate
        cycle = self.figures.cycle
        change = cycle.change
        if change is None:
            if cycle.reason is not None and cycle.reason.code == "roi.no_split_day":
                return translate("RoiFigures", "Set the day automation started (Value settings) to compare"), ""
            if cycle.reason is not None:
                return translate("RoiFigures", "Automation started outside this period"), ""
            side = cycle.before if cycle.before is not None and cycle.before.value is None else cycle.after
            return (message_text(side.reason.message) if side is not None and side.reason else ""), ""
        arrow = "▼" if change < 0 else "▲" if change > 0 else "="
        text = (translate("RoiFigures", "%1 %2 since automation started (%3 before, %4 after)")
                .replace("%1", arrow).replace("%2", format_unit(abs(change), "days"))
                .replace("%3", format_unit(cycle.before.value, "days"))
                .replace("%4", format_unit(cycle.after.value, "days")))
        return text, "good" if change < 0 else "bad" if change > 0 else ""

    def _runs_hours(self) -> float:
        runs = self.figures.derived.get("workflow_runs_value")
        return float(runs.counts.get("hours_saved") or 0) if runs is not None else 0.0

    def _monthly(self, result: KpiResult | None) -> list[float | None]:
        if result is None or result.value is None:
            return []
        by_month = result.breakdowns.get("by_month", {})
        return [by_month.get(month) for month in self.figures.months] if by_month else []

    # ---- Explanations

    def explain(self, figure_id: str) -> str:
        """The tooltip of a figure: catalogue KPIs as on the KPI panels, derived figures in the same way."""
        if figure_id not in DERIVED:
            text = self.kpis.explain(figure_id)
            if figure_id == "sales_cycle_days":
                cycle = self.figures.cycle
                full = message_text(cycle.reason) if cycle.reason is not None else self.cycle_caption()[0]
                text += "<br>" + html.escape(full)
            return text
        translate = QCoreApplication.translate
        _name, tooltip, formula = DERIVED[figure_id]
        result = self.result(figure_id)
        parts = [f"<b>{html.escape(self.name(figure_id))}</b>", html.escape(translate("RoiFigures", tooltip)),
                 f"<i>{html.escape(translate('KpiView', 'How:'))}</i> " + html.escape(translate("RoiFigures", formula))]
        if result is not None and result.value is not None:
            parts.append(self._numbers(figure_id, result))
        elif result is not None and result.reason is not None:
            parts.append(f"<span style='color:#b26a00'>{html.escape(message_text(result.reason.message))}</span>")
        period = self.figures.period
        if period is not None:
            parts.append(html.escape(translate("KpiView", "Period: %1 → %2").replace("%1", format_day(period.first))
                                     .replace("%2", format_day(period.last))))
        for note in result.notes if result is not None else []:
            parts.append("• " + html.escape(message_text(note.message)))
        return "<br>".join(parts)

    def _numbers(self, figure_id: str, result: KpiResult) -> str:
        """The formula with the actual numbers."""
        counts, shown = result.counts, format_unit(result.value, result.unit)

        def money(value: float | None) -> str:  # exact to the cent, so that the sum can be checked
            return format_money(value, self.currency)

        if figure_id in ("roi_with_time_saved", "roi_leads"):
            saved = f" + {money(counts['time_saved'])}" if "time_saved" in counts else ""
            return (f"= ({money(counts.get('gains'))}{saved} − {money(counts.get('costs'))}) ÷ "
                    f"{money(counts.get('costs'))} = <b>{shown}</b>")
        if figure_id == "gains_leads":
            return (f"= {format_unit(counts.get('qualified_leads'), 'count')} × {money(counts.get('lead_value'))}"
                    f" = <b>{shown}</b>")
        values = self.figures.values
        runs = self.figures.derived.get("workflow_runs_value")
        enrolments = runs.counts.get("enrolments") if runs is not None else 0
        translate = QCoreApplication.translate
        if values.get("minutes_saved_per_workflow_run") and enrolments:
            text = translate("RoiFigures", "= (%1 e-mails × %2 min + %3 runs × %4 min) ÷ 60 × %5")
        else:
            text = translate("RoiFigures", "= %1 e-mails × %2 min ÷ 60 × %5")
        text = (text.replace("%1", format_unit(counts.get("automated_emails") or 0, "count"))
                .replace("%2", format_unit(values.get("minutes_saved_per_automated_email") or 0, "count"))
                .replace("%3", format_unit(enrolments or 0, "count"))
                .replace("%4", format_unit(values.get("minutes_saved_per_workflow_run") or 0, "count"))
                .replace("%5", money(values.get("hourly_rate"))))
        return html.escape(text) + f" = <b>{money(result.value)}</b>"

    # ---- Labels

    @staticmethod
    def channel_name(channel: str) -> str:
        if channel in CHANNELS:
            return QCoreApplication.translate("Channels", CHANNELS[channel])
        return channel

    @staticmethod
    def category_name(category: str) -> str:
        if category in COST_CATEGORIES:
            return QCoreApplication.translate("CostCategories", COST_CATEGORIES[category])
        return category

    def unassigned_note(self) -> str:
        """Why the channels' costs per lead look cheaper than the overall one, when costs sit on no lead
        channel (shared lines, tools)."""
        figures = self.figures
        total = figures.report.results.get("costs_total")
        if not figures.unassigned_costs or total is None or not total.value:
            return ""
        share = figures.unassigned_costs / total.value
        names = ", ".join(self.channel_name(channel) for channel in figures.unassigned_channels)
        return (QCoreApplication.translate(
            "RoiFigures", "%1 of the costs (%2) are on channels that bring no lead themselves (%3): no channel's"
                          " cost per lead includes them, so each channel looks cheaper than the overall figure.")
                .replace("%1", self.money(figures.unassigned_costs))
                .replace("%2", format_unit(share, "ratio")).replace("%3", names))
