"""docs/format.md stays true: its example is the minimal sample, and it names every key."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

from desktop_app.model import loads
from desktop_app.model import topology as t
from desktop_app.model.schema import fields_of

ROOT = Path(__file__).resolve().parents[1]
DOC = (ROOT / "docs" / "format.md").read_text(encoding="utf-8")


def test_example_is_the_minimal_sample_and_loads_cleanly():
    example = re.search(r"```yaml\n(.*?)```", DOC, re.S).group(1)  # type: ignore[union-attr]
    assert example == (ROOT / "samples" / "minimal.yaml").read_text(encoding="utf-8")
    assert loads(example).warnings == []


def test_every_key_of_the_format_is_documented():
    classes = [obj for obj in vars(t).values() if dataclasses.is_dataclass(obj)]
    keys = {f.key for cls in classes for f in fields_of(cls)}
    missing = sorted(k for k in keys if f"`{k}`" not in DOC)
    assert missing == []
