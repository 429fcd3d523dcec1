"""Bring the Chinese catalogue up to date: lupdate the sources, then fill in the translations.

    uv run python tools/fill_translations.py

runs ``pyside6-lupdate -no-obsolete`` over ``desktop_app/ui``, the engine's and validator's
message templates and the web page's words into ``resources/translations/hybridviz_zh_CN.ts``, then writes each message's translation from
``tools/translations_zh_CN.py`` (by context where it has one, else by source text) and runs
lupdate once more so the file keeps lupdate's own layout. Strings the dictionary lacks are
listed and the script exits 1: add them to the dictionary and run it again.
"""

from __future__ import annotations

import runpy
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "hybridviz_zh_CN.ts"
WORDS = ROOT / "tools" / "translations_zh_CN.py"


def sources() -> list[str]:
    files = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "desktop_app" / "ui").rglob("*.py"))
    return [*files, "desktop_app/engine/messages.py", "desktop_app/model/messages.py", "desktop_app/model/kind_words.py",
            "desktop_app/model/kube_import/messages.py",
            "desktop_app/model/editing/messages.py",
            "desktop_app/export/web/words.py",
            "desktop_app/diagram/messages.py"]


def lupdate(ts: Path) -> None:
    command = ["pyside6-lupdate", *sources(), "-no-obsolete", "-locations", "relative",
               "-target-language", "zh_CN", "-ts", str(ts.relative_to(ROOT))]
    done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"fill_translations: lupdate failed: {done.stderr.strip() or done.stdout}")


def fill(ts: Path) -> list[tuple[str, str]]:
    """Write every translation the dictionary has; return the (context, source) it lacks."""
    words = runpy.run_path(str(WORDS))
    by_source: dict[str, str] = words["ZH"]
    by_context: dict[tuple[str, str], str] = words["BY_CONTEXT"]
    tree = ET.parse(ts)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            text = by_context.get((name, source), by_source.get(source))
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            if text is None:
                missing.append((name, source))
                continue
            forms = list(translation.iter("numerusform"))
            if forms:
                for form in forms:
                    form.text = text
            else:
                translation.text = text
            translation.attrib.pop("type", None)
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return missing


def main() -> int:
    lupdate(TS)
    missing = fill(TS)
    lupdate(TS)  # lupdate's own layout, so the next run's diff shows only real changes
    for context, source in missing:
        print(f"no translation for [{context}] {source!r}")
    if missing:
        print(f"fill_translations: {len(missing)} string(s) need a translation in "
              f"{WORDS.relative_to(ROOT)}")
        return 1
    print(f"fill_translations: {TS.relative_to(ROOT)} is complete")
    return 0


if __name__ == "__main__":
    sys.exit(main())
