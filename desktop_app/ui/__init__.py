"""Everything Qt: the main window, the canvas, docks, animation, undo commands."""
