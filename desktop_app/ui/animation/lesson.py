"""The lesson strip of presentation mode: the current hop's sentences and its header stack with
what changed, in type large enough for the back of a room.

The hop inspector shows it in place of its tree, hex and scroll boxes while presenting. The
text wraps and is never scrolled: the type size is chosen once per trace (the largest size at
which every hop's lesson fits the strip), so neither the strip nor its type changes from hop
to hop during a lesson.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from desktop_app.diagram.theme_colours import Theme, panel_colours, step_word_colour
from desktop_app.engine import Hop, Trace
from desktop_app.ui.model_words import kind_name
from desktop_app.ui.trace_words import disposition_text, step_text, step_type_text, trace_detail

from .encapsulation import packet_layers
from .packet_look import rewrites

DOCUMENT_MARGIN = 4  # what QLabel leaves around rich text


ROUTINE = ("switch", "mtu")  # ARP and an MTU that fits: what a brief lesson leaves out


def lesson_html(trace: Trace, index: int, vnis: dict[int, str], theme: Theme,
                brief: bool = False) -> str:
    """One hop's lesson as rich text: where, what it did, what changed, what leaves.
    ``brief`` leaves out the routine sentences (ARP, an MTU that fits) and the list of
    rewrites, which the steps also say (and the badge on the canvas shows)."""
    hop = trace.hops[index]
    colours = panel_colours(theme)

    def step_colour(step_type: str) -> str:
        return step_word_colour(theme, step_type)

    parts = [_heading(trace, hop, colours)]
    steps = "".join(f"<li><b style='color:{step_colour(s.type)}'>"
                    f"{escape(step_type_text(s.type))}</b> — {escape(step_text(s))}</li>"
                    for s in hop.steps if not (brief and s.type in ROUTINE))
    if steps:
        parts.append(f"<ul style='margin-left:-22px; margin-top:4px'>{steps}</ul>")
    changes = [] if brief else rewrites(trace, index, vnis)  # the steps say it too
    if changes:
        rows = "<br>".join(f"<b style='color:{colours['changed']}'>{escape(c.text)}</b>"
                           for c in changes)
        label = QCoreApplication.translate("Lesson", "What changed:")
        parts.append(f"<p style='margin-top:2px'>{escape(label)} {rows}</p>")
    parts.append(_stack(hop, vnis, colours))
    last = index == len(trace.hops) - 1
    if last:
        colour = colours["good"] if trace.ok else colours["bad"]
        mark = "✔" if trace.ok else "✖"
        outcome = QCoreApplication.translate("Lesson", "{disposition}: {detail}").format(
            disposition=disposition_text(trace.disposition), detail=trace_detail(trace))
        parts.append(f"<p><b style='color:{colour}'>{mark} {escape(outcome)}</b></p>")
    return "".join(parts)


def _heading(trace: Trace, hop: Hop, colours: dict[str, str]) -> str:
    title = QCoreApplication.translate("Lesson", "Hop {index} of {last}: {device}").format(
        index=hop.index, last=len(trace.hops) - 1, device=hop.device)
    kind = kind_name(hop.kind)
    if hop.on_host and hop.on_host != hop.device:
        kind = QCoreApplication.translate("Lesson", "{kind} on {host}").format(
            kind=kind, host=hop.on_host)
    where = []
    if hop.in_network:
        where.append(QCoreApplication.translate("Lesson", "from {network}").format(
            network=hop.in_network))
    if hop.out_network:
        where.append(QCoreApplication.translate("Lesson", "to {network}").format(
            network=hop.out_network))
    line = escape(kind) + (" · " + escape(" · ".join(where)) if where else "")
    return (f"<p style='margin-bottom:0'><span style='font-size:large'><b>{escape(title)}</b>"
            f"</span><br><span style='color:{colours['muted']}'>{line}</span></p>")


def _stack(hop: Hop, vnis: dict[int, str], colours: dict[str, str]) -> str:
    sent = bool(hop.headers_out)
    stack = hop.headers_out if sent else hop.headers_in
    layers = packet_layers(stack, vnis)
    if not layers:
        return ""
    heading = (QCoreApplication.translate("Lesson", "The packet leaves as:") if sent
               else QCoreApplication.translate("Lesson", "The packet arrives as:"))
    rows = []
    for layer in layers:
        text = f"{layer.src} → {layer.dst}"
        if layer.detail:
            text += f" · {layer.detail}"
        if layer.vlan is not None:
            text += f" · VLAN {layer.vlan}"
        tag = layer.title if layer.is_tunnel else f"IP · {layer.title}"
        rows.append(f"<b style='color:{_chip(layer.colour, colours)}'>{escape(tag)}</b> "
                    f"{escape(text)}")
        if layer.app:
            rows.append(f"<span style='color:{colours['muted']}'>{escape(layer.app)}</span>")
    return f"<p style='margin-top:2px'>{escape(heading)}<br>{'<br>'.join(rows)}</p>"


def _chip(colour: str, colours: dict[str, str]) -> str:
    """A layer's colour as text colour: the theme's readable variant for the inner packet."""
    return colours["accent"] if colour == "#475569" else colour


def lesson_font(pixels: int) -> QFont:
    """The lesson's type: the default family, semi-condensed where the system has a condensed
    face (more words per line of a narrow strip), at a pixel size."""
    font = QFont()
    font.setStretch(QFont.Stretch.SemiCondensed)
    font.setPixelSize(pixels)
    return font


def fitting_pixels(htmls: list[str], width: int, height: int, start: int, floor: int) -> int:
    """The largest type size (pixels, ``floor`` … ``start``) at which every text fits the box;
    ``floor`` when none does."""
    doc = QTextDocument()
    doc.setDocumentMargin(DOCUMENT_MARGIN)
    for px in range(start, floor - 1, -1):
        doc.setDefaultFont(lesson_font(px))
        doc.setTextWidth(width)
        if all(_height(doc, html) <= height for html in htmls):
            return px
    return floor


def fits_at(html: str, width: int, height: int, pixels: int) -> bool:
    """Whether a lesson fits the box at this type size."""
    doc = QTextDocument()
    doc.setDocumentMargin(DOCUMENT_MARGIN)
    doc.setDefaultFont(lesson_font(pixels))
    doc.setTextWidth(width)
    return _height(doc, html) <= height


def _height(doc: QTextDocument, html: str) -> float:
    doc.setHtml(html)
    return doc.size().height()


class LessonView(QWidget):
    """One wrapped rich-text label in a chosen type size, top-aligned."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lesson")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 4, 6, 4)
        self.text = QLabel()
        self.text.setObjectName("lesson_text")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.text.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        layout.addWidget(self.text, 1)
        self.pixels = 20

    def set_pixels(self, pixels: int) -> None:
        if pixels != self.pixels or self.text.font().pixelSize() != pixels:
            self.pixels = pixels
            self.text.setFont(lesson_font(pixels))

    def text_box(self) -> tuple[int, int]:
        """The room the text has (pixels), inside the margins."""
        m = self.layout().contentsMargins()
        return (self.width() - m.left() - m.right(), self.height() - m.top() - m.bottom())

    def show_html(self, html: str) -> None:
        self.text.setText(html)

    def fits(self) -> bool:
        """Whether the text shown fits the strip at its type size (nothing cut off)."""
        width, height = self.text_box()
        doc = QTextDocument()
        doc.setDocumentMargin(DOCUMENT_MARGIN)
        doc.setDefaultFont(self.text.font())
        doc.setTextWidth(width)
        return _height(doc, self.text.text()) <= height
