"""File → Open takes an exported picture or page and opens the topology inside it.

Saving it then asks for a topology file name (the picture is never overwritten with YAML)
and writes the file the export was made from.
"""

from __future__ import annotations

import pytest

from desktop_app.export.formats import ExportRequest, export_bytes
from desktop_app.ui.render.painter import scene_painter


@pytest.mark.parametrize("extension", [".png", ".html"])
def test_open_an_export_then_save_gives_the_original(window, tmp_path, extension):
    window.doc.undo_stack.resetClean()
    window.action("file.save").trigger()  # the sample as the editor writes it
    original = window.doc.path
    before = open(original, "rb").read()
    data = export_bytes(ExportRequest(extension), window.doc.topology,
                        scene_painter(lambda: window.scene))
    exported = tmp_path / f"shared{extension}"
    exported.write_bytes(data)

    window.prompts.open_answer = str(exported)
    window.action("file.open").trigger()
    assert window.doc.path is None, "saving must not overwrite the exported file"
    assert window.doc.topology.name == "ICP on VCS with an enterprise stretch"
    again = tmp_path / "again.yaml"
    window.prompts.save_as_answer = str(again)
    window.action("file.save").trigger()
    assert "save_path" in window.prompts.asked
    assert again.read_bytes() == before
    assert exported.read_bytes() == data
