"""New means new: File → New and opening another file leave nothing of the last document."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from desktop_app.model.topology import Device, Network
from desktop_app.ui import commands

FLOW1 = "flow1-internet-to-web"


def _play_and_edit(window, qtbot):
    ctl = window.animation
    assert ctl.play_flow(FLOW1, play=False)
    window.doc.undo_stack.push(commands.set_host(window.doc, "proxy-1", "esxi-1"))
    qtbot.waitUntil(lambda: ctl.ui.timeline.change.text() != "", timeout=3000)
    ctl.go_to(2)
    assert ctl.ui.flow_bar.source.value() == "internet-user"
    assert window.doc.undo_stack.count() == 1


def _assert_fresh(window):
    ui = window.animation.ui
    assert ui.flow_bar.source.currentText() == "" and ui.flow_bar.destination.currentText() == ""
    assert ui.flow_bar.port.value() == 0
    assert ui.timeline.entries() == [] and ui.timeline.change.text() == ""
    assert "No flow is playing" in ui.timeline.outcome.text()
    assert "No flow is playing" in ui.inspector.title.text()
    assert window.animation.trace is None and window.animation.request is None
    assert window.doc.undo_stack.count() == 0
    assert window.scene.selected_ids() == []


def test_file_new_resets_flow_bar_timeline_inspector_changes_and_history(window, qtbot):
    _play_and_edit(window, qtbot)
    window.prompts.save_answer = "discard"
    window.action("file.new").trigger()
    QApplication.processEvents()
    assert window.doc.topology.devices == []
    _assert_fresh(window)
    history = window.history.view.model()
    assert history.index(0, 0).data() == "Started a new, empty topology"


def test_opening_another_file_resets_too(window, qtbot, tmp_path):
    _play_and_edit(window, qtbot)
    other = tmp_path / "minimal.yaml"
    other.write_text((window_samples() / "minimal.yaml").read_text("utf-8"), "utf-8")
    window.prompts.save_answer = "discard"
    assert window.files.open_with_prompt(str(other))
    QApplication.processEvents()
    _assert_fresh(window)
    assert window.history.view.model().index(0, 0).data() == "Opened minimal.yaml"


def test_trace_from_here_proposes_a_destination_of_this_document(window, qtbot):
    window.animation.play_flow(FLOW1, play=False)  # its destination is a DNS name of the sample
    window.prompts.save_answer = "discard"
    window.action("file.new").trigger()
    doc = window.doc
    doc.undo_stack.push(commands.add_network(doc, Network(id="ls", kind="vxlan",
                                                            cidr="10.0.0.0/24", vni=5001)))
    for vm in ("vm-a", "vm-b"):
        doc.undo_stack.push(commands.add_device(doc, Device(id=vm, kind="vm")))
        doc.undo_stack.push(commands.connect(doc, vm, "ls"))
    ui = window.animation.ui
    ui.flow_bar.destination.set_value("web.example.com")  # what the old file left behind
    action = ui.actions["anim.trace_from_here"]
    action.setData("vm-a")
    action.trigger()
    assert ui.flow_bar.destination.value() == "vm-b"
    assert window.animation.request is not None and window.animation.request.to == "vm-b"


def window_samples():
    from desktop_app.paths import SAMPLES

    return SAMPLES
