"""KPIs › Compare two campaigns: the A/B test of KPIS §7 put in words a marketer can repeat to a manager.

Pick two e-mails, see their rates side by side, the verdict ("no significant difference" when that is the
truth), the 95 % interval of the difference and how many recipients per e-mail a real difference of that size
would need. The arithmetic is the core's (core/kpis/abtest.py); this dialog only lays it out.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from roi_desktop.core.channels import tool_name
from roi_desktop.core.kpis.abtest import A_WINS, B_WINS, CLICK_RATE, OPEN_RATE, AbTest, Candidate
from roi_desktop.core.workspace import Workspace
from roi_desktop.gui.i18n import format_count, format_day, format_percent, message_text
from roi_desktop.gui.workers import Runner


def campaign_label(candidate: Candidate) -> str:
    """"Newsletter juin 2025 — Brevo, 10/06/2025, 49 604 sent"."""
    name = candidate.key.split(":", 1)[-1]
    details = [tool_name(candidate.source)]
    if candidate.send_day:
        details.append(format_day(candidate.send_day))
    if candidate.sent is not None:
        details.append(QCoreApplication.translate("AbTestDialog", "%1 sent").replace("%1", format_count(candidate.sent)))
    return f"{name} — {', '.join(details)}"


def result_html(test: AbTest) -> str:
    """The rates side by side, the verdict, the interval and the sample needed."""
    translate = QCoreApplication.translate
    reacted = translate("AbTestDialog", "Clicked") if test.metric == CLICK_RATE else translate("AbTestDialog", "Opened")
    rows = [(translate("AbTestDialog", "Delivered"), [format_count(arm.delivered) for arm in (test.a, test.b)]),
            (reacted, [format_count(arm.successes) for arm in (test.a, test.b)]),
            (translate("AbTestDialog", "Rate"), [f"<b>{format_percent(arm.rate, decimals=2)}</b>"
                                                 for arm in (test.a, test.b)])]
    names = [html.escape(arm.key.split(":", 1)[-1]) for arm in (test.a, test.b)]
    winner = {A_WINS: 0, B_WINS: 1}.get(test.verdict)
    header = "".join(f"<th align='right'>{'🏆 ' if winner == i else ''}{name}</th>" for i, name in enumerate(names))
    body = "".join(f"<tr><td>{label}</td>" + "".join(f"<td align='right'>{v}</td>" for v in values) + "</tr>"
                   for label, values in rows)
    parts = [f"<table cellpadding='5' width='100%'><tr><th></th>{header}</tr>{body}</table>",
             f"<p style='font-size:15px'><b>{html.escape(message_text(test.message))}</b></p>"]
    stats = test.stats
    if stats is not None:
        low, high = (QLocale().toString(v * 100, "f", 2) for v in stats.interval)
        parts.append("<p>" + html.escape(
            translate("AbTestDialog", "Difference A − B: %1 points (95 % interval: %2 to %3 points).")
            .replace("%1", QLocale().toString(stats.difference * 100, "f", 2)).replace("%2", low).replace("%3", high))
            + (" " + html.escape(translate("AbTestDialog", "p-value: %1.").replace(
                "%1", QLocale().toString(stats.p_value, "f", 3))) if stats.p_value is not None else "") + "</p>")
        if stats.sample_size is not None:
            parts.append("<p>" + html.escape(translate(
                "AbTestDialog", "To tell a difference this size from chance, each e-mail would need about %1"
                                " delivered recipients.").replace("%1", format_count(stats.sample_size))) + "</p>")
    for warning in test.warnings:
        parts.append(f"<p style='color:#b26a00'>⚠ {html.escape(message_text(warning))}</p>")
    return "".join(parts)


class AbTestDialog(QDialog):
    """Two campaign pickers, the metric, and the result (recomputed in the background on every change)."""

    def __init__(self, workspace: Workspace, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        translate = QCoreApplication.translate
        self.workspace = workspace
        self.runner = runner
        self.setWindowTitle(translate("AbTestDialog", "Compare two campaigns (A/B test)"))
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        intro = QLabel(translate(
            "AbTestDialog", "Is one e-mail really better than the other, or is it chance? Pick two campaigns: the"
                            " test compares the share of recipients who clicked."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.campaign_a, self.campaign_b = QComboBox(), QComboBox()
        for combo in (self.campaign_a, self.campaign_b):
            combo.setMinimumContentsLength(40)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.currentIndexChanged.connect(self.run_test)
        form.addRow(translate("AbTestDialog", "Campaign A:"), self.campaign_a)
        form.addRow(translate("AbTestDialog", "Campaign B:"), self.campaign_b)
        metrics = QHBoxLayout()
        self.metric_group = QButtonGroup(self)
        for metric, text in ((CLICK_RATE, translate("AbTestDialog", "Click rate (recommended)")),
                             (OPEN_RATE, translate("AbTestDialog", "Open rate (indicative)"))):
            button = QRadioButton(text)
            button.setProperty("metric", metric)
            self.metric_group.addButton(button)
            metrics.addWidget(button)
            button.setChecked(metric == CLICK_RATE)
        metrics.addStretch(1)
        self.metric_group.buttonToggled.connect(lambda _button, checked: self.run_test() if checked else None)
        form.addRow(translate("AbTestDialog", "Compare:"), metrics)
        layout.addLayout(form)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.RichText)
        self.result.setMinimumHeight(220)
        self.result.setAlignment(Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.result, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.test: AbTest | None = None
        self._request = 0
        self.result.setText(translate("AbTestDialog", "Reading your campaigns…"))
        runner.run(lambda progress, cancel: workspace.ab_candidates(), on_done=self._fill)

    def metric(self) -> str:
        checked = self.metric_group.checkedButton()
        return checked.property("metric") if checked else CLICK_RATE

    def run_test(self) -> None:
        a, b = self.campaign_a.currentData(), self.campaign_b.currentData()
        if a is None or b is None:
            return
        if a == b:
            self.test = None
            self.result.setText(QCoreApplication.translate("AbTestDialog", "Pick two different campaigns."))
            return
        self._request += 1
        request, workspace, metric = self._request, self.workspace, self.metric()
        self.runner.run(lambda progress, cancel: workspace.ab_test(a, b, metric),
                        on_done=lambda test: self._show(test, request))

    def _fill(self, candidates: list[Candidate]) -> None:
        if len(candidates) < 2:
            self.result.setText(QCoreApplication.translate(
                "AbTestDialog", "An A/B test needs two e-mail campaigns: import your campaign reports first."))
            return
        for combo in (self.campaign_a, self.campaign_b):
            combo.blockSignals(True)
            for candidate in candidates:
                combo.addItem(campaign_label(candidate), candidate.campaign_id)
            combo.blockSignals(False)
        self.campaign_b.setCurrentIndex(1)  # emits currentIndexChanged: the first test runs

    def _show(self, test: AbTest, request: int) -> None:
        if request == self._request:
            self.test = test
            self.result.setText(result_html(test))
