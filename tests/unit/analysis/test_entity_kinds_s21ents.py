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
* a venue named as a scene with its kind last ("the Tarvel Garden Bakery", "the Kelvo
  Lakeside Cafe") is a place, as a hotel is.
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
