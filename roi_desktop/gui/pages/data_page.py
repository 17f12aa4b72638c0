"""The Data page: the imported contacts, campaigns, deals, costs… as tables the user can search and sort.

Searching and sorting happen in the store (only the visible page of rows is ever loaded), so the page stays
fast on a workspace with a million e-mail events.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QStackedWidget, QTableView

from roi_desktop.core.changes import Changes
from roi_desktop.core.messages import QT_TRANSLATE_NOOP
from roi_desktop.core.tables import TABLES
from roi_desktop.core.workspace import Workspace
from roi_desktop.gui.i18n import count_text
from roi_desktop.gui.models.rows_model import RowsModel
from roi_desktop.gui.pages.base import Page, PageContext
from roi_desktop.gui.widgets.empty_state import EmptyState
from roi_desktop.gui.widgets.table_actions import install_table_actions

SEARCH_DELAY_MS = 250


class DataPage(Page):
    page_id = "data"
    icon_name = "data"
    nav_text = QT_TRANSLATE_NOOP("Navigation", "Data")
    subtitle_text = QT_TRANSLATE_NOOP("PageSubtitle", "Everything your imports brought in, table by table.")

    def __init__(self, context: PageContext) -> None:
        super().__init__(context)
        bar = QHBoxLayout()
        self.table_choice = QComboBox()
        for table in TABLES:
            self.table_choice.addItem("", table.id)
        self.table_choice.currentIndexChanged.connect(self.reload)
        bar.addWidget(self.table_choice)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _text: self._search_timer.start())
        bar.addWidget(self.search, 1)
        self.count_label = QLabel()
        bar.addWidget(self.count_label)
        self.body.addLayout(bar)
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.reload)

        self.stack = QStackedWidget()
        self.view = QTableView()
        self.view.setWordWrap(False)  # one-line rows: wrapping would cut texts at their first space
        self.view.setAlternatingRowColors(True)
        install_table_actions(self.view, "Imported data")
        self.view.setSortingEnabled(False)
        self.view.horizontalHeader().setSortIndicatorShown(True)
        self.view.horizontalHeader().sectionClicked.connect(self._sort_by)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.verticalHeader().setDefaultSectionSize(24)
        self.stack.addWidget(self.view)
        self.empty = EmptyState("data", help_topic="import")
        self.empty.action_clicked.connect(lambda: self.navigate_requested.emit("import"))
        self.stack.addWidget(self.empty)
        self.body.addWidget(self.stack, 1)
        self.model: RowsModel | None = None
        self._order: tuple[str | None, bool] = (None, False)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        translate = QCoreApplication.translate
        for index, table in enumerate(TABLES):
            self.table_choice.setItemText(index, translate("DataTables", table.label))
        self.search.setPlaceholderText(translate("DataPage", "Search (name, e-mail, company…)"))
        self.empty.set_texts(
            translate("DataPage", "Nothing imported yet"),
            translate(
                "DataPage",
                "Import the exports of your tools (HubSpot, Brevo, Mailchimp, Mautic, ActiveCampaign, Pipedrive,"
                " Salesforce, Google Analytics) and your costs workbook: their rows appear here.",
            ),
            translate("DataPage", "Import exports…"),
        )
        self._update_count()
        if self.model is not None:
            self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.model.columnCount() - 1)

    def set_workspace(self, workspace: Workspace | None) -> None:
        super().set_workspace(workspace)
        self._order = (None, False)
        self.reload()

    def on_changes(self, changes: Changes) -> None:
        if changes.tables:
            self.reload()

    def reload(self) -> None:
        if self.workspace is None:
            return
        table = TABLES[max(self.table_choice.currentIndex(), 0)]
        order_by, descending = self._order
        workspace, search = self.workspace, self.search.text()
        currency = workspace.settings().get("currency", "EUR")
        self.model = RowsModel(
            table,
            lambda offset, limit: workspace.browse(
                table.id, search=search, order_by=order_by, descending=descending, offset=offset, limit=limit
            ),
            currency,
        )
        self.view.setModel(self.model)
        self.view.resizeColumnsToContents()
        for column in range(self.model.columnCount()):
            self.view.setColumnWidth(column, min(self.view.columnWidth(column), 320))
        self.stack.setCurrentWidget(self.view if self.model.total or search else self.empty)
        self._update_count()

    def _sort_by(self, section: int) -> None:
        table = TABLES[max(self.table_choice.currentIndex(), 0)]
        name = table.columns[section].name
        current, descending = self._order
        self._order = (name, not descending if current == name else False)
        self.reload()
        self.view.horizontalHeader().setSortIndicator(
            section, Qt.SortOrder.DescendingOrder if self._order[1] else Qt.SortOrder.AscendingOrder
        )

    def _update_count(self) -> None:
        if self.model is None:
            self.count_label.setText("")
            return
        translate = QCoreApplication.translate
        self.count_label.setText(count_text(self.model.total, translate("DataPage", "%1 row"),
                                            translate("DataPage", "%1 rows")))
