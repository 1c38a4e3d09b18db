"""Review of rival tolls (one clash told with rival figures leads once): a report that names a
second or similar incident beside its own ("a second fuel convoy", "in a similar attack in
March", "3 more at a second checkpoint") gives no rival figure of the first one; its reports
stay two, as they were before the rule. Invented sentences; no third-party text."""

from __future__ import annotations

import datetime as dt

import pytest

from briefbook.analysis.claims import find_claims
from briefbook.assessment.key_judgments import rival_tolls, same_incidents
from briefbook.model import Sentence

_DAY = dt.date(2026, 12, 2)


def _incidents(a: str, b: str, scene: str) -> dict[int, int]:
    sentences = [Sentence(id="S1.1", source="S1", text=a), Sentence(id="S2.1", source="S2", text=b)]
    return same_incidents(
        [0, 1],
        sentences,
        {"S1.1": frozenset({f"place:{scene}"}), "S2.1": frozenset({f"place:{scene}"})},
        {i: find_claims(s.text, s.id) for i, s in enumerate(sentences)},
        {"S1": _DAY, "S2": _DAY},
        {"S1": ("B", 2), "S2": ("C", 3)},
        {0: 1.0, 1: 1.0},
    )


_CONVOY = (
    "Militants attacked a fuel convoy near Kayes on Tuesday, killing 12 soldiers, the army said."
)
_CHECKPOINT = "Gunmen killed 4 policemen at a checkpoint outside Tarn on Sunday, officials said."


@pytest.mark.parametrize(
    ("a", "b", "scene"),
    [
        (
            _CONVOY,
            "Militants attacked a second fuel convoy near Kayes on Tuesday, killing 20 soldiers.",
            "Kayes",
        ),
        (
            _CONVOY,
            "Militants attacked a fuel convoy near Kayes on Tuesday, killing 12 soldiers; 20 "
            "soldiers were killed in a similar attack in March.",
            "Kayes",
        ),
        (
            _CONVOY,
            "Militants attacked a fuel convoy near Kayes on Tuesday, killing 12 soldiers, and a "
            "second attack on a convoy on Wednesday killed 20 soldiers.",
            "Kayes",
        ),
        (
            _CHECKPOINT,
            "Gunmen killed 4 policemen at a checkpoint outside Tarn on Sunday and 3 more at a "
            "second checkpoint.",
            "Tarn",
        ),
        (
            _CHECKPOINT,
            "Gunmen killed 9 policemen at a checkpoint outside Tarn on Sunday, a week after an "
            "earlier raid on the same post.",
            "Tarn",
        ),
    ],
)
def test_a_report_of_a_second_or_similar_incident_gives_no_rival_figure(
    a: str, b: str, scene: str
) -> None:
    sa, sb = Sentence(id="S1.1", source="S1", text=a), Sentence(id="S2.1", source="S2", text=b)
    assert not rival_tolls(sa, sb, find_claims(a, sa.id), find_claims(b, sb.id))
    assert _incidents(a, b, scene) == {}


@pytest.mark.parametrize(
    "b",
    [
        # rival figures of the one clash still lead once
        "Twenty soldiers were killed when militants attacked a fuel convoy near Kayes on Tuesday.",
        "Jihadists said they killed 50 soldiers when they attacked a fuel convoy near Kayes on "
        "Tuesday.",
    ],
)
def test_rival_figures_of_the_one_clash_still_lead_once(b: str) -> None:
    assert _incidents(_CONVOY, b, "Kayes") == {1: 0}


_LOCAL = """Title: Convoy ambush
Date: 2026-12-02

Gunmen ambushed a fuel convoy near {scene} on Tuesday, killing 20 soldiers, a local official said.
The army said the attackers had been repelled.
"""


@pytest.mark.parametrize(
    ("lede", "scene"),
    [
        # a wire lede whose full stop was lost (the ingest's own kind), and a variant
        (
            "BAMAKO, Mali (Wirewire) - Militants attacked a fuel convoy near Kayes on Tuesday, "
            "killing 12 soldiers, the army said",
            "Kayes",
        ),
        (
            "BAMAKO, Mali (Wirewire) - Militants attacked a fuel convoy near Kayes on Tuesday, killing 12 "
            "soldiers, an army spokesman said",
            "Kayes",
        ),
    ],
)
def test_the_figures_sentence_follows_a_full_stop(tmp_path, lede: str, scene: str) -> None:
    from briefbook.assessment import assess_documents
    from briefbook.ingest import SourceSpec, load_documents

    army = f"{lede}\n\nThe convoy was carrying fuel to the capital, officials said.\n"
    files = [("army.txt", army), ("local.txt", _LOCAL.format(scene=scene))]
    for name, text in files:
        (tmp_path / name).write_text(text, encoding="utf-8")
    specs = [
        SourceSpec(path="army.txt", reliability="B", credibility=2, published="2026-12-02"),
        SourceSpec(path="local.txt", reliability="C", credibility=3, published="2026-12-02"),
    ]
    a = assess_documents(load_documents(specs, base=tmp_path), issue_date="2026-12-02")
    told = [k.text for k in a.key_judgments if "figures differ" in k.text]
    assert told, [k.text for k in a.key_judgments]
    assert all(". The sources' figures differ:" in t for t in told), told
