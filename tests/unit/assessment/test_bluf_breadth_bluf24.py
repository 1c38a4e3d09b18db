"""The bottom line weighs how many independent sources report an event, not only freshness
(round bluf24; invented sources): four reports of a named military operation, all older
than the issue's freshness limit (90 days by default), and one fresh press release. Before,
every key judgment came from the press release, its boilerplate about the issuing office
included, and the operation was missing. Now:

* an event a share of the independent sources report (``wide_share``, at least
  ``wide_min_sources``: by the sentences its statement cites, or by the operation they all
  name) takes a slot, shown dated and after the current judgments (stale material still
  never leads);
* a body's description of its own remit ("The Office ... administers and enforces ...",
  "... works to protect ...") is never a key judgment.

Near misses: an operation two of five sources name takes no slot of its own; reposts of one
origin count once; the release's own news, an actor's aim ("Operation Iron Lantern aims
to"), a dated act of the office ("today designated") are no boilerplate.
"""

from __future__ import annotations

import pytest
from tests.builders import paragraph_document

from briefbook.assessment.breadth import (
    describes_remit,
    named_events,
    reach,
    release_boilerplate,
)
from briefbook.assessment.build import assess_documents
from briefbook.model import Sentence

OPERATION = [
    (
        "S1",
        "Tarsk launched Operation Iron Lantern on Tuesday, sending armoured columns across "
        "the Vell river into Kelvar's northern province.",
        "2024-11-05",
    ),
    (
        "S2",
        "Tarsk's army pushed toward the city of Amra under Operation Iron Lantern, its "
        "largest offensive in a decade.",
        "2024-11-07",
    ),
    (
        "S3",
        "Operation Iron Lantern has brought Tarsk forces within 20 kilometres of Amra, Kelvar "
        "officials said.",
        "2024-11-09",
    ),
    (
        "S4",
        "Analysts said Operation Iron Lantern aims to cut Kelvar's north from its ports "
        "before winter.",
        "2024-11-12",
    ),
]
OTHERS = {
    "S1": "Kelvar's defence ministry said 14 soldiers were killed in the first day of fighting.",
    "S2": "The Kelvar government appealed to its neighbours for air defence systems.",
    "S3": "Kelvar's president ordered a general mobilisation on Thursday.",
    "S4": "A prolonged siege of Amra would deepen the humanitarian crisis.",
}
RELEASE = [
    "The Westmark Treasury Department today designated three shipping companies that moved "
    "Tarsk fuel to the front.",
    "The designations block all property of the companies that is in Westmark.",
    "The Office of Sanctions Control administers and enforces economic sanctions programs to "
    "advance Westmark's national security goals.",
    "For more information on today's action, contact the Treasury press office.",
    "The Office of Sanctions Control works to protect the financial system from abuse by "
    "illicit actors.",
]


def _documents(naming: int = 4) -> list:
    docs = []
    for n, (sid, text, day) in enumerate(OPERATION):
        # past ``naming`` sources, the report tells another event without the operation
        lead = text if n < naming else f"Kelvar's rail network was closed to civilians in {sid}."
        docs.append(paragraph_document(sid, [lead, OTHERS[sid]], f"Report {sid}", published=day))
    docs.append(
        paragraph_document(
            "S5", RELEASE, "Treasury designates Tarsk fuel shippers", published="2025-03-18"
        )
    )
    return docs


def _sources(statements) -> list[str]:
    return [k.evidence[0].split(".")[0] for k in statements]


def test_the_principal_event_takes_a_slot_and_boilerplate_none() -> None:
    kjs = assess_documents(_documents(), issue_date="2025-03-20").key_judgments
    texts = [k.text for k in kjs]
    operation = [k for k in kjs if "Iron Lantern" in k.text]
    assert operation, texts
    # stale material never leads: the operation is shown dated, after the current judgments
    assert operation[0].dated is not None
    assert kjs[0].dated is None and "Iron Lantern" not in kjs[0].text
    assert not any("Office of Sanctions Control" in t for t in texts), texts
    assert any("designated three shipping companies" in t for t in texts), texts


def test_an_operation_two_sources_name_takes_no_slot_of_its_own() -> None:
    kjs = assess_documents(_documents(naming=2), issue_date="2025-03-20").key_judgments
    texts = [k.text for k in kjs]
    assert not any("Iron Lantern" in t for t in texts), texts
    # the current source leads; stale reports only fill to three
    assert _sources(kjs)[0] == "S5", texts
    assert not any("Office of Sanctions Control" in t for t in texts), texts


def test_reach_counts_independent_origins() -> None:
    sentences = [
        Sentence(f"S{n}.1", f"S{n}", text)
        for n, text in enumerate(
            [
                "Tarsk launched Operation Iron Lantern on Tuesday.",
                "Kelvar said Operation Iron Lantern had reached Amra.",
                "The Iron Lantern offensive stalled near Amra, Kelvar said.",
                "A reposted wire: Tarsk launched Operation Iron Lantern on Tuesday.",
                "Rail traffic to Amra resumed.",
            ],
            1,
        )
    ]
    groups = {"S1": "S1", "S2": "S2", "S3": "S3", "S4": "S1", "S5": "S5"}
    widths = reach({0: ["S1.1"], 4: ["S5.1", "S2.1"]}, sentences, groups)
    # S1, S2 and the repost S4 (one origin with S1) name it; "the Iron Lantern offensive"
    # is no "Operation ..." name
    assert widths[0] == 2
    # the sentences a statement cites as saying nearly the same count by their origin
    assert widths[4] == 2


def test_named_events() -> None:
    assert named_events("Tarsk launched Operation Iron Lantern on Tuesday.") == {"iron lantern"}
    assert named_events("The Vell Offensive stalled.") == {"vell"}
    assert named_events("The operation stalled near Amra.") == frozenset()


@pytest.mark.parametrize(
    "text",
    [
        "The Office of Sanctions Control administers and enforces economic sanctions programs.",
        "The Office of Sanctions Control works to protect the financial system from abuse.",
        "The Kelvar Relief Agency is committed to serving displaced families.",
        "The Department's mission is to protect the country's borders.",
    ],
)
def test_a_body_describing_its_remit_is_boilerplate(text: str) -> None:
    assert describes_remit(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Office of Sanctions Control today designated three shipping companies.",
        "Analysts said Operation Iron Lantern aims to cut Kelvar's north from its ports.",
        "Tarsk is committed to retaking Amra, its president said.",
        "The Kelvar Relief Agency works to feed 200,000 displaced people in Amra.",
        "Kelvar's defence ministry said 14 soldiers were killed.",
    ],
)
def test_news_and_aims_are_no_remit(text: str) -> None:
    assert not describes_remit(text)


@pytest.mark.parametrize(
    "text",
    [
        "Press inquiries: Jane Doe, Kelvar Treasury, 202 555 0100.",
        "For press inquiries, call the ministry spokesperson.",
        "Follow the ministry on social media for updates.",
        "More information on the programme is available on the ministry website.",
        "Journalists may direct questions to the ministry press desk.",
        "Additional details on the designations can be found in the annex.",
        "The full list of designated vessels is available online.",
        "Media contact: Ana Sol, Ostland Ministry of Defence.",
        "Questions should be directed to the ministry's press office.",
    ],
)
def test_contact_lines_are_boilerplate(text: str) -> None:
    assert release_boilerplate(text)


@pytest.mark.parametrize(
    "text",
    [
        "Troops stormed the ministry press office in Amra.",
        "Details about the casualties are not yet available.",
        "More than 300 people were killed, and further details are available from the UN.",
        "Satellite images of the depot are available online, the ministry said.",
        "The army said 1,200 troops crossed the river.",
        # a press or media word inside news (revB24)
        "Russian intelligence used media contacts in Chisinau to spread reports of a coup.",
        "The army shut the press desk at the front after two reporters were killed.",
        "Media inquiries into the massacre were blocked by the junta.",
        "Investigators direct questions to the families of the missing.",
    ],
)
def test_news_is_no_contact_line(text: str) -> None:
    assert not release_boilerplate(text)


def test_a_contact_line_is_never_a_key_judgment() -> None:
    docs = _documents()
    release = docs[-1]
    extra = [
        "Press inquiries: Jane Doe, Westmark Treasury, 202 555 0100.",
        "More information on the sanctions programme is available on the Treasury website.",
    ]
    release = paragraph_document(
        "S5", RELEASE + extra, "Treasury designates Tarsk fuel shippers", published="2025-03-18"
    )
    kjs = assess_documents([*docs[:-1], release], issue_date="2025-03-20").key_judgments
    texts = [k.text for k in kjs]
    assert not any("Press inquiries" in t or "Treasury website" in t for t in texts), texts


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # a side before the head, a headline's capitals: no operation's name (revB24)
        ("The Ukrainian Offensive in the south stalled.", set()),
        ("Russia's summer push, the Russian Offensive, stalled near the river.", set()),
        ("Summer Campaign Stalls In Donbas", set()),
        # near misses: a place's or a code name stays
        ("The Kursk Offensive stalled after a month.", {"kursk"}),
        ("Ostland launched Operation Iron Lantern against Karsia.", {"iron lantern"}),
    ],
)
def test_a_sides_offensive_is_no_named_event(text: str, names: set[str]) -> None:
    assert set(named_events(text)) == names
