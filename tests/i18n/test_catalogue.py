"""The French catalogue is complete, safe and compiled; the main window shows no untranslated string."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from roi_desktop.core.messages import placeholders

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "roi_desktop_fr.ts"
QM = TS.with_suffix(".qm")


def tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    return str(here) if here.exists() else (shutil.which(name) or pytest.skip(f"{name} not installed"))


def entries(path: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        for message in context.iter("message"):
            found[(context.findtext("name") or "", message.findtext("source") or "")] = message.find("translation")
    return found


def test_every_string_of_the_code_is_in_the_catalogue_and_translated(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    sources = [str(p) for p in sorted((ROOT / "roi_desktop").rglob("*.py"))]
    subprocess.run([tool("pyside6-lupdate"), *sources, "-ts", str(fresh), "-no-obsolete", "-locations", "none"],
                   check=True, capture_output=True)
    in_code = set(entries(fresh))
    catalogue = entries(TS)
    assert in_code - set(catalogue) == set(), "run: python scripts/i18n.py extract"
    unfinished = sorted(key for key in in_code if catalogue[key].get("type") == "unfinished")
    assert unfinished == []


def test_translations_keep_the_placeholders() -> None:
    for (context, source), translation in entries(TS).items():
        texts = [translation.text or ""] + [form.text or "" for form in translation.iter("numerusform")]
        for text in (t for t in texts if t.strip()):
            assert sorted(placeholders(text)) == sorted(placeholders(source)), (context, source)
            assert sorted(re.findall(r"%L?\w", text)) == sorted(re.findall(r"%L?\w", source)), (context, source)


def test_compiled_catalogue_is_up_to_date(tmp_path: Path) -> None:
    compiled = tmp_path / "fr.qm"
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(TS), "-qm", str(compiled)], check=True)
    assert compiled.read_bytes() == QM.read_bytes(), "run: python scripts/i18n.py compile"


def test_every_core_message_has_a_french_translation() -> None:
    import importlib
    import pkgutil

    import roi_desktop
    from roi_desktop.core.messages import registered_templates
    from roi_desktop.core.translations import load_catalogue

    for module in pkgutil.walk_packages(roi_desktop.__path__, "roi_desktop."):
        if ".gui" not in module.name and not module.name.endswith("__main__"):
            importlib.import_module(module.name)
    french = load_catalogue("fr")
    missing = [t.code for t in registered_templates().values() if (t.context, t.text) not in french]
    assert missing == []
