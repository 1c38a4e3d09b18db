"""The entities params: the rules by default, a model by name, every problem a ParamsError."""

from __future__ import annotations

import pytest

from briefbook.config.entities import parse_entities
from briefbook.config.params import load_params
from briefbook.errors import ParamsError


@pytest.fixture
def params_file(tmp_path):
    """A params file with the entities line given (or none)."""

    def make(entities: str = ""):
        path = tmp_path / "brief.yaml"
        path.write_text(f"title: T\nsources: [a.txt]\n{entities}", encoding="utf-8")
        return path

    return make


def test_the_rules_are_the_default(params_file):
    params = load_params(params_file())
    assert params.entities.backend == "rules" and not params.entities.uses_model
    assert params.to_dict()["entities"] == {
        "backend": "rules",
        "join": "union",
        "allow_unverified": False,
        "wheel": None,
        "cache": None,
    }


@pytest.mark.parametrize("value", ["none", "None", "NONE", "rules", "RULES", " Rules ", None, ""])
def test_none_and_rules_in_any_case_mean_the_rules(value):
    settings = parse_entities(value)
    assert settings.backend == "rules" and not settings.uses_model
    assert parse_entities({"backend": value}).backend == "rules"


def test_the_release_wheel_and_a_cache_folder_are_kept_as_given(params_file):
    path = params_file(
        "entities: {backend: en_core_web_sm, wheel: wheels/en_core_web_sm-3.8.0-py3-none-any.whl,"
        " cache: models}\n"
    )
    settings = load_params(path).entities
    assert settings.uses_model and not settings.allow_unverified
    assert settings.wheel == "wheels/en_core_web_sm-3.8.0-py3-none-any.whl"
    assert settings.cache == "models"


def test_a_model_by_name_and_an_override_back_to_the_rules(params_file):
    path = params_file("entities: {backend: en_core_web_sm, allow_unverified: true}\n")
    on = load_params(path)
    assert on.entities.uses_model and on.entities.backend == "en_core_web_sm"
    assert on.entities.allow_unverified and on.entities.join == "union"
    assert not load_params(path, ["entities.backend=rules"]).entities.uses_model
    assert parse_entities("en_core_web_sm").backend == "en_core_web_sm"


@pytest.mark.parametrize(
    ("value", "key"),
    [
        ({"backend": "en_core_web_sm", "jion": "model"}, "entities.jion"),
        ({"backend": "../weights"}, "entities.backend"),
        ({"backend": "en_core_web_sm", "join": "intersection"}, "entities.join"),
        ({"backend": "en_core_web_sm", "allow_unverified": "yes"}, "entities.allow_unverified"),
        (["en_core_web_sm"], "entities"),
        ({"wheel": "en_core_web_sm-3.8.0-py3-none-any.whl"}, "entities.backend"),
        ({"backend": "none", "wheel": "model.whl"}, "entities.backend"),
        ({"backend": "en_core_web_sm", "wheel": ""}, "entities.wheel"),
        ({"backend": "en_core_web_sm", "cache": 3}, "entities.cache"),
    ],
)
def test_a_bad_value_names_its_key(value, key):
    with pytest.raises(ParamsError) as caught:
        parse_entities(value)
    assert caught.value.key == key and caught.value.exit_code == 2
