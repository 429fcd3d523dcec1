"""An exception inside the running window is one sentence, never a traceback."""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox

from desktop_app.ui.slot_failures import SlotFailures


def test_a_failing_slot_is_told_in_a_sentence_and_the_window_keeps_going(qtbot, make_window, sample_copy,
                                                                        capfd, monkeypatch):
    window = make_window(sample_copy)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back whatever pytest had
    failures = SlotFailures(lambda: window.doc.path)
    failures.install()
    try:
        def broken() -> None:
            raise RuntimeError("a bug this input reached")

        # Qt calls the slot from its event loop, the way a click or a timer would.
        QTimer.singleShot(0, broken)
        QTimer.singleShot(0, broken)  # twice: one box, not two
        qtbot.waitUntil(lambda: failures.box is not None and failures.box.isVisible())
    finally:
        failures.uninstall()
    err = capfd.readouterr().err
    assert "Traceback" not in err
    lines = [line for line in err.splitlines() if "Something went wrong" in line]
    assert len(lines) == 2 and lines[0].startswith(f"{sample_copy}:1:1: Something went wrong (")
    assert "RuntimeError: a bug this input reached" in lines[0]
    assert "Something went wrong" in window.statusBar().currentMessage()
    boxes = [w for w in window.findChildren(QMessageBox) if w.isVisible()]
    assert len(boxes) == 1 and "undo and autosave" in boxes[0].text()
    boxes[0].accept()
    qtbot.waitUntil(lambda: failures.box is None)
    # the window still runs its event loop and its actions
    ran: list[bool] = []
    QTimer.singleShot(0, lambda: ran.append(True))
    qtbot.waitUntil(lambda: ran == [True])
    window.action("view.matrix").trigger()
    assert window.isVisible() and window.checks.matrix.isVisible()
    assert sys.excepthook is not failures.hook
