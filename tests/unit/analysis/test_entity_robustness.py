"""No text ends the entity finder: generated text rich in parentheses, acronyms, quotes,
dashes and non-Latin names, every file of the shared corpus, and one failing analyser."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from briefbook.analysis import pipeline
from briefbook.analysis.entities import find_entities
from briefbook.analysis.pipeline import analyse
from briefbook.ingest import load_documents
from briefbook.model import ENTITY_TYPES, Document, Sentence

_PIECES = [
    "the",
    "of",
    "in",
    "for",
    "and",
    "said",
    "said.",
    "'s",
    ",",
    ".",
    ";",
    ":",
    "—",
    "–",
    "-",
    "(",
    ")",
    "(UN)",
    "(UNMISS)",
    "(ALPS)",
    "(GRU)",
    "(E.O.)",
    "(Ri)",
    "(",
    "((",
    "))",
    '"',
    "'",
    "“",
    "”",
    "«",
    "»",
    "UN",
    "Mission",
    "South",
    "Sudan",
    "Sudanese",
    "army",
    "Armed",
    "Forces",
    "Alliance",
    "Peace",
    "Russia's",
    "Main",
    "Intelligence",
    "Directorate",
    "GUR",
    "HUR",
    "IRGC",
    "3rd",
    "27th",
    "Motorized",
    "Rifle",
    "Division",
    "al-Burhan",
    "bin",
    "de",
    "van",
    "Abdel",
    "Fattah",
    "Omar",
    "President",
    "chief",
    "spokesman",
    "Photo:",
    "AFP",
    "Getty",
    "Images",
    "/",
    "Владимир",
    "Путин",
    "محمد",
    "عبد",
    "金正恩",
    "Zaporizhzhia",
    "region",
    "oblast",
    "village",
    "Natanz",
    "Fordo",
    "El",
    "Fasher",
    "Kursk",
    "Office",
    "39",
    "LLC",
    "JSC",
    "Co.,",
    "Ltd.",
    "U.S.",
    "-based",
    "Kim",
    "Jong",
    "Un",
    "is",
    "a",
    "senior",
    "fellow",
    "at",
    "X",
    "A.",
    "Q&A",
    "#",
    "*",
    "**",
    "__",
    "[link](http://x.y/z)",
    "\u00ad",
    "Red",
    "Sea",
    "(RS)",
    "Persian",
    "Gulf",
    "(PG)",
    "Donetsk",
    "Oblast",
    "(DO)",
    "Hay\u00b4at",
    "Hay\u02bcat",
    "Tahrir",
    "al-Sham",
]


def _documents(sentences: list[str]) -> list[Document]:
    doc = Document(id="S1", title="t", path="t.txt", sha256="0", format="txt")
    doc.paragraphs = [" ".join(sentences)]
    doc.sentences = [
        Sentence(id=f"S1.{k}", source="S1", text=text) for k, text in enumerate(sentences, 1)
    ]
    return [doc]


_SENTENCE = st.lists(st.sampled_from(_PIECES), min_size=1, max_size=30).map(" ".join)
_TEXT = st.text(
    alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=120
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(_SENTENCE, _TEXT), min_size=1, max_size=6))
def test_entity_finder_never_raises(sentences: list[str]) -> None:
    docs = _documents(sentences)
    ids = {s.id for s in docs[0].sentences}
    for entity in find_entities(docs):  # strict: no error handler, so a bug raises here
        assert entity.type in ENTITY_TYPES
        assert entity.name.strip()
        assert entity.evidence and set(entity.evidence) <= ids


@pytest.mark.corpus
def test_every_corpus_file_is_analysed_without_warnings(shared_dir: Path) -> None:
    corpus = shared_dir / "corpus"
    files = [
        p
        for p in sorted(corpus.rglob("*"))
        if p.suffix in {".txt", ".md", ".html"} and "labels" not in p.parts
        if p.name not in {"SOURCES.md"}
    ]
    assert files
    for path in files:
        analysis = analyse(load_documents([path]))
        assert analysis.warnings == [], (path.name, analysis.warnings)


def test_a_failing_analyser_is_a_warning_naming_the_sentence(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "note.txt"
    path.write_text(
        "Note\n\nThe talks opened in Geneva. The poison sentence mentions Natanz. "
        "Envoys met again on Friday.\n",
        encoding="utf-8",
    )
    docs = load_documents([path])
    real = pipeline.find_hedges

    def flaky(text: str) -> list[str]:
        if "poison" in text:
            raise KeyError("country:Sudan")
        return real(text)

    monkeypatch.setattr(pipeline, "find_hedges", flaky)
    analysis = analyse(docs)
    assert len(analysis.warnings) == 1
    assert "S1.2" in analysis.warnings[0] and "KeyError" in analysis.warnings[0]
    assert analysis.warnings[0] in docs[0].warnings
    assert set(analysis.facts) == {"S1.1", "S1.2", "S1.3"}
    assert "Natanz" in {e.name for e in analysis.entities}


def test_a_failing_entity_sentence_is_skipped_with_a_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from briefbook.analysis import entities

    path = tmp_path / "note.txt"
    path.write_text(
        "Note\n\nFighting reached Kadugli. The poison sentence names Natanz.\n", encoding="utf-8"
    )
    docs = load_documents([path])
    real = entities._discover

    def flaky(text: str, *args: object) -> None:
        if "poison" in text:
            raise KeyError("country:Sudan")
        real(text, *args)

    monkeypatch.setattr(entities, "_discover", flaky)
    errors: list[tuple[str, Exception]] = []
    found = find_entities(docs, on_error=lambda sid, exc: errors.append((sid, exc)))
    assert [sid for sid, _ in errors] == ["S1.2"]
    assert "Kadugli" in {e.name for e in found}
    with pytest.raises(KeyError):
        find_entities(docs)


# a place the gazetteer knows, written with a short form of its own in parentheses: the
# short form is that place, whatever the spelling of the name ("the Red Sea (RS)")
_KNOWN_PLACES = ["Red Sea", "South China Sea", "Persian Gulf", "Donetsk Oblast", "Kursk"]


@pytest.mark.parametrize("place", _KNOWN_PLACES)
def test_a_known_place_with_its_short_form_is_one_place(place: str) -> None:
    short = "".join(w[0] for w in place.split()) + ("X" if " " not in place else "")
    docs = _documents(
        [
            f"Patrol boats were seen across the {place} ({short}) on Tuesday.",
            f"Two more boats entered the {short} at dawn, the harbour office said.",
        ]
    )
    found = find_entities(docs)  # strict: no error handler, so a bug raises here
    places = [e for e in found if e.name == place]
    assert len(places) == 1 and places[0].type == "place"
    assert short not in {e.name for e in found}  # no second entity for the short form


_SHORT_FORM = st.one_of(
    st.none(),  # the place's own initials
    st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=1, max_size=4),
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(_KNOWN_PLACES + ["Gulf of Aden", "Kharkiv region", "Zaporizhzhia"]),
    _SHORT_FORM,
    st.sampled_from(["the ", "", "in the ", "off the "]),
    st.lists(_SENTENCE, max_size=2),
)
def test_a_known_name_with_any_short_form_never_raises(
    place: str, short: str | None, before: str, others: list[str]
) -> None:
    short = short or "".join(w[0].upper() for w in place.split())
    docs = _documents([f"Boats sailed {before}{place} ({short}) today.", *others])
    for entity in find_entities(docs):  # strict: no error handler
        assert entity.type in ENTITY_TYPES


@pytest.mark.parametrize("mark", ["'", "\u00b4", "\u02bc", "\u02bf"])
def test_a_group_name_written_with_any_apostrophe_is_one_group(tmp_path: Path, mark: str) -> None:
    path = tmp_path / "note.txt"
    path.write_text(
        f"Note\n\nFighters of Hay{mark}at Tahrir al-Sham entered the village of Kafr Dera "
        "on Monday, residents said.\n",
        encoding="utf-8",
    )
    found = analyse(load_documents([path])).entities
    groups = [e for e in found if "Tahrir" in e.name]
    assert [(e.name, e.type) for e in groups] == [("Hayat Tahrir al-Sham", "organisation")]
    assert "Hay" not in {e.name for e in found}


@pytest.mark.parametrize(
    ("sentence", "body"),
    [
        ("The order names Tomas Ferra, a boss of the Vendra Cartel.", "Vendra Cartel"),
        ("Tomas Ferra has run the Korval Cartel since 2019.", "Korval Cartel"),
    ],
)
def test_a_cartel_is_an_organisation(sentence: str, body: str) -> None:
    found = {e.name: e.type for e in find_entities(_documents([sentence]))}
    assert found.get(body) == "organisation"
    assert found.get("Tomas Ferra") == "person"


@pytest.mark.parametrize("joiner", [" ", " of the "])
def test_a_capitalised_run_as_long_as_a_sentence_may_be_is_no_error(joiner: str) -> None:
    # a header or table extracted from a PDF without punctuation: one capitalised run of
    # about 1,900 characters (the sentence limit is 2,000) was one name, and the pattern of
    # the names to count recursed once per character
    words = ["Korval", "Forces", "Vendra", "Province", "Liberation", "Front", "Council"]
    run = joiner.join(words[i % len(words)] for i in range(400))[:1900].rsplit(" ", 1)[0]
    docs = _documents([run + ".", "Talks in Kyiv resumed on Monday."])
    found = find_entities(docs)  # strict: no error handler
    assert "Kyiv" in {e.name for e in found}
