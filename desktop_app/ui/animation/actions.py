"""The animation's actions, registered in one place: ids (object names), shortcuts, tooltips."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QStyle, QWidget

# Keys that step the animation act where the packet is watched (the canvas, the timeline),
# never in text fields or the header tree, which need their arrows.
PLAYBACK_KEYS = ("anim.play", "anim.step_back", "anim.step_forward", "anim.restart", "anim.end")


@dataclass(frozen=True)
class ActionSpec:
    name: str
    text: str
    tip: str
    keys: tuple[str, ...] = ()
    icon: QStyle.StandardPixmap | None = None
    checkable: bool = False


SPECS = (
    ActionSpec("anim.play", "Play / pause", "Play or pause the packet (Space)", ("Space",),
               QStyle.StandardPixmap.SP_MediaPlay),
    ActionSpec("anim.step_back", "Previous hop", "Step back one hop (←)", ("Left",),
               QStyle.StandardPixmap.SP_MediaSeekBackward),
    ActionSpec("anim.step_forward", "Next hop", "Step forward one hop (→)", ("Right",),
               QStyle.StandardPixmap.SP_MediaSeekForward),
    ActionSpec("anim.restart", "Restart", "Back to the first hop and play (Home)", ("Home",),
               QStyle.StandardPixmap.SP_MediaSkipBackward),
    ActionSpec("anim.end", "Go to end", "Jump to the last hop (End)", ("End",),
               QStyle.StandardPixmap.SP_MediaSkipForward),
    ActionSpec("anim.slower", "Slower", "Halve the speed ([)", ("[",)),
    ActionSpec("anim.faster", "Faster", "Double the speed (])", ("]",)),
    ActionSpec("anim.trace", "Trace", "Trace the flow in the flow bar and play it (Ctrl+Return)",
               ("Ctrl+Return",)),
    ActionSpec("anim.pick", "Pick on canvas",
               "Click the source device on the canvas, then the destination (Esc cancels)",
               ("Ctrl+Shift+T",), None, checkable=True),
    ActionSpec("anim.save_flow", "Save as flow…",
               "Save the flow being traced into the file's flows (undoable)"),
    ActionSpec("anim.card", "Packet card", "Show what the packet looks like beside the token",
               (), None, checkable=True),
    ActionSpec("anim.follow", "Follow the packet", "Scroll the canvas to keep the packet in view",
               (), None, checkable=True),
    ActionSpec("anim.presentation", "Presentation mode",
               "Full screen with large fonts for a room; arrows step, Esc leaves (F5)", ("F5",),
               None, checkable=True),
    ActionSpec("anim.leave_presentation", "Leave presentation mode", "Leave presentation mode (Esc)",
               ("Esc",)),
    ActionSpec("anim.trace_from_here", "Trace from here",
               "Use this device as the flow's source"),
    ActionSpec("anim.trace_to_here", "Trace to here",
               "Use this device as the flow's destination and trace"),
)


def create_actions(owner: QWidget) -> dict[str, QAction]:
    """Every animation action, parented to ``owner`` (the main window)."""
    out: dict[str, QAction] = {}
    style = owner.style()
    for spec in SPECS:
        tip = QCoreApplication.translate("animation", spec.tip)
        action = QAction(QCoreApplication.translate("animation", spec.text), owner)
        action.setObjectName(spec.name)
        action.setToolTip(tip)
        action.setStatusTip(tip)
        if spec.keys:
            action.setShortcuts([QKeySequence(k) for k in spec.keys])
        if spec.icon is not None:
            action.setIcon(style.standardIcon(spec.icon))
        action.setCheckable(spec.checkable)
        if spec.name in PLAYBACK_KEYS:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        out[spec.name] = action
    out["anim.card"].setChecked(True)
    out["anim.follow"].setChecked(True)
    out["anim.leave_presentation"].setEnabled(False)
    return out
