"""The GUI shows the conversation: the reply in its own colour and mark, the outcome in the
flow bar, connection-table entries in the hop inspector, and what an edit did to the reply."""

from __future__ import annotations

from desktop_app.model.topology import NatMatch, NatRule, NatTranslate
from desktop_app.ui.animation.conversation_colours import REPLY_COLOUR
from tests.gui.test_animation import Stage


def test_reply_is_played_after_the_request_in_its_own_colour(qtbot):
    stage = Stage(qtbot)
    assert stage.ctl.play_flow("flow1-internet-to-web", play=False)
    hops = stage.ctl.trace.hops
    first_reply = next(h.index for h in hops if h.direction == "reply")
    assert hops[first_reply].device == "web-2" and hops[-1].device == "internet-user"
    entries = stage.ui.timeline.entries()
    assert entries[first_reply].startswith(f"↩{first_reply} · web-2")
    assert not entries[first_reply - 1].startswith("↩")
    assert stage.ctl.look(first_reply).core == REPLY_COLOUR
    assert stage.ctl.look(first_reply - 1).core != REPLY_COLOUR
    assert "✓ established" in stage.ui.flow_bar.outcome.text()
    legend = [label.text() for label in stage.ui.timeline.legend.labels]
    assert any("reply" in text for text in legend)


def test_inspector_shows_the_connection_table_at_the_esg(qtbot):
    stage = Stage(qtbot)
    stage.ctl.play_flow("flow1-internet-to-web", play=False)
    esg_reply = next(h.index for h in stage.ctl.trace.hops if h.direction == "reply" and h.device == "esg")
    stage.ctl.go_to(esg_reply)
    qtbot.waitUntil(lambda: stage.ui.inspector.hop_index == esg_reply, timeout=2000)
    title = stage.ui.inspector.title.text()
    assert "Connection table" in title and "198.51.100.5:443" in title and "dnat-icp-vip" in title
    assert "↩" in title


def test_flow_bar_and_change_sentence_tell_the_asymmetric_fault(qtbot):
    stage = Stage(qtbot)
    stage.ctl.play_flow("app-via-esg-nat", play=False)
    bar = stage.ui.flow_bar.outcome
    assert "✗ asymmetric" in bar.text() and "at ent-user" in bar.text()
    assert "172.16.50.20:443" in bar.toolTip()
    # The fix from the flow's notes, as an edit: the reply now returns through the ESG.
    esg = stage.doc.topology.device("esg")
    esg.nat.append(NatRule(name="snat-app", type="snat",
                             match=NatMatch(dst="172.16.50.20", interface="stretch"),
                             translate=NatTranslate(ip="172.16.50.254")))
    stage.ctl.retrace()
    assert "✓ established" in bar.text()
    sentence = stage.ctl.last_message
    assert "the reply returns through esg" in sentence and "established" in sentence
