"""A fresh Linux machine: the window starts, or hybridviz names the missing library and exits 2."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from desktop_app.cli import platform_check

ROOT = Path(__file__).resolve().parents[1]
DEBIAN = 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\n'


def test_gui_start_names_the_unfindable_library_and_exits_2_before_qt(tmp_path):
    # The real start-up path in a fresh process, with libxcb-cursor made unfindable.
    script = (
        "import sys\n"
        "from desktop_app.cli import platform_check\n"
        "real = platform_check.library_present\n"
        "platform_check.library_present = lambda name: name != 'libxcb-cursor.so.0' and real(name)\n"
        "platform_check.package_manager = lambda os_release=None: 'apt'\n"
        "from desktop_app.cli.main import main\n"
        "code = main(['gui'])\n"
        "print('qt loaded' if any(m.startswith('PySide6') for m in sys.modules) else 'no qt')\n"
        "sys.exit(code)\n")
    env = {k: v for k, v in os.environ.items()
           if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE")}
    env.update(DISPLAY=":99", HOME=str(tmp_path))
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)
    if not sys.platform.startswith("linux"):
        return
    assert done.returncode == 2, done.stderr
    assert done.stderr.count("\n") == 1  # one sentence, no Qt abort, no traceback
    assert "libxcb-cursor.so.0" in done.stderr
    assert "sudo apt-get install libxcb-cursor0" in done.stderr
    assert done.stdout.strip() == "no qt"


def test_install_command_follows_the_distribution():
    missing = [lib for lib in platform_check.REQUIREMENTS["xcb"]
               if lib.soname == "libxcb-cursor.so.0"]
    said = {}
    for release in ('ID=ubuntu\nID_LIKE=debian\n', 'ID=fedora\n', 'ID="opensuse-tumbleweed"\n'
                    'ID_LIKE="opensuse suse"\n', 'ID=arch\n', 'ID=gentoo\n'):
        manager = platform_check.package_manager(release)
        said[manager] = platform_check.missing_sentence("xcb", missing, manager)
    assert "sudo apt-get install libxcb-cursor0" in said["apt"]
    assert "sudo dnf install xcb-util-cursor" in said["dnf"]
    assert "sudo zypper install libxcb-cursor0" in said["zypper"]
    assert "sudo pacman -S xcb-util-cursor" in said["pacman"]
    assert "on Debian or Ubuntu" in said[None]


def test_wayland_session_uses_qt_wayland_when_its_libraries_are_there(monkeypatch):
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(platform_check, "_wayland_plugin_present", lambda: True)
    env = {"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}
    assert platform_check.check_platform(env, present=lambda name: True) is None
    assert env["QT_QPA_PLATFORM"] == "wayland;xcb"
    # Without libwayland-client, XWayland: the X11 libraries are what must be there.
    env = {"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"}
    said = platform_check.check_platform(
        env, present=lambda name: "wayland" not in name and "icccm" not in name,
        os_release=DEBIAN)
    assert "QT_QPA_PLATFORM" not in env
    assert said is not None and "libxcb-icccm.so.4" in said and "X11" in said


def test_offscreen_and_chosen_platforms_are_left_alone(monkeypatch):
    monkeypatch.setattr(sys, "platform", "linux")
    assert platform_check.check_platform({"QT_QPA_PLATFORM": "offscreen"},
                                         present=lambda name: False) is None
