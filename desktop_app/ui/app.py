"""Start the desktop window: the application object, the theme, the first file."""

from __future__ import annotations

import sys

APP_NAME = "hybridviz"
ORGANIZATION = "hybridviz"
EXIT_OK, EXIT_BAD_INPUT = 0, 2


def application(argv: list[str] | None = None):
    """The QApplication, created once with the app's name, style and theme."""
    from PySide6.QtWidgets import QApplication

    from desktop_app.ui.i18n import install_translators
    from desktop_app.ui.theme import apply_theme, resolve_theme

    app = QApplication.instance()
    if app is None:
        app = QApplication(argv if argv is not None else sys.argv[:1])
        app.setStyle("Fusion")
    from desktop_app.ui.canvas.editing import release_clipboard

    app.aboutToQuit.connect(release_clipboard)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    app.setApplicationDisplayName("hybridviz")
    from PySide6.QtGui import QIcon

    from desktop_app.paths import APP_ICON

    app.setWindowIcon(QIcon(str(APP_ICON)))
    app.setDesktopFileName("hybridviz")  # Wayland finds the icon and name in hybridviz.desktop
    install_translators(app)  # before any widget: every text is set in the chosen language
    apply_theme(app, resolve_theme())
    return app


def run(path: str | None, flow: str | None = None, presentation: bool = False) -> int:
    """Open the window on a file (the reference sample by default) and run until it closes.

    A startup file that does not load shows its problems in a dialog and returns 2 without
    opening a window.
    """
    app = application()
    from desktop_app.paths import REFERENCE_SAMPLE
    from desktop_app.ui.main_window import MainWindow

    window = MainWindow(flow=flow, presentation=presentation, defer_panels=True)
    target = path or str(REFERENCE_SAMPLE)
    if not window.files.open_path(target):
        window.deleteLater()
        return EXIT_BAD_INPUT
    from desktop_app.ui.slot_failures import SlotFailures

    failures = SlotFailures(lambda: window.doc.path)
    failures.install()
    window.show()
    window.files.offer_recovery()
    window.help_.welcome_if_first_run()  # the first start: welcome page and guided tour
    try:
        return app.exec()
    finally:
        failures.uninstall()
