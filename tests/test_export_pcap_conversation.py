"""The pcapng of a conversation, checked by tshark: both directions in time order, a SYN and
a SYN-ACK whose addresses mirror at the client, and ICMP errors quoting the original header."""

from __future__ import annotations

import subprocess
from dataclasses import replace
from pathlib import Path

import pytest

from desktop_app.engine import FlowRequest
from desktop_app.engine.conversation import converse
from desktop_app.export import pcap
from desktop_app.model import load
from desktop_app.paths import REFERENCE_SAMPLE

from .test_export_oracles import tool

FIELDS = ("frame.comment", "ip.src", "ip.dst", "tcp.srcport", "tcp.dstport", "tcp.flags.syn",
          "tcp.flags.ack", "tcp.options.mss_val", "tcp.options.sack_perm", "tcp.options.wscale.shift",
          "icmp.type", "icmp.code", "icmp.mtu", "_ws.malformed", "frame.time_epoch")


def decode(path: Path) -> list[dict[str, list[str]]]:
    cmd = [tool("tshark"), "-n", "-r", str(path), "-o", pcap.ESP_NULL_PREFERENCE, "-T", "fields",
           "-E", "occurrence=a", "-E", "aggregator=|", "-E", "separator=\t"]
    for f in FIELDS:
        cmd += ["-e", f]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True, timeout=60).stdout
    return [{f: (c.split("|") if c else []) for f, c in zip(FIELDS, line.split("\t"), strict=True)}
            for line in out.splitlines()]


@pytest.fixture
def topology():
    return load(REFERENCE_SAMPLE).topology


def test_syn_and_syn_ack_mirror_at_the_client(topology, tmp_path):
    tr = converse(topology, topology.flow("flow2-web-to-db"))
    path = tmp_path / "flow2.pcapng"
    path.write_bytes(pcap.pcapng_bytes(tr))
    rows = decode(path)
    assert len(rows) == len(tr.hops) + len(tr.reply)
    times = [float(r["frame.time_epoch"][0]) for r in rows]
    assert times == sorted(times)
    assert not any(r["_ws.malformed"] for r in rows)
    syn, synack = rows[0], rows[-1]  # leaving web-1, and arriving back at web-1
    assert (syn["tcp.flags.syn"], syn["tcp.flags.ack"]) == (["1"], ["0"])
    assert synack["tcp.flags.syn"] == ["1"] and synack["tcp.flags.ack"] == ["1"]
    assert (synack["ip.src"][-1], synack["ip.dst"][-1]) == (syn["ip.dst"][-1], syn["ip.src"][-1])
    assert (synack["tcp.srcport"], synack["tcp.dstport"]) == (syn["tcp.dstport"], syn["tcp.srcport"])
    assert syn["tcp.options.mss_val"] == ["1440"]  # the pod's Calico MTU 1480 − 40
    assert synack["tcp.options.sack_perm"] and synack["tcp.options.wscale.shift"] == ["7"]
    assert rows[len(tr.hops)]["frame.comment"][0].startswith(f"hop {len(tr.hops)}: db-1")


def test_icmp_fragmentation_needed_quotes_the_original_header(topology, tmp_path):
    next(n for n in topology.networks if n.id == "direct-link").mtu = 1400
    tr = converse(topology, replace(FlowRequest.from_flow(topology.flow("app-via-esg-nat")), size=1450))
    path = tmp_path / "icmp.pcapng"
    path.write_bytes(pcap.pcapng_bytes(tr))
    rows = decode(path)
    errors = [r for r in rows if r["icmp.type"] == ["3"]]
    assert errors and not any(r["_ws.malformed"] for r in rows)
    last = errors[-1]  # as ent-user receives it
    assert last["icmp.code"] == ["4"] and last["icmp.mtu"] == ["1400"]
    # Outer header: router → client; quoted header: the client's original packet.
    assert last["ip.src"] == ["172.16.10.1", "172.16.10.25"]
    assert last["ip.dst"] == ["172.16.10.25", "10.10.9.20"]
    assert last["tcp.dstport"] == ["443"]
