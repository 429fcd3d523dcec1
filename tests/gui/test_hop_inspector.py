"""The hop inspector: exactly the trace's headers, the changed fields, bytes linked to fields."""

from __future__ import annotations

from ipaddress import IPv4Address
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMainWindow

from desktop_app.engine import trace
from desktop_app.engine.headers import header_json
from desktop_app.export.pcap import frame_bytes
from desktop_app.export.wire import dissect
from desktop_app.model import load_topology
from desktop_app.ui.animation import install_animation
from desktop_app.ui.animation.header_changes import header_changes
from desktop_app.ui.animation.mtu_bar import mtu_text
from desktop_app.ui.canvas.scene import TopologyScene
from desktop_app.ui.canvas.view import CanvasView
from desktop_app.ui.document import Document

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "icp-vcs-hybrid.yaml"
FLOW1 = "flow1-internet-to-web"

# How each header's JSON keys appear as tree rows (label and how the value is shown).
SHOWN = {
    "ethernet": {"src": "Source", "dst": "Destination"},
    "ipv4": {"src": "Source Address", "dst": "Destination Address", "ttl": "Time to Live",
             "length": "Total Length"},
    "tcp": {"sport": "Source Port", "dport": "Destination Port"},
    "udp": {"sport": "Source Port", "dport": "Destination Port", "length": "Length"},
    "vxlan": {"vni": "VXLAN Network Identifier (VNI)"},
    "esp": {"seq": "ESP Sequence"},
}


@pytest.fixture
def stage(qtbot):
    doc = Document(load_topology(SAMPLE), str(SAMPLE))
    scene = TopologyScene(doc)
    view = CanvasView(scene)
    window = QMainWindow()
    window.setCentralWidget(view)
    ctl = install_animation(window, doc, scene, view)
    window.resize(1500, 1000)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    ctl.play_flow(FLOW1, play=False)
    return ctl


def rows(ctl) -> list[tuple[str, str]]:
    return ctl.ui.inspector.tree.rows()


def row(ctl, prefix: str) -> tuple[str, str]:
    found = [r for r in rows(ctl) if r[0].startswith(prefix)]
    assert found, f"no row starting {prefix!r} in {rows(ctl)}"
    return found[0]


def test_the_tree_shows_exactly_the_headers_of_every_hop(stage):
    ctl = stage
    inspector = ctl.ui.inspector
    for hop in ctl.trace.hops:
        ctl.go_to(hop.index)
        for sent, stack in ((True, hop.headers_out), (False, hop.headers_in)):
            if not stack:
                continue
            (inspector.sent_button if sent else inspector.arrived_button).setChecked(True)
            texts = [t for t, _ in rows(ctl)]
            tops = [inspector.tree.topLevelItem(i).text(0).split("   —")[0]
                    for i in range(inspector.tree.topLevelItemCount())]
            assert tops == [layer.title for layer in dissect(stack).layers]
            for header in stack:
                for key, label in SHOWN.get(header.type, {}).items():
                    value = header_json(header).get(key)
                    if value is None:
                        continue
                    wanted = f"{label}: {value}"
                    assert any(t.startswith(wanted) for t in texts), (hop.index, wanted)
            assert inspector.hex.data == frame_bytes(stack)
            if sent and hop.frame_bytes:
                assert len(inspector.hex.data) == hop.frame_bytes


def test_dnat_at_the_esg_highlights_the_destination(stage):
    ctl = stage
    ctl.go_to(3)
    assert ctl.trace.hops[3].device == "esg"
    text, state = row(ctl, "Destination Address: 10.10.1.100")
    assert state == "translated" and "was 198.51.100.5" in text
    assert row(ctl, "Source Address: 203.0.113.25")[1] == ""
    assert row(ctl, "Time to Live: 61")[1] == "changed"
    assert row(ctl, "Destination Port: 443")[1] == ""
    # As received, the same field shows what it becomes.
    ctl.ui.inspector.arrived_button.setChecked(True)
    text, state = row(ctl, "Destination Address: 198.51.100.5")
    assert state == "translated" and "becomes 10.10.1.100" in text


def test_the_vtep_adds_outer_layers_with_the_vni(stage):
    ctl = stage
    ctl.go_to(4)
    assert ctl.trace.hops[4].device == "esxi-1"
    tree_rows = rows(ctl)
    added = [t for t, s in tree_rows if s == "added"]
    assert [a.split(",")[0] for a in added] == [
        "Ethernet II", "802.1Q Virtual LAN", "Internet Protocol Version 4",
        "User Datagram Protocol", "Virtual eXtensible Local Area Network   — added at this hop"]
    assert "VXLAN Network Identifier (VNI): 5001" in [t for t, _ in tree_rows]
    assert "Source Address: 10.190.20.11" in [t for t, _ in tree_rows]
    # The inner packet went through untouched.
    assert row(ctl, "Destination Address: 10.10.1.100")[1] == ""
    # At the next host the VXLAN layers are removed: the received view marks them.
    ctl.go_to(5)
    ctl.ui.inspector.arrived_button.setChecked(True)
    removed = [t for t, s in rows(ctl) if s == "removed"]
    assert len(removed) == 5 and removed[-1].startswith("Virtual eXtensible Local Area Network")


def test_steps_name_their_rules(stage):
    ctl = stage
    ctl.go_to(3)
    steps = ctl.ui.inspector.steps.text()
    for rule in ("allow-web-https", "dnat-icp-vip", "10.10.1.0/24 connected dev icp"):
        assert rule in steps
    ctl.go_to(8)
    assert "service web" in ctl.ui.inspector.steps.text()


def test_selecting_a_field_highlights_its_bytes(stage, qtbot):
    ctl = stage
    ctl.go_to(3)
    tree = ctl.ui.inspector.tree
    hex_view = ctl.ui.inspector.hex
    item = tree.item_for_key("1:dst")
    assert item.text(0).startswith("Destination Address: 10.10.1.100")
    tree.setCurrentItem(item)
    start, end = hex_view.selection
    assert hex_view.data[start:end] == IPv4Address("10.10.1.100").packed
    assert "bytes 30–33" in ctl.ui.inspector.hex_status.text()


def test_clicking_a_byte_selects_its_field(stage, qtbot):
    ctl = stage
    ctl.go_to(4)  # VXLAN: the VNI sits at offset 14 + 4 + 20 + 8 + 4
    inspector = ctl.ui.inspector
    scroll_content = inspector.hex
    offset = 18 + 20 + 8 + 4
    QTest.mouseClick(scroll_content, Qt.MouseButton.LeftButton,
                     pos=scroll_content.cell_rect(offset).center())
    current = inspector.tree.currentItem()
    assert current.text(0) == "VXLAN Network Identifier (VNI): 5001"
    assert scroll_content.selection == (offset, offset + 3)
    assert int.from_bytes(scroll_content.data[offset:offset + 3], "big") == 5001
    # Pointing at a byte names its field under the hex view.
    QTest.mouseMove(scroll_content, scroll_content.cell_rect(18 + 16).center())
    QApplication.processEvents()
    assert "Destination Address: 10.190.20.12" in inspector.hex_status.text()


def test_mtu_overhead_per_encapsulation(stage):
    ctl = stage
    ctl.go_to(9)  # esxi-2 pushes VXLAN around IP-in-IP
    text = ctl.ui.inspector.mtu.text
    assert text.startswith("IP packet 182 B on vtep-a (MTU 1600) = VXLAN 50 + IP-in-IP 20 + "
                           "inner IP packet 112")
    assert "frame 200 B" in text
    ctl.go_to(6)
    assert "inside the machine" in ctl.ui.inspector.mtu.text


def test_too_big_for_the_mtu_says_by_how_much():
    topo = load_topology(SAMPLE)
    flow = topo.flow(FLOW1)
    flow.size = 1560
    tr = trace(topo, flow)
    assert tr.disposition == "mtu-exceeded"
    assert "B too big" in mtu_text(tr.hops[-1])


def test_dissected_bytes_match_scapys_for_every_sample_frame():
    topo = load_topology(SAMPLE)
    checked = 0
    for flow in topo.flows:
        for hop in trace(topo, flow).hops:
            for stack in (hop.headers_in, hop.headers_out):
                if stack:
                    d = dissect(stack)
                    assert d.data == frame_bytes(stack), (flow.id, hop.index)
                    covered = set()
                    for layer in d.layers:
                        for f in layer.fields:
                            covered.update(range(f.start, f.end))
                    # Every byte of every frame belongs to some field (Payload included).
                    assert covered == set(range(len(d.data))), (flow.id, hop.index)
                    checked += 1
    assert checked > 100


def test_alignment_pairs_inner_headers_when_ip_in_ip_is_popped():
    topo = load_topology(SAMPLE)
    hops = trace(topo, topo.flow(FLOW1)).hops
    worker = next(h for h in hops if h.device == "worker-2")
    ch = header_changes(worker.headers_in, worker.headers_out)
    types_in = [h.type for h in worker.headers_in]
    assert types_in[:3] == ["ethernet", "ipv4", "ipv4"]
    assert ch.removed == [1]  # the outer (tunnel) IPv4
    assert ch.added == []
    assert ch.changed[1] == {"ttl": 64}  # the inner IPv4 was routed: TTL 64 → 63
