"""Review of round ents21's class nouns (invented sentences; no third-party text):

* a class noun right before a personal name that opens a clause on the body ("the militia
  Ahmed Saleh leads", "told the newspaper Nguyen Van Thanh had fled") typed the person an
  organisation: the name is the subject of the clause, a person;
* "party" after a run of the people of a body ("Critics of the Trump party") typed the whole
  run an organisation: the class noun names only the words after "of".

Near misses: "according to the NGO Tarvola", "the Droma party", "the Movement for Change
party" stay bodies.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import entities_of


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Fighters of the militia Ahmed Saleh leads shelled the town.", "Ahmed Saleh"),
        ("The broadcaster Ana Ruvelic owns was shut down in Tarvik.", "Ana Ruvelic"),
        ("He told the newspaper Nguyen Van Thanh had fled.", "Nguyen Van Thanh"),
    ],
)
def test_a_person_opening_a_clause_after_a_class_noun_is_a_person(
    tmp_path: Path, text: str, person: str
) -> None:
    found = entities_of(tmp_path, text)
    assert ("person", person) in found
    assert ("organisation", person) not in found


def test_the_people_of_a_party_are_no_part_of_its_name(tmp_path: Path) -> None:
    found = entities_of(tmp_path, "Critics of the Droma party said the vote was rigged.")
    assert ("organisation", "Droma") in found
    assert not any(name.startswith("Critics") for _, name in found)


def test_near_miss_a_known_leader_before_party_stays_the_person(tmp_path: Path) -> None:
    text = "Donald Trump spoke on Monday. Critics of the Trump party said the vote was rigged."
    found = entities_of(tmp_path, text)
    assert ("person", "Donald Trump") in found
    assert not any(etype == "organisation" for etype, _ in found)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        ("The insurgency has caused 20,000 deaths, according to the NGO Tarvola.", "Tarvola"),
        ("The Movement for Change party and the Kelvo party met on Monday.", "Movement for Change"),
        ("According to the NGO Tarvola, Ana Ruvelic was held.", "Tarvola"),
    ],
)
def test_near_miss_bodies_by_their_class_noun_stay_bodies(
    tmp_path: Path, text: str, body: str
) -> None:
    assert ("organisation", body) in entities_of(tmp_path, text)


# --- round trial23: "external" among the title words --------------------------------------
# "External" as a title word cut a ministry named by its portfolio to "Affairs Ministry"
# (main read "External Affairs Ministry"); a body's head after title words and ordinary
# nouns is the body, its portfolio and all.


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "External Affairs Ministry spokesman Ravi Tarvekar spoke to reporters.",
            "External Affairs Ministry",
        ),
        ("The Foreign Affairs Ministry said the talks went well.", "Foreign Affairs Ministry"),
        ("The Foreign Relations Committee met on Monday.", "Foreign Relations Committee"),
    ],
)
def test_a_body_named_by_its_portfolio_keeps_it(tmp_path: Path, text: str, body: str) -> None:
    found = entities_of(tmp_path, text)
    assert ("organisation", body) in found
    assert not any(name.startswith(("Affairs", "Relations")) for _, name in found)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("External Affairs Minister Ravi Tarvekar met the envoy.", "Ravi Tarvekar"),
        ("Defence Minister Ana Ruvelic said the army was ready.", "Ana Ruvelic"),
    ],
)
def test_near_miss_a_minister_after_the_portfolio_stays_a_person(
    tmp_path: Path, text: str, person: str
) -> None:
    assert ("person", person) in entities_of(tmp_path, text)


# --- round ents21: a family name written first before a leader's family name -------------
# "Wang Xi" became a person (round ents21), and the namesake rule then gave him the bare
# "Xi" of the same source ("President Xi"), so the leader lost his mentions: the last word of
# a name written family name first is a given name, which the sources do not use alone.


def test_a_leader_named_beside_a_family_first_namesake_keeps_his_mentions(
    tmp_path: Path,
) -> None:
    found = entities_of(tmp_path, "Wang Xi said the trawler was boarded. Xi met Putin.")
    assert ("person", "Wang Xi") in found
    assert ("person", "Xi Jinping") in found


def test_near_miss_a_namesake_of_a_given_name_first_takes_the_word(tmp_path: Path) -> None:
    text = "Abbas Kareemi said the road was shut. Abbas added that aid was late."
    found = entities_of(tmp_path, text)
    assert ("person", "Abbas Kareemi") in found
    assert ("person", "Mahmoud Abbas") not in found
