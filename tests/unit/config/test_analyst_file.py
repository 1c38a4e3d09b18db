"""The analyst file and the params keys a newcomer misspells: shape errors name the key."""

from __future__ import annotations

from pathlib import Path

import pytest

from briefbook.config.analyst import load_analyst_file
from briefbook.config.params import validate_params
from briefbook.errors import ParamsError, SourceError

GOOD = """\
judgments:
  - id: troops
    text: More than 11,000 troops crossed.
    cite: [a0123456789, S1.2]
    likelihood: likely
  - text: The council met.
    cite: a9876543210
    confidence: high
    section: outlook
exclude: [a1111111111]
move:
  - {sentence: a2222222222, section: conclusion}
pin: [S2.1]
grade:
  - {source: sources/a.txt, grade: B2}
  - {publisher: Example Agency, reliability: A, credibility: 2}
"""


def write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "series.analyst.yaml"
    path.write_text(text)
    return path


def test_a_good_file_is_read(tmp_path):
    a = load_analyst_file(write(tmp_path, GOOD))
    assert [j.name for j in a.judgments] == ["troops", "judgment 2"]
    assert a.judgments[0].section == "key_judgments"
    assert a.judgments[1].cite == ("a9876543210",)
    assert a.move == (("a2222222222", "conclusion"),)
    assert [(g.reliability, g.credibility) for g in a.grade] == [("B", 2), ("A", 2)]
    refs = [r for r, _ in a.references()]
    assert refs == ["a0123456789", "S1.2", "a9876543210", "a1111111111", "S2.1", "a2222222222"]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("judgements: []\n", ["'judgements'", "did you mean 'judgments'"]),
        ("judgments:\n  - {text: x, cite: [a1], likelihood: probable}\n", ["ICD 203"]),
        (
            "judgments:\n  - {text: x, cite: [a1], likelihood: likely, confidence: high}\n",
            ["both a likelihood and a confidence"],
        ),
        ("judgments:\n  - {text: x}\n", ["needs 'cite'"]),
        ("judgments:\n  - {text: x, cite: [a1], cites: [a2]}\n", ["did you mean 'cite'"]),
        (
            "grade:\n  - {source: a.txt, reliability: B2}\n",
            ["grade: B2", "reliability: B and credibility: 2"],
        ),
        ("grade:\n  - {source: a.txt, grade: Z9}\n", ["such as B2"]),
        ("grade:\n  - {grade: B2}\n", ["exactly one of 'source' or 'publisher'"]),
        ("move:\n  - {sentence: a1}\n", ["section"]),
        ("- just a list\n", ["must be a mapping"]),
    ],
)
def test_bad_files_name_what_is_wrong(tmp_path, text, words):
    with pytest.raises(ParamsError) as info:
        load_analyst_file(write(tmp_path, text))
    line = info.value.line()
    assert "\n" not in line
    for word in words:
        assert word in line


def test_missing_file_is_named(tmp_path):
    with pytest.raises(ParamsError, match="analyst file .* not found"):
        load_analyst_file(tmp_path / "none.yaml")


def params(**extra):
    return {"title": "T", "sources": ["a.txt"], **extra}


def test_misspelt_params_key_gets_did_you_mean(tmp_path):
    with pytest.raises(ParamsError) as info:
        validate_params(params(sorces=["b.txt"]), base=tmp_path)
    assert "did you mean 'sources'" in info.value.line()
    with pytest.raises(ParamsError) as info:
        validate_params(params(sources=[{"path": "a.txt", "lable": "x"}]), base=tmp_path)
    assert "did you mean 'label'" in info.value.line()


def test_source_grade_written_the_usual_way(tmp_path):
    p = validate_params(params(sources=[{"path": "a.txt", "grade": "B2"}]), base=tmp_path)
    assert (p.sources[0].reliability, p.sources[0].credibility) == ("B", 2)
    with pytest.raises(ParamsError) as info:
        validate_params(params(sources=[{"path": "a.txt", "reliability": "B2"}]), base=tmp_path)
    assert "grade: B2" in info.value.line()


def test_docx_is_a_format_and_analyst_file_a_key(tmp_path):
    p = validate_params(params(formats=["html", "docx"], analyst_file="x.yaml"), base=tmp_path)
    assert p.formats == ["html", "docx"] and p.analyst_file == "x.yaml"
    assert validate_params(params(), base=tmp_path).formats == ["html", "pdf"]


def test_every_missing_source_is_reported_at_once(tmp_path):
    from briefbook.ingest import expand_sources

    (tmp_path / "here.txt").write_text("A sentence of text.")
    with pytest.raises(SourceError) as info:
        expand_sources(["missing-1.txt", "here.txt", "missing-2.txt"], base=tmp_path)
    line = info.value.line()
    assert "2 sources not found" in line
    assert "missing-1.txt" in line and "missing-2.txt" in line
