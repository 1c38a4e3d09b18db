"""Claim kinds misread in a new-analyst trial on an offensive and an exodus (invented
sentences of the same shapes; no third-party text): people moved to a hospital ("168 of them
were transported to hospitals") are patients, no goods supplied. Near misses: goods
transported, even to "the hospitals", stay supplied; the wounded keep their own event."""

from __future__ import annotations

from briefbook.analysis.claims import find_claims


def _events(text: str) -> list[tuple[object, str | None]]:
    return [(c.quantity, c.event) for c in find_claims(text, "S1.1")]


def test_people_moved_to_a_hospital_are_no_supplies() -> None:
    for text in (
        "In Vendra, 168 of them were transported to hospitals in Tovaria.",
        "Another 40 people were taken to hospital in Kelvik overnight.",
        "Some 72 patients were transferred to a hospital across the border.",
    ):
        assert all(event != "supplied" for _, event in _events(text)), text


def test_near_miss_goods_transported_stay_supplied() -> None:
    assert (40, "supplied") in _events("The army transported 40 tonnes of flour to the town.")
    assert (300, "supplied") in _events(
        "Six trucks transported 300 tonnes of medicine to the hospitals."
    )


def test_near_miss_the_wounded_keep_their_event() -> None:
    assert (12, "wounded") in _events("Twelve wounded soldiers were taken to hospital in Kelvik.")
