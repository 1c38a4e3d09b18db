"""Corroboration misread in a new-analyst trial on a border war between two neighbours
(invented reports of the same shapes; no third-party text): a toll whose place is told only
by its scene (the sentence before: "an attack on a compound in Velmor. The attack ... left one
soldier dead") and a toll with no place at all may be part and whole or two incidents, so
they are never rivals; as with a place stated in the figure's own clause, they share a row
only when they agree."""

from __future__ import annotations

from briefbook.evaluation.corroboration import run_case


def _rows(texts: list[tuple[str, str]]) -> list[dict]:
    return run_case(
        {
            "name": "scene places",
            "sources": [{"published": day, "text": text} for day, text in texts],
        }
    )


def test_a_toll_placed_by_its_scene_is_no_rival_of_a_toll_with_no_place() -> None:
    rows = _rows(
        [
            ("2025-05-11", "The border clashes overnight killed 23 soldiers, the army said."),
            (
                "2025-05-16",
                "The strikes came hours after a car bomb attack on a police compound in "
                "Velmor, in Korval province. The attack also triggered a shootout that left "
                "six militants and one soldier dead, police said.",
            ),
        ]
    )
    assert "contradicted" not in [r["status"] for r in rows]


def test_tolls_with_no_place_still_contradict() -> None:
    # near miss main gets right: two sides' tolls of one night's clash stay rivals
    rows = _rows(
        [
            ("2025-05-11", "The border clashes overnight killed 23 soldiers, the army said."),
            ("2025-05-11", "The border clashes overnight killed 58 soldiers, the rebels said."),
        ]
    )
    assert "contradicted" in [r["status"] for r in rows]


def test_tolls_placed_by_their_scene_in_one_town_still_contradict() -> None:
    # near miss main gets right: both placed by the sentence before, in one town
    rows = _rows(
        [
            (
                "2025-05-11",
                "Gunmen stormed a police post in Velmor on Sunday. The raid left 12 soldiers "
                "dead, the army said.",
            ),
            (
                "2025-05-11",
                "Gunmen stormed a police post in Velmor on Sunday. The raid left 30 soldiers "
                "dead, the rebels said.",
            ),
        ]
    )
    assert "contradicted" in [r["status"] for r in rows]


def test_agreeing_tolls_with_and_without_a_scene_still_corroborate() -> None:
    # near miss main gets right: agreeing figures share the row whatever their places
    rows = _rows(
        [
            ("2025-05-11", "The raid overnight killed 12 soldiers, the army said."),
            (
                "2025-05-11",
                "Gunmen stormed a police post in Velmor overnight. The raid left 12 soldiers "
                "dead, police said.",
            ),
        ]
    )
    assert "corroborated" in [r["status"] for r in rows]
