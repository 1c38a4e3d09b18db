"""Kinds of entity precision faults a code review found (invented sentences of the same
shapes; no third-party text): capitals bound to a national force by a demonym alone, capitals
that name a country taken over by a body, a prefix of a multi-word city read as the seat of
a police force, a regnal numeral read as a surname, and a quoted nickname opening a name."""

from builders import entities_by_name, source_entities

entities = source_entities


_by_name = entities_by_name


# 1. a demonym alone does not name a national force -------------------------------------


def test_a_demonym_alone_does_not_bind_capitals_to_the_national_force(tmp_path) -> None:
    found = _by_name(
        entities(
            tmp_path,
            "RAF Tornado jets shadowed three Russian patrol aircraft over the sea. The RAF "
            "said the aircraft turned back.",
            "Philippine fisheries officials told AFP that the boats had left.",
            "An Indian trader was hurt in the blast, the IAF said on Monday.",
        )
    )
    for force in ("Russian Armed Forces", "Armed Forces of the Philippines", "Indian Armed Forces"):
        assert force not in found, force


def test_capitals_bind_to_a_national_force_the_source_names_in_full(tmp_path) -> None:
    found = _by_name(
        entities(
            tmp_path,
            "The Armed Forces of the Philippines moved two battalions to Basilan. AFP "
            "commanders said the move was routine.",
        )
    )
    assert "S1.2" in found["Armed Forces of the Philippines"][2]
    assert "Agence France-Presse" not in found


# 2. capitals that name a country keep that meaning ----------------------------------------


def test_capitals_that_name_a_country_are_not_taken_by_a_body_of_the_source(tmp_path) -> None:
    found = _by_name(
        entities(
            tmp_path,
            "The United States Army said it would send engineers to the port. Supporters of "
            "Team USA waved flags in the square.",
        )
    )
    army = next(v for k, v in found.items() if k.endswith("States Army"))
    assert "USA" not in army[1]
    assert "S1.2" not in army[2]


def test_capitals_the_source_defines_for_a_body_are_that_body(tmp_path) -> None:
    found = _by_name(
        entities(
            tmp_path,
            "The United States Army (USA) said it would send engineers to the port. USA "
            "officers arrived on Friday.",
        )
    )
    army = next(v for k, v in found.items() if k.endswith("States Army"))
    assert "S1.2" in army[2]


# 3. the seat of a body is the whole name before the seat word ----------------------------


def test_a_prefix_of_a_multi_word_city_is_not_the_seat_of_a_police_force(tmp_path) -> None:
    found = _by_name(
        entities(
            tmp_path,
            "The New York Police Department said two officers were hurt. The San Diego Police "
            "Department said it sent help. The Gulf Cooperation Council met in Doha.",
        )
    )
    places = {name for name, (etype, _, _) in found.items() if etype == "place"}
    assert not places & {"York", "San", "Diego", "Gulf", "New"}


def test_a_one_word_city_before_a_seat_word_is_still_the_seat(tmp_path) -> None:
    found = _by_name(
        entities(tmp_path, "The Karachi Police said three suspects were arrested on Monday.")
    )
    assert found["Karachi"][0] == "place"


# 4. a regnal numeral is never a surname -----------------------------------------------------


def test_a_regnal_numeral_of_a_two_word_name_is_not_its_surname(tmp_path) -> None:
    found = _by_name(
        entities(
            tmp_path,
            "King Michael II of the country signed the decree on Tuesday. Veterans of World "
            "War II laid wreaths at the memorial.",
        )
    )
    person = found["Michael II"]
    assert "II" not in person[1]
    assert person[2] == ["S1.1"]


# 5. a quoted nickname never opens a name ---------------------------------------------------


def test_a_name_never_starts_on_a_quoted_nickname_after_a_role_word(tmp_path) -> None:
    found = entities(
        tmp_path,
        'Wrestler "Hammer" Tom Brandell beat Kevin Osoro on Friday night.',
        "Kelvin 'Bunny' Thomas said the match was fair.",
    )
    people = {name for etype, name, _, _ in found if etype == "person"}
    assert not any('"' in name or name.startswith("Hammer") for name in people), people
    assert "Tom Brandell" in people
    assert any(name.startswith("Kelvin") and name.endswith("Thomas") for name in people), people
