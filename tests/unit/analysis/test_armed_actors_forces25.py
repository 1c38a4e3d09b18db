"""Armed forces and armed groups as principal actors (issue 12, rounds forces25 and armed26),
on invented sentences: a body shown in an armed actor's job is found and typed by its name
(round armed26: a force with an armed head noun, else an organisation), numbered units keep
their numbers, a country's coast guard named in lower case is a force of its own, a short
country name's possessive names its armed forces; and the near misses that must not change
(a body in a war of words, a count before "Army", a price war)."""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import note_entities


def _types(tmp_path: Path, text: str) -> dict[str, str]:
    return {e.name: e.type for e in note_entities(tmp_path, text)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Gunmen from the Dosso Liberation Army stormed the post at dawn.", "Dosso Liberation Army"),
        ("Fighters of the Marvo Patriotic Forces attacked army checkpoints with mortars.", "Marvo Patriotic Forces"),
    ],
)  # fmt: skip
def test_a_body_with_an_armed_head_noun_in_an_armed_job_is_a_force(
    tmp_path: Path, text: str, name: str
) -> None:
    assert _types(tmp_path, text).get(name) == "force"


# round armed26: the name decides; a group named without an armed head noun is found in its
# armed job but stays an organisation
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Gunmen from the Dosso Liberation Front stormed the post at dawn.", "Dosso Liberation Front"),
        ("Witnesses said the Tarsa Vigilance Committee of Marvo fighters burned two trucks.", None),
        (
            "Clashes erupted between the Kelvo Stability Agency and the 12th Brigade, "
            "leaving four dead.",
            "Kelvo Stability Agency",
        ),
        (
            "The Marvo Resistance Union has repeatedly attacked army checkpoints with mortars.",
            "Marvo Resistance Union",
        ),
        ("Nearly 300 soldiers surrendered to the Vendal Restoration Council army.", None),
        (
            "The Dosso Popular Front, a militia that emerged in 2019, claimed the ambush.",
            "Dosso Popular Front",
        ),
    ],
)  # fmt: skip
def test_a_body_without_an_armed_head_noun_in_an_armed_job_is_an_organisation(
    tmp_path: Path, text: str, name: str | None
) -> None:
    if name is None:  # sentences of the shape whose body holds an unarmed word: no force
        assert not [n for n, t in _types(tmp_path, text).items() if t == "force" and "Tarsa" in n]
        return
    assert _types(tmp_path, text).get(name) == "organisation"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a war of words: no fight in the sentence
        ("The Kelvo Policy Institute clashed with the Treasury over the budget.", "Kelvo Policy Institute"),
        ("The Dosso Heritage Foundation attacked the plan in a statement.", "Dosso Heritage Foundation"),
        # a price war between two firms
        ("A price war between the Kelvo Trading Company and Dosso Holdings cut margins.", "Kelvo Trading Company"),
    ],
)  # fmt: skip
def test_a_body_in_a_war_of_words_stays_an_organisation(
    tmp_path: Path, text: str, name: str
) -> None:
    assert _types(tmp_path, text).get(name) != "force"


def test_a_police_named_with_its_head_noun_is_a_force_whatever_it_does(tmp_path: Path) -> None:
    # round armed26: "Police" is an armed head noun, in a fight or not
    assert (
        _types(tmp_path, "The Marvo National Police clashed with gunmen near the market.").get(
            "Marvo National Police"
        )
        == "force"
    )
    assert (
        _types(tmp_path, "The Marvo National Police opened a bureau in the capital.").get(
            "Marvo National Police"
        )
        == "force"
    )


def test_both_sides_of_a_fight_between_two_bodies_are_found_and_typed_by_name(
    tmp_path: Path,
) -> None:
    text = (
        "Much of the violence was a fight for territory between the Kelvo Front's Western "
        "War Front and the Dosso Movement's 41st Brigade, residents said."
    )
    found = _types(tmp_path, text)
    assert found.get("Western War Front") == "organisation"  # a Front: no armed head noun
    assert found.get("41st Brigade") == "force"


def test_a_listed_political_movement_stays_an_organisation(tmp_path: Path) -> None:
    # a movement the gazetteer lists apart from its armed wing keeps its row's type
    found = _types(tmp_path, "Tigray People's Liberation Front fighters attacked the town.")
    assert found.get("Tigray People's Liberation Front") == "organisation"


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Units from the 318 Brigade attacked a checkpoint near the port.", "318 Brigade"),
        ("The 27 Task Force Brigade was attacked over the weekend.", "27 Task Force Brigade"),
        ("Forces of the 61st (Kelvo) Infantry Brigade deployed downtown.", "61st (Kelvo) Infantry Brigade"),
    ],
)  # fmt: skip
def test_a_unit_keeps_its_number(tmp_path: Path, text: str, unit: str) -> None:
    found = _types(tmp_path, text)
    assert found.get(unit) == "force"
    assert "Infantry Brigade" not in found and "Brigade" not in found


def test_two_units_of_one_kind_stay_apart(tmp_path: Path) -> None:
    text = (
        "The 61st (Kelvo) Infantry Brigade and the 62nd (Dosso) Infantry Brigade deployed "
        "across the district."
    )
    found = _types(tmp_path, text)
    assert found.get("61st (Kelvo) Infantry Brigade") == "force"
    assert found.get("62nd (Dosso) Infantry Brigade") == "force"
    assert "Infantry Brigade" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Officials said 12 Army soldiers were wounded in the blast.",
        "About 300 Kelvo residents fled the fighting.",
        "In 2019 Brigade commanders met in the capital.",
    ],
)
def test_a_count_before_a_name_is_no_unit(tmp_path: Path, text: str) -> None:
    found = _types(tmp_path, text)
    assert not [n for n in found if n[:1].isdigit()], found


def test_a_country_coast_guard_in_lower_case_is_a_force(tmp_path: Path) -> None:
    text = (
        "The Chinese coast guard fired water cannon at a supply boat. A Philippine coast "
        "guard ship escorted the boat."
    )
    found = _types(tmp_path, text)
    assert found.get("Chinese coast guard") == "force"
    assert found.get("Philippine coast guard") == "force"


def test_a_named_coast_guard_keeps_its_lower_case_spelling(tmp_path: Path) -> None:
    text = (
        "The China Coast Guard said its ships acted lawfully. The Chinese coast guard fired "
        "water cannon at a supply boat."
    )
    found = {e.name: e for e in note_entities(tmp_path, text) if e.type == "force"}
    assert list(found) == ["China Coast Guard"]
    assert "Chinese coast guard" in found["China Coast Guard"].aliases


def test_a_coast_guard_without_a_country_is_no_entity(tmp_path: Path) -> None:
    found = _types(tmp_path, "The coast guard rescued twelve fishermen off the cape.")
    assert not [n for n, t in found.items() if t == "force"]


def test_a_short_country_name_possessive_names_its_armed_forces(tmp_path: Path) -> None:
    text = "The heaviest attack against Burkina's army left 12 soldiers dead."
    found = {e.name: e for e in note_entities(tmp_path, text) if e.type == "force"}
    assert list(found) == ["Burkinabe forces"]
    assert "Burkina's army" in found["Burkinabe forces"].aliases
    assert not [
        e for e in note_entities(tmp_path, "Burkina's government denied it.") if e.type == "force"
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Tarsa Rangers scored twice against Kelvo United in the league match.", "Tarsa Rangers"),
        ("The Dosso Legion beat the Marvo Wanderers 2-1 on Saturday.", "Dosso Legion"),
        ("The Kelvo Green Brigade of volunteers planted trees in the park.", "Kelvo Green Brigade"),
    ],
)  # fmt: skip
def test_a_head_named_side_in_a_civilian_job_is_an_organisation(
    tmp_path: Path, text: str, name: str
) -> None:
    assert _types(tmp_path, text).get(name) == "organisation"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a fight, no match: "beat back" with no score nor sports word
        ("The Marvo Brigade beat back an attack on the bridge at dawn.", "Marvo Brigade"),
        # a unit with its number stays the unit whatever the sentence
        ("The 5th Brigade won the battle for the stadium.", "5th Brigade"),
        ("Kelvo Rangers fighters seized the checkpoint.", "Kelvo Rangers"),
    ],
)
def test_a_head_named_force_in_a_fight_stays_a_force(tmp_path: Path, text: str, name: str) -> None:
    assert _types(tmp_path, text).get(name) == "force"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Members of the 'Tet Vert' gang coalition attacked the police station.", "Tet Vert"),
        ("Police said the Grand Koulou gang seized two buses on the highway.", "Grand Koulou"),
        (
            "The convoy was attacked by the Dosso Brotherhood, a jihadist group linked to "
            "the insurgency.",
            "Dosso Brotherhood",
        ),
        ("Gunmen of the Marvo Defence Alliance killed four farmers.", "Marvo Defence Alliance"),
    ],
)
def test_a_group_named_beside_its_armed_label_is_found_and_typed_by_name(
    tmp_path: Path, text: str, name: str
) -> None:
    found = _types(tmp_path, text)
    assert found.get(name) == "organisation", found  # no armed head noun (round armed26)
    assert not [n for n in found if n.lower().startswith(("gunmen", "members"))]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Members of the Kelvo Farmers Union marched to the ministry.", "Kelvo Farmers Union"),
        ("The Tarsa Institute, a think tank based in the capital, published a report.", "Tarsa Institute"),
    ],
)  # fmt: skip
def test_a_body_beside_an_unarmed_label_stays_an_organisation(
    tmp_path: Path, text: str, name: str
) -> None:
    assert _types(tmp_path, text).get(name) == "organisation"


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Malian government troops retook the town at dawn.", "Malian government troops"),
        ("Russian occupation forces shelled the city overnight.", "Russian occupation forces"),
        ("Ukrainian drone units struck a fuel depot.", "Ukrainian drone units"),
    ],
)
def test_a_qualifier_between_a_demonym_and_a_force_noun_keeps_the_country_force(
    tmp_path: Path, text: str, surface: str
) -> None:
    forces = [e for e in note_entities(tmp_path, text) if e.type == "force"]
    assert len(forces) == 1
    assert surface in [forces[0].name, *forces[0].aliases]


@pytest.mark.parametrize(
    "text",
    [
        "Malian government officials said the talks would resume.",
        "Russian occupation authorities held a referendum.",
    ],
)
def test_a_qualifier_before_another_noun_names_no_force(tmp_path: Path, text: str) -> None:
    assert not [e for e in note_entities(tmp_path, text) if e.type == "force"]


def test_a_deed_of_a_body_s_supporters_is_not_the_body_s(tmp_path: Path) -> None:
    text = "Supporters of the Kelvo Civic Alliance attacked a polling station, killing two."
    assert _types(tmp_path, text).get("Kelvo Civic Alliance") == "organisation"


@pytest.mark.parametrize("text", ["² Brigade", "The ¹² Brigade left.", "In 12\u00a0Brigade units"])
def test_a_digit_of_another_script_before_a_unit_head_does_not_raise(
    tmp_path: Path, text: str
) -> None:
    assert isinstance(_types(tmp_path, text), dict)
