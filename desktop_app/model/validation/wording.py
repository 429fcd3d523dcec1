"""Pieces of problem sentences shared by the checks."""

from __future__ import annotations

from collections.abc import Iterable

from ..problems import did_you_mean


def with_article(word: str) -> str:
    """``an esg``, ``a k8s-node``."""
    # Said aloud: "an l2-concentrator" (el-two), "an esg", "a k8s-node".
    spoken_vowel = (word[:1] != "" and word[0] in "aeiou") or word.startswith("l2")
    return ("an " if spoken_vowel else "a ") + word


def unknown_value(what: str, value: object, choices: Iterable[str]) -> str:
    """``unknown device kind 'vmm'; did you mean 'vm'?`` or the list of valid values."""
    options = list(choices)
    hint = did_you_mean(str(value), options)
    return f"unknown {what} '{value}'" + (hint or "; use one of: " + ", ".join(options))
