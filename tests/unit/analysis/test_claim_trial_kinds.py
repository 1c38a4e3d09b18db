"""Kinds of figures misread in a new-user trial on outside reporting (invented sentences of
the same shapes; no third-party text)."""

import pytest

from briefbook.analysis.claims import find_frames
from briefbook.analysis.parts import mark_sub_parts, sub_place
from briefbook.analysis.topics import counts_compatible, counts_key
from briefbook.model import Claim


def frames(text: str) -> list[tuple[float | None, float | None, str, str, str]]:
    return [(f.low, f.high, f.kind, f.counts, f.event) for f in find_frames(text)]


@pytest.mark.parametrize(
    ("text", "low", "high", "counts"),
    [
        ("More than two dozen soldiers were killed in the raid.", 25, None, "soldiers"),
        ("About three dozen villagers fled the hills.", 32.4, 39.6, "villagers"),
        ("Three hundred families were displaced by the floods.", 300, 300, "families"),
        ("A few dozen protesters were detained on Friday.", 24, 59, "protesters"),
        ("Several dozen guards were wounded.", 36, 99, "guards"),
        ("Tens of thousands of residents were displaced.", 20000, 99999, "residents"),
    ],
)
def test_multiplied_number_words_are_one_figure(text, low, high, counts) -> None:
    found = frames(text)
    assert len(found) == 1
    assert found[0][:2] == (pytest.approx(low), high if high is None else pytest.approx(high))
    assert found[0][3] == counts


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Two trucks carrying gunmen entered the village on Friday.", "other"),
        ("Three pickup trucks loaded with armed men arrived at the market.", "other"),
        ("The charity said its five clinics had run out of medical supplies.", "other"),
        ("The agency delivered supplies to its seven clinics in the north.", "other"),
        # loads of goods stay supplied
        ("Four trucks carrying flour entered the town.", "supplied"),
        ("Twelve aid trucks entered the enclave on Sunday.", "supplied"),
    ],
)
def test_vehicles_of_people_and_facilities_are_no_aid_load(text, event) -> None:
    assert [f[4] for f in frames(text)] == [event]


@pytest.mark.parametrize(
    ("text", "counts"),
    [
        (
            "Despite four rounds of joint U.S.-UK strikes, the group kept firing.",
            "rounds of joint U.S.-UK strikes",
        ),
        (
            "The navy carried out two rounds of French-Italian airstrikes on the port.",
            "rounds of French-Italian airstrikes",
        ),
    ],
)
def test_counted_thing_keeps_abbreviations_and_country_pairs(text, counts) -> None:
    found = frames(text)
    assert [(f[3], f[4]) for f in found] == [(counts, "struck")]
    # a round of strikes counts strikes, never artillery rounds
    assert counts_key(counts).head == "attacks"
    assert not counts_compatible(counts, "artillery rounds")


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("The rebels struck a 9,000 dwt bulk carrier off the coast on Monday.", "dwt"),
        ("Militants attacked a 5,000 GRT freighter near the port.", "grt"),
        ("The 2,000 TEU container ship was struck.", "teu"),
        ("Drones hit a 40,000 tonne tanker on Tuesday.", "tons"),
    ],
)
def test_a_unit_before_the_thing_is_its_size(text, unit) -> None:
    found = find_frames(text)
    assert [(f.kind, f.unit, f.event) for f in found] == [("measure", unit, "other")]


def test_an_amount_of_goods_keeps_its_event() -> None:
    assert frames("The army destroyed 2,000 tons of ammunition.") == [
        (2000, 2000, "measure", "tons of ammunition", "destroyed")
    ]


def test_type_modifiers_generalise_but_types_stay_apart() -> None:
    assert counts_compatible("anti-ship ballistic missiles", "ballistic missiles")
    assert counts_compatible("anti-ship ballistic missiles", "Kerin-made ballistic missiles")
    assert not counts_compatible("ballistic missiles", "cruise missiles")
    assert not counts_compatible("anti-ship missiles", "anti-aircraft missiles")
    assert not counts_compatible("Russian soldiers", "North Korean soldiers")


def _claims(sentence: str) -> list[Claim]:
    from briefbook.analysis.claims import find_claims

    return find_claims(sentence, "s")


def test_a_smaller_toll_at_one_site_is_a_part_of_the_report_toll() -> None:
    whole_s = "At least 31 people were killed in attacks across the capital on Monday."
    part_s = "At least 9 were killed at a roadblock near the port, the agency said."
    whole, part = _claims(whole_s), _claims(part_s)
    assert sub_place(part_s, part[0]) == "at a roadblock"
    mark_sub_parts([(whole_s, whole), (part_s, part)])
    assert [c.part for c in whole + part] == [False, True]


def test_a_later_larger_toll_or_another_day_is_no_part() -> None:
    first_s = "At least 9 were killed at a roadblock near the port on Monday."
    later_s = "By Tuesday the toll at the roadblock had risen to 14 people killed."
    other_s = "At least 40 people were killed on Sunday."
    a, b, c = _claims(first_s), _claims(later_s), _claims(other_s)
    mark_sub_parts([(first_s, a), (later_s, b), (other_s, c)])
    assert not any(x.part for x in a + b + c)


def test_a_smaller_figure_of_the_same_site_is_no_part() -> None:
    first_s = "At least 9 people were killed at a roadblock near the port."
    larger_s = "The toll at the roadblock rose to 14 people killed, the agency said."
    a, b = _claims(first_s), _claims(larger_s)
    mark_sub_parts([(first_s, a), (larger_s, b)])
    assert [x.part for x in a + b] == [False, False]


def test_an_amount_before_its_verb_is_no_size() -> None:
    found = find_frames("Officials said the 500 tonnes delivered on Monday were flour.")
    assert [(f.kind, f.event) for f in found] == [("measure", "supplied")]
