"""Whatever the input, loading gives a model or a TopologyError: never another exception."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.model import Loaded, TopologyError, loads
from desktop_app.model.schema import fields_of
from desktop_app.model.topology import (
    DEVICE_KINDS,
    NETWORK_KINDS,
    NODE_ROLES,
    PROTOCOLS,
    SERVICE_TYPES,
    TUNNEL_KINDS,
    Calico,
    Cluster,
    Device,
    Firewall,
    FirewallRule,
    Flow,
    Ingress,
    IngressRule,
    Interface,
    NatMatch,
    NatRule,
    NatTranslate,
    Network,
    Route,
    Service,
    ServicePort,
    Settings,
    Topology,
    Zone,
)

REFERENCE = Path(__file__).resolve().parents[1] / "samples" / "icp-vcs-hybrid.yaml"
FUZZ = settings(max_examples=200, deadline=1000, suppress_health_check=[HealthCheck.too_slow])

# Keys the loader knows, so that random documents reach past "unknown key" into the checks.
KNOWN_KEYS = sorted({
    f.key
    for cls in (Topology, Settings, Zone, Network, Interface, Route, Device, NatRule,
                NatMatch, NatTranslate, Firewall, FirewallRule, Cluster, Calico,
                Service, ServicePort, Ingress, IngressRule, Flow)
    for f in fields_of(cls)
})
WORDS = [*DEVICE_KINDS, *NETWORK_KINDS, *NODE_ROLES, *TUNNEL_KINDS, *PROTOCOLS,
         *SERVICE_TYPES, "dnat", "snat", "allow", "deny", "any", "esxi-1", "icp-ls", "web-1",
         "10.10.1.0/24", "10.10.1.11/24", "10.10.1.1", "999.1.1.1", "10.0.0.1/33", "0.0.0.0/0"]

SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(), st.integers(-2, 70000),
    st.floats(allow_nan=True, allow_infinity=True), st.text(max_size=20), st.sampled_from(WORDS),
)
KEYS = st.one_of(st.sampled_from(KNOWN_KEYS), st.text(max_size=8))
DOCUMENTS = st.recursive(
    SCALARS,
    lambda inner: st.one_of(st.lists(inner, max_size=5), st.dictionaries(KEYS, inner, max_size=6)),
    max_leaves=25,
)


def safe_dump(document: Any, **options: Any) -> str:
    """``yaml.safe_dump`` with libyaml's emitter when present (the fuzz budget goes to loading)."""
    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    return yaml.dump(document, Dumper=dumper, allow_unicode=True, **options)


def outcome(text: str) -> Loaded | TopologyError:
    """Load, allowing only the two documented results."""
    try:
        return loads(text, "fuzz.yaml")
    except TopologyError as exc:
        assert exc.problems, "a TopologyError always says what is wrong"
        for p in exc.problems:
            assert p.message and "Traceback" not in p.message
            p.format()
        return exc


@FUZZ
@given(st.text(max_size=400))
def test_arbitrary_text(text: str):
    outcome(text)


@FUZZ
@given(st.binary(max_size=300))
def test_arbitrary_bytes_decoded_leniently(data: bytes):
    outcome(data.decode("utf-8", errors="replace"))


@FUZZ
@given(DOCUMENTS)
def test_arbitrary_yaml_documents(document: Any):
    outcome(safe_dump(document))


@settings(FUZZ, max_examples=100)  # generating these costs more than loading them
@given(st.dictionaries(KEYS, DOCUMENTS, max_size=6))
def test_arbitrary_topology_shaped_documents(body: dict[str, Any]):
    outcome(safe_dump({"hybridviz": 1, "name": "fuzz", **body}, sort_keys=False))


_REFERENCE_DOC = yaml.safe_load(REFERENCE.read_text(encoding="utf-8"))


def _slots(doc: Any, out: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    """Every (container, key or index) in the document, to overwrite one of them."""
    if isinstance(doc, dict):
        for k, v in doc.items():
            out.append((doc, k))
            _slots(v, out)
    elif isinstance(doc, list):
        for i, v in enumerate(doc):
            out.append((doc, i))
            _slots(v, out)
    return out


@settings(FUZZ, max_examples=100)
@given(st.data())
def test_mutated_reference(data: st.DataObject):
    doc = copy.deepcopy(_REFERENCE_DOC)
    for _ in range(data.draw(st.integers(1, 4))):
        slots = _slots(doc, [])
        container, key = data.draw(st.sampled_from(slots))
        container[key] = data.draw(DOCUMENTS)
    outcome(safe_dump(doc, sort_keys=False))


def test_reference_itself_loads():
    assert isinstance(outcome(REFERENCE.read_text(encoding="utf-8")), Loaded)
