"""The interface's translations read straight from the ``.ts`` catalogue, without Qt.

The desktop app translates through Qt's translator, which loads compiled ``.qm`` files. An
export made on the command line (``hybridviz export … --lang zh_CN``) must speak the same
Chinese without Qt, so this reads the catalogue's source, ``resources/translations/
hybridviz_<lang>.ts`` (the XML ``tools/fill_translations.py`` keeps complete), into a
``translate(context, text)`` with the same contexts and source texts the app uses.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from functools import lru_cache
from pathlib import Path

from desktop_app.diagram.canvas_words import Translate, english
from desktop_app.paths import RESOURCES

TRANSLATIONS = RESOURCES / "translations"
LANGUAGES = ("en", "zh_CN")  # English is the source language: it needs no catalogue


class CatalogueError(ValueError):
    """The language has no catalogue (a sentence for the user)."""


@lru_cache(maxsize=4)
def _entries(path: Path) -> dict[tuple[str, str], str]:
    entries: dict[tuple[str, str], str] = {}
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            if source is None or translation is None:
                continue
            if translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")]
            text = forms[0] if forms else (translation.text or "")
            if text:
                entries[(name, source)] = text
    return entries


def translator(language: str) -> Translate:
    """``translate(context, text)`` in ``language`` (``en`` or ``zh_CN``)."""
    if language == "en":
        return english
    if language not in LANGUAGES:
        raise CatalogueError(f"no translation into '{language}'; use one of: "
                             f"{', '.join(LANGUAGES)}")
    path = TRANSLATIONS / f"hybridviz_{language}.ts"
    try:
        entries = _entries(path)
    except (OSError, ET.ParseError) as exc:
        raise CatalogueError(f"cannot read the {language} translations ({path}): {exc}") from exc

    def translate(context: str, text: str) -> str:
        return entries.get((context, text), text)

    return translate
