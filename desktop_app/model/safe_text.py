"""Text from a topology file, made safe for where it is written.

A value in a file is anything its author typed: a quoted ``"a\\nb"`` holds a real line break,
``"\\e[2J"`` an escape sequence that clears a terminal. Two writers need it tamed:

- a line of text (an error message, a trace table) must stay one line and must not drive the
  terminal, so ``printable`` writes such characters as escapes (``\\n``, ``\\x1b``);
- an XML file (SVG, draw.io) cannot hold some characters at all, so ``xml_safe`` replaces
  them, and a file that says it is XML always parses.
"""

from __future__ import annotations

import re

# Control characters (C0, DEL, C1), line and paragraph separators, bidirectional overrides
# (they reorder what a reader sees) and lone surrogates. Other Unicode (Chinese, emoji,
# non-breaking spaces) is printed as it is.
_UNPRINTABLE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ud800-\udfff]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    named = _NAMED.get(char)
    if named is not None:
        return named
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(text: str) -> str:
    """``text`` with every control character written as an escape, so it prints as it reads."""
    if text.isprintable():  # nearly every value: nothing to do
        return text
    return _UNPRINTABLE.sub(_escape, text)


# What XML 1.0 cannot hold at all, even escaped (Char production, section 2.2).
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
REPLACEMENT = "\ufffd"


def xml_safe(text: str) -> str:
    """``text`` with the characters XML forbids replaced by U+FFFD (the rest escapes normally)."""
    if text.isprintable():
        return text
    return _NOT_XML.sub(REPLACEMENT, text)
