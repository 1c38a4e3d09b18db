"""GUIDE: geopolitical = "assess the EFFECT BEYOND THE BATTLEFIELD"; context = "what happened
or what IS ... events of any domain"; rule 4: sanctions, reactions and diplomatic moves
reported as news are context. The rule ``plain_report`` of ``data/section_rules.yaml`` moves a
geopolitical reading that names no effect at all (no modal or estimate, no change with its
size, no consequence, verdict or evaluation word, no causal connective, no comparison or
concession) to context; ``attributed_verdict`` drops a conclusion reading of a sentence
attributed to someone (the piece's bottom line is its own). Invented sentences."""

from __future__ import annotations

import numpy as np
import pytest
from tests.builders import top_after_rules as _top

from briefbook.assessment.section_rules import apply_rules, section_rules

REPORTS = [
    # an actor described: who the actors are
    "Velkor Energy explores for and refines crude oil in the Dorvian lowlands.",
    "The state shipping line operates twelve tankers out of the port of Amsel.",
    # a policy described: how it works
    "The quota system works by requiring every grain buyer in the league to register its cargo.",
    # a diplomatic or economic act told as what happened, undated
    "Dorvia has joined the embargo on Tessalian grain.",
    "The Varn League imposed sanctions on three Kessel shipping firms and their owners.",
    # a state of affairs
    "Tessalian fertiliser shipments have stayed flat in recent months.",
]


@pytest.mark.parametrize("text", REPORTS)
def test_a_report_read_as_geopolitical_for_its_topic_is_the_situation(text):
    assert _top(text, geopolitical=0.6, context=0.3, none=0.1) == "context"


EFFECTS = [
    # a consequence word beyond the battlefield
    "The embargo has deepened tensions between Dorvia and its northern neighbours.",
    "The sanctions have cut Kessel off from the league's insurers.",
    "The embargo implies a direct link between the grain trade and the border dispute.",
    "The quota system is helping keep grain flowing to the coastal towns.",
    # a forward modal (rule 5)
    "Dorvia's move will isolate Tessaly within the league.",
    # an evaluation or a hedge
    "The embargo is a significant blow to Tessaly's standing in the league.",
    # a causal connective
    "Grain prices in Amsel rose because the embargo closed the northern route.",
    # a comparison or a concession
    "Tessaly now depends more heavily on Kessel for its fuel.",
    "The league imposed the embargo, but Tessalian grain still reaches Amsel by rail.",
    # a consequence named inside a quotation (rule 2: the quote's content counts)
    '"The embargo has left our farmers without a market," the Tessalian minister said.',
]


@pytest.mark.parametrize("text", EFFECTS)
def test_near_miss_an_effect_beyond_the_battlefield_stays_geopolitical(text):
    assert _top(text, geopolitical=0.6, context=0.3, none=0.1) == "geopolitical"


@pytest.mark.parametrize("text", REPORTS[:2])
def test_near_miss_only_a_geopolitical_reading_moves(text):
    # a factor, outlook or battlefield reading of the same sentence is another rule's choice
    assert _top(text, factors=0.6, context=0.3, none=0.1) == "factors"
    assert _top(text, outlook=0.6, context=0.3, none=0.1) == "outlook"
    assert _top(text, battlefield=0.6, context=0.3, none=0.1) == "battlefield"
    # a sure boilerplate reading stays boilerplate
    assert _top(text, none=0.9, geopolitical=0.1) == "none"


ATTRIBUTED = [
    'Strategically, the raid also shows, she says, "that the north can still strike back".',
    "The blockade has been a failure in every respect, the former envoy argued.",
    "According to the governor, the war in the valley is already lost.",
]


@pytest.mark.parametrize("text", ATTRIBUTED)
def test_a_verdict_attributed_to_someone_is_not_the_pieces_conclusion(text):
    # the classifier's next reading takes over
    assert _top(text, conclusion=0.5, factors=0.3, context=0.1, none=0.1) == "factors"
    assert _top(text, conclusion=0.5, geopolitical=0.25, context=0.15, none=0.1) == "geopolitical"


@pytest.mark.parametrize(
    "text",
    [
        "The blockade has been a failure in every respect.",
        "In the end, the war in the valley was lost long before the last raid.",
        # a noun, not a reporting verb
        "The league's many statements of concern changed nothing on the river.",
    ],
)
def test_near_miss_the_pieces_own_verdict_stays_the_conclusion(text):
    assert _top(text, conclusion=0.5, factors=0.3, context=0.1, none=0.1) == "conclusion"


def test_near_miss_an_attributed_sentence_read_otherwise_keeps_its_reading():
    text = "The blockade has been a failure in every respect, the former envoy argued."
    assert _top(text, factors=0.5, conclusion=0.3, context=0.1, none=0.1) == "factors"
    # a sure boilerplate reading keeps its mass
    assert _top(text, none=0.9, conclusion=0.1) == "none"


def test_a_dropped_label_shares_its_mass_and_rows_still_sum_to_one():
    labels = ("battlefield", "conclusion", "context", "factors", "geopolitical", "none", "outlook")
    row = np.array([[0.0, 0.5, 0.1, 0.2, 0.1, 0.1, 0.0]])
    text = "The war is lost, the governor said."
    out = apply_rules(row, labels, [text])
    assert out.sum() == pytest.approx(1.0)
    assert out[0, labels.index("conclusion")] == 0.0
    assert out[0, labels.index("none")] == pytest.approx(0.1)
    # the others in their proportions: factors twice context
    assert out[0, labels.index("factors")] == pytest.approx(2 * out[0, labels.index("context")])


def test_rule_options_are_read_from_the_data_file():
    rules = {r.name: r for r in section_rules()}
    assert rules["attributed_verdict"].drop and rules["attributed_verdict"].label == "conclusion"
    assert rules["plain_report"].keep_quotes and rules["plain_report"].only_from == (
        "geopolitical",
    )
    assert not any(r.drop or r.keep_quotes for n, r in rules.items() if n not in rules_new())


def rules_new() -> set[str]:
    # (and round secs21's reported_call: a quoted call is still a call made; round secs23's
    # reported_event: a quoted act is still an act reported)
    return {"attributed_verdict", "plain_report", "reported_call", "reported_event"}
