"""Statement selection by what a sentence does and when its source was written: outline roles,
dated sources, connectives, indicators, the situation by domain, empty analytic sections."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefbook.assessment import assess_documents
from briefbook.assessment.readability import needs_context
from briefbook.assessment.situation import domain_of, is_indicator
from briefbook.config.outline import load_schema
from briefbook.ingest import SourceSpec, load_documents
from builders import FIXTURES

FRESH = """Tanker rates rose sharply this week after insurers raised war-risk premiums for ships calling at Black Sea ports.

Exporters rerouted grain cargoes through the Danube, the port authority said on Tuesday.

Analysts judge that the premiums reflect a structural rise in risk rather than a passing scare, which means higher costs for importers are likely to persist.

However, the spread between routes narrowed by Friday.

Traders expect the insurers to review premiums again next month, and a further rise would signal that shipping through the corridor is becoming uneconomic.

The ministry urged exporters to diversify their routes.
"""

OLD = """Grain exports through the corridor collapsed after the agreement lapsed in the summer.

Overall, the episode shows how quickly maritime risk reprices trade in the region.
"""


def _docs(tmp_path: Path, *, old_date: str = "2024-01-10") -> list:
    (tmp_path / "fresh.txt").write_text(FRESH, encoding="utf-8")
    (tmp_path / "old.txt").write_text(OLD, encoding="utf-8")
    return load_documents(
        [
            SourceSpec(path="fresh.txt", published="2024-11-28"),
            SourceSpec(path="old.txt", published=old_date),
        ],
        base=tmp_path,
    )


def test_a_second_outline_works_without_code(tmp_path: Path) -> None:
    schema = load_schema(str(FIXTURES / "outlines" / "economic.yaml"))
    assert schema.keys_of("situation") == ("developments",)
    a = assess_documents(_docs(tmp_path), schema=schema, issue_date="2024-12-01")
    assert [s.key for s in a.sections] == ["developments", "drivers", "risks", "bottom_line"]
    assert [s.role for s in a.sections] == ["situation", "analysis", "outlook", "verdict"]
    assert 1 <= len(a.key_judgments) <= 5


def test_old_sources_are_dated_and_never_lead(tmp_path: Path) -> None:
    a = assess_documents(_docs(tmp_path), issue_date="2024-12-01")
    every = [s for sec in a.sections for s in sec.statements] + a.key_judgments + a.indicators
    dated = [s for s in every if s.evidence[0].startswith("S2.")]
    assert dated and all(s.dated == "2024-01-10" for s in dated)
    assert all(s.dated is None for s in every if s.evidence[0].startswith("S1."))
    assert a.key_judgments[0].dated is None
    fresh = [k for k in a.key_judgments if k.dated is None]
    assert a.key_judgments[: len(fresh)] == fresh  # dated ones only after every fresh one


def test_recent_sources_are_not_dated(tmp_path: Path) -> None:
    a = assess_documents(_docs(tmp_path, old_date="2024-11-20"), issue_date="2024-12-01")
    every = [s for sec in a.sections for s in sec.statements] + a.key_judgments
    assert all(s.dated is None for s in every)


def test_a_window_sets_what_is_fresh(tmp_path: Path) -> None:
    docs = _docs(tmp_path, old_date="2024-11-20")
    a = assess_documents(docs, issue_date="2024-12-01", fresh_since="2024-11-25")
    dated = [s for sec in a.sections for s in sec.statements if s.evidence[0].startswith("S2.")]
    assert dated and all(s.dated == "2024-11-20" for s in dated)


def test_connective_openers_need_the_sentence_before() -> None:
    for text in (
        "However, the spread between routes narrowed by Friday.",
        "In addition, the navy escorted two convoys.",
        "As a result, insurers raised premiums again.",
        "But the talks resumed on Monday.",
        "More immediately, the port closure cuts grain exports.",
    ):
        assert needs_context(text), text
    assert not needs_context("The navy escorted two convoys on Monday.")
    assert not needs_context("Butter prices rose in the capital.")


def test_a_speaker_named_only_by_a_pronoun_needs_the_sentence_before() -> None:
    for text in (
        '"Our units held the bridge until dawn," it said, adding that the raiders withdrew.',
        "Four depots were hit overnight, he added.",
        "Six villages lost power, she said in a statement.",
        "According to him, the convoy reached the river crossing.",
    ):
        assert needs_context(text), text
    assert not needs_context("Four depots were hit overnight, the regional governor said.")
    assert not needs_context("According to the navy, the convoy reached the crossing.")


def test_key_judgments_never_open_with_a_connective(tmp_path: Path) -> None:
    a = assess_documents(_docs(tmp_path), issue_date="2024-12-01")
    assert all(not k.text.startswith("However") for k in a.key_judgments + a.indicators)


def test_indicators_are_forward_looking_never_recommendations() -> None:
    assert is_indicator("Moscow is expected to announce a new mobilisation wave next month.")
    assert is_indicator("A renewed strike on the grid would signal the end of the moratorium.")
    assert not is_indicator("The ministry urged exporters to diversify their routes.")
    assert not is_indicator("Allies must monitor the border closely.")
    assert not is_indicator('"The talks will go nowhere," he said on Monday.')
    assert not is_indicator("The delegation met in Geneva on Tuesday.")
    assert not is_indicator("Smoke could be seen over the depot on Sunday.")
    assert not is_indicator("The toll could not be independently verified.")
    assert is_indicator("The depot could be struck again if the truce lapses.")
    # a modal perfect or a modal of explanation speaks of the past
    assert not is_indicator("Pressure from the capital may have pushed the governor to resign.")
    assert not is_indicator("The losses could be attributed to a delayed relief column.")
    assert not is_indicator("The mayor would have known of the raid in advance.")
    assert is_indicator("The garrison may be reinforced by the end of the month.")
    # "may have" with a noun is no modal perfect: still forward
    assert is_indicator("The rebels may have more drones by the spring.")
    # but a diffuse effect ("may have wider effects") names nothing to observe
    assert not is_indicator("The blockade may have wider effects on the harvest.")


def test_indicators_of_an_assessment(tmp_path: Path) -> None:
    a = assess_documents(_docs(tmp_path), issue_date="2024-12-01")
    assert a.indicators
    assert all(is_indicator(s.text) for s in a.indicators)
    assert not any("urged" in s.text for s in a.indicators)


def test_situation_is_grouped_by_domain(tmp_path: Path) -> None:
    text = (
        "Daily situation report\n\n"
        "Artillery struck the outskirts of the city overnight, killing three soldiers.\n\n"
        "The foreign minister met his counterpart in Ankara to discuss a ceasefire.\n\n"
        "The treasury announced new sanctions on two banks that finance oil exports.\n\n"
        "Aid agencies said thousands of civilians were displaced and hospitals lack water.\n"
    )
    (tmp_path / "day.txt").write_text(text, encoding="utf-8")
    docs = load_documents([SourceSpec(path="day.txt", published="2024-11-30")], base=tmp_path)
    schema = load_schema("conflict")
    sections = {s.id: "context" for d in docs for s in d.sentences}
    from briefbook.assessment.judgments import draw_judgments

    result = draw_judgments(docs, sections, schema, issue_date="2024-12-01")
    domains = [s.domain for s in result.sections["context"]]
    assert domains == ["military", "political", "economic", "humanitarian"]


def test_an_empty_analytic_section_lists_facts_to_reason_from(tmp_path: Path) -> None:
    (tmp_path / "day.txt").write_text(FRESH, encoding="utf-8")
    docs = load_documents([SourceSpec(path="day.txt", published="2024-11-30")], base=tmp_path)
    schema = load_schema("conflict")
    sections = {s.id: "context" for d in docs for s in d.sentences}
    from briefbook.assessment.judgments import draw_judgments

    result = draw_judgments(docs, sections, schema, issue_date="2024-12-01")
    assert set(result.evidence_to_weigh) == {"factors", "battlefield", "geopolitical", "conclusion"}
    # facts of the situation's sentences (not only the statements it shows) that read alone
    situation = {s.id for d in docs for s in d.sentences if sections[s.id] == "context"}
    for statements in result.evidence_to_weigh.values():
        assert 1 <= len(statements) <= 3
        assert {s.evidence[0] for s in statements} <= situation
        assert not any(needs_context(s.text) for s in statements)


@pytest.mark.parametrize(
    ("text", "domain"),
    [
        (
            "Deputy Prime Minister Ilse Varga said two power plants in Orlen were shelled.",
            "military",
        ),
        ("The prime minister met the president of Karsia for talks on a truce.", "political"),
        ("Energy Minister Tomas Reyl said in a statement that grain exports fell.", "economic"),
    ],
)
def test_a_title_before_a_name_labels_the_speaker_not_the_domain(text: str, domain: str) -> None:
    assert domain_of(text) == domain


@pytest.mark.parametrize(
    "dateline",
    ["KORVAL, Ostland (Wirewire) —", "KORVAL, Ostland | WWN | —", "KORVAL (Wirewire) |"],
)
def test_statements_never_show_a_wire_dateline(tmp_path: Path, dateline: str) -> None:
    (tmp_path / "wire.txt").write_text(
        f"Port silos hit\n\n{dateline} Shelling destroyed 14 grain silos at the port of Korval "
        "overnight, the regional governor said.\n\n" + FRESH,
        encoding="utf-8",
    )
    docs = load_documents([SourceSpec(path="wire.txt", published="2024-11-28")], base=tmp_path)
    assert docs[0].sentences[0].text.startswith(dateline)  # source kept
    a = assess_documents(docs, issue_date="2024-12-01")
    shown = [s.text for sec in a.sections for s in sec.statements] + [
        s.text for s in a.key_judgments
    ]
    assert any(t.startswith("Shelling destroyed 14 grain silos") for t in shown)
    assert not any("Wirewire" in t or "WWN" in t or "KORVAL" in t for t in shown)


@pytest.mark.parametrize(
    "text",
    [
        "The K17 group made territorial gains this week, encircling Vendra, a hub for aid "
        "agencies.",
        "Rebels seized two villages and besieged the town's airport on Friday.",
    ],
)
def test_ground_advances_are_military_events(text: str) -> None:
    assert domain_of(text) == "military"


def test_a_purpose_clause_of_a_past_act_makes_no_indicator() -> None:
    # "could" in "so that ..." after a past act is the past of "can": why it was done
    assert not is_indicator(
        "Coast guard officers searched the convoy so that they could make sure it carried "
        "no cement."
    )
    assert not is_indicator("The patrol turned back in order that the crew might rest.")
    # a purpose still ahead ("can", "will") and a forward main clause stay indicators
    assert is_indicator("The navy will escort the convoy so that the ships can sail next week.")
    assert is_indicator(
        "Officials said the convoy would sail next week so that the garrison could be resupplied."
    )


@pytest.mark.parametrize(
    ("text", "domain"),
    [
        # a maritime zone's name holds "economic" but is no economic event
        ("The reef lies 180 km from Orlen Island, inside its exclusive economic zone.", None),
        # and water cannon is a use of force, not water for the needy
        (
            "Patrol boats fired water cannon at a supply boat in the exclusive economic zone.",
            "military",
        ),
        (
            "Karsia and Ostland reached an understanding on a provisional arrangement for "
            "the supply missions, the foreign ministry of Karsia said.",
            "political",
        ),
        ("The two capitals issued competing statements about the clash.", "political"),
        ("Grain exports through the economic zone of the port fell by half.", "economic"),
    ],
)
def test_a_maritime_zone_is_no_economic_event_and_an_arrangement_is_diplomacy(
    text: str, domain: str | None
) -> None:
    assert domain_of(text) == domain


def test_a_purpose_clause_after_a_present_or_future_verb_stays_an_indicator() -> None:
    # the main verb is not past: what the purpose says is still ahead
    assert is_indicator(
        "Tarvia is moving artillery to the river so that it would be able to shell Korval "
        "within days."
    )
    assert is_indicator("The fleet will sail at dawn so that it could reach the strait by noon.")
    # after a past verb the purpose clause tells why it was done
    assert not is_indicator("The crews moved the guns so that they could not be seen.")


@pytest.mark.parametrize(
    ("text", "domain"),
    [
        # words that read in several domains count only in the phrase that fixes them
        ("Officers said the two drivers gave conflicting statements.", None),
        ("The coast guard pulled 25 people from the water after the ferry sank.", "humanitarian"),
        ("Hundreds marched in a protest against bread prices.", "economic"),
        ("Tarvia lodged a diplomatic protest over the landing.", "political"),
        ("The two ministers issued a joint statement on the border.", "political"),
        ("Tarvian coast guard vessels blocked two fishing boats near the bank.", "military"),
        ("Tarvian coast guard boats blockaded Orlen Atoll.", "military"),
    ],
)
def test_a_word_of_several_domains_counts_only_in_its_phrase(text: str, domain: str | None) -> None:
    assert domain_of(text) == domain


@pytest.mark.parametrize(
    "text",
    [
        "The arrival of the mercenaries may have wider regional ramifications.",
        "The closure of the strait could have serious long-term consequences for shipping.",
        "The blockade will likely reshape trade across the gulf for years.",
        "The new drone units could influence the balance along the river front.",
        "The coup might also affect the stability of the whole Sahel.",
        "Such a partnership would have profound implications for the region.",
    ],
)
def test_a_diffuse_effect_is_no_indicator(text: str) -> None:
    """A forward modal of a diffuse effect names no actor doing anything observable."""
    assert not is_indicator(text)


@pytest.mark.parametrize(
    "text",
    [
        "The militia could seize the airport road before the rains.",
        "Ankara is expected to reopen the border crossing next week.",
        "A second convoy would signal that the corridor deal holds.",
        "If the rebels take the airport, the fighting could affect aid deliveries.",
        "The junta may expel the remaining foreign observers by March.",
        "Watch for the navy to resume escorts, which could reshape shipping insurance.",
    ],
)
def test_an_actor_and_an_action_to_watch_stay_indicators(text: str) -> None:
    assert is_indicator(text)


def test_a_diffuse_effect_is_not_picked_as_an_indicator(tmp_path: Path) -> None:
    (tmp_path / "note.txt").write_text(
        "The harbour authority closed the northern quay on Monday after a fire.\n\n"
        "The fire at the quay may have wider economic ramifications for the port.\n\n"
        "The authority is expected to reopen the quay to tankers next week.\n",
        encoding="utf-8",
    )
    docs = load_documents([SourceSpec(path="note.txt", published="2024-11-28")], base=tmp_path)
    a = assess_documents(docs, issue_date="2024-12-01")
    shown = [s.text for s in a.indicators]
    assert not any("ramifications" in t for t in shown), shown
    assert any("reopen the quay" in t for t in shown), shown
