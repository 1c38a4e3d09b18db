"""What a quantitative claim speaks of: its event (synonyms folded by the one event vocabulary,
:mod:`briefbook.analysis.events`) and its counted thing (head-noun class plus qualifiers), so
that claims of different sources can be compared.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from briefbook.analysis.events import normalise_event
from briefbook.analysis.gazetteer import gazetteer
from briefbook.data import load_data
from briefbook.model import Claim
from briefbook.text import FUNCTION_WORDS
from briefbook.text.normalise import fold_words

__all__ = [
    "TOLL",
    "CountsKey",
    "claim_topic",
    "counts_compatible",
    "counts_key",
    "nested",
    "normalise_event",
    "person_classes",
    "toll_of_people",
]

# qualifier words folded (country names and demonyms)
_QUALIFIERS = {
    "dprk": "northkorea",
    "pyongyang": "northkorea",
    "korean": "korea",
    "koreans": "korea",
    "russian": "russia",
    "russians": "russia",
    "russia": "russia",
    "moscow": "russia",
    "ukrainian": "ukraine",
    "ukrainians": "ukraine",
    "ukraine": "ukraine",
    "kyiv": "ukraine",
    "chinese": "china",
    "prc": "china",
    "american": "us",
    "u": "us",
    "s": "",
    "us": "us",
    "iranian": "iran",
    "israeli": "israel",
    "pakistani": "pakistan",
    "indian": "india",
}
# function words plus the qualifiers a count carries ("more than", "about", "up to")
_STOP = FUNCTION_WORDS | frozenset(
    [
        "about",
        "additional",
        "almost",
        "approximately",
        "around",
        "estimated",
        "fewer",
        "her",
        "his",
        "least",
        "less",
        "more",
        "nearly",
        "new",
        "other",
        "over",
        "roughly",
        "s",
        "some",
        "than",
        "their",
        "under",
        "up",
    ]
)


@cache
def _noun_classes() -> dict[str, str]:
    """Head noun -> its class (``noun_classes`` of ``data/events.yaml``: "soldier", "personnel"
    -> "troops"), plural and singular forms."""
    classes = load_data("events.yaml")["noun_classes"]
    return {_joined(str(n)): str(cls) for cls, nouns in classes.items() for n in nouns}


def _joined(name: str) -> str:
    """A head noun of several words as one word ("police officers" -> "policeofficers")."""
    return "".join(fold_words(name))


@cache
def _multiword_heads() -> re.Pattern[str] | None:
    """The multi-word head nouns of ``noun_classes`` in folded text, longest first (None when
    there are none): read as one word, so "police" of "police officers" is no qualifier."""
    names = sorted(
        {
            " ".join(fold_words(str(n)))
            for nouns in load_data("events.yaml")["noun_classes"].values()
            for n in nouns
            if len(fold_words(str(n))) > 1
        },
        key=len,
        reverse=True,
    )
    return re.compile(r"\b(?:" + "|".join(map(re.escape, names)) + r")\b") if names else None


@cache
def _lexicon() -> tuple[frozenset[str], frozenset[str]]:
    """(type words, batch nouns) of ``data/events.yaml``: words that say what type of thing
    is counted ("anti-ship ballistic missiles": a more general type, "ballistic missiles", may
    be the same things; "ballistic" and "cruise" are not), and a batch before "of" that is
    not what is counted ("three rounds of strikes", "waves of drones")."""
    data = load_data("events.yaml")
    return (
        frozenset(str(w).lower() for w in data["type_words"]),
        frozenset(str(w).lower() for w in data["batch_nouns"]),
    )


# the class of toll nouns ("fatalities", "deaths"): people, without saying who
TOLL = "toll"


@cache
def person_classes() -> frozenset[str]:
    """The noun classes that count people (``person_classes`` of ``data/events.yaml``)."""
    return frozenset(str(c) for c in load_data("events.yaml")["person_classes"])


def toll_of_people(a: CountsKey, b: CountsKey) -> bool:
    """Whether one counts a toll ("three fatalities") and the other people of a class
    ("three crew members"), with nested qualifiers: the same figure when the two agree."""
    heads = {a.head, b.head}
    return (
        TOLL in heads
        and len(heads) == 2
        and not heads - {TOLL} - person_classes()
        and nested(a.qualifiers, b.qualifiers)
    )


@dataclass(frozen=True)
class CountsKey:
    """What a claim counts: the head-noun class, its folded qualifiers (origin, owner,
    place...) and its type words (``kinds``: "ballistic", "antiship")."""

    head: str
    qualifiers: frozenset[str]
    kinds: frozenset[str] = frozenset()

    def label(self) -> str:
        return " ".join([*sorted(self.qualifiers | self.kinds), self.head])


_NORTH_KOREA = re.compile(r"\bnorth korea(?:ns?|'s| s)?\b")


def counts_key(counts: str) -> CountsKey:
    """``"North Korean soldiers"`` -> CountsKey("troops", {"northkorea"})."""
    joined = re.sub(r"\b(anti|counter)-(?=[a-z])", r"\1", counts, flags=re.I)  # "antiship"
    joined = re.sub(
        r"\b(long|short|medium|intermediate)[-\s]range\b", r"\1range", joined, flags=re.I
    )
    # "soldiers' relatives", "the militia's fighters": an owner qualifies the head, never is it
    joined = _POSSESSIVE.sub(lambda m: f"{m.group(1)}{_OWNER_MARK}", joined)
    text = _NORTH_KOREA.sub("northkorea", " ".join(fold_words(joined)))
    if (multi := _multiword_heads()) is not None:
        text = multi.sub(lambda m: m.group(0).replace(" ", ""), text)  # "policeofficers"
    words = text.split()
    batch = next(
        (k for k, w in enumerate(words[:-1]) if w in _lexicon()[1] and words[k + 1] == "of"), -1
    )
    if 0 <= batch < len(words) - 2:
        words = words[batch + 2 :]  # "rounds of joint US-UK strikes": strikes are counted
    classes = _noun_classes()
    nouns = [w for w in words if w in classes]
    joined_heads = _coordinated_heads(words)
    if joined_heads:
        # "soldiers and civilians": one figure of two things, a thing of its own (neither
        # the soldiers alone nor the civilians alone)
        head_word = words[-1]
        head = "+".join(joined_heads)
    elif nouns:
        head_word = nouns[-1]
        head = classes[head_word]
        if head == TOLL and len(nouns) > 1 and classes[nouns[-2]] in person_classes():
            head = classes[nouns[-2]]  # "crew fatalities", "civilian deaths": who they were
    else:
        content = [w for w in words if w not in _STOP and not w.isdigit()]
        head_word = content[-1] if content else ""
        head = head_word[:-1] if head_word.endswith("s") and len(head_word) > 3 else head_word
        if head in _demonyms() or head_word in _demonyms():
            # "290 Karabakh Armenians": people of a nation, the nation a qualifier, so that
            # "over 200 people" may be the same people and "40 Azerbaijanis" are not; a
            # demonym with a plural of its own or none ("Swedes", "Poles", "Swiss") too
            # (round revB20)
            nation = head if head in _demonyms() else head_word
            plural = head_word
            words = [nation if w == plural else w for w in words]
            head_word, head = "", "people"
    quals: set[str] = set()
    kinds: set[str] = set()
    for w in words:
        if w == head_word or w in _STOP or w.isdigit() or w in classes:
            continue
        folded = _QUALIFIERS.get(w, w)
        if folded in _lexicon()[0]:
            kinds.add(folded)
        elif folded:
            quals.add(folded)
    return CountsKey(head, frozenset(quals), frozenset(kinds))


@cache
def _demonyms() -> frozenset[str]:
    """The gazetteer's demonyms, folded ("armenian", "israeli"): a plural one as a counted
    noun counts people of that nation."""
    return frozenset(
        w.lower() for w in gazetteer().adjectives if not w.endswith(("'s", "’s")) and " " not in w
    )


_POSSESSIVE = re.compile(r"\b([A-Za-z]+)(?:'s|s'|’s|s’)(?=\s+\w)")
_OWNER_MARK = "owner"  # "soldiers' relatives" -> "soldiersowner relatives": a qualifier word


def _coordinated_heads(words: list[str]) -> list[str]:
    """The distinct head classes of "X and Y" counted together ("soldiers and civilians" ->
    ["civilians", "troops"]), sorted; [] when the phrase has one head class."""
    if "and" not in words:
        return []
    at = words.index("and")
    classes = _noun_classes()
    before = [classes[w] for w in words[:at] if w in classes]
    after = [classes[w] for w in words[at + 1 :] if w in classes]
    if not before or not after or before[-1] == after[-1]:
        return []
    return sorted({before[-1], after[-1]})


def nested(a: frozenset[str], b: frozenset[str]) -> bool:
    """One word set contains the other (the more general one says less)."""
    return a <= b or b <= a


def counts_compatible(a: str | CountsKey, b: str | CountsKey) -> bool:
    """Same head class; of the type words and of the other qualifiers, each one set contains
    the other ("anti-ship ballistic missiles" and "Kerin-made ballistic missiles" may be the
    same missiles; "ballistic missiles" and "cruise missiles" are not)."""
    ka = a if isinstance(a, CountsKey) else counts_key(a)
    kb = b if isinstance(b, CountsKey) else counts_key(b)
    if not ka.head or ka.head != kb.head:
        return False
    return nested(ka.qualifiers, kb.qualifiers) and nested(ka.kinds, kb.kinds)


def claim_topic(claim: Claim) -> tuple[str | None, CountsKey]:
    """``(normalised event, counts key)`` of a claim."""
    return normalise_event(claim.event), counts_key(claim.counts)
