"""The hop timeline: one entry per hop (device and short action), click to jump there; above it
the flow's outcome, what the last edit changed, and the legend of the token's rings."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.diagram.theme_colours import panel_colours
from desktop_app.ui.model_words import kind_name
from desktop_app.ui.trace_words import flow_headline, hop_summary, outcome_text, trace_detail

from .conversation_colours import REPLY_COLOUR, REPLY_MARK
from .encapsulation import LAYER_COLOURS, LEGEND, connection_colour
from .packet_token import CORE_RADIUS, RING_GAP, RING_WIDTH
from .player import AnimationController

ITEM_WIDTH = 190
LARGE_ROWS = 3  # presentation: the previous hop, the current one, the next one
LARGE_ROW_PAD = 4


def token_pixmap(core: str, rings: list[str], size: int = 40, dropped: bool = False) -> QPixmap:
    """The token's look as a small picture, for the timeline and the legend."""
    pm = QPixmap(size, size)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    full = CORE_RADIUS + len(rings) * (RING_WIDTH + RING_GAP)
    k = (size / 2 - 1) / max(full, CORE_RADIUS + 2 * (RING_WIDTH + RING_GAP))
    c = QPointF(size / 2, size / 2)
    r = full * k
    p.setPen(Qt.PenStyle.NoPen)
    for colour in rings:
        p.setBrush(QColor(colour))
        p.drawEllipse(c, r, r)
        r -= RING_WIDTH * k
        p.setBrush(QColor("white"))
        p.drawEllipse(c, r, r)
        r -= RING_GAP * k
    p.setBrush(QColor("#B91C1C" if dropped else core))
    p.setPen(QPen(QColor("white"), 1))
    p.drawEllipse(c, CORE_RADIUS * k, CORE_RADIUS * k)
    p.end()
    return pm


class Legend(QWidget):
    """What the rings and the core's colour mean."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("token_legend")
        # Two rows of three: six entries on one line held the window ~1,300 px wide.
        row = QGridLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setHorizontalSpacing(6)
        row.setVerticalSpacing(2)
        pictures = [token_pixmap(connection_colour(0), []), token_pixmap(connection_colour(1), [])]
        pictures += [token_pixmap("#94A3B8", [LAYER_COLOURS[kind]]) for kind, _ in LEGEND[:4]]
        pictures.append(token_pixmap(REPLY_COLOUR, []))
        self.labels: list[QLabel] = []
        for n, pm in enumerate(pictures):
            icon = QLabel()
            icon.setPixmap(pm.scaled(18, 18, Qt.AspectRatioMode.KeepAspectRatio,
                                     Qt.TransformationMode.SmoothTransformation))
            row.addWidget(icon, n // 3, (n % 3) * 2)
            label = QLabel()
            row.addWidget(label, n // 3, (n % 3) * 2 + 1)
            self.labels.append(label)
        row.setColumnStretch(6, 1)
        self.retranslate()

    def retranslate(self) -> None:
        texts = [self.tr("packet (connection 1)"), self.tr("new connection after a proxy")]
        texts += [QCoreApplication.translate("packet", text) for _, text in LEGEND[:4]]
        texts.append(self.tr("{mark} the reply, back to the client").format(mark=REPLY_MARK))
        for label, text in zip(self.labels, texts, strict=True):
            label.setText(text)
        self.setToolTip(self.tr("One ring per outer header the packet carries, outermost "
                                "outside; the core's colour changes with each new connection, "
                                "and is violet on the reply's way back."))

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class HopTimelineDock(QDockWidget):
    """Follows the controller: lists its trace's hops and marks the current one."""

    def __init__(self, controller: AnimationController, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("hop_timeline")
        self.controller = controller
        body = QWidget()
        col = QVBoxLayout(body)
        col.setContentsMargins(6, 4, 6, 4)
        col.setSpacing(3)
        self.outcome = QLabel()
        self.outcome.setObjectName("flow_outcome")
        self.outcome.setTextFormat(Qt.TextFormat.RichText)
        self.outcome.setWordWrap(True)
        col.addWidget(self.outcome)
        self.change = QLabel()
        self.change.setObjectName("flow_change")
        self.change.setWordWrap(True)
        self.change.setStyleSheet(f"QLabel {{ color: {self._colours()['note']}; "
                                  "font-weight: bold; }")
        col.addWidget(self.change)
        self.list = QListWidget()
        self.list.setObjectName("hop_list")
        self.list.setFlow(QListWidget.Flow.LeftToRight)
        self.list.setWrapping(False)
        self.list.setWordWrap(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setIconSize(QSize(28, 28))
        self.list.setSpacing(2)
        self.large = False
        col.addWidget(self.list, 1)
        self.legend = Legend()
        col.addWidget(self.legend)
        self.setWidget(body)
        self.body = body
        self.list.itemClicked.connect(self._on_clicked)
        self.list.itemActivated.connect(self._on_clicked)
        controller.trace_changed.connect(self.rebuild)
        controller.hop_changed.connect(self.select_hop)
        controller.change_noted.connect(self.change.setText)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Hop timeline"))
        self.list.setToolTip(self.tr("Every hop of the trace; click one to jump there."))
        self.rebuild()

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def rebuild(self) -> None:
        self.list.clear()
        trace = self.controller.trace
        if trace is None:
            self.outcome.setText(self.tr("No flow is playing."))
            return
        colour = self._colours()["good" if trace.ok else "bad"]
        what = f"<b>{trace.flow.id or ''}</b> {flow_headline(trace.flow)}"
        outcome = (f"<b style='color:{colour}'>{outcome_text(trace)}</b> — "
                   f"{trace_detail(trace)}")
        self.outcome.setText(self.tr("{flow}: {outcome}").format(flow=what, outcome=outcome))
        size = self._item_size()
        if self.large:
            self.list.setMinimumHeight(0)
            self.list.setMaximumHeight(16777215)
        else:
            bar = self.list.horizontalScrollBar().sizeHint().height()
            self.list.setFixedHeight(size.height() + bar + 2 * self.list.frameWidth() + 6)
        for hop in trace.hops:
            look = self.controller.look(hop.index, sent=True)
            dropped = look.alert
            summary = hop_summary(hop)
            mark = REPLY_MARK if hop.direction == "reply" else ""
            action = summary or kind_name(hop.kind)
            text = f"{mark}{hop.index} · {hop.device} — {action}" if self.large \
                else f"{mark}{hop.index} · {hop.device}\n{action}"
            item = QListWidgetItem(QIcon(token_pixmap(look.core, list(look.rings), 40, dropped)),
                                   text)
            item.setSizeHint(size)
            item.setToolTip(f"{hop.device} ({kind_name(hop.kind)})\n{summary}\n{look.footer}")
            item.setData(Qt.ItemDataRole.UserRole, hop.index)
            if dropped:
                item.setForeground(QColor(self._colours()["bad"]))
            elif hop.direction == "reply":
                item.setForeground(QColor(REPLY_COLOUR))
            self.list.addItem(item)
        self.select_hop(self.controller.hop)

    def _item_size(self) -> QSize:
        m = self.list.fontMetrics()
        icon = self.list.iconSize().width()
        if self.large:  # one line per hop, as wide as the column
            return QSize(max(10, self.list.viewport().width() - 4),
                         max(m.height(), icon) + LARGE_ROW_PAD)
        return QSize(max(ITEM_WIDTH, m.averageCharWidth() * 26 + icon), m.height() * 3 + 10)

    def set_large(self, on: bool) -> None:
        """Presentation mode: a column of one-line entries, the current hop and its neighbours
        in view (the outcome and the legend are the lesson's and the card's to say)."""
        self.large = on
        side = 26 if on else 28
        self.list.setIconSize(QSize(side, side))
        self.list.setFlow(QListWidget.Flow.TopToBottom if on else QListWidget.Flow.LeftToRight)
        self.list.setWordWrap(not on)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        off, auto = Qt.ScrollBarPolicy.ScrollBarAlwaysOff, Qt.ScrollBarPolicy.ScrollBarAsNeeded
        self.list.setVerticalScrollBarPolicy(off if on else auto)
        self.list.setHorizontalScrollBarPolicy(off if on else auto)
        for widget in (self.outcome, self.change, self.legend):
            widget.setVisible(not on)
        self.rebuild()

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self.large and event.oldSize().width() != event.size().width():
            QTimer.singleShot(0, self.rebuild)  # the entries are as wide as the column

    def strip_height(self) -> int:
        """Presentation mode: the height that shows ``LARGE_ROWS`` entries and the controls."""
        m = self.list.fontMetrics()
        row = max(m.height(), self.list.iconSize().height()) + LARGE_ROW_PAD
        controls = self.titleBarWidget()
        bar = controls.sizeHint().height() if controls is not None else 0
        rows = LARGE_ROWS * (row + 2 * self.list.spacing()) + 2 * self.list.frameWidth()
        return bar + rows + 14

    def _colours(self) -> dict[str, str]:
        return panel_colours(self.controller.scene.style.theme)

    def select_hop(self, index: int) -> None:
        if 0 <= index < self.list.count():
            self.list.blockSignals(True)
            self.list.setCurrentRow(index)
            self.list.blockSignals(False)
            hint = QAbstractItemView.ScrollHint.PositionAtCenter if self.large \
                else QAbstractItemView.ScrollHint.EnsureVisible
            self.list.scrollToItem(self.list.item(index), hint)

    def _on_clicked(self, item: QListWidgetItem) -> None:
        self.controller.go_to(int(item.data(Qt.ItemDataRole.UserRole)))

    def entries(self) -> list[str]:
        return [self.list.item(i).text() for i in range(self.list.count())]
