"""What the web page plays, as one JSON-ready value: traces, their paths, bytes and words.

Each flow carries its trace exactly as ``hybridviz trace --json`` prints it
(``hybridviz-trace/1``, with ``reply`` and ``conversation`` when the engine gives them), and
beside it what the page cannot work out alone: where each hop sits on the diagram and the legs
between them (``desktop_app.diagram.flow_path``, as the app's token moves), where the hop
numbers go, the frame's bytes (``desktop_app.export.wire``, as the app's hex view) and the
sentences in the reader's language. Reply hops are read back from the JSON, so a reply plays
whatever shape of engine wrote it, as long as its hops are hops.
"""

from __future__ import annotations

from typing import Any

from desktop_app.diagram import geometry
from desktop_app.diagram.canvas_words import Translate
from desktop_app.diagram.flow_path import flow_path
from desktop_app.diagram.overlay import badge_positions, flow_area
from desktop_app.engine import headers as hd
from desktop_app.engine.trace import Hop, Step, Trace
from desktop_app.export.wire import dissect
from desktop_app.model.topology import Flow, Topology

from .trace_text import hop_summary, step_text, trace_detail

_HEADER_TYPES: dict[str, type] = {cls.type: cls for cls in (
    hd.Ethernet, hd.IPv4, hd.TCP, hd.UDP, hd.ICMP, hd.VXLAN, hd.ESP, hd.GRE, hd.HTTP, hd.Payload)}


def _r(value: float) -> float:
    return round(value, 1)


def _point(p: tuple[float, float]) -> list[float]:
    return [_r(p[0]), _r(p[1])]


def stack_from_json(items: list[dict[str, Any]]) -> hd.HeaderStack:
    """A header stack back from its JSON form (unknown header types are left out)."""
    out = []
    for item in items:
        cls = _HEADER_TYPES.get(str(item.get("type")))
        if cls is None:
            continue
        try:
            out.append(cls(**{k: v for k, v in item.items() if k != "type"}))
        except TypeError:  # a field this version does not know
            continue
    return tuple(out)


def hop_from_json(item: dict[str, Any]) -> Hop:
    """A hop back from its JSON form (steps keep their English sentence)."""
    return Hop(
        index=int(item.get("index", 0)), device=str(item.get("device", "")),
        kind=str(item.get("kind", "")), on_host=item.get("on_host"),
        segment=int(item.get("segment", 0)), in_network=item.get("in_network"),
        out_network=item.get("out_network"),
        steps=[Step(str(s.get("type", "")), str(s.get("text", "")), s.get("rule"))
               for s in item.get("steps", [])],
        headers_in=stack_from_json(item.get("headers_in", [])),
        headers_out=stack_from_json(item.get("headers_out", [])),
        frame_bytes=item.get("frame_bytes"), mtu=item.get("mtu"))


def _reply_hops(trace: Trace, data: dict[str, Any]) -> list[Hop] | None:
    """The reply's hops: the engine's own when it keeps them (their sentences translate),
    else read back from the JSON."""
    items = data.get("reply")
    if not isinstance(items, list) or not items:
        return None
    own = getattr(trace, "reply", None)
    own = getattr(own, "hops", own)
    if isinstance(own, list) and len(own) == len(items) and all(isinstance(h, Hop) for h in own):
        return own
    return [hop_from_json(h) for h in items if isinstance(h, dict)]


def _part(diagram: geometry.Diagram, trace: Trace, tr: Translate) -> dict[str, Any]:
    """Where a list of hops goes on the diagram, and each hop's bytes and sentences."""
    path = flow_path(diagram, trace)
    hops = []
    for hop in trace.hops:
        stack = hop.headers_out or hop.headers_in
        hops.append({
            "hex": dissect(stack).data.hex() if stack else "",
            "steps": [step_text(s, tr) for s in hop.steps],
            "summary": hop_summary(hop, tr),
        })
    return {
        "stops": [_point(p) for p in path.stops],
        "legs": [[_point(p) for p in leg.points] for leg in path.legs],
        "badges": [_point(p) for _, p in badge_positions(diagram, trace, path)],
        "area": [_r(v) for v in flow_area(diagram, trace)],
        "hops": hops,
    }


def flow_data(diagram: geometry.Diagram, flow: Flow | None, trace: Trace,
              tr: Translate) -> dict[str, Any]:
    """One flow of the page: its trace JSON and what the player needs beside it."""
    data = trace.to_json()
    out: dict[str, Any] = {
        "id": flow.id if flow is not None else str(trace.flow.id or ""),
        "label": (flow.label or flow.id) if flow is not None else "",
        "trace": data,
        "detail": trace_detail(trace, tr),
        "request": _part(diagram, trace, tr) if trace.hops else None,
        "reply": None,
    }
    reply = _reply_hops(trace, data)
    if reply:
        out["reply"] = _part(diagram, Trace(trace.flow, trace.disposition, "", reply), tr)
    return out


def names(topology: Topology) -> dict[str, Any]:
    """Labels and kinds of devices and networks, by id (the hops name ids)."""
    return {
        "devices": {d.id: [d.display_label, d.kind] for d in topology.devices},
        "networks": {n.id: [n.display_label, n.kind, n.vni] for n in topology.networks},
    }
