"""Kinds of figures misread in real texts the engine had never seen (humanitarian situation
reports; invented sentences of the same shapes, no third-party text): a count whose noun is
modified by an adverb and a participle ("17,500 internally displaced people") is the same
claim as without the adverb, never a count of "internally"; a figure grouped in thousands or
scaled after a capitalised word of a fact sheet's run ("KEY FIGURES 91,739 IDPs in Kachin State
15,006 IDPs in Shan State") is a count, not the number of a name ("Office 39", "Hai Jin 3901");
a scaled decimal is the whole number it says ("8.3 million" is 8,300,000)."""

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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("KEY FIGURES 41,250 IDPs in Vendra Province", [(41250, "IDPs")]),
        (
            "41,250 IDPs in Vendra Province 12,006 IDPs in Korval Province",
            [(41250, "IDPs"), (12006, "IDPs")],
        ),
        ("AT A GLANCE 2.4 million people in need", [(2400000, "people")]),
    ],
)
def test_a_grouped_figure_after_a_capitalised_word_is_a_count(
    text: str, expected: list[tuple[int, str]]
) -> None:
    assert [(q, counts) for q, counts, _ in claims(text)] == expected


@pytest.mark.parametrize(
    "text",
    ["The Hai Xun 3901 sailed on.", "Staff of Office 39 were named.", "Kim toured Block 5."],
)
def test_the_number_of_a_name_is_still_no_count(text: str) -> None:
    assert claims(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Some 8.3 million people fled the coast.", 8300000),
        ("Some 33.3 million people need aid.", 33300000),
        ("The plan asks for $4.1 billion.", 4100000000),
    ],
)
def test_a_scaled_decimal_is_the_whole_number_it_says(text: str, value: int) -> None:
    (quantity,) = [q for q, _, _ in claims(text)]
    assert quantity == value and type(quantity) is int


class _CountingPattern:
    """A compiled pattern that counts its scans (the scope cues of a clause)."""

    def __init__(self, pattern: object, calls: list[int]) -> None:
        self.pattern, self.calls = pattern, calls

    def finditer(self, *args: object) -> object:
        self.calls[0] += 1
        return self.pattern.finditer(*args)  # type: ignore[attr-defined]


def test_a_clause_of_many_figures_is_scanned_for_its_scope_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # a fact sheet's table row: hundreds of percentages in one clause; each figure's scope
    # was searched for by scanning the whole clause again (quadratic in the row's length)
    import dataclasses

    from briefbook.analysis import scopes

    calls = [0]
    lex = scopes._lexicon()
    counting = dataclasses.replace(lex, extent=_CountingPattern(lex.extent, calls))
    monkeypatch.setattr(scopes, "_lexicon", lambda: counting)
    if cached := getattr(scopes, "_clause_cues", None):
        cached.cache_clear()  # the clause read before this test is not read again
    row = " ".join(f"{k % 90 + 1}%" for k in range(120)) + " of the plan was funded."
    assert len(find_claims(row, "S1.1")) > 100
    assert calls[0] <= 2


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Gusts of 150–170 km/h struck the port of Korval.", "km/h"),
        ("The convoy moved at about 60km/h along the coast road.", "km/h"),
        ("The drone flew at 120 mph over the bay.", "mph"),
        ("The missile reached 4,000 kph before impact.", "km/h"),
        ("The brigade advanced 12 km on Monday.", "km"),
    ],
)
def test_a_speed_is_no_distance(text: str, unit: str) -> None:
    # a situation report's wind speed, a drone's speed: read as kilometres before
    (claim,) = find_claims(text, "S1.1")
    assert claim.kind == "measure" and claim.unit == unit
