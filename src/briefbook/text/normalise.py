"""Text made comparable across sources, and small string helpers the analysers share.

``normalise`` gives Unicode NFKC, ASCII quotes (and an ASCII apostrophe for a mark written as
one inside a word), no zero-width or control characters, single spaces and ``\n`` line ends. ``FUNCTION_WORDS`` (from ``data/text.yaml``) are ignored when
texts are compared by their content words.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from briefbook.data import load_data

_QUOTES = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u00ab": '"',
        "\u00bb": '"',
    }
)
# a mark written for an apostrophe between two letters of a word ("Hay\u00b4at", "Hay\u02bcat",
# "Shi\u02bbite", "Ba`ath"): transliterated Arabic names use the acute accent, the modifier
# letters and the grave; NFKC would split the acute accent off as a space and a combining mark
_APOSTROPHE_LIKE = re.compile(
    "(?<=[^\\W\\d_])[`\u00b4\u02b9\u02bb\u02bc\u02bd\u02be\u02bf\u2032](?=[^\\W\\d_])"
)
# zero-width and invisible format characters, soft hyphen, BOM
_INVISIBLE = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
# control characters except tab and newline (\r is folded to \n before)
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")

# English function words: ignored when texts are compared by their content words.
FUNCTION_WORDS = frozenset(load_data("text.yaml")["function_words"])


# Curly quotes folded to ASCII: the analysers match cue words on this form.
CURLY_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})
_URL = re.compile(r"\]\([^)]*\)|https?://\S+|www\.\S+")


def blank_urls(text: str) -> str:
    """URLs and markdown link targets replaced by spaces: offsets stay as they were."""
    return _URL.sub(lambda m: " " * len(m.group(0)), text)


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first, inner spaces matching any space."""
    items = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(r"\s+".join(map(re.escape, w.split())) for w in items)


def unique(items: Iterable[str]) -> list[str]:
    """``items`` without repeats, in first-seen order."""
    return list(dict.fromkeys(items))


def normalise(text: str) -> str:
    """NFKC, ASCII quotes, no invisible or control characters, single spaces, ``\\n`` lines."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _INVISIBLE.sub("", text)
    text = _CONTROL.sub("", text)
    text = _APOSTROPHE_LIKE.sub("'", text)
    text = unicodedata.normalize("NFKC", text)
    text = text.translate(_QUOTES)
    text = SPACES.sub(" ", text)
    return "\n".join(line.strip() for line in text.split("\n"))


_WORD = re.compile(r"[^\W_]+(?:['\-.][^\W_]+)*")


def word_tokens(text: str) -> list[str]:
    """Lower-cased word tokens (letters and digits; inner ' - . kept)."""
    return [t.lower() for t in _WORD.findall(normalise(text))]


_FOLD_WORD = re.compile(r"[a-z0-9]+")
_DASHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u2014": " ", "\u2013": " "})


def singular(word: str) -> str:
    """A plural's singular by its ending ("affairs" -> "affair", "communities" ->
    "community", "regions" -> "region"); other words as they are ("press", "gas", "ties"
    -> "tie": a word of four letters or fewer in "-ies" only loses its "s")."""
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def fold_words(text: str) -> list[str]:
    """Lower-case ASCII letter-and-digit runs of ``text`` after NFKC and dash folding: the
    words two texts are compared by (reposts, figures stated in words)."""
    text = unicodedata.normalize("NFKC", text).translate(_DASHES).lower()
    return _FOLD_WORD.findall(text)
