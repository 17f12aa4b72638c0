"""The Usage page's first tab: the usage score with its formula and its trend, the headline figures as
tiles, and the hygiene issues to fix first.

It only lays out what the audit says: texts are formatted here, figures come from `UsageAudit`; the KPI
tiles reuse the KPI panels' view (kpi_view.py), so a figure explains itself the same way on both pages.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from roi_desktop.core.kpis.engine import KpiReport
from roi_desktop.core.usage.audit import UsageAudit
from roi_desktop.core.usage.checks import CRITICAL, LEVELS, WARNING
from roi_desktop.core.usage.score import PART_NAMES
from roi_desktop.gui.charts.monthly_chart import MonthlyChart, Series
from roi_desktop.gui.charts.style import month_label
from roi_desktop.gui.i18n import (
    count_text,
    format_count,
    format_money,
    format_percent,
    message_text,
)
from roi_desktop.gui.pages.kpi_view import KpiView
from roi_desktop.gui.widgets.kpi_tile import KpiTile
from roi_desktop.gui.widgets.usage_parts import (
    LEVEL_COLOURS,
    check_title,
    note_label,
    scrolling_tab,
    section_title,
)

TILES = ("emails_sent", "automated_email_share", "workflows_active", "triggers_configured", "issues", "engaged",
         "silent", "cost_per_engaged")
TOP_FINDINGS = 4


def score_colour(value: float) -> str:
    return "#2e7d32" if value >= 70 else "#b26a00" if value >= 40 else "#c62828"


class UsageOverview(QScrollArea):
    """Signals:
        checks_requested(): the user wants to see every hygiene check.
    """

    checks_requested = Signal()
    """"See every check" was pressed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = scrolling_tab(self)
        top = QHBoxLayout()
        card = QFrame()
        card.setObjectName("scoreCard")
        card.setStyleSheet(
            "#scoreCard { border: 1px solid palette(mid); border-radius: 8px; background: palette(base); }"
        )
        card.setFixedWidth(400)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(14, 12, 14, 12)
        self.score_name = QLabel()
        self.score_name.setStyleSheet("font-weight: 600;")
        inner.addWidget(self.score_name)
        self.score_value = QLabel()
        self.score_value.setTextFormat(Qt.TextFormat.RichText)
        inner.addWidget(self.score_value)
        self.score_parts = QLabel()
        self.score_parts.setTextFormat(Qt.TextFormat.RichText)
        self.score_parts.setWordWrap(True)
        inner.addWidget(self.score_parts)
        self.score_formula = QLabel()
        self.score_formula.setWordWrap(True)
        self.score_formula.setTextFormat(Qt.TextFormat.RichText)
        self.score_formula.setStyleSheet("color: #6b6b6b; font-size: 11px;")
        inner.addWidget(self.score_formula)
        inner.addStretch(1)
        top.addWidget(card)
        right = QVBoxLayout()
        self.first_title = section_title()
        self.first_title.setStyleSheet("font-weight: 600;")
        right.addWidget(self.first_title)
        self.first = QLabel()
        self.first.setWordWrap(True)
        self.first.setTextFormat(Qt.TextFormat.RichText)
        right.addWidget(self.first)
        row = QHBoxLayout()
        self.all_checks = QPushButton()
        self.all_checks.clicked.connect(self.checks_requested)
        row.addWidget(self.all_checks)
        row.addStretch(1)
        right.addLayout(row)
        right.addStretch(1)
        top.addLayout(right, 1)
        layout.addLayout(top)
        grid = QGridLayout()
        grid.setSpacing(10)
        self.tiles = {key: KpiTile(key) for key in TILES}
        for index, tile in enumerate(self.tiles.values()):
            grid.addWidget(tile, index // 4, index % 4)
        layout.addLayout(grid)
        self.chart_title = section_title()
        layout.addWidget(self.chart_title)
        self.chart = MonthlyChart()
        self.chart.setFixedHeight(220)
        layout.addWidget(self.chart)
        self.trend = note_label()
        layout.addWidget(self.trend)
        layout.addStretch(1)
        self.audit: UsageAudit | None = None
        self.retranslate()

    def retranslate(self) -> None:
        translate = QCoreApplication.translate
        self.score_name.setText(translate("UsageOverview", "Usage score"))
        self.chart_title.setText(translate("UsageOverview", "Usage score by month"))
        self.first_title.setText(translate("UsageOverview", "What to fix first"))
        self.all_checks.setText(translate("UsageOverview", "See every check…"))
        if self.audit is not None:
            self.show_audit(self.audit)

    def show_audit(self, audit: UsageAudit) -> None:
        self.audit = audit
        self._score(audit)
        self._tiles(audit)
        self._first(audit)

    # ---- Internals

    def _score(self, audit: UsageAudit) -> None:
        translate = QCoreApplication.translate
        score = audit.score
        if score is None or score.value is None:
            self.score_value.setText("<span style='font-size: 34px; font-weight: 700;'>—</span>")
            reason = message_text(score.reason) if score is not None and score.reason else ""
            self.score_parts.setText(html.escape(reason))
            self.score_formula.setText("")
            self.chart.set_data([], [])
            self.trend.setText("")
            for widget in (self.chart_title, self.chart):
                widget.setVisible(False)
            return
        for widget in (self.chart_title, self.chart):
            widget.setVisible(True)
        value = round(score.value)
        self.score_value.setText(
            f"<span style='font-size: 38px; font-weight: 700; color: {score_colour(value)};'>"
            f"{format_count(value)}</span>"
            f"<span style='font-size: 16px;'> / 100</span>"
        )
        lines = []
        for part in score.parts:
            name = html.escape(message_text(PART_NAMES[part.key]()))
            if part.value is None:
                shown = "—"
            else:
                shown = f"<b>{format_percent(part.value, decimals=0)}</b> " + html.escape(
                    translate("UsageOverview", "(%1 of %2)")
                    .replace("%1", format_count(part.numerator))
                    .replace("%2", format_count(part.denominator))
                )
            lines.append(
                translate("UsageOverview", "%1: %2").replace("%1", name[:1].upper() + name[1:]).replace("%2", shown)
            )
        self.score_parts.setText("<br>".join(lines))
        notes = "".join(f"<br>{html.escape(message_text(n))}" for n in score.notes)
        self.score_formula.setText(html.escape(message_text(score.formula)) + notes)
        months = list(score.by_month)
        self.chart.set_data(
            months, [Series(translate("UsageOverview", "Usage score"), list(score.by_month.values()), "count", "line")]
        )
        known = [(m, v) for m, v in score.by_month.items() if v is not None]
        if len(known) >= 2:
            (first_month, first), (last_month, last) = known[0], known[-1]
            self.trend.setText(
                translate(
                    "UsageOverview",
                    "From %1 in %2 to %3 in %4. Each month is scored on its own sends and"
                    " the checks run over that month.",
                )
                .replace("%1", format_count(round(first)))
                .replace("%2", month_label(first_month, short=False))
                .replace("%3", format_count(round(last)))
                .replace("%4", month_label(last_month, short=False))
            )
        else:
            self.trend.setText("")

    def _tiles(self, audit: UsageAudit) -> None:
        translate = QCoreApplication.translate
        view = KpiView(KpiReport(audit.period, audit.currency, dict(audit.kpis)))
        for kpi_id in ("emails_sent", "automated_email_share", "workflows_active", "triggers_configured"):
            name, value, _delta, _direction, sparkline, explanation, alert = view.tile(kpi_id)
            total = audit.kpis.get("workflows_total")
            if (
                kpi_id in ("workflows_active", "triggers_configured")
                and total is not None
                and total.value is not None
                and audit.kpis[kpi_id].value is not None
            ):
                value = (
                    translate("UsageOverview", "%1 of %2").replace("%1", value).replace("%2", format_count(total.value))
                )
            self.tiles[kpi_id].show_kpi(name, value, "", "", sparkline, explanation, alert)
        findings = audit.findings
        serious = sum(1 for f in findings if f.level in (CRITICAL, WARNING))
        title = translate("UsageOverview", "Hygiene issues open")
        lines = [f"<b>{html.escape(title)}</b>"]
        for result in audit.checks:
            lines.append(
                html.escape(
                    translate("UsageOverview", "%1: %2")
                    .replace("%1", check_title(result.check))
                    .replace("%2", format_count(len(result.findings)))
                )
            )
        self.tiles["issues"].show_kpi(
            translate("UsageOverview", "Hygiene issues open"),
            format_count(len(findings)),
            translate("UsageOverview", "%1 to act on").replace("%1", format_count(serious)) if findings else "",
            "",
            [],
            "<br>".join(lines),
            translate("UsageOverview", "Some workflows need attention.") if serious else "",
        )
        contacts = audit.contacts
        engaged = contacts.engaged if contacts else None
        by_month = engaged.breakdowns.get("by_month", {}) if engaged is not None and engaged.value is not None else {}
        days = contacts.window_days if contacts else 90
        self.tiles["engaged"].show_kpi(
            translate("UsageOverview", "Engaged contacts"),
            format_count(engaged.value) if engaged and engaged.value is not None else "—",
            "",
            "",
            list(by_month.values()),
            html.escape(
                translate(
                    "UsageOverview",
                    "Reachable contacts who clicked an e-mail in the last %1 days of the period."
                    " Clicks only: an opening can be Apple Mail loading images by itself.",
                ).replace("%1", format_count(days))
            ),
        )
        silent = contacts.silent if contacts else None
        months = contacts.sunset_months if contacts else 12
        self.tiles["silent"].show_kpi(
            translate("UsageOverview", "Silent for %1 months").replace("%1", format_count(months)),
            format_count(len(silent)) if silent is not None else "—",
            "",
            "",
            [],
            html.escape(
                message_text(contacts.silent_reason)
                if contacts and contacts.silent_reason
                else translate(
                    "UsageOverview",
                    "Reachable contacts known for at least %1 months who neither opened nor clicked in that time:"
                    " your sunset list, on the Contacts and licences tab.",
                ).replace("%1", format_count(months))
            ),
        )
        cost = contacts.cost_per_engaged if contacts else None
        if contacts is not None and cost is not None:
            tip = (
                translate("UsageOverview", "Licence costs of the period (%1) ÷ engaged contacts (%2).")
                .replace("%1", format_money(contacts.licence_cents / 100, contacts.currency))
                .replace("%2", format_count(contacts.engaged.value))
            )
        else:
            tip = message_text(contacts.cost_reason) if contacts and contacts.cost_reason else ""
        self.tiles["cost_per_engaged"].show_kpi(
            translate("UsageOverview", "Cost per engaged contact"),
            format_money(cost, audit.currency) if cost is not None else "—",
            "",
            "",
            [],
            html.escape(tip),
        )

    def _first(self, audit: UsageAudit) -> None:
        translate = QCoreApplication.translate
        findings = sorted(audit.findings, key=lambda f: LEVELS.index(f.level))[:TOP_FINDINGS]
        if not findings and not any(result.judged for result in audit.checks):
            self.first.setText(
                html.escape(
                    translate(
                        "UsageOverview",
                        "Nothing could be checked yet: the Hygiene checks tab says which exports are missing.",
                    )
                )
            )
        elif not findings:
            self.first.setText(html.escape(translate("UsageOverview", "No hygiene issue in this period. Well done.")))
        else:
            self.first.setText(
                "".join(
                    f"<p style='margin: 0 0 6px 0;'><span style='color:{LEVEL_COLOURS[f.level]}'>"
                    f"{'⚠' if f.level != 'notice' else '•'}</span> {html.escape(message_text(f.message))}<br>"
                    f"<span style='color:#555555;'>→ {html.escape(message_text(f.fix))}</span></p>"
                    for f in findings
                )
            )
        rest = len(audit.findings) - len(findings)
        self.all_checks.setText(
            count_text(
                rest,
                translate("UsageOverview", "See every check (%1 more issue)…"),
                translate("UsageOverview", "See every check (%1 more issues)…"),
            )
            if rest > 0
            else translate("UsageOverview", "See every check…")
        )
