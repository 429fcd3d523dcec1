"""What a packet looks like from outside: its tunnel layers around the inner packet (no widgets).

The token on the canvas draws one ring per tunnel layer and the card beside it one row per
layer, both from ``packet_layers(stack)``; the colours live here so the legend, the token,
the card and the timeline agree.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop_app.engine.headers import (
    ESP,
    GRE,
    HTTP,
    ICMP,
    IPSEC_NAT_T_PORT,
    TCP,
    UDP,
    VXLAN,
    Ethernet,
    HeaderStack,
    IPv4,
    Payload,
)

# One colour per tunnel kind; VXLAN shares the hue of VXLAN networks on the canvas.
LAYER_COLOURS = {
    "VXLAN": "#059669",
    "Calico VXLAN": "#0891B2",
    "IP-in-IP": "#7C3AED",
    "IPsec": "#DC2626",
    "GRE": "#DB2777",
}
LEGEND = (  # the texts are marked for translation; the legend shows them translated
    ("VXLAN", QT_TRANSLATE_NOOP("packet", "NSX VXLAN (VTEP to VTEP)")),
    ("IP-in-IP", QT_TRANSLATE_NOOP("packet", "Calico IP-in-IP (node to node)")),
    ("IPsec", QT_TRANSLATE_NOOP("packet", "IPsec ESP (L2 stretch tunnel)")),
    ("GRE", QT_TRANSLATE_NOOP("packet", "GRE (L2 stretch tunnel)")),
    ("Calico VXLAN", "Calico VXLAN"),
)
# The inner packet's colour changes with each new connection (a proxy opens one).
CONNECTION_COLOURS = ("#1D4ED8", "#EA580C", "#0F766E", "#9333EA", "#B45309")

_TRANSPORT_NAMES = {1: "ICMP", 4: "IP-in-IP", 6: "TCP", 17: "UDP", 47: "GRE", 50: "ESP"}


def connection_colour(segment: int) -> str:
    return CONNECTION_COLOURS[segment % len(CONNECTION_COLOURS)]


@dataclass(frozen=True)
class PacketLayer:
    """One tunnel layer (``kind`` in LAYER_COLOURS) or the inner packet (``kind`` ``packet``)."""

    kind: str
    title: str  # "VXLAN 5001", "IP-in-IP", "TCP"
    src: str  # outer addresses of the layer (the inner packet's own for ``packet``)
    dst: str
    detail: str = ""  # "UDP 62159 → 4789", "TCP 61218 → 443"
    vlan: int | None = None  # the 802.1Q tag of the Ethernet frame that carries this layer
    app: str = ""  # what the inner packet carries: "HTTP GET / (Host web.example.com)"

    @property
    def colour(self) -> str:
        return LAYER_COLOURS.get(self.kind, "#475569")

    @property
    def is_tunnel(self) -> bool:
        return self.kind != "packet"


def packet_layers(stack: HeaderStack, nsx_vnis: Mapping[int, str] | None = None
                  ) -> list[PacketLayer]:
    """The stack's tunnel layers outermost first, then the inner packet (if it has an IP).

    ``nsx_vnis`` maps the VNIs of the topology's VXLAN networks to their ids; a VXLAN header
    with another VNI is Calico's.
    """
    nsx_vnis = nsx_vnis or {}
    ips = [i for i, h in enumerate(stack) if isinstance(h, IPv4)]
    if not ips:
        return []
    out: list[PacketLayer] = []
    for start, end in zip(ips, ips[1:], strict=False):
        out.extend(_tunnel(stack, start, end, nsx_vnis))
    out.append(_inner(stack, ips[-1]))
    return out


def tunnel_layers(stack: HeaderStack, nsx_vnis: Mapping[int, str] | None = None
                  ) -> list[PacketLayer]:
    return [layer for layer in packet_layers(stack, nsx_vnis) if layer.is_tunnel]


def _vlan_before(stack: HeaderStack, index: int) -> int | None:
    if index > 0 and isinstance(stack[index - 1], Ethernet):
        return stack[index - 1].vlan  # type: ignore[union-attr]
    return None


def _tunnel(stack: HeaderStack, start: int, end: int, nsx_vnis: Mapping[int, str]
            ) -> list[PacketLayer]:
    ip = stack[start]
    assert isinstance(ip, IPv4)
    chunk = stack[start + 1:end]
    vlan = _vlan_before(stack, start)
    udp = next((h for h in chunk if isinstance(h, UDP)), None)
    vxlan = next((h for h in chunk if isinstance(h, VXLAN)), None)
    esp = next((h for h in chunk if isinstance(h, ESP)), None)
    gre = next((h for h in chunk if isinstance(h, GRE)), None)
    ports = f"UDP {udp.sport} → {udp.dport}" if udp else ""
    if vxlan is not None:
        kind = "VXLAN" if vxlan.vni in nsx_vnis or not nsx_vnis else "Calico VXLAN"
        title = f"VXLAN {vxlan.vni}" if kind == "VXLAN" else f"Calico VXLAN {vxlan.vni}"
        return [PacketLayer(kind, title, ip.src, ip.dst, ports, vlan)]
    layers: list[PacketLayer] = []
    if esp is not None:
        title = QCoreApplication.translate("packet", "IPsec ESP in UDP 4500") \
            if udp and udp.dport == IPSEC_NAT_T_PORT else "IPsec ESP"
        layers.append(PacketLayer("IPsec", title, ip.src, ip.dst,
                                  f"SPI 0x{esp.spi:08x} seq {esp.seq}", vlan))
    if gre is not None:
        layers.append(PacketLayer("GRE", "GRE", ip.src, ip.dst,
                                  f"protocol 0x{gre.protocol:04x}", None if layers else vlan))
    if not layers:
        detail = QCoreApplication.translate("packet", "IP protocol {n}").format(n=4)
        layers.append(PacketLayer("IP-in-IP", "IP-in-IP", ip.src, ip.dst, detail, vlan))
    return layers


def _inner(stack: HeaderStack, index: int) -> PacketLayer:
    ip = stack[index]
    assert isinstance(ip, IPv4)
    rest = stack[index + 1:]
    transport = rest[0] if rest else None
    if isinstance(transport, (TCP, UDP)):
        name = "TCP" if isinstance(transport, TCP) else "UDP"
        detail = f"{name} {transport.sport} → {transport.dport}"
        if isinstance(transport, TCP):
            detail += f" [{transport.flags}]"
    elif isinstance(transport, ICMP):
        name, detail = "ICMP", f"ICMP type {transport.icmp_type}"
    else:
        name = _TRANSPORT_NAMES.get(ip.protocol) or QCoreApplication.translate(
            "packet", "IP protocol {n}").format(n=ip.protocol)
        detail = name
    http = next((h for h in rest if isinstance(h, HTTP)), None)
    payload = next((h for h in rest if isinstance(h, Payload)), None)
    app = ""
    if http is not None:
        lines = [x for x in http.summary.split("\r\n") if x]
        app = lines[0] + "".join(f" · {x}" for x in lines[1:] if not x.startswith("Host:"))
        host = next((x[5:].strip() for x in lines if x.startswith("Host:")), "")
        if host:
            app = f"{lines[0]} (Host {host})" + "".join(
                f" · {x}" for x in lines[1:] if not x.startswith("Host:"))
    elif payload is not None:
        app = QCoreApplication.translate("packet", "{size} B of data").format(size=payload.bytes)
    return PacketLayer("packet", name, ip.src, ip.dst, detail, _vlan_before(stack, index), app)


def describe_layers(layers: list[PacketLayer]) -> str:
    """One line for status bars and tests: ``VXLAN 5001 › IP-in-IP › TCP``."""
    return " › ".join(layer.title for layer in layers)
