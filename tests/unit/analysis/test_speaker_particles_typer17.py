"""A speaker whose name holds a lower-case particle is named whole (typer17): the Hassaniya
"ould" and the Tamasheq "ag" ("son of"), like "bin", "de" or "der" (``name_particles`` of
``data/entity_rules.yaml``), join the words of one personal name, so "Mohamed ould
Abdelaziz said" is Mohamed ould Abdelaziz's, not "Abdelaziz"'s, in the sentence's speaker and
in its claims' originator (invented sentences of the same shapes)."""

from __future__ import annotations

import pytest

from briefbook.analysis.hedges import find_attribution
from builders import originators_of


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Mohamed ould Abdelaziz said the army would not stand aside.", "Mohamed ould Abdelaziz"),
        ("Former president Sidi ould Kelvar said 20 soldiers were killed.", "Sidi ould Kelvar"),
        (
            "Mali's rebel leader Iyad ag Ghaly said the group had killed 15 soldiers.",
            "Iyad ag Ghaly",
        ),
        (
            "Speaking in Kidal, Ahmed ag Tovar told reporters 30 fighters were freed.",
            "Ahmed ag Tovar",
        ),
        (
            "The killings were confirmed, said Mohamed ould Tovar, the governor.",
            "Mohamed ould Tovar",
        ),
        ("Ahmed ould Salem, the mayor, said the road was closed.", "Ahmed ould Salem"),
        ('"It is over," a commander in Gao, Bilal ag Kelvo, told reporters.', "Bilal ag Kelvo"),
        ("Crown Prince Mohammed bin Kelvar said 20 were killed.", "Mohammed bin Kelvar"),
        ("Van der Kelvo said 4 people died.", "Van der Kelvo"),
    ],
)
def test_a_name_with_a_lower_case_particle_speaks_whole(text: str, speaker: str) -> None:
    assert find_attribution(text) == speaker


def test_the_claim_of_a_particle_name_is_his() -> None:
    found = originators_of("Sidi ould Brahim, a spokesman for the ministry, said 12 soldiers died.")
    assert found == ["Sidi ould Brahim"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # near misses read as before: a legal form in capitals, a lower-case "ag" before a
        # noun, bodies with "de", a title before a name, a place list
        ("Siemens AG said 20 workers were laid off.", "Siemens AG"),
        ("Volkswagen AG, the carmaker, said 3 plants closed.", "Volkswagen AG"),
        ("Iowa ag groups said 3 farms closed.", "groups"),
        ("The Banco de Kelvar said rates would rise.", "Banco de Kelvar"),
        ("Police in Gao and Kidal said 12 people died.", "Police in Gao and Kidal"),
        ("General John Smith said 3 soldiers died.", "John Smith"),
        ("Julia de Souza, a nurse, said 3 people died.", "Julia de Souza"),
    ],
)
def test_near_misses_keep_their_speaker(text: str, speaker: str) -> None:
    assert find_attribution(text) == speaker
