"""What differs between two traces of one flow, as one plain sentence.

After every edit the desktop app says what the edit did to the flow being played; ``hybridviz
diff`` says the same of every flow between two versions of a file. Both build the sentence
here: clauses are ``Phrase`` values (a template from ``messages``, context ``changes``, and
its parameters), so the command line says them in English and the window in the reader's
language (``desktop_app.ui.animation.trace_changes``).

Parameters that are words in their own right stay typed: a ``Disposition``, a ``Step`` (the
trace's reason), a ``Hop`` (its summary), ``Names`` (a few devices and "and N more") and a
nested ``Phrase``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .messages import (
    CHANGE_AT,
    CHANGE_AT_HOP,
    CHANGE_CLAUSE_SEPARATOR,
    CHANGE_DELIVERED_INSTEAD,
    CHANGE_DENIED,
    CHANGE_DENIED_DEFAULT,
    CHANGE_DENIED_RULE,
    CHANGE_DIFFERENT_HOSTS,
    CHANGE_HEADERS_ONLY,
    CHANGE_LAST_HOP,
    CHANGE_MORE,
    CHANGE_NAME_SEPARATOR,
    CHANGE_NO_LONGER_PASSES,
    CHANGE_NOTHING,
    CHANGE_NOW_DELIVERED,
    CHANGE_NOW_DISPOSITION,
    CHANGE_NOW_PASSES,
    CHANGE_SAME_HOST,
    CHANGE_SENTENCE,
    CHANGE_TUNNEL_GONE,
    CHANGE_TUNNEL_NEW,
)
from .trace import Hop, Step, Trace

MAX_NAMES = 3
_HOST_KINDS = ("esxi-host",)


class Disposition(str):
    """A disposition id (``no-route``) that a view names in its own words."""

    __slots__ = ()


@dataclass(frozen=True)
class Names:
    """Devices, shown as the first ``MAX_NAMES`` and "and N more"."""

    items: tuple[str, ...]


@dataclass(frozen=True)
class Phrase:
    template: str
    params: tuple[tuple[str, Any], ...] = ()


def phrase(template: str, **params: Any) -> Phrase:
    return Phrase(template, tuple(params.items()))


@dataclass(frozen=True)
class Change:
    """The clauses of a change sentence, in order."""

    clauses: tuple[Phrase, ...]

    def english(self) -> str:
        return render(self, _english_template, english_value, str.upper)


# -- rendering --------------------------------------------------------------------------------
def render(change: Change, translate: Callable[[str], str], value: Callable[[Any], str],
           capitalise: Callable[[str], str]) -> str:
    """The sentence: ``translate`` says a ``changes`` template, ``value`` a typed parameter."""
    text = translate(CHANGE_CLAUSE_SEPARATOR).join(
        render_phrase(p, translate, value) for p in change.clauses)
    return translate(CHANGE_SENTENCE).format(sentence=capitalise(text[:1]) + text[1:])


def render_phrase(p: Phrase, translate: Callable[[str], str], value: Callable[[Any], str]) -> str:
    values: dict[str, Any] = {}
    for key, v in p.params:
        if isinstance(v, Phrase):
            values[key] = render_phrase(v, translate, value)
        elif isinstance(v, Names):
            shown = v.items[:MAX_NAMES]
            text = translate(CHANGE_NAME_SEPARATOR).join(shown)
            if len(v.items) > len(shown):
                text += translate(CHANGE_MORE).format(n=len(v.items) - len(shown))
            values[key] = text
        elif isinstance(v, (Disposition, Step, Hop)):
            values[key] = value(v)
        else:
            values[key] = v
    template = translate(p.template)
    try:
        return template.format(**values)
    except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder
        return p.template.format(**values)


def _english_template(template: str) -> str:
    return template


def english_value(v: Any) -> str:
    """A typed parameter in English: a disposition as written, a step's text, a hop's summary."""
    if isinstance(v, Hop):
        return v.summary or CHANGE_NOTHING
    return str(v)


# -- tunnels ----------------------------------------------------------------------------------
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


# -- the sentence -----------------------------------------------------------------------------
def _host_of(trace: Trace, device: str) -> str | None:
    for h in trace.hops:
        if h.device == device and h.on_host:
            return h.on_host
    return None


def _reason(trace: Trace) -> Step | str:
    return trace.reason if trace.reason is not None else trace.detail


def _drop_clause(trace: Trace) -> Phrase:
    last = trace.hops[-1] if trace.hops else None
    where: Phrase | str = phrase(CHANGE_AT, device=last.device) if last else ""
    if trace.disposition == "denied" and last is not None:
        rule = next((s.rule for s in reversed(last.steps) if s.type in ("firewall", "drop")
                     and s.rule), None)
        if rule == "default":
            return phrase(CHANGE_DENIED_DEFAULT, where=where)
        if rule:
            return phrase(CHANGE_DENIED_RULE, rule=rule, where=where)
        return phrase(CHANGE_DENIED, where=where)
    return phrase(CHANGE_NOW_DISPOSITION, disposition=Disposition(trace.disposition),
                  where=where, detail=_reason(trace))


def _delivered_to(trace: Trace) -> str | None:
    return trace.hops[-1].device if trace.delivered and trace.hops else None


def describe_change(old: Trace, new: Trace) -> Change | None:
    """How ``new`` differs from ``old``; None when the two traces are the same."""
    if old.dumps() == new.dumps():
        return None
    clauses: list[Phrase] = []
    if new.disposition != old.disposition or (not new.delivered and new.detail != old.detail):
        if new.delivered:
            clauses.append(phrase(CHANGE_NOW_DELIVERED, device=_delivered_to(new),
                                  disposition=Disposition(old.disposition), detail=_reason(old)))
        else:
            clauses.append(_drop_clause(new))
    elif _delivered_to(new) != _delivered_to(old):
        clauses.append(phrase(CHANGE_DELIVERED_INSTEAD, device=_delivered_to(new),
                              old=_delivered_to(old)))
    if new.disposition == old.disposition:
        clauses.extend(_path_changes(old, new))
    if not clauses:
        clauses.extend(_same_path_changes(old, new))
    if len(new.hops) != len(old.hops):
        # The source is hop 0, as in the inspector ("Hop 13 of 13") and every export.
        clauses.append(phrase(CHANGE_LAST_HOP, old=len(old.hops) - 1, new=len(new.hops) - 1))
    if not clauses:
        clauses.append(phrase(CHANGE_HEADERS_ONLY))
    return Change(tuple(clauses))


def _path_changes(old: Trace, new: Trace) -> list[Phrase]:
    """Tunnels and devices the packet no longer (or now) crosses."""
    clauses: list[Phrase] = []
    old_uses = Counter((u.family, u.sender, u.receiver) for u in tunnel_uses(old))
    new_uses = Counter((u.family, u.sender, u.receiver) for u in tunnel_uses(new))
    for family, a, b in (old_uses - new_uses):
        reason: Phrase | str = ""
        ha, hb = _host_of(new, a), _host_of(new, b)
        if ha and ha == hb and family in ("VXLAN", "Calico VXLAN"):
            reason = phrase(CHANGE_SAME_HOST, host=ha)
        clauses.append(phrase(CHANGE_TUNNEL_GONE, tunnel=family, a=a, b=b, reason=reason))
    for family, a, b in (new_uses - old_uses):
        reason = ""
        ha, hb = _host_of(new, a), _host_of(new, b)
        if ha and hb and ha != hb and family in ("VXLAN", "Calico VXLAN"):
            reason = phrase(CHANGE_DIFFERENT_HOSTS, a=ha, b=hb)
        clauses.append(phrase(CHANGE_TUNNEL_NEW, tunnel=family, a=a, b=b, reason=reason))

    old_path = [h.device for h in old.hops if h.kind not in _HOST_KINDS]
    new_path = [h.device for h in new.hops if h.kind not in _HOST_KINDS]
    gone = tuple(d for d in dict.fromkeys(old_path) if d not in new_path)
    came = tuple(d for d in dict.fromkeys(new_path) if d not in old_path)
    if gone:
        clauses.append(phrase(CHANGE_NO_LONGER_PASSES, names=Names(gone)))
    if came:
        clauses.append(phrase(CHANGE_NOW_PASSES, names=Names(came)))
    return clauses


def _same_path_changes(old: Trace, new: Trace) -> list[Phrase]:
    """On an unchanged path, the hops whose actions changed (a NAT rule, a route)."""
    out: list[Phrase] = []
    for a, b in zip(old.hops, new.hops, strict=False):
        if a.device == b.device and a.summary != b.summary:
            out.append(phrase(CHANGE_AT_HOP, device=b.device, now=b, was=a))
    return out[:MAX_NAMES]
