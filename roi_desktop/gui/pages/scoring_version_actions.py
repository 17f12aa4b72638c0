"""The Versions actions of the Scoring & funnel page: save, open, apply, compare, export and import a model.

A mixin of `ScoringPage` (gui/pages/scoring_page.py), which provides what these actions use: the open
`workspace`, the edited `document`, the `versions` tab, `_run` (background work, a newer task of the same
kind wins) and `_show_model_label`. Kept apart so that the page module stays the assembly of its tabs.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QMessageBox

from roi_desktop.core.scoring.rules import Model
from roi_desktop.core.scoring.versions import Applied, Comparison, Saved
from roi_desktop.gui.i18n import format_count, message_text
from roi_desktop.gui.widgets.scoring_versions import SaveVersionDialog

MOVERS_SHOWN = 1000
"""Contacts listed for a move between two versions (those whose score changes most)."""


def version_text(version: int) -> str:
    """How the model label names the saved version the edited model comes from."""
    return QCoreApplication.translate("ScoringPage", "version %1").replace("%1", str(version))


class VersionActions:
    """Save, open, apply, compare, export and import versions of the scoring model (see the module doc)."""

    def ask_and_save(self) -> None:
        """Ask a name and a note, then save the edited model as a new version."""
        model = self.document.model
        if model is None or self.workspace is None or self.workspace.read_only:
            return
        blocking = [p for p in self.workspace.scoring.validate(model) if p.blocking]
        if blocking:
            self.context.notifier.error(QCoreApplication.translate("ScoringPage", "The model cannot be saved yet:")
                                        + " " + message_text(blocking[0].message))
            return
        dialog = SaveVersionDialog(model.name, self)
        if dialog.exec() == SaveVersionDialog.DialogCode.Accepted:
            self.save_version(dialog.name.text().strip(), dialog.note.toPlainText().strip())

    def save_version(self, name: str, note: str = "") -> None:
        """Save the edited model as a new version named `name` (in the background)."""
        workspace, model = self.workspace, self.document.model
        if workspace is None or model is None or workspace.read_only:
            return
        if name and name != model.name:
            model = replace(model, name=name)
            self.document.edit(model, QCoreApplication.translate("ScoringPage", "Rename the model"))
        self.context.runner.run(lambda progress, cancel: workspace.scoring.save_version(model, note=note),
                                on_done=self._saved, write=True)

    def _saved(self, saved: Saved) -> None:
        info = saved.version
        self.based_on = version_text(info.version)
        self.document.stack.setClean()
        self._show_model_label()
        self.context.notifier.info(QCoreApplication.translate(
            "ScoringPage", "Saved as version %1 of “%2”. Apply it to use it in the KPIs.")
            .replace("%1", str(info.version)).replace("%2", info.name))
        self.context.session.publish(saved.changes)
        self._reload_versions([info.id])

    def _reload_versions(self, select: list[int] | None = None) -> None:
        workspace = self.workspace
        if workspace is None:
            return

        def shown(versions: list[Any]) -> None:
            self.versions.set_versions(versions)
            if select:
                self.versions.select_ids(select)

        self._run("versions", lambda progress, cancel: workspace.scoring.versions(), shown)

    def open_version(self, version_id: int) -> None:
        """Load a saved version into the editor (undoable); saving it again makes a new version."""
        workspace = self.workspace
        if workspace is None:
            return

        def opened(found: tuple[Model, Any]) -> None:
            model, info = found
            self.based_on = version_text(info.version)
            if self.document.model is None:
                self.document.reset(model)
            else:
                self.document.edit(model, QCoreApplication.translate("ScoringPage", "Open version %1")
                                   .replace("%1", str(info.version)))
                self.document.stack.setClean()
            self._show_model_label()

        self._run("version", lambda progress, cancel: (workspace.scoring.load_version(version_id),
                                                       workspace.scoring.version(version_id)), opened)

    def ask_and_apply(self, version_id: int) -> None:
        """Say what applying the version changes (the KPI figures), and apply it once the user agrees."""
        workspace = self.workspace
        if workspace is None or workspace.read_only:
            return
        box = QMessageBox(QMessageBox.Icon.Question, QCoreApplication.translate("ScoringPage", "Apply this version?"),
                          self.apply_question(version_id), QMessageBox.StandardButton.Ok
                          | QMessageBox.StandardButton.Cancel, self)
        box.button(QMessageBox.StandardButton.Ok).setText(QCoreApplication.translate("ScoringPage", "Apply"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        if box.exec() == QMessageBox.StandardButton.Ok:
            self.apply_version(version_id)

    def apply_question(self, version_id: int) -> str:
        """The plain sentences of the Apply confirmation: which version, how many contacts get a score, that
        the KPI pages use it, and how to go back."""
        translate = QCoreApplication.translate
        known = {info.id: info for info in self.versions.model.versions}
        info = known.get(version_id)
        named = translate("ScoringPage", "“%1”, version %2")
        name = named.replace("%1", info.name).replace("%2", str(info.version)) if info is not None else "?"
        text = translate("ScoringPage", "Apply %1? Each of your %2 contacts gets its score and stage from this"
                                        " version, and the KPI pages (average lead score, funnel) use them from now"
                                        " on.").replace("%1", name).replace("%2", format_count(self.contacts_in_data))
        active = next((v for v in known.values() if v.active), None)
        if active is not None and active.id != version_id:
            text += " " + translate("ScoringPage", "It replaces %1, which stays saved: to go back, apply that"
                                                   " version again.") \
                .replace("%1", named.replace("%1", active.name).replace("%2", str(active.version)))
        elif active is None:
            text += " " + translate("ScoringPage", "You can change your mind at any time by applying another"
                                                   " version.")
        else:
            text += " " + translate("ScoringPage", "It is already active: its scores are computed again on"
                                                   " today's data.")
        return text

    def apply_version(self, version_id: int) -> None:
        """Score every contact with the version and make it active (progress dialog; the KPIs follow)."""
        workspace = self.workspace
        if workspace is None or workspace.read_only:
            return
        self.context.runner.run(lambda progress, cancel: workspace.scoring.apply(version_id, progress, cancel),
                                on_done=self._applied, write=True,
                                label=QCoreApplication.translate("ScoringPage", "Scoring every contact…"))

    def _applied(self, applied: Applied) -> None:
        info = applied.version
        self.context.notifier.info(QCoreApplication.translate(
            "ScoringPage", "Version %1 of “%2” is now active: %3 contacts scored. The KPIs use it from now on.")
            .replace("%1", str(info.version)).replace("%2", info.name).replace("%3", format_count(applied.contacts)))
        self.context.session.publish(applied.changes)
        self._reload_versions([info.id])

    def compare(self, first: int, second: int) -> None:
        """Compare version `first` with version `second` (0 = the model being edited)."""
        workspace, edited = self.workspace, self.document.model
        if workspace is None or edited is None:
            return
        translate = QCoreApplication.translate

        def work(progress: Any, cancel: Any) -> tuple[Comparison, Model, Model, str]:
            scoring = workspace.scoring
            a_info, a = scoring.version(first), scoring.load_version(first)
            if second:
                b_info, b = scoring.version(second), scoring.load_version(second)
                title = translate("ScoringPage", "From version %1 to version %2:") \
                    .replace("%1", f"{a_info.name} {a_info.version}").replace("%2", f"{b_info.name} {b_info.version}")
            else:
                b = edited
                title = translate("ScoringPage", "From version %1 to the model being edited:") \
                    .replace("%1", f"{a_info.name} {a_info.version}")
            return scoring.compare(a, b, limit=MOVERS_SHOWN, cancel=cancel), a, b, title

        def shown(found: tuple[Comparison, Model, Model, str]) -> None:
            self._compared = (found[1], found[2])
            self.versions.show_comparison(found[0], found[3], found[1], found[2])

        self._run("compare", work, shown)

    def show_movers(self, before: str | None, after: str | None) -> None:
        """List the contacts going from stage `before` to stage `after` in the comparison shown."""
        workspace, compared = self.workspace, self._compared
        if workspace is None or compared is None:
            return
        a, b = compared
        self._run("movers", lambda progress, cancel: workspace.scoring.compare(
            a, b, limit=MOVERS_SHOWN, move=(before, after), cancel=cancel), self.versions.show_movers)

    def ask_and_export(self, version_id: int) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _filter = QFileDialog.getSaveFileName(
            self, QCoreApplication.translate("ScoringPage", "Export the model"), str(Path(folder) / "scoring-model.json"),
            QCoreApplication.translate("ScoringPage", "Scoring model (*.json)"))
        if path:
            self.export_version(version_id, Path(path))

    def export_version(self, version_id: int, path: Path) -> None:
        workspace = self.workspace
        if workspace is None:
            return

        def work(progress: Any, cancel: Any) -> Path:
            path.write_text(workspace.scoring.export_json(version_id), encoding="utf-8")
            return path

        self._run("export", work, lambda done: self.context.notifier.info(
            QCoreApplication.translate("ScoringPage", "Model saved to %1").replace("%1", str(done))))

    def ask_and_import(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, QCoreApplication.translate("ScoringPage", "Import a model"), "",
            QCoreApplication.translate("ScoringPage", "Scoring model (*.json)"))
        if path:
            self.import_model(Path(path))

    def import_model(self, path: Path) -> None:
        """Open the model of a JSON file in the editor (undoable); a malformed file changes nothing."""
        workspace = self.workspace
        if workspace is None or workspace.read_only:
            return

        def opened(model: Model) -> None:
            self.based_on = ""
            self.document.edit(model, QCoreApplication.translate("ScoringPage", "Import a model"))
            self._show_model_label()

        self._run("import", lambda progress, cancel: workspace.scoring.import_json(
            path.read_text(encoding="utf-8")), opened)
