"""Hedges, attribution and modality of one sentence (rules over cue lists in data/cues.yaml)."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from briefbook.analysis.gazetteer import gazetteer, rules
from briefbook.analysis.numbers import find_quantities, relative_day_words, weekdays
from briefbook.data import load_data
from briefbook.text import CURLY_QUOTES, alternation, unique

PRONOUNS = frozenset(
    ["he", "she", "they", "it", "we", "i", "you", "this", "that", "these", "those", "who", "which"]
    + ["him", "her", "them", "us", "me"]
)
_ADVERBS = frozenset(
    [
        "also",
        "already",
        "previously",
        "repeatedly",
        "earlier",
        "later",
        "again",
        "further",
        "publicly",
        "recently",
        "has",
        "have",
        "had",
        "had,",
        "then",
        "now",
        "still",
        "once",
        "long",
        "formally",
        "officially",
        "separately",
        "reportedly",
        "allegedly",
        "initially",
        "subsequently",
    ]
)
_CONNECTORS = frozenset(["of", "the", "and", "for", "de", "al", "bin", "del", "da", "von", "van"])
_MONTHS = frozenset(
    [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ]
)


@cache
def _day_words() -> frozenset[str]:
    """Weekdays and the days named from the report's own ("today", "yesterday", "tonight"),
    lower case (``weekdays`` of ``data/numbers.yaml``, :func:`relative_day_words`; the words
    are read one token at a time, so only the one-word ones match)."""
    return weekdays() | relative_day_words()


# Words that end a person's name when walking back from "said Title ... Name".
TITLE_WORDS = frozenset(
    [
        "president",
        "vice",
        "prime",
        "minister",
        "secretary",
        "general",
        "gen.",
        "lt.",
        "col.",
        "maj.",
        "adm.",
        "commander",
        "chairman",
        "chair",
        "chairwoman",
        "director",
        "mr.",
        "mrs.",
        "ms.",
        "dr.",
        "sen.",
        "senator",
        "rep.",
        "representative",
        "ambassador",
        "king",
        "queen",
        "prince",
        "princess",
        "crown",
        "sheikh",
        "supreme",
        "leader",
        "chancellor",
        "governor",
        "mayor",
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "envoy",
        "pope",
        "judge",
        "justice",
        "sgt.",
        "capt.",
        "captain",
        "colonel",
        "major",
        "lieutenant",
        "admiral",
        "marshal",
        "field",
        "chief",
        "deputy",
        "acting",
        "under",
        "foreign",
        "defense",
        "defence",
        "interior",
        "finance",
        "ayatollah",
        "emir",
        "sultan",
        "premier",
        "pres.",
        "treasury",
        "state",
        "head",
        "officer",
        "assistant",
        "senior",
        "special",
        "adviser",
        "advisor",
        "counsel",
        "attorney",
        "minister,",
        "spokesman,",
        "lt",
        "gen",
        "brig.",
        "brigadier",
        "commissioner",
        "inspector",
        "secretary-general",
        "undersecretary",
    ]
)
_HEAD_STOP = frozenset(
    [
        "intelligence",
        "office",
        "department",
        "ministry",
        "agency",
        "bureau",
        "council",
        "committee",
        "commission",
        "service",
        "services",
        "forces",
        "force",
        "army",
        "navy",
        "command",
        "corps",
    ]
)


def _cue_pattern(cues: list[str]) -> re.Pattern[str]:
    body = alternation(c.lower().strip() for c in cues)
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])", re.IGNORECASE)


@cache
def _patterns() -> dict[str, re.Pattern[str]]:
    cues = load_data("cues.yaml")
    return {
        key: _cue_pattern(cues[key])
        for key in ("hedges", "sentence_hedges", "probabilistic", "forward")
    }


@cache
def _cue_set(key: str) -> frozenset[str]:
    return frozenset(c.lower() for c in load_data("cues.yaml")[key])


def _is_month_may(text: str, start: int, word: str) -> bool:
    """``May`` the month, not the modal: capitalised and not sentence-initial, or before a digit."""
    if word.lower() != "may":
        return False
    after = text[start + 3 : start + 8].lstrip()
    if after[:1].isdigit():
        return True
    return word == "May" and text[:start].strip() != ""


def _is_noun_will(text: str, start: int, word: str) -> bool:
    if word.lower() != "will":
        return False
    before = text[max(0, start - 12) : start].lower().split()
    after = text[start + 4 : start + 8].lower()
    return (
        word == "Will"
        or after.startswith(" of")
        or (
            bool(before)
            and before[-1]
            in {"the", "political", "good", "free", "own", "his", "her", "their", "its", "a"}
        )
    )


@cache
def _claim_other_sense() -> tuple[frozenset[str], re.Pattern[str]]:
    """(the "claim" verbs, what follows one in a sense that reports no one's word):
    ``claim_verbs`` and ``claim_other_objects`` of ``data/cues.yaml``."""
    cues = load_data("cues.yaml")
    verbs = frozenset(str(v).lower() for v in cues["claim_verbs"])
    objects = alternation(str(o).lower() for o in cues["claim_other_objects"])
    counts = alternation(
        [str(w).lower() for w in cues["claim_count_words"]]
        + [str(w).lower() for w in load_data("numbers.yaml")["number_words"]]
    )
    # the object with a verb of its own after it is the subject of a clause reported ("rebels
    # claimed 26 lives were lost"): the claim is someone's word again
    own_verb = alternation(str(w).lower() for w in cues["claim_clause_verbs"])
    after = re.compile(
        rf"\s+(?:(?:{counts}|\d[\d,.]*)\s+){{0,4}}(?:{objects})(?![\w-])"
        rf"(?!\s+(?:[a-z]+ly\s+)?(?:{own_verb})(?![\w-]))",
        re.I,
    )
    return verbs, after


def claim_in_other_sense(text: str, end: int, word: str) -> bool:
    """Whether the "claim" verb ``word`` ending at ``end`` of ``text`` takes a toll or a
    responsibility ("the attack claimed 26 lives", "claiming the lives of five", "the group
    claimed responsibility"): it then reports what happened or who owned it, not anyone's
    word, and is no hedge, no sourcing doubt and no speaking. Only when the toll is the
    verb's object: with a verb of its own after it ("rebels claimed 26 lives were lost",
    ``claim_clause_verbs`` of data/cues.yaml) it is a clause claimed, and hedges."""
    verbs, after = _claim_other_sense()
    return word.lower() in verbs and after.match(text, end) is not None


_NAME_BEFORE = re.compile(r"(?:^|\s)[A-Z][\w'’.-]*\s+$")
_LONG_WORD = re.compile(r"[^\W\d_][\w'’-]{3,}")


def _in_name(text: str, start: int, word: str) -> bool:
    """Whether the cue ``word`` at ``start`` is the last word of a proper name: capitalised,
    not opening the sentence, right after another capitalised word ("Human Rights Watch",
    "Early Warning Watch"), in a sentence that is not written in title case (a headline's
    "Rebels Could Retake Town" keeps its cue)."""
    if not word[:1].isupper() or not text[:start].strip():
        return False
    if not _NAME_BEFORE.search(text[:start]):
        return False
    words = _LONG_WORD.findall(text)
    caps = sum(w[0].isupper() for w in words)
    return caps < 0.6 * len(words)


def find_cues(text: str, kind: str) -> list[tuple[int, int, str]]:
    """(start, end, cue) of the ``kind`` cues ("hedges", "forward", ...) found in ``text``.
    "claimed" in the sense of a toll or a responsibility (:func:`claim_in_other_sense`) is
    no cue, nor is a cue word that ends a proper name (:func:`_in_name`: the "Watch" of
    "Human Rights Watch")."""
    text = text.translate(CURLY_QUOTES)
    out: list[tuple[int, int, str]] = []
    for m in _patterns()[kind].finditer(text):
        word = m.group(0)
        if _is_month_may(text, m.start(), word) or _is_noun_will(text, m.start(), word):
            continue
        if " " not in word and _in_name(text, m.start(), word):
            continue
        if claim_in_other_sense(text, m.end(), word):
            continue
        out.append((m.start(), m.end(), " ".join(word.lower().split())))
    return out


def find_hedges(text: str) -> list[str]:
    """Hedge cues of ``text``, lower-case, unique, in order of appearance."""
    return unique([cue for _, _, cue in find_cues(text, "hedges")])


def is_probabilistic(text: str) -> bool:
    """Whether ``text`` uses modal or likelihood language (may, could, likely, potential...)."""
    return bool(find_cues(text, "probabilistic"))


def is_forward(text: str) -> bool:
    """Whether ``text`` looks ahead (will, expected to, plans to, must monitor, next...), or
    sets a deadline ahead for an act still to come (:func:`deadline_ahead`)."""
    return bool(find_cues(text, "forward")) or deadline_ahead(text)


@cache
def _deadline() -> re.Pattern[str]:
    """The shapes of a deadline ahead: ``deadline_*`` of data/cues.yaml with the months of
    data/numbers.yaml (:func:`deadline_ahead`)."""
    cues = load_data("cues.yaml")
    months = alternation(str(w).lower() for w in load_data("numbers.yaml")["months"])
    intents = alternation(str(w).lower() for w in cues["deadline_intents"])
    links = alternation(str(w).lower() for w in cues["deadline_links"])
    spans = alternation(str(w).lower() for w in cues["deadline_spans"])
    times = alternation(str(w).lower() for w in cues["deadline_times"])
    havers = alternation(str(w).lower() for w in cues["deadline_havers"])
    # the time: a year, a month (perhaps its day and year), or a named time
    when = (
        rf"(?:(?:{spans})\s+)?(?:(?:early|late|mid-?)\s*)?"
        rf"(?:(?:19|20)\d\d|(?:{months})(?:\s+\d{{1,2}})?(?:,?\s+(?:19|20)\d\d)?|{times})"
        r"(?![\w-])"
    )
    # an infinitive: "to", perhaps an adverb, a verb (not a determiner or a pronoun: "sent
    # troops to the border", "to them")
    verb = (
        r"to\s+(?:[a-z]+ly\s+)?(?!(?:the|a|an|its|their|his|her|this|that|these|those|our|"
        r"my|your|some|any|all|each|both|them|him|us|me|it|power|date)(?![\w-]))[a-z]+(?![\w-])"
    )
    return re.compile(
        rf"(?<![\w-])(?:(?:{intents})\s+(?:[\w'-]+\s+){{0,4}}?{verb}[^.;:!?]{{0,120}}?"
        rf"(?<![\w-])(?:{links})\s+{when}"
        rf"|to\s+be\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en|wn|ne|lt|ught)\s+(?:{links})\s+{when}"
        rf"|(?:{havers})\s+(?:[\w'-]+\s+){{0,3}}?until\s+{when}\s+{verb})",
        re.I,
    )


def deadline_ahead(text: str) -> bool:
    """Whether ``text`` sets a deadline for an act still to come: an intention, a pledge or a
    plan with its infinitive and the time it is to be done by ("Ostland plans to deploy a
    battalion by 2027", "has promised to hold elections before the end of the year"), a
    passive infinitive with its deadline ("a base to be finished by 2028"), or the time an
    actor has until ("has until 2027 to disarm"). A past act dated by such a time ("By
    2021 the rebels had captured the port", "Troops left before the end of the year") is
    none. Whether the time has passed is the issue date's question
    (``assessment.occasions.looked_ahead_day``)."""
    return _deadline().search(text.translate(CURLY_QUOTES).replace("’", "'")) is not None


# --- attribution --------------------------------------------------------------------------

_TOKEN = re.compile(r"\S+")


def _clean_token(tok: str) -> str:
    return tok.strip("\"'()[]“”‘’")


# a name opened by a lower-case particle and a hyphen: "al-Burhan", "el-Sisi", "bin-Zayed"
_PARTICLE_NAME = re.compile(r"(?:al|el|ad|ar|as|ash|at|az|an|ud|ul|ibn|bin|ben|abu|abd)-[A-Z]")


def _name_link(tok: str) -> bool:
    """Whether ``tok`` is a particle of a personal name written in lower case between two of
    its capitalised words ("ould" of "Mohamed ould Abdelaziz", "ag" of "Iyad ag Ghaly", "bin",
    "de": ``name_particles`` of ``data/entity_rules.yaml``); a capitalised "AG" or "De" is no
    particle here."""
    return tok.islower() and tok in rules().particles


def _is_cap(tok: str) -> bool:
    t = _clean_token(tok)
    return bool(t) and (
        t[0].isupper()
        or (t[0].isdigit() and t[-2:] in {"th", "st", "nd", "rd"})
        or _PARTICLE_NAME.match(t) is not None
    )


_ADJECTIVAL = re.compile(
    r"(?i:\b(?:a|an|the|its|their|his|her|our|in|of|for|on|with|these|those|this|such)\s+)$"
    # a possessive noun: "over Ostland's reported use of force", "the rebels' claimed gains"
    r"|\b[A-Za-z][\w-]*(?:'s|s')\s+$"
)


# a possessive noun right before a speech participle ("Ostland's reported toll")
_POSSESSOR = re.compile(r"\b([A-Za-z][\w-]*?)(?:'s|s')\s+$")


@cache
def _figure_nouns() -> str:
    """An alternation of ``possessed_figures`` of data/cues.yaml: the nouns of a figure whose
    possessor is its source ("Ostland's reported toll")."""
    words = sorted(load_data("cues.yaml")["possessed_figures"], key=len, reverse=True)
    return "|".join(re.escape(str(w)).replace(r"\ ", r"\s+") for w in words)


def _strip_np(words: list[str]) -> str | None:
    while words and _clean_token(words[0]).lower() in _cue_set("clause_openers"):
        words = words[1:]
    while words and words[0].lower() in _CONNECTORS | {"a", "an"}:
        if len(words) > 2 and words[0][:1].isupper() and _name_link(words[1]):
            break  # "Van der Berg": the particle opens the name
        words = words[1:]
    while words and words[-1].lower() in _CONNECTORS:
        words = words[:-1]
    if not words:
        return None
    text = " ".join(words)
    text = re.sub(r"\s*\([^)]*\)\s*$", "", text).strip(" ,;:\"'“”")
    if text.endswith(".") and not re.search(r"(?:\b[A-Z]\.|\b[A-Z][a-z]?\.|\.[A-Z]\.)$", text):
        text = text[:-1]
    if not text or _is_pronoun(text):
        return None
    return text


def _is_pronoun(word: str) -> bool:
    """Whether ``word`` is a pronoun; one written in capitals is an acronym ("the WHO",
    "(WHO)": the World Health Organization, never "who"; round claims22)."""
    core = word.strip("()[],;:\"'“”")
    return core.lower() in PRONOUNS and not (len(core) >= 2 and core.isupper())


@cache
def _posting() -> re.Pattern[str]:
    nouns = alternation(sorted(_cue_set("posted_nouns")))
    return re.compile(
        rf"(?:^|(?<=[\s,]))((?:(?:[A-Z][\w.'’-]*|[Tt]he|[Aa]n?)\s+){{0,3}}(?i:{nouns})\s+to\s+"
        rf"(?:the\s+)?(?:[\w'’-]+\s+){{0,2}}[\w'’-]+)\s*$"
    )


def _posted_speaker(prefix: str) -> str | None:
    """A diplomat named with the country of the posting that ends ``prefix`` ("Dorvia's
    ambassador to the kingdom" -> that phrase, "the" dropped), or None."""
    m = _posting().search(prefix)
    if not m or not m.group(1)[:1].isalpha():
        return None
    return re.sub(r"^(?:the|a|an)\s+", "", m.group(1), flags=re.IGNORECASE)


@cache
def _companions() -> re.Pattern[str]:
    """ "and its partners", "and their allies" closing a subject: unnamed companions of the
    body before them (``companion_nouns`` of data/cues.yaml)."""
    nouns = alternation(sorted(_cue_set("companion_nouns")))
    return re.compile(
        r"\s+and\s+(?:its|their|his|her)\s+(?:[a-z]+\s+)?(?:" + nouns + r")\s*$", re.I
    )


def subject_before(prefix: str) -> tuple[str | None, bool]:
    """The noun phrase that ends ``prefix`` (the subject of a following verb).

    Returns (subject, is_pronoun).
    """
    if re.search(r"[\"”]\s*,?\s*$|,\s*[\"”]\s*$", prefix):
        return None, False  # the text before the verb is a quotation, not its source
    prefix = re.sub(r"[,\s]+(?:which|who|that)\s*$", "", prefix.rstrip())
    prefix = _companions().sub("", prefix)  # "the WHO and its partners": the WHO
    if posted := _posted_speaker(prefix):
        return posted, False
    tokens = _TOKEN.findall(prefix)
    # drop auxiliaries, adverbs and "on Tuesday" between subject and verb
    while tokens:
        low = tokens[-1].lower().strip(",")
        if low in _ADVERBS or low in {"in", "a", "statement"}:
            tokens.pop()
        elif (
            low in _day_words()
            and len(tokens) >= 2
            and tokens[-2].lower() in {"on", "late", "early"}
        ):
            del tokens[-2:]
        elif low in _day_words():
            tokens.pop()
        else:
            break
    prefix2 = " ".join(tokens)
    prefix2 = re.sub(r"[,\s]+(?:which|who|that)\s*$", "", prefix2)
    tokens = _TOKEN.findall(prefix2)
    if tokens:
        tokens[-1] = tokens[-1].rstrip(",")
    if not tokens:
        return None, False
    last = _clean_token(tokens[-1]).lower()
    if _is_pronoun(_clean_token(tokens[-1])):
        return None, True
    words: list[str] = []
    if _is_cap(tokens[-1]) or tokens[-1].startswith("("):
        i = len(tokens) - 1
        while i >= 0:
            tok = tokens[i]
            if i < len(tokens) - 1 and tok.endswith((",", ";", ":", "—", '"', "”")):
                break  # a comma or a closing quotation mark ends the subject's run
            clean = _clean_token(tok)
            if (
                _is_cap(tok)
                or tok.startswith("(")
                or (clean.lower() in _CONNECTORS and i > 0 and words)
                or (words and _name_link(tok) and i > 0 and _is_cap(tokens[i - 1]))
            ):
                words.insert(0, tok)
                i -= 1
                continue
            break
        if words and words[0].rstrip(",").lower() in {"the", "however", "but", "and"}:
            words = words[1:]
        located = _located_subject(tokens, i, words)
        if located:
            return located, False
        # a parenthesised acronym after a body's name ("the Dorvia Defence Force (DDF)")
        # is no personal name after a body's word
        core = words[:-1] if len(words) > 1 and words[-1].startswith("(") else words
        tail = _person_tail(core)
        return _strip_np(tail or words), False
    sources = _cue_set("source_nouns")
    heads, kinds = _cue_set("document_heads"), _cue_set("document_kinds")
    # a plural noun of report with its modifier ("Alternative reports", "local estimates")
    reports = last in _cue_set("attribution_nouns") and last.endswith("s")
    if (
        last in sources
        or reports
        or (last in heads and len(tokens) > 1 and tokens[-2].lower() in kinds)
    ):
        i = len(tokens) - 1
        words = [tokens[i]]
        i -= 1
        while i >= 0 and len(words) < 6:
            tok = tokens[i]
            low = tok.lower()
            if tok.endswith((",", ";", ":")) or low in {"the", "a", "an"}:
                break
            if low in kinds and _clean_token(words[0]).lower() in heads | kinds:
                words.insert(0, tok)  # "a policy paper": the document's kind
                i -= 1
                continue
            if low == "and" and i > 0 and tokens[i - 1].lower() in sources:
                # "police and medics said": two sources of one statement
                words.insert(0, tok)
                i -= 1
                continue
            if (
                _is_cap(tok)
                or low in sources  # "Dorvia's army spokesman", "police and medics"
                or low.endswith(("ian", "ese", "ish", "i", "an", "'s"))
                or low
                in {
                    "defense",
                    "defence",
                    "foreign",
                    "military",
                    "senior",
                    "local",
                    "government",
                    "interior",
                    "health",
                    "intelligence",
                    "security",
                    "state",
                    "u.s.",
                    "western",
                    "hospital",
                    "emergency",
                    "rescue",
                    "border",
                    "medical",
                    "aid",
                    "village",
                    "community",
                    "district",
                    "provincial",
                    "regional",
                    "tribal",
                    "camp",
                }
            ):
                words.insert(0, tok)
                i -= 1
                continue
            break
        if len(words) == 1 and _is_body(words[0]) and (named := _modified_body(tokens, i)):
            # "the civil protection agency said", "the state news agency": the body in full,
            # not a bare "agency" that any other agency would merge with (round claims23r)
            words = [*named, *words]
        if reports and last not in sources and len(words) < 2:
            return None, False  # "the reports said": no one named (round claims23r)
        if reports and _clean_token(words[-2]).lower() in sources:
            return _strip_np(words[:-1]), False  # "Police reports say": the police
        if last in heads and len(words) > 1 and _clean_token(words[-2]).lower() in kinds:
            # "the Velan Institute's policy paper": its author; else the document in full
            owner = next((k for k, w in enumerate(words) if w.endswith(("'s", "’s"))), None)
            if owner is not None:
                return _strip_np([*words[:owner], re.sub(r"['’]s$", "", words[owner])]), False
            if words[0].lower() in kinds:
                return _strip_np(words), False
        # "a senior officer from the northern command": the person the body only places
        for k in range(i, max(0, i - 3), -1):
            if tokens[k].endswith((",", ";", ":")):
                break
            if tokens[k].lower() not in {"from", "of", "at", "with", "in", "for"}:
                continue
            for j in range(k - 1, max(-1, k - 4), -1):
                if tokens[j].endswith((",", ";", ":")):
                    break
                if _clean_token(tokens[j]).lower() in sources:
                    return _strip_np([*tokens[j : i + 1], *words]), False
            break
        return _strip_np(words), False
    return None, False


# words between an article and a body's head that are no modifier of its name
_NOT_MODIFIERS = frozenset(
    ["two", "three", "four", "both", "all", "some", "other", "same", "new", "latest", "own"]
)


def _modified_body(tokens: list[str], i: int) -> list[str]:
    """The lower-case words between an article and the body's head at ``tokens[i + 1]``
    ("the civil protection agency": civil, protection), at most three, letters only; empty
    when no article opens them, a word is no modifier (a quantifier, "other") or an adverb
    or verb form stands among them ("the attack the agency": attack is no modifier of it,
    since an article stands between)."""
    k = i
    while (
        k >= 0
        and i - k < 3
        and re.fullmatch(r"[a-z]+", tokens[k])
        and tokens[k] not in {"the", "a", "an"}
    ):
        k -= 1
    if k == i or k < 0 or tokens[k].lower() not in {"the", "a", "an"}:
        return []
    named = tokens[k + 1 : i + 1]
    if any(w in _NOT_MODIFIERS or w in _ADVERBS or w.endswith(("ed", "ing", "ly")) for w in named):
        return []
    return named


_LOCATIVE = frozenset(["in", "at", "near", "inside", "across", "from"])


def _located_subject(tokens: list[str], i: int, place: list[str]) -> str | None:
    """The source a place name only locates: "the transport association now operating in
    Gaza said" -> "transport association"; "officials in Kyiv said" -> "officials in Kyiv".

    ``tokens[i]`` is the word before the capitalised run ``place``; None when it is no
    locative preposition or no source noun stands within four words before it.
    """
    if i < 1 or not place:
        return None
    sources = _cue_set("source_nouns")
    if tokens[i].lower() not in _LOCATIVE:
        return _placed_subject(tokens, i, place)
    for j in range(i - 1, max(-1, i - 5), -1):
        if tokens[j].endswith((",", ";", ":", '"', "”")):
            return None
        if _clean_token(tokens[j]).lower() in sources:
            # the whole phrase before the preposition ("the Ministry of Defence"), else the
            # phrase the source noun ends ("the transport association now operating")
            subject, _ = subject_before(" ".join(tokens[:i]))
            if not subject or _clean_token(tokens[j]).lower() not in subject.lower().split():
                subject, _ = subject_before(" ".join(tokens[: j + 1]))
            if not subject:
                return None
            head = _clean_token(tokens[j]).lower()
            if (
                j == i - 1
                and tokens[i].lower() == "from"
                and head in _cue_set("document_heads")
                and tokens[j - 1].lower() in _cue_set("document_kinds")
            ):
                return _strip_np(place) or " ".join(place)  # "a policy paper from X": X
            if j == i - 1:
                return f"{subject} {tokens[i]} {_strip_np(place) or ' '.join(place)}"
            return subject
    return _placed_subject(tokens, i, place)


_PLACING = _LOCATIVE | {"of"}


def _placed_subject(tokens: list[str], i: int, place: list[str]) -> str | None:
    """The source a chain of place phrases follows: "Authorities in the northern region of
    Dorvia said" -> "Authorities in the northern region of Dorvia"; "Elders of the Kora clan in
    Dorvia said" -> the whole phrase. ``tokens[i]`` is the word before the capitalised run
    ``place``; None unless a source noun heads the chain within eight words, right before one
    of its prepositions, with no punctuation between."""
    while place and place[0].lower() in _PLACING and i + 1 < len(tokens):
        i, place = i + 1, place[1:]  # the run took in its preposition ("of Dorvia")
    if not place or tokens[i].lower() not in _PLACING:
        return None
    sources = _cue_set("source_nouns")
    for j in range(i - 1, max(-1, i - 9), -1):
        if tokens[j].endswith((",", ";", ":", '"', "”", ")")):
            return None
        if _clean_token(tokens[j]).lower() in sources and tokens[j + 1].lower() in _PLACING:
            subject, _ = subject_before(" ".join(tokens[: j + 1]))
            if not subject or _clean_token(tokens[j]).lower() not in subject.lower().split():
                return None
            chain = " ".join(tokens[j + 1 : i + 1])
            return f"{subject} {chain} {_strip_np(place) or ' '.join(place)}"
    return None


# an inverted speaker introduced by an article: '"...," said a civil society representative
# in Kibirizi.'
def _role_after(text: str) -> str | None:
    """The lower-case role named after an inverted speech verb, with a place that follows
    it ("a civil society representative in Kibirizi"); None when no source noun heads it."""
    m = re.match(r"(?:a|an|the|one)\s+((?:[a-z][\w'’-]*\s*){1,5})", text)
    if not m:
        return None
    words = m.group(1).split()
    sources = _cue_set("source_nouns")
    for k, word in enumerate(words):
        if word in sources:
            role = " ".join(words[: k + 1])
            rest = text[m.start(1) + len(role) :]
            place = re.match(
                r"\s+(?:in|of|from|at|for|with)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s?){1,4}", rest
            )
            return (role + (place.group(0) if place else "")).strip()
    return None


def _name_after(text: str) -> str | None:
    """The source named after an inverted verb: "..., said Acting Secretary Bradley T. Smith."."""
    tokens = _TOKEN.findall(text)
    words: list[str] = []
    for tok in tokens:
        clean = _clean_token(tok)
        if not words and clean.lower() == "the":
            continue
        if _is_cap(tok) or (words and (clean.lower() in _CONNECTORS or _name_link(tok))):
            words.append(tok)
            if tok.endswith((",", ".", ";", ":")) and not re.fullmatch(r"[A-Z][a-z]?\.", clean):
                break
            continue
        break
    words = [w.rstrip(",;:") for w in words]
    if words and words[-1].endswith(".") and not re.fullmatch(r"[A-Z][a-z]?\.", words[-1]):
        words[-1] = words[-1][:-1]
    while words and (words[-1].lower() in _CONNECTORS or _name_link(words[-1])):
        words.pop()
    if not words or _clean_token(words[0]).lower() in _day_words() | _MONTHS:
        return None
    return _strip_np(_person_tail(words) or words)


def person_after_title(phrase: str) -> str | None:
    """The personal name ending ``phrase`` after its title ("Secretary of Defense Ana Sol"
    -> "Ana Sol", "Gen. Tarvo" -> "Tarvo"); None when no title word opens it."""
    tail = _person_tail(phrase.split())
    return " ".join(tail) if tail else None


def _person_tail(words: list[str]) -> list[str] | None:
    """The personal name ending a "Title ... Name" phrase, or None when no title precedes it."""
    tail: list[str] = []
    for i in range(len(words) - 1, -1, -1):
        low = _clean_token(words[i]).lower()
        if tail and i > 0 and _name_link(words[i]) and _is_cap(words[i - 1]):
            tail.insert(0, words[i])  # "Mohamed ould Abdelaziz" is one name
            continue
        if low in TITLE_WORDS or low in _HEAD_STOP or low in _CONNECTORS or low.endswith("'s"):
            if tail and low in _HEAD_STOP and low not in TITLE_WORDS:
                # after a body's word the rest names a person ("Security Service Vasyl
                # Maliuk") unless it ends in a word that names a body's field ("Inter
                # Services Public Relations" is one body)
                last = _clean_token(tail[-1]).lower()
                return None if last in _BODY_TAIL else tail
            return _after_body_words(tail) if tail and low in TITLE_WORDS else None
        tail.insert(0, words[i])
    return None


def _after_body_words(tail: list[str]) -> list[str]:
    """The personal name at the end of ``tail`` when a title word opened a body's name
    before it: "Director of the Office of Foreign Assets Control Bradley T. Smith" leaves
    "Assets Control Bradley T. Smith", whose person is "Bradley T. Smith". The name starts at
    the first given name (``data/given_names.yaml``) after words that are all ordinary English
    words or body words (``data/ordinary_words.yaml``, ``_BODY_TAIL``); otherwise ``tail``
    stays whole ("Wang Yi", "Grant Harris")."""
    given, ordinary = _name_words()
    for j in range(1, len(tail)):
        low = _clean_token(tail[j]).lower()
        before = [_clean_token(w).lower() for w in tail[:j]]
        if any(w in given or not (w in ordinary or w in _BODY_TAIL) for w in before):
            return tail
        if low in given:
            return tail[j:]
    return tail


@cache
def _name_words() -> tuple[frozenset[str], frozenset[str]]:
    """Given names (``data/given_names.yaml``) and ordinary English words
    (``data/ordinary_words.yaml``), lower case."""
    given = frozenset(str(w).lower() for w in load_data("given_names.yaml")["given_names"])
    ordinary = frozenset(str(w).lower() for w in load_data("ordinary_words.yaml")["words"])
    return given, ordinary


# the last words of a body's name after a body's word ("Inter Services Public Relations",
# "Ministry of Foreign Affairs"): no personal name ends in them
_BODY_TAIL = frozenset(
    [
        "relations",
        "affairs",
        "operations",
        "communications",
        "information",
        "studies",
        "rights",
        "relief",
        "response",
        "management",
        "intelligence",
        "security",
        "staff",
        "headquarters",
        "division",
        "directorate",
        "wing",
    ]
)


@cache
def toll_telling() -> str:
    """A pattern (a string, no groups) of a verb that tells a toll, matched on the verb only:
    "put" in "the rebels put the toll at 40", "gave" in "doctors gave varying estimates of the
    toll" (``toll_telling_verbs`` before up to two words and one of ``toll_telling_objects``
    of data/cues.yaml); "gave 40 rifles" is none."""
    cues = load_data("cues.yaml")
    verbs = alternation(str(w) for w in cues["toll_telling_verbs"])
    objects = alternation(str(w) for w in cues["toll_telling_objects"])
    return (
        rf"(?<![\w-])(?:{verbs})(?=\s+(?:(?:the|a|an|its|their|his|her|our)\s+)?"
        rf"(?:[a-z][\w-]*\s+){{0,2}}?(?:{objects})\b)"
    )


@cache
def _speech_idioms() -> re.Pattern[str]:
    """A set phrase that holds a speech verb and quotes no one ("All told", "truth be told"):
    ``speech_idioms`` of data/cues.yaml, any case."""
    return re.compile(
        rf"(?<![\w-])(?:{alternation(str(w) for w in load_data('cues.yaml')['speech_idioms'])})"
        r"(?![\w-])",
        re.I,
    )


@cache
def _attribution_regexes() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    cues = load_data("cues.yaml")
    verbs = "|".join(sorted(map(re.escape, cues["attribution_verbs"]), key=lambda v: (-len(v), v)))
    nouns = "|".join(sorted(map(re.escape, cues["attribution_nouns"]), key=lambda v: (-len(v), v)))
    verb_re = re.compile(rf"(?<![\w-])(?:{verbs})(?![\w-])|{toll_telling()}")
    by_re = re.compile(
        # "good news to report from the region": the infinitive of a verb, no source's noun
        rf"(?:\b(?:(?i:according)\s+to|(?i:as)\s+reported\s+by|reported\s+by|"
        rf"(?<!\bto\s)(?i:{nouns})\s+(?:by|from))"
        # "Per the agency, ...", "..., per the agency": a source, unlike a rate ("40 per day")
        rf"|(?:^\W*|,\s+)(?i:per)(?=\s+(?:the\s+|[A-Z])))\s+"
    )
    # anchored at a word start: unanchored, one long word made this backtrack quadratically
    poss_re = re.compile(
        rf"(?<!\S)(\S+(?:\s+\S+){{0,5}}?)'s?\s+(?:latest\s+|new\s+|own\s+)?(?:{nouns})\b"
    )
    return verb_re, by_re, poss_re


# sources named by a list of demonyms before one noun: "Velan, Orvan and Dorvian officials"
_LISTED_SOURCES = re.compile(
    r"\s*((?:[A-Z][\w'’-]*,\s+){1,4}[A-Z][\w'’-]*,?\s+and\s+[A-Z][\w'’-]*)\s+([a-z]+)\b"
)
_NP_AFTER = re.compile(
    r"((?:the\s+)?(?:[\w.&'’-]+\s*){1,9}?)(?=\s*(?:[,;:()\"“”]|\.(?:\s|$)|(?:who|which|that|in|on|at|"
    r"as|because|about|over|to|after|before|when|while|with|said|says|is|are|was|were|has|have|"
    r"show|shows|showed|indicate|indicates|indicated|suggest|suggests|suggested)\b|$))"
)


# lower-case words before a name that are part of a title ("regional governor", "deputy
# foreign minister"); TITLE_WORDS holds the titles themselves
_LOWER_TITLE = re.compile(r"((?:[a-z][a-z.-]*\s+){1,8})(?=[A-Z])")
# a speech verb inside a fronted concessive clause: "Although police confirmed ..., "
_FRONTED_CONCESSIVE = re.compile(r"^\W*(?:Although|Though|Whereas)\s[^,;:\"]*$")
# one quoted by an outlet: "Reuters quoted the governor as saying" (group 1: the governor),
# "The governor was quoted as saying", "... was quoted by Reuters as saying" (the outlet after
# "by" passes the words on: the subject speaks; round revB18)
_QUOTED_AS = re.compile(
    r"\bquoted\s+(?!by\s)((?:[\w.'’-]+\s+){0,6}?[\w.'’-]+)\s+as\s+(?:saying|telling|stating)\b"
)
_WAS_QUOTED = re.compile(
    r"\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+quoted\s+"
    r"(?:by\s+(?:[\w.'’-]+\s+){1,5}?)?as\s+(?:saying|telling|stating)\b"
)
# the same after one to three capitalised words that place the title ("East Dorvia police
# spokesman", "Velan army spokesman"): group 1 the lower-case words
_PLACED_TITLE = re.compile(r"(?:[A-Z][\w'’.-]*\s+){1,3}((?:[a-z][a-z.-]*\s+){1,4})(?=[A-Z])")
_TITLE_MODIFIERS = frozenset(
    [
        "regional",
        "local",
        "state",
        "provincial",
        "district",
        "city",
        "military",
        "army",
        "former",
        "senior",
        "top",
        "interim",
        "national",
        "federal",
        "energy",
        "interior",
        "health",
        "finance",
        "economy",
        "justice",
        "restoration",
        # local administrative units before a title ("said Muino location area Chief Ana
        # Sol", "said ward administrator ..."; round claims25r)
        "area",
        "location",
        "ward",
        "county",
        "village",
        "sub-county",
        "of",
        "the",
    ]
)


# a speech verb inside a non-restrictive relative clause with a subject of its own ("an
# attack, which officials said caused minor damage") attributes the aside, not the sentence;
# "X, which have accused ..." keeps X (the relative pronoun is the subject)
_IN_RELATIVE = re.compile(
    r",\s*(?:which|whom)\s+(?!(?:have|has|had|was|were|is|are|also|already|later|then|"
    r"previously|repeatedly|has|would|will|could|may|might)\b)(?:[\w'’-]+\s+){1,3}$",
    re.I,
)


@cache
def _restrictive_relative() -> re.Pattern[str]:
    """A speech verb's subject in a relative clause that restricts a noun ("the raid that the
    army said ...", "the convoy which officials said ..."), as the text before the verb ends:
    not after a verb of saying (``attribution_verbs``) or one of ``complement_openers`` of
    data/cues.yaml ("said that the army", "believe that officials"), whose "that" opens a
    complement."""
    cues = load_data("cues.yaml")
    words = alternation(str(w) for w in [*cues["attribution_verbs"], *cues["complement_openers"]])
    return re.compile(
        rf"\b(?!(?:{words})\s)[a-z][\w'’-]*\s+(?:that|which)\s+"
        r"(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){1,3}$",
        re.I,
    )


# verbs whose object is the hearer ("..., Ana Sol told AFP"): the name after them is never an
# inverted speaker
_ADDRESSED = frozenset(["told", "tells", "tell", "informed"])
_SPEAKER_ROLE = r"(?:a|an|the|one|another|[a-z][\w-]*)\s[^,;\"]{2,100}?"


@cache
def _trailing_speaker_re() -> re.Pattern[str]:
    """A speaker set off by commas just before the speech verb, with a role beside the name:
    "..., Omar Dalin, the district administrator, told" / '"...," a police commander in Velm,
    Nadia Osei, told'. A lower-case particle of a personal name may join its words ("Sidi
    ould Brahim"; ``name_particles`` of data/entity_rules.yaml)."""
    links = alternation(sorted(rules().particles))
    name = rf"(?:[A-Z][\w.'’-]+\s+(?:(?:{links})\s+)?){{0,3}}[A-Z][\w.'’-]+"
    return re.compile(
        rf"(?:^|[,\"]\s*)(?:(?P<name>{name}),\s+{_SPEAKER_ROLE}"
        rf"|(?:a|an|the|one|another)\s[^,;\"]{{2,100}}?,\s+(?P<name2>{name})),\s*$"
    )


def _trailing_speaker(before: str) -> str | None:
    """The named speaker of an apposition that ends ``before`` ("..., Omar Dalin, the district
    administrator, " -> "Omar Dalin"); None when there is none or the name is a date."""
    m = _trailing_speaker_re().search(before)
    if not m:
        return None
    name = m.group("name") or m.group("name2")
    if _clean_token(name.split()[0]).lower() in _day_words() | _MONTHS:
        return None
    return name


# a restrictive modifier between a speaker and the speech verb: "who asked not to be named",
# "reached by phone", "speaking on condition of anonymity"
_SUBJECT_MODIFIER = re.compile(
    r"\s+(?:who|that)\s+(?:asked|requested|declined|spoke|did|was|were|is|are|had|has|have)\b"
    r"[^,;\"”]{0,60}$|,?\s+(?:reached|contacted|interviewed|speaking|quoted|cited)\b[^;\"”]{0,50}?,?\s*$"
)
# an aside set between the speaker and the speech verb: dashes ("The X Service - the media
# wing of the army - said"), or a relative clause between commas ("a teacher, whose colleague
# was killed, said"; "The operator, which runs the grid, said"): the speaker stands before it
_ASIDE_BEFORE_VERB = re.compile(
    r"(?:\s[-–—]\s[^\"“”]{2,120}?\s[-–—]|\s?—[^—\"]{2,120}?—"
    r"|,\s+(?:which|who|whose|whom)\b[^,;\"]{2,120},"
    # a discourse adverb set off by commas ("The official, however, said")
    r"|,\s+(?:however|meanwhile|though|too|also|in\s+turn|for\s+(?:its|his|her|their)\s+part|"
    r"by\s+contrast|in\s+contrast|instead|nonetheless|nevertheless|moreover),"
    # a participle clause before the verb ("The governor, while confirming the raid, said")
    r"|(?:,\s*|\s+)(?:while|when|after|before)\s+[a-z]+ing\b[^,;\"]{0,80}?,?"
    # an appositive with "a/an" after a name ("The Kora Front, a rebel group based in Dorvia,
    # earlier claimed")
    r"|,\s+(?:an?)\s+[a-z][^,;\"]{2,80},(?:\s+(?:earlier|later|also|then|previously))?)\s*$"
)


@cache
def platform_phrase() -> str:
    """A regex (no groups) of where a post is published, after its noun: " on X, formerly
    Twitter,", " on social media site Telegram", " via Facebook" (``platforms`` of
    data/cues.yaml); it may be empty."""
    names = alternation(str(w) for w in load_data("cues.yaml")["platforms"])
    return (
        r"(?:\s+(?:on|via)\s+(?:the\s+)?(?:(?i:social\s+media|social\s+network|messaging)"
        r"(?:\s+(?i:site|platform|app|network|service))?\s+)?(?:"
        + names
        + r")(?![\w-])(?:\s*,\s*(?i:formerly)\s+(?:known\s+as\s+)?[A-Z]\w*\s*,?)?)?"
    )


@cache
def _medium_after() -> re.Pattern[str]:
    """The platform adjunct of an inverted speech verb, then its speaker: " on the social
    network X (ex-Twitter) " (``platform_phrase`` made required, and an optional bracket)."""
    return re.compile(platform_phrase()[:-1] + r"(?:\s*\([^()]{1,30}\))?\s*,?\s*")


@cache
def _report_of() -> re.Pattern[str]:
    """ "according to [a statement from | figures released by | a post on X by] X": X is the
    source (the platform a post is on is skipped: it is no originator). A day, a month or a
    year dating the document ("a Thursday report from X", "a March 2024 report by X";
    ``weekdays`` and ``months`` of data/numbers.yaml) is no part of the source."""
    numbers = load_data("numbers.yaml")
    when = alternation(str(w) for w in [*numbers["weekdays"], *numbers["months"]])
    return re.compile(
        r"(?i:an?\s+|the\s+|new\s+|latest\s+|official\s+|(?:"
        + when
        + r")(?:'s|’s)?\s+|(?:19|20)\d\d\s+){0,3}(?i:statement|report|figures|data|"
        r"tally|estimates?|count|toll|update|bulletin|communiqu[eé]|post|tweet|message|video|"
        r"posting)"
        + platform_phrase()
        + r"\s+(?i:(?:released|published|issued|compiled|posted|provided|given|verified|"
        r"documented|collected|gathered|confirmed|recorded|reviewed|analy[sz]ed)\s+)?"
        r"(?i:by|from)\s+"
    )


# a speech verb in a clause that only dates or explains the sentence's own ("... after the
# Red Hand announced their victory", "..., given that Varga had announced plans"): its subject
# reports nothing of the sentence. Only after a main clause: "After the talks the minister
# said ..." opens with it.
_SUBORDINATE_SPEECH = re.compile(
    r"\S\s.*\b(?:after|before|since|until|once|because|given\s+that|as\s+soon\s+as|"
    r"although|though|when|unless|whether)\s+(?:[\w.'’-]+\s+){1,5}"
    r"(?:had\s+|has\s+|have\s+|also\s+|first\s+|publicly\s+|later\s+)*$",
    re.I,
)
# asides set between commas, taken out before looking for the clause a verb stands in
_COMMA_ASIDE = re.compile(r",\s+(?:(?:which|who|whom)\b|(?:a|an|the)\s)[^,;\"]{2,120},\s*")
# a relative clause with a subject of its own ("the group, whose leader had announced the
# plan"): its speech verb attributes the aside only
_WHOSE_CLAUSE = re.compile(
    r",\s*whose\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+(?:\s*,[^,;\"]{2,80},)?\s+"
    r"(?:had\s+|has\s+|have\s+)?$",
    re.I,
)
# "X issued a security alert saying ...", "Two carriers issued statements announcing ...":
# the issuer speaks
_ISSUED_SAYING = re.compile(
    r"\b(?:issued|released|published|posted|put\s+out|sent\s+out)\s+(?:an?\s+|its\s+|their\s+"
    r"|the\s+)?(?:[\w-]+\s+){0,2}?(?:statements?|alerts?|warnings?|notices?|advisor(?:y|ies)|"
    r"communiqu[eé]s?|messages?|bulletins?|releases?|updates?)\s+(?:on\s+\w+\s+)?"
    r"(?:saying|stating|announcing|warning|noting|claiming|declaring|confirming)\b"
)


@cache
def _revised_saying() -> re.Pattern[str]:
    """A toll revised and told in a participle ("revised the death toll from the strike on
    Monday, stating that ..."): ``toll_revising_verbs`` before ``toll_telling_objects`` of
    data/cues.yaml, then ", saying", ", stating" or ", adding" in the same clause."""
    cues = load_data("cues.yaml")
    verbs = alternation(str(v) for v in cues["toll_revising_verbs"])
    objects = alternation(str(o).lower() for o in cues["toll_telling_objects"])
    return re.compile(
        rf"(?<![\w-])(?:{verbs})\s+(?:(?:the|its|their|an?)\s+)?(?:[\w-]+\s+){{0,2}}?"
        rf"(?:{objects})\b[^;:\"“”]{{0,160}}?,\s+(?:saying|stating|adding)\b",
        re.I,
    )


# "X shared on Truth Social: \"...\"", "X shared a post on Telegram: \"...\"": the account
# holder speaks. Only with a platform named and a quotation opened by a colon or a comma right
# after it: "the two armies shared intelligence on the convoy" names no speaker
# (``shared_post_verbs`` of data/cues.yaml).
@cache
def _shared_post() -> re.Pattern[str]:
    verbs = alternation(sorted(_cue_set("shared_post_verbs")))
    nouns = alternation(str(w) for w in load_data("cues.yaml")["published_documents"])
    names = alternation(str(w) for w in load_data("cues.yaml")["platforms"])
    return re.compile(
        rf"(?<![\w-])(?:{verbs})(?:\s+(?:an?|the|his|her|its|their)\s+(?:[\w-]+\s+)?(?:{nouns}))?"
        rf"\s+(?:on|via)\s+(?:the\s+)?(?:{names})(?![\w-])\s*[:,]\s*\""
    )


_LOCATED_BODY = re.compile(
    r"^(.*\b[A-Z][\w.'’-]*)\s+(?:in|at|to)\s+(?:the\s+)?(?:[A-Z][\w.'’-]*\s+){1,3}$"
)


# adverbs between a subject and its speech verb: "The embassy initially confirmed"
# a sentence whose subject opens it and whose second, coordinated verb is the speech verb:
# "The Velan government is weighing a curfew, and on Monday announced" (group 1: the subject)
_SHARED_SUBJECT = re.compile(
    r"^\W*((?:[Tt]he\s+)?(?:[A-Z][\w'’.-]*\s+){0,4}(?:[a-z]+\s+)?)(?:is|are|was|were|has|have|"
    r"had)\b[^;:\"]*?,\s+and\s+(?:(?:on|late|early)\s+[A-Z]\w+\s+|\w+ly\s+|also\s+|then\s+|"
    r"later\s+)*$"
)
_ADVERBS_BEFORE_VERB = re.compile(r"(?:\s+(?:\w+ly|also|later|earlier|again|first))+\s*$")


def _is_body(name: str) -> bool:
    """Whether the last word of ``name`` is a body's head ("Embassy", "Ministry", "Office";
    ``org_heads`` of data/entity_rules.yaml)."""
    return name.split()[-1].lower().strip(".,'’") in rules().org_heads


def event_clause(before: str) -> bool:
    """Whether the speech verb after ``before`` stands in a relative aside with a subject of
    its own or in a subordinate clause of time or reason (see the patterns above)."""
    reduced = before
    for _ in range(3):
        shorter = _COMMA_ASIDE.sub(" ", reduced)
        if shorter == reduced:
            break
        reduced = shorter
    clause = re.split(r"[;:]", reduced)[-1]
    return bool(
        _WHOSE_CLAUSE.search(before)
        or _WHOSE_CLAUSE.search(reduced)
        or _SUBORDINATE_SPEECH.search(clause)
    )


# "of" and a lower-case gerund after a name: the content of a claim ("of downing five jets",
# "of having shelled the town"), never part of the name
_OF_GERUND = re.compile(r"\s+of\s+(?:having\s+)?[a-z]+ing\b")


def _cut_at_verb(name: str) -> str | None:
    """A name read after "data from" without the predicate that follows it ("SkyWatch
    revealed the final minutes" -> "SkyWatch"; "claims from Dorvia of downing five jets" ->
    "Dorvia")."""
    verbs, _, _ = _attribution_regexes()
    nouns = {str(n) for n in load_data("cues.yaml")["attribution_nouns"]}
    if gerund := _OF_GERUND.search(name):
        # "claims from Dorvia of downing five jets": what is claimed, not the claimant's name
        # (trialA23); a capitalised "of Mining" is a body's name and stays
        name = name[: gerund.start()].rstrip(" ,")
        if not name:
            return None
    for m in verbs.finditer(name):
        if m.start() > 0 and m.group(0) not in nouns:  # not "some reports", "a Reuters report"
            return name[: m.start()].rstrip(" ,") or None
    return name


_TITLE_COMPLEMENT = frozenset({"for", "of", "in"})


def _lower_title(words: list[str]) -> bool:
    """Whether lower-case words before a name are its title: title words, their modifiers
    and source nouns ("regional governor", "deputy army spokesman"), up to four, optionally
    followed by the remit a title word takes with "for", "of" or "in" ("deputy army
    spokesman for the south", "minister of the interior"; at most three words after it)."""
    cut = next((k for k, w in enumerate(words) if w in _TITLE_COMPLEMENT), len(words))
    head, remit = words[:cut], words[cut + 1 :]
    if (
        not head
        or len(head) > 4
        or not all(
            w in TITLE_WORDS or w in _TITLE_MODIFIERS or w in _cue_set("source_nouns") for w in head
        )
    ):
        return False
    if cut == len(words):
        return True
    return head[-1] in TITLE_WORDS and 1 <= len(remit) <= 3


# a bracketed aside that lists (holds a comma or semicolon) at the end of a speaker's name:
# "(ROV, Vendra)", "(MOD; the ministry)"; an acronym alone, "(MOD)", stays part of the name,
# and a lower-case aside ("(which patrols the strait, the bay ...)") is left to the rules of asides
_LISTING_ASIDE = re.compile(r"\s*\([A-Z][^()]*[,;][^()]*\)\s*$")


@lru_cache(maxsize=8192)  # several readers ask of one sentence: read it once
@cache
def _cited_accounts() -> re.Pattern[str]:
    """An account with no originator of its own opening the phrase after "citing":
    ``cited_account_modifiers`` and ``cited_accounts`` of data/cues.yaml."""
    cues = load_data("cues.yaml")
    mods = alternation(str(w).lower() for w in cues["cited_account_modifiers"])
    nouns = alternation(str(w).lower() for w in cues["cited_accounts"])
    return re.compile(
        rf"(?i:(?:the\s+|his\s+|her\s+|their\s+)?(?:(?:{mods})\s+){{0,2}}(?:{nouns}))\b"
    )


def cited_account(phrase: str) -> bool:
    """Whether the phrase after "citing" opens with an account that names no originator
    ("unconfirmed reports from his field commanders"), not a body ("the health ministry")."""
    return _cited_accounts().match(phrase) is not None


_CITING_TAIL = re.compile(r",\s+citing\s+([^;]*)$")


def attribution(text: str) -> tuple[str | None, bool]:
    """(source, is_pronoun): the source ``text`` is attributed to; the flag says that the
    subject was a pronoun ("he said"), for the caller to resolve from context."""
    text = text.translate(CURLY_QUOTES)
    verb_re, by_re, poss_re = _attribution_regexes()
    if (
        (cite := _CITING_TAIL.search(text))
        and cited_account(cite.group(1))
        and verb_re.search(text, 0, cite.start())
    ):
        # "..., police chief Ana Sol said, citing unconfirmed reports from his field
        # commanders": the speaker's ground, no originator of its own (round claims27)
        text = text[: cite.start()] + "."
    pronoun = False
    m = by_re.search(text)
    if m:
        start = m.end()
        if issued := _report_of().match(text, start):
            start = issued.end()  # "according to figures released by the ministry": the ministry
        listed = _LISTED_SOURCES.match(text, start)
        if listed and listed.group(2).lower() in _cue_set("source_nouns"):
            # "according to Velan, Orvan and Dorvian officials": all of them, not the first
            return f"{listed.group(1)} {listed.group(2)}", False
        n = _NP_AFTER.match(text, start)
        if n:
            name = _strip_np(n.group(1).split())
            name = _cut_at_verb(name) if name else name
            if name and name.lower() not in PRONOUNS:
                return name, False
            words = n.group(1).split()
            pronoun = bool(words) and words[0].lower() in PRONOUNS  # "according to him"
    if quoted := _QUOTED_AS.search(text):
        # "Reuters quoted the governor as saying": the one quoted speaks, the outlet only
        # passes it on (round claims21r)
        name = _strip_np(quoted.group(1).split())
        if name and name.lower() not in PRONOUNS:
            return name, False
        # "quoted him as saying": the one named before
        pronoun = pronoun or quoted.group(1).lower() in PRONOUNS | {"him", "her", "them"}
    if (quoted := _WAS_QUOTED.search(text)) and (subject := subject_before(text[: quoted.start()]))[
        0
    ]:
        return subject  # "The governor was quoted as saying"
    if issued_saying := _ISSUED_SAYING.search(text):
        issuer = text[: issued_saying.start()]
        # "The Vendran Embassy in Dorvia issued ...": the body, not the place that locates it
        located = _LOCATED_BODY.match(issuer)
        subject, _ = subject_before(located.group(1) if located else issuer)
        if subject:
            return subject, False
    if revised := _revised_saying().search(text):
        # "the health ministry revised the death toll from the strike, stating that 13 ...":
        # the body that revised the toll tells the figure
        subject, is_pronoun = subject_before(text[: revised.start()])
        if subject:
            return subject, is_pronoun
    if shared := _shared_post().search(text):
        subject, is_pronoun = subject_before(text[: shared.start()])
        if subject:
            return subject, is_pronoun
    idioms = [i.span() for i in _speech_idioms().finditer(text)]
    for m in verb_re.finditer(text):
        if any(s <= m.start() < e for s, e in idioms):
            continue  # "All told, ...": a set phrase, no one speaks
        after = text[m.end() :].lstrip(" ,")
        # "The Ministry of Defence of Vendra (MOD, Vendra) announced": the body speaks, not
        # the last word of a listing aside in brackets right before the verb
        before = _LISTING_ASIDE.sub(" ", text[: m.start()])
        if event_clause(before):
            continue  # "... after the Red Hand announced their victory": no source of this
        if m.group(0).lower() in _cue_set("attribution_nouns") and re.match(
            rf" (?:{verb_re.pattern})", text[m.end() :]
        ):
            # "Alternative reports say ...", "Local estimates said ...": a noun of report
            # that is the subject of the speech verb right after it, no verb itself; the
            # next match reads "Alternative reports" as the speaker (round claims23r)
            continue
        if (
            _FRONTED_CONCESSIVE.match(before)
            and (comma := text.find(",", m.end())) > 0
            and verb_re.search(text, comma)
        ):
            # "Although police confirmed 14 deaths, 30 were killed, residents said": the main
            # clause's speaker is the sentence's (the concessive clause keeps its own figure;
            # round claims21r)
            continue
        owner = _POSSESSOR.search(before)
        if owner and re.match(rf"(?:{_figure_nouns()})\b", after, re.I):
            return owner.group(1), False  # "Ostland's reported toll of 45": Ostland's figure
        if _ADJECTIVAL.search(before) and re.match(r"[a-z\d]", after):
            # "in claimed attacks", "its stated aim", "an estimated 10,180 people": a
            # modifier, not a speech verb
            continue
        if _plural_noun(m.group(0), before, after):
            continue  # "Gulf states.", "Initial reports indicate ...": the noun, no speech
        if _IN_RELATIVE.search(before):
            continue  # "..., which officials said caused only minor damage": an aside's source
        if _restrictive_relative().search(before) and verb_re.search(text, m.end()):
            # "The raid that the army said targeted militants killed 12, medics said": the
            # relative clause's speaker speaks of the raid; the later speaker tells the toll
            continue
        if re.match(r"by\b", after):
            continue  # "a bombing claimed by the X group": a participle, its agent no speaker
        addressed = m.group(0) in _ADDRESSED
        # inverted quote attribution: '"...," said NAME', also after a lower-case title
        # ("..., said regional governor Oleh Syniehubov")
        # a place or body named before the title ("said East Dorvia police spokesman Ana
        # Sol"): the person after the title speaks, not the place (round claims21r)
        if re.search(r"[\"”,]\s*$", before) and (medium := _medium_after().match(" " + after)):
            # '"...," wrote on the social network X (ex-Twitter) Interior Minister Ana Sol':
            # the platform the words were posted on stands between the verb and its speaker
            # (round claims28)
            after = after[medium.end() - 1 :]
        titled = _LOWER_TITLE.match(after) or _PLACED_TITLE.match(after)
        if titled and not _lower_title(titled.group(1).split()):
            # a role before the name ("said resident Ana Sol", "told witness Ana Sol") as
            # well as a title ("said regional governor Ana Sol")
            titled = None
        named = after[titled.end() :] if titled else after
        if not addressed and re.search(r"[\"”,]\s*$", before) and named[:1].isupper():
            name = _name_after(named)
            if name:
                return name, False
        if not addressed and re.search(r"[\"”,]\s*$", before) and (role := _role_after(after)):
            return role, False
        if speaker := _trailing_speaker(before):
            return speaker, False
        if aside := _ASIDE_BEFORE_VERB.search(before):
            # read the sentence without the aside: its own nouns ("the army") are no speaker
            head = before[: aside.start()] + " "
            subject = _trailing_speaker(head.rstrip() + ", ") or subject_before(head)[0]
            if subject:
                return subject, False
        located = _LOCATED_BODY.match(_ADVERBS_BEFORE_VERB.sub(" ", before))
        if located and _is_body(located.group(1)):
            # "The Vendran Embassy in Dorvia (initially) confirmed": the body, not its seat
            subject, is_pronoun = subject_before(located.group(1) + " ")
        else:
            subject, is_pronoun = subject_before(before)
        if not subject and (bare := _SUBJECT_MODIFIER.sub("", before)) != before:
            # "A resident who asked not to be named said", "Residents reached by phone said"
            subject, is_pronoun = subject_before(bare)
        if not subject and (shared := _SHARED_SUBJECT.match(before)):
            # "The Velan government is weighing a curfew, and on Monday announced ...": the
            # second verb's subject is the sentence's own
            subject, is_pronoun = subject_before(shared.group(1))
        if (
            subject
            and m.group(0).lower() in _cue_set("plural_noun_speech_forms")
            and _COORDINATED.search(subject)
            and not _one_coordinated_speaker(subject, after)
        ):
            continue  # "Western and Arab states later impose ...": a verb in -s takes one subject
        if subject and subject.split()[-1].lower() in _cue_set("recording_subjects"):
            continue  # "Footage documented 12 bodies": a recording, no one's word
        if subject:
            return subject, False
        pronoun = pronoun or is_pronoun
    m = poss_re.search(text)
    if m:
        subject, _ = subject_before(m.group(1))
        if subject:
            return subject, False
    if witness := _witness_count(text):
        return witness, False
    return None, pronoun


@cache
def _witness_pattern() -> re.Pattern[str]:
    """A witness who saw or counted something, as the subject of a clause: an article, up to
    four words and one of ``witness_nouns``, then one of ``witness_verbs`` (data/cues.yaml);
    group 1 is the witness without its article, group 2 an approximator after the verb."""
    cues = load_data("cues.yaml")
    nouns = alternation(str(w) for w in cues["witness_nouns"])
    verbs = alternation(str(w) for w in cues["witness_verbs"])
    return re.compile(
        rf"(?:^|[,;:]\s+)\W*(?:[Aa]n?|[Tt]he|[Oo]ne|[Tt]wo|[Tt]hree)\s+((?:[\w'’.-]+\s+){{0,4}}?"
        rf"(?:{nouns}))\s+(?:also\s+|later\s+|reportedly\s+)?(?:{verbs})\s+"
        rf"((?:at\s+least\s+|about\s+|around\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+"
        rf"|over\s+|as\s+many\s+as\s+)?)"
    )


@cache
def _bare_witness_pattern() -> re.Pattern[str]:
    """A witness of a plural noun with no article, opening its clause ("Reporters saw at
    least 20 bodies", "Agency photographers counted 40 graves"; round claims22): one
    capitalised word may come before the noun. Groups as :func:`_witness_pattern`'s."""
    cues = load_data("cues.yaml")
    plural = [str(w) for w in cues["witness_nouns"] if str(w).endswith(("s", "men"))]
    nouns = alternation(plural)
    verbs = alternation(str(w) for w in cues["witness_verbs"])
    return re.compile(
        rf"(?:^|[,;:]\s+)\W*((?:[A-Z][\w'’.-]*\s+)?(?i:{nouns}))\s+"
        rf"(?:also\s+|later\s+|reportedly\s+)?(?:{verbs})\s+"
        rf"((?:at\s+least\s+|about\s+|around\s+|some\s+|nearly\s+|almost\s+|more\s+than\s+"
        rf"|over\s+|as\s+many\s+as\s+)?)"
    )


def _witness_count(text: str) -> str | None:
    """The witness whose own eyes give a figure: "An agency photographer saw 18 bodies", "a
    reporter counted at least 40 graves" (round claims23r). The figure must be the verb's
    object; a time or place that "saw" something is no witness ("Monday saw 30 killed"), nor
    one who saw no figure ("a resident saw the drones")."""
    for pattern in (_witness_pattern(), _bare_witness_pattern()):
        for m in pattern.finditer(text):
            if any(m.start(2) <= q.start <= m.end() for q in find_quantities(text)):
                return m.group(1)
    return None


# a subject of two or more joined by "and" or commas ("Western and Arab", "Turkey and the GCC")
_COORDINATED = re.compile(r"\s(?:and|&)\s|,\s")
_AFTER_ADVERB = re.compile(r"(?:[a-z]+ly\s+|also\s+|now\s+|still\s+)?([a-z]+)\b")


def _one_coordinated_speaker(subject: str, after: str) -> bool:
    """Whether a subject holding "and" or a comma is one speaker after all: one name
    ("Bosnia and Herzegovina", "Trinidad and Tobago": a surface of the gazetteer) or one
    whose verb in -s takes a speech complement ("The Red Cross and Red Crescent Movement
    states that ...", "... reports 12 ..."); "Western and Arab states later impose" stays
    the noun (round revE19)."""
    if re.match(r"(?:that\b|\d)", after.lstrip()):
        return True
    name = re.sub(r"^(?:the|The)\s+", "", subject.strip())
    return name in gazetteer().surfaces


def plural_noun(word: str, before: str, after: str) -> bool:
    """Whether the speech verb ``word`` between ``before`` and ``after`` is the plural noun
    it is spelt like ("preliminary reports indicate ...": :func:`_plural_noun`)."""
    return _plural_noun(word, before, after)


def _plural_noun(word: str, before: str, after: str) -> bool:
    """Whether the speech verb ``word`` between ``before`` and ``after`` is the plural noun
    it is spelt like (``plural_noun_speech_forms`` of data/cues.yaml): a plural verb follows
    it ("Initial reports indicate that ...", ``plural_noun_next_verbs``), or the sentence ends
    after it with no comma or quotation before it ("... refrained from attacking Gulf
    states."), where "..., the ministry states." keeps its speaker."""
    if word.lower() not in _cue_set("plural_noun_speech_forms"):
        return False
    nxt = _AFTER_ADVERB.match(after)
    if nxt and nxt.group(1) in _cue_set("plural_noun_next_verbs"):
        return True
    return not after.strip(" .!?;:)]\"'”’") and not re.search(r"[,;:\"“”]", before)


_SPEECH_PARTICIPLES = re.compile(
    r"\b(?:saying|adding|claiming|noting|warning|stating|insisting|arguing|alleging|asserting|"
    r"announcing|describing|calling)\b"
)


def has_speech_verb(text: str) -> bool:
    """Whether ``text`` holds a speech verb ("said", "warned", "described", "..., saying"):
    a sentence that shows someone speaking, whoever it is."""
    verb_re, _, _ = _attribution_regexes()
    return bool(verb_re.search(text) or _SPEECH_PARTICIPLES.search(text))


def find_attribution(text: str) -> str | None:
    """The source ``text`` attributes its content to ("according to X", "X said", ...)."""
    return attribution(text)[0]
