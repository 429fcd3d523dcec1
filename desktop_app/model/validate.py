"""Semantic checks on a built model; the checks live in the ``validation`` package.

Kept so ``from desktop_app.model.validate import validate`` (and the address helpers once
defined here) go on working.
"""

from __future__ import annotations

from .validation import validate
from .validation.addresses import contains, format_ip, parse_ip, parse_prefixed
from .validation.context import Net
from .validation.references import ID_PATTERN

__all__ = ["ID_PATTERN", "Net", "contains", "format_ip", "parse_ip", "parse_prefixed", "validate"]
