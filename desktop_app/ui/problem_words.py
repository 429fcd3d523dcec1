"""A validation problem's sentence in the reader's language.

The validator keeps each problem's English sentence plus its template and parameters
(``desktop_app.model.messages``); here the template goes through Qt's translator (context
``validation``) and is formatted with the same parameters: nested phrases (the ``{hint}``
that ends a sentence) are translated the same way, ``Word`` parameters are translated, and
kinds from the file are named as the rest of the interface names them. In English the text
is exactly the problem's message, as the command line prints it.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop_app.model import messages as M
from desktop_app.model.editing import EditRefused
from desktop_app.model.problems import Problem
from desktop_app.ui.model_words import kind_name

WARNING_MARK = QT_TRANSLATE_NOOP("validation", "warning: ")
# Kinds listed in a sentence: "(only to esxi-host, dlr, esg)".
LIST_SEPARATOR = QT_TRANSLATE_NOOP("validation", ", ")
# A Chinese character against a Latin letter or digit, where a translated noun ("ESXi 主机")
# was put into a sentence; Chinese typesetting puts a space between the two scripts.
_HAN = "\u4e00-\u9fff"
_SCRIPT_CHANGE = re.compile(rf"(?<=[{_HAN}])(?=[A-Za-z0-9])|(?<=[A-Za-z0-9])(?=[{_HAN}])")


def problem_text(problem: Problem) -> str:
    """A problem's sentence in the current language (the message itself when it has no template)."""
    if not problem.template:
        return problem.message  # made by a view itself, already in the reader's language
    return say(problem.template, problem.params)


def problem_line(problem: Problem) -> str:
    """``FILE:LINE:COL: path: sentence`` with the sentence in the current language."""
    return problem.format(problem_text(problem), QCoreApplication.translate(M.CONTEXT,
                                                                            WARNING_MARK))


def error_text(exc: BaseException) -> str:
    """A refused edit's sentence in the current language (other errors as they say themselves)."""
    if isinstance(exc, EditRefused):
        return say(exc.template, exc.params)
    return str(exc)


def say(template: str, params: tuple[tuple[str, Any], ...] | dict[str, Any]) -> str:
    """Format a ``validation`` template in the current language."""
    text = QCoreApplication.translate(M.CONTEXT, template)
    values = {k: _shown(v) for k, v in dict(params).items()}
    try:
        said = text.format(**values)
    except (KeyError, IndexError, ValueError):  # a translation with a broken placeholder
        return template.format(**values)
    return said if text == template else _SCRIPT_CHANGE.sub(" ", said)


class _Shown(str):
    """A noun as the reader reads it; ``{x:a}`` uses the article template of its English word."""

    english: str

    def __new__(cls, text: str, english: str) -> _Shown:
        shown = super().__new__(cls, text)
        shown.english = english
        return shown

    def __format__(self, spec: str) -> str:
        if spec == "a":
            article = QCoreApplication.translate(M.CONTEXT, M.article(self.english))
            return article.format(noun=str(self))
        return format(str(self), spec)


def _shown(value: Any) -> Any:
    if isinstance(value, M.Phrase):
        return say(value.template, value.params)
    if isinstance(value, M.Word):
        return _Shown(QCoreApplication.translate(M.CONTEXT, value), value)
    if isinstance(value, M.Kind):
        return _Shown(_kind(value), value)
    if isinstance(value, M.Kinds):
        return QCoreApplication.translate(M.CONTEXT, LIST_SEPARATOR).join(map(_kind, value))
    return value


def _kind(kind: str) -> str:
    # In English the sentence keeps the file's word ("an esxi-host"), as the command line says
    # it; a translated sentence names the kind as the canvas and inspector do ("ESXi 主机").
    if QCoreApplication.translate(M.CONTEXT, M.A_NOUN) == M.A_NOUN:
        return kind
    return kind_name(kind)
