"""Help → About: the version, the application icon and the licences of what hybridviz is built on."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QEvent, Qt, qVersion
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app import __version__
from desktop_app.paths import APP_ICON


@dataclass(frozen=True)
class Component:
    """A library the application ships with, and the licence it comes under."""

    name: str
    distribution: str  # the name importlib.metadata knows it by ("" for the project itself)
    licence: str
    url: str


COMPONENTS: tuple[Component, ...] = (
    Component("hybridviz", "", "MIT", "https://opensource.org/license/mit"),
    Component("Qt / Qt for Python (PySide6)", "PySide6-Essentials", "LGPLv3",
              "https://doc.qt.io/qtforpython-6/licenses.html"),
    Component("networkx", "networkx", "BSD-3-Clause",
              "https://github.com/networkx/networkx/blob/main/LICENSE.txt"),
    Component("PyYAML", "PyYAML", "MIT", "https://github.com/yaml/pyyaml/blob/main/LICENSE"),
    Component("scapy", "scapy", "GPLv2", "https://github.com/secdev/scapy/blob/master/LICENSE"),
    Component("Pillow", "pillow", "HPND (MIT-CMU)",
              "https://github.com/python-pillow/Pillow/blob/main/LICENSE"),
)


def app_icon() -> QIcon:
    """The application icon (resources/icons/hybridviz.svg)."""
    return QIcon(str(APP_ICON))


def installed_version(component: Component) -> str:
    """The version in use, or "" when the library is not installed (scapy, Pillow are lazy)."""
    if not component.distribution:
        return __version__
    if component.distribution == "PySide6-Essentials":
        try:
            import PySide6

            return f"{PySide6.__version__} (Qt {qVersion()})"
        except ImportError:
            return ""
    from importlib import metadata  # slow to import; only the About box needs it

    try:
        return metadata.version(component.distribution)
    except metadata.PackageNotFoundError:
        return ""


class AboutDialog(QDialog):
    """The version, what the program is for, and every component's licence with a link."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("about_dialog")
        self.setWindowIcon(app_icon())
        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(96, 96))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.heading = QLabel()
        self.heading.setObjectName("about_heading")
        self.heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.heading.setWordWrap(True)
        self.licences = QLabel()
        self.licences.setObjectName("about_licences")
        self.licences.setOpenExternalLinks(True)
        self.licences.setWordWrap(True)
        self.licences.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)

        text = QVBoxLayout()
        text.addWidget(self.heading)
        text.addWidget(self.licences)
        text.addStretch(1)
        top = QHBoxLayout()
        top.addWidget(icon)
        top.addLayout(text, 1)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.about_qt = QPushButton()
        self.about_qt.setObjectName("about_qt")
        self.buttons.addButton(self.about_qt, QDialogButtonBox.ButtonRole.ActionRole)
        self.about_qt.clicked.connect(lambda: QMessageBox.aboutQt(self))
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(self.buttons)
        self.retranslate()
        self.resize(600, 400)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("About hybridviz"))
        self.heading.setText(self.tr(
            "<h2>hybridviz {0}</h2><p>Draw a hybrid-cloud topology and watch a packet cross it "
            "hop by hop: NAT on the edge, VXLAN between hosts, IP-in-IP between Kubernetes "
            "nodes, the L2 stretch to the enterprise site.</p>").format(__version__))
        rows = []
        for c in COMPONENTS:
            version = installed_version(c)
            shown = escape(version) if version else self.tr("not installed")
            rows.append(f"<tr><td><b>{escape(c.name)}</b></td><td>{shown}</td>"
                        f"<td><a href='{escape(c.url)}'>{escape(c.licence)}</a></td></tr>")
        # Name, version, licence: the rows say what they are without a heading row.
        self.licences.setText(
            "<p>" + self.tr("Built with these components, each under its own licence:") + "</p>"
            "<table cellspacing='0' cellpadding='3'>" + "".join(rows) + "</table><p>"
            + self.tr("scapy is loaded only to write packet captures (pcapng), Pillow only "
                      "to write GIF animations.") + "</p>")
        self.about_qt.setText(self.tr("About &Qt"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def show_about(parent: QWidget | None) -> AboutDialog:
    """Open the About box (non-modal, deleted when closed)."""
    dialog = AboutDialog(parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
