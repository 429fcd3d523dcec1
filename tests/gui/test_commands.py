"""Undo commands on the reference sample, without any scene."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from desktop_app.model import dumps, load_topology
from desktop_app.model.topology import Device, Firewall, Flow, Topology
from desktop_app.ui import commands
from desktop_app.ui.document import Document

SAMPLE = Path(__file__).resolve().parents[2] / "samples" / "icp-vcs-hybrid.yaml"


def sample():
    """The reference sample without its saved layout: these tests follow the keys moves write."""
    topology = load_topology(SAMPLE)
    topology.layout = {}
    return topology


@pytest.fixture
def doc(qapp) -> Document:
    return Document(sample(), str(SAMPLE))


def push(doc: Document, cmd) -> None:
    doc.undo_stack.push(cmd)


def same(a: Topology, b: Topology) -> bool:
    """Equal dataclasses and the same file text (list and key order included)."""
    return a == b and dumps(a) == dumps(b)


def undo_all(doc: Document) -> None:
    while doc.undo_stack.canUndo():
        doc.undo_stack.undo()


# -- add / connect -----------------------------------------------------------------------

def test_connect_takes_the_next_free_address_on_icp_ls(doc):
    # .1 is the ESG, .11/.21/.31/.32 nodes, .100 and .200 VIPs: .2 is the first free one.
    push(doc, commands.add_device(doc, Device(id="vm-a", kind="vm", host="esxi-1"), (0, 0)))
    push(doc, commands.connect(doc, "vm-a", "icp-ls"))
    itf = doc.topology.device("vm-a").interfaces[0]
    assert (itf.name, itf.network, itf.ip, itf.gateway) == ("eth0", "icp-ls", "10.10.1.2/24", "10.10.1.1")
    push(doc, commands.connect(doc, "vm-a", "icp-ls"))
    second = doc.topology.device("vm-a").interfaces[1]
    assert (second.name, second.ip) == ("eth1", "10.10.1.3/24")
    assert second.gateway is None  # one default route per end host


def test_connect_skips_addresses_taken_by_secondaries_vips_and_the_other_stretch_side(doc):
    topo = doc.topology
    push(doc, commands.add_device(doc, Device(id="vm-b", kind="vm"), None))
    # public-portable: .1 FCR, .2 ESG, .5/.6 ESG secondaries → .3, then .4, then .7
    ips = []
    for _ in range(3):
        push(doc, commands.connect(doc, "vm-b", "public-portable"))
        ips.append(topo.device("vm-b").interfaces[-1].ip)
    assert ips == ["198.51.100.3/28", "198.51.100.4/28", "198.51.100.7/28"]
    # stretch-ls shares 172.16.50.0/24 with onprem-stretch, where .1 and .30 are in use
    push(doc, commands.connect(doc, "vm-b", "stretch-ls"))
    assert topo.device("vm-b").interfaces[-1].ip == "172.16.50.2/24"
    push(doc, commands.connect(doc, "vm-b", "internet"))
    assert topo.device("vm-b").interfaces[-1].ip == "203.0.113.1/24"
    assert topo.device("vm-b").interfaces[-1].gateway is None


def test_connect_refuses_a_full_network_with_a_sentence(doc):
    push(doc, commands.add_device(doc, Device(id="vm-c", kind="vm"), None))
    for _ in range(4):  # transit-ls /29 has six hosts, two taken
        push(doc, commands.connect(doc, "vm-c", "transit-ls"))
    with pytest.raises(ValueError, match="transit-ls .* no free address"):
        commands.connect(doc, "vm-c", "transit-ls")


def test_add_device_refuses_bad_and_duplicate_ids(doc):
    with pytest.raises(ValueError, match="already used"):
        commands.add_device(doc, Device(id="esg", kind="vm"))
    with pytest.raises(ValueError, match="not a valid id"):
        commands.add_device(doc, Device(id="-bad id", kind="vm"))


def test_changed_is_emitted_with_ids_on_redo_and_undo(doc, qtbot):
    seen = []
    doc.changed.connect(seen.append)
    push(doc, commands.set_host(doc, "db-1", "esxi-2"))
    doc.undo_stack.undo()
    assert seen == [{"db-1", "esxi-3", "esxi-2"}] * 2


# -- host / node ---------------------------------------------------------------------------

def test_set_host_and_undo(doc):
    before = copy.deepcopy(doc.topology)
    push(doc, commands.set_host(doc, "db-1", "esxi-1"))
    assert doc.topology.device("db-1").host == "esxi-1"
    assert doc.modified
    doc.undo_stack.undo()
    assert doc.topology.device("db-1").host == "esxi-3"
    assert same(doc.topology, before)
    with pytest.raises(ValueError, match="not an ESXi host"):
        commands.set_host(doc, "db-1", "bcr")


def test_set_node_moves_the_pod_address_into_the_new_pod_cidr(doc):
    push(doc, commands.set_node(doc, "web-1", "master-1"))
    pod = doc.topology.device("web-1")
    assert (pod.node, pod.ip) == ("master-1", "10.1.0.2")
    doc.undo_stack.undo()
    assert (pod.node, pod.ip) == ("worker-1", "10.1.2.10")


# -- rename -----------------------------------------------------------------------------------

def test_rename_network_updates_every_reference_and_undo_restores(doc):
    topo = doc.topology
    push(doc, commands.move_items(doc, {"icp-ls": (10, 20), "esg": (0, 0)}))
    before = copy.deepcopy(topo)
    push(doc, commands.rename(doc, "icp-ls", "icp-nodes"))
    assert topo.network("icp-ls") is None and topo.network("icp-nodes").vni == 5001
    on_it = [d.id for d in topo.devices for i in d.interfaces if i.network == "icp-nodes"]
    assert on_it == ["esg", "master-1", "proxy-1", "worker-1", "worker-2"]
    assert not any(i.network == "icp-ls" for d in topo.devices for i in d.interfaces)
    assert list(topo.layout) == ["icp-nodes", "esg"]  # same key position
    assert "icp-ls" not in dumps(topo)
    doc.undo_stack.undo()
    assert same(topo, before)


def test_rename_device_follows_host_peer_dns_and_flows(doc):
    topo = doc.topology
    push(doc, commands.rename(doc, "esxi-2", "esxi-02"))
    assert {d.id for d in topo.devices if d.host == "esxi-02"} == {"cloud-l2c", "proxy-1", "worker-1"}
    push(doc, commands.rename(doc, "ad-dns", "dns-1"))
    assert topo.device("web-1").dns == "dns-1"
    push(doc, commands.rename(doc, "web-1", "web-a"))
    assert topo.flow("flow2-web-to-db").source == "web-a"
    assert topo.flow("access-ingress").endpoint == "web-a"
    push(doc, commands.rename(doc, "cloud-l2c", "l2c"))
    assert topo.device("onprem-l2c").peer == "l2c"
    push(doc, commands.rename(doc, "vcs", "vcs-zone"))
    assert topo.zone("icp").parent == "vcs-zone" and topo.device("esg").zone == "vcs-zone"
    push(doc, commands.rename(doc, "cluster:icp", "icp31"))
    assert topo.device("master-1").cluster == "icp31"
    assert topo.zone("icp") is not None  # the zone of the same name is untouched


def test_rename_refuses_invalid_ids_with_a_sentence(doc):
    with pytest.raises(ValueError, match="already used"):
        commands.rename(doc, "icp-ls", "db-ls")
    with pytest.raises(ValueError, match="not a valid id"):
        commands.rename(doc, "icp-ls", "icp ls")
    with pytest.raises(ValueError, match="nothing has the id"):
        commands.rename(doc, "nope", "x")


# -- delete -----------------------------------------------------------------------------------

def test_delete_host_takes_its_vms_pods_and_flows_and_one_undo_restores_all(doc):
    topo = doc.topology
    push(doc, commands.move_items(doc, {"esxi-2": (1, 1), "proxy-1": (2, 2), "esg": (3, 3)}))
    before = copy.deepcopy(topo)
    push(doc, commands.delete(doc, ["esxi-2"]))
    gone = {"esxi-2", "cloud-l2c", "proxy-1", "worker-1", "nginx-ingress", "web-1"}
    assert not gone & {d.id for d in topo.devices}
    assert topo.flow("flow2-web-to-db") is None and topo.flow("icp-image-pull") is None
    assert topo.flow("access-ingress").endpoint is None  # pinned pod gone, flow kept
    assert topo.device("onprem-l2c").peer is None
    assert list(topo.layout) == ["esg"]
    assert doc.undo_stack.count() == 2
    doc.undo_stack.undo()
    assert same(topo, before)
    doc.undo_stack.redo()
    assert topo.device("web-1") is None


def test_delete_network_removes_the_interfaces_on_it(doc):
    topo = doc.topology
    before = copy.deepcopy(topo)
    push(doc, commands.delete(doc, ["stretch-ls"]))
    assert topo.network("stretch-ls") is None
    assert topo.device("app-vm").interfaces == []
    assert [i.name for i in topo.device("cloud-l2c").interfaces] == ["uplink"]
    assert topo.device("cloud-l2c").bridge is None
    doc.undo_stack.undo()
    assert same(topo, before)


def test_delete_zone_hands_children_to_its_parent(doc):
    topo = doc.topology
    before = copy.deepcopy(topo)
    push(doc, commands.delete(doc, ["vcs"]))
    assert topo.zone("icp").parent == "ibm-cloud"
    assert topo.device("esg").zone == "ibm-cloud" and topo.network("db-ls").zone == "ibm-cloud"
    doc.undo_stack.undo()
    assert same(topo, before)


# -- duplicate / paste ----------------------------------------------------------------------

def test_duplicate_gives_fresh_ids_and_addresses(doc):
    topo = doc.topology
    push(doc, commands.duplicate(doc, ["db-1"]))
    push(doc, commands.duplicate(doc, ["db-1"]))
    copies = [d for d in topo.devices if d.id.startswith("db-1-copy")]
    assert [d.id for d in copies] == ["db-1-copy", "db-1-copy-2"]
    assert [d.interfaces[0].ip for d in copies] == ["10.10.2.2/24", "10.10.2.3/24"]
    assert copies[0].host == "esxi-3"


def test_paste_renames_clashing_ids_and_readdresses(doc):
    topo = doc.topology
    push(doc, commands.move_items(doc, {"esxi-3": (100, 100)}))
    text = commands.copy_text(topo, ["esxi-3"])
    assert "db-1" in text and "jumpbox" in text  # a host copies the VMs on it
    push(doc, commands.paste(doc, text, (20, 10)))
    new = {d.id: d for d in topo.devices if d.id.endswith("-copy")}
    assert set(new) == {"esxi-3-copy", "db-1-copy", "jumpbox-copy", "worker-2-copy", "web-2-copy"}
    assert new["db-1-copy"].host == "esxi-3-copy"
    assert new["web-2-copy"].node == "worker-2-copy"
    assert new["worker-2-copy"].pod_cidr == "10.1.4.0/24"  # the next free block of icp's range
    assert new["web-2-copy"].ip == "10.1.4.2"  # a pod address in its node's new block
    assert new["worker-2-copy"].vips is None  # the LoadBalancer IP stays with the original"
    assert new["jumpbox-copy"].dns == "ad-dns"  # outside reference kept
    assert new["esxi-3-copy"].interfaces[0].ip == "10.190.21.2/26"
    assert new["db-1-copy"].interfaces[0].ip != "10.10.2.10/24"
    assert topo.layout["esxi-3-copy"] == [120.0, 110.0]
    doc.undo_stack.undo()
    assert not any(d.id.endswith("-copy") for d in topo.devices)


def test_paste_into_another_document_keeps_ids(doc):
    other = Document(Topology(name="empty"))
    text = commands.copy_text(doc.topology, ["icp-ls", "master-1"])
    other.undo_stack.push(commands.paste(other, text))
    assert [n.id for n in other.topology.networks] == ["icp-ls"]
    assert other.topology.device("master-1").interfaces[0].ip == "10.10.1.11/24"
    assert other.topology.device("master-1").host is None  # esxi-1 is not in that file
    with pytest.raises(ValueError, match="clipboard"):
        commands.paste(other, "just: [text")


# -- fields and rows -------------------------------------------------------------------------

def test_set_field_nat_translate_ip_is_one_undo_step(doc):
    push(doc, commands.set_field(doc, "esg", "nat[0].translate.ip", "10.10.1.21"))
    assert doc.topology.device("esg").nat[0].translate.ip == "10.10.1.21"
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert doc.topology.device("esg").nat[0].translate.ip == "10.10.1.100"


def test_set_field_paths_coercion_and_errors(doc):
    topo = doc.topology
    push(doc, commands.set_field(doc, "cluster:icp", "services[1].ports[0].node_port", "30081"))
    assert topo.cluster("icp").services[1].ports[0].node_port == 30081
    push(doc, commands.set_field(doc, "public-dns", 'records["web.example.com"]', "198.51.100.9"))
    assert topo.device("public-dns").records["web.example.com"] == "198.51.100.9"
    push(doc, commands.set_field(doc, "", "settings.vxlan_port", 8472))
    assert topo.settings.vxlan_port == 8472
    push(doc, commands.set_field(doc, "dlr", "firewall.default", "deny"))  # creates the firewall
    assert topo.device("dlr").firewall == Firewall(default="deny")
    push(doc, commands.set_field(doc, "flow:flow2-web-to-db", "from", "jumpbox"))
    assert topo.flow("flow2-web-to-db").source == "jumpbox"
    push(doc, commands.set_field(doc, "esg", "label", ""))
    assert topo.device("esg").label is None
    with pytest.raises(ValueError, match="whole number"):
        commands.set_field(doc, "icp-ls", "mtu", "big")
    with pytest.raises(ValueError, match="no field 'colour'"):
        commands.set_field(doc, "esg", "colour", "red")
    with pytest.raises(ValueError, match="no row 9"):
        commands.set_field(doc, "esg", "interfaces[9].ip", "1.2.3.4/24")
    with pytest.raises(ValueError, match="cannot be empty"):
        commands.set_field(doc, "esg", "nat[0].name", "")
    assert topo.device("dlr").firewall is not None  # failed edits leave the model alone
    undo_all(doc)
    assert same(topo, sample())


def test_set_field_id_renames(doc):
    push(doc, commands.set_field(doc, "db-ls", "id", "db-net"))
    assert doc.topology.device("db-1").interfaces[0].network == "db-net"


def test_list_rows_add_move_remove(doc):
    topo = doc.topology
    rules = topo.device("esg").firewall.rules
    names = [r.name for r in rules]
    push(doc, commands.add_list_item(doc, "esg", "firewall.rules", index=0))
    assert rules[0].name == "rule-7" and rules[0].action == "allow"
    push(doc, commands.move_list_item(doc, "esg", "firewall.rules", 0, 6))
    assert rules[6].name == "rule-7"
    push(doc, commands.remove_list_item(doc, "esg", "firewall.rules", 6))
    assert [r.name for r in rules] == names
    push(doc, commands.add_list_item(doc, "bcr", "nat"))  # the list did not exist yet
    assert topo.device("bcr").nat[0].type == "dnat"
    undo_all(doc)
    assert topo.device("bcr").nat is None and [r.name for r in rules] == names


def test_consecutive_moves_merge_into_one_step(doc):
    push(doc, commands.move_items(doc, {"esg": (1, 1)}))
    push(doc, commands.move_items(doc, {"esg": (5, 6)}))
    push(doc, commands.move_items(doc, {"dlr": (0, 0)}))
    assert doc.undo_stack.count() == 2
    doc.undo_stack.undo()
    assert doc.topology.layout == {"esg": [5.0, 6.0]}
    doc.undo_stack.undo()
    assert doc.topology.layout == {}


def test_add_flow(doc):
    flow = Flow(id="f-new", source="ent-user", to="10.10.2.10", protocol="tcp", port=22)
    push(doc, commands.add_flow(doc, flow))
    assert doc.topology.flows[-1] is flow
    with pytest.raises(ValueError, match="already used"):
        commands.add_flow(doc, Flow(id="f-new", source="a", to="b"))


def test_renaming_an_interface_or_service_updates_the_rules_naming_it(doc):
    topo = doc.topology
    push(doc, commands.set_field(doc, "esg", "interfaces[0].name", "public"))
    assert [r.match.interface for r in topo.device("esg").nat] == [
        "public", "public", "public", "uplink-private", "uplink-private"]
    push(doc, commands.set_field(doc, "cluster:icp", "services[0].name", "web-svc"))
    rules = topo.cluster("icp").ingresses[0].rules
    assert [r.service for r in rules] == ["web-svc", "web-svc"]
    assert doc.undo_stack.count() == 2
    undo_all(doc)
    assert same(topo, sample())


def test_moving_an_interface_to_another_network_readdresses_it(doc):
    topo = doc.topology
    push(doc, commands.set_field(doc, "jumpbox", "interfaces[0].network", "icp-ls"))
    itf = topo.device("jumpbox").interfaces[0]
    assert (itf.network, itf.ip, itf.gateway) == ("icp-ls", "10.10.1.2/24", "10.10.1.1")
    assert doc.undo_stack.count() == 1
    doc.undo_stack.undo()
    assert (itf.network, itf.ip, itf.gateway) == ("db-ls", "10.10.2.20/24", "10.10.2.1")


def test_delete_a_cluster_and_a_flow_and_no_op_edits_leave_no_step(doc):
    topo = doc.topology
    push(doc, commands.delete(doc, ["cluster:icp", "flow:icp-image-pull"]))
    assert topo.kubernetes == [] and topo.flow("icp-image-pull") is None
    assert topo.device("master-1").cluster is None and topo.zone("icp") is not None
    push(doc, commands.rename(doc, "esg", "esg"))
    push(doc, commands.set_field(doc, "esg", "label", "ICP NSX Edge (ESG)"))
    assert doc.undo_stack.count() == 1
    push(doc, commands.set_field(doc, "", "name", "Renamed"))
    assert topo.name == "Renamed"
    undo_all(doc)
    assert same(topo, sample())
