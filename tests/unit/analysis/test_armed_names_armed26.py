"""One typing rule for armed groups, and outlets cited as sources (issue 12, round armed26).

The name decides, not the sentence: a named armed group whose name has an armed head noun
(Army, Forces, Brigade, Militia, Police, ...) is a force; one named without such a noun
(a Movement, Front, Group, cartel, gang, or a bare name) is an organisation; an acronym takes
the type of its expansion. A movement and its named armed wing are two entities. Outlets:
"told the X channel" is an outlet, "the Kelvo channel" of a waterway is none. Invented
sentences, with near misses that must not change.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from briefbook.analysis.armed_names import acronym_expansion, armed_head, armed_type
from builders import note_entities


def _types(tmp_path: Path, text: str) -> dict[str, str]:
    return {e.name: e.type for e in note_entities(tmp_path, text)}


@pytest.mark.parametrize(
    ("name", "etype"),
    [
        ("Kelvo Liberation Army", "force"),
        ("the 318 Brigade", "force"),
        ("Revolutionary Armed Forces of Kelvonia", "force"),
        ("Army of the Men of Tarvo", "force"),  # the head opens the name before "of"
        ("Kelvo People's Liberation Army-North", "force"),  # a hyphened tail is no head
        ("Marvo National Police", "force"),
        ("Tarvo Coast Guard", "force"),
        ("Ejército Popular de Kelvo", "force"),  # a Spanish name opens with its head
        ("Kelvo Liberation Front", "organisation"),
        ("Marvo Restoration Movement", "organisation"),
        ("Dosso Group", "organisation"),
        ("Tarvo Cartel", "organisation"),
        ("Kel Varrow", "organisation"),
        # an armed noun after the head's linking word is no head
        ("Assembly of Forces for Kelvo", "organisation"),
        ("Union of Forces for Democracy in Tarvo", "organisation"),
    ],
)
def test_a_name_is_typed_by_its_head_noun(name: str, etype: str) -> None:
    assert armed_type(name) == etype


def test_an_acronym_takes_its_expansion_type() -> None:
    assert acronym_expansion("FARC") == "Revolutionary Armed Forces of Colombia"
    assert armed_type("FARC") == "force"
    assert armed_type("ELN") == "force"
    assert armed_type("JNIM") == "organisation"  # Group for the Support of Islam and Muslims
    assert armed_type("M23") == "organisation"  # March 23 Movement
    # an acronym with no known expansion has no armed head noun
    assert acronym_expansion("KLTV") is None
    assert not armed_head("KLTV")


@pytest.mark.parametrize(
    ("text", "name", "etype"),
    [
        # listed groups: the gazetteer marks them armed, their names type them
        ("Boko Haram fighters attacked a base in the north.", "Boko Haram", "organisation"),
        ("Al-Shabaab militants stormed a hotel in the capital.", "al-Shabaab", "organisation"),
        ("JNIM fighters ambushed a convoy near the border.", "JNIM", "organisation"),
        ("Sinaloa Cartel gunmen ambushed a military convoy.", "Sinaloa Cartel", "organisation"),
        ("The Arakan Army seized a town after heavy fighting.", "Arakan Army", "force"),
        ("FARC dissidents fired on troops in the south.", "Revolutionary Armed Forces of Colombia", "force"),
        ("The ELN said it had attacked an oil pipeline.", "National Liberation Army", "force"),
        # discovered groups in an armed job
        ("Fighters of the Kelvo Liberation Front stormed the post, killing three soldiers.", "Kelvo Liberation Front", "organisation"),
        ("Fighters of the Kelvo Liberation Army stormed the post, killing three soldiers.", "Kelvo Liberation Army", "force"),
        ("The Tarvo Restoration Movement, an armed group, claimed the ambush.", "Tarvo Restoration Movement", "organisation"),
        ("Gunmen from the Dosso Martyrs Brigade attacked the village.", "Dosso Martyrs Brigade", "force"),
        # a possessive that is part of the name
        ("The Lord's Resistance Army attacked the village of Kelvora.", "Lord's Resistance Army", "force"),
    ],
)  # fmt: skip
def test_an_armed_group_is_typed_by_its_name(
    tmp_path: Path, text: str, name: str, etype: str
) -> None:
    found = _types(tmp_path, text)
    assert found.get(name) == etype, found


def test_a_movement_and_its_armed_wing_are_two_entities(tmp_path: Path) -> None:
    text = (
        "The Kelvo Liberation Movement and its armed wing, the Kelvo Martyrs Brigades, "
        "claimed the attack on the checkpoint."
    )
    found = _types(tmp_path, text)
    assert found.get("Kelvo Liberation Movement") == "organisation", found
    assert found.get("Kelvo Martyrs Brigades") == "force", found


def test_an_undefined_acronym_takes_its_expansion_type(tmp_path: Path) -> None:
    text = (
        "FARDC soldiers clashed with rebels near the lake. FARDC said twelve rebels died. "
        "KLTV rebels attacked the town. The KLTV said it would fight on."
    )
    found = _types(tmp_path, text)
    assert found.get("FARDC") == "force", found
    assert found.get("KLTV") == "organisation", found  # no known expansion


def test_a_possessive_owner_keeps_its_own_name(tmp_path: Path) -> None:
    # near miss: a name's possessive before a force is its owner, not part of the name
    found = _types(tmp_path, "Fighters of the Kelvo's Liberation Army attacked.")
    assert "Kelvo's Liberation Army" not in found, found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("An official told the Tarvomax channel that 14 inmates died.", "Tarvomax"),
        ("A masked officer, commander Colonel Ana Vey, told the Kelvisa channel.", "Kelvisa"),
        ("According to the Kelvonia channel, the army retreated.", "Kelvonia"),
        ("Footage aired on the Morvala channel showed the blaze.", "Morvala"),
        ("The spokesman was quoted by Houthi-run Tarvo TV on Sunday.", "Tarvo TV"),
    ],
)
def test_an_outlet_cited_as_a_source_is_an_organisation(
    tmp_path: Path, text: str, name: str
) -> None:
    found = _types(tmp_path, text)
    assert found.get(name) == "organisation", found
    assert not [n for n in found if n.endswith("-run Tarvo TV")], found


@pytest.mark.parametrize(
    "text",
    [
        "Smugglers used the Kelvo channel to move arms across the bay.",
        "Ships crossed the English Channel on Monday.",
        "The channels of supply were cut, officials said.",
        "Troops overran a Kelvo post near the river.",
    ],
)
def test_a_channel_that_is_no_outlet_names_no_organisation(tmp_path: Path, text: str) -> None:
    found = _types(tmp_path, text)
    assert not [n for n, t in found.items() if t == "organisation"], found


def test_an_agency_short_form_cited_as_a_source_is_the_agency(tmp_path: Path) -> None:
    text = (
        "Bodies were found in a store, a guard telling AFP he found them late on Friday. "
        "An initial 23 members of the Australian Federal Police were already on the ground."
    )
    found = {e.name: e for e in note_entities(tmp_path, text)}
    assert found["Australian Federal Police"].type == "force"
    assert "AFP" not in found["Australian Federal Police"].aliases
    assert found["Agence France-Presse"].type == "organisation"


def test_a_short_form_of_a_named_force_outside_a_source_cue_is_the_force(tmp_path: Path) -> None:
    # near miss: "The AFP said" is the police the source names, as before
    text = "The Australian Federal Police sent 23 officers. The AFP said they would stay."
    found = {e.name: e for e in note_entities(tmp_path, text)}
    assert "AFP" in found["Australian Federal Police"].aliases


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The alliance includes the Justice and Equality Movement, a rebel group.", "Justice and Equality Movement"),
        ("Fighters of the Justice and Peace Front seized the town.", "Justice and Peace Front"),
    ],
)  # fmt: skip
def test_a_title_word_joined_by_and_opens_a_body_name(tmp_path: Path, text: str, name: str) -> None:
    found = _types(tmp_path, text)
    assert found.get(name) == "organisation", found


def test_a_title_and_a_name_after_and_stay_apart(tmp_path: Path) -> None:
    # near miss: a word that is no ordinary word after "and" is a name of its own
    found = _types(tmp_path, "The General and Kelvo Holdings merged last year.")
    assert "General and Kelvo Holdings" not in found, found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Kelvo drug cartel ambushed the convoy.", "Kelvo"),
        ("Police blamed the Tarvo crime gang for the killings.", "Tarvo"),
    ],
)
def test_a_group_named_before_a_qualified_group_noun_is_an_organisation(
    tmp_path: Path, text: str, name: str
) -> None:
    assert _types(tmp_path, text).get(name) == "organisation"


def test_a_listed_cartel_written_with_drug_before_cartel_is_the_cartel(tmp_path: Path) -> None:
    text = "Officials did not say whether the Sinaloa drug cartel was responsible."
    found = {e.name: e for e in note_entities(tmp_path, text)}
    assert found["Sinaloa Cartel"].type == "organisation"
    assert "Sinaloa drug cartel" in found["Sinaloa Cartel"].aliases


def test_a_qualifier_before_another_noun_names_no_group(tmp_path: Path) -> None:
    # near miss: "drug" before a noun that is no group noun
    found = _types(tmp_path, "Drug seizures rose, the Kelvo drug agency said.")
    assert found.get("Kelvo") != "organisation", found
