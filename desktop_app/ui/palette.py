"""The palette dock: every device kind and network kind, to click or drag onto the canvas.

A compact grid of icons (four to a row), so all fourteen fit a 1366×768 screen without
scrolling; each entry's name and what it is show on hover (tooltip and status bar).
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QMimeData,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QListView,
    QListWidget,
    QListWidgetItem,
    QStyledItemDelegate,
    QWidget,
)

from desktop_app.model.topology import DEVICE_KINDS, NETWORK_KINDS
from desktop_app.ui.canvas.icons import IconLibrary
from desktop_app.ui.canvas.view import PALETTE_MIME

# (name, what it is) of each kind, marked for translation; shown through entry_label and tr.
DEVICE_NAMES = {
    "client": (QT_TRANSLATE_NOOP("palette", "Client"), QT_TRANSLATE_NOOP(
        "palette", "An end host that starts flows (a user's laptop, an API client)")),
    "dns": (QT_TRANSLATE_NOOP("palette", "DNS server"), QT_TRANSLATE_NOOP(
        "palette", "Answers names from its records; also a normal end host")),
    "router": (QT_TRANSLATE_NOOP("palette", "Router"), QT_TRANSLATE_NOOP(
        "palette", "Routes between networks (IBM Cloud FCR/BCR/XCR, on-premises, ISP)")),
    "esxi-host": (QT_TRANSLATE_NOOP("palette", "ESXi host"), QT_TRANSLATE_NOOP(
        "palette", "Runs VMs; its VTEP carries VXLAN between hosts")),
    "vm": (QT_TRANSLATE_NOOP("palette", "VM"), QT_TRANSLATE_NOOP(
        "palette", "A virtual machine on an ESXi host")),
    "esg": (QT_TRANSLATE_NOOP("palette", "NSX Edge (ESG)"), QT_TRANSLATE_NOOP(
        "palette", "NSX Edge Services Gateway: firewall, NAT and routing")),
    "dlr": (QT_TRANSLATE_NOOP("palette", "NSX DLR"), QT_TRANSLATE_NOOP(
        "palette", "NSX distributed logical router: routes on the host the packet is on")),
    "k8s-node": (QT_TRANSLATE_NOOP("palette", "Kubernetes node"), QT_TRANSLATE_NOOP(
        "palette", "A node VM: kube-proxy and Calico route for its pods")),
    "pod": (QT_TRANSLATE_NOOP("palette", "Pod"), QT_TRANSLATE_NOOP(
        "palette", "A pod on a Kubernetes node (drop it into a node)")),
    "l2-concentrator": (QT_TRANSLATE_NOOP("palette", "L2 concentrator"), QT_TRANSLATE_NOOP(
        "palette", "Stretches a network between sites through a secure tunnel to its peer")),
}
NETWORK_NAMES = {
    "vlan": (QT_TRANSLATE_NOOP("palette", "VLAN segment"), QT_TRANSLATE_NOOP(
        "palette", "A VLAN-backed segment, port group or physical LAN")),
    "vxlan": (QT_TRANSLATE_NOOP("palette", "VXLAN logical switch"), QT_TRANSLATE_NOOP(
        "palette", "An NSX logical switch (overlay segment with a VNI)")),
    "wan": (QT_TRANSLATE_NOOP("palette", "WAN link"), QT_TRANSLATE_NOOP(
        "palette", "A routed link between sites (Direct Link, backbone)")),
    "internet": (QT_TRANSLATE_NOOP("palette", "Internet"), QT_TRANSLATE_NOOP(
        "palette", "The routed cloud: delivers to whoever owns the address")),
}


def entry_label(entry: str) -> str:
    """A palette entry's name in the current language: ``device:vm`` is "VM"."""
    kind_of, _, kind = entry.partition(":")
    names = DEVICE_NAMES if kind_of == "device" else NETWORK_NAMES
    name = names.get(kind)
    return QCoreApplication.translate("palette", name[0]) if name else kind


GRID_COLUMNS = 4
CELL = QSize(46, 44)  # one entry: its icon with room round it
ICON = QSize(30, 30)


class IconOnly(QStyledItemDelegate):
    """Draws an entry as its icon alone; the name stays the item's text (tooltips, menus,
    screen readers and tests read it)."""

    def initStyleOption(self, option, index) -> None:  # noqa: N802
        super().initStyleOption(option, index)
        option.text = ""


class PaletteList(QListWidget):
    """The list itself: dragging an entry carries ``device:<kind>`` or ``network:<kind>``."""

    def mimeData(self, items: list[QListWidgetItem]) -> QMimeData:  # noqa: N802
        mime = QMimeData()
        entry = items[0].data(Qt.ItemDataRole.UserRole) if items else ""
        if entry:
            mime.setData(PALETTE_MIME, entry.encode("utf-8"))
            mime.setText(entry_label(entry))
        return mime

    def mimeTypes(self) -> list[str]:  # noqa: N802
        return [PALETTE_MIME]

    def keyPressEvent(self, event) -> None:  # noqa: N802
        # Enter adds the current entry; itemActivated would also fire on double-clicks,
        # which already count as clicks.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem():
            self.itemClicked.emit(self.currentItem())
            return
        super().keyPressEvent(event)


class PaletteDock(QDockWidget):
    """Click an entry to add it at the centre of the view, or drag it to where it goes."""

    chosen = Signal(str)  # "device:vm", "network:vxlan"

    def __init__(self, icons: IconLibrary, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("palette_dock")
        self.icons = icons
        self.list = PaletteList(self)
        self.list.setObjectName("palette_list")
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setFlow(QListView.Flow.LeftToRight)
        self.list.setWrapping(True)
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setIconSize(ICON)
        self.list.setGridSize(CELL)
        self.list.setUniformItemSizes(True)
        self.list.setItemDelegate(IconOnly(self.list))
        self.list.setMouseTracking(True)  # the status bar says what the entry under the mouse is
        self.list.setDragEnabled(True)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.retranslate()
        frame = 2 * self.list.frameWidth() + 4
        rows = -(-self.entry_count() // GRID_COLUMNS)
        self.list.setMinimumSize(GRID_COLUMNS * CELL.width() + frame,
                                 rows * CELL.height() + frame)
        self.list.itemClicked.connect(self._clicked)
        self.setWidget(self.list)

    def retranslate(self) -> None:
        """Title, tooltip and every entry in the current language (the list is made anew)."""
        self.setWindowTitle(self.tr("Palette"))
        self.list.setToolTip(self.tr("Click to add at the centre of the view, or drag onto "
                                     "the canvas (into a host box to run it there); "
                                     "hover an icon for its name"))
        current = self.list.currentRow()
        self.list.clear()
        self._section(self.tr("Devices"))
        for kind in DEVICE_KINDS:
            name, tip = DEVICE_NAMES[kind]
            self._entry(self.icons, kind, f"device:{kind}", *self._words(name, tip))
        self._section(self.tr("Networks"))
        for kind in NETWORK_KINDS:
            name, tip = NETWORK_NAMES[kind]
            self._entry(self.icons, kind, f"network:{kind}", *self._words(name, tip))
        self.list.setCurrentRow(current)

    @staticmethod
    def _words(name: str, tip: str) -> tuple[str, str]:
        return (QCoreApplication.translate("palette", name),
                QCoreApplication.translate("palette", tip))

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def entry_count(self) -> int:
        return sum(1 for i in range(self.list.count())
                   if self.list.item(i).data(Qt.ItemDataRole.UserRole))

    def _section(self, title: str) -> None:
        # Kept as an item (the context menu and the order read the list), not drawn in the
        # grid: network icons are bars and clouds, unlike any device.
        item = QListWidgetItem(title.upper())
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        font = item.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 0.85)
        item.setFont(font)
        self.list.addItem(item)
        self.list.setRowHidden(self.list.count() - 1, True)

    def _entry(self, icons: IconLibrary, icon: str, entry: str, name: str, tip: str) -> None:
        item = QListWidgetItem(icons.icon(icon), name)
        item.setData(Qt.ItemDataRole.UserRole, entry)
        item.setToolTip(f"<b>{name}</b><br>{tip}")
        item.setStatusTip(tip)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                      | Qt.ItemFlag.ItemIsDragEnabled)
        self.list.addItem(item)

    def item_for(self, entry: str) -> QListWidgetItem | None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == entry:
                return item
        return None

    def _clicked(self, item: QListWidgetItem) -> None:
        entry = item.data(Qt.ItemDataRole.UserRole)
        if entry:
            self.chosen.emit(entry)
