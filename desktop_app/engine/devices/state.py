"""Connection state on the way back: a reply (or an ICMP error) meets the entry its request
left on a stateful device (the ESG, a node's kube-proxy and Calico NAT) and is translated
back without any rule being looked up (netfilter's conntrack; the NSX Edge's sessions)."""

from __future__ import annotations

from ..conntrack import ConnEntry, quoted_tuple, reverse, tuple_of
from ..headers import TCP, HeaderStack
from ..messages import STATE_RELATED, STATE_REVERSED, STATE_SESSION
from ..trace import Hop
from ..walk import Walk


def reverse_at(walk: Walk, hop: Hop, device_id: str, packet: HeaderStack) -> HeaderStack | None:
    """In a reply walk, the packet translated back by the entry it matches on this device.

    Records the step and the entry on the hop; None when the device holds no matching entry.
    """
    if walk.conntrack is None:
        return None
    entry = walk.conntrack.match(device_id, packet)
    if entry is None:
        return None
    hop.state.append(entry)
    back = reverse(entry, packet)
    rules = ", ".join(entry.rules) or "—"
    quoted = quoted_tuple(packet)
    if quoted is not None:
        original = quoted_tuple(back)
        walk.step(hop, "state", STATE_RELATED, rule=_rule(entry), quoted=quoted, original=original)
    elif entry.translated:
        walk.step(hop, "state", STATE_REVERSED, rule=_rule(entry), reply=tuple_of(packet), back=tuple_of(back),
                  rules=rules)
    else:
        walk.step(hop, "state", STATE_SESSION, rule=_rule(entry), reply=tuple_of(packet), rules=rules)
    return back


def invalid_without_session(packet: HeaderStack) -> bool:
    """A TCP segment that opens nothing (no lone SYN) has no business without a session."""
    return len(packet) > 1 and isinstance(packet[1], TCP) and packet[1].flags != "S"


def _rule(entry: ConnEntry) -> str:
    return entry.rules[0] if entry.rules else "conntrack"
