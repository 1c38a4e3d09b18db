"""The boundary of ``none`` (invented sentences, no third-party text): a sentence the section
classifier reads as boilerplate stays there only with a shape of boilerplate the labelling
guide names (byline, author biography, caption or credit, legal, contact, press, navigation,
"read more" or disclaimer text, a bare date or heading line, an endnote marker) or when the
classifier is very sure; any other takes the classifier's best substantive label."""

from __future__ import annotations

import numpy as np
import pytest

from briefbook.assessment.section_rules import (
    BOILERPLATE,
    apply_rules,
    rule_labels,
    section_rules,
)

LABELS = ("battlefield", "conclusion", "context", "factors", "geopolitical", "none", "outlook")
NONE = LABELS.index("none")

# the shapes of substance a classifier may misread as boilerplate
SUBSTANTIVE = [
    # a sentence opening with a pronoun
    "They also resisted the council's plan to merge their units into the army.",
    "She refused to hand the harbour over to the coastal militia.",
    # a sentence naming a report as its source
    "The movement draws broad backing among herders, observed a 2022 study by a research centre.",
    # an explanatory sentence
    "This pattern can largely be explained by the delayed reforms and a stagnant economy.",
    # a line ending with a colon that introduces a list
    "The main aims of the naval manoeuvres seem to be twofold:",
    # historical background
    "First under Ottoman and then Italian rule, the province passed to the trustees in 1951.",
    # a short forward sentence
    "Now, harder tests lie ahead.",
]

# each shape of boilerplate the guide names
BOILERPLATE_LINES = [
    # bylines
    "By Lina Vos",
    "Reporting by Mark Dorn; editing by Ana Sol",
    # author biographies and their continuation
    "Ana Sol is a senior fellow at the Centre for Maritime Studies.",
    "Mark van Dorn was a research analyst at the Ostland Institute.",
    "He previously served as deputy director of the Harbour Policy Forum.",
    "Her research covers coastal security and river trade.",
    "Lina now runs a small consultancy on maritime insurance.",
    # captions and credits
    "Photo: Ostland Herald",
    "Figure 3: Weekly ferry crossings since the spring.",
    "Soldiers unload crates at the quay (file photo)",
    "▲ Map of the northern districts.",
    # legal boilerplate
    "Transactions with designated persons are prohibited unless authorised by a licence.",
    "Copyright 2025 Ostland Herald. All rights reserved.",
    # contact and press information
    "For more information, contact the press office at press@ostland.example.",
    "The official spoke on condition of anonymity because he was not authorised to brief.",
    # navigation and "read more"
    "Read more: the ferry strike explained",
    "For additional guidance, click here.",
    # disclaimers
    "The views expressed here do not necessarily reflect those of the institute.",
    # a bare date line and headings with no finite verb
    "March 14, 2025.",
    "Harbour Trade Flows (millions of tonnes)",
    "Ferry crossings by month",
    # a reference
    "Vos, L. and Dorn, M. (2021, May 3). River trade in wartime.",
    # endnote markers
    "[4]",
    "12.",
]


def _row(best: str = "factors", p_none: float = 0.55) -> np.ndarray:
    """A classifier row reading ``none`` with ``p_none``, ``best`` its best other label."""
    row = np.full(len(LABELS), 0.0)
    rest = 1.0 - p_none
    others = [k for k, lab in enumerate(LABELS) if lab != "none"]
    for k in others:
        row[k] = rest * 0.1
    row[LABELS.index(best)] = rest - rest * 0.1 * (len(others) - 1)
    row[NONE] = p_none
    return row


def _shape_rule():
    (rule,) = [r for r in section_rules() if r.label == BOILERPLATE]
    return rule


def test_the_shapes_are_data_with_a_sureness() -> None:
    rule = _shape_rule()
    assert rule.match
    assert rule.sure is not None and 0.5 < rule.sure < 1.0


@pytest.mark.parametrize("text", SUBSTANTIVE)
def test_a_substantive_shape_is_no_boilerplate_shape(text: str) -> None:
    assert not _shape_rule().fires(text)


@pytest.mark.parametrize("text", BOILERPLATE_LINES)
def test_each_boilerplate_shape_of_the_guide_is_one(text: str) -> None:
    assert _shape_rule().fires(text)


@pytest.mark.parametrize("text", SUBSTANTIVE)
def test_an_unsure_none_without_a_shape_takes_the_best_substantive_label(text: str) -> None:
    for best in ("factors", "context", "outlook"):
        out = apply_rules(_row(best)[None, :], LABELS, [text])
        assert LABELS[int(np.argmax(out[0]))] == best
        assert out[0, NONE] == 0.0
        assert out[0].sum() == pytest.approx(1.0)


@pytest.mark.parametrize("text", BOILERPLATE_LINES)
def test_a_boilerplate_shape_stays_none(text: str) -> None:
    row = _row("context")
    out = apply_rules(row[None, :], LABELS, [text])
    assert LABELS[int(np.argmax(out[0]))] == "none"
    assert out[0, NONE] == pytest.approx(row[NONE])


def test_a_very_sure_classifier_keeps_none_without_a_shape() -> None:
    sure = _shape_rule().sure
    assert sure is not None
    texts = SUBSTANTIVE[:2]
    probs = np.stack([_row("factors", min(sure + 0.05, 0.99)), _row("factors", sure - 0.05)])
    out = apply_rules(probs, LABELS, texts)
    assert [LABELS[int(k)] for k in out.argmax(1)] == ["none", "factors"]


def test_a_substantive_reading_is_never_moved_to_none() -> None:
    # the guard only lifts sentences out of none: a byline read as context stays context
    row = np.full(len(LABELS), 0.05)
    row[LABELS.index("context")] = 0.7
    out = apply_rules(row[None, :], LABELS, ["By Lina Vos"])
    assert LABELS[int(np.argmax(out[0]))] == "context"


def test_the_shape_rule_gives_no_section() -> None:
    assert rule_labels(BOILERPLATE_LINES + SUBSTANTIVE).count(BOILERPLATE) == 0


@pytest.mark.parametrize(
    "text",
    [
        "Editor's note: this story was amended to correct a place name.",
        "This is a breaking story and will be updated.",
        "Details will be added when more information becomes available.",
        "Comments on this post are now closed.",
    ],
)
def test_an_editorial_notice_is_a_boilerplate_shape(text: str) -> None:
    assert _shape_rule().fires(text)


@pytest.mark.parametrize(
    "text",
    [
        "This was announced by the Ostland Prime Minister on the eve of the vote.",
        "There is no doubt the defence minister saw the summit as a failure.",
    ],
)
def test_a_sentence_naming_an_official_is_no_biography(text: str) -> None:
    assert not _shape_rule().fires(text)
