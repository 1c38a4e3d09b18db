"""Event identity (invented reports, no third-party text).

1. Numbered incidents of one kind ("the first bombing", "the second bombing"), with no place,
   are two events, in one source or across sources; an unnumbered one or "the first time"
   numbers none.
2. The series' ``one_event`` (whether figures of two briefings are of one event) reads the
   rules corroboration reads, one rule for both (``_told_apart``): a toll dated by the
   sentence before it to an earlier incident, the other side's soldier, another numbered
   incident are other events; their near misses stay one.
"""

from __future__ import annotations

from briefbook.analysis.pipeline import analyse
from briefbook.assessment.corroboration import claim_scenes, one_event
from briefbook.evaluation.corroboration import _document, run_case
from briefbook.model import Claim

_TWO_BOMBINGS = (
    "Two car bombings hit the old city of Vessen on Sunday. The first bombing killed 14 "
    "people near a bus depot. The second bombing, about an hour later, killed 31 people."
)


def _rows(*texts: str, day: str = "2031-09-08") -> list[dict]:
    return run_case(
        {"name": "incidents", "sources": [{"published": day, "text": t} for t in texts]}
    )


def _killed(rows: list[dict]) -> list[list[tuple[str, str]]]:
    return [
        sorted((q["source"], str(q["text"])) for q in r["quantities"])
        for r in rows
        if r.get("event") == "killed"
    ]


def test_two_numbered_bombings_of_one_source_are_two_events() -> None:
    rows = _killed(_rows(_TWO_BOMBINGS))
    assert sorted(rows) == [[("S1", "14 people")], [("S1", "31 people")]]


def test_a_numbered_bombing_matches_the_same_number_in_another_source() -> None:
    rows = _rows(
        _TWO_BOMBINGS, "The second car bombing in Vessen killed 31 people, the police said."
    )
    killed = [r for r in rows if r.get("event") == "killed"]
    by_figure = {q["text"]: r["status"] for r in killed for q in r["quantities"]}
    assert by_figure["14 people"] == "unmatched"  # never contradicted by the second's 31
    assert by_figure["31 people"] == "corroborated"


def test_near_miss_unnumbered_bombings_of_two_sources_are_still_compared() -> None:
    rows = _rows(
        "A car bombing killed 14 people in Vessen on Sunday.",
        "The bombing killed 31 people in Vessen on Sunday, the police said.",
    )
    assert [r["status"] for r in rows if r.get("event") == "killed"] == ["contradicted"]


def test_near_miss_the_first_time_numbers_no_incident() -> None:
    rows = _rows(
        "For the first time a drone strike killed 14 people in Vessen on Sunday.",
        "A drone strike killed 31 people in Vessen on Sunday, the police said.",
    )
    assert [r["status"] for r in rows if r.get("event") == "killed"] == ["contradicted"]


# ---------------------------------------------------------------------------
# 2. one_event across briefings reads the same rules


def _claims(day: str, text: str, sid: str):
    doc = _document(sid, text, day)
    claims = analyse([doc]).claims
    return claims, claim_scenes(doc.sentences)


def _soldiers(claims: list[Claim]) -> Claim:
    return next(c for c in claims if "soldier" in c.counts)


def _one(now: tuple[str, str], then: tuple[str, str]) -> bool:
    a, scene_a = _claims(*now, "S1")
    b, scene_b = _claims(*then, "S1")  # one id in both briefings, as a series has
    x, y = _soldiers(a), _soldiers(b)
    return one_event(x, y, scene_a(x), scene_b(y))


_NOW = ("2031-07-24", "The Kelish health ministry said three soldiers were killed in the shelling.")


def test_a_toll_dated_to_an_earlier_incident_by_its_scene_is_another_event() -> None:
    then = (
        "2031-07-10",
        "Tensions have been rising since an armed clash on March 14, when troops opened fire "
        "on an outpost near Mardek. Two soldiers were killed.",
    )
    assert not _one(_NOW, then)


def test_near_miss_an_undated_toll_of_an_earlier_briefing_is_one_event() -> None:
    then = (
        "2031-07-17",
        "The Kelish health ministry said two soldiers were killed in the shelling.",
    )
    assert _one(_NOW, then)


def test_the_other_sides_soldiers_are_another_event() -> None:
    then = ("2031-07-17", "Two Dorvian soldiers were killed in the shelling, the agency said.")
    assert not _one(_NOW, then)


def test_near_miss_the_same_sides_soldiers_are_one_event() -> None:
    then = ("2031-07-17", "Two Kelish soldiers were killed in the shelling, the agency said.")
    assert _one(_NOW, then)


def test_another_numbered_incident_is_another_event() -> None:
    now = ("2031-07-24", "The second ambush killed three soldiers, the ministry said.")
    then = ("2031-07-17", "The first ambush killed two soldiers, the ministry said.")
    assert not _one(now, then)
    assert _one(now, ("2031-07-17", "The second ambush killed two soldiers, the ministry said."))


def test_without_scenes_one_event_reads_what_the_claims_state() -> None:
    a, _ = _claims(*_NOW, "S1")
    b, _ = _claims(
        "2031-07-10",
        "Tensions have been rising since an armed clash on March 14, when troops opened fire "
        "on an outpost near Mardek. Two soldiers were killed.",
        "S1",
    )
    assert one_event(_soldiers(a), _soldiers(b))  # its date is in the sentence before
