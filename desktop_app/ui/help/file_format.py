"""Help → File Format: docs/format.md rendered, from the checkout or the installed wheel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, Qt, QUrl
from PySide6.QtGui import (
    QDesktopServices,
    QKeySequence,
    QPalette,
    QShortcut,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop_app.paths import FORMAT_DOC


def format_doc(language: str | None = None, doc: Path = FORMAT_DOC) -> Path:
    """The format doc in the UI's language when there is one (format.zh_CN.md), else English."""
    language = language or QLocale().name()
    for name in (language, language.split("_")[0]):
        localized = doc.with_name(f"{doc.stem}.{name}{doc.suffix}")
        if localized.is_file():
            return localized
    return doc


class FileFormatDialog(QDialog):
    """A browser on the format doc, with Find (Ctrl+F) and links that open outside."""

    def __init__(self, parent: QWidget | None = None, doc: Path | None = None):
        super().__init__(parent)
        self.setObjectName("file_format_dialog")
        self.doc = doc or format_doc()
        self.find = QLineEdit()
        self.find.setObjectName("file_format_find")
        self.find.setClearButtonEnabled(True)
        self.browser = QTextBrowser()
        self.browser.setObjectName("file_format_browser")
        self.browser.setOpenLinks(False)  # relative links go to the other docs, the rest outside
        self.browser.anchorClicked.connect(self._follow)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.find)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.find.returnPressed.connect(self.find_next)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.find.setFocus)
        self.retranslate()
        self.load(self.doc)
        self.resize(820, 760)

    def load(self, path: Path) -> bool:
        """Show a markdown file; a missing one gets a sentence saying where it was looked for."""
        try:
            text = path.read_text(encoding="utf-8")
        except OSError:
            self.browser.setPlainText(self.tr(
                "The file format description is not installed (looked for {0}).").format(path))
            return False
        self.doc = path
        self.browser.setSearchPaths([str(path.parent)])
        self.browser.setMarkdown(text)
        self._space_out()
        return True

    def _space_out(self) -> None:
        """Room round headings and paragraphs, a shaded band behind code (Qt's markdown
        import sets neither)."""
        doc = self.browser.document()
        shade = self.palette().color(QPalette.ColorRole.AlternateBase)
        cursor = QTextCursor(doc)
        block = doc.begin()
        while block.isValid():
            fmt = block.blockFormat()
            if fmt.headingLevel():
                fmt.setTopMargin(18 if fmt.headingLevel() <= 2 else 12)
                fmt.setBottomMargin(6)
            elif fmt.hasProperty(QTextFormat.Property.BlockCodeFence) or fmt.nonBreakableLines():
                fmt.setBackground(shade)
                fmt.setLeftMargin(6)
                fmt.setTopMargin(0)
                fmt.setBottomMargin(0)
            elif not block.textList():
                fmt.setBottomMargin(8)
            cursor.setPosition(block.position())
            cursor.setBlockFormat(fmt)
            block = block.next()

    def find_next(self) -> bool:
        """Select the next match of the find field (wrapping round once)."""
        needle = self.find.text()
        if not needle:
            return False
        if self.browser.find(needle):
            return True
        cursor = self.browser.textCursor()
        cursor.movePosition(cursor.MoveOperation.Start)
        self.browser.setTextCursor(cursor)
        return self.browser.find(needle)

    def _follow(self, url: QUrl) -> None:
        if url.isRelative() and url.path().endswith(".md"):
            target = (self.doc.parent / url.path()).resolve()
            if target.is_file():
                self.load(target)
                return
        if url.isRelative() and url.hasFragment() and not url.path():
            self.browser.scrollToAnchor(url.fragment())
            return
        QDesktopServices.openUrl(url)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("File Format"))
        self.find.setPlaceholderText(self.tr("Find in the page (Enter for the next match)"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def show_file_format(parent: QWidget | None) -> FileFormatDialog:
    """Open the format doc beside the window (non-modal, deleted when closed)."""
    dialog = FileFormatDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
