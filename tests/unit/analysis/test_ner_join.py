"""A statistical model's entities joined with the rules (briefbook.analysis.ner_model), with
real spaCy pipelines built here (``spacy.blank`` + an ``entity_ruler``): no model download.

spaCy is in requirements-ner.lock (the test install of ``make test``), so CI runs these; without
spaCy they are skipped, and the rule path is still checked not to import it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from briefbook.analysis.entities import find_entities
from briefbook.analysis.gazetteer import gazetteer, rules
from briefbook.analysis.mentions import Discovery
from briefbook.ingest import load_documents
from briefbook.model import Entity

spacy = pytest.importorskip("spacy")

from briefbook.analysis.ner_model import EntityModel, join_model_spans  # noqa: E402


def ruler_model(*patterns: tuple[str, str]) -> EntityModel:
    """A real spaCy pipeline whose entity ruler labels ``(label, text)`` spans."""
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": label, "pattern": text} for label, text in patterns])
    return EntityModel(nlp, "ruler")


def _docs(tmp_path: Path, *texts: str):
    paths = []
    for i, text in enumerate(texts):
        path = tmp_path / f"report{i}.txt"
        path.write_text(f"Report {i}\n\n{text}\n", encoding="utf-8")
        paths.append(path)
    return load_documents(paths)


def _table(entities: list[Entity]) -> dict[str, tuple[str, int]]:
    return {e.name: (e.type, e.mentions) for e in entities}


MARCH = (
    "Thousands marched behind Ilmar Kask through the old town of Veskila. "
    "Kask spoke to the crowd for an hour."
)


def test_a_person_the_rules_miss_joins_with_their_surname_coreference(tmp_path: Path) -> None:
    rules = _table(find_entities(_docs(tmp_path, MARCH)))
    assert "Ilmar Kask" not in rules  # the kind the rules miss: no cue around the name
    model = ruler_model(("PERSON", "Ilmar Kask"))
    found = find_entities(_docs(tmp_path, MARCH), model=model)
    (kask,) = [e for e in found if e.name == "Ilmar Kask"]
    assert kask.type == "person" and kask.mentions == 2 and "Kask" in kask.aliases
    assert model.sentences == 2 and model.ms_per_sentence > 0


def test_the_rules_and_the_gazetteer_keep_their_types(tmp_path: Path) -> None:
    text = (
        "Kestria Bank froze the accounts of traders in Ukraine. "
        "Ilmar Kask said the order came from Kyiv."
    )
    model = ruler_model(("PERSON", "Kestria Bank"), ("GPE", "Ukraine"), ("ORG", "Kyiv"))
    found = _table(find_entities(_docs(tmp_path, text), model=model))
    assert found["Kestria Bank"][0] == "organisation"  # the rules' head word wins
    assert found["Ukraine"][0] == "country"  # countries stay countries
    assert found["Kyiv"][0] == "place"


def test_a_place_the_rules_miss_joins(tmp_path: Path) -> None:
    text = "Shelling continued beyond Ostrova Kalm overnight. Ostrova Kalm was quiet by noon."
    assert "Ostrova Kalm" not in _table(find_entities(_docs(tmp_path, text)))
    model = ruler_model(("LOC", "Ostrova Kalm"))
    assert _table(find_entities(_docs(tmp_path, text), model=model))["Ostrova Kalm"] == (
        "place",
        2,
    )


def test_titles_lower_case_tails_short_forms_and_lone_names_are_left_to_the_rules() -> None:
    text = (
        "Deputy Tarmo Lill said shelling hit Porvelle district, and the Korvani elders "
        "and KP police met Wrote Aino Rebane."
    )
    model = ruler_model(
        ("PERSON", "Deputy Tarmo Lill"),
        ("GPE", "Porvelle district"),
        ("PERSON", "Korvani"),
        ("GPE", "KP"),
        ("PERSON", "Wrote Aino Rebane"),
    )
    state = Discovery()
    (spans,) = model.spans([text])
    join_model_spans([(text, spans)], 0, rules(), gazetteer(), frozenset({"wrote"}), state)
    assert {name: state.types[key] for name, key in state.discovered.items()} == {
        "Tarmo Lill": "person",
        "Porvelle": "place",
        "Aino Rebane": "person",
    }


def test_the_model_join_alone_returns_the_model_spans_only(tmp_path: Path) -> None:
    text = "Kestria Bank froze the accounts of Ilmar Kask in Ukraine and Porvelle."
    model = ruler_model(("PERSON", "Ilmar Kask"), ("GPE", "Ukraine"), ("GPE", "Porvelle"))
    found = _table(find_entities(_docs(tmp_path, text), model=model, join="model"))
    assert found == {
        "Ilmar Kask": ("person", 1),
        "Ukraine": ("country", 1),
        "Porvelle": ("place", 1),
    }


def test_credits_and_biographies_go_to_no_model(tmp_path: Path) -> None:
    text = "Crowds gathered in the square. (Photo: Ilmar Kask/AFP)"
    model = ruler_model(("PERSON", "Ilmar Kask"))
    found = _table(find_entities(_docs(tmp_path, text), model=model))
    assert "Ilmar Kask" not in found


def test_the_rule_path_imports_no_spacy(tmp_path: Path) -> None:
    (tmp_path / "r.txt").write_text("Report\n\n" + MARCH + "\n", encoding="utf-8")
    code = (
        "import sys\n"
        "from briefbook.analysis import analyse\n"
        "from briefbook.app import run\n"
        "from briefbook.ingest import load_documents\n"
        f"analyse(load_documents([{str(tmp_path / 'r.txt')!r}]))\n"
        "assert 'spacy' not in sys.modules and 'thinc' not in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=300)


def _poison(doc):
    """A pipeline part that raises on a text saying "poison"."""
    if "poison" in doc.text:
        raise ValueError("the model broke")
    return doc


def poisoned_model(*patterns: tuple[str, str]) -> EntityModel:
    """:func:`ruler_model` that raises on any text saying "poison"."""
    from spacy.language import Language

    if "poison_pill_ner_test" not in Language.factories:
        Language.component("poison_pill_ner_test", func=_poison)
    model = ruler_model(*patterns)
    model.nlp.add_pipe("poison_pill_ner_test", first=True)
    return model


def test_a_model_that_fails_on_a_source_leaves_its_rules_and_one_warning(tmp_path: Path) -> None:
    model = poisoned_model(("PERSON", "Ilmar Kask"))
    docs = _docs(tmp_path, "Spokesman Tarmo Lill said the poison report was false.", MARCH)
    failures: list[tuple[str, str]] = []
    found = _table(
        find_entities(docs, on_error=lambda sid, exc: failures.append((sid, str(exc))), model=model)
    )
    assert failures == [("S1.1", "the model broke")]
    assert found["Tarmo Lill"][0] == "person"  # the rules of the failed source
    assert found["Ilmar Kask"][0] == "person"  # the model in the other source
    with pytest.raises(ValueError, match="the model broke"):
        find_entities(docs, model=model)


def test_the_model_join_alone_passes_a_failing_source_to_on_error(tmp_path: Path) -> None:
    model = poisoned_model(("PERSON", "Ilmar Kask"), ("PERSON", "Tarmo Lill"))
    docs = _docs(tmp_path, "Tarmo Lill said the poison report was false.", MARCH)
    failures: list[tuple[str, str]] = []
    found = _table(
        find_entities(
            docs,
            on_error=lambda sid, exc: failures.append((sid, str(exc))),
            model=model,
            join="model",
        )
    )
    assert failures == [("S1.1", "the model broke")]
    assert found == {"Ilmar Kask": ("person", 1)}  # the failed source adds nothing
    with pytest.raises(ValueError, match="the model broke"):
        find_entities(docs, model=model, join="model")
