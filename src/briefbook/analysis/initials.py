"""Short forms and spellings a source uses for a body it names, without defining them.

A report that names the China Coast Guard and later writes "a CCG vessel" or "the Chinese
coast guard" speaks of one body; a report that names the Armed Forces of the Philippines
("Philippine troops" names them too) and quotes "the AFP" means the armed forces, not the news
agency. Two rules, each scoped to the source that names the body, so that another source's
"AFP" keeps its own meaning:

* **initials**: a word in capitals whose letters are, in order, the first letters of the words
  of one body named in the same source (hyphenated words give one letter each; the words of
  ``skip_words`` in ``data/initials.yaml`` none) is that body. Two bodies of the source with
  the same initials leave it as it was. Capitals that already name something else (a
  country: "USA") keep that meaning unless the source defines them for the body ("United
  States Army (USA)").
* **clipped words**: a word in capitals made of the first two letters or more of each such
  word, run together ("CENTCOM" of "Central Command"), is that body when no initials of a
  body of the source spell it and neither the gazetteer nor the source gives it a meaning
  ("UN Mission in South Sudan (UNMISS)" is no "UN Mission" clipped).
* **demonym spelling**: a body whose name opens with a country ("China Coast Guard") is also
  the country's demonym with the rest of its name in any case ("Chinese coast guard").

Linear in the sentences: each source's words in capitals are looked up in an index of
initials built once per run (the gazetteer's part once per process).
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache

from briefbook.analysis.body_cues import source_cue_before
from briefbook.analysis.gazetteer import Gazetteer
from briefbook.analysis.mentions import Discovery
from briefbook.data import load_data

__all__ = ["clipped", "initials", "scope_initials"]

_BODIES = frozenset({"organisation", "force"})
_CAPITALS = re.compile(r"(?<![\w-])[A-Z]{3,12}(?![\w-])")  # "USINDOPACOM"
_WORD = re.compile(r"[^\s-]+")


@cache
def _lexicon() -> tuple[frozenset[str], int]:
    data = load_data("initials.yaml")
    return frozenset(str(w).lower() for w in data["skip_words"]), int(data["min_letters"])


def initials(name: str) -> str:
    """The capitals a body's name would be shortened to: "Armed Forces of the Philippines" ->
    "AFP", "Agence France-Presse" -> "AFP"; "" when a word that counts is not a word."""
    skip, _ = _lexicon()
    letters = []
    for word in _WORD.findall(name):
        if word.lower() in skip:
            continue
        if not word[:1].isalpha():
            return ""
        letters.append(word[0].upper())
    return "".join(letters)


def clipped(name: str, short: str) -> bool:
    """Whether ``short``, a word in capitals of ``clipped_from`` letters or more
    (``data/initials.yaml``), is the first letters of each word of the body's ``name`` that
    counts, two or more of each, run together: "CENTCOM" of "Central Command", "AFRICOM" of
    "Africa Command", "USSOUTHCOM" of "US Southern Command" (dots of "U.S." dropped); a
    country's short form opening the name may be left out ("SOUTHCOM")."""
    skip, _ = _lexicon()
    words = [w.replace(".", "").lower() for w in _WORD.findall(name) if w.lower() not in skip]
    if len(words) < 2 or len(short) < _clipped_from() or not all(w.isalpha() for w in words):
        return False
    if len(words) > 2 and _country_word(name) and _clipped_words(words[1:], short.lower()):
        return True  # "SOUTHCOM" of "US Southern Command": the country's short form left out
    return _clipped_words(words, short.lower())


def _country_word(name: str) -> bool:
    """Whether ``name`` opens with a country's short form in capitals ("US", "U.S.", "UK")."""
    first = name.split()[0].replace(".", "") if name.split() else ""
    return 2 <= len(first) <= 3 and first.isupper() and first.isalpha()


def _clipped_words(words: list[str], target: str) -> bool:
    ends = {0}  # how much of ``target`` the words so far can spell
    for word in words:
        ends = {
            end + n
            for end in ends
            for n in range(2, len(word) + 1)
            if target.startswith(word[:n], end)
        }
        if not ends:
            return False
    return len(target) in ends


@cache
def _clipped_from() -> int:
    return int(load_data("initials.yaml")["clipped_from"])


def _gazetteer_index(gaz: Gazetteer) -> dict[str, list[tuple[str, str, str]]]:
    """initials -> (surface, key, type) of the gazetteer's bodies, and of the national forces
    by their full names ("Armed Forces of the Philippines"; never by a demonym alone: "two
    Russian bombers" does not name the Russian Armed Forces)."""
    return gaz.derived("body_initials", _build_index)


def _build_index(gaz: Gazetteer) -> dict[str, list[tuple[str, str, str]]]:
    _, least = _lexicon()
    index: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for surface, targets in gaz.surfaces.items():
        for t in targets:
            if t.type in _BODIES and " " in surface and len(short := initials(surface)) >= least:
                index[short].append((surface, t.key, t.type))
    for adj, (fkey, fname, _country) in gaz.adjectives.items():
        if len(short := initials(fname)) >= least and adj[:1].isupper():
            index[short].append((fname, fkey, "force"))
    return dict(index)


def _named(text: str, surface: str) -> bool:
    return (
        surface in text and re.search(rf"(?<![\w-]){re.escape(surface)}(?![\w])", text) is not None
    )


def _other_meaning(short: str, gaz: Gazetteer, state: Discovery) -> bool:
    """Whether ``short`` already names something other than a body (a country, a place, a
    person) in the gazetteer or in what discovery found: "USA" is the United States."""
    if any(t.type not in _BODIES for t in gaz.surfaces.get(short, ())):
        return True
    key = state.discovered.get(short)
    return bool(key) and state.types.get(key) not in _BODIES


def _cited_outlet(short: str, text: str, gaz: Gazetteer) -> bool:
    """Whether ``short`` is a listed organisation's short form ("AFP" of Agence France-Presse)
    that ``text`` writes only as a source it was told or read in ("a guard telling AFP",
    "according to AFP": :func:`briefbook.analysis.body_cues.source_cue_before`; round
    armed26): the outlet, never a body of the source with those initials."""
    if not any(t.type == "organisation" for t in gaz.surfaces.get(short, ())):
        return False
    starts = [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(short)}(?![\w-])", text)]
    return bool(starts) and all(source_cue_before(text, i) for i in starts)


def _defines(text: str, surface: str, short: str) -> bool:
    """Whether ``text`` defines ``short`` as ``surface`` right after the name: "United
    States Army (USA)", "the United States Army, USA, said"."""
    pattern = rf"(?<![\w-]){re.escape(surface)}\s*(?:\(\s*{short}\s*\)|,\s*{short}\s*,)"
    return re.search(pattern, text) is not None


def scope_initials(
    state: Discovery, texts: list[list[str]], noise: list[list[str | None]], gaz: Gazetteer
) -> None:
    """Bind, per source, the short forms and demonym spellings of the bodies it names (see the
    module doc) as scoped aliases of ``state``."""
    _, least = _lexicon()
    index = {k: list(v) for k, v in _gazetteer_index(gaz).items()}
    by_country: dict[str, list[str]] = defaultdict(list)  # country key -> demonyms
    for adj, (_fkey, _fname, country) in gaz.adjectives.items():
        if adj[:1].isupper() and adj.isalpha() and not adj.isupper():
            by_country[country].append(adj)
    spellings: list[tuple[re.Pattern[str], str, str]] = []
    full: dict[str, str] = {}  # key -> the name of a body spelled with its country's demonym
    for surface, key in state.discovered.items():
        etype = state.types.get(key)
        if etype not in _BODIES or " " not in surface:
            continue
        if len(short := initials(surface)) >= least and short != surface:
            index.setdefault(short, []).append((surface, key, etype))
        words = surface.split()
        for i in range(1, len(words)):
            countries = [
                t.key for t in gaz.surfaces.get(" ".join(words[:i]), ()) if t.type == "country"
            ]
            if countries:
                rest = r"\s+".join(map(re.escape, words[i:]))
                dems = "|".join(map(re.escape, by_country.get(countries[0], ())))
                if dems:
                    full.setdefault(key, surface)
                    spellings.append(
                        (re.compile(rf"(?<![\w-])(?:{dems})\s+(?i:{rest})(?![\w-])"), key, etype)
                    )
                break
    self_named = {s for s, k in state.discovered.items() if k.split(":", 1)[-1] == s.lower()}
    opening: dict[str, list[tuple[str, str]]] = defaultdict(list)  # first two letters -> body
    for surface, key in state.discovered.items():
        if state.types.get(key) in _BODIES and " " in surface:
            opening[surface.replace(".", "")[:2].lower()].append((surface, key))
            if _country_word(surface):  # "SOUTHCOM" of "US Southern Command"
                opening[surface.split()[1][:2].lower()].append((surface, key))
    seen_in: dict[str, set[int]] = defaultdict(set)
    bound_in: dict[str, set[int]] = defaultdict(set)
    for d, doc in enumerate(texts):
        text = "\n".join(t for t, n in zip(doc, noise[d], strict=True) if not n)
        for pattern, key, etype in spellings:
            for m in pattern.finditer(text):
                form = " ".join(m.group(0).split())
                if form not in state.discovered:
                    state.types.setdefault(key, etype)
                    state.scoped[form].append((d, 0, key))
                    state.names.setdefault(key, full[key])  # named as the source names it
        for short in sorted({m.group(0) for m in _CAPITALS.finditer(text)}):
            seen_in[short].add(d)
            named = [
                (surface, key, etype)
                for surface, key, etype in index.get(short, ())
                if surface != short and _named(text, surface)
            ]
            if not named and short not in state.discovered and short not in gaz.surfaces:
                named = [  # "CENTCOM" beside "Central Command", when nothing else defines it
                    (surface, key, state.types[key])
                    for surface, key in opening.get(short[:2].lower(), ())
                    if clipped(surface, short) and _named(text, surface)
                ]
            bodies = {key: etype for _, key, etype in named}
            if len(bodies) != 1:
                continue
            key, etype = next(iter(bodies.items()))
            current = {t.key for t in gaz.surfaces.get(short, ())}
            if state.discovered.get(short):
                current.add(state.discovered[short])
            if current == {key}:
                continue
            if _other_meaning(short, gaz, state) and not any(
                _defines(text, surface, short) for surface, _, _ in named
            ):
                continue  # "USA Today", "Team USA": the country, though the US Army is named
            if _cited_outlet(short, text, gaz) and not any(
                _defines(text, surface, short) for surface, _, _ in named
            ):
                continue  # "a guard telling AFP": the agency, though the Federal Police is named
            state.types.setdefault(key, etype)
            state.scoped[short].append((d, 0, key))
            bound_in[short].add(d)
    for short in self_named & set(bound_in):
        if seen_in[short] <= bound_in[short]:
            del state.discovered[short]  # "SOHR" found alone is the body the sources name
