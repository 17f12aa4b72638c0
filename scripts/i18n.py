#!/usr/bin/env python3
"""Maintain the French catalogue: extract strings, fill translations, compile, report what is missing.

    python scripts/i18n.py extract            # pyside6-lupdate roi_desktop/ → resources/translations/*.ts
    python scripts/i18n.py fill FILE.json     # {"Context|English": "Français", "English": "Français"} into the .ts
    python scripts/i18n.py compile            # pyside6-lrelease → .qm beside the .ts
    python scripts/i18n.py missing            # list unfinished entries (exit 1 if any)

The .ts file is the single source of the French text: the GUI uses its compiled .qm, the CLI reads it
directly (roi_desktop/core/translations.py). `fill` only exists to paste many translations at once.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_FILES = [ROOT / "resources" / "translations" / "roi_desktop_fr.ts"]


def tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    return str(here) if here.exists() else (shutil.which(name) or name)


def extract() -> None:
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "roi_desktop").rglob("*.py"))
    for ts in TS_FILES:
        subprocess.run(
            [tool("pyside6-lupdate"), *sources, "-ts", str(ts.relative_to(ROOT)), "-no-obsolete", "-locations", "none",
             "-target-language", "fr_FR"],
            cwd=ROOT, check=True,
        )


def fill(mapping_file: Path) -> None:
    mapping: dict[str, str] = json.loads(mapping_file.read_text(encoding="utf-8"))
    for ts in TS_FILES:
        tree = ET.parse(ts)
        filled = 0
        for context in tree.getroot().iter("context"):
            name = context.findtext("name", "")
            for message in context.iter("message"):
                source = message.findtext("source") or ""
                text = mapping.get(f"{name}|{source}", mapping.get(source))
                translation = message.find("translation")
                if text is None or translation is None:
                    continue
                if message.get("numerus") == "yes":
                    forms = text if isinstance(text, list) else [text, text]
                    for child in list(translation):
                        translation.remove(child)
                    for form in forms:
                        ET.SubElement(translation, "numerusform").text = form
                else:
                    translation.text = text[0] if isinstance(text, list) else text
                translation.attrib.pop("type", None)
                filled += 1
        write_ts(tree, ts)
        print(f"{ts.name}: {filled} translations filled")


def write_ts(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def compile_qm() -> None:
    for ts in TS_FILES:
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


def missing() -> int:
    count = 0
    for ts in TS_FILES:
        for context in ET.parse(ts).getroot().iter("context"):
            for message in context.iter("message"):
                translation = message.find("translation")
                empty = not (translation.text or "").strip() and not any((f.text or "") for f in translation) if translation is not None else True
                if translation is None or translation.get("type") == "unfinished" or empty:
                    count += 1
                    print(json.dumps({f"{context.findtext('name')}|{message.findtext('source')}": ""}, ensure_ascii=False))
    return 1 if count else 0


def main() -> int:
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command == "extract":
        extract()
    elif command == "fill" and len(sys.argv) == 3:
        fill(Path(sys.argv[2]))
    elif command == "compile":
        compile_qm()
    elif command == "missing":
        return missing()
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
