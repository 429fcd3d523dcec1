"""NSX Edge Services Gateway: firewall on the packet as it arrived, then DNAT, route, SNAT."""

from __future__ import annotations

from desktop_app.model.topology import Device

from ..headers import HeaderStack, IPv4
from ..index import address
from ..messages import (
    ACTIONS,
    DENIED_DEFAULT,
    DENIED_RULE,
    DNAT,
    FIREWALL_DEFAULT,
    FIREWALL_RULE,
    MARTIAN,
    NO_SESSION,
    SNAT,
    Word,
)
from ..packets import ports, protocol_name, rewrite
from ..policy import firewall_verdict, nat_match
from ..trace import Hop
from ..walk import Arrival, Walk
from . import state
from .forwarding import deliver, dst_text, lookup, receive_as_host, route_step, send_via


def receive(walk: Walk, arrival: Arrival) -> None:
    esg = walk.index.devices[arrival.device]
    hop, packet = receive_as_host(walk, arrival, "esg")
    in_att = next((a for a in walk.index.attachments[esg.id] if a.network == arrival.in_network), None)
    in_name = in_att.name if in_att else "?"
    ip = packet[0]
    assert isinstance(ip, IPv4)
    sport, dport = ports(packet)
    what = f"{protocol_name(ip.protocol)} {ip.src} → {ip.dst}" + (f":{dport}" if dport else "")
    if address(ip.src) in walk.index.device_ips(esg.id):
        # An edge never accepts its own address as a source from the wire: that is its own
        # (SNATed) packet coming back round a loop.
        walk.drop(hop, "no-route", MARTIAN, rule="martian", device=esg.id, src=ip.src)
        return
    if walk.conntrack is not None:
        back = state.reverse_at(walk, hop, esg.id, packet)
        if back is not None:
            _route_back(walk, hop, esg, back)
            return
        if state.invalid_without_session(packet):
            walk.drop(hop, "denied", NO_SESSION, rule="no session", device=esg.id, what=what)
            return

    action, rule = firewall_verdict(esg.firewall, packet)
    verb = ACTIONS.get(action, Word(action))
    if rule is None:
        walk.step(hop, "firewall", FIREWALL_DEFAULT, rule="default", what=what, action=verb)
    else:
        walk.step(hop, "firewall", FIREWALL_RULE, rule=rule, name=rule, action=verb, what=what)
    if action == "deny":
        if rule:
            walk.drop(hop, "denied", DENIED_RULE, rule=rule, name=rule, device=esg.id)
        else:
            walk.drop(hop, "denied", DENIED_DEFAULT, rule="default", device=esg.id)
        return

    dnat = nat_match(esg.nat, "dnat", packet, in_name)
    if dnat is not None:
        new_ip = dnat.translate.ip or ip.dst
        new_port = dnat.translate.port
        packet = rewrite(packet, dst=new_ip, dport=new_port)
        shown = new_ip + (f":{new_port}" if new_port else (f":{dport}" if dport else ""))
        old = f"{ip.dst}:{dport}" if dport else ip.dst
        walk.step(hop, "dnat", DNAT, rule=dnat.name, name=dnat.name, old=old, new=shown)

    if walk.index.owns(esg.id, dst_text(packet)):
        deliver(walk, hop, esg.id, packet)
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
        walk.step(hop, "snat", SNAT, rule=snat.name, name=snat.name, iface=entry.out.name, old=before,
                  new=snat.translate.ip)
    send_via(walk, hop, entry, packet, esg.host if esg.host in walk.index.devices else None)


def _route_back(walk: Walk, hop: Hop, esg: Device, packet: HeaderStack) -> None:
    """A reply of a known session: routed with no firewall rule and no NAT rule looked up."""
    if walk.index.owns(esg.id, dst_text(packet)):
        deliver(walk, hop, esg.id, packet)
        return
    entry = lookup(walk, hop, esg.id, packet)
    if entry is None:
        return
    route_step(walk, hop, packet, entry)
    routed = walk.route_ttl(hop, packet)
    if routed is not None:
        send_via(walk, hop, entry, routed, esg.host if esg.host in walk.index.devices else None)
