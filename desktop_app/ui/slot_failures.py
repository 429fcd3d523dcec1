"""An exception inside the running window: one sentence, never a traceback.

Qt calls Python for every click, key and timer; an exception raised there does not stop the
event loop, it reaches ``sys.excepthook``, whose default prints a traceback on the terminal and
shows the user nothing. The window's hook says it in one sentence instead: on stderr (the
``FILE:1:1:`` form every entry point uses), in the status bar, and once in a message
box (a burst of the same failure, say in a paint handler, opens one box, not hundreds). The
window keeps running; the work is kept by undo and autosave.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from desktop_app.model.failure import describe
from desktop_app.model.problems import ERROR, Problem

Hook = Callable[[type[BaseException], BaseException, TracebackType | None], None]


def sentence(exc: BaseException) -> str:
    return QCoreApplication.translate(
        "SlotFailures", "Something went wrong ({error}). Your work is kept: undo and autosave "
        "still hold it. Please report this with the file.").format(error=describe(exc))


class SlotFailures:
    """``sys.excepthook`` while the window runs; ``uninstall`` puts the previous one back."""

    def __init__(self, file: Callable[[], str | None]):
        self.file = file  # the open file's path, named in the sentence
        self.previous: Hook = sys.excepthook
        self.box: QMessageBox | None = None
        self.showing = False  # a box is open or about to open

    def install(self) -> None:
        sys.excepthook = self.hook

    def uninstall(self) -> None:
        if sys.excepthook == self.hook:
            sys.excepthook = self.previous

    def hook(self, kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt | SystemExit):  # the user's own doing: stop
            QApplication.quit()
            return
        said = sentence(exc)
        print(Problem("", said, ERROR, 1, 1, self.file() or "hybridviz").format(), file=sys.stderr)
        window = next((w for w in QApplication.topLevelWidgets()
                       if isinstance(w, QMainWindow) and w.isVisible()), None)
        if window is not None:
            window.statusBar().showMessage(said, 15000)
        if not self.showing:  # shown after the failing handler has returned
            self.showing = True
            QTimer.singleShot(0, lambda: self._show(window, said))

    def _show(self, parent: QMainWindow | None, said: str) -> None:
        box = self.box = QMessageBox(QMessageBox.Icon.Warning, QCoreApplication.translate(
            "SlotFailures", "Something went wrong"), said, QMessageBox.StandardButton.Ok, parent)
        box.finished.connect(self._closed)
        box.open()

    def _closed(self) -> None:
        self.box, self.showing = None, False
