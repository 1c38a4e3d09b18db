"""Originators of trial 8, by kind (invented sentences of the shapes met on outside news): an
issuer of an alert "saying ...", the body behind figures "verified by" it, a speech verb in a
relative aside or in a clause of time or reason, a name read after "data from" without its
predicate, characterising verbs, people quoted by who they are."""

from __future__ import annotations

import pytest

from briefbook.analysis.hedges import attribution
from builders import names_word as _has
from builders import originators_of as _run


@pytest.mark.parametrize(
    ("text", "word"),
    [
        (
            "The Vendran Embassy in Dorvia issued a security alert saying that it was aware of "
            "plans to block the roads to the port.",
            "Vendran Embassy",
        ),
        (
            "Coral Air and Bluewing issued statements announcing that they had halted flights "
            "to Talmo until Friday.",
            "Coral Air",
        ),
        (
            "At least 90 people were killed last year, according to figures verified by the "
            "Dorvian Rights Office.",
            "Dorvian Rights Office",
        ),
        (
            "Tracking data from SkyWatch revealed the final minutes as the jet descended to 500 "
            "feet over the harbour.",
            "SkyWatch",
        ),
        ("Dorvian authorities also mentioned that 14 raiders had been arrested.", "authorities"),
        ("Relief networks described a brutal massacre with dozens killed.", "networks"),
        ("When questioned, the captured boy said he was from Lower Talmo.", "boy"),
    ],
)
def test_the_speaker_is_named(text: str, word: str) -> None:
    name = attribution(text)[0]
    assert _has(name, word), name
    assert name is not None and len(name.split()) <= 4  # no predicate glued onto the name


@pytest.mark.parametrize(
    "text",
    [
        # a relative aside with its own subject: the leader announced the plan, not the raid
        "The raid on Talmo was led by the Red Hand group, whose leader, a former officer named "
        "Piet Varga, had announced the plan in a video.",
        "The raid was led by the Red Hand group, whose leader, former army officer Piet "
        "Varga, had announced the plan in a video.",
        # an alias in an aside, in a clause of reason
        "It was unclear whether police were ready, given that Varga, who is also known as "
        "Hammer, had announced plans to attack the market.",
        # a clause of time: the Red Hand's announcement only dates the statement
        "The statement was the first by Varga acknowledging the losses after the Red Hand "
        "announced their victory.",
        "The convoy turned back before the ministry confirmed the closure of the bridge.",
    ],
)
def test_a_speech_verb_in_an_aside_or_a_time_clause_gives_no_speaker(text: str) -> None:
    assert attribution(text)[0] is None
    assert _run(text) == [None]


def test_an_opening_time_clause_keeps_the_speaker_of_the_main_clause() -> None:
    assert _has(
        attribution("After the talks the minister said 40 prisoners would go free.")[0], "minister"
    )
    assert _has(
        attribution("Varga said the raid began after the Red Hand announced it.")[0], "Varga"
    )


def test_the_alert_continued_is_its_issuer() -> None:
    found = _run(
        "The Vendran Embassy issued a security alert saying that the roads were unsafe.",
        '"The situation is unpredictable," the embassy alert continued.',
    )
    assert found == ["Vendran Embassy", "Vendran Embassy"]


def test_a_characterising_verb_is_its_own_subject_not_the_speaker_before() -> None:
    found = _run(
        (
            "The Dorvian migration agency said 2,000 people fled on Sunday.",
            "Relief networks described a brutal massacre with dozens killed.",
        )
    )
    assert found[0] == "Dorvian migration agency"
    assert _has(found[1], "Relief networks")


def test_a_whose_clause_closed_before_the_verb_keeps_the_subject() -> None:
    text = "The group, whose leader was killed in May, said on Monday that 12 fighters died."
    assert _has(attribution(text)[0], "group")


def test_a_statement_reported_sentence_by_sentence_keeps_its_body() -> None:
    found = _run(
        (
            "The guards died protecting the depot, the Dorvian Council said in a statement.",
            "In the face of this, the council reiterates its resolve.",
            "The safety of the people is a sacred duty.",
            "It will be carried to the end, it further noted.",
            "No threat will break the Republic.",
            "Meanwhile, in Talmo, raiders burned a truck.",
        ),
        "The safety of the roads is poor.",
    )
    assert found[:5] == ["Dorvian Council"] * 5
    assert found[5:] == [None, None]
    # without the body speaking again in the paragraph, the writer's voice stays
    alone = _run(
        (
            "The guards died protecting the depot, the Dorvian Council said in a statement.",
            "The safety of the people is a sacred duty.",
        )
    )
    assert alone == ["Dorvian Council", None]


def test_according_to_his_account_is_the_person_before() -> None:
    found = _run(
        (
            '"I saw them run," the night guard told reporters.',
            "According to his estimation, the youngest was perhaps eight years old.",
        )
    )
    assert _has(found[0], "guard") and found[1] == found[0]
    assert _run(
        ("Ana Sol, a nurse, said 12 people died.", "According to her count, four were children.")
    ) == ["Ana Sol", "Ana Sol"]
    assert _run("According to his account, he was sent to the port.") == [None]  # no one before
