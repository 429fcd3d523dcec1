"""From scratch in a dozen actions: the task a new user tries first.

Two ESXi hosts with VTEPs on a transport VLAN, two VMs on one VXLAN logical switch, and a
trace between them, built on an empty canvas with the mouse and the keyboard only: every
step below is one user action (a drag from the palette, a Shift+drag, a click, a key), and
the test counts them.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QPushButton

from .conftest import drag, focus_canvas

MAX_ACTIONS = 12


class User:
    """Mouse and keys on the window, counted."""

    def __init__(self, window, qtbot):
        self.window, self.qtbot, self.actions = window, qtbot, 0
        self.view = window.view

    def _active(self) -> None:
        # The offscreen platform deactivates the window when a dialog closes or a panel
        # makes a combo box popup; a desktop keeps it active under the user's hand.
        self.window.activateWindow()
        self.qtbot.waitUntil(lambda: QApplication.activeWindow() is self.window, timeout=2000)

    def _count(self) -> None:
        self.actions += 1
        QApplication.processEvents()

    def drop_from_palette(self, entry: str, at: QPointF) -> None:
        """Drag a palette entry onto the canvas (what the drag delivers: enter, move, drop)."""
        palette = self.window.palette_dock
        mime = palette.list.mimeData([palette.item_for(entry)])
        local = self.view.mapFromScene(at)
        args = (Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                Qt.KeyboardModifier.NoModifier)
        for event in (QDragEnterEvent(local, *args), QDragMoveEvent(local, *args),
                      QDropEvent(QPointF(local), *args)):
            QApplication.sendEvent(self.view.viewport(), event)
        self._count()

    def shift_drag(self, start: QPointF, end: QPointF) -> None:
        self._active()
        drag(self.view, start, end, modifiers=Qt.KeyboardModifier.ShiftModifier)
        self._count()

    def click(self, at: QPointF, button=Qt.MouseButton.LeftButton) -> None:
        self._active()
        self.qtbot.mouseClick(self.view.viewport(), button, pos=self.view.mapFromScene(at))
        self._count()

    def right_click(self, at: QPointF) -> None:
        """A right-click: the click, and the context-menu event a desktop makes of it (the
        offscreen platform makes none)."""
        from PySide6.QtGui import QContextMenuEvent

        self._active()
        local = self.view.mapFromScene(at)
        self.qtbot.mouseClick(self.view.viewport(), Qt.MouseButton.RightButton, pos=local)
        for _ in range(3):  # the press selected the item: let the panels follow first
            QApplication.processEvents()
        self._active()
        event = QContextMenuEvent(QContextMenuEvent.Reason.Mouse, local,
                                  self.view.viewport().mapToGlobal(local))
        QApplication.sendEvent(self.view.viewport(), event)
        # No event processing here: the offscreen platform closes a popup menu on the next
        # turn of the event loop (a desktop leaves it open until the user picks an entry).
        self.actions += 1

    def click_widget(self, widget, pos: QPoint | None = None) -> None:
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton,
                              pos=pos if pos is not None else widget.rect().center())
        self._count()

    def key(self, sequence: str) -> None:
        from PySide6.QtGui import QKeySequence

        # The offscreen platform leaves the window inactive after a dialog closed (a desktop
        # gives activation back); the click before this key already put focus on the canvas.
        focus_canvas(self.window, self.qtbot)
        combo = QKeySequence(sequence)[0]
        self.qtbot.keyClick(self.view, combo.key(), combo.keyboardModifiers())
        self._count()


def _glyph(window, ident: str) -> QPointF:
    box = window.scene.diagram.glyphs[ident]
    return QPointF(box.cx, box.cy)


def _bar(window, ident: str) -> QPointF:
    box = window.scene.diagram.networks[ident].box
    return QPointF(box.cx, box.cy)


def _new(window, before: set[str]) -> str:
    (added,) = set(window.doc.topology.all_ids()) - before
    return added


def test_two_hosts_two_vms_vxlan_trace_in_a_dozen_actions(make_window, qtbot):
    window = make_window(None)  # a new, empty document
    assert window.template_hint.isVisible()
    user = User(window, qtbot)
    topo = lambda: window.doc.topology  # noqa: E731
    seen = window.view.mapToScene(window.view.viewport().rect()).boundingRect()

    def spot(fx: float, fy: float) -> QPointF:
        return QPointF(seen.left() + seen.width() * fx, seen.top() + seen.height() * fy)

    ids = set(topo().all_ids())
    user.drop_from_palette("device:esxi-host", spot(0.25, 0.2))
    host = _new(window, ids)
    ids = set(topo().all_ids())
    user.drop_from_palette("network:vlan", spot(0.5, 0.85))
    transport = _new(window, ids)
    # Connecting the host to the VLAN offers to make that interface its VTEP.
    user.shift_drag(_glyph(window, host), _bar(window, transport))
    assert window.scene.selected_ids() == [transport]  # connecting selected nothing new
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), QMessageBox),
                    timeout=3000)
    offer = QApplication.activeModalWidget()
    assert offer.objectName() == "vtep_offer"
    user.click_widget(offer.findChild(QPushButton, "vtep_offer_yes"))
    assert topo().device(host).interfaces[0].vtep is True

    ids = set(topo().all_ids())
    user.drop_from_palette("network:vxlan", spot(0.75, 0.55))
    switch = _new(window, ids)
    ids = set(topo().all_ids())
    user.drop_from_palette("device:vm", _glyph(window, host))  # onto the host's title
    vm = _new(window, ids)
    assert topo().device(vm).host == host
    vm_box, title = window.scene.diagram.glyphs[vm], window.scene.diagram.glyphs[host]
    assert vm_box.y >= title.bottom  # in free space inside the box, not on the host's label
    user.shift_drag(_glyph(window, vm), _bar(window, switch))
    assert [i.network for i in topo().device(vm).interfaces] == [switch]

    # The second host: the first one, duplicated with its VM (new ids and addresses).
    user.click(_glyph(window, host))
    assert window.scene.selected_ids() == [host]
    ids = set(topo().all_ids())
    user.key("Ctrl+D")
    copies = set(topo().all_ids()) - ids
    host2 = next(i for i in copies if topo().device(i).kind == "esxi-host")
    vm2 = next(i for i in copies if topo().device(i).kind == "vm")
    assert topo().device(vm2).host == host2
    assert [i.vtep for i in topo().device(host2).interfaces] == [True]

    # Right-click the first VM: Trace from here proposes the other VM and traces.
    def menus() -> list[QMenu]:
        return [m for m in window.findChildren(QMenu)
                if m.objectName() == "canvas_menu" and m.isVisible()]

    user.right_click(_glyph(window, vm))
    menu = menus()[-1]
    action = next(a for a in menu.actions() if a.objectName() == "anim.trace_from_here")
    user.click_widget(menu, menu.actionGeometry(action).center())

    assert user.actions <= MAX_ACTIONS, user.actions
    controller = window.animation
    qtbot.waitUntil(lambda: controller.trace is not None, timeout=3000)
    trace = controller.trace
    assert (controller.request.source, controller.request.to) == (vm, vm2)
    assert trace.delivered
    steps = [(h.device, s.type, str(dict(s.extra).get("layer", ""))) for h in trace.hops
             for s in h.steps]
    assert any(d == host and t == "encapsulate" and "VXLAN" in (layer or "")
               for d, t, layer in steps), steps
    assert any(d == host2 and t == "decapsulate" for d, t, _layer in steps), steps


def test_connecting_never_rubber_band_selects(window):
    """Shift+drag across other devices connects, and selects none of what the line crosses."""
    window.view.zoom_reset()
    window.scene.select_ids([])
    start = _glyph(window, "jumpbox")
    end = _bar(window, "icp-ls")
    window.view.centerOn((start + end) / 2)
    drag(window.view, start, end, modifiers=Qt.KeyboardModifier.ShiftModifier)
    assert window.doc.topology.device("jumpbox").interfaces[-1].network == "icp-ls"
    assert window.scene.selected_ids() == []
