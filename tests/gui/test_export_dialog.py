"""File → Export…: format and options, preview, export with progress and cancel (pytest-qt)."""

from __future__ import annotations

import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QMenu

from desktop_app.model import load
from desktop_app.paths import REFERENCE_SAMPLE
from desktop_app.ui import export_dialog
from desktop_app.ui.export_dialog import ExportDialog, install_export_action


@pytest.fixture
def document(qapp):
    from desktop_app.ui.document import Document

    return Document(load(REFERENCE_SAMPLE).topology, str(REFERENCE_SAMPLE))


@pytest.fixture
def scene(document):
    from desktop_app.ui.canvas.scene import TopologyScene

    s = TopologyScene(document)
    yield s
    s.clear()


@pytest.fixture
def out(tmp_path):
    """A folder of its own (tmp_path also holds the isolated home)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def dialog(qtbot, document, scene):
    d = ExportDialog(document, lambda: scene)
    d.warnings = []
    d.warn = d.warnings.append
    qtbot.addWidget(d)
    return d


def test_format_drives_the_file_name_and_the_options(dialog, tmp_path):
    dialog.set_path(str(tmp_path / "diagram.png"))
    assert dialog.extension == ".png"
    dialog.show()
    assert dialog.scale.isVisible() and dialog.transparent.isVisible()
    dialog.set_format(".pcapng")
    assert dialog.path.text().endswith("diagram.pcapng")
    assert not dialog.scale.isVisible() and not dialog.fps.isVisible()
    assert dialog.flow.currentData() is not None, "a capture needs a flow: one is chosen"
    dialog.set_path(str(tmp_path / "anim.gif"))
    assert dialog.extension == ".gif" and dialog.fps.isVisible()


def test_preview_shows_the_picture_or_the_text(dialog):
    dialog.set_format(".png")
    dialog.set_flow("flow1-internet-to-web")
    dialog.update_preview()
    pixmap = dialog.preview_image.pixmap()
    assert not pixmap.isNull() and pixmap.width() <= 420 and pixmap.height() <= 300
    assert "×" in dialog.size_label.text()
    dialog.set_format(".md")
    dialog.update_preview()
    assert dialog.preview.currentWidget() is dialog.preview_text
    assert "internet-user" in dialog.preview_text.toPlainText()
    dialog.set_format(".pcapng")
    dialog.update_preview()
    assert "hop 4: esxi-1 — encap VXLAN 5001" in dialog.preview_text.toPlainText()


def test_export_button_writes_the_file(qtbot, dialog, tmp_path):
    target = tmp_path / "d.png"
    dialog.set_path(str(target))
    dialog.set_flow("flow2-web-to-db")
    dialog.scale.setValue(0.5)
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == ExportDialog.DialogCode.Accepted
    assert dialog.last_written == str(target)
    with Image.open(target) as im:
        assert im.format == "PNG" and im.width > 500
    assert dialog.warnings == []


def test_cancelling_an_animation_writes_nothing(dialog, out, monkeypatch):
    calls = []

    def cancelled_after_three(progress) -> bool:
        calls.append(1)
        return len(calls) > 3

    monkeypatch.setattr(export_dialog.QProgressDialog, "wasCanceled", cancelled_after_three)
    dialog.set_path(str(out / "a.gif"))
    dialog.set_flow("flow1-internet-to-web")
    dialog.width.setValue(320)
    assert dialog.export() is False
    assert list(out.iterdir()) == []
    assert dialog.warnings == [] and dialog.result() != ExportDialog.DialogCode.Accepted


def test_bad_choices_are_explained(dialog, out):
    dialog.set_format(".svg")
    dialog.path.setText(str(out / "missing" / "d.svg"))
    assert dialog.export() is False
    assert "does not exist" in dialog.warnings[-1]
    dialog.path.setText(str(out / "d.txt"))
    assert dialog.export() is False
    assert "must end with .svg" in dialog.warnings[-1]
    assert list(out.iterdir()) == []


def test_visible_area_comes_from_the_view(qtbot, document, scene, tmp_path):
    from PySide6.QtCore import QRectF

    d = ExportDialog(document, lambda: scene, visible_rect=lambda: QRectF(0, 0, 200, 100))
    d.warn = pytest.fail
    qtbot.addWidget(d)
    d.set_path(str(tmp_path / "v.png"))
    d.area_view.setChecked(True)
    d.scale.setValue(1.0)
    assert d.export()
    with Image.open(tmp_path / "v.png") as im:
        assert im.size == (200, 100)


def test_install_puts_export_in_the_file_menu(qtbot, document, scene):
    window = QMainWindow()
    qtbot.addWidget(window)
    menu = window.menuBar().addMenu("&File")
    menu.setObjectName("menu_file")
    quit_action = menu.addAction("Quit")
    quit_action.setObjectName("file.quit")
    action = install_export_action(window, document, lambda: scene)
    names = [a.objectName() for a in menu.actions()]
    assert names.index("file.export") < names.index("file.quit")
    assert action.shortcut().toString() == "Ctrl+E"
    assert isinstance(window.findChild(QMenu, "menu_file"), QMenu)
