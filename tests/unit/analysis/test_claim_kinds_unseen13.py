"""Kinds of figures misread in real texts the engine had never seen (humanitarian situation
reports; invented sentences of the same shapes, no third-party text): a count whose noun is
modified by an adverb and a participle ("17,500 internally displaced people") is the same
claim as without the adverb, never a count of "internally"."""

import pytest

from briefbook.analysis.claims import find_claims


def claims(text: str) -> list[tuple[object, str, str | None]]:
    return [(c.quantity, c.counts, c.event) for c in find_claims(text, "S1.1")]


@pytest.mark.parametrize(
    ("with_adverb", "without"),
    [
        (
            "So far, 4,200 internally displaced people have been registered in Vendra.",
            "So far, 4,200 displaced people have been registered in Vendra.",
        ),
        (
            "The two camps near Korval now shelter 31,000 internally displaced persons.",
            "The two camps near Korval now shelter 31,000 displaced persons.",
        ),
        (
            "Some 650 newly displaced families reached the district centre on Sunday.",
            "Some 650 displaced families reached the district centre on Sunday.",
        ),
        (
            "Medics moved 14 seriously wounded soldiers to the field hospital.",
            "Medics moved 14 wounded soldiers to the field hospital.",
        ),
    ],
)
def test_an_adverb_before_a_participle_changes_no_claim(with_adverb: str, without: str) -> None:
    found = claims(with_adverb)
    assert found == claims(without)
    assert found and not any(str(counts).endswith("ly") for _, counts, _ in found)


def test_a_hedging_adverb_still_hedges_the_figure() -> None:
    # "reportedly", "allegedly" say how sure the source is: the rule leaves them be, and the
    # figure stays a claim, hedged
    (claim,) = find_claims("Around 25 reportedly wounded guards were evacuated.", "S1.1")
    assert claim.quantity == 25 and claim.hedged and "reportedly" in claim.hedges
