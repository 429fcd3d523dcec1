"""Frame size against a segment's MTU, with the overhead of each encapsulation named."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from .headers import (
    ESP,
    GRE,
    UDP,
    VXLAN,
    HeaderStack,
    IPv4,
    Shape,
    ip_packet_bytes,
    stack_bytes,
)
from .messages import (
    ESP_IN_UDP,
    GRE_OVER_IPSEC,
    INNER_PACKET,
    MTU_FITS,
    MTU_FITS_PARTS,
    MTU_TOO_BIG,
    MTU_TOO_BIG_PLAIN,
    Breakdown,
)
from .trace import Step


def encapsulation_layers(stack: HeaderStack) -> list[tuple[str, int]]:
    """``[(name, bytes)]`` of each tunnel layer around the innermost IP packet, outermost first.

    The innermost IP packet itself comes last as ``("inner IP packet", size)``.
    """
    ips = [i for i, h in enumerate(stack) if isinstance(h, IPv4)]
    if not ips:
        return []
    layers: list[tuple[str, int]] = []
    for start, end in zip(ips, ips[1:], strict=False):
        # Bytes from this IP header up to the next one: the tunnel's headers (plus inner
        # Ethernet, and the ESP trailer that ESP's size includes).
        layers.append((_name(stack[start:end]), stack_bytes(stack[start:end])))
    layers.append((INNER_PACKET, stack_bytes(stack[ips[-1]:])))
    return layers


def _name(chunk: HeaderStack) -> str:
    kinds = [type(h) for h in chunk]
    if VXLAN in kinds:
        return "VXLAN"
    if ESP in kinds and GRE in kinds:
        return GRE_OVER_IPSEC
    if ESP in kinds and UDP in kinds:
        return ESP_IN_UDP
    if ESP in kinds:
        return "IPsec ESP"
    if GRE in kinds:
        return "GRE"
    return "IP-in-IP"


@dataclass(frozen=True)
class MtuCheck:
    fits: bool
    size: int  # the outermost IP packet
    template: str
    params: dict[str, Any]
    breakdown: list[dict[str, object]]
    frame_bytes: int  # the whole frame
    said: Step  # the ``mtu`` step saying so: one shared by every hop with this frame shape


def check(stack: HeaderStack, mtu: int, network: str, shape: Shape) -> MtuCheck:
    """Whether the outermost IP packet fits, the sentence saying so, and the breakdown as data.

    The answer depends only on the kinds and sizes of the headers, so it is remembered by that
    ``shape`` (from ``headers.measured``): every hop of every trace checks its frame, and a
    matrix traces thousands.
    """
    key = (shape, mtu, network)
    found = _CHECKED.get(key)
    if found is None:
        if len(_CHECKED) >= _REMEMBER:
            _CHECKED.clear()
        found = _CHECKED[key] = _check(stack, mtu, network)
    return found


_REMEMBER = 4096  # shapes × MTUs × networks: a few hundred even on a large topology
_CHECKED: dict[tuple[Shape, int, str], MtuCheck] = {}


def _check(stack: HeaderStack, mtu: int, network: str) -> MtuCheck:
    size = ip_packet_bytes(stack)
    layers = encapsulation_layers(stack)
    fits = size <= mtu
    params: dict[str, Any] = {"size": size, "mtu": mtu, "network": network}
    if len(layers) > 1:
        params["parts"] = Breakdown(list(reversed(layers)))
        template = MTU_FITS_PARTS if fits else MTU_TOO_BIG
    else:
        template = MTU_FITS if fits else MTU_TOO_BIG_PLAIN
    breakdown = [{"layer": str(name), "bytes": n} for name, n in layers]
    said = Step("mtu", None, None, (("breakdown", breakdown),), template, params)
    return MtuCheck(fits, size, template, params, breakdown, stack_bytes(stack), said)
