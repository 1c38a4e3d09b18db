"""Kinds of speaker faults seen in a new-analyst trial (invented sentences of the same shapes;
no third-party text): a fronted adverb taken for the speaker, a pronoun kept as the speaker's
name, and a speaker named with an honorific and a surname after being named in full."""

from briefbook.analysis.attribution import originators


def speakers(*texts: str) -> list[str | None]:
    out = originators([(f"S1.{k}", t, k) for k, t in enumerate(texts, 1)])
    return [out[f"S1.{k}"] for k in range(1, len(texts) + 1)]


def test_a_fronted_adverb_is_never_the_speaker() -> None:
    assert speakers(
        "Overnight, warplanes struck the town for the first time since 2016, added the Vendran "
        "Observatory, which relies on a network of sources."
    ) == ["Vendran Observatory"]


def test_a_pronoun_speaks_for_the_body_that_spoke_before() -> None:
    found = speakers(
        "Warplanes struck the town overnight, the Vendran Observatory said.",
        "It raised the death toll in days of clashes to 311.",
    )
    assert found == ["Vendran Observatory", "Vendran Observatory"]


def test_an_honorific_and_surname_is_the_person_named_in_full_before() -> None:
    found = speakers(
        "Ana Kovac, a researcher at Tarn University, said the deal was weak.",
        "Dr Kovac said the truce would not hold.",
        "Prof. Lena Varga said the talks had failed.",
    )
    assert found == ["Ana Kovac", "Ana Kovac", "Lena Varga"]


def test_a_body_named_with_a_describing_word_is_the_body_named_before() -> None:
    found = speakers(
        '"The militia took most of the city," said the London-based Vendran Observatory for '
        "Civil Rights.",
        "Overnight, warplanes struck the town, added the London-based Observatory, which "
        "relies on a network of sources.",
    )
    assert found == ["Vendran Observatory for Civil Rights"] * 2


def test_a_speaker_with_a_particle_surname_and_two_appositives_is_found() -> None:
    assert speakers(
        "Abu Karim al-Vendi, leader of the Free Vendra Front (FVF), the main rebel group "
        "leading the offensive, said entering the city was a mission."
    ) == ["Abu Karim al-Vendi"]


def test_a_pronoun_subject_of_a_speech_participle_is_the_person_named_before() -> None:
    found = speakers(
        "President Ana Sol said on Friday she hopes the talks continue.",
        "Her country hosts about 3 million refugees.",
        'She expressed frustration over the leadership, saying: "We made a call."',
        "Sol said the talks had failed.",
    )
    assert found == ["Ana Sol", None, "Ana Sol", "Ana Sol"]


def test_restating_a_position_is_speaking() -> None:
    found = speakers(
        "Kremlin spokesman Dmitri Volkov reiterated Moscow's support for the government.",
        "The minister stressed that the border would stay closed.",
    )
    assert found == ["Dmitri Volkov", "minister"]
