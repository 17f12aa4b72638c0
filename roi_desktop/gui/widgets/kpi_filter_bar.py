"""Two compact multi-choice filters — tools and channels — and a "Filtered: …" chip that clears them.

The choices come from the workspace (`Workspace.kpi_filter_choices`, computed in the page's worker); the bar
holds no data of its own beyond what is chosen. "All tools" / "All channels" is the empty choice. What the
filters mean and which KPIs ignore them is core/kpis/filters.py; the tooltips say it in plain words.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QHBoxLayout, QMenu, QPushButton, QWidget

from roi_desktop.core.channels import CHANNELS, tool_name
from roi_desktop.core.kpis.filters import NO_FILTER, FilterChoices, KpiFilter


def channel_label(channel: str) -> str:
    return QCoreApplication.translate("Channels", CHANNELS[channel]) if channel in CHANNELS else channel


def source_label(source: str) -> str:
    name = tool_name(source)
    return QCoreApplication.translate("Channels", name) if source == "manual" else name


class _MultiChoice(QPushButton):
    """A button with a menu of checkable values; "all" (first action) is the empty choice. A push button, not
    a tool button: Fusion draws a tool button's menu arrow over its text."""

    changed = Signal()

    def __init__(self, label_of, parent: QWidget | None = None) -> None:  # noqa: ANN001 - a str → str function
        super().__init__(parent)
        self.label_of = label_of
        self.menu_ = QMenu(self)
        self.setMenu(self.menu_)
        self.all_action = QAction(self.menu_)
        self.all_action.setCheckable(True)
        self.all_action.setChecked(True)
        self.all_action.triggered.connect(self._all_chosen)
        self.menu_.addAction(self.all_action)
        self.menu_.addSeparator()
        self.actions_: dict[str, QAction] = {}
        self.all_text = ""
        self.counts: dict[str, int] = {}
        self._pending: frozenset[str] = frozenset()

    def _all_chosen(self) -> None:
        self.set_chosen(())
        self.changed.emit()

    def set_values(self, counts: dict[str, int]) -> None:
        """The values offered (with their row counts), keeping those chosen even if no longer present."""
        chosen = self.chosen()
        for action in self.actions_.values():
            self.menu_.removeAction(action)
        self.actions_ = {}
        self.counts = dict(counts)
        for value in [*counts, *sorted(chosen - set(counts))]:
            action = QAction(self.menu_)
            action.setCheckable(True)
            action.setChecked(value in chosen)
            action.setData(value)
            action.triggered.connect(self._toggled)
            self.menu_.addAction(action)
            self.actions_[value] = action
        self.retranslate()

    def chosen(self) -> frozenset[str]:
        return frozenset(v for v, a in self.actions_.items() if a.isChecked()) | self._pending

    def set_chosen(self, values: Iterable[str]) -> None:
        values = frozenset(values)
        self._pending = values - set(self.actions_)  # chosen before the choices arrived
        for value, action in self.actions_.items():
            action.setChecked(value in values)
        self.all_action.setChecked(not values)
        self._update_text()

    def choose(self, value: str, checked: bool = True) -> None:
        """Tick or untick one value, as a click in the menu does."""
        self.actions_[value].setChecked(checked)
        self._toggled()

    def _toggled(self) -> None:
        self._pending = frozenset()
        self.all_action.setChecked(not self.chosen())
        self._update_text()
        self.changed.emit()

    def retranslate(self) -> None:
        self.all_action.setText(self.all_text)
        for value, action in self.actions_.items():
            count = self.counts.get(value)
            action.setText(self.label_of(value) + (f" ({count:,})".replace(",", "\u202f") if count else ""))
        self._update_text()

    def _update_text(self) -> None:
        chosen = sorted(self.chosen())
        if not chosen:
            self.setText(self.all_text)
        elif len(chosen) <= 2:
            self.setText(", ".join(self.label_of(v) for v in chosen))
        else:
            self.setText(QCoreApplication.translate("KpiFilters", "%1 chosen").replace("%1", str(len(chosen))))


class KpiFilterBar(QWidget):
    """Signals:
    filter_changed(object): the chosen KpiFilter (NO_FILTER when everything is counted).
    """

    filter_changed = Signal(object)
    """The user chose other tools or channels, or cleared the filter."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.sources = _MultiChoice(source_label)
        self.channels = _MultiChoice(channel_label)
        self.chip = QPushButton()
        self.chip.setFlat(True)
        self.chip.setStyleSheet("QPushButton { border: 1px solid palette(mid); border-radius: 10px;"
                                " padding: 2px 10px; }")
        self.chip.clicked.connect(self.clear)
        for widget in (self.sources, self.channels, self.chip):
            layout.addWidget(widget)
        self.sources.changed.connect(self._changed)
        self.channels.changed.connect(self._changed)
        self.retranslate()

    @property
    def filter(self) -> KpiFilter:
        return KpiFilter.of(self.sources.chosen(), self.channels.chosen())

    def set_choices(self, choices: FilterChoices) -> None:
        self.sources.set_values(choices.sources)
        self.channels.set_values(choices.channels)

    def set_filter(self, kpi_filter: KpiFilter) -> None:
        """Show `kpi_filter` as chosen, without signalling (restoring a saved filter)."""
        self.sources.set_chosen(kpi_filter.sources)
        self.channels.set_chosen(kpi_filter.channels)
        self._update_chip()

    def clear(self) -> None:
        """Count every tool and channel again (the chip's one click)."""
        if self.filter.active:
            self.set_filter(NO_FILTER)
            self.filter_changed.emit(NO_FILTER)

    def retranslate(self) -> None:
        translate = QCoreApplication.translate
        self.sources.all_text = translate("KpiFilters", "All tools")
        self.channels.all_text = translate("KpiFilters", "All channels")
        self.sources.retranslate()
        self.channels.retranslate()
        self.sources.setToolTip(translate(
            "KpiFilters", "Count only the data of these tools: contacts in their contact exports, their e-mails,"
                          " stage entries, deals, workflows and web rows. Costs have no tool: they stay whole,"
                          " and the costs per result and ROIs are left empty under a tool filter."))
        self.channels.setToolTip(translate(
            "KpiFilters", "Count only these acquisition channels: contacts and leads by their original source,"
                          " deals by their lead source, costs and web visits by their channel. Workflows, lead"
                          " scores, social, satisfaction, churn and traffic peaks ignore it (their tooltip says"
                          " so)."))
        self.chip.setToolTip(translate("KpiFilters", "Click to clear the filter and count everything again."))
        self._update_chip()

    def _changed(self) -> None:
        self._update_chip()
        self.filter_changed.emit(self.filter)

    def _update_chip(self) -> None:
        chosen = self.filter
        self.chip.setVisible(chosen.active)
        if chosen.active:
            names = [source_label(s) for s in sorted(chosen.sources)]
            names += [channel_label(c) for c in sorted(chosen.channels)]
            self.chip.setText(QCoreApplication.translate("KpiFilters", "Filtered: %1  ✕").replace(
                "%1", ", ".join(names)))
