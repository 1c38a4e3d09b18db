"""Claims as event frames (briefbook.analysis.claims): counted thing, event, modality, time."""

from __future__ import annotations

import pytest

from briefbook.analysis.claims import find_frames


def _frames(text: str) -> list[tuple[str, str, str]]:
    return [(f.counts, f.event, f.modality) for f in find_frames(text)]


def test_number_word_subject_is_a_claim() -> None:
    (f,) = find_frames("Thirty-one Venorans have been killed since the truce collapsed.")
    assert (f.low, f.event, f.counts) == (31, "killed", "Venorans")


def test_capacity_is_not_an_event() -> None:
    (f,) = find_frames("The lab holds enough enriched uranium to potentially make six warheads.")
    assert f.modality == "capacity"
    assert f.event not in {"deployed", "launched"}


def test_damaged_is_not_destroyed() -> None:
    assert _frames("Three patrol boats were damaged in the port.") == [
        ("patrol boats", "damaged", "asserted")
    ]
    assert _frames("Three patrol boats were destroyed in the port.") == [
        ("patrol boats", "destroyed", "asserted")
    ]


def test_repelled_attacks_are_not_interceptions() -> None:
    (f,) = find_frames("The brigade repelled 11 attacks near the dam.")
    assert f.event == "struck"


def test_munitions_deployed_are_launched_and_shot_down_intercepted() -> None:
    events = [f.event for f in find_frames("The enemy was deploying 64 missiles and 380 drones.")]
    assert events == ["launched", "launched"]
    (f,) = find_frames("Air defences shot down 41 drones over the coast.")
    assert f.event == "intercepted"
    (f,) = find_frames("Gunners shot down two helicopters near the pass.")
    assert f.event == "destroyed"


def test_coordinated_verbs_keep_their_objects() -> None:
    frames = find_frames(
        "The shelling has killed more than 900 people and wounded about 2,100 others."
    )
    assert [(f.low, f.event) for f in frames] == [(901, "killed"), (1890, "wounded")]


def test_partitive_and_participle() -> None:
    frames = find_frames(
        "Officials believe at least 300 of the 4,000 conscripts sent to the front have died."
    )
    assert [(f.low, f.counts, f.event) for f in frames] == [
        (300, "conscripts", "killed"),
        (4000, "conscripts", "deployed"),
    ]


def test_date_range_and_designations_are_not_claims() -> None:
    assert _frames("The May 9 to 10 bombardment hit 400 kV lines.") == []


def test_time_and_place_when_stated() -> None:
    (f,) = find_frames("Rockets killed 14 people in Sarnia on Tuesday night.")
    assert f.where == "Sarnia"
    assert f.when and "Tuesday" in f.when


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ("In Vendra, four people were killed when a drone hit a block of flats.", "Vendra"),
        ("In the Kestrel region, 12 people were wounded overnight.", "the Kestrel region"),
        ("Near Port Amber, 3 boats were sunk by the patrol.", "Port Amber"),
        ("In March, four people were killed in the raid.", None),
    ],
)
def test_a_place_fronted_before_the_clause_is_the_figures_place(text: str, where: str) -> None:
    assert [f.where for f in find_frames(text)] == [where]


def test_an_elliptic_figure_keeps_its_own_verb() -> None:
    text = "Six people were killed in the night raid, with dozens more injured."
    assert [(f.counts, f.event) for f in find_frames(text)] == [
        ("people", "killed"),
        ("people", "wounded"),
    ]


def test_negated_claim() -> None:
    (f,) = find_frames("The army denied that 40 soldiers were captured.")
    assert f.modality == "negated"
    (f,) = find_frames("No fewer than 20 soldiers were captured.")
    assert (f.low, f.modality) == (20, "asserted")


def test_sanction_words_need_a_sanctions_context() -> None:
    (f,) = find_frames("Around 19 missiles failed to reach their targets.")
    assert f.event != "sanctioned"
    (f,) = find_frames("The ministry said it struck more than 150 targets overnight.")
    assert f.event == "struck"


def test_a_count_of_attacks_with_no_verb_is_struck() -> None:
    (f,) = [f for f in find_frames("Raids went on despite 250 allied airstrikes a month.")]
    assert f.event == "struck"


def test_aircraft_downed_or_fallen_are_destroyed() -> None:
    (f,) = find_frames("The navy responded by downing three enemy fighter jets.")
    assert f.event == "destroyed"
    (f,) = find_frames("Two helicopters fell near the border villages.")
    assert f.event == "destroyed"


def test_a_changed_share_and_a_unit_price_are_measurements() -> None:
    (f,) = find_frames("Grain exports through the port plunged 40% in May.")
    assert f.event == "other"
    events = [f.event for f in find_frames("The cap was cut from $80 per tonne to $65 in June.")]
    assert events == ["other", "other"]
    (f,) = find_frames("The fund paid $40 million to the rebuilding agency.")
    assert f.event == "funded"


def test_a_tally_counts_its_subject() -> None:
    (f, _) = find_frames(
        "The raid brings the number of pipeline blasts this year up to at least nine, "
        "across two provinces."
    )
    assert (f.counts, f.low, f.high) == ("pipeline blasts", 9, None)
    got = [(f.counts, f.event, f.low) for f in find_frames("The death toll has risen to 41.")]
    assert got == [("people", "killed", 41)]


def test_of_a_pronoun_ends_the_counted_phrase_and_things_are_not_exchanged() -> None:
    (f,) = find_frames("Later the militia released three videos of them.")
    assert (f.counts, f.event) == ("videos", "other")
    (f,) = find_frames("The militia released 12 prisoners on Sunday.")
    assert f.event == "exchanged"


def test_a_duration_is_a_measurement() -> None:
    (f,) = find_frames("The shelling lasted for about 40 minutes.")
    assert (f.counts, f.event, f.low, f.high) == ("minutes", "other", 36, 44)
    (f,) = find_frames("Two aid workers were freed in a swap for five insurgents.")[1:]
    assert (f.counts, f.event) == ("insurgents", "exchanged")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an impact on a structure is damage; a target or a location hit stays a strike
        ("Five of the ferries hit near the harbour were carrying grain.", ("ferries", "damaged")),
        ("Eleven warehouses were hit by shelling in Vendra overnight.", ("warehouses", "damaged")),
        ("The general said there were six targets that were hit on Monday.", ("targets", "struck")),
        ("Drones struck three apartment buildings in Vendra, the mayor said.", None),
        # explosions are damage to a structure only
        (
            "Three barges, all of which had left Rilo, suffered unexplained explosions.",
            ("barges", "damaged"),
        ),
        ('"We heard five loud explosions," a resident said.', ("loud explosions", "other")),
        (
            "The blast brings the number of unexplained refinery explosions this year to at least nine.",
            ("unexplained refinery explosions", "damaged"),
        ),
    ],
)
def test_impacts_and_explosions_on_structures_are_damage(text, expected) -> None:
    (f,) = find_frames(text)
    if expected is None:
        assert f.event == "struck"
    else:
        assert (f.counts, f.event) == expected


def test_an_aside_between_the_figure_and_its_verb_is_skipped() -> None:
    """A parenthesis, an appositive ("including ...") or a non-restrictive relative clause does
    not cut the figure from its verb; a participle modifying another noun is not the verb."""
    assert _frames(
        "Two more barges, including a newly built (Rilo-class) barge, were sunk at the port."
    ) == [("barges", "destroyed", "asserted")]
    assert _frames("Police said 40 people, who had gathered at the square, were detained.") == [
        ("people", "detained", "asserted")
    ]
    assert _frames("The 12 drones, which were launched from Kursk, were shot down over Sumy.") == [
        ("drones", "intercepted", "asserted")
    ]


def test_a_figure_restating_its_antecedent_takes_its_event() -> None:
    """ ", which may constitute 30% of ...", ", which could represent 9,000 shells": the figure
    restates what comes before, so it is of the same event, not of the verb after it."""
    share, total = find_frames(
        "Rilo's units depend upon deliveries of Norvan ammunition, which may constitute as "
        "much as 30% of the 9 million rounds fired since May."
    )
    assert (share.low, share.event) == (None, "supplied") and share.high == 30
    assert (total.counts, total.event) == ("rounds", "launched")
    tons, shells = find_frames(
        "The raid destroyed a train carrying 700 tons of ammunition, which could represent "
        "9,000 shells."
    )
    assert (tons.event, shells.event) == ("destroyed", "destroyed")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Two sailors who had been held since 2019 were released on Monday.",
            ("sailors", "exchanged"),
        ),
        (
            "Eleven soldiers that the army had sent to the border were killed.",
            ("soldiers", "killed"),
        ),
        ("Officials said there were four depots that were hit overnight.", ("depots", "damaged")),
        ("The mayor said there were eight targets that were hit on Sunday.", ("targets", "struck")),
    ],
)
def test_the_main_verb_after_a_relative_clause_governs(text, expected) -> None:
    """A relative clause with a verb of its own describes the counted thing; the main verb
    after it says what happened ("who had been held ... were released"); a relative clause
    that is the only predicate ("targets that were hit") is the event."""
    (f,) = find_frames(text)
    assert (f.counts, f.event) == expected


def test_a_dash_aside_is_skipped_too() -> None:
    assert _frames(
        "Two sailors \u2014 a Dorvian and a Kestan \u2014 who had been held since 2019 were "
        "released on Monday."
    ) == [("sailors", "exchanged", "asserted")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "over N regions" is where, not a bound; places counted are no interception
        (
            "Air defences downed 18 drones over seven Dorvian regions overnight.",
            [(18, 18, "intercepted"), (7, 7, "other")],
        ),
        ("Russia launched over 400 drones, the air force said.", [(401, None, "launched")]),
        # the parts of a toll take its event
        (
            "The ministry said the toll since May is 4,200, including 1,100 children and 900 women.",
            [(4200, 4200, "killed"), (1100, 1100, "killed"), (900, 900, "killed")],
        ),
        # "two of five missiles": a part of a bare count; the whole was launched
        (
            "Air defences shot down 20 drones and two of five missiles.",
            [(20, 20, "intercepted"), (2, 2, "intercepted"), (5, 5, "launched")],
        ),
        # loads of goods that moved were supplied; their own verb decides otherwise
        (
            "Before the siege, 400 lorries of goods used to enter Vendra every day.",
            [(400, 400, "supplied")],
        ),
        (
            "The agency said it had handed over nine lorries carrying roughly 40 tonnes of medicine.",
            [(9, 9, "supplied"), (36, 44, "supplied")],
        ),
        (
            "Traffic at the crossing also included about 15 Kestan aid lorries.",
            [(13.5, 16.5, "supplied")],
        ),
        ("The army said 12 trucks were destroyed.", [(12, 12, "destroyed")]),
        ('"Our teams have received today 12 lorries of food," it said.', [(12, 12, "supplied")]),
    ],
)
def test_places_toll_parts_partitives_and_loads(text, expected) -> None:
    assert [(f.low, f.high, f.event) for f in find_frames(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a duration is a measurement (a claim); a time window of another count is not
        ("Under the 12-year blockade, 300 lorries entered daily.", [(12, 12), (300, 300)]),
        ("The talks came nearly 20 months after the invasion began.", [(18, 19)]),
        ("In nearly three years of war, 40 towns were destroyed.", [(40, 40)]),
        ("A 7-year-old boy was wounded.", []),
    ],
)
def test_durations_are_measured_and_windows_are_not(text, expected) -> None:
    assert [(f.low, f.high) for f in find_frames(text)] == expected


@pytest.mark.parametrize(
    ("text", "counts", "event"),
    [
        ("Officials said 35 militiamen died in the ambush.", "militiamen", "killed"),
        ("Three servicemen were wounded at the checkpoint.", "servicemen", "wounded"),
        ("The clashes left 12 tribesmen dead, elders said.", "tribesmen", "killed"),
    ],
)
def test_irregular_plurals_of_compounds_are_counted(text: str, counts: str, event: str) -> None:
    frames = find_frames(text)
    assert [(f.counts, f.event) for f in frames] == [(counts, event)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "At least 14 guards, including three from the border unit, have been killed.",
            [("guards", "killed"), ("guards", "killed")],
        ),
        ("Twenty villagers, most of them farmers, were wounded.", [("villagers", "wounded")]),
        ("Nine sailors, the navy said, were killed in the blast.", [("sailors", "killed")]),
        ("The 25 people who were wounded in the raid were moved.", [("people", "wounded")]),
    ],
)
def test_the_verb_after_an_aside_governs_the_subject(
    text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(f.counts, f.event) for f in find_frames(text)] == expected


def test_coordinated_figures_share_the_head_noun() -> None:
    frames = find_frames("Two Ostlandic and four Vendran border guards were wounded on Friday.")
    assert [(f.low, f.counts, f.event) for f in frames] == [
        (2, "Ostlandic border guards", "wounded"),
        (4, "Vendran border guards", "wounded"),
    ]


@pytest.mark.parametrize(
    ("text", "places", "times"),
    [
        ("Four civilians were killed when a shell hit the market in Dravno.", ["Dravno"], []),
        ("A shell hit the bus station in Dravno on Monday.", ["Dravno"], ["on Monday"]),
        ("On Thursday, near Kelvik, a drone struck a minibus.", ["Kelvik"], ["On Thursday"]),
        # the time or place of the saying is not the scene's
        ("Three were killed, the governor said on Tuesday.", [], []),
        ("Three were killed, the mayor told reporters in Kelvik on Friday.", [], []),
        ("Three were killed in January, the mayor said.", [], ["in January"]),
        # a clause of saying or publishing gives neither, wherever its verb stands
        ("Four civilians were killed on Monday, officials in Kelvik said.", [], ["on Monday"]),
        ("Nine were detained, a spokesman in Vendra told reporters.", [], []),
        ("Four were killed, the governor said as he visited Kelvik on Wednesday.", [], []),
        ("Police in Harlow said on Sunday that a drone hit a bus in Dravno.", ["Dravno"], []),
        ("Six were wounded, according to medics in Kelvik.", [], []),
        ("The ministry published its weekly report on Friday.", [], []),
        ("The agency released its bulletin in Vendra on Thursday.", [], []),
        ("The president flew to Vendra on Tuesday for talks.", [], ["on Tuesday"]),
    ],
)
def test_scene_of_a_sentence(text, places, times):
    from briefbook.analysis.claims import scene_of

    assert scene_of(text) == (places, times)


@pytest.mark.parametrize(
    ("text", "places", "times"),
    [
        # a saying governs only its own words: the figure's place and time stay
        ("Nine were hurt in Ostra on Friday according to nurses.", ["Ostra"], ["on Friday"]),
        ("Two died in Ostra on Friday amid reports of looting.", ["Ostra"], ["on Friday"]),
        ("Medics say nine people were hurt in Ostra on Friday.", ["Ostra"], ["on Friday"]),
        ("Nine died in Ostra on Friday of kidney issues.", ["Ostra"], ["on Friday"]),
        ("Militia fighters visited the camp on Friday and shot two guards.", [], ["on Friday"]),
        # the speaker's own place and time go
        ("Nine were hurt, the mayor said as she visited Ostra on Friday.", [], []),
        ("Nine were hurt in Ostra, nurses in Vell told reporters on Friday.", ["Ostra"], []),
    ],
)
def test_a_saying_drops_only_its_own_place_and_time(text, places, times):
    from briefbook.analysis.claims import scene_of

    assert scene_of(text) == (places, times)
