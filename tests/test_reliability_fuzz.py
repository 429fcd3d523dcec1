"""Fuzz the command line over the loader, ``validate`` and ``trace``: whatever the bytes, the
answer is a summary, a trace, or problems each on one line as FILE:LINE:COL — never a
traceback, never a control character on the terminal. Seeded with every reproducer; bounded
to a few hundred inputs (``tools/fuzz_inputs.py`` runs the long version)."""

from __future__ import annotations

import contextlib
import io
import re
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from desktop_app import cli
from desktop_app.model import TopologyError, load

from .reliability_cases import MINIMAL, REPRODUCERS

FUZZ = settings(max_examples=150, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
PROBLEM_LINE = re.compile(r"^[^\n]+:\d+:\d+: [^\n]+$")
SAMPLE = MINIMAL.encode("utf-8")
# What hostile edits are made of: YAML syntax, quotes and escapes, control and odd characters,
# long numbers, ids the sample uses.
PIECES = st.sampled_from([
    "\x00", "\x01", "\x1b[2J", "\n", "\r", "\t", "\\n", "\\e", "\\x01", '"', "'", ":", "- ", "{",
    "}", "[", "]", "&a ", "*a", "!!python/object:os.system ", "!!binary ", "#", "%", "---\n",
    "9" * 4301, "0x" + "f" * 3600, "1e400", "-0", "0o17", "~", "null", "yes", "\ufeff", "\u2028",
    "\ud800", "\xe9", "网络", "web-vm", "esxi-1", "laptop", "router", "host: ", "node: ",
    "parent: ", "zone: ", "kind: pod\n", "kind: esxi-host\n", "10.20.0.0/24", "999.1.1.1",
])
TEXT_EDIT = st.tuples(st.integers(0, len(SAMPLE)), st.integers(0, 40),
                      st.lists(PIECES | st.text(max_size=6), max_size=4))


def mutate(edits: list[tuple[int, int, list[str]]]) -> bytes:
    data = SAMPLE
    for at, cut, pieces in edits:
        at = min(at, len(data))
        data = data[:at] + "".join(pieces).encode("utf-8", "surrogatepass") + data[at + cut:]
    return data


def call(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = cli.main(list(argv))
    return status, out.getvalue(), err.getvalue()


def check(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "fuzz.yaml"
        path.write_bytes(data)
        status, out, err = call("validate", str(path))
        assert "Traceback" not in err and "\x1b" not in err + out
        if status == 2:
            lines = err.splitlines()
            assert lines
            for line in lines:
                assert PROBLEM_LINE.match(line) and line.startswith(f"{path}:"), line
            return
        assert status == 0 and out.startswith(f"OK {path}: "), (status, out, err)
        try:
            topology = load(path).topology
        except TopologyError as exc:  # pragma: no cover - validate said it loads
            raise AssertionError(f"validate passed but load refused: {exc}") from exc
        for flow in topology.flows[:3]:
            for form in ([], ["--markdown"], ["--json"]):
                status, out, err = call("trace", str(path), "--flow", flow.id, *form)
                assert status in (0, 1, 2) and "Traceback" not in err, err
                assert "\x1b" not in out + err
                if status == 2:
                    assert err.startswith("hybridviz trace: ") and err.count("\n") == 1, err
                elif not form:  # one table line per hop: no value broke a line
                    assert "\r" not in out


def seeded(test):
    """Every reproducer runs first, as an explicit example."""
    for name in sorted(REPRODUCERS):
        test = example(REPRODUCERS[name])(test)
    return test


@FUZZ
@given(st.binary(max_size=300))
@seeded
@example(b"")
@example(b"hybridviz: 1\n")
def test_arbitrary_bytes_and_the_reproducers(data):
    check(data)


@FUZZ
@given(st.lists(TEXT_EDIT, min_size=1, max_size=4))
def test_edited_samples(edits):
    check(mutate(edits))


@settings(FUZZ, max_examples=300)
@given(st.lists(TEXT_EDIT, min_size=1, max_size=1))
def test_lightly_edited_samples_that_often_still_load_and_trace(edits):
    check(mutate(edits))
