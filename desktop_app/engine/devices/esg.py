"""NSX Edge Services Gateway: firewall on the packet as it arrived, then DNAT, route, SNAT."""

from __future__ import annotations

from ..headers import IPv4
from ..packets import ports, protocol_name, rewrite
from ..policy import firewall_verdict, nat_match
from ..walk import Arrival, Walk
from .forwarding import deliver_text, dst_of, lookup, receive_as_host, route_step, send_via


def receive(walk: Walk, arrival: Arrival) -> None:
    esg = walk.index.devices[arrival.device]
    hop, packet = receive_as_host(walk, arrival, "esg")
    in_att = next((a for a in walk.index.attachments[esg.id] if a.network == arrival.in_network), None)
    in_name = in_att.name if in_att else "?"
    ip = packet[0]
    assert isinstance(ip, IPv4)
    sport, dport = ports(packet)
    what = f"{protocol_name(ip.protocol)} {ip.src} → {ip.dst}" + (f":{dport}" if dport else "")

    action, rule = firewall_verdict(esg.firewall, packet)
    if rule is None:
        walk.step(hop, "firewall", f"no rule matches {what}; default policy {action}s it",
                  rule="default")
    else:
        walk.step(hop, "firewall", f"rule {rule} {action}s {what} (checked before NAT)", rule=rule)
    if action == "deny":
        walk.drop(hop, "denied", f"denied by firewall {'rule ' + rule if rule else 'default policy'} on {esg.id}",
                  rule=rule or "default")
        return

    dnat = nat_match(esg.nat, "dnat", packet, in_name)
    if dnat is not None:
        new_ip = dnat.translate.ip or ip.dst
        new_port = dnat.translate.port
        packet = rewrite(packet, dst=new_ip, dport=new_port)
        shown = new_ip + (f":{new_port}" if new_port else (f":{dport}" if dport else ""))
        walk.step(hop, "dnat", f"rule {dnat.name}: destination {ip.dst}{':' + str(dport) if dport else ''} → {shown}",
                  rule=dnat.name)

    if walk.index.owns(esg.id, dst_of(packet)):
        walk.deliver(hop, deliver_text(walk, esg.id, packet))
        return
    entry = lookup(walk, hop, esg.id, packet)
    if entry is None:
        return
    route_step(walk, hop, packet, entry)
    packet = walk.route_ttl(hop, packet)  # type: ignore[assignment]
    if packet is None:
        return
    snat = nat_match(esg.nat, "snat", packet, entry.out.name)
    if snat is not None and snat.translate.ip:
        before = packet[0].src  # type: ignore[union-attr]
        packet = rewrite(packet, src=snat.translate.ip, sport=snat.translate.port)
        walk.step(hop, "snat", f"rule {snat.name} on {entry.out.name}: source {before} → {snat.translate.ip}",
                  rule=snat.name)
    send_via(walk, hop, entry, packet, esg.host if esg.host in walk.index.devices else None)
