"""A firm named like a person: "Wells Fargo resigned from the alliance", "Morgan Stanley said".

A two- or three-word firm name reads as a personal name, and a verb that a person's name
often takes ("said", "resigned", "died") types it as a person. The rest of the sources then
decides: a name found as a person that the sources never give a person's sign -- a title or
role word before it, an age or "who" after it, "he", "she", "his" or "her" after it in its
sentence or opening the next one, its last word used alone -- and give a firm's sign at
least once is an organisation. A firm's signs: "its" right after the name and one verb
("X cut its", "X said its"; also "X said it would keep its": "it" the name's own pronoun),
never across "that" or a clause ("Sara Lind argued that growth would lose its pace"); the
name before what only a firm has (``firm_possessions`` of ``data/entity_rules.yaml``: "X's
subsidiary"; not what a person also has: employees, clients, a stake, earnings), or right
before ``firm_stock_words`` without "'s" and not as a verb ("X shares rose"; not "X shares
a flat", "X's shares"), before
"which" or before an apposition naming a firm (``firm_nouns`` or an organisation head: "X,
the lender, said"), and the name in a list joined by "and" or "or" with a known organisation
("Citi, X and HSBC"; not an apposition: "the Kelvo Party, X Y") or after a plural noun of
firms ("banks such as X"). A body named like a person has one more sign: a member or an
officer of it in lower case right after the name (``body_member_nouns``: "Sinn Tarvel
leader Ana Ruiz", "Kelvo Brotherhood members"; round ents21).
"""

from __future__ import annotations

import re
from functools import cache

from briefbook.analysis.gazetteer import Gazetteer, Rules
from briefbook.analysis.mentions import Discovery, entity_key
from briefbook.data import load_data

__all__ = ["firms_not_people"]

_PERSON_PRONOUN = re.compile(r"\b(?:he|she|his|her|him|hers|himself|herself)\b", re.IGNORECASE)
_NEXT_PERSON = re.compile(r"^\W*(?:He|She|His|Her)\b")
_AGE_OR_WHO = re.compile(r"^(?:,\s*\d{1,3}\s*[,;)]|,?\s+who\b|,\s+(?:aged|age)\s+\d)")
# "its" right after the name and one verb ("X cut its"), or after "it" and an auxiliary
# with at most two plain words ("X said it would keep its"); no "that", no punctuation
_PLAIN = r"(?!that\b|the\b|a\b|an\b|he\b|she\b|its?\b)[a-z]+"
_ITS_AFTER = re.compile(
    rf"^\s+{_PLAIN}\s+(?:it\s+(?:would|will|had|has|was|is|could|may|might)\s+"
    rf"(?:{_PLAIN}\s+){{0,2}})?its\b"
)
_STOCK_AFTER = re.compile(r"^\s+([a-z]+)(?!\s+(?:a|an|the|his|her|their|its|one|some)\b)")
_WHICH_AFTER = re.compile(r"^,?\s+which\b")
_LIST_GAP = re.compile(r"^(?:,\s*|,?\s+(?:and|or)\s+)$")
_ITEM_BEFORE = re.compile(r"([A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,3})(,\s*|,?\s+(?:and|or)\s+)$")
_ITEM_AFTER = re.compile(r"^(,\s*|,?\s+(?:and|or)\s+)([A-Z][\w&.'-]*(?:\s+[A-Z][\w&.'-]*){0,3})")
_APPOSITION = re.compile(r"^,\s+(?:the|a|an)\s+((?:[\w-]+\s+){0,2}[\w-]+),")
_JOINED = re.compile(r"\b(?:and|or)\b")
_SUCH_AS = re.compile(r"\b([a-z]+s)\s+(?:such as|including|like)\s+(?:[A-Z][\w&.'-]*[\s,]+)*$")
_MAX_WORDS = 3


@cache
def _possessions() -> frozenset[str]:
    """What only a firm has right after its name (``firm_possessions``), lower case."""
    return frozenset(str(w).lower() for w in load_data("entity_rules.yaml")["firm_possessions"])


@cache
def _member_nouns() -> frozenset[str]:
    """Members and officers of a body right after its name (``body_member_nouns``), lower
    case."""
    return frozenset(str(w).lower() for w in load_data("entity_rules.yaml")["body_member_nouns"])


@cache
def _stock_words() -> frozenset[str]:
    """A firm's stock right after its name, without "'s" (``firm_stock_words``), lower
    case."""
    return frozenset(str(w).lower() for w in load_data("entity_rules.yaml")["firm_stock_words"])


@cache
def _firm_nouns() -> frozenset[str]:
    """Nouns of a firm (``firm_nouns``), lower case, singular and plural."""
    nouns = {str(w).lower() for w in load_data("entity_rules.yaml")["firm_nouns"]}
    return frozenset(nouns | {f"{w}s" for w in nouns})


def _firm_apposed(after: str, rules: Rules) -> bool:
    """Whether ``after`` opens with an apposition naming a firm: ", the lender,", ", a
    Kelvo-based bank," (a firm noun or an organisation head within its first three words)."""
    m = _APPOSITION.match(after)
    if not m:
        return False
    return any(w in _firm_nouns() or w in rules.org_heads for w in m.group(1).lower().split())


def _body(name: str, state: Discovery, gaz: Gazetteer) -> bool:
    """Whether ``name`` is an organisation the sources or the gazetteer know."""
    key = state.discovered.get(name)
    if key and state.types.get(key) == "organisation":
        return True
    return any(t.type == "organisation" for t in gaz.surfaces.get(name, ()))


def _signs(
    surfaces: list[str],
    sentences: list[str],
    state: Discovery,
    rules: Rules,
    gaz: Gazetteer,
) -> tuple[bool, bool]:
    """(a person's sign, a firm's sign) of the names ``surfaces`` of one entity in the
    ``sentences`` of one source (module doc)."""
    person = firm = False
    pattern = re.compile(
        r"(?<![\w-])(?:" + "|".join(re.escape(s) for s in surfaces) + r")(?!\w|-\w)"
    )
    titles = rules.titles | rules.core_titles | rules.roles
    last_words = {s.split()[-1] for s in surfaces}
    plurals = {h for h in rules.org_heads if h.endswith("s")} | _firm_nouns()
    for k, text in enumerate(sentences):
        for word in last_words:
            if word not in text:
                continue  # the word is matched as written
            for m in re.finditer(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text):
                before = text[max(0, m.start() - 40) : m.start()].split()
                if not before or not before[-1][:1].isupper() or before[-1].lower() in titles:
                    person = True  # "Whitby was 71", "Mr Whitby": its surname alone
        for m in pattern.finditer(text) if any(s in text for s in surfaces) else ():
            before = text[max(0, m.start() - 30) : m.start()].split()
            after = text[m.end() :]
            if before and before[-1].lower().strip(",") in titles:
                person = True  # "banker Harlan Whitby"
            if text[max(0, m.start() - 2) : m.start()] == ", " and any(
                w.lower().strip(",") in titles
                for w in text[max(0, m.start() - 60) : m.start()].split()[-7:]
            ):
                person = True  # "the leader of the Kelvo Party, Harlan Whitby": apposed
            if _AGE_OR_WHO.match(after):
                person = True
            pronoun = _PERSON_PRONOUN.search(after)
            its = re.search(r"\bits?\b", after)
            if pronoun and (its is None or pronoun.start() < its.start()):
                person = True
            if k + 1 < len(sentences) and _NEXT_PERSON.match(sentences[k + 1]):
                person = True
            word = re.match(r"(?:'s)?\s+([a-z]+)", after)
            stock = _STOCK_AFTER.match(after)
            member = re.match(r"\s+([a-z]+)", after)
            if (
                member
                and member.group(1) in _member_nouns()
                and not (before and before[-1].lower().strip(",") in titles)
            ):
                firm = True  # "Sinn Tarvel leader Ana Ruiz": a body's officer after its name
            if (
                _ITS_AFTER.match(after)
                or _WHICH_AFTER.match(after)
                or _firm_apposed(after, rules)
                or (word and word.group(1) in _possessions())
                or (stock and stock.group(1) in _stock_words())
            ):
                firm = True
            mate_before = _ITEM_BEFORE.search(text, 0, m.start())
            mate_after = _ITEM_AFTER.match(after)
            if (
                mate_before
                and _body(mate_before.group(1), state, gaz)
                and (
                    _JOINED.search(mate_before.group(2))
                    or (mate_after and _JOINED.search(mate_after.group(1)))
                )
            ) or (
                mate_after
                and _body(mate_after.group(2), state, gaz)
                and _JOINED.search(mate_after.group(1))
            ):
                firm = True  # "Citi, Morgan Stanley and HSBC" (not "the Kelvo Party, X Y")
            such = _SUCH_AS.search(text, 0, m.start())
            if such and such.group(1) in plurals:
                firm = True  # "banks such as Morgan Stanley"
    return person, firm


def firms_not_people(
    state: Discovery, texts: list[list[str]], rules: Rules, gaz: Gazetteer
) -> None:
    """Retype as organisations the people of two or three words that the sources give a
    firm's sign and no person's sign (module doc): their surfaces point to the key of an
    organisation of the same name. ``texts`` are the sentences of each source."""
    by_key: dict[str, list[str]] = {}
    for surface, key in state.discovered.items():
        if state.types.get(key) == "person":
            by_key.setdefault(key, []).append(surface)
    for key, surfaces in sorted(by_key.items()):
        names = [s for s in surfaces if 2 <= len(s.split()) <= _MAX_WORDS]
        tails = {s.split()[-1] for s in names}
        if not names or any(s not in names and s not in tails for s in surfaces):
            continue  # a one-word alias of it other than its last word: a nickname, a person's
        person = firm = False
        for d in sorted(state.person_docs.get(key, ())):
            p, f = _signs(names, texts[d], state, rules, gaz)
            person, firm = person or p, firm or f
        if person or not firm:
            continue
        name = max(names, key=lambda s: (len(s), s))
        org = entity_key("organisation", name)
        state.types.setdefault(org, "organisation")
        for surface in surfaces:  # its last word alone too ("Fein" of "Sinn Fein")
            state.discovered[surface] = org
            state.body_words.add(surface.split()[0])
        state.person_docs.pop(key, None)
