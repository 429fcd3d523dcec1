"""The frame's bytes as a hex dump, with the selected field, the hovered field and the changed
fields highlighted; hovering or clicking a byte tells the inspector which one it is."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontDatabase, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop_app.diagram.theme_colours import CHANGE_MARKS, PANEL_LIGHT, SELECTED_BYTES

BYTES_PER_ROW = 16
SELECTED = SELECTED_BYTES[1]
HOVER = CHANGE_MARKS["hover"]


class HexView(QWidget):
    """Offset, 16 bytes in hex and their ASCII, one row per 16 bytes."""

    hovered = Signal(int)  # byte offset under the mouse, -1 when none
    clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("hop_hex")
        self.data = b""
        self.selection: tuple[int, int] | None = None
        self.hover_range: tuple[int, int] | None = None
        self.marks: list[tuple[int, int, str]] = []  # (start, end, colour) for changed fields
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.retranslate()
        self.set_font_size(0)

    def retranslate(self) -> None:
        self.setToolTip(self.tr("The frame's bytes. Point at a byte to see its field; "
                                "click to select it in the header tree."))

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- content -------------------------------------------------------------------------------
    def set_font_size(self, pixels: int) -> None:
        """0 uses the system's fixed font size."""
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        if pixels:
            font.setPixelSize(pixels)
        self._font = QFont(font)
        m = QFontMetrics(self._font)
        self._cw = m.horizontalAdvance("0")
        self._lh = m.height() + 2
        self._ascent = m.ascent()
        self.updateGeometry()
        self.update()

    def set_data(self, data: bytes, marks: list[tuple[int, int, str]] | None = None) -> None:
        self.data = data
        self.marks = marks or []
        self.selection = None
        self.hover_range = None
        self.updateGeometry()
        self.update()

    def set_selection(self, start: int, end: int) -> None:
        self.selection = (start, end) if end > start else None
        self.update()

    def set_hover_range(self, rng: tuple[int, int] | None) -> None:
        if rng != self.hover_range:
            self.hover_range = rng
            self.update()

    # -- geometry ------------------------------------------------------------------------------
    def _rows(self) -> int:
        return max(1, (len(self.data) + BYTES_PER_ROW - 1) // BYTES_PER_ROW)

    def _hex_x(self, col: int) -> int:
        # "0000  " then "xx " per byte with an extra space after eight.
        return self._cw * (6 + col * 3 + (1 if col >= 8 else 0))

    def _ascii_x(self, col: int) -> int:
        return self._cw * (6 + BYTES_PER_ROW * 3 + 2 + col)

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(self._ascii_x(BYTES_PER_ROW) + 8, self._rows() * self._lh + 8)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(self._ascii_x(BYTES_PER_ROW) + 8, 3 * self._lh)

    def cell_rect(self, offset: int) -> QRect:
        """Where byte ``offset`` is drawn in the hex columns (tests click there)."""
        row, col = divmod(offset, BYTES_PER_ROW)
        return QRect(4 + self._hex_x(col), 4 + row * self._lh, self._cw * 2, self._lh)

    def offset_at(self, pos: QPoint) -> int:
        row = (pos.y() - 4) // self._lh
        if row < 0:
            return -1
        x = pos.x() - 4
        for col in range(BYTES_PER_ROW):
            if self._hex_x(col) <= x < self._hex_x(col) + self._cw * 3:
                break
            if self._ascii_x(col) <= x < self._ascii_x(col) + self._cw:
                break
        else:
            return -1
        offset = row * BYTES_PER_ROW + col
        return offset if offset < len(self.data) else -1

    # -- painting and mouse --------------------------------------------------------------------
    def _fill(self, painter: QPainter, rng: tuple[int, int], colour: QColor) -> None:
        for offset in range(rng[0], min(rng[1], len(self.data))):
            row, col = divmod(offset, BYTES_PER_ROW)
            y = 4 + row * self._lh
            w = self._cw * (3 if col % 8 != 7 and offset + 1 < rng[1] else 2)
            painter.fillRect(QRect(4 + self._hex_x(col), y, w, self._lh), colour)
            painter.fillRect(QRect(4 + self._ascii_x(col), y, self._cw, self._lh), colour)

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        pal = self.palette()
        painter.fillRect(self.rect(), pal.color(QPalette.ColorRole.Base))
        painter.setFont(self._font)
        for start, end, colour in self.marks:
            self._fill(painter, (start, end), QColor(colour))
        if self.hover_range:
            self._fill(painter, self.hover_range, QColor(HOVER))
        marked = {o for start, end, _ in self.marks for o in range(start, end)}
        if self.hover_range:
            marked.update(range(*self.hover_range))
        selected = set()
        if self.selection:
            self._fill(painter, self.selection, QColor(SELECTED))
            selected = set(range(*self.selection))
        text = pal.color(QPalette.ColorRole.Text)
        muted = pal.color(QPalette.ColorRole.PlaceholderText)
        for row in range(self._rows()):
            y = 4 + row * self._lh + self._ascent + 1
            painter.setPen(muted)
            painter.drawText(4, y, f"{row * BYTES_PER_ROW:04x}")
            for col in range(BYTES_PER_ROW):
                offset = row * BYTES_PER_ROW + col
                if offset >= len(self.data):
                    break
                b = self.data[offset]
                # Pale marks stay pale in both themes: their bytes are dark in both.
                painter.setPen(QColor(SELECTED_BYTES[0]) if offset in selected else
                               QColor(PANEL_LIGHT["marked_text"]) if offset in marked else text)
                painter.drawText(4 + self._hex_x(col), y, f"{b:02x}")
                painter.drawText(4 + self._ascii_x(col), y, chr(b) if 32 <= b < 127 else ".")

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        self.hovered.emit(self.offset_at(event.position().toPoint()))

    def leaveEvent(self, event) -> None:  # noqa: N802
        self.hovered.emit(-1)

    def mousePressEvent(self, event) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            offset = self.offset_at(event.position().toPoint())
            if offset >= 0:
                self.clicked.emit(offset)
