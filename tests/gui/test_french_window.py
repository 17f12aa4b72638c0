"""In French, the main window shows no string that the catalogue lacks."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from roi_desktop.gui.i18n import Translations
from roi_desktop.gui.main_window import MainWindow
from roi_desktop.gui.settings import AppSettings

TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "roi_desktop_fr.ts"
OUR_CONTEXTS = {c.findtext("name") for c in ET.parse(TS).getroot().iter("context")} - {"QProgressDialog"}


def test_main_window_shows_no_untranslated_string_in_french(qtbot, tmp_path: Path) -> None:
    class Recorder(QTranslator):
        """Asked only when no real translator knows the string: records what is missing."""

        def __init__(self) -> None:
            super().__init__()
            self.missing: set[tuple[str, str]] = set()

        def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ANN001
            if source and context in OUR_CONTEXTS:  # Qt's and pyqtgraph's own forms have theirs
                self.missing.add((context, source))
            return ""

        def isEmpty(self) -> bool:  # noqa: N802
            return False

    recorder = Recorder()
    app = QCoreApplication.instance()
    app.installTranslator(recorder)
    translations = Translations()
    try:
        translations.apply("fr")
        main = MainWindow(AppSettings(), translations)
        qtbot.addWidget(main)
        main.show()
        main.session.create(tmp_path / "espace")
        for index in range(main.nav.count()):
            main.nav.setCurrentRow(index)
        main.recent_menu.aboutToShow.emit()
        main.session.close()
    finally:
        translations.apply("en")
        app.removeTranslator(recorder)
    assert recorder.missing == set()
