"""The mapping step: the user says once which column of an unknown export is which field.

Suggestions come from the core (names in English and French, values that look like e-mails, dates or
amounts); the user confirms or corrects, and the mapping is saved in the workspace for every later file
with the same columns. The dialog only edits a `Mapping`; it never reads files or writes the workspace.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from roi_desktop.core.importing.fields import KINDS
from roi_desktop.core.importing.mapping import Mapping
from roi_desktop.core.importing.preview import FilePreview

TOOLS = ("manual", "hubspot", "brevo", "mailchimp", "mautic", "activecampaign", "plezi", "pipedrive", "salesforce",
         "ga4")


class MappingDialog(QDialog):
    """Edits the mapping of one file.

    Attributes:
        kind / tool: the kind of data and the tool the file comes from.
        choices: one combo box per file column (data: field name or "").
    """

    def __init__(self, preview: FilePreview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        translate = QCoreApplication.translate
        self.preview = preview
        suggestion = preview.mapping or Mapping("contacts")
        self.setWindowTitle(translate("MappingDialog", "Match the columns of “%1”").replace("%1", preview.display_name))
        self.resize(760, 560)
        layout = QVBoxLayout(self)
        intro = QLabel(translate(
            "MappingDialog",
            "ROI Desktop does not know this export yet. Tell it once what each column holds; the next file with"
            " the same columns will be imported without a question. Columns left on “not used” are kept aside.",
        ))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.kind = QComboBox()
        for kind in KINDS.values():
            self.kind.addItem(translate("Fields", kind.label), kind.name)
        self.kind.setCurrentIndex(max(self.kind.findData(suggestion.kind), 0))
        form.addRow(translate("MappingDialog", "This file contains:"), self.kind)
        self.tool = QComboBox()
        for tool in TOOLS:
            self.tool.addItem(translate("MappingDialog", "Typed by hand / other") if tool == "manual"
                              else {"ga4": "Google Analytics 4", "activecampaign": "ActiveCampaign",
                                    "hubspot": "HubSpot"}.get(tool, tool.capitalize()), tool)
        self.tool.setCurrentIndex(max(self.tool.findData(suggestion.source), 0))
        form.addRow(translate("MappingDialog", "It comes from:"), self.tool)
        layout.addLayout(form)

        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        grid.addWidget(self._bold(translate("MappingDialog", "Column in the file")), 0, 0)
        grid.addWidget(self._bold(translate("MappingDialog", "First values")), 0, 1)
        grid.addWidget(self._bold(translate("MappingDialog", "Means")), 0, 2)
        self.choices: list[QComboBox] = []
        for row, name in enumerate(preview.header, start=1):
            grid.addWidget(QLabel(name or translate("MappingDialog", "(no name)")), row, 0)
            values = [str(r[row - 1]) for r in preview.sample if row - 1 < len(r) and str(r[row - 1] or "").strip()]
            sample = QLabel(" · ".join(values[:3]))
            sample.setStyleSheet("color: palette(mid);")
            sample.setMaximumWidth(280)
            grid.addWidget(sample, row, 1)
            choice = QComboBox()
            choice.currentIndexChanged.connect(self._validate)
            self.choices.append(choice)
            grid.addWidget(choice, row, 2)
        grid.setRowStretch(len(preview.header) + 1, 1)
        grid.setColumnStretch(1, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_host)
        layout.addWidget(scroll, 1)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #c62828;")
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("MappingDialog", "Save and use"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.kind.currentIndexChanged.connect(self._fill_choices)
        self._fill_choices(keep=suggestion)

    # ---- Public API

    @classmethod
    def ask(cls, preview: FilePreview, parent: QWidget | None = None) -> Mapping | None:
        dialog = cls(preview, parent)
        return dialog.mapping() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def mapping(self) -> Mapping:
        columns = {}
        for name, choice in zip(self.preview.header, self.choices, strict=True):
            field = choice.currentData()
            if field:
                columns[field] = name
        return Mapping(self.kind.currentData(), self.tool.currentData(), columns)

    def problems(self) -> list[str]:
        """What keeps the mapping from being saved, in plain words."""
        translate = QCoreApplication.translate
        chosen = [c.currentData() for c in self.choices if c.currentData()]
        kind = KINDS[self.kind.currentData()]
        found = []
        for field in kind.key_fields:
            if field.name not in chosen:
                found.append(translate("MappingDialog", "Choose the column that holds “%1”.")
                             .replace("%1", translate("Fields", field.label)))
        twice = {name for name in chosen if chosen.count(name) > 1}
        for name in sorted(twice):
            found.append(translate("MappingDialog", "“%1” is chosen for two columns: keep one.")
                         .replace("%1", translate("Fields", kind.field(name).label)))
        return found

    # ---- Internals

    def _fill_choices(self, _index: int = 0, *, keep: Mapping | None = None) -> None:
        translate = QCoreApplication.translate
        kind = KINDS[self.kind.currentData()]
        chosen = {column: field for field, column in keep.columns.items()} if keep else {}
        for name, choice in zip(self.preview.header, self.choices, strict=True):
            previous = chosen.get(name) if keep else choice.currentData()
            choice.blockSignals(True)
            choice.clear()
            choice.addItem(translate("MappingDialog", "— not used —"), "")
            for field in kind.fields:
                label = translate("Fields", field.label) + (" *" if field.key else "")
                choice.addItem(label, field.name)
            choice.setCurrentIndex(max(choice.findData(previous), 0) if previous else 0)
            choice.blockSignals(False)
        self._validate()

    def _validate(self) -> None:
        problems = self.problems()
        self.problem.setText("\n".join(problems))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problems)

    @staticmethod
    def _bold(text: str) -> QLabel:
        label = QLabel(text)
        label.setStyleSheet("font-weight: 600;")
        label.setAlignment(Qt.AlignmentFlag.AlignLeft)
        return label
