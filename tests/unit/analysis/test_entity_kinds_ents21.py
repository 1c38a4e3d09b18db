"""Persons, places and organisations missed or misread on unseen reporting (round ents21),
by kind, in invented sentences, each with a near miss that keeps its old reading:

* persons: a month's short form that is also a given name ("Jan") opens a name before a
  surname in an apposition or before a verb, while "Jan 5" stays a date; a titled person
  coordinated with a second title whose name an abbreviation's period cut off ("Prime
  Minister X Y and President Dr. Z W") stays a person; a title word written after a given
  name ("Abdul Karim Sheikh", "Abdi Mohamed Sheikh Adan") is a word of the name, while a
  title before the name ("Sheikh Abdul Karim") stays outside it; an apposition naming a
  nationality ("X Y, a Somali-Norwegian working with ...") is a person's cue, while "a
  British firm" is none; a family name written first before a well-known leader's family
  name ("Senior Captain Li Xi") is another person, while "President Xi" stays the leader;
* organisations: a country's name written out before a known body ("the Kenya Red Cross")
  is a national body of its own, while "the Kenyan Red Cross" stays the known body; a
  short form or a country and two ordinary nouns sharing one head ("the UN Relief and
  Works Agency") is one body, while "the UN Agency and Kelvo Agency" stays two.
"""

from __future__ import annotations

from pathlib import Path

from builders import entities_of, people_of


def _of(tmp_path: Path, text: str, etype: str) -> set[str]:
    return {name for t, name in entities_of(tmp_path, text) if t == etype}


# --- persons: "Jan" as a given name ---------------------------------------------------


def test_a_month_short_form_opens_a_name_in_an_apposition(tmp_path: Path) -> None:
    text = "The region's information minister, Jan Achtervelt, condemned the bombing."
    assert "Jan Achtervelt" in people_of(tmp_path, text)


def test_a_month_short_form_opens_a_name_before_a_verb(tmp_path: Path) -> None:
    assert "Jan Morvaty" in people_of(tmp_path, "Jan Morvaty condemned the raid on Monday.")


def test_a_month_short_form_before_a_day_stays_a_date(tmp_path: Path) -> None:
    found = entities_of(tmp_path, "Convoys reached Tarvik on Jan 5 after the raid.")
    assert not any(name.startswith("Jan") for _, name in found)


def test_a_month_short_form_before_ordinary_words_is_no_person(tmp_path: Path) -> None:
    people = people_of(tmp_path, "Officials said Jan Budget Talks had stalled in Tarvik.")
    assert not any("Jan" in p or "Budget" in p for p in people)


# --- persons: a second title cut off by an abbreviation's period ------------------------


def test_a_titled_person_before_and_a_doctor_title_stays_a_person(tmp_path: Path) -> None:
    text = "Prime Minister Ravel Anwar Tokhi and President Dr. Imran Salvi expressed grief."
    assert {"Ravel Anwar Tokhi", "Imran Salvi"} <= people_of(tmp_path, text)


def test_a_titled_person_before_and_the_title_stays_a_person(tmp_path: Path) -> None:
    text = "Prime Minister Ravel Anwar Tokhi and the President spoke by phone."
    assert "Ravel Anwar Tokhi" in people_of(tmp_path, text)


def test_a_portfolio_joined_by_and_is_still_no_person(tmp_path: Path) -> None:
    text = "The Minister of Defence and Foreign Affairs said the talks would resume."
    assert not people_of(tmp_path, text)


# --- persons: a title word after a given name -------------------------------------------


def test_a_title_word_after_given_names_ends_the_name(tmp_path: Path) -> None:
    text = "Provincial police chief Abdul Karim Sheikh spoke of operations in Tarvik."
    assert "Abdul Karim Sheikh" in people_of(tmp_path, text)


def test_a_title_word_inside_an_untitled_name_is_a_name_word(tmp_path: Path) -> None:
    text = (
        "Abdirizak Mohamed Sheikh Olad, a Somali-Danish engineer working with the "
        "water ministry, was among those killed."
    )
    people = people_of(tmp_path, text)
    assert "Abdirizak Mohamed Sheikh Olad" in people
    assert "Abdirizak Mohamed" not in people


def test_a_title_word_before_the_name_stays_outside_it(tmp_path: Path) -> None:
    people = people_of(tmp_path, "Sheikh Abdul Karim spoke to worshippers on Friday.")
    assert "Abdul Karim" in people
    assert "Sheikh Abdul Karim" not in people


# --- persons: an apposition naming a nationality -----------------------------------------


def test_an_apposition_naming_a_nationality_cues_a_person(tmp_path: Path) -> None:
    text = "Tarvo Ruzelin, a Somali-Norwegian working with the ministry, was among the dead."
    assert "Tarvo Ruzelin" in people_of(tmp_path, text)


def test_an_apposition_naming_a_national_firm_cues_no_person(tmp_path: Path) -> None:
    text = "Kelvo Tarbex, a British firm, was fined for the breach."
    assert "Kelvo Tarbex" not in people_of(tmp_path, text)


# --- persons: a well-known family name as another person's given name --------------------


def test_a_leader_family_name_after_another_family_name_is_another_person(
    tmp_path: Path,
) -> None:
    text = "Senior Captain Li Xi of the coast guard said the trawler had been boarded."
    found = entities_of(tmp_path, text)
    assert ("person", "Li Xi") in found
    assert ("person", "Xi Jinping") not in found


def test_a_titled_leader_family_name_stays_the_leader(tmp_path: Path) -> None:
    text = "President Xi said the talks were useful. Xi Jinping later left Beijing."
    assert ("person", "Xi Jinping") in entities_of(tmp_path, text)


# --- organisations: national bodies and shared heads ------------------------------------


def test_a_country_name_before_a_known_body_is_a_national_body(tmp_path: Path) -> None:
    text = "The Kenya Red Cross said 40 families had been displaced near Garissa."
    orgs = _of(tmp_path, text, "organisation")
    assert "Kenya Red Cross" in orgs
    assert "Red Cross" not in orgs


def test_a_body_named_bare_too_keeps_the_country_prefix_merge(tmp_path: Path) -> None:
    text = (
        "Ju is the director of the DPRK Workers' Party of Korea's Propaganda Department. "
        "The Workers' Party of Korea rejected the claim."
    )
    orgs = _of(tmp_path, text, "organisation")
    assert "DPRK Workers' Party of Korea" not in orgs


def test_two_ordinary_nouns_sharing_a_head_are_one_body(tmp_path: Path) -> None:
    text = "The UN Relief and Works Agency said its schools in Gaza were full."
    orgs = _of(tmp_path, text, "organisation")
    assert "UN Relief and Works Agency" in orgs
    assert not {"UN Relief", "Works Agency"} & orgs


def test_two_named_bodies_of_one_head_stay_two(tmp_path: Path) -> None:
    orgs = _of(tmp_path, "The UN Agency and Kelvo Agency said schools were full.", "organisation")
    assert {"UN Agency", "Kelvo Agency"} <= orgs
