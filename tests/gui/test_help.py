"""Help menu pages: file format (rendered), about (version, licences), icon and desktop entry."""

from __future__ import annotations

import configparser
import shutil
import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app import __version__
from desktop_app.paths import APP_ICON, DOCS, FORMAT_DOC, RESOURCES
from desktop_app.ui.help.about import AboutDialog, app_icon
from desktop_app.ui.help.file_format import FileFormatDialog

ROOT = Path(__file__).resolve().parents[2]


def _menu_ids(window, name: str) -> list[str]:
    menu = window.findChild(object, f"menu_{name}")
    return [a.objectName() for a in menu.actions() if a.objectName()]


def test_help_menu_entries(window):
    ids = _menu_ids(window, "help")
    for action_id in ("help.welcome", "help.tour", "help.shortcuts", "help.file_format",
                      "help.about"):
        assert action_id in ids


def test_docs_are_found_in_the_checkout():
    assert DOCS == ROOT / "docs" and FORMAT_DOC.is_file()
    assert APP_ICON.is_file() and APP_ICON.parent.parent == RESOURCES


def test_file_format_shows_the_rendered_doc(window, qtbot):
    window.action("help.file_format").trigger()
    dialog = window.findChild(FileFormatDialog)
    assert dialog is not None and dialog.isVisible()
    text = dialog.browser.toPlainText()
    first_heading = FORMAT_DOC.read_text(encoding="utf-8").splitlines()[0].lstrip("# ").strip()
    assert first_heading == "The topology file (format 1)"
    assert text.startswith(first_heading), "the heading is shown as a heading, without its #"
    assert "## The basics" not in text and "The basics" in text
    assert "```" not in text
    # Headings are real headings (rendered markdown, not plain text).
    doc = dialog.browser.document()
    levels = [doc.findBlockByNumber(i).blockFormat().headingLevel()
              for i in range(doc.blockCount())]
    assert 1 in levels and 2 in levels
    # Find in the page.
    dialog.find.setText("kubernetes")
    assert dialog.find_next()
    assert dialog.browser.textCursor().selectedText().lower() == "kubernetes"


def test_file_format_missing_doc_says_so(tmp_path, qtbot):
    dialog = FileFormatDialog(None, tmp_path / "format.md")
    qtbot.addWidget(dialog)
    assert "not installed" in dialog.browser.toPlainText()
    assert str(tmp_path) in dialog.browser.toPlainText()


def test_about_shows_the_version_and_licences(window, qtbot, monkeypatch):
    window.action("help.about").trigger()
    dialog = window.findChild(AboutDialog)
    assert dialog is not None and dialog.isVisible()
    assert __version__ in dialog.heading.text()
    licences = dialog.licences.text()
    for name, licence in (("PySide6", "LGPLv3"), ("networkx", "BSD"), ("PyYAML", "MIT"),
                          ("scapy", "GPLv2"), ("Pillow", "HPND")):
        assert name in licences and licence in licences
    assert licences.count("<a href='https://") == 6
    shown = []
    monkeypatch.setattr(QMessageBox, "aboutQt", lambda parent, *a: shown.append(parent))
    qtbot.mouseClick(dialog.about_qt, Qt.MouseButton.LeftButton)
    assert shown == [dialog]


def test_application_icon(window):
    icon = app_icon()
    assert not icon.isNull()
    image = icon.pixmap(64, 64).toImage()
    assert image.width() == 64
    assert image.pixelColor(32, 32).alpha() == 255  # drawn, not blank
    assert image.pixelColor(1, 1).alpha() == 0  # rounded corners
    assert not window.windowIcon().isNull()


def test_application_sets_its_icon():
    from desktop_app.ui.app import application

    app = application()
    assert app is QApplication.instance()
    assert not app.windowIcon().isNull()


def test_desktop_entry():
    path = RESOURCES / "hybridviz.desktop"
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(path, encoding="utf-8")
    d = entry["Desktop Entry"]
    assert d["Type"] == "Application"
    assert d["Exec"] == "hybridviz %f" and d["Icon"] == "hybridviz"
    assert d["Categories"] == "Network;Education;"
    assert d["Name"] and d["Name[zh_CN]"] and d["Comment"] and d["Comment[zh_CN]"]
    assert any("\u4e00" <= ch <= "\u9fff" for ch in d["Comment[zh_CN]"])
    validate = shutil.which("desktop-file-validate")
    if validate is None:
        pytest.skip("desktop-file-validate is not installed")
    result = subprocess.run([validate, str(path)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
