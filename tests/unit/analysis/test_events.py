"""One event vocabulary (briefbook.analysis.events), shared by claims and corroboration."""

from __future__ import annotations

import pytest

from briefbook.analysis.events import event_of, fold_event, normalise_event


@pytest.mark.parametrize(
    ("cue", "event"),
    [
        ("fired", "launched"),
        ("launched", "launched"),
        ("shot down", "intercepted"),
        ("died", "killed"),
        ("detained", "detained"),
        ("captured", "captured"),
        ("damaged", "damaged"),
        ("destroyed", "destroyed"),
        ("repelled", "struck"),
    ],
)
def test_synonyms_folded_once(cue: str, event: str) -> None:
    assert event_of(cue) == event
    assert normalise_event(f"were {cue}") == event


def test_stored_classes_stay_themselves() -> None:
    for event in ("killed", "supplied", "other", "exchanged"):
        assert normalise_event(event) == event
    assert normalise_event(None) is None


def test_folding_by_what_is_counted() -> None:
    assert fold_event("deployed", ["cruise", "missiles"], "") == "launched"
    assert fold_event("intercepted", ["fighter", "jets"], "") == "destroyed"
    assert fold_event("destroyed", ["drones"], "Air defence destroyed 40 drones.") == "intercepted"
    assert fold_event("launched", ["staff", "members"], "") == "other"
    assert fold_event("launched", ["attacks"], "") == "struck"


def test_claims_and_corroboration_read_one_table() -> None:
    from briefbook.analysis.claims import find_claims
    from briefbook.analysis.events import event_table
    from briefbook.analysis.topics import normalise_event as topic_event

    text = (
        "Police detained 50 protesters and soldiers captured 30 protesters; 12 rockets were fired."
    )
    events = [c.event for c in find_claims(text, "S1.1")]
    assert events == ["detained", "captured", "launched"]
    assert all(e in event_table().classes for e in events)
    assert [topic_event(e) for e in events] == events  # corroboration keeps them apart
