"""When a newly connected ESXi host should be offered a VTEP (no Qt).

A host carries VXLAN for its VMs only from its VTEP interface. The first time a host without
one is connected to a VLAN (the transport network of a lab), that interface is the natural
VTEP, so the editor offers to mark it.
"""

from __future__ import annotations

from desktop_app.model.topology import Topology


def vtep_candidate(topology: Topology, device_id: str, network_id: str) -> int | None:
    """The index of the host's interface on ``network_id`` to offer as its VTEP, or None.

    None when the device is not an ESXi host, already has a VTEP, or the network is not a
    VLAN (a VTEP sits on the underlay, never on a logical switch).
    """
    device, network = topology.device(device_id), topology.network(network_id)
    if device is None or network is None or device.kind != "esxi-host" or network.kind != "vlan":
        return None
    if any(itf.vtep for itf in device.interfaces):
        return None
    for index in range(len(device.interfaces) - 1, -1, -1):  # the newest link first
        itf = device.interfaces[index]
        if itf.network == network_id and itf.ip:
            return index
    return None
