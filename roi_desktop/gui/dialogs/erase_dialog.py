"""File › Erase a person: a GDPR erasure request, by e-mail address, in three steps the user can follow.

1. Type the address and find it: where the person appears (in the background: every table is searched).
2. Read the summary, decide about the backup copies (they still hold the person).
3. Confirm; the core anonymises (store/privacy.py) and every count stays as it was.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from roi_desktop.core.channels import tool_name
from roi_desktop.core.errors import UserError
from roi_desktop.core.store.backups import list_backups
from roi_desktop.core.store.privacy import Footprint
from roi_desktop.core.workspace import Workspace
from roi_desktop.gui.i18n import count_text, message_text
from roi_desktop.gui.session import Session
from roi_desktop.gui.widgets.hint import hint_label
from roi_desktop.gui.workers import Runner

_HIDDEN = {"contacts", "contact_activity", "automated_sends", "deal_contacts", "email_daily"}
"""Derived tables: the same rows as those listed, counted once."""


def footprint_lines(found: Footprint) -> list[str]:
    """Where the person appears, in a marketer's words ("4 contact records (Brevo, HubSpot…)")."""
    translate = QCoreApplication.translate
    rows = dict(found.rows)
    lines = []
    described = {
        "contact_records": (translate("EraseDialog", "%1 contact record"), translate("EraseDialog", "%1 contact records")),
        "email_events": (translate("EraseDialog", "%1 e-mail sent to them"), translate("EraseDialog", "%1 e-mails sent to them")),
        "stage_history": (translate("EraseDialog", "%1 funnel stage entry"), translate("EraseDialog", "%1 funnel stage entries")),
        "deals": (translate("EraseDialog", "%1 deal"), translate("EraseDialog", "%1 deals")),
        "contact_scores": (translate("EraseDialog", "%1 lead score"), translate("EraseDialog", "%1 lead scores")),
        "batch_journal": (translate("EraseDialog", "%1 entry of the undo history"),
                          translate("EraseDialog", "%1 entries of the undo history")),
        "rejected_rows": (translate("EraseDialog", "%1 rejected-row report (deleted)"),
                          translate("EraseDialog", "%1 rejected-row reports (deleted)")),
    }
    for table, (one, many) in described.items():
        count = rows.pop(table, 0)
        if count:
            line = count_text(count, one, many)
            if table == "contact_records" and found.sources:
                line += " (" + ", ".join(tool_name(s) for s in found.sources) + ")"
            lines.append(line)
    others = sum(count for table, count in rows.items() if table not in _HIDDEN)
    if others:
        lines.append(count_text(others, translate("EraseDialog", "%1 other mention"),
                                translate("EraseDialog", "%1 other mentions")))
    return lines


class EraseDialog(QDialog):
    """Find a person by address, show where they appear, erase them on confirmation."""

    def __init__(self, workspace: Workspace, session: Session, runner: Runner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        translate = QCoreApplication.translate
        self.workspace = workspace
        self.session = session
        self.runner = runner
        self.found: Footprint | None = None
        self.setWindowTitle(translate("EraseDialog", "Erase a person (GDPR request)"))
        layout = QVBoxLayout(self)
        intro = QLabel(translate(
            "EraseDialog",
            "Type the e-mail address of the person who asked to be forgotten. ROI Desktop shows where they"
            " appear, then replaces their address everywhere with an anonymous code and clears their name,"
            " company and phone. Every count and figure stays the same. This cannot be undone."))
        intro.setWordWrap(True)
        intro.setMinimumWidth(540)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.address = QLineEdit()
        self.address.setPlaceholderText(translate("EraseDialog", "name@company.com"))
        self.address.textChanged.connect(self._address_changed)
        self.address.returnPressed.connect(self.find)
        row.addWidget(self.address, 1)
        self.find_button = QPushButton(translate("EraseDialog", "Find"))
        self.find_button.clicked.connect(self.find)
        row.addWidget(self.find_button)
        layout.addLayout(row)
        self.result = QLabel()
        self.result.setWordWrap(True)
        layout.addWidget(self.result)
        copies = len(list_backups(workspace.path))
        self.delete_backups = QCheckBox(count_text(
            copies, translate("EraseDialog", "Also delete the %1 backup copy of this workspace (it still contains"
                                             " this person)"),
            translate("EraseDialog", "Also delete the %1 backup copies of this workspace (they still contain this"
                                     " person)")))
        self.delete_backups.setChecked(True)
        self.delete_backups.setVisible(copies > 0)
        layout.addWidget(self.delete_backups)
        layout.addWidget(hint_label(translate("EraseDialog", "Erase the person in your marketing tools too, or the"
                                                             " next import of their exports brings them back.")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.erase_button = buttons.addButton(translate("EraseDialog", "Erase this person…"),
                                              QDialogButtonBox.ButtonRole.DestructiveRole)
        self.erase_button.clicked.connect(self.erase)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._address_changed()

    def find(self) -> None:
        address = self.address.text()
        if not address.strip():
            return
        self.find_button.setEnabled(False)
        self.result.setText(QCoreApplication.translate("EraseDialog", "Searching every import…"))
        workspace = self.workspace
        self.runner.run(lambda progress, cancel: workspace.person_footprint(address, progress=progress, cancel=cancel),
                        on_done=self._found, on_error=self._failed,
                        label=QCoreApplication.translate("EraseDialog", "Searching every import…"))

    def erase(self) -> None:
        if self.found is None or not self.found.found:
            return
        translate = QCoreApplication.translate
        answer = QMessageBox.warning(
            self, self.windowTitle(),
            translate("EraseDialog", "Erase %1 from this workspace? This cannot be undone.").replace("%1", self.found.email),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        workspace, address = self.workspace, self.found.email
        delete_backups = self.delete_backups.isChecked() and self.delete_backups.isVisible()
        self.erase_button.setEnabled(False)
        self.runner.run(
            lambda progress, cancel: workspace.erase_person(address, delete_backups=delete_backups,
                                                            progress=progress, cancel=cancel),
            on_done=self._erased, on_error=self._failed, write=True,
            label=translate("EraseDialog", "Erasing the person…"))

    # ---- Internals

    def _address_changed(self) -> None:
        self.found = None
        self.find_button.setEnabled(bool(self.address.text().strip()))
        self.erase_button.setEnabled(False)
        self.result.clear()

    def _found(self, found: Footprint) -> None:
        translate = QCoreApplication.translate
        self.find_button.setEnabled(True)
        self.found = found
        if not found.found:
            self.result.setText(translate("EraseDialog", "No one with the address %1 is in this workspace.")
                                .replace("%1", html.escape(found.email)))
            return
        items = "".join(f"<li>{html.escape(line)}</li>" for line in footprint_lines(found))
        self.result.setText(translate("EraseDialog", "%1 appears in:").replace("%1", f"<b>{html.escape(found.email)}</b>")
                            + f"<ul>{items}</ul>")
        self.erase_button.setEnabled(not self.workspace.read_only)

    def _erased(self, changes: object) -> None:
        translate = QCoreApplication.translate
        email = self.found.email if self.found else ""
        self.session.publish(changes)  # type: ignore[arg-type]
        self.session.notifier.info(translate("EraseDialog", "%1 was erased. Every count stays the same.")
                                   .replace("%1", email))
        self.found = None
        self.result.setText(translate("EraseDialog", "%1 was erased. Every count stays the same.")
                            .replace("%1", html.escape(email)))

    def _failed(self, error: UserError) -> None:
        self.find_button.setEnabled(bool(self.address.text().strip()))
        self.result.setText(f"<span style='color:#c62828'>{html.escape(message_text(error.message))}</span>")
