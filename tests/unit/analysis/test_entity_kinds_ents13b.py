"""Entity defects of a new analyst's trial on a South Asian crisis, by kind, in invented
sentences (ents13b):

* wrong entities: the first word of a rank of two words ("Wing Commander X", "Group
  Captain X", "Squadron Leader X"; ``compound_ranks`` of ``data/entity_rules.yaml``) is no
  name nor part of a run of names; a site's tag line glued together
  ("Omar QorvaniFeaturedTarsk...") is no person; a name before "system" that the sources
  also name as a river is no weapon; capitalised ordinary words of a quotation ("using
  Common Sense and Great Wisdom") name nobody; a word after a full stop inside a quoted
  sentence is no item of the list of places before it ("in Kelvo and Dravia.
  Condolences to ..."); a country's name as a figurative epithet of another place ("dubbed
  'mini Norway'", "the Switzerland of Velmora"; ``epithet_words`` of
  ``data/place_guards.yaml``) names no country;
* spellings joined: transliterations of one given name with one surname ("Sophia Varkel",
  "Sofiya Varkel"; ``data/given_name_variants.yaml``), and a name written in another
  source without its leading honorific given name ("Mohammad Idris Kalvo", "Idris Kalvo";
  ``leading_honorific_names`` of ``data/given_names.yaml``);
* missed: towns of the city index listed at a sentence's start and put in an area
  ("Mardan, Swabi and Charsadda in Pakistan"); a body named by an expansion that spells its
  short form with no head word, after an office ("Director General of Inter-Services
  Strategic Affairs (ISSA)"; not a concept analysts cite); a country's air
  force kept apart from a bare "Air Force" of the sources; a name before a meadow or what
  a copula calls a meadow ("the Dravani meadow", "Kelvari, ..., is an expansive meadow").
"""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import entities_of


def _names(tmp_path: Path, text: str) -> set[tuple[str, str]]:
    return set(entities_of(tmp_path, text))


def _of(tmp_path: Path, text: str, etype: str) -> set[str]:
    return {name for t, name in entities_of(tmp_path, text) if t == etype}


def _entities_of_sources(tmp_path: Path, texts: list[str]) -> list[tuple[str, str, list[str]]]:
    from briefbook.analysis.entities import find_entities
    from briefbook.ingest import load_documents

    paths = []
    for i, text in enumerate(texts):
        path = tmp_path / f"s{i}.txt"
        path.write_text("Brief\n\n" + text + "\n", encoding="utf-8")
        paths.append(path)
    return [(e.type, e.name, list(e.aliases)) for e in find_entities(load_documents(paths))]


# --- wrong entities ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            "The media were briefed by Col Mira Dastani and Wing Commander Kavya Lorant.",
            {"Mira Dastani", "Kavya Lorant"},
        ),
        (
            "The briefing was given by Wing Commander Tarla Venkat and Group Captain Odrin"
            " Maleh on Tuesday.",
            {"Tarla Venkat", "Odrin Maleh"},
        ),
        ("Squadron Leader Pavel Kordun flew the second sortie.", {"Pavel Kordun"}),
        (
            "Lt Gen Faris Odeku and Vice Admiral Renn Talbo attended the talks.",
            {"Faris Odeku", "Renn Talbo"},
        ),
    ],
)
def test_compound_rank_is_a_title(tmp_path: Path, text: str, people: set[str]) -> None:
    found = entities_of(tmp_path, text)
    assert {n for t, n in found if t == "person"} == people
    assert not any(w in n.split() for _, n in found for w in ("Wing", "Group", "Squadron"))


def test_glued_tag_line_is_no_person(tmp_path: Path) -> None:
    text = (
        "Omar QorvaniFeaturedTarskVelmoraSalim TalboOpinion\n\n"
        "President Salim Talbo spoke in Velmora on Monday."
    )
    people = _of(tmp_path, text, "person")
    assert people == {"Salim Talbo"}


def test_river_system_is_no_weapon(tmp_path: Path) -> None:
    text = (
        "The two countries agreed to share water from the Kelvo river. The treaty splits"
        " the rivers of the Kelvo system between them."
    )
    found = _names(tmp_path, text)
    assert ("weapon", "Kelvo") not in found
    assert ("place", "Kelvo river") in found


def test_missile_system_stays_a_weapon(tmp_path: Path) -> None:
    text = "The army fielded the Tarvok system near the border, officials said."
    assert ("weapon", "Tarvok") in _names(tmp_path, text)


def test_capitalised_words_of_a_quote_name_nobody(tmp_path: Path) -> None:
    text = '"Congratulations to both countries on using Common Sense and Great Wisdom," he added.'
    found = entities_of(tmp_path, text)
    assert not [n for t, n in found if t in {"person", "organisation"}]


def test_quoted_body_with_article_stays(tmp_path: Path) -> None:
    text = '"We will ask the Tarsk Water Authority to rule on it," Odrin Maleh said.'
    assert "Tarsk Water Authority" in _of(tmp_path, text, "organisation")


def test_word_after_full_stop_in_a_quote_is_no_listed_place(tmp_path: Path) -> None:
    text = (
        '"I strongly condemn the terror attack in Tarsk, Kelvo and Dravia. Condolences to'
        ' those who have lost their loved ones. May the injured recover soon," he wrote.'
    )
    places = _of(tmp_path, text, "place")
    assert "Condolences" not in places
    assert {"Tarsk", "Kelvo", "Dravia"} <= places


@pytest.mark.parametrize(
    "text",
    [
        "The valley, dubbed 'mini Norway' by visitors, drew hundreds of tourists from Tarsk.",
        "Locals call the plateau the Switzerland of Velmora, and it is full in summer.",
    ],
)
def test_country_as_epithet_is_no_country(tmp_path: Path, text: str) -> None:
    assert not _of(tmp_path, text, "country")


def test_country_itself_stays(tmp_path: Path) -> None:
    text = "Officials in Norway and Switzerland said they were watching the valley."
    assert {"Norway", "Switzerland"} <= _of(tmp_path, text, "country")


# --- spellings joined ----------------------------------------------------------------------


def test_transliterated_given_names_join(tmp_path: Path) -> None:
    text = (
        "Colonel Sophia Varkel briefed reporters in Tarsk on Tuesday.\n\n"
        "Later that day, Colonel Sofiya Varkel said the strikes had ended."
    )
    assert _of(tmp_path, text, "person") == {"Sophia Varkel"}


def test_leading_honorific_name_dropped_in_another_source(tmp_path: Path) -> None:
    found = _entities_of_sources(
        tmp_path,
        [
            "Deputy Prime Minister Mohammad Idris Kalvo announced the talks on Saturday.",
            "The Deputy Prime Minister of Velmora, Idris Kalvo, said the country wanted"
            " peace.\n\nPrime Minister Tariq Selvani and President Odrin Maleh spoke on Sunday.",
            "Prime Minister Muhammad Tariq Selvani convened the cabinet on Saturday.",
        ],
    )
    people = {name: aliases for etype, name, aliases in found if etype == "person"}
    assert set(people) == {"Mohammad Idris Kalvo", "Muhammad Tariq Selvani", "Odrin Maleh"}
    assert "Idris Kalvo" in people["Mohammad Idris Kalvo"]
    assert "Tariq Selvani" in people["Muhammad Tariq Selvani"]


def test_two_fuller_names_leave_the_short_one_alone(tmp_path: Path) -> None:
    found = _entities_of_sources(
        tmp_path,
        [
            "Minister Mohammad Idris Kalvo arrived in Tarsk on Monday.",
            "Governor Muhammad Idris Kalvo, a namesake, stayed in Velmora.",
            "Idris Kalvo said the talks had failed.",
        ],
    )
    people = {name for etype, name, _ in found if etype == "person"}
    assert "Idris Kalvo" in people or len(people) == 2


# --- missed --------------------------------------------------------------------------------


def test_towns_listed_at_sentence_start_in_an_area(tmp_path: Path) -> None:
    text = "Security was raised.\n\nMardan, Swabi and Charsadda in Pakistan were hit overnight."
    assert {"Mardan", "Swabi", "Charsadda"} <= _of(tmp_path, text, "place")


def test_opening_list_with_a_common_word_is_no_town_list(tmp_path: Path) -> None:
    text = "Security was raised.\n\nMardan, Police and Charsadda in Pakistan were on alert."
    assert "Police" not in _of(tmp_path, text, "place")


def test_body_spelled_by_its_short_form(tmp_path: Path) -> None:
    text = (
        "According to state media, Director General of Inter-Services Strategic Affairs"
        " (ISSA) Lieutenant General Odrin Maleh stated that Tarsk fired missiles."
    )
    found = entities_of(tmp_path, text)
    assert ("organisation", "Inter-Services Strategic Affairs") in found
    assert ("person", "Odrin Maleh") in found


def test_body_spelled_by_its_short_form_before_a_title(tmp_path: Path) -> None:
    text = (
        "Inter-Services Strategic Affairs (ISSA) Director General Odrin Maleh, in his"
        " briefing on Monday, said the strikes had failed."
    )
    assert "Inter-Services Strategic Affairs" in _of(tmp_path, text, "organisation")


def test_spelled_concept_without_an_office_is_no_body(tmp_path: Path) -> None:
    text = "Analysts also cite Rolling Dune Tactics (RDT) as a concept of the war."
    assert not _of(tmp_path, text, "organisation")


def test_spelled_zone_is_no_body(tmp_path: Path) -> None:
    text = "Jets entered the Northern Air Defence Identification Zone (NADIZ) on Monday."
    assert not _of(tmp_path, text, "organisation")


def test_country_air_force_kept_apart_from_bare_air_force(tmp_path: Path) -> None:
    text = (
        "The operation involved the Mongolian Army, Navy, and Air Force, officials said.\n\n"
        "All assets of the Kazakhstan Air Force remain intact, a spokesman said."
    )
    assert "Kazakhstan Air Force" in _of(tmp_path, text, "force")


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("Tourists were shot in the Dravani meadow near Tarsk.", "Dravani meadow"),
        (
            "Kelvari, about six kilometres from the resort town of Tarsk, is an expansive"
            " meadow ringed by pine forests.",
            "Kelvari",
        ),
        ("Ormedi is a small village near the border.", "Ormedi"),
    ],
)
def test_meadow_named_as_a_place(tmp_path: Path, text: str, place: str) -> None:
    assert place in _of(tmp_path, text, "place")


def test_copula_of_no_locality_makes_no_place(tmp_path: Path) -> None:
    text = "Ormeda is a big problem for the council, and Salvo is an old friend."
    assert not _of(tmp_path, text, "place")


def test_field_marshal_and_lone_surname(tmp_path: Path) -> None:
    found = _entities_of_sources(
        tmp_path,
        [
            "Field Marshal Ilyas Qorvani met the envoy in Tarsk.",
            "Qorvani warned that the army would respond to any strike.",
        ],
    )
    people = {name: aliases for etype, name, aliases in found if etype == "person"}
    assert "Qorvani" in people.get("Ilyas Qorvani", [])
