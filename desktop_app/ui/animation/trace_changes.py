"""What an edit changed in a running trace, in one sentence (no widgets).

After every edit the flow is traced again; comparing the old and the new hop lists tells the
trainer what their edit did: a tunnel that is no longer needed, a firewall rule that now
denies, a different destination, a shorter path. The sentence is in the current language
(Qt's translator, context ``changes``).
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from desktop_app.engine import Hop, Trace
from desktop_app.ui.i18n import sentence_case
from desktop_app.ui.trace_words import disposition_text, hop_summary, trace_detail

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
    names = QCoreApplication.translate("changes", ", ").join(shown)
    if more > 0:
        names += QCoreApplication.translate("changes", " and {n} more").format(n=more)
    return names


def _drop_clause(trace: Trace) -> str:
    last = trace.hops[-1] if trace.hops else None
    where = QCoreApplication.translate("changes", " at {device}").format(
        device=last.device) if last else ""
    if trace.disposition == "denied" and last is not None:
        rule = next((s.rule for s in reversed(last.steps) if s.type in ("firewall", "drop")
                     and s.rule), None)
        if rule == "default":
            return QCoreApplication.translate(
                "changes", "now denied by the firewall's default policy{where}").format(where=where)
        if rule:
            return QCoreApplication.translate(
                "changes", "now denied by firewall rule {rule}{where}").format(rule=rule,
                                                                               where=where)
        return QCoreApplication.translate("changes", "now denied{where}").format(where=where)
    return QCoreApplication.translate("changes", "now {disposition}{where}: {detail}").format(
        disposition=disposition_text(trace.disposition), where=where, detail=trace_detail(trace))


def _delivered_to(trace: Trace) -> str | None:
    return trace.hops[-1].device if trace.delivered and trace.hops else None


def describe_change(old: Trace, new: Trace) -> str:
    """A sentence saying how ``new`` differs from ``old``; empty when they are the same."""
    if old.dumps() == new.dumps():
        return ""
    clauses: list[str] = []
    if new.disposition != old.disposition or (not new.delivered and new.detail != old.detail):
        if new.delivered:
            clauses.append(QCoreApplication.translate(
                "changes", "now delivered to {device} (was {disposition}: {detail})").format(
                device=_delivered_to(new), disposition=disposition_text(old.disposition),
                detail=trace_detail(old)))
        else:
            clauses.append(_drop_clause(new))
    elif _delivered_to(new) != _delivered_to(old):
        clauses.append(QCoreApplication.translate(
            "changes", "now delivered to {device} instead of {old}").format(
            device=_delivered_to(new), old=_delivered_to(old)))
    if new.disposition == old.disposition:
        clauses.extend(_path_changes(old, new))
    if not clauses:
        clauses.extend(_same_path_changes(old, new))
    if len(new.hops) != len(old.hops):
        # The source is hop 0, as in the inspector ("Hop 13 of 13") and every export.
        clauses.append(QCoreApplication.translate("changes", "last hop {old} → {new}").format(
            old=len(old.hops) - 1, new=len(new.hops) - 1))
    if not clauses:
        clauses.append(QCoreApplication.translate("changes",
                                                  "same path; the packet's headers differ"))
    text = QCoreApplication.translate("changes", "; ").join(clauses)
    return QCoreApplication.translate("changes", "{sentence}.").format(
        sentence=sentence_case(text))


def _path_changes(old: Trace, new: Trace) -> list[str]:
    """Tunnels and devices the packet no longer (or now) crosses."""
    clauses: list[str] = []
    old_uses = Counter((u.family, u.sender, u.receiver) for u in tunnel_uses(old))
    new_uses = Counter((u.family, u.sender, u.receiver) for u in tunnel_uses(new))
    for family, a, b in (old_uses - new_uses):
        reason = ""
        ha, hb = _host_of(new, a), _host_of(new, b)
        if ha and ha == hb and family in ("VXLAN", "Calico VXLAN"):
            reason = QCoreApplication.translate("changes", ": same host ({host})").format(host=ha)
        clauses.append(QCoreApplication.translate(
            "changes", "{tunnel} no longer needed between {a} and {b}{reason}").format(
            tunnel=family, a=a, b=b, reason=reason))
    for family, a, b in (new_uses - old_uses):
        reason = ""
        ha, hb = _host_of(new, a), _host_of(new, b)
        if ha and hb and ha != hb and family in ("VXLAN", "Calico VXLAN"):
            reason = QCoreApplication.translate("changes", ": different hosts ({a}, {b})").format(
                a=ha, b=hb)
        clauses.append(QCoreApplication.translate(
            "changes", "now needs {tunnel} between {a} and {b}{reason}").format(
            tunnel=family, a=a, b=b, reason=reason))

    old_path = [h.device for h in old.hops if h.kind not in _HOST_KINDS]
    new_path = [h.device for h in new.hops if h.kind not in _HOST_KINDS]
    gone = [d for d in dict.fromkeys(old_path) if d not in new_path]
    came = [d for d in dict.fromkeys(new_path) if d not in old_path]
    if gone:
        clauses.append(QCoreApplication.translate("changes", "no longer passes {names}").format(
            names=_names(gone)))
    if came:
        clauses.append(QCoreApplication.translate("changes", "now passes {names}").format(
            names=_names(came)))
    return clauses


def _same_path_changes(old: Trace, new: Trace) -> list[str]:
    """On an unchanged path, the hops whose actions changed (a NAT rule, a route)."""
    out: list[str] = []
    for a, b in zip(old.hops, new.hops, strict=False):
        if a.device == b.device and a.summary != b.summary:
            nothing = QCoreApplication.translate("changes", "nothing")
            out.append(QCoreApplication.translate(
                "changes", "at {device}: {now} (was {was})").format(
                device=b.device, now=hop_summary(b) or nothing, was=hop_summary(a) or nothing))
    return out[:MAX_NAMES]
