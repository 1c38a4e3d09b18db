"""A church named by its faith is a body (an organisation), a church named by its saint a
building (a place): invented sentences of a border-crisis trial."""

from __future__ import annotations

import pytest

from briefbook.analysis.entities import find_entities
from briefbook.model import Document, Sentence


def _types(text: str) -> dict[str, str]:
    doc = Document(id="S1", title="S1", path="S1.txt", sha256="S1", format="txt")
    doc.paragraphs = [text]
    doc.sentences = [Sentence("S1.1", "S1", text, paragraph=0)]
    return {e.name: e.type for e in find_entities([doc])}


@pytest.mark.parametrize(
    ("text", "name", "etype"),
    [
        (
            "The Karsian Orthodox Church said armed men had left the monastery.",
            "Karsian Orthodox Church",
            "organisation",
        ),
        ("The Catholic Church condemned the killings in Ostra.", "Catholic Church", "organisation"),
        (
            "The Lomiran Apostolic Church called for calm.",
            "Lomiran Apostolic Church",
            "organisation",
        ),
        # buildings named by a saint stay places
        ("Shells hit the Church of St Nicholas in Ostra.", "Church of St Nicholas", "place"),
        ("Shells hit St Mary Catholic Church in Ostra.", "St Mary Catholic Church", "place"),
        # a mission station stays a place
        ("Militants burned the Velmora Catholic Mission.", "Velmora Catholic Mission", "place"),
    ],
)
def test_a_church_named_by_its_faith_is_a_body(text, name, etype) -> None:
    assert _types(text).get(name) == etype


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        (
            "Marek said the Kosovo Albanian authorities had shut the ferry office.",
            "Kosovo",
            "Albania",
        ),
        (
            "The Bosnian Serb leader met officials in Banja Luka.",
            "Bosnia and Herzegovina",
            "Serbia",
        ),
        ("An ethnic Albanian majority lives in Kosovo.", "Kosovo", "Albania"),
    ],
)
def test_a_demonym_after_a_country_or_ethnic_names_a_group(text, present, absent) -> None:
    types = _types(text)
    assert absent not in types
    assert present in types


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Albanian police arrested two men in Durres.", "Albania"),
        ("US and Russian officials met in Geneva.", "Russia"),
        ("The Serbian army moved tanks to the border.", "Serbia"),
    ],
)
def test_a_demonym_on_its_own_still_names_its_country(text, country) -> None:
    assert _types(text).get(country) == "country"


@pytest.mark.parametrize(
    ("text", "name", "etype"),
    [
        ("Officials said the raid was not the work of an ad-hoc militia.", "ad-hoc", None),
        ("He called it too large for a small or ad-hoc group.", "ad-hoc", None),
        # an Arabic article before a capitalised name still names the group
        ("The al-Varra fighters withdrew from the ridge.", "al-Varra", "organisation"),
    ],
)
def test_a_common_hyphened_word_is_no_armed_group(text, name, etype) -> None:
    assert _types(text).get(name) == etype


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # given names the lexicon does not list: only the portfolio's plural marks the title
        (
            "The High Representative for Foreign Affairs Joreth Vollan condemned the raid.",
            "Joreth Vollan",
        ),
        (
            "Minister of Communities Dragoslav Vesic described the situation as grave.",
            "Dragoslav Vesic",
        ),
    ],
)
def test_a_plural_last_word_of_a_portfolio_is_no_given_name(text, person) -> None:
    types = _types(text)
    assert types.get(person) == "person"
    assert not [n for n in types if n.endswith(person) and n != person]


def test_the_spelling_most_used_names_a_person() -> None:
    """A misspelling one report makes ("Millan" for "Milan") never names a person two other
    reports spell otherwise, however long it is."""
    reports = [
        ["Responsibility for the attack was taken by Millan Varadic, a former party leader."],
        ["Police searched the apartment of Milan Varadic, a politician.", "Varadic denied it."],
        ["Prosecutors said Milan Varadic procured the weapons."],
    ]
    docs = []
    for n, texts in enumerate(reports, 1):
        doc = Document(id=f"S{n}", title=f"S{n}", path=f"S{n}.txt", sha256=f"S{n}", format="txt")
        doc.paragraphs = list(texts)
        doc.sentences = [
            Sentence(f"S{n}.{k}", f"S{n}", t, paragraph=k - 1) for k, t in enumerate(texts, 1)
        ]
        docs.append(doc)
    people = [e for e in find_entities(docs) if e.type == "person"]
    assert [p.name for p in people] == ["Milan Varadic"]
    assert "Millan Varadic" in people[0].aliases


@pytest.mark.parametrize(
    ("text", "countries"),
    [
        ("The Chile Peruvian frontier stayed shut.", {"Chile", "Peru"}),
        ("Patrols crossed the Chad Sudanese border at dawn.", {"Chad", "Sudan"}),
        ("The Chile-Peruvian frontier stayed shut.", {"Chile", "Peru"}),
        ("Chad-Sudan talks stalled.", {"Chad", "Sudan"}),
        # a people held as a minority there is still a group
        ("Croatian Serb farmers returned.", {"Croatia"}),
    ],
)
def test_two_countries_side_by_side_stay_two_countries(text, countries) -> None:
    types = _types(text)
    assert {n for n, t in types.items() if t == "country"} == countries
