"""Organisations, forces and places cut or missed (session 21, round ents21), by kind, in
invented sentences, each with a near miss that keeps its old reading:

* a lower-case class noun before a body's name opens the whole name, an article inside
  it ("the charity Save the Tarvo Children", "the aid group Doctors of the Valley", "The
  NGO Friends of the Kelvo Marsh"), while "Cross the Oskil River" stays two runs;
* a title word that is an adjective too opens a unit's or a body's name before ordinary
  words and the head ("General Service Unit", "Special Operations Command"), while a
  title before a name ("General Tarvo Kelmani") or a noun of office ("Commander Rapid
  Response Unit") stays a title;
* a qualifier in brackets after a body's name is a word of the name ("Communist Party of
  Kelvo (Marxist)", "the KPK (Maoist)"), apart from the body without it, while a short form
  in brackets ("(KLF)", "(Daesh)") stays an alias;
* a venue named as a scene with its kind last ("stormed the Tarvel Garden Bakery", "freed
  from the Kelvo Lakeside Cafe") is a place, while a shop named otherwise ("Mira's Village
  Cafe opened") is none;
* a short form in capitals spelled by the initials of a body's name in the same source, in
  their order or in another (the name's own language: "FDLR" of "Democratic Forces for the
  Liberation of Rwanda"), is that body's alias wherever it is written, before or after the
  name, in another sentence; a short form of other letters stays apart;
* a party named by a family name before "party" in lower case where a person of that family
  is named ("Anna Kelmani ... the Kelmani party") is the "Kelmani party", and "Kelmani" alone
  stays her surname, while "the Droma party" (no person of that name) keeps "Droma";
* a person-shaped name that its source also writes before a place's lower-case noun ("the
  army said Arjun Tarvghati came under fire ... the Arjun Tarvghati sector") is that place
  wherever written, in either order, while a name a speech verb follows ("Anna Kelvo
  said") stays the person;
* a university's campus after "at" is a word of its name ("the University of Kelvo at
  Tarvo"), while a place with its head after "at" ("at Tarvo Airport") stays a place;
* persons: two full names of one source the same but for a middle name spelled with a
  letter more or less ("Brevo Clothaire Tessa Nguema", "Brevo Clotaire Tessa Nguema") are
  one person, and so is the name without the middle name, while short middle names a
  letter apart ("Omar Sami ...", "Omar Rami ...") stay two people;
* the language of an outlet's service after "en" ("Kelvo TV en Español") names no country
  and no place, by the rules or the name typer, while "Spanish troops" stays Spain; nor
  does a language spoken before a new clause ("speaking Spanish and they said"), while "in
  Spain and they talked" stays the country;
* forces: a region's demonym before "forces", "troops" or "fighters" ("Tigrayan forces" of
  Tigray) is the region's force, one for its nouns, while an unknown demonym ("Kelvan
  forces") or no force noun ("Tigrayan officials") names none; a country's demonym before
  "security forces" is the country's armed forces, as before "forces"; a body's name with
  the Arabic article before a word ("the Tarvo al-Kelvo Brigade") is the body named without
  it in the briefing or the gazetteer, while a name whose article is its own ("al-Kelvo
  University") keeps it;
* a short form in capitals right after a lower-case noun of a class of bodies ("the
  geosciences center KVZ", "the rights group KVR") is a body, while a thing's short form
  ("a group IED attack") is none; a body named with the head "Cell" ("Kelvo Crisis Cell")
  is an organisation; a country's possessive opening a body's name ("Iraq's Security Media
  Office") is no word of it, while "Ana Ruiz's Office" keeps its reading.
"""

from __future__ import annotations

from pathlib import Path

from builders import entities_of


def _of(tmp_path: Path, text: str, etype: str) -> set[str]:
    return {name for t, name in entities_of(tmp_path, text) if t == etype}


# --- a class noun before a body's name with an article inside ------------------------


def test_a_class_noun_opens_a_name_with_an_article_inside(tmp_path: Path) -> None:
    text = "Aid was delivered by the charity Save the Tarvo Children on Monday."
    found = entities_of(tmp_path, text)
    assert ("organisation", "Save the Tarvo Children") in found
    assert not any(name == "Save" for _, name in found)


def test_a_plural_role_noun_opens_a_classed_name(tmp_path: Path) -> None:
    text = "The aid group Doctors of the Valley said it had treated 40 people."
    found = entities_of(tmp_path, text)
    assert ("organisation", "Doctors of the Valley") in found
    assert ("place", "Doctors of the Valley") not in found


def test_the_ngo_after_an_article_opening_the_sentence(tmp_path: Path) -> None:
    text = "The NGO Friends of the Kelvo Marsh warned of floods."
    assert "Friends of the Kelvo Marsh" in _of(tmp_path, text, "organisation")


def test_an_article_without_a_class_noun_still_splits_runs(tmp_path: Path) -> None:
    text = "Troops tried to Cross the Oskil River near Kelvo on Monday."
    found = entities_of(tmp_path, text)
    assert not any("Cross" in name for _, name in found)


def test_a_role_before_a_name_after_a_class_noun_is_no_body(tmp_path: Path) -> None:
    text = "Opposition party leader Ana Ruvelic said the vote was rigged."
    assert ("person", "Ana Ruvelic") in entities_of(tmp_path, text)


# --- a title word that is an adjective opens a unit's name ---------------------------


def test_an_adjective_title_opens_a_unit_name(tmp_path: Path) -> None:
    text = "Officers of the General Service Unit were deployed to the town."
    found = entities_of(tmp_path, text)
    assert ("force", "General Service Unit") in found
    assert not any(name == "Service Unit" for _, name in found)


def test_an_adjective_title_opens_a_command(tmp_path: Path) -> None:
    text = "The Special Operations Command moved north on Friday."
    assert "Special Operations Command" in _of(tmp_path, text, "force")


def test_an_adjective_title_before_a_name_stays_a_title(tmp_path: Path) -> None:
    text = "General Tarvo Kelmani visited the base on Friday."
    assert "Tarvo Kelmani" in _of(tmp_path, text, "person")


def test_a_noun_of_office_before_a_unit_stays_a_post(tmp_path: Path) -> None:
    text = "The Commander Rapid Response Unit visited the border."
    found = entities_of(tmp_path, text)
    assert ("force", "Rapid Response Unit") in found
    assert not any(name.startswith("Commander") for _, name in found)


# --- a bracketed qualifier -------------------------------------------------------------


def test_a_bracketed_qualifier_is_a_word_of_the_name(tmp_path: Path) -> None:
    text = (
        "The Communist Party of Kelvo (Marxist) won the seat. "
        "The Communist Party of Kelvo lost two seats."
    )
    orgs = _of(tmp_path, text, "organisation")
    assert {"Communist Party of Kelvo (Marxist)", "Communist Party of Kelvo"} <= orgs
    assert not any(name == "Marxist" for _, name in entities_of(tmp_path, text))


def test_a_short_form_with_a_qualifier_is_a_body(tmp_path: Path) -> None:
    text = "Fighters of the KPK (Maoist) attacked a police post."
    # fighters of it: an armed group (forces25), named without an armed head noun (armed26)
    assert "KPK (Maoist)" in _of(tmp_path, text, "organisation")


def test_a_hyphened_qualifier(tmp_path: Path) -> None:
    text = "The Tarvo Workers Party (Marxist-Leninist) split in 1990."
    assert "Tarvo Workers Party (Marxist-Leninist)" in _of(tmp_path, text, "organisation")


def test_a_short_form_in_brackets_stays_an_alias(tmp_path: Path) -> None:
    from briefbook.analysis.entities import find_entities
    from briefbook.ingest import load_documents

    (tmp_path / "brief.txt").write_text(
        "Brief\n\nThe Kelvo Liberation Front (KLF) said so. The KLF denied it.\n",
        encoding="utf-8",
    )
    ents = {e.name: e for e in find_entities(load_documents([tmp_path / "brief.txt"]))}
    assert "KLF" in ents["Kelvo Liberation Front"].aliases
    assert not any("(" in name for name in ents)


def test_a_place_qualifier_stays_a_place(tmp_path: Path) -> None:
    text = "Gunmen attacked Tarvo (Dorva State) on Monday."
    found = entities_of(tmp_path, text)
    assert ("place", "Tarvo") in found
    assert not any("(" in name for _, name in found)


# --- a venue named as a scene ------------------------------------------------------------


def test_a_venue_named_as_a_scene_is_a_place(tmp_path: Path) -> None:
    text = (
        "On Friday, gunmen attacked the Tarvel Garden Bakery, a cafe popular with expats. "
        "Nine hostages were freed from the Kelvo Lakeside Cafe, officials said."
    )
    assert {"Tarvel Garden Bakery", "Kelvo Lakeside Cafe"} <= _of(tmp_path, text, "place")


def test_a_person_before_a_venue_stays_a_person(tmp_path: Path) -> None:
    text = "Ana Ruiz, who owns the Marisol Restaurant, said she had closed it."
    assert "Ana Ruiz" in _of(tmp_path, text, "person")


def test_a_shop_named_otherwise_is_no_place(tmp_path: Path) -> None:
    text = "Mira's Village Cafe opened last year on the main road."
    assert not any("Cafe" in name for _, name in entities_of(tmp_path, text))


# --- a short form spelled by a body's initials, in another sentence or order ------------


def _aliases(tmp_path: Path, text: str) -> dict[str, list[str]]:
    from briefbook.analysis.entities import find_entities
    from briefbook.ingest import load_documents

    (tmp_path / "brief.txt").write_text(f"Brief\n\n{text}\n", encoding="utf-8")
    return {e.name: e.aliases for e in find_entities(load_documents([tmp_path / "brief.txt"]))}


def test_a_short_form_in_another_sentence_binds_to_its_body(tmp_path: Path) -> None:
    text = "The Kelvo Liberation Front attacked Tarvo. The KLF later denied it."
    found = _aliases(tmp_path, text)
    assert "KLF" in found["Kelvo Liberation Front"]
    assert "KLF" not in found


def test_a_short_form_in_another_language_order_binds_to_its_body(tmp_path: Path) -> None:
    text = (
        "The FDLK, or Democratic Forces for the Liberation of Kelvo, denied the claim. "
        "Fighters of the Democratic Forces for the Liberation of Kelvo moved west."
    )
    found = _aliases(tmp_path, text)
    assert "FDLK" in found["Democratic Forces for the Liberation of Kelvo"]
    assert "FDLK" not in found


def test_a_short_form_of_other_letters_stays_apart(tmp_path: Path) -> None:
    text = "The Kelvo Liberation Front attacked Tarvo. The DRT said so. The DRT later denied it."
    found = _aliases(tmp_path, text)
    assert "DRT" not in found["Kelvo Liberation Front"]
    assert "DRT" in found


# --- a party named by a family name ------------------------------------------------------


def test_a_party_named_by_a_family_keeps_its_noun(tmp_path: Path) -> None:
    text = (
        "Anna Kelmani said the vote was fair. Supporters of the Kelmani party rallied in "
        "the capital. Kelmani said she would run again."
    )
    found = _aliases(tmp_path, text)
    assert "Kelmani party" in found
    assert "Kelmani" not in found
    assert "Kelmani" in found["Anna Kelmani"]


def test_a_party_of_no_person_keeps_its_name(tmp_path: Path) -> None:
    text = "Police searched the offices of the Droma party on Tuesday."
    assert "Droma" in _of(tmp_path, text, "organisation")


# --- a person-shaped name of a place -------------------------------------------------------


def test_a_person_shaped_name_before_its_sector_is_the_place(tmp_path: Path) -> None:
    text = (
        "The army said Arjun Tarvghati came under fire. "
        "Troops moved to the Arjun Tarvghati sector on Monday."
    )
    found = _aliases(tmp_path, text)
    # the place is named by its capitalised name, "sector" its alias (round places26b)
    assert "Arjun Tarvghati sector" in found["Arjun Tarvghati"]
    assert ("person", "Arjun Tarvghati") not in entities_of(tmp_path, text)


def test_a_speaker_named_like_a_district_stays_a_person(tmp_path: Path) -> None:
    text = "Anna Kelvo said the vote was fair. Troops moved to the Anna Kelvo district on Monday."
    assert ("person", "Anna Kelvo") in entities_of(tmp_path, text)


# --- a university's campus after "at" ----------------------------------------------------


def test_a_campus_after_at_is_a_word_of_the_university(tmp_path: Path) -> None:
    text = "Mira Jain, 19, who was studying at the University of Kelvo at Tarvo, died."
    found = entities_of(tmp_path, text)
    assert ("organisation", "University of Kelvo at Tarvo") in found
    assert ("place", "Tarvo") not in found


def test_a_place_with_its_head_after_at_stays_a_place(tmp_path: Path) -> None:
    text = "She met the head of the University of Kelvo at Tarvo Airport on Monday."
    found = entities_of(tmp_path, text)
    assert ("organisation", "University of Kelvo") in found
    assert ("place", "Tarvo Airport") in found


# --- a middle name spelled with a letter more or less ----------------------------------


def test_a_middle_name_a_letter_apart_is_one_person(tmp_path: Path) -> None:
    text = (
        "Soldiers held General Brevo Clothaire Tessa Nguema aloft. General Brevo Clotaire "
        "Tessa Nguema, chief of the guard, was named president. Crowds cheered Brevo Tessa "
        "Nguema, the head of the guard."
    )
    people = {n for t, n in entities_of(tmp_path, text) if t == "person"}
    assert len(people) == 1
    assert {"Brevo Clotaire Tessa Nguema", "Brevo Tessa Nguema"} <= set(
        _aliases(tmp_path, text)[people.pop()]
    )


def test_short_middle_names_a_letter_apart_stay_two_people(tmp_path: Path) -> None:
    text = (
        "Omar Sami Kelvo Tarsi spoke on Monday. Later, Omar Rami Kelvo Tarsi spoke too, "
        "officials said."
    )
    people = {n for t, n in entities_of(tmp_path, text) if t == "person"}
    assert {"Omar Sami Kelvo Tarsi", "Omar Rami Kelvo Tarsi"} <= people


# --- an outlet's service in a language ---------------------------------------------------


def _typed_with_typer(tmp_path: Path, text: str) -> set[tuple[str, str]]:
    from briefbook.analysis.entities import find_entities
    from briefbook.analysis.name_typer import shipped_name_typer
    from briefbook.ingest import load_documents

    (tmp_path / "brief.txt").write_text(f"Brief\n\n{text}\n", encoding="utf-8")
    docs = load_documents([tmp_path / "brief.txt"])
    return {(e.type, e.name) for e in find_entities(docs, model=shipped_name_typer())}


def test_a_service_language_names_no_country_or_place(tmp_path: Path) -> None:
    text = "Police detained two suspects, Edmond Tarvel told Kelvo TV en Español on Wednesday."
    for found in (set(entities_of(tmp_path, text)), _typed_with_typer(tmp_path, text)):
        assert ("country", "Spain") not in found
        assert not any(name == "Español" for _, name in found)


def test_a_demonym_of_troops_stays_the_country(tmp_path: Path) -> None:
    text = "Spanish troops arrived in Kelvo on Wednesday, officials said."
    assert ("country", "Spain") in entities_of(tmp_path, text)


def test_a_language_spoken_before_a_new_clause_names_no_country(tmp_path: Path) -> None:
    text = "Video showed the men speaking Spanish and they presented themselves as agents."
    assert ("country", "Spain") not in entities_of(tmp_path, text)


def test_a_country_before_a_new_clause_stays_the_country(tmp_path: Path) -> None:
    text = "The delegates met in Spain and they talked until dawn."
    assert ("country", "Spain") in entities_of(tmp_path, text)


# --- forces by a demonym -----------------------------------------------------------------


def test_a_region_demonym_before_forces_is_the_region_force(tmp_path: Path) -> None:
    text = (
        "The heavily armed Tigrayan forces would keep fighting the government. "
        "Tigrayan troops withdrew on Monday."
    )
    found = _aliases(tmp_path, text)
    assert "Tigrayan troops" in found["Tigrayan forces"]
    assert ("force", "Tigrayan forces") in entities_of(tmp_path, text)


def test_an_unknown_demonym_or_no_force_noun_names_no_force(tmp_path: Path) -> None:
    for text in ("Kelvan forces attacked the camp.", "Tigrayan officials said so."):
        assert _of(tmp_path, text, "force") == set()


def test_a_country_demonym_before_security_forces_is_its_army(tmp_path: Path) -> None:
    text = "Kenyan security forces remain locked in a stand-off with gunmen."
    found = _aliases(tmp_path, text)
    assert "Kenyan security forces" in found["Kenya Defence Forces"]


def test_a_body_with_an_inner_article_is_the_body_without_it(tmp_path: Path) -> None:
    text = "The Kelvo Brigade attacked on Monday. Later the al-Kelvo Brigade withdrew."
    found = _aliases(tmp_path, text)
    assert "al-Kelvo Brigade" in found["Kelvo Brigade"]


def test_a_known_force_with_an_inner_article(tmp_path: Path) -> None:
    text = "He led the IRGC al-Quds Force for two decades. The Quds Force denied it."
    assert "IRGC al-Quds Force" in _aliases(tmp_path, text)["Quds Force"]


def test_an_article_of_the_name_itself_stays(tmp_path: Path) -> None:
    text = "He studied at al-Kelvo University in the 1990s."
    assert "al-Kelvo University" in _of(tmp_path, text, "organisation")


# --- short forms after a class noun, cells, a country's possessive -----------------------


def test_a_short_form_after_a_class_noun_is_a_body(tmp_path: Path) -> None:
    text = "According to Germany's geosciences center KVZ, the blast struck with force."
    assert "KVZ" in _of(tmp_path, text, "organisation")


def test_a_thing_short_form_after_a_class_noun_is_no_body(tmp_path: Path) -> None:
    text = "The militants used a group IED attack near Kelvo."
    assert "IED" not in _of(tmp_path, text, "organisation")


def test_a_body_headed_cell_is_an_organisation(tmp_path: Path) -> None:
    text = "The Tarvo Crisis Cell said on Monday the road was open."
    assert "Tarvo Crisis Cell" in _of(tmp_path, text, "organisation")


def test_a_country_possessive_is_no_word_of_a_body(tmp_path: Path) -> None:
    text = "Iraq's Security Media Office initially reported that missiles were fired."
    found = entities_of(tmp_path, text)
    assert ("organisation", "Security Media Office") in found
    assert ("country", "Iraq") in found
