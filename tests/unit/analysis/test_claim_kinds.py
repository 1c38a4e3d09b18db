"""Kinds of figures read in round 5 (invented sentences of the shapes met on outside news)."""

import pytest

from briefbook.analysis.claims import find_frames
from briefbook.analysis.numbers import find_quantities


def frames(text: str) -> list[tuple[float | None, float | None, str | None]]:
    return [(f.low, f.high, f.event) for f in find_frames(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a duration joined to its unit is a measure, and no antecedent of a bare figure
        (
            "The three-day raid on the border villages left more than 80 dead.",
            [(3, 3, "other"), (81, None, "killed")],
        ),
        ("Under the Kestan 12-year siege of the port, 40 ships waited.", [(12, 12, "other")]),
        # "N years ago" anchors a time, it counts nothing
        ("The revolt began four years ago, killing 6,000 people.", [(6000, 6000, "killed")]),
    ],
)
def test_durations_and_time_anchors(text, expected) -> None:
    assert frames(text)[: len(expected)] == expected


def test_age_and_compound_stay_out() -> None:
    assert find_quantities("A seven-year-old girl saw a one-way drone.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the whole of "N of M" was launched; the part was shot down
        ("Seven of the 15 drones were shot down.", [(7, 7, "intercepted"), (15, 15, "launched")]),
        (
            "Air defence shot down 31 of 44 missiles and 50 of 52 drones, the commander said.",
            [
                (31, 31, "intercepted"),
                (44, 44, "launched"),
                (50, 50, "intercepted"),
                (52, 52, "launched"),
            ],
        ),
        # "one of three missiles" is a count, sharing the verb of the figure before it
        (
            "The navy said it downed all 20 drones and one of three missiles fired by the rebels.",
            [(20, 20, "intercepted"), (1, 1, "intercepted"), (3, 3, "launched")],
        ),
        # "one of the sources" is a person, not a count
        ("One of the sources said 40 people died.", [(40, 40, "killed")]),
    ],
)
def test_parts_and_wholes(text, expected) -> None:
    assert frames(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a cue inside another figure's phrase ("aid workers") governs no other figure
        (
            "The raid on the camp left more than 60 dead, including 14 children and six aid workers.",
            [(61, None, "killed"), (14, 14, "killed"), (6, 6, "killed")],
        ),
        # the parts of a group take the group's event
        ("Among the victims were nine women, the clinic said.", [(9, 9, "casualties")]),
        ("The dead included three medics.", [(3, 3, "killed")]),
        ("A total of 44 victims were brought to the clinic.", [(44, 44, "casualties")]),
        (
            "The injured included a man in serious condition and two others in moderate condition.",
            [(2, 2, "wounded")],
        ),
        # forced to flee is displacement
        ("The assault forced about 1,300 residents to flee the town.", [(1170, 1430, "displaced")]),
        (
            "The camp shelters more than 40,000 people who have been forced to flee their homes.",
            [(40001, None, "displaced")],
        ),
        # drones destroyed by air defence were intercepted, however they are named
        (
            "Overnight, air defence systems destroyed 31 unmanned aerial vehicles, the ministry said.",
            [(31, 31, "intercepted")],
        ),
        # aid loads are supplies, not funds; a tally takes the verb of its own clause
        ("The society received 25 trucks of humanitarian aid.", [(25, 25, "supplied")]),
        (
            "It noted that the number of lorries that entered the strip since Jan. 4 reached 612.",
            [(612, 612, "supplied")],
        ),
        # a one-for-one swap is read once, by its first figure
        (
            "In May, the sides agreed on a 1,000-for-1,000 exchange of prisoners of war.",
            [(1000, 1000, "exchanged")],
        ),
        # remains brought back were exchanged
        (
            "On 3 May, the bodies of 410 fallen soldiers were brought back to the country.",
            [(410, 410, "exchanged")],
        ),
    ],
)
def test_events_of_groups_tolls_and_loads(text, expected) -> None:
    assert frames(text) == expected


def test_originators_of_generic_body_nouns_and_places(tmp_path) -> None:
    from briefbook.analysis.pipeline import analyse
    from briefbook.ingest import read_document

    path = tmp_path / "a.txt"
    path.write_text(
        "Drones hit the south\n\n"
        "The Kestan Relief Corps said its teams were on the scene.\n\n"
        '"Our teams took 21 injured people to hospitals," the agency said in a statement.\n\n'
        "Eight more drones were downed over the southern region of Varna, its governor said.\n",
        encoding="utf-8",
    )
    claims = analyse([read_document(path, "S1")]).claims
    got = {c.low: c.attributed_to for c in claims}
    assert got[21] == "Kestan Relief Corps"
    assert got[8] == "governor of Varna"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On Monday, five people were wounded, including one seriously, medics said.",
            [(5, 5, "wounded"), (1, 1, "wounded")],
        ),
        (
            "Three soldiers were killed and one critically injured.",
            [(3, 3, "killed"), (1, 1, "wounded")],
        ),
        ("One seriously wounded man was taken away.", []),
    ],
)
def test_one_as_part_of_the_figure_before(text, expected) -> None:
    assert frames(text) == expected


def test_writer_clause_before_a_later_speaker(tmp_path) -> None:
    from briefbook.analysis.pipeline import analyse
    from briefbook.ingest import read_document

    path = tmp_path / "a.txt"
    path.write_text(
        "Aid at the crossing\n\n"
        "Traffic at the crossing included about 20 Kestan aid lorries, and the Kestan "
        "government said it had handed over 11 lorries of medicine.\n\n"
        "The Varna Rescue Service (VRS), the national ambulance body, confirmed the toll.\n\n"
        '"Crews took 17 injured people to hospital," the agency said.\n',
        encoding="utf-8",
    )
    claims = analyse([read_document(path, "S1")]).claims
    got = {c.low: c.attributed_to for c in claims}
    assert got[18] is None
    assert got[11] == "Kestan government"
    assert "Varna Rescue Service" in (got[17] or "")
