"""Find a device (or network) by id, label or IP address; select it and centre the view on it."""

from __future__ import annotations

import ipaddress

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from desktop_app.model.topology import Device, Topology


def _addresses(device: Device) -> list[str]:
    out = []
    for itf in device.interfaces:
        if itf.ip:
            out.append(itf.ip.split("/")[0])
        out.extend(itf.secondary)
    out.extend(device.vips or [])
    if device.ip:
        out.append(device.ip)
    return out


def find_matches(topology: Topology, text: str) -> list[str]:
    """Ids matching the text, best first: exact id, exact address, then partial matches.

    An address inside a network's CIDR also finds that network.
    """
    needle = text.strip().lower()
    if not needle:
        return []
    ranked: list[tuple[int, int, str]] = []
    order = {i: n for n, i in enumerate(topology.all_ids())}
    for d in topology.devices:
        addresses = _addresses(d)
        ident, label = d.id.lower(), d.display_label.lower()
        if ident == needle or needle in (a.lower() for a in addresses):
            rank = 0
        elif ident.startswith(needle) or label.startswith(needle):
            rank = 1
        elif needle in ident or needle in label:
            rank = 2
        elif any(a.startswith(needle) for a in addresses):
            rank = 3
        else:
            continue
        ranked.append((rank, order.get(d.id, 0), d.id))
    try:
        address = ipaddress.IPv4Address(needle)
    except ValueError:
        address = None
    for n in topology.networks:
        ident, label = n.id.lower(), n.display_label.lower()
        in_subnet = False
        if address is not None and n.cidr:
            try:
                in_subnet = address in ipaddress.IPv4Network(n.cidr, strict=False)
            except ValueError:
                in_subnet = False
        if ident == needle:
            rank = 0
        elif needle in ident or needle in label or (n.cidr and n.cidr.startswith(needle)):
            rank = 2
        elif in_subnet:
            rank = 4
        else:
            continue
        ranked.append((rank, order.get(n.id, 0), n.id))
    ranked.sort()
    return [i for _, _, i in ranked]


class FindBar(QWidget):
    """A slim bar over the canvas: type, Enter for the next match, Escape to close."""

    found = Signal(str)  # the id to select and centre
    closed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("find_bar")
        self.topology: Topology | None = None
        self.matches: list[str] = []
        self.index = -1
        self.edit = QLineEdit(self)
        self.edit.setObjectName("find_edit")
        self.edit.setClearButtonEnabled(True)
        self.count = QLabel(self)
        self.count.setObjectName("find_count")
        self.count.setMinimumWidth(70)
        self.prev = prev = QToolButton(self)
        prev.setText("▲")
        self.nxt = nxt = QToolButton(self)
        nxt.setText("▼")
        self.close_button = close = QToolButton(self)
        close.setText("✕")
        self.label = QLabel(self)
        self.retranslate()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        layout.addWidget(self.label)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.count)
        layout.addWidget(prev)
        layout.addWidget(nxt)
        layout.addWidget(close)
        self.edit.textChanged.connect(self._search)
        self.edit.returnPressed.connect(self.next)
        prev.clicked.connect(self.previous)
        nxt.clicked.connect(self.next)
        close.clicked.connect(self.dismiss)

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(self.tr("Find a device by id, label or IP address"))
        self.prev.setToolTip(self.tr("Previous match (Shift+Enter)"))
        self.nxt.setToolTip(self.tr("Next match (Enter)"))
        self.close_button.setToolTip(self.tr("Close (Escape)"))
        self.label.setText(self.tr("Find:"))
        if self.edit.text().strip() and not self.matches:
            self.count.setText(self.tr("no match"))

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def start(self, topology: Topology) -> None:
        self.topology = topology
        self.show()
        self.edit.setFocus()
        self.edit.selectAll()
        self._search(self.edit.text())

    def _search(self, text: str) -> None:
        self.matches = find_matches(self.topology, text) if self.topology else []
        self.index = -1
        if not text.strip():
            self.count.setText("")
        elif not self.matches:
            self.count.setText(self.tr("no match"))
        else:
            self.next()

    def _show(self) -> None:
        self.count.setText(f"{self.index + 1} / {len(self.matches)}")
        self.found.emit(self.matches[self.index])

    def next(self) -> None:
        if self.matches:
            self.index = (self.index + 1) % len(self.matches)
            self._show()

    def previous(self) -> None:
        if self.matches:
            self.index = (self.index - 1) % len(self.matches)
            self._show()

    def dismiss(self) -> None:
        self.hide()
        self.closed.emit()

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self.dismiss()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            self.previous()
            return
        super().keyPressEvent(event)
