"""What an endpoint sends back: who listens where, and the reply packet it builds.

A packet reaching an address where nothing listens is answered with TCP RST (UDP: ICMP port
unreachable), not accepted. What listens is explicit: a device's ``ports`` list when it has
one; without it, pods and end hosts (client, vm, dns) accept every port, as an open host
would, while network devices (router, esg, dlr, k8s-node, esxi-host, l2-concentrator) listen
on nothing. ICMP echo is answered by every IP stack.

The reply swaps the addresses and ports as the endpoint saw them: a SYN is answered with a
SYN-ACK carrying the endpoint's own TCP options, a request segment (HTTP) with the response's
first segment, a UDP request with a response, an echo request with an echo reply.
"""

from __future__ import annotations

from desktop_app.model.topology import Device

from .conntrack import transport_index
from .headers import (
    HTTP,
    ICMP,
    PROTO_ICMP,
    TCP,
    UDP,
    Header,
    HeaderStack,
    IPv4,
    Payload,
)
from .packets import INITIAL_TTL, UDP_REQUEST_BYTES, syn_options

OPEN_BY_DEFAULT = frozenset({"pod", "client", "vm", "dns"})
HTTP_RESPONSE = "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"
ECHO_BYTES = 56


def listens(device: Device, protocol: str, port: int | None) -> bool:
    """Whether something on ``device`` accepts a connection to ``port``."""
    if protocol == "icmp" or port is None:
        return True
    if device.ports:
        return port in device.ports
    return device.kind in OPEN_BY_DEFAULT


def reply_to(received: HeaderStack, *, mss: int) -> HeaderStack:
    """The answer to the transport packet in ``received`` (as the endpoint saw it)."""
    i = transport_index(received)
    assert i is not None
    ip, l4 = received[i], received[i + 1]
    assert isinstance(ip, IPv4)
    back = IPv4(ip.dst, ip.src, INITIAL_TTL, ip.protocol, True)
    body: list[Header]
    if isinstance(l4, TCP):
        if l4.flags == "S":
            body = [TCP(l4.dport, l4.sport, "SA", syn_options(mss))]
        else:
            data = any(isinstance(h, HTTP) for h in received[i + 2:])
            body = [TCP(l4.dport, l4.sport, "PA"), HTTP(HTTP_RESPONSE) if data else Payload(UDP_REQUEST_BYTES)]
    elif isinstance(l4, UDP):
        body = [UDP(l4.dport, l4.sport), Payload(UDP_REQUEST_BYTES)]
    else:
        body = [ICMP(0, 0), Payload(ECHO_BYTES)]
    return (back, *body)


def refusal(received: HeaderStack) -> HeaderStack:
    """RST for TCP; ICMP port unreachable (quoting the request) otherwise."""
    i = transport_index(received)
    assert i is not None
    ip, l4 = received[i], received[i + 1]
    assert isinstance(ip, IPv4)
    if isinstance(l4, TCP):
        return (IPv4(ip.dst, ip.src, INITIAL_TTL, ip.protocol, True), TCP(l4.dport, l4.sport, "RA"))
    return unreachable(received, ip.dst)


def unreachable(received: HeaderStack, src: str) -> HeaderStack:
    """ICMP port unreachable (type 3 code 3) from ``src`` about the packet in ``received``."""
    return icmp_error(received, src, 3, 3)


def icmp_error(received: HeaderStack, src: str, icmp_type: int, code: int, mtu: int | None = None) -> HeaderStack:
    """An ICMP error from ``src`` to the sender of the packet in ``received``, quoting it.

    For a tunnel packet the quote is its outermost IP header (the one a router saw).
    """
    ip_at = next((n for n, h in enumerate(received) if isinstance(h, IPv4)), None)
    assert ip_at is not None
    ip = received[ip_at]
    assert isinstance(ip, IPv4)
    nxt = received[ip_at + 1] if ip_at + 1 < len(received) else None
    if isinstance(nxt, ICMP) and nxt.quote:
        nxt = ICMP(nxt.icmp_type, nxt.code)
    quote: tuple[Header, ...] = (ip, nxt) if nxt is not None else (ip,)
    return (IPv4(src, ip.src, INITIAL_TTL, PROTO_ICMP, False), ICMP(icmp_type, code, mtu, quote))
