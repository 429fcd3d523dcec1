"""Whatever a damaged dump holds, the import answers with a DumpError sentence or a plan,
never another exception, and never changes the topology while planning."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.model import load_topology, to_document
from desktop_app.model.kube_import import DumpError, plan_import

ROOT = Path(__file__).resolve().parents[1]
DUMP = (ROOT / "tests" / "fixtures" / "kube" / "iks-vcs-cluster.yaml").read_bytes()
LINES = DUMP.split(b"\n")


def _damaged(kind: str, at: int, value: bytes) -> bytes:
    if kind == "cut":
        return DUMP[:at % len(DUMP)]
    if kind == "drop line":
        i = at % len(LINES)
        return b"\n".join(LINES[:i] + LINES[i + 1:])
    if kind == "replace value":
        i = at % len(LINES)
        line = LINES[i]
        if b": " in line:
            line = line.split(b": ", 1)[0] + b": " + value
        return b"\n".join(LINES[:i] + [line] + LINES[i + 1:])
    i = at % len(DUMP)
    return DUMP[:i] + value + DUMP[i:]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(kind=st.sampled_from(["cut", "drop line", "replace value", "insert"]),
       at=st.integers(min_value=0, max_value=10**6),
       value=st.sampled_from([b"[]", b"{}", b"~", b"42", b"true", b"- x", b"\xff", b"'", b"&a",
                              b"*a", b"!!python/object:os.system", b"999.1.1.1", b"None",
                              b"10.99.0.1", b"Failed", b"ExternalName", b"{a: [b"]))
def test_a_damaged_dump_gives_a_sentence_or_a_plan(tmp_path, kind, at, value):
    path = tmp_path / "dump.yaml"
    path.write_bytes(_damaged(kind, at, value))
    topology = load_topology(ROOT / "samples" / "iks-vcs.yaml")
    before = to_document(topology)
    try:
        plan_import(topology, [path])
    except DumpError as exc:
        sentence = exc.format()
        assert "\n" not in sentence
        # A value of the dump is placed in the dump; only a result the topology's own rules
        # refuse (an address another device holds…) is said against the topology.
        assert sentence.startswith(str(path)) or "would not be valid" in sentence, sentence
    assert to_document(topology) == before
