"""The checker's passive agent (review revB23; invented sentences): the agent ends where
the predicate's object, place or time begins (``agent_ends`` of data/predicates.yaml: "by
the US on Tarsk", "by Tarsk on Monday"), so a faithful paraphrase never fails on a name
of that phrase; a body's acronym in brackets after its name in the agent is part of it ("by
the Tarsk Liberation Front (TLF)"), as before an active verb; a state written as its capitalised code ("the US") is that state, not the
pronoun "us".

Near misses: another agent, another state still fail.
"""

from __future__ import annotations

import pytest
from tests.builders import check_cited as check
from tests.builders import names_other_actor as other_actor


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        (
            "The United States imposed sanctions on Tarsk.",
            "Sanctions were imposed by the US on Tarsk, the Treasury said.",
        ),
        ("Tarsk shelled the depot.", "The depot was shelled by Tarsk on Monday."),
        (
            "Belvin forces attacked the convoy.",
            "The convoy was attacked by Belvin gunmen against Halvin orders.",
        ),
        ("The US imposed sanctions.", "Sanctions were imposed by the United States."),
        (
            "The TLF released the hostages.",
            "The hostages were released by the Tarsk Liberation Front (TLF) on Monday.",
        ),
        (
            "Hamas released the hostages.",
            "The hostages were released by the Islamic Resistance Movement (Hamas).",
        ),
    ],
)
def test_faithful_passives_pass(text: str, cited: str) -> None:
    assert not other_actor(check(text, cited))


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        ("Belvin shelled the depot.", "The depot was shelled by Tarsk on Monday."),
        ("Tarsk imposed sanctions on Belvin.", "The US imposed sanctions on Belvin."),
        ("Tarsk imposed sanctions.", "Sanctions were imposed by the U.S. during the talks."),
        ("Belvin released the hostages.", "The hostages were released by the Tarsk Front (TF)."),
    ],
)
def test_another_agent_still_fails(text: str, cited: str) -> None:
    assert other_actor(check(text, cited))
