"""Series: issue windows, renumbering, changes since the previous issue, the series index."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from collections.abc import Callable
from pathlib import Path

import pytest

from briefbook.assessment.corroboration import apply_corroboration
from briefbook.errors import ParamsError
from briefbook.ingest import SourceSpec, load_documents
from briefbook.model import Assessment, Claim, Document, Entity, Section, Statement
from briefbook.series import (
    Window,
    compare_assessments,
    find_previous_issue,
    first_issue_changes,
    load_previous_issue,
    parse_window,
    read_assessment,
    renumber,
    select_window,
    write_series_index,
)
from builders import FIXTURES as TEST_FIXTURES

FIXTURES = TEST_FIXTURES / "series"
WEEKLY = FIXTURES / "weekly"
TREASURY = "treasury-dprk-troops-russia-sanctions-2024-12.txt"
WHITE_HOUSE = "whitehouse-statement-russia-christmas-aerial-attack-2024-12.txt"


def weekly_specs() -> list[SourceSpec | str]:
    """The whole weekly folder; the two public-domain items are dated in their spec."""
    specs: list[SourceSpec | str] = []
    for path in sorted(WEEKLY.iterdir()):
        published = {TREASURY: "2024-12-16", WHITE_HOUSE: "2024-12-25"}.get(path.name)
        specs.append(SourceSpec(str(path), published=published) if published else str(path))
    return specs


def names(docs: list[Document]) -> list[str]:
    return [Path(d.path).name for d in docs]


# ---------------------------------------------------------------------------
# windows


@pytest.mark.parametrize(
    ("value", "today", "start", "end"),
    [
        ("7d", "2024-12-16", "2024-12-10", "2024-12-16"),
        ("1d", "2024-12-16", "2024-12-16", "2024-12-16"),
        ("2w", "2024-12-16", "2024-12-03", "2024-12-16"),
        ("1m", "2024-03-31", "2024-03-01", "2024-03-31"),
        ("1 month", "2024-12-16", "2024-11-17", "2024-12-16"),
        (7, "2024-12-16", "2024-12-10", "2024-12-16"),
        ({"since": "2024-12-01"}, "2024-12-16", "2024-12-01", "2024-12-16"),
        (
            {"since": dt.date(2024, 12, 1), "until": dt.date(2024, 12, 8)},
            "2024-12-16",
            "2024-12-01",
            "2024-12-08",
        ),
        ("2024-12-01..2024-12-16", "2024-12-20", "2024-12-01", "2024-12-16"),
    ],
)
def test_parse_window(value, today, start, end):
    window = parse_window(value)
    assert isinstance(window, Window)
    first, last = window.bounds(dt.date.fromisoformat(today))
    assert (first.isoformat(), last.isoformat()) == (start, end)
    assert window.label(dt.date.fromisoformat(today)) == f"{start}..{end}"


@pytest.mark.parametrize(
    "value",
    [
        "7x",
        "0d",
        "last week",
        -3,
        True,
        ["7d"],
        {"from": "2024-12-01"},
        {"since": "yesterday"},
        {"since": "2024-12-10", "until": "2024-12-01"},
        {},
    ],
)
def test_parse_window_rejects(value):
    with pytest.raises(ParamsError) as info:
        parse_window(value)
    assert info.value.key == "window"
    assert info.value.hint


def test_no_window_keeps_everything():
    assert parse_window(None) is None and parse_window("") is None
    docs = load_documents(weekly_specs())
    kept, excluded = select_window(docs, None, dt.date(2024, 12, 16))
    assert names(kept) == names(docs) and excluded == []


def test_select_window_keeps_the_week_and_says_why_the_rest_is_out():
    docs = load_documents(weekly_specs())
    kept, excluded = select_window(docs, "7d", dt.date(2024, 12, 16))
    assert names(kept) == ["frontline-bulletin-2024-12-12.txt", TREASURY]
    treasury = kept[1]
    assert (treasury.published, treasury.date_origin) == ("2024-12-16", "params")
    assert kept[0].date_origin == "dateline"
    reasons = {Path(e["path"]).name: e["reason"] for e in excluded}
    assert reasons["frontline-bulletin-2024-12-02.txt"] == (
        "published 2024-12-02, before the window 2024-12-10..2024-12-16"
    )
    assert reasons[WHITE_HOUSE] == "published 2024-12-25, after the window 2024-12-10..2024-12-16"
    assert all(set(e) == {"path", "title", "published", "date_origin", "reason"} for e in excluded)
    json.dumps(excluded)


def test_select_window_falls_back_to_the_file_date(tmp_path):
    undated = tmp_path / "undated-note.txt"
    undated.write_text("Field note\n\nPatrols reported 40 vehicles near the border.\n")
    stamp = dt.datetime(2024, 11, 2, 12, tzinfo=dt.UTC).timestamp()
    os.utime(undated, (stamp, stamp))
    docs = load_documents([str(undated)])
    # dated at ingest from the file time, as a local date (noon UTC is the same day here)
    assert (docs[0].published, docs[0].date_origin) == ("2024-11-02", "mtime")
    kept, excluded = select_window(docs, {"since": "2024-12-01"}, "2024-12-16")
    assert kept == []
    assert excluded[0]["date_origin"] == "mtime"
    assert excluded[0]["reason"] == (
        "file modified 2024-11-02, before the window 2024-12-01..2024-12-16"
    )
    kept, _ = select_window(docs, "2m", "2024-12-16")
    assert (kept[0].published, kept[0].date_origin) == ("2024-11-02", "mtime")
    assert docs[0].warnings == []  # the input is not changed

    # a path relative to the params folder is dated from that folder, not the cwd
    relative = load_documents(["undated-note.txt"], base=tmp_path)
    assert relative[0].path == "undated-note.txt"
    kept, _ = select_window(relative, "2m", "2024-12-16", base=tmp_path)
    assert (kept[0].published, kept[0].date_origin) == ("2024-11-02", "mtime")


def test_renumber_rewrites_document_and_sentence_ids():
    docs = load_documents(weekly_specs())
    kept, _ = select_window(docs, "7d", "2024-12-23")
    assert [d.id for d in kept] == ["S4", "S7"]
    renumbered = renumber(kept)
    assert [d.id for d in renumbered] == ["S1", "S2"]
    for doc, old in zip(renumbered, kept, strict=True):
        assert [s.source for s in doc.sentences] == [doc.id] * len(doc.sentences)
        assert [s.id.split(".")[1] for s in doc.sentences] == [
            s.id.split(".")[1] for s in old.sentences
        ]
        assert all(s.id.startswith(f"{doc.id}.") for s in doc.sentences)
    assert kept[0].id == "S4"  # copies, input untouched


# ---------------------------------------------------------------------------
# hand-built issues (the claims and judgments an engine would find, written down)

# per fixture: (snippet, quantity, counts, event) of its quantitative claims
CLAIMS = {
    "frontline-bulletin-2024-12-12.txt": [
        ("200 North Korean soldiers were killed", 200, "North Korean soldiers", "killed")
    ],
    "frontline-bulletin-2024-12-20.txt": [
        ("300 North Korean soldiers were killed", 300, "North Korean soldiers", "killed")
    ],
    "wire-repost-2024-12-21.txt": [
        ("300 North Korean soldiers were killed", 300, "North Korean soldiers", "killed")
    ],
    TREASURY: [("more than 11,000 troops", 11000, "troops", "supplied")],
    "energy-monitor-2024-12-27.txt": [
        ("78 missiles", 78, "missiles", "launched"),
        ("106 drones", 106, "drones", "launched"),
    ],
}
ENTITIES = {
    "frontline-bulletin-2024-12-12.txt": [("Kursk", "place", [])],
    "frontline-bulletin-2024-12-20.txt": [
        ("Kursk", "place", []),
        ("North Korea", "country", ["Pyongyang"]),
    ],
    TREASURY: [("North Korea", "country", ["DPRK"]), ("OFAC", "organisation", [])],
    "energy-monitor-2024-12-27.txt": [("Ukraine's air force", "force", [])],
}
JUDGMENT_CUE = re.compile(r"\b(likely|probably)\b")


def hand_assessment(documents: list[Document]) -> Assessment:
    claims: list[Claim] = []
    entities: dict[str, Entity] = {}
    judgments: list[Statement] = []
    for doc in documents:
        name = Path(doc.path).name
        for snippet, quantity, counts, event in CLAIMS.get(name, []):
            sid = next(s.id for s in doc.sentences if snippet in s.text)
            claims.append(
                Claim(snippet, quantity, counts, event, None, False, [sid], [], doc.published)
            )
        for ent_name, kind, aliases in ENTITIES.get(name, []):
            entity = entities.setdefault(ent_name, Entity(ent_name, kind, list(aliases)))
            entity.mentions += 1
        for s in doc.sentences:
            if JUDGMENT_CUE.search(s.text):
                judgments.append(
                    Statement(s.text, [s.id], likelihood="likely", confidence="moderate")
                )
    return Assessment(
        title="DPRK weekly",
        schema_name="conflict",
        sources=[d.source_record() for d in documents],
        sentences=[s for d in documents for s in d.sentences],
        sections=[Section("outlook", "Outlook", list(judgments))],
        key_judgments=judgments,
        indicators=[],
        entities=list(entities.values()),
        claims=claims,
    )


def engine_assessment(documents: list[Document]) -> Assessment:
    from briefbook.assessment.build import assess_documents

    return assess_documents(documents, schema="conflict", title="DPRK weekly")


ISSUE_DATES = ("2024-12-16", "2024-12-23", "2024-12-30")


def publish_issue(
    series_dir: Path,
    date: str,
    assessment: Assessment,
    *,
    status: str = "ok",
    name: str | None = None,
    window="7d",
) -> Path:
    """Write an issue folder the way ``briefbook run`` does (manifest + assessment + briefing)."""
    folder = series_dir / (name or f"{date}-dprk-weekly")
    folder.mkdir(parents=True)
    (folder / "assessment.json").write_text(assessment.to_json(), encoding="utf-8")
    manifest = {
        "status": status,
        "params": {"title": "DPRK weekly", "series": "dprk-weekly", "date": date, "window": window},
        "sources": [{"path": s["path"], "sha256": s["sha256"]} for s in assessment.sources],
        "outputs": {"html": "briefing.html", "pdf": "briefing.pdf"},
    }
    (folder / "manifest.json").write_text(json.dumps(manifest), encoding="utf-8")
    (folder / "briefing.html").write_text(f"<html><body>{date}</body></html>", encoding="utf-8")
    (folder / "briefing.pdf").write_bytes(b"%PDF-1.7\n")
    return folder


def run_series(series_dir: Path, build: Callable[[list[Document]], Assessment]) -> list[dict]:
    """Three weekly issues through the series functions, as ``briefbook run`` calls them."""
    issues = []
    for date in ISSUE_DATES:
        documents = load_documents(weekly_specs())
        kept, excluded = select_window(documents, "7d", dt.date.fromisoformat(date))
        assessment = apply_corroboration(build(renumber(kept)))
        assessment.excluded_sources = excluded
        previous = load_previous_issue(series_dir, before=date)
        assessment.changes = (
            compare_assessments(previous.assessment, assessment, previous_date=previous.date)
            if previous
            else first_issue_changes()
        )
        folder = publish_issue(series_dir, date, assessment)
        index = write_series_index(series_dir)
        issues.append(
            {
                "kept": kept,
                "excluded": excluded,
                "assessment": assessment,
                "folder": folder,
                "index": index,
            }
        )
    return issues


def check_windows(issues: list[dict]) -> None:
    assert [names(i["kept"]) for i in issues] == [
        ["frontline-bulletin-2024-12-12.txt", TREASURY],
        ["frontline-bulletin-2024-12-20.txt", "wire-repost-2024-12-21.txt"],
        ["energy-monitor-2024-12-27.txt", WHITE_HOUSE],
    ]
    for issue in issues:
        assert [s["id"] for s in issue["assessment"].sources] == ["S1", "S2"]
        assert len(issue["excluded"]) == 5
    second = {Path(e["path"]).name: e["reason"] for e in issues[1]["excluded"]}
    assert second["frontline-bulletin-2024-12-12.txt"] == (
        "published 2024-12-12, before the window 2024-12-17..2024-12-23"
    )
    assert second["energy-monitor-2024-12-27.txt"] == (
        "published 2024-12-27, after the window 2024-12-17..2024-12-23"
    )


def check_index(series_dir: Path, issues: list[dict]) -> None:
    html = (series_dir / "index.html").read_text(encoding="utf-8")
    positions = [html.index(f'<time datetime="{d}">') for d in reversed(ISSUE_DATES)]
    assert positions == sorted(positions)  # newest first
    for date in ISSUE_DATES:
        assert f'href="{date}-dprk-weekly/briefing.html"' in html
        assert f'href="{date}-dprk-weekly/briefing.pdf"' in html
    assert "2024-12-24..2024-12-30" in html
    assert "<script" not in html and "http://" not in html and "https://" not in html
    assert "First issue of the series" in html
    assert "Changes since 2024-12-16: " in html and "Changes since 2024-12-23: " in html
    write_series_index(series_dir)
    assert (series_dir / "index.html").read_text(encoding="utf-8") == html  # same bytes


def test_three_weekly_issues_hand_built(tmp_path):
    series_dir = tmp_path / "reports" / "dprk-weekly"
    issues = run_series(series_dir, hand_assessment)
    check_windows(issues)
    first, second, third = (i["assessment"].changes for i in issues)

    assert first["first_issue"] is True and first["previous_date"] is None
    assert first["new_judgments"] == []

    assert second["first_issue"] is False and second["previous_date"] == "2024-12-16"
    assert [j["text"] for j in second["new_judgments"]] == [
        "Pyongyang will probably send additional troops to replace its losses."
    ]
    assert [j["text"] for j in second["dropped_judgments"]] == [
        "North Korean troops are likely to be committed to further assaults in the coming weeks."
    ]
    (changed,) = second["changed_numbers"]
    assert changed["event"] == "killed"
    assert [p["quantity"] for p in changed["previous"]] == [200]
    assert changed["current"]["quantity"] == 300
    assert changed["current"]["evidence"] == ["S1.1"]
    assert second["new_claims"] == []  # the changed number is not repeated as new
    assert [e["name"] for e in second["new_entities"]] == []  # North Korea known as DPRK
    assert len(second["new_sources"]) == 2
    # the repost does not corroborate the bulletin
    (row,) = issues[1]["assessment"].corroboration
    assert row["status"] == "unmatched" and row["independent_sources"] == 1

    assert third["previous_date"] == "2024-12-23"
    assert {c["counts"] for c in third["new_claims"]} == {"missiles", "drones"}
    assert [e["name"] for e in third["new_entities"]] == ["Ukraine's air force"]
    assert [j["text"] for j in third["new_judgments"]] == [
        "Further Russian strikes on the energy grid are likely during the winter."
    ]
    json.dumps([i["assessment"].changes for i in issues])
    check_index(series_dir, issues)
    html = (series_dir / "index.html").read_text(encoding="utf-8")
    assert (
        "Changes since 2024-12-16: 1 new judgment, 1 dropped, 1 changed number, 2 new sources"
        in html
    )
    assert find_previous_issue(series_dir) == issues[2]["folder"]
    assert find_previous_issue(series_dir, before=issues[2]["folder"].name) == issues[1]["folder"]


def test_three_weekly_issues_through_the_engine(tmp_path):
    series_dir = tmp_path / "reports" / "dprk-weekly"
    issues = run_series(series_dir, engine_assessment)
    check_windows(issues)
    first, second, third = (i["assessment"].changes for i in issues)
    assert first["first_issue"] is True
    assert second["previous_date"] == "2024-12-16" and third["previous_date"] == "2024-12-23"
    assert len(second["new_sources"]) == 2 and len(third["new_sources"]) == 2
    # the bulletin of 12-20 revises the count of 12-12: reported as a changed number
    changed = [
        (c["previous"][0]["quantity"], c["current"]["quantity"]) for c in second["changed_numbers"]
    ]
    assert (200, 300) in changed
    assert second["new_judgments"]
    # the wire repost of the 12-20 bulletin does not corroborate it
    killed = [r for r in issues[1]["assessment"].corroboration if r["event"] == "killed"]
    assert killed and all(r["status"] != "corroborated" for r in killed)
    for issue in issues:
        for judgment in issue["assessment"].changes["new_judgments"]:
            assert judgment["text"] in {k.text for k in issue["assessment"].key_judgments}
    check_index(series_dir, issues)


# ---------------------------------------------------------------------------
# compare_assessments in detail


def _doc_assessment(paths: list[str], **published) -> Assessment:
    specs = [SourceSpec(str(WEEKLY / p), published=published.get("published")) for p in paths]
    return hand_assessment(renumber(load_documents(specs)))


def test_changes_match_by_text_not_by_ids():
    previous = _doc_assessment(["frontline-bulletin-2024-12-12.txt"])
    # the same source, now second: every id differs, nothing changed
    current = _doc_assessment([TREASURY, "frontline-bulletin-2024-12-12.txt"])
    changes = compare_assessments(previous, current, previous_date="2024-12-16")
    assert changes["dropped_judgments"] == []
    assert changes["moved"] == []
    assert [c["counts"] for c in changes["new_claims"]] == ["troops"]
    assert changes["changed_numbers"] == []
    assert [s["title"] for s in changes["new_sources"]] == [current.sources[0]["title"]]


def test_moved_judgment_names_the_new_sources():
    previous = _doc_assessment(["frontline-bulletin-2024-12-20.txt"])
    current = _doc_assessment(["frontline-bulletin-2024-12-20.txt", "wire-repost-2024-12-21.txt"])
    current = apply_corroboration(current)
    kj = current.key_judgments[0]
    kj.likelihood = "very likely"
    kj.evidence = ["S1.3", "S2.3"]
    changes = compare_assessments(previous, current, previous_date="2024-12-20")
    (moved,) = changes["moved"]
    assert (moved["previous_likelihood"], moved["likelihood"]) == ("likely", "very likely")
    assert [s["id"] for s in moved["new_sources"]] == ["S2"]
    assert changes["new_judgments"] == []  # the repost's copy of the judgment matched it


def test_first_issue_changes_say_there_is_no_predecessor():
    changes = first_issue_changes()
    assert changes["first_issue"] is True and changes["previous_date"] is None
    assert "no earlier issue" in changes["note"]
    assert set(changes) >= {
        "new_judgments",
        "dropped_judgments",
        "moved",
        "new_entities",
        "new_claims",
        "changed_numbers",
        "new_sources",
    }


# ---------------------------------------------------------------------------
# finding the previous issue


def test_find_previous_issue_skips_failed_incomplete_and_same_day_reruns(tmp_path):
    series_dir = tmp_path / "series"
    series_dir.mkdir()
    assessment = _doc_assessment(["frontline-bulletin-2024-12-12.txt"])
    ok_old = publish_issue(series_dir, "2024-12-09", assessment)
    ok = publish_issue(series_dir, "2024-12-16", assessment)
    rerun = publish_issue(series_dir, "2024-12-16", assessment, name="2024-12-16-dprk-weekly-2")
    publish_issue(
        series_dir, "2024-12-20", assessment, status="failed", name="2024-12-20-dprk-weekly-failed"
    )
    incomplete = publish_issue(series_dir, "2024-12-21", assessment)
    (incomplete / "assessment.json").unlink()
    broken = publish_issue(series_dir, "2024-12-22", assessment)
    (broken / "manifest.json").write_text("{not json", encoding="utf-8")
    (series_dir / ".staging-2024-12-23-x").mkdir()
    (series_dir / "latest").symlink_to(ok.name)

    assert find_previous_issue(series_dir) == rerun
    assert find_previous_issue(series_dir, before="2024-12-23") == rerun
    assert find_previous_issue(series_dir, before="2024-12-16-dprk-weekly-2") == ok_old
    assert find_previous_issue(series_dir, before=dt.date(2024, 12, 16)) == ok_old
    assert find_previous_issue(series_dir, before="2024-12-09") is None
    assert find_previous_issue(tmp_path / "missing") is None
    found = load_previous_issue(series_dir, before="2024-12-23")
    assert found.date == "2024-12-16" and found.assessment.title == assessment.title


def test_read_assessment_tolerates_other_versions(tmp_path):
    data = _doc_assessment(["frontline-bulletin-2024-12-12.txt"]).to_dict()
    data["key_judgments"][0]["future_field"] = "written by a later briefbook"
    del data["meta"]
    data["claims"][0]["confidence_band"] = [1, 2]
    path = tmp_path / "assessment.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assessment = read_assessment(path)
    assert assessment.key_judgments[0].text == data["key_judgments"][0]["text"]
    assert assessment.claims[0].quantity == 200


def test_index_escapes_source_text_and_lists_nothing_for_an_empty_series(tmp_path):
    series_dir = tmp_path / "series"
    series_dir.mkdir()
    empty = write_series_index(series_dir).read_text(encoding="utf-8")
    assert "No complete issue yet" in empty
    assessment = _doc_assessment(["frontline-bulletin-2024-12-12.txt"])
    assessment.key_judgments[0].text = '<script>alert("x")</script> & more'
    publish_issue(series_dir, "2024-12-16", assessment, window=None)
    html = write_series_index(series_dir).read_text(encoding="utf-8")
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt; &amp; more" in html
    assert "sources dated 2024-12-12 to 2024-12-12" in html


def test_same_day_rerun_is_not_called_the_first_issue(tmp_path):
    series_dir = tmp_path / "series"
    series_dir.mkdir()
    assessment = _doc_assessment(["frontline-bulletin-2024-12-12.txt"])
    assert "first issue" in first_issue_changes(series_dir, before="2024-12-20")["note"]
    publish_issue(series_dir, "2024-12-20", assessment)
    publish_issue(series_dir, "2024-12-21", assessment)  # later: not counted
    assert load_previous_issue(series_dir, before="2024-12-20") is None
    changes = first_issue_changes(series_dir, before="2024-12-20")
    assert changes["first_issue"] is True  # still nothing earlier to compare with
    assert changes["same_date_issues"] == 1
    assert changes["note"] == (
        "No earlier issue dated before 2024-12-20 to compare with (1 other issue of the same date)"
    )
    publish_issue(series_dir, "2024-12-20", assessment, name="2024-12-20-dprk-weekly-2")
    two = first_issue_changes(series_dir, before=dt.date(2024, 12, 20))
    assert "(2 other issues of the same date)" in two["note"]
    # the index shows the note, not "First issue of the series"
    rerun = _doc_assessment(["frontline-bulletin-2024-12-12.txt"])
    rerun.changes = changes
    publish_issue(series_dir, "2024-12-20", rerun, name="2024-12-20-dprk-weekly-3")
    html = write_series_index(series_dir).read_text(encoding="utf-8")
    assert "No earlier issue dated before 2024-12-20 to compare with" in html


def test_the_issue_a_rerun_replaces_is_not_another_issue_of_its_date(tmp_path):
    from briefbook.app.outputs import issue_to_replace

    series_dir = tmp_path / "series"
    series_dir.mkdir()
    assessment = _doc_assessment(["frontline-bulletin-2024-12-12.txt"])
    assert issue_to_replace(series_dir, "2024-12-20-dprk-weekly") is None
    publish_issue(series_dir, "2024-12-20", assessment)
    # run --replace takes the place of the only issue of the day: it is still the first
    replaced = issue_to_replace(series_dir, "2024-12-20-dprk-weekly")
    assert replaced == "2024-12-20-dprk-weekly"
    alone = first_issue_changes(series_dir, before="2024-12-20", replacing=replaced)
    assert alone["same_date_issues"] == 0 and "first issue" in alone["note"]
    # with two runs of the day, --replace takes the newest and counts the other one
    publish_issue(series_dir, "2024-12-20", assessment, name="2024-12-20-dprk-weekly-2")
    replaced = issue_to_replace(series_dir, "2024-12-20-dprk-weekly")
    assert replaced == "2024-12-20-dprk-weekly-2"
    one = first_issue_changes(series_dir, before="2024-12-20", replacing=replaced)
    assert one["same_date_issues"] == 1
    assert "(1 other issue of the same date)" in one["note"]


def test_index_never_puts_likelihood_and_confidence_in_one_sentence(tmp_path):
    series_dir = tmp_path / "series"
    series_dir.mkdir()
    assessment = _doc_assessment(["frontline-bulletin-2024-12-12.txt"])
    judgment = assessment.key_judgments[0]
    judgment.likelihood, judgment.confidence = "roughly even chance", "low"
    publish_issue(series_dir, "2024-12-16", assessment)
    html = write_series_index(series_dir).read_text(encoding="utf-8")
    assert "(roughly even chance)" in html and "Confidence: low." in html
    assert "even chance; low" not in html
    # the sentence carrying the likelihood ends before the confidence is given
    item = re.search(r"<li>(.*?)</li>", html.split('class="judgments"')[1], re.S).group(1)
    text = re.sub(r"<[^>]+>", "", item)
    sentences = re.split(r"(?<=[.!?])\s+", text)
    assert not any("even chance" in s and "low" in s for s in sentences)


def test_index_tells_reruns_apart_marks_latest_and_counts_dropped(tmp_path):
    series_dir = tmp_path / "series"
    series_dir.mkdir()
    first = _doc_assessment(["frontline-bulletin-2024-12-12.txt"])
    publish_issue(series_dir, "2024-12-16", first)
    week = _doc_assessment(["frontline-bulletin-2024-12-12.txt"])
    week.changes = {
        "previous_date": "2024-12-16",
        "first_issue": False,
        "new_judgments": [{"text": "a"}, {"text": "b"}, {"text": "c"}],
        "dropped_judgments": [{"text": str(k)} for k in range(5)],
        "new_sources": [{"id": "S2"}],
    }
    publish_issue(series_dir, "2024-12-23", week)
    rerun = publish_issue(series_dir, "2024-12-23", week, name="2024-12-23-dprk-weekly-2")
    (series_dir / "latest").symlink_to(rerun.name)
    html = write_series_index(series_dir).read_text(encoding="utf-8")
    text = " ".join(re.sub(r"<[^>]+>", " ", html).split())
    # the two runs of 2024-12-23 differ: run number and folder, and only one is latest
    assert "(run 2 of 2024-12-23)" in text and "(run 1 of 2024-12-23)" in text
    assert "Folder: 2024-12-23-dprk-weekly-2 (the latest link points here)" in text
    assert "Folder: 2024-12-23-dprk-weekly " in text
    assert text.count("the latest link points here") == 1
    assert "run 1 of 2024-12-16" not in text  # a single run of a day needs no number
    sections = re.findall(r'<section class="issue" id="([^"]+)">', html)
    assert sections == [
        "2024-12-23-dprk-weekly-2",
        "2024-12-23-dprk-weekly",
        "2024-12-16-dprk-weekly",
    ]
    assert "Changes since 2024-12-16: 3 new judgments, 5 dropped, 1 new source" in text
    week.changes = {"previous_date": "2024-12-16", "dropped_judgments": [{"text": "x"}]}
    publish_issue(series_dir, "2024-12-30", week)
    html = write_series_index(series_dir).read_text(encoding="utf-8")
    assert "Changes since 2024-12-16: 1 judgment dropped" in html
