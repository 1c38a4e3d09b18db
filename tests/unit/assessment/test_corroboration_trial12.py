"""Kinds of corroboration misread in a new-analyst trial on attacks on shipping (invented
reports of the same shapes; no third-party text): a toll and a count of the crew killed are
one figure, and one report never corroborates itself."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefbook.analysis.claims import find_frames
from briefbook.analysis.topics import counts_key, toll_of_people
from briefbook.assessment.corroboration import corroborate
from briefbook.ingest import load_documents
from briefbook.model import Document
from builders import claims_assessment, snippet_claim, written_sources


def _docs(tmp_path: Path, *texts: str) -> list[Document]:
    head = "Published: 2024-05-0{day}\n\nReport {i}"
    return load_documents(written_sources(tmp_path, *texts, head=head))


_claim = snippet_claim


# a claim of a test: (report index, snippet, figure, counted thing, event, originator)
_Spec = tuple[int, str, int, str, str, str | None]


def _rows(tmp_path: Path, reports: list[str], specs: list[_Spec]) -> list[dict]:
    """The corroboration rows of one claim per spec over one source per report."""
    docs = _docs(tmp_path, *reports)
    claims = [_claim(docs[i], snippet, *rest) for i, snippet, *rest in specs]
    return corroborate(claims_assessment(docs, claims))


@pytest.mark.parametrize(
    ("toll", "people"),
    [
        ("fatalities", "crew members"),
        ("deaths", "seafarers"),
        ("fatalities", "people"),
        ("deaths", "sailors"),
    ],
)
def test_a_toll_and_a_count_of_people_are_one_figure(tmp_path: Path, toll, people) -> None:
    rows = _rows(
        tmp_path,
        [
            f"A missile struck the bulk carrier Orvan Tide, and its crew reports two {toll}.",
            f"Two {people} were killed aboard the Orvan Tide, the operator said.",
        ],
        [
            (0, f"two {toll}", 2, toll, "killed", None),
            (1, f"Two {people} were killed", 2, people, "killed", "the operator"),
        ],
    )
    assert [(r["status"], r["agreeing"]) for r in rows] == [("corroborated", ["S1", "S2"])]


def test_a_toll_joins_the_first_of_one_reports_phrasings(tmp_path: Path) -> None:
    rows = _rows(
        tmp_path,
        [
            "The navy said the attack on the Orvan Tide left two fatalities.",
            "Two seafarers were killed aboard the Orvan Tide. The owner put the toll at two people.",
        ],
        [
            (0, "two fatalities", 2, "fatalities", "killed", "navy"),
            (1, "Two seafarers were killed", 2, "seafarers", "killed", None),
            (1, "two people", 2, "people", "killed", "The owner"),
        ],
    )
    joined = [r for r in rows if r["status"] == "corroborated"]
    assert [r["evidence"] for r in joined] == [["S1.1", "S2.1"]], rows


# a toll that disagrees with one side's dead, or that two reports' counts could take
_APART = [
    (
        [
            "The attack on the port left 12 fatalities, the ministry said.",
            "Three crew members were killed in the attack on the port, the owner said.",
        ],
        [
            (0, "12 fatalities", 12, "fatalities", "killed", "the ministry"),
            (1, "Three crew members", 3, "crew members", "killed", "the owner"),
        ],
    ),
    (
        [
            "The ministry said the raid on the port left two fatalities.",
            "Two soldiers were killed in the raid on the port, the army said.",
            "Two civilians were killed in the raid on the port, a medic said.",
        ],
        [
            (0, "two fatalities", 2, "fatalities", "killed", "ministry"),
            (1, "Two soldiers were killed", 2, "soldiers", "killed", "army"),
            (2, "Two civilians were killed", 2, "civilians", "killed", "a medic"),
        ],
    ),
]


@pytest.mark.parametrize(("reports", "specs"), _APART)
def test_a_toll_never_a_rival_nor_taken_by_two_reports(
    tmp_path: Path, reports: list[str], specs: list[_Spec]
) -> None:
    rows = _rows(tmp_path, reports, specs)
    assert [r["status"] for r in rows] == ["unmatched"] * len(specs), rows


def test_toll_nouns_and_who_they_were() -> None:
    assert counts_key("fatalities").head == counts_key("deaths").head == "toll"
    assert counts_key("crew fatalities").head == counts_key("seafarers").head == "crew"
    assert counts_key("civilian deaths").head == "civilians"
    assert toll_of_people(counts_key("fatalities"), counts_key("crew members"))
    assert not toll_of_people(counts_key("fatalities"), counts_key("missiles"))


def test_one_report_never_corroborates_itself(tmp_path: Path) -> None:
    rows = _rows(
        tmp_path,
        [
            "The rebels fired two ballistic missiles at a tanker on Tuesday, the navy said. "
            "A day earlier two missiles were fired at a freighter in the strait."
        ],
        [
            (0, "fired two ballistic missiles", 2, "ballistic missiles", "launched", "navy"),
            (0, "two missiles were fired", 2, "missiles", "launched", None),
        ],
    )
    assert [(r["status"], r["independent_sources"]) for r in rows] == [("unmatched", 1)]


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("The destroyer shot down two more missiles fired from the coast.", "intercepted"),
        ("The frigate intercepted three drones launched toward the convoy.", "intercepted"),
        ("Two missiles fired from the coast struck a freighter.", "launched"),
        ("The rebels fired four missiles at the port.", "launched"),
        # no verb before the figure: the participle is its event
        ("Officials said the 1,100 troops sent from the north had reached the border.", "deployed"),
    ],
)
def test_a_participle_saying_where_things_came_from_modifies_them(text, event) -> None:
    assert [f.event for f in find_frames(text)] == [event]


@pytest.mark.parametrize(
    "text",
    [
        "The crew reports at least four injuries, of which three are in critical condition.",
        "The navy counted 40 drones, of which 30 were shot down over the sea.",
    ],
)
def test_a_figure_after_of_which_is_a_part_of_the_one_before(text: str) -> None:
    found = find_frames(text)
    assert [f.part for f in found] == [False, True], [(f.low, f.counts, f.part) for f in found]


@pytest.mark.parametrize(
    "text",
    [
        "Later the navy raised the toll to three – one Varese and two Orlani sailors.",
        "Later the navy raised the toll to three - one Varese and two Orlani sailors.",
    ],
)
def test_a_descending_pair_after_a_dash_is_a_breakdown_not_a_range(text: str) -> None:
    first = find_frames(text)[0]
    assert (first.low, first.high) == (3, 3), [(f.low, f.high, f.counts) for f in find_frames(text)]


def test_an_ascending_pair_after_a_dash_stays_a_range() -> None:
    assert [(f.low, f.high) for f in find_frames("The attack killed 12 - 15 people.")] == [(12, 15)]


@pytest.mark.parametrize(
    "anchored",
    [
        "Crews cleared the debris in Ostra on Thursday. Five villagers were killed in the "
        "blast the day before, the mayor said.",
        "Crews cleared the debris in Ostra on Thursday. Five villagers had been killed there "
        "a day earlier, the mayor said.",
    ],
)
def test_a_figure_placed_in_time_by_its_own_clause_keeps_no_time_of_the_sentence_before(
    tmp_path: Path, anchored: str
) -> None:
    rows = _rows(
        tmp_path,
        ["Five villagers were killed in Ostra on Wednesday, police said.", anchored],
        [
            (0, "Five villagers were killed", 5, "villagers", "killed", "police"),
            (1, "Five villagers", 5, "villagers", "killed", "the mayor"),
        ],
    )
    assert [(r["status"], r["agreeing"]) for r in rows] == [("corroborated", ["S1", "S2"])]


def test_two_tolls_of_different_named_causes_are_two_events(tmp_path: Path) -> None:
    reports = [
        "Shelling in Velno killed nine people on Sunday, police said.",
        "A bus crash in Velno on Sunday caused nine fatalities, the coastguard said.",
        "A missile strike in Velno on Sunday killed nine people, medics said.",
    ]
    specs: list[_Spec] = [
        (0, "killed nine people", 9, "people", "killed", "police"),
        (1, "nine fatalities", 9, "fatalities", "killed", "the coastguard"),
        (2, "killed nine people", 9, "people", "killed", "medics"),
    ]
    (tmp_path / "two").mkdir()
    (tmp_path / "three").mkdir()
    rows = _rows(tmp_path / "two", reports[:2], specs[:2])
    assert [r["status"] for r in rows] == ["unmatched", "unmatched"]  # a crash is no shelling
    # two wordings of one attack stay one event
    rows = _rows(tmp_path / "three", reports, specs)
    together = [r["agreeing"] for r in rows if r["status"] == "corroborated"]
    assert together == [["S1", "S3"]], [(r["status"], r["agreeing"]) for r in rows]
