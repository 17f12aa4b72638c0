"""GUI test setup: offscreen Qt, QSettings in a temporary folder, a demo workspace, a main window."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QCoreApplication, QSettings  # noqa: E402

from roi_desktop.core.demo import build_demo  # noqa: E402
from roi_desktop.gui.app import APPLICATION, ORGANIZATION  # noqa: E402
from roi_desktop.gui.i18n import Translations  # noqa: E402
from roi_desktop.gui.settings import AppSettings  # noqa: E402


@pytest.fixture(scope="session")
def qapp_args() -> list[str]:
    return ["roi-desktop-tests"]


@pytest.fixture(autouse=True)
def qt_settings(tmp_path: Path, qapp: object) -> Iterator[Path]:
    """QSettings of each test in its own folder; the real user's settings are never read."""
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    folder = tmp_path / "qsettings"
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    yield folder


@pytest.fixture(scope="session")
def built_demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo workspace, built once per test session through the real import path."""
    path = tmp_path_factory.mktemp("demo") / "demo.roidb"
    build_demo(path)
    return path


@pytest.fixture
def demo_copy(built_demo: Path, tmp_path: Path) -> Path:
    target = tmp_path / "Demo.roidb"
    shutil.copyfile(built_demo, target)
    return target


@pytest.fixture
def translations(qapp: object) -> Iterator[Translations]:
    translations = Translations()
    translations.apply("en")
    yield translations
    translations.apply("en")


@pytest.fixture
def window(qtbot: object, translations: Translations, demo_copy: Path) -> Iterator[object]:
    """The main window with a copy of the demo workspace open."""
    from roi_desktop.gui.main_window import MainWindow

    main = MainWindow(AppSettings(), translations)
    qtbot.addWidget(main)  # type: ignore[attr-defined]
    main.show()
    assert main.session.open(demo_copy)
    yield main
    main.runner.cancel_all()
    main.runner.wait()
    main.session.close()
