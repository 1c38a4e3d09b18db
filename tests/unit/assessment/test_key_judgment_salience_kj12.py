"""Key judgments by salience (issue 10), second pass: a short decisive event told in the
present perfect by a graded official ("the regime has fallen") is news of consequence and
is a key judgment ahead of longer evaluative sentences and an outlook line; the per-source spread hands a
slot to another source only for a candidate that is itself good enough; an acronym in
brackets ("(OFAC)") is no legal boilerplate. Every sentence here is invented."""

from __future__ import annotations

import pytest

from briefbook.assessment.judgments import draw_judgments
from briefbook.assessment.signals import RECORD_SIGNAL, key_signal
from briefbook.config.outline import load_schema
from builders import paragraph_document, weekdays_as_said

ISSUE = "2026-03-10"

_doc = paragraph_document


@pytest.mark.parametrize(
    ("text", "decisive"),
    [
        ("At long last the Orlov regime has fallen.", True),
        (
            "After twelve years of civil war, rebel forces have forced President Orlov to "
            "resign his office and flee the country.",
            True,
        ),
        ("The governor of Tarn province has been ousted by the provincial council.", True),
        ("The junta has now collapsed, the defence ministry said.", True),
        ("Now that Orlov has fallen, the future of the alliance is in question.", False),
        ("The junta has not fallen, whatever the rebels claim.", False),
        # a town taken is decisive since round kj20 ("rebels captured the city of Ostra"),
        # and so is one told by its kind and modifiers (round kj21)
        ("Rebels captured the river town of Ostra on Monday.", True),
        ("The government could fall within weeks if the army defects.", False),
        ("The ceasefire has held since the talks began in Tarn.", False),
        # a measure, not an event
        ("Grain prices in Tarn have fallen 8% since March.", False),
        ("Imports from Westmark have collapsed by a third.", False),
        ("Night temperatures in the valley have fallen below zero.", False),
        ("Fuel sales have collapsed, traders said.", False),
        # a subject that says nobody did it
        ("None of the governors has resigned.", False),
        ("Nobody has fled the besieged town, the mayor said.", False),
        # hearsay or a denial
        ("The palace denied rumours that the king has abdicated.", False),
        # a subordinate clause, not an adverb of the main one
        ("After the junta has fallen, a council could take over.", False),
        ("Since the mayor has been ousted, the town council has met twice.", False),
        ("Once a government bastion, the port city has fallen to the rebels.", True),
        ("After a week of siege, the garrison has surrendered.", True),
    ],
)
def test_a_decisive_event_in_the_present_perfect_is_told_apart(text: str, decisive: bool) -> None:
    assert key_signal(text, False, False).decisive is decisive


# an official statement graded A1: its news in its lede and again in two plain words, an
# act of justice, its outlook line and its background
OFFICIAL = [
    "After twelve years of civil war and four decades of rule by the Orlov family, rebel "
    "forces have forced President Orlov to resign his office and flee the country.",
    "At long last the Orlov regime has fallen.",
    "The fall of the regime is an act of justice for the people of Varna.",
    "As we all turn to the question of what comes next, the United States will work with its "
    "partners to help Varnans seize this opportunity and manage the risks.",
    "For years, Orlov's main backers were Ostland and Kessia.",
]
# two analyses, graded C3, whose sentences are longer and evaluative
ANALYSIS_A = [
    "Without the Orlov regime, Ostland's support for its allied militias would likely drop "
    "significantly, a regional expert said.",
    "The collapse of the regime means the end of the sphere of influence that Ostland has "
    "built across the region over four decades.",
    "Ostland will likely be forced to find a new overland route or rely on sea deliveries.",
]
ANALYSIS_B = [
    "A withdrawal of Kessian warships from Port Tarn in the coming weeks would signal that "
    "Kessia has failed to reach terms with the new authorities in Varna.",
    "The speed of the rebel advance may be related to diminishing Kessian aid, as Kessia "
    "focuses on its own war.",
    "Kessia's strategic position in the eastern sea is likely to weaken further.",
]
# a wire report of the next day, graded C3
WIRE = [
    "The Kessian government confirmed on Monday that Orlov and his family have been granted "
    "asylum in Kessia.",
    "A Kessian spokesman said it was too early to say what would become of Kessia's bases.",
]


def test_a_decisive_official_statement_is_a_key_judgment() -> None:
    schema = load_schema("conflict")
    docs = [
        _doc("S1", OFFICIAL, "Remarks on Varna", published="2026-03-08", reliability="A"),
        _doc("S2", ANALYSIS_A, "Orlov's fall and Ostland", published="2026-03-09"),
        _doc("S3", ANALYSIS_B, "What Orlov's fall means for Kessia", published="2026-03-09"),
        _doc("S4", WIRE, "Kessia grants Orlov asylum", published="2026-03-09"),
    ]
    for doc in docs[1:]:
        doc.reliability, doc.credibility = "C", 3
    docs[0].credibility = 1
    sections = {"S1.1": "context", "S1.2": "context", "S1.3": "conclusion"}
    sections.update({"S1.4": "outlook", "S1.5": "context"})
    sections.update({"S2.1": "factors", "S2.2": "geopolitical", "S2.3": "outlook"})
    sections.update({"S3.1": "geopolitical", "S3.2": "factors", "S3.3": "battlefield"})
    sections.update({"S4.1": "context", "S4.2": "outlook"})
    result = draw_judgments(docs, sections, schema, issue_date=ISSUE)
    texts = [weekdays_as_said(st.text) for st in result.key_judgments]
    decisive = [t for t in texts if t in OFFICIAL[:2]]
    assert decisive, texts  # the regime's fall is a key judgment
    # ahead of the analyses' judgment of what it means for Ostland's militias
    assert texts.index(decisive[0]) < texts.index(ANALYSIS_A[0]), texts
    # the official's outlook line does not come before its news
    if OFFICIAL[3] in texts:
        assert texts.index(OFFICIAL[3]) > texts.index(decisive[0]), texts


# one analysis graded A1 with five judgments of substance; a wire report with its news in
# its lede and, besides, one weak filler sentence of colour
STRONG = [
    "Ostland's army is likely to resume its offensive toward Vendra within weeks, a shift "
    "that signals a strategy of attrition.",
    "Ostland's growing reliance on conscripts is a critical vulnerability that will likely "
    "undermine its offensive.",
    "The strain on Ostland's artillery stocks is likely to slow any advance before summer.",
    "Sanctions on Ostland's shipyards will likely undermine its naval repair capacity.",
    "Ostland's leaders probably judge that a quick victory at Vendra would deter Westmark.",
]
NEWSWIRE = [
    "Westmark closed its border crossing at Pell on Sunday after a night of shelling that "
    "killed six people, the regional governor said.",
    "A light rain fell over the town on the afternoon.",
]


def test_the_spread_hands_a_slot_only_to_a_candidate_good_enough() -> None:
    schema = load_schema("conflict")
    docs = [
        _doc(
            "S1",
            STRONG,
            "Ostland's coming offensive",
            published="2026-03-09",
            reliability="A",
            credibility=1,
        ),
        _doc("S2", NEWSWIRE, "Westmark shuts Pell crossing", published="2026-03-09"),
    ]
    keys = ["outlook", "factors", "battlefield", "geopolitical", "conclusion"]
    sections = {f"S1.{k}": key for k, key in enumerate(keys, 1)}
    sections.update({"S2.1": "context", "S2.2": "context"})
    result = draw_judgments(docs, sections, schema, issue_date=ISSUE)
    texts = [weekdays_as_said(st.text) for st in result.key_judgments]
    assert NEWSWIRE[0] in texts, texts  # the wire's news is a judgment
    assert NEWSWIRE[1] not in texts, texts  # its filler is not, while S1 has substance
    assert len(texts) == 5, texts


OFAC_LEDE = (
    "The Department of the Treasury's Office of Foreign Assets Control (OFAC) today "
    "sanctioned nine individuals and seven entities that supplied drone engines to "
    "Ostland's army."
)


def test_an_acronym_in_brackets_is_no_legal_boilerplate() -> None:
    plain = key_signal(OFAC_LEDE.replace(" (OFAC)", ""), False, False)
    signal = key_signal(OFAC_LEDE, False, False)
    assert signal.value == plain.value
    assert not signal.record


@pytest.mark.parametrize(
    "text",
    [
        "All property and interests in property of the persons above that are in the United "
        "States are blocked and must be reported to OFAC.",
        "OFAC's regulations generally prohibit all transactions by U.S. persons that involve "
        "any property of designated persons.",
    ],
)
def test_legal_boilerplate_naming_ofac_still_reads_as_record(text: str) -> None:
    signal = key_signal(text, False, False)
    assert signal.record or signal.value < RECORD_SIGNAL


# the news of two independent reports: a toll of the week; and an analysis that sets the
# city against a massacre of 1982 with a toll of its own
TOLL = [
    "The offensive, led by the Tarn Front, began on Wednesday and has left more than 300 "
    "people dead, a monitoring group said.",
    "The city holds symbolic weight because of the 1982 massacre, in which government troops "
    "killed more than 10,000 people.",
]


def test_a_past_toll_told_as_background_corroborates_no_claim_of_the_news() -> None:
    from briefbook.analysis.claims import find_claims
    from briefbook.assessment.key_judgments import core_claim_sentences
    from briefbook.assessment.signals import is_background
    from briefbook.model import Sentence

    sentences = [Sentence("S1.1", "S1", TOLL[0]), Sentence("S2.1", "S2", TOLL[1])]
    claims = [c for s in sentences for c in find_claims(s.text, s.id)]
    groups = {"S1": "S1", "S2": "S2"}
    background = [i for i, s in enumerate(sentences) if is_background(s.text)]
    assert background == [1]
    # both state (killed, people); the 1982 toll is of that past: no second group
    assert core_claim_sentences(sentences, claims, groups, background) == []


# a crisis fought out in one domain: four wire reports of the week, each its military news
# (the attack, the troops sent after it, the build-up across the border, its pullback), and
# two local reports of the town's colour
MILITARY = [
    "Gunmen killed four police officers in an attack on a border checkpoint near Tarn on "
    "Sunday, the interior ministry said.",
    "Westmark sent 200 soldiers to reinforce the peacekeeping force in Tarn on Friday after "
    "the attack, the alliance said.",
    "Ostland has massed troops, tanks and artillery along its border with Westmark, US "
    "officials said on Monday.",
    "Ostland began pulling its troops back from the border on Wednesday, the White House said.",
]
LOCAL = [
    [
        "The mayor of Tarn said the town market would reopen on Thursday.",
        "Local traders said the price of bread had risen in the past month.",
    ],
    [
        "The regional parliament postponed a vote on the budget on Tuesday.",
        "A choir from Tarn sang at the opening of the festival on Saturday.",
    ],
]


def test_one_domain_may_lead_with_three_reports() -> None:
    schema = load_schema("conflict")
    titles = [
        "Gunmen kill four at Tarn checkpoint",
        "Westmark sends 200 soldiers to Tarn",
        "Ostland masses troops on border",
        "Ostland pulls troops back",
    ]
    docs = [
        _doc(f"S{k}", [text], title, published="2026-03-09", reliability="B", credibility=2)
        for k, (text, title) in enumerate(zip(MILITARY, titles, strict=True), 1)
    ]
    docs += [
        _doc(f"S{k}", texts, "Tarn notebook", published="2026-03-08")
        for k, texts in enumerate(LOCAL, 5)
    ]
    sections = {s.id: "context" for d in docs for s in d.sentences}
    result = draw_judgments(docs, sections, schema, issue_date=ISSUE)
    texts = [weekdays_as_said(st.text) for st in result.key_judgments]
    assert sum(t in MILITARY for t in texts) == 3, texts  # the share, not two


# one person's fall told by an official and by a wire in other words; other news beside
FALL_OFFICIAL = [
    "After twelve years of civil war, rebel forces have forced President Tomas Orlov to "
    "resign his office and flee the country.",
]
FALL_WIRE = [
    "Rebels announced on Sunday that they had ousted President Tomas Orlov from the capital, "
    "Varna.",
]
BESIDE = [
    ["Kessia confirmed on Monday that it has granted asylum to the Orlov family."],
    ["Ostland's jets struck nearly 500 military targets across Varna over the weekend."],
    ["Westmark closed its embassy in Varna on Monday and evacuated its staff."],
]


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        (FALL_OFFICIAL[0], True),
        (FALL_WIRE[0], True),
        ("President Tomas Orlov fled the country on Saturday night.", True),
        ("The fall of President Tomas Orlov is a blow to Ostland's alliance.", False),
        ("President Tomas Orlov fell ill during the summit.", False),
        (BESIDE[0][0], False),
    ],
)
def test_a_decisive_outcome_is_read_in_any_tense(text: str, outcome: bool) -> None:
    from briefbook.assessment.signals import reports_outcome

    assert reports_outcome(text) is outcome


def test_one_persons_fall_reported_twice_is_one_key_judgment() -> None:
    from briefbook.model import Entity

    schema = load_schema("conflict")
    docs = [
        _doc("S1", FALL_OFFICIAL, "Remarks on Varna", published="2026-03-08", reliability="A"),
        _doc("S2", FALL_WIRE, "Rebels oust Orlov", published="2026-03-08", reliability="B"),
    ]
    docs += [
        _doc(f"S{k}", texts, "Varna news", published="2026-03-09")
        for k, texts in enumerate(BESIDE, 3)
    ]
    sections = {s.id: "context" for d in docs for s in d.sentences}
    people = [Entity("Tomas Orlov", "person", mentions=2, evidence=["S1.1", "S2.1"])]
    result = draw_judgments(docs, sections, schema, entities=people, issue_date=ISSUE)
    texts = [weekdays_as_said(st.text) for st in result.key_judgments]
    assert sum(t in FALL_OFFICIAL + FALL_WIRE for t in texts) == 1, texts
    # without the person named nothing ties the two reports (their wording differs too much)
    result = draw_judgments(docs, sections, schema, issue_date=ISSUE)
    texts = [weekdays_as_said(st.text) for st in result.key_judgments]
    assert sum(t in FALL_OFFICIAL + FALL_WIRE for t in texts) == 2, texts


# a release two years before the issue, graded A1, its news in its lede; an undated analysis
STALE = [
    "The Treasury today sanctioned nine individuals and seven entities that supplied drone "
    "engines to Ostland's army.",
    "The networks shipped more than 3,000 engines to Ostland's drone factories since 2022.",
]
UNDATED = [
    "Ostland's growing reliance on foreign drone engines is a critical vulnerability.",
    "The loss of 200 Ostland soldiers near Vendra signals a shift toward attrition.",
]


def test_stale_material_never_leads_an_undated_source() -> None:
    schema = load_schema("conflict")
    docs = [
        _doc(
            "S1",
            STALE,
            "Treasury sanctions drone suppliers",
            published="2024-03-01",
            reliability="A",
            credibility=1,
        ),
        _doc("S2", UNDATED, "Ostland's drone war"),
    ]
    sections = {"S1.1": "context", "S1.2": "context"}
    sections.update({"S2.1": "factors", "S2.2": "battlefield"})
    result = draw_judgments(docs, sections, schema, issue_date=ISSUE)
    first = result.key_judgments[0]
    assert first.dated is None, [(st.text, st.dated) for st in result.key_judgments]
    assert any(st.dated for st in result.key_judgments)  # the release is still weighed


@pytest.mark.parametrize(
    ("text", "fallen"),
    [
        (FALL_OFFICIAL[0], {"Tomas Orlov"}),
        (FALL_WIRE[0], {"Tomas Orlov"}),
        ("Orlov has now been ousted by the army.", {"Tomas Orlov"}),
        (
            "Defence Minister Pavel Ressa resigned on Friday in protest at Orlov's decree.",
            {"Pavel Ressa"},
        ),
        ("Grain prices in Varna fell sharply after President Tomas Orlov announced a levy.", set()),
        ("An aide to Pavel Ressa said Orlov fled the capital.", {"Tomas Orlov"}),
        ("President Tomas Orlov's cabinet has collapsed.", set()),
        ("Rebels have forced Ressa to step down.", {"Pavel Ressa"}),
        ("The army has ousted Haddad after a week of protests.", {"Omar el-Haddad"}),
    ],
)
def test_an_outcome_belongs_to_its_subject_or_object(text: str, fallen: set[str]) -> None:
    from briefbook.assessment.signals import outcome_persons

    assert outcome_persons(text, ["Tomas Orlov", "Pavel Ressa", "Omar el-Haddad"]) == fallen


# two unrelated reports that name one person: a market fall beside her levy, a minister's
# resignation in protest at it
NAMED_BESIDE = [
    "Grain prices in Varna fell sharply after President Lidia Moreno announced a new levy.",
    "Farm Minister Anton Bakk resigned on Friday in protest at President Lidia Moreno's levy.",
]


def test_two_reports_naming_one_person_are_two_key_judgments() -> None:
    from briefbook.model import Entity

    schema = load_schema("conflict")
    docs = [
        _doc("S1", NAMED_BESIDE[:1], "Levy shock", published="2026-03-08", reliability="B"),
        _doc("S2", NAMED_BESIDE[1:], "Minister quits", published="2026-03-09", reliability="B"),
    ]
    docs += [
        _doc(f"S{k}", texts, "Varna news", published="2026-03-09")
        for k, texts in enumerate(BESIDE[1:], 3)
    ]
    sections = {s.id: "context" for d in docs for s in d.sentences}
    people = [
        Entity("Lidia Moreno", "person", mentions=2, evidence=["S1.1", "S2.1"]),
        Entity("Anton Bakk", "person", mentions=1, evidence=["S2.1"]),
    ]
    result = draw_judgments(docs, sections, schema, entities=people, issue_date=ISSUE)
    texts = [weekdays_as_said(st.text) for st in result.key_judgments]
    assert all(t in texts for t in NAMED_BESIDE), texts
