"""The PySide6 front end: a thin layer of windows, pages, Qt models and workers over `roi_desktop.core`."""
