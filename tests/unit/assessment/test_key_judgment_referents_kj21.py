"""Key judgments that name what they speak of (round kj21; invented sentences, no
third-party text): a sentence naming a place only by description ("a key eastern city") is a
key judgment only with the name its source gives nearby, in square brackets and cited (the
citation checker finds it in what the judgment cites), else another sentence is chosen.
Near misses keep their words: a description named beside it ("the city of Ostra", "Ostra, a
key eastern city", "a fuel depot near Vell"), a sentence that looks ahead ("could seize a
major city"), a compound ("the city council"), a capital named by its country, a facility
with no name of its own nearby."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.builders import weekdays_as_said

from briefbook.assessment import assess_documents
from briefbook.assessment.checker import check_statement
from briefbook.assessment.picks import latest_reports
from briefbook.assessment.referents import name_nearby, unnamed_descriptions
from briefbook.ingest import SourceSpec, load_documents
from briefbook.model import Sentence

PLACES = ["Ostra", "Vell", "Tarnow", "Kessa"]
COUNTRIES = ["Karsia", "Karsian", "Ostland"]


@pytest.mark.parametrize(
    ("text", "described"),
    [
        ("Militia fighters captured a key eastern city on Sunday.", "a key eastern city"),
        ("The rebels seized the strategic hilltop town overnight.", "the strategic hilltop town"),
        ("Drones struck the capital overnight, the ministry said.", "the capital"),
        (
            "Government troops retook a vital river port after a week of fighting.",
            "a vital river port",
        ),
    ],
)
def test_a_place_named_only_by_description(text: str, described: str) -> None:
    found = unnamed_descriptions(text, PLACES, COUNTRIES)
    assert [text[d.start : d.end] for d in found] == [described]


@pytest.mark.parametrize(
    "text",
    [
        "Militia fighters captured the city of Ostra on Sunday.",
        "Militia fighters captured Ostra, a key eastern city, on Sunday.",
        "Militia fighters captured a key eastern city, Ostra, on Sunday.",
        "Ostra, a key eastern city, fell to the militia on Sunday.",
        "A drone hit a fuel depot near Vell on Monday.",
        "Shells hit Ostra overnight, and the city lost power.",
        "Drones struck the Karsian capital overnight.",
        "The militia could seize a major city by spring.",
        "The city council met in emergency session on Monday.",
    ],
)
def test_a_description_named_beside_it_or_no_particular_place(text: str) -> None:
    assert unnamed_descriptions(text, PLACES, COUNTRIES) == []


def test_the_name_nearby_tied_to_the_kind_or_the_one_place_named() -> None:
    # a name tied to the kind wins over other places named
    assert name_nearby(
        "city",
        ["The army withdrew towards Vell.", "The city of Ostra lies on the river."],
        PLACES,
        COUNTRIES,
    ) == ("Ostra", 1)
    # ... or to another kind of place ("a railway junction" for a city)
    assert name_nearby(
        "city",
        ["Tarnow, a railway junction of 90,000 people, was shelled for weeks."],
        [],
        COUNTRIES,
    ) == ("Tarnow", 0)
    # the one place the neighbours name (not as a goal: revB21's near misses)
    assert name_nearby("town", ["Residents fled Kessa."], PLACES, COUNTRIES) == ("Kessa", 0)
    # two places and no tie: no name; a country is no name of a town
    assert name_nearby("town", ["Residents fled to Kessa and Vell."], PLACES, COUNTRIES) is None
    assert name_nearby("town", ["Karsia sent troops."], PLACES, COUNTRIES) is None
    # a country's people is no name of a place ("the Karsian city")
    assert name_nearby("city", ["The Karsian city was shelled again."], [], ["Karsia"]) is None
    # a facility only by a name of its own kind: the city beside an airport is not its name
    assert (
        name_nearby("airport", ["Flights were cut across Kessa."], PLACES, COUNTRIES, facility=True)
        is None
    )
    assert name_nearby(
        "airport", ["Kessa airport closed on Monday."], PLACES, COUNTRIES, facility=True
    ) == ("Kessa", 0)


def _key_judgments(tmp_path: Path, news: str) -> list[tuple[str, list[str]]]:
    (tmp_path / "a.txt").write_text(
        "Karsian jets struck militia depots near Vell overnight, killing at least 14 "
        "fighters, the army said.\n\nHundreds of families fled Vell on Tuesday.\n",
        encoding="utf-8",
    )
    (tmp_path / "b.txt").write_text(
        "The offensive signals a dangerous escalation that risks drawing in Ostland, analysts "
        "say.\n\nKarsia's reliance on air power reflects the weakness of its ground forces.\n",
        encoding="utf-8",
    )
    (tmp_path / "c.txt").write_text(news, encoding="utf-8")
    docs = load_documents(
        [
            SourceSpec(path="a.txt", published="2024-05-06"),
            SourceSpec(path="b.txt", published="2024-05-10"),
            SourceSpec(path="c.txt", published="2024-05-18"),
        ],
        base=tmp_path,
    )
    result = assess_documents(docs, issue_date="2024-05-20")
    return [(weekdays_as_said(k.text), list(k.evidence)) for k in result.key_judgments]


CAPTURE = "Militia fighters captured a key eastern city on Sunday after a week of fighting."


@pytest.mark.parametrize(
    ("after", "name"),
    [
        ("Tarnow, a railway junction of 90,000 people, had been shelled for weeks.", "Tarnow"),
        ("The city of Brask lies on the main road to the border.", "Brask"),
    ],
)
def test_a_judgment_names_the_place_its_source_names_nearby(
    tmp_path: Path, after: str, name: str
) -> None:
    shown = _key_judgments(tmp_path, f"{CAPTURE}\n\n{after}\n")
    named = [(t, ev) for t, ev in shown if t.startswith("Militia fighters captured")]
    assert named, shown
    text, evidence = named[0]
    assert text == CAPTURE.replace("city", f"city [{name}]")
    assert evidence == ["S3.1", "S3.2"]
    # the name rests on what the judgment cites
    cited = [
        Sentence(id="S3.1", source="S3", text=CAPTURE),
        Sentence(id="S3.2", source="S3", text=after),
    ]
    assert check_statement(text, cited, likelihood=None, confidence=None).ok


def test_a_place_its_source_does_not_name_is_no_key_judgment(tmp_path: Path) -> None:
    shown = _key_judgments(tmp_path, f"{CAPTURE}\n\nThe army promised a counterattack.\n")
    assert shown
    assert not any("key eastern city" in t for t, _ in shown), shown


def test_a_place_named_in_its_own_sentence_keeps_its_words(tmp_path: Path) -> None:
    own = "Militia fighters captured Tarnow, a key eastern city, on Sunday."
    shown = _key_judgments(tmp_path, f"{own}\n\nThe city of Brask lies on the main road.\n")
    assert (own, ["S3.1"]) in [(t, ev[:1]) for t, ev in shown], shown
    assert not any("[" in t for t, _ in shown), shown


def test_a_facility_without_a_name_nearby_keeps_its_words(tmp_path: Path) -> None:
    strike = "Karsian drones struck an oil refinery overnight, setting it ablaze."
    shown = _key_judgments(tmp_path, f"{strike}\n\nResidents fled to Kessa and Vell.\n")
    assert any(t == strike for t, _ in shown), shown


def test_an_earlier_report_gives_way_to_its_later_one_shown_already() -> None:
    sentences = [
        Sentence(id="S1.1", source="S1", text="Rebels entered the town."),
        Sentence(id="S2.1", source="S2", text="Rebels captured the town, only to withdraw."),
    ]
    # the later report (1) is picked already: the earlier (0) is not shown beside it
    assert latest_reports([1, 0], {0: 1}, {0, 1}, {}, sentences) == [1]
    # ... and takes its place when it is not
    assert latest_reports([0], {0: 1}, {0, 1}, {}, sentences) == [1]
