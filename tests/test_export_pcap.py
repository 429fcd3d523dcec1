"""The pcapng export, checked by tshark: every layer the trace shows decodes, with its values."""

from __future__ import annotations

import copy
import struct
import subprocess
from pathlib import Path

import pytest

from desktop_app.engine import Trace, trace
from desktop_app.engine.headers import ESP, GRE, TCP, UDP, VXLAN, Ethernet, IPv4
from desktop_app.export import pcap
from desktop_app.model import load
from desktop_app.paths import REFERENCE_SAMPLE

from .test_export_oracles import tool

SEVERITY_ERROR = 0x00800000  # Wireshark's PI_ERROR
FIELDS = ("frame.comment", "frame.interface_name", "_ws.malformed", "_ws.expert.severity",
          "ip.src", "ip.dst", "ip.ttl", "ip.proto", "ip.len", "ip.checksum.status",
          "udp.srcport", "udp.dstport", "udp.checksum.status", "tcp.srcport", "tcp.dstport",
          "tcp.checksum.status", "vxlan.vni", "esp.spi", "esp.sequence", "gre.proto",
          "eth.src", "eth.dst", "vlan.id")


def _tshark() -> str:
    return tool("tshark")


@pytest.fixture(scope="module")
def topology():
    return load(REFERENCE_SAMPLE).topology


def _decode(path: Path, *extra: str) -> list[dict[str, list[str]]]:
    cmd = [_tshark(), "-n", "-r", str(path),
           "-o", pcap.ESP_NULL_PREFERENCE,
           "-o", "ip.check_checksum:TRUE", "-o", "tcp.check_checksum:TRUE",
           "-o", "udp.check_checksum:TRUE", *extra,
           "-T", "fields", "-E", "occurrence=a", "-E", "aggregator=|", "-E", "separator=\t"]
    for f in FIELDS:
        cmd += ["-e", f]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True, timeout=60).stdout
    rows = []
    for line in out.splitlines():
        cells = line.split("\t")
        rows.append({f: (c.split("|") if c else []) for f, c in zip(FIELDS, cells, strict=True)})
    return rows


def _write(tmp_path: Path, result: Trace, name: str = "flow") -> Path:
    path = tmp_path / f"{name}.pcapng"
    path.write_bytes(pcap.pcapng_bytes(result))
    return path


def _check_against_trace(result: Trace, rows: list[dict[str, list[str]]]) -> None:
    hops = [h for h in result.hops if h.headers_out or h.headers_in]
    assert len(rows) == len(hops)
    for hop, row in zip(hops, rows, strict=True):
        stack = hop.headers_out or hop.headers_in
        where = f"hop {hop.index} ({hop.device})"
        assert row["frame.comment"][0].startswith(f"hop {hop.index}: {hop.device} — "), where
        assert not row["_ws.malformed"], f"{where}: malformed"
        assert all(int(s) < SEVERITY_ERROR for s in row["_ws.expert.severity"]), where
        ips = [h for h in stack if isinstance(h, IPv4)]
        assert row["ip.src"] == [h.src for h in ips], where
        assert row["ip.dst"] == [h.dst for h in ips], where
        assert row["ip.ttl"] == [str(h.ttl) for h in ips], where
        assert row["ip.proto"] == [str(h.protocol) for h in ips], where
        assert row["ip.len"] == [str(h.length) for h in ips], where
        assert set(row["ip.checksum.status"]) <= {"1"}, f"{where}: bad IP checksum"
        udps = [h for h in stack if isinstance(h, UDP)]
        assert row["udp.srcport"] == [str(h.sport) for h in udps], where
        assert row["udp.dstport"] == [str(h.dport) for h in udps], where
        assert set(row["udp.checksum.status"]) <= {"1"}, f"{where}: bad UDP checksum"
        tcps = [h for h in stack if isinstance(h, TCP)]
        assert row["tcp.srcport"] == [str(h.sport) for h in tcps], where
        assert row["tcp.dstport"] == [str(h.dport) for h in tcps], where
        assert row["tcp.checksum.status"] == ["1"] * len(tcps), f"{where}: bad TCP checksum"
        assert row["vxlan.vni"] == [str(h.vni) for h in stack if isinstance(h, VXLAN)], where
        esps = [h for h in stack if isinstance(h, ESP)]
        assert [int(s, 16) for s in row["esp.spi"]] == [h.spi for h in esps], where
        assert row["esp.sequence"] == [str(h.seq) for h in esps], where
        gres = [h for h in stack if isinstance(h, GRE)]
        assert [int(p, 16) for p in row["gre.proto"]] == [h.protocol for h in gres], where
        eths = [h for h in stack if isinstance(h, Ethernet)]
        assert row["eth.src"] == [h.src for h in eths], where
        assert row["vlan.id"] == [str(h.vlan) for h in eths if h.vlan is not None], where


@pytest.fixture(scope="module")
def reference_captures(topology, tmp_path_factory):
    """Every saved flow of the reference sample: its trace and tshark's reading of its capture."""
    folder = tmp_path_factory.mktemp("captures")
    out = {}
    for flow in topology.flows:
        result = trace(topology, flow)
        out[flow.id] = (result, _decode(_write(folder, result, flow.id)))
    return out


def test_every_flow_of_the_reference_sample_decodes_like_the_trace(reference_captures):
    assert len(reference_captures) >= 3
    for result, rows in reference_captures.values():
        _check_against_trace(result, rows)


def test_the_capture_shows_ip_in_ip_vxlan_and_esp(reference_captures):
    """The reference flows really exercise the encodings the oracle checks."""
    protos: set[str] = set()
    vnis: set[str] = set()
    spis: set[str] = set()
    for _result, rows in reference_captures.values():
        for row in rows:
            protos.update(row["ip.proto"])
            vnis.update(row["vxlan.vni"])
            spis.update(row["esp.spi"])
    assert {"4", "17", "6"} <= protos
    assert vnis and spis


@pytest.mark.parametrize("tunnel", ["ipsec", "gre-ipsec", "gre"])
def test_l2_concentrator_tunnels_and_vxlan_8472(topology, tmp_path, tunnel):
    edited = copy.deepcopy(topology)
    for d in edited.devices:
        if d.kind == "l2-concentrator":
            d.tunnel = tunnel
    edited.settings.vxlan_port = 8472
    result = trace(edited, edited.flow("flow3-enterprise-to-vm"))
    assert result.delivered
    path = _write(tmp_path, result)
    rows = _decode(path, "-d", "udp.port==8472,vxlan")
    _check_against_trace(result, rows)
    assert "Decode As UDP 8472 → VXLAN" in rows[0]["frame.comment"][0]
    # The stretched frame inside the tunnel is dissected: the inner addresses show up.
    tunnelled = [r for r in rows if "47" in r["ip.proto"] or "50" in r["ip.proto"]
                 or "4500" in r["udp.dstport"]]
    assert tunnelled and all(r["ip.dst"][-1] == "172.16.50.20" for r in tunnelled)


def test_a_denied_flow_ends_with_the_packet_the_firewall_dropped(topology, tmp_path):
    from desktop_app.engine import FlowRequest

    result = trace(topology, FlowRequest("internet-user", "198.51.100.5", "tcp", 22))
    assert result.disposition == "denied" and not result.hops[-1].headers_out
    rows = _decode(_write(tmp_path, result))
    _check_against_trace(result, rows)
    assert "DROP" in rows[-1]["frame.comment"][0]
    assert rows[-1]["ip.dst"] == ["198.51.100.5"] and rows[-1]["tcp.dstport"] == ["22"]


def test_same_trace_same_bytes(topology):
    flow = topology.flow("flow3-enterprise-to-vm")
    assert pcap.pcapng_bytes(trace(topology, flow)) == pcap.pcapng_bytes(trace(topology, flow))


def test_esp_null_layout_follows_rfc_4303():
    body = b"\xaa" * 35  # 35 + 3 padding + 2 = 40, a multiple of 4
    data = pcap.esp_bytes(ESP(0x1234, 7, trailer=3 + 2 + 12, next_header=143), body)
    spi, seq = struct.unpack("!II", data[:8])
    assert (spi, seq) == (0x1234, 7)
    assert data[8:43] == body
    assert data[43:46] == b"\x01\x02\x03"  # padding 1, 2, 3
    assert data[46:48] == bytes((3, 143))  # pad length, next header (Ethernet)
    assert data[48:] == bytes(12) and len(data) == 60


def test_frames_without_ethernet_go_on_a_raw_ip_interface(topology):
    result = trace(topology, topology.flow("flow1-internet-to-web"))
    captured = pcap.packets(result)
    raw = [p for p in captured if p.linktype == pcap.LINKTYPE_RAW]
    assert raw, "flow 1 passes through a Kubernetes node, which has no Ethernet header inside"
    assert all(p.data[0] >> 4 == 4 for p in raw)
    assert all(p.interface.startswith("inside ") for p in raw)
