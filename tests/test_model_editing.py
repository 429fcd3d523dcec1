"""The edit rules live in the model: no Qt, English sentences with their templates."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.model import load_topology
from desktop_app.model.editing import EditRefused, messages
from desktop_app.model.editing.addressing import check_id, next_free_address
from desktop_app.model.editing.references import find

ROOT = Path(__file__).resolve().parents[1]


def test_a_refused_id_says_why_and_keeps_its_template():
    topo = load_topology(ROOT / "samples" / "minimal.yaml")
    taken = topo.devices[0].id
    with pytest.raises(EditRefused) as caught:
        check_id(topo, taken)
    assert str(caught.value) == f"the id '{taken}' is already used; ids must be unique"
    assert caught.value.template == messages.ID_TAKEN
    assert dict(caught.value.params) == {"id": taken}
    with pytest.raises(ValueError, match="not a valid id"):
        check_id(topo, "-bad")


def test_lookups_and_addresses_refuse_with_sentences():
    topo = load_topology(ROOT / "samples" / "minimal.yaml")
    with pytest.raises(EditRefused, match="nothing has the id 'nowhere'"):
        find(topo, "nowhere")
    with pytest.raises(EditRefused, match="there is no device 'nowhere'"):
        find(topo, "device:nowhere")
    network = next(n for n in topo.networks if n.cidr)
    assert next_free_address(topo, network).endswith("/" + network.cidr.split("/")[1])


def test_edit_rules_import_no_qt():
    script = ("import sys, desktop_app.model.editing.addressing, "
              "desktop_app.model.editing.references, desktop_app.model.editing.new_objects; "
              "print(sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))))")
    out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True,
                         text=True, check=True)
    assert out.stdout.strip() == "[]"
