"""The tour's callout card and the ring round the widget it talks about.

Both are children of the main window (not windows of their own), so they move with it, show
in its screenshots and never take the activation away from it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

ACCENT = "#F97316"
NEXT_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space, Qt.Key.Key_Right)
LEAVE_KEYS = (Qt.Key.Key_Escape,)
GAP = 14  # between the ringed widget and the callout


class Spotlight(QWidget):
    """A ring round the widget of the step, and a line from it to the callout."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.setObjectName("tour_spotlight")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.ring = QRect()
        self.callout = QRect()

    def show_around(self, ring: QRect, callout: QRect) -> None:
        """Cover just the ring and the callout (in the window's coordinates), not the window."""
        area = ring.united(callout).adjusted(-8, -8, 8, 8)
        self.ring = ring.translated(-area.topLeft())
        self.callout = callout.translated(-area.topLeft())
        self.setGeometry(area)
        self.show()
        self.update()

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        glow = QColor(ACCENT)
        glow.setAlpha(70)
        painter.setPen(QPen(glow, 9))
        painter.drawRoundedRect(self.ring, 6, 6)
        painter.setPen(QPen(QColor(ACCENT), 3))
        painter.drawRoundedRect(self.ring, 6, 6)
        a, b = _facing_points(self.ring, self.callout)
        if a is not None and b is not None:
            painter.setPen(QPen(QColor(ACCENT), 2, Qt.PenStyle.DashLine))
            painter.drawLine(a, b)
        painter.end()


def _facing_points(ring: QRect, box: QRect) -> tuple[QPoint | None, QPoint | None]:
    """The middles of the two rectangles' facing sides (None when they overlap)."""
    if box.left() > ring.right():
        y = max(box.top() + 12, min(box.bottom() - 12, ring.center().y()))
        return QPoint(ring.right(), ring.center().y()), QPoint(box.left(), y)
    if box.right() < ring.left():
        y = max(box.top() + 12, min(box.bottom() - 12, ring.center().y()))
        return QPoint(ring.left(), ring.center().y()), QPoint(box.right(), y)
    if box.top() > ring.bottom():
        x = max(box.left() + 12, min(box.right() - 12, ring.center().x()))
        return QPoint(ring.center().x(), ring.bottom()), QPoint(x, box.top())
    if box.bottom() < ring.top():
        x = max(box.left() + 12, min(box.right() - 12, ring.center().x()))
        return QPoint(ring.center().x(), ring.top()), QPoint(x, box.bottom())
    return None, None


class TourCallout(QFrame):
    """The card beside the ringed widget: step n of 4, what to do, Next and Leave.

    It takes the keyboard focus at every step, so Enter, Space and → go on and Esc leaves,
    before any of the window's shortcuts for the same keys (Space plays, → steps).
    """

    next_requested = Signal()
    leave_requested = Signal()

    def __init__(self, window: QWidget):
        super().__init__(window)
        self.setObjectName("tour_callout")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setFixedWidth(340)
        self.counter = QLabel()
        self.counter.setObjectName("tour_counter")
        self.title = QLabel()
        self.title.setObjectName("tour_title")
        self.title.setWordWrap(True)
        self.body = QLabel()
        self.body.setObjectName("tour_body")
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.state = QLabel()
        self.state.setObjectName("tour_state")
        self.state.setWordWrap(True)
        self.keys = QLabel()
        self.keys.setObjectName("tour_keys")
        self.keys.setWordWrap(True)
        self.leave_button = QPushButton()
        self.leave_button.setObjectName("tour_leave")
        self.next_button = QPushButton()
        self.next_button.setObjectName("tour_next")
        for button in (self.leave_button, self.next_button):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the card keeps the keys
        self.leave_button.setFlat(True)
        self.next_button.clicked.connect(self.next_requested)
        self.leave_button.clicked.connect(self.leave_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.leave_button)
        buttons.addStretch(1)
        buttons.addWidget(self.next_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 10)
        layout.setSpacing(6)
        layout.addWidget(self.counter)
        layout.addWidget(self.title)
        layout.addWidget(self.body)
        layout.addWidget(self.state)
        layout.addLayout(buttons)
        layout.addWidget(self.keys)
        self._style()

    def fitted_size(self) -> QSize:
        """Its fixed width and the height its wrapped texts need at that width."""
        layout = self.layout()
        height = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() \
            else self.sizeHint().height()
        return QSize(self.width(), height)

    def _style(self) -> None:
        self.setStyleSheet(
            f"#tour_callout {{ background-color: palette(base); border: 2px solid {ACCENT};"
            " border-radius: 8px; }"
            f"#tour_counter {{ color: {ACCENT}; font-weight: bold; }}"
            "#tour_title { font-size: 15px; font-weight: bold; }"
            "#tour_state { color: #15803D; font-weight: bold; }"
            "#tour_keys { color: palette(placeholder-text); font-size: 11px; }")

    def event(self, event: QEvent) -> bool:
        # Claim the tour's keys before the window's shortcuts see them.
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent) \
                and event.key() in (*NEXT_KEYS, *LEAVE_KEYS) \
                and event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                          Qt.KeyboardModifier.KeypadModifier):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in NEXT_KEYS and not event.isAutoRepeat():
            self.next_requested.emit()
        elif event.key() in LEAVE_KEYS:
            self.leave_requested.emit()
        else:
            super().keyPressEvent(event)


def beside(ring: QRect, size: QSize, bounds: QRect, sides: tuple[str, ...]) -> QRect:
    """Where the callout goes: on the first of ``sides`` with room, kept inside ``bounds``."""
    w, h = size.width(), size.height()
    inner = bounds.adjusted(8, 8, -8, -8)

    def clamp_x(x: int) -> int:
        return max(inner.left(), min(inner.right() - w, x))

    def clamp_y(y: int) -> int:
        return max(inner.top(), min(inner.bottom() - h, y))

    for side in (*sides, "right", "left", "below", "above"):
        if side == "right" and ring.right() + GAP + w <= inner.right():
            return QRect(ring.right() + GAP, clamp_y(ring.center().y() - h // 2), w, h)
        if side == "left" and ring.left() - GAP - w >= inner.left():
            return QRect(ring.left() - GAP - w, clamp_y(ring.center().y() - h // 2), w, h)
        if side == "below" and ring.bottom() + GAP + h <= inner.bottom():
            return QRect(clamp_x(ring.center().x() - w // 2), ring.bottom() + GAP, w, h)
        if side == "above" and ring.top() - GAP - h >= inner.top():
            return QRect(clamp_x(ring.center().x() - w // 2), ring.top() - GAP - h, w, h)
    return QRect(inner.right() - w, inner.bottom() - h, w, h)  # a small window: a corner
