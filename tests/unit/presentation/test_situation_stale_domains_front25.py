"""The Situation never opens with stale material (round front25; invented sentences): a domain
whose every statement is dated (its sources older than the issue's freshness limit) comes
after the domains that report the issue's period, in the domain order; with one fresh
statement, or none dated, the domain keeps its place."""

from __future__ import annotations

from briefbook.model import Assessment, Section, Sentence, Statement
from briefbook.presentation.briefing import Briefing
from briefbook.presentation.parts import section_parts


def _situation(dated: dict[str, bool]) -> list[str]:
    b = Briefing(
        assessment=Assessment(
            title="Test",
            schema_name="conflict",
            sources=[{"id": "S1", "title": "Report S1", "label": None, "published": None}],
            sentences=[Sentence(id="S1.1", source="S1", text="Sentence S1.1.", section="context")],
            sections=[],
            key_judgments=[],
            indicators=[],
            entities=[],
            claims=[],
            meta={"date": "2025-03-22"},
        ),
        title="Test",
    )
    texts = {
        "military": "Chad struck Niger's border posts.",
        "political": "Chad and Niger agreed to a ceasefire.",
        "economic": "Westmark froze Chad's reserves.",
    }
    b.assessment.sections = [
        Section(
            "context",
            "Situation",
            role="situation",
            statements=[
                Statement(
                    text=text,
                    evidence=["S1.1"],
                    domain=domain,
                    dated="2024-01-01" if dated[domain] else None,
                )
                for domain, text in texts.items()
            ],
        )
    ]
    (part,) = section_parts(b)
    return [g["title"] for g in part["groups"]]


def test_an_all_stale_domain_comes_after_fresh_ones() -> None:
    titles = _situation({"military": True, "political": False, "economic": False})
    assert titles[-1] == "Military" and titles[0] != "Military", titles


def test_fresh_domains_keep_the_domain_order() -> None:
    fresh = _situation({"military": False, "political": False, "economic": False})
    stale = _situation({"military": True, "political": True, "economic": True})
    assert fresh == stale
    assert fresh[0] == "Military", fresh
