"""Corroboration: reposts count once, agreeing numbers corroborate, disagreeing ones contradict."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from briefbook.analysis.quantities import quantities_agree, quantity_interval, read_quantity
from briefbook.analysis.topics import counts_compatible
from briefbook.assessment.corroboration import (
    apply_corroboration,
    corroborate,
    derived_credibility,
    independent_groups,
)
from briefbook.ingest import SourceSpec, load_documents
from briefbook.model import Assessment, Claim, Document, Section, Statement
from builders import FIXTURES as TEST_FIXTURES

FIXTURES = TEST_FIXTURES / "series"
DISAGREE = FIXTURES / "disagree"
WEEKLY = FIXTURES / "weekly"


# ---------------------------------------------------------------------------
# builders: assessments made by hand from ingested fixture documents


def sentence_with(doc: Document, snippet: str) -> str:
    for s in doc.sentences:
        if snippet in s.text:
            return s.id
    raise AssertionError(f"{snippet!r} not in {doc.path}")


def make_claim(doc: Document, snippet: str, quantity, counts: str, event: str | None) -> Claim:
    return Claim(
        text=snippet,
        quantity=quantity,
        counts=counts,
        event=event,
        attributed_to=None,
        hedged=False,
        evidence=[sentence_with(doc, snippet)],
        published=doc.published,
    )


def make_statement(docs: list[Document], snippet: str, **kw) -> Statement:
    evidence = [sentence_with(d, snippet) for d in docs]
    text = next(s.text for s in docs[0].sentences if s.id == evidence[0])
    return Statement(text=text, evidence=evidence, **kw)


def make_assessment(
    documents: list[Document], claims: list[Claim], judgments: list[Statement] = ()
) -> Assessment:
    return Assessment(
        title="Test",
        schema_name="conflict",
        sources=[d.source_record() for d in documents],
        sentences=[s for d in documents for s in d.sentences],
        sections=[Section(key="context", title="Situation", statements=list(judgments))],
        key_judgments=list(judgments),
        indicators=[],
        entities=[],
        claims=list(claims),
    )


def killed(doc: Document) -> Claim:
    """The 'N soldiers were killed' claim of a disagree/ fixture."""
    number = 200 if "200 soldiers" in doc.text else 300
    return make_claim(doc, f"{number} soldiers were killed", number, "soldiers", "killed")


@pytest.fixture()
def disagree_docs() -> list[Document]:
    # channel-report, ministry-statement-copy, ministry-statement (sorted folder order)
    return load_documents([str(DISAGREE)])


# ---------------------------------------------------------------------------
# reposts


def test_byte_copy_and_repost_share_one_group(disagree_docs):
    groups = independent_groups(disagree_docs)
    names = {Path(d.path).name: d.id for d in disagree_docs}
    copy_id, original_id = names["ministry-statement-copy.txt"], names["ministry-statement.txt"]
    channel_id = names["channel-report.txt"]
    assert (
        groups[copy_id]
        == groups[original_id]
        == min(copy_id, original_id, key=lambda s: int(s[1:]))
    )
    assert groups[channel_id] == channel_id


def test_reworded_lead_is_still_a_repost_but_a_new_bulletin_is_not():
    docs = load_documents(
        [
            str(WEEKLY / "frontline-bulletin-2024-12-12.txt"),
            str(WEEKLY / "frontline-bulletin-2024-12-20.txt"),
            str(WEEKLY / "wire-repost-2024-12-21.txt"),
        ]
    )
    assert independent_groups(docs) == {"S1": "S1", "S2": "S2", "S3": "S2"}


def test_groups_are_deterministic_and_named_by_the_first_source(disagree_docs):
    reordered = list(reversed(disagree_docs))
    groups = independent_groups(reordered)
    assert set(groups.values()) <= {d.id for d in reordered}
    assert groups == independent_groups(reordered)
    assert len(set(groups.values())) == 2


# ---------------------------------------------------------------------------
# quantities and what is counted


@pytest.mark.parametrize(
    ("quantity", "context", "expected"),
    [
        (200, "200 soldiers were killed", (200, 200)),
        (11000, "more than 11,000 troops", (11000, math.inf)),
        ("11,000+", "", (11000, math.inf)),
        (7, "at least seven short-range ballistic missiles", (7, math.inf)),
        (500, "up to 500 soldiers", (0, 500)),
        (200, "about 200 soldiers", (180, 220)),
        ("thousands", "thousands of troops", (1000, 99_999)),
        ("several thousand", "", (2000, 19_999)),
        ("hundreds", "hundreds of air defense missiles", (100, 1999)),
        ("dozens", "dozens of drones", (12, 199)),
        ("tens of thousands", "", (10_000, 199_999)),
        ("several hundred thousands", "", (200_000, 1_999_999)),
        ("hundreds of millions", "", (100e6, 1_999_999_999)),
        ("a few", "", (2, 5)),
        ("1.5 million", "", (1_500_000, 1_500_000)),
        (500, "no more than 500 soldiers", (0, 500)),
    ],
)
def test_quantity_interval(quantity, context, expected):
    assert quantity_interval(quantity, context) == pytest.approx(expected)


def test_more_than_elsewhere_in_the_claim_does_not_bound_the_number():
    assert quantity_interval(300, "300 soldiers were killed, more than the army admits") == (
        300,
        300,
    )


@pytest.mark.parametrize(
    ("a", "b", "agree"),
    [
        ((200, "200 killed"), (300, "300 killed"), False),
        ((200, "200 killed"), (200, "200 killed"), True),
        (("thousands", ""), (3000, "3,000 troops"), True),
        (("thousands", ""), (11000, "more than 11,000 troops"), True),
        (("thousands", ""), (500, "500 troops"), False),
        (("hundreds", ""), (11000, "11,000 troops"), False),
        (("tens of thousands", ""), (11000, "11,000 troops"), True),
        (("dozens", ""), (30, "30 drones"), True),
        (("dozens", ""), (5, "5 drones"), False),
        (("thousands", ""), (250_000, "250,000 troops"), False),
        (("hundreds", ""), (12, "12 prisoners"), False),
        ((11000, "more than 11,000 troops"), (12000, "12,000 troops"), True),
        ((200, "about 200"), (210, "210"), True),
    ],
)
def test_quantities_agree(a, b, agree):
    assert quantities_agree(quantity_interval(*a), quantity_interval(*b)) is agree


@pytest.mark.parametrize(
    ("a", "b", "compatible"),
    [
        ("troops", "soldiers", True),
        ("North Korean soldiers", "DPRK troops", True),
        ("North Korean troops", "troops", True),
        ("North Korean troops", "Russian troops", False),
        ("military personnel", "soldiers", True),
        ("missiles", "troops", False),
        ("ballistic missiles", "missiles", True),
        ("drones", "UAVs", True),
    ],
)
def test_counts_compatible(a, b, compatible):
    assert counts_compatible(a, b) is compatible


# ---------------------------------------------------------------------------
# rows


def test_two_sources_that_disagree_are_contradicted_with_both_citations(disagree_docs):
    channel, copy_, ministry = disagree_docs
    assessment = make_assessment(disagree_docs, [killed(d) for d in disagree_docs])
    rows = corroborate(assessment)
    assert len(rows) == 1
    row = rows[0]
    assert row["status"] == "contradicted"
    assert row["event"] == "killed"
    assert row["independent_sources"] == 2  # the copy does not count
    by_source = {q["source"]: q for q in row["quantities"]}
    assert by_source[channel.id]["quantity"] == 300
    assert by_source[ministry.id]["quantity"] == 200
    assert by_source[channel.id]["evidence"] == [sentence_with(channel, "300 soldiers")]
    assert by_source[ministry.id]["evidence"] == [sentence_with(ministry, "200 soldiers")]
    # the 200 side has two copies of one text: still one independent source vs one,
    # each group listed once; the copy is named as such
    assert sorted(row["agreeing"] + row["disagreeing"]) == [channel.id, copy_.id]
    assert not set(row["agreeing"]) & set(row["disagreeing"])
    assert row["copies"] == [{"source": ministry.id, "copy_of": copy_.id}]
    # both figures side by side, each with the sentence that states it
    figures = {f["figure"]: f for f in row["figures"]}
    assert set(figures) == {"200", "300"}
    assert figures["300"]["evidence"] == [sentence_with(channel, "300 soldiers")]
    assert figures["200"]["evidence"] == [sentence_with(copy_, "200 soldiers")]
    assert figures["200"]["copies"] == [{"source": ministry.id, "copy_of": copy_.id}]
    assert figures["200"]["copy_evidence"] == [sentence_with(ministry, "200 soldiers")]
    assert row["inconsistent"] == []
    assert row["evidence"] == sorted(
        row["evidence"], key=lambda e: (int(e[1:].split(".")[0]), int(e.split(".")[1]))
    )
    json.dumps(rows)  # JSON-serialisable


def test_two_copies_of_one_text_are_single_source_not_corroborated(disagree_docs):
    _, copy_, ministry = disagree_docs
    docs = [copy_, ministry]
    rows = corroborate(make_assessment(docs, [killed(d) for d in docs]))
    assert [r["status"] for r in rows] == ["unmatched"]
    assert rows[0]["agreeing"] == [copy_.id]  # one group, named once
    assert rows[0]["copies"] == [{"source": ministry.id, "copy_of": copy_.id}]
    assert rows[0]["independent_sources"] == 1
    credibility = derived_credibility(make_assessment(docs, [killed(d) for d in docs]))
    assert set(credibility.values()) == {3}  # possibly true: nobody else confirms it


def test_independent_sources_that_agree_corroborate():
    docs = load_documents(
        [
            str(WEEKLY / "frontline-bulletin-2024-12-20.txt"),
            str(DISAGREE / "channel-report.txt"),
        ]
    )
    bulletin, channel = docs
    claims = [
        make_claim(
            bulletin,
            "300 North Korean soldiers were killed",
            300,
            "North Korean soldiers",
            "killed",
        ),
        make_claim(channel, "300 soldiers were killed", 300, "soldiers", "were killed"),
    ]
    assessment = make_assessment(docs, claims)
    rows = corroborate(assessment)
    assert [r["status"] for r in rows] == ["corroborated"]
    assert rows[0]["agreeing"] == ["S1", "S2"] and rows[0]["disagreeing"] == []
    assert derived_credibility(assessment) == {"S1": 1, "S2": 1}


def test_numbers_without_an_event_are_never_contradicted():
    docs = load_documents([str(WEEKLY / "treasury-dprk-troops-russia-sanctions-2024-12.txt")])
    doc = docs[0]
    claims = [
        make_claim(doc, "nine individuals", 9, "individuals", None),
        make_claim(doc, "seven entities", 7, "entities", None),
        make_claim(doc, "more than 11,000 troops", 11000, "troops", None),
    ]
    rows = corroborate(make_assessment(docs, claims))
    assert [r["status"] for r in rows] == ["unmatched"] * 3
    assert derived_credibility(make_assessment(docs, claims)) == {"S1": 3}


def test_rows_sorted_contradicted_first_then_corroborated_then_single(disagree_docs):
    channel, copy_, ministry = disagree_docs
    bulletin = load_documents([str(WEEKLY / "frontline-bulletin-2024-12-12.txt")])[0]
    bulletin.id = "S4"
    for k, s in enumerate(bulletin.sentences, 1):
        s.id, s.source = f"S4.{k}", "S4"
    docs = [channel, copy_, ministry, bulletin]
    claims = [killed(d) for d in disagree_docs] + [
        make_claim(bulletin, "200 North Korean soldiers", 200, "North Korean soldiers", "wounded"),
        make_claim(channel, "hospital staff", 2, "hospital staff", None),
    ]
    rows = corroborate(make_assessment(docs, claims))
    order = {"contradicted": 0, "corroborated": 1, "unmatched": 2}
    keys = [(order[r["status"]], r["evidence"][0]) for r in rows]
    assert [k[0] for k in keys] == sorted(k[0] for k in keys)
    assert rows[0]["status"] == "contradicted"
    assert corroborate(make_assessment(docs, claims)) == rows  # deterministic


def test_outnumbered_source_is_doubtful(disagree_docs):
    channel, _copy, ministry = disagree_docs
    third = load_documents([str(FIXTURES / "third" / "hospital-update.txt")])[0]
    third.id = "S4"
    for k, s in enumerate(third.sentences, 1):
        s.id, s.source = f"S4.{k}", "S4"
    docs = [channel, ministry, third]
    claims = [killed(channel), killed(ministry), killed(third)]
    credibility = derived_credibility(make_assessment(docs, claims))
    assert credibility[channel.id] == 4  # 300 against two independent sources saying 200
    assert credibility[ministry.id] == 1
    assert credibility["S4"] == 1


# ---------------------------------------------------------------------------
# apply_corroboration


def _graded(docs: list[Document], reliability: dict[str, str | None]) -> list[Document]:
    for d in docs:
        d.reliability = reliability.get(d.id)
    return docs


def test_apply_corroboration_is_pure_and_marks_derived_credibility(disagree_docs):
    channel, _copy, ministry = disagree_docs
    channel.credibility = 2  # set by the analyst
    assessment = make_assessment(disagree_docs, [killed(d) for d in disagree_docs])
    before = assessment.to_json()
    result = apply_corroboration(assessment)
    assert assessment.to_json() == before  # input untouched
    records = {r["id"]: r for r in result.sources}
    assert records[channel.id]["credibility"] == 2
    assert records[channel.id]["credibility_origin"] == "analyst"
    assert records[ministry.id]["credibility_origin"] == "derived"
    assert records[ministry.id]["credibility"] == 3
    assert result.corroboration == corroborate(assessment)
    assert result.meta["corroboration"]["counts"]["contradicted"] == 1
    assert apply_corroboration(assessment).to_json() == result.to_json()  # same bytes
    json.loads(result.to_json())


def test_confidence_raised_for_independent_graded_sources_and_lowered_for_one_ungraded():
    docs = load_documents(
        [
            SourceSpec(str(WEEKLY / "frontline-bulletin-2024-12-20.txt"), reliability="B"),
            SourceSpec(str(DISAGREE / "channel-report.txt"), reliability="C"),
            str(DISAGREE / "ministry-statement.txt"),
        ]
    )
    bulletin, channel, ministry = docs
    claims = [
        make_claim(
            bulletin,
            "300 North Korean soldiers were killed",
            300,
            "North Korean soldiers",
            "killed",
        ),
        make_claim(channel, "300 soldiers were killed", 300, "soldiers", "killed"),
    ]
    both = Statement(
        text="About 300 soldiers were killed.",
        evidence=[
            sentence_with(bulletin, "300 North Korean soldiers"),
            sentence_with(channel, "300 soldiers"),
        ],
        confidence="moderate",
        rationale="stated fact; 2 independent origins -> moderate confidence",
    )
    alone = make_statement([ministry], "Rescue teams", confidence="moderate")
    graded_alone = make_statement([bulletin], "Pyongyang will probably", confidence="moderate")
    result = apply_corroboration(make_assessment(docs, claims, [both, alone, graded_alone]))
    levels = [s.confidence for s in result.key_judgments]
    assert levels == ["high", "low", "moderate"]
    changes = result.meta["corroboration"]["confidence_changes"]
    assert {(c["from"], c["to"]) for c in changes} == {("moderate", "high"), ("moderate", "low")}
    # the rationale never ends on a level the statement no longer shows
    for st in result.key_judgments:
        if st.rationale:
            assert st.rationale.endswith(f"-> {st.confidence} confidence"), st.rationale
    assert result.key_judgments[0].rationale.startswith("stated fact; 2 independent origins")
    assert "corroborated" in result.key_judgments[0].rationale


def test_apply_corroboration_round_trips_through_json(disagree_docs):
    result = apply_corroboration(make_assessment(disagree_docs, [killed(d) for d in disagree_docs]))
    again = Assessment.from_json(result.to_json())
    assert again.corroboration == result.corroboration
    assert again.sources[0]["credibility_origin"] in {"derived", "analyst"}


# ---------------------------------------------------------------------------
# reviewer defects: word quantities, one source against itself, sides listed once


def _renumbered(doc: Document, n: int) -> Document:
    doc.id = f"S{n}"
    for k, s in enumerate(doc.sentences, 1):
        s.id, s.source = f"S{n}.{k}", f"S{n}"
    return doc


def test_thousands_agrees_with_more_than_eleven_thousand_and_no_source_disputes_itself():
    """The example: S1 says "more than 11,000" and "thousands", S2 "thousands"."""
    treasury = load_documents([str(WEEKLY / "treasury-dprk-troops-russia-sanctions-2024-12.txt")])[
        0
    ]
    channel = _renumbered(load_documents([str(DISAGREE / "channel-report.txt")])[0], 2)
    claims = [
        make_claim(treasury, "more than 11,000", 11000, "troops", "deployed"),
        make_claim(treasury, "thousands of DPRK troops", "thousands", "DPRK troops", "deployed"),
        make_claim(channel, "A local channel reported", "thousands", "troops", "deployed"),
    ]
    (row,) = corroborate(make_assessment([treasury, channel], claims))
    assert row["status"] == "corroborated"
    assert row["agreeing"] == ["S1", "S2"] and row["disagreeing"] == []
    assert [f["figure"] for f in row["figures"]] == ["more than 11,000", "thousands"]
    assert row["figures"][1]["groups"] == ["S1", "S2"]
    assert row["what"] == "troops deployed"


def test_one_source_with_two_figures_is_inconsistent_not_contradicted():
    docs = load_documents([str(DISAGREE / "channel-report.txt")])
    channel = docs[0]
    claims = [
        make_claim(channel, "300 soldiers were killed", 300, "soldiers", "killed"),
        make_claim(channel, "The channel cited hospital staff", 20, "soldiers", "killed"),
    ]
    (row,) = corroborate(make_assessment(docs, claims))
    assert row["status"] == "unmatched"
    assert row["inconsistent"] == [channel.id]
    assert row["agreeing"] == [channel.id] and row["disagreeing"] == []
    assert [f["figure"] for f in row["figures"]] == ["300", "20"]


def test_a_source_that_agrees_on_one_figure_is_not_contradicted(disagree_docs):
    """S1 gives 300 and 200, S2 gives 200: they share 200; S1 is inconsistent only."""
    channel, copy_, _ministry = disagree_docs
    docs = [channel, copy_]
    claims = [
        killed(channel),
        make_claim(channel, "The channel cited hospital staff", 200, "soldiers", "killed"),
        killed(copy_),
    ]
    (row,) = corroborate(make_assessment(docs, claims))
    assert row["status"] == "corroborated"
    assert row["inconsistent"] == [channel.id]
    assert row["agreeing"] == [channel.id, copy_.id] and row["disagreeing"] == []


def test_contradiction_needs_two_groups_and_lists_each_group_once(disagree_docs):
    channel, copy_, ministry = disagree_docs
    third = _renumbered(load_documents([str(FIXTURES / "third" / "hospital-update.txt")])[0], 4)
    docs = [*disagree_docs, third]
    claims = [killed(d) for d in docs]
    (row,) = corroborate(make_assessment(docs, claims))
    assert row["status"] == "contradicted"
    # 200 is reported by two independent groups (the ministry and its copy count once)
    assert row["agreeing"] == [copy_.id, "S4"]
    assert row["disagreeing"] == [channel.id]
    assert row["figures"][0]["figure"] == "200"  # the better supported figure first
    assert row["figures"][0]["groups"] == [copy_.id, "S4"]
    assert row["independent_sources"] == 3
    cited = {e for f in row["figures"] for e in f["evidence"] + f["copy_evidence"]}
    assert cited <= set(row["evidence"])


@pytest.mark.parametrize(
    ("quantity", "context", "figure"),
    [
        (11000, "more than 11,000 troops", "more than 11,000"),
        (500, "up to 500 soldiers", "up to 500"),
        (200, "about 200 soldiers", "about 200"),
        (300, "300 soldiers were killed", "300"),
        ("thousands", "thousands of troops", "thousands"),
        (500, "no more than 500", "no more than 500"),
    ],
)
def test_read_quantity_shows_the_figure_with_its_cue(quantity, context, figure):
    assert read_quantity(quantity, context)[1] == figure


def test_a_vague_claim_is_compared_by_what_it_can_describe_not_by_its_reading():
    """A claim carries the guide's reading of "thousands" (2,000-9,999), but compared with
    another figure it stands for every figure it can plausibly describe (one vocabulary,
    ``data/numbers.yaml``): it agrees with "more than 11,000", disputes "500"."""
    from briefbook.analysis.quantities import claim_interval, quantities_agree, vague_fits

    def claim(quantity, low, high):
        return Claim(
            text=str(quantity),
            quantity=quantity,
            counts="troops",
            event="deployed",
            attributed_to=None,
            hedged=False,
            evidence=["S1.1"],
            low=low,
            high=high,
        )

    vague = claim("thousands", 2000, 9999)
    assert claim_interval(vague) == vague_fits("thousands") == (1000, 99_999)
    assert quantities_agree(claim_interval(vague), claim_interval(claim(11000, 11001, None)))
    assert not quantities_agree(claim_interval(vague), claim_interval(claim(500, 500, 500)))
    assert claim_interval(claim(11000, 11001, None)) == (11001, math.inf)
    assert vague_fits("4.2e+06-5.8e+06") is None and vague_fits(12) is None


def test_the_claim_keeps_the_guides_reading_of_a_vague_word():
    """The reading (what the claim carries, as annotated) and the comparison range live in one
    table: the reader takes ``read``, the comparison ``fits``."""
    from briefbook.analysis.claims import find_claims

    (c,) = find_claims("Thousands of soldiers were deployed to the border, officials said.", "S1.1")
    assert (c.low, c.high) == (2000, 9999)


def _invented(tmp_path: Path, texts: dict[str, str]) -> list[Document]:
    paths = []
    for name, text in texts.items():
        path = tmp_path / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    return load_documents(paths)


def _claim_by(doc: Document, snippet: str, quantity, low, high, by: str | None) -> Claim:
    claim = make_claim(doc, snippet, quantity, "guards", "killed")
    claim.low, claim.high, claim.attributed_to = low, high, by
    return claim


@pytest.mark.parametrize(
    ("bound", "other", "status"),
    [
        (40, 130, "unmatched"),  # "at least 40" and "130" can both be true: no confirmation
        (40, 44, "corroborated"),  # a figure near the bound is confirmed by it
    ],
)
def test_an_open_bound_confirms_only_figures_near_it(tmp_path, bound, other, status):
    """Two parties to a fight: one concedes "at least N" dead, the other claims a far larger
    toll. Both can be true, so neither contradicts, but the bound does not corroborate it."""
    docs = _invented(
        tmp_path,
        {
            "a": f"The governor said at least {bound} guards were killed in the raid on the depot.",
            "b": f"The rebel front said its fighters killed {other} guards at the depot.",
        },
    )
    claims = [
        _claim_by(docs[0], f"at least {bound} guards", bound, bound, None, "the governor"),
        _claim_by(docs[1], f"killed {other} guards", other, other, other, "the rebel front"),
    ]
    (row,) = corroborate(make_assessment(docs, claims))
    assert row["status"] == status
    assert {f["status"] for f in row["figures"]} == {status}


def test_an_outlets_own_figure_and_its_unnamed_experts_are_one_origin(tmp_path):
    """One report gives its own figure and one it puts to unnamed experts: that is one
    report, which never corroborates itself."""
    (doc,) = _invented(
        tmp_path,
        {
            "a": (
                "More than 900 guards were killed when the depot fell. "
                "According to experts, 1,000 guards were killed in the fighting."
            )
        },
    )
    claims = [
        _claim_by(doc, "More than 900 guards", 900, 900, None, None),
        _claim_by(doc, "1,000 guards", 1000, 1000, 1000, "experts"),
    ]
    (row,) = corroborate(make_assessment([doc], claims))
    assert row["status"] == "unmatched"
    assert len(row["origins"]) == 1
