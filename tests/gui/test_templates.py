"""An empty document offers templates on the canvas; File → New from Template… too."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QToolButton


def _button(parent, template_id: str) -> QToolButton:
    button = parent.findChild(QToolButton, f"template_{template_id}")
    assert button is not None and button.isVisible()
    return button


def test_empty_canvas_offers_templates_and_a_hint(make_window, qtbot):
    window = make_window(None)
    hint = window.template_hint
    assert hint.isVisible() and "palette" in hint.hint.text()
    qtbot.mouseClick(_button(hint, "vxlan-lab"), Qt.MouseButton.LeftButton)
    topo = window.doc.topology
    assert [d.id for d in topo.devices] == ["esxi-1", "esxi-2", "vm-1", "vm-2"]
    assert window.doc.path is None  # unsaved: Save asks for a name, the template stays
    assert not hint.isVisible()
    assert window.animation.play_flow("vm1-to-vm2", play=False)
    assert "esxi-2" in [h.device for h in window.animation.trace.hops]
    window.prompts.save_answer = "discard"
    window.action("file.new").trigger()
    assert hint.isVisible()
    qtbot.mouseClick(_button(hint, "empty"), Qt.MouseButton.LeftButton)
    assert hint.isVisible() and hint.hint.isVisible() and not hint.picker.isVisible()


def test_new_from_template_dialog(window, qtbot):
    window.action("file.new_template").trigger()
    dialog = next(d for d in window.findChildren(QDialog) if d.objectName() == "template_chooser")
    window.prompts.save_answer = "discard"
    qtbot.mouseClick(_button(dialog, "iks"), Qt.MouseButton.LeftButton)
    assert window.doc.topology.kubernetes and window.doc.path is None
    assert not window.template_hint.isVisible()
