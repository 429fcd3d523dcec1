"""The welcome page: shown on the first start (and from Help → Welcome).

It says in three sentences what the program is for, opens the reference sample, and offers
the one-minute guided tour. A setting remembers that it was shown, so it comes once.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSettings, Qt, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from desktop_app.paths import APP_ICON, REFERENCE_SAMPLE

if TYPE_CHECKING:
    from desktop_app.ui.main_window import MainWindow

WELCOME_KEY = "help/welcome_shown"


def reference_sample_open(window: MainWindow) -> bool:
    path = window.doc.path
    try:
        return bool(path) and REFERENCE_SAMPLE.resolve().samefile(path)
    except OSError:
        return False


class WelcomeDialog(QDialog):
    """What hybridviz does, with the tour as the default button."""

    tour_requested = Signal()

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.setObjectName("welcome_dialog")
        self.window_ = window
        icon = QLabel()
        icon.setPixmap(QIcon(str(APP_ICON)).pixmap(88, 88))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.text = QLabel()
        self.text.setObjectName("welcome_text")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setOpenExternalLinks(False)
        self.text.linkActivated.connect(self._link)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addWidget(self.text, 1)

        self.tour = QPushButton()
        self.tour.setObjectName("welcome_tour")
        self.tour.setDefault(True)
        self.tour.setAutoDefault(True)
        self.sample = QPushButton()
        self.sample.setObjectName("welcome_sample")
        self.close_button = QPushButton()
        self.close_button.setObjectName("welcome_close")
        buttons = QHBoxLayout()
        buttons.addWidget(self.sample)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.tour)
        self.tour.clicked.connect(self.take_tour)
        self.sample.clicked.connect(self.open_sample)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 14)
        layout.setSpacing(14)
        layout.addLayout(top, 1)
        layout.addLayout(buttons)
        self.retranslate()
        self.setMinimumWidth(560)
        window.doc.path_changed.connect(lambda _p: self._sample_state())

    def open_sample(self) -> bool:
        """Open the reference sample (asking first about unsaved changes); True when it is open.

        With the sample already open the button offers the other templates instead."""
        if reference_sample_open(self.window_):
            self.accept()
            from desktop_app.ui.templates import choose_template

            choose_template(self.window_)
            return True
        opened = self.window_.files.open_with_prompt(str(REFERENCE_SAMPLE))
        self._sample_state()
        return opened

    def take_tour(self) -> None:
        self.accept()
        self.tour_requested.emit()

    def _sample_state(self) -> None:
        # Never a greyed first button: with the sample open it offers the templates.
        is_open = reference_sample_open(self.window_)
        self.sample.setText(self.tr("Start from a &template…") if is_open
                            else self.tr("Open the &reference sample"))
        self.sample.setToolTip(self.tr("The reference sample is open; start a new topology "
                                       "from a template") if is_open
                               else str(REFERENCE_SAMPLE))

    def _link(self, href: str) -> None:
        window = self.window_
        if href == "#shortcuts":
            window.show_shortcuts()
        elif href == "#format":
            window.action("help.file_format").trigger()
        elif href == "#preferences":
            window.action("edit.preferences").trigger()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome to hybridviz"))
        self.text.setText(
            "<h2>" + self.tr("Welcome to hybridviz") + "</h2><p>"
            + self.tr("Draw a hybrid-cloud network, then watch a packet cross it hop by hop: "
                      "NAT on the NSX Edge, VXLAN between ESXi hosts, IP-in-IP between "
                      "Kubernetes nodes, the L2 stretch to the enterprise site. Every hop shows "
                      "its rules and the packet's headers, byte by byte.")
            + "</p><p>"
            + self.tr("The reference sample is the network of the training material, with "
                      "its saved flows. The tour plays one of them in four short steps.")
            + "</p><p>"
            + self.tr("Later: <a href='#shortcuts'>keyboard shortcuts</a> (F1), "
                      "<a href='#format'>the file format</a>, "
                      "<a href='#preferences'>language and theme</a>. This page stays in the "
                      "Help menu.")
            + "</p>")
        self.tour.setText(self.tr("Take the &one-minute tour"))
        self.close_button.setText(self.tr("&Explore on my own"))
        self._sample_state()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def first_run(settings: QSettings | None = None) -> bool:
    """True until the welcome page has been shown once."""
    value = (settings or QSettings()).value(WELCOME_KEY, False)
    return not (value is True or str(value).lower() in ("1", "true", "yes"))
