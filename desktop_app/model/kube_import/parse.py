"""Read what kubectl and calicoctl print: YAML documents → Kubernetes objects with their place.

A dump is a ``v1`` ``List`` (``kubectl get … -o yaml``), an ``IPPoolList`` (``calicoctl get
ippool -o yaml``), a single object, or a stream of such documents separated by ``---``.
Each object keeps its file, document number and path (``items[3]``) so that a problem with
it is said where it is.

libyaml's events are turned into plain dicts, lists and scalars here, with the cyclic
garbage collector paused and each plain scalar's tag remembered (a dump repeats its words):
about twice as fast as ``yaml.load_all`` with the C loader, which matters on a cluster of a
thousand pods. Only when something is wrong is the file composed again to find the line.
"""

from __future__ import annotations

import gc
import os
from dataclasses import dataclass
from typing import Any

import yaml

from desktop_app.model.messages import Phrase, phrase

from . import messages as K

try:
    from yaml import CSafeLoader as _SafeLoader
except ImportError:  # pragma: no cover - depends on the PyYAML build
    from yaml import SafeLoader as _SafeLoader

# A kubectl dump of a large cluster runs to tens of megabytes; refuse what cannot be one.
MAX_DUMP_BYTES = 512 * 1024 * 1024

_YAML = "tag:yaml.org,2002:"
_STR, _INT, _NULL, _BOOL, _FLOAT = (_YAML + s for s in ("str", "int", "null", "bool", "float"))
# Tags a dump may carry: the plain ones. Anything else (!!python/object…, local tags) is refused.
_ALLOWED_TAGS = frozenset({None, "!", *(_YAML + s for s in (
    "str", "int", "null", "bool", "float", "timestamp", "binary", "seq", "map"))})
_ctor = yaml.constructor.SafeConstructor()
_WILDCARD = tuple(_SafeLoader.yaml_implicit_resolvers.get(None, []))
_IMPLICIT = {
    first: tuple(rules) + _WILDCARD
    for first, rules in _SafeLoader.yaml_implicit_resolvers.items()
    if first is not None
}


class DumpError(Exception):
    """Bad input: one sentence placed by file, document number and field path."""

    def __init__(self, file: str, said: Phrase, document: int | None = None, path: str = "",
                 line: int | None = None, column: int | None = None):
        self.file, self.said, self.document, self.path = file, said, document, path
        self.line, self.column = line, column
        super().__init__(self.format())

    def format(self, sentence: str | None = None, document_word: str = "document") -> str:
        """``FILE:LINE:COL: document N, PATH: sentence`` (the parts that are known)."""
        where = self.file
        if self.line is not None:
            where += f":{self.line}:{self.column or 1}"
        place = []
        if self.document is not None:
            place.append(f"{document_word} {self.document}")
        if self.path:
            place.append(self.path)
        said = str(self.said) if sentence is None else sentence
        return f"{where}: {', '.join(place)}: {said}" if place else f"{where}: {said}"


@dataclass
class KubeObject:
    """One Kubernetes object of a dump and where it was read."""

    file: str
    document: int  # 1-based, as a reader counts the documents of a stream
    path: str  # where the object sits in its document: "" or "items[3]"
    kind: str
    api_version: str
    data: dict[str, Any]

    @property
    def name(self) -> str:
        meta = self.data.get("metadata")
        name = meta.get("name") if isinstance(meta, dict) else None
        return name if isinstance(name, str) else ""

    @property
    def namespace(self) -> str:
        meta = self.data.get("metadata")
        ns = meta.get("namespace") if isinstance(meta, dict) else None
        return ns if isinstance(ns, str) and ns else "default"

    def where(self, keys: tuple[str | int, ...]) -> str:
        """The document path of a field: ``items[3].spec.ports[0].port``."""
        out = self.path
        for key in keys:
            if isinstance(key, int):
                out += f"[{key}]"
            else:
                out += f".{key}" if out else key
        return out

    def error(self, keys: tuple[str | int, ...], said: Phrase) -> DumpError:
        return DumpError(self.file, said, self.document, self.where(keys))

    def get(self, keys: tuple[str | int, ...], wanted: type | tuple[type, ...],
            required: bool = False) -> Any:
        """The value at ``keys`` (``None`` when absent and not required), checked for its type."""
        value: Any = self.data
        for key in keys:
            if isinstance(key, int):
                value = value[key] if isinstance(value, list) and key < len(value) else None
            else:
                value = value.get(key) if isinstance(value, dict) else None
            if value is None:
                break
        if value is None:
            if required:
                field = self.where(keys)[len(self.path) + (1 if self.path else 0):]
                if self.name:
                    raise self.error(keys, phrase(K.MISSING_FIELD, kind=self.kind, name=self.name,
                                                  field=field))
                if not self.kind:
                    raise self.error(keys, phrase(K.NO_KIND, field=field))
                raise self.error(keys, phrase(K.MISSING_FIELD_UNNAMED, kind=self.kind,
                                              field=field))
            return None
        ok = isinstance(value, wanted) and not (isinstance(value, bool) and wanted in (int, (int, str)))
        if not ok:
            field = ".".join(str(k) for k in keys if isinstance(k, str))
            raise self.error(keys, phrase(K.WRONG_TYPE, field=field, kind=self.kind,
                                          name=self.name, wanted=_wanted(wanted),
                                          found=found(value)))
        return value


def port_number(obj: KubeObject, keys: tuple[str | int, ...], required: bool = False) -> int | None:
    """A port number field (1-65535)."""
    number = obj.get(keys, int, required=required)
    if number is not None and not 0 < number < 65536:
        field = ".".join(str(k) for k in keys if isinstance(k, str))
        raise obj.error(keys, phrase(K.WRONG_TYPE, field=field, kind=obj.kind, name=obj.name,
                                     wanted="a port number (1-65535)", found=str(number)))
    return number


def _wanted(wanted: type | tuple[type, ...]) -> Phrase:
    if wanted == (int, str):
        return phrase(K.A_NUMBER_OR_NAME)
    words: dict[object, str] = {str: K.TEXT, int: K.A_WHOLE_NUMBER, bool: K.TRUE_OR_FALSE,
                                dict: K.A_MAPPING, list: K.A_LIST}
    return phrase(words.get(wanted, K.TEXT))


def found(value: Any) -> Phrase:
    """What a value is, said in a sentence: ``a mapping``, ``a list``, ``'x'``."""
    if isinstance(value, dict):
        return phrase(K.A_MAPPING)
    if isinstance(value, list):
        return phrase(K.A_LIST)
    if value is None:
        return phrase(K.NOTHING)
    return phrase(K.QUOTED, value=str(value)[:60])


def read_dump(path: str | os.PathLike[str]) -> tuple[str, list[Any]]:
    """The file's name and its YAML documents as plain data; ``DumpError`` when unreadable."""
    name = os.fspath(path)
    try:
        size = os.path.getsize(name)
        if size > MAX_DUMP_BYTES:
            raise DumpError(name, phrase(K.CANNOT_READ, reason=f"{size // 2**20} MB is too large"))
        with open(name, "rb") as fh:
            data = fh.read()
    except OSError as exc:
        raise DumpError(name, phrase(K.CANNOT_READ, reason=exc.strerror or str(exc))) from None
    return name, parse_dump(data, name)


def parse_dump(data: bytes, file: str) -> list[Any]:
    """The documents of a dump's bytes; ``DumpError`` for non-UTF-8 text or broken YAML."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DumpError(file, phrase(K.NOT_UTF8, byte=exc.start), _document_at(data, exc.start),
                        "", data.count(b"\n", 0, exc.start) + 1,
                        exc.start - data.rfind(b"\n", 0, exc.start)) from None
    enabled = gc.isenabled()
    gc.disable()  # building allocates and frees nothing: the collector's scans are waste
    try:
        return _load_all(text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line: int | None = mark.line + 1 if mark else None
        column: int | None = mark.column + 1 if mark else None
        document = _document_at(data, mark.index) if mark else None
        problem = exc.problem or exc.context or "not valid YAML"
        raise DumpError(file, phrase(K.NOT_YAML, problem=problem), document, "", line,
                        column) from None
    except (yaml.YAMLError, RecursionError, ValueError) as exc:
        raise DumpError(file, phrase(K.NOT_YAML, problem=str(exc) or type(exc).__name__)) from None
    finally:
        if enabled:
            gc.enable()


def _document_at(data: bytes, offset: int) -> int:
    """Which document (1-based) a byte offset falls in: a ``---`` line starts each one."""
    document = 0
    for raw in data[:offset].split(b"\n"):
        if raw.startswith(b"---"):
            document += 1
        elif document == 0 and raw.strip() and not raw.lstrip().startswith(b"#"):
            document = 1
    return max(document, 1)


class _Loader(_SafeLoader):
    """The safe loader; plain scalars' tags are remembered for the rest of the stream."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.tags: dict[str, str] = {}

    def tag_of(self, value: str) -> str:
        tag = self.tags.get(value)
        if tag is None:
            tag = _STR
            for rule, regexp in _IMPLICIT.get(value[:1], _WILDCARD):
                if regexp.match(value):
                    tag = rule
                    break
            self.tags[value] = tag
        return tag


def _refuse_tag(event: Any) -> None:
    raise yaml.constructor.ConstructorError(
        None, None, f"the YAML tag '{event.tag.replace(_YAML, '!!')}' is not allowed",
        event.start_mark)


def _scalar(loader: _Loader, event: Any) -> Any:
    value = event.value
    tag = event.tag
    if tag not in _ALLOWED_TAGS:
        _refuse_tag(event)
    if tag is None or tag == "!":
        if not event.implicit[0]:
            return value  # quoted: always text
        tag = loader.tag_of(value)
    if tag == _STR:
        return value
    if tag == _INT:
        if value.isdigit() and (value[0] != "0" or len(value) == 1):
            return int(value)
        return _ctor.construct_yaml_int(yaml.ScalarNode(tag, value))
    if tag == _NULL:
        return None
    if tag == _BOOL:
        return _ctor.construct_yaml_bool(yaml.ScalarNode(tag, value))
    if tag == _FLOAT:
        return _ctor.construct_yaml_float(yaml.ScalarNode(tag, value))
    return value  # timestamps, binary and local tags stay text: nothing here reads them


def _load_all(text: str) -> list[Any]:
    """Every document of the stream as plain Python values (aliases share their anchor's)."""
    loader = _Loader(text)
    documents: list[Any] = []
    try:
        get = loader.get_event
        get()  # stream start
        while True:
            event = get()
            if event.__class__ is yaml.StreamEndEvent:
                return documents
            documents.append(_document(loader))
    finally:
        loader.dispose()


def _document(loader: _Loader) -> Any:
    get = loader.get_event
    anchors: dict[str, Any] = {}
    stack: list[Any] = []  # open lists and dicts, innermost last
    keys: list[Any] = []  # for each open dict its pending key (a sentinel when none)
    root: Any = None
    pending = _NO_KEY
    while True:
        event = get()
        cls = event.__class__
        if cls is yaml.ScalarEvent:
            value: Any = _scalar(loader, event)
        elif cls is yaml.MappingStartEvent:
            if event.tag not in _ALLOWED_TAGS:
                _refuse_tag(event)
            value = {}
        elif cls is yaml.SequenceStartEvent:
            if event.tag not in _ALLOWED_TAGS:
                _refuse_tag(event)
            value = []
        elif cls is yaml.MappingEndEvent or cls is yaml.SequenceEndEvent:
            stack.pop()
            pending = keys.pop()
            continue
        elif cls is yaml.AliasEvent:
            if event.anchor not in anchors:
                raise yaml.composer.ComposerError(None, None, f"found undefined alias "
                                                  f"'{event.anchor}'", event.start_mark)
            value = anchors[event.anchor]
        else:  # document end
            return root
        if getattr(event, "anchor", None) is not None and cls is not yaml.AliasEvent:
            anchors[event.anchor] = value
        if stack:
            parent = stack[-1]
            if parent.__class__ is list:
                parent.append(value)
            elif pending is _NO_KEY:
                pending = value if value.__class__ is str or not isinstance(value, (dict, list)) \
                    else str(value)
            else:
                parent[pending] = value
                pending = _NO_KEY
        else:
            root = value
        if cls is yaml.MappingStartEvent or cls is yaml.SequenceStartEvent:
            stack.append(value)
            keys.append(pending)
            pending = _NO_KEY


_NO_KEY: Any = object()


def locate(text: str, document: int, path: str) -> tuple[int, int] | None:
    """Line and column of a document path (``items[3].spec.ports[0]``), nearest known part."""
    try:
        nodes = list(yaml.compose_all(text, Loader=_SafeLoader))
    except yaml.YAMLError:
        return None
    if not 0 < document <= len(nodes):
        return None
    node = nodes[document - 1]
    if node is None:
        return None
    best = node.start_mark
    for key in _split_path(path):
        child = None
        if isinstance(key, int) and isinstance(node, yaml.SequenceNode):
            child = node.value[key] if key < len(node.value) else None
        elif isinstance(key, str) and isinstance(node, yaml.MappingNode):
            child = next((v for k, v in node.value if isinstance(k, yaml.ScalarNode)
                          and k.value == key), None)
        if child is None:
            break
        node, best = child, child.start_mark
    return best.line + 1, best.column + 1


def _split_path(path: str) -> list[str | int]:
    out: list[str | int] = []
    for part in path.replace("[", ".[").split("."):
        if not part:
            continue
        if part.startswith("[") and part.endswith("]") and part[1:-1].isdigit():
            out.append(int(part[1:-1]))
        else:
            out.append(part)
    return out
