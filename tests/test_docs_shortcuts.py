"""docs/shortcuts.md says exactly what Help → Keyboard Shortcuts shows."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_shortcuts_page_is_current(tmp_path):
    env = dict(os.environ, HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"),
               XDG_DATA_HOME=str(tmp_path / "data"), QT_QPA_PLATFORM="offscreen")
    r = subprocess.run([sys.executable, "tools/shortcuts_doc.py", "--check"], cwd=ROOT, env=env,
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stdout + r.stderr
    text = (ROOT / "docs" / "shortcuts.md").read_text("utf-8")
    assert "| Play | Space |" in text and "| Presentation mode | F5 |" in text
