"""How the token and its card look at a hop, derived from the trace alone (no widgets).

Its sentences are in the current language (Qt's translator, context ``packet``)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from desktop_app.engine import Hop, Trace
from desktop_app.engine.headers import TCP, UDP, HeaderStack, IPv4
from desktop_app.ui.trace_words import hop_summary, outcome_text, step_text, trace_detail

from .conversation_colours import REPLY_COLOUR, REPLY_MARK
from .encapsulation import LAYER_COLOURS, PacketLayer, connection_colour, packet_layers
from .header_changes import header_changes

MAX_TITLE = 60
MAX_ROW = 64
APP_COLOUR = "#64748B"


@dataclass(frozen=True)
class Look:
    core: str
    rings: tuple[str, ...]  # outermost first
    connection: int  # 1-based, shown in the token's core
    title: str
    rows: tuple[tuple[str, str, str], ...]  # (colour, tag, text)
    footer: str
    alert: bool = False
    layers: tuple[PacketLayer, ...] = ()


def _short(text: str, limit: int = MAX_TITLE) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _rows(layers: list[PacketLayer], core: str) -> list[tuple[str, str, str]]:
    rows = []
    for layer in layers:
        text = f"{layer.src} → {layer.dst}"
        if layer.detail:
            text += f" · {layer.detail}"
        if layer.vlan is not None:
            text += f" · VLAN {layer.vlan}"
        rows.append((core if not layer.is_tunnel else layer.colour,
                     layer.title if layer.is_tunnel else f"IP·{layer.title}", _short(text, MAX_ROW)))
        if layer.app:
            tag = "HTTP" if layer.app.startswith(("GET", "POST", "PUT", "HEAD")) \
                else QCoreApplication.translate("packet", "data")
            rows.append((APP_COLOUR, tag, _short(layer.app, MAX_ROW)))
    return rows


def drop_reason(hop: Hop) -> str:
    drop = next((s for s in reversed(hop.steps) if s.type == "drop"), None)
    return step_text(drop) if drop else ""


def look_at(trace: Trace, index: int, sent: bool, nsx_vnis: Mapping[int, str]) -> Look:
    """The packet at hop ``index``: as it arrived (``sent`` False) or as it leaves."""
    hop = trace.hops[index]
    stack: HeaderStack = hop.headers_out if sent and hop.headers_out else hop.headers_in
    if not stack:
        stack = hop.headers_out
    after = sent and bool(hop.headers_out)
    segment = hop.segment
    if after and index + 1 < len(trace.hops):
        segment = trace.hops[index + 1].segment  # a proxy's output is the new connection
    core = REPLY_COLOUR if hop.direction == "reply" else connection_colour(segment)
    layers = packet_layers(stack, nsx_vnis)
    rings = tuple(layer.colour for layer in layers if layer.is_tunnel)
    last = index == len(trace.hops) - 1
    dropped = last and not trace.ok
    where = hop.device
    if hop.on_host and hop.on_host != hop.device:
        where = QCoreApplication.translate("packet", "{device} (on {host})").format(
            device=hop.device, host=hop.on_host)
    summary = hop_summary(hop)
    if dropped:
        if drop_reason(hop):
            title = QCoreApplication.translate("packet", "✖ DROPPED at {where}").format(where=where)
        else:  # the reply arrived, but the conversation failed there (an RST, a reset)
            title = QCoreApplication.translate("packet", "✖ {outcome} at {where}").format(
                outcome=outcome_text(trace).lstrip("✓✗ "), where=where)
        footer = _short(drop_reason(hop) or trace_detail(trace), MAX_ROW)
    else:
        mark = REPLY_MARK if hop.direction == "reply" else ""
        title = _short(f"{mark}{index} · {where} · {summary}" if summary else f"{mark}{index} · {where}")
        if after:
            footer = (QCoreApplication.translate("packet", "sent on {network}").format(
                network=hop.out_network) if hop.out_network
                else QCoreApplication.translate("packet", "handed over inside the machine"))
            if hop.frame_bytes:
                footer += QCoreApplication.translate("packet", " · {size} B frame").format(
                    size=hop.frame_bytes)
            if hop.mtu:
                footer += f" · MTU {hop.mtu}"
        elif last and trace.ok:
            footer = f"✔ {trace_detail(trace)}"
        else:
            footer = (QCoreApplication.translate("packet", "as received from {network}").format(
                network=hop.in_network) if hop.in_network
                else QCoreApplication.translate("packet", "as received"))
    return Look(core, rings, segment + 1, title, tuple(_rows(layers, core)), footer, dropped,
                tuple(layers))


def nsx_vni_map(topology) -> dict[int, str]:
    """VNI → id of the topology's VXLAN networks (the segments NSX carries)."""
    return {n.vni: n.id for n in topology.networks if n.kind == "vxlan" and n.vni is not None}


@dataclass(frozen=True)
class Rewrite:
    """What a hop visibly did to the packet, for the flash on the canvas."""

    text: str
    colour: str


def _endpoint(ip, transport, which: str) -> str:
    addr = getattr(ip, which)
    port = getattr(transport, "sport" if which == "src" else "dport", None)
    return f"{addr}:{port}" if port is not None else str(addr)


def rewrites(trace: Trace, index: int, nsx_vnis: Mapping[int, str]) -> list[Rewrite]:
    """NAT, kube-proxy DNAT, a proxy's new connection, tunnels pushed and popped at a hop."""
    hop = trace.hops[index]
    out: list[Rewrite] = []
    types = {s.type for s in hop.steps}
    nat_colour = "#EA580C"
    if "proxy" in types and hop.headers_out:
        ip = next((h for h in hop.headers_out if isinstance(h, IPv4)), None)
        seg = trace.hops[index + 1].segment if index + 1 < len(trace.hops) else hop.segment + 1
        if ip is not None:
            text = QCoreApplication.translate("packet", "new connection {src} → {dst}").format(
                src=ip.src, dst=ip.dst)
            out.append(Rewrite(text, connection_colour(seg)))
    elif hop.headers_in and hop.headers_out:
        ch = header_changes(hop.headers_in, hop.headers_out)
        pairs = dict(ch.pairs)
        ips = [i for i, h in enumerate(hop.headers_in) if isinstance(h, IPv4) and i in pairs]
        if ips:
            i = ips[-1]  # the innermost IP: the one NAT rewrites
            j = pairs[i]
            before_ip, after_ip = hop.headers_in[i], hop.headers_out[j]
            t_in = next((h for h in hop.headers_in[i + 1:i + 2] if isinstance(h, (TCP, UDP))), None)
            t_out = next((h for h in hop.headers_out[j + 1:j + 2] if isinstance(h, (TCP, UDP))),
                         None)
            for which, label in (("dst", "DNAT"), ("src", "SNAT")):
                a, b = _endpoint(before_ip, t_in, which), _endpoint(after_ip, t_out, which)
                if a != b and getattr(before_ip, which) != getattr(after_ip, which) \
                        and a.split(":")[-1] == b.split(":")[-1] and which == "src":
                    a, b = str(getattr(before_ip, which)), str(getattr(after_ip, which))
                if a != b:
                    rule = next((s.rule for s in hop.steps
                                 if s.type == ("dnat" if which == "dst" else "snat") and s.rule), "")
                    if which == "dst" and "kube-proxy" in types and "dnat" not in types:
                        label, rule = "kube-proxy DNAT", ""
                    name = f"{label} {rule}".strip() if rule and rule != "KUBE-POSTROUTING" else (
                        "MASQUERADE" if rule == "KUBE-POSTROUTING" else label)
                    out.append(Rewrite(f"{name}: {a} → {b}", nat_colour))
    for s in hop.steps:
        layer = dict(s.extra).get("layer")
        if not layer:
            continue
        family = "VXLAN" if layer.startswith("VXLAN") else (
            "Calico VXLAN" if layer.startswith("Calico") else (
                "IPsec" if "IPsec" in layer else ("GRE" if "GRE" in layer else "IP-in-IP")))
        text = (QCoreApplication.translate("packet", "+ {layer} (encapsulate)")
                if s.type == "encapsulate"
                else QCoreApplication.translate("packet", "− {layer} (decapsulate)"))
        out.append(Rewrite(text.format(layer=layer), LAYER_COLOURS.get(family, "#475569")))
    return out
