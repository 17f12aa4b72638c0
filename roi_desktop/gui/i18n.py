"""Language and locale of the interface: translators, core messages, numbers, money and dates.

One place decides the language (the user's choice, else the system's) and installs the app's compiled
catalogue plus Qt's own (`qtbase_fr.qm`, for the buttons of standard dialogs). Changing it at run time
re-installs the translators; Qt then sends every widget a LanguageChange event and pages retranslate.
Numbers follow QLocale.setDefault, so "1 234,5 €" in French and "€1,234.50" in English.
"""

from __future__ import annotations

import os
from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from roi_desktop.core.messages import Message
from roi_desktop.core.resources import resource
from roi_desktop.core.translations import LANGUAGES

PSEUDO_ENV = "ROI_DESKTOP_PSEUDO"
"""Set to 1 to stretch every translated string by 40 % (layout check, Vorta's TRANS_SCALE)."""


def system_language() -> str:
    return "fr" if QLocale.system().language() == QLocale.Language.French else "en"


def current_language() -> str:
    """The language in effect ("fr" or "en"), as Translations.apply set the default locale."""
    return "fr" if QLocale().language() == QLocale.Language.French else "en"


class Translations:
    """Installs the translators for a language and remembers which one is active."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []
        self.language = "en"

    def apply(self, choice: str) -> str:
        """Switch to `choice` ("" = the system's language); returns the language in effect."""
        language = choice if choice in LANGUAGES else system_language()
        app = QCoreApplication.instance()
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed.clear()
        if language == "fr":
            QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
            for path in (
                str(resource("translations", "roi_desktop_fr.qm")),
                os.path.join(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), "qtbase_fr.qm"),
            ):
                translator = QTranslator(app)
                if translator.load(path):
                    app.installTranslator(translator)
                    self._installed.append(translator)
        else:
            QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        if os.environ.get(PSEUDO_ENV) == "1":
            pseudo = _PseudoTranslator(app)
            app.installTranslator(pseudo)
            self._installed.append(pseudo)
        self.language = language
        return language


class _PseudoTranslator(QTranslator):
    """Stretches strings so that layouts are checked for longer (French, German) text."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return f"[{source}{'~' * (len(source) * 2 // 5)}]" if source else source


def tr(context: str, text: str) -> str:
    """Translate a literal declared elsewhere with QT_TRANSLATE_NOOP(context, text)."""
    return QCoreApplication.translate(context, text)


def message_text(message: Message) -> str:
    """A core message in the interface language, numbers formatted by the locale."""
    return message.render(QCoreApplication.translate, format_value)


def format_value(value: Any) -> str:
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return QLocale().toString(value)
    if isinstance(value, float):
        return QLocale().toString(value, "f", 2)
    return str(value)


def format_count(value: int | float | None) -> str:
    if value is None:
        return "—"
    return QLocale().toString(int(round(value)))


def format_money(value: float | None, currency: str = "EUR", *, decimals: int = 2) -> str:
    """Money in the locale's convention: "1 234,56 €" in French, "€1,234.56" in English."""
    if value is None:
        return "—"
    symbol = {"EUR": "€", "USD": "$", "GBP": "£", "CHF": "CHF"}.get(currency, currency)
    return QLocale().toCurrencyString(float(value), symbol, decimals)


def format_percent(ratio: float | None, *, decimals: int = 1) -> str:
    if ratio is None:
        return "—"
    return QLocale().toString(ratio * 100, "f", decimals) + "\u202f%"


def format_day(iso_day: str | None) -> str:
    """An ISO day as the locale writes dates (short form)."""
    if not iso_day:
        return ""
    from PySide6.QtCore import QDate

    date = QDate.fromString(iso_day[:10], "yyyy-MM-dd")
    return QLocale().toString(date, QLocale.FormatType.ShortFormat) if date.isValid() else iso_day


def format_datetime(iso: str | None) -> str:
    """An ISO timestamp (UTC when it says so) in local time, as the locale writes it."""
    if not iso:
        return ""
    from datetime import datetime

    from PySide6.QtCore import QDate, QDateTime, QTime

    try:
        moment = datetime.fromisoformat(iso)
    except ValueError:
        return iso
    if moment.tzinfo is not None:
        moment = moment.astimezone()
    qt_moment = QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute))
    return QLocale().toString(qt_moment, QLocale.FormatType.ShortFormat)


def format_cell(kind: str, value: Any, currency: str = "EUR") -> str:
    """A stored value as the user reads it, by kind: a browsable column's kind (day, money in cents, count,
    bool, text) or a canonical field's type (datetime as (day, timestamp), money in cents, integer, number,
    percent as a fraction, bool, list)."""
    if value is None or value == "":
        return ""
    if kind in ("datetime", "day"):
        if isinstance(value, tuple):
            day, stamp = value
            return format_datetime(stamp) if len(stamp) > 10 else format_day(day)
        return format_day(str(value))
    if kind == "money":
        return format_money(value / 100, currency)
    if kind in ("count", "integer"):
        return format_count(value)
    if kind == "number":
        return QLocale().toString(float(value), "g", 12)
    if kind in ("percent", "ratio"):
        return format_percent(value)
    if kind == "bool":
        yes, no = QCoreApplication.translate("Values", "Yes"), QCoreApplication.translate("Values", "No")
        return yes if value else no
    if kind == "list":
        return ", ".join(map(str, value))
    return str(value)


def count_text(count: int, one: str, many: str) -> str:
    """`one` or `many` (already translated, with %1 for the number) as the language's plural rule says:
    French uses the singular for 0 and 1, English only for 1. (pyside6-lupdate does not extract Qt's %Ln
    plural forms from Python, so plurals are chosen here.)"""
    french = QLocale().language() == QLocale.Language.French
    singular = count <= 1 if french else count == 1
    return (one if singular else many).replace("%1", format_count(count))
