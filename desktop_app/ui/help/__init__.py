"""The Help menu and the Preferences entry: welcome, guided tour, file format, about.

``install_help(window)`` connects the window's actions (registered in ``actions.py``) to
the pages here, sets the application icon, and applies the saved preferences the window
does not read by itself. The window keeps the result as ``window.help_``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, Qt, QTimer
from PySide6.QtGui import QIcon

from desktop_app.paths import APP_ICON

from .welcome import WELCOME_KEY, WelcomeDialog, first_run, reference_sample_open

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow

    from .about import AboutDialog
    from .file_format import FileFormatDialog
    from .tour import Tour

__all__ = ["HelpPages", "WelcomeDialog", "install_help"]


class HelpPages(QObject):
    """The window's help pages and its one tour."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window
        self.tour: Tour | None = None
        self.welcome: WelcomeDialog | None = None

    def show_welcome(self) -> WelcomeDialog:
        """Help → Welcome (and the first start): non-modal, one at a time."""
        QSettings().setValue(WELCOME_KEY, True)
        if self.welcome is None:
            self.welcome = WelcomeDialog(self.window)
            self.welcome.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.welcome.destroyed.connect(lambda: setattr(self, "welcome", None))
            self.welcome.tour_requested.connect(self.start_tour)
        self.welcome.show()
        self.welcome.raise_()
        self.welcome.activateWindow()
        return self.welcome

    def welcome_if_first_run(self) -> WelcomeDialog | None:
        """The welcome page the first time the app starts, never after. A start that opens a
        lesson (``--flow``, ``--presentation``) skips it and leaves it for the next plain start:
        nothing covers the lesson a trainer asked for."""
        if getattr(self.window, "flow", None) or getattr(self.window, "presentation", False):
            return None
        return self.show_welcome() if first_run() else None

    def start_tour(self, _tries: int = 0) -> Tour | None:
        """The guided tour, on the reference sample when the open file has no saved flows."""
        window = self.window
        if window.animation is None:  # start-up builds the animation after the first paint
            if _tries < 50:
                QTimer.singleShot(100, lambda: self.start_tour(_tries + 1))
            return None
        if not window.doc.topology.flows and not reference_sample_open(window):
            from desktop_app.paths import REFERENCE_SAMPLE

            if not window.files.open_with_prompt(str(REFERENCE_SAMPLE)):
                return None
        if self.tour is None:
            from .tour import Tour  # the tour needs the animation, built after the first frame

            self.tour = Tour(window)
        if self.tour.active:
            self.tour.leave()
        if not self.tour.start():
            window.show_message(self.tr("The tour needs a file with saved flows."))
            return None
        return self.tour

    def show_file_format(self) -> FileFormatDialog:
        from .file_format import show_file_format  # pages load when first opened

        return show_file_format(self.window)

    def show_about(self) -> AboutDialog:
        from .about import show_about

        return show_about(self.window)

    def show_preferences(self):
        from desktop_app.ui.preferences import show_preferences

        return show_preferences(self.window)


def install_help(window: MainWindow) -> HelpPages:
    """Connect Help → Welcome / Guided Tour / File Format and Edit → Preferences; set the icon."""
    from desktop_app.ui.preferences import apply_saved_preferences

    pages = HelpPages(window)
    window.help_ = pages
    window.setWindowIcon(QIcon(str(APP_ICON)))
    window.action("help.welcome").triggered.connect(pages.show_welcome)
    window.action("help.tour").triggered.connect(lambda: pages.start_tour())
    window.action("help.file_format").triggered.connect(pages.show_file_format)
    window.action("edit.preferences").triggered.connect(pages.show_preferences)
    apply_saved_preferences(window)
    return pages
