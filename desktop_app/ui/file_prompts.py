"""The questions saving and opening ask the user, as dialogs (tests answer them instead).

Unsaved changes, where to open and save, a file that would not open, a read-only file, a file
another program changed since it was opened (Reload / Overwrite / Save As), recovery.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop_app.ui.autosave import Autosave

FILE_FILTER = QT_TRANSLATE_NOOP("files", "hybridviz topologies (*.yaml *.yml);;All files (*)")
# Exports carry their topology (desktop_app/model/embedded.py), so Open takes them too.
OPEN_FILTER = QT_TRANSLATE_NOOP(
    "files", "hybridviz topologies and exports (*.yaml *.yml *.png *.svg *.pdf *.drawio *.html)"
    ";;All files (*)")


def tr(text: str) -> str:
    """A text marked with ``QT_TRANSLATE_NOOP("files", …)``, in the current language."""
    return QCoreApplication.translate("files", text)


class Prompts:
    """The questions the file controller asks the user (tests replace these)."""

    def save_changes(self, parent: QWidget, name: str) -> str:
        """``save``, ``discard`` or ``cancel``."""
        box = QMessageBox(QMessageBox.Icon.Warning,
                          QCoreApplication.translate("files", "Unsaved changes"),
                          QCoreApplication.translate("files", "Save the changes to “{0}” first?")
                          .format(name),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, parent)
        box.setInformativeText(QCoreApplication.translate(
            "files", "Your changes are lost if you don't save them."))
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        answer = box.exec()
        return {QMessageBox.StandardButton.Save: "save",
                QMessageBox.StandardButton.Discard: "discard"}.get(
                    QMessageBox.StandardButton(answer), "cancel")

    def open_path(self, parent: QWidget, folder: str) -> str | None:
        path, _ = QFileDialog.getOpenFileName(
            parent, QCoreApplication.translate("files", "Open topology"), folder, tr(OPEN_FILTER))
        return path or None

    def save_path(self, parent: QWidget, suggested: str) -> str | None:
        path, _ = QFileDialog.getSaveFileName(
            parent, QCoreApplication.translate("files", "Save topology as"), suggested,
            tr(FILE_FILTER))
        if path and not Path(path).suffix:
            path += ".yaml"
        return path or None

    def load_failed(self, parent: QWidget | None, path: str, summary: str,
                    details: list[str]) -> None:
        if parent is None:  # at start-up, from a terminal: say it there too
            print(f"hybridviz: could not open {path}", file=sys.stderr)
            for line in details or [summary]:
                print(line, file=sys.stderr)
        if QGuiApplication.platformName() in ("offscreen", "minimal"):
            return  # no screen: a modal box nobody can see would wait forever
        box = QMessageBox(QMessageBox.Icon.Critical, "hybridviz",
                          QCoreApplication.translate("files", "Could not open {path}")
                          .format(path=path), QMessageBox.StandardButton.Close, parent)
        box.setObjectName("load_error")
        box.setInformativeText(summary)
        if details:
            box.setDetailedText("\n".join(details))
        box.exec()

    def save_failed(self, parent: QWidget, path: str, reason: str) -> None:
        QMessageBox.critical(parent, "hybridviz", QCoreApplication.translate(
            "files", "Could not save {0}: {1}").format(path, reason))

    def replace_read_only(self, parent: QWidget, path: str) -> bool:
        """Whether to replace a read-only file anyway."""
        box = QMessageBox(QMessageBox.Icon.Warning,
                          QCoreApplication.translate("files", "Read-only file"),
                          QCoreApplication.translate("files", "“{0}” is read-only.").format(path),
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
                          parent)
        box.setObjectName("read_only_prompt")
        box.setInformativeText(QCoreApplication.translate(
            "files", "Replace it anyway? It stays read-only afterwards."))
        box.button(QMessageBox.StandardButton.Save).setText(
            QCoreApplication.translate("files", "Replace"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return QMessageBox.StandardButton(box.exec()) == QMessageBox.StandardButton.Save

    def changed_elsewhere_box(self, parent: QWidget, path: str) -> QMessageBox:
        """The question asked when the file changed on disk since it was opened."""
        box = QMessageBox(QMessageBox.Icon.Warning,
                          QCoreApplication.translate("files", "File changed on disk"),
                          QCoreApplication.translate(
                              "files", "“{0}” was changed by another program since you opened "
                              "it.").format(path), QMessageBox.StandardButton.NoButton, parent)
        box.setObjectName("changed_elsewhere_prompt")
        box.setInformativeText(QCoreApplication.translate(
            "files", "Reload it and lose your changes, overwrite it with yours, or save yours "
            "under another name?"))
        for answer, text, role in (
                ("reload", QT_TRANSLATE_NOOP("files", "Reload"), QMessageBox.ButtonRole.DestructiveRole),
                ("overwrite", QT_TRANSLATE_NOOP("files", "Overwrite"), QMessageBox.ButtonRole.AcceptRole),
                ("save_as", QT_TRANSLATE_NOOP("files", "Save As…"), QMessageBox.ButtonRole.ActionRole)):
            button = box.addButton(tr(text), role)
            button.setObjectName(answer)
        box.setDefaultButton(box.addButton(QMessageBox.StandardButton.Cancel))
        return box

    def changed_elsewhere(self, parent: QWidget, path: str) -> str:
        """``reload``, ``overwrite``, ``save_as`` or ``cancel``."""
        box = self.changed_elsewhere_box(parent, path)
        box.exec()
        clicked = box.clickedButton()
        name = clicked.objectName() if clicked is not None else ""
        return name if name in ("reload", "overwrite", "save_as") else "cancel"

    def failed(self, parent: QWidget | None, title: str, sentence: str) -> None:
        """Something went wrong that is nobody's input: say it (a dialog where there is a
        screen, the terminal too at start-up)."""
        if parent is None:
            print(sentence, file=sys.stderr)
        if QGuiApplication.platformName() in ("offscreen", "minimal"):
            return
        box = QMessageBox(QMessageBox.Icon.Critical, "hybridviz", title,
                          QMessageBox.StandardButton.Close, parent)
        box.setObjectName("failure")
        box.setInformativeText(sentence)
        box.exec()

    def recover(self, parent: QWidget, entry: Autosave, others: int) -> str:
        """``recover``, ``discard`` or ``later`` for the newest leftover autosave."""
        box = QMessageBox(QMessageBox.Icon.Question,
                          QCoreApplication.translate("files", "Recover unsaved work?"),
                          QCoreApplication.translate(
                              "files", "hybridviz did not close properly. Recover {0}?")
                          .format(entry.describe()),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, parent)
        box.button(QMessageBox.StandardButton.Yes).setText(
            QCoreApplication.translate("files", "Recover"))
        box.button(QMessageBox.StandardButton.Cancel).setText(
            QCoreApplication.translate("files", "Not now"))
        if others:
            box.setInformativeText(QCoreApplication.translate(
                "files", "{0} older autosave(s) are kept.").format(others))
        answer = QMessageBox.StandardButton(box.exec())
        return {QMessageBox.StandardButton.Yes: "recover",
                QMessageBox.StandardButton.Discard: "discard"}.get(answer, "later")
