"""The diagram without Qt: where every zone, device, network and link sits, their colours,
the flow's path over them, and the words drawn on the canvas. The canvas, the SVG and draw.io
writers and the Qt renderers all draw from it."""
