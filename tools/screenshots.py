"""Write the README's screenshots and GIF from the app as it is today.

    uv run python tools/screenshots.py              # all of them, into docs/screenshots/
    uv run python tools/screenshots.py --only editor animation

The real main window runs under a virtual X display (``xvfb-run``, Debian package ``xvfb``)
when there is no display; without xvfb-run it falls back to Qt's offscreen platform, which
draws the same widgets. Settings, recent files and autosaves go to a temporary folder, so
the pictures never show (or change) the user's own. Writes:

- ``editor.png``        the editor on the reference sample
- ``animation.png``     flow 1 half-way between the two ESXi hosts, inside VXLAN, with its card
- ``hop-inspector.png`` the hop inspector on the NSX Edge's DNAT hop
- ``editor-zh.png``     the Chinese interface on the Chinese sample (when a translation exists)
- ``flow1.gif``         flow 1 hop by hop, made with the app's own GIF export
- ``presentation.png``  presentation mode at 1366×768 (a projector) on flow 1's DNAT hop
- ``presentation-zh.png`` the same in Chinese, on the Chinese sample
- ``start.png``         a new, empty document at 1366×768: the templates on the canvas
- ``palette.png``       the compact palette at 1366×768, every entry without scrolling
- ``matrix.png``        the reachability matrix: the internet and enterprise zones → every VM
                        and service, tcp 443
- ``compare.png``       Compare With… after an edit that denies flow 1: the flow now, the path
                        before as a dashed ghost, and the list of changed flows
- ``web-page.png``      the exported web page in headless Chromium (Selenium, Debian's
                        chromium and chromedriver), flow 1 arrived inside VXLAN at the next host
- ``fit.png``           the whole reference sample fitted in a 1366×768 window, flow 1's
                        devices named in large type, every other device named
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
SHOTS = ("editor", "animation", "hop-inspector", "editor-zh", "flow1", "presentation",
         "presentation-zh", "start", "palette", "matrix", "compare",
         "web-page", "fit")
PROJECTOR = (1366, 768)
SMALL_SCREEN = (1366, 740)  # a 1366×768 laptop screen less the desktop's own bar
WINDOW = (1600, 1000)
FIT_WINDOW = (1366, 768)  # a classroom projector
FLOW = "flow1-internet-to-web"
DNAT_DEVICE = "esg"
VXLAN_FROM = "esxi-1"  # the hop that wraps flow 1 in VXLAN; the packet is shown on the next leg
INNER = "HYBRIDVIZ_SCREENSHOTS_INNER"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT, help="folder for the pictures")
    parser.add_argument("--only", nargs="+", choices=SHOTS, help="just these pictures")
    parser.add_argument("--offscreen", action="store_true",
                        help="use Qt's offscreen platform even when xvfb-run is there")
    args = parser.parse_args(argv)
    if not os.environ.get(INNER) and not os.environ.get("DISPLAY") \
            and not os.environ.get("WAYLAND_DISPLAY") and not args.offscreen:
        xvfb = shutil.which("xvfb-run")
        if xvfb:
            env = dict(os.environ, **{INNER: "1", "QT_QPA_PLATFORM": "xcb"})
            command = [xvfb, "-a", "-s", "-screen 0 1920x1200x24", sys.executable,
                       str(Path(__file__).resolve()), *(argv if argv is not None else sys.argv[1:])]
            return subprocess.run(command, env=env, check=False).returncode
        print("xvfb-run not found (apt-get install xvfb): drawing offscreen", file=sys.stderr)
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    with tempfile.TemporaryDirectory(prefix="hybridviz-shots-") as home:
        return Shooter(args.out, Path(home)).run(args.only or SHOTS)


class Shooter:
    """One application; a fresh main window for each picture."""

    def __init__(self, out: Path, home: Path):
        sys.path.insert(0, str(ROOT))
        os.environ["XDG_CONFIG_HOME"] = str(home / "config")
        os.environ["XDG_DATA_HOME"] = str(home / "data")
        os.environ["XDG_CACHE_HOME"] = str(home / "cache")
        from PySide6.QtCore import QSettings, QStandardPaths

        QStandardPaths.setTestModeEnabled(True)
        for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
            QSettings.setPath(fmt, QSettings.Scope.UserScope, str(home / "settings"))
        from desktop_app.ui.app import APP_NAME, ORGANIZATION

        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        from PySide6.QtCore import QCoreApplication

        QCoreApplication.setOrganizationName(ORGANIZATION)
        QCoreApplication.setApplicationName(APP_NAME)
        settings = QSettings()
        settings.setValue("help/welcome_shown", True)  # no welcome page over the pictures
        settings.setValue("appearance/theme", "light")
        settings.setValue("ui/language", "en")
        settings.sync()
        from desktop_app.ui.app import application

        self.app = application()
        self.out = out
        self.out.mkdir(parents=True, exist_ok=True)

    def run(self, names: tuple[str, ...] | list[str]) -> int:
        makers: dict[str, Callable[[], Path | None]] = {
            "editor": self.editor, "animation": self.animation,
            "hop-inspector": self.hop_inspector, "editor-zh": self.editor_zh,
            "flow1": self.flow_gif, "presentation": self.presentation,
            "presentation-zh": self.presentation_zh,
            "start": self.start, "palette": self.palette,
            "matrix": self.matrix, "compare": self.compare,
            "web-page": self.web_page,
            "fit": self.fit,
        }
        for name in names:
            path = makers[name]()
            if path is None:
                print(f"skipped {name}", file=sys.stderr)
            else:
                print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}: "
                      f"{path.stat().st_size // 1024} KB")
        return 0

    def web_page(self) -> Path | None:
        """The web page export of every flow, in a browser, flow 1 arrived inside VXLAN."""
        browser, driver_path = shutil.which("chromium"), shutil.which("chromedriver")
        if not browser or not driver_path:
            print("chromium and chromedriver are needed (apt-get install chromium "
                  "chromium-driver)", file=sys.stderr)
            return None
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
        from selenium.webdriver.common.action_chains import ActionChains
        from selenium.webdriver.common.keys import Keys

        from desktop_app.engine.conversation import converse
        from desktop_app.export.web import html_bytes
        from desktop_app.model import dumps, load
        from desktop_app.paths import REFERENCE_SAMPLE

        topology = load(REFERENCE_SAMPLE).topology
        traces = [converse(topology, f) for f in topology.flows]
        target = self.out / "web-page.png"
        with tempfile.TemporaryDirectory() as tmp:
            page = Path(tmp) / "lesson.html"
            page.write_bytes(html_bytes(topology, traces, dumps(topology)))
            options = webdriver.ChromeOptions()
            options.binary_location = browser
            for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                         "--disable-background-networking", "--no-first-run",
                         "--force-color-profile=srgb", f"--window-size={WINDOW[0]},{WINDOW[1]}",
                         f"--user-data-dir={Path(tmp) / 'profile'}"):
                options.add_argument(flag)
            driver = webdriver.Chrome(service=Service(executable_path=driver_path), options=options)
            try:
                driver.get(page.as_uri())
                for _ in range(_hop_index(traces[0], VXLAN_FROM) + 1):  # arrived in VXLAN
                    ActionChains(driver).send_keys(Keys.ARROW_RIGHT).perform()
                driver.execute_script("return new Promise(r => setTimeout(r, 2000))")  # the leg's move
                driver.save_screenshot(str(target))
            finally:
                driver.quit()
        return target

    # -- a window ----------------------------------------------------------------------------------
    def empty_window(self):
        """A new, empty document on a small laptop screen, as `hybridviz` opens one."""
        from desktop_app.ui.main_window import MainWindow

        window = MainWindow(defer_panels=True)
        window.resize(*SMALL_SCREEN)
        window.show()
        for _ in range(100):
            self.settle(50)
            if window.animation is not None:
                break
        self.settle(400)
        return window

    def fit(self) -> Path:
        """The fit view a projector shows first: the whole topology, every name legible."""
        from desktop_app.engine import trace

        window = self.window(size=FIT_WINDOW)
        result = trace(window.doc.topology, window.doc.topology.flow(FLOW))
        window.scene.set_path_devices(h.device for h in result.hops)
        window.view.fit_all()
        self.settle(400)
        window.scene.relabel()
        self.settle(200)
        path = self.save(window, "fit")
        self.close(window)
        return path

    def window(self, sample: Path | None = None, size: tuple[int, int] = WINDOW):
        from desktop_app.paths import REFERENCE_SAMPLE
        from desktop_app.ui.main_window import MainWindow

        window = MainWindow(defer_panels=True)  # as `hybridviz` starts it
        if not window.files.open_path(str(sample or REFERENCE_SAMPLE)):
            raise SystemExit(f"could not open {sample or REFERENCE_SAMPLE}")
        window.resize(*size)
        window.show()
        for _ in range(100):
            self.settle(50)
            if window.animation is not None:
                break
        self.settle(400)
        window.view.fit_all()
        self.settle(200)
        return window

    def settle(self, ms: int) -> None:
        """Let the event loop run (paints, timers, the animation) for ``ms`` milliseconds."""
        from PySide6.QtCore import QDeadlineTimer, QEventLoop

        deadline = QDeadlineTimer(ms)
        while not deadline.hasExpired():
            self.app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)

    def save(self, widget, name: str) -> Path:
        path = self.out / f"{name}.png"
        image = widget.grab().toImage()
        _save_png(image, path)
        return path

    def close(self, window) -> None:
        window.doc.undo_stack.setClean()
        window.close()
        window.deleteLater()
        self.settle(50)

    # -- the pictures ------------------------------------------------------------------------------
    def editor(self) -> Path:
        window = self.window()
        # The NSX Edge selected, its form in the inspector, the cloud side readable.
        window.scene.select_ids([DNAT_DEVICE])
        if window.inspector is not None:
            window.inspector.raise_()
        _zoom_to(window, _boxes(window, zones=("ibm-network", "vcs")), margin=10)
        self.settle(400)
        path = self.save(window, "editor")
        self.close(window)
        return path

    def animation(self) -> Path:
        window = self.window()
        controller = window.animation
        controller.ui.actions["anim.card"].setChecked(True)
        controller.play_flow(FLOW, play=False)
        start = _hop_index(controller.trace, VXLAN_FROM)
        _show_flow_area(window, controller)
        controller.go_to(start)
        self.settle(200)
        controller.set_speed(0.5)
        controller.step_forward()
        # Half-way along the leg: the packet rides the underlay between the two VTEPs.
        for _ in range(200):
            clock = controller.playback
            if clock.duration and clock.elapsed >= clock.duration * 0.5:
                break
            self.settle(16)
        controller.pause()
        path = self.save(window, "animation")
        self.settle(1500)
        self.close(window)
        return path

    def hop_inspector(self) -> Path:
        from PySide6.QtCore import Qt

        window = self.window()
        controller = window.animation
        controller.play_flow(FLOW, play=False)
        controller.go_to(_hop_index(controller.trace, DNAT_DEVICE))
        inspector = controller.ui.inspector
        inspector.show()
        inspector.raise_()
        window.resizeDocks([inspector], [560], Qt.Orientation.Horizontal)
        self.settle(300)
        tree = inspector.tree
        target = _translated_row(tree)
        if target is not None:
            tree.setCurrentItem(target)
            tree.scrollToItem(target)
        self.settle(300)
        path = self.save(inspector, "hop-inspector")
        self.close(window)
        return path

    def editor_zh(self) -> Path | None:
        try:
            from desktop_app.ui import i18n
        except ImportError:
            return None
        if not i18n.ts_file("zh_CN").is_file():
            return None
        from desktop_app.paths import SAMPLES

        if i18n.set_language(self.app, "zh_CN") != "zh_CN":
            return None
        try:
            window = self.window(SAMPLES / "icp-vcs-hybrid.zh.yaml")
            controller = window.animation
            controller.ui.actions["anim.card"].setChecked(True)
            controller.play_flow(FLOW, play=False)
            controller.go_to(_hop_index(controller.trace, DNAT_DEVICE))
            controller.follow = False
            _show_flow_area(window, controller)
            self.settle(400)
            path = self.save(window, "editor-zh")
            self.close(window)
        finally:
            i18n.set_language(self.app, "en")
        return path

    def presentation(self, sample: Path | None = None, name: str = "presentation") -> Path:
        window = self.window(sample)
        controller = window.animation
        controller.ui.actions["anim.card"].setChecked(True)
        controller.play_flow(FLOW, play=False)
        controller.ui.actions["anim.presentation"].trigger()
        self.settle(300)
        # A projector's screen: the window the size of one, still presenting.
        window.showNormal()
        window.setGeometry(0, 0, *PROJECTOR)
        self.settle(400)
        controller.go_to(_hop_index(controller.trace, DNAT_DEVICE))
        for _ in range(300):  # the camera eases onto the hop
            self.settle(20)
            if not controller.camera.busy:
                break
        self.settle(300)
        path = self.save(window, name)
        controller.ui.actions["anim.leave_presentation"].trigger()
        self.close(window)
        return path

    def presentation_zh(self) -> Path | None:
        from desktop_app.paths import SAMPLES
        from desktop_app.ui import i18n

        if i18n.set_language(self.app, "zh_CN") != "zh_CN":
            return None
        try:
            return self.presentation(SAMPLES / "icp-vcs-hybrid.zh.yaml", "presentation-zh")
        finally:
            i18n.set_language(self.app, "en")

    def start(self) -> Path:
        window = self.empty_window()
        path = self.save(window, "start")
        self.close(window)
        return path

    def palette(self) -> Path:
        window = self.empty_window()
        bar = window.palette_dock.list.verticalScrollBar()
        if bar.isVisible():
            raise SystemExit("the palette scrolls at 1366×768")
        path = self.save(window.palette_dock, "palette")
        self.close(window)
        return path

    def flow_gif(self) -> Path:
        from desktop_app.ui.render.animation import AnimationOptions, gif_bytes

        window = self.window()
        controller = window.animation
        controller.play_flow(FLOW, play=False)
        data = gif_bytes(window.scene, controller.trace,
                         AnimationOptions(width=880, fps=8, hold=1.1, move=0.5))
        path = self.out / "flow1.gif"
        path.write_bytes(data)
        self.close(window)
        return path

    def matrix(self) -> Path:
        window = self.window()
        window.action("view.matrix").trigger()
        dialog = window.checks.matrix
        dialog.sources.setText("zone:internet-zone, zone:enterprise")
        dialog.destinations.setText("kind:vm, service:*")
        dialog.port.setValue(443)
        dialog.resize(1180, 470)
        dialog.recompute()
        self.settle(300)
        path = self.save(dialog, "matrix")
        dialog.close()
        self.close(window)
        return path

    def compare(self) -> Path:
        from PySide6.QtCore import QPoint
        from PySide6.QtGui import QPainter

        from desktop_app.ui import commands

        window = self.window()
        doc = window.doc
        # The Edge's HTTPS rule for the public web address now denies: flow 1 stops there.
        doc.undo_stack.push(commands.set_field(doc, "esg", "firewall.rules[0].action", "deny"))
        window.action("file.compare").trigger()
        dialog = window.checks.compare
        dialog.compare_with_saved()
        dialog.resize(560, 260)
        dialog.list.setCurrentRow(0)
        window.animation.pause()
        window.animation.go_to(window.animation.hop_count - 1)
        _zoom_to(window, dialog.ghost.sceneBoundingRect(), margin=40)
        self.settle(500)
        image = window.grab().toImage()
        painter = QPainter(image)
        shot = dialog.grab()
        painter.drawPixmap(QPoint(image.width() - shot.width() - 24, image.height() - shot.height() - 40), shot)
        painter.end()
        path = self.out / "compare.png"
        _save_png(image, path)
        dialog.close()
        self.close(window)
        return path


def _hop_index(trace, device: str) -> int:
    for hop in trace.hops:
        if hop.device == device:
            return hop.index
    raise SystemExit(f"flow {FLOW} does not pass {device}")


def _translated_row(tree):
    """The first header field this hop translated (the DNAT'd destination), else a changed one."""
    from desktop_app.ui.animation.header_tree import STATE_ROLE

    found = {}
    for i in range(tree.topLevelItemCount()):
        top = tree.topLevelItem(i)
        for j in range(top.childCount()):
            child = top.child(j)
            state = child.data(0, STATE_ROLE)
            if state and state not in found:
                found[state] = child
    return found.get("translated") or found.get("changed")


def _boxes(window, zones: tuple[str, ...] = (), devices: tuple[str, ...] = ()):
    """The scene rectangle round some zones and devices."""
    from PySide6.QtCore import QRectF

    d = window.scene.diagram
    rect = QRectF()
    for ident in zones:
        box = d.zones.get(ident)
        if box is not None:
            rect = rect.united(QRectF(box.x, box.y, box.w, box.h))
    for ident in devices:
        g = d.glyphs.get(ident)
        if g is not None:
            rect = rect.united(QRectF(g.x, g.y, g.w, g.h))
    return rect


def _zoom_to(window, rect, margin: float) -> None:
    """Show a scene rectangle as large as the canvas allows (``margin`` pixels round it)."""
    if rect.isValid():
        window.view.fit_rect(rect, margin=margin)


def _show_flow_area(window, controller) -> None:
    """Zoom the canvas onto the hops around the VXLAN leg (and keep it there while it moves)."""
    controller.follow = False
    rect = _boxes(window, devices=(DNAT_DEVICE, VXLAN_FROM, "esxi-2", "web-2"))
    _zoom_to(window, rect, margin=40)


def _save_png(image, path: Path) -> None:
    """A palette PNG when it stays sharp (screenshots have few colours), else full colour."""
    from desktop_app.ui.render.animation import to_pillow

    picture = to_pillow(image)
    quantized = picture.quantize(colors=256, method=2, dither=0)  # 2: fast octree
    quantized.save(path, format="PNG", optimize=True)


if __name__ == "__main__":
    raise SystemExit(main())
