"""Before Qt loads its platform plugin: are the system libraries that plugin needs installed?

Qt's wheels bring Qt itself but not the system libraries its Linux platform plugins link to.
When one is missing (``libxcb-cursor0`` on a fresh Debian or Ubuntu, for instance), Qt
prints several lines about plugins and aborts. This check runs first, with no Qt imported:
it names the missing library and the command that installs it on this distribution (read
from ``/etc/os-release``), and ``hybridviz`` exits 2.

It also picks Qt's Wayland platform on a Wayland session when that platform's libraries are
there (falling back to X11 through XWayland otherwise).
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class SystemLibrary:
    """A shared library a platform plugin loads, and the package that has it per family."""

    soname: str  # what the dynamic loader looks for
    apt: str
    dnf: str
    zypper: str
    pacman: str

    def package(self, manager: str) -> str:
        return str(getattr(self, manager))


def _lib(soname: str, apt: str, dnf: str, zypper: str, pacman: str) -> SystemLibrary:
    return SystemLibrary(soname, apt, dnf, zypper, pacman)


# What Qt's own libraries and platform plugins link to outside the wheel (from ldd of
# libQt6Gui, libQt6XcbQpa and libqwayland), most often missing first.
_COMMON = (
    _lib("libxkbcommon.so.0", "libxkbcommon0", "libxkbcommon", "libxkbcommon0", "libxkbcommon"),
    _lib("libfontconfig.so.1", "libfontconfig1", "fontconfig", "libfontconfig1", "fontconfig"),
    _lib("libEGL.so.1", "libegl1", "libglvnd-egl", "libglvnd", "libglvnd"),
    _lib("libGL.so.1", "libgl1", "libglvnd-glx", "libglvnd", "libglvnd"),
    _lib("libdbus-1.so.3", "libdbus-1-3", "dbus-libs", "libdbus-1-3", "dbus"),
)
REQUIREMENTS: dict[str, tuple[SystemLibrary, ...]] = {
    "xcb": (
        _lib("libxcb-cursor.so.0", "libxcb-cursor0", "xcb-util-cursor", "libxcb-cursor0",
             "xcb-util-cursor"),
        _lib("libxcb-icccm.so.4", "libxcb-icccm4", "xcb-util-wm", "libxcb-icccm4", "xcb-util-wm"),
        _lib("libxcb-keysyms.so.1", "libxcb-keysyms1", "xcb-util-keysyms", "libxcb-keysyms1",
             "xcb-util-keysyms"),
        _lib("libxcb-image.so.0", "libxcb-image0", "xcb-util-image", "libxcb-image0",
             "xcb-util-image"),
        _lib("libxcb-render-util.so.0", "libxcb-render-util0", "xcb-util-renderutil",
             "libxcb-render-util0", "xcb-util-renderutil"),
        _lib("libxcb-shape.so.0", "libxcb-shape0", "libxcb", "libxcb-shape0", "libxcb"),
        _lib("libxcb-randr.so.0", "libxcb-randr0", "libxcb", "libxcb-randr0", "libxcb"),
        _lib("libxcb-xkb.so.1", "libxcb-xkb1", "libxcb", "libxcb-xkb1", "libxcb"),
        _lib("libxkbcommon-x11.so.0", "libxkbcommon-x11-0", "libxkbcommon-x11",
             "libxkbcommon-x11-0", "libxkbcommon-x11"),
        _lib("libX11-xcb.so.1", "libx11-xcb1", "libX11-xcb", "libX11-xcb1", "libx11"),
        *_COMMON,
    ),
    "wayland": (
        _lib("libwayland-client.so.0", "libwayland-client0", "libwayland-client",
             "libwayland-client0", "wayland"),
        _lib("libwayland-cursor.so.0", "libwayland-cursor0", "libwayland-cursor",
             "libwayland-cursor0", "wayland"),
        _lib("libwayland-egl.so.1", "libwayland-egl1", "libwayland-egl", "libwayland-egl1",
             "wayland"),
        *_COMMON,
    ),
}
INSTALL = {
    "apt": "sudo apt-get install {packages}",
    "dnf": "sudo dnf install {packages}",
    "zypper": "sudo zypper install {packages}",
    "pacman": "sudo pacman -S {packages}",
}
# /etc/os-release ID and ID_LIKE words, and the package manager of that family.
_FAMILIES = (
    (("debian", "ubuntu", "linuxmint", "pop", "raspbian"), "apt"),
    (("fedora", "rhel", "centos", "rocky", "almalinux", "amzn"), "dnf"),
    (("opensuse", "suse", "sles", "opensuse-leap", "opensuse-tumbleweed"), "zypper"),
    (("arch", "manjaro", "endeavouros"), "pacman"),
)

Finder = Callable[[str], bool]


def library_present(soname: str) -> bool:
    """Whether the dynamic loader finds this library, as it will when Qt asks for it."""
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def package_manager(os_release: str | None = None) -> str | None:
    """``apt``, ``dnf``, ``zypper`` or ``pacman`` from ``/etc/os-release``; None if unknown."""
    if os_release is None:
        try:
            os_release = Path("/etc/os-release").read_text("utf-8", errors="replace")
        except OSError:
            return None
    fields: dict[str, str] = {}
    for line in os_release.splitlines():
        key, sep, value = line.partition("=")
        if sep:
            fields[key.strip()] = value.strip().strip('"').lower()
    words = [fields.get("ID", ""), *fields.get("ID_LIKE", "").split()]
    for word in words:
        for family, manager in _FAMILIES:
            if word in family or any(word.startswith(f + "-") for f in family):
                return manager
    return None


def _wayland_plugin_present() -> bool:
    import importlib.util

    spec = importlib.util.find_spec("PySide6")
    for root in (spec.submodule_search_locations or []) if spec else []:
        folder = Path(root) / "Qt" / "plugins" / "platforms"
        if any(folder.glob("libqwayland*.so")):
            return True
    return False


def choose_platform(env: Mapping[str, str], present: Finder = library_present) -> str | None:
    """The Qt platform the window will use, setting none itself; None when Qt decides.

    On a Wayland session Qt's Wayland platform is chosen when its plugin and libraries are
    installed; otherwise X11 (XWayland on a Wayland session).
    """
    chosen = env.get("QT_QPA_PLATFORM", "")
    if chosen:
        return chosen.split(";")[0].split(":")[0]
    if env.get("WAYLAND_DISPLAY") or env.get("XDG_SESSION_TYPE") == "wayland":
        wayland_ready = _wayland_plugin_present() and all(
            present(lib.soname) for lib in REQUIREMENTS["wayland"])
        if wayland_ready or not env.get("DISPLAY"):
            return "wayland"
    return "xcb" if env.get("DISPLAY") else None


def missing_libraries(platform: str, present: Finder = library_present) -> list[SystemLibrary]:
    return [lib for lib in REQUIREMENTS.get(platform, ()) if not present(lib.soname)]


def missing_sentence(platform: str, missing: list[SystemLibrary],
                     manager: str | None) -> str:
    """One sentence: what is missing, and the command that installs it here."""
    names = [lib.soname for lib in missing]
    listed = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
    which = "which is" if len(names) == 1 else "which are"
    plugin = {"xcb": "X11 (xcb)", "wayland": "Wayland"}.get(platform, platform)
    if manager is None:
        packages = " ".join(dict.fromkeys(lib.apt for lib in missing))
        how = (f"install the packages that provide {'it' if len(names) == 1 else 'them'} "
               f"(on Debian or Ubuntu: {INSTALL['apt'].format(packages=packages)})")
    else:
        packages = " ".join(dict.fromkeys(lib.package(manager) for lib in missing))
        how = f"install {'it' if len(names) == 1 else 'them'} with: " \
              + INSTALL[manager].format(packages=packages)
    return (f"hybridviz: the window cannot open because Qt's {plugin} platform needs {listed}, "
            f"{which} not installed; {how}")


def check_platform(env: dict[str, str] | None = None, present: Finder | None = None,
                   os_release: str | None = None) -> str | None:
    """On Linux: pick the platform (setting ``QT_QPA_PLATFORM`` for Wayland) and return a
    sentence when a library it needs is missing; None when the window can start."""
    if not sys.platform.startswith("linux"):
        return None
    present = present or library_present
    env = os.environ if env is None else env  # type: ignore[assignment]
    assert env is not None
    platform = choose_platform(env, present)
    if platform is None or platform not in REQUIREMENTS:
        return None  # offscreen, vnc, eglfs…: nothing of ours to check
    missing = missing_libraries(platform, present)
    if missing:
        return missing_sentence(platform, missing, package_manager(os_release))
    if platform == "wayland" and not env.get("QT_QPA_PLATFORM"):
        env["QT_QPA_PLATFORM"] = "wayland;xcb"  # Qt falls back to XWayland if Wayland fails
    return None
