"""Parse, then build: YAML text → node tree with positions → typed model.

Only the YAML parser (libyaml when present) sees the text; values are built here from the
composed nodes, so no YAML tag can construct a Python object, every value keeps its line and
column, and aliases are measured before they are expanded (an alias bomb is refused in
microseconds instead of eating memory).
"""

from __future__ import annotations

import dataclasses
import gc
from typing import Any

import yaml

from .messages import (
    A_LIST,
    A_MAPPING,
    A_NUMBER,
    A_WHOLE_NUMBER,
    CONTROL_CHARACTER,
    DUPLICATE_KEY,
    EMPTY_FILE,
    EXPECTED,
    FORMAT_MISSING,
    FORMAT_NOT_A_NUMBER,
    FORMAT_TOO_NEW,
    FORMAT_UNKNOWN,
    KEY_NOT_PLAIN,
    MISSING_KEY,
    NEEDS_VALUE,
    NESTS_TOO_DEEPLY,
    NOT_A_TOPOLOGY,
    NOT_YAML,
    NOTHING,
    NUMBER_TOO_LONG,
    QUOTED_VALUE,
    SUGGESTION,
    TEXT,
    TRUE_OR_FALSE,
    UNKNOWN_KEY,
    Phrase,
    phrase,
)
from .problems import Problem, closest
from .schema import Spec, field_map, fields_of
from .topology import FORMAT_VERSION, Topology
from .yaml_nodes import (
    _INT_TAG,
    _STR_TAG,
    _YAML,
    Position,
    _check_nodes,
    _ComposeError,
    _ctor,
    _pos,
    _problem,
    compose,
)

# Python refuses to turn longer decimal text into a number (sys.get_int_max_str_digits): a
# longer number is refused at its place instead, and so is one that could not be printed.
MAX_NUMBER_DIGITS = 4300
_TOO_BIG = 10**MAX_NUMBER_DIGITS
class SourceMap(dict[str, Position]):
    """Document path → (line, column), 1-based; looks up the nearest located ancestor."""

    def locate(self, path: str) -> Position | None:
        while True:
            if path in self:
                return self[path]
            cut = max(path.rfind("."), path.rfind("["))
            if cut <= 0:
                return self.get(path)
            path = path[:cut]


class _Builder:
    def __init__(self, file: str):
        self.file = file
        self.problems: list[Problem] = []
        self.where = SourceMap()

    def error(self, node: yaml.Node, path: str, template: str, **params: Any) -> None:
        """Report an error at ``node``: a template (``messages``) and its parameters."""
        line, col = _pos(node)
        self.problems.append(_problem(path, template, line, col, self.file, **params))

    # -- values ---------------------------------------------------------------------------
    def value(self, node: yaml.Node, spec: Spec, path: str) -> Any:
        mark = node.start_mark
        self.where[path] = (mark.line + 1, mark.column + 1)
        kind = spec.kind
        # Fast paths for the commonest values (ids, addresses, small decimal numbers); the
        # general rules below give the same results for them.
        if node.__class__ is yaml.ScalarNode:
            tag = node.tag
            if kind == "str" and tag == _STR_TAG:
                return node.value
            if kind == "int" and tag == _INT_TAG:
                text = node.value
                if text.isdigit() and (text[0] != "0" or len(text) == 1) and len(text) <= 20:
                    return int(text)  # not YAML 1.1 octal, and short: the general rule agrees
        if kind == "obj":
            return self.obj(node, spec.cls, path)  # type: ignore[arg-type]
        if kind == "list":
            if not isinstance(node, yaml.SequenceNode):
                self.error(node, path, EXPECTED, wanted=_WANTED["list"], found=_found(node))
                return None
            item = spec.item
            return [self.item(n, item, f"{path}[{i}]") for i, n in enumerate(node.value)]  # type: ignore[arg-type]
        if kind == "dict":
            if not isinstance(node, yaml.MappingNode):
                self.error(node, path, EXPECTED, wanted=_WANTED["dict"], found=_found(node))
                return None
            out: dict[str, Any] = {}
            for k, v in node.value:
                key = self.key(k, path)
                if key is None:
                    continue
                if key in out:
                    self.error(k, f"{path}.{key}", DUPLICATE_KEY, key=key)
                    continue
                out[key] = self.item(v, spec.item, f"{path}.{key}")  # type: ignore[arg-type]
            return out
        return self.scalar(node, kind, path)

    def item(self, node: yaml.Node, spec: Spec, path: str) -> Any:
        """A list item or mapping value: unlike a key's value, it cannot be left empty."""
        if spec.kind in _SCALAR_KINDS and isinstance(node, yaml.ScalarNode) and node.tag == _YAML + "null":
            self.where[path] = _pos(node)
            self.error(node, path, EXPECTED, wanted=_WANTED[spec.kind], found=_NOTHING)
            return None
        return self.value(node, spec, path)

    def scalar(self, node: yaml.Node, kind: str, path: str) -> Any:
        if not isinstance(node, yaml.ScalarNode):
            self.error(node, path, EXPECTED, wanted=_WANTED[kind], found=_found(node))
            return None
        tag = node.tag
        if tag == _YAML + "null":
            return None
        if kind == "str":
            return node.value
        if kind == "bool":
            if tag == _YAML + "bool":
                return _ctor.construct_yaml_bool(node)
        elif kind == "int":
            if tag == _YAML + "int":
                return self.whole_number(node, path)
        elif kind == "float":
            if tag == _YAML + "int":
                return self.whole_number(node, path)
            if tag == _YAML + "float":
                value = _ctor.construct_yaml_float(node)
                if value == value and value not in (float("inf"), float("-inf")):
                    return value
        self.error(node, path, EXPECTED, wanted=_WANTED[kind], found=_found(node))
        return None

    def whole_number(self, node: yaml.ScalarNode, path: str) -> int | None:
        """An integer scalar's value, or None (reported) when it is too long to be one."""
        value, digits = _whole_number(node)
        if value is None:
            self.error(node, path, NUMBER_TOO_LONG, digits=digits, limit=MAX_NUMBER_DIGITS)
        return value

    def key(self, node: yaml.Node, path: str) -> str | None:
        if not isinstance(node, yaml.ScalarNode):
            self.error(node, path, KEY_NOT_PLAIN)
            return None
        return node.value

    def obj(self, node: yaml.Node, cls: type, path: str) -> Any:
        if not isinstance(node, yaml.MappingNode):
            self.error(node, path, EXPECTED, wanted=_WANTED["obj"], found=_found(node))
            return None
        fmap = field_map(cls)
        kwargs: dict[str, Any] = {}
        order: list[str] = []
        for knode, vnode in node.value:
            key = self.key(knode, path)
            if key is None:
                continue
            sub = f"{path}.{key}" if path else key
            fs = fmap.get(key)
            if fs is None:
                self.where[sub] = _pos(knode)
                near = closest(key, fmap)
                hint = phrase(SUGGESTION, near=near) if near is not None else ""
                self.error(knode, sub, UNKNOWN_KEY, key=key, hint=hint)
                continue
            if key in order:
                self.error(knode, sub, DUPLICATE_KEY, key=key)
                continue
            order.append(key)
            if fs.required and isinstance(vnode, yaml.ScalarNode) and vnode.tag == _YAML + "null":
                self.where[sub] = _pos(vnode)
                self.error(vnode, sub, NEEDS_VALUE, key=key)
                continue
            value = self.value(vnode, fs.spec, sub)
            if value is not None:
                kwargs[fs.attr] = value
        missing = [f.key for f in fields_of(cls) if f.required and f.attr not in kwargs]
        for key in missing:
            if any(k == key for k in order):
                continue  # present but invalid: already reported
            self.error(node, path, MISSING_KEY, key=key)
        if missing:
            return None
        obj = cls(**kwargs)
        obj.key_order = order
        return obj


_SCALAR_KINDS = frozenset({"str", "int", "bool", "float"})
# What a value of each spec kind must be: "expected {wanted}, found …".
_WANTED = {
    "str": phrase(TEXT),
    "int": phrase(A_WHOLE_NUMBER),
    "bool": phrase(TRUE_OR_FALSE),
    "float": phrase(A_NUMBER),
    "list": phrase(A_LIST),
    "dict": phrase(A_MAPPING),
    "obj": phrase(A_MAPPING),
}
_NOTHING = phrase(NOTHING)


def _found(node: yaml.Node) -> Phrase:
    """What a node is, said in a problem: ``a mapping``, ``a list``, ``nothing``, ``'x'``."""
    if isinstance(node, yaml.MappingNode):
        return _WANTED["dict"]
    if isinstance(node, yaml.SequenceNode):
        return _WANTED["list"]
    if node.tag == _YAML + "null":
        return _NOTHING
    return phrase(QUOTED_VALUE, value=node.value)


def _whole_number(node: yaml.ScalarNode) -> tuple[int | None, int]:
    """(value, digits written): the value is None when the number is too long to use."""
    text = node.value
    digits = sum(1 for c in text if c.isalnum())
    if digits > MAX_NUMBER_DIGITS:
        return None, digits
    value = _ctor.construct_yaml_int(node)
    if -_TOO_BIG < value < _TOO_BIG:
        return value, digits
    # A short hexadecimal or sexagesimal number with a huge value: its decimal digits.
    return None, int(value.bit_length() * 0.30103) + 1


@dataclasses.dataclass
class Loaded:
    topology: Topology
    source: SourceMap
    problems: list[Problem]  # warnings only when loading succeeded


def parse_text(text: str, file: str = "<text>") -> tuple[Topology | None, SourceMap, list[Problem]]:
    """Build a model from text; returns the model (or None) and every structural problem."""
    # Parsing allocates a few objects per value and frees none of them; with the cyclic
    # collector on, its repeated full scans of that growing heap cost 3-4× the parse itself.
    enabled = gc.isenabled()
    gc.disable()
    try:
        return _parse_text(text, file)
    finally:
        if enabled:
            gc.enable()


def _parse_text(text: str, file: str) -> tuple[Topology | None, SourceMap, list[Problem]]:
    b = _Builder(file)
    try:
        root = compose(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (None, None)
        # PyYAML's own description stays its English; our composer's is a phrase.
        what = exc.said if isinstance(exc, _ComposeError) else (
            exc.problem or exc.context or "not valid YAML")
        return None, b.where, [_problem("", NOT_YAML, line, col, file, problem=what)]
    except yaml.reader.ReaderError as exc:
        line, col = _place_of(text, exc)
        return None, b.where, [_problem("", CONTROL_CHARACTER, line, col, file,
                                        char=f"U+{exc.character:04X}")]
    except (yaml.YAMLError, ValueError, RecursionError) as exc:
        return None, b.where, [_problem("", NOT_YAML, 1, 1, file, problem=str(exc))]
    if root is None:
        return None, b.where, [_problem("", EMPTY_FILE, 1, 1, file)]
    bad = _check_nodes(root, file)
    if bad is not None:
        return None, b.where, [bad]
    if not isinstance(root, yaml.MappingNode):
        line, col = _pos(root)
        return None, b.where, [_problem("", NOT_A_TOPOLOGY, line, col, file,
                                        found=_found(root))]
    version = _version_problem(root, file)
    if version is not None:
        return None, b.where, [version]
    try:
        model = b.obj(root, Topology, "")
    except RecursionError:
        return None, b.where, [_problem("", NESTS_TOO_DEEPLY, 1, 1, file)]
    return model, b.where, b.problems


def _place_of(text: str, exc: yaml.reader.ReaderError) -> Position:
    """Line and column of the character the YAML reader refused.

    libyaml counts its position in bytes and PyYAML in characters; the refused character's
    first appearance is the place either way (an earlier one would have been refused first).
    """
    char = exc.character if isinstance(exc.character, int) else -1
    at = text.find(chr(char)) if 0 <= char < 0x110000 else -1
    if at < 0:
        return 1, 1
    return text.count("\n", 0, at) + 1, at - text.rfind("\n", 0, at)


def _version_problem(root: yaml.MappingNode, file: str) -> Problem | None:
    for knode, vnode in root.value:
        if isinstance(knode, yaml.ScalarNode) and knode.value == "hybridviz":
            line, col = _pos(vnode)
            if not (isinstance(vnode, yaml.ScalarNode) and vnode.tag == _YAML + "int"):
                return _problem("hybridviz", FORMAT_NOT_A_NUMBER, line, col, file,
                                found=_found(vnode))
            number, digits = _whole_number(vnode)
            if number is None:
                return _problem("hybridviz", NUMBER_TOO_LONG, line, col, file, digits=digits,
                                limit=MAX_NUMBER_DIGITS)
            if number > FORMAT_VERSION:
                return _problem("hybridviz", FORMAT_TOO_NEW, line, col, file, number=number,
                                known=FORMAT_VERSION)
            if number < 1:
                return _problem("hybridviz", FORMAT_UNKNOWN, line, col, file, number=number)
            return None
    return _problem("", FORMAT_MISSING, 1, 1, file)
