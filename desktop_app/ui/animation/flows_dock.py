"""The file's saved flows: double-click one to play it; save the flow bar's flow as a new one."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtWidgets import (
    QDockWidget,
    QInputDialog,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.engine import FlowRequest
from desktop_app.engine.intents import IntentResult
from desktop_app.model.topology import Flow, Topology
from desktop_app.ui import commands
from desktop_app.ui.intents import mark_flow_item

from .player import AnimationController


def flow_from_request(topology: Topology, request: FlowRequest, flow_id: str | None = None,
                      label: str | None = None) -> Flow:
    """A saved flow for what is being traced, with a free id made from its ends."""
    base = flow_id or f"{request.source}-to-{request.to}".replace(" ", "-")
    base = "".join(c if c.isalnum() or c in "_.-" else "-" for c in base).strip("-.") or "flow"
    taken = set(topology.all_ids()) | {f.id for f in topology.flows}
    new_id, n = base, 2
    while new_id in taken and not flow_id:
        new_id, n = f"{base}-{n}", n + 1
    flow = Flow(id=new_id, source=request.source, to=request.to, label=label or None,
                  protocol=request.protocol, port=request.port, size=request.size,
                  endpoint=request.endpoint)
    return flow


class FlowsDock(QDockWidget):
    """The saved flows of the open file."""

    def __init__(self, controller: AnimationController, save_action, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("flows_dock")
        self.controller = controller
        body = QWidget()
        col = QVBoxLayout(body)
        col.setContentsMargins(4, 4, 4, 4)
        self.list = QListWidget()
        self.list.setObjectName("flow_list")
        # Whole labels ("Flow 1: internet user → web tier in ICP (Ingress)"), wrapped.
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        col.addWidget(self.list, 1)
        save = QToolButton()
        save.setDefaultAction(save_action)
        save.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        col.addWidget(save)
        self.setWidget(body)
        self.verdicts: Callable[[str], IntentResult | None] = lambda _id: None  # ui.intents
        self.list.itemActivated.connect(self._play)
        self.list.itemDoubleClicked.connect(self._play)
        controller.document.changed.connect(lambda _ids: self.refresh())
        controller.document.reset.connect(self.refresh)
        controller.request_changed.connect(lambda _r: self._mark_current())
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Flows"))
        self.list.setToolTip(self.tr("The file's saved flows. Double-click one to play it."))
        self.refresh()

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        self.list.blockSignals(True)
        self.list.clear()
        for flow in self.controller.document.topology.flows:
            item = QListWidgetItem(flow.display_label)
            item.setData(Qt.ItemDataRole.UserRole, flow.id)
            port = f":{flow.port}" if flow.port else ""
            item.setToolTip(f"{flow.display_label}\n{flow.id}: {flow.source} → {flow.to} ({flow.effective_protocol}"
                            f"{port})" + (f"\n{flow.notes}" if flow.notes else ""))
            mark_flow_item(item, self.verdicts(flow.id), flow.display_label)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self._mark_current()

    def _mark_current(self) -> None:
        request = self.controller.request
        for i in range(self.list.count()):
            item = self.list.item(i)
            on = request is not None and request.id == item.data(Qt.ItemDataRole.UserRole)
            font = item.font()
            font.setBold(on)
            item.setFont(font)

    def _play(self, item: QListWidgetItem) -> None:
        self.controller.play_flow(str(item.data(Qt.ItemDataRole.UserRole)))

    def flow_ids(self) -> list[str]:
        return [str(self.list.item(i).data(Qt.ItemDataRole.UserRole))
                for i in range(self.list.count())]


def save_current_flow(controller: AnimationController, parent: QWidget | None = None,
                      ask: bool = True) -> str | None:
    """Save the flow being traced into the file through the undo stack; returns its id."""
    request = controller.request
    doc = controller.document
    if request is None:
        controller.message.emit(QCoreApplication.translate(
            "FlowsDock", "Trace a flow first, then save it."))
        return None
    flow = flow_from_request(doc.topology, request)
    if ask:
        label, ok = QInputDialog.getText(
            parent, QCoreApplication.translate("FlowsDock", "Save as flow"),
            QCoreApplication.translate("FlowsDock", "A name for this flow (shown in the flow list):"),
            text=f"{request.source} → {request.to}")
        if not ok:
            return None
        flow.label = label.strip() or None
    try:
        doc.undo_stack.push(commands.add_flow(doc, flow))
    except ValueError as exc:
        controller.message.emit(QCoreApplication.translate(
            "FlowsDock", "Cannot save the flow: {why}").format(why=exc))
        return None
    controller.request = FlowRequest.from_flow(flow)
    controller.request_changed.emit(controller.request)
    controller.message.emit(QCoreApplication.translate(
        "FlowsDock", "Saved as flow {id}.").format(id=flow.id))
    return flow.id
