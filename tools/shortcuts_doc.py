"""Write docs/shortcuts.md from the app's own action registry (the Help → Keyboard Shortcuts page).

    uv run python tools/shortcuts_doc.py          # rewrite the file
    uv run python tools/shortcuts_doc.py --check  # exit 1 when the file is out of date

tests/test_docs_shortcuts.py runs the check, so the page never drifts from the app.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DOC = ROOT / "docs" / "shortcuts.md"


def render() -> str:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QSettings, QStandardPaths

    QStandardPaths.setTestModeEnabled(True)
    from desktop_app.ui.app import application

    app = application([])
    QSettings().setValue("ui/language", "en")
    from desktop_app.ui.i18n import set_language

    set_language(app, "en")
    from desktop_app.ui.actions import shortcut_rows
    from desktop_app.ui.main_window import MainWindow

    window = MainWindow()
    extra = [dock.toggleViewAction() for dock in window.panels]
    # One registry, resolved for each platform's standard keys (Help → Keyboard Shortcuts
    # shows the column of the platform it runs on).
    columns = {platform: shortcut_rows(window.actions_, extra, platform)
               for platform in ("linux", "windows", "macos")}
    lines = [
        "# Keyboard shortcuts and mouse gestures",
        "",
        "The table of Help → Keyboard Shortcuts for each platform, written by",
        "`tools/shortcuts_doc.py` from the app's action registry.",
        "",
        "| action | Linux | Windows | macOS | what it does |",
        "|---|---|---|---|---|",
    ]
    gestures = []
    for linux, windows, macos in zip(*columns.values(), strict=True):
        name, keys, what = linux
        if not what:  # a mouse gesture (its row reads: what it does, then the gesture)
            gestures.append((keys, name))
            continue
        cells = [c.replace("|", "\\|") for c in (name, keys, windows[1], macos[1], what)]
        lines.append("| " + " | ".join(cells) + " |")
    lines += ["", "## Mouse gestures", "", "On macOS Ctrl is ⌘.", "",
              "| gesture | what it does |", "|---|---|"]
    for gesture, what in gestures:
        lines.append(f"| {gesture} | {what} |")
    window.close()
    return "\n".join(lines) + "\n"


def main(argv: list[str]) -> int:
    text = render()
    if "--check" in argv:
        if not DOC.exists() or DOC.read_text("utf-8") != text:
            print("docs/shortcuts.md is out of date: run uv run python tools/shortcuts_doc.py")
            return 1
        return 0
    DOC.write_text(text, "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
