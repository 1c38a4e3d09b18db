"""Characters without a font are named in a warning, never silently drawn as empty boxes."""

from __future__ import annotations

import builders as support
from briefbook.render import fonts
from briefbook.render.notebook import render_pdf


def test_missing_glyphs_names_the_characters_no_font_covers(monkeypatch):
    # fonts that cover ASCII, Latin-1 and general punctuation only
    monkeypatch.setattr(fonts, "_coverage", lambda: ((0x20, 0xA0, 0x2000), (0x7E, 0xFF, 0x206F)))
    text = "<p>Caf\u00e9 \u2014 \U0001f680 launch \u5317\u671d\u9bae \U0001f680\u200d</p>"
    assert fonts.missing_glyphs(text) == ["\u5317", "\u671d", "\u9bae", "\U0001f680"]
    line = fonts.glyph_warning(text)
    assert "4 characters" in line and "U+1F680 rocket" in line and "U+5317" in line
    assert "fonts-noto-color-emoji" in line and "\n" not in line
    assert fonts.glyph_warning("<p>plain caf\u00e9</p>") == ""


def test_pdf_rendering_warns_about_an_emoji_title_without_a_font(monkeypatch, tmp_path):
    monkeypatch.setattr(fonts, "_coverage", lambda: ((0x20, 0xA0, 0x2000), (0x7E, 0x24FF, 0x2BFF)))
    b = support.fixture_briefing(title="Launch watch \U0001f680\U0001f6f0")
    said: list[str] = []
    render_pdf(support.notebook_of(b), tmp_path / "b.pdf", warn=said.append)
    assert len(said) == 1 and "U+1F680" in said[0] and "U+1F6F0" in said[0]


def test_installed_fonts_are_read_from_fontconfig():
    fonts._coverage.cache_clear()
    coverage = fonts._coverage()
    if coverage is None:
        import pytest

        pytest.skip("fontconfig's fc-list is not installed")
    assert fonts.missing_glyphs("Briefing \u2014 \u201cquoted\u201d") == []  # DejaVu has these
