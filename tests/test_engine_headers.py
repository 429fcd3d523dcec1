"""Measuring a frame: the sizes ``measured`` reads without the headers' ``size`` property agree
with it, and the lengths it fills in are those of what follows each header."""

from __future__ import annotations

import pickle

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.engine.headers import (
    ESP,
    GRE,
    HTTP,
    ICMP,
    TCP,
    UDP,
    VXLAN,
    Ethernet,
    IPv4,
    Payload,
    measured,
)
from desktop_app.engine.trace import Step

HEADERS = st.one_of(
    st.builds(Ethernet, st.just("02:00:00:00:00:01"), st.just("02:00:00:00:00:02"),
              vlan=st.one_of(st.none(), st.integers(1, 4094))),
    st.builds(IPv4, st.just("10.0.0.1"), st.just("10.0.0.2"), st.integers(1, 64), st.sampled_from([4, 6, 17]),
              length=st.integers(0, 9000)),
    st.builds(TCP, st.integers(1, 65535), st.integers(1, 65535), st.sampled_from(["S", "SA", "PA"]),
              st.sampled_from([(), (("mss", 1460), ("sack", 1), ("ts", 1), ("nop", 1), ("ws", 7))])),
    st.builds(UDP, st.integers(1, 65535), st.integers(1, 65535), length=st.integers(0, 9000)),
    st.builds(ICMP),
    st.builds(VXLAN, st.integers(1, 16777215)),
    st.builds(ESP, st.integers(1, 1000), st.integers(1, 1000), st.integers(0, 40)),
    st.builds(GRE),
    st.builds(HTTP, st.text(max_size=40)),
    st.builds(Payload, st.integers(0, 9000)),
)


@given(st.lists(HEADERS, min_size=1, max_size=10).map(tuple))
def test_measured_sizes_and_lengths_agree_with_the_headers(stack):
    frame, shape, size = measured(stack)
    assert [(h.__class__, h.size) for h in reversed(frame)] == list(shape)
    assert size == sum(h.size for h in frame)
    for i, h in enumerate(frame):
        after = sum(x.size for x in frame[i + 1:])
        if isinstance(h, IPv4):
            assert h.length == 20 + after
        elif isinstance(h, UDP):
            assert h.length == 8 + after
    again = measured(frame)
    assert again[0] is frame  # lengths right already: the same stack comes back


def test_a_step_made_without_parameters_survives_pickling():
    step = Step("route", "via the default route")
    again = pickle.loads(pickle.dumps(step))
    assert again == step and dict(again.params) == {} and again.text == "via the default route"
