"""The export dialog's tables: which option rows each format uses, and its name as shown.

``desktop_app.export.formats`` keeps the formats' names in English for the command line; the
dialog shows them in the interface's language (context ``ExportDialog``).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop_app.export.formats import FORMATS

# Which option rows each format uses.
DIAGRAM_OPTIONS = {"area", "flow", "hop_numbers"}
USES = {
    ".png": DIAGRAM_OPTIONS | {"scale", "transparent"},
    ".svg": DIAGRAM_OPTIONS | {"transparent"},
    ".pdf": DIAGRAM_OPTIONS | {"transparent", "page"},
    ".drawio": {"flow", "hop_numbers"},
    ".html": {"flow"},  # no flow: every saved flow
    ".gif": {"area", "flow", "fps", "width"},
    ".apng": {"area", "flow", "fps", "width"},
    ".pcapng": {"flow"},
    ".md": {"flow"},
    ".csv": {"flow"},
    ".json": {"flow"},
}
# The formats' names as the dialog shows them (``export.formats`` keeps them in English).
FORMAT_NAMES = {
    ".png": QT_TRANSLATE_NOOP("ExportDialog", "PNG image"),
    ".svg": QT_TRANSLATE_NOOP("ExportDialog", "SVG drawing"),
    ".pdf": QT_TRANSLATE_NOOP("ExportDialog", "PDF page"),
    ".drawio": QT_TRANSLATE_NOOP("ExportDialog", "diagrams.net (draw.io) diagram"),
    ".html": QT_TRANSLATE_NOOP("ExportDialog", "interactive web page"),
    ".gif": QT_TRANSLATE_NOOP("ExportDialog", "animated GIF of a flow"),
    ".apng": QT_TRANSLATE_NOOP("ExportDialog", "animated PNG of a flow"),
    ".pcapng": QT_TRANSLATE_NOOP("ExportDialog", "Wireshark capture of a flow"),
    ".md": QT_TRANSLATE_NOOP("ExportDialog", "hop table (Markdown)"),
    ".csv": QT_TRANSLATE_NOOP("ExportDialog", "hop table (CSV)"),
    ".json": QT_TRANSLATE_NOOP("ExportDialog", "trace (JSON, hybridviz-trace/1)"),
}


def format_name(extension: str) -> str:
    """A format's name in the current language."""
    fmt = FORMATS[extension]
    return QCoreApplication.translate("ExportDialog", FORMAT_NAMES.get(extension, fmt.name))
