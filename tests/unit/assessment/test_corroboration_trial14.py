"""Kinds of corroboration misread in a new-analyst trial on a border war (invented reports of
the same shapes; no third-party text): figures of two incidents a day apart never join one
row through a third that states no time, a mine blast and a gun battle are two events, a toll
over several years never confirms one day's toll, and a count coordinated after another
figure's own participle does not take that participle's event."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefbook.analysis.claims import find_frames
from briefbook.analysis.scopes import find_scope, long_span
from briefbook.assessment.corroboration import corroborate
from briefbook.ingest import load_documents
from builders import claims_assessment, snippet_claim, written_sources


def _rows(tmp_path: Path, reports: list[str], specs: list[tuple]) -> list[dict]:
    docs = load_documents(
        written_sources(tmp_path, *reports, head="Published: 2024-05-0{day}\n\nReport {i}")
    )
    claims = [
        snippet_claim(docs[i], snippet, *rest[:4], **(rest[4] if len(rest) > 4 else {}))
        for i, snippet, *rest in specs
    ]
    return corroborate(claims_assessment(docs, claims))


def test_two_days_incidents_never_one_row_through_an_undated_figure(tmp_path: Path) -> None:
    rows = _rows(
        tmp_path,
        [
            "The army said three soldiers were wounded in the clash.",
            "Heavy fighting broke out along the frontier on Friday, wounding three Ostran soldiers.",
            "Six Ostran soldiers were wounded by landmines near the Kelvo crossing on Thursday.",
        ],
        [
            (0, "three soldiers", 3, "soldiers", "wounded", "army"),
            (1, "three Ostran soldiers", 3, "Ostran soldiers", "wounded", None),
            (2, "Six Ostran soldiers", 6, "Ostran soldiers", "wounded", None),
        ],
    )
    assert not [r for r in rows if r["status"] == "contradicted"], rows
    assert not [r for r in rows if {"S1", "S3"} <= set(r["agreeing"] + r["disagreeing"])], rows


@pytest.mark.parametrize(
    ("reports", "statuses"),
    [
        (  # a mine blast and a gun battle are two events
            [
                "Two guards were wounded in the clash near the post, the army said.",
                "A landmine wounded four guards on patrol near the post, the governor said.",
            ],
            ["unmatched", "unmatched"],
        ),
        (  # opening fire is an attack, not a fire
            [
                "Rebels opened fire on the post, wounding two guards, the army said.",
                "Two guards were wounded in the attack on the post, the governor said.",
            ],
            ["corroborated"],
        ),
    ],
)
def test_the_cause_of_a_toll_tells_events_apart(
    tmp_path: Path, reports: list[str], statuses: list[str]
) -> None:
    first = next(w for w in reports[0].split() if w.lower() in {"two", "four"})
    second = next(w for w in reports[1].split() if w.lower() in {"two", "four"})
    rows = _rows(
        tmp_path,
        reports,
        [
            (0, f"{first} guards", 2, "guards", "wounded", "army"),
            (
                1,
                f"{second} guards",
                2 if second.lower() == "two" else 4,
                "guards",
                "wounded",
                "governor",
            ),
        ],
    )
    assert [r["status"] for r in rows] == statuses, rows


def test_a_toll_of_recent_years_never_confirms_one_days_toll(tmp_path: Path) -> None:
    text = "The frontier has seen sporadic skirmishes and at least nine deaths in recent years."
    frame = next(f for f in find_frames(text) if f.value == 9)
    assert frame.scope and long_span(frame.scope)
    assert not long_span(find_scope("Nine died in the past 24 hours.", 0, 4))
    rows = _rows(
        tmp_path,
        [
            text,
            "The health ministry said the shelling of Dravno killed nine people.",
        ],
        [
            (0, "at least nine deaths", 9, "deaths", "killed", None, {"scope": frame.scope}),
            (1, "nine people", 9, "people", "killed", "health ministry"),
        ],
    )
    assert [r["status"] for r in rows] == ["unmatched", "unmatched"], rows


def test_a_count_after_another_figures_participle_keeps_its_own_event() -> None:
    text = (
        "The governor said the shelling hit 40 villagers, with 9 killed and six policemen, "
        "one of whom was killed."
    )
    events = {f.text: f.event for f in find_frames(text)}
    assert events["9"] == "killed"
    assert events["six policemen"] != "killed"
    # a verb before both figures still governs both
    both = {f.text: f.event for f in find_frames("The blast killed 9 villagers and six policemen.")}
    assert both == {"9 villagers": "killed", "six policemen": "killed"}
