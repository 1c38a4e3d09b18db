"""A person named by the state office set off after the name (round trialA26): "Attaullah
Tarar, Pakistan's Minister for Information and Broadcasting, announced ..." names a person
with a given name no list holds; the office is written in title case after a state's
possessive or "the", with "for" as well as "of". The surname alone later in the source
("According to Tarar, ...") is that person, never a place. A body, or a list of bodies, set
off the same way stays no person. Every sentence here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import entities_of


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Qadrullah Vennar, Ostland's Minister for Information and Broadcasting, announced"
            " late Tuesday that the dialogue ended. According to Vennar, the delegation"
            " avoided key issues.",
            "Qadrullah Vennar",
        ),
        (
            "Kelvo Marrin, the Minister for Energy, announced that the pipeline reopened.",
            "Kelvo Marrin",
        ),
        ("Tamsin Orvell, Dorvia's Minister of Finance, presented the budget.", "Tamsin Orvell"),
        ("Kelvo Tarrow, Ostland's Secretary for Home Affairs, resigned on Friday.", "Kelvo Tarrow"),
    ],
)
def test_a_name_set_off_before_a_state_office_is_a_person(
    tmp_path: Path, text: str, person: str
) -> None:
    found = entities_of(tmp_path, text)
    assert ("person", person) in found
    surname = person.split()[-1]
    assert not any(name == surname and kind != "person" for kind, name in found)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Kelvo Holdings, Ostland's Ministry of Finance and the Vell Bank signed the accord.",
            "Kelvo Holdings",
        ),
        (
            "Ostland Airways, the Bank of Vellmar and Kelvo Holdings signed the accord.",
            "Ostland Airways",
        ),
    ],
)
def test_a_body_before_another_body_stays_no_person(tmp_path: Path, text: str, body: str) -> None:
    found = entities_of(tmp_path, text)
    assert ("person", body) not in found
    assert any(name == body for _, name in found)
