"""The checker's predicate rule: a statement keeps what its cited sentences say happened.

Names, numbers and dates can all be right while the verb is wrong: "Vardia welcomed the
ruling [S1.3]" when S1.3 says Vardia condemned it. :func:`predicate_problems` finds the
stance, outcome and event predicates of a statement (verbs and event nouns listed in
``data/predicates.yaml``, in any of their forms, phrases with a few words inside them, "left
12 people dead") and the past verbs outside the lists, and asks its cited sentences for
each:

- **carried**: the same word, a word of its pole ("condemned" for "denounced") or of a
  synonym group that holds it ("struck" for "attacked", "left dead" for "killed"), not
  negated there; a negated word of one pole is its opposite ("did not accept" carries
  "rejected");
- **opposite**: otherwise an opposite-pole word of the evidence fails it, whatever its
  form, both words named ("'welcomed' where S1.3 says 'condemned'"), when both are said of
  one actor: "The Congolese army lost Goma" is no opposite of "M23 captured Goma from the
  Congolese army" (:func:`_actor`: the words before each in its clause; an actor unknown
  is taken as the same, and the pairs of ``across_actors`` oppose any two);
- **another actor**: a carried predicate still fails when the text names its actor and
  every cited sentence that carries it says it of another named actor ("Belvin attacked
  Corvin" where S1.2 says "Tarsk attacked Corvin"); a passive predicate's actor is its
  agent ("the depot was shelled by Tarsk gunners"), to its object, place or time
  (``agent_ends``: "by the US on Tarsk"); a country, its demonym, its capital,
  its seat of power (``head_offices`` of ``data/claims.yaml``: "the Kremlin") and its army
  (a force of ``data/gazetteer.yaml`` with its country: "the PLA") name one actor ("Moscow"
  = "Russian" = "Russia"), and so do a body's name and its initials, across the function
  words of the name too ("MJK" = "the Movement for Justice in Kelvar"), its acronym in
  brackets before the verb part of its actor ("the Tarsk Front (TF) attacked");
- **not carried** (only with ``absent``: drafted lines, which are hidden when they fail;
  never an analyst's judgment, which stops the run: a predicate missing from the evidence
  is most often a paraphrase the lists do not hold, "slapped sanctions" for "imposed
  sanctions", and WordLlama's single-word cosines do not tell such synonyms, 0.08-0.14,
  from other events): otherwise, when it states a past event (a past form after an auxiliary,
  or after its subject, not before "by"; a verb outside the lists also before its object:
  "sank the ferry"), the evidence must carry it: a form of its verb or a word derived from
  it ("deployment"), a negation of it fails it ("did not attack"), and a lower-case word
  of the evidence close to it in WordLlama's embedding space (cosine at least
  ``embedding_threshold``; opposite-pole words left out, since antonyms sit close there)
  carries it. Nouns, present tenses and participles ("a sign of", "eases the pressure",
  "reported by") are the writer's frame: only the opposite test applies to them.

A predicate the statement itself negates ("did not attack") is left to the negation rule.
A copied sentence always passes: each of its predicates is in the evidence as written.
Deterministic; the embedding model is loaded only when a predicate has no word of its own
in the evidence.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cache

import numpy as np

from briefbook.analysis.gazetteer import gazetteer_spellings, whole_names
from briefbook.assessment.relative_days import day_words
from briefbook.assessment.state_actors import body_states, seat_states, titled_leaders
from briefbook.data import load_data

__all__ = ["PredicateHit", "other_verbs", "predicate_hits", "predicate_problems"]

_WORD = re.compile(r"[a-z][a-z'-]*")
_FIGURE_NEXT = r"\s+[\d$]"  # a figure follows: "declined to 40 tonnes", "fell to 31"
_ANY_WORD = re.compile(r"[A-Za-z][A-Za-z'-]*")


@dataclass(frozen=True)
class PredicateHit:
    """One predicate found in a text: its words as written, the lexicon entry (lemma or
    phrase) it is a form of, and whether a negation stands just before it."""

    start: int
    end: int
    shown: str
    entry: str
    negated: bool


@dataclass(frozen=True)
class _Lexicon:
    single: dict[str, str]  # surface form -> entry
    single_re: re.Pattern[str]
    phrases: tuple[tuple[str, re.Pattern[str]], ...]  # (entry, pattern)
    pole: dict[str, frozenset[tuple[int, int]]]  # entry -> {(pair, side)}
    poles: dict[tuple[int, int], frozenset[str]]  # (pair, side) -> entries
    groups: dict[str, frozenset[str]]  # entry -> entries sharing a synonym group with it
    idioms: re.Pattern[str] | None
    negated_before: re.Pattern[str]
    denial: re.Pattern[str]  # "denied that", "rejected claims that": the clause is denied
    threshold: float
    past: dict[str, str]  # irregular past form -> lemma
    irregular: dict[str, frozenset[str]]  # lemma -> its irregular forms
    not_checked: frozenset[str]
    determiners: frozenset[str]
    auxiliaries: frozenset[str]
    not_objects: frozenset[str]
    actor_breaks: frozenset[str]
    actor_ignored: frozenset[str]
    actor_place_before: frozenset[str]
    agent_ends: frozenset[str]
    relative_aside: re.Pattern[str]  # ", who are backed by Iran," closing before the verb
    across_actors: frozenset[int]  # pairs opposed whoever does their acts


def _inflect(lemma: str, irregular: dict[str, list[str]]) -> set[str]:
    """The forms of a verb lemma (or of a noun: its plural), regular and irregular."""
    forms = {lemma, *irregular.get(lemma, [])}
    if lemma.endswith("e"):
        forms |= {lemma + "s", lemma + "d", lemma[:-1] + "ing"}
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        forms |= {lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    elif re.search(r"(?:s|x|z|ch|sh)$", lemma):
        forms |= {lemma + "es", lemma + "ed", lemma + "ing"}
    else:
        forms |= {lemma + "s", lemma + "ed", lemma + "ing"}
        # one vowel before a last consonant may double it: "drop" -> "dropped", "acquit" ->
        # "acquitted" (both spellings kept: the other one never occurs as a word)
        if re.search(r"(?:^|[^aeiou])[aeiou][bdgklmnprt]$", lemma):
            forms |= {lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"}
    if lemma.endswith("ise"):
        us = lemma[:-3] + "ize"
        forms |= {us, us + "s", us + "d", us[:-1] + "ing"}
    return forms


def _phrase_pattern(phrase: str, irregular: dict[str, list[str]]) -> re.Pattern[str]:
    head, *rest = phrase.split()
    heads = "|".join(sorted(map(re.escape, _inflect(head, irregular)), key=len, reverse=True))
    # up to three words of one clause between the parts: "left 12 people dead"
    gap = r"(?:\s+[\w'-]+){0,3}?"
    tail = "".join(gap + r"\s+" + re.escape(w) for w in rest)
    return re.compile(rf"(?<![\w-])(?:{heads}){tail}(?![\w-])")


def _denial_pattern(data: dict, irregular: dict[str, list[str]]) -> re.Pattern[str]:
    """A denial verb's clause ("denied that", "denied", "rejected claims that"), matched as
    the end of the text before a predicate."""
    deny = {"deny", "refute", "dispute"} & {str(w) for w in data["denials"]}
    forms = lambda ws: "|".join(  # noqa: E731
        sorted({f for w in ws for f in _inflect(str(w), irregular)}, key=len, reverse=True)
    )
    objects = "|".join(map(re.escape, (str(w) for w in data["denied_objects"])))
    return re.compile(
        r"(?<![\w-])(?:"
        rf"(?:{forms(deny)})(?:\s+that)?"
        rf"|(?:{forms(data['denials'])})\s+(?:the\s+)?(?:{objects})\s+that"
        r")(?:\s+(?!(?:and|but|then|while|after|before|as|yet)\b)[^\s.;:,]+){0,8}?\s*$"
    )


@cache
def _lexicon() -> _Lexicon:
    data = load_data("predicates.yaml")
    irregular = {str(k): [str(f) for f in v] for k, v in data.get("irregular", {}).items()}
    entries: set[str] = set()
    pole: dict[str, set[tuple[int, int]]] = {}
    poles: dict[tuple[int, int], frozenset[str]] = {}
    for i, pair in enumerate(data["opposites"]):
        for side, words in enumerate(pair):
            poles[(i, side)] = frozenset(str(w) for w in words)
            for w in words:
                pole.setdefault(str(w), set()).add((i, side))
                entries.add(str(w))
    groups: dict[str, set[str]] = {}
    for group in data["synonyms"]:
        members = {str(w) for w in group}
        entries |= members
        for w in members:
            groups.setdefault(w, set()).update(members)
    single: dict[str, str] = {}
    phrases: list[tuple[str, re.Pattern[str]]] = []
    for entry in sorted(entries):
        if " " in entry:
            phrases.append((entry, _phrase_pattern(entry, irregular)))
        else:
            for form in _inflect(entry, irregular):
                single.setdefault(form, entry)
    single_re = re.compile(
        r"(?<![\w-])(?:"
        + "|".join(re.escape(f) for f in sorted(single, key=lambda f: (-len(f), f)))
        + r")(?![\w-])"
    )
    idioms = [str(w) for w in data.get("idioms", [])]
    negators = sorted((str(w) for w in data["negated_before"]), key=len, reverse=True)
    return _Lexicon(
        single=single,
        single_re=single_re,
        phrases=tuple(sorted(phrases, key=lambda p: -len(p[0]))),
        pole={k: frozenset(v) for k, v in pole.items()},
        poles=poles,
        groups={k: frozenset(v) for k, v in groups.items()},
        idioms=(
            # before a figure an idiom's words are no idiom: "declined to 40 tonnes"
            re.compile(
                r"(?<![\w-])(?:"
                + "|".join(map(re.escape, idioms))
                + rf")(?![\w-])(?!{_FIGURE_NEXT})"
            )
            if idioms
            else None
        ),
        negated_before=re.compile(
            r"(?:(?:^|\W)(?:" + "|".join(re.escape(w) for w in negators) + r")|n't)"
            r"(?:\s+[\w'-]+){0,2}?\s*$"
        ),
        denial=_denial_pattern(data, irregular),
        threshold=float(data["embedding_threshold"]),
        past={f: lemma for lemma, forms in irregular.items() for f in forms[:2] if f != lemma},
        irregular={k: frozenset(v) for k, v in irregular.items()},
        not_checked=frozenset(str(w) for w in data["not_checked"]),
        determiners=frozenset(str(w) for w in data["determiners"]),
        auxiliaries=frozenset(str(w) for w in data["auxiliaries"]),
        not_objects=frozenset(str(w) for w in data["not_objects"]),
        actor_breaks=frozenset(str(w) for w in data["actor_breaks"]),
        actor_ignored=frozenset(str(w) for w in data["actor_ignored"]),
        actor_place_before=frozenset(str(w) for w in data["actor_place_before"]),
        agent_ends=frozenset(str(w) for w in data["agent_ends"]),
        relative_aside=re.compile(
            r",\s*(?:"
            + "|".join(re.escape(str(w)) for w in data["actor_relatives"])
            + r")\b[^,]*,\s*$",
            re.IGNORECASE,
        ),
        across_actors=frozenset(
            i for w in data.get("across_actors", []) for i, _ in pole.get(str(w), ())
        ),
    )


def predicate_hits(text: str) -> list[PredicateHit]:
    """The predicates of ``text`` in text order; a phrase wins over the words inside it."""
    lex = _lexicon()
    plain = text.lower().replace("\u2019", "'")
    low = plain
    if lex.idioms is not None:
        low = lex.idioms.sub(lambda m: " " * len(m.group(0)), low)
    spans: list[tuple[int, int, str]] = []
    for entry, pattern in lex.phrases:
        for m in pattern.finditer(low):
            if re.search(r"[.;:!?,()\"]", m.group(0)):
                continue
            if (
                entry.endswith(" to")
                and entry.split()[0] in lex.pole
                and re.match(_FIGURE_NEXT, low[m.end() :])
            ):
                continue  # "fell to 31": a figure falling (its head word), no town taken
            spans.append((m.start(), m.end(), entry))
    for m in lex.single_re.finditer(low):
        spans.append((m.start(), m.end(), lex.single[m.group(0)]))
    # phrases first (longest), then single words outside every phrase taken
    spans.sort(key=lambda s: (-(" " in s[2]), -(s[1] - s[0]), s[0]))
    taken: list[tuple[int, int]] = []
    hits: list[PredicateHit] = []
    for start, end, entry in spans:
        if any(start < b and a < end for a, b in taken):
            continue
        taken.append((start, end))
        before = plain[max(0, start - 30) : start]
        negated = bool(lex.negated_before.search(before)) or bool(
            lex.denial.search(plain[max(0, start - 120) : start])
        )
        hits.append(PredicateHit(start, end, text[start:end], entry, negated))
    return sorted(hits, key=lambda h: h.start)


_PAST = re.compile(r"(?<![\w'-])[a-z]{3,}ed(?![\w'-])|(?<![\w'-])[a-z]+(?![\w'-])")


def other_verbs(text: str, taken: Sequence[PredicateHit]) -> list[tuple[int, str, frozenset[str]]]:
    """(position, word, lemmas it may be a form of) for the finite past verbs of ``text``
    outside the lists: "-ed" words and irregular past forms after an auxiliary ("has
    sunk") or before their object ("sank the ferry", "sank two ferries"), neither negated
    nor one of the verbs ``not_checked``."""
    lex = _lexicon()
    low = text.lower().replace("\u2019", "'")
    out: list[tuple[int, str, frozenset[str]]] = []
    for m in _PAST.finditer(low):
        word = m.group(0)
        if any(h.start <= m.start() < h.end for h in taken):
            continue
        if word in lex.past:
            lemmas = frozenset({lex.past[word]})
        elif word.endswith("ed") and len(word) >= 5:
            stem = word[:-2]
            lemmas = frozenset({stem, stem + "e", stem[:-1], stem[:-1] + "y"} - {""})
        else:
            continue
        if lex.negated_before.search(low[max(0, m.start() - 30) : m.start()]):
            continue
        if word in lex.not_checked or lemmas & lex.not_checked:
            continue
        if not _finite_past(text, m.start(), m.end(), needs_object=True):
            continue
        out.append((m.start(), text[m.start() : m.end()], lemmas))
    return out


def _finite_past(text: str, start: int, end: int, *, needs_object: bool) -> bool:
    """Whether the word at ``start:end`` of ``text`` is a past verb that states an event:
    a past form after an auxiliary ("has captured", "were killed"), or one that follows its
    subject, neither after a determiner ("the armed group") nor before the agent of a
    reduced passive ("reported by"); ``needs_object``: and opens its object ("sank the",
    "sank 12", "raised tariffs"), for verbs outside the lists."""
    lex = _lexicon()
    low = text.lower()
    first = _WORD.match(low, start)
    word = first.group(0) if first else low[start:end]
    if not (word.endswith("ed") or word in lex.past):
        return False
    before = _WORD.findall(low[max(0, start - 40) : start])
    if before and before[-1] in lex.determiners:
        return False
    if any(w in lex.auxiliaries for w in before[-3:]):
        return True
    after = re.match(r"\s*([\w'-]+)", text[end:])
    following = after.group(1) if after else ""
    if following.lower() == "by":
        return False
    if not needs_object:
        return True
    low_next = following.lower()
    return bool(following) and low_next not in lex.not_objects and not low_next.endswith("ly")


def _carried_form(lemmas: frozenset[str], words: set[str]) -> bool:
    """A word of the evidence is a form of one of ``lemmas``, or derived from one of five
    letters or more ("deployment" from "deploy")."""
    lex = _lexicon()
    forms: set[str] = set()
    for lemma in lemmas:
        forms |= _inflect(lemma, {k: list(v) for k, v in lex.irregular.items() if k == lemma})
    if forms & words:
        return True
    long_ = [lem for lem in lemmas if len(lem) >= 5 and lem in forms]
    return any(w.startswith(lem) for lem in long_ for w in words)


def _sides(hit: PredicateHit) -> set[tuple[int, int]]:
    """The poles a hit stands for: its own, or the opposite ones when negated."""
    own = _lexicon().pole.get(hit.entry, frozenset())
    return {(i, 1 - s) for i, s in own} if hit.negated else set(own)


def predicate_problems(
    text: str, evidence: Sequence[tuple[str, str]], *, absent: bool = True
) -> list[tuple[str, str]]:
    """(word, reason) for every predicate of ``text`` its ``evidence`` (id, text) opposes or
    negates, and with ``absent`` also every past event predicate it does not carry; empty
    when none. ``absent=False`` keeps only what the evidence says against the text: a word
    missing from it is often a paraphrase the lists do not hold ("hiked" for "increased",
    "quashed" for "overturned"), which single-word embeddings do not tell from another event.
    """
    lex = _lexicon()
    hits = predicate_hits(text)
    others = other_verbs(text, hits) if absent else []
    if not hits and not others:
        return []
    ev_hits = [(sid, h) for sid, t in evidence for h in predicate_hits(t)]
    ev_text = dict(evidence)
    # a head of state or government the evidence names with his title and state stands for
    # it there ("Russian President Vladimir Putin ... Putin ordered": Russia)
    leaders = titled_leaders(" ".join(ev_text.values()))
    own_actor = {h.start: _actor(text, h.start) for h in hits}
    ev_words = {w for _, t in evidence for w in _WORD.findall(t.lower())}
    # lower-case words only for the embedding: names are the name rule's, and an invented
    # or rare name's vector says nothing of a verb
    ev_common = {
        m.group(0).lower()
        for _, t in evidence
        for m in _ANY_WORD.finditer(t)
        if m.group(0)[0].islower()
    }
    problems: list[tuple[str, str]] = []
    for hit in hits:
        sides = _sides(hit)
        if hit.negated and not sides:
            continue  # "did not attack": the negation rule asks the evidence for one
        support = {hit.entry} | lex.groups.get(hit.entry, frozenset())
        if not hit.negated:
            support |= {w for side in sides for w in lex.poles[side]}
        carriers: list[tuple[str, PredicateHit]] = []
        negated_in: tuple[str, PredicateHit] | None = None
        opposed: tuple[str, PredicateHit] | None = None
        for sid, e in ev_hits:
            e_sides = _sides(e)
            if sides and sides & e_sides:
                carriers.append((sid, e))
            elif not e.negated and not hit.negated and _head_carries(e, hit.entry, sides):
                # "fell to 9 percent" carries "declined" as well as "fell to"
                carriers.append((sid, e))
            elif sides and (against := {(i, 1 - s) for i, s in sides} & e_sides):
                if {i for i, _ in against} & lex.across_actors or _one_actor(
                    own_actor[hit.start], _actor(ev_text[sid], e.start, leaders=leaders)
                ):
                    opposed = opposed or (sid, e)
            elif e.entry in support and not e.negated and not hit.negated:
                carriers.append((sid, e))
            elif e.entry in support and e.negated and not sides:
                negated_in = negated_in or (sid, e)
        if carriers:
            other = (
                None
                if hit.negated or not _finite_past(text, hit.start, hit.end, needs_object=False)
                else _other_actor(
                    _actor(text, hit.start, places=False, end=hit.end),
                    hit.entry,
                    carriers,
                    ev_text,
                    leaders,
                )
            )
            if other is not None:
                sid, e, who = other
                problems.append(
                    (
                        hit.shown,
                        f"actor of '{hit.shown}' where {sid} says '{who} {_shown(e)}' "
                        "(another actor)",
                    )
                )
            continue
        if hit.negated:
            continue  # a negated pole word without its opposite in the evidence: see above
        if opposed is not None:
            sid, e = opposed
            problems.append(
                (hit.shown, f"predicate '{hit.shown}' where {sid} says '{_shown(e)}' (opposite)")
            )
            continue
        if negated_in is not None and _finite_past(text, hit.start, hit.end, needs_object=False):
            sid, e = negated_in
            problems.append((hit.shown, f"predicate '{hit.shown}' is negated in {sid}"))
            continue
        if not absent or hit.shown.lower() in ev_words:
            continue
        if not _finite_past(text, hit.start, hit.end, needs_object=False):
            continue  # a noun, a present or a participle: the writer's frame, opposites only
        opposite = {w for i, s in sides for w in lex.poles[(i, 1 - s)]}
        blocked = {e.shown.lower() for _, e in ev_hits if e.entry in opposite}
        candidates = sorted(ev_common - blocked - _stopwords())
        if _closest(hit.shown.lower(), candidates) >= lex.threshold:
            continue
        problems.append((hit.shown, f"predicate '{hit.shown}' not in {_where(evidence)}"))
    if not absent:
        return problems
    content = sorted(ev_common - _stopwords())
    for _, word, lemmas in others:
        if _carried_form(lemmas, ev_words) or _closest(word.lower(), content) >= lex.threshold:
            continue
        problems.append((word, f"predicate '{word}' not in {_where(evidence)}"))
    return problems


_CLAUSE_END = re.compile(r"[;:()\[\]]")
_BRACKETED_ACRONYM = re.compile(r"\s*\(([A-Z][A-Za-z0-9&/-]{1,11})\)")
# the agent of a passive predicate: "by" and the words after it to the clause's end
_AGENT = re.compile(r"\s+(?:\w+ly\s+)?by\s+([^,;:()\[\].]+)")


def _actor(
    text: str,
    start: int,
    *,
    places: bool = True,
    end: int | None = None,
    leaders: Mapping[str, str] | None = None,
) -> tuple[frozenset[str], frozenset[str]] | None:
    """The actor of the predicate at ``start`` of ``text``: (its names, its content words),
    from the words before it in its clause (``actor_breaks``), lower case; None when it has
    no content word ("it had agreed to") or the predicate is passive ("was rejected": its
    subject is no actor). ``places=False``: a name right after a word of
    ``actor_place_before`` ("A car bomb in Hadra killed") is where, not who: no name; and
    with the predicate's ``end``, a passive predicate's actor is its agent, the words after
    "by" in its clause ("the depot was shelled by Tarsk gunners": Tarsk gunners).
    ``leaders``: persons the evidence names with a head's title and state -> the state
    (:func:`~briefbook.assessment.state_actors.titled_leaders`), who stand for it as its
    seats do."""
    lex = _lexicon()
    # a body's acronym in brackets after its name is part of the actor: "the Movement for
    # Justice in Kelvar (MJK) attacked"
    before = _CLAUSE_END.split(_BRACKETED_ACRONYM.sub(r" \1", text[:start]))[-1]
    if not places and (aside := lex.relative_aside.search(before)):
        before = before[: aside.start()]  # "Houthi rebels, who are backed by Iran, attacked"
    words = _ANY_WORD.findall(before)
    for i in range(len(words) - 1, -1, -1):
        if words[i].lower() in lex.actor_breaks:
            words = words[i + 1 :]
            break
    if words and words[-1].lower() in lex.auxiliaries | {"is", "are", "be", "being"}:
        agent = None if places or end is None else _agent(text, end)
        if agent is None:
            return None
        before = agent
        words = _ANY_WORD.findall(before)
    names: set[str] = set()
    content: set[str] = set()
    # a day or a date before the verb is when, not who ("Yesterday's strikes killed", "The
    # 15 December 2024 strikes killed": the strikes)
    skip = _stopwords() | lex.actor_ignored | lex.determiners | lex.auxiliaries | _time_words()
    states = _states()
    for i, w in enumerate(words):
        low = w.lower().removesuffix("'s").removesuffix("'")
        if low in skip and not (w.isupper() and low in states):
            continue  # "us", but "the US" is a state
        content.add(low)
        if not places and i and words[i - 1].lower() in lex.actor_place_before:
            continue
        if w[0].isupper():
            names.add(low)
            if low in states:  # "Moscow", "Russian": Russia too
                names.add(states[low])
                content.add(states[low])
    # the names read in the actor's own words, after its clause's break: "Putin said Ukraine
    # struck", "The IRGC said Mossad struck": Ukraine, Mossad
    own = " ".join(words)
    seats, seat_states = _seats()
    if seats is not None:  # "the Kremlin", "the Pentagon", "Putin": the state they stand for
        found = {seat_states[m.group(0)] for m in seats.finditer(own)}
        names |= found
        content |= found
    if leaders and (people := whole_names(leaders)) is not None:  # "Putin": Russia
        found = {leaders[m.group(0)].lower() for m in people.finditer(own)}
        names |= found
        content |= found
    if not places:
        # a day named before the verb joins no initials ("On Monday 2 June 2025, drones
        # struck": no "om"; round facts25)
        timeless = _without_times(words)
        same = _same_names(" ".join(timeless), timeless)
        names |= same
        content |= same
    if not content:
        return None
    return frozenset(names), frozenset(content)


def _without_times(words: Sequence[str]) -> list[str]:
    """``words`` without the words and digits of a day or date (:func:`_time_words`) and the
    "on" right before one: "On Monday 2 June 2025 , drones" -> "drones"."""
    times = _time_words()
    kept: list[str] = []
    for i, w in enumerate(words):
        low = w.lower()
        if low in times or low.isdigit():
            continue
        if low == "on" and i + 1 < len(words) and words[i + 1].lower() in times:
            continue
        kept.append(w)
    return kept


def _agent(text: str, end: int) -> str | None:
    """The agent of a passive predicate ending at ``end`` of ``text``: the words after "by",
    to the clause's end, an ``actor_breaks`` word ("by Tarsk gunners after the ceasefire
    ended") or an ``agent_ends`` word opening its object, place or time ("by the US on
    Tarsk", "by Tarsk on Monday"), a body's acronym in brackets after its name read as part
    of it, as before an active verb ("by the Tarsk Liberation Front (TLF)"); None when no
    "by" follows the predicate."""
    found = _AGENT.match(_BRACKETED_ACRONYM.sub(r" \1", text[end:]))
    if found is None:
        return None
    lex = _lexicon()
    stop = lex.actor_breaks | lex.agent_ends
    span = found.group(1)
    for w in _ANY_WORD.finditer(span):
        if w.group(0).lower() in stop:
            return span[: w.start()]
    return span


def _same_names(span: str, words: Sequence[str]) -> set[str]:
    """Other spellings of the names of an actor's ``span`` (its ``words``), lower case, so
    that one body written two ways is one actor: the capitalised parts of a hyphened name
    ("Al-Shabaab": al, shabaab), the initials of a run of capitalised words ("Rapid Support
    Forces": rsf) and the gazetteer's name of a body or force written in it ("SAF",
    "Sudanese army": sudanese armed forces)."""
    out: set[str] = set()
    run: list[str] = []
    determiners = _lexicon().determiners
    for w in [*words, ""]:
        if w.lower() in determiners:
            continue  # "The Rapid Support Forces": rsf
        if "-" in w:
            out |= {p.lower() for p in w.split("-") if p[:1].isupper()}
        if w[:1].isupper() and not w.isupper():
            run.append(w)
            continue
        if len(run) >= 2:
            out.add("".join(r[0] for r in run).lower())
        run = []
    out |= _spanned_initials(words)
    pattern, keys = _bodies()
    if pattern is not None:
        bodies = {keys[m.group(0)] for m in pattern.finditer(span)}
        out |= bodies
        armies = _body_states()
        out |= {armies[b] for b in bodies if b in armies}  # "the PLA": China's army, China
    return out


def _spanned_initials(words: Sequence[str]) -> set[str]:
    """The initials of the capitalised words of a name that spans function words, lower
    case: "the Movement for Justice in Kelvar" -> mjk (its acronym "MJK"); a run of
    capitalised words alone is read by :func:`_same_names`."""
    out: set[str] = set()
    caps: list[str] = []
    spanned = False
    function = _stopwords()
    determiners = _lexicon().determiners
    for w in [*words, ""]:
        if w.lower() in determiners:
            continue  # "The Movement for ...": mjk
        if w[:1].isupper() and not w.isupper():
            caps.append(w)
            continue
        if caps and w.lower() in function:
            spanned = True  # "for", "of", "in" inside the name
            continue
        if spanned and len(caps) >= 2:
            out.add("".join(c[0] for c in caps).lower())
        caps, spanned = [], False
    return out


def _other_actor(
    own: tuple[frozenset[str], frozenset[str]] | None,
    entry: str,
    carriers: Sequence[tuple[str, PredicateHit]],
    ev_text: dict[str, str],
    leaders: Mapping[str, str] | None = None,
) -> tuple[str, PredicateHit, str] | None:
    """(id, hit, its actor's names) of an evidence predicate of the same verb (``entry``)
    that carries the text's when every one that carries it is said of another named actor:
    "Belvin attacked Corvin" cited to "Tarsk attacked Corvin". None when the text names no
    actor (a place after "in" is none: ``actor_place_before``), no cited sentence has the
    same verb, or one carrier's actor is unknown, unnamed ("the attack killed") or the
    text's own (:func:`_one_actor`). ``leaders``: as :func:`_actor` reads them in the
    evidence."""
    if own is None or not own[0]:
        return None
    # verbs that state a past event only: a noun's words before it ("died in shelling") and
    # a present tense are no actor's
    carriers = [
        (sid, e)
        for sid, e in carriers
        if _finite_past(ev_text[sid], e.start, e.end, needs_object=False)
    ]
    if not any(e.entry == entry for _, e in carriers):
        return None  # a synonym only: "six died" carries "killed", of the dead, not the killer
    first: tuple[str, PredicateHit, str] | None = None
    for sid, e in carriers:
        theirs = _actor(ev_text[sid], e.start, places=False, end=e.end, leaders=leaders)
        if theirs is None or not theirs[0] or _one_actor(own, theirs):
            return None
        if first is None and e.entry == entry:
            said = ev_text[sid][: e.start]
            before = _ANY_WORD.findall(said)
            if before and before[-1].lower() in _lexicon().auxiliaries:
                said = _agent(ev_text[sid], e.end) or said  # passive: its agent is who
            names = [w for w in _ANY_WORD.findall(said) if w[0].isupper()]
            first = (sid, e, " ".join(names[-3:]))
    return first


def _one_actor(
    a: tuple[frozenset[str], frozenset[str]] | None, b: tuple[frozenset[str], frozenset[str]] | None
) -> bool:
    """Whether two predicates' actors (:func:`_actor`) may be one: unknown, or sharing a
    word; when both name one (a capitalised word, the first word of a sentence too), a name
    of one among the words of the other ("Prices" and "fuel prices"; not "Belvin forces"
    and "Ostmark forces")."""
    if a is None or b is None:
        return True
    if a[0] and b[0]:
        return any(_stem_match(u, v) for u in a[0] for v in b[1]) or any(
            _stem_match(u, v) for u in b[0] for v in a[1]
        )
    return any(_stem_match(u, v) for u in a[1] for v in b[1])


def _stem_match(u: str, v: str) -> bool:
    """The same word, or two words sharing a stem of five letters ("russia", "russian")."""
    if u == v:
        return True
    n = 0
    for p, q in zip(u, v, strict=False):
        if p != q:
            break
        n += 1
    return n >= 5


def _head_carries(e: PredicateHit, entry: str, sides: set[tuple[int, int]]) -> bool:
    """Whether the head verb of the evidence's phrase ``e`` carries ``entry`` on its own: a
    phrase is read as its head too, for carrying only (never as an opposite)."""
    lex = _lexicon()
    if " " not in e.entry:
        return False
    head = e.entry.split()[0]
    if head not in lex.pole and head not in lex.groups:
        return False
    if head == entry or head in lex.groups.get(entry, frozenset()):
        return True
    return bool(sides & lex.pole.get(head, frozenset()))


def _where(evidence: Sequence[tuple[str, str]]) -> str:
    return ", ".join(dict.fromkeys(sid for sid, _ in evidence)) or "the evidence"


def _shown(hit: PredicateHit) -> str:
    return ("not " if hit.negated else "") + hit.shown


@cache
def _bodies() -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """A pattern of every spelling of an organisation or force of ``data/gazetteer.yaml``
    (the shape of the checker's names: :func:`~briefbook.analysis.gazetteer.whole_names`)
    and of a state's service (``data/services.yaml``: "IRGC") and spelling -> the body's
    name, lower case."""
    keys = {s: name.lower() for s, name in gazetteer_spellings("organisations", "forces").items()}
    for surface in body_states():
        keys.setdefault(surface, surface.lower())
    return whole_names(keys), keys


@cache
def _body_states() -> dict[str, str]:
    """A state's armed force or service, as :func:`_bodies` names it (lower case) -> its
    country's name, lower case: the army and the services act for their state ("the PLA" =
    China, "the IRGC" = Iran; :func:`~briefbook.assessment.state_actors.body_states`)."""
    _, keys = _bodies()
    return {keys.get(s, s.lower()): country.lower() for s, country in body_states().items()}


@cache
def _seats() -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """A pattern of the seats of power that stand for their state (``head_offices`` of
    data/claims.yaml: "Kremlin", "White House"; ``government_seats`` of
    data/state_actors.yaml: "Pentagon", "Downing Street") and name -> its country's name,
    lower case, as a capital stands for it (:func:`_states`)."""
    seats = {k: v.lower() for k, v in seat_states().items()}
    return whole_names(seats), seats


@cache
def _states() -> dict[str, str]:
    """A one-word name of a country, its demonym, alias or capital (``data/gazetteer.yaml``),
    lower case -> the country's name, lower case: an actor named "Moscow", "Russian" or
    "Russia" is one state."""
    out: dict[str, str] = {}
    for row in load_data("gazetteer.yaml")["countries"]:
        country = str(row[0]).lower()
        capital = [row[3]] if len(row) > 3 and row[3] else []
        for surface in [row[0], *row[1], *row[2], *capital]:
            if " " not in str(surface):
                out.setdefault(str(surface).lower(), country)
    return out


@cache
def _time_words() -> frozenset[str]:
    """The words of a day named relative to its source's date ("yesterday", "last night":
    ``days`` of data/relative_days.yaml), the months and weekdays (data/checker.yaml) and
    the digits of a date, lower case: a time in an actor's words names no one."""
    checker = load_data("checker.yaml")
    words = {w for phrase in day_words() for w in phrase.split()}
    words |= {str(w).lower() for w in checker["weekdays"]}
    for month, forms in checker["months"].items():
        words |= {str(month).lower(), *(str(f).lower() for f in forms)}
    return frozenset(words - {"last", "this", "earlier", "may"})


@cache
def _stopwords() -> frozenset[str]:
    text = load_data("text.yaml")
    return frozenset(str(w).lower() for w in text["function_words"])


_VECTORS: dict[str, np.ndarray] = {}


def _closest(word: str, candidates: Sequence[str]) -> float:
    """The highest cosine between ``word`` and a candidate word (WordLlama)."""
    if not candidates:
        return 0.0
    from briefbook.analysis.embeddings import embed

    missing = [w for w in (word, *candidates) if w not in _VECTORS]
    if missing:
        for w, v in zip(missing, embed(missing), strict=True):
            _VECTORS[w] = v
    target = _VECTORS[word]
    return float(max(np.dot(target, _VECTORS[c]) for c in candidates))
