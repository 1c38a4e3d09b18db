"""The text layer: normalising text, markdown to plain text, sentences, boilerplate lines.

Everything here works on strings only; it knows nothing of documents or sources.
"""

from __future__ import annotations

from briefbook.text.boilerplate import is_boilerplate
from briefbook.text.clipped import is_clipped
from briefbook.text.dateline import Dateline, match_dateline, strip_dateline
from briefbook.text.markdown import strip_markdown
from briefbook.text.normalise import (
    CURLY_QUOTES,
    FUNCTION_WORDS,
    alternation,
    blank_urls,
    fold_words,
    normalise,
    singular,
    unique,
    word_tokens,
)
from briefbook.text.sentences import ABBREVIATIONS, split_sentences

__all__ = [
    "ABBREVIATIONS",
    "CURLY_QUOTES",
    "Dateline",
    "FUNCTION_WORDS",
    "alternation",
    "blank_urls",
    "fold_words",
    "is_boilerplate",
    "is_clipped",
    "match_dateline",
    "normalise",
    "singular",
    "split_sentences",
    "strip_dateline",
    "strip_markdown",
    "unique",
    "word_tokens",
]
