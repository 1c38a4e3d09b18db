"""The checker's rule of another actor of the same verb (round left22), reviewed (revB22;
invented sentences): one actor written another way is no other actor, so a faithful
paraphrase never fails on it:

* a relative clause in commas right before the verb describes the actor, it is not the
  actor ("Halvin rebels, who are backed by Tarsk, attacked": Halvin rebels);
* a name hyphened in one sentence and spaced in the other ("Al-Harun" / "Al Harun");
* a body's initials and its name ("KLF" / "the Korvan Liberation Front");
* two spellings the gazetteer gives of one force ("SAF" / "the Sudanese army").

Near misses: another actor still fails, written with initials, with a relative clause
after the verb, or with a hyphened name.
"""

from __future__ import annotations

import pytest
from tests.builders import check_cited as check
from tests.builders import names_other_actor as other_actor


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        (
            "Halvin rebels attacked the tanker.",
            "Halvin rebels, who are backed by Tarsk, attacked the tanker on Sunday.",
        ),
        (
            "The Ostra garrison shelled the bridge.",
            "The Ostra garrison, which answers to Belvin, shelled the bridge overnight.",
        ),
        ("Al-Harun fighters attacked the base.", "Al Harun militants attacked the base."),
        (
            "The Korvan Liberation Front attacked the convoy.",
            "The KLF attacked the convoy on Friday, the governor said.",
        ),
        (
            "The Sudanese army recaptured the bridge.",
            "The SAF recaptured the bridge in March.",
        ),
    ],
)
def test_one_actor_written_another_way_is_no_other_actor(text, cited):
    result = check(text, cited)
    assert not other_actor(result), result.reasons


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        (
            "Belvin rebels attacked the tanker.",
            "Halvin rebels attacked the tanker, which Belvin rebels had seized.",
        ),
        ("The KDF attacked the convoy.", "The Korvan Liberation Front attacked the convoy."),
        ("Al-Harun fighters attacked the base.", "Tarsk militants attacked the base."),
    ],
)
def test_near_miss_another_actor_still_fails(text, cited):
    result = check(text, cited)
    assert other_actor(result), result.reasons
