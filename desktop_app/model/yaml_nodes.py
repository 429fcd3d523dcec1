"""YAML text to a node tree, safely: libyaml's events linked into nodes without PyYAML's
per-node callbacks, tags checked so none can construct a Python object, and aliases measured
before they are expanded (an alias bomb is refused in microseconds)."""

from __future__ import annotations

from typing import Any

import yaml

from . import messages as M
from .problems import ERROR, Problem

try:  # libyaml's parser is ~10× faster; fall back quietly where it is missing.
    from yaml import CSafeLoader as _SafeLoader
except ImportError:  # pragma: no cover - depends on the PyYAML build
    from yaml import SafeLoader as _SafeLoader

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




def _pos(node: yaml.Node) -> Position:
    return node.start_mark.line + 1, node.start_mark.column + 1


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
