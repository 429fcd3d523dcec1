"""What keeps an SVG file safe and small: user text escaped as text, the icons embedded once
as symbols, and a check that a written file is well-formed XML with no active content (no Qt).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from functools import lru_cache
from xml.parsers import expat

from desktop_app.model.safe_text import xml_safe
from desktop_app.paths import RESOURCES

ICON_DIR = RESOURCES / "icons"


class SvgError(ValueError):
    """The SVG cannot be made (a sentence for the user)."""




def _text(value: str) -> str:
    """User text as XML character data or attribute value (never markup)."""
    if value.isprintable():
        if not ("&" in value or "<" in value or ">" in value or '"' in value):
            return value  # most labels: nothing to escape
    else:  # rare: tabs, line breaks, control characters
        value = xml_safe(value.replace("\t", " ").replace("\r\n", " ")
                             .replace("\n", " ").replace("\r", " "))
    return (value.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


@lru_cache(maxsize=1)
def _icon_names() -> frozenset[str]:
    return frozenset(p.stem for p in ICON_DIR.glob("*.svg"))


@lru_cache(maxsize=64)
def icon_symbol(name: str) -> str | None:
    """``resources/icons/<name>.svg`` as a ``<symbol id="icon-<name>">`` (None if none)."""
    if name not in _icon_names():  # a kind is user text: never a path
        return None
    try:
        root = ET.parse(ICON_DIR / f"{name}.svg").getroot()
    except (OSError, ET.ParseError):
        return None
    for el in root.iter():
        if isinstance(el.tag, str) and el.tag.startswith("{"):
            el.tag = el.tag.split("}", 1)[1]
        el.tail = None  # the file's indentation
        if el.text is not None and not el.text.strip():
            el.text = None
    view_box = root.get("viewBox") or f"0 0 {root.get('width', '48')} {root.get('height', '48')}"
    body = "".join(ET.tostring(child, encoding="unicode").strip() for child in root)
    return f'<symbol id="icon-{name}" viewBox="{_text(view_box)}">{body}</symbol>'


_ACTIVE = re.compile(rb"<\s*(?:[\w.-]+:)?(?:script|foreignObject)\b|<[^>]*\son[\w.-]*\s*=",
                     re.IGNORECASE)


def check_svg(data: bytes) -> None:
    """Well-formed XML with no script, foreign object or event handler, or SvgError."""
    parser = expat.ParserCreate()
    try:
        parser.Parse(data, True)
    except expat.ExpatError as exc:  # would be a bug here; never write a broken file
        raise SvgError(f"the SVG is not well-formed XML ({exc})") from exc
    # Text can hold no "<" (it is escaped) and attribute values no ">", so every "<" opens
    # a tag and every tag ends at the next ">".
    if _ACTIVE.search(data):
        raise SvgError("the SVG contains active content")  # never expected
