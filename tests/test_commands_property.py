"""Random edit sequences on the reference sample: undo all gives the original, redo all the edit."""

from __future__ import annotations

import copy
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.model import dumps, load_topology
from desktop_app.model.topology import HOSTED_KINDS, Device
from desktop_app.ui import commands
from desktop_app.ui.document import Document

SAMPLE = load_topology(Path(__file__).resolve().parents[1] / "samples" / "icp-vcs-hybrid.yaml")
OPERATIONS = ("add", "connect", "move", "rename", "delete", "set_host", "duplicate",
              "set_node", "set_field", "rows")


def _step(doc: Document, data: st.DataObject, n: int) -> None:
    topo = doc.topology
    op = data.draw(st.sampled_from(OPERATIONS), label="op")
    ids = topo.all_ids()
    devices = [d.id for d in topo.devices]
    pick = st.sampled_from
    if op == "add":
        kind = data.draw(pick(("vm", "router", "esxi-host")))
        cmd = commands.add_device(doc, Device(id=f"new-{n}", kind=kind),
                           data.draw(st.one_of(st.none(), st.tuples(st.integers(-500, 500),
                                                                    st.integers(-500, 500)))))
    elif op == "connect" and devices and topo.networks:
        device = data.draw(pick([d for d in devices if topo.device(d).kind != "pod"] or devices))
        network = data.draw(pick([x.id for x in topo.networks]))
        cmd = commands.connect(doc, device, network)
    elif op == "move" and ids:
        chosen = data.draw(st.lists(pick(ids), min_size=1, max_size=3, unique=True))
        cmd = commands.move_items(doc, {i: (float(n), float(-n)) for i in chosen})
    elif op == "rename" and ids:
        cmd = commands.rename(doc, data.draw(pick(ids)), f"renamed-{n}")
    elif op == "delete" and ids:
        cmd = commands.delete(doc, data.draw(st.lists(pick(ids), min_size=1, max_size=2, unique=True)))
    elif op == "set_host":
        hosted = [d.id for d in topo.devices if d.kind in HOSTED_KINDS]
        hosts = [d.id for d in topo.devices if d.kind == "esxi-host"]
        if not hosted:
            return
        cmd = commands.set_host(doc, data.draw(pick(hosted)), data.draw(pick([None, *hosts])))
    elif op == "duplicate" and ids:
        cmd = commands.duplicate(doc, data.draw(st.lists(pick(ids), min_size=1, max_size=2, unique=True)))
    elif op == "set_node":
        pods = [d.id for d in topo.devices if d.kind == "pod"]
        nodes = [d.id for d in topo.devices if d.kind == "k8s-node"]
        if not pods or not nodes:
            return
        cmd = commands.set_node(doc, data.draw(pick(pods)), data.draw(pick(nodes)))
    elif op == "set_field" and devices:
        device = topo.device(data.draw(pick(devices)))
        path, value = data.draw(pick([("label", f"label {n}"), ("notes", None),
                                      ("firewall.default", "deny"), ("routes", [])]))
        if device.interfaces and data.draw(st.booleans()):
            path, value = "interfaces[0].ip", f"10.99.{n}.1/24"
        cmd = commands.set_field(doc, device.id, path, value)
    elif op == "rows" and devices:
        device = data.draw(pick(devices))
        path = data.draw(pick(["routes", "nat", "firewall.rules", "interfaces"]))
        cmd = commands.add_list_item(doc, device, path, index=0)
        doc.undo_stack.push(cmd)
        cmd = commands.remove_list_item(doc, device, path, 0)
    else:
        return
    doc.undo_stack.push(cmd)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), length=st.integers(1, 15))
def test_undo_all_restores_the_original_and_redo_all_the_edit(data, length):
    original = copy.deepcopy(SAMPLE)
    doc = Document(copy.deepcopy(SAMPLE))
    for n in range(length):
        try:
            _step(doc, data, n)
        except ValueError:
            pass  # refused edits (full network…) must leave the model as it was
    edited = copy.deepcopy(doc.topology)
    edited_text = dumps(doc.topology)
    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()
    assert doc.topology == original
    assert dumps(doc.topology) == dumps(original)
    while doc.undo_stack.canRedo():
        doc.undo_stack.redo()
    assert doc.topology == edited
    assert dumps(doc.topology) == edited_text
