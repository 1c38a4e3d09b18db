"""The head of a name is the word before its linking word (issue 12, rounds armed26, revC26).

Round armed26 made "police" an armed head, so that "the Kelvo National Police" is a force;
a body named "<noun> of Police" or "<noun> of the Armed Forces" is headed by its first noun
and stays an organisation, while "the Army of the Kelvo Republic" keeps its armed head and
"Commissioner of Police X" stays a person. Bodies whose name ends in an armed noun but that
bear no arms are organisations by the gazetteer (data). Invented sentences, with near misses.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from builders import note_entities


def _types(tmp_path: Path, text: str) -> dict[str, set[str]]:
    out: dict[str, set[str]] = {}
    for e in note_entities(tmp_path, text):
        for name in (e.name, *e.aliases):
            out.setdefault(name, set()).add(e.type)
    return out


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Fraternal Order of Police criticised the budget cuts.", "Fraternal Order of Police"),
        (
            "The International Association of Chiefs of Police criticised the plan.",
            "International Association of Chiefs of Police",
        ),
        ("The Ministry of the Armed Forces denied the report.", "Ministry of the Armed Forces"),
        ("The Department of the Navy announced the contract.", "Department of the Navy"),
        ("The Kelvo Union of Police called a strike.", "Kelvo Union of Police"),
        ("The Ministry of Police ordered an inquiry.", "Ministry of Police"),
        # a name ending in an armed noun, no armed body (gazetteer rows)
        ("The Salvation Army opened a shelter for displaced families.", "Salvation Army"),
        ("A Peace Corps volunteer described the flooding in the valley.", "Peace Corps"),
        (
            "The Financial Action Task Force placed Kelvo on its grey list.",
            "Financial Action Task Force",
        ),
    ],
)
def test_body_headed_before_linking_word_is_no_force(tmp_path: Path, text: str, name: str) -> None:
    assert "force" not in _types(tmp_path, text).get(name, set())


@pytest.mark.parametrize(
    ("text", "name", "etype"),
    [
        # near misses: the armed head opens the name, or the name is a police force's
        (
            "The Army of the Kelvo Republic shelled the bridge.",
            "Army of the Kelvo Republic",
            "force",
        ),
        (
            "The National Guard of Tarvo closed the border crossing.",
            "National Guard of Tarvo",
            "force",
        ),
        (
            "The Kelvo National Police said six officers were wounded.",
            "Kelvo National Police",
            "force",
        ),
        ("The Tarvo Republican Guard sealed off the palace.", "Tarvo Republican Guard", "force"),
        # a title before "of Police" is a person's
        ("Commissioner of Police Lionel Marc said the road was open.", "Lionel Marc", "person"),
        ("Inspector General of Police Jean Dorval resigned on Monday.", "Jean Dorval", "person"),
        # gangs: organisations by the rule, also spelled otherwise
        (
            "Washington sanctioned the Gran Grif gang over the killings.",
            "Gran Grif",
            "organisation",
        ),
        ("Gunmen of the Viv Ansam coalition torched a clinic.", "Viv Ansanm", "organisation"),
    ],
)
def test_armed_heads_kept(tmp_path: Path, text: str, name: str, etype: str) -> None:
    assert etype in _types(tmp_path, text).get(name, set())
