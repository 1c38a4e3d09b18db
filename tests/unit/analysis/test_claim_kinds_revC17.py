"""Over-reaches of the claims19r round found in review (invented sentences, no third-party
text):

* a count "after fleeing" or "after escaping" is displaced only when its clause says the
  counted live or stay somewhere: prisoners recaptured after escaping, men drowned after
  fleeing the police, children reunited after escaping their captors are no displacement;
* the subject of "with ... reporting" that is itself a figure and reports none ("With 300
  people reporting symptoms") is the counted, not the originator;
* "N-fold" telling parts ("the threat is twofold: drones and missiles", "their aim was
  threefold") is no factor; "the increase was three-fold" stays one;
* a main clause after fronted reports ("With police reporting 12 dead, ...") whose speech verb
  has no speaker the analyser reads ("..., the airline said") is not the fronted reporter's;
* a pay word before a noun of help ("$5 million in wage support") names funding's purpose:
  funded, not earnings;
* "as" right before a figure opens a clause only when a verb follows in that clause ("as
  2,000 protesters marched"); a figure completing a naming ("listed the dead as 14 soldiers
  and 2 civilians") keeps the verb before it;
* a cause of a toll "claims" people only as the verb's subject: "the group behind the attack
  claimed 20 recruits" counts no dead;
* a fraction of a second, a centimetre or a foot is a stretch, no share ("within a tenth of a
  second": share_not_of);
* a tally's verb ends a "since" phrase only once the phrase names a time or has a verb of its
  own ("the toll since May stands at 120"); otherwise it is the phrase's own verb ("since the
  storm hit", "since fighting reached the capital").
"""

from __future__ import annotations

import pytest

from briefbook.analysis.claims import find_claims
from builders import originators_of


def _claims(text: str) -> list:
    """The claims of ``text`` as the pipeline reads them: with the sentence's originator."""
    return find_claims(text, "S1.1", attributed_to=originators_of(text)[0])


def _event_of(text: str, figure: str) -> str | None:
    claims = [c for c in _claims(text) if c.text.startswith(figure)]
    assert claims, [c.text for c in _claims(text)]
    return claims[0].event


# 1. flight tells displacement only with a verb of staying


@pytest.mark.parametrize(
    "text",
    [
        "Ten inmates were recaptured after escaping.",
        "Three men drowned after fleeing the police.",
        "The 40 children were reunited with their parents after escaping the militia.",
        "Six conscripts were sentenced after fleeing their unit.",
    ],
)
def test_flight_without_a_stay_is_no_displacement(text: str) -> None:
    figure = text.split()[0] if text.split()[0] != "The" else text.split()[1]
    assert _event_of(text, figure) != "displaced"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("About 2,000 families now live in camps after being driven from their homes.", "About"),
        ("Some 800 Korvani are sheltering in schools after fleeing the shelling.", "Some"),
        ("Nearly 500 herders remain in the town after fleeing the drought.", "Nearly"),
    ],
)
def test_flight_with_a_stay_is_displacement(text: str, figure: str) -> None:
    assert _event_of(text, figure) == "displaced"


# 2. a figure reporting something is the counted, not a reporter


@pytest.mark.parametrize(
    "text",
    [
        "With 300 people reporting symptoms, the hospital is full.",
        "With dozens of families reporting damage, the council met.",
        "Clinics are full, with 40 patients reporting fever.",
    ],
)
def test_a_counted_subject_of_reporting_is_no_originator(text: str) -> None:
    assert [c.attributed_to for c in _claims(text)] == [None]
    assert originators_of(text) == [None]


def test_a_reporter_of_a_figure_still_originates_it() -> None:
    text = "With three agencies reporting 500 displaced, aid is short."
    assert [(c.text, c.attributed_to) for c in _claims(text)][-1] == ("500", "three agencies")


# 3. "N-fold" telling parts is no factor


@pytest.mark.parametrize(
    "text",
    [
        "The threat is twofold: drones and missiles.",
        "Their aim was threefold, officials said.",
        "The challenge facing the 40 districts is twofold.",
    ],
)
def test_fold_of_parts_is_no_factor(text: str) -> None:
    assert [c for c in _claims(text) if c.kind == "factor"] == []


@pytest.mark.parametrize(
    "text",
    [
        "The increase was three-fold.",
        "Arrests rose threefold in May.",
        "Prices could rise three-fold by the end of the year.",
    ],
)
def test_fold_of_a_change_stays_a_factor(text: str) -> None:
    assert [c.kind for c in _claims(text)] == ["factor"]


# 4. a main clause after fronted reports never takes the fronted reporter


@pytest.mark.parametrize(
    "text",
    [
        "With police reporting 12 dead, 40 flights were cancelled, the airline said.",
        "With the UN reporting 4,000 displaced, 300 schools closed, the teachers' union said.",
    ],
)
def test_main_clause_after_fronted_reports_is_not_the_reporters(text: str) -> None:
    claims = _claims(text)
    assert claims[0].attributed_to is not None
    assert claims[-1].attributed_to != claims[0].attributed_to


def test_main_clause_with_a_named_speaker_keeps_it() -> None:
    text = "With the UN reporting 4,000 displaced, the ministry said 300 families had returned."
    assert _claims(text)[-1].attributed_to == "ministry"


# 5. pay named as the purpose of help given stays funding


@pytest.mark.parametrize(
    "text",
    [
        "The donors gave $5 million in wage support to the ministry.",
        "The US provided $20 million as salary support for Korvani soldiers.",
        "The EU gave 40 million euros in salary assistance to teachers.",
    ],
)
def test_pay_as_the_purpose_of_help_is_funding(text: str) -> None:
    assert [c.event for c in _claims(text) if c.kind == "money"] == ["funded"]


@pytest.mark.parametrize(
    "text",
    ["Workers were paid 200 dollars in wages.", "Guards earn 90 dollars in salary each month."],
)
def test_pay_itself_stays_earnings(text: str) -> None:
    assert [c.event for c in _claims(text) if c.kind == "money"] == ["other"]


# 6. "as" before a figure that completes a naming opens no clause


@pytest.mark.parametrize(
    ("text", "figure", "event"),
    [
        ("The ministry listed the dead as 14 soldiers and 2 civilians.", "14", "killed"),
        ("Officials gave the wounded as 30 police officers.", "30", "wounded"),
        # near misses: a clause with its own verb after "as"
        ("Protesters burned an effigy as 200 police watched.", "200", "other"),
        ("Doctors treated 40 patients as 12 more arrived.", "12", "other"),
    ],
)
def test_as_completing_a_naming_keeps_the_verb(text: str, figure: str, event: str) -> None:
    assert _event_of(text, figure) == event


def test_as_before_a_figure_with_a_thousands_comma_still_opens_a_clause() -> None:
    assert _event_of("Police fired tear gas as 2,000 protesters marched.", "2,000") == "other"


# 7. a cause that "claimed" people only as the verb's subject


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The group behind the attack claimed 20 recruits.", "20"),
        ("The cell that carried out the bombing claimed 15 new members.", "15"),
    ],
)
def test_a_governed_cause_claims_no_toll(text: str, figure: str) -> None:
    assert _event_of(text, figure) != "killed"


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The famine has claimed 300 children this year.", "300"),
        ("The second attack claimed three persons.", "three"),
        ("Police said the latest attack claimed 12 villagers.", "12"),
    ],
)
def test_a_cause_as_subject_still_claims_a_toll(text: str, figure: str) -> None:
    assert _event_of(text, figure) == "killed"


# 8. a fraction of a second or an inch is a stretch, no share


@pytest.mark.parametrize(
    "text",
    [
        "The missile hit within a tenth of a second.",
        "The shell landed a fifth of a second later.",
        "The interceptor fired within a quarter of a second.",
        "The crack widened by a tenth of an inch.",
    ],
)
def test_a_fraction_of_a_small_unit_is_no_share(text: str) -> None:
    assert [c for c in _claims(text) if c.kind == "percent"] == []


def test_a_tenth_of_a_whole_stays_a_share() -> None:
    assert [(c.text, c.low) for c in _claims("The rebels hold a tenth of the territory.")] == [
        ("a tenth", 10)
    ]


# 9. a tally's verb ends a "since" phrase only once the phrase is whole


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("Since the storm hit, 40 people have died.", "Since the storm hit"),
        (
            "Since fighting reached the capital, 500 people have been killed.",
            "Since fighting reached the capital",
        ),
        ("The toll since the quake hit on Monday is 300.", "since the quake hit"),
        # the round's own: the phrase names a time or has its verb, the tally's verb ends it
        ("The toll since May stands at 120.", "since May"),
        ("The death toll since the clashes began hit 50 on Tuesday.", "since the clashes began"),
        ("The toll since the rocket hit the market rose to 40.", "since the rocket hit the market"),
    ],
)
def test_since_phrase_keeps_its_own_verb(text: str, scope: str) -> None:
    assert [c.scope for c in _claims(text)] == [scope]
