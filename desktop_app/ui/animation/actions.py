"""The animation's actions: ids (object names), shortcuts, icons and tooltips.

They are registered into the app's one action registry (``desktop_app.ui.actions``), so the
shortcuts page, ``docs/shortcuts.md`` and the shortcut-clash check list them with the rest.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QStyle, QWidget

from desktop_app.ui.actions import ActionSpec, all_specs, build_action, register, retranslate

# Keys that step the animation act where the packet is watched (the canvas, the timeline),
# never in text fields or the header tree, which need their arrows.
PLAYBACK_KEYS = ("anim.play", "anim.step_back", "anim.step_forward", "anim.restart", "anim.end")
CONTEXT = "animation"

SPECS = (
    ActionSpec("anim.play", QT_TRANSLATE_NOOP("animation", "Play / pause"),
               QT_TRANSLATE_NOOP("animation", "Play or pause the packet (Space)"),
               ("Space",), QStyle.StandardPixmap.SP_MediaPlay),
    ActionSpec("anim.step_back", QT_TRANSLATE_NOOP("animation", "Previous hop"),
               QT_TRANSLATE_NOOP("animation", "Step back one hop (←)"),
               ("Left",), QStyle.StandardPixmap.SP_MediaSeekBackward),
    ActionSpec("anim.step_forward", QT_TRANSLATE_NOOP("animation", "Next hop"),
               QT_TRANSLATE_NOOP("animation", "Step forward one hop (→)"),
               ("Right",), QStyle.StandardPixmap.SP_MediaSeekForward),
    ActionSpec("anim.restart", QT_TRANSLATE_NOOP("animation", "Restart"),
               QT_TRANSLATE_NOOP("animation", "Back to the first hop and play (Home)"),
               ("Home",), QStyle.StandardPixmap.SP_MediaSkipBackward),
    ActionSpec("anim.end", QT_TRANSLATE_NOOP("animation", "Go to end"),
               QT_TRANSLATE_NOOP("animation", "Jump to the last hop (End)"),
               ("End",), QStyle.StandardPixmap.SP_MediaSkipForward),
    ActionSpec("anim.slower", QT_TRANSLATE_NOOP("animation", "Slower"),
               QT_TRANSLATE_NOOP("animation", "Halve the speed ([)"),
               ("[",)),
    ActionSpec("anim.faster", QT_TRANSLATE_NOOP("animation", "Faster"),
               QT_TRANSLATE_NOOP("animation", "Double the speed (])"),
               ("]",)),
    ActionSpec("anim.trace", QT_TRANSLATE_NOOP("animation", "Trace"),
               QT_TRANSLATE_NOOP(
                   "animation", "Trace the flow in the flow bar and play it (Ctrl+Return)"),
               ("Ctrl+Return",)),
    ActionSpec("anim.pick", QT_TRANSLATE_NOOP("animation", "Pick on canvas"),
               QT_TRANSLATE_NOOP(
                   "animation", "Click the source device on the canvas, then the destination "
                   "(Esc cancels)"),
               ("Ctrl+Shift+T",), None, checkable=True),
    ActionSpec("anim.save_flow", QT_TRANSLATE_NOOP("animation", "Save as flow…"),
               QT_TRANSLATE_NOOP(
                   "animation", "Save the flow being traced into the file's flows (undoable)")),
    ActionSpec("anim.card", QT_TRANSLATE_NOOP("animation", "Packet card"),
               QT_TRANSLATE_NOOP("animation", "Show what the packet looks like beside the token"),
               (), None, checkable=True, checked=True),
    ActionSpec("anim.follow", QT_TRANSLATE_NOOP("animation", "Follow the packet"),
               QT_TRANSLATE_NOOP(
                   "animation", "Pan and zoom with the packet so this hop, the next one and "
                   "their names stay in view (presentation mode always follows)"),
               (), None, checkable=True, checked=True),
    ActionSpec("anim.recentre", QT_TRANSLATE_NOOP("animation", "Re-centre"),
               QT_TRANSLATE_NOOP(
                   "animation", "Back to the packet: follow it again after zooming or panning "
                   "by hand (C)"),
               ("C",)),
    ActionSpec("anim.presentation", QT_TRANSLATE_NOOP("animation", "Presentation mode"),
               QT_TRANSLATE_NOOP(
                   "animation", "Full screen with large fonts for a room; arrows step, "
                   "Esc leaves (F5)"),
               ("F5",), None, checkable=True),
    ActionSpec("anim.leave_presentation", QT_TRANSLATE_NOOP("animation", "Leave presentation mode"),
               QT_TRANSLATE_NOOP("animation", "Leave presentation mode (Esc)"),
               ("Esc",)),
    ActionSpec("anim.trace_from_here", QT_TRANSLATE_NOOP("animation", "Trace from here"),
               QT_TRANSLATE_NOOP("animation", "Use this device as the flow's source")),
    ActionSpec("anim.trace_to_here", QT_TRANSLATE_NOOP("animation", "Trace to here"),
               QT_TRANSLATE_NOOP(
                   "animation", "Use this device as the flow's destination and trace")),
)

register(SPECS, CONTEXT, keys_in_tip=True)


def create_actions(owner: QWidget) -> dict[str, QAction]:
    """Every animation action, parented to ``owner`` (the main window)."""
    out: dict[str, QAction] = {}
    for spec in SPECS:
        action = build_action(spec, owner)
        if spec.id in PLAYBACK_KEYS:
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        out[spec.id] = action
    retranslate_actions(out)
    out["anim.leave_presentation"].setEnabled(False)
    return out


def retranslate_actions(actions: dict[str, QAction]) -> None:
    """Labels and tips of the animation's actions in the current language."""
    retranslate(actions, [spec for spec in all_specs() if spec.context == CONTEXT])
