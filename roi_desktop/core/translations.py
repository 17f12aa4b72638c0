"""The French catalogue for headless use (the CLI), read from the same .ts file the GUI compiles.

The GUI loads the compiled .qm with QTranslator; the CLI must speak French without Qt, so it reads the
.ts source (our own XML, never user input) for the same strings. One catalogue, two readers.
"""

from __future__ import annotations

import locale
import os
import xml.etree.ElementTree as ET
from collections.abc import Callable
from functools import cache
from pathlib import Path

from roi_desktop.core.resources import resource

LANGUAGES = ("en", "fr")
"""Languages the app ships; English is the source language."""


def catalogue_path(language: str) -> Path:
    return resource("translations", f"roi_desktop_{language}.ts")


@cache
def load_catalogue(language: str) -> dict[tuple[str, str], str]:
    """(context, English source) → finished translation, for `language`; empty for English."""
    if language == "en":
        return {}
    path = catalogue_path(language)
    if not path.exists():
        return {}
    table: dict[tuple[str, str], str] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None or translation.get("type") in {"unfinished", "obsolete", "vanished"}:
                continue
            if translation.text:
                table[(name, source)] = translation.text
    return table


def translator(language: str) -> Callable[[str, str], str]:
    """translate(context, text) for `language`, falling back to the English text."""
    table = load_catalogue(language)
    return lambda context, text: table.get((context, text), text)


def system_language() -> str:
    """'fr' when the user's system speaks French, else 'en' (the CLI's default, DESIGN §7)."""
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable)
        if value:
            return _pick(value.split(":")[0])
    try:
        return _pick(locale.getlocale()[0] or "")
    except ValueError:
        return "en"


def _pick(tag: str) -> str:
    return "fr" if tag.lower().startswith("fr") else "en"
