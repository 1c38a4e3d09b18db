"""An embassy's staff ordered out is a state's major decision (round left18): "ordered the
departure of non-emergency staff", "ordered the evacuation of its embassy staff" are
decisive news of the political domain (``decision_verbs``/``decision_nouns`` of
data/judgments.yaml) and can lead the key judgments; an order to troops or residents, a
demand and a denial are none. Every sentence here is invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.builders import weekdays_as_said

from briefbook.assessment import assess_documents
from briefbook.assessment.signals import decision_domain, is_decision
from briefbook.ingest import SourceSpec, load_documents

DEPARTURE = (
    "Westmark on Friday ordered the departure of non-emergency staff and the families of its "
    "diplomats from its embassy in Vell as fighting neared the capital."
)


@pytest.mark.parametrize(
    ("text", "decision"),
    [
        (DEPARTURE, True),
        ("Karsia ordered the evacuation of its embassy staff from Vell on Monday.", True),
        ("Lomira authorised the departure of non-essential consular staff from Dorva.", True),
        # an order to troops or residents, a demand, a denial: no state's decision
        ("The general ordered troops to advance on Vell.", False),
        ("The mayor ordered residents to stay indoors.", False),
        ("Westmark called on Ostland to order the departure of its diplomats.", False),
        ("Officials denied reports that Karsia had ordered the evacuation of its embassy.", False),
    ],
)
def test_an_ordered_departure_is_a_decision(text: str, decision: bool) -> None:
    assert is_decision(text) is decision


def test_an_ordered_departure_is_political() -> None:
    assert decision_domain(DEPARTURE) == "political"


FIGHTING = """Publisher: Vell Courier
Published: 2026-02-13
Title: Fighting reaches the outskirts of Vell

Ostland rebels shelled the northern districts of Vell on Thursday, residents said.

Markets in the city centre stayed closed and queues formed at petrol stations.

{departure}

Schools in the capital will stay closed until Monday, the education ministry said.

Residents said the sound of artillery could be heard through the night.
"""

CLASHES = """Publisher: Dorva Times
Published: 2026-02-13
Title: Rebels claim gains near Vell

Ostland rebels said on Thursday they had taken two villages north of Vell.

A rebel spokesman said the fighters would continue their advance.

The army said it had repelled several attacks overnight.
"""


def test_an_ordered_departure_leads_as_news(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(FIGHTING.format(departure=DEPARTURE), encoding="utf-8")
    (tmp_path / "b.txt").write_text(CLASHES, encoding="utf-8")
    docs = load_documents([SourceSpec(path="a.txt"), SourceSpec(path="b.txt")], base=tmp_path)
    a = assess_documents(docs, issue_date="2026-02-14")
    assert any(
        weekdays_as_said(k.text).startswith("Westmark on Friday ordered") for k in a.key_judgments
    ), [k.text for k in a.key_judgments]
