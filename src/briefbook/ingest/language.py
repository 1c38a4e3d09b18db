"""A cheap language check of a source: scripts first, then frequent function words
(``data/stopwords.yaml``); and whether it is written in capitals throughout (a cable, a
telex, a shouted transcript), which the engine reads poorly.
"""

from __future__ import annotations

import re

from briefbook.data import load_data

_STOPWORDS: dict[str, frozenset[str]] = {
    code: frozenset(words) for code, words in load_data("stopwords.yaml")["stopwords"].items()
}

_SCRIPTS = (
    ("ru", re.compile(r"[\u0400-\u04ff]")),
    ("ar", re.compile(r"[\u0600-\u06ff]")),
    ("he", re.compile(r"[\u0590-\u05ff]")),
    ("zh", re.compile(r"[\u4e00-\u9fff]")),
    ("ja", re.compile(r"[\u3040-\u30ff]")),
    ("ko", re.compile(r"[\uac00-\ud7af]")),
    ("el", re.compile(r"[\u0370-\u03ff]")),
)
_LANG_NAMES = {
    "en": "English",
    "fr": "French",
    "de": "German",
    "es": "Spanish",
    "it": "Italian",
    "pt": "Portuguese",
    "nl": "Dutch",
    "ru": "Cyrillic script",
    "ar": "Arabic script",
    "he": "Hebrew script",
    "zh": "Chinese",
    "ja": "Japanese",
    "ko": "Korean",
    "el": "Greek",
}
_LATIN_WORD = re.compile(r"[^\W\d_]+")


def detect_language(text: str) -> tuple[str | None, str | None]:
    """A cheap language guess: ``(code, warning)``; warning set when clearly not English."""
    sample = text[:20000]
    letters = sum(ch.isalpha() for ch in sample)
    if letters < 40:
        return None, None
    for code, pattern in _SCRIPTS:
        if len(pattern.findall(sample)) > 0.3 * letters:
            return code, _not_english(code)
    words = [w.lower() for w in _LATIN_WORD.findall(sample)]
    if len(words) < 12:
        return None, None
    scores = {
        code: sum(1 for w in words if w in stop) / len(words) for code, stop in _STOPWORDS.items()
    }
    best = max(sorted(scores), key=lambda c: scores[c])
    if scores["en"] >= 0.12 or best == "en":
        return "en", None
    if scores[best] >= 0.1:
        return best, _not_english(best)
    return None, _not_english(None)


def _not_english(code: str | None) -> str:
    detected = f"{_LANG_NAMES.get(code, code)} ({code})" if code else "unknown"
    return f"looks like it is not English (detected: {detected})"


def capitals_warning(text: str) -> str | None:
    """A warning when ``text`` is written in capitals throughout: at least 200 letters of
    Latin script and nine in ten of them upper case ("ISRAELI AIR STRIKES IN LEBANON HAVE
    KILLED ..."). Names, places and speakers are found by their capitals, so such a source
    is read poorly (round robust19: "HERZI HALEVI TOLD TROOPS" became a force); the user
    is told, and a copy in ordinary case reads well. None otherwise."""
    sample = text[:20000]
    latin = [ch for ch in sample if ch.isalpha() and ch.isascii()]
    if len(latin) < 200:
        return None
    upper = sum(ch.isupper() for ch in latin)
    if upper < 0.9 * len(latin):
        return None
    return (
        "written in capitals throughout: names, places and speakers are found by their "
        "capitals and will be read poorly; give a copy in ordinary case if there is one"
    )
