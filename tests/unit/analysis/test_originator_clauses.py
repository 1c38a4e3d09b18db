"""Originators and events of round 9, by kind (invented sentences of the shapes met on outside
news): a source noun heading a chain of place phrases, a role before an inverted speaker's
name, a body's records with no article, a figure sentence between two of one speaker's, fighting
men quoted as a group, a body named with its acronym in brackets; and the scorer's fold of a
body's spellings."""

from __future__ import annotations

import pytest

from briefbook.analysis.claims import find_frames
from briefbook.analysis.hedges import attribution
from briefbook.evaluation.claims import same_originator
from builders import names_word as _has
from builders import originators_of as _run


def frames(text: str) -> list[tuple[float | None, float | None, str | None]]:
    return [(f.low, f.high, f.event) for f in find_frames(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Authorities in the northern district of Kora in Dorvia have claimed their forces "
            "killed 30 raiders.",
            "Authorities in the northern district of Kora in Dorvia",
        ),
        (
            "Officials in the eastern province of Velm said 12 people died.",
            "Officials in the eastern province of Velm",
        ),
        ("Elders of the Tarsi clan in Velm said 40 cattle were taken.", "Elders of the Tarsi clan"),
    ],
)
def test_a_source_noun_heads_a_chain_of_place_phrases(text, expected) -> None:
    name = attribution(text)[0]
    assert name is not None and name.startswith(expected)


def test_a_place_alone_before_the_verb_is_still_no_source_of_its_own() -> None:
    # the chain needs a source noun at its head: a body's full name stays as it was read
    assert attribution("The Ministry of Defence of Dorvia said 4 died.")[0] == (
        "Ministry of Defence of Dorvia"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('"We buried 3 neighbours today," said resident Ana Sollo.', "Ana Sollo"),
        ('"Nine houses burned," said local teacher Ben Marsh.', "Ben Marsh"),
        ('"Two trucks were hit," said regional governor Ilse Varn.', "Ilse Varn"),
    ],
)
def test_a_role_before_an_inverted_speakers_name(text, expected) -> None:
    assert attribution(text)[0] == expected


def test_a_bodys_records_with_no_article_are_the_originator() -> None:
    got = _run(
        "Army records showed that the militia is estimated to have 900 members.",
        "Those figures show 4 deaths.",
    )
    assert _has(got[0], "Army records") and got[1] is None


def test_a_figure_sentence_between_two_of_one_speakers_reports_that_speaker() -> None:
    got = _run(
        "A two-hour firefight broke out at dawn, said Col. Ivo Marek, the brigade's spokesman.",
        "According to Marek, the patrol was ambushed near a bridge.",
        (
            "The clash left nine people dead.",
            '"The search goes on," Marek said.',
        ),
    )
    assert _has(got[2], "Marek")


def test_a_figure_sentence_before_a_leading_speaker_stays_the_writers() -> None:
    # the next sentence names its speaker first: no trailing attribution covers the one before
    got = _run(
        ("Dorvia said it struck depots used by the militia.",),
        (
            "Dorvia fired rockets at three towns as the toll rose to 20 people.",
            "Dorvia also claims there were losses on its side.",
        ),
    )
    assert got[1] is None


def test_fighting_men_quoted_as_a_group_are_the_source() -> None:
    got = _run(
        "Dorvian soldiers said they killed 12 raiders near the border.",
        "Rebels said 5 of their fighters died.",
    )
    assert _has(got[0], "Dorvian soldiers") and _has(got[1], "Rebels")


def test_a_body_named_with_its_acronym_in_brackets_is_no_person() -> None:
    assert attribution("The Velm Defence Force (VDF) said 3 soldiers were wounded.")[0] == (
        "Velm Defence Force"
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a price paid in lives is a death toll, not money
        ("The war has cost more than 4,000 lives.", [(4001, None, "killed")]),
        # each figure keeps its own verb: lives claimed, people forced to flee
        (
            "The revolt has claimed thousands of lives and forced half a million to flee.",
            [(2000, 9999, "killed"), (500000, 500000, "displaced")],
        ),
        ("Raids forced 300 families to flee.", [(300, 300, "displaced")]),
        ("Half a million people fled the valley.", [(500000, 500000, "displaced")]),
        # a surrender is a capture, not a deployment of the troops counted
        ("The siege ended with the surrender of over 1,000 troops.", [(1001, None, "captured")]),
        ("Gunmen torched six villages.", [(6, 6, "destroyed")]),
        # a statement's idiom for the enemy dead
        ("During the clash, 12 raiders were sent to hell.", [(12, 12, "killed")]),
        # a share of people who need aid is no money
        ("Nearly 80% of the population needs food aid.", [(72, 79, "other")]),
        ("About 30% of the budget funds the army.", [(27, 33, "funded")]),
        # what a hospital receives names its own event
        ("The clinic received 60 wounded overnight.", [(60, 60, "wounded")]),
        # a rank is no count
        ("The militia's number two was killed in the raid.", []),
        ("Its number three, a former colonel, fled.", []),
    ],
)
def test_event_kinds_of_round_9(text, expected) -> None:
    assert frames(text) == expected


def test_a_group_numbering_its_members_is_still_counted() -> None:
    # "number" as a verb, with no determiner before it, is no rank
    assert frames("The raiders, who number about 200, crossed at night.") == [(180, 220, "other")]


@pytest.mark.parametrize(
    ("predicted", "gold", "same"),
    [
        ("Agence France-Presse", "An AFP tally", True),
        ("United Nations", "The U.N.", True),
        ("Uganda People's Defence Force", "Ugandan soldiers", True),
        ("UPDF", "the Ugandan army", True),
        ("Kenyan police", "UPDF", False),
        ("Sudanese Armed Forces", "Ugandan troops", False),
    ],
)
def test_the_scorer_folds_a_bodys_spellings_as_the_engine_does(predicted, gold, same) -> None:
    assert same_originator(predicted, gold) is same


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a subject that puts a figure on a toll
        ("Police put the death toll at 9.", "Police"),
        ("Local officials put the number of displaced at 2,000.", "Local officials"),
        # the agent of a passive report
        ("The figure of 40 dead was confirmed by hospital officials.", "hospital officials"),
        # "Citing X, the outlet reported": X is behind the outlet
        ("Citing border sources, state radio reported 8 raiders were killed.", "border sources"),
        # a body whose name holds "for" or "of", set off by an appositive
        (
            "The Kora Centre for Civic Rights, a Velm-based monitor, said 11 fighters died.",
            "Kora Centre for Civic Rights",
        ),
    ],
)
def test_figures_put_confirmed_or_cited(text, expected) -> None:
    assert _run(text) == [expected]


def test_no_toll_no_passive_report_no_source() -> None:
    assert _run(
        "Rebels put the town under siege, killing 4.",
        "The attack was claimed by the Velm Front on Monday, killing 4.",
    ) == [None, None]


def test_a_breakdown_of_the_toll_just_given_keeps_its_source() -> None:
    got = _run(
        ("At least 15 people were killed, witnesses said.", "Among the dead were four children."),
        ("Nine died, a local doctor said.", "Six of them were children.", "The town has 400 huts."),
    )
    assert got[:2] == ["witnesses", "witnesses"]
    assert _has(got[2], "doctor") and _has(got[3], "doctor") and got[4] is None


def test_a_single_worker_or_medic_is_a_source() -> None:
    got = _run(
        '"We counted 23 bodies," a Red Cross worker said.',
        "Another 5 people died in hospital overnight.",
    )
    assert _has(got[0], "worker") and got[1] is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The toll, given by the health ministry, rose to 40.", "health ministry"),
        ("Figures released by the Kora health ministry show 40 deaths.", "Kora health ministry"),
        ("A tally compiled by the Velm Monitor put the toll at 55.", "Velm Monitor"),
        ("Kora state television said 9 soldiers died.", "Kora state television"),
        ("The Velm Times newspaper reported that 9 soldiers died.", "Velm Times newspaper"),
    ],
)
def test_outlets_and_the_agents_of_released_figures(text, expected) -> None:
    assert _run(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Per the Kora Relief Agency, 14 trucks crossed.", "Kora Relief Agency"),
        ("Fourteen trucks crossed, per the relief agency.", "relief agency"),
        ("They fired 40 shells per day.", None),
    ],
)
def test_per_names_a_source_but_not_a_rate(text, expected) -> None:
    assert _run(text) == [expected]


def _claims_of(tmp_path, *paragraphs: str) -> list[tuple[float | None, str | None]]:
    from briefbook.analysis.pipeline import analyse
    from briefbook.ingest import read_document

    path = tmp_path / "a.txt"
    path.write_text("Clash in Kora\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return [(c.low, c.attributed_to) for c in analyse([read_document(path, "S1")]).claims]


def test_the_speech_verb_that_governs_each_figures_clause(tmp_path) -> None:
    got = _claims_of(
        tmp_path,
        "Police said the raid killed 14 people, while local media put the toll at 20.",
        "While the army said 14 rebels died, the rebels said they lost only 2 fighters.",
        "The army said 40 raiders were killed; the raiders said 3 of their men died.",
        "Nine people were killed in the raid, which a local official said was led by bandits.",
    )
    assert got == [
        (14, "Police"),
        (20, "local media"),
        (14, "army"),
        (2, "rebels"),
        (40, "army"),
        (3, "raiders"),
        (9, None),
    ]


def test_groups_quoted_as_a_whole_are_a_source() -> None:
    assert _run("Aid groups say 300 families have no shelter.") == ["Aid groups"]
