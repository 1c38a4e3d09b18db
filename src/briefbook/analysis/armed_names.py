"""One typing rule for armed groups: the name decides (issue 12, round armed26).

A named armed group is a ``force`` when its name has an armed head noun (``head_nouns`` of
``data/armed_names.yaml``: "Arakan Army", "Revolutionary Armed Forces of Colombia", "Qassam
Brigades", "Haiti's National Police", "People's Protection Units", a police's "Counter
Terrorism Unit"), an ``organisation`` when it has none ("Boko Haram",
"al-Shabaab", "Kelvo Liberation Front", "Sinaloa Cartel", "Wagner Group"). The head of an
English name is the last word before its first linking word ("Assembly of Forces for
Change": Assembly, an organisation; "Army of the Kelvo Republic": Army); a name in Spanish,
Portuguese or French opens with it ("Ejército de Liberación Nacional"). An acronym takes
the type of its expansion (``acronyms``: FARC is the Revolutionary Armed Forces of Colombia,
a force; JNIM the Group for the Support of Islam and Muslims, an organisation). Nothing here
lists groups as types: the head words and the expansions are the data.
"""

from __future__ import annotations

import re
from functools import cache

from briefbook.data import load_data

__all__ = ["acronym_expansion", "armed_head", "armed_type", "civil_unit_words", "police_body"]


@cache
def _data() -> tuple[frozenset[str], frozenset[str], frozenset[str], dict[str, str]]:
    d = load_data("armed_names.yaml")

    def low(key: str) -> frozenset[str]:
        return frozenset(str(w).lower() for w in d[key])

    acronyms = {str(k): str(v) for k, v in d["acronyms"].items()}
    return low("head_nouns"), low("linking_words"), low("opening_heads"), acronyms


def acronym_expansion(name: str) -> str | None:
    """The expansion ``data/armed_names.yaml`` gives the short form ``name`` ("FARC" ->
    "Revolutionary Armed Forces of Colombia"), or None."""
    return _data()[3].get(name.strip())


def armed_head(name: str) -> bool:
    """Whether the name ``name`` (as written; an acronym read through its expansion) has an
    armed head noun: "Arakan Army", "the 444 Brigade", "Revolutionary Armed Forces of
    Colombia", "FARC", "Ejército de Liberación Nacional" do; "Boko Haram", "Assembly of Forces
    for Change", "JNIM", "Kelvo Front" do not."""
    heads, linking, opening, _ = _data()
    name = acronym_expansion(name) or name
    words = [w for w in re.split(r"\s+", name.strip()) if w]
    if words and words[0].lower() == "the":
        words = words[1:]
    if not words:
        return False
    if _bare(words[0]) in opening and len(words) > 1:
        return True  # "Fuerzas Armadas Revolucionarias de Colombia"
    core: list[str] = []
    for w in words:
        if core and w.lower() in linking:
            break
        core.append(w)
    last = core[-1]
    if police_body([_bare(w) for w in core]):
        return True  # "Kelvo Police Service"
    # "Liberation Army-North", "Army-in-Opposition": the part before the hyphened tail
    return _bare(last) in heads or _bare(last.split("-")[0]) in heads


def _bare(word: str) -> str:
    """``word`` in lower case without a possessive or brackets: "Army's" -> "army"."""
    w = word.lower().strip("()[],.;:\"'\u2019\u201c\u201d")
    return w[:-2] if w.endswith(("'s", "\u2019s")) else w


def armed_type(name: str) -> str:
    """The type of the armed group named ``name``: ``force`` when the name has an armed head
    noun (:func:`armed_head`), else ``organisation``."""
    return "force" if armed_head(name) else "organisation"


@cache
def _police_second_heads() -> frozenset[str]:
    """``police_second_heads`` of ``data/armed_names.yaml``, lower case."""
    data = load_data("armed_names.yaml")
    return frozenset(str(w).lower() for w in data["police_second_heads"])


def police_body(lows: list[str]) -> bool:
    """Whether the lower-case words ``lows`` of a name end in "Police" and a second head of
    a police force ("Kelvo Police Service", "Tarvo Police Department"): a force, as a name
    headed by "Police" is (round aliases27)."""
    return len(lows) >= 2 and lows[-2] == "police" and lows[-1] in _police_second_heads()


@cache
def civil_unit_words() -> frozenset[str]:
    """The words that make a name headed by "Unit(s)" a unit of a body that bears no arms
    (``civil_unit_words`` of ``data/armed_names.yaml``, lower case): "Financial Intelligence
    Unit", "Intensive Care Unit"."""
    return frozenset(str(w).lower() for w in load_data("armed_names.yaml")["civil_unit_words"])
