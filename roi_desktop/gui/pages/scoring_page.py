"""The Scoring & funnel page: how contacts earn points, when they become MQL and SQL, what the funnel stages
are — with live counts beside the rules, the contacts behind any bar, saved versions and a back-test.

The page assembles the tabs and runs every piece of core work in the background (`workspace.scoring`):
the facts are read once when the page opens (again only after an import or an undo), then each edit of the
model — an undoable step of `ModelDocument` — starts a live count 250 ms after the last change; a newer
count cancels the one still running and the result of an outdated one is ignored. Nothing slow runs on
the GUI thread: the editor only validates the model (pure and instant) and draws results.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
)

from roi_desktop.core.changes import Changes
from roi_desktop.core.errors import UserError
from roi_desktop.core.messages import QT_TRANSLATE_NOOP, Message
from roi_desktop.core.scoring.backtest import Backtest
from roi_desktop.core.scoring.explain import ContactPage
from roi_desktop.core.scoring.preview import Preview
from roi_desktop.core.scoring.rules import Model
from roi_desktop.core.scoring.validate import Problem
from roi_desktop.core.workspace import Workspace
from roi_desktop.gui.i18n import message_text
from roi_desktop.gui.pages.base import Page, PageContext
from roi_desktop.gui.pages.scoring_version_actions import VersionActions, version_text
from roi_desktop.gui.widgets.empty_state import EmptyState
from roi_desktop.gui.widgets.hint import hint_label
from roi_desktop.gui.widgets.scoring_backtest import ScoringBacktest
from roi_desktop.gui.widgets.scoring_contacts import ScoringContacts
from roi_desktop.gui.widgets.scoring_counts import (
    ScoringCounts,
    points_text,
    stage_name,
)
from roi_desktop.gui.widgets.scoring_criteria import ScoringCriteria
from roi_desktop.gui.widgets.scoring_funnel import ScoringFunnel
from roi_desktop.gui.widgets.scoring_rules import ScoringRules
from roi_desktop.gui.widgets.scoring_undo import ModelDocument
from roi_desktop.gui.widgets.scoring_versions import ScoringVersions
from roi_desktop.gui.workers import TaskHandle

DEBOUNCE_MS = 250
CONTACTS_SHOWN = 200
"""Contacts fetched at a time: the first page when a bar is clicked, the next ones as the list scrolls."""
RULES, CRITERIA, FUNNEL, VERSIONS, BACKTEST = range(5)
COUNTS, CONTACTS = range(2)
LEFT_TABS = (
    QT_TRANSLATE_NOOP("ScoringPage", "Rules"),
    QT_TRANSLATE_NOOP("ScoringPage", "MQL && SQL"),
    QT_TRANSLATE_NOOP("ScoringPage", "Funnel"),
    QT_TRANSLATE_NOOP("ScoringPage", "Versions"),
    QT_TRANSLATE_NOOP("ScoringPage", "Back-test"),
)
RIGHT_TABS = (QT_TRANSLATE_NOOP("ScoringPage", "Live counts"), QT_TRANSLATE_NOOP("ScoringPage", "Contacts"))


def open_work(workspace: Workspace, progress: Any, cancel: Any) -> dict[str, Any]:
    """What the page needs when it opens (runs in a worker): the facts, the fields, the versions and the
    active version's model."""
    scoring = workspace.scoring
    info = scoring.load_matrix(progress, cancel)
    active = scoring.active_version()
    return {"info": info, "fields": scoring.fields(cancel=cancel), "versions": scoring.versions(),
            "active": active, "model": scoring.load_version(active.id) if active is not None else None}


class ScoringPage(VersionActions, Page):
    """Attributes:
        document: the model being edited and its undo stack.
        preview: the latest live counts (None before the first); `preview_model` the model they are of.
        backtest: the latest back-test of the edited model (computed when its tab is shown).
    """

    page_id = "scoring"
    icon_name = "scoring"
    nav_text = QT_TRANSLATE_NOOP("Navigation", "Scoring & funnel")
    subtitle_text = QT_TRANSLATE_NOOP(
        "PageSubtitle", "How contacts earn points, when they become MQL and SQL, and how many reach each stage."
                        " Counts follow each change; nothing is used by the KPIs until you apply a version.")

    def __init__(self, context: PageContext) -> None:
        super().__init__(context)
        self.document = ModelDocument(self)
        self.document.changed.connect(self._model_changed)
        self.document.stack.indexChanged.connect(lambda _i: self._show_model_label())
        bar = QHBoxLayout()
        self.model_label = QLabel()
        self.model_label.setStyleSheet("font-weight: 600;")
        bar.addWidget(self.model_label)
        bar.addStretch(1)
        self.status = QLabel()
        bar.addWidget(self.status)
        self.save_button = QPushButton()
        bar.addWidget(self.save_button)
        self.body.addLayout(bar)
        self.read_only_note = hint_label()
        self.read_only_note.setVisible(False)
        self.body.addWidget(self.read_only_note)
        self.empty = EmptyState(self.icon_name, help_topic="scoring")
        self.empty.action_clicked.connect(lambda: self.navigate_requested.emit("import"))
        self.empty.setVisible(False)
        self.body.addWidget(self.empty, 1)

        self.rules = ScoringRules(self.document)
        self.rules.rule_selected.connect(self._rule_clicked)
        self.criteria = ScoringCriteria(self.document)
        self.funnel = ScoringFunnel(self.document)
        self.versions = ScoringVersions()
        self.backtest_view = ScoringBacktest()
        self.left = QTabWidget()
        for widget in (self.rules, self.criteria, self.funnel, self.versions, self.backtest_view):
            self.left.addTab(widget, "")
        self.left.currentChanged.connect(self._left_tab_changed)
        self.counts = ScoringCounts()
        self.counts.stages.stage_clicked.connect(self.show_stage_contacts)
        self.counts.histogram.band_clicked.connect(self.show_band_contacts)
        self.counts.histogram.threshold_dragged.connect(self.rules.set_threshold)
        self.contacts = ScoringContacts()
        self.contacts.search_changed.connect(lambda _text: self._fetch_contacts())
        self.contacts.more_requested.connect(self._fetch_more_contacts)
        self.right = QTabWidget()
        self.right.addTab(self.counts, "")
        self.right.addTab(self.contacts, "")
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.left)
        self.splitter.addWidget(self.right)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.right.setMinimumWidth(400)
        self._sized = False
        self.body.addWidget(self.splitter, 1)

        self.save_action = QAction(self)  # page-wide shortcuts; listed in Help › Keyboard shortcuts
        self.save_action.setShortcut(QKeySequence("Ctrl+S"))
        self.save_action.triggered.connect(self.ask_and_save)
        self.save_button.clicked.connect(self.ask_and_save)
        for action in (self.save_action, self.rules.undo_action, self.rules.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.versions.save_requested.connect(self.ask_and_save)
        self.versions.open_requested.connect(self.open_version)
        self.versions.apply_requested.connect(self.ask_and_apply)
        self.versions.compare_requested.connect(self.compare)
        self.versions.move_chosen.connect(self.show_movers)
        self.versions.export_requested.connect(self.ask_and_export)
        self.versions.import_requested.connect(self.ask_and_import)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.start_preview)
        self.preview: Preview | None = None
        self.preview_model: Model | None = None
        self.backtest: Backtest | None = None
        self.based_on: str = ""
        self.loaded = False
        self._stale = True
        self._requests = {"open": 0, "preview": 0, "contacts": 0, "backtest": 0}
        self._tasks: dict[str, TaskHandle] = {}
        self._contacts_filter: dict[str, Any] | None = None
        self._contacts_list = 0
        self._contacts_query: tuple[Model, str, dict[str, Any]] | None = None
        self._compared: tuple[Model, Model] | None = None
        self.contacts_in_data = 0
        self._show_editor(False)
        self.retranslate()

    # ---- Page

    def retranslate(self) -> None:
        super().retranslate()
        translate = QCoreApplication.translate
        for index, title in enumerate(LEFT_TABS):
            self.left.setTabText(index, translate("ScoringPage", title))
        for index, title in enumerate(RIGHT_TABS):
            self.right.setTabText(index, translate("ScoringPage", title))
        self.save_action.setText(translate("ScoringPage", "Save as new version…"))
        self.save_action.setStatusTip(translate("ScoringPage", "Save the model as a new version"))
        self.save_button.setText(translate("ScoringPage", "Save as new version…"))
        self.save_button.setToolTip(translate("ScoringPage", "Save the model as a new version (Ctrl+S). Saving"
                                                             " does not change the KPIs: apply the version for"
                                                             " that."))
        self.read_only_note.setText(translate("ScoringPage", "This workspace is open read-only: you can look at"
                                                             " the model and its counts, but not change or save"
                                                             " it."))
        self.empty.set_texts(
            translate("ScoringPage", "No contacts to score yet"),
            translate("ScoringPage", "Import a contacts export (and, if you have them, your e-mail reports and"
                                     " deals): this page then shows how your scoring rules sort your contacts"
                                     " into the funnel."),
            translate("ScoringPage", "Go to Import"))
        for widget in (self.rules, self.criteria, self.funnel, self.versions, self.backtest_view, self.counts,
                       self.contacts):
            widget.retranslate()
        self._show_model_label()
        if self.document.model is not None:
            self._model_changed(self.document.model)

    def shortcut_actions(self) -> list[tuple[str, list[QAction]]]:
        """The editor's keys for Help › Keyboard shortcuts (they work while the page has the focus)."""
        actions = self.rules.actions
        return [(self.title(), [actions["add"], actions["edit"], actions["duplicate"], actions["delete"],
                                actions["up"], actions["down"], self.save_action, self.rules.undo_action,
                                self.rules.redo_action])]

    def set_workspace(self, workspace: Workspace | None) -> None:
        super().set_workspace(workspace)
        for handle in self._tasks.values():
            handle.cancel()
        self._tasks.clear()
        self.loaded = False
        self.preview = self.preview_model = self.backtest = None
        self._contacts_filter = self._contacts_query = None
        self._compared = None
        self.based_on = ""
        self.document.reset(None)
        self._show_editor(False)
        self.empty.setVisible(False)
        editable = workspace is not None and not workspace.read_only
        self.read_only_note.setVisible(workspace is not None and workspace.read_only)
        self.rules.set_editable(editable)
        for widget in (self.criteria, self.funnel):
            widget.setEnabled(editable)
        self.versions.set_editable(editable)
        self.save_button.setEnabled(editable)
        self.save_action.setEnabled(editable)
        self._stale = True
        if self.isVisible():
            self.load()

    def on_changes(self, changes: Changes) -> None:
        if self.workspace is None:
            return
        if changes.batch_ids:  # an import or an undo: the facts change
            self._stale = True
            if self.isVisible():
                self.load()
        elif "scoring_models" in changes.tables:
            self._reload_versions()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized and self.width() > 0:  # rules wider than the counts (their text needs it), once
            self._sized = True
            total = max(self.width() - 48, 800)
            self.splitter.setSizes([total * 57 // 100, total * 43 // 100])
        if self._stale:
            self.load()

    # ---- Loading and live counts

    def load(self) -> None:
        """Read the facts, fields and versions (in the background); the edited model is kept, else the active
        version's model, else the starter model, is opened."""
        workspace = self.workspace
        if workspace is None:
            return
        self._stale = False
        self.status.setText(QCoreApplication.translate("ScoringPage", "Reading your data…"))
        self._run("open", lambda progress, cancel: open_work(workspace, progress, cancel), self._opened)

    def _opened(self, found: dict[str, Any]) -> None:
        workspace = self.workspace
        if workspace is None:
            return
        self.loaded = True
        self.status.setText("")
        if found["info"].contacts == 0:
            self._show_editor(False)
            self.empty.setVisible(True)
            return
        self.empty.setVisible(False)
        self._show_editor(True)
        self.rules.set_fields(found["fields"])
        self.criteria.set_fields(found["fields"])
        self.contacts_in_data = found["info"].contacts
        self.versions.set_versions(found["versions"])
        if self.document.model is None:
            active = found["active"]
            model = found["model"] or workspace.scoring.starter_model(QCoreApplication.translate)
            self.based_on = version_text(active.version) if active is not None else ""
            self.document.reset(model)
        else:
            self.schedule_preview()

    def schedule_preview(self) -> None:
        """Count again 250 ms after the last change (typing never waits for a count)."""
        self.status.setText(QCoreApplication.translate("ScoringPage", "Computing…"))
        self._debounce.start()

    def start_preview(self) -> None:
        """Start the live count of the edited model now (a count still running is cancelled)."""
        workspace, model = self.workspace, self.document.model
        if workspace is None or model is None or not self.loaded:
            return
        self._debounce.stop()
        self.status.setText(QCoreApplication.translate("ScoringPage", "Computing…"))
        self._run("preview", lambda progress, cancel: workspace.scoring.preview(model, progress=progress,
                                                                                cancel=cancel),
                  lambda preview: self._previewed(preview, model))

    def _previewed(self, preview: Preview, model: Model) -> None:
        if model != self.document.model:
            return  # the model changed meanwhile: a newer count is on its way
        self.preview, self.preview_model = preview, model
        self.status.setText("")
        self.status.setToolTip(QCoreApplication.translate("ScoringPage", "Counted in %1 s.")
                               .replace("%1", f"{preview.seconds:.2f}"))
        self.counts.show_preview(preview, model)
        self.rules.model.set_reach(preview.rules)
        self.funnel.set_sentences(" ".join(message_text(m) for m in preview.description))
        if self.left.currentIndex() == BACKTEST:
            self.start_backtest()
        if self._contacts_filter is not None:
            self._fetch_contacts()

    def _model_changed(self, model: Model | None) -> None:
        """The model was edited, undone, redone or opened: show it and count again."""
        problems = self.workspace.scoring.validate(model) if model is not None and self.workspace else []
        self.rules.show_model(model, _rule_problems(problems))
        self.criteria.show_model(model, problems)
        self.funnel.show_model(model, problems)
        self._show_model_label()
        if model is not None:
            self.schedule_preview()

    # ---- Contacts behind a bar, a band or a rule

    def show_stage_contacts(self, key: str) -> None:
        model = self.document.model
        if model is None:
            return
        title = QCoreApplication.translate("ScoringPage", "Stage “%1”").replace("%1", stage_name(model, key))
        self._list_contacts({"stage": key}, title)

    def show_band_contacts(self, low: float, high: float) -> None:
        title = QCoreApplication.translate("ScoringPage", "Score from %1 to under %2 points") \
            .replace("%1", points_text(low)).replace("%2", points_text(high))
        self._list_contacts({"band": (low, high)}, title)

    def show_rule_contacts(self, rule_id: str) -> None:
        model = self.document.model
        if model is None or rule_id not in {r.id for r in model.rules}:
            return
        from roi_desktop.gui.models.scoring_rules_model import rule_summary

        title = QCoreApplication.translate("ScoringPage", "Rule “%1”").replace("%1", rule_summary(model.rule(rule_id)))
        self._list_contacts({"rule_id": rule_id}, title)

    def _rule_clicked(self, rule_id: str) -> None:
        self.show_rule_contacts(rule_id)

    def _list_contacts(self, filters: dict[str, Any], title: str) -> None:
        self._contacts_filter = {"filters": filters, "title": title}
        self.right.setCurrentIndex(CONTACTS)
        self._fetch_contacts()

    def _fetch_contacts(self) -> None:
        """The first contacts of the chosen bar, band or rule (a new list: more are fetched as it scrolls)."""
        workspace, model, chosen = self.workspace, self.document.model, self._contacts_filter
        if workspace is None or model is None or chosen is None:
            return
        search = self.contacts.search.text()
        filters, title = chosen["filters"], chosen["title"]
        self._contacts_list += 1
        listed = self._contacts_list

        def work(progress: Any, cancel: Any) -> ContactPage:
            return workspace.scoring.contacts(model, search=search, limit=CONTACTS_SHOWN, cancel=cancel, **filters)

        def shown(page: ContactPage) -> None:
            if listed == self._contacts_list:
                self.contacts.show_page(title, page, model)
                self._contacts_query = (model, search, filters)

        self._run("contacts", work, shown)

    def _fetch_more_contacts(self, offset: int) -> None:
        """The next contacts of the list shown, from row `offset` (the list was scrolled to its end)."""
        workspace, query, listed = self.workspace, self._contacts_query, self._contacts_list
        if workspace is None or query is None:
            self.contacts.more_failed()
            return
        model, search, filters = query

        def work(progress: Any, cancel: Any) -> ContactPage:
            return workspace.scoring.contacts(model, search=search, limit=CONTACTS_SHOWN, offset=offset,
                                              cancel=cancel, **filters)

        def shown(page: ContactPage) -> None:
            if listed == self._contacts_list:
                self.contacts.append_page(page)

        self._run("more contacts", work, shown, on_failed=self.contacts.more_failed)

    # ---- Back-test

    def start_backtest(self) -> None:
        workspace, model = self.workspace, self.document.model
        if workspace is None or model is None or not self.loaded:
            return
        self._run("backtest", lambda progress, cancel: workspace.scoring.backtest(model, progress, cancel),
                  lambda backtest: self._backtested(backtest, model))

    def _backtested(self, backtest: Backtest, model: Model) -> None:
        self.backtest = backtest
        self.backtest_view.show_backtest(backtest, model)

    def _left_tab_changed(self, index: int) -> None:
        if index == BACKTEST:
            self.start_backtest()

    # ---- Internals

    def _run(self, kind: str, work: Any, done: Any, on_failed: Any = None) -> None:
        """Run `work` in the background; a newer task of the same kind cancels this one and wins."""
        running = self._tasks.get(kind)
        if running is not None and running.running:
            running.cancel()
        self._requests[kind] = self._requests.get(kind, 0) + 1
        request, workspace = self._requests[kind], self.workspace

        def finished(result: Any) -> None:
            if request == self._requests.get(kind) and workspace is self.workspace:
                done(result)

        def failed(error: UserError) -> None:
            if kind in ("preview", "open"):
                self.status.setText("")
            if on_failed is not None:
                on_failed()
            self.context.notifier.error(error.message)

        self._tasks[kind] = self.context.runner.run(work, on_done=finished, on_error=failed)

    def _show_editor(self, shown: bool) -> None:
        self.splitter.setVisible(shown)
        self.save_button.setVisible(shown)
        self.model_label.setVisible(shown)

    def _show_model_label(self) -> None:
        model = self.document.model
        if model is None:
            self.model_label.setText("")
            return
        translate = QCoreApplication.translate
        state = self.based_on or translate("ScoringPage", "not saved yet")
        if not self.document.stack.isClean() and self.based_on:
            state = translate("ScoringPage", "%1, changed").replace("%1", self.based_on)
        self.model_label.setText(f"{model.name} — {state}")
        self.model_label.setToolTip(translate("ScoringPage", "The model you are editing. Changes are counted at once"
                                                             " but used by the KPIs only once saved and applied."))



def _rule_problems(problems: list[Problem]) -> dict[str, list[tuple[Message, bool]]]:
    found: dict[str, list[tuple[Message, bool]]] = {}
    for problem in problems:
        if problem.rule_id is not None:
            found.setdefault(problem.rule_id, []).append((problem.message, problem.blocking))
    return found
