"""Put the topology's file text inside an exported SVG, so the picture opens again as a topology.

The reader is ``desktop_app.model.embedded``; the PNG and PDF carriers are written by Qt
(``ui/render/diagram.py``), the draw.io one by ``drawio_layers`` and the web page's by
``web``. An SVG gets one ``<metadata>`` element right after its root's start tag, so the
writer of the drawing itself needs to know nothing about it.
"""

from __future__ import annotations

from desktop_app.model.embedded import SVG_NS

_NOT_XML = {c: "\ufffd" for c in [*range(0x00, 0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0xFFFE, 0xFFFF]}


def xml_text(value: str) -> str:
    """Text as XML character data (``writer.dumps`` never writes a character XML lacks; a
    stray one would break the whole file, so it is replaced all the same)."""
    return (value.translate(_NOT_XML).replace("&", "&amp;").replace("<", "&lt;")
            .replace(">", "&gt;"))


def svg_with_topology(svg: bytes, source: str) -> bytes:
    """``svg`` with ``source`` in a ``<metadata>`` element (unchanged if ``source`` is empty)."""
    if not source:
        return svg
    root = svg.find(b"<svg")
    end = svg.find(b">", root)
    if root < 0 or end < 0:
        return svg
    block = (f'\n<metadata><hv:topology xmlns:hv="{SVG_NS}" format="yaml">'
             f"{xml_text(source)}</hv:topology></metadata>").encode()
    return svg[:end + 1] + block + svg[end + 1:]
