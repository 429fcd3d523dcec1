"""Intents, selectors, the reachability matrix and differences, without a window."""

from __future__ import annotations

import os
import pickle
import signal
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.engine import FlowRequest, TraceInputError, batch, trace
from desktop_app.engine.changes import describe_change
from desktop_app.engine.differences import compare
from desktop_app.engine.intents import check
from desktop_app.engine.matrix import MatrixSpec, compute
from desktop_app.engine.messages import Breakdown, Phrase
from desktop_app.engine.outcome import follow, outcome_of
from desktop_app.model import load_topology, loads
from desktop_app.model.selectors import SelectorError, select

ROOT = Path(__file__).resolve().parents[1]
MINIMAL = ROOT / "samples" / "minimal.yaml"
REFERENCE = ROOT / "samples" / "icp-vcs-hybrid.yaml"


def grid(matrix):
    return [[matrix.cell(i, j).outcome.name for j in range(len(matrix.destinations))]
            for i in range(len(matrix.sources))]


# -- hand-computed matrices ------------------------------------------------------------------
def test_minimal_matrix_web_port():
    # The Edge allows office → web-ls on tcp 80 only, and nothing from web-ls to the office;
    # the office router has no firewall but listens on no port, so it answers RST (refused);
    # replies to allowed requests return through the Edge's session.
    m = compute(load_topology(MINIMAL), MatrixSpec("laptop,web-vm", "web-vm,router,laptop", "tcp", 80))
    assert [s.name for s in m.sources] == ["laptop", "web-vm"]
    assert [d.name for d in m.destinations] == ["web-vm", "router", "laptop"]
    assert grid(m) == [["established", "refused", "established"],
                       ["established", "denied", "denied"]]
    assert m.cell(1, 1).outcome.where == "edge"


def test_minimal_matrix_ssh_is_denied_at_the_edge():
    m = compute(load_topology(MINIMAL), MatrixSpec("zone:office", "zone:cloud", "tcp", 22))
    assert [s.name for s in m.sources] == ["laptop", "router"]
    assert [d.name for d in m.destinations] == ["esxi-1", "esxi-2", "edge", "web-vm"]
    # The laptop's SYN reaches the hosts through the router, but their VMkernel ports have no
    # gateway: the answer has no route back to 192.168.1.0/24. The router shares their subnet
    # and gets an answer: RST, since the hosts listen on no port. The Edge's firewall guards
    # the Edge itself as well as the VM behind it, and allows only tcp 80 from the office LAN.
    assert grid(m) == [["no-return-route", "no-return-route", "denied", "denied"],
                       ["refused", "refused", "denied", "denied"]]


# -- selectors -------------------------------------------------------------------------------
def test_selectors_pick_zones_kinds_labels_and_services():
    topo = load_topology(REFERENCE)
    assert [e.name for e in select(topo, "kind:client", "source")] == ["internet-user", "jumpbox", "ent-user"] or \
        all(topo.device(e.name).kind == "client" for e in select(topo, "kind:client", "source"))
    pods = select(topo, "label:app=web", "source")
    assert pods and all(topo.device(e.name).labels.get("app") == "web" for e in pods)
    services = select(topo, "service:*", "destination")
    assert services and all(e.name.startswith("service:") and not e.is_device for e in services)
    # a pod with no zone of its own is in its node's zone
    icp = {e.name for e in select(topo, "zone:icp", "source")}
    assert {e.name for e in pods} <= icp


@pytest.mark.parametrize(("text", "words"), [
    ("zone:nowhere", "no zone 'nowhere'"),
    ("kind:vmm", "did you mean 'vm'"),
    ("zonee:vcs", "unknown selector 'zonee:'"),
    ("label:app", "needs a key and a value"),
    ("web-1,", "empty term"),
    ("selection", "selected in the window"),
    ("service:web", "sends none"),
])
def test_selector_errors_are_sentences(text, words):
    with pytest.raises(SelectorError) as err:
        select(load_topology(REFERENCE), text, "source")
    assert words in str(err.value)


# -- every cell is the single trace of the same pair -------------------------------------------
_REF = load_topology(REFERENCE)
_DEVICES = [d.id for d in _REF.devices]


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(sources=st.lists(st.sampled_from(_DEVICES), min_size=1, max_size=3, unique=True),
       destinations=st.lists(st.sampled_from([*_DEVICES, "service:*"]), min_size=1, max_size=3,
                             unique=True),
       protocol=st.sampled_from(["tcp", "udp", "icmp"]),
       port=st.sampled_from([None, 22, 443, 5432, 30080]))
def test_every_cell_equals_the_single_trace(sources, destinations, protocol, port):
    port = None if protocol == "icmp" else port
    m = compute(_REF, MatrixSpec(",".join(sources), ",".join(destinations), protocol, port))
    for cell in m.cells.values():
        request = FlowRequest(cell.source.target, cell.destination.target, protocol, port)
        try:
            single = follow(_REF, request)  # what `hybridviz trace` shows for the pair
        except TraceInputError as exc:  # e.g. a destination without an address
            assert (cell.outcome.name, cell.outcome.why) == ("untraceable", str(exc))
            continue
        assert cell.outcome == outcome_of(single)


def test_a_matrix_shared_among_cores_equals_one_traced_here(monkeypatch):
    # A big matrix deals its rows out to forked workers (Linux, two cores or more); their
    # outcomes come back pickled, with the step behind each and its translatable parameters.
    spec = MatrixSpec("kind:client,kind:vm,kind:pod,kind:k8s-node", "kind:vm,kind:pod,service:*", "tcp", 443)
    monkeypatch.setattr(batch, "SHARE_FROM", 10**9)
    here = compute(_REF, spec)
    monkeypatch.setattr(batch, "SHARE_FROM", 1)
    monkeypatch.setattr(batch, "cores", lambda: 3)
    shared = compute(_REF, spec)
    assert grid(shared) == grid(here) and len(here.cells) > 100
    for key, cell in here.cells.items():
        other = shared.cells[key].outcome
        assert other == cell.outcome
        if cell.outcome.reason is not None:
            assert other.reason is not None and other.reason.params == cell.outcome.reason.params
    assert len({name for row in grid(here) for name in row}) > 2  # not one outcome everywhere


def test_a_lost_worker_leaves_its_rows_to_be_traced_here(monkeypatch):
    parent = os.getpid()
    calls = []

    def work(i: int) -> int:
        time.sleep(0.02)  # long enough that the worker, once forked, takes items too
        if os.getpid() != parent:
            os._exit(3)  # the worker dies with the item it took
        calls.append(i)
        return i * i

    monkeypatch.setattr(batch, "SHARE_FROM", 1)
    monkeypatch.setattr(batch, "cores", lambda: 2)
    assert batch.on_every_core(work, 9, 9) == [i * i for i in range(9)]
    # Every item was done here, the one the worker took and died with included, once each.
    assert sorted(calls) == list(range(9))


def test_a_worker_whose_work_raises_leaves_the_item_here_without_a_traceback(monkeypatch, capfd):
    parent = os.getpid()

    def work(i: int) -> int:
        time.sleep(0.02)
        if os.getpid() != parent and i % 3 == 0:
            raise ValueError("only in the worker")
        return i + 100

    monkeypatch.setattr(batch, "SHARE_FROM", 1)
    monkeypatch.setattr(batch, "cores", lambda: 2)
    assert batch.on_every_core(work, 12, 12) == [i + 100 for i in range(12)]
    assert "Traceback" not in capfd.readouterr().err


def test_workers_ignore_ctrl_c_when_the_command_does(monkeypatch):
    # Started in the background (nohup, a script's "&"), a command ignores SIGINT; its workers
    # must not die of one, or their share would be traced twice.
    parent = os.getpid()

    def work(i: int) -> tuple[int, int]:
        time.sleep(0.02)
        if os.getpid() != parent:
            os.kill(os.getpid(), signal.SIGINT)
        return i, os.getpid()

    monkeypatch.setattr(batch, "SHARE_FROM", 1)
    monkeypatch.setattr(batch, "cores", lambda: 2)
    before = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        done = batch.on_every_core(work, 20, 20)
    finally:
        signal.signal(signal.SIGINT, before)
    assert [i for i, _ in done] == list(range(20))
    assert {pid for _, pid in done} - {parent}  # the worker lived to send its items


def test_an_error_in_the_work_itself_reaches_the_caller(monkeypatch):
    def work(i: int) -> int:
        time.sleep(0.01)
        if i == 5:
            raise ValueError("item 5 cannot be done")
        return i

    monkeypatch.setattr(batch, "SHARE_FROM", 1)
    monkeypatch.setattr(batch, "cores", lambda: 2)
    with pytest.raises(ValueError, match="item 5"):
        batch.on_every_core(work, 12, 12)


def test_a_big_job_is_really_shared_with_another_process(monkeypatch):
    def work(i: int) -> tuple[int, int]:
        time.sleep(0.02)
        return i, os.getpid()

    monkeypatch.setattr(batch, "SHARE_FROM", 1)
    monkeypatch.setattr(batch, "cores", lambda: 3)
    done = batch.on_every_core(work, 30, 30)
    assert [i for i, _ in done] == list(range(30))
    pids = [pid for _, pid in done]
    assert os.getpid() in pids  # this process worked beside its workers…
    assert len(set(pids)) > 1  # …and the rest came back from them
    monkeypatch.setattr(batch, "SHARE_FROM", 10**9)
    assert {pid for _, pid in batch.on_every_core(work, 6, 6)} == {os.getpid()}


def test_a_slow_process_takes_fewer_items(monkeypatch):
    # Items are taken one at a time: a worker that runs four times slower than this process
    # ends up with about a fifth of them instead of half, and nobody waits for its share.
    parent = os.getpid()

    def work(i: int) -> int:
        time.sleep(0.004 if os.getpid() == parent else 0.016)
        return os.getpid()

    monkeypatch.setattr(batch, "SHARE_FROM", 1)
    monkeypatch.setattr(batch, "cores", lambda: 2)
    pids = batch.on_every_core(work, 100, 100)
    assert pids.count(parent) > 60


def test_steps_and_their_phrases_survive_pickling():
    t = follow(_REF, FlowRequest("internet-user", "web.example.com", "tcp", 443))
    steps = [s for h in t.all_hops for s in h.steps]
    again = pickle.loads(pickle.dumps(steps))
    assert again == steps
    assert [s.params for s in again] == [s.params for s in steps]
    phrases = [v for s in steps for v in s.params.values() if isinstance(v, (Phrase, Breakdown))]
    assert phrases and all(p.__dict__ == q.__dict__ for p, q in
                           zip(phrases, [v for s in again for v in s.params.values()
                                         if isinstance(v, (Phrase, Breakdown))], strict=True))


# -- intents ---------------------------------------------------------------------------------
def test_intents_hold_in_the_samples_and_one_must_stay_denied():
    for name in ("icp-vcs-hybrid.yaml", "icp-vcs-hybrid.zh.yaml", "iks-vcs.yaml"):
        results = check(load_topology(ROOT / "samples" / name))
        assert results and all(r.holds for r in results), name
        assert any(r.expected == "denied" for r in results), name


def test_a_broken_intent_fails_with_where_and_why():
    text = MINIMAL.read_text("utf-8").replace("    port: 80\n    notes:", "    port: 80\n    expect: denied\n    notes:")
    [result] = check(loads(text).topology)
    assert not result.holds
    assert (result.expected, result.outcome.name, result.outcome.where) == ("denied", "established", "laptop")


def test_conversation_outcome_is_used_unless_the_intent_is_one_way():
    tr = trace(load_topology(MINIMAL), FlowRequest("laptop", "web-vm", "tcp", 80))

    class Conversation:  # the shape of Trace.conversation where replies are traced
        outcome = "no-return-route"
        detail = "the reply has no route back"
        hop = 1  # decided at the request's second hop
        reason = None

    tr.conversation = Conversation()  # type: ignore[attr-defined]
    assert outcome_of(tr).name == "no-return-route"
    assert outcome_of(tr).where == tr.hops[1].device
    assert outcome_of(tr).why == "the reply has no route back"
    assert outcome_of(tr, "established").name == "no-return-route"
    assert outcome_of(tr, "delivered").name == "delivered"


def test_unknown_outcome_is_a_validation_error_with_a_suggestion():
    text = MINIMAL.read_text("utf-8").replace("    port: 80\n    notes:", "    port: 80\n    expect: delivred\n    notes:")
    from desktop_app.model import TopologyError

    with pytest.raises(TopologyError) as err:
        loads(text)
    assert "unknown outcome 'delivred'; did you mean 'delivered'?" in str(err.value.problems[0].message)


# -- differences -----------------------------------------------------------------------------
def test_a_file_compared_with_itself_has_no_differences():
    topo = load_topology(REFERENCE)
    assert compare(topo, load_topology(REFERENCE)) == []
    assert compare(topo, topo, "matrix", MatrixSpec("kind:client", "kind:vm", "tcp", 443)) == []


def _edited(old: str, new: str):
    text = REFERENCE.read_text("utf-8")
    assert text.count(old) == 1, old
    return loads(text.replace(old, new)).topology


def _changed(after) -> set[str]:
    return {c.flow_id for c in compare(load_topology(REFERENCE), after)}


def test_removing_the_allow_https_rule_changes_exactly_flow1():
    after = _edited("        - {name: allow-web-https, action: allow, dst: 198.51.100.5, protocol: tcp, port: 443}\n", "")
    assert _changed(after) == {"flow1-internet-to-web"}
    [c] = compare(load_topology(REFERENCE), after)
    assert c.english() == "Now denied by the firewall's default policy at esg; last hop 13 → 3."


def test_opening_ssh_changes_exactly_the_denied_intent():
    after = _edited("        - {name: allow-lb-https,",
                    "        - {name: allow-ssh, action: allow, dst: 198.51.100.5, protocol: tcp, port: 22}\n"
                    "        - {name: allow-lb-https,")
    assert _changed(after) == {"internet-ssh-denied"}


def test_dropping_a_flow_pin_and_a_route_lists_only_those_flows():
    topo = load_topology(REFERENCE)
    # Unpin the NodePort flow: kube-proxy's hash picks the endpoint now.
    after = load_topology(REFERENCE)
    flow = after.flow("access-nodeport")
    flow.endpoint = "web-1"
    changed = compare(topo, after)
    assert {c.flow_id for c in changed} == {"access-nodeport"}
    assert "web-1" in changed[0].english()


def test_change_sentence_matches_describe_change():
    topo = load_topology(REFERENCE)
    after = _edited("        - {name: allow-web-https, action: allow, dst: 198.51.100.5, protocol: tcp, port: 443}\n", "")
    old = trace(topo, topo.flow("flow1-internet-to-web"))
    new = trace(after, after.flow("flow1-internet-to-web"))
    assert describe_change(old, new).english().startswith("Now denied")
    assert describe_change(old, old) is None
