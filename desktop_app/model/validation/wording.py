"""Pieces of problem sentences shared by the checks."""

from __future__ import annotations

from collections.abc import Iterable

from ..messages import SUGGESTION, UNKNOWN_VALUE, USE_ONE_OF, Phrase, Word, phrase
from ..problems import closest


def unknown_value(what: Word, value: object, choices: Iterable[str]) -> Phrase:
    """``unknown device kind 'vmm'; did you mean 'vm'?`` or the list of valid values."""
    options = list(choices)
    near = closest(str(value), options)
    hint = (phrase(SUGGESTION, near=near) if near is not None
            else phrase(USE_ONE_OF, options=", ".join(options)))
    return phrase(UNKNOWN_VALUE, what=what, value=value, hint=hint)
