"""A bracketed pointer to a part of the source itself is left out of a copied statement
(trialA24; invented sentences): "(see Figure 1)", "(Table 2)", "(see map below)", "(Figures 1
and 2)", "(see Appendix B)", "(p. 12)", "(see above)". Near misses keep their brackets: an
acronym, an aside, a figure of a count, a pointer to another document, "(pictured)".
"""

from __future__ import annotations

import pytest

from briefbook.text.cross_references import strip_cross_references


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "On 2 May, Ostland struck three depots (see Figure 1), including one at Varn.",
            "On 2 May, Ostland struck three depots, including one at Varn.",
        ),
        ("The toll rose to 40 (Table 2).", "The toll rose to 40."),
        ("Raids hit the north (see map below).", "Raids hit the north."),
        ("Depots burned near Varn (Figures 1 and 2).", "Depots burned near Varn."),
        ("The army (see Appendix B) withdrew from Varn.", "The army withdrew from Varn."),
        ("Costs rose by a third (p. 12).", "Costs rose by a third."),
        ("Kessel (see above) ran the war.", "Kessel ran the war."),
        ("The raid hit the depot [see Fig. 3].", "The raid hit the depot."),
    ],
)
def test_a_pointer_to_the_sources_own_part_is_left_out(text: str, expected: str) -> None:
    assert strip_cross_references(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The mission (UNMISS) left Varn.",
        "The line (the Kessel Line) held for a week.",
        "Talks resumed (see the council's statement of 4 March).",
        "A toll of 1,200 (1,150 civilians) was given.",
        "The commander was seen (pictured) at the site.",
        "The figure skater (Ana Sol) won in Varn.",
    ],
)
def test_near_miss_other_brackets_stay(text: str) -> None:
    assert strip_cross_references(text) == text


@pytest.mark.parametrize(
    "text",
    [
        # a part of another document named right before the bracket (revB24)
        "The council acted under the UN Charter (Chapter VII) to authorise force.",
        "Under the 1994 act (Section 3), the army may detain suspects.",
        "Ostland invoked the treaty (Article 5) on Monday.",
    ],
)
def test_another_documents_part_keeps_its_bracket(text: str) -> None:
    assert strip_cross_references(text) == text


def test_a_document_word_further_back_does_not_keep_a_pointer() -> None:
    text = "Attacks on the law courts rose (Figure 3)."
    assert strip_cross_references(text) == "Attacks on the law courts rose."
