"""The interface language: English or Simplified Chinese, chosen in the settings or by the system.

The translations' sources are ``resources/translations/hybridviz_<lang>.ts``. Qt loads compiled
``.qm`` files, which are build products: ``qm_file`` compiles a ``.ts`` with ``pyside6-lrelease``
(shipped with PySide6) the first time it is needed, next to the ``.ts`` when that folder is
writable (a checkout) and otherwise in the user's cache folder (an installed wheel), and again
whenever the ``.ts`` is newer. Qt's own strings (message box buttons, file dialogs) come from the
``qt_<lang>.qm`` files PySide6 ships.

``install_translators(app)`` runs before any widget is built. ``set_language(app, language)``
switches while the app runs: Qt then sends ``QEvent.LanguageChange`` to every widget, and each
window and panel sets its texts again (``changeEvent``, or a callback registered with
``on_language_change``). Nothing needs a restart.

A new string: wrap it (``self.tr`` in a QObject, ``QCoreApplication.translate("context", …)``
elsewhere, ``QT_TRANSLATE_NOOP`` in tables), put its Chinese in ``tools/translations_zh_CN.py``
and run ``uv run python tools/fill_translations.py``; ``tools/check_translations.py`` (CI)
fails until the catalogue has it.
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QLibraryInfo,
    QLocale,
    QObject,
    QSettings,
    QStandardPaths,
    QTranslator,
)

from desktop_app.paths import RESOURCES

LANGUAGE_KEY = "ui/language"
SYSTEM = "system"
LANGUAGES = ("en", "zh_CN")  # what the app speaks; English is the source language
CHOICES = (SYSTEM, *LANGUAGES)
TRANSLATIONS = RESOURCES / "translations"
CATALOG = "hybridviz"
# The language's own name, so that a reader finds theirs whatever the interface shows now.
NATIVE_NAMES = {"en": "English", "zh_CN": "简体中文"}
SYSTEM_NAME = QT_TRANSLATE_NOOP("i18n", "System language")


class _Installed:
    """The translators this module put into the application, and the language they speak."""

    translators: list[QTranslator] = []
    language = "en"


def chosen_language(settings: QSettings | None = None) -> str:
    """``system``, ``en`` or ``zh_CN`` from the settings (``system`` when unset or unknown)."""
    value = str((settings or QSettings()).value(LANGUAGE_KEY, SYSTEM))
    return value if value in CHOICES else SYSTEM


def resolve_language(choice: str | None = None) -> str:
    """The language to show for a choice: ``system`` follows the desktop's UI languages."""
    choice = choice or chosen_language()
    if choice in LANGUAGES:
        return choice
    for tag in QLocale.system().uiLanguages():  # most preferred first: zh-CN, en-US…
        base = tag.replace("-", "_").split("_")[0].lower()
        if base == "zh":
            return "zh_CN"  # the only Chinese the app has; closer than English for zh_TW too
        if base == "en":
            return "en"
    return "en"


def current_language() -> str:
    """The language the interface speaks now (``en`` or ``zh_CN``)."""
    return _Installed.language


def sentence_case(text: str) -> str:
    """Capitalise a sentence's first letter in English; other scripts have no capitals to set
    (and a sentence that starts with an id keeps the id as written)."""
    if _Installed.language == "en":
        return text[:1].upper() + text[1:]
    return text


def language_choices() -> list[tuple[str, str]]:
    """(setting value, name to show) for a language picker: the system's, then each language."""
    system = QCoreApplication.translate("i18n", SYSTEM_NAME)
    return [(SYSTEM, system), *((code, NATIVE_NAMES[code]) for code in LANGUAGES)]


# -- compiled catalogues ----------------------------------------------------------------------
def ts_file(language: str) -> Path:
    return TRANSLATIONS / f"{CATALOG}_{language}.ts"


def lrelease_command() -> list[str] | None:
    """How to run Qt's ``lrelease``: the binary inside PySide6, else the one on PATH."""
    import PySide6

    folder = Path(PySide6.__file__).resolve().parent
    for name in ("lrelease", "lrelease.exe"):
        if (folder / name).is_file():
            return [str(folder / name)]
    found = shutil.which("pyside6-lrelease")
    return [found] if found else None


def compile_ts(ts: Path, qm: Path) -> bool:
    """Compile a ``.ts`` into ``qm`` (written whole or not at all); False when that failed."""
    import subprocess  # only when a catalogue must be built

    command = lrelease_command()
    if command is None:
        return False
    qm.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(suffix=".qm", dir=qm.parent)
    os.close(fd)
    try:
        done = subprocess.run([*command, "-silent", str(ts), "-qm", tmp], capture_output=True,
                              timeout=120, check=False)
        if done.returncode != 0 or os.path.getsize(tmp) == 0:
            return False
        os.replace(tmp, qm)
        return True
    except (OSError, subprocess.SubprocessError):
        return False
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _fresh(qm: Path, ts: Path) -> bool:
    return qm.is_file() and qm.stat().st_mtime >= ts.stat().st_mtime


def _cache_qm(ts: Path) -> Path:
    import hashlib

    # Named after the .ts's content, so an upgrade never picks up an older build.
    digest = hashlib.sha1(ts.read_bytes()).hexdigest()[:12]
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    folder = Path(base) if base else Path(tempfile.gettempdir()) / CATALOG
    return folder / "translations" / f"{ts.stem}-{digest}.qm"


def qm_file(language: str) -> Path | None:
    """The compiled catalogue of a language, built first when missing or stale; None if none."""
    ts = ts_file(language)
    if not ts.is_file():
        return None
    beside = ts.with_suffix(".qm")
    if _fresh(beside, ts):
        return beside
    if os.access(ts.parent, os.W_OK) and compile_ts(ts, beside):
        return beside
    cached = _cache_qm(ts)
    if cached.is_file() or compile_ts(ts, cached):
        return cached
    print(f"hybridviz: could not compile {ts} with lrelease; the interface stays in English",
          file=sys.stderr)
    return None


# -- installing -------------------------------------------------------------------------------
def _load(name: str, folder: Path | str) -> QTranslator | None:
    translator = QTranslator()
    return translator if translator.load(name, str(folder)) else None


def install_translators(app: QCoreApplication, language: str | None = None) -> str:
    """Put the app's and Qt's translations for ``language`` (or the saved choice) into ``app``.

    Returns the language now spoken (``en`` or ``zh_CN``). Replaces what an earlier call
    installed.
    """
    for old in _Installed.translators:
        app.removeTranslator(old)
    _Installed.translators = []
    resolved = resolve_language(language)
    if resolved != "en":
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        # qt_<lang> pulls in qtbase_<lang> (buttons, file dialogs, the undo view's <empty>).
        qt = _load(f"qt_{resolved}", qt_folder) or _load(f"qtbase_{resolved}", qt_folder)
        qm = qm_file(resolved)
        own = _load(qm.name, qm.parent) if qm is not None else None
        for translator in (qt, own):
            if translator is not None:
                app.installTranslator(translator)
                _Installed.translators.append(translator)
        if own is None:
            resolved = "en"
    _Installed.language = resolved
    QLocale.setDefault(QLocale(resolved) if resolved != "en" else QLocale.system())
    return resolved


def set_language(app: QCoreApplication, language: str) -> str:
    """Remember ``language`` (``system``, ``en`` or ``zh_CN``) and switch every window to it now."""
    if language not in CHOICES:
        raise ValueError(f"unknown language {language!r}; choose one of {', '.join(CHOICES)}")
    QSettings().setValue(LANGUAGE_KEY, language)
    spoken = install_translators(app, language)
    # Qt posts LanguageChange to each window; deliver them now so that every text is in the
    # new language when this returns (the preferences dialog and tests rely on it).
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    return spoken


class LanguageWatcher(QObject):
    """Calls back each time its widget (or object) receives ``QEvent.LanguageChange``."""

    def __init__(self, target: QObject, callback: Callable[[], None]):
        super().__init__(target)
        self.callback = callback
        target.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.callback()
        return False


def on_language_change(target: QObject, callback: Callable[[], None]) -> LanguageWatcher:
    """Run ``callback`` whenever the language changes, for as long as ``target`` lives.

    For texts set outside a widget class of one's own (actions a function made, a menu a
    controller filled); a widget class overrides ``changeEvent`` instead.
    """
    return LanguageWatcher(target, callback)
