"""Where the bundled resources, samples and docs are, in a checkout and in an installed wheel."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _first_existing(name: str) -> Path:
    for candidate in (_PACKAGE / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    return _PACKAGE.parent / name


RESOURCES = _first_existing("resources")
SAMPLES = _first_existing("samples")
REFERENCE_SAMPLE = SAMPLES / "icp-vcs-hybrid.yaml"
DOCS = _first_existing("docs")
FORMAT_DOC = DOCS / "format.md"
APP_ICON = RESOURCES / "icons" / "hybridviz.svg"
