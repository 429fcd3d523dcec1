"""What the canvas paints: each kind's own icon, network colours, themes, labels (pixels)."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from desktop_app.model.topology import DEVICE_KINDS, Device, Interface, Network, Topology
from desktop_app.ui.canvas.items import ContainerItem, DeviceItem, PodItem
from desktop_app.ui.canvas.network_items import LinkItem, NetworkItem
from desktop_app.ui.canvas.scene import TopologyScene
from desktop_app.ui.canvas.style import CanvasStyle
from desktop_app.ui.document import Document
from desktop_app.ui.theme import DARK, KIND_COLOURS, LIGHT

SCALE = 2.0  # render as a high-DPI screen would


def _gallery() -> Topology:
    """One device of every kind in a row, and the internet below them."""
    devices = [Device(id=f"d-{kind}", kind=kind) for kind in DEVICE_KINDS]
    layout = {d.id: [i * 220.0, 0.0] for i, d in enumerate(devices)}
    internet = Network(id="net", kind="internet")
    layout["net"] = [0.0, 260.0]
    return Topology(name="gallery", devices=devices, networks=[internet], layout=layout)


def _render(scene: TopologyScene, source: QRectF) -> QImage:
    image = QImage(int(source.width() * SCALE), int(source.height() * SCALE),
                   QImage.Format.Format_ARGB32)
    image.fill(QColor("#FFFFFF"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scene.render(painter, QRectF(image.rect()), source)
    painter.end()
    return image


def _colours(image: QImage, rect: QRectF, source: QRectF) -> Counter:
    """Colour histogram (coarsened) of a scene rectangle in the rendered image."""
    out: Counter = Counter()
    x0 = int((rect.left() - source.left()) * SCALE)
    y0 = int((rect.top() - source.top()) * SCALE)
    for y in range(y0 + 2, y0 + int(rect.height() * SCALE) - 2):
        for x in range(x0 + 2, x0 + int(rect.width() * SCALE) - 2):
            c = image.pixelColor(x, y)
            out[(c.red() // 8, c.green() // 8, c.blue() // 8)] += 1
    return out


def _close(key: tuple[int, int, int], colour: str) -> bool:
    q = QColor(colour)
    return all(abs(a - b // 8) <= 1 for a, b in zip(key, (q.red(), q.green(), q.blue()),
                                                    strict=True))


@pytest.fixture
def gallery(qapp):
    doc = Document(_gallery())
    scene = TopologyScene(doc, CanvasStyle(theme=LIGHT))
    yield scene
    scene.clear()


def test_every_device_kind_paints_its_own_icon(gallery):
    scene = gallery
    source = scene.itemsBoundingRect().adjusted(-10, -10, 10, 10)
    image = _render(scene, source)
    dominant = {}
    for kind in DEVICE_KINDS:
        item = scene.item_for[f"d-{kind}"]
        expected_cls = {"esxi-host": ContainerItem, "k8s-node": ContainerItem,
                        "pod": PodItem}.get(kind, DeviceItem)
        assert type(item) is expected_cls, kind
        icon = item.mapRectToScene(item.icon_rect())
        hist = _colours(image, icon, source)
        # The badge colour of the kind fills most of its icon, and a white glyph is drawn on it.
        top, count = hist.most_common(1)[0]
        assert _close(top, KIND_COLOURS[kind]), (kind, top)
        assert count > 0.35 * sum(hist.values()), kind
        white = sum(n for k, n in hist.items() if min(k) >= 30)
        assert white > 0.08 * sum(hist.values()), f"{kind}: no glyph drawn on the badge"
        dominant[kind] = top
    assert len(set(dominant.values())) == len(DEVICE_KINDS)  # every icon is distinct


def test_icons_differ_in_shape_not_only_in_colour(gallery):
    """The glyph masks (white parts) of any two icons differ clearly."""
    scene = gallery
    source = scene.itemsBoundingRect().adjusted(-10, -10, 10, 10)
    image = _render(scene, source)
    masks = {}
    for kind in ("client", "dns", "router", "vm", "esg", "dlr", "l2-concentrator"):
        item = scene.item_for[f"d-{kind}"]
        icon = item.mapRectToScene(item.icon_rect())
        x0 = int((icon.left() - source.left()) * SCALE)
        y0 = int((icon.top() - source.top()) * SCALE)
        size = int(icon.width() * SCALE)
        masks[kind] = {(x, y) for y in range(size) for x in range(size)
                       if min(image.pixelColor(x0 + x, y0 + y).getRgb()[:3]) > 235}
    kinds = list(masks)
    for i, a in enumerate(kinds):
        for b in kinds[i + 1:]:
            union = masks[a] | masks[b]
            overlap = len(masks[a] & masks[b]) / max(1, len(union))
            assert overlap < 0.6, (a, b, overlap)


def test_the_internet_is_a_cloud_with_its_icon(gallery):
    scene = gallery
    item = scene.item_for["net"]
    assert isinstance(item, NetworkItem) and item.orientation == "cloud"
    source = scene.itemsBoundingRect().adjusted(-10, -10, 10, 10)
    image = _render(scene, source)
    hist = _colours(image, item.mapRectToScene(item.icon_rect()), source)
    assert _close(hist.most_common(1)[0][0], "#0EA5E9")
    # The cloud's body is tinted, its corners are not (it is not a rectangle).
    box = item.mapRectToScene(item.bar)
    corner = _colours(image, QRectF(box.left(), box.top(), 14, 14), source)
    assert corner.most_common(1)[0][0] == (31, 31, 31)


def test_network_bars_use_one_colour_per_kind(qapp):
    from desktop_app.model import load_topology

    from .conftest import REFERENCE

    topo = load_topology(REFERENCE)
    from desktop_app.diagram.auto_layout import complete

    topo.layout = complete(topo)
    scene = TopologyScene(Document(topo), CanvasStyle(theme=LIGHT))
    source = scene.itemsBoundingRect()
    image = _render(scene, source)
    for net_id, kind in (("icp-ls", "vxlan"), ("db-ls", "vxlan"), ("vtep-a", "vlan"),
                         ("ibm-backbone", "wan"), ("direct-link", "wan")):
        shape = scene.diagram.networks[net_id]
        bar = QRectF(shape.box.x + 40, shape.box.y, 20, shape.box.h) \
            if shape.orientation == "h" else QRectF(shape.box.x, shape.box.y + 40, shape.box.w, 20)
        hist = _colours(image, bar.adjusted(0, -1, 0, 1), source)
        assert any(_close(k, LIGHT.network[kind]) for k, _ in hist.most_common(2)), net_id
    # Links carry their network's colour too.
    link = scene.links["db-1#0"]
    assert isinstance(link, LinkItem) and link.kind == "vxlan"
    scene.clear()


def test_dark_theme_paints_a_dark_canvas(qapp):
    doc = Document(_gallery())
    scene = TopologyScene(doc, CanvasStyle(theme=DARK))
    assert scene.backgroundBrush().color() == QColor(DARK.scene_background)
    image = QImage(200, 100, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    scene.render(painter, QRectF(image.rect()), QRectF(-2000, -2000, 200, 100))
    painter.end()
    assert image.pixelColor(100, 50) == QColor(DARK.scene_background)
    scene.clear()


def test_link_labels_show_name_and_address_and_can_be_hidden(qapp):
    topo = Topology(
        name="pair",
        networks=[Network(id="lan", kind="vlan", cidr="10.0.0.0/24")],
        devices=[Device(id="a", kind="vm", interfaces=[Interface(name="eth7", network="lan",
                                                                    ip="10.0.0.9/24")])],
        layout={"a": [0.0, 0.0], "lan": [0.0, 200.0]})
    scene = TopologyScene(Document(topo), CanvasStyle(theme=LIGHT))
    label = scene.label_rect("link:a#0")
    assert not label.isEmpty()
    source = scene.itemsBoundingRect().adjusted(-10, -10, 10, 10)
    with_labels = _colours(_render(scene, source), label, source)
    dark_text = sum(n for k, n in with_labels.items() if max(k) < 16)
    assert dark_text > 10
    scene.set_link_labels(False)
    without = _colours(_render(scene, source), label, source)
    assert sum(n for k, n in without.items() if max(k) < 16) < dark_text / 5
    scene.clear()
