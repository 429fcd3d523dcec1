"""The packet animation: play a trace on the canvas, hop by hop, with a hop inspector.

``install_animation(window, document, scene, view)`` adds everything to a main window and
returns the ``AnimationController``.
"""

from .install import AnimationUi, install_animation
from .player import AnimationController

__all__ = ["AnimationController", "AnimationUi", "install_animation"]
