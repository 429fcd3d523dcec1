"""Qt renderers of the diagram: PNG/PDF painting, the GIF/APNG frame painter, an offscreen scene."""
