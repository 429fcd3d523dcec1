"""Hop tables: a trace as text (terminal), Markdown, CSV and JSON (the FORMAT.md contract).

Names in a trace are the file author's text: in text, Markdown and CSV every cell goes
through ``printable``, so a line break or an escape sequence in a rule's name is written as
``\\n`` or ``\\x1b`` and can neither break the table nor drive a terminal.
"""

from __future__ import annotations

import csv
import io

from desktop_app.engine.headers import ESP, GRE, VXLAN, IPv4
from desktop_app.engine.trace import Hop, Trace
from desktop_app.model.safe_text import printable

COLUMNS = ("#", "device", "on host", "action", "addresses (outer → inner)", "VNI / tunnel", "bytes / MTU")


def addresses(hop: Hop) -> str:
    stack = hop.headers_out or hop.headers_in
    return " | ".join(f"{h.src} → {h.dst}" for h in stack if isinstance(h, IPv4))


def encapsulation(hop: Hop) -> str:
    stack = hop.headers_out or hop.headers_in
    parts = []
    for h in stack:
        if isinstance(h, VXLAN):
            parts.append(f"VXLAN {h.vni}")
        elif isinstance(h, ESP):
            parts.append(f"ESP 0x{h.spi:08x}")
        elif isinstance(h, GRE):
            parts.append("GRE")
        elif isinstance(h, IPv4) and h.protocol == 4:
            parts.append("IP-in-IP")
    return ", ".join(parts)


REPLY_MARK = "↩"  # marks a reply hop's number in tables


def rows(trace: Trace) -> list[list[str]]:
    """One row per hop: the request's, then (a conversation) the reply's, numbered on."""
    out = []
    for h in trace.all_hops:
        size = f"{h.frame_bytes}/{h.mtu}" if h.frame_bytes is not None and h.mtu else (
            str(h.frame_bytes) if h.frame_bytes is not None else "")
        number = f"{REPLY_MARK}{h.index}" if h.direction == "reply" else str(h.index)
        out.append([number, h.device + (f" [{h.segment}]" if h.segment else ""), h.on_host or "",
                    h.summary, addresses(h), encapsulation(h), size])
    return out


def heading(trace: Trace) -> str:
    head = f"{trace.flow.headline(resolved=True)}: {trace.disposition} — {trace.detail}"
    if trace.conversation is not None:
        head += f"\nconversation: {trace.conversation.outcome} — {trace.conversation.detail}"
    return head


def to_text(trace: Trace, width: int = 60) -> str:
    table = [list(COLUMNS)] + [[_clip(printable(c), width) for c in r] for r in rows(trace)]
    widths = [max(len(r[i]) for r in table) for i in range(len(COLUMNS))]
    # The heading's own lines (request, then conversation) stay lines; inside each, escapes.
    lines = [*(printable(line) for line in heading(trace).splitlines()), ""]
    for n, r in enumerate(table):
        lines.append("  ".join(c.ljust(widths[i]) for i, c in enumerate(r)).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines) + "\n"


def to_markdown(trace: Trace) -> str:
    def cell(text: str) -> str:
        return printable(text).replace("|", "\\|")

    lines = [f"**{cell(line)}**" + ("  " if n < len(heading(trace).splitlines()) - 1 else "")
             for n, line in enumerate(heading(trace).splitlines())]
    lines += ["", "| " + " | ".join(COLUMNS) + " |",
             "|" + "---|" * len(COLUMNS)]
    lines += ["| " + " | ".join(cell(c) for c in r) + " |" for r in rows(trace)]
    return "\n".join(lines) + "\n"


def to_csv(trace: Trace) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    both = trace.conversation is not None
    writer.writerow([*COLUMNS, "segment", "in network", "out network", "steps"]
                    + (["direction", "state"] if both else []))
    for h, r in zip(trace.all_hops, rows(trace), strict=True):
        cells = ([*r, h.segment, h.in_network or "", h.out_network or "",
                  " / ".join(f"{s.type}: {s.text}" for s in h.steps)]
                 + ([h.direction, " / ".join(e.describe() for e in h.state)] if both else []))
        writer.writerow([printable(c) if isinstance(c, str) else c for c in cells])
    return buf.getvalue()


def to_json(trace: Trace) -> str:
    return trace.dumps()


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
