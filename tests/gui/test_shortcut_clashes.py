"""Every shortcut means one action on Linux, Windows and macOS alike."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtGui import QGuiApplication, QKeySequence

from desktop_app.ui import key_bindings
from desktop_app.ui.actions import all_specs


def _registered(window):
    assert window.animation is not None  # the animation's actions are registered too
    return [(spec.id, spec.keys) for spec in all_specs()]


@pytest.mark.parametrize("platform", key_bindings.PLATFORMS)
def test_no_two_actions_share_a_key(window, platform):
    specs = _registered(window)
    assert {"edit.duplicate", "edit.delete", "anim.play"} <= {i for i, _ in specs}
    assert key_bindings.clashes(specs, platform) == []


def test_the_check_sees_the_linux_ctrl_d_clash(window):
    # Qt's standard Delete would bring Ctrl+D along on Linux (and Meta+D on macOS).
    specs = [("edit.delete", (QKeySequence.StandardKey.Delete,)), ("edit.duplicate", ("Ctrl+D",))]
    assert key_bindings.clashes(specs, "linux") == ["Ctrl+D: edit.delete, edit.duplicate"]
    assert key_bindings.clashes(specs, "windows") == []


def test_delete_and_duplicate_keys_everywhere(window):
    delete = next(s for s in all_specs() if s.id == "edit.delete")
    for platform in key_bindings.PLATFORMS:
        assert key_bindings.sequences(delete.keys, platform) == ["Del", "Backspace"]
    assert "Ctrl+D" in [k.toString() for k in window.action("edit.duplicate").shortcuts()]


def test_table_matches_qt_on_this_platform(window):
    """The table says what Qt itself answers here (offscreen on Linux uses Windows' scheme)."""
    if QGuiApplication.platformName() != "offscreen" or not sys.platform.startswith("linux"):
        pytest.skip("the table is checked against Qt's offscreen platform")
    used = {k for spec in all_specs() for k in spec.keys
            if isinstance(k, QKeySequence.StandardKey)}
    assert used
    for key in used:
        qt = [s.toString(QKeySequence.SequenceFormat.PortableText)
              for s in QKeySequence.keyBindings(key)]
        assert key_bindings.sequences([key], "windows") == qt, key.name
