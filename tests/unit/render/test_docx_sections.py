"""The Word briefing lays out sections as the HTML does: a situation section under its domain
headings, an empty analytic section with the reported facts to reason from."""

from __future__ import annotations

from briefbook.render.docx import _build


def _s(text: str, cite: str) -> dict:
    return {"text": text, "stop": ".", "cites": [{"id": cite}], "confidence": "low"}


def test_situation_groups_and_facts_to_weigh() -> None:
    raid = _s("The militia shelled the port at Vendra", "S1.2")
    talks = _s("Envoys met in Talmo to discuss a truce", "S2.1")
    parts = [
        (
            {
                "part": "section",
                "title": "Situation",
                "statements": [raid, talks],
                "groups": [
                    {"title": "Military", "statements": [raid]},
                    {"title": "Political and diplomatic", "statements": [talks]},
                ],
                "to_weigh": [],
            },
            {},
        ),
        (
            {
                "part": "section",
                "title": "Outlook",
                "statements": [],
                "groups": [],
                "empty_text": "No source sentence assesses this. The reported facts:",
                "to_weigh": [raid],
            },
            {},
        ),
    ]
    document = _build(parts)
    lines = [(p.style.name, p.text) for p in document.paragraphs if p.text]
    assert lines == [
        ("Heading 1", "Situation"),
        ("Heading 2", "Military"),
        ("Normal", "The militia shelled the port at Vendra. [S1.2] Confidence: low."),
        ("Heading 2", "Political and diplomatic"),
        ("Normal", "Envoys met in Talmo to discuss a truce. [S2.1] Confidence: low."),
        ("Heading 1", "Outlook"),
        ("Normal", "No source sentence assesses this. The reported facts:"),
        ("List Bullet", "The militia shelled the port at Vendra. [S1.2] Confidence: low."),
    ]
