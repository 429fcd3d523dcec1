"""Pieces of problem sentences shared by the checks."""

from __future__ import annotations

from collections.abc import Iterable

from .. import messages as M
from ..problems import closest


def unknown_value(what: M.Word, value: object, choices: Iterable[str]) -> M.Phrase:
    """``unknown device kind 'vmm'; did you mean 'vm'?`` or the list of valid values."""
    options = list(choices)
    near = closest(str(value), options)
    hint = (M.phrase(M.SUGGESTION, near=near) if near is not None
            else M.phrase(M.USE_ONE_OF, options=", ".join(options)))
    return M.phrase(M.UNKNOWN_VALUE, what=what, value=value, hint=hint)
