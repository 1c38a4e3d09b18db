"""An HTML page is read without trafilatura's extensive date search (round robust19: on a page
with date-like text it ran dateparser over every locale, some 3 s of CPU a page, for a date
the engine never uses: a page's date comes from its reliable metadata only)."""

from pathlib import Path

import dateparser.date

from briefbook.ingest import load_documents

META = '<meta property="article:published_time" content="2024-03-05T10:00:00Z">'
PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>Ostvik update</title>
<meta property="article:published_time" content="2024-03-05T10:00:00Z"></head><body>
<nav><a href="/">Home</a> | <a href="/world">World</a></nav><article><h1>Ostvik update</h1>
<p>The Velan militia shelled the Ostvik market on Tuesday, killing 12 people, the regional
governor said.</p>
<p>Aid convoys reached the town two days after the road reopened.</p>
</article><footer>© 2024 Example Wire. <script>var x=1;</script></footer></body></html>"""


def test_html_page_is_read_without_dateparser(tmp_path: Path, monkeypatch) -> None:
    def refuse(*args, **kwargs):
        raise AssertionError("dateparser's locale search ran on an HTML page")

    monkeypatch.setattr(dateparser.date.DateDataParser, "get_date_data", refuse)
    page = tmp_path / "ostvik.html"
    # no date in the metadata: the extensive search would look for one in the text
    page.write_text(PAGE.replace(META, ""), encoding="utf-8")
    (doc,) = load_documents([page])
    assert "killing 12 people" in " ".join(s.text for s in doc.sentences)


def test_near_miss_metadata_date_is_still_read(tmp_path: Path) -> None:
    page = tmp_path / "ostvik.html"
    page.write_text(PAGE, encoding="utf-8")
    (doc,) = load_documents([page])
    assert doc.published == "2024-03-05"
