"""The hop inspector dock: what the selected hop did and what the packet looks like there.

Steps with the rule, route or service behind each; the header stack (as it arrived or as it
leaves) as a Wireshark-style tree with the fields this hop changed highlighted; the frame's
bytes as hex, the field under the cursor highlighted in both views; the frame against the
segment's MTU.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QSplitter,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from desktop_app.diagram.theme_colours import LIGHT, Theme, panel_colours, step_word_colour
from desktop_app.engine import Hop, Trace
from desktop_app.export.wire import Dissection, dissect
from desktop_app.ui.model_words import kind_name
from desktop_app.ui.trace_words import (
    disposition_text,
    rule_text,
    step_text,
    step_type_text,
    trace_detail,
)

from .conversation_colours import REPLY_COLOUR, REPLY_MARK
from .encapsulation import connection_colour
from .header_changes import TRANSLATION_FIELDS, HeaderChanges, header_changes
from .header_tree import HEX_MARKS, HeaderTree
from .hex_view import HexView
from .lesson import LessonView, fits_at, fitting_pixels, lesson_html
from .mtu_bar import MtuBar
from .player import AnimationController

LESSON_START = 0.034  # the lesson's type, as a share of the window's height: 26 px at 768
LESSON_FLOOR = 0.026  # and no smaller than this while it fits: 20 px at 768
def steps_html(hop: Hop, theme: Theme = LIGHT) -> str:
    """The hop's steps as a list: the kind of step, what happened, the rule behind it."""
    rows = []
    rule_word = QCoreApplication.translate("HopInspectorDock", "rule/route:")
    for s in hop.steps:
        colour = step_word_colour(theme, s.type)
        rule = f"<br><i>{escape(rule_word)}</i> <b>{escape(rule_text(s))}</b>" if s.rule else ""
        rows.append(f"<li><b style='color:{colour}'>{escape(step_type_text(s.type))}</b> — "
                    f"{escape(step_text(s))}{rule}</li>")
    return "<ul style='margin-left:-20px'>" + "".join(rows) + "</ul>"


class HopInspectorDock(QDockWidget):
    """Follows the controller's current hop."""

    def __init__(self, controller: AnimationController, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("hop_inspector")
        self.controller = controller
        self.hop_index = -1
        self.sent = True
        self.changes = HeaderChanges()
        self.dissection: Dissection | None = None

        body = QWidget()
        self.pages = QStackedLayout(body)
        detail = QWidget()
        self.pages.addWidget(detail)
        self.lesson = LessonView()
        self.pages.addWidget(self.lesson)
        self.large = False
        self.lesson_pixels = 20
        self.lesson_smaller: dict[int, int] = {}
        self.lesson_brief: set[int] = set()
        layout = QVBoxLayout(detail)
        layout.setContentsMargins(6, 6, 6, 6)
        self.title = QLabel()
        self.title.setObjectName("hop_title")
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.title)
        self.mtu = MtuBar()
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self._build_steps())
        split.addWidget(self._build_headers())
        split.addWidget(self._build_hex())
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 5)
        split.setStretchFactor(2, 2)
        split.setSizes([170, 380, 130])
        layout.addWidget(split, 1)
        layout.addWidget(self.mtu)
        self.setWidget(body)
        self.body = body

        self.sent_button.toggled.connect(self._on_direction)
        self.tree.field_selected.connect(self._on_field)
        self.hex.hovered.connect(self._on_hex_hover)
        self.hex.clicked.connect(self.tree.select_offset)
        controller.hop_changed.connect(self.show_hop)
        controller.trace_changed.connect(self._on_trace)
        self.retranslate()

    def _build_steps(self) -> QWidget:
        """The hop's steps, scrolled when long."""
        self.steps = QLabel()
        self.steps.setObjectName("hop_steps")
        self.steps.setWordWrap(True)
        self.steps.setTextFormat(Qt.TextFormat.RichText)
        self.steps.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.steps.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        steps_scroll = QScrollArea()
        steps_scroll.setWidgetResizable(True)
        steps_scroll.setWidget(self.steps)
        steps_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        return steps_scroll

    def _build_headers(self) -> QWidget:
        """The header tree under an as sent / as received switch."""
        headers = QWidget()
        hl = QVBoxLayout(headers)
        hl.setContentsMargins(0, 0, 0, 0)
        switch = QHBoxLayout()
        self.heading = QLabel()
        switch.addWidget(self.heading)
        self.sent_button = QRadioButton()
        self.sent_button.setObjectName("hop_show_sent")
        self.arrived_button = QRadioButton()
        self.arrived_button.setObjectName("hop_show_received")
        group = QButtonGroup(self)
        group.addButton(self.sent_button)
        group.addButton(self.arrived_button)
        self.sent_button.setChecked(True)
        switch.addWidget(self.sent_button)
        switch.addWidget(self.arrived_button)
        switch.addStretch(1)
        hl.addLayout(switch)
        self.tree = HeaderTree()
        hl.addWidget(self.tree, 1)
        return headers

    def _build_hex(self) -> QWidget:
        """The frame's bytes and the field under the cursor."""
        hex_box = QWidget()
        xl = QVBoxLayout(hex_box)
        xl.setContentsMargins(0, 0, 0, 0)
        self.hex = HexView()
        hex_scroll = QScrollArea()
        hex_scroll.setWidgetResizable(True)
        hex_scroll.setWidget(self.hex)
        xl.addWidget(hex_scroll, 1)
        self.hex_status = QLabel()
        self.hex_status.setObjectName("hop_hex_status")
        xl.addWidget(self.hex_status)
        return hex_box

    def retranslate(self) -> None:
        """Every text again in the current language, the current hop included."""
        self.setWindowTitle(self.tr("Hop inspector"))
        self.heading.setText(self.tr("<b>Headers</b>"))
        self.sent_button.setText(self.tr("as sent"))
        self.sent_button.setToolTip(self.tr("The packet as this hop sends it on"))
        self.arrived_button.setText(self.tr("as received"))
        self.arrived_button.setToolTip(self.tr("The packet as it reached this hop"))
        self._on_trace()
        if self.controller.trace is not None and self.hop_index >= 0:
            was_sent = self.sent
            self.show_hop(self.hop_index)
            if not was_sent and self.arrived_button.isEnabled():
                self.arrived_button.setChecked(True)  # keep the reader's side of the hop

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- following the controller -------------------------------------------------------------
    def _on_trace(self) -> None:
        if self.controller.trace is None:
            self.hop_index = -1
            self.title.setText(self.tr("No flow is playing. Pick a source and a destination in "
                                       "the flow bar, or double-click a saved flow."))
            self.steps.setText("")
            self.tree.clear()
            self.hex.set_data(b"")
            self.hex_status.setText("")
            self.mtu.show_hop(None)
            self.lesson.show_html("")
        elif self.large:
            self.fit_lesson()

    def show_hop(self, index: int) -> None:
        trace = self.controller.trace
        if trace is None or not 0 <= index < len(trace.hops):
            return
        self.hop_index = index
        hop = trace.hops[index]
        self.title.setText(self._title_html(trace, hop))
        self.steps.setText(steps_html(hop, self.controller.scene.style.theme))
        self.changes = header_changes(hop.headers_in, hop.headers_out)
        has_out, has_in = bool(hop.headers_out), bool(hop.headers_in)
        self.sent_button.setEnabled(has_out)
        self.arrived_button.setEnabled(has_in)
        self.sent_button.blockSignals(True)
        self.arrived_button.blockSignals(True)
        self.sent = has_out
        self.sent_button.setChecked(has_out)
        self.arrived_button.setChecked(not has_out)
        self.sent_button.blockSignals(False)
        self.arrived_button.blockSignals(False)
        self._show_headers()
        self.mtu.show_hop(hop)
        if self.large:
            self._show_lesson(index)

    def _lesson(self, index: int, brief: bool = False) -> str:
        trace = self.controller.trace
        assert trace is not None
        return lesson_html(trace, index, self.controller.nsx_vnis,
                           self.controller.scene.style.theme, brief)

    def _colours(self) -> dict[str, str]:
        return panel_colours(self.controller.scene.style.theme)

    def fit_lesson(self) -> None:
        """Choose the lesson's type size for this trace and this strip: the largest at which
        every hop's lesson fits, so the type stays the same from hop to hop."""
        trace = self.controller.trace
        if trace is None or not self.large:
            return
        width, height = self.lesson.text_box()
        if width <= 0 or height <= 0:
            return
        screen = self.window().height()
        start = max(16, round(screen * LESSON_START))
        floor = max(14, round(screen * LESSON_FLOOR))
        room = int(height * 0.98)
        hops = range(len(trace.hops))
        full = [self._lesson(i) for i in hops]
        brief = [self._lesson(i, brief=True) for i in hops]
        # One size for the whole flow: the largest at which each hop fits, in full or (a long
        # hop) without its routine ARP and MTU sentences, which the card's footer also says.
        best = [max(fitting_pixels([f], width, room, start, floor),
                    fitting_pixels([b], width, room, start, floor)) for f, b in zip(full, brief, strict=True)]
        self.lesson_pixels = px = min(best)
        self.lesson_brief = {i for i in hops if not fits_at(full[i], width, room, px)}
        # A hop too long even then gets smaller type of its own: smaller type beats text cut
        # off or scrolled.
        self.lesson_smaller = {i: fitting_pixels([brief[i]], width, room, px, 10)
                               for i in self.lesson_brief
                               if not fits_at(brief[i], width, room, px)}
        if 0 <= self.hop_index < len(trace.hops):
            self._show_lesson(self.hop_index)

    def _show_lesson(self, index: int) -> None:
        self.lesson.set_pixels(self.lesson_smaller.get(index, self.lesson_pixels))
        self.lesson.show_html(self._lesson(index, brief=index in self.lesson_brief))

    def _title_html(self, trace: Trace, hop: Hop) -> str:
        kind = escape(kind_name(hop.kind))
        if hop.on_host and hop.on_host != hop.device:
            kind = self.tr("{kind} on {host}").format(kind=kind, host=escape(hop.on_host))
        title = self.tr("Hop {index} of {last}: {device}").format(
            index=hop.index, last=len(trace.hops) - 1, device=escape(hop.device))
        line = f"<span style='font-size:large'><b>{title}</b></span> <i>({kind})</i>"
        links = []
        if hop.in_network:
            links.append(self.tr("from <b>{network}</b>").format(network=escape(hop.in_network)))
        if hop.out_network:
            links.append(self.tr("to <b>{network}</b>").format(network=escape(hop.out_network)))
        colour = connection_colour(hop.segment)
        conn = self.tr("connection {n}").format(n=hop.segment + 1)
        conn = f"<span style='color:{colour}'>● {conn}</span>"
        details = " · ".join([*links, conn])
        end = ""
        if hop.direction == "reply":
            reply = self.tr("reply")
            details = f"<span style='color:{REPLY_COLOUR}'>{REPLY_MARK} {reply}</span> · {details}"
        if hop.state:
            rows = "<br>".join(
                self.tr("{entry} <i>(created by {rules})</i>").format(
                    entry=escape(entry.describe()), rules=escape(", ".join(entry.rules) or "—"))
                for entry in hop.state)
            heading = self.tr("Connection table")
            details += f"<br><b>{heading}</b><br><span style='font-family:monospace'>{rows}</span>"
        if hop.index == len(trace.hops) - 1:
            colour = self._colours()["good" if trace.ok else "bad"]
            mark = "✔" if trace.ok else "✖"
            if trace.conversation is not None:  # its sentence starts with the outcome already
                outcome = escape(trace_detail(trace))
            else:
                outcome = self.tr("{disposition}: {detail}").format(
                    disposition=escape(disposition_text(trace.disposition)),
                    detail=escape(trace_detail(trace)))
            end = f"<br><b style='color:{colour}'>{mark} {outcome}</b>"
        return f"{line}<br>{details}{end}"

    def _on_direction(self, sent: bool) -> None:
        self.sent = sent
        self._show_headers()

    def _show_headers(self) -> None:
        trace = self.controller.trace
        if trace is None or self.hop_index < 0:
            return
        hop = trace.hops[self.hop_index]
        stack = hop.headers_out if self.sent else hop.headers_in
        ch = self.changes
        if self.sent:
            changed, note = ch.changed, "was"
            whole = {j: "added" for j in ch.added}
        else:
            changed, note = ch.changed_in, "becomes"
            whole = {i: "removed" for i in ch.removed}
        translated = {(i, k) for i, keys in changed.items() for k in keys
                      if (stack[i].type, k) in TRANSLATION_FIELDS}
        self.dissection = dissect(stack)
        self.tree.show_stack(self.dissection, changed, whole, translated, note)
        marks: list[tuple[int, int, str]] = []
        for layer in self.dissection.layers:
            state = whole.get(layer.index)
            if state:
                marks.append((layer.start, layer.end, HEX_MARKS[state]))
                continue
            for f in layer.fields:
                if f.key and f.key in changed.get(layer.index, {}):
                    key = "translated" if (layer.index, f.key) in translated else "changed"
                    marks.append((f.start, f.end, HEX_MARKS[key]))
        self.hex.set_data(self.dissection.data, marks)
        direction = self.tr("sent") if self.sent else self.tr("received")
        heading = self.tr("<b>Headers</b> ({0} B {1})").format(len(self.dissection.data),
                                                               direction)
        if self.sent and any(s.type == "proxy" for s in hop.steps):
            heading += self.tr(" — <b>a new connection</b>, opened by this proxy")
        self.heading.setText(heading)
        self.hex_status.setText(self.tr("Point at a byte to see its field."))

    # -- linking tree and hex ------------------------------------------------------------------
    def _on_field(self, start: int, end: int) -> None:
        self.hex.set_selection(start, end)
        item = self.tree.currentItem()
        if item is not None:
            self.hex_status.setText(self.tr("{0} — bytes {1}–{2}").format(
                item.text(0).split("   ")[0], start, end - 1))

    def _on_hex_hover(self, offset: int) -> None:
        if self.dissection is None or offset < 0:
            self.hex.set_hover_range(None)
            return
        hit = self.dissection.field_at(offset)
        if hit is None:
            self.hex.set_hover_range(None)
            return
        layer, f = hit
        rng = (f.start, f.end) if f else (layer.start, layer.end)
        self.hex.set_hover_range(rng)
        name = f.text if f else layer.title
        self.hex_status.setText(self.tr("byte {0}: {1} › {2}").format(
            offset, layer.title.split(",")[0], name))

    # -- presentation --------------------------------------------------------------------------
    def set_large(self, on: bool) -> None:
        """Fonts readable from the back of a room."""
        font = QFont(self.font())
        base = QFont().pointSizeF()
        font.setPointSizeF(base * 1.7 if on else base)
        self.body.setFont(font)
        self.hex.set_font_size(int(base * 1.7 * 1.33) if on else 0)
        self.mtu.updateGeometry()
        self.large = on
        self.pages.setCurrentIndex(1 if on else 0)
        if on:
            self.fit_lesson()
