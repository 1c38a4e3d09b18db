"""Ingest: txt, md, html, pdf, docx to Documents with headings and sentence ids."""

from __future__ import annotations

import hashlib
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from briefbook.errors import SourceError
from briefbook.evaluation.extraction import main_text
from briefbook.ingest import (
    SourceSpec,
    detect_language,
    expand_sources,
    load_documents,
    read_document,
)
from builders import FIXTURES as TEST_FIXTURES
from builders import ROOT, SHARED

EXAMPLES = ROOT / "sources" / "examples"
FIXTURES = TEST_FIXTURES / "ingest"

ASSESSMENT = EXAMPLES / "dprk-troops-assessment.txt"
TREASURY = EXAMPLES / "treasury-dprk-troops-russia-sanctions-2024-12.txt"


def _texts(doc) -> list[str]:
    return [s.text for s in doc.sentences]


# --- the example sources ------------------------------------------------------------


def test_reference_assessment_headings_and_sentences() -> None:
    (doc,) = load_documents([ASSESSMENT])
    headings = [h.text for h in doc.headings]
    assert headings == [
        "The North Korean Factor: Desperation or Strategic Experiment?",
        "Implications for the Battlefield",
        "Broader Geopolitical Consequences",
        "Zelenskyy's Warning and the Path Ahead",
        "Conclusion: A Risky Gamble with Limited Returns",
    ]
    assert all(h not in _texts(doc) for h in headings), "headings are not sentences"
    assert 20 <= len(doc.sentences) <= 35
    first = doc.sentences[0]
    assert first.id == "S1.1" and first.heading is None and first.paragraph == 0
    later = next(s for s in doc.sentences if s.text.startswith("The deployment of North Korean"))
    assert later.heading == "Implications for the Battlefield"
    assert [s.id for s in doc.sentences] == [f"S1.{k}" for k in range(1, len(doc.sentences) + 1)]
    assert doc.language == "en" and not doc.warnings


def test_treasury_release_title_headings_and_markdown() -> None:
    (doc,) = load_documents([TREASURY])
    assert doc.title.startswith("Treasury Sanctions Key Facilitators")
    assert doc.title not in _texts(doc)
    assert [h.text for h in doc.headings][:2] == ["FINANCIAL FACILITATORS", "MILITARY SUPPORT"]
    texts = _texts(doc)
    assert not any("**" in t or "](" in t or "https://" in t for t in texts)
    assert not any(t.lower().startswith("click here") for t in texts)
    assert any(t.startswith("Ri Chang Ho (Ri) is the head of") for t in texts)
    assert any("pursuant to Executive Order (E.O.) 13810 for operating" in t for t in texts)
    assert 50 <= len(texts) <= 90
    assert doc.sha256 == hashlib.sha256(TREASURY.read_bytes()).hexdigest()


def test_ids_in_order_given_and_deterministic() -> None:
    docs = load_documents([TREASURY, ASSESSMENT])
    again = load_documents([TREASURY, ASSESSMENT])
    assert [d.id for d in docs] == ["S1", "S2"]
    assert docs[1].sentences[0].id == "S2.1"
    assert [s.text for d in docs for s in d.sentences] == [
        s.text for d in again for s in d.sentences
    ]


def test_spec_fields_and_relative_path(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(
        "Headline here\n\nFirst sentence of the body. Second one.\n", encoding="utf-8"
    )
    spec = SourceSpec("a.txt", label="wire", reliability="B", credibility=2, published="5 May 2024")
    (doc,) = load_documents([spec], base=tmp_path)
    assert doc.path == "a.txt"
    assert (doc.label, doc.reliability, doc.credibility) == ("wire", "B", 2)
    assert doc.published == "2024-05-05" and doc.date_origin == "params"
    assert doc.title == "Headline here"


# --- plain text ------------------------------------------------------------------------


def test_txt_dateline_byline_and_wrapped_lines(tmp_path: Path) -> None:
    path = tmp_path / "statement.txt"
    path.write_text(
        "Statement on the overnight attacks\n\n"
        "Date: December 25, 2024\n\n"
        "By Sam Writer\n\n"
        "In the early hours of the holiday, waves of missiles and drones struck\n"
        "cities and energy infrastructure across the country. The purpose of\n"
        "this attack was to cut off heat and electricity during the winter and\n"
        "to damage the grid.\n\n"
        "###\n",
        encoding="utf-8",
    )
    (doc,) = load_documents([path])
    assert doc.title == "Statement on the overnight attacks"
    assert doc.published == "2024-12-25" and doc.date_origin == "dateline"
    assert doc.author == "Sam Writer"
    assert len(doc.paragraphs) == 1
    assert _texts(doc)[0].startswith("In the early hours of the holiday, waves of missiles and")
    assert (
        _texts(doc)[-1] == "The purpose of this attack was to cut off heat and electricity "
        "during the winter and to damage the grid."
    )


def test_front_matter_title_wins_over_the_first_heading(tmp_path: Path) -> None:
    path = tmp_path / "brief.md"
    path.write_text(
        "---\ntitle: Ostland river crossings\ndate: 2024-11-02\n---\n\n"
        "# Summary of the week\n\n"
        "Engineers rebuilt two pontoon bridges near Vendra on Tuesday.\n",
        encoding="utf-8",
    )
    (doc,) = load_documents([path])
    assert doc.title == "Ostland river crossings"
    assert "Summary of the week" in [h.text for h in doc.headings]
    # without a declared title, the first heading still is the title
    path.write_text(
        "---\ndate: 2024-11-02\n---\n\n# Summary of the week\n\n"
        "Engineers rebuilt two pontoon bridges near Vendra on Tuesday.\n",
        encoding="utf-8",
    )
    (doc,) = load_documents([path])
    assert doc.title == "Summary of the week"
    assert "Summary of the week" not in [h.text for h in doc.headings]
    # a first heading that repeats the declared title is the title, not a heading
    path.write_text(
        "---\ntitle: Ostland river crossings\n---\n\n# Ostland: river crossings\n\n"
        "Engineers rebuilt two pontoon bridges near Vendra on Tuesday.\n",
        encoding="utf-8",
    )
    (doc,) = load_documents([path])
    assert doc.title == "Ostland river crossings" and not doc.headings


def test_title_falls_back_to_file_stem(tmp_path: Path) -> None:
    path = tmp_path / "field_report-north.txt"
    path.write_text("The patrol returned at dawn. Nobody was hurt.\n", encoding="utf-8")
    (doc,) = load_documents([path])
    assert doc.title == "Field report north"
    assert _texts(doc) == ["The patrol returned at dawn.", "Nobody was hurt."]


@pytest.mark.parametrize(
    ("first", "is_title"),
    [
        ("Gunmen kill 12 in raid on Dorvan villages", True),
        ("Can the Kestan ceasefire hold?", True),
        ("Talks on the border resume in the U.S.", True),
        ("At least 12 people were killed in Varna District on Sunday, police said.", False),
        ("Ostburg: Rebels on Monday ambushed a patrol near Kelm, leaving two dead.", False),
        ('Twelve died in the raid, the governor said, calling it "a massacre."', False),
    ],
)
def test_a_first_line_that_ends_as_a_sentence_is_the_lede_not_the_title(
    tmp_path: Path, first: str, is_title: bool
) -> None:
    path = tmp_path / "wire_report.txt"
    path.write_text(f"{first}\n\nThe attack began at dawn.\n", encoding="utf-8")
    (doc,) = load_documents([path])
    assert (doc.title == first) is is_title
    assert (_texts(doc)[0] == "The attack began at dawn.") is is_title
    if not is_title:
        assert doc.title == "Wire report"


def test_boilerplate_never_reaches_sentences(tmp_path: Path) -> None:
    path = tmp_path / "web.txt"
    path.write_text(
        "Ceasefire talks resume\n\n"
        "Negotiators met again on Monday, officials said.\n\n"
        "Share this article\n\nFollow us on Facebook\n\nAdvertisement\n\n"
        "Sign up for our newsletter\n\nRelated articles\n\n"
        "We use cookies to improve your experience. Accept cookies.\n\n"
        "Click here for more information.\n\n"
        "The next round is planned for March, according to the mediators.\n",
        encoding="utf-8",
    )
    (doc,) = load_documents([path])
    assert _texts(doc) == [
        "Negotiators met again on Monday, officials said.",
        "The next round is planned for March, according to the mediators.",
    ]


def test_markup_in_source_text_is_kept_literally(tmp_path: Path) -> None:
    path = tmp_path / "odd.txt"
    path.write_text(
        "The post contained <script>alert(1)</script> and {{ name }} as text. It was removed.\n",
        encoding="utf-8",
    )
    (doc,) = load_documents([path])
    assert "<script>alert(1)</script>" in doc.sentences[0].text
    assert "{{ name }}" in doc.sentences[0].text


# --- encodings -----------------------------------------------------------------------

CAFE = "The café in Zürich reported that Müller's delegation arrived late. It left at noon.\n"


@pytest.mark.parametrize(
    ("encoding", "warned"),
    [
        ("utf-8", False),
        ("utf-8-sig", False),
        ("utf-16", False),
        ("cp1252", True),
        ("latin-1", True),
    ],
)
def test_encodings_are_read(tmp_path: Path, encoding: str, warned: bool) -> None:
    path = tmp_path / f"enc-{encoding}.txt"
    path.write_bytes(CAFE.encode(encoding))
    (doc,) = load_documents([path])
    assert doc.sentences[0].text.startswith("The café in Zürich reported that Müller's")
    assert bool(doc.warnings) == warned
    if warned:
        # plain: the CLI and the run prefix the source id and path themselves
        assert doc.warnings == ["not valid UTF-8; read as Windows-1252 (cp1252)"]


def test_cp1252_smart_quotes(tmp_path: Path) -> None:
    path = tmp_path / "quotes.txt"
    path.write_bytes(
        "\u201cWe will not accept this,\u201d he said \u2014 firmly.\n".encode("cp1252")
    )
    (doc,) = load_documents([path])
    assert doc.sentences[0].text == '"We will not accept this," he said \u2014 firmly.'


def test_invisible_and_control_characters_removed(tmp_path: Path) -> None:
    path = tmp_path / "zw.txt"
    path.write_text(
        "Kyi\u200bv said the\u00a0strike hit a depot.\x07 Fi\ufb01ne.\n", encoding="utf-8"
    )
    (doc,) = load_documents([path])
    assert _texts(doc) == ["Kyiv said the strike hit a depot.", "Fifine."]


def test_non_english_source_warns_and_continues(tmp_path: Path) -> None:
    path = tmp_path / "fr.txt"
    path.write_text(
        "Le ministre a déclaré que les troupes sont arrivées dans la région pendant la nuit. "
        "Les autorités ont confirmé que la situation est calme et que les routes sont ouvertes "
        "pour les convois de la Croix-Rouge.\n",
        encoding="utf-8",
    )
    (doc,) = load_documents([path])
    assert doc.sentences
    assert doc.language == "fr"
    assert doc.warnings == [
        "looks like it is not English (detected: French (fr)); the engine is tuned for English"
    ]


def test_detect_language_english() -> None:
    assert detect_language(ASSESSMENT.read_text(encoding="utf-8")) == ("en", None)


# --- markdown, html, docx, pdf --------------------------------------------------------


def test_markdown_structure() -> None:
    (doc,) = load_documents([FIXTURES / "briefing.md"])
    assert doc.title == "Southern Supply Routes (front matter wins over the H1)"
    assert doc.author == "Alex Analyst"
    assert doc.published == "2024-05-02"
    assert [(h.text, h.level) for h in doc.headings] == [
        ("Supply Routes Under Pressure", 1),
        ("Key Takeaways", 2),
        ("Assessment", 2),
    ]
    texts = _texts(doc)
    assert "Pull quotes are quoted text and read as text." in texts
    assert "Convoys on the southern route were attacked three times last week." in texts
    assert "The ministry said repairs would take several days." in texts
    assert "Officials in Washington, D.C. said the U.S. would send engineers." in texts
    assert "They will stay for two weeks, according to the E.O. 14024 annex." in texts
    assert not any("map" in t.lower() or "share" in t.lower() for t in texts)
    takeaway = next(s for s in doc.sentences if s.text.startswith("Convoys"))
    assert takeaway.heading == "Key Takeaways"


def test_html_article() -> None:
    (doc,) = load_documents([FIXTURES / "article.html"])
    assert doc.format == "html"
    assert doc.title == "Border crossing reopens after talks"
    assert doc.published == "2024-03-05" and doc.date_origin == "metadata"
    assert doc.author == "Jane Doe"
    assert [h.text for h in doc.headings] == ["Questions about inspections", "What comes next"]
    text = main_text(doc).lower()
    for chrome in (
        "cookie",
        "share this",
        "advertisement",
        "newsletter",
        "related",
        "rights",
        "datalayer",
        "display: none",
        "home world",
    ):
        assert chrome not in text
    assert doc.sentences[0].text.startswith("The northern border crossing reopened on Tuesday")
    literal = next(s.text for s in doc.sentences if "template tag" in s.text)
    assert "{{ user.name }}" in literal and "<script>alert(1)</script>" in literal


def test_docx_headings_and_metadata(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.core_properties.author = "Desk Officer"
    document.add_heading("Weekly Situation Report", level=0)
    document.add_paragraph("Fighting continued near the river, officials said. Two bridges fell.")
    document.add_heading("Outlook", level=1)
    document.add_paragraph("Further strikes are likely in the coming week.")
    path = tmp_path / "sitrep.docx"
    document.save(path)
    (doc,) = load_documents([path])
    assert doc.title == "Weekly Situation Report"
    assert doc.author == "Desk Officer"
    assert [(h.text, h.level, h.paragraph) for h in doc.headings] == [("Outlook", 1, 1)]
    assert _texts(doc) == [
        "Fighting continued near the river, officials said.",
        "Two bridges fell.",
        "Further strikes are likely in the coming week.",
    ]
    assert doc.sentences[-1].heading == "Outlook"


# --- expanding folders and globs ------------------------------------------------------


def test_folder_and_glob_expand_sorted(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    for name in ("b.txt", "a.md", "sub/c.txt", "skip.csv", ".hidden.txt"):
        (tmp_path / name).write_text("# T\n\nA sentence here. Another one.\n", encoding="utf-8")
    pairs = expand_sources([tmp_path])
    assert [p.relative_to(tmp_path).as_posix() for p, _ in pairs] == ["a.md", "b.txt", "sub/c.txt"]
    rel = expand_sources(["*.txt"], base=tmp_path)
    assert [spec.path for _, spec in rel] == ["b.txt"]
    docs = load_documents(["sub", "*.md"], base=tmp_path)
    assert [d.path for d in docs] == ["sub/c.txt", "a.md"]
    assert [d.id for d in docs] == ["S1", "S2"]


def test_entry_naming_a_file_keeps_its_grade_after_a_folder(tmp_path: Path) -> None:
    """A folder listed first, then one of its files with a grade and label: the file keeps
    its place from the folder and the settings of the entry that names it."""
    from briefbook.ingest import IngestNotes

    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        (inbox / name).write_text("A sentence here. Another one.\n", encoding="utf-8")
    graded = SourceSpec(path="inbox/b.txt", label="Wire copy", reliability="A", credibility=2)
    notes = IngestNotes()
    pairs = expand_sources(["inbox", graded, "inbox/*.txt"], base=tmp_path, notes=notes)
    specs = [spec for _, spec in pairs]
    assert [s.path for s in specs] == ["inbox/a.txt", "inbox/b.txt", "inbox/c.txt"]
    assert (specs[1].label, specs[1].reliability, specs[1].credibility) == ("Wire copy", "A", 2)
    assert specs[0].reliability is None and not notes.warnings
    # the same file named twice with different grades: the first entry wins, warned
    other = SourceSpec(path="inbox/b.txt", reliability="C", credibility=3)
    pairs = expand_sources([graded, other], base=tmp_path, notes=notes)
    assert [spec.reliability for _, spec in pairs] == ["A"]
    assert any("listed twice" in w for w in notes.warnings)


def test_read_document_directly() -> None:
    doc = read_document(ASSESSMENT, "S7")
    assert doc.id == "S7" and doc.sentences[0].id == "S7.1"
    with pytest.raises(SourceError):
        read_document(ASSESSMENT.parent, "S1")


# --- the shared corpus ---------------------------------------------------------------


@pytest.mark.corpus
def test_every_corpus_file_ingests() -> None:
    corpus = SHARED / "corpus"
    if not corpus.is_dir():
        pytest.skip("../shared/corpus beside the checkout is absent")
    files = sorted(p for p in corpus.rglob("*") if p.suffix in {".txt", ".md", ".html"})
    docs = load_documents(files)
    assert len(docs) == len(files)
    for doc in docs:
        assert doc.title and doc.sentences, doc.path
        assert doc.words > 50, doc.path
        assert not any(s.text.strip() == "" for s in doc.sentences)


# --- arbitrary input -----------------------------------------------------------------

_ALPHABET = st.characters(blacklist_categories=("Cs",))


@settings(max_examples=200, deadline=None)
@given(
    text=st.text(alphabet=_ALPHABET, min_size=1, max_size=300),
    suffix=st.sampled_from([".txt", ".md", ".html"]),
)
def test_arbitrary_text_loads_or_raises_source_error(text: str, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"fuzz{suffix}"
        path.write_text(text, encoding="utf-8")
        try:
            (doc,) = load_documents([path])
        except SourceError as err:
            assert err.path and err.hint
            return
    assert [s.id for s in doc.sentences] == [f"S1.{k}" for k in range(1, len(doc.sentences) + 1)]
    assert all(s.text.strip() for s in doc.sentences)
    assert all(0 <= s.paragraph < len(doc.paragraphs) for s in doc.sentences)
    assert doc.title


def test_name_and_title_lines_are_bylines_not_headings(tmp_path: Path) -> None:
    path = tmp_path / "note.md"
    path.write_text(
        "# Two Years of the Price Cap\n\n"
        "*Jane Q. Doe*, Assistant Secretary for Economic Policy (P.D.O.)\n\n"
        "*Omar Van Dijk*, Deputy Director for Markets (Acting)\n\n"
        "The cap has cut export revenue while keeping oil flowing to world markets, and "
        "the discount on crude widened through the year.\n\n"
        "Market Outlook\n\n"
        "Traders expect the discount to persist while enforcement continues at its present "
        "pace, according to the department.\n",
        encoding="utf-8",
    )
    (doc,) = load_documents([path])
    assert doc.author == "Jane Q. Doe, Omar Van Dijk"
    assert [h.text for h in doc.headings] == ["Market Outlook"]
    assert doc.sentences[0].text.startswith("The cap has cut export revenue")


def test_lower_case_sentence_start_after_a_period_is_split(tmp_path: Path) -> None:
    path = tmp_path / "wire.txt"
    path.write_text(
        "The air force shot down five jets, including three fighter aircraft. he said at "
        "least 31 people had been killed in the strikes.\n",
        encoding="utf-8",
    )
    (doc,) = load_documents([path])
    assert _texts(doc) == [
        "The air force shot down five jets, including three fighter aircraft.",
        "he said at least 31 people had been killed in the strikes.",
    ]


def test_a_structural_label_opening_a_paragraph_is_a_heading(tmp_path: Path) -> None:
    path = tmp_path / "brief.txt"
    path.write_text(
        "Port blockade tightens\n\n"
        "Description: Militants have cut the two roads into Korval since March.\n\n"
        "Impact: The blockade raises fuel prices and weakens the council's hold on the city.\n\n"
        "Kallas: We will reopen the roads within a week.\n\n"
        "Note: Figures for March are provisional.\n",
        encoding="utf-8",
    )
    doc = load_documents([path])[0]
    assert [h.text for h in doc.headings] == ["Description", "Impact"]
    texts = [s.text for s in doc.sentences]
    assert texts[0] == "Militants have cut the two roads into Korval since March."
    assert texts[1].startswith("The blockade raises fuel prices")
    assert "Kallas: We will reopen the roads within a week." in texts  # a speaker stays
    assert "Note: Figures for March are provisional." in texts


@pytest.mark.parametrize("bullet", ["\u25cf", "\u2022", "-", "*"])
def test_the_last_item_of_a_spaced_bullet_list_is_no_heading(tmp_path: Path, bullet: str) -> None:
    # items separated by blank lines: the last stands before a long paragraph, as a heading
    # would, but it is a list item and its name must stay a sentence
    path = tmp_path / "designations.txt"
    path.write_text(
        "Designations of the week\n\n"
        "The ministry named the following officials of the Varnok network on Monday.\n\n"
        f"{bullet} Tamar Oselidze\n\n{bullet} Ruslan Kerimbekov\n\n"
        "The measures freeze every asset these officials hold abroad, the ministry said in a "
        "statement issued late on Monday evening.\n\n"
        "2. Background\n\n"
        "The network moved fuel across the northern border for two years before the measures.\n",
        encoding="utf-8",
    )
    (doc,) = load_documents([path])
    assert [h.text for h in doc.headings] == ["Background"]  # a numbered heading stays one
    texts = [s.text for s in doc.sentences]
    assert "Tamar Oselidze" in texts and "Ruslan Kerimbekov" in texts


def _opened_with(tmp_path: Path, line: str):
    """The document of a text source: a title, ``line`` as its first paragraph, a sentence."""
    path = tmp_path / "notice.txt"
    path.write_text(
        f"Notice to mariners\n\n{line}\n\n"
        "Vessels waiting at the outer anchorage must report their position every six hours.\n",
        encoding="utf-8",
    )
    (doc,) = load_documents([path])
    return doc


@pytest.mark.parametrize(
    "opening",
    [
        "By order of the Harlow Port Authority, all ferries stay in port.",
        "By Order of the Provincial Council",
        "BY ORDER OF THE MILITARY GOVERNOR",
        "By decree of the interim council, the curfew is lifted.",
        "By Royal Decree, the border posts reopen at dawn.",
        "By authority of the district court, the depot is sealed.",
        "By Tuesday, the second convoy had reached Harlow.",
        "By comparison, the northern districts stayed calm.",
        "By order of the Council, 7 January 2025",
        "BY DECREE OF THE HIGH COUNCIL",
        "By Executive Order 14, the depot is sealed.",
        "By Contrast, the southern districts stayed calm.",
        "By the time the convoy arrived, the depot was empty.",
        "By January, the ferries had stopped.",
        # a capitalised time word or noun opening a sentence, with or without a comma
        "By Nightfall, the militia had crossed the river.",
        "By Daybreak the bridge was down.",
        "By Dusk, patrols were back at the harbour.",
        "By Then, the ferries had turned back.",
    ],
)
def test_an_opening_by_that_names_no_one_is_text_not_a_byline(tmp_path: Path, opening: str) -> None:
    # an order's or a sentence's opening "By ...": only "By <names>" is a byline
    doc = _opened_with(tmp_path, opening)
    assert doc.author is None
    # kept: as the first sentence, or as a heading when it has no closing stop
    kept = [*_texts(doc), *(h.text for h in doc.headings)]
    assert any(text.startswith(opening) for text in kept), kept


@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("By Ana Sol and Kim Lee", "Ana Sol and Kim Lee"),
        ("By SAM WRITER", "SAM WRITER"),
        ("by Omar van Dijk, Reuters", "Omar van Dijk, Reuters"),
        ("By Seán O'Neill-Ruiz", "Seán O'Neill-Ruiz"),
        ("By J. Q. Ortega | Staff Writer", "J. Q. Ortega | Staff Writer"),
        # a name, then whatever follows it: a place, an outlet, a partner, an agency, a date
        ("By Ana Sol in Dravno", "Ana Sol in Dravno"),
        ("By Lena Varga in Harlow", "Lena Varga in Harlow"),
        ("By Ana Sol for the Vendra Times", "Ana Sol for the Vendra Times"),
        ("By Piet Moor for the Harlow Courier", "Piet Moor for the Harlow Courier"),
        ("By the Associated Press", "the Associated Press"),
        ("By the Harlow Courier", "the Harlow Courier"),
        ("By Ana Sol with Kim Lee", "Ana Sol with Kim Lee"),
        ("By Omar al-Rashid and Ali bin Said", "Omar al-Rashid and Ali bin Said"),
        ("By al-Hassan Idris", "al-Hassan Idris"),
        ("By Ana Sol (Reuters)", "Ana Sol (Reuters)"),
        ("By Ana Sol 7 January 2025", "Ana Sol 7 January 2025"),
        ("By Ana Sol · 5 min read", "Ana Sol · 5 min read"),
        ("By Ana Sol. Updated 7 January 2025", "Ana Sol. Updated 7 January 2025"),
        ("By Contrast Media staff", "Contrast Media staff"),
        ("By Order Harbour News desk", "Order Harbour News desk"),
        ("By May Okafor", "May Okafor"),
        # a name with an outlet or a title after a comma is still a byline
        ("By Ana Sol, Harlow Courier", "Ana Sol, Harlow Courier"),
        ("By Ana Sol, staff writer", "Ana Sol, staff writer"),
        ("By Reuters", "Reuters"),
    ],
)
def test_a_byline_of_names_is_still_the_author(tmp_path: Path, line: str, author: str) -> None:
    doc = _opened_with(tmp_path, line)
    assert doc.author == author
    assert _texts(doc)[0].startswith("Vessels waiting")
