"""The main window: a shell of navigation, pages, menus, message bar and status bar — nothing else.

It owns no data and no business logic: pages get the session, notifier and runner (PageContext); the window
only routes navigation, workspace opening and the language switch.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDropEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from roi_desktop.core import paths
from roi_desktop.core.changes import Changes
from roi_desktop.core.demo import fresh_demo
from roi_desktop.core.messages import Message
from roi_desktop.core.store.connection import WORKSPACE_SUFFIX
from roi_desktop.core.workspace import Workspace, restore_backup
from roi_desktop.gui import settings as keys
from roi_desktop.gui.appearance import apply_appearance
from roi_desktop.gui.dialogs.about import AboutDialog
from roi_desktop.gui.dialogs.erase_dialog import EraseDialog
from roi_desktop.gui.dialogs.help_window import HelpWindow
from roi_desktop.gui.dialogs.restore_dialog import RestoreDialog
from roi_desktop.gui.dialogs.settings_dialog import (
    SettingsDialog,
    load_preferences,
    save_preferences,
)
from roi_desktop.gui.dialogs.shortcuts_dialog import ShortcutsDialog
from roi_desktop.gui.first_paint import after_first_paint
from roi_desktop.gui.i18n import Translations, format_datetime, message_text
from roi_desktop.gui.notify import Notifier
from roi_desktop.gui.pages import registry
from roi_desktop.gui.pages.base import Page, PageContext
from roi_desktop.gui.resources import app_icon, icon
from roi_desktop.gui.session import Session
from roi_desktop.gui.settings import AppSettings
from roi_desktop.gui.widgets.drop_zone import dropped_paths
from roi_desktop.gui.widgets.export_action import export_action
from roi_desktop.gui.widgets.message_bar import MessageBar
from roi_desktop.gui.workers import Runner

WORKSPACE_FILTER = "ROI Desktop (*.roidb)"


class MainWindow(QMainWindow):
    """The application window: navigation on the left, the current page on the right."""

    def __init__(self, settings: AppSettings, translations: Translations) -> None:
        super().__init__()
        self.settings = settings
        self.translations = translations
        self.notifier = Notifier(self)
        self.runner = Runner(self.notifier, self)
        self.session = Session(settings, self.notifier, self)
        self.session.ask_read_only = self._ask_read_only
        self.session.before_close = self._finish_background_work
        self.setWindowIcon(app_icon())
        self.setMinimumSize(QSize(960, 620))
        self.setAcceptDrops(True)

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setFixedWidth(210)
        self.nav.setStyleSheet(
            "#navigation { border: none; padding-top: 12px; outline: 0; }"
            " #navigation::item { padding: 9px 12px; border-radius: 6px; margin: 1px 8px; }"
            " #navigation::item:selected { background: palette(midlight); color: palette(text);"
            " border-left: 3px solid #2f6fb0; }"
        )
        row.addWidget(self.nav)
        right = QVBoxLayout()
        right.setContentsMargins(12, 8, 12, 0)
        self.message_bar = MessageBar()
        right.addWidget(self.message_bar)
        self.stack = QStackedWidget()
        right.addWidget(self.stack, 1)
        row.addLayout(right, 1)
        self.setCentralWidget(central)

        self.page_context = PageContext(self.session, self.notifier, self.runner)
        self.pages: dict[str, Page] = {}
        """The pages built so far: each is built the first time it is shown (`page`)."""
        for entry in registry.PAGES:
            self.stack.addWidget(QWidget())  # stands in for the page until it is first shown
            item = QListWidgetItem(icon(entry.icon_name), "", self.nav)
            item.setData(Qt.ItemDataRole.UserRole, entry.page_id)
        self.nav.currentRowChanged.connect(
            lambda i: self.stack.setCurrentWidget(self.page(registry.PAGES[i].page_id)))
        self.nav.currentRowChanged.connect(lambda i: self.settings.set(keys.LAST_PAGE, registry.PAGES[i].page_id))

        self.workspace_label = QLabel()
        self.last_import_label = QLabel()
        self.statusBar().addWidget(self.workspace_label)
        self.statusBar().addPermanentWidget(self.last_import_label)

        self.notifier.shown.connect(self.message_bar.show_message)
        self.session.opened.connect(self._on_opened)
        self.session.changed.connect(self._on_changed)
        self._build_menus()
        self.retranslate()
        if not self.restoreGeometry(settings.get(keys.WINDOW_GEOMETRY)):
            self._first_size()
        # The last page is selected now, built once the window has painted (the KPI page, the default, is the
        # slowest part of the start-up; see registry.py and first_paint.py).
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(self._row_of(settings.get(keys.LAST_PAGE)))
        self.nav.blockSignals(False)
        after_first_paint(self, self._show_selected_page)

    # ---- Public API

    def show_page(self, page_id: str) -> None:
        self.nav.setCurrentRow(self._row_of(page_id))
        self._show_selected_page()  # the row may already be selected, its page not yet built

    @staticmethod
    def _row_of(page_id: str) -> int:
        ids = [page.page_id for page in registry.PAGES]
        return ids.index(page_id) if page_id in ids else 0

    def page(self, page_id: str) -> Page:
        """The page `page_id`, built (and its module imported) now if it was never shown: see registry.py."""
        if page_id not in self.pages:
            index = [entry.page_id for entry in registry.PAGES].index(page_id)
            page = registry.PAGES[index].load()(self.page_context)
            page.navigate_requested.connect(self.show_page)
            stand_in = self.stack.widget(index)
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(stand_in)
            stand_in.deleteLater()
            self.pages[page_id] = page
            if self.session.workspace is not None:
                page.set_workspace(self.session.workspace)
        return self.pages[page_id]

    def all_pages(self) -> list[Page]:
        """Every page, in navigation order, building those never shown yet (Help › Keyboard shortcuts)."""
        return [self.page(entry.page_id) for entry in registry.PAGES]

    def _show_selected_page(self) -> None:
        self.stack.setCurrentWidget(self.current_page())

    def current_page(self) -> Page:
        """The page selected in the navigation (built now if it was not yet)."""
        return self.page(registry.PAGES[max(self.nav.currentRow(), 0)].page_id)

    def open_demo(self, *, fresh: bool = False) -> None:
        """Open the demo workspace, building it first (in the background) when needed."""
        demo = paths.demo_workspace_path()
        if demo.exists() and not fresh:
            self.session.open(demo)
            return
        self.runner.run(
            lambda progress, cancel: fresh_demo(progress=progress, cancel=cancel),
            on_done=lambda path: self.session.open(path),
            label=QCoreApplication.translate("MainWindow", "Preparing the demo workspace…"),
            write=True,
        )

    def _first_size(self) -> None:
        """On the first start, a window that shows the KPI tiles side by side (1280 × 820) where the screen
        allows, else 90 % of it; the minimum size is too cramped to start with."""
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        width, height = 1280, 820
        if screen is not None:
            width, height = min(width, int(screen.width() * 0.9)), min(height, int(screen.height() * 0.9))
        self.resize(max(width, self.minimumWidth()), max(height, self.minimumHeight()))

    # ---- Menus

    def _build_menus(self) -> None:
        self.file_menu = self.menuBar().addMenu("")
        self.action_new = self._action(self.file_menu, QKeySequence.StandardKey.New, self._new_workspace)
        self.action_open = self._action(self.file_menu, QKeySequence.StandardKey.Open, self._open_workspace)
        self.recent_menu = QMenu(self)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.file_menu.addMenu(self.recent_menu)
        self.action_demo = self._action(self.file_menu, "Ctrl+Shift+D", lambda: self.open_demo(fresh=True))
        self.file_menu.addSeparator()
        self.action_import = self._action(self.file_menu, "Ctrl+I", self._import_files)
        self.action_import.setIcon(icon("import"))
        self.action_export = export_action(self)
        self.file_menu.addAction(self.action_export)
        self.file_menu.addSeparator()
        self.action_restore = self._action(self.file_menu, "Ctrl+Shift+R", self.restore_backup)
        self.action_erase = self._action(self.file_menu, "Ctrl+Shift+Del", self.erase_person)
        self.file_menu.addSeparator()
        self.action_settings = self._action(self.file_menu, "Ctrl+,", self._edit_settings)
        self.action_settings.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.file_menu.addSeparator()
        self.action_quit = self._action(self.file_menu, "Ctrl+Q", self.close)
        self.action_quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.go_menu = self.menuBar().addMenu("")
        self.page_actions = []
        for number, page in enumerate(registry.PAGES, start=1):
            action = self._action(self.go_menu, f"Ctrl+{number}", lambda _=False, p=page.page_id: self.show_page(p))
            self.page_actions.append((action, page))
        self.help_menu = self.menuBar().addMenu("")
        self.action_guide = self._action(self.help_menu, QKeySequence.StandardKey.HelpContents,
                                         lambda: HelpWindow.show_topic(self, self.current_page().help_topic))
        self.action_shortcuts = self._action(self.help_menu, "Ctrl+/", lambda: ShortcutsDialog(self).exec())
        self.help_menu.addSeparator()
        self.action_about = self._action(self.help_menu, "", lambda: AboutDialog.show_for(self))
        self.action_about.setMenuRole(QAction.MenuRole.AboutRole)
        self.toolbar = self.addToolBar("")
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setIconSize(QSize(20, 20))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.addAction(self.action_import)
        self.toolbar.addAction(self.action_export)
        self._update_actions()

    def _action(self, menu: QMenu, shortcut: object, slot: object) -> QAction:
        action = QAction(self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))  # type: ignore[arg-type]
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def retranslate(self) -> None:
        translate = QCoreApplication.translate
        self.setWindowTitle("ROI Desktop")
        self.file_menu.setTitle(translate("MainWindow", "&File"))
        self.action_new.setText(translate("MainWindow", "&New workspace…"))
        self.action_open.setText(translate("MainWindow", "&Open workspace…"))
        self.recent_menu.setTitle(translate("MainWindow", "Open &recent"))
        self.action_demo.setText(translate("MainWindow", "Open the &demo workspace"))
        self.action_import.setText(translate("MainWindow", "&Import files…"))
        self.action_restore.setText(translate("MainWindow", "Restore a &backup…"))
        self.action_erase.setText(translate("MainWindow", "&Erase a person (GDPR)…"))
        self.action_settings.setText(translate("MainWindow", "&Settings…"))
        self.action_quit.setText(translate("MainWindow", "&Quit"))
        self.go_menu.setTitle(translate("MainWindow", "&Go"))
        self.toolbar.setWindowTitle(translate("MainWindow", "Main toolbar"))
        self.help_menu.setTitle(translate("MainWindow", "&Help"))
        self.action_guide.setText(translate("MainWindow", "&Guide"))
        self.action_shortcuts.setText(translate("MainWindow", "&Keyboard shortcuts"))
        self.action_about.setText(translate("MainWindow", "&About ROI Desktop"))
        for index, page in enumerate(registry.PAGES):
            title = QCoreApplication.translate("Navigation", page.nav_text)
            self.nav.item(index).setText(title)
            self.page_actions[index][0].setText(title.replace("&", "&&"))  # "Scoring & funnel": no mnemonic
        self._update_status()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        """Exports dropped anywhere go to the import page; a dropped workspace opens."""
        paths = dropped_paths(event)
        if paths and (self._is_workspace_drop(paths) or self.action_import.isEnabled()):
            event.acceptProposedAction()
            translate = QCoreApplication.translate
            self.statusBar().showMessage(translate("MainWindow", "Drop to open this workspace")
                                         if self._is_workspace_drop(paths) else translate("MainWindow", "Drop to import"))

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:  # noqa: N802 - Qt override
        self.statusBar().clearMessage()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        self.statusBar().clearMessage()
        paths = dropped_paths(event)
        if not paths:
            return
        event.acceptProposedAction()
        if self._is_workspace_drop(paths):
            self.session.open(paths[0])
        elif self.action_import.isEnabled():
            self.show_page("import")
            self.page("import").add_paths(paths)  # type: ignore[attr-defined]

    @staticmethod
    def _is_workspace_drop(paths: list[Path]) -> bool:
        return len(paths) == 1 and paths[0].suffix.lower() == WORKSPACE_SUFFIX

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.runner.cancel_all()
        self.runner.wait()
        self.settings.set(keys.WINDOW_GEOMETRY, self.saveGeometry())
        self.session.close()
        self.settings.sync()
        super().closeEvent(event)

    # ---- Slots

    def _new_workspace(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, QCoreApplication.translate("MainWindow", "New workspace"), str(self._default_folder()), WORKSPACE_FILTER
        )
        if path:
            self.session.create(Path(path))

    def _open_workspace(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, QCoreApplication.translate("MainWindow", "Open a workspace"), str(self._default_folder()),
            WORKSPACE_FILTER,
        )
        if path:
            self.session.open(Path(path))

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        for path in self.settings.recent_workspaces():
            action = self.recent_menu.addAction(path.name)
            action.setToolTip(str(path))
            action.triggered.connect(lambda _=False, p=path: self.session.open(p))
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(QCoreApplication.translate("MainWindow", "(none yet)")).setEnabled(False)

    def _edit_settings(self) -> None:
        workspace = self.session.workspace
        editable = workspace is not None and not workspace.read_only
        dialog = SettingsDialog(load_preferences(self.settings), workspace.settings() if editable else None, self,
                                workspace_name=workspace.name if workspace else "")
        if not dialog.exec():
            return
        preferences = dialog.preferences()
        save_preferences(self.settings, preferences)
        apply_appearance(preferences.appearance)
        self.translations.apply(preferences.language)
        values, money = dialog.workspace_values(), dialog.value_settings()
        if editable and (values or money):
            self.runner.run(lambda progress, cancel: workspace.set_settings(values)
                            | workspace.costs.set_value_settings(money),
                            on_done=self.session.publish, write=True)

    def _import_files(self) -> None:
        self.show_page("import")
        self.page("import").choose_files()  # type: ignore[attr-defined]

    def restore_backup(self) -> None:
        """File › Restore a backup: choose a copy, then close, restore (in the background) and reopen."""
        workspace = self.session.workspace
        if workspace is None or workspace.read_only:
            return
        dialog = RestoreDialog(workspace.path, self)
        if not dialog.exec() or dialog.chosen() is None:
            return
        copy, path = dialog.chosen(), workspace.path
        translate = QCoreApplication.translate
        answer = QMessageBox.question(
            self, dialog.windowTitle(),
            translate("MainWindow", "Put “%1” back as it was on %2? Its present state is copied first.")
            .replace("%1", workspace.name).replace("%2", format_datetime(copy.taken_at.isoformat())))
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.session.close()

        def reopen(_result: object = None) -> None:
            if self.session.open(path):
                self.notifier.info(translate("MainWindow", "The copy of %1 was restored. The state before it is in"
                                                           " the backups too.")
                                   .replace("%1", format_datetime(copy.taken_at.isoformat())))

        self.runner.run(lambda progress, cancel: restore_backup(path, copy.path), on_done=reopen,
                        on_error=lambda error: (self.notifier.error(error.message), self.session.open(path)),
                        label=translate("MainWindow", "Restoring the backup…"), write=True)

    def erase_person(self) -> None:
        """File › Erase a person (a GDPR request)."""
        workspace = self.session.workspace
        if workspace is not None and not workspace.read_only:
            EraseDialog(workspace, self.session, self.runner, self).exec()

    def _update_actions(self) -> None:
        """Workspace actions need a workspace that can be written."""
        workspace = self.session.workspace
        writable = workspace is not None and not workspace.read_only
        for action in (self.action_import, self.action_restore, self.action_erase):
            action.setEnabled(writable)

    def _default_folder(self) -> Path:
        chosen = self.settings.get(keys.DEFAULT_FOLDER)
        return Path(chosen) if chosen else paths.data_dir()

    def _ask_read_only(self, message: Message) -> bool:
        answer = QMessageBox.question(
            self,
            QCoreApplication.translate("MainWindow", "Workspace in use"),
            message_text(message) + "\n\n" + QCoreApplication.translate("MainWindow", "Open it read-only?"),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _finish_background_work(self) -> None:
        """Tasks read the open workspace: let them end before it closes (cancel what can stop early)."""
        self.runner.cancel_all()
        self.runner.wait()

    def _on_opened(self, workspace: Workspace | None) -> None:
        for page in self.pages.values():
            page.set_workspace(workspace)
        self._update_status()
        self._update_actions()

    def _on_changed(self, changes: Changes) -> None:
        for page in self.pages.values():
            page.on_changes(changes)
        self._update_status()

    def _update_status(self) -> None:
        translate = QCoreApplication.translate
        workspace = self.session.workspace
        if workspace is None:
            self.workspace_label.setText(translate("MainWindow", "No workspace open"))
            self.last_import_label.setText("")
            return
        name = workspace.name + (translate("MainWindow", " (read-only)") if workspace.read_only else "")
        self.workspace_label.setText(translate("MainWindow", "Workspace: %1").replace("%1", name))
        self.workspace_label.setToolTip(str(workspace.path))
        self.setWindowTitle(f"{workspace.name} — ROI Desktop")
        summary = workspace.summary()
        if summary.last_import_at:
            self.last_import_label.setText(
                translate("MainWindow", "Last import: %1 (%2)")
                .replace("%1", summary.last_import_file or "")
                .replace("%2", format_datetime(summary.last_import_at))
            )
        else:
            self.last_import_label.setText(translate("MainWindow", "Nothing imported yet"))
