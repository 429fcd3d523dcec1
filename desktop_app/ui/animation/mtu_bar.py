"""Frame size against the segment's MTU, one coloured block per encapsulation's overhead."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop_app.engine import Hop

from .encapsulation import LAYER_COLOURS

INNER_COLOUR = "#64748B"


def _colour(layer: str) -> str:
    if layer.startswith("VXLAN"):
        return LAYER_COLOURS["VXLAN"]
    if "IPsec" in layer:
        return LAYER_COLOURS["IPsec"]
    if "GRE" in layer:
        return LAYER_COLOURS["GRE"]
    if "IP-in-IP" in layer:
        return LAYER_COLOURS["IP-in-IP"]
    return INNER_COLOUR


def mtu_text(hop: Hop) -> str:
    """The sentence under the bar (also the widget's accessible text)."""
    step = next((s for s in hop.steps if s.type == "mtu"), None)
    if step is None:
        if hop.frame_bytes:
            return QCoreApplication.translate(
                "MtuBar", "Frame {size} B, handed over inside the machine (no wire, no MTU)."
            ).format(size=hop.frame_bytes)
        return QCoreApplication.translate("MtuBar", "Nothing sent from this hop.")
    parts = dict(step.extra).get("breakdown") or []
    size = sum(p["bytes"] for p in parts)
    text = QCoreApplication.translate("MtuBar", "IP packet {size} B on {network} (MTU {mtu})")\
        .format(size=size, network=hop.out_network, mtu=hop.mtu)
    if len(parts) > 1:
        text += " = " + " + ".join(f"{p['layer']} {p['bytes']}" for p in parts)
    if hop.frame_bytes:
        text += QCoreApplication.translate(
            "MtuBar", "; frame {size} B with the outer Ethernet header").format(
            size=hop.frame_bytes)
    if hop.mtu and size > hop.mtu:
        text += QCoreApplication.translate("MtuBar", " — {over} B too big").format(
            over=size - hop.mtu)
    return QCoreApplication.translate("MtuBar", "{sentence}.").format(sentence=text)


class MtuBar(QWidget):
    """A bar as wide as the larger of the packet and the MTU, with a line at the MTU."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("hop_mtu")
        self.parts: list[tuple[str, int]] = []
        self.mtu = 0
        self.text = ""
        self.hop: Hop | None = None
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)  # the sentence wraps: taller when narrower
        self.setSizePolicy(policy)
        self.retranslate()

    def retranslate(self) -> None:
        self.setToolTip(self.tr("The outermost IP packet against the MTU of the segment it is "
                                "sent on, with the overhead each encapsulation adds."))
        if self.hop is not None:
            self.show_hop(self.hop)

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_hop(self, hop: Hop | None) -> None:
        self.parts, self.mtu = [], 0
        self.text = ""
        self.hop = hop
        if hop is not None:
            step = next((s for s in hop.steps if s.type == "mtu"), None)
            if step is not None:
                self.parts = [(p["layer"], int(p["bytes"]))
                              for p in dict(step.extra).get("breakdown") or []]
                self.mtu = hop.mtu or 0
            self.text = mtu_text(hop)
        self.setAccessibleDescription(self.text)
        self.updateGeometry()
        self.update()

    def _text_height(self, width: float) -> float:
        # Laid out as painted, so lines in a fallback font (CJK glyphs are taller) count.
        m = QFontMetricsF(self.font())
        box = m.boundingRect(QRectF(0, 0, max(1.0, width - 8), 1e6), Qt.TextFlag.TextWordWrap,
                             self.text or " ")
        return max(box.height(), m.height())

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        bar = QFontMetricsF(self.font()).height() * 1.5 + 4 if self.parts else 0
        return int(4 + bar + self._text_height(width)) + 6

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(300, self.heightForWidth(self.width() if self.width() > 50 else 300))

    def paintEvent(self, event) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        m = QFontMetricsF(self.font())
        pal = self.palette()
        w = self.width() - 8
        y = 4.0
        if self.parts:
            total = sum(n for _, n in self.parts)
            scale_max = max(total, self.mtu) * 1.04 or 1
            bar_h = m.height() * 1.5
            x = 4.0
            # Overheads are tiny next to an MTU: give each block at least room for its name.
            for layer, n in self.parts:
                bw = max(w * n / scale_max, m.horizontalAdvance(f"{n}") + 8)
                rect = QRectF(x, y, bw, bar_h)
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(QColor(_colour(layer)))
                p.drawRect(rect)
                p.setPen(QColor("white"))
                label = f"{layer} {n}" if m.horizontalAdvance(f"{layer} {n}") + 6 < bw else f"{n}"
                p.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)
                x += bw
            if self.mtu:
                mx = 4 + w * self.mtu / scale_max
                over = total > self.mtu
                p.setPen(QPen(QColor("#B91C1C" if over else "#111827"), 2.0))
                p.drawLine(int(mx), int(y - 2), int(mx), int(y + bar_h + 2))
                label = f"MTU {self.mtu}"
                lx = min(mx + 4, self.width() - m.horizontalAdvance(label) - 4)
                if lx < mx and mx - m.horizontalAdvance(label) - 4 > x:
                    lx = mx - m.horizontalAdvance(label) - 4
                p.setPen(pal.color(QPalette.ColorRole.Text))
                p.drawText(QRectF(lx, y, m.horizontalAdvance(label) + 2, bar_h),
                           Qt.AlignmentFlag.AlignVCenter, label)
            y += bar_h + 4
        p.setPen(pal.color(QPalette.ColorRole.Text))
        p.drawText(QRectF(4, y, w, self._text_height(self.width())), Qt.TextFlag.TextWordWrap,
                   self.text)
