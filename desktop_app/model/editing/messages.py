"""The sentences an edit rule says when it refuses an edit, as templates the GUI translates.

Like the validator's (``desktop_app.model.messages``, context ``validation``): ``EditRefused``
keeps the English sentence and the template with its parameters, and
``desktop_app.ui.problem_words.error_text`` says it in the reader's language.
"""

from __future__ import annotations

from desktop_app.model.messages import QT_TRANSLATE_NOOP

EMPTY_ID = QT_TRANSLATE_NOOP("validation", "an id cannot be empty")
BAD_NEW_ID = QT_TRANSLATE_NOOP(
    "validation", "'{id}' is not a valid id: use letters, digits, '.', '_' and '-', "
    "starting with a letter or digit")
ID_TAKEN = QT_TRANSLATE_NOOP("validation", "the id '{id}' is already used; ids must be unique")
NO_CIDR_FOR_ADDRESS = QT_TRANSLATE_NOOP(
    "validation", "{id} has no CIDR to take an address from; set its cidr first")
NETWORK_FULL = QT_TRANSLATE_NOOP("validation", "{id} ({subnet}) has no free address left")
NO_SUCH_OBJECT = QT_TRANSLATE_NOOP("validation", "there is no {kind} '{id}'")
NO_SUCH_ID = QT_TRANSLATE_NOOP("validation", "nothing has the id '{id}'")
