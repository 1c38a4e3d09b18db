"""Kinds of entity faults seen in a new-analyst trial on Horn of Africa reporting (round
trialB27; invented names and sentences of the same shapes, no third-party text): people
called by their given name ("Dawit said" for Dawit Kelemu) after a comma or a closing quote,
before an adverb ("Dawit also warned") or a relative clause ("Dawit, who was ..."); a town of
the city list that is the given name of the person a source names in full is no place there;
a compound family name written apart by one outlet and joined by another is one person; the
Eritrean president's given name alone is the listed leader."""

from builders import entities_by_name, source_entities

PERSON = "Prime Minister Dawit Kelemu addressed the Vendra parliament on Tuesday."


def _people(found) -> dict[str, list[str]]:
    return {name: evidence for etype, name, _, evidence in found if etype == "person"}


def test_a_given_name_opening_a_clause_after_punctuation_is_the_person(tmp_path) -> None:
    found = source_entities(
        tmp_path,
        f'{PERSON} "We will not retreat," Dawit said. Addressing the council, Dawit linked '
        'the crisis to the accord. Dawit also warned of a long winter. "The talks failed," '
        "Dawit, who was formerly a general, wrote.",
    )
    assert _people(found)["Dawit Kelemu"] == ["S1.1", "S1.2", "S1.3", "S1.4", "S1.5"]


def test_a_given_name_as_the_object_of_a_word_is_no_mention(tmp_path) -> None:
    # near misses: right after a lower-case word, no punctuation between; an adverb not
    # followed by a verb the name is the subject of
    found = source_entities(
        tmp_path,
        f"{PERSON} The troops near Dawit moved on. Units at Dawit also moved.",
    )
    assert _people(found)["Dawit Kelemu"] == ["S1.1"]


GIVEN = (
    'Foreign Minister Abebe Tekle met envoys in Vendra on Monday. "We will not retreat," '
    "Abebe stated on Thursday. The accord earned Abebe the Kelvo Prize in 2019."
)


def test_a_town_that_is_a_given_name_of_the_source_is_no_place(tmp_path) -> None:
    # "Abebe", a spelling of a town of the city list, is the given name of the source's person
    by_name = entities_by_name(source_entities(tmp_path, GIVEN))
    assert "Abebe" not in by_name
    assert by_name["Abebe Tekle"][2] == ["S1.1", "S1.2"]


def test_the_town_stays_a_place_where_a_source_names_no_such_person(tmp_path) -> None:
    by_name = entities_by_name(
        source_entities(
            tmp_path, GIVEN, "Heavy rain flooded homes in Abebe on Sunday, the office said."
        )
    )
    assert by_name["Abebe"][0] == "place"


def test_a_family_name_written_apart_and_joined_is_one_person(tmp_path) -> None:
    found = source_entities(
        tmp_path,
        "Information Minister Yonas Gebre Selassie said the talks had failed.",
        "Information Minister Yonas Gebreselassie denied the report on Friday.",
        "Army spokesman Yonas Gebremedhin declined to comment.",
    )
    people = _people(found)
    merged = [name for name in people if name.startswith("Yonas Gebre") and "medhin" not in name]
    assert len(merged) == 1
    assert people[merged[0]] == ["S1.1", "S2.1"]
    assert people["Yonas Gebremedhin"] == ["S3.1"]


def test_the_eritrean_presidents_given_name_is_the_listed_leader(tmp_path) -> None:
    found = source_entities(
        tmp_path,
        "The general said some leaders would protect themselves by joining Isaias in an "
        "alliance against the government.",
    )
    assert _people(found)["Isaias Afwerki"] == ["S1.1"]


def test_a_chief_of_staffs_body_is_named_without_the_cut_title(tmp_path) -> None:
    found = source_entities(
        tmp_path,
        "Tsadkel Berhe, who was formerly Chief of Staff of the Kelvan Defence Forces, wrote "
        "that war could break out.",
    )
    names = {name for _, name, _, _ in found}
    assert "Kelvan Defence Forces" in names
    assert not any(name.startswith("Staff of") for name in names)


def test_a_body_named_staff_of_stays_whole_without_of(tmp_path) -> None:
    # near miss: a general staff named as a body keeps its name
    found = source_entities(
        tmp_path, "The Kelvan General Staff said the brigade had withdrawn on Monday."
    )
    names = {name for _, name, _, _ in found}
    assert not any(name == "Kelvan Defence Forces" for name in names)
    assert any("General Staff" in name for name in names)
