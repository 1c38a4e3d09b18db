"""A short form a source defines in parentheses for a body of its own ("Maritime Safety
Service (MSS)") names that body in the source, not a known body whose initials are the same
letters (the gazetteer's MSS, a ministry); a source that spells a known body's long form in
other words (a singular, an adjective, a translation) still names the known body."""

import pytest

from builders import entities_by_name, source_entities


@pytest.mark.parametrize(
    ("text", "known", "local"),
    [
        (
            "The Maritime Safety Service (MSS) sent two cutters to the bay on Monday. MSS "
            "crews towed a damaged ferry to the harbour.",
            "Ministry of State Security",
            "Maritime Safety Service",
        ),
        (
            "The Regional Security Fund (RSF) paid the salaries of 400 guards in March. The "
            "RSF said it would double the grant next year.",
            "Rapid Support Forces",
            "Regional Security Fund",
        ),
    ],
)
def test_a_defined_short_form_of_another_body_is_that_body(tmp_path, text, known, local) -> None:
    found = entities_by_name(source_entities(tmp_path, text))
    assert known not in found
    assert "S1.2" in found[local][2]


def test_a_variant_long_form_of_a_known_body_stays_that_body(tmp_path) -> None:
    # near misses: the long form written here is the known body's, in other words
    found = entities_by_name(
        source_entities(
            tmp_path,
            "The Sudan Armed Forces (SAF) shelled the market on Tuesday. SAF officers denied it.",
            "The Rapid Support Force (RSF) took the bridge. RSF fighters looted the depot.",
            "Islamic State of Iraq and Syria (ISIS) fighters attacked the checkpoint.",
        )
    )
    assert "S1.2" in found["Sudanese Armed Forces"][2]
    assert "S2.2" in found["Rapid Support Forces"][2]
    assert "Rapid Support Force" not in found
    assert "Sudan Armed Forces" not in found


def test_a_translated_or_exact_long_form_stays_the_known_body(tmp_path) -> None:
    found = entities_by_name(
        source_entities(
            tmp_path,
            "The Partiya Karkeren Kurdistane (PKK) claimed the ambush. PKK fighters withdrew.",
            "The World Food Programme (WFP) flew grain to the town. WFP trucks followed.",
        )
    )
    assert "S1.2" in found["Kurdistan Workers' Party"][2]
    assert "S2.2" in found["World Food Programme"][2]


def test_a_defined_short_form_with_no_head_word_is_typed_by_the_noun_after_it(tmp_path) -> None:
    found = entities_by_name(
        source_entities(
            tmp_path,
            "The council turned the Multilateral Safety Support (MSS) mission in Dorvia into "
            "a larger force. Velan has led the MSS since October.",
        )
    )
    assert "Ministry of State Security" not in found
    assert found["Multilateral Safety Support"][0] == "organisation"
    assert "S1.2" in found["Multilateral Safety Support"][2]
