"""Claim kinds found on a development set of short reports (invented sentences, no
third-party text):

* a number of time units before "after", "before", "later" or "earlier" is a time anchor, not
  a quantity, when it opens the sentence or a focus word ("just", "only") stands before it;
  a window preposition with an approximator ("in close to three weeks of protests") is a
  window as "in three weeks" is;
* a figure told by a concessive clause's speech verb ("the toll was revised to six although
  the police chief confirmed seven deaths") is that clause's speaker's, and a "he added" in the
  next sentences may point to that speaker;
* events: a cause of a toll that "claimed" people counts the dead ("the second attack claimed
  three persons"); places "stormed" or "raided" were struck; a count whose clause says the
  counted live somewhere "after fleeing" counts the displaced; bodies handed over to their
  families are a toll (killed), not remains exchanged between two sides;
* "or more" right after a figure or after its counted noun opens its top ("maybe 25 or 30
  bodies or more" is 25 and up), "or fewer" its bottom;
* a factor told by a number is a claim: "could rise three-fold", "a 10-fold increase",
  "three times as many" (not "arrested three times", not "a two-fold aim");
* a vague figure before a human action in -ing counts people ("leading to thousands
  participating in demonstrations"), and people taking part in protests are no force deployed
  (event "other");
* a "since ..." scope ends before a tally's verb ("the toll since May stands at 120" runs
  "since May"), and the month "May" is no modal (the figure stays asserted);
* "alight", "ablaze" after the object end the counted phrase ("set four buses alight":
  destroyed), and "set fire to" destroys, not launches;
* "as" right before a figure opens a clause whose subject it is: a verb before "as" does not
  govern it ("burned an effigy as 200 police watched": the police are not destroyed);
* tenths and fifths are fractions of a size as quarters are ("a tenth of a million" is
  100,000, not a million);
* reports told as participles opening the sentence ("With the UN reporting 4,000 displaced and
  the Red Cross putting the figure at 6,000, ...") give each figure its reporter, and the main
  clause after them is the writer's unless it has a speech verb of its own;
* a sum named as pay for work right beside it ("200 dollars in wages", "a monthly salary of
  150 dollars") is earnings, not funding given ("other"); a scaled sum and a smaller count
  after "to" are no range ("paid $2 million to 300 workers").
"""

from __future__ import annotations

import pytest

from briefbook.analysis.claims import find_claims
from builders import originators_of


def _claims(text: str) -> list:
    """The claims of ``text`` as the pipeline reads them: with the sentence's originator."""
    return find_claims(text, "S1.1", attributed_to=originators_of(text)[0])


def _spans(text: str) -> list[str]:
    return [c.text for c in _claims(text)]


# 1. time anchors and approximated windows


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        (
            "Two weeks after the army withdrew, gunmen stormed two villages, killing at least "
            "10 people.",
            ["two villages", "at least 10 people"],
        ),
        ("The fresh attack came just three weeks after gunmen killed a local leader.", []),
        ("Three days after the vote, police arrested 40 people.", ["40 people"]),
        ("Only two days later, police freed 12 hostages.", ["12 hostages"]),
        (
            "At least 30 people have been killed in close to three weeks of protests, a rights "
            "group said.",
            ["At least 30 people"],
        ),
        ("Eleven people died over nearly four months of unrest.", ["Eleven people"]),
    ],
)
def test_time_anchors_and_approximated_windows_are_not_claims(text: str, spans: list[str]) -> None:
    assert _spans(text) == spans


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # near misses: durations stay measurements
        ("The talks came nearly 20 months after the invasion began.", "nearly 20 months"),
        ("The siege lasted just three weeks.", "three weeks"),
        ("The fighting lasted close to three weeks.", "close to three weeks"),
        ("Two weeks of clashes left 30 dead.", "Two weeks of clashes"),
        ("Just three weeks of fighting killed 40 people.", "three weeks of fighting"),
        ("The strikes lasted for about 25 minutes, the army said.", "about 25 minutes"),
    ],
)
def test_durations_stay_claims(text: str, span: str) -> None:
    assert span in _spans(text)


# 2. the speaker of a concessive clause


@pytest.mark.parametrize(
    ("text", "figure", "speaker"),
    [
        (
            "Meanwhile, the toll was revised down to six although SP Rana Tebo confirmed seven "
            "fatalities on Friday.",
            "seven",
            "Rana Tebo",
        ),
        (
            "The count stands at 30 though the district governor reported 41 deaths by noon.",
            "41",
            "governor",
        ),
    ],
)
def test_a_concessive_clause_speaker_tells_its_figure(text: str, figure: str, speaker: str) -> None:
    (claim,) = [c for c in _claims(text) if c.text.startswith(figure)]
    assert claim.attributed_to is not None and speaker in claim.attributed_to


@pytest.mark.parametrize(
    ("text", "figure", "speaker"),
    [
        # near misses: the figure outside the clause, a pronoun, a clause with no speech
        ("The ministry said 40 died, although it confirmed only 12 deaths.", "12", "ministry"),
        ("Twelve people died although attacks by the rebels had eased in May.", "Twelve", None),
        ("Police arrested 12 people, although the organisers had announced a march.", "12", None),
        (
            "Meanwhile, the toll was revised down to six although the chief confirmed seven "
            "deaths.",
            "six",
            None,
        ),
    ],
)
def test_concessive_near_misses(text: str, figure: str, speaker: str | None) -> None:
    (claim,) = [c for c in _claims(text) if c.text.startswith(figure)]
    if speaker is None:
        assert claim.attributed_to is None
    else:
        assert claim.attributed_to is not None and speaker in claim.attributed_to


def test_he_added_after_a_concessive_speaker() -> None:
    found = originators_of(
        ("Police detained eight people on Friday.",),
        (
            "The toll was revised down to six although SP Rana Tebo confirmed seven deaths "
            "on Friday.",
        ),
        ('"Six bodies were handed to their families after autopsy," he added.',),
    )
    assert found[2] is not None and "Rana Tebo" in found[2]


# 3. events


def _event_of(text: str, figure: str) -> str | None:
    claims = [c for c in _claims(text) if c.text.startswith(figure)]
    assert claims, [c.text for c in _claims(text)]
    return claims[0].event


@pytest.mark.parametrize(
    ("text", "figure", "event"),
    [
        ("The second attack claimed three persons in a nearby village.", "three", "killed"),
        ("The blast has so far claimed 12 civilians.", "12", "killed"),
        ("Gunmen stormed two villages shortly after sunset on Tuesday.", "two", "struck"),
        ("Police raided three homes at dawn.", "three", "struck"),
        (
            "More than a million Karsani live in the country after fleeing the war, most of "
            "them since 2017.",
            "More than a million",
            "displaced",
        ),
        (
            "About 40,000 Tuareg now live in camps in Niger after fleeing the fighting.",
            "About",
            "displaced",
        ),
        (
            "Some 300 families have settled in the town since fleeing the floods.",
            "Some",
            "displaced",
        ),
        (
            '"Six bodies were handed over to their families after autopsy," he added.',
            "Six",
            "killed",
        ),
        ("Twelve bodies were returned to their relatives on Sunday.", "Twelve", "killed"),
    ],
)
def test_events_of_tolls_raids_flight_and_remains(text: str, figure: str, event: str) -> None:
    assert _event_of(text, figure) == event


@pytest.mark.parametrize(
    ("text", "figure", "event"),
    [
        # near misses
        ("The rebels claimed three soldiers were killed.", "three", "killed"),
        ("The group claimed 40 fighters had joined.", "40", "deployed"),
        ("The storm claimed four homes.", "four", "other"),
        ("Twelve people were killed after fleeing the village.", "Twelve", "killed"),
        ("Three men live in the city, which they reached after fleeing the war.", "Three", "other"),
        ("Two doctors stayed behind after the others fled.", "Two", "other"),
        ("The bodies of 40 soldiers were handed over at the border.", "40", "exchanged"),
        ("Five hostages were handed over to their families.", "Five", "exchanged"),
        ("Two bodies were handed over to the Red Cross.", "Two", "exchanged"),
    ],
)
def test_event_near_misses(text: str, figure: str, event: str) -> None:
    assert _event_of(text, figure) == event


# 4. "or more" after the figure or its noun


@pytest.mark.parametrize(
    ("text", "interval"),
    [
        ('"They may recover maybe 25 or 30 bodies or more from the farm," he said.', (25, None)),
        ("Rescuers found 30 or more bodies in the river.", (30, None)),
        ("Rescuers found 30 bodies or more in the river.", (30, None)),
        ("Militias burned 12 huts or more in the raid.", (12, None)),
    ],
)
def test_or_more_opens_the_top(text: str, interval: tuple) -> None:
    (claim,) = _claims(text)
    assert (claim.low, claim.high) == interval


@pytest.mark.parametrize(
    ("text", "interval"),
    [
        # near misses: "or more" of another clause, or "or more than"
        ("He said 12 people were killed or more were missing.", (12, 12)),
        ("Police held 30 people or more than that.", (30, 30)),
        ("Rescuers found 30 bodies and more were missing.", (30, 30)),
    ],
)
def test_or_more_near_misses(text: str, interval: tuple) -> None:
    claim = _claims(text)[0]
    assert (claim.low, claim.high) == interval


# 5. factors told by a number


@pytest.mark.parametrize(
    ("text", "span", "interval"),
    [
        (
            "Residents feared the toll in one of the villages could rise three-fold by the time "
            "rescuers arrive.",
            "three-fold",
            (3, 3),
        ),
        ("Arrivals at the camp rose fivefold in May.", "fivefold", (5, 5)),
        ("A 10-fold increase in arrests was recorded.", "10-fold increase", (10, 10)),
        ("The raid killed three times as many people as the last one.", "three times", (3, 3)),
        ("The toll rose more than 5-fold.", "more than 5-fold", (5, None)),
    ],
)
def test_factors_told_by_a_number(text: str, span: str, interval: tuple) -> None:
    claims = [c for c in _claims(text) if c.kind == "factor"]
    assert [(c.text, (c.low, c.high)) for c in claims] == [(span, interval)]


@pytest.mark.parametrize(
    "text",
    [
        # near misses: repetitions and adjectives of parts
        "He was arrested three times in May.",
        "Prices rose 3 times in a year.",
        "The two-fold aim of the plan is clear.",
        "The group has a threefold mission of relief, care and training.",
        "The convoy stopped four times on the road.",
    ],
)
def test_not_factors(text: str) -> None:
    assert [c.text for c in _claims(text) if c.kind == "factor"] == []


# 6. a vague figure before a human action in -ing


@pytest.mark.parametrize(
    ("text", "span", "event"),
    [
        (
            "Critics called the count unfair, leading to thousands participating in "
            "demonstrations.",
            "thousands",
            "other",
        ),
        ("Police dispersed hundreds gathering outside the court.", "hundreds", "other"),
        ("Dozens fleeing the fighting reached the border on Monday.", "Dozens", "displaced"),
        ("Thousands took part in the protests on Sunday.", "Thousands", "other"),
    ],
)
def test_vague_figures_before_a_human_action_in_ing(text: str, span: str, event: str) -> None:
    assert [(c.text, c.event) for c in _claims(text)] == [(span, event)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # near misses: no human action, a figure that is not vague, troops in a drill
        ("The firm hired hundreds building the road.", []),
        (
            "Thousands of troops taking part in the drill were deployed.",
            [("Thousands of troops", "deployed")],
        ),
        ("Officials said thousands, according to early counts.", []),
    ],
)
def test_vague_ing_near_misses(text: str, expected: list) -> None:
    assert [(c.text, c.event) for c in _claims(text)] == expected


# 7. scopes, the month May, fire set to things, a clause opened by "as"


@pytest.mark.parametrize(
    ("text", "scope"),
    [
        ("The toll since May stands at 120.", "since May"),
        ("The toll since March rose to 45.", "since March"),
        ("The number killed since Sunday reached 30.", "since Sunday"),
    ],
)
def test_since_scope_ends_before_the_tally_verb(text: str, scope: str) -> None:
    (claim,) = _claims(text)
    assert (claim.scope, claim.modality) == (scope, "asserted")


def test_lower_case_may_stays_a_modal() -> None:
    (claim,) = _claims("Rebels may have killed 40 people.")
    assert claim.modality == "capacity"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rioters set 4 buses alight.", [("4 buses", "destroyed")]),
        ("Rioters set four cars ablaze on Friday.", [("four cars", "destroyed")]),
        ("Rioters set fire to 4 buses.", [("4 buses", "destroyed")]),
        ("Mobs were setting fire to 12 shops.", [("12 shops", "destroyed")]),
        # near misses
        ("Gunmen fired 40 rounds at the post.", [("40 rounds", "launched")]),
        ("Rioters set 40 homes ablaze.", [("40 homes", "destroyed")]),
    ],
)
def test_fire_set_to_things(text: str, expected: list) -> None:
    assert [(c.text, c.event) for c in _claims(text)] == expected


@pytest.mark.parametrize(
    ("text", "figure", "event"),
    [
        ("Protesters burned an effigy as 200 police watched.", "200", "other"),
        ("Protesters burned an effigy as two hundred police looked on.", "two", "other"),
        # near misses: "as many as", "such as", "as well as" keep the verb before
        ("The raid killed as many as 200 people.", "as many", "killed"),
        ("Rebels burned vehicles such as 20 trucks.", "20", "destroyed"),
        ("The strike destroyed homes as well as 12 trucks.", "12", "destroyed"),
        ("Troops destroyed 12 trucks as 40 rebels fled.", "12", "destroyed"),
    ],
)
def test_as_opens_a_clause_before_a_figure(text: str, figure: str, event: str) -> None:
    assert _event_of(text, figure) == event


# 8. tenths and fifths


@pytest.mark.parametrize(
    ("text", "interval"),
    [
        ("A tenth of a million people fled the city.", (100000, 100000)),
        ("Nearly a fifth of a million people lack water.", (180000, 199999)),
        ("Two-fifths of a million people were displaced.", (400000, 400000)),
        ("A fifth of the districts were hit.", (20, 20)),
        # near miss: a quarter as before
        ("A quarter of a million people fled.", (250000, 250000)),
    ],
)
def test_tenths_and_fifths(text: str, interval: tuple) -> None:
    (claim,) = _claims(text)
    assert (claim.low, claim.high) == interval


def test_a_fifth_attack_is_an_ordinal() -> None:
    assert _claims("A fifth attack hit the town on Monday.") == []


# 9. reports told as participles opening the sentence


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "With the UN reporting 4,000 displaced and the Red Cross putting the figure at "
            "6,000, aid is short.",
            [("4,000", "UN"), ("6,000", "Red Cross")],
        ),
        (
            "With the agency citing 300 dead and local officials reporting 410, the toll is "
            "unclear.",
            [("300", "agency"), ("410", "local officials")],
        ),
        (
            "With the UN reporting 4,000 displaced, donors pledged 12 million dollars.",
            [("4,000", "UN"), ("12 million dollars", None)],
        ),
        # near misses: a reason cited, no report, a main clause with its own speaker
        ("With 300 people dead, the city mourned.", [("300 people", None)]),
        (
            "With officials citing security concerns, 40 flights were cancelled.",
            [("40 flights", None)],
        ),
        (
            "Aid is short, with the UN reporting 4,000 displaced and the Red Cross putting the "
            "figure at 6,000.",
            [("4,000", "UN"), ("6,000", "Red Cross")],
        ),
    ],
)
def test_fronted_participle_reports(text: str, expected: list) -> None:
    assert [(c.text, c.attributed_to) for c in _claims(text)] == expected


# 10. wages are no funding; a sum "to" a count is no range


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Workers were paid 200 dollars in wages.", [("200 dollars", "other")]),
        ("Teachers earn a monthly salary of 150 dollars.", [("150 dollars", "other")]),
        (
            "The ministry paid 5 million dollars in salaries to teachers.",
            [("5 million dollars", "other")],
        ),
        (
            "The firm paid wages of $2 million to 300 workers.",
            [("$2 million", "other"), ("300 workers", "other")],
        ),
        # near misses: funding given
        ("Donors paid 5 million dollars to the agency.", [("5 million dollars", "funded")]),
        (
            "The EU gave $40 million to pay the salaries of 2,000 teachers.",
            [("$40 million", "funded"), ("2,000 teachers", "other")],
        ),
    ],
)
def test_wages_are_no_funding(text: str, expected: list) -> None:
    assert [(c.text, c.event) for c in _claims(text)] == expected


def test_a_range_of_sums_still_reads() -> None:
    (claim,) = _claims("Damage rose from $2 million to 3 million.")
    assert (claim.low, claim.high) == (2000000, 3000000)
