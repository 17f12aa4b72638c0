"""The Qt-free core of ROI Desktop: storage, importing, scoring, KPIs and reporting.

Nothing under this package may import PySide6 or pyqtgraph: the command line runs it where Qt cannot load,
and a test (tests/core/test_core_is_qt_free.py) imports every module with PySide6 blocked.
"""
