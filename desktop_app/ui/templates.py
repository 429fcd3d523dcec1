"""Start from a template: the reference ICP on VCS network, IKS, a two-host VXLAN lab, or empty.

An empty document shows the choice on the canvas itself, with a line on how to build from
scratch; File → New from Template… shows the same choice in a dialog. A template opens as
a new, unsaved document (Save asks for a name), so the sample files are never overwritten.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QMenu,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.model import Topology, load
from desktop_app.paths import SAMPLES

from .actions import ActionSpec, build_action, register, retranslate
from .i18n import on_language_change

if TYPE_CHECKING:
    from .main_window import MainWindow

CONTEXT = "templates"


@dataclass(frozen=True)
class Template:
    id: str
    name: str
    what: str
    file: str | None  # under samples/; None: an empty topology
    icon: str  # a device or network kind, for its picture


TEMPLATES = (
    Template("icp-vcs", QT_TRANSLATE_NOOP("templates", "ICP on VCS"),
             QT_TRANSLATE_NOOP("templates", "IBM Cloud Private in VMs on ESXi hosts with NSX, "
                               "the IBM Cloud network and an enterprise site stretched in"),
             "icp-vcs-hybrid.yaml", "k8s-node"),
    Template("iks", QT_TRANSLATE_NOOP("templates", "IKS"),
             QT_TRANSLATE_NOOP("templates", "An IKS cluster with its public ALB and a "
                               "LoadBalancer service reaching a database VM in VCS"),
             "iks-vcs.yaml", "pod"),
    Template("vxlan-lab", QT_TRANSLATE_NOOP("templates", "Two-host VXLAN lab"),
             QT_TRANSLATE_NOOP("templates", "Two ESXi hosts with VTEPs on a transport VLAN, "
                               "a VM on each on one logical switch, and the flow between them"),
             "templates/vxlan-lab.yaml", "esxi-host"),
    Template("empty", QT_TRANSLATE_NOOP("templates", "Empty"),
             QT_TRANSLATE_NOOP("templates", "A blank canvas: drag devices and networks from "
                               "the palette"), None, "vxlan"),
)
NEW_FROM_TEMPLATE = ActionSpec(
    "file.new_template", QT_TRANSLATE_NOOP("templates", "New from &Template…"),
    QT_TRANSLATE_NOOP("templates", "Start a new topology from a template: ICP on VCS, IKS, "
                      "a two-host VXLAN lab or empty"), ("Ctrl+Shift+N",), context=CONTEXT)
register([NEW_FROM_TEMPLATE], CONTEXT)


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def template_topology(template: Template) -> Topology:
    """The template's topology, freshly loaded (an empty one for ``empty``)."""
    if template.file is None:
        return Topology(name=QCoreApplication.translate("MainWindow", "Untitled topology"))
    return load(SAMPLES / template.file).topology


def start_from(window: MainWindow, template_id: str) -> bool:
    """Open a template as a new document (asking first about unsaved changes)."""
    template = next(t for t in TEMPLATES if t.id == template_id)
    if template.file is None and _is_empty(window.doc.topology):
        window.template_hint.dismiss_choice()  # already empty: just build
        return True
    if not window.files.new_from(template_topology(template)):
        return False
    QTimer.singleShot(0, window.view.fit_all)
    return True


def _is_empty(topology: Topology) -> bool:
    return not (topology.devices or topology.networks or topology.zones)


class TemplatePicker(QWidget):
    """One button per template (picture above name; the description as tooltip)."""

    def __init__(self, icon_for: Callable[[str], object], chosen: Callable[[str], None],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("template_picker")
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        self.buttons: dict[str, QToolButton] = {}
        for i, template in enumerate(TEMPLATES):
            button = QToolButton(self)
            button.setObjectName(f"template_{template.id}")
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            button.setIcon(icon_for(template.icon))  # type: ignore[arg-type]
            button.setIconSize(QSize(40, 40))
            button.setMinimumSize(QSize(132, 84))
            button.setAutoRaise(False)
            button.clicked.connect(lambda _=False, t=template.id: chosen(t))
            grid.addWidget(button, 0, i)
            self.buttons[template.id] = button
        self.retranslate()

    def retranslate(self) -> None:
        for template in TEMPLATES:
            button = self.buttons[template.id]
            button.setText(_tr(template.name))
            button.setToolTip(_tr(template.what))
            button.setStatusTip(_tr(template.what))


class EmptyCanvasHint(QFrame):
    """On an empty canvas: the templates, and one line on building from scratch."""

    def __init__(self, window: MainWindow):
        viewport = window.view.viewport()
        super().__init__(viewport)
        self.setObjectName("empty_canvas_hint")
        self.window_ = window
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.title = QLabel(self)
        self.title.setObjectName("empty_canvas_title")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.picker = TemplatePicker(window.style_.icons.icon, lambda t: start_from(window, t),
                                     self)
        self.hint = QLabel(self)
        self.hint.setObjectName("empty_canvas_text")
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 14, 18, 14)
        layout.addWidget(self.title)
        layout.addWidget(self.picker)
        layout.addWidget(self.hint)
        self._chose_empty = False
        viewport.installEventFilter(self)
        window.doc.changed.connect(lambda _ids: self.follow())
        window.doc.reset.connect(self._reset)
        self.retranslate()
        self.follow()

    def retranslate(self) -> None:
        self.title.setText(QCoreApplication.translate("templates", "Start from a template"))
        self.hint.setText(QCoreApplication.translate("templates",
            "Or build it here: drag devices and networks from the palette (a VM into a "
            "host's box), Shift+drag from a device onto a network to connect it, then "
            "right-click a device: Trace from here."))
        self.picker.retranslate()
        self.follow()

    def dismiss_choice(self) -> None:
        """"Empty" on an empty canvas: keep the hint line, drop the template buttons."""
        self._chose_empty = True
        self.follow()

    def _reset(self) -> None:
        self._chose_empty = False
        self.follow()

    def follow(self) -> None:
        """Shown while the document is empty, centred near the top of the canvas."""
        empty = _is_empty(self.window_.doc.topology)
        self.title.setVisible(not self._chose_empty)
        self.picker.setVisible(not self._chose_empty)
        self.setVisible(empty)
        if not empty:
            return
        viewport = self.parentWidget()
        width = min(max(viewport.width() - 40, 320), 620)
        self.setFixedWidth(width)
        self.adjustSize()
        self.move((viewport.width() - width) // 2, max(16, viewport.height() // 6))
        self.raise_()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Resize:
            self.follow()
        return False


def choose_template(window: MainWindow) -> QDialog:
    """File → New from Template…: the same choice in a dialog."""
    dialog = QDialog(window)
    dialog.setObjectName("template_chooser")
    dialog.setWindowTitle(QCoreApplication.translate("templates", "New from Template"))
    text = QLabel(QCoreApplication.translate("templates", "Start a new topology from one of these; it opens unsaved, so the "
                      "template stays as it is."), dialog)
    text.setWordWrap(True)

    def chosen(template_id: str) -> None:
        dialog.accept()
        start_from(window, template_id)

    picker = TemplatePicker(window.style_.icons.icon, chosen, dialog)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(text)
    layout.addWidget(picker)
    layout.addWidget(buttons)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def install_templates(window: MainWindow) -> EmptyCanvasHint:
    """The empty-canvas hint and File → New from Template… (after File → New)."""
    action = build_action(NEW_FROM_TEMPLATE, window)
    window.actions_.actions[NEW_FROM_TEMPLATE.id] = action
    action.triggered.connect(lambda: choose_template(window))
    menu = window.findChild(QMenu, "menu_file")
    if menu is not None:
        actions = menu.actions()
        new = next((i for i, a in enumerate(actions) if a.objectName() == "file.new"), None)
        if new is not None and new + 1 < len(actions):
            menu.insertAction(actions[new + 1], action)
        else:
            menu.addAction(action)
    hint = EmptyCanvasHint(window)

    def retranslate_all() -> None:
        retranslate({NEW_FROM_TEMPLATE.id: action}, [NEW_FROM_TEMPLATE])
        hint.retranslate()

    retranslate_all()
    on_language_change(window, retranslate_all)
    return hint
