"""The 'Changes since <date>' part of the briefing, rendered from the series module's data."""

from __future__ import annotations

import copy
import io
import re
from pathlib import Path
from typing import Any

import pytest

import builders as support  # noqa: E402
from briefbook.assessment.build import assess_documents
from briefbook.ingest import SourceSpec, load_documents
from briefbook.model import Assessment  # noqa: E402
from briefbook.presentation.briefing import Briefing  # noqa: E402
from briefbook.presentation.changes import _CHANGES_GROUPS, CHANGES_CLAIM_CAP, changes_part  # noqa: E402
from briefbook.presentation.show import render_part_html  # noqa: E402
from briefbook.render.notebook import export_html, html_to_pdf
from briefbook.series import compare_assessments, first_issue_changes

# Two tiny weekly sources written for these tests: the same casualty count revised upwards,
# one judgment dropped, one new judgment and one new claim.
PREVIOUS_TEXT = """Frontline note: Fighting in Kursk

Ukrainian officials said that 200 North Korean soldiers were killed in fighting in the \
Kursk region. North Korean troops are likely to be committed to further assaults in the \
coming weeks. The units fought alongside Russian marines.
"""
CURRENT_TEXT = """Frontline note: Losses mount in Kursk

Ukrainian officials said that 300 North Korean soldiers were killed in fighting in the \
Kursk region. Pyongyang will probably send additional troops to replace its losses. Russia \
launched 40 drones at Kharkiv, officials in Kharkiv said.
"""
DICT_REPR = re.compile(r"\{'|': |\"\w+\": ")


def _assessment(path: Path, text: str, published: str) -> Assessment:
    path.write_text(text, encoding="utf-8")
    documents = load_documents([SourceSpec(str(path), published=published)])
    return assess_documents(documents, schema="conflict", title="Kursk weekly")


@pytest.fixture(scope="module")
def issues(tmp_path_factory) -> tuple[Assessment, Assessment]:
    folder = tmp_path_factory.mktemp("issues")
    previous = _assessment(folder / "previous.txt", PREVIOUS_TEXT, "2024-12-14")
    current = _assessment(folder / "current.txt", CURRENT_TEXT, "2024-12-21")
    return previous, current


def _briefing(current: Assessment, changes: dict[str, Any], series: str = "kursk") -> Any:
    assessment = copy.deepcopy(current)
    assessment.changes = changes
    return Briefing(assessment=assessment, title="Kursk weekly", series=series, date="2024-12-21")


def _html(b: Briefing) -> str:
    return export_html(support.notebook_of(b))


def _text(html: str) -> str:
    """Visible text of ``html`` as read (no space the parser adds before punctuation)."""
    return re.sub(r" ([.,:;)])", r"\1", support.Page(html).text)


def _section(html: str, cls: str) -> str:
    """The HTML of the first ``<section class="part <cls>">`` of the page."""
    m = re.search(rf'<section [^>]*class="part {cls}"[^>]*>.*?</section>', html, re.S)
    assert m, f"no {cls} section"
    return m.group(0)


def _groups(section: str) -> dict[str, str]:
    """Heading of each change group -> its HTML."""
    found = re.findall(
        r'<div class="change-group[^"]*">\s*<h3>(.*?)</h3>(.*?)</div>', section, re.S
    )
    return dict(found)


@pytest.fixture(scope="module")
def compared(issues) -> tuple[dict[str, Any], Briefing, str]:
    previous, current = issues
    changes = compare_assessments(
        previous, current, previous_date="2024-12-14", use_embeddings=False
    )
    b = _briefing(current, changes)
    return changes, b, _html(b)


def test_first_issue_is_one_line(issues):
    _previous, current = issues
    for series, who in (("kursk", "the series kursk"), ("", "this series")):
        html = _html(_briefing(current, first_issue_changes(), series=series))
        section = _section(html, "changes")
        page = support.Page(section)
        expected = f"First issue of {who}: there is no earlier issue to compare with."
        assert page.text == f"Changes since last issue {expected}"
        assert not page.tags("ul") and not page.tags("h3") and not page.tags("a")


def test_no_dict_repr_in_the_changes(compared):
    changes, _b, html = compared
    assert changes["new_sources"] and changes["changed_numbers"]  # the data has dicts to show
    section = _section(html, "changes")
    text = _text(section)
    assert not DICT_REPR.search(text), text
    assert "{&#39;" not in section and "&#39;: " not in section
    for source in changes["new_sources"]:
        assert source["title"] in text and source["published"] in text
        assert source["path"] not in text  # a title and a date, not a file path


def test_summary_counts_the_groups(compared):
    changes, _b, html = compared
    text = _text(_section(html, "changes"))
    n_new, n_dropped = len(changes["new_judgments"]), len(changes["dropped_judgments"])
    assert n_new >= 1 and n_dropped >= 1
    s = "" if n_new == 1 else "s"
    assert f"Compared with the issue of 2024-12-14: {n_new} new key judgment{s}" in text
    assert f", {n_dropped} dropped" in text
    assert ", 1 number changed" in text and ", 1 new source" in text
    assert "moved" not in text  # no judgment moved: neither counted nor shown


def test_changed_number_shows_both_values(compared):
    _changes, _b, html = compared
    group = _groups(_section(html, "changes"))["Numbers that changed"]
    text = _text(group)
    assert "North Korean soldiers killed: 200 \u2192 300." in text
    assert "Previous issue: 200 North Korean soldiers" in text
    assert "Now: 300 North Korean soldiers" in text
    # the earlier figure's id belongs to the previous issue: plain text; the new one links
    previous_part, now_part = group.split("Now:", 1)
    assert "<a " not in previous_part and '<span class="cite-prev">[S1.1]</span>' in previous_part
    assert '<a class="cite" href="#src-S1-1">[S1.1]</a>' in now_part


def test_links_only_to_the_current_appendix(issues):
    previous, current = issues
    changes = compare_assessments(
        previous, current, previous_date="2024-12-14", use_embeddings=False
    )
    # a dropped judgment cites the previous issue's sentences: never links into this issue
    changes["dropped_judgments"][0]["evidence"] = ["S1.2", "S9.9"]
    html = _html(_briefing(current, changes))
    section = _section(html, "changes")
    appendix = support.Page(_section(html, "appendix"))
    targets = appendix.ids()
    known = {s.id for s in current.sentences} | {str(s["id"]) for s in current.sources}
    links = [a["href"] for a in support.Page(section).tags("a")]
    assert links
    for href in links:
        assert href.startswith("#") and href[1:] in targets, href
        assert re.sub(r"^(src|source)-(S\d+)-?(\d*)$", r"\2.\3", href[1:]).rstrip(".") in known
    dropped = _groups(section)["Dropped key judgments"]
    assert "<a " not in dropped
    assert "previous issue [S1.2, S9.9]" in _text(dropped)
    assert "src-S9-9" not in html


def test_empty_groups_are_absent(compared):
    changes, _b, html = compared
    headings = list(_groups(_section(html, "changes")))
    labels = dict(_CHANGES_GROUPS)
    expected = [label for key, label in _CHANGES_GROUPS if changes.get(key)]
    assert headings == expected
    assert labels["moved"] not in headings and not changes["moved"]
    assert "None." not in _section(html, "changes")


def test_moved_judgment_shows_what_moved_and_why(issues):
    previous, current = copy.deepcopy(issues[0]), copy.deepcopy(issues[1])
    (before,) = [k for k in previous.key_judgments if "200 North Korean" in k.text]
    (after,) = [k for k in current.key_judgments if "300 North Korean" in k.text]
    before.likelihood, before.confidence = "likely", "low"
    after.likelihood, after.confidence = "very likely", "moderate"
    changes = compare_assessments(
        previous, current, previous_date="2024-12-14", use_embeddings=False
    )
    assert len(changes["moved"]) == 1
    html = _html(_briefing(current, changes))
    group = _groups(_section(html, "changes"))["Key judgments that moved"]
    text = _text(group)
    assert "Likelihood likely \u2192 very likely; confidence low \u2192 moderate." in text
    assert "New source: Frontline note: Losses mount in Kursk." in text
    assert f"Previously: \u201c{before.text}\u201d" in text
    assert "(very likely)" in text and 'href="#src-S1-1"' in group


def _many(n: int, make: Any) -> list[dict[str, Any]]:
    return [make(i) for i in range(n)]


def test_long_groups_are_capped(issues):
    _previous, current = issues
    changes = {
        "previous_date": "2024-12-14",
        "first_issue": False,
        "new_entities": _many(
            20, lambda i: {"name": f"Entity {i:02d}", "type": "person", "evidence": []}
        ),
        "new_claims": _many(
            13,
            lambda i: {
                "text": f"{i + 1} drones",
                "quantity": i + 1,
                "counts": "drones",
                "event": "launched",
                "evidence": ["S1.3"],
                "source": "Frontline note",
            },
        ),
    }
    html = _html(_briefing(current, changes))
    groups = _groups(_section(html, "changes"))
    entities = _text(groups["New entities"])
    assert entities.startswith("Entity 00 (person), Entity 01 (person),")
    assert "Entity 14 (person), and 5 more." in entities and "Entity 15" not in entities
    claims = groups["New quantitative claims"]
    assert len(support.Page(claims).tags("li")) == CHANGES_CLAIM_CAP
    assert "1 drones launched (Frontline note) [S1.3]" in _text(claims)
    assert _text(claims).endswith("And 3 more.")
    summary = _text(_section(html, "changes"))
    assert "13 new claims, 20 new entities." in summary


def test_source_text_is_escaped(issues):
    _previous, current = issues
    payload = "<script>alert(1)</script> & <b>bold</b> {'id': 1}"
    changes = {
        "previous_date": "2024-12-14<img src=x onerror=alert(1)>",
        "previous_title": payload,
        "first_issue": False,
        "new_judgments": [
            {"text": payload, "likelihood": "<i>sure</i>", "evidence": ["S1.2"], "sources": []}
        ],
        "dropped_judgments": [{"text": payload, "sources": [payload]}],
        "new_sources": [{"id": "S1", "title": payload, "published": payload, "path": "x"}],
        "new_entities": [{"name": payload, "type": payload}],
        "changed_numbers": [
            {
                "event": payload,
                "counts": payload,
                "previous": [{"quantity": payload, "text": payload, "evidence": [payload]}],
                "current": {"quantity": 300, "text": payload, "evidence": [payload]},
            }
        ],
    }
    html = _html(_briefing(current, changes))
    assert support.problems_of(support.Page(html)) == []
    section = support.Page(_section(html, "changes"))
    assert [t for t, _ in section.elements if t in {"script", "b", "i", "img"}] == []
    assert payload in section.text and "(<i>sure</i>)" in section.text
    assert "2024-12-14<img src=x onerror=alert(1)>" in section.text


def test_unknown_keys_render_as_text(issues):
    _previous, current = issues
    changes = {
        "previous_date": "2024-12-14",
        "revised": [
            {"text": "A revised statement.", "evidence": ["S1.2"]},
            {"source": {"title": "A nested title", "path": "n.txt"}, "reason": "re-dated"},
            "A plain line.",
        ],
    }
    section = _section(_html(_briefing(current, changes)), "changes")
    text = _text(section)
    assert "Revised" in text and "A revised statement. [S1.2]" in text
    assert "source: A nested title; reason: re-dated" in text and "A plain line." in text
    assert not DICT_REPR.search(text)
    assert "1 other change" not in text and "3 other changes" in text


def test_changes_part_is_deterministic(compared):
    _changes, b, _html_text = compared
    assert changes_part(b) == changes_part(copy.deepcopy(b))
    assert render_part_html(changes_part(b)) == render_part_html(changes_part(b))


def test_pdf_shows_the_same_changes(compared):
    import pypdf

    _changes, b, _html_text = compared
    pdf = html_to_pdf(export_html(support.notebook_of(b), for_pdf=True))
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    text = " ".join(page.extract_text() for page in reader.pages)
    flat = support.squash(text)
    assert "Changessince2024-12-14" in flat
    assert "NorthKoreansoldierskilled:200\u2192300." in flat
    assert not DICT_REPR.search(text)
