"""Origins of round claims23 (invented names of the same shapes): a country's code written in
capitals ("US", "U.S.") is its country, so the embassies of two countries are two origins,
while a publisher that names its own country ("US Department of State") stays one origin with
a report quoting it without the country ("the State Department"). Near misses: the pronoun
"us" names no country; two publishers of one name in two countries stay apart."""

from __future__ import annotations

from briefbook.assessment.origins import merge_originators, origin_key


def _merged(*keys: str) -> set[str]:
    out = merge_originators(keys)
    return {out.get(k, k) for k in keys}


def test_two_countries_embassies_are_two_origins() -> None:
    for code in ("the US Embassy", "the U.S. embassy"):
        ours = origin_key(code, "S1", initials=True)
        theirs = origin_key("the Vandrian Embassy", "S2", initials=True)
        other = origin_key("the Russian Embassy", "S3", initials=True)
        assert len(_merged(ours, other)) == 2, code
        assert len(_merged(ours, theirs)) == 2, code
    assert (
        len(_merged(origin_key("the US consulate", "S1"), origin_key("the UK consulate", "S2")))
        == 2
    )


def test_a_country_code_and_its_name_are_one_origin() -> None:
    one = origin_key("the U.S. military", "S1", initials=True)
    two = origin_key("United States military", "S2", initials=True)
    assert len(_merged(one, two)) == 1


def test_a_publisher_naming_its_country_is_one_origin_with_its_bare_name() -> None:
    for publisher, quoted in (
        ("US Department of State", "the State Department"),
        ("U.S. Department of State", "the Department of State"),
        ("Kenya Ministry of Interior", "the interior ministry"),
    ):
        voice = origin_key(None, "S1", initials=True, voice=publisher)
        assert len(_merged(voice, origin_key(quoted, "S2", initials=True))) == 1, publisher


def test_near_miss_pronoun_us_and_two_countries_publishers() -> None:
    assert origin_key("a witness told us", "S1") == origin_key("a witness", "S1")
    kenya = origin_key(None, "S1", initials=True, voice="Kenya Ministry of Interior")
    uganda = origin_key(None, "S2", initials=True, voice="Uganda Ministry of Interior")
    assert len(_merged(kenya, uganda)) == 2
    # a bare publisher is not the ministry of a country another report names
    bare = origin_key(None, "S1", initials=True, voice="Ministry of Interior")
    named = origin_key("the Kenyan interior ministry", "S2", initials=True)
    assert len(_merged(bare, named)) == 2
