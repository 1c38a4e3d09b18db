"""Armed groups named by a group noun or "known as", spelling variants of a group's name,
the armed-group gazetteer, and a title word inside a personal name, on invented sentences
(the names of the rule tests are invented, so the tests prove the rule, not the list).
An armed group is typed by its name (round armed26): found where the sentence shows it
armed ("Kel Varrow fighters", "an armed group known as ...") or where the gazetteer lists
it, it is an organisation unless its name has an armed head noun ("Army", "Brigade", ...);
a group noun of no armed job ("the Vey Kanpo coalition") leaves an organisation too."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefbook.analysis.gazetteer import group_spellings
from briefbook.model import Entity
from builders import note_entities


def _typed(tmp_path: Path, text: str, etype: str) -> dict[str, Entity]:
    return {e.name: e for e in note_entities(tmp_path, text) if e.type == etype}


@pytest.mark.parametrize(
    ("text", "group", "etype"),
    [
        ("Residents said Tamberlo militiamen set up checkpoints on the road.", "Tamberlo", "organisation"),
        ("Kel Varrow fighters attacked the camp at dawn.", "Kel Varrow", "organisation"),
        ("The army said Dosso Brava insurgents had crossed the river.", "Dosso Brava", "organisation"),
        ("Roads were blocked by the Vey Kanpo coalition on Monday.", "Vey Kanpo", "organisation"),
        ("An armed group known as Mbeli Nkoro claimed the raid.", "Mbeli Nkoro", "organisation"),
        (
            "Jama'at Ansar al-Wadi wal-Muhajirin gunmen captured the post.",
            "Jama'at Ansar al-Wadi wal-Muhajirin",
            "organisation",
        ),
    ],
)  # fmt: skip
def test_a_name_before_a_group_noun_is_an_armed_group(
    tmp_path: Path, text: str, group: str, etype: str
) -> None:
    assert group in _typed(tmp_path, text, etype)


def test_later_bare_mentions_and_spellings_are_one_group(tmp_path: Path) -> None:
    text = (
        "Al-Qadrum insurgents struck a convoy near the bridge. "
        "A spokesman said al-Qadrum had lost ten men. "
        "Officials blamed Al Qadrum for the blast. Later, Kel Varrow fighters arrived. "
        "Kel Varrow denied any role."
    )
    orgs = _typed(tmp_path, text, "organisation")
    qadrum = [e for e in orgs.values() if "Qadrum" in e.name]
    assert len(qadrum) == 1
    assert qadrum[0].mentions == 3
    assert orgs["Kel Varrow"].mentions == 2


@pytest.mark.parametrize(
    "text",
    [
        "Fulani gunmen attacked the herders at night.",
        "Tigrayan fighters withdrew from the hills.",
        "Islamist fighters were blamed for the ambush.",
        "Ethiopian militiamen were seen near the border.",
        "Rebel fighters regrouped after the rebel commander left.",
    ],
)
def test_peoples_demonyms_and_common_words_are_no_group(tmp_path: Path, text: str) -> None:
    found = note_entities(tmp_path, text)
    assert not [e for e in found if e.type in {"organisation", "weapon"}], found


def test_a_person_before_a_group_noun_stays_a_person(tmp_path: Path) -> None:
    text = "Witnesses said Mohammed Tarsi fighters had left the town."
    orgs = _typed(tmp_path, text, "organisation")
    assert "Mohammed Tarsi" not in orgs


@pytest.mark.parametrize(
    ("text", "group", "alias"),
    [
        ("Somali officials said the Shebab lost dozens of men.", "al-Shabaab", "Shebab"),
        ("Al Shabaab claimed the attack on the base.", "al-Shabaab", "Al Shabaab"),
        ("Boko Haram raided a village in Borno.", "Boko Haram", "Boko Haram"),
        (
            "Jama'at Nusrat al-Islam wal-Muslimin claimed the ambush.",
            "JNIM",
            "Jama'at Nusrat al-Islam wal-Muslimin",
        ),
        ("Hayat Tahrir al Sham took the town.", "Hayat Tahrir al-Sham", "Hayat Tahrir al Sham"),
        ("The Viv Ansanm alliance blocked roads.", "Viv Ansanm", "Viv Ansanm"),
    ],
)
def test_gazetteer_armed_groups_and_their_spellings(
    tmp_path: Path, text: str, group: str, alias: str
) -> None:
    orgs = _typed(tmp_path, text, "organisation")  # no armed head noun (round armed26)
    assert group in orgs
    assert alias == group or alias in orgs[group].aliases


def test_group_spellings_fold_particles_and_hyphens() -> None:
    forms = group_spellings("al-Qadrum")
    assert forms[0] == "al-Qadrum"
    assert {"Al-Qadrum", "al Qadrum", "Al Qadrum"} <= set(forms)
    assert group_spellings("Tamberlo") == ["Tamberlo"]
    assert "Mai Doro" in group_spellings("Mai-Doro")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Somali President Hassan Sheikh Mohamud visited the troops.", "Hassan Sheikh Mohamud"),
        ("Regional Governor Tarek Haji Osmanov met elders.", "Tarek Haji Osmanov"),
        ("Commander Idris Mullah Karimzai denied the report.", "Idris Mullah Karimzai"),
    ],
)
def test_a_title_word_inside_a_name_after_a_title_is_one_person(
    tmp_path: Path, text: str, person: str
) -> None:
    people = _typed(tmp_path, text, "person")
    assert list(people) == [person]


def test_a_title_before_a_name_stays_a_title(tmp_path: Path) -> None:
    people = _typed(tmp_path, "The talks were led by Sheikh Tamim Varadi.", "person")
    assert "Tamim Varadi" in people


def test_a_name_after_group_of_ending_its_phrase_is_a_group(tmp_path: Path) -> None:
    orgs = _typed(
        tmp_path, "Roads were held by the militia of Dosso Brava, residents said.", "organisation"
    )
    assert "Dosso Brava" in orgs
    text = "A group of Harvard students visited the camp."
    assert "Harvard" not in _typed(tmp_path, text, "organisation")
    assert "Harvard" not in _typed(tmp_path, text, "force")


def test_a_surname_before_a_group_noun_stays_the_person(tmp_path: Path) -> None:
    text = (
        "Prime Minister Ilan Vossberg met the envoy. The Vossberg coalition lost its majority. "
        "Vossberg said he would stay."
    )
    found = note_entities(tmp_path, text)
    assert not [e for e in found if e.type == "organisation" and "Vossberg" in e.name]
    people = {e.name: e for e in found if e.type == "person"}
    assert people["Ilan Vossberg"].mentions == 3
