"""Outside programs the export tests check against (tshark, Chromium, poppler), found or skipped.

A missing tool skips its tests with the reason, except under CI (``CI`` set), where the
oracle must run and a missing tool fails the test instead.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

INSTALL = {"tshark": "tshark", "chromium": "chromium", "pdfinfo": "poppler-utils",
           "pdftoppm": "poppler-utils", "pdftotext": "poppler-utils", "dot": "graphviz",
           "chromedriver": "chromium-driver"}


def tool(name: str) -> str:
    """The path of an outside program, or skip (fail under CI) with how to install it."""
    path = shutil.which(name)
    if path is None:
        how = f"apt-get install {INSTALL.get(name, name)}"
        if os.environ.get("CI"):
            pytest.fail(f"{name} is not installed and CI is set: the oracle must run ({how})")
        pytest.skip(f"{name} is not installed ({how})")
    return path


def ink(path: Path, background: tuple[int, int, int] = (255, 255, 255), tolerance: int = 24) -> int:
    """How many pixels of an image differ clearly from the background colour."""
    from PIL import Image, ImageChops

    with Image.open(path) as im:
        rgb = im.convert("RGB")
    diff = ImageChops.difference(rgb, Image.new("RGB", rgb.size, background)).convert("L")
    return sum(diff.point(lambda v: 255 if v > tolerance else 0).histogram()[255:])
