"""The one-minute guided tour: choose a flow, play it, step one hop, read a header.

Each step rings the widget to use and shows a callout beside it. A step moves on when the
user does what it asks, or when they press Next (Enter, Space or →), in which case the tour
does it for them, so the whole tour runs on keys alone; Esc leaves it. The tour only drives
the window's own controller and widgets: what it shows is what a user's clicks would show.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import QWidget

from desktop_app.ui.animation.header_tree import STATE_ROLE

from .callout import Spotlight, TourCallout, beside

if TYPE_CHECKING:
    from desktop_app.ui.animation.install import AnimationUi
    from desktop_app.ui.animation.player import AnimationController
    from desktop_app.ui.main_window import MainWindow

TOUR_DONE_KEY = "help/tour_completed"
AUTO_ADVANCE_MS = 900  # after the user did a step: long enough to see what it did


@dataclass
class TourStep:
    """One thing to do: where, how to tell it is done, and how the tour does it on Next."""

    key: str
    target: Callable[[], QWidget | None]
    begin: Callable[[], None]
    done: Callable[[], bool]
    perform: Callable[[], None]
    signals: list = field(default_factory=list)  # when one fires, the step checks done()
    sides: tuple[str, ...] = ("right", "below", "left", "above")
    auto_advance: bool = True


class Tour(QObject):
    """Runs the four steps on a main window with the animation installed."""

    step_changed = Signal(int)  # the index of the step now shown
    finished = Signal(bool)  # True when every step was done, False when the user left

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.setObjectName("tour")
        self.window = window
        self.index = -1
        self.active = False
        self.completed: list[str] = []  # keys of the steps whose goal was reached
        self._pending = False  # Next pressed: the tour did the step and moves on once done
        self._baseline = 0
        self._connections: list[tuple[object, Callable]] = []
        self.callout = TourCallout(window)
        self.callout.hide()
        self.spotlight = Spotlight(window)
        self.spotlight.hide()
        self.callout.next_requested.connect(self.next)
        self.callout.leave_requested.connect(lambda: self.leave())
        self._advance = QTimer(self)
        self._advance.setSingleShot(True)
        self._advance.timeout.connect(self._go_on)
        self._follow = QTimer(self)  # docks move and windows resize: keep the callout beside
        self._follow.setInterval(200)
        self._follow.timeout.connect(self._place)
        self.steps = self._make_steps()
        window.installEventFilter(self)

    # -- the steps -----------------------------------------------------------------------------
    @property
    def controller(self) -> AnimationController:
        return self.window.animation

    @property
    def ui(self) -> AnimationUi:
        return self.window.animation.ui

    def _make_steps(self) -> list[TourStep]:
        c = lambda: self.controller  # noqa: E731 - the controller exists once the tour starts
        return [
            TourStep("select_flow", lambda: self.ui.flows.list, self._begin_select,
                     lambda: c().request is not None and c().trace is not None,
                     self._perform_select, ["request_changed"], ("right", "below")),
            TourStep("play", lambda: self.ui.playback.widgetForAction(self.ui.actions["anim.play"]),
                     self._begin_play, lambda: c().hop > self._baseline,
                     lambda: c().play(), ["hop_changed"], ("below", "right")),
            TourStep("step", lambda: self.ui.playback.widgetForAction(
                         self.ui.actions["anim.step_forward"]),
                     self._begin_step, lambda: not c().playing and c().hop > self._baseline,
                     lambda: c().step_forward(), ["hop_changed", "playing_changed"],
                     ("below", "right")),
            TourStep("read_header", lambda: self.ui.inspector.tree, self._begin_header,
                     lambda: self.ui.inspector.tree.currentItem() is not None,
                     self._perform_header, ["field_selected"], ("left", "below"),
                     auto_advance=False),
        ]

    def _texts(self, key: str) -> tuple[str, str]:
        """(title, what to do) of a step, in the interface's language."""
        if key == "select_flow":
            return (self.tr("Choose a flow"), self.tr(
                "A flow is a packet's trip from one device to another. The file's saved flows "
                "are listed here: <b>double-click one</b> to trace it (or type a source and a "
                "destination in the flow bar at the top)."))
        if key == "play":
            return (self.tr("Play it"), self.tr(
                "Press <b>Play</b> (or Space on the canvas). The packet walks the path; its "
                "colour and the card beside it show the headers it carries, and a ring marks "
                "where a tunnel wraps it (VXLAN, IP-in-IP, IPsec)."))
        if key == "step":
            return (self.tr("Step one hop"), self.tr(
                "Playback is paused. Press <b>Next hop</b> (or → on the canvas) to move the "
                "packet one device on and stop there: each hop is one device's decision."))
        return (self.tr("Read a header"), self.tr(
            "The <b>Hop inspector</b> says what this hop did and shows the packet as it leaves. "
            "<b>Click a header field</b>: its bytes light up in the hex view below. Highlighted "
            "rows are what this hop changed (NAT, encapsulation)."))

    def _signal(self, name: str):
        if name == "field_selected":
            return self.ui.inspector.tree.field_selected
        return getattr(self.controller, name)

    def _begin_select(self) -> None:
        self.controller.clear()  # a flow left from before would make the step done already
        self.ui.flows.show()
        self.ui.flows.raise_()

    def _perform_select(self) -> None:
        flows = self.ui.flows
        if flows.list.count() == 0:
            return
        row = max(0, flows.list.currentRow())
        flows.list.setCurrentRow(row)
        self.controller.play_flow(str(flows.flow_ids()[row]), play=False)

    def _begin_play(self) -> None:
        self.ui.playback.show()
        c = self.controller
        if c.trace is not None:
            # Activating a flow may already have started playback: stop it, so that the Play
            # the step asks for starts the packet instead of pausing it (and stalling the tour).
            c.go_to(0 if c.hop >= c.hop_count - 1 else c.hop)
        self._baseline = c.hop

    def _begin_step(self) -> None:
        c = self.controller
        if c.trace is not None:
            # Stop dead: a paused packet would still finish the leg it is on, and count.
            c.go_to(0 if c.hop >= c.hop_count - 1 else c.hop)
        self._baseline = c.hop

    def _begin_header(self) -> None:
        c = self.controller
        if c.trace is not None and c.playing:
            c.go_to(c.hop)
        self.ui.inspector.show()
        self.ui.inspector.raise_()
        tree = self.ui.inspector.tree
        tree.clearSelection()
        tree.setCurrentItem(None)

    def _perform_header(self) -> None:
        """Select the row most worth reading: a field this hop changed, else the first one."""
        tree = self.ui.inspector.tree
        first = None
        for i in range(tree.topLevelItemCount()):
            top = tree.topLevelItem(i)
            for j in range(top.childCount()):
                child = top.child(j)
                first = first or child
                if child.data(0, STATE_ROLE):  # changed or translated at this hop
                    first = child
                    break
            else:
                continue
            break
        if first is None and tree.topLevelItemCount():
            first = tree.topLevelItem(0)
        if first is not None:
            if first.parent() is not None:
                first.parent().setExpanded(True)
            tree.setCurrentItem(first)
            tree.scrollToItem(first)

    # -- running -------------------------------------------------------------------------------
    @property
    def step(self) -> TourStep | None:
        return self.steps[self.index] if 0 <= self.index < len(self.steps) else None

    def start(self) -> bool:
        """Begin at step 1; False when the window has no animation (yet) or no saved flows."""
        if self.window.animation is None or self.ui.flows.list.count() == 0:
            return False
        self.active = True
        self.completed = []
        self.window.doc.reset.connect(self._document_replaced)
        self._show(0)
        return True

    def next(self) -> None:
        """Enter, Space, → or the Next button: the step is done for the user if need be."""
        step = self.step
        if step is None:
            return
        if step.done():
            self._go_on()
            return
        # The tour does the step; it moves on once the result is there (a step's move takes a
        # moment). The last step waits for one more Next, so its result can be read.
        self._pending = step.auto_advance
        step.perform()
        self._check()

    def leave(self, completed: bool = False) -> None:
        """Esc or Leave: hide the tour; what it did to the window stays as it is."""
        if not self.active:
            return
        self.active = False
        self._disconnect()
        self._advance.stop()
        self._follow.stop()
        try:
            self.window.doc.reset.disconnect(self._document_replaced)
        except (RuntimeError, TypeError):
            pass
        self.callout.hide()
        self.spotlight.hide()
        self.index = -1
        if completed:
            QSettings().setValue(TOUR_DONE_KEY, True)
            self.window.show_message(self.tr("Tour finished. Help → Guided Tour runs it again."))
        self.window.view.setFocus()
        self.finished.emit(completed)

    def _show(self, index: int) -> None:
        self._disconnect()
        self._advance.stop()
        self._pending = False
        self.index = index
        step = self.steps[index]
        step.begin()
        for name in step.signals:
            signal = self._signal(name)
            slot = self._check_later
            signal.connect(slot)
            self._connections.append((signal, slot))
        self.retranslate()
        self.callout.show()
        self.callout.raise_()
        self.spotlight.raise_()
        self.callout.raise_()
        self._place()
        self._follow.start()
        self.focus()
        self.step_changed.emit(index)

    def focus(self) -> None:
        """Give the callout the keys (now, and again once raised docks have settled)."""
        self.window.activateWindow()
        self.callout.setFocus(Qt.FocusReason.OtherFocusReason)
        QTimer.singleShot(0, lambda: self.active and self.callout.setFocus(
            Qt.FocusReason.OtherFocusReason))

    def _disconnect(self) -> None:
        for signal, slot in self._connections:
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):
                pass
        self._connections = []

    def _check_later(self, *_args) -> None:
        # Signals arrive mid-change (hop_changed before the controller stops playing).
        QTimer.singleShot(0, self._check)

    def _check(self) -> None:
        step = self.step
        if step is None or not self.active or not step.done():
            return
        if step.key not in self.completed:
            self.completed.append(step.key)
        self.retranslate()
        if self._pending:
            self._advance.start(150)
        elif step.auto_advance and not self._advance.isActive():
            self._advance.start(AUTO_ADVANCE_MS)

    def _go_on(self) -> None:
        step = self.step
        if step is not None and step.done() and step.key not in self.completed:
            self.completed.append(step.key)
        if self.index + 1 >= len(self.steps):
            self.leave(completed=True)
        else:
            self._show(self.index + 1)

    def _document_replaced(self) -> None:
        if self.active and self.index > 0:
            self.leave()

    # -- placing the callout -------------------------------------------------------------------
    def _place(self) -> None:
        step = self.step
        target = step.target() if step is not None else None
        if step is None or target is None or not target.isVisible():
            return
        top_left = target.mapTo(self.window, QPoint(0, 0))
        ring = QRect(top_left, target.size()).adjusted(-4, -4, 4, 4)
        box = beside(ring, self.callout.fitted_size(), self.window.rect(), step.sides)
        if self.callout.geometry() != box:
            self.callout.setGeometry(box)
        self.spotlight.show_around(ring, box)
        self.callout.raise_()

    # -- texts ---------------------------------------------------------------------------------
    def retranslate(self) -> None:
        step = self.step
        if step is None:
            return
        title, body = self._texts(step.key)
        c = self.callout
        c.counter.setText(self.tr("Step {0} of {1}").format(self.index + 1, len(self.steps)))
        c.title.setText(title)
        c.body.setText(body)
        done = step.done()
        c.state.setText(self.tr("✓ Done") if done else "")
        c.state.setVisible(done)
        last = self.index == len(self.steps) - 1
        if done:
            c.next_button.setText(self.tr("Finish") if last else self.tr("Next ▸"))
        else:
            c.next_button.setText(self.tr("Show me ▸"))
        c.leave_button.setText(self.tr("Leave tour"))
        c.keys.setText(self.tr("Enter, Space or → : next · Esc: leave the tour"))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if obj is self.window and self.active:
            if event.type() == QEvent.Type.LanguageChange:
                self.retranslate()
            elif event.type() == QEvent.Type.Resize:
                QTimer.singleShot(0, self._place)
        return False
