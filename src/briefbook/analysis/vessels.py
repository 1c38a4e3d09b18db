"""Named vessels: ships named in a sentence by a prefix, a shipping line or a flag.

A ship is an entity of its own type (``vessel``), never a person ("USS Carney" is not Mark
Carney's) nor a place ("Maersk Hangzhou" is not Hangzhou). :func:`vessel_names` finds the
names that carry their own cue in one sentence; a vessel noun right before a name ("the
tanker Marisol Bravo") is read where capitalised runs are typed
(:func:`briefbook.analysis.names.classify`). Once a name is found, its later mentions count
wherever the sources write it ("the True Confidence vessel"), as for any discovered entity.

The cues are data (``data/entity_rules.yaml``):

- ``naval_prefixes`` ("USS", "HMS") before a name: the name keeps its prefix, "USS Carney";
- ``merchant_prefixes`` ("MV", "M/V", "MT") before a name: the name without it,
  "M/V True Confidence" is "True Confidence";
- ``vessel_lines`` ("Maersk", "MSC") before a name that is no body's head, title or role:
  "Maersk Hangzhou", "MSC Sky II" (not "Maersk Line", "MSC Chief Executive ...");
- ``flag_cues`` ("flagged") in a hyphenated word right before a name: "the Belize-flagged
  Rubymar" (not "the Panama-flagged Maersk tanker", where a vessel noun follows).

No cue makes a body, a brand, a club or a mountain a ship: a name with an organisation or
force head or a ``vessel_body_words`` word ("RFS Bushfire Unit", "MSC Industrial", "FS
Investments") is none; ``shared_prefixes`` ("JS", "RSS", "MT") and a line before a known
place or country alone ("Maersk Denmark", "OOCL Hong Kong") name a ship only in a sentence
with a ship sign (:func:`ship_sign`). A line's ship named after a city leaves the city to
its source: "Hangzhou" alone is the ship only where it is used as one
(:func:`used_as_ship`: "the Hangzhou was towed"), the city after "in" or anywhere else.

``hull_classes`` ("DDG", "CVN") are the hull symbols that follow a warship's name,
"(DDG-58)": no weapon's designation. ``vessel_formations`` ("Carrier Strike Group") after a
prefixed name, or after its hull number, name the formation the ship leads: the mention is
the ship's ("the USS Gerald R. Ford Carrier Strike Group's deployment" names "USS Gerald R.
Ford"), never a ship called after the formation.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from briefbook.analysis.gazetteer import rules
from briefbook.data import load_data

__all__ = [
    "Vessel",
    "hull_classes",
    "naval_prefixes",
    "ship_sign",
    "used_as_ship",
    "vessel_formations",
    "vessel_names",
]

# one word of a ship's name: capitalised ("Sky", "D.", "O'Brien"), a number ("2") or a
# Roman numeral ("II", "VIII")
_WORD = r"(?:[A-Z][A-Za-z'’-]*\.?|\d{1,4}|[IVX]{1,5})"
# after a prefix the name may open with an acronym ("MV NCC Noor"); after a line or a flag
# it opens with a word in title case
_PREFIXED = rf"[A-Z][A-Za-z'’-]+(?:\s+{_WORD})*"
_TITLED = rf"[A-Z][a-z][A-Za-z'’-]*(?:\s+{_WORD})*"


@dataclass(frozen=True)
class Vessel:
    """One named ship in a sentence: ``start``/``end`` are character offsets of the whole
    mention (prefix included), ``name`` its entity name, ``surfaces`` the spellings whose
    mentions count for it, ``short`` the ship's own name without its line's ("Hangzhou" of
    "Maersk Hangzhou"), which names it again in the same source ("the Hangzhou was
    attacked"), or None."""

    start: int
    end: int
    name: str
    surfaces: tuple[str, ...]
    short: str | None = None


@dataclass(frozen=True)
class _Cues:
    naval: re.Pattern[str]
    merchant: re.Pattern[str]
    line: re.Pattern[str]
    flag: re.Pattern[str]
    hulls: frozenset[str]
    # lower-case: heads, titles and roles that make a prefix or a line no ship's ("INS
    # Director ...", "Maersk Line")
    stop_words: frozenset[str]
    # lower-case: words anywhere in a name that make it a body's, brand's or club's
    # ("RFS Bushfire Unit", "FS Investments", "MSC Industrial")
    body_words: frozenset[str]
    # prefixes that name a ship only with a ship sign in the sentence ("JS", "MT")
    shared: frozenset[str]
    # a word of the sentence that shows a ship in it ("aboard", "hijacked", "tanker")
    sign: re.Pattern[str]
    # "USS X Carrier Strike Group('s)": the formation the ship leads, after its name
    formation: re.Pattern[str]
    # "USS X (CVN 78) Carrier Strike Group": the formation after the ship's hull number
    hull_formation: re.Pattern[str]


def _alternation(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


@cache
def _cues() -> _Cues:
    d = load_data("entity_rules.yaml")
    r = rules()
    naval = _alternation([str(w) for w in d["naval_prefixes"]])
    merchant = _alternation([str(w) for w in d["merchant_prefixes"]])
    lines = _alternation([str(w) for w in d["vessel_lines"]])
    flags = _alternation([str(w) for w in d["flag_cues"]])
    stop = r.org_heads | r.force_heads | r.titles | r.roles | r.vessel_nouns | r.doc_heads
    stop |= {str(w).lower() for w in d["line_company_words"]}
    body = r.org_heads | r.force_heads | {str(w).lower() for w in d["vessel_body_words"]}
    signs = _alternation([str(w) for w in d["ship_signs"]] + sorted(r.vessel_nouns))
    return _Cues(
        naval=re.compile(rf"(?<![\w/-])({naval})\s+({_PREFIXED})"),
        merchant=re.compile(rf"(?<![\w/-])(?:{merchant})\s+({_PREFIXED})"),
        line=re.compile(rf"(?<![\w/-])({lines})\s+({_TITLED})"),
        flag=re.compile(rf"(?<![\w/])[A-Z][\w.]*(?:\s[A-Z]\w*)?-(?:{flags})\s+({_TITLED})"),
        hulls=frozenset(str(w) for w in d["hull_classes"]),
        stop_words=frozenset(stop),
        body_words=frozenset(body),
        shared=frozenset(str(w) for w in d["shared_prefixes"]),
        sign=re.compile(rf"(?i)\b(?:{signs})\b|\w-(?:{flags})\b"),
        formation=re.compile(
            rf"\s+(?:{_alternation([str(w) for w in d['vessel_formations']])})(?:['’]s)?$"
        ),
        hull_formation=re.compile(
            rf"\s*\((?:{_alternation([str(w) for w in d['hull_classes']])})[\s-]?\d+\)\s+"
            rf"(?:{_alternation([str(w) for w in d['vessel_formations']])})(?:['’]s)?(?![\w-])"
        ),
    )


@cache
def naval_prefixes() -> frozenset[str]:
    """Naval prefixes ("USS", "HMS": ``naval_prefixes`` of ``data/entity_rules.yaml``)."""
    return frozenset(str(w) for w in load_data("entity_rules.yaml")["naval_prefixes"])


@cache
def vessel_formations() -> tuple[str, ...]:
    """Formations a warship leads, named after it ("Carrier Strike Group":
    ``vessel_formations`` of ``data/entity_rules.yaml``)."""
    return tuple(str(w) for w in load_data("entity_rules.yaml")["vessel_formations"])


def hull_classes() -> frozenset[str]:
    """Hull classification symbols (``hull_classes`` of ``data/entity_rules.yaml``)."""
    return _cues().hulls


def _opens_body(name: str, stop: frozenset[str]) -> bool:
    """Whether the name's first word is a body's head, a title or a role: "INS Director
    ...", "Maersk Line" name no ship."""
    return name.split()[0].lower().strip(".") in stop


def _names_body(name: str, body: frozenset[str]) -> bool:
    """Whether a word of the name is a body's head or a business noun: "RFS Bushfire
    Unit", "FS Investments", "MSC Industrial", "JS Kabylie FC" name no ship."""
    return any(w.lower().strip(".") in body for w in name.split())


def ship_sign(text: str) -> bool:
    """Whether a sentence shows a ship: a vessel noun, a flag cue ("Liberia-flagged") or a
    word of ``ship_signs`` (``data/entity_rules.yaml``: "aboard", "hijacked", "sank")."""
    return bool(_cues().sign.search(text))


def used_as_ship(text: str, short: str) -> bool:
    """Whether a sentence uses a ship's own name ``short`` ("Hangzhou" of "Maersk
    Hangzhou") for the ship: after "aboard", a vessel noun or "crew of the", or after "the"
    with a ship's verb or an auxiliary next ("the Hangzhou was towed", "the Hangzhou
    sailed"), or before a vessel noun. After a locative ("in Hangzhou", "near Hangzhou") or
    anywhere else it names what the name names without the line (a city, a country).
    ``ship_signs`` and ``ship_auxiliaries`` are data (``data/entity_rules.yaml``)."""
    return bool(_use_pattern(short).search(text))


@cache
def _use_pattern(short: str) -> re.Pattern[str]:
    d = load_data("entity_rules.yaml")
    nouns = _alternation(sorted(rules().vessel_nouns))
    after = _alternation([str(w) for w in [*d["ship_signs"], *d["ship_auxiliaries"]]])
    name = re.escape(short)
    return re.compile(
        rf"(?:\b(?i:aboard|crew\s+of|{nouns})(?:\s+the)?\s+{name}(?![\w-])"
        rf"|(?<![\w-]){name}\s+(?i:{nouns})\b"
        rf"|\b(?i:the)\s+{name}\s+(?i:{after})\b)"
    )


def _followed_by_vessel_noun(text: str, end: int) -> bool:
    nxt = text[end:].split(maxsplit=1)
    return bool(nxt) and nxt[0].lower().strip(",.;:") in rules().vessel_nouns


def vessel_names(
    text: str, known: Callable[[str], bool] | None = None, signed: bool = False
) -> list[Vessel]:
    """The ships one sentence names by a prefix, a shipping line or a flag cue, in reading
    order, none overlapping (the earlier, then the longer, wins).

    ``known`` tells the names other rules type with their own evidence (the gazetteer's
    places, countries and people, the city list): a line's name before one of them alone ("Maersk
    Denmark", "OOCL Hong Kong") names a ship only in a sentence with a ship sign
    (:func:`ship_sign`), as does a prefix bodies and places share (``shared_prefixes``:
    "JS Kabylie", "MT Everest"). A name with a body's word ("RFS Bushfire Unit", "MSC
    Industrial") is never a ship. ``signed`` says the sentence's source shows a ship
    elsewhere (:func:`ship_sign` of its whole text)."""
    cues = _cues()
    signed = signed or ship_sign(text)

    def ok(prefix: str, own: str) -> bool:
        if _opens_body(own, cues.stop_words) or _names_body(own, cues.body_words):
            return False
        return signed or prefix not in cues.shared

    found: list[Vessel] = []
    for m in cues.naval.finditer(text):
        bare = m.group(2).rstrip(".")
        # "the USS Ford Carrier Strike Group's deployment": the ship, named in its formation's
        # name (the mention spans the formation's words, which name no other entity)
        led = cues.formation.search(bare)
        span = len(bare)
        if led:
            bare = bare[: led.start()]
        bare = re.sub(r"['’]s$", "", bare)  # "USS Kelvo's crew"
        if bare and ok(m.group(1), bare):
            name = f"{m.group(1)} {bare}"
            end = m.start(2) + (span if led else len(bare))
            if not led and (after := cues.hull_formation.match(text, m.end())):
                end = after.end()  # "USS Ford (CVN 78) Carrier Strike Group"
            # "the Carney", "the Gerald R. Ford" later in the source: the ship's own name
            found.append(Vessel(m.start(), end, name, (name,), bare))
    for m in cues.merchant.finditer(text):
        bare = m.group(1).rstrip(".")
        if ok(m.group(0).split()[0], bare):
            found.append(Vessel(m.start(), m.start(1) + len(bare), bare, (bare,)))
    for m in cues.line.finditer(text):
        own = m.group(2).rstrip(".")
        if ok(m.group(1), own) and (signed or known is None or not known(own)):
            name = f"{m.group(1)} {own}"
            found.append(Vessel(m.start(1), m.start(1) + len(name), name, (name,), own))
    for m in cues.flag.finditer(text):
        name = m.group(1).rstrip(".")
        # "the Panama-flagged Maersk tanker": the owner's name before a vessel noun
        if not _followed_by_vessel_noun(text, m.start(1) + len(name)):
            found.append(Vessel(m.start(1), m.start(1) + len(name), name, (name,)))
    found.sort(key=lambda v: (v.start, -(v.end - v.start)))
    out: list[Vessel] = []
    for v in found:
        if out and v.start < out[-1].end:
            continue
        out.append(v)
    return out
