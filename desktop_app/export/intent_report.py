"""Intent verdicts written out: a terminal table, Markdown, JSON and JUnit XML.

JUnit XML is what CI systems show as tests: one ``testsuite`` per topology file, one
``testcase`` per intent, a ``failure`` child for an intent that does not hold, so a design
repository's pipeline lists every requirement by name.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from desktop_app.engine.intents import IntentResult

COLUMNS = ("", "flow", "expected", "got", "where", "why")
HOLDS, FAILS = "✓", "✗"


@dataclass(frozen=True)
class FileVerdicts:
    """The intents of one topology file, judged."""

    path: str
    results: Sequence[IntentResult]

    @property
    def failures(self) -> int:
        return sum(not r.holds for r in self.results)


def row(result: IntentResult) -> list[str]:
    o = result.outcome
    return [HOLDS if result.holds else FAILS, result.flow_id, result.expected, o.name,
            o.where or "", o.why]


def to_text(files: Sequence[FileVerdicts]) -> str:
    out: list[str] = []
    for f in files:
        rows = [list(COLUMNS), *(row(r) for r in f.results)]
        widths = [max(len(r[i]) for r in rows) for i in range(len(COLUMNS) - 1)]
        out.append(f"{f.path}: {_tally(f)}")
        for r in rows:
            cells = [c.ljust(w) for c, w in zip(r, widths, strict=False)]
            out.append("  " + "  ".join([*cells, r[-1]]).rstrip())
    return "\n".join(out) + "\n"


def to_markdown(files: Sequence[FileVerdicts]) -> str:
    out: list[str] = []
    for f in files:
        out += [f"### {f.path}", "", _tally(f), "",
                "| " + " | ".join(c or "holds" for c in COLUMNS) + " |",
                "|" + "---|" * len(COLUMNS)]
        out += ["| " + " | ".join(_md(c) for c in row(r)) + " |" for r in f.results]
        out.append("")
    return "\n".join(out)


def to_json(files: Sequence[FileVerdicts]) -> str:
    data: list[dict[str, Any]] = []
    for f in files:
        data.append({
            "file": f.path,
            "intents": [{"flow": r.flow_id, "expected": r.expected, "got": r.outcome.name,
                         "where": r.outcome.where, "why": r.outcome.why, "holds": r.holds}
                        for r in f.results],
        })
    return json.dumps({"format": "hybridviz-check/1", "files": data}, indent=2,
                      ensure_ascii=False) + "\n"


def to_junit(files: Sequence[FileVerdicts]) -> str:
    """JUnit XML: testsuites / testsuite (one per file) / testcase (one per intent) / failure."""
    root = ET.Element("testsuites", name="hybridviz check",
                      tests=str(sum(len(f.results) for f in files)),
                      failures=str(sum(f.failures for f in files)), errors="0")
    for f in files:
        suite = ET.SubElement(root, "testsuite", name=f.path, tests=str(len(f.results)),
                              failures=str(f.failures), errors="0", skipped="0")
        for r in f.results:
            case = ET.SubElement(suite, "testcase", classname=f.path,
                                 name=f"{r.flow_id}: expect {r.expected}")
            if not r.holds:
                where = f" at {r.outcome.where}" if r.outcome.where else ""
                failure = ET.SubElement(
                    case, "failure", type="IntentFailed",
                    message=f"expected {r.expected}, got {r.outcome.name}{where}")
                failure.text = r.outcome.why
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _tally(f: FileVerdicts) -> str:
    total = len(f.results)
    if total == 0:
        return "no intents (add 'expect:' to a flow)"
    if f.failures == 0:
        return f"all {total} intents hold"
    return f"{f.failures} of {total} intents fail"


def _md(text: str) -> str:
    return text.replace("|", "\\|")
