"""Known defects, by kind (invented sentences, no third-party text): vague and multiplied
word quantities read as intervals ("a couple of dozen", "two dozen"); a casualty word that is
the whole counted phrase counts people ("scores wounded"); the Vietnamese family name "Le"
before a middle name is no French particle ("Le Van Thanh"); a well-known person's one-word
alias that is also a given name opens someone else's name ("Bashir Ahmad X")."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefbook.analysis.claims import find_claims
from briefbook.analysis.numbers import find_quantities
from briefbook.analysis.quantities import read_quantity
from builders import note_names


@pytest.mark.parametrize(
    ("quantity", "low", "high"),
    [
        # vague wordings: the figures each can plausibly describe (data/numbers.yaml fits)
        ("a few dozen", 12, 99),
        ("several dozen", 24, 199),
        ("dozens of", 12, 199),
        ("a couple of dozen", 18, 59),
        ("a couple dozen", 18, 59),
        ("several hundred", 200, 1999),
        ("a few thousand", 1000, 9999),
        ("a couple of thousand", 1500, 4999),
        ("a dozen", 10, 14),  # rough by itself
        # numbers spelt out, multiplied by a scale word: one figure
        ("two dozen", 24, 24),
        ("three dozen", 36, 36),
        ("half a dozen", 6, 6),
        ("fifteen", 15, 15),
        ("sixty", 60, 60),
        ("a hundred", 100, 100),
        ("two hundred fifty", 250, 250),
        ("two thousand five hundred", 2500, 2500),
    ],
)
def test_word_quantities_read_as_intervals(quantity: str, low: float, high: float) -> None:
    assert read_quantity(quantity)[0] == (low, high)


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("A couple of dozen drones struck the depot overnight.", 24, 36),
        ("Rebels said a couple hundred fighters crossed the river.", 200, 300),
        ("A couple of thousand families fled the valley.", 2000, 3000),
    ],
)
def test_a_couple_of_a_scale_is_a_claim_with_its_reading(
    text: str, low: float, high: float
) -> None:
    (q,) = find_quantities(text)
    assert (q.low, q.high) == (low, high)


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("Scores wounded as shells hit the crowded ferry terminal.", "wounded"),
        ("The night raid left 17 wounded in the camp.", "wounded"),
        ("The field clinic received 35 wounded before dawn.", "wounded"),
        ("Dozens dead after the tanker fire, the governor said.", "killed"),
        ("The collapse of the dam left dozens injured downstream.", "wounded"),
        ("Hundreds displaced as the offensive reached the valley.", "displaced"),
    ],
)
def test_a_casualty_word_alone_counts_people(text: str, event: str) -> None:
    (claim,) = find_claims(text, "S1.1")
    assert (claim.counts, claim.event) == ("people", event)


def test_a_casualty_word_after_a_noun_keeps_the_noun() -> None:
    (claim,) = find_claims("Forty police officers were wounded in the ambush.", "S1.1")
    assert claim.counts != "people" and "officers" in claim.counts


def _people(tmp_path: Path, text: str) -> set[str]:
    return note_names(tmp_path, text, "person")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Harbour master Le Van Khoa said two trawlers had sunk.", "Le Van Khoa"),
        ("The appeal was signed by Le Thi Ngan, a nurse, on Friday.", "Le Thi Ngan"),
        ("Le Quang Tuyen, a ferry pilot, was questioned by police.", "Le Quang Tuyen"),
        ("Chairwoman Do Thi Sen visited the flooded commune.", "Do Thi Sen"),
        # the French particle stays one
        ("Deputy Yvette Le Quellec said the vote was delayed.", "Yvette Le Quellec"),
    ],
)
def test_a_vietnamese_family_name_that_is_a_particle(
    tmp_path: Path, text: str, person: str
) -> None:
    assert person in _people(tmp_path, text)


def test_the_french_article_opens_no_person(tmp_path: Path) -> None:
    assert not _people(tmp_path, "The daily Le Quotidien printed the letter on Monday.")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Officials said Bashir Ahmad Qaderi was freed in the exchange.", "Bashir Ahmad Qaderi"),
        ("Bashir Mohammad Zarif, a trader, was among the hostages.", "Bashir Mohammad Zarif"),
        ("The detainees included Abbas Noori Rahel and two drivers.", "Abbas Noori Rahel"),
        ("Witnesses named the driver as Bashir Sadiqi.", "Bashir Sadiqi"),
    ],
)
def test_a_known_alias_that_is_a_given_name_opens_another_name(
    tmp_path: Path, text: str, person: str
) -> None:
    people = _people(tmp_path, text)
    assert person in people
    assert "Omar al-Bashir" not in people and "Mahmoud Abbas" not in people


def test_the_known_alias_alone_is_still_the_known_person(tmp_path: Path) -> None:
    assert "Omar al-Bashir" in _people(tmp_path, "Bashir told the court he was innocent.")
