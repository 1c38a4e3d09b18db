"""One clash told by two sources with rival tolls (left over from earlier sessions' trials;
every sentence here is invented): two reports of one scene and day that name an object of a
common kind and give conflicting figures of one event are one key judgment, which says the
sources' figures differ and cites both; the reports stay apart as corroboration (no raised
confidence). Two different events (another object, another means, another place or day, a
"separate" attack, no object named) are never merged."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from briefbook.analysis.claims import find_claims
from briefbook.assessment import assess_documents
from briefbook.assessment.key_judgments import rival_tolls, same_incidents
from briefbook.ingest import SourceSpec, load_documents
from briefbook.model import Sentence

_DAY = dt.date(2026, 12, 2)


def _incidents(a: str, b: str, scene_a: str = "Kayes", scene_b: str = "Kayes") -> dict[int, int]:
    sentences = [Sentence(id="S1.1", source="S1", text=a), Sentence(id="S2.1", source="S2", text=b)]
    return same_incidents(
        [0, 1],
        sentences,
        {"S1.1": frozenset({f"place:{scene_a}"}), "S2.1": frozenset({f"place:{scene_b}"})},
        {i: find_claims(s.text, s.id) for i, s in enumerate(sentences)},
        {"S1": _DAY, "S2": _DAY},
        {"S1": ("B", 2), "S2": ("C", 3)},
        {0: 1.0, 1: 1.0},
    )


@pytest.mark.parametrize(
    ("a", "b", "scene"),
    [
        # the trial's shape: a convoy attack, two tolls of soldiers
        (
            "Militants attacked a fuel convoy near Kayes on Tuesday, killing 12 soldiers, the "
            "army said.",
            "Gunmen ambushed a fuel convoy near Kayes on Tuesday, killing 20 soldiers, a local "
            "official said.",
            "Kayes",
        ),
        # invented variants of the same kind: a market, a checkpoint
        (
            "A drone struck the market in Orsk on Monday, killing 9 people, police said.",
            "A drone strike on the Orsk market on Monday killed 15 people, the governor said.",
            "Orsk",
        ),
        (
            "Gunmen killed 4 policemen at a checkpoint outside Tarn on Sunday, officials said.",
            "Gunmen killed 7 policemen at a checkpoint outside Tarn on Sunday, residents said.",
            "Tarn",
        ),
    ],
)
def test_one_event_with_rival_tolls_is_one_incident(a: str, b: str, scene: str) -> None:
    assert _incidents(a, b, scene, scene) in ({1: 0}, {0: 1})


_CONVOY = (
    "Militants attacked a fuel convoy near Kayes on Tuesday, killing 12 soldiers, the army said."
)


@pytest.mark.parametrize(
    ("b", "scene"),
    [
        # another object
        ("Militants attacked an army base near Kayes on Tuesday, killing 20 soldiers.", "Kayes"),
        # a separate attack
        (
            "In a separate attack, gunmen ambushed a fuel convoy near Kayes on Tuesday, killing "
            "20 soldiers.",
            "Kayes",
        ),
        # another place
        ("Gunmen ambushed a fuel convoy near Gao on Tuesday, killing 20 soldiers.", "Gao"),
        # another day
        (
            "Gunmen ambushed a fuel convoy near Kayes on 10 November 2026, killing 20 soldiers.",
            "Kayes",
        ),
        # no object named: a day's fighting near a town holds many clashes
        ("Fighting near Kayes on Tuesday killed 20 soldiers, the army said.", "Kayes"),
    ],
)
def test_different_events_with_other_figures_stay_two(b: str, scene: str) -> None:
    assert _incidents(_CONVOY, b, "Kayes", scene) == {}


def test_other_means_of_another_kind_stay_two() -> None:
    a = "A drone struck a fuel convoy near Kayes on Tuesday, killing 12 soldiers."
    b = "A car bomb hit a fuel convoy near Kayes on Tuesday, killing 20 soldiers."
    assert _incidents(a, b) == {}


def test_agreeing_figures_are_no_rival_tolls() -> None:
    a = Sentence(id="S1.1", source="S1", text=_CONVOY)
    text = "Gunmen ambushed a fuel convoy near Kayes on Tuesday, killing 12 soldiers."
    b = Sentence(id="S2.1", source="S2", text=text)
    assert not rival_tolls(a, b, find_claims(a.text, a.id), find_claims(text, b.id))


ARMY = """Title: Convoy attacked near Kayes
Date: 2026-12-02

BAMAKO, Mali (Wirewire) - Militants attacked a fuel convoy near Kayes on Tuesday, killing 12 soldiers, the army said.

The convoy was carrying fuel from Dakar to the capital, officials said.
"""
LOCAL = """Title: Mali convoy ambush
Date: 2026-12-02

Gunmen ambushed a fuel convoy near Kayes on Tuesday, killing 20 soldiers, a local official said.
The army said the attackers had been repelled.
"""
OTHER = """Title: Ostland talks
Date: 2026-12-02

The government and the Northern Front signed a ceasefire in Geneva on Monday, the mediators said.
Rebels shelled the port of Vendra on Tuesday, killing 5 civilians, the health ministry said.
"""


def _docs(tmp_path: Path) -> list:
    files = [("army.txt", ARMY), ("local.txt", LOCAL), ("other.txt", OTHER)]
    for name, text in files:
        (tmp_path / name).write_text(text, encoding="utf-8")
    return load_documents([SourceSpec(path=n) for n, _ in files], base=tmp_path)


def test_one_clash_with_rival_tolls_leads_once_and_says_the_figures_differ(
    tmp_path: Path,
) -> None:
    a = assess_documents(_docs(tmp_path), issue_date="2026-12-02")
    ids = {s.text: s.id for s in a.sentences}
    twelve = next(i for t, i in ids.items() if "12 soldiers" in t)
    twenty = next(i for t, i in ids.items() if "20 soldiers" in t)
    told = [k for k in a.key_judgments if {twelve, twenty} & set(k.evidence)]
    assert len(told) == 1, [k.text for k in a.key_judgments]
    k = told[0]
    assert {twelve, twenty} <= set(k.evidence)
    assert "figures differ" in k.text and "12 soldiers" in k.text and "20 soldiers" in k.text
    # rival figures corroborate nothing
    assert k.confidence == "low", k.rationale
    # the other event keeps its own judgment
    assert any("Vendra" in j.text and twelve not in j.evidence for j in a.key_judgments)
    # the corroboration table sets the two figures side by side, source by source
    row = next(r for r in a.corroboration if r["what"] == "soldiers killed")
    assert {q["source"]: q["figure"] for q in row["quantities"]} == {
        twelve.split(".")[0]: "12",
        twenty.split(".")[0]: "20",
    }
