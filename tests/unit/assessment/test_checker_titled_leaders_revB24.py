"""A head of state or government stands for his state in the checker's name and actor rules
where the cited sentences name him with his title and that state (review revB24: no list of
persons; invented sentences, real state names and the titles of ``head_titles`` of
``data/claims.yaml`` and ``government_head_titles`` of ``data/state_actors.yaml``).

Near misses: a surname the evidence never titles, a title of another state, a former head,
a deputy's title.
"""

from __future__ import annotations

import pytest

from briefbook.assessment.checker import check_statement
from briefbook.assessment.state_actors import titled_leaders
from briefbook.model import Sentence


def _check(text: str, *cited: str):
    sentences = [Sentence(id=f"S2.{i + 1}", source="S2", text=t) for i, t in enumerate(cited)]
    ids = ", ".join(s.id for s in sentences)
    return check_statement(f"{text} [{ids}]", sentences)


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        (
            "Russia condemned the strike on the dam.",
            (
                "Russian President Vladimir Putin arrived in Minsk on Monday.",
                "Putin condemned the strike on the dam.",
            ),
        ),
        (
            "Iran rejected the inspection plan.",
            (
                "Iran's supreme leader Ali Khamenei addressed clerics in Qom.",
                "Khamenei rejected the inspection plan.",
            ),
        ),
        (
            "Kenya condemned the attack on the convoy.",
            (
                "Kenya's president, William Ruto, flew to Mombasa.",
                "Ruto condemned the attack on the convoy.",
            ),
        ),
        (
            "Pakistan rejected the ceasefire terms.",
            (
                "The prime minister of Pakistan, Shehbaz Sharif, met the army chief.",
                "Sharif rejected the ceasefire terms.",
            ),
        ),
        (
            "Germany rejected the request for missiles.",
            (
                "Friedrich Merz, the German chancellor, spoke in Berlin.",
                "Merz rejected the request for missiles.",
            ),
        ),
    ],
)
def test_titled_leader_stands_for_his_state(text: str, cited: tuple[str, ...]) -> None:
    result = _check(text, *cited)
    assert result.ok, result.reasons


@pytest.mark.parametrize(
    ("text", "cited"),
    [
        # no title in the evidence: a surname names nobody's state
        ("Russia condemned the strike on the dam.", ("Putin condemned the strike on the dam.",)),
        (
            "Kenya condemned the attack on the convoy.",
            ("Ruto condemned the attack on the convoy.",),
        ),
        # a title of another state
        (
            "Ukraine condemned the strike on the dam.",
            (
                "Russian President Vladimir Putin arrived in Minsk on Monday.",
                "Putin condemned the strike on the dam.",
            ),
        ),
        # a former head and a deputy stand for no state
        (
            "Russia condemned the strike on the dam.",
            (
                "Former Russian President Dmitry Medvedev arrived in Minsk on Monday.",
                "Medvedev condemned the strike on the dam.",
            ),
        ),
        (
            "Kenya condemned the attack on the convoy.",
            (
                "Kenya's deputy president, Kithure Kindiki, flew to Mombasa.",
                "Kindiki condemned the attack on the convoy.",
            ),
        ),
    ],
)
def test_untitled_or_other_heads_stand_for_no_state(text: str, cited: tuple[str, ...]) -> None:
    assert not _check(text, *cited).ok


def test_titled_leaders_reads_the_shapes() -> None:
    assert titled_leaders("Russian President Vladimir Putin said") == {
        "Vladimir Putin": "Russia",
        "Putin": "Russia",
    }
    assert titled_leaders("Syrian President Ahmed al-Sharaa said")["al-Sharaa"] == "Syria"
    assert titled_leaders("Putin said") == {}
    # a weekday after the name, a possessive: no part of it
    assert titled_leaders("Kenyan President William Ruto Monday said") == {
        "William Ruto": "Kenya",
        "Ruto": "Kenya",
    }
    assert "Putin" in titled_leaders("Russian President Vladimir Putin's envoy said")
    assert titled_leaders("the union president, Ann Kole, said") == {}
