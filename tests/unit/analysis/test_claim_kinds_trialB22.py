"""Claim kinds misread in a new-analyst trial on naval and air exercises (invented sentences
of the same shapes; no third-party text): warships and military aircraft that "entered" or
"crossed into" an area, or that are reported seen there ("observed", "detected"), were sent
there (deployed), never goods supplied nor a bare count, so two reports of one incursion meet
in the corroboration table. Near misses: loads of goods and merchant ships that entered keep
"supplied", a platform handed over too; a merchant ship seen and a navy's standing fleet stay
"other"."""

from __future__ import annotations

from briefbook.analysis.claims import find_claims


def _events(text: str) -> list[tuple[object, str | None]]:
    return [(c.quantity, c.event) for c in find_claims(text, "S1.1")]


def test_warships_and_aircraft_that_entered_were_deployed() -> None:
    for text, figure in (
        (
            "A senior Ostmarin security official told reporters that over 10 Vendran "
            "warships had entered the Ostmarin response zone by Tuesday morning.",
            10,
        ),
        ("Eight frigates entered the strait on Monday.", 8),
        ("Some 20 military aircraft crossed into the air defence zone on Monday.", 20),
        ("Four coast guard ships entered the restricted waters near the island.", 4),
    ):
        assert (figure, "deployed") in _events(text), text


def test_near_miss_goods_and_merchant_ships_that_entered_stay_supplied() -> None:
    assert (40, "supplied") in _events("Forty lorries of flour entered the town on Monday.")
    assert (3, "supplied") in _events("Three tankers entered the port on Monday.")


def test_near_miss_platforms_handed_over_stay_supplied() -> None:
    assert (2, "supplied") in _events("Kestan supplied two frigates to the navy last year.")
    assert (20, "supplied") in _events("Kestan delivered 20 aircraft to the air force in May.")


def test_warships_and_aircraft_seen_in_an_area_were_deployed() -> None:
    assert (10, "deployed") in _events(
        "Over 10 Vendran warships were observed in the Ostmarin response zone on Tuesday."
    )
    assert (20, "deployed") in _events(
        "Twenty military aircraft were detected around the island on Monday."
    )


def test_near_miss_merchant_ships_seen_and_standing_fleets_stay_other() -> None:
    assert (3, "other") in _events("Three tankers were spotted in the port on Monday.")
    assert (10, "other") in _events("The navy has 10 warships.")


def test_two_reports_of_one_incursion_corroborate() -> None:
    from briefbook.evaluation.corroboration import run_case

    sources = [
        {
            "published": "2031-03-02",
            "publisher": "Example Wire",
            "text": "A senior Ostmarin security official told reporters that over 10 Vendran "
            "warships had entered the Ostmarin response zone by Tuesday morning.",
        },
        {
            "published": "2031-03-02",
            "publisher": "Example Daily",
            "text": "Over 10 Vendran warships were observed in the Ostmarin response zone on "
            "Tuesday, the coast guard said.",
        },
    ]
    rows = [r for r in run_case({"name": "incursion", "sources": sources}) if r["event"]]
    warships = [r for r in rows if "warships" in str(r["counts"])]
    assert [r["status"] for r in warships] == ["corroborated"], warships


def _speakers(text: str) -> set[str | None]:
    from briefbook.analysis.pipeline import analyse
    from briefbook.evaluation.corroboration import _document

    doc = _document("S1", text, "2031-01-01", "Example Wire")
    return {c.attributed_to for c in analyse([doc]).claims}


def test_a_listing_aside_after_a_body_leaves_the_body_the_speaker() -> None:
    # "(ROV, Vendra)" after the body's name: the body speaks, never "Vendra)"
    assert _speakers(
        "The Ministry of Defence of the Republic of Vendra (ROV, Vendra) announced that a "
        "total of 40 aircraft and 9 naval vessels took part in the exercise."
    ) == {"Ministry of Defence of the Republic of Vendra"}
    assert _speakers("Ana Sol (Vendra, Ostmarin) said 12 boats were seized.") == {"Ana Sol"}


def test_near_miss_an_acronym_or_a_lower_case_aside_is_read_as_before() -> None:
    assert _speakers(
        "The Ministry of Defence of Vendra (MOD) announced that 40 aircraft took part."
    ) == {"Ministry of Defence of Vendra"}
    # a relative aside in brackets is no listing: no speaker made of its words
    assert all(
        s is None or ")" not in s
        for s in _speakers(
            "The coast guard (which patrols the strait, the bay and the gulf) said 12 boats "
            "were seized."
        )
    )


def test_a_time_offset_after_a_verb_of_occurring_is_no_quantity() -> None:
    # "came four days after the speech" dates the drills; it counts nothing
    for text in (
        "The drills came four days after the president said the country would resist annexation.",
        "The blockade began two weeks after the talks collapsed.",
    ):
        assert not [c for c in find_claims(text, "S1.1") if c.counts in {"days", "weeks"}], text


def test_near_miss_a_duration_stays_a_quantity() -> None:
    assert (4, "other") in _events("The siege lasted four days.")
    assert (40, "killed") in _events("The fighting killed 40 people over four days.")
