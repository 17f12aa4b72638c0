"""The contact list behind a funnel bar, a score band or a rule, and the selected contact's score explained
rule by rule — "why is this contact an MQL?".

The page fetches the contacts in a worker (`workspace.scoring.contacts`), a page of rows at a time: the first
when a bar is clicked, the next ones as the list is scrolled down (`more_requested`). Each comes already
explained, so selecting one shows its breakdown at once.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from roi_desktop.core.scoring.explain import ContactPage, ContactScore
from roi_desktop.core.scoring.rules import Model
from roi_desktop.gui.i18n import format_count, message_text
from roi_desktop.gui.models.scoring_contacts_model import (
    BreakdownModel,
    ContactsModel,
    stage_text,
)
from roi_desktop.gui.widgets.hint import hint_label
from roi_desktop.gui.widgets.scoring_counts import points_text
from roi_desktop.gui.widgets.table_actions import install_table_actions


def _table(model: ContactsModel | BreakdownModel) -> QTableView:
    view = QTableView()
    view.setWordWrap(False)  # one-line rows: wrapping would cut texts at their first space
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().setVisible(False)
    view.setWordWrap(False)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return view


class ScoringContacts(QWidget):
    """Contacts of the chosen filter, and the chosen contact's breakdown.

    Signals:
        search_changed(str): the user typed in the search box (debounced).
        more_requested(int): the list was scrolled to its end: fetch its contacts from this row on.
    """

    search_changed = Signal(str)
    """List the contacts of the same filter whose name, e-mail or company contains this text."""
    more_requested = Signal(int)
    """Fetch the next contacts of the list shown, from this row on (answer with `append_page`)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight: 600;")
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(300)
        self._search_timer.timeout.connect(lambda: self.search_changed.emit(self.search.text()))
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.contacts_model = ContactsModel()
        self.contacts_model.fetch_requested.connect(self.more_requested)
        self.contacts_view = _table(self.contacts_model)
        self.contacts_view.selectionModel().currentRowChanged.connect(self._contact_changed)
        self.contacts_actions = install_table_actions(self.contacts_view, "Scored contacts")
        self.who = QLabel()
        self.who.setWordWrap(True)
        self.who.setTextFormat(Qt.TextFormat.RichText)
        self.reasons = QLabel()
        self.reasons.setWordWrap(True)
        self.breakdown_model = BreakdownModel()
        self.breakdown_view = _table(self.breakdown_model)
        self.breakdown_actions = install_table_actions(self.breakdown_view, "Score breakdown")
        self.hint = hint_label()

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(self.title)
        top_layout.addWidget(self.search)
        top_layout.addWidget(self.contacts_view, 1)
        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.who)
        bottom_layout.addWidget(self.reasons)
        bottom_layout.addWidget(self.breakdown_view, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setSizes([300, 260])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hint)
        layout.addWidget(splitter, 1)
        self.model: Model | None = None
        self.filter_text = ""
        self.page: ContactPage | None = None
        self.retranslate()

    def retranslate(self) -> None:
        translate = QCoreApplication.translate
        self.search.setPlaceholderText(translate("ScoringPage", "Search by name, e-mail or company"))
        self.hint.setText(translate("ScoringPage", "Click a bar of the funnel or of the score chart, or a rule, to"
                                                   " list its contacts. Select a contact to see why it has its"
                                                   " score."))
        for actions in (self.contacts_actions, self.breakdown_actions):
            actions.retranslate()
        if self.page is not None:
            self.show_page(self.filter_text, self.page, self.model)

    def show_page(self, filter_text: str, page: ContactPage, model: Model | None) -> None:
        """List `page` (the contacts of the filter described by `filter_text`) and explain the first."""
        self.filter_text, self.page, self.model = filter_text, page, model
        self.contacts_model.set_contacts(page.rows, model, page.total)
        self._show_title()
        if page.rows:
            self.contacts_view.selectRow(0)
        else:
            self.explain(None)

    def append_page(self, page: ContactPage) -> None:
        """Add the next contacts of the list shown (fetched from `page.offset`)."""
        self.contacts_model.append(page.offset, page.rows)
        self._show_title()

    def more_failed(self) -> None:
        """Fetching more contacts failed: scrolling down may ask again."""
        self.contacts_model.fetching = False

    def _show_title(self) -> None:
        translate = QCoreApplication.translate
        total, loaded = self.contacts_model.total, self.contacts_model.rowCount()
        if total > loaded:
            count = translate("ScoringPage", "%1 contacts, highest score first (%2 loaded: scroll down for more)") \
                .replace("%1", format_count(total)).replace("%2", format_count(loaded))
        else:
            count = translate("ScoringPage", "%1 contacts").replace("%1", format_count(total))
        self.title.setText(f"{self.filter_text} — {count}")

    def current_contact(self) -> ContactScore | None:
        row = self.contacts_view.currentIndex().row()
        return self.contacts_model.contacts[row] if 0 <= row < len(self.contacts_model.contacts) else None

    def explain(self, contact: ContactScore | None) -> None:
        """Show why `contact` has its score: the points rule by rule, the caps, and the sentences."""
        translate = QCoreApplication.translate
        self.breakdown_model.set_contact(contact, self.model)
        if contact is None:
            self.who.setText("")
            self.reasons.setText("")
            return
        name = " ".join(p for p in (contact.first_name, contact.last_name) if p) or contact.email
        text = translate("ScoringPage", "<b>%1</b> — score today: <b>%2</b> points — furthest stage: %3") \
            .replace("%1", name).replace("%2", points_text(contact.score)) \
            .replace("%3", stage_text(self.model, contact.stage))
        self.who.setText(text)
        self.who.setToolTip(translate("ScoringPage", "The score is the sum of the points below: each rule's points"
                                                     " (after decay), minus what a group's cap cut."))
        self.reasons.setText(" ".join(message_text(m) for m in contact.reasons))

    def _contact_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.explain(self.current_contact())
