"""Islands, reefs and shoals under another claimant's name (round places26b): "Nansha
Islands" for the Spratly Islands, "Diaoyu" for the Senkakus, "Ayungin Shoal" for Second
Thomas Shoal. Each such name is a place of its own (``claimant_names`` of
``data/places.yaml``); it is one place with the feature it names only where a sentence says
so, the two names joined by a naming aside: "Xianbin Jiao, known as Sabina Shoal", "the
Senkakus, which China calls Diaoyu", "the Spratly group (Nansha Islands)", "Ayungin Shoal
or Second Thomas Shoal". Two names in one list ("the Spratly Islands, the Nansha Islands")
or apart in a sentence stay two places."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from functools import cache

from briefbook.analysis.gazetteer import Gazetteer
from briefbook.data import load_data

__all__ = ["joined_claims"]


@cache
def _LINK() -> re.Pattern[str]:  # noqa: N802
    """The words between two names of one feature that say they are one
    (``claim_link_verbs`` and ``claim_link_adverbs`` of ``data/entity_rules.yaml``)."""
    d = load_data("entity_rules.yaml")
    verbs = "|".join(re.escape(str(v)) for v in d["claim_link_verbs"])
    adverbs = "|".join(re.escape(str(v)) for v in d["claim_link_adverbs"])
    name = r"[A-Z][\w'\u2019-]*(?:\s+[A-Z][\w'\u2019-]*)?"
    return re.compile(
        # "X, known as Y", "X (also called Y)", "X, known to Manila as Y"
        rf"\s*(?:\w+\s+)?[(,]?\s*(?:(?:{adverbs})\s+)?(?:{verbs})"
        rf"(?:\s+(?:in|to|by)\s+{name})?\s+as\s+(?:the\s+)?"
        # "X, which China calls Y", "X, which Beijing refers to as Y"
        rf"|\s*,\s*which\s+{name}\s+(?:calls?|names?|refers?\s+to\s+as)\s+(?:the\s+)?"
        # "the Spratly group (Nansha Islands", "Ayungin Shoal or Second Thomas Shoal", "X/Y"
        r"|\s*(?:\w+\s+)?\(\s*(?:the\s+)?|\s*(?:,\s*)?or\s+(?:the\s+)?|\s*/\s*"
    )


def _pairs(gaz: Gazetteer) -> tuple[tuple[str, str, re.Pattern[str], re.Pattern[str]], ...]:
    """(claimant key, place key, pattern of the claimant's names, pattern of the place's
    names) of every claimant's name of ``gaz``, built once per gazetteer. The names of
    every key concerned are gathered in one pass over the gazetteer's surfaces, in their
    order (a scan of all surfaces for each key, four times per pair, cost a batch's
    serial warm-up about 0.08 CPU-s)."""

    def pattern(names: Iterable[str]) -> re.Pattern[str]:
        alternation = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
        return re.compile(rf"(?<![\w-])(?:{alternation})(?![\w-])")

    def build(g: Gazetteer) -> tuple[tuple[str, str, re.Pattern[str], re.Pattern[str]], ...]:
        names: dict[str, list[str]] = {key: [] for pair in g.claimed.items() for key in pair}
        for surface, targets in g.surfaces.items():
            for key in {t.key for t in targets}:
                if key in names:
                    names[key].append(surface)
        return tuple(
            (claim, place, pattern(names[claim]), pattern(names[place]))
            for claim, place in sorted(g.claimed.items())
            if names[claim] and names[place]
        )

    return gaz.derived("claimed_names", build)


def joined_claims(texts: Sequence[Sequence[str]], gaz: Gazetteer) -> dict[str, str]:
    """Claimant key -> place key for every claimant's name that one of ``texts`` (the
    sentences of each source) joins to the feature it names with a naming aside."""
    joined: dict[str, str] = {}
    if not gaz.claimed:
        return joined
    link = _LINK()
    for claim, place, claim_rx, place_rx in _pairs(gaz):
        for doc in texts:
            if claim in joined:
                break
            for text in doc:
                if _linked(text, claim_rx, place_rx, link):
                    joined[claim] = place
                    break
    return joined


def _linked(text: str, a_rx: re.Pattern[str], b_rx: re.Pattern[str], link: re.Pattern[str]) -> bool:
    """Whether ``text`` writes a name of ``a_rx`` and one of ``b_rx``, either first, with
    only a naming aside (``link``) between them."""
    a_hits = list(a_rx.finditer(text))
    if not a_hits:
        return False
    b_hits = list(b_rx.finditer(text))
    for a in a_hits:
        for b in b_hits:
            first, second = (a, b) if a.start() < b.start() else (b, a)
            between = text[first.end() : second.start()]
            if len(between) <= 60 and link.fullmatch(between):
                return True
    return False
