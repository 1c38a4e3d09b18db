"""Claim and originator kinds of round claims28 (invented sentences, no third-party text):

* a sum paid to captors is a ransom, event "other", not funding given: the word as the sum's
  head ("a $3m ransom"), right before it ("a ransom of"), right after it ("in ransoms") or
  later in its own clause ("by demanding ransom payments"), and a sum that captors opening the
  sentence say they received (``ransom_words``, ``ransom_takers``, ``ransom_receipts`` of
  data/claims.yaml); a ransom in another clause or after a comma leaves funding alone;
* a sum restated in another currency in brackets ("$3m (£2.4m)") takes the event of the sum it
  restates;
* captors are speakers ("The hijackers said ..."; ``source_nouns`` of data/cues.yaml);
* "X reported that it was told by two sailors that ...": the agent of the passive "told by"
  tells what its "that" clause holds;
* people who live "in" a place of refuge ("are now living in crowded refugee camps") or crossed
  something to escape are displaced; living "near" a camp, "in fear", or crossing with no
  escape named is not;
* drowning is death; goods confiscated or impounded are captured;
* "N people perished or went missing" is one count of casualties;
* "killed 28 people, including nine children, and injured 25 others": the 25 are wounded (the
  verb between the breakdown and the figure is its own);
* "the seizure of 13.6 tons of drugs", "a haul of 800 kilograms": goods taken, captured
  (``seizure_nouns`` of data/events.yaml); "the arrest of 19 people": detained;
* '"...," wrote on the social network X (ex-Twitter) Minister Ana Velde': the platform between
  an inverted speech verb and its speaker is skipped;
* "in the Red Sea 65 nautical miles west of Hodeidah": a distance that locates a place after a
  capitalised name is a measure (``locating_units``, ``locating_directions`` of
  data/numbers.yaml), while "Office 39", "Block 5" stay names;
* a body whose head is a plural ("the Centers for ...") is a body, so the paragraph its report
  opens keeps it as the originator of the figures that follow;
* "tallied 17 dead as of 11am, including five soldiers sent to secure the cathedral": a part
  listed after a short time keeps the toll, and a participle right after it modifies it;
* "four Sonora, Mexico-based firms": a place and its country before the counted noun;
* "kidnapping another 3,000", "the kidnapping of 30 pupils": captured.
"""

from __future__ import annotations

import pytest

from briefbook.analysis.claims import find_claims
from briefbook.analysis.pipeline import analyse
from briefbook.ingest import read_document
from builders import originators_of


def _claims(text: str) -> list:
    return find_claims(text, "S1.1", attributed_to=originators_of(text)[0])


def _events(text: str) -> dict[str, str]:
    return {c.text: c.event for c in _claims(text)}


def _doc(tmp_path, body: str) -> list[tuple[str, str, str | None]]:
    path = tmp_path / "report.txt"
    path.write_text("Hijacked freighter released\n\n" + body, encoding="utf-8")
    result = analyse([read_document(path, "S1")])
    return [(c.text, c.event, c.attributed_to) for c in result.claims]


# 1. ransoms


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Officials said a $3m ransom was paid for the freighter and its crew.", "$3m ransom"),
        ("The gang demanded a ransom of $800,000 for the nine fishermen.", "$800,000"),
        ("Kidnappers in the delta collected $12 million in ransoms last year.", "$12 million"),
        (
            "Between 2009 and 2014 the gangs made between $90m and $120m by seizing trawlers and "
            "demanding ransom payments, a study estimated.",
            "between $90m and $120m",
        ),
        ("The hijackers claimed that they received $2.5m for the tanker.", "$2.5m"),
        ("The kidnappers were paid 400,000 dollars, the family said.", "400,000 dollars"),
    ],
)
def test_a_ransom_is_no_funding(text: str, span: str) -> None:
    events = _events(text)
    assert events[span] == "other"


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The ministry pledged $5 million to rebuild the harbour.", "$5 million"),
        (
            "The ministry pledged $5 million to rebuild the school where a ransom was paid.",
            "$5 million",
        ),
        ("The donors gave $4 million to the families, after the ransom was paid.", "$4 million"),
        ("The coast guard received $20 million to fight the hijackers.", "$20 million"),
    ],
)
def test_funding_near_a_ransom_stays_funding(text: str, span: str) -> None:
    assert _events(text)[span] == "funded"


def test_a_conversion_in_brackets_takes_the_event_of_the_sum_it_restates() -> None:
    ransom = _events("The hijackers claimed that they received $3m (\u00a32.4m) for the crew.")
    assert ransom["\u00a32.4m"] == ransom["$3m"] == "other"
    aid = _events("The donors gave $3m (\u00a32.4m) to the clinic.")
    assert aid["\u00a32.4m"] == aid["$3m"] == "funded"


# 2. captors who speak, and a report passed on by its teller


def test_captors_are_speakers() -> None:
    found = {
        c.text: c.attributed_to
        for c in _claims("The hijackers said that 14 crew members were freed.")
    }
    assert found["14 crew members"] == "hijackers"
    # captors who are only counted or acted upon speak for nobody
    assert (
        _claims("The navy said it had freed 14 crew members held by hijackers.")[0].attributed_to
        == "navy"
    )


def test_the_agent_of_told_by_tells_the_that_clause(tmp_path) -> None:
    found = _doc(
        tmp_path,
        "Local media reported that it was told by two sailors that a $3m ransom was paid.\n\n"
        "The agency said it had been told by port officials that 19 crew members were safe.",
    )
    by = {text: who for text, _, who in found}
    assert "sailors" in by["$3m ransom"]
    assert "media" in (by["two sailors"] or "").lower()  # the count of tellers is the outlet's
    assert "port officials" in by["19 crew members"]


def test_told_with_no_that_clause_names_no_teller() -> None:
    found = _claims(
        "He was told by police to leave the harbour after 30 people died, witnesses said."
    )
    assert found[0].attributed_to == "witnesses"


# 3. displaced: refuge and crossings to escape


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "After the offensive, tens of thousands of Karenni are now living in crowded refugee "
            "camps across the border.",
            "tens of thousands of Karenni",
        ),
        (
            "Nearly 40,000 villagers are sheltering in makeshift displacement camps.",
            "Nearly 40,000 villagers",
        ),
        (
            "Last year some 3,200 Tamils crossed the strait in small boats to escape the fighting.",
            "some 3,200 Tamils",
        ),
        ("Hundreds of families walked for days to flee the shelling.", "Hundreds of families"),
    ],
)
def test_refuge_and_escape_are_displacement(text: str, span: str) -> None:
    assert _events(text)[span] == "displaced"


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The 300,000 residents of the port city live in fear.", "300,000 residents"),
        ("About 40 aid workers live near the refugee camps.", "About 40 aid workers"),
        ("Some 5,000 runners crossed the finish line.", "Some 5,000 runners"),
    ],
)
def test_living_near_a_camp_or_crossing_a_line_is_not(text: str, span: str) -> None:
    assert _events(text)[span] == "other"


# 4. drowning, confiscation


@pytest.mark.parametrize(
    ("text", "span", "event"),
    [
        (
            "Some 60 migrants were feared to have drowned after the dinghy capsized.",
            "Some 60 migrants",
            "killed",
        ),
        ("Four fishermen drowned when the storm hit.", "Four fishermen", "killed"),
        (
            "Customs officers confiscated 300 kilograms of heroin at the port.",
            "300 kilograms of heroin",
            "captured",
        ),
        ("Police impounded 12 trucks at the crossing.", "12 trucks", "captured"),
    ],
)
def test_drowning_is_death_and_confiscation_is_capture(text: str, span: str, event: str) -> None:
    assert _events(text)[span] == event


# 5. the dead and the missing told as one count


@pytest.mark.parametrize(
    ("text", "span", "event"),
    [
        (
            "Last year 410 migrants perished or went missing in the channel.",
            "410 migrants",
            "casualties",
        ),
        (
            "Forty sailors were killed or remain missing after the blast.",
            "Forty sailors",
            "casualties",
        ),
        # two counts, each its own event
        ("Twelve people died and three are missing.", "Twelve people", "killed"),
        ("Twelve people died on Monday.", "Twelve people", "killed"),
    ],
)
def test_the_dead_or_missing_are_casualties(text: str, span: str, event: str) -> None:
    assert _events(text)[span] == event


# 6. a verb of its own after a toll's breakdown


def test_a_verb_after_the_breakdown_governs_the_next_figure() -> None:
    events = _events(
        "A drone strike killed 31 people, including eight children, and injured 40 others."
    )
    assert events["31 people"] == events["eight children"] == "killed"
    assert events["40 others"] == "wounded"
    # the breakdown's own parts keep the toll's event
    parts = _events("The blast wounded 31 people, including four guards and two medics.")
    assert parts["four guards"] == parts["two medics"] == "wounded"


# 7. goods and places taken, told by a noun of taking


@pytest.mark.parametrize(
    ("text", "span", "event"),
    [
        (
            "The raids resulted in the arrest of 19 people and the seizure of 4.2 tons of cocaine.",
            "4.2 tons of cocaine",
            "captured",
        ),
        (
            "The raids resulted in the arrest of 19 people and the seizure of 4.2 tons of cocaine.",
            "19 people",
            "detained",
        ),
        (
            "Customs announced a record haul of 800 kilograms of heroin.",
            "800 kilograms of heroin",
            "captured",
        ),
        (
            "The capture of two border towns was announced on Monday.",
            "two border towns",
            "captured",
        ),
        # a measure of the seizure itself is no goods taken
        ("The seizure of the port lasted 3 hours.", "3 hours", "other"),
    ],
)
def test_a_noun_of_taking_makes_goods_captured(text: str, span: str, event: str) -> None:
    assert _events(text)[span] == event


# 8. an inverted speech verb with the platform before its speaker


def test_the_platform_between_an_inverted_verb_and_its_speaker_is_skipped(tmp_path) -> None:
    found = _doc(
        tmp_path,
        '"In the raids, 31 people were arrested," wrote on the social network X (formerly '
        "Twitter) Security Minister Ana Velde.\n\n"
        '"Another 12 were freed," posted on Telegram the regional governor Oren Tamsin.\n\n'
        '"The raids netted 40 rifles," the ministry wrote on Facebook.',
    )
    by = {text: who for text, _, who in found}
    assert by["31 people"] == "Ana Velde"
    assert by["12"] == "Oren Tamsin"
    assert by["40 rifles"] == "ministry"


# 9. a distance that locates a place after a capitalised name


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "A drone struck the freighter in the Arabian Sea 80 nautical miles east of Salalah.",
            "80",
        ),
        ("The trawler sank off Berbera 40 km north of the port.", "40"),
    ],
)
def test_a_locating_distance_after_a_name_is_a_measure(text: str, span: str) -> None:
    from briefbook.analysis.numbers import find_quantities

    found = [(text[q.start : q.end], q.kind) for q in find_quantities(text)]
    assert (span, "measure") in found


@pytest.mark.parametrize(
    "text",
    [
        "The device was found in Office 39 on Monday.",
        "The family lives in Block 5 north of the river.",
    ],
)
def test_a_name_with_its_number_is_still_no_quantity(text: str) -> None:
    from briefbook.analysis.numbers import find_quantities

    assert find_quantities(text) == []


# 10. a body named by a plural head keeps the paragraph it opens


def test_a_body_named_centers_keeps_its_paragraph(tmp_path) -> None:
    found = _doc(
        tmp_path,
        "The Centers for Coastal Safety says that drownings rose more than fourfold from 2015 "
        "to 2021. More than 900 deaths a year have been linked to rip currents since 2020.\n\n"
        "Lifeguards patrol the beaches. More than 300 rescues were made last summer.",
    )
    by = {text: who for text, _, who in found}
    assert by["More than 900 deaths"] == "Centers for Coastal Safety"
    # a new paragraph is the writer's again
    assert by["More than 300 rescues"] is None


# 11. a participle after a listed part modifies it


@pytest.mark.parametrize(
    "text",
    [
        "A police spokesman counted 23 dead as of 9am, including six guards posted at the gate.",
        "The bombing killed 23 people, including six soldiers sent to protect the market.",
    ],
)
def test_a_participle_after_a_listed_part_keeps_the_toll(text: str) -> None:
    frames = {c.text: c for c in _claims(text)}
    guards = next(c for t, c in frames.items() if t.startswith("six"))
    assert guards.event == "killed"


def test_a_verb_of_its_own_after_the_list_still_governs() -> None:
    events = _events("The shelling killed 9 people, including 4 children, and 3,000 fled.")
    assert events["3,000"] == "displaced"


# 12. a place named with its country before the counted noun


def test_a_place_and_its_country_before_the_noun_are_one_modifier() -> None:
    found = {
        c.text: c
        for c in _claims("Pirates seized two Lagos, Nigeria-registered tankers on Monday.")
    }
    assert "two Lagos, Nigeria-registered tankers" in found
    # a comma before a clause of its own still ends the phrase
    plain = {c.text for c in _claims("The court fined four companies, Mexico-based firms said.")}
    assert "four companies" in plain


# 13. the other forms of "kidnap"


def test_kidnapping_before_another_count_is_its_own_event() -> None:
    events = _events(
        "The gangs are accused of killing nearly 900 people and kidnapping another 400 last year."
    )
    assert events["nearly 900 people"] == "killed"
    assert events["400"] == "captured"
    assert _events("The kidnapping of 30 pupils shocked the town.")["30 pupils"] == "captured"
    # a gang named by the word still kills
    assert _events("Kidnapping gangs killed 12 villagers.")["12 villagers"] == "killed"
