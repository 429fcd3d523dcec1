"""Frame size against a segment's MTU, with the overhead of each encapsulation named."""

from __future__ import annotations

from .headers import ESP, GRE, UDP, VXLAN, HeaderStack, IPv4, ip_packet_bytes, stack_bytes


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
    layers.append(("inner IP packet", stack_bytes(stack[ips[-1]:])))
    return layers


def _name(chunk: HeaderStack) -> str:
    kinds = [type(h) for h in chunk]
    if VXLAN in kinds:
        return "VXLAN"
    if ESP in kinds and GRE in kinds:
        return "GRE over IPsec"
    if ESP in kinds and UDP in kinds:
        return "IPsec ESP in UDP"
    if ESP in kinds:
        return "IPsec ESP"
    if GRE in kinds:
        return "GRE"
    return "IP-in-IP"


def describe(stack: HeaderStack, mtu: int, network: str) -> tuple[bool, str, list[dict[str, object]]]:
    """Whether the outermost IP packet fits, a sentence, and the breakdown as data."""
    size = ip_packet_bytes(stack)
    layers = encapsulation_layers(stack)
    parts = " + ".join(f"{name} {n:,}" for name, n in reversed(layers)) if len(layers) > 1 else ""
    fits = size <= mtu
    relation = "≤" if fits else ">"
    text = f"IP packet {size:,} B {relation} MTU {mtu:,} of {network}"
    if parts:
        text += f" ({parts})"
    breakdown = [{"layer": name, "bytes": n} for name, n in layers]
    return fits, text, breakdown
