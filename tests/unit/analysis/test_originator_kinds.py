"""Originator errors grouped by kind, one invented case (or two) per kind.

Each kind was found among the errors on the tuning articles of the claims gold; the sentences
here are invented, of the same shape."""

from __future__ import annotations

from builders import names_word as _has
from builders import originators_of as _run


def test_compound_subject_of_a_speech_verb() -> None:
    got = _run(
        "Local police and hospital staff said at least nine villagers were killed in the raid.",
        "Border guards and medics say shelling kills 4, wounds 11",
    )
    assert _has(got[0], "police") and _has(got[1], "guards")


def test_speech_participle_after_the_main_clause() -> None:
    got = _run(
        "Governor Tomas Rell on Friday praised the rescue crews, saying that 14 miners were "
        "brought out alive.",
        "Mayor Ines Okafor thanked the volunteers, claiming 300 homes had been saved.",
    )
    assert _has(got[0], "Rell") and _has(got[1], "Okafor")


def test_they_said_inside_a_relative_clause_is_the_main_subject() -> None:
    (got,) = _run("Dorvian officials on Monday condemned shelling that they said killed 12 people.")
    assert _has(got, "Dorvian officials")


def test_the_statement_said_is_whoever_issued_the_statement() -> None:
    got = _run(
        "Six flights were diverted, a statement from Velmar Regional Airport said.",
        "A freight carrier also cancelled a flight on Tuesday.",
        "Two more flights were delayed, the statement said.",
    )
    assert _has(got[0], "Velmar") and _has(got[2], "Velmar")


def test_the_statement_added_mid_sentence() -> None:
    got = _run(
        "The Joint Defence Council, chaired by President Ana Lutz, said in a statement that "
        "the raid was unprovoked.",
        '"These attacks killed innocent people," the statement said.',
        "The air force responded, the statement added, by downing three drones.",
    )
    assert all(_has(g, "Joint Defence Council") for g in got)


def test_he_after_a_body_spoke_in_the_same_paragraph() -> None:
    got = _run(
        ('"There was no choice but to act," Foreign Secretary Paul Denner said.',),
        (
            "The Dorvian army said Tuesday its gunners destroyed four launchers.",
            "he said at least 9 soldiers had died in the exchanges.",
        ),
    )
    assert _has(got[2], "army")


def test_pronoun_to_a_person_introduced_without_a_speech_verb() -> None:
    got = _run(
        "Officials say the camp has been empty for years.",
        "Anya Petrov, a nurse at the district clinic, described the night of the attack.",
        '"We treated twelve children before dawn," she said.',
    )
    assert _has(got[2], "Petrov")


def test_appositive_with_a_capitalised_description() -> None:
    got = _run(
        "Col. Dario Venn, Dorvia's army spokesman, says Kerra attacked five villages.",
        "He said in televised remarks that two bridges were destroyed.",
    )
    assert _has(got[0], "Venn") and _has(got[1], "Venn")


def test_claimed_responsibility_credits_the_claimant() -> None:
    (got,) = _run(
        "The Kerran Liberation Front has claimed responsibility for three of the bombings."
    )
    assert _has(got, "Kerran Liberation Front")


def test_claimed_as_an_adjective_is_no_speech() -> None:
    (got,) = _run(
        "Rebel boats have since damaged two ferries in the Gulf of Sarn in claimed attacks "
        "on 3 May."
    )
    assert got is None


def test_a_subordinating_word_is_never_an_originator() -> None:
    (got,) = _run(
        "While estimates of the fleet vary widely, the ships hit would be at least 5% of it."
    )
    assert got is None


def test_a_post_that_states_credits_its_author() -> None:
    (got,) = _run(
        "The Coast Guard post on social media noting the rescue states simply that 30 people "
        "were saved."
    )
    assert _has(got, "Coast Guard")


def test_quotation_left_open_continues_into_the_next_paragraph() -> None:
    got = _run(
        'Foreign Minister Lena Hart said the deal "gives us a real chance of peace.',
        '"We believe the war, which has lasted 12 years, can end this winter."',
    )
    assert _has(got[0], "Hart") and _has(got[1], "Hart")


def test_a_dash_aside_in_reported_speech_is_the_reporters_voice() -> None:
    from briefbook.analysis.claims import find_claims

    text = (
        "She said Dorvia \u2014 which has about two million citizens abroad \u2014 had "
        "evacuated 300 of them."
    )
    found = {c.text: c.attributed_to for c in find_claims(text, "S1.1", attributed_to="Ana Sol")}
    aside = [name for span, name in found.items() if "two million" in span]
    speech = [name for span, name in found.items() if "300" in span]
    assert aside == [None] and speech == ["Ana Sol"]


def test_the_originator_not_the_outlet_that_reports_it() -> None:
    got = _run(
        "The Kremlin said 12 drones were downed, the Interfax news agency reported.",
        "Reuters, citing two sources familiar with the matter, reported that 8 ships were hit.",
        "Five tankers were seized overnight, Reuters reported.",
    )
    assert _has(got[0], "Kremlin") and _has(got[1], "sources") and _has(got[2], "Reuters")


def test_the_agency_said_is_the_agency_named_before() -> None:
    got = _run(
        "The state news agency Kerpress said rebels fired 30 rockets.",
        "Four of them hit homes, the agency said.",
    )
    assert _has(got[0], "Kerpress") and _has(got[1], "Kerpress")


def test_a_plural_present_speech_verb() -> None:
    (got,) = _run("Analysts at the Kerran Institute estimate that 300 tanks were lost.")
    assert _has(got, "Kerran Institute")


def test_an_estimate_as_a_noun_is_no_speech() -> None:
    (got,) = _run("The estimate of 300 tanks lost was revised upward in March.")
    assert got is None


def test_evidence_examined_by_a_body_credits_the_body() -> None:
    (got,) = _run(
        "Satellite images reviewed by the Kerr Institute show at least 20 jets destroyed."
    )
    assert _has(got, "Kerr Institute")


def test_a_relative_clause_between_subject_and_speech_verb() -> None:
    got = _run(
        "The Velmar Grid Company, which runs the northern network, said 8 substations were hit.",
        "The company, which runs the grid, said 3 more lines were cut.",
    )
    assert _has(got[0], "Velmar Grid Company") and _has(got[1], "company")


def test_a_body_behind_figures_and_data() -> None:
    got = _run(
        "The figures, released by the UN on Monday, show 30,000 people have fled.",
        "Data from the monitoring group Kerrwatch shows 40 civilians were killed in March.",
    )
    assert _has(got[0], "UN") and got[1] is not None and got[1].endswith("Kerrwatch")


def test_a_possessive_body_before_its_spokesman() -> None:
    (got,) = _run("Dorvia's army spokesman said 14 soldiers died.")
    assert _has(got, "army")


def test_appositive_with_a_place_before_reported() -> None:
    (got,) = _run("The Kerran Monitor, a war-monitoring group based in Lund, reported 19 deaths.")
    assert _has(got, "Kerran Monitor")


def test_a_body_keeps_its_paragraph_only_while_it_gives_figures() -> None:
    got = _run(
        (
            "Karsia's defence ministry said its forces shot down 40 drones overnight.",
            "Another 12 were destroyed over the border regions.",
            "Both sides are trying to wear down each other's air defences.",
            "Talks on a truce remain stalled.",
        )
    )
    assert _has(got[0], "ministry") and _has(got[1], "ministry")
    assert got[2] is None and got[3] is None


def test_inverted_speech_verb_before_a_lower_case_title() -> None:
    got = _run(
        "A rescuer was killed in Vendra, said regional governor Ilse Marrow.",
        "Two ferries were sunk, said deputy foreign minister Tomas Reyl.",
    )
    assert _has(got[0], "Marrow") and _has(got[1], "Reyl")


def test_inverted_speaker_named_by_an_indefinite_role() -> None:
    got = _run(
        (
            '"The count we received is 57 dead, but nobody can reach the hills," said a church '
            "representative in Velmora.",
            '"Most of them were farmers," said an aid official.',
        )
    )
    assert _has(got[0], "representative") and _has(got[0], "Velmora")
    assert _has(got[1], "official")


def test_one_resident_said_and_his_next_quotation() -> None:
    got = _run(
        '"They came from the river with rifles, about 40 of them," one resident said.',
        '"I ran, but three of my cousins were shot," he said.',
    )
    assert _has(got[0], "resident") and _has(got[1], "resident")


def test_a_place_that_only_locates_the_source() -> None:
    got = _run(
        "The private bus association now running in Tarvo said that 18 coaches left on Monday.",
        "Officials in Drenova said 6 bridges were closed.",
        "The Ministry of Transport in Kelso said 9 ferries were held.",
    )
    assert _has(got[0], "association") and not _has(got[0], "Tarvo")
    assert _has(got[1], "officials") and _has(got[1], "Drenova")
    assert _has(got[2], "Ministry of Transport")


def test_a_spokesman_of_a_body_is_a_person_for_he_said() -> None:
    got = _run(
        "Shells hit the market, killing 8 people, according to a district council spokesman.",
        '"Two children and six women died there," he said.',
    )
    assert _has(got[0], "spokesman") and _has(got[1], "spokesman")
