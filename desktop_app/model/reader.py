"""Parse, then build: YAML text → node tree with positions → typed model.

Only the YAML parser (libyaml when present) sees the text; values are built here from the
composed nodes, so no YAML tag can construct a Python object, every value keeps its line and
column, and aliases are measured before they are expanded (an alias bomb is refused in
microseconds instead of eating memory).
"""

from __future__ import annotations

import dataclasses
import errno
import gc
import os
from typing import Any

import yaml

from . import messages as M
from . import topology as t
from .embedded import carrier, topology_text
from .problems import ERROR, Problem, TopologyError, closest
from .schema import Spec, field_map, fields_of

try:  # libyaml's parser is ~10× faster; fall back quietly where it is missing.
    from yaml import CSafeLoader as _SafeLoader
except ImportError:  # pragma: no cover - depends on the PyYAML build
    from yaml import SafeLoader as _SafeLoader

MAX_FILE_BYTES = 50 * 1024 * 1024
# Python refuses to turn longer decimal text into a number (sys.get_int_max_str_digits): a
# longer number is refused at its place instead, and so is one that could not be printed.
MAX_NUMBER_DIGITS = 4300
_TOO_BIG = 10**MAX_NUMBER_DIGITS
# A document may expand through aliases to at most this many nodes beyond its own size.
ALIAS_EXPANSION_ALLOWANCE = 100_000

_YAML = "tag:yaml.org,2002:"
_SCALAR_TAGS = {_YAML + s for s in ("str", "int", "float", "bool", "null", "timestamp", "binary")}
_ctor = yaml.constructor.SafeConstructor()

Position = tuple[int, int]

# The safe loader's implicit tag rules (YAML 1.1: null, bool, int, float, timestamp…), looked
# up by first character once instead of per scalar. PyYAML's own resolve() rebuilds that
# list and checks path resolvers for every scalar: about half of composing a large file.
_WILDCARD = tuple(_SafeLoader.yaml_implicit_resolvers.get(None, []))
_IMPLICIT = {
    first: tuple(rules) + _WILDCARD
    for first, rules in _SafeLoader.yaml_implicit_resolvers.items()
    if first is not None
}
_STR_TAG, _SEQ_TAG, _MAP_TAG = _YAML + "str", _YAML + "seq", _YAML + "map"
_INT_TAG = _YAML + "int"


class _Loader(_SafeLoader):
    """The safe loader with a faster resolver; same tags, no path resolvers (safe has none).

    A topology repeats its words (keys, kinds, network ids) so each plain scalar's tag is
    remembered for the rest of the document.
    """

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._tags: dict[str, str] = {}

    def resolve(self, kind: type, value: str | None, implicit: tuple[bool, bool]) -> str:
        if kind is yaml.ScalarNode:
            if not implicit[0]:
                return _STR_TAG
            assert value is not None  # scalars always have text
            tag = self._tags.get(value)
            if tag is None:
                tag = _STR_TAG
                for rule, regexp in _IMPLICIT.get(value[:1], _WILDCARD):
                    if regexp.match(value):
                        tag = rule
                        break
                self._tags[value] = tag
            return tag
        return _SEQ_TAG if kind is yaml.SequenceNode else _MAP_TAG

    def descend_resolver(self, current_node: object, current_index: object) -> None:
        pass

    def ascend_resolver(self) -> None:
        pass


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


def _pos(node: yaml.Node) -> Position:
    return node.start_mark.line + 1, node.start_mark.column + 1


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
                self.error(node, path, M.EXPECTED, wanted=_WANTED["list"], found=_found(node))
                return None
            item = spec.item
            return [self.item(n, item, f"{path}[{i}]") for i, n in enumerate(node.value)]  # type: ignore[arg-type]
        if kind == "dict":
            if not isinstance(node, yaml.MappingNode):
                self.error(node, path, M.EXPECTED, wanted=_WANTED["dict"], found=_found(node))
                return None
            out: dict[str, Any] = {}
            for k, v in node.value:
                key = self.key(k, path)
                if key is None:
                    continue
                if key in out:
                    self.error(k, f"{path}.{key}", M.DUPLICATE_KEY, key=key)
                    continue
                out[key] = self.item(v, spec.item, f"{path}.{key}")  # type: ignore[arg-type]
            return out
        return self.scalar(node, kind, path)

    def item(self, node: yaml.Node, spec: Spec, path: str) -> Any:
        """A list item or mapping value: unlike a key's value, it cannot be left empty."""
        if spec.kind in _SCALAR_KINDS and isinstance(node, yaml.ScalarNode) and node.tag == _YAML + "null":
            self.where[path] = _pos(node)
            self.error(node, path, M.EXPECTED, wanted=_WANTED[spec.kind], found=_NOTHING)
            return None
        return self.value(node, spec, path)

    def scalar(self, node: yaml.Node, kind: str, path: str) -> Any:
        if not isinstance(node, yaml.ScalarNode):
            self.error(node, path, M.EXPECTED, wanted=_WANTED[kind], found=_found(node))
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
        self.error(node, path, M.EXPECTED, wanted=_WANTED[kind], found=_found(node))
        return None

    def whole_number(self, node: yaml.ScalarNode, path: str) -> int | None:
        """An integer scalar's value, or None (reported) when it is too long to be one."""
        value, digits = _whole_number(node)
        if value is None:
            self.error(node, path, M.NUMBER_TOO_LONG, digits=digits, limit=MAX_NUMBER_DIGITS)
        return value

    def key(self, node: yaml.Node, path: str) -> str | None:
        if not isinstance(node, yaml.ScalarNode):
            self.error(node, path, M.KEY_NOT_PLAIN)
            return None
        return node.value

    def obj(self, node: yaml.Node, cls: type, path: str) -> Any:
        if not isinstance(node, yaml.MappingNode):
            self.error(node, path, M.EXPECTED, wanted=_WANTED["obj"], found=_found(node))
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
                hint = M.phrase(M.SUGGESTION, near=near) if near is not None else ""
                self.error(knode, sub, M.UNKNOWN_KEY, key=key, hint=hint)
                continue
            if key in order:
                self.error(knode, sub, M.DUPLICATE_KEY, key=key)
                continue
            order.append(key)
            if fs.required and isinstance(vnode, yaml.ScalarNode) and vnode.tag == _YAML + "null":
                self.where[sub] = _pos(vnode)
                self.error(vnode, sub, M.NEEDS_VALUE, key=key)
                continue
            value = self.value(vnode, fs.spec, sub)
            if value is not None:
                kwargs[fs.attr] = value
        missing = [f.key for f in fields_of(cls) if f.required and f.attr not in kwargs]
        for key in missing:
            if any(k == key for k in order):
                continue  # present but invalid: already reported
            self.error(node, path, M.MISSING_KEY, key=key)
        if missing:
            return None
        obj = cls(**kwargs)
        obj.key_order = order
        return obj


_SCALAR_KINDS = frozenset({"str", "int", "bool", "float"})
# What a value of each spec kind must be: "expected {wanted}, found …".
_WANTED = {
    "str": M.phrase(M.TEXT),
    "int": M.phrase(M.A_WHOLE_NUMBER),
    "bool": M.phrase(M.TRUE_OR_FALSE),
    "float": M.phrase(M.A_NUMBER),
    "list": M.phrase(M.A_LIST),
    "dict": M.phrase(M.A_MAPPING),
    "obj": M.phrase(M.A_MAPPING),
}
_NOTHING = M.phrase(M.NOTHING)


def _found(node: yaml.Node) -> M.Phrase:
    """What a node is, said in a problem: ``a mapping``, ``a list``, ``nothing``, ``'x'``."""
    if isinstance(node, yaml.MappingNode):
        return _WANTED["dict"]
    if isinstance(node, yaml.SequenceNode):
        return _WANTED["list"]
    if node.tag == _YAML + "null":
        return _NOTHING
    return M.phrase(M.QUOTED_VALUE, value=node.value)


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


def _problem(path: str, said: str | M.Phrase, line: int | None, column: int | None, file: str,
             **params: Any) -> Problem:
    """An error said from a template (``messages``) and its parameters, or a ready phrase."""
    phrase = said if isinstance(said, M.Phrase) else M.Phrase(said, tuple(params.items()))
    return Problem(path, str(phrase), ERROR, line, column, file, template=phrase.template,
                   params=phrase.params)


class _ComposeError(yaml.composer.ComposerError):
    """A composing problem this module finds itself, so it can be said in any language."""

    def __init__(self, said: M.Phrase, mark: yaml.Mark) -> None:
        super().__init__(None, None, str(said), mark)
        self.said = said


def compose(text: str) -> yaml.Node | None:
    """The document's node tree, like ``yaml.compose`` with the safe loader, but ~5× faster.

    PyYAML's C composer spends most of its time in Python callbacks per node; reading
    libyaml's events and linking the nodes here skips them. Aliases share their anchor's
    node, exactly as ``yaml.compose`` does (``_check_nodes`` measures them afterwards).
    """
    loader = _Loader(text)
    try:
        get = loader.get_event
        resolve = loader.resolve
        get()  # stream start
        event = get()
        if event.__class__ is yaml.StreamEndEvent:
            return None
        root: yaml.Node | None = None
        anchors: dict[str, yaml.Node] = {}
        # Open lists and mappings, innermost last; a mapping's slot holds its pending key.
        open_nodes: list[yaml.Node] = []
        pending: list[yaml.Node | None] = []
        while True:
            event = get()
            cls = event.__class__
            if cls is yaml.ScalarEvent:
                tag = event.tag
                if tag is None or tag == "!":
                    tag = resolve(yaml.ScalarNode, event.value, event.implicit)
                node: yaml.Node = yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark, event.style)
                if event.anchor is not None:
                    anchors[event.anchor] = node
            elif cls is yaml.MappingStartEvent or cls is yaml.SequenceStartEvent:
                tag = event.tag
                is_map = cls is yaml.MappingStartEvent
                kind = yaml.MappingNode if is_map else yaml.SequenceNode
                if tag is None or tag == "!":
                    tag = resolve(kind, None, event.implicit)
                node = kind(tag, [], event.start_mark, None, event.flow_style)
                if event.anchor is not None:
                    anchors[event.anchor] = node
            elif cls is yaml.MappingEndEvent or cls is yaml.SequenceEndEvent:
                open_nodes.pop().end_mark = event.end_mark
                pending.pop()
                continue
            elif cls is yaml.AliasEvent:
                found = anchors.get(event.anchor)
                if found is None:
                    raise _ComposeError(M.phrase(M.UNDEFINED_ALIAS, alias=event.anchor),
                                        event.start_mark)
                node = found
            else:  # document end
                break
            if open_nodes:
                parent = open_nodes[-1]
                if parent.__class__ is yaml.SequenceNode:
                    parent.value.append(node)
                elif pending[-1] is None:
                    pending[-1] = node
                else:
                    parent.value.append((pending[-1], node))
                    pending[-1] = None
            else:
                root = node
            if cls is yaml.MappingStartEvent or cls is yaml.SequenceStartEvent:
                open_nodes.append(node)
                pending.append(None)
        event = get()
        if event.__class__ is not yaml.StreamEndEvent:
            raise _ComposeError(M.phrase(M.SECOND_DOCUMENT), event.start_mark)
        return root
    finally:
        loader.dispose()


def _check_nodes(root: yaml.Node, file: str) -> Problem | None:
    """Refuse foreign tags, recursive aliases and alias bombs before anything is built.

    Most files use no aliases: one quick walk checks the tags, and only a list or mapping
    reached twice (an alias) pays for measuring the document's expanded size.
    """
    seen: set[int] = set()
    stack: list[yaml.Node] = [root]
    scalar_tags = _SCALAR_TAGS
    while stack:
        node = stack.pop()
        cls = node.__class__
        if cls is yaml.ScalarNode:
            if node.tag not in scalar_tags:
                return _tag_problem(node, file)
            continue
        key = id(node)
        if key in seen:
            return _check_aliases(root, file)
        seen.add(key)
        tag = node.tag
        if tag != _MAP_TAG and tag != _SEQ_TAG and (not tag.startswith(_YAML) or tag.startswith(_YAML + "python")):
            return _tag_problem(node, file)
        if cls is yaml.SequenceNode:
            stack.extend(node.value)
        else:
            for pair in node.value:
                stack.extend(pair)
    return None


def _tag_problem(node: yaml.Node, file: str) -> Problem:
    line, col = _pos(node)
    return _problem("", M.TAG_NOT_ALLOWED, line, col, file, tag=node.tag.replace(_YAML, "!!"))


def _check_aliases(root: yaml.Node, file: str) -> Problem | None:
    """Measure what the aliases expand to, refusing recursion and bombs; checks tags too."""
    sizes: dict[int, int] = {}
    unique = 0
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    active: set[int] = set()
    while stack:
        node, done = stack.pop()
        key = id(node)
        if done:
            active.discard(key)
            children = _children(node)
            sizes[key] = 1 + sum(sizes[id(c)] for c in children)
            continue
        if key in sizes:
            continue
        if key in active:
            line, col = _pos(node)
            return _problem("", M.RECURSIVE_ALIAS, line, col, file)
        tag = node.tag
        if isinstance(node, yaml.ScalarNode) and tag not in _SCALAR_TAGS or (
            not isinstance(node, yaml.ScalarNode) and not tag.startswith(_YAML)
        ) or tag.startswith(_YAML + "python"):
            return _tag_problem(node, file)
        unique += 1
        active.add(key)
        stack.append((node, True))
        for child in _children(node):
            if id(child) in active:
                line, col = _pos(child)
                return _problem("", M.RECURSIVE_ALIAS, line, col, file)
            stack.append((child, False))
        if unique > 20_000_000:
            break
    total = sizes.get(id(root), 0)
    if total > unique + ALIAS_EXPANSION_ALLOWANCE:
        return _problem("", M.ALIAS_BOMB, 1, 1, file, total=total, written=unique)
    return None


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return node.value
    if isinstance(node, yaml.MappingNode):
        return [n for pair in node.value for n in pair]
    return []


@dataclasses.dataclass
class Loaded:
    topology: t.Topology
    source: SourceMap
    problems: list[Problem]  # warnings only when loading succeeded


def parse_text(text: str, file: str = "<text>") -> tuple[t.Topology | None, SourceMap, list[Problem]]:
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


def _parse_text(text: str, file: str) -> tuple[t.Topology | None, SourceMap, list[Problem]]:
    b = _Builder(file)
    try:
        root = compose(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (None, None)
        # PyYAML's own description stays its English; our composer's is a phrase.
        what = exc.said if isinstance(exc, _ComposeError) else (
            exc.problem or exc.context or "not valid YAML")
        return None, b.where, [_problem("", M.NOT_YAML, line, col, file, problem=what)]
    except yaml.reader.ReaderError as exc:
        line, col = _place_of(text, exc)
        return None, b.where, [_problem("", M.CONTROL_CHARACTER, line, col, file,
                                        char=f"U+{exc.character:04X}")]
    except (yaml.YAMLError, ValueError, RecursionError) as exc:
        return None, b.where, [_problem("", M.NOT_YAML, 1, 1, file, problem=str(exc))]
    if root is None:
        return None, b.where, [_problem("", M.EMPTY_FILE, 1, 1, file)]
    bad = _check_nodes(root, file)
    if bad is not None:
        return None, b.where, [bad]
    if not isinstance(root, yaml.MappingNode):
        line, col = _pos(root)
        return None, b.where, [_problem("", M.NOT_A_TOPOLOGY, line, col, file,
                                        found=_found(root))]
    version = _version_problem(root, file)
    if version is not None:
        return None, b.where, [version]
    try:
        model = b.obj(root, t.Topology, "")
    except RecursionError:
        return None, b.where, [_problem("", M.NESTS_TOO_DEEPLY, 1, 1, file)]
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
                return _problem("hybridviz", M.FORMAT_NOT_A_NUMBER, line, col, file,
                                found=_found(vnode))
            number, digits = _whole_number(vnode)
            if number is None:
                return _problem("hybridviz", M.NUMBER_TOO_LONG, line, col, file, digits=digits,
                                limit=MAX_NUMBER_DIGITS)
            if number > t.FORMAT_VERSION:
                return _problem("hybridviz", M.FORMAT_TOO_NEW, line, col, file, number=number,
                                known=t.FORMAT_VERSION)
            if number < 1:
                return _problem("hybridviz", M.FORMAT_UNKNOWN, line, col, file, number=number)
            return None
    return _problem("", M.FORMAT_MISSING, 1, 1, file)


def read_file_text(path: str | os.PathLike[str]) -> str:
    """The file's text (an export's: the topology inside), refusing files too large first."""
    name = os.fspath(path)
    try:
        size = os.path.getsize(name)
    except OSError as exc:
        raise TopologyError([_problem("", M.CANNOT_OPEN, None, None, name,
                                      reason=_reason(exc))]) from None
    if size > MAX_FILE_BYTES:
        raise TopologyError([_problem("", M.FILE_TOO_LARGE, None, None, name, size=size / 2**20,
                                      limit=MAX_FILE_BYTES // 2**20)])
    try:
        with open(name, "rb") as fh:
            data = fh.read()
    except OSError as exc:
        raise TopologyError([_problem("", M.CANNOT_READ, None, None, name,
                                      reason=_reason(exc))]) from None
    if carrier(name) is not None:  # an exported picture or page: the topology inside it
        return topology_text(name, data)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line, col = _byte_place(data, exc.start)
        raise TopologyError([_problem("", M.NOT_UTF8, line, col, name,
                                      byte=exc.start)]) from None


def _byte_place(data: bytes, offset: int) -> Position:
    """Line and column (in characters, as an editor counts them) of a byte in UTF-8 data."""
    start = data.rfind(b"\n", 0, offset) + 1
    before = data[start:offset]
    if data.startswith(b"\xef\xbb\xbf") and start == 0:
        before = before[3:]
    return data.count(b"\n", 0, offset) + 1, len(before.decode("utf-8", "replace")) + 1


# The system's reasons a translation can say, where the system says them in these words.
_REASONS = {
    errno.ENOENT: M.NO_SUCH_FILE,
    errno.EACCES: M.PERMISSION_DENIED,
    errno.EISDIR: M.IS_A_DIRECTORY,
}


def _reason(exc: OSError) -> str | M.Phrase:
    """Why the system refused the file: its own words, or a phrase when they are the same."""
    known = _REASONS.get(exc.errno or 0)
    return M.phrase(known) if known is not None and known == exc.strerror else f"{exc.strerror}"
