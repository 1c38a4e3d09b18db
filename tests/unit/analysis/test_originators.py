"""Originators resolved across sentences (briefbook.analysis.attribution)."""

from __future__ import annotations

from briefbook.analysis.attribution import originators, publisher_names


def _run(*texts: str, publishers: tuple[str, ...] = ()) -> list[str | None]:
    sentences = [(f"S1.{k}", t, k) for k, t in enumerate(texts, 1)]
    found = originators(sentences, publishers)
    return [found[sid] for sid, _, _ in sentences]


def test_it_said_resolves_to_the_body_not_the_person_quoted_before() -> None:
    got = _run(
        '"We will rebuild everything," President Ilan Marek said on Monday.',
        "The water utility Aquaterra reported outages in four districts.",
        "Nine pumping stations came under attack, it said in a statement.",
    )
    assert got == ["Ilan Marek", "Aquaterra", "Aquaterra"]


def test_the_ministry_added_is_the_ministry_named_before() -> None:
    got = _run(
        "The Health Ministry of Dorvia said 18 patients were moved.",
        "The ministry added that 6 more were flown abroad.",
    )
    assert got == ["Health Ministry of Dorvia", "Health Ministry of Dorvia"]


def test_according_to_a_statement_from_names_the_body() -> None:
    got = _run(
        "According to a statement from the Coast Guard Command, 44 migrants were rescued.",
        "Two boats capsized, according to a statement.",
    )
    assert got == ["Coast Guard Command", "Coast Guard Command"]


def test_outlet_citing_a_body_credits_the_body() -> None:
    (got,) = _run(
        "Four men were arrested, the Norlo news agency reported, citing the interior ministry."
    )
    assert got == "interior ministry"


def test_lowercase_role_subject() -> None:
    (got,) = _run(
        "Losses tripled in a month, a senior officer from the northern command told reporters."
    )
    assert got is not None and "officer" in got


def test_own_voice_is_none() -> None:
    publishers = publisher_names("Treasury Targets Smuggling Network", None, {"treasury": ["OFAC"]})
    got = _run(
        "Today, Treasury is sanctioning 12 individuals.",
        "OFAC said the network moved 40 tankers.",
        publishers=tuple(publishers),
    )
    assert got == [None, None]


def test_pronoun_does_not_reach_too_far_back() -> None:
    got = _run(
        "The agency Veritas said 10 sites were hit.",
        "Rain fell.",
        "Roads were closed.",
        "Schools shut.",
        "Markets stayed open.",
        "Power returned.",
        "Two more sites burned, he said.",
    )
    assert got[-1] is None


def test_a_month_is_never_an_originator() -> None:
    got = _run(
        "Forty people were detained in June, according to June figures.",
        "In June, the monitor said, 12 more were held.",
    )
    assert "June" not in got


def test_appositive_speaker_and_his_pronoun() -> None:
    got = _run(
        "Ilse Varga, one of the best-known scholars of the Kerran valley, said the count was low.",
        "She said that Kerran's army killed 14 herders last month.",
    )
    assert got == ["Ilse Varga", "Ilse Varga"]


def test_according_to_reports_yields_to_the_speaker_named() -> None:
    (got,) = _run("According to new reports, the Dorvian navy said 6 boats were seized.")
    assert got is not None and "navy" in got


def test_a_sentence_opening_this_weighs_the_report_in_the_writers_voice() -> None:
    """A paragraph that goes on giving figures keeps the body that reported them, but "This
    potential 30% ..." / "These losses ..." is the writer weighing the report."""
    texts = [
        "The Maritime Monitoring Group said it counted 48 voyages by cargo ships to Port Selva.",
        "Another 12 voyages went to Rilo.",
        "This possible 30% of the fleet's traffic has kept the garrison supplied.",
        "These 60 voyages are the core of the supply line.",
    ]
    found = originators([(f"S1.{k}", t, 1) for k, t in enumerate(texts, 1)])
    assert [found[f"S1.{k}"] for k in range(1, 5)] == [
        "Maritime Monitoring Group",
        "Maritime Monitoring Group",
        None,
        None,
    ]


def test_it_said_of_a_body_without_an_organisation_word() -> None:
    """ "it said" after a quotation, "It said", "The statement noted": the body named before
    with "the", though its name has no organisation word; never a person quoted before."""
    got = _run(
        "The Dorvian Red Cross said 12 aid lorries crossed into Vendra.",
        '"Our teams have received 12 lorries of food," it said in a statement on Monday.',
        "It said four of the lorries are for the World Food Programme.",
        "The statement noted that two lorries carried medicine.",
    )
    assert got == ["Dorvian Red Cross"] * 4
    assert _run(
        '"We will rebuild," President Ilan Marek said.', "Nine stations burned, it said."
    ) == [
        "Ilan Marek",
        None,
    ]


def test_a_speech_verb_in_a_relative_aside_does_not_take_the_sentence() -> None:
    (got,) = _run(
        "The Vendran air force said on Friday that it shot down all 17 drones during an "
        "overnight attack, which officials said caused only minor damage."
    )
    assert got == "Vendran air force"
