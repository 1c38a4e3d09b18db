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

``hull_classes`` ("DDG", "CVN") are the hull symbols that follow a warship's name,
"(DDG-58)": no weapon's designation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from briefbook.analysis.gazetteer import rules
from briefbook.data import load_data

__all__ = ["Vessel", "hull_classes", "vessel_names"]

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
    return _Cues(
        naval=re.compile(rf"(?<![\w/-])({naval})\s+({_PREFIXED})"),
        merchant=re.compile(rf"(?<![\w/-])(?:{merchant})\s+({_PREFIXED})"),
        line=re.compile(rf"(?<![\w/-])({lines})\s+({_TITLED})"),
        flag=re.compile(rf"(?<![\w/])[A-Z][\w.]*(?:\s[A-Z]\w*)?-(?:{flags})\s+({_TITLED})"),
        hulls=frozenset(str(w) for w in d["hull_classes"]),
        stop_words=frozenset(stop),
    )


def hull_classes() -> frozenset[str]:
    """Hull classification symbols (``hull_classes`` of ``data/entity_rules.yaml``)."""
    return _cues().hulls


def _opens_body(name: str, stop: frozenset[str]) -> bool:
    """Whether the name's first word is a body's head, a title or a role: "INS Director
    ...", "Maersk Line" name no ship."""
    return name.split()[0].lower().strip(".") in stop


def _followed_by_vessel_noun(text: str, end: int) -> bool:
    nxt = text[end:].split(maxsplit=1)
    return bool(nxt) and nxt[0].lower().strip(",.;:") in rules().vessel_nouns


def vessel_names(text: str) -> list[Vessel]:
    """The ships one sentence names by a prefix, a shipping line or a flag cue, in reading
    order, none overlapping (the earlier, then the longer, wins)."""
    cues = _cues()
    found: list[Vessel] = []
    for m in cues.naval.finditer(text):
        bare = m.group(2).rstrip(".")
        if not _opens_body(bare, cues.stop_words):
            name = f"{m.group(1)} {bare}"
            found.append(Vessel(m.start(), m.start(1) + len(name), name, (name,)))
    for m in cues.merchant.finditer(text):
        bare = m.group(1).rstrip(".")
        if not _opens_body(bare, cues.stop_words):
            found.append(Vessel(m.start(), m.start(1) + len(bare), bare, (bare,)))
    for m in cues.line.finditer(text):
        own = m.group(2).rstrip(".")
        if not _opens_body(own, cues.stop_words):
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
