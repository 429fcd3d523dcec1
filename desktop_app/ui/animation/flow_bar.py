"""The flow bar: pick a source and a destination (lists with search, or on the canvas), the
protocol, port and packet size, then trace and play."""

from __future__ import annotations

import re
from html import escape

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QLabel,
    QSpinBox,
    QToolBar,
    QWidget,
)

from desktop_app.engine import FlowRequest
from desktop_app.model.topology import Device, Topology
from desktop_app.ui.canvas.items import ModelItem
from desktop_app.ui.trace_words import outcome_text, trace_detail

from .player import AnimationController

_WITH_ID = re.compile(r"^.*\(([A-Za-z0-9][A-Za-z0-9_.-]*)\)$")


def device_entry(device: Device) -> str:
    label = device.display_label
    return device.id if label == device.id else f"{label} ({device.id})"


def dns_names(topology: Topology) -> list[str]:
    names: list[str] = []
    for d in topology.devices:
        if d.kind == "dns":
            names.extend(sorted((d.records or {}).keys()))
    return list(dict.fromkeys(names))


# Devices a packet is sent to or from; a proposed destination is one of these.
_END_KINDS = ("vm", "client", "dns", "pod", "k8s-node", "esg")


def target_exists(topology: Topology, target: str) -> bool:
    """Whether a destination names something in this document (a device, an address, a name)."""
    import ipaddress

    if not target:
        return False
    if topology.device(target) is not None or target in dns_names(topology):
        return True
    try:
        ipaddress.IPv4Address(target)
    except ValueError:
        return False
    return True


def propose_destination(topology: Topology, source: str) -> str | None:
    """A destination for a flow from ``source``: a device of the same kind, on another host
    where there is one (the interesting path), else any other end device; None if alone."""
    me = topology.device(source)
    others = [d for d in topology.devices if d.id != source and d.kind in _END_KINDS
              and (d.interfaces or d.kind == "pod")]
    if me is None or not others:
        return None

    def rank(d: Device) -> tuple[int, int]:
        return (d.kind != me.kind, bool(me.host) and d.host == me.host)

    return min(others, key=rank).id


class SearchCombo(QComboBox):
    """An editable combo that completes on any part of an entry, case-insensitively."""

    def __init__(self, name: str, free_text: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName(name)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMinimumContentsLength(18)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.free_text = free_text
        completer = self.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)

    def set_entries(self, entries: list[tuple[str, str]]) -> None:
        """(shown text, value) pairs; keeps what was typed."""
        text = self.currentText()
        self.blockSignals(True)
        self.clear()
        for shown, value in entries:
            self.addItem(shown, value)
        self.setCurrentIndex(-1)
        self.setEditText(text)
        self.blockSignals(False)

    def value(self) -> str:
        """The chosen id (or, where free text is allowed, what was typed)."""
        text = self.currentText().strip()
        if not text:
            return ""
        i = self.findText(text, Qt.MatchFlag.MatchFixedString)
        if i >= 0:
            return str(self.itemData(i))
        m = _WITH_ID.match(text)
        if m:
            return m.group(1)
        for k in range(self.count()):  # an id typed on its own
            if str(self.itemData(k)) == text:
                return text
        return text

    def set_value(self, value: str) -> None:
        self.blockSignals(True)
        i = self.findData(value)
        if i >= 0:
            self.setCurrentIndex(i)
        else:
            self.setCurrentIndex(-1)
            self.setEditText(value)
        self.blockSignals(False)


class FlowBar(QToolBar):
    """Source, destination, protocol, port, size; the trace and pick actions sit on it too."""

    def __init__(self, controller: AnimationController, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("flow_bar")
        self.controller = controller
        self.source = SearchCombo("flow_source", free_text=False)
        self.destination = SearchCombo("flow_destination", free_text=True)
        self.protocol = QComboBox()
        self.protocol.setObjectName("flow_protocol")
        self.protocol.addItems(["tcp", "udp", "icmp"])
        self.port = QSpinBox()
        self.port.setObjectName("flow_port")
        self.port.setRange(0, 65535)
        self.size = QSpinBox()
        self.size.setObjectName("flow_size")
        self.size.setRange(0, 65535)
        self.size.setSuffix(" B")
        self.from_label, self.port_label, self.size_label = QLabel(), QLabel(), QLabel()
        self.addWidget(self.from_label)
        self.addWidget(self.source)
        self.addWidget(QLabel(" → "))
        self.addWidget(self.destination)
        self.addWidget(self.protocol)
        self.addWidget(self.port_label)
        self.addWidget(self.port)
        self.addWidget(self.size_label)
        self.addWidget(self.size)
        self.outcome = QLabel(objectName="flow_outcome")  # ✓ established, or ✗ where and why
        self.outcome.setTextFormat(Qt.TextFormat.RichText)
        self.addWidget(self.outcome)
        self.retranslate()
        self._entries: tuple[list, list] = ([], [])
        self.refresh_entries()
        self.source.activated.connect(self._maybe_trace)
        self.destination.activated.connect(self._maybe_trace)
        self.destination.lineEdit().returnPressed.connect(self.trace_now)
        self.source.lineEdit().returnPressed.connect(self.trace_now)
        self.protocol.activated.connect(self._maybe_trace)
        self.port.editingFinished.connect(self._maybe_trace)
        self.size.editingFinished.connect(self._maybe_trace)
        controller.request_changed.connect(self.show_request)
        controller.trace_changed.connect(self.show_outcome)
        controller.document.changed.connect(lambda _ids: self.refresh_entries())
        controller.document.reset.connect(self.reset)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Flow"))
        self.source.setToolTip(self.tr("The device that sends the packet (type to search)"))
        self.destination.setToolTip(
            self.tr("Where it goes: a device, an IP address or a DNS name (type to search)"))
        self.protocol.setToolTip(self.tr("Transport protocol"))
        self.port.setSpecialValueText(self.tr("default"))
        self.port.setToolTip(self.tr("Destination port (default: 80 for TCP, 53 for UDP)"))
        self.size.setSpecialValueText(self.tr("auto"))
        self.size.setToolTip(self.tr("Inner IP packet size for the MTU checks "
                                     "(auto: the headers and a short request)"))
        self.from_label.setText(self.tr(" From "))
        self.port_label.setText(self.tr(" port "))
        self.size_label.setText(self.tr(" size "))

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            self.show_outcome()
        super().changeEvent(event)

    def show_outcome(self) -> None:
        """The conversation's end in a few words; the whole sentence in the tooltip."""
        trace = self.controller.trace
        if trace is None:
            self.outcome.setText("")
            self.outcome.setToolTip("")
            return
        colour = "#15803D" if trace.ok else "#B91C1C"
        text = f" <b style='color:{colour}'>{escape(outcome_text(trace))}</b>"
        if not trace.ok and trace.conversation is not None and trace.conversation.hop is not None:
            hops = {h.index: h for h in trace.hops}
            where = hops.get(trace.conversation.hop)
            if where is not None:
                text += " " + escape(self.tr("at {device}").format(device=where.device))
        self.outcome.setText(text)
        self.outcome.setToolTip(trace_detail(trace))

    def refresh_entries(self) -> None:
        topo = self.controller.document.topology
        devices = [(device_entry(d), d.id) for d in topo.devices]
        names = dns_names(topo)
        if (devices, names) == self._entries:
            return  # most edits (a move, an address) leave the lists as they are
        self._entries = (devices, names)
        self.source.set_entries(devices)
        self.destination.set_entries(devices + [(n, n) for n in names])

    def reset(self) -> None:
        """Another document: empty source and destination, default protocol, port and size."""
        for combo in (self.source, self.destination):
            combo.setEditText("")
        self.refresh_entries()
        for w in (self.port, self.size, self.protocol):
            w.blockSignals(True)
        self.port.setValue(0)
        self.size.setValue(0)
        self.protocol.setCurrentIndex(0)
        for w in (self.port, self.size, self.protocol):
            w.blockSignals(False)

    def request(self) -> FlowRequest | None:
        """What the bar describes, or None while it is incomplete."""
        source, to = self.source.value(), self.destination.value()
        if not source or not to:
            return None
        request = FlowRequest(source=source, to=to, protocol=self.protocol.currentText(),
                              port=self.port.value() or None, size=self.size.value() or None)
        current = self.controller.request
        if current is not None and _same(request, current):
            return current  # the saved flow's id and pinned endpoint still apply
        return request

    def trace_now(self) -> bool:
        request = self.request()
        if request is None:
            self.controller.message.emit(self.tr("Choose a source and a destination first."))
            return False
        if request == self.controller.request:
            self.controller.restart()
            return True
        return self.controller.set_request(request)

    def _maybe_trace(self, *_args) -> None:
        request = self.request()
        current = self.controller.request
        if request is None or current is None or _same(request, current):
            if request is not None and current is None:
                self.controller.set_request(request)
            return
        self.controller.set_request(request)

    def show_request(self, request: FlowRequest | None) -> None:
        if request is None:
            return
        self.source.set_value(request.source)
        self.destination.set_value(request.to)
        for w, value in ((self.port, request.port or 0), (self.size, request.size or 0)):
            w.blockSignals(True)
            w.setValue(value)
            w.blockSignals(False)
        self.protocol.blockSignals(True)
        self.protocol.setCurrentText(request.protocol)
        self.protocol.blockSignals(False)

    def set_source(self, device_id: str) -> None:
        self.source.set_value(device_id)

    def set_destination(self, target: str) -> None:
        self.destination.set_value(target)


def _same(a: FlowRequest, b: FlowRequest) -> bool:
    return (a.source, a.to, a.protocol, a.port, a.size) == (b.source, b.to, b.protocol, b.port,
                                                             b.size)


class CanvasPicker(QObject):
    """Pick-on-canvas mode: the next click on a device is the source, the one after it the
    destination; then the flow is traced. Esc or unchecking the action cancels."""

    finished = Signal()

    def __init__(self, bar: FlowBar, view, parent: QObject | None = None):
        super().__init__(parent)
        self.bar = bar
        self.view = view
        self.active = False
        self.source: str | None = None

    def start(self) -> None:
        if self.active:
            return
        self.active = True
        self.source = None
        self.view.viewport().installEventFilter(self)
        self.view.installEventFilter(self)
        self.view.viewport().setCursor(Qt.CursorShape.CrossCursor)
        self.bar.controller.message.emit(self.tr("Click the device that sends the packet."))

    def stop(self) -> None:
        if not self.active:
            return
        self.active = False
        self.view.viewport().removeEventFilter(self)
        self.view.removeEventFilter(self)
        self.view.viewport().unsetCursor()
        self.finished.emit()

    def pick(self, device_id: str) -> None:
        """What a click on a device does in this mode (tests call it with an id)."""
        if self.source is None:
            self.source = device_id
            self.bar.set_source(device_id)
            self.bar.controller.message.emit(
                self.tr("Source: {0}. Now click the destination.").format(device_id))
            return
        self.bar.set_destination(device_id)
        self.stop()
        self.bar.trace_now()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Escape:
            self.stop()
            return True
        if event.type() == QEvent.Type.MouseButtonPress and obj is self.view.viewport():
            if event.button() != Qt.MouseButton.LeftButton:
                return False
            scene_pos = self.view.mapToScene(event.position().toPoint())
            device = _device_at(self.view.scene(), scene_pos)
            if device is not None:
                self.pick(device)
            return True  # a pick click never selects or drags
        if event.type() in (QEvent.Type.MouseButtonRelease, QEvent.Type.MouseButtonDblClick) \
                and obj is self.view.viewport():
            return event.button() == Qt.MouseButton.LeftButton
        return False


def _device_at(scene, pos) -> str | None:
    topo = scene.doc.topology
    for item in scene.items(pos):
        if isinstance(item, ModelItem) and topo.device(item.model_id) is not None:
            return item.model_id
    return None
