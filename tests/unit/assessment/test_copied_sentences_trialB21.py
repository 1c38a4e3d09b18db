"""Copied sentences (round trialB21): a wire story rewritten by another outlet under a new
lede ("By Harbour Daily Post with Kestral Press") keeps some of the wire's sentences word for
word; as a whole it is no repost, but each copied sentence is the wire's words, so a figure
it states in its own voice has the wire's origin and never corroborates the wire. An outlet
reporting the same figure in its own words stays an origin of its own, and so does a short
sentence two reports may say alike. Every sentence here is invented."""

from __future__ import annotations

from pathlib import Path

from briefbook.assessment import assess_documents
from briefbook.assessment.origins import evidence_origins
from briefbook.assessment.reposts import assessment_groups, copied_sentences
from briefbook.ingest import SourceSpec, load_documents

WIRE = """Publisher: Kestral Press
Published: 2026-04-05
Title: Vellmar orders a curfew after armed groups raid its port

Authorities in Vellmar ordered a nighttime curfew on Saturday after armed groups raided the port district and burned two customs depots.

At least eleven people had been killed since Friday, three of them customs officers, as armed groups stepped up raids on the port district of Vellmar.

Armed groups were estimated to hold up to 70% of Vellmar, the provincial capital, before the raids began.

Trams stopped running on Saturday.
"""

# the same story rewritten: a new lede and new paragraphs, two wire sentences kept word for
# word (one with "are" for "were"); too little in common to be a repost as a whole
REWRITE = """Publisher: Harbour Daily Post
Published: 2026-04-05
Title: Armed groups try to seize Vellmar customs house

By Harbour Daily Post with Kestral Press

Armed groups tried to take the customs house in Vellmar on Sunday, a day after torching two depots on the waterfront.

Dock workers said the gates of the harbour stayed shut for a second day and that ships waited offshore.

The provincial governor asked the capital for more police and for an armoured vehicle to guard the grain terminal.

Shops in the old town opened for two hours in the morning before the shutters came down again.

At least eleven people had been killed since Friday, three of them customs officers, as armed groups stepped up raids on the port district of Vellmar.

Armed groups are estimated to hold up to 70% of Vellmar, the provincial capital, before the raids began.

Trams stopped running on Saturday.
"""

# another outlet's own reporting of the toll, in its own words: an origin of its own
OWN = """Publisher: Vellmar Courier
Published: 2026-04-05
Title: Eleven dead in Vellmar port raids

Our reporter counted at least eleven people killed in the port district of Vellmar since Friday, among them three customs officers.
"""


def _assess(tmp_path: Path, files: dict[str, str]):
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    docs = load_documents([SourceSpec(path=n) for n in files], base=tmp_path)
    return assess_documents(docs)


def _row_of(assessment, figure: int) -> dict:
    return next(
        r for r in assessment.corroboration if any(q["quantity"] == figure for q in r["quantities"])
    )


def _sentence(assessment, source: str, start: str) -> str:
    return next(
        s.id for s in assessment.sentences if s.source == source and s.text.startswith(start)
    )


def test_copied_sentences_name_the_earlier_source() -> None:
    long = "At least eleven people had been killed since Friday as armed groups raided the port."
    rows = [
        ("S1.1", "S1", long),
        ("S1.2", "S1", "Trams stopped running on Saturday."),
        ("S2.1", "S2", long.replace("raided", "attacked")),  # one word edited
        ("S2.2", "S2", "Trams stopped running on Saturday."),
        (
            "S3.1",
            "S3",
            "Eleven people died in raids on the port that began on Friday, the hospital said.",
        ),
        # a quote joining the original's sentences into one (short ones too) holds them
        # word for word
        ("S1.4", "S1", "Over forty thousand people have fled the valley since the spring."),
        ("S1.8", "S1", "Cholera is spreading."),
        ("S1.5", "S1", "Nearly two million people now face hunger as the roads stay closed."),
        (
            "S2.3",
            "S2",
            '"Over forty thousand people have fled the valley since the spring. '
            "Cholera is spreading. "
            'Nearly two million people now face hunger as the roads stay closed."',
        ),
        # a sentence that only begins with another's clause, then gives its own account, is no copy
        ("S1.7", "S1", "Harbour police shot down nine drones over the port district overnight."),
        (
            "S3.4",
            "S3",
            "Harbour police shot down nine drones over the port district overnight, "
            "our reporter counted from the ferry.",
        ),
        # a shared stock phrase of a few words is no copy
        (
            "S1.6",
            "S1",
            "The relief mission will deploy as soon as possible to the north, officials said.",
        ),
        (
            "S3.3",
            "S3",
            "Ministers agreed the relief mission will deploy as soon as possible after the vote.",
        ),
        # one clause given to two speakers: two statements, no copy
        (
            "S1.3",
            "S1",
            "Harbour officials said that eleven people had been killed in raids on the port.",
        ),
        (
            "S3.2",
            "S3",
            "Doctors at the general hospital said that eleven people had been killed in raids on the port.",
        ),
    ]
    groups = {"S1": "S1", "S2": "S2", "S3": "S3"}
    published = {"S1": "2026-04-02", "S2": "2026-04-03", "S3": "2026-04-03"}
    # the copy names the original; the original, a short sentence said alike, a report of
    # the same toll in other words and one clause given to another speaker are no copies
    assert copied_sentences(rows, groups, published) == {"S2.1": "S1", "S2.3": "S1"}
    # the one published first is the original, whatever the order given
    later = copied_sentences(rows, groups, {**published, "S1": "2026-04-05"})
    assert later == {"S1.1": "S2"}
    # sentences of one repost group are never copies of each other
    assert copied_sentences(rows, {**groups, "S2": "S1"}, published) == {}


def test_a_rewritten_wire_story_does_not_corroborate_the_wire(tmp_path: Path) -> None:
    assessment = _assess(tmp_path, {"wire.txt": WIRE, "rewrite.txt": REWRITE})
    # not a repost as a whole
    groups = assessment_groups(assessment)
    assert groups["S1"] != groups["S2"]
    for figure in (11, 70):
        row = _row_of(assessment, figure)
        assert {q["source"] for q in row["quantities"]} == {"S1", "S2"}
        assert row["status"] == "unmatched", row
    # the copied sentence has the wire's origin, the rewrite's own lede its own
    origins = evidence_origins(assessment, groups)
    wire_toll = _sentence(assessment, "S1", "At least eleven")
    copy_toll = _sentence(assessment, "S2", "At least eleven")
    copy_share = _sentence(assessment, "S2", "Armed groups are estimated")
    wire_share = _sentence(assessment, "S1", "Armed groups were estimated")
    lede = _sentence(assessment, "S2", "Armed groups tried")
    assert origins[copy_toll] == origins[wire_toll]
    assert origins[copy_share] == origins[wire_share]
    assert origins[lede] != origins[wire_toll]


def test_a_report_in_its_own_words_still_corroborates(tmp_path: Path) -> None:
    # near miss: the same toll from an outlet of its own, with and without the rewrite
    assessment = _assess(tmp_path, {"wire.txt": WIRE, "own.txt": OWN})
    assert _row_of(assessment, 11)["status"] == "corroborated"
    assessment = _assess(tmp_path, {"wire.txt": WIRE, "rewrite.txt": REWRITE, "own.txt": OWN})
    row = _row_of(assessment, 11)
    assert row["status"] == "corroborated"
    assert {q["source"] for q in row["quantities"]} == {"S1", "S2", "S3"}


# a wire story and an outlet's rewrite of it in words of its own, its byline crediting the
# agency after the outlet: the report carries the agency's text, in the agency's voice
AGENCY = """Publisher: Kestral Press Agency
Published: 2026-04-05
Title: Vellmar declares emergency

A 48-hour state of emergency began on Saturday night in Vellmar as the raids went on.

Ferries to the islands were cancelled until further notice.
"""

CREDITED = """Publisher: Harbour Daily Post
Published: 2026-04-05
Title: Emergency rule in Vellmar as raids go on

By Harbour Daily Post with {credit}

In response to the raids, Vellmar's governor ordered a 48-hour state of emergency across the port city.

Fishing crews kept their boats in the inner harbour.
"""


def test_a_byline_crediting_an_agency_speaks_with_the_agencys_voice(tmp_path: Path) -> None:
    files = {"agency.txt": AGENCY, "credited.txt": CREDITED.format(credit="KPA")}
    assessment = _assess(tmp_path, files)
    row = _row_of(assessment, 48)
    assert {q["source"] for q in row["quantities"]} == {"S1", "S2"}
    assert row["status"] == "unmatched", row


def test_a_byline_crediting_a_person_keeps_the_outlets_voice(tmp_path: Path) -> None:
    # near miss: a co-author named beside the outlet is no agency
    files = {"agency.txt": AGENCY, "credited.txt": CREDITED.format(credit="Ana Sol")}
    assessment = _assess(tmp_path, files)
    assert _row_of(assessment, 48)["status"] == "corroborated"


def test_a_source_copying_some_sentences_is_no_copy_as_a_whole(tmp_path: Path) -> None:
    assessment = _assess(tmp_path, {"wire.txt": WIRE, "rewrite.txt": REWRITE})
    row = _row_of(assessment, 11)
    # the row lists no whole-source copy; the copied figure says whose words it repeats
    assert row["copies"] == []
    figure = next(f for f in row["figures"] if f["copies"])
    assert figure["copies"] == [{"source": "S2", "copy_of": "S1"}]


def test_the_copied_figure_is_named_by_the_source_it_copies(tmp_path: Path) -> None:
    # the rewrite is read first (S1), the wire it copies, published a day before, second
    # the rewrite also gives the toll to an originator of its own, so its source is an
    # original of that origin in the same row
    wire = WIRE.replace("Published: 2026-04-05", "Published: 2026-04-04")
    rewrite = REWRITE + (
        "\nAt least eleven people have died in the raids since Friday, the Vellmar "
        "hospital director Ilse Varga said.\n"
    )
    files = {"a-rewrite.txt": rewrite, "b-wire.txt": wire}
    assessment = _assess(tmp_path, files)
    row = _row_of(assessment, 11)
    assert row["status"] == "corroborated"
    # the wire's origin is shown as the wire, not as the outlet that copied its sentence
    copied = next(
        q
        for q in row["quantities"]
        if q["evidence"] == [_sentence(assessment, "S1", "At least eleven people had")]
    )
    assert copied["group"] == "S2"
