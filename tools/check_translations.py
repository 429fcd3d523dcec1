"""Check the interface's translations: nothing unwrapped, nothing unfinished, nothing stale.

Run from the repository root (CI does: ``uv run python tools/check_translations.py``). It fails
(exit 1) when:

* a user-visible string literal or f-string in the UI code is passed straight to a widget
  (``setText``, ``setToolTip``, ``QLabel(…)``, ``QMessageBox.warning(…)``, ``showMessage``,
  ``message.emit`` …) instead of through ``self.tr``/``QCoreApplication.translate``, or an
  f-string is handed to ``tr``/``translate`` (lupdate would store its braces, not its values);
* a ``.ts`` file has unfinished, obsolete or vanished entries, or an empty translation;
* running ``pyside6-lupdate`` over the sources into a temporary copy of a ``.ts`` finds
  source strings the ``.ts`` does not have yet (or entries it has that the code dropped);
* a translation's placeholders (``{name}``, ``{size:,}``, ``{0}``, ``%1``, ``%n``) or HTML
  tags differ from its source text's.

``--paths`` checks other Python files or folders (a test uses fixtures); ``--ts`` other
catalogues; ``--sources`` what lupdate reads (by default the ``--paths`` files, and for the
app ``desktop_app/ui`` plus the message templates of ``desktop_app/engine/messages.py`` and
``desktop_app/model/messages.py``). Bad arguments exit 2.
"""

from __future__ import annotations

import argparse
import ast
import re
import shutil
import string
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_PATHS = [ROOT / "desktop_app" / "ui"]
DEFAULT_EXTRA_SOURCES = [ROOT / "desktop_app" / "engine" / "messages.py",
                         ROOT / "desktop_app" / "model" / "messages.py",
                         ROOT / "desktop_app" / "model" / "kind_words.py",
                         ROOT / "desktop_app" / "model" / "kube_import" / "messages.py",
                         ROOT / "desktop_app" / "model" / "editing" / "messages.py",
                         ROOT / "desktop_app" / "export" / "web" / "words.py",
                         ROOT / "desktop_app" / "diagram" / "messages.py"]
DEFAULT_TS = ROOT / "resources" / "translations"

TRANSLATE_CALLS = {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP", "qsTr"}
# Methods whose string arguments are shown to the user (any positional or keyword argument).
SHOWN_BY_METHOD = {
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis",
    "setPlaceholderText", "setTitle", "setLabelText", "setInformativeText", "setDetailedText",
    "setSpecialValueText", "setSuffix", "setPrefix", "setEmptyLabel", "setHeaderLabels",
    "setHorizontalHeaderLabels", "setVerticalHeaderLabels", "setTabText", "setTabToolTip",
    "addTab", "showMessage", "addAction", "addMenu", "addRow", "setAccessibleName",
    "setAccessibleDescription", "setCancelButtonText", "setOkButtonText", "addButton",
    # QMessageBox / QInputDialog / QFileDialog static helpers
    "information", "warning", "critical", "question", "about", "getText", "getItem",
    "getInt", "getDouble", "getOpenFileName", "getSaveFileName", "getExistingDirectory",
    # the inspector's form builders (labels, section and table titles)
    "section", "heading",
}
# Widgets whose constructor arguments are shown to the user.
SHOWN_BY_CONSTRUCTOR = {
    "QAction", "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QDockWidget",
    "QToolBar", "QMenu", "QToolButton", "QCommandLinkButton", "QMessageBox", "QProgressDialog",
    "QTreeWidgetItem", "QListWidgetItem", "QTableWidgetItem", "QStandardItem", "QUndoCommand",
    "QWizardPage", "QErrorMessage", "ActionSpec",
}
# Keyword arguments that carry shown text whatever the call.
SHOWN_KEYWORDS = {"text", "title", "tip", "toolTip", "statusTip", "placeholder",
                  "placeholderText", "none_label", "windowTitle", "label", "caption"}
# ActionSpec(id, text, tip, keys…): only the text and the tip are shown.
ONLY_POSITIONAL = {"ActionSpec": {1, 2}}
NEVER_TRANSLATED = {"hybridviz"}  # the product's name
# Key names are written the same in every language (Qt shows them so too).
KEY_NAMES = {"Ctrl", "Shift", "Alt", "Meta", "Esc", "Escape", "Return", "Enter", "Space",
             "Home", "End", "Left", "Right", "Up", "Down", "Tab", "Backspace", "Del"}
KEEP_MARK = "# i18n: keep"  # a line that shows a literal on purpose (a name, a unit)
HOW_TO_UPDATE = ("put the translation in tools/translations_zh_CN.py and run "
                 "'uv run python tools/fill_translations.py' (it runs lupdate and fills the .ts)")

_WORD = re.compile(r"[A-Za-z]+")
_IDENT = re.compile(r"^[A-Za-z0-9_.:/@#=,-]+$")
_TAG = re.compile(r"</?(a|b|i|u|s|p|br|hr|h[1-6]|span|div|ul|ol|li|tt|code|pre|em|strong|small|"
                  r"big|sub|sup|font|table|tr|td|th|img|nobr|center|blockquote)\b[^>]*>", re.I)
_PERCENT = re.compile(r"%(?:n|L?\d+)")


@dataclass(frozen=True)
class Finding:
    where: str
    sentence: str

    def __str__(self) -> str:
        return f"{self.where}: {self.sentence}"


# -- 1. strings that reach the screen without the translator ------------------------------------
def is_prose(text: str) -> bool:
    """Words a reader reads (not an id, a unit, an acronym or a symbol)."""
    text = _TAG.sub(" ", text)  # markup is not words: <b style='color:red'>
    if text.strip() in NEVER_TRANSLATED:
        return False
    if _IDENT.match(text.strip()) and any(c in text for c in "._:/@#=-"):
        return False  # file.new, edit:host, 10.0.0.0/8, app=web
    return any(len(w) >= 3 and not w.isupper() and w not in KEY_NAMES
               for w in _WORD.findall(text))


def _call_name(call: ast.Call) -> str:
    func = call.func
    if isinstance(func, ast.Attribute):
        return func.attr
    if isinstance(func, ast.Name):
        return func.id
    return ""


def _literal_text(node: ast.AST) -> tuple[str, str] | None:
    """(kind, text) of a literal that would be shown as is: a string, an f-string, a sum."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return ("string", node.value)
    if isinstance(node, ast.JoinedStr):
        text = "".join(v.value for v in node.values
                       if isinstance(v, ast.Constant) and isinstance(v.value, str))
        return ("f-string", text)
    if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Mod)):
        for side in (node.left, node.right):
            found = _literal_text(side)
            if found is not None:
                return (found[0] if found[0] == "f-string" else "joined string", found[1])
    return None


def _shown_expressions(node: ast.AST) -> list[ast.AST]:
    """The expressions that end up shown: both arms of ``a if c else b``, list items."""
    if isinstance(node, ast.IfExp):
        return _shown_expressions(node.body) + _shown_expressions(node.orelse)
    if isinstance(node, (ast.List, ast.Tuple)):
        out: list[ast.AST] = []
        for item in node.elts:
            out.extend(_shown_expressions(item))
        return out
    if isinstance(node, ast.BoolOp):
        out = []
        for value in node.values:
            out.extend(_shown_expressions(value))
        return out
    return [node]


class _Scanner(ast.NodeVisitor):
    def __init__(self, path: Path, source: str):
        self.path = path
        self.lines = source.splitlines()
        self.findings: list[Finding] = []

    def _report(self, node: ast.AST, what: str, kind: str, text: str) -> None:
        line = self.lines[node.lineno - 1] if 0 < node.lineno <= len(self.lines) else ""
        if KEEP_MARK in line:
            return
        shown = text if len(text) <= 60 else text[:57] + "…"
        if kind == "f-string":
            advice = ('use tr("… {name} …").format(name=…) so that the translation has a '
                      "fixed text to match")
        else:
            advice = 'wrap it: self.tr("…") in a QObject, else QCoreApplication.translate("Context", "…")'
        self.findings.append(Finding(
            f"{_rel(self.path)}:{node.lineno}",
            f"the {kind} {shown!r} passed to {what} is not translated; {advice}"))

    def visit_Call(self, node: ast.Call) -> None:  # noqa: N802
        name = _call_name(node)
        if name in TRANSLATE_CALLS:
            self._check_translate_call(node, name)
        else:
            only = ONLY_POSITIONAL.get(name)
            if name in SHOWN_BY_METHOD or name in SHOWN_BY_CONSTRUCTOR:
                for i, arg in enumerate(node.args):
                    if only is None or i in only:
                        self._check_shown(arg, f"{name}()")
            if name == "emit" and isinstance(node.func, ast.Attribute) and \
                    isinstance(node.func.value, ast.Attribute) and \
                    node.func.value.attr in ("message", "messages", "status"):
                for arg in node.args:
                    self._check_shown(arg, f"{node.func.value.attr}.emit()")
            for kw in node.keywords:
                if kw.arg in SHOWN_KEYWORDS:
                    self._check_shown(kw.value, f"{name}({kw.arg}=…)")
        self.generic_visit(node)

    def _check_shown(self, arg: ast.AST, what: str) -> None:
        for expr in _shown_expressions(arg):
            found = _literal_text(expr)
            if found is not None and is_prose(found[1]):
                self._report(expr, what, *found)

    def _check_translate_call(self, node: ast.Call, name: str) -> None:
        # tr(text), translate(context, text), QT_TRANSLATE_NOOP(context, text)
        index = 0 if name in ("tr", "QT_TR_NOOP", "qsTr") else 1
        if len(node.args) > index and isinstance(node.args[index], ast.JoinedStr):
            self.findings.append(Finding(
                f"{_rel(self.path)}:{node.lineno}",
                f"an f-string is passed to {name}(); lupdate would store its braces, not its "
                'values: write tr("… {name} …").format(name=…) instead'))


def scan_file(path: Path) -> list[Finding]:
    try:
        source = path.read_text(encoding="utf-8")
        tree = ast.parse(source, str(path))
    except (OSError, SyntaxError, UnicodeDecodeError) as exc:
        return [Finding(_rel(path), f"cannot be read as Python ({exc})")]
    scanner = _Scanner(path, source)
    scanner.visit(tree)
    return scanner.findings


def python_files(paths: list[Path]) -> list[Path]:
    out: list[Path] = []
    for p in paths:
        out.extend(sorted(p.rglob("*.py")) if p.is_dir() else [p])
    return out


# -- 2. the catalogues themselves ------------------------------------------------------------------
@dataclass(frozen=True)
class Message:
    context: str
    source: str
    translation: str
    kind: str  # "", "unfinished", "obsolete", "vanished"
    numerus: bool


def read_ts(path: Path) -> list[Message]:
    root = ET.parse(path).getroot()
    out = []
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            tr = message.find("translation")
            forms = [f.text or "" for f in tr.iter("numerusform")] if tr is not None else []
            text = (forms[0] if forms else (tr.text or "")) if tr is not None else ""
            out.append(Message(name, message.findtext("source") or "", text,
                               (tr.get("type") or "") if tr is not None else "unfinished",
                               message.get("numerus") == "yes"))
    return out


def placeholders(text: str) -> list[str]:
    """``{name}``/``{size:,}`` fields (with their format specs), ``%1`` and ``%n``, sorted."""
    found: list[str] = []
    try:
        for _literal, field, spec, conversion in string.Formatter().parse(text):
            if field is not None:
                found.append("{" + field + ("!" + conversion if conversion else "")
                             + (":" + spec if spec else "") + "}")
    except ValueError:
        found.append("<unbalanced braces>")
    found.extend(_PERCENT.findall(text))
    return sorted(found)


def tags(text: str) -> list[str]:
    return sorted(m.group(0).split()[0].rstrip(">").lower() for m in _TAG.finditer(text))


def check_catalogue(path: Path) -> list[Finding]:
    findings = []
    try:
        messages = read_ts(path)
    except (OSError, ET.ParseError) as exc:
        return [Finding(_rel(path), f"cannot be read as a Qt .ts file ({exc})")]
    for m in messages:
        where = f"{_rel(path)} [{m.context}] {m.source!r}"
        if m.kind in ("obsolete", "vanished"):
            findings.append(Finding(where, f"is {m.kind}: the code no longer has this string; "
                                           f"{HOW_TO_UPDATE}"))
        elif m.kind == "unfinished" or not m.translation.strip():
            findings.append(Finding(where, f"has no finished translation; {HOW_TO_UPDATE}"))
        elif placeholders(m.source) != placeholders(m.translation):
            findings.append(Finding(where, f"translation {m.translation!r} has placeholders "
                                           f"{placeholders(m.translation)}, the source has "
                                           f"{placeholders(m.source)}"))
        elif tags(m.source) != tags(m.translation):
            findings.append(Finding(where, f"translation {m.translation!r} has HTML tags "
                                           f"{tags(m.translation)}, the source has "
                                           f"{tags(m.source)}"))
    return findings


# -- 3. what lupdate would add or drop -------------------------------------------------------------
def lupdate_command() -> list[str] | None:
    found = shutil.which("pyside6-lupdate")
    if found:
        return [found]
    try:
        import PySide6
    except ImportError:
        return None
    folder = Path(PySide6.__file__).resolve().parent
    binary = next((folder / n for n in ("lupdate", "lupdate.exe") if (folder / n).is_file()), None)
    return [str(binary)] if binary else None


def check_against_sources(ts: Path, sources: list[Path]) -> list[Finding]:
    """lupdate the sources into a copy of ``ts``: anything new or dropped is a finding."""
    command = lupdate_command()
    if command is None:
        return [Finding(_rel(ts), "pyside6-lupdate is not installed, so new strings cannot "
                                  "be looked for (uv sync installs it)")]
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / ts.name
        shutil.copyfile(ts, copy)
        done = subprocess.run([*command, *map(str, sources), "-ts", str(copy)],
                              capture_output=True, text=True, check=False, cwd=ROOT)
        if done.returncode != 0:
            return [Finding(_rel(ts), f"lupdate failed: {done.stderr.strip() or done.stdout}")]
        before = {(m.context, m.source) for m in read_ts(ts)}
        findings = []
        for m in read_ts(copy):
            key = (m.context, m.source)
            where = f"{_rel(ts)} [{m.context}] {m.source!r}"
            if key not in before:
                findings.append(Finding(where, "is a new string in the code that the .ts does "
                                               f"not have: {HOW_TO_UPDATE}"))
            elif m.kind in ("obsolete", "vanished") and key in before:
                findings.append(Finding(where, f"is no longer in the code: {HOW_TO_UPDATE}"))
        return findings


def _rel(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--paths", nargs="+", type=Path,
                        help="Python files or folders to check for unwrapped strings "
                             "(default: desktop_app/ui)")
    parser.add_argument("--ts", nargs="+", type=Path,
                        help="the .ts files to check (default: resources/translations/*.ts)")
    parser.add_argument("--sources", nargs="+", type=Path,
                        help="the Python files lupdate reads (default: the --paths files; for "
                             "the app also desktop_app/engine/messages.py and "
                             "desktop_app/model/messages.py)")
    args = parser.parse_args(argv)

    paths = args.paths or DEFAULT_PATHS
    missing = [p for p in [*paths, *(args.ts or []), *(args.sources or [])] if not p.exists()]
    if missing:
        print(f"check_translations: {', '.join(map(str, missing))} does not exist",
              file=sys.stderr)
        return 2
    catalogues = args.ts or sorted(DEFAULT_TS.glob("*.ts"))
    if not catalogues:
        print(f"check_translations: no .ts file in {_rel(DEFAULT_TS)}", file=sys.stderr)
        return 2
    files = python_files(paths)
    sources = python_files(args.sources) if args.sources else (
        files + ([] if args.paths else DEFAULT_EXTRA_SOURCES))

    findings: list[Finding] = []
    for path in files:
        findings.extend(scan_file(path))
    for ts in catalogues:
        findings.extend(check_catalogue(ts))
        findings.extend(check_against_sources(ts, sources))

    for finding in findings:
        print(finding)
    if findings:
        print(f"check_translations: {len(findings)} problem(s) in {len(files)} Python file(s) "
              f"and {len(catalogues)} catalogue(s)")
        return 1
    total = sum(len(read_ts(ts)) for ts in catalogues)
    print(f"check_translations: OK ({len(files)} Python files, {total} translated strings "
          f"in {', '.join(ts.name for ts in catalogues)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
