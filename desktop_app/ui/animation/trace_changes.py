"""What an edit changed in a running trace, in one sentence (no Qt).

After every edit the flow is traced again; comparing the old and the new hop lists tells the
trainer what their edit did: a tunnel that is no longer needed, a firewall rule that now
denies, a different destination, a shorter path.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from desktop_app.engine import Hop, Trace

MAX_NAMES = 3
_HOST_KINDS = ("esxi-host",)


@dataclass(frozen=True)
class TunnelUse:
    """An encapsulation the packet needed: ``VXLAN`` between two machines (not their hosts)."""

    family: str  # VXLAN, IP-in-IP, IPsec, GRE, GRE over IPsec, Calico VXLAN
    layer: str  # as the step names it: VXLAN 5001
    sender: str
    receiver: str


def _family(layer: str) -> str:
    if layer.startswith("Calico VXLAN"):
        return "Calico VXLAN"
    if layer.startswith("VXLAN"):
        return "VXLAN"
    return layer


def _machine_at_or_before(hops: list[Hop], i: int) -> str:
    for h in reversed(hops[: i + 1]):
        if h.kind not in _HOST_KINDS:
            return h.device
    return hops[i].device


def _machine_at_or_after(hops: list[Hop], i: int) -> str:
    for h in hops[i:]:
        if h.kind not in _HOST_KINDS:
            return h.device
    return hops[i].device


def tunnel_uses(trace: Trace) -> list[TunnelUse]:
    """Each encapsulation with the machines on either side of it, in trace order."""
    hops = trace.hops
    open_: list[tuple[str, int]] = []
    uses: list[tuple[int, TunnelUse]] = []
    for h in hops:
        for s in h.steps:
            layer = dict(s.extra).get("layer")
            if not layer:
                continue
            if s.type == "encapsulate":
                open_.append((layer, h.index))
            elif s.type == "decapsulate":
                for k in range(len(open_) - 1, -1, -1):
                    if open_[k][0] == layer:
                        _, start = open_.pop(k)
                        uses.append((start, TunnelUse(_family(layer), layer,
                                                      _machine_at_or_before(hops, start),
                                                      _machine_at_or_after(hops, h.index))))
                        break
    for layer, start in open_:  # dropped inside the tunnel
        uses.append((start, TunnelUse(_family(layer), layer, _machine_at_or_before(hops, start),
                                      hops[-1].device)))
    return [u for _, u in sorted(uses, key=lambda x: x[0])]


def _host_of(trace: Trace, device: str) -> str | None:
    for h in trace.hops:
        if h.device == device and h.on_host:
            return h.on_host
    return None


def _names(items: list[str]) -> str:
    shown = items[:MAX_NAMES]
    more = len(items) - len(shown)
    return ", ".join(shown) + (f" and {more} more" if more > 0 else "")


def _drop_clause(trace: Trace) -> str:
    last = trace.hops[-1] if trace.hops else None
    where = f" at {last.device}" if last else ""
    if trace.disposition == "denied" and last is not None:
        rule = next((s.rule for s in reversed(last.steps) if s.type in ("firewall", "drop")
                     and s.rule), None)
        if rule == "default":
            return f"now denied by the firewall's default policy{where}"
        if rule:
            return f"now denied by firewall rule {rule}{where}"
        return f"now denied{where}"
    return f"now {trace.disposition}{where}: {trace.detail}"


def _delivered_to(trace: Trace) -> str | None:
    return trace.hops[-1].device if trace.delivered and trace.hops else None


def describe_change(old: Trace, new: Trace) -> str:
    """A sentence saying how ``new`` differs from ``old``; empty when they are the same."""
    if old.dumps() == new.dumps():
        return ""
    clauses: list[str] = []
    if new.disposition != old.disposition or (not new.delivered and new.detail != old.detail):
        if new.delivered:
            clauses.append(f"now delivered to {_delivered_to(new)} (was {old.disposition}: "
                           f"{old.detail})")
        else:
            clauses.append(_drop_clause(new))
    elif _delivered_to(new) != _delivered_to(old):
        clauses.append(f"now delivered to {_delivered_to(new)} instead of {_delivered_to(old)}")
    if new.disposition == old.disposition:
        clauses.extend(_path_changes(old, new))
    if not clauses:
        clauses.extend(_same_path_changes(old, new))
    if len(new.hops) != len(old.hops):
        clauses.append(f"hop count {len(old.hops)} → {len(new.hops)}")
    if not clauses:
        clauses.append("same path; the packet's headers differ")
    text = "; ".join(clauses)
    return text[0].upper() + text[1:] + "."


def _path_changes(old: Trace, new: Trace) -> list[str]:
    """Tunnels and devices the packet no longer (or now) crosses."""
    clauses: list[str] = []
    old_uses = Counter((u.family, u.sender, u.receiver) for u in tunnel_uses(old))
    new_uses = Counter((u.family, u.sender, u.receiver) for u in tunnel_uses(new))
    for family, a, b in (old_uses - new_uses):
        reason = ""
        ha, hb = _host_of(new, a), _host_of(new, b)
        if ha and ha == hb and family in ("VXLAN", "Calico VXLAN"):
            reason = f": same host ({ha})"
        clauses.append(f"{family} no longer needed between {a} and {b}{reason}")
    for family, a, b in (new_uses - old_uses):
        reason = ""
        ha, hb = _host_of(new, a), _host_of(new, b)
        if ha and hb and ha != hb and family in ("VXLAN", "Calico VXLAN"):
            reason = f": different hosts ({ha}, {hb})"
        clauses.append(f"now needs {family} between {a} and {b}{reason}")

    old_path = [h.device for h in old.hops if h.kind not in _HOST_KINDS]
    new_path = [h.device for h in new.hops if h.kind not in _HOST_KINDS]
    gone = [d for d in dict.fromkeys(old_path) if d not in new_path]
    came = [d for d in dict.fromkeys(new_path) if d not in old_path]
    if gone:
        clauses.append(f"no longer passes {_names(gone)}")
    if came:
        clauses.append(f"now passes {_names(came)}")
    return clauses


def _same_path_changes(old: Trace, new: Trace) -> list[str]:
    """On an unchanged path, the hops whose actions changed (a NAT rule, a route)."""
    out: list[str] = []
    for a, b in zip(old.hops, new.hops, strict=False):
        if a.device == b.device and a.summary != b.summary:
            out.append(f"at {b.device}: {b.summary or 'nothing'} (was {a.summary or 'nothing'})")
    return out[:MAX_NAMES]
