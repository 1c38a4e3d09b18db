"""A speech verb in -s that is also a plural noun ("states", "reports", "claims",
"estimates") names no speaker when it is the noun (round robust19: "Gulf states", "North
Darfur, Northern and White Nile states", "Initial reports indicate" were read as speakers
"Gulf", "Northern and White Nile", "Initial"); a determiner before a participle and a figure
("an estimated 10,180 people") is a modifier, no speaker "an"."""

import pytest

from briefbook.analysis.hedges import attribution


@pytest.mark.parametrize(
    "text",
    [
        # a coordinated subject cannot take a verb in -s
        "Some 9,000 people were cut off by floods in Upper Vel, Lower Vel and Marran states.",
        "Northern and Orvan states later impose a curfew on the border towns.",
        "Velan, Ostland and the Coastal League states withdraw their envoys from Dorvia.",
        # the noun ends the sentence, no comma or quotation before it
        "The militia has so far refrained from directly attacking the Gulf states.",
        # a plural verb after it: the noun is its subject
        "Initial reports indicate that 40 houses burned in Ostvik.",
        "Preliminary estimates suggest that 300 people fled the valley.",
        # a determiner before a participle and a figure: a modifier
        "Officials moved an estimated 10,180 people out of the valley.",
    ],
)
def test_plural_noun_or_modifier_is_no_speaker(text):
    assert attribution(text)[0] is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # near misses: the verb with one subject, before a clause or after a comma
        ("The ministry states that 40 people died in Ostvik.", "ministry"),
        ("Forty people died in the raid on Ostvik, the ministry states.", "ministry"),
        ("The report states 40 civilians were killed in Ostvik.", "report"),
        ("The Velan army claims 30 fighters were killed near Ostvik.", "Velan army"),
        # a verb in the plural takes a coordinated subject
        ("Ostland and Velan claim the border village of Ostvik.", "Ostland and Velan"),
        ("The army estimated 300 fighters were killed near Ostvik.", "army"),
    ],
)
def test_speech_verb_keeps_its_speaker(text, speaker):
    assert attribution(text)[0] == speaker


def test_determiner_before_a_participle_is_no_figure_speaker():
    from briefbook.analysis.claims import find_claims

    claims = find_claims(
        "Early reports indicate that an estimated 2,400 people have been cut off in Ostvik.",
        "S1.1",
    )
    assert [c.quantity for c in claims] == [2400]
    assert claims[0].attributed_to is None


def test_near_miss_relative_clause_keeps_its_speaker():
    from briefbook.analysis.claims import find_claims

    claims = find_claims(
        "The raid on Ostvik, which the militia said killed 12 people, failed.", "S1.1"
    )
    assert [(c.quantity, c.attributed_to) for c in claims] == [(12, "militia")]
