"""A wire dateline of a city in capitals, its country or state and a colon ("KELVO, Ostland:
...") is cut from the lede shown as a statement, as "KELVO, Ostland —" is; and the lede is
any paragraph's opening sentence, so a picture's caption or a teaser line before it does not
leave the dateline in the statement (round audit10; invented reports). Two towns
("KYIV, Moscow: ..."), a lower-case word after the comma ("NOTE, however: ...") and an
unknown word in capitals alone ("UPDATE: ...") are kept whole."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefbook.analysis.variants import is_dateline_place, is_dateline_town
from briefbook.assessment.build import assess
from briefbook.text import strip_dateline
from builders import written_sources


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        (
            "KELVO, Ostland: A fire broke out at the fuel depot.",
            "A fire broke out at the fuel depot.",
        ),
        ("DUSHANBE, Tajikistan: Two border guards were killed.", "Two border guards were killed."),
        ("PORT VARN, Varnland: The navy sealed the harbour.", "The navy sealed the harbour."),
    ],
)
def test_a_city_in_capitals_and_its_country_before_a_colon_is_cut(text, cut):
    assert strip_dateline(text, is_dateline_place, is_dateline_town) == cut


@pytest.mark.parametrize(
    "text",
    [
        "KYIV, Moscow: The two capitals traded blame for the strike.",
        "NOTE, however: the figures are rough.",
        "UPDATE: The toll rose to twelve.",
        "NATO, Brussels: The alliance met on Monday.",
    ],
)
def test_what_is_no_dateline_is_kept_whole(text):
    assert strip_dateline(text, is_dateline_place, is_dateline_town) == text


def test_the_lede_after_a_caption_loses_its_dateline(tmp_path: Path) -> None:
    report = (
        "Dock workers carry sacks of grain past a burnt crane in Lanmouth. (XNA/File)\n\n"
        "- The ministry said militia fighters shelled the port.\n\n"
        "KELVO, Ostland: Militia fighters shelled the port of Lanmouth on Monday, killing four "
        "dock workers, the Ostland interior ministry said.\n\n"
        "The shelling closed the grain terminal for a second week and stranded 40 ships."
    )
    a = assess(
        written_sources(tmp_path, report, head="Published: 2024-03-12"), issue_date="2024-03-13"
    )
    texts = [st.text for sec in a.sections for st in sec.statements] + [
        k.text for k in a.key_judgments
    ]
    lede = [t for t in texts if "killing four" in t]
    assert lede and all(t.startswith("Militia fighters") for t in lede), lede
