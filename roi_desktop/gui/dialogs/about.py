"""About ROI Desktop: version, where the data and logs are, and the licences of the bundled libraries."""

from __future__ import annotations

from importlib import metadata

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from roi_desktop import __version__
from roi_desktop.core import paths
from roi_desktop.gui.resources import app_icon

LIBRARIES = (
    ("PySide6-Essentials", "LGPL-3.0"),
    ("pyqtgraph", "MIT"),
    ("numpy", "BSD-3-Clause"),
    ("sqlite-utils", "Apache-2.0"),
    ("openpyxl", "MIT"),
    ("python-calamine", "MIT"),
    ("XlsxWriter", "BSD-2-Clause"),
    ("platformdirs", "MIT"),
)


def _version_of(name: str) -> str | None:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        translate = QCoreApplication.translate
        self.setWindowTitle(translate("AboutDialog", "About ROI Desktop"))
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        logo = QLabel()
        logo.setPixmap(app_icon().pixmap(64, 64))
        top.addWidget(logo, 0, Qt.AlignmentFlag.AlignTop)
        intro = QLabel(
            f"<h2>ROI Desktop {__version__}</h2><p>"
            + translate(
                "AboutDialog",
                "Turns the exports of your marketing tools into KPIs you can defend and an ROI figure."
                " Everything stays on this computer.",
            )
            + "</p>"
        )
        intro.setWordWrap(True)
        top.addWidget(intro, 1)
        layout.addLayout(top)
        folders = QLabel(
            "<p><b>" + translate("AboutDialog", "Your workspaces:") + "</b> " + _link(paths.data_dir())
            + "<br><b>" + translate("AboutDialog", "Log files:") + "</b> " + _link(paths.log_dir()) + "</p>"
        )
        folders.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        folders.linkActivated.connect(lambda url: QDesktopServices.openUrl(QUrl(url)))
        folders.setWordWrap(True)
        layout.addWidget(folders)
        rows = "".join(
            f"<tr><td>{name}</td><td>{_version_of(name) or '—'}</td><td>{licence}</td></tr>"
            for name, licence in LIBRARIES
        )
        libraries = QLabel(
            "<p><b>" + translate("AboutDialog", "Built with these open-source libraries:") + "</b></p>"
            f"<table cellspacing='6'>{rows}</table>"
        )
        layout.addWidget(libraries)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    @classmethod
    def show_for(cls, parent: QWidget | None) -> None:
        dialog = cls(parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()


def _link(path: object) -> str:
    return f"<a href='{QUrl.fromLocalFile(str(path)).toString()}'>{path}</a>"
