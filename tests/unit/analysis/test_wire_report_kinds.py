"""Originator and event errors of the claims tuning rounds (5 and 6), grouped by kind.

One invented case or two per kind; the sentences are our own, of the shapes met on outside
wire reports (no third-party text)."""

from __future__ import annotations

import pytest

from briefbook.analysis.claims import find_claims, find_frames
from briefbook.analysis.hedges import attribution
from builders import names_word as _has
from builders import originators_of as _run


def _frames(text: str) -> list[tuple[float | None, float | None, str | None]]:
    return [(f.low, f.high, f.event) for f in find_frames(text)]


# --- "X, role, told AFP": the speaker is X, the outlet after "told" is the hearer


def test_named_person_with_role_told_an_outlet() -> None:
    got = _run(
        "Raiders entered Tarvel village before dawn and seized 31 farmers, Omar Dalin, the "
        "district administrator, told Reuters.",
        '"They went from hut to hut before taking 12 people along with them," he said.',
    )
    assert _has(got[0], "Dalin") and _has(got[1], "Dalin")


def test_role_then_name_told_an_outlet() -> None:
    (got,) = _run(
        '"The guard was killed together with four others," a police commander in Velm, '
        "Nadia Osei, told AFP by phone."
    )
    assert _has(got, "Osei")


def test_role_told_an_outlet_and_outlet_is_never_the_speaker() -> None:
    assert attribution("Eleven soldiers were killed, a security source told AFP.")[0] == (
        "security source"
    )
    assert attribution("Nadia Osei told the Harbor Times that 12 people died.")[0] == "Nadia Osei"


def test_inverted_said_with_a_place_apposition_keeps_the_speaker() -> None:
    assert attribution("Two were killed in Velm, the capital, said the army.")[0] == "army"


# --- bodies named with lower-case words, set off by a long apposition


def test_body_with_lower_case_name_and_long_apposition() -> None:
    got = _run(
        "The Dorvian civil defence, a rescue service known as the Blue Caps which works in "
        "rebel areas, said shelling killed 19 people.",
        "Velm's civil defence, a volunteer rescue service, said 7 people were hurt.",
    )
    assert _has(got[0], "civil defence") and _has(got[1], "civil defence")


# --- "with X saying": the speaker of the participle


def test_with_x_saying() -> None:
    (got,) = _run(
        "Last week, the Vesk militia launched a rare raid into neighbouring Dorvia, with "
        "regional authorities there saying they had killed about 100 fighters."
    )
    assert _has(got, "regional authorities")


# --- "an attack claimed by X": a claim of responsibility, no speaker of the count


def test_claimed_by_is_no_speaker() -> None:
    (got,) = _run(
        "Nine people were killed in a bombing in northern Dorvia claimed by the Vesk group."
    )
    assert got is None


# --- people quoted by role, and bodies named by kind


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Eight people were killed in the bus, a local teacher said.", "teacher"),
        ("Among the dead were three guards, a village chief told Reuters.", "village chief"),
        ("Five bodies were found near the river, survivors said.", "survivors"),
        ("The Velm provincial medical center said 40 people were admitted.", "medical center"),
    ],
)
def test_people_and_bodies_quoted_by_role(text: str, word: str) -> None:
    (got,) = _run(text)
    assert _has(got, word)


def test_the_medical_center_refers_to_the_hospital_named_before() -> None:
    got = _run(
        "Santa Clara Hospital in Tarsk said it treated 12 people.",
        "The medical center said a total of 56 victims were brought in.",
    )
    assert _has(got[1], "Santa Clara")


def test_a_person_quoted_after_a_body_then_he_said() -> None:
    got = _run(
        "The army said 14 rebels were killed in the raid.",
        "Major Ana Dorr, the army spokeswoman, said three soldiers died.",
        '"We lost two more in the night," she said.',
    )
    assert _has(got[0], "army") and _has(got[1], "Dorr") and _has(got[2], "Dorr")


def test_the_statement_continued_is_the_army() -> None:
    got = _run(
        "Two soldiers were killed, the army said in a statement.",
        '"Nine were wounded in the fighting," the statement continued.',
    )
    assert _has(got[0], "army") and _has(got[1], "army")


def test_closing_quote_ends_the_speaker() -> None:
    got = attribution(
        '"The rebels fired two rockets into the Gulf of Varn," Coastal Command also wrote.'
    )[0]
    assert got == "Coastal Command"


# --- measures that frame the report are the writer's, whoever the sentence quotes


def test_distance_that_places_a_town_is_the_writers() -> None:
    text = (
        "Officials said six people were wounded in the town of Velm, eight km (five miles) "
        "from the front line."
    )
    got = {c.text: c.attributed_to for c in find_claims(text, "S1", attributed_to="officials")}
    # the bracketed "five miles" restates the eight km in another unit: no second claim
    assert got == {"six people": "officials", "eight km": None}


def test_distance_a_source_reports_stays_the_sources() -> None:
    text = "Residents told him parts of the jet were lying some 500 meters away inside a yard."
    (claim,) = find_claims(text, "S1", attributed_to="residents")
    assert claim.attributed_to == "residents"
    quoted = '"They came from Tarsk (about 20 kilometres from Velm)," one resident said.'
    (claim,) = find_claims(quoted, "S1", attributed_to="one resident")
    assert claim.attributed_to == "one resident"


def test_time_since_an_event_is_the_writers() -> None:
    text = "The ministry said in a statement nearly 31 months after the invasion that 9 died."
    got = {c.text: c.attributed_to for c in find_claims(text, "S1", attributed_to="ministry")}
    assert got == {"nearly 31 months": None, "9": "ministry"}


# --- events


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people "taken" by raiders were captured; "taken to hospital" is no capture
        ("Tomas Rell, a village elder, said 40 people were taken.", [(40, 40, "captured")]),
        ("The raiders left, taking 12 people along with them.", [(12, 12, "captured")]),
        ("Nine people were taken into custody.", [(9, 9, "detained")]),
        # counts of incidents and raids in which people were seized are strikes
        (
            "A gang seized 30 farmers in two separate incidents in Velm state.",
            [(30, 30, "captured"), (2, 2, "struck")],
        ),
        ("Police detained 40 people in three raids.", [(40, 40, "detained"), (3, 3, "struck")]),
        # places after "over"/"in" are where the event happened
        (
            "The air force shot down all 29 drones over eight Velmish regions overnight.",
            [(29, 29, "intercepted"), (8, 8, "other")],
        ),
        ("Shelling struck three villages in the south.", [(3, 3, "struck")]),
        # "one minor injury" counts; "N times" after a perfect verb counts how often
        ("The rockets hit the ferry, causing one minor injury.", [(1, 1, "wounded")]),
        ("The ship has delivered grain to the port 11 times.", [(11, 11, "supplied")]),
        ("The convoy has been attacked three times this month.", [(3, 3, "struck")]),
        ("He has said it many times.", []),
    ],
)
def test_event_kinds(text: str, expected: list) -> None:
    assert _frames(text) == expected


# --- "according to [a statement from | figures released by] X"; bodies and people named by a
# lower-case head, with a modifier before the speech verb; two speakers in one sentence


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("According to a statement from the Dorvian army, 14 rebels were killed.", "Dorvian army"),
        ("According to figures released by the health ministry, 230 people died.", "ministry"),
        ("A resident who asked not to be named said 15 bodies were found.", "resident"),
        ("Residents reached by phone said 30 houses had burned.", "Residents"),
        ("The militia said on its Telegram channel that it destroyed 3 tanks.", "militia"),
        ("The death toll rose to 45, the regional health department said.", "department"),
    ],
)
def test_according_to_and_lower_case_speakers(text: str, word: str) -> None:
    (got,) = _run(text)
    assert _has(got, word)


def test_two_speakers_in_one_sentence() -> None:
    text = "The army said 12 soldiers died, while the rebels said 40 soldiers were killed."
    got = [c.attributed_to for c in find_claims(text, "S1", attributed_to="army")]
    assert got == ["army", "rebels"]
    text = "Police said 5 people were hurt, but witnesses told Reuters that at least 11 died."
    got = [c.attributed_to for c in find_claims(text, "S1", attributed_to="Police")]
    assert got == ["Police", "witnesses"]
    text = "The army said 12 soldiers died and 30 were wounded."
    got = [c.attributed_to for c in find_claims(text, "S1", attributed_to="army")]
    assert got == ["army", "army"]


def test_a_person_placed_in_a_body_keeps_the_person() -> None:
    (got,) = _run("A spokesman for the Dorvian ministry said 9 people died.")
    assert _has(got, "spokesman")
    (got,) = _run("Losses doubled, a senior officer from the northern command told reporters.")
    assert _has(got, "officer")
