"""What an import did or would do: lines of added, changed, removed, ignored and noted things.

Every line is a ``Phrase`` (template and values), so the command line prints it in English
and the desktop app in the reader's language. Ignored things are counted per reason
("ignored 12 pods: in Succeeded phase (…)") with the first few names.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from desktop_app.model.messages import Phrase, phrase

from . import messages as K

ADDED, CHANGED, REMOVED, IGNORED, NOTE = "added", "changed", "removed", "ignored", "note"
_ORDER = (ADDED, CHANGED, REMOVED, IGNORED, NOTE)
SHOWN_NAMES = 5


@dataclass
class Line:
    status: str  # added, changed, removed, ignored, note
    said: Phrase
    count: int = 1

    def __str__(self) -> str:
        return str(self.said)


@dataclass
class Report:
    read: Phrase | None = None
    lines: list[Line] = field(default_factory=list)
    # (things, reason template, reason params) → names, in the order first met
    _ignored: dict[tuple[tuple[str, str], str, tuple[tuple[str, Any], ...]], list[str]] = field(
        default_factory=dict)

    def added(self, what: Phrase) -> None:
        self.lines.append(Line(ADDED, phrase(K.ADDED, what=what)))

    def changed(self, what: Phrase, field_name: str, old: Any, new: Any) -> None:
        self.lines.append(Line(CHANGED, phrase(K.CHANGED, what=what, field=field_name,
                                               old=show(old), new=show(new))))

    def removed(self, what: Phrase) -> None:
        self.lines.append(Line(REMOVED, phrase(K.REMOVED, what=what)))

    def ignored(self, things: tuple[str, str], reason: str, name: str, **params: Any) -> None:
        """Count ``name`` among ``things`` (one, several) ignored for ``reason``."""
        key = (things, reason, tuple(params.items()))
        self._ignored.setdefault(key, []).append(name)

    def note(self, what: Phrase, reason: Phrase) -> None:
        self.lines.append(Line(NOTE, phrase(K.NOTE, what=what, reason=reason)))

    def finish(self) -> None:
        """Turn the counted ignored things into lines and put every line in its group."""
        for (things, reason, params), names in self._ignored.items():
            shown = ", ".join(names[:SHOWN_NAMES]) + (", …" if len(names) > SHOWN_NAMES else "")
            noun = things[0] if len(names) == 1 else things[1]
            said = phrase(K.IGNORED, count=len(names), things=phrase(noun),
                          reason=Phrase(reason, (*params, ("names", shown))))
            self.lines.append(Line(IGNORED, said, len(names)))
        self._ignored.clear()
        self.lines.sort(key=lambda line: _ORDER.index(line.status))

    def count(self, status: str) -> int:
        return sum(line.count for line in self.lines if line.status == status)

    @property
    def totals(self) -> Phrase:
        return phrase(K.TOTALS, added=self.count(ADDED), changed=self.count(CHANGED),
                      removed=self.count(REMOVED), ignored=self.count(IGNORED))

    def text(self) -> str:
        """The report in English, one line each, as the command line prints it."""
        out = [str(self.read)] if self.read is not None else []
        out += [str(line) for line in self.lines]
        if not any(line.status in (ADDED, CHANGED, REMOVED) for line in self.lines):
            out.append(str(phrase(K.NOTHING_TO_DO)))
        out.append(str(self.totals))
        return "\n".join(out) + "\n"


def show(value: Any) -> str:
    """A model value as a report line shows it: ``(none)``, ``{app: shop}``, ``[80, 443]``."""
    if value is None or value == [] or value == {}:
        return "(none)"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k}: {show(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(show(v) for v in value) + "]"
    if hasattr(value, "__dataclass_fields__"):
        from desktop_app.model.writer import to_document

        return show(to_document(value))
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)
