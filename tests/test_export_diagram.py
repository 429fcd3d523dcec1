"""PNG, SVG and PDF exports of the editor's scene, checked by Pillow, Chromium and poppler."""

from __future__ import annotations

import subprocess
import tempfile
import xml.etree.ElementTree as ET

import pytest
from PIL import Image, ImageChops

from desktop_app.engine import trace
from desktop_app.model import load
from desktop_app.paths import REFERENCE_SAMPLE
from desktop_app.ui.render import diagram
from desktop_app.ui.render.diagram import DiagramOptions

from .test_export_oracles import ink, tool

SVG = "{http://www.w3.org/2000/svg}"
INJECTED = "<script>alert(1)</script>"


@pytest.fixture
def topology():
    return load(REFERENCE_SAMPLE).topology


@pytest.fixture
def scene(qapp, topology):
    from desktop_app.ui.canvas.scene import TopologyScene
    from desktop_app.ui.document import Document

    document = Document(topology)
    s = TopologyScene(document)
    yield s
    s.clear()


def _texts(svg: bytes) -> list[str]:
    root = ET.fromstring(svg)
    return ["".join(el.itertext()) for el in root.iter(f"{SVG}text")]


def test_png_size_follows_the_scale_and_the_picture_is_drawn(scene, tmp_path):
    area = diagram.whole_area(scene)
    one = tmp_path / "one.png"
    half = tmp_path / "half.png"
    one.write_bytes(diagram.render_png(scene, DiagramOptions()))
    half.write_bytes(diagram.render_png(scene, DiagramOptions(scale=0.5)))
    with Image.open(one) as a, Image.open(half) as b:
        assert a.size == (round(area.width() + 0.4999), round(area.height() + 0.4999))
        assert abs(b.size[0] - a.size[0] / 2) <= 1 and abs(b.size[1] - a.size[1] / 2) <= 1
    assert ink(half) > 0.02 * (area.width() * area.height() / 4)


def test_transparent_png_has_a_clear_background(scene, tmp_path):
    path = tmp_path / "t.png"
    path.write_bytes(diagram.render_png(scene, DiagramOptions(scale=0.25, transparent=True)))
    with Image.open(path) as im:
        alpha = im.convert("RGBA").getchannel("A")
    assert alpha.getpixel((0, 0)) == 0  # the corner is outside every zone
    assert alpha.getextrema()[1] == 255  # and something is drawn
    opaque = tmp_path / "o.png"
    opaque.write_bytes(diagram.render_png(scene, DiagramOptions(scale=0.25)))
    with Image.open(opaque) as im:
        assert im.convert("RGBA").getchannel("A").getextrema() == (255, 255)


def test_flow_highlight_draws_the_path_and_hop_badges(scene, topology, tmp_path):
    result = trace(topology, topology.flow("flow1-internet-to-web"))
    plain = diagram.render_image(scene, DiagramOptions(scale=0.5))
    lit = diagram.render_image(scene, DiagramOptions(scale=0.5, trace=result))
    path = tmp_path / "lit.png"
    lit.save(str(path))
    with Image.open(path) as im:
        r, g, b = im.convert("RGB").split()
    mask = ImageChops.multiply(ImageChops.multiply(
        r.point(lambda v: 255 if v > 220 else 0), g.point(lambda v: 255 if 140 < v < 180 else 0)),
        b.point(lambda v: 255 if v < 40 else 0))
    orange = mask.histogram()[255]
    assert orange > 500, "the orange path should be visible"
    assert plain != lit
    badges = diagram.badge_positions(scene.diagram, result)
    assert [h.index for h, _ in badges] == [h.index for h in result.hops]


def test_view_area_exports_only_that_part(scene, topology):
    from PySide6.QtCore import QRectF

    image = diagram.render_image(scene, DiagramOptions(area=QRectF(0, 0, 300, 200), scale=2))
    assert (image.width(), image.height()) == (600, 400)


def test_too_large_an_image_is_refused_with_a_sentence(scene):
    with pytest.raises(diagram.ExportError, match="too large"):
        diagram.render_image(scene, DiagramOptions(scale=16))


def test_export_leaves_the_editor_scene_as_it_was(scene):
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QGraphicsItem

    item = scene.item_for["esg"]
    item.setSelected(True)
    cached = [i for i in scene.items() if i.cacheMode() != QGraphicsItem.CacheMode.NoCache]
    brush = scene.backgroundBrush()
    icons = scene.style.icons
    # An animation overlay (the packet token, a hop card) is not part of the diagram.
    area = diagram.whole_area(scene)
    overlay = scene.addRect(area, brush=QColor("#FF00FF"))
    overlay.setZValue(1000)
    image = diagram.render_image(scene, DiagramOptions(scale=0.2))
    assert QColor(image.pixel(image.width() // 2, image.height() // 2)) != QColor("#FF00FF")
    assert overlay.isVisible()
    diagram.render_svg(scene, DiagramOptions(transparent=True))
    assert item.isSelected()
    assert cached and all(i.cacheMode() != QGraphicsItem.CacheMode.NoCache for i in cached)
    assert scene.backgroundBrush() == brush and scene.style.icons is icons


def test_svg_is_xml_with_labels_as_text_and_vector_icons(scene, topology):
    svg = diagram.render_svg(scene, DiagramOptions())
    texts = _texts(svg)
    for label in ("IBM Cloud", "ICP NSX Edge (ESG)", "Internet", "ESXi host 1"):
        assert any(label in t for t in texts), label
    root = ET.fromstring(svg)
    assert root.get("width", "").endswith("px")
    assert not list(root.iter(f"{SVG}image")), "icons should be paths, not bitmaps"


def test_svg_escapes_a_script_label(qapp, topology):
    from desktop_app.ui.render.offscreen import offscreen_scene

    topology.device("esg").label = INJECTED
    topology.zones[0].label = "A & B <zone>"
    with offscreen_scene(topology) as s:
        svg = diagram.render_svg(s, DiagramOptions())
    root = ET.fromstring(svg)
    assert not [el for el in root.iter() if el.tag.endswith("script")]
    assert b"<script" not in svg
    assert b"&lt;script&gt;" in svg
    assert any(t.startswith("<script>") for t in _texts(svg))
    assert any(t == "A & B <zone>" for t in _texts(svg))


@pytest.fixture(scope="module")
def chromium_shot(tmp_path_factory):
    """Chromium's rendering of an exported SVG, embedded in a page, as a PNG."""
    from desktop_app.ui.render.offscreen import offscreen_scene

    browser = tool("chromium")
    folder = tmp_path_factory.mktemp("chromium")
    topology = load(REFERENCE_SAMPLE).topology
    with offscreen_scene(topology) as s:
        result = trace(topology, topology.flow("flow1-internet-to-web"))
        (folder / "d.svg").write_bytes(diagram.render_svg(s, DiagramOptions(trace=result)))
    (folder / "page.html").write_text(
        '<!doctype html><body style="margin:0;background:#fff">'
        '<img src="d.svg" style="width:1600px"></body>', encoding="utf-8")
    shot = folder / "shot.png"
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu",
                        "--disable-background-networking", "--disable-component-update",
                        "--disable-sync", "--no-first-run", f"--user-data-dir={profile}",
                        f"--screenshot={shot}", "--window-size=1600,1200",
                        (folder / "page.html").as_uri()],
                       capture_output=True, timeout=120, check=False)
    assert shot.exists(), "Chromium wrote no screenshot"
    return shot


def test_chromium_renders_the_svg(chromium_shot):
    with Image.open(chromium_shot) as im:
        assert im.size == (1600, 1200)
        colours = im.convert("RGB").getcolors(1 << 20) or []
    assert ink(chromium_shot) > 50_000, "the page should show the diagram, not a blank page"
    # Zones, networks of several kinds, icons and the orange path: many colours, not one.
    assert len(colours) > 200


def test_pdf_is_one_vector_page_that_renders(scene, topology, tmp_path):
    result = trace(topology, topology.flow("flow3-enterprise-to-vm"))
    pdf = diagram.render_pdf(scene, DiagramOptions(trace=result, page="A4"))
    assert pdf.startswith(b"%PDF")
    path = tmp_path / "d.pdf"
    path.write_bytes(pdf)
    info = subprocess.run([tool("pdfinfo"), str(path)], capture_output=True, text=True,
                          check=True).stdout
    assert "Pages:           1" in info
    assert "(A4)" in info and "842 x 595" in info  # landscape: the diagram is wider than tall
    subprocess.run([tool("pdftoppm"), "-r", "40", "-png", "-singlefile", str(path),
                    str(tmp_path / "page")], check=True, capture_output=True)
    assert ink(tmp_path / "page.png") > 5000
    text = subprocess.run([tool("pdftotext"), str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    assert "Enterprise site" in text and "ICP NSX Edge (ESG)" in text  # vector text, not pixels


def test_pdf_page_sizes(scene):
    for page in ("A3", "Letter"):
        assert diagram.render_pdf(scene, DiagramOptions(page=page)).startswith(b"%PDF")
    with pytest.raises(diagram.ExportError, match="unknown page size"):
        diagram.render_pdf(scene, DiagramOptions(page="B5"))
