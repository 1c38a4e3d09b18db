"""Two spellings of one person's name in a source: "Mohammed al-Rashidi" and "Muhammad Al
Rashidi", "Yousef Haddad" and "Yusuf Haddad".

Sources transliterate Arabic, Persian and Turkish names several ways. Two people of one
source are one person when their surnames are the same but for the article and its joint
("al-Rashidi", "Al Rashidi", "al Rashidi") and accents, and each of their other words spell
one name by :func:`~briefbook.analysis.names.given_key`: the same after folding accents, or
two spellings of one transliteration group of ``data/given_name_variants.yaml``
("Mohammed" and "Muhammad", "Yousef" and "Yusuf"; not "Hamid" and "Hamad", "Jamal" and
"Jamil", "Colin" and "Colleen"). Never when the source writes both spellings in one
sentence ("Yousef Haddad met Yusuf Haddad") or a kinship noun (``kin_nouns`` of
``data/entity_rules.yaml``: brother, cousin, wife ...) in the sentences from one to the
other within a paragraph ("Mohammed Tarsi is 34. Muhammad Tarsi, their cousin, ...").
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence

from briefbook.analysis.mentions import Discovery
from briefbook.analysis.names import ARTICLE, fold, given_key

__all__ = [
    "merge_middle_slips",
    "merge_spaced_spellings",
    "merge_spellings_of_people",
    "surname_key",
]

_ARTICLE = re.compile(rf"^{ARTICLE}[- ]", re.IGNORECASE)


def surname_key(surname: str) -> str:
    """A surname without its Arabic article and accents: "al-Rashidi", "Al Rashidi" and
    "Rashidi" -> "rashidi"."""
    return fold(_ARTICLE.sub("", surname)).replace(" ", "")


def _parts(name: str) -> tuple[tuple[str, ...], str] | None:
    """(the keys of the words before the surname, the surname's key) of a name of two words
    or more; an article written apart ("Al Rashidi") belongs to the surname. None for a name
    of one word or with nothing before its surname."""
    words = name.split()
    if len(words) < 2:
        return None
    surname = words[-1]
    if len(words) > 2 and _ARTICLE.match(words[-2] + "-"):
        words, surname = words[:-1], f"{words[-2]} {surname}"
    given = words[:-1]
    if all(_ARTICLE.match(w + "-") for w in given):
        return None  # "al Rashidi": a surname alone
    return tuple(given_key(w) for w in given), surname_key(surname)


def _apart(
    names: tuple[list[str], list[str]],
    sentences: Sequence[str],
    paragraphs: Sequence[int],
    kin: frozenset[str],
) -> bool:
    """Whether the source writes a name of each list in one sentence, or a kinship noun
    of ``kin`` (or its plural) in the sentences from one to the other within one paragraph
    (module doc)."""
    where = [
        [k for k, text in enumerate(sentences) if any(n in text for n in group)] for group in names
    ]
    for i in where[0]:
        for j in where[1]:
            if i == j:
                return True
            lo, hi = min(i, j), max(i, j)
            if paragraphs[lo] != paragraphs[hi]:
                continue
            words = {
                w.lower().removesuffix("s")
                for text in sentences[lo : hi + 1]
                for w in _WORD.findall(text)
            }
            if words & kin:
                return True
    return False


_WORD = re.compile(r"[A-Za-z-]+")
_SLIP_FROM = 5  # letters: a shorter middle name differing by a letter is another name


def _one_letter(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` differ by one letter added, dropped or changed
    ("Clothaire" and "Clotaire"), both of ``_SLIP_FROM`` letters or more."""
    if a == b or min(len(a), len(b)) < _SLIP_FROM or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = sorted((a, b), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def merge_middle_slips(
    state: Discovery,
    texts: Sequence[Sequence[str]],
    paragraphs: Sequence[Sequence[int]],
    kin: frozenset[str],
) -> None:
    """Join two people of one source whose names of three words or more are the same but
    for one middle word spelled with one letter more, less or other ("Brevo Clothaire Tessa
    Nguema" and "Brevo Clotaire Tessa Nguema"): the later key (sorted) points to the first,
    so that the name without its middle words ("Brevo Tessa Nguema") finds one fuller
    name. Not when the source keeps them apart (:func:`_apart`), nor a first or last word
    ("Karim" and "Karin" name two people)."""
    people = {n: k for n, k in state.discovered.items() if state.types.get(k) == "person"}
    remap: dict[str, str] = {}
    long_names = [(n.split(), k) for n, k in people.items() if len(n.split()) >= 3]
    for words, key in long_names:
        for other, okey in long_names:
            if okey <= key or len(other) != len(words) or words[0] != other[0]:
                continue
            if words[-1] != other[-1]:
                continue
            diff = [(a, b) for a, b in zip(words, other, strict=True) if a != b]
            if len(diff) != 1 or not _one_letter(fold(diff[0][0]), fold(diff[0][1])):
                continue
            docs = state.person_docs.get(key, set()) & state.person_docs.get(okey, set())
            if not docs or any(
                d < len(texts)
                and _apart(([" ".join(words)], [" ".join(other)]), texts[d], paragraphs[d], kin)
                for d in docs
            ):
                continue
            remap.setdefault(okey, remap.get(key, key))
    for surface, key in list(state.discovered.items()):
        if key in remap:
            state.discovered[surface] = remap[key]
    for key, target in remap.items():
        state.person_docs[target] |= state.person_docs.get(key, set())


def merge_spellings_of_people(
    state: Discovery,
    listed: Iterable[tuple[str, str]] = (),
    texts: Sequence[Sequence[str]] = (),
    paragraphs: Sequence[Sequence[int]] = (),
    kin: frozenset[str] = frozenset(),
) -> None:
    """Join the people of one source whose names spell one name (module doc): the surfaces
    of each later spelling point to the key of the first (in sorted order of the keys). Left
    alone when three spellings or more would join (two brothers named "Mohammed Haddad" and
    "Muhammad Haddad" are rare, three spellings of one name rarer still). A person found in
    the sources who spells the name of one well-known person of ``listed`` ((full name,
    key) pairs of the gazetteer's people) is that person, in every source: "Muhammad bin
    Salman" is Mohammed bin Salman. ``texts`` are the sentences of each source and
    ``paragraphs`` the paragraph of each; ``kin`` the kinship nouns, lower case (module
    doc); without texts, no spellings are kept apart."""
    people = {n: k for n, k in state.discovered.items() if state.types.get(k) == "person"}
    known: dict[tuple[tuple[str, ...], str], set[str]] = defaultdict(set)
    for name, key in listed:
        parts = _parts(name)
        if parts is not None:
            known[parts].add(key)
    to_known: dict[str, str] = {}
    for name, key in people.items():
        keys = known.get(_parts(name) or ((), ""), set())
        if len(keys) == 1 and key not in keys:
            to_known[key] = next(iter(keys))
    for surface, key in list(state.discovered.items()):
        if key in to_known:
            state.discovered[surface] = to_known[key]
            state.types.setdefault(to_known[key], "person")
    for key, target in to_known.items():
        state.person_docs[target] |= state.person_docs.get(key, set())
    people = {n: k for n, k in state.discovered.items() if state.types.get(k) == "person"}
    groups: dict[tuple[int, tuple[tuple[str, ...], str]], set[str]] = defaultdict(set)
    for name, key in people.items():
        parts = _parts(name)
        if parts is None:
            continue
        for d in state.person_docs.get(key, ()):
            groups[(d, parts)].add(key)
    surfaces: dict[str, list[str]] = defaultdict(list)
    for name, key in people.items():
        if " " in name:
            surfaces[key].append(name)
    remap: dict[str, str] = {}
    for (d, _), keys in sorted(groups.items()):
        if len(keys) != 2:
            continue
        first, other = sorted(keys)
        if d < len(texts) and _apart(
            (surfaces[first], surfaces[other]), texts[d], paragraphs[d], kin
        ):
            continue
        remap.setdefault(other, remap.get(first, first))
    if not remap:
        return
    for surface, key in list(state.discovered.items()):
        if key in remap:
            state.discovered[surface] = remap[key]
    for key, target in remap.items():
        state.person_docs[target] |= state.person_docs.get(key, set())


def merge_spaced_spellings(state: Discovery) -> None:
    """Join two people of the sources whose names are one name letter for letter but for the
    spaces and hyphens between its parts: a compound family name written apart by one outlet
    and joined by another ("Yemane Gebre Meskel" and "Yemane Gebremeskel", "Abdel Rahman
    Kiro" and "Abdelrahman Kiro"). Names of two words or more on each side, accents and case
    aside; left alone when three people or more would join. The surfaces of the later key (in
    sorted order) point to the first. Round trialB27."""
    groups: dict[str, set[str]] = defaultdict(set)
    for name, key in state.discovered.items():
        if state.types.get(key) != "person" or " " not in name.strip():
            continue
        letters = re.sub(r"[\s\-‐‑]+", "", fold(name))
        if len(letters) >= 8:
            groups[letters].add(key)
    remap: dict[str, str] = {}
    for keys in groups.values():
        if len(keys) == 2:
            first, other = sorted(keys)
            remap[other] = first
    for surface, key in list(state.discovered.items()):
        if key in remap:
            state.discovered[surface] = remap[key]
    for key, target in remap.items():
        state.person_docs[target] |= state.person_docs.get(key, set())
