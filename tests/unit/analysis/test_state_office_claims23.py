"""A head of state's office named by its common noun ("The presidency said", round claims23;
invented sentences): the speaker is the presidency of the country the source names most so
far, the one a briefing compares with the head of state's other statements. Near misses: a
presidency whose country the sentence names keeps it; a source naming no country leaves the
bare office; another body's common noun ("the ministry") is not made a country's office."""

from __future__ import annotations

from briefbook.analysis.attribution import originators
from briefbook.assessment.origins import head_of_state


def _speakers(*texts: str) -> list[str | None]:
    out = originators([(f"S1.{i}", t, i) for i, t in enumerate(texts, 1)])
    return [out[f"S1.{i}"] for i in range(1, len(texts) + 1)]


def test_the_presidency_is_the_country_the_source_names_most() -> None:
    got = _speakers(
        "Egyptian troops repelled a raid near the border with Libya on Tuesday.",
        "Egypt's army said the attackers had crossed at night.",
        "The presidency said 14 soldiers were killed in the raid.",
    )
    assert got[-1] == "Egypt presidency", got
    assert head_of_state(got[-1]) == (True, "egypt")


def test_near_miss_named_presidency_no_country_and_other_bodies() -> None:
    got = _speakers(
        "Egyptian troops repelled a raid near the border on Tuesday.",
        "The Libyan presidency said 14 fighters were killed.",
    )
    assert got[-1] == "Libyan presidency", got
    got = _speakers("Gunmen attacked a convoy on Tuesday.", "The presidency said 14 died.")
    assert got[-1] == "presidency", got
    got = _speakers(
        "Egyptian troops repelled a raid near the border on Tuesday.",
        "The ministry said 14 soldiers were killed.",
    )
    assert got[-1] == "ministry", got


def test_a_figure_measuring_a_declared_act_is_the_writers() -> None:
    from briefbook.analysis.claims import find_claims

    for text in (
        "Vendra's presidency declared five days of national mourning.",
        "The governor imposed a curfew of 12 hours.",
    ):
        speaker = _speakers(text)[0]
        got = [c.attributed_to for c in find_claims(text, "S1.1", attributed_to=speaker)]
        assert got == [None], (text, got)


def test_near_miss_a_declarer_that_also_tells_a_figure_keeps_it() -> None:
    from briefbook.analysis.claims import find_claims

    for text in (
        "The army announced a ceasefire and said 12 soldiers were killed.",
        "The ministry announced 40 arrests.",
    ):
        speaker = _speakers(text)[0]
        got = [c.attributed_to for c in find_claims(text, "S1.1", attributed_to=speaker)]
        assert got and got[0] is not None, (text, got)
