"""Kinds of entity faults seen in a new-analyst trial (invented sentences of the same shapes;
no third-party text): the possessive surname of a person the gazetteer knows
("data/people.yaml") is that person, in the source that names them, and never a namesake named
in another source."""

from builders import entities_by_name, source_entities

entities = source_entities


def test_a_possessive_surname_of_a_listed_person_merges_with_the_full_name(tmp_path) -> None:
    found = entities(
        tmp_path,
        "National Security Adviser Jake Sullivan spoke on Saturday. The talks followed "
        "Sullivan's remarks on the allies. Sullivan said the allies were weak.",
    )
    people = [(name, evidence) for etype, name, _, evidence in found if etype == "person"]
    assert people == [("Jake Sullivan", ["S1.1", "S1.2", "S1.3"])]


def test_a_possessive_surname_is_the_listed_person_named_in_its_own_source(tmp_path) -> None:
    found = entities(
        tmp_path,
        "Rebels took the city in a blow to President Bashar al-Assad's government. Russia, "
        "Assad's key ally, launched air strikes.",
        "The town recalls the 1979 crackdown ordered by Governor Omar al-Assad.",
    )
    by_name = {name: evidence for etype, name, _, evidence in found if etype == "person"}
    assert "S1.2" in by_name["Bashar al-Assad"]
    assert by_name["Omar al-Assad"] == ["S2.1"]


_bodies = entities_by_name


def test_a_short_form_a_source_uses_for_a_body_it_names_is_that_body(tmp_path) -> None:
    found = _bodies(
        entities(
            tmp_path,
            "The Armed Forces of the Philippines said two soldiers were wounded in Sulu. AFP "
            "spokesman Colonel Ramon Reyes said the rebels fled. The AFP sent more troops.",
            "A resident told AFP that the town was quiet.",
        )
    )
    assert found["Armed Forces of the Philippines"][2] == ["S1.1", "S1.2", "S1.3"]
    assert found["Agence France-Presse"][2] == ["S2.1"]  # another source: the news agency


def test_a_national_force_named_in_full_decides_a_short_form(tmp_path) -> None:
    found = _bodies(
        entities(
            tmp_path,
            "Philippine troops clashed with rebels in Sulu. The Armed Forces of the Philippines "
            "said AFP spokesperson Col. Ana Reyes would speak.",
        )
    )
    assert "Agence France-Presse" not in found
    assert "S1.2" in found["Armed Forces of the Philippines"][2]


def test_a_demonym_and_troops_alone_leave_a_known_short_form_alone(tmp_path) -> None:
    # the national force is bound to capitals only where the source names it in full
    # ("Philippine coast guard officials told AFP": the news agency, not the armed forces)
    found = _bodies(
        entities(
            tmp_path,
            "Philippine troops clashed with rebels in Sulu. A local official told AFP that two "
            "soldiers were wounded.",
        )
    )
    assert found["Agence France-Presse"][2] == ["S1.2"]


def test_a_short_form_in_commas_after_the_name_is_that_name(tmp_path) -> None:
    found = _bodies(
        entities(
            tmp_path,
            "The London-based Vendran Observatory for Civil Rights, VOCR, reported on Saturday "
            "that the rebels advanced. VOCR said 23 strikes hit the city.",
        )
    )
    assert "VOCR" not in found
    assert found["Vendran Observatory for Civil Rights"][2] == ["S1.1", "S1.2"]


def test_spellings_of_one_body_by_country_demonym_and_initials_are_one(tmp_path) -> None:
    found = _bodies(
        entities(
            tmp_path,
            "The China Coast Guard blocked the supply boat near the shoal. The Chinese coast "
            "guard said it acted lawfully. A CCG vessel fired water cannon.",
        )
    )
    assert found["China Coast Guard"][2] == ["S1.1", "S1.2", "S1.3"]
    assert set(found["China Coast Guard"][1]) == {"CCG", "Chinese coast guard"}


def test_two_bodies_with_the_same_initials_leave_the_short_form_alone(tmp_path) -> None:
    found = _bodies(
        entities(
            tmp_path,
            "The Vendran Civil Guard and the Vendran Coast Guard met on Monday. VCG officers "
            "said the talks went well.",
        )
    )
    assert "S1.2" not in found.get("Vendran Civil Guard", ("", [], []))[2]
    assert "S1.2" not in found.get("Vendran Coast Guard", ("", [], []))[2]
