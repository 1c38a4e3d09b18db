"""Organisations told by how a name is used in its sentence, not by its words.

A lower-case noun of a class of bodies right before a name ("according to the NGO
Tarvola", "pro-government broadcaster A Kelvo", "the TV channel Kelvari") or right after it
("the Droma party") makes the name an organisation; so does a police force's level and
"police" after a place's name ("Wakayama prefectural police": the body is the whole
phrase). The nouns are data: ``body_class_nouns_before``, ``body_class_nouns_after``,
``police_levels`` and ``police_nouns`` of ``data/entity_rules.yaml``.

All offsets are character offsets into the sentence text; nothing here raises.
"""

from __future__ import annotations

import re
from functools import cache

from briefbook.data import load_data

__all__ = ["class_noun_after", "class_noun_before", "police_after"]


@cache
def _lists() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    rules = load_data("entity_rules.yaml")

    def alt(words: list[str]) -> str:
        return "|".join(re.escape(str(w)) for w in sorted(words, key=lambda w: -len(str(w))))

    before = re.compile(rf"(?<![\w-])(?:{alt(rules['body_class_nouns_before'])})\s+$")
    after = re.compile(rf"\s+({alt(rules['body_class_nouns_after'])})(?![\w-])")
    police = re.compile(
        rf"\s+(?:{alt(rules['police_levels'])})\s+(?:{alt(rules['police_nouns'])})(?![\w-])"
    )
    return before, after, police


def class_noun_before(text: str, start: int) -> bool:
    """Whether a lower-case noun of a class of bodies stands right before the name that
    starts at ``start`` of ``text``: "the NGO Tarvola" (the short form in capitals too),
    "broadcaster A Kelvo". "in Kelvo" or "party leader Ana Ruiz" (a role between them) do
    not count: the noun must be the word right before the name."""
    window = text[max(0, start - 40) : start]
    m = _lists()[0].search(window)
    if m is None:
        return False
    noun = m.group(0).strip()
    return noun.islower() or noun == "NGO"


def class_noun_after(text: str, end: int) -> str | None:
    """The lower-case noun of a class of bodies right after the name that ends at ``end``
    ("the Droma party" -> "party"), or None ("the Droma Party" is read by its head)."""
    m = _lists()[1].match(text, end)
    return m.group(1) if m else None


def police_after(text: str, end: int) -> int | None:
    """The end offset of a police force's level and noun in lower case right after the
    name ending at ``end`` ("Wakayama| prefectural police|"), or None."""
    m = _lists()[2].match(text, end)
    return m.end() if m else None
