"""The ``hybridviz`` command line: the GUI (default), ``validate``, ``trace`` and ``export``.

One module per command; ``main`` parses the arguments and dispatches. Every command reports bad
input through ``desktop_app.cli.errors`` (one sentence, exit status 2).
"""

from desktop_app.cli.main import main

__all__ = ["main"]
