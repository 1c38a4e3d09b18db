"""Outlets and bodies told by their job in the sentence: cited as a source or described by an
apposition (round orgs25, issue 12).

A name no rule typed is an organisation when

* an apposition right after it has a body's noun for its head ("Kelvo, the group's
  propaganda agency, said", "Los Tarvos, a criminal group operating in the state"); a name
  found as a person or a place that no list knows is one too;
* it is one word after a cue of a source's job ("told Kelvonews", "according to
  Tarvopress", "a report by Kelvo", "documents seen by Tarvo") or before a verb of
  reporting ("Kelvonews reported"), and it is no known given name, no word of a person the
  sources named before, no city, no ordinary English word and no word the sources write in
  lower case ("told Smith" after "John Smith", "according to Kelvo" where Kelvo is a town);
  a role word right before it keeps a person ("spokesman Ruiz reported");
* a country's ministry written in lower case ("the Turkish foreign ministry", "Kelvo's
  health ministry" where Kelvo is a country): :func:`national_ministries`.

The cues are data (``data/entity_rules.yaml``; :mod:`briefbook.analysis.body_cues`). All of
it works on one sentence and what discovery learnt before it.
"""

from __future__ import annotations

import re
from functools import cache

from briefbook.analysis.body_cues import apposed_body_head, source_cue_after, source_cue_before
from briefbook.analysis.gazetteer import Gazetteer, Rules
from briefbook.analysis.mentions import Discovery, entity_key
from briefbook.analysis.met_people import name_followers
from briefbook.analysis.names import Found, Tok, english_words, span_name
from briefbook.analysis.places import city_index, place_key
from briefbook.data import load_data

__all__ = ["cited_body", "national_ministries"]

# a lower-case word right before a name: a role keeps a person ("spokesman Ruiz reported")
_WORD_BEFORE = re.compile(r"([a-z][\w-]*)\s+$")


def cited_body(
    seq: list[Tok],
    found: list[Found],
    text: str,
    rules: Rules,
    gaz: Gazetteer,
    lower_vocab: frozenset[str],
    state: Discovery,
) -> Found | None:
    """The organisation the run ``seq`` of ``text`` names by its job in the sentence (see the
    module doc), or None. ``found`` is what the other rules typed it as."""
    toks = list(seq)
    while toks and toks[0].low in rules.stop:
        toks = toks[1:]
    if not toks or len(toks) > 4 or toks[-1].text.endswith(("'s", "’s")):
        return None
    name = span_name(toks, text)
    if name in gaz.surfaces or city_index().get(place_key(name)):
        return None  # a known name keeps its type; "told Kyiv": the city for its government
    for t in toks:
        low = t.bare
        if low in rules.titles or low in rules.roles or low in rules.given or low in rules.stop:
            return None
        if not t.text[:1].isupper():
            return None
    if found and not (
        len(found) == 1
        and found[0].type in {"person", "place"}
        and found[0].start == toks[0].start
        and found[0].end == toks[-1].end
    ):
        return None
    body = Found(toks[0].start, toks[-1].end, "organisation", name)
    if apposed_body_head(text, toks[-1].end):
        return body
    if found or len(toks) > 1:
        return None  # a person or a place typed by its words; "told Ana Ruiz"
    word = toks[0]
    if word.low in lower_vocab or word.low in english_words() or _named_person(word.text, state):
        return None
    if source_cue_before(text, word.start) and not _modifies_noun(text, word.end):
        return body  # not "told Tarsi residents": the name modifies the noun after it
    role = _WORD_BEFORE.search(text, max(0, word.start - 30), word.start)
    if source_cue_after(text, word.end) and not (role and role.group(1) in rules.roles):
        return body
    return None


# the lower-case word right after a name
_LOWER_AFTER = re.compile(r"\s+([a-z][a-z]*)\b")


@cache
def _clause_words() -> frozenset[str]:
    """Lower-case words after a name that close or continue its clause: ``met_name_followers``,
    ``speech_verbs`` and ``cited_name_clause_verbs`` of ``data/entity_rules.yaml`` ("on",
    "that", "said", "reveal") and the verbs of a plural subject (``plural_noun_next_verbs`` of
    ``data/cues.yaml``: "show", "say")."""
    rules = load_data("entity_rules.yaml")
    verbs = [*rules["speech_verbs"], *rules["cited_name_clause_verbs"]]
    plural = load_data("cues.yaml")["plural_noun_next_verbs"]
    return name_followers() | frozenset(str(w).lower() for w in [*verbs, *plural])


def _modifies_noun(text: str, end: int) -> bool:
    """Whether a lower-case word that neither closes nor continues a clause (no word of
    :func:`_clause_words` and no past form in "-ed") follows the name ending at ``end``, a
    noun it modifies: "told Tarsi residents", "according to Kelvo police"; not "told
    Kelvonews on Monday", "documents seen by Morvalink show" (round revB25)."""
    m = _LOWER_AFTER.match(text, end)
    return m is not None and m.group(1) not in _clause_words() and not m.group(1).endswith("ed")


def _named_person(word: str, state: Discovery) -> bool:
    """Whether ``word`` is a word of a person the sources named before."""
    return any(
        word in surface.split()
        for surface, key in state.discovered.items()
        if state.types.get(key) == "person"
    )


@cache
def _MINISTRY() -> re.Pattern[str]:  # noqa: N802
    words = "|".join(
        re.escape(str(w)) for w in load_data("entity_rules.yaml")["ministry_portfolios"]
    )
    return re.compile(
        rf"(?<![\w'’-])(?:(?:The|the)\s+)?((?!The\b)[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)(['’]s)?\s+"
        rf"((?:(?:{words})\s+){{1,2}})"
        r"ministry(?![\w-])"
    )


def national_ministries(text: str, gaz: Gazetteer) -> list[tuple[str, str, str]]:
    """The ministries of countries written in lower case in ``text``: "the Turkish foreign
    ministry" -> ("Turkish foreign ministry", its key, the name it is listed under), its key
    one per country and portfolio ("Turkey's foreign ministry" the same body); the country
    named by its demonym or by its name with "'s" (``ministry_portfolios`` of
    ``data/entity_rules.yaml`` between them). "the Kelvo foreign ministry" (no country the
    gazetteer knows) and "the ministry of defence" name none."""
    out = []
    for m in _MINISTRY().finditer(text):
        country = [t.key for t in gaz.surfaces.get(m.group(1), ()) if t.type == "country"]
        if not country:
            continue
        portfolio = " ".join(m.group(3).split())
        written = " ".join(f"{m.group(1)}{m.group(2) or ''} {portfolio} ministry".split())
        key = entity_key("organisation", f"{country[0].split(':', 1)[1]} {portfolio} ministry")
        out.append((written, key, written))
    return out
