"""The words the web page adds to a topology's labels and a trace's sentences.

Marked for Qt's ``pyside6-lupdate`` (context ``web``, and the app's own contexts where the
app already names the thing: ``trace`` for how a trace ended and a step's kind, ``model`` for
device kinds), so the Chinese catalogue holds them and both the app and the command line give
a Chinese page. ``page_words(translate)`` hands the page every word in the reader's language.
"""

from __future__ import annotations

from desktop_app.diagram.canvas_words import Translate
from desktop_app.engine.messages import DISPOSITION_WORDS, OUTCOME_WORDS
from desktop_app.model.kind_words import KIND_NAMES
from desktop_app.model.messages import QT_TRANSLATE_NOOP

WORDS = {
    "flows": QT_TRANSLATE_NOOP("web", "Flows"),
    "play": QT_TRANSLATE_NOOP("web", "Play"),
    "pause": QT_TRANSLATE_NOOP("web", "Pause"),
    "first": QT_TRANSLATE_NOOP("web", "First hop"),
    "back": QT_TRANSLATE_NOOP("web", "Step back"),
    "forward": QT_TRANSLATE_NOOP("web", "Step forward"),
    "last": QT_TRANSLATE_NOOP("web", "Last hop"),
    "position": QT_TRANSLATE_NOOP("web", "Hop {n} of {total}"),
    "request": QT_TRANSLATE_NOOP("web", "Request"),
    "reply": QT_TRANSLATE_NOOP("web", "Reply"),
    "steps": QT_TRANSLATE_NOOP("web", "What the hop does"),
    "headers": QT_TRANSLATE_NOOP("web", "Headers"),
    "bytes": QT_TRANSLATE_NOOP("web", "Bytes on the wire"),
    "sent_on": QT_TRANSLATE_NOOP("web", "as sent on {network}"),
    "inside": QT_TRANSLATE_NOOP("web", "handed over inside the machine"),
    "received_from": QT_TRANSLATE_NOOP("web", "as received from {network}"),
    "received": QT_TRANSLATE_NOOP("web", "as received"),
    "frame": QT_TRANSLATE_NOOP("web", "{size} B frame"),
    "was": QT_TRANSLATE_NOOP("web", "was {old}"),
    "added": QT_TRANSLATE_NOOP("web", "new layer"),
    "dropped": QT_TRANSLATE_NOOP("web", "✖ DROPPED at {where}"),
    "on_host": QT_TRANSLATE_NOOP("web", "{device} (on {host})"),
    "keys": QT_TRANSLATE_NOOP("web", "Space play/pause · ←/→ step a hop · Home/End first/last hop"),
    "no_flows": QT_TRANSLATE_NOOP("web", "The topology has no saved flows to play."),
    "no_bytes": QT_TRANSLATE_NOOP("web", "no frame at this hop"),
    "made_by": QT_TRANSLATE_NOOP("web", "Made with hybridviz from {name}; open this file in "
                                 "hybridviz to edit the topology."),
    "conversation": QT_TRANSLATE_NOOP("web", "Conversation"),
    "field": QT_TRANSLATE_NOOP("web", "Field"),
    "value": QT_TRANSLATE_NOOP("web", "Value"),
}


def page_words(translate: Translate) -> dict[str, object]:
    """Every word the page shows, in the reader's language."""
    return {
        "ui": {key: translate("web", text) for key, text in WORDS.items()},
        "dispositions": {key: translate("trace", text)
                         for key, text in {**DISPOSITION_WORDS, **OUTCOME_WORDS}.items()},
        "kinds": {key: translate("model", text) for key, text in KIND_NAMES.items()},
    }
