"""After an ESXi host is connected to a VLAN: offer to make that interface the host's VTEP.

The question is window-modal but does not block (``QMessageBox.open``), so the canvas stays
responsive and tests answer it like a user: by clicking its button.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.model.editing.vtep import vtep_candidate
from desktop_app.ui import commands
from desktop_app.ui.document import Document


def offer_vtep(doc: Document, parent: QWidget | None, device_id: str,
               network_id: str) -> QMessageBox | None:
    """Ask whether the host's new link is its VTEP; a yes is one undo step. None: no question."""
    index = vtep_candidate(doc.topology, device_id, network_id)
    if index is None:
        return None
    device = doc.topology.device(device_id)
    assert device is not None
    name = device.interface_names()[index]
    box = QMessageBox(parent)
    box.setObjectName("vtep_offer")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("VtepOffer", "VTEP"))
    box.setText(QCoreApplication.translate(
        "VtepOffer", "Make {interface} on {network} the VTEP of {host}?").format(
        interface=name, network=network_id, host=device_id))
    box.setInformativeText(QCoreApplication.translate(
        "VtepOffer", "VXLAN between ESXi hosts starts and ends at each host's VTEP: the "
        "interface on the transport VLAN. Without one, VMs on logical switches cannot reach "
        "VMs on other hosts."))
    yes = box.addButton(QCoreApplication.translate("VtepOffer", "Make it the VTEP"),
                        QMessageBox.ButtonRole.AcceptRole)
    yes.setObjectName("vtep_offer_yes")
    no = box.addButton(QCoreApplication.translate("VtepOffer", "Not now"),
                       QMessageBox.ButtonRole.RejectRole)
    no.setObjectName("vtep_offer_no")
    box.setDefaultButton(yes)

    def answered() -> None:
        if box.clickedButton() is yes and vtep_candidate(doc.topology, device_id,
                                                         network_id) == index:
            cmd = commands.set_field(doc, device_id, f"interfaces[{index}].vtep", True)
            cmd.setText(QCoreApplication.translate(
                "VtepOffer", "Make {interface} the VTEP of {host}").format(
                interface=name, host=device_id))
            doc.undo_stack.push(cmd)
        box.deleteLater()

    box.finished.connect(lambda _result: answered())
    box.open()
    return box
