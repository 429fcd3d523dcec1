"""The topology carried inside an exported picture or page, read back without Qt.

Every diagram export keeps the topology's file text (as ``writer.dumps`` writes it) inside
itself, so a picture pasted into a wiki or a page mailed to a student opens again in hybridviz
as the topology it shows: a PNG in a text chunk (``hybridviz-topology``, written by Qt as
``tEXt``, ``zTXt`` or ``iTXt``), an SVG in ``<metadata>``, a PDF as an attached file, a
draw.io file in an attribute of ``<mxfile>``, the web page in a JSON script block. ``embedded_text``
finds it by the file's extension; a file without one is a problem said in a sentence.
"""

from __future__ import annotations

import json
import re
import struct
import xml.etree.ElementTree as ET
import zlib

from .messages import (
    BROKEN_EMBEDDED_TOPOLOGY,
    DRAWIO_DIAGRAM,
    NO_EMBEDDED_TOPOLOGY,
    PDF_DOCUMENT,
    PNG_IMAGE,
    SVG_DRAWING,
    WEB_PAGE,
    Word,
)
from .problems import ERROR, Problem, TopologyError

KEY = "hybridviz-topology"  # the PNG text key, the draw.io attribute, the HTML block's id
PDF_NAME = "topology.hybridviz.yaml"  # the attached file's name in a PDF
SVG_NS = "urn:hybridviz:topology"  # the SVG metadata element's namespace
CARRIERS: dict[str, Word] = {".png": PNG_IMAGE, ".svg": SVG_DRAWING, ".pdf": PDF_DOCUMENT,
                               ".drawio": DRAWIO_DIAGRAM, ".html": WEB_PAGE, ".htm": WEB_PAGE}
MAX_TEXT = 50 * 1024 * 1024  # a decompressed topology is never larger than a topology file


class NoTopology(ValueError):
    """The file carries no topology, or one that cannot be read: a template and parameters."""

    def __init__(self, template: str, **params: object):
        super().__init__(template.format(**params))
        self.template = template
        self.params = params


def carrier(path: str) -> Word | None:
    """The kind of export ``path`` names by its extension, or None for a topology file."""
    dot = path.rfind(".")
    return CARRIERS.get(path[dot:].lower()) if dot >= 0 else None


def embedded_text(path: str, data: bytes) -> str:
    """The topology text inside ``data`` (the bytes of ``path``), or ``NoTopology``."""
    kind = carrier(path)
    if kind is None:
        raise ValueError(f"{path} is not an export hybridviz reads topologies from")
    ext = path[path.rfind("."):].lower()
    reader = {".png": _png, ".svg": _svg, ".pdf": _pdf, ".drawio": _drawio, ".html": _html,
              ".htm": _html}[ext]
    try:
        text = reader(data)
    except (ValueError, zlib.error, struct.error, ET.ParseError, UnicodeDecodeError) as exc:
        raise NoTopology(BROKEN_EMBEDDED_TOPOLOGY, format=kind, reason=str(exc)) from None
    if text is None:
        raise NoTopology(NO_EMBEDDED_TOPOLOGY, format=kind)
    return text


def topology_text(path: str, data: bytes) -> str:
    """``embedded_text``, or a ``TopologyError`` that says why there is none."""
    try:
        return embedded_text(path, data)
    except NoTopology as exc:
        raise TopologyError([Problem("", str(exc), ERROR, None, None, path,
                                     template=exc.template,
                                     params=tuple(exc.params.items()))]) from None


def _inflate(data: bytes) -> bytes:
    d = zlib.decompressobj()
    out = d.decompress(data, MAX_TEXT)
    if d.unconsumed_tail:
        raise ValueError("the compressed text is too large")
    return out


def _png(data: bytes) -> str | None:
    if not data.startswith(b"\x89PNG\r\n\x1a\n"):
        raise ValueError("not a PNG image")
    pos = 8
    while pos + 8 <= len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        pos += 12 + length
        if kind not in (b"tEXt", b"zTXt", b"iTXt"):
            if kind == b"IEND":
                break
            continue
        key, _, rest = body.partition(b"\0")
        if key.decode("latin-1") != KEY:
            continue
        if kind == b"tEXt":
            return rest.decode("latin-1")
        if kind == b"zTXt":
            return _inflate(rest[1:]).decode("latin-1")
        compressed, rest = rest[0], rest[2:]  # iTXt: flag, method, language, keyword, text
        _language, _, rest = rest.partition(b"\0")
        _translated, _, text = rest.partition(b"\0")
        return (_inflate(text) if compressed else text).decode("utf-8")
    return None


def _svg(data: bytes) -> str | None:
    root = ET.fromstring(data)
    found = root.find(f".//{{{SVG_NS}}}topology")
    return None if found is None else (found.text or "")


def _drawio(data: bytes) -> str | None:
    root = ET.fromstring(data)
    return root.get(KEY)


_HTML_BLOCK = re.compile(rb'<script type="application/json" id="' + KEY.encode()
                         + rb'">(.*?)</script>', re.DOTALL)


def _html(data: bytes) -> str | None:
    found = _HTML_BLOCK.search(data)
    if found is None:
        return None
    value = json.loads(found.group(1).decode("utf-8"))
    if not isinstance(value, str) or not value:
        return None
    return value


_PDF_FILE = re.compile(rb"/EF\s*<<\s*/F\s+(\d+)\s+0\s+R")


def _pdf(data: bytes) -> str | None:
    """The attached file named ``PDF_NAME``: its file specification points at the stream."""
    if not data.startswith(b"%PDF"):
        raise ValueError("not a PDF")
    for name in (PDF_NAME.encode(), b"\xfe\xff" + PDF_NAME.encode("utf-16-be")):
        at = data.find(name)
        while at >= 0:
            found = _PDF_FILE.search(data, at, at + 2000)
            if found is not None:
                text = _pdf_stream(data, int(found.group(1)))
                if text is not None:
                    return text
            at = data.find(name, at + 1)
    return None


def _pdf_stream(data: bytes, number: int) -> str | None:
    obj = re.search(rb"(?<![0-9])%d\s+0\s+obj" % number, data)
    if obj is None:
        return None
    start = re.compile(rb"stream\r?\n").search(data, obj.end())
    if start is None:
        return None
    if b"/FlateDecode" in data[obj.end():start.start()]:
        body = _inflate(data[start.end():])  # zlib stops where the deflate stream ends
    else:
        end = data.find(b"endstream", start.end())
        body = data[start.end():end].rstrip(b"\r\n")
    return body.decode("utf-8")

