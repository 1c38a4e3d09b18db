"""Incidents told apart (review of the kj13 rules): two reports of one town and one day are one
incident only with the same kind of event, means and object and no conflicting figure; reports
never chain into one incident; the lead's own source is never one of its corroborating
origins; a labour strike is no incident and no decisive military act. Every sentence here is
invented."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefbook.analysis.claims import find_claims
from briefbook.assessment import assess_documents
from briefbook.assessment.key_judgments import one_incident
from briefbook.assessment.signals import is_decisive_event, labour_dispute
from briefbook.ingest import SourceSpec, load_documents
from briefbook.model import Sentence


def _s(text: str, source: str = "S1") -> Sentence:
    return Sentence(id=f"{source}.1", source=source, text=text)


@pytest.mark.parametrize(
    ("a", "b", "one"),
    [
        # the reviewer's: two means, two objects, two tolls
        (
            "A missile struck the fuel depot in Tarn on 20 November 2026, killing three "
            "workers, the governor said.",
            "A drone struck a school bus in Tarn on 20 November 2026, killing five children, "
            "police said.",
            False,
        ),
        (
            "Artillery shelling killed 9 people in the market of Tarn on 20 November 2026.",
            "A car bomb killed 9 people outside the police station in Tarn on 20 November 2026.",
            False,
        ),
        # invented, of the same kinds
        (
            "Rockets hit the hospital in Orsk on 3 May 2026, killing two nurses.",
            "An airstrike destroyed the bridge in Orsk on 3 May 2026, officials said.",
            False,
        ),
        (
            "Gunmen killed 4 people at the checkpoint in Orsk on 3 May 2026.",
            "Gunmen killed 11 people at the checkpoint in Orsk on 3 May 2026.",
            False,
        ),
        (
            "Later that day, a separate drone strike hit the silo in Orsk.",
            "A drone hit the silo in Orsk on 3 May 2026.",
            False,
        ),
        # one incident in other words: the same means or object, a common event
        (
            "A missile struck the tanker Hollin Star on 3 May 2026.",
            "Two crew were killed when a missile struck the Hollin Star on 3 May 2026.",
            True,
        ),
        (
            "Shelling killed six civilians in the harbour of Orsk on 3 May 2026.",
            "Artillery shelled the harbour of Orsk on 3 May 2026, killing six civilians.",
            True,
        ),
    ],
)
def test_one_incident_needs_the_same_kind_of_means_object_and_figure(
    a: str, b: str, one: bool
) -> None:
    sa, sb = _s(a, "S1"), _s(b, "S2")
    assert one_incident(sa, sb, find_claims(a, sa.id), find_claims(b, sb.id)) is one


@pytest.mark.parametrize(
    ("text", "labour"),
    [
        ("Workers at the Tarn refinery launched strikes over pay on 30 November 2026.", True),
        ("Dockers carried out strikes at Port Vell on Monday.", True),
        ("Teachers in Orsk went on strike over pensions.", True),
        ("Miners walked out at the Kessel pit on Friday.", True),
        ("A drone strike killed three workers at the depot.", False),
        ("Ostland forces carried out strikes on militia depots near Vell.", False),
    ],
)
def test_a_labour_strike_is_no_military_strike(text: str, labour: bool) -> None:
    assert labour_dispute(text) is labour
    if labour:
        assert is_decisive_event(text) is False


def test_ordinary_military_strikes_stay_decisive() -> None:
    assert is_decisive_event("Ostland forces carried out strikes on militia depots near Vell.")


COURIER = """Two attacks in Orsk
Northern Courier
Published 4 May 2026

A missile struck the fuel depot in Orsk on 3 May 2026, killing four guards, the governor said.
Workers at the Orsk refinery launched strikes over pay on 3 May 2026.
"""
WIRE = """Bus hit in Orsk
Eastern Wire
Published 4 May 2026

A drone struck a school bus in Orsk on 3 May 2026, killing seven children, police said.
Shelling killed 6 people in the market of Orsk on 3 May 2026, police said.
"""
METRO = """Orsk market
Metro Daily
Published 4 May 2026

A car bomb killed 6 people outside the police station in Orsk on 3 May 2026, a doctor said.
"""


def _docs(tmp_path: Path) -> list:
    files = [("c.txt", COURIER), ("w.txt", WIRE), ("m.txt", METRO)]
    for name, text in files:
        (tmp_path / name).write_text(text, encoding="utf-8")
    specs = [
        SourceSpec(path=n, reliability="B", credibility=3, published="2026-05-04") for n, _ in files
    ]
    return load_documents(specs, base=tmp_path)


def test_incidents_of_one_town_and_day_are_separate_judgments(tmp_path: Path) -> None:
    a = assess_documents(_docs(tmp_path), issue_date="2026-05-05")
    ids = {s.text: s.id for s in a.sentences}
    depot = next(i for t, i in ids.items() if "fuel depot" in t)
    bus = next(i for t, i in ids.items() if "school bus" in t)
    market = next(i for t, i in ids.items() if "market" in t)
    bomb = next(i for t, i in ids.items() if "car bomb" in t)
    strike = next(i for t, i in ids.items() if "strikes over pay" in t)
    for k in a.key_judgments:
        ev = set(k.evidence)
        # no judgment merges two of the incidents, nor takes the labour strike as one
        assert not ({depot, bus} <= ev or {market, bomb} <= ev), (k.text, k.evidence)
        assert not (strike in ev and len(ev) > 1), (k.text, k.evidence)
        # each incident has one source: its confidence is not raised by another incident
        if ev & {depot, bus, market, bomb}:
            assert k.confidence != "high", (k.text, k.confidence, k.rationale)
