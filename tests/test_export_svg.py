"""The SVG writer (desktop_app/export/svg.py): the canvas's picture as SVG, written without Qt.

Checked by ElementTree (structure, labels as text, escaping), by Chromium (the file renders, in
the zone colours, like the app's own rendering of the same picture) and against the canvas's
own words and font metrics.
"""

from __future__ import annotations

import copy
import dataclasses
import importlib.util
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image, ImageChops

from desktop_app.diagram import canvas_words, geometry
from desktop_app.diagram.auto_layout import complete, complete_diagram
from desktop_app.diagram.overlay import flow_area, whole_area
from desktop_app.diagram.text_metrics import ELLIPSIS
from desktop_app.diagram.theme_colours import DARK, FLOW_DROP, LIGHT, rgb
from desktop_app.engine import trace
from desktop_app.export import svg
from desktop_app.export.embed import svg_with_topology
from desktop_app.export.formats import ExportInputError, ExportRequest, export_bytes
from desktop_app.model import dumps, load, loads
from desktop_app.paths import REFERENCE_SAMPLE

from .test_export_oracles import ink, tool

NS = "{http://www.w3.org/2000/svg}"
XLINK = "{http://www.w3.org/1999/xlink}href"
ROOT = Path(__file__).resolve().parents[1]
FLOW = "flow1-internet-to-web"


@pytest.fixture
def topology():
    return load(REFERENCE_SAMPLE).topology


def _texts(data: bytes) -> list[str]:
    return ["".join(el.itertext()) for el in ET.fromstring(data).iter(f"{NS}text")]


def _shown(label: str, texts: list[str]) -> bool:
    """Whether a label is drawn whole: on one line or wrapped over consecutive lines (never
    cut short)."""
    squeezed = label.replace(" ", "")
    for i in range(len(texts)):
        joined = ""
        for text in texts[i:i + 6]:
            joined += text.replace(" ", "")
            if joined == squeezed:
                return True
            if not squeezed.startswith(joined):
                break
    return False


def _device_icons(root: ET.Element) -> list[ET.Element]:
    return [use for use in root.iter(f"{NS}use") if use.get("class") == "device-icon"]


def test_every_label_is_text_and_every_device_has_its_icon(topology):
    data = svg.svg_bytes(topology)
    assert data.startswith(b'<?xml version="1.0" encoding="UTF-8"?>')
    root = ET.fromstring(data)
    assert root.tag == f"{NS}svg" and root.get("width", "").endswith("px")
    texts = _texts(data)
    assert not any(ELLIPSIS in text for text in texts), "labels wrap, they are not cut short"
    for d in topology.devices:
        assert _shown(d.display_label, texts), d.id
    for n in topology.networks:
        assert n.display_label in texts, n.id
    for z in topology.zones:
        assert _shown(z.display_label, texts), z.id
    # Interface names and addresses label the links.
    assert "vmk10" in texts and "10.190.20.11/26" in texts

    uses = _device_icons(root)
    assert len(uses) == len(topology.devices)
    symbols = {s.get("id") for s in root.iter(f"{NS}symbol")}
    assert len(symbols) == len(list(root.iter(f"{NS}symbol"))), "each icon embedded once"
    kinds = {d.kind for d in topology.devices} | {"internet"}
    assert symbols == {f"icon-{k}" for k in kinds}
    assert all(use.get(XLINK, "")[1:] in symbols for use in root.iter(f"{NS}use"))
    assert not list(root.iter(f"{NS}image")), "icons are vector symbols, not bitmaps"


def test_the_picture_is_the_canvas_geometry(topology):
    positions = complete(topology)
    diagram = geometry.compute(topology, positions)
    root = ET.fromstring(svg.svg_bytes(topology))
    area = whole_area(diagram)
    x, y, w, h = (float(v) for v in root.get("viewBox").split())
    assert (x, y) == (area.x, area.y) and (w, h) == (round(area.w + 0.4999), round(area.h + 0.4999))
    # A zone rectangle per zone, where the geometry puts it.
    zone_rects = [r for group in root.iter(f"{NS}g") if group.get("class") == "zones"
                  for r in group.iter(f"{NS}rect")]
    assert len(zone_rects) == len(diagram.zones)
    boxes = sorted((round(float(r.get("x")) - 0.5), round(float(r.get("y")) - 0.5))
                   for r in zone_rects)
    assert boxes == sorted((round(b.x), round(b.y)) for b in diagram.zones.values())
    # Devices are drawn from the top middle of their glyphs, their icon centred there.
    glyphs = [diagram.glyphs[d.id] for d in topology.devices
              if d.kind not in geometry.CONTAINER_KINDS and d.kind != "pod"]
    devices = [gr for gr in root.iter(f"{NS}g") if gr.get("class") == "devices"][0]
    places = {tuple(round(float(v)) for v in gr.get("transform")[10:-1].split())
              for gr in devices.findall(f"{NS}g")}
    assert places == {(round(b.cx), round(b.y)) for b in glyphs}
    assert {(u.get("x"), u.get("y")) for u in devices.iter(f"{NS}use")} == {("-18", "2")}


def test_labels_stay_text_whatever_they_hold(topology):
    topology.device("esg").label = "<script>alert(1)</script>"
    topology.zones[0].label = "A & B <zone>"
    topology.networks[1].label = 'say "hi" & \'bye\' ]]> <!-- -->'
    topology.device("fcr").label = "bell\x07 tab\tline\nbreak \ud800 end"
    data = svg.svg_bytes(topology, svg.SvgOptions(title="<b>&</b>"))
    root = ET.fromstring(data)  # well-formed whatever the labels hold
    assert not [el for el in root.iter() if el.tag.endswith(("script", "foreignObject"))]
    assert b"<script" not in data and b"&lt;script&gt;" in data
    texts = _texts(data)
    assert any(t.startswith("<script>") for t in texts)
    assert "A & B <zone>" in texts
    assert 'say "hi" & \'bye\' ]]> <!-- -->' in texts
    assert _shown("bell\ufffd tab line break \ufffd end", texts)
    assert root.find(f"{NS}title").text == "<b>&</b>"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.function_scoped_fixture])
@given(st.text(max_size=40), st.text(max_size=40), st.text(max_size=20))
def test_any_label_comes_out_as_text_in_well_formed_xml(topology, device, zone, interface):
    topology.device("esg").label = device or None
    topology.zones[0].label = zone or None
    topology.device("fcr").interfaces[0].name = interface or None
    data = svg.svg_bytes(topology, svg.SvgOptions(title=device))
    svg.check_svg(data)  # well-formed, nothing active
    texts = _texts(data)
    # What XML can hold comes back as written (an elided label as a start of it).
    for label in (zone, device):
        if label and label.isprintable() and label.strip() == label and "  " not in label:
            assert _shown(label, texts)


def test_the_check_refuses_active_content_and_broken_xml():
    head = b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg">'
    with pytest.raises(svg.SvgError, match="active content"):
        svg.check_svg(head + b"<script>alert(1)</script></svg>")
    with pytest.raises(svg.SvgError, match="active content"):
        svg.check_svg(head + b'<rect onload="alert(1)"/></svg>')
    with pytest.raises(svg.SvgError, match="active content"):
        svg.check_svg(head + b"<foreignObject><p>x</p></foreignObject></svg>")
    with pytest.raises(svg.SvgError, match="not well-formed"):
        svg.check_svg(head + b"<text>a < b</text></svg>")
    svg.check_svg(head + b'<text font-family="x">turn on=off &lt;script&gt;</text></svg>')


def _generated(n: int):
    spec = importlib.util.spec_from_file_location("bench_generate", ROOT / "bench" / "generate.py")
    module = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return loads(module.generate(n)).topology


def test_complete_diagram_is_the_geometry_at_the_completed_layout(topology):
    """The export reuses the automatic layout's own geometry: the same as computing it anew."""
    generated = _generated(120)
    partial = copy.deepcopy(generated)
    partial.layout = {k: v for i, (k, v) in enumerate(generated.layout.items()) if i % 3}
    zones_only = copy.deepcopy(topology)
    zones_only.layout = {topology.zones[0].id: [-3000, -3000, 200, 100]}
    bare = copy.deepcopy(generated)
    bare.layout = {}
    for case in (topology, generated, partial, zones_only, bare):
        positions, diagram = complete_diagram(case)
        assert positions == complete(case)
        assert diagram == geometry.compute(case, positions)


def test_a_flow_is_drawn_with_a_numbered_badge_per_hop(topology):
    result = trace(topology, topology.flow(FLOW))
    root = ET.fromstring(svg.svg_bytes(topology, svg.SvgOptions(trace=result)))
    groups = {gr.get("class"): gr for gr in root.iter(f"{NS}g") if gr.get("class")}
    paths = groups["flow"].findall(f"{NS}path")
    assert len(paths) == 2 and paths[1].get("stroke") == "#F59E0B"
    assert groups["flow-arrows"].findall(f"{NS}polygon")
    numbers = [t.text for t in groups["hop-badges"].iter(f"{NS}text")]
    assert numbers == [str(h.index) for h in result.hops]

    dropped = dataclasses.replace(result, disposition="dropped")
    root = ET.fromstring(svg.svg_bytes(topology, svg.SvgOptions(trace=dropped)))
    badges = [gr for gr in root.iter(f"{NS}g") if gr.get("class") == "hop-badges"][0]
    fills = [r.get("fill") for r in badges.iter(f"{NS}rect")]
    assert fills[-1] == FLOW_DROP and FLOW_DROP not in fills[:-1]

    plain = ET.fromstring(svg.svg_bytes(topology, svg.SvgOptions(trace=result,
                                                                 hop_numbers=False)))
    assert "hop-badges" not in {gr.get("class") for gr in plain.iter(f"{NS}g")}


def test_an_area_is_a_viewbox_crop_without_what_lies_far_outside(topology):
    whole = svg.svg_bytes(topology)
    area = geometry.Box(100, 200, 640, 480)
    data = svg.svg_bytes(topology, svg.SvgOptions(area=area))
    root = ET.fromstring(data)
    assert root.get("viewBox") == "100 200 640 480"
    assert (root.get("width"), root.get("height")) == ("640px", "480px")
    assert len(data) < len(whole) / 2
    with pytest.raises(svg.SvgError, match="empty"):
        svg.svg_bytes(topology, svg.SvgOptions(area=geometry.Box(0, 0, 0, 10)))


def test_positions_that_are_not_numbers_are_refused_with_a_sentence(topology):
    with pytest.raises(svg.SvgError, match="not finite"):
        svg.svg_bytes(topology, positions={**complete(topology), "esg": [float("inf"), 0.0]})


def test_transparent_and_dark(topology):
    opaque = ET.fromstring(svg.svg_bytes(topology))
    first = opaque.find(f"{NS}rect")
    assert first is not None and first.get("fill") == LIGHT.scene_background
    clear = ET.fromstring(svg.svg_bytes(topology, svg.SvgOptions(transparent=True)))
    assert clear.find(f"{NS}rect") is None  # no background: the zones come first, in a group
    dark = ET.fromstring(svg.svg_bytes(topology, svg.SvgOptions(theme=DARK)))
    assert dark.find(f"{NS}rect").get("fill") == DARK.scene_background


def test_the_export_path_writes_it_and_frames_a_flow(topology):
    data = export_bytes(ExportRequest(".svg"), topology)
    # The drawing, with the topology's file text in a <metadata> element so it opens again.
    assert data == svg_with_topology(svg.svg_bytes(topology), dumps(topology))
    assert ET.fromstring(data).find(f"{NS}metadata") is not None
    result = trace(topology, topology.flow(FLOW))
    framed = ET.fromstring(export_bytes(ExportRequest(".svg", trace=result, area="view"),
                                        topology))
    box = flow_area(geometry.compute(topology, complete(topology)), result)
    assert framed.get("viewBox").split()[:2] == [f"{box.x:g}", f"{box.y:g}"]
    with pytest.raises(ExportInputError, match="no visible area"):
        export_bytes(ExportRequest(".svg", area="view"), topology)


def test_the_svg_export_needs_no_qt(tmp_path):
    """The command line writes SVG without importing Qt (and so without a display)."""
    out = tmp_path / "d.svg"
    script = ("import sys; from desktop_app.cli import main; "
              f"code = main(['export', {str(REFERENCE_SAMPLE)!r}, '--out', {str(out)!r}, "
              f"'--flow', {FLOW!r}]); "
              "print(code, sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken'))))")
    run = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True,
                         check=True)
    assert run.stdout.strip().splitlines()[-1] == "0 []", run.stderr
    ET.fromstring(out.read_bytes())


def test_it_draws_what_the_canvas_draws(qapp, topology):
    """The same words as the canvas items and the same shapes as the scene's diagram."""
    from desktop_app.ui.canvas import items, network_items
    from desktop_app.ui.canvas.style import CanvasStyle
    from desktop_app.ui.render import diagram
    from desktop_app.ui.render.offscreen import offscreen_scene

    for n in topology.networks:
        assert canvas_words.network_details(n) == network_items.network_details(n)
    for d in topology.devices:
        if d.kind in geometry.CONTAINER_KINDS:
            assert canvas_words.container_subtitle(d) == items._container_subtitle(d)
    style = CanvasStyle()
    for kind in ("ipsec", "gre-ipsec", "gre", "vxlan"):
        item = network_items.TunnelItem(style, "k")
        item.tunnel = geometry.Tunnel("a", "b", kind, (0, 0), (1, 1))
        assert canvas_words.tunnel_label(kind) == item._label_text()
    with offscreen_scene(topology) as scene:
        assert diagram.render_svg(scene, diagram.DiagramOptions()) == svg.svg_bytes(topology)


@pytest.fixture(scope="module")
def shots(tmp_path_factory):
    """Chromium's rendering of the SVG and the app's rendering of the same picture (PNGs)."""
    browser = tool("chromium")
    from desktop_app.ui.render import diagram
    from desktop_app.ui.render.offscreen import ensure_application, offscreen_scene

    ensure_application()
    folder = tmp_path_factory.mktemp("svg")
    topology = load(REFERENCE_SAMPLE).topology
    data = svg.svg_bytes(topology)
    (folder / "d.svg").write_bytes(data)
    root = ET.fromstring(data)
    w, h = (int(root.get(k)[:-2]) for k in ("width", "height"))
    with offscreen_scene(topology) as scene:
        (folder / "app.png").write_bytes(diagram.render_png(scene, diagram.DiagramOptions()))
    shot = folder / "shot.png"
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu",
                        "--disable-background-networking", "--disable-component-update",
                        "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
                        f"--screenshot={shot}", f"--window-size={w},{h}",
                        (folder / "d.svg").as_uri()],
                       capture_output=True, timeout=120, check=False)
    assert shot.exists(), "Chromium wrote no screenshot"
    return shot, folder / "app.png", topology


def test_chromium_renders_it_in_the_zone_colours(shots):
    shot, _, topology = shots
    assert ink(shot) > 50_000, "the browser should show the diagram, not a blank page"
    with Image.open(shot) as im:
        counts = {c: n for n, c in im.convert("RGB").getcolors(1 << 22) or []}
    depths = set(geometry.zone_depths(topology).values())
    for depth in depths:
        fill = rgb(LIGHT.zone_fill(depth))
        near = sum(n for c, n in counts.items()
                   if max(abs(a - b) for a, b in zip(c, fill, strict=True)) <= 2)
        assert near > 20_000, f"zones at depth {depth} should be filled with {fill}"
    for kind in ("vlan", "vxlan", "wan"):
        colour = rgb(LIGHT.network_colour(kind))
        assert counts.get(colour, 0) > 500, f"{kind} bars should be drawn in {colour}"


def test_chromium_draws_it_like_the_app(shots):
    """Pixel by pixel, the browser's picture and the canvas's own agree but for antialiasing."""
    shot, app, _ = shots
    with Image.open(shot) as a, Image.open(app) as b:
        assert a.size == b.size
        diff = ImageChops.difference(a.convert("RGB"), b.convert("RGB")).convert("L")
    histogram = diff.histogram()
    differing = sum(histogram[48:]) / sum(histogram)
    assert differing < 0.02, f"{differing:.1%} of the pixels differ clearly from the app's"
