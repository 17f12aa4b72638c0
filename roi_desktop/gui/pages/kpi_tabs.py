"""The KPI panels (Overview, Engagement, Acquisition & funnel, Web), declared as data: which tiles, which charts.

A `KpiTab` is built from its `TabSpec` and filled from a `KpiView` (kpi_view.py): it holds no data and
computes nothing; texts and series come ready from the view.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from roi_desktop.core.messages import QT_TRANSLATE_NOOP
from roi_desktop.gui.charts.breakdown_chart import BreakdownChart
from roi_desktop.gui.charts.funnel_chart import FunnelChart
from roi_desktop.gui.charts.monthly_chart import MonthlyChart
from roi_desktop.gui.pages.kpi_view import KpiView
from roi_desktop.gui.widgets.kpi_tile import KpiTile

TILE_COLUMNS = 4


@dataclass(frozen=True)
class ChartSpec:
    """A chart of a tab: `kind` monthly (bars or lines of `kpis`), breakdown (`kpis[0]` by `breakdown`) or
    funnel (the counts of `kpis` with `rates` between them)."""

    title: str
    kind: str
    kpis: tuple[str, ...]
    line: bool = False
    breakdown: str = ""
    rates: tuple[str, ...] = ()
    marks_from: str = ""


@dataclass(frozen=True)
class TabSpec:
    key: str
    title: str
    tiles: tuple[str, ...]
    charts: tuple[ChartSpec, ...] = field(default_factory=tuple)


TABS = (
    TabSpec(
        "overview", QT_TRANSLATE_NOOP("KpiTabs", "Overview"),
        ("revenue_won", "costs_total", "roi", "leads_new", "mqls_new", "customers_new", "cost_per_lead",
         "customer_acquisition_cost", "open_rate", "click_rate"),
        (ChartSpec(QT_TRANSLATE_NOOP("KpiTabs", "Revenue won and marketing costs by month"), "monthly",
                   ("revenue_won", "costs_total")),),
    ),
    TabSpec(
        "engagement", QT_TRANSLATE_NOOP("KpiTabs", "Engagement"),
        ("contacts_total", "contacts_active", "contacts_inactive", "contacts_unsubscribed", "emails_sent",
         "unique_opens", "unique_clicks", "open_rate", "click_rate", "click_to_open_rate", "bounce_rate",
         "unsubscribe_rate"),
        (ChartSpec(QT_TRANSLATE_NOOP("KpiTabs", "E-mails sent by month"), "monthly", ("emails_sent",)),
         ChartSpec(QT_TRANSLATE_NOOP("KpiTabs", "Open and click rates by month"), "monthly",
                   ("open_rate", "click_rate"), line=True, marks_from="unsubscribe_rate"),
         ChartSpec(QT_TRANSLATE_NOOP("KpiTabs", "E-mails sent by tool"), "breakdown", ("emails_sent",),
                   breakdown="by_source"),
         ChartSpec(QT_TRANSLATE_NOOP("KpiTabs", "Click rate by campaign"), "breakdown", ("click_rate",),
                   breakdown="by_campaign")),
    ),
    TabSpec(
        "acquisition", QT_TRANSLATE_NOOP("KpiTabs", "Acquisition and funnel"),
        ("web_sessions", "leads_new", "mqls_new", "sqls_new", "sql_rejection_rate", "opportunities_new",
         "customers_new", "lead_to_mql_rate", "mql_to_sql_rate", "sql_to_customer_rate", "sales_cycle_days",
         "win_rate"),
        (ChartSpec(QT_TRANSLATE_NOOP("KpiTabs", "Funnel of the period"), "funnel",
                   ("subscribers_new", "leads_new", "mqls_new", "sqls_new", "opportunities_new", "customers_new"),
                   rates=("", "lead_to_mql_rate", "mql_to_sql_rate", "", "")),
         ChartSpec(QT_TRANSLATE_NOOP("KpiTabs", "New leads by channel"), "breakdown", ("leads_new",),
                   breakdown="by_channel"),
         ChartSpec(QT_TRANSLATE_NOOP("KpiTabs", "Leads, MQLs and customers by month"), "monthly",
                   ("leads_new", "mqls_new", "customers_new"))),
    ),
    TabSpec(
        "web", QT_TRANSLATE_NOOP("KpiTabs", "Web"),
        ("web_sessions", "web_key_events", "web_conversion_rate", "visit_to_lead_rate", "web_peak_days"),
        (ChartSpec(QT_TRANSLATE_NOOP("KpiTabs", "Visits by month (▲ months with traffic peaks)"), "monthly",
                   ("web_sessions",), marks_from="web_peak_days"),
         ChartSpec(QT_TRANSLATE_NOOP("KpiTabs", "Key events by month"), "monthly", ("web_key_events",)),
         ChartSpec(QT_TRANSLATE_NOOP("KpiTabs", "Visits by source / medium"), "breakdown", ("web_sessions",),
                   breakdown="by_source_medium")),
    ),
)


class KpiTab(QScrollArea):
    """One panel: a grid of tiles, then its charts, each with a title and, when empty, what to import."""

    def __init__(self, spec: TabSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self.setWidgetResizable(True)
        host = QWidget()
        self.layout_ = QVBoxLayout(host)
        self.layout_.setContentsMargins(0, 4, 8, 4)
        self.strip = QLabel()
        self.strip.setWordWrap(True)
        self.strip.setObjectName("qualityStrip")
        self.strip.setStyleSheet("#qualityStrip { background: palette(alternate-base); border-radius: 6px;"
                                 " padding: 8px; }")
        self.alerts = QLabel()
        self.alerts.setWordWrap(True)
        for widget in (self.strip, self.alerts):
            widget.setVisible(False)
            self.layout_.addWidget(widget)
        grid = QGridLayout()
        grid.setSpacing(10)
        self.tiles: dict[str, KpiTile] = {}
        for index, kpi_id in enumerate(spec.tiles):
            tile = KpiTile(kpi_id)
            self.tiles[kpi_id] = tile
            grid.addWidget(tile, index // TILE_COLUMNS, index % TILE_COLUMNS)
        self.layout_.addLayout(grid)
        self.chart_titles: list[QLabel] = []
        self.chart_notes: list[QLabel] = []
        self.charts: list[MonthlyChart | BreakdownChart | FunnelChart] = []
        for chart_spec in spec.charts:
            title = QLabel()
            title.setStyleSheet("font-weight: 600; margin-top: 10px;")
            note = QLabel()
            note.setWordWrap(True)
            note.setStyleSheet("color: palette(mid);")
            chart = {"monthly": MonthlyChart, "breakdown": BreakdownChart, "funnel": FunnelChart}[chart_spec.kind]()
            self.chart_titles.append(title)
            self.chart_notes.append(note)
            self.charts.append(chart)
            for widget in (title, note, chart):
                self.layout_.addWidget(widget)
        self.layout_.addStretch(1)
        self.setWidget(host)

    def show_view(self, view: KpiView) -> None:
        translate = QCoreApplication.translate
        if self.spec.key == "overview":
            self.strip.setText(view.quality_html())
            self.strip.setVisible(bool(view.quality))
            alerts = view.alerts()
            self.alerts.setText("<br>".join(f"<span style='color:#c62828'>⚠ <b>{name}</b></span> — {text}"
                                            for _id, name, text in alerts))
            self.alerts.setVisible(bool(alerts))
        for kpi_id, tile in self.tiles.items():
            tile.show_kpi(*view.tile(kpi_id))
        for spec, title, note, chart in zip(self.spec.charts, self.chart_titles, self.chart_notes, self.charts,
                                            strict=True):
            title.setText(translate("KpiTabs", spec.title))
            missing = view.missing_data(spec.kpis)
            note.setText(missing)
            note.setVisible(bool(missing))
            if isinstance(chart, MonthlyChart):
                chart.set_data(view.months(), view.monthly_series(spec.kpis, spec.line),
                               view.marked_months(spec.marks_from) if spec.marks_from else None)
            elif isinstance(chart, BreakdownChart):
                items, unit = view.breakdown(spec.kpis[0], spec.breakdown)
                chart.set_items(items, unit, other=translate("KpiTabs", "Other"))
            else:
                chart.set_stages(view.funnel(spec.kpis), view.funnel_rates(spec.rates))
