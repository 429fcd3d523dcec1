"""Both themes pass WCAG 2.1 AA: every text and icon colour pair, computed from the tables."""

from __future__ import annotations

import pytest

from desktop_app.diagram.theme_colours import DARK, LIGHT, contrast_pairs, contrast_ratio


def test_contrast_ratio_matches_the_wcag_examples():
    assert contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast_ratio("#FFFFFF", "#FFFFFF") == pytest.approx(1.0)
    assert contrast_ratio("#767676", "#FFFFFF") == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize("theme", [LIGHT, DARK], ids=["light", "dark"])
def test_every_colour_pair_of_the_theme_passes_aa(theme):
    pairs = contrast_pairs(theme)
    assert len(pairs) > 60
    failing = [f"{what}: {fg} on {bg} is {contrast_ratio(fg, bg):.2f}:1, needs {need}:1"
               for what, fg, bg, need in pairs if contrast_ratio(fg, bg) < need]
    assert not failing, "\n".join(failing)
