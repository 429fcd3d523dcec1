"""Exports that open again: every diagram export carries its topology's file text.

Export → open → save gives the file that was exported, for PNG, SVG, PDF, draw.io and the
web page; ``validate`` and ``trace`` read the topology inside; a picture without one is a
sentence and exit status 2.
"""

from __future__ import annotations

import json
import subprocess
import sys
import zlib

import pytest

from desktop_app.cli import main
from desktop_app.model import TopologyError, dumps, load, save
from desktop_app.model.embedded import NoTopology, embedded_text
from desktop_app.paths import REFERENCE_SAMPLE

FORMATS = (".png", ".svg", ".pdf", ".drawio", ".html")


@pytest.fixture(scope="module")
def original(tmp_path_factory):
    """The reference sample as hybridviz writes it (the text an export carries)."""
    path = tmp_path_factory.mktemp("roundtrip") / "icp.yaml"
    save(load(REFERENCE_SAMPLE).topology, path)
    return path


@pytest.mark.parametrize("extension", FORMATS)
def test_export_open_save_gives_the_original_file(original, tmp_path, extension):
    exported = tmp_path / f"diagram{extension}"
    assert main(["export", str(original), "--out", str(exported),
                 "--flow", "flow1-internet-to-web"]) == 0
    reopened = load(exported).topology
    again = tmp_path / "again.yaml"
    save(reopened, again)
    assert again.read_bytes() == original.read_bytes()


@pytest.mark.parametrize("extension", (".svg", ".html", ".drawio"))
def test_validate_and_trace_read_the_topology_inside(original, tmp_path, extension, capsys):
    exported = tmp_path / f"d{extension}"
    assert main(["export", str(original), "--out", str(exported)]) == 0
    capsys.readouterr()
    assert main(["validate", str(exported)]) == 0
    assert capsys.readouterr().out.startswith(f"OK {exported}: ")
    assert main(["trace", str(exported), "--flow", "flow1-internet-to-web", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["disposition"] == "delivered"


def test_a_picture_without_a_topology_is_a_sentence_and_exit_2(tmp_path):
    plain = tmp_path / "plain.svg"
    plain.write_text('<svg xmlns="http://www.w3.org/2000/svg"/>', encoding="utf-8")
    page = tmp_path / "page.html"
    page.write_text("<!doctype html><p>hello</p>", encoding="utf-8")
    broken = tmp_path / "broken.png"
    broken.write_bytes(b"not a png at all")
    for path, said in ((plain, "this SVG drawing carries no hybridviz topology"),
                       (page, "this web page carries no hybridviz topology"),
                       (broken, "the topology inside this PNG image cannot be read")):
        done = subprocess.run([sys.executable, "-m", "desktop_app", "validate", str(path)],
                              capture_output=True, text=True, check=False)
        assert done.returncode == 2
        assert done.stderr.startswith(f"{path}: {said}"), done.stderr
        assert "Traceback" not in done.stderr
        with pytest.raises(TopologyError):
            load(path)


def test_png_text_chunks_of_every_kind_are_read():
    text = "hybridviz: 1\nname: Ünïcode 拓扑\n"

    def chunk(kind: bytes, body: bytes) -> bytes:
        crc = zlib.crc32(kind + body).to_bytes(4, "big")
        return len(body).to_bytes(4, "big") + kind + body + crc

    head = b"\x89PNG\r\n\x1a\n"
    key = b"hybridviz-topology\0"
    itxt = chunk(b"iTXt", key + b"\x01\x00\0\0" + zlib.compress(text.encode()))
    assert embedded_text("x.png", head + itxt + chunk(b"IEND", b"")) == text
    latin = "hybridviz: 1\nname: caf\u00e9\n"
    ztxt = chunk(b"zTXt", key + b"\x00" + zlib.compress(latin.encode("latin-1")))
    assert embedded_text("x.png", head + ztxt) == latin
    with pytest.raises(NoTopology):
        embedded_text("x.png", head + chunk(b"IEND", b""))


def test_svg_metadata_survives_hostile_text(tmp_path):
    topology = load(REFERENCE_SAMPLE).topology
    topology.name = "]]></metadata><script>alert(1)</script> & \"q\""
    source = tmp_path / "h.yaml"
    save(topology, source)
    out = tmp_path / "h.svg"
    assert main(["export", str(source), "--out", str(out)]) == 0
    assert b"<script>" not in out.read_bytes()
    assert embedded_text(str(out), out.read_bytes()) == dumps(topology)
