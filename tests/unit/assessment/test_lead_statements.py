"""What may open a section or stand as a key judgment: sentences that point back to an earlier
one (a lead phrase giving one more case, a bare event noun as subject, "Others", "Again,", a
demonstrative inside the sentence, "also" after the subject), questions, and an "it" that
belongs to the clause before."""

from __future__ import annotations

from pathlib import Path

from briefbook.assessment import assess_documents
from briefbook.assessment.judgments import lead_standalone
from briefbook.assessment.readability import needs_context, refers_back
from briefbook.assessment.signals import KeySignal, is_question, key_signal
from briefbook.ingest import SourceSpec, load_documents


def test_lead_phrases_and_subjects_that_point_back_need_context() -> None:
    for text in (
        "In one grim example, families who fled gave matching accounts of the shelling.",
        "In another case, the militia burned a grain store.",
        "In a similar incident, raiders looted the clinic at Vendra.",
        "The threat was plain, but the warnings went unheeded.",
        "The move comes days after the truce collapsed.",
        "The statement was the first by the council to admit the loss.",
        "Others spoke of raids on clinics and medics.",
        "The latter denied any role in the raid.",
        "Again, on June 4, the navy fired six rockets.",
        "Once again the militia shelled the camp.",
        "It will be hard, but giving up on talks would be worse.",
    ):
        assert needs_context(text), text
    for text in (
        "In one district, the militia burned a grain store.",
        "The decision to withdraw was taken on Sunday.",
        "The threat of famine is growing in the camps.",
        "The raid killed nine people near Vendra.",
        "The navy again shelled the coast.",
        "It is likely that the garrison will withdraw.",
        "It remains unclear whether the backers will cut their support.",
    ):
        assert not needs_context(text), text


def test_a_demonstrative_inside_the_sentence_points_back() -> None:
    for text in (
        "Revenues from the smuggling ring fund these launches and the wider programme.",
        "Aid convoys stopped after those talks.",
        "The minister said these increasingly bold raids must end.",
        "The ministry denied those reports on Monday.",
        "Blame for these atrocity crimes lies with the militia.",
        "Survivors also described bodies along the road.",
        "The navy also said on Monday that it downed four drones.",
        # a long subject with no verb of its own before "also"
        "Four border guards and two drivers of the Vendra aid convoy also died.",
    ):
        assert refers_back(text), text
    for text in (
        "The militia shelled the port later this week.",
        "Most of those who fled reached the border.",
        "Those killed included two medics.",
        "The envoy asked the council to hold those responsible to account.",
        "The army said these Tarvian units had crossed the river.",
        "The navy downed these drones over Vendra.",
        "The council opened a drone plant in May, and these plants now employ 400 people.",
        '"We will answer these crimes," the general said.',
        "The group is also known as the Northern Front.",
        "The militia shelled the port on Tuesday.",
        # "also" joining two predicates of the sentence itself
        "The militia shelled the port at Vendra on Tuesday and also struck the bridge.",
        "After the talks in Vendra failed, the council also closed the border crossing.",
    ):
        assert not refers_back(text), text


def test_a_question_is_never_a_statement() -> None:
    assert is_question("Why does it matter?")
    assert is_question("What should be done next?")
    assert not is_question('"Who will pay for this?" the mayor asked.')
    assert not is_question("The mayor asked who would pay.")
    assert key_signal("Why did it happen?", False, False).procedural
    assert not key_signal("The raid killed nine people.", False, False).procedural


def _signal(*, leans_back: bool = False, context: bool = False) -> KeySignal:
    return KeySignal(0.0, False, leans_back=leans_back, context=context)


def test_the_first_statement_that_stands_alone_leads() -> None:
    signals = [_signal(leans_back=True), _signal(), _signal(context=True), _signal()]
    assert lead_standalone([0, 1, 2, 3], signals) == [1, 0, 2, 3]
    assert lead_standalone([2, 0, 3], signals) == [3, 2, 0]
    assert lead_standalone([1, 0], signals) == [1, 0]
    assert lead_standalone([0, 2], signals) == [0, 2]  # nothing stands alone: unchanged
    assert lead_standalone([], signals) == []


REPORT = """The garrison of Vendra fell to the Northern Front on Sunday after a three-week siege, the regional council said.

Smuggled fuel sold across the border pays for these assaults and for the militia's new drones.

The Northern Front now holds every district capital in the eastern province, council officials said.

Why does it matter?

Aid agencies said 4,000 families fled Vendra toward the coast on Monday.

In one grim example, families who fled gave matching accounts of executions at the river crossing.

The fall of Vendra is likely to push the army to defend the coastal road.
"""


def test_no_section_opens_and_no_key_judgment_stands_on_a_sentence_pointing_back(
    tmp_path: Path,
) -> None:
    (tmp_path / "report.txt").write_text(REPORT, encoding="utf-8")
    docs = load_documents([SourceSpec(path="report.txt", published="2024-11-28")], base=tmp_path)
    a = assess_documents(docs, issue_date="2024-12-01")
    kjs = [k.text for k in a.key_judgments]
    assert kjs
    every = (
        [s.text for sec in a.sections for s in sec.statements]
        + kjs
        + [s.text for s in a.indicators]
    )
    assert not any(t.endswith("?") for t in every)  # no question is a statement
    for k in kjs:
        assert not refers_back(k) and not needs_context(k), k
    for sec in a.sections:
        if len(sec.statements) > 1:
            lead = sec.statements[0].text
            assert not refers_back(lead) and not needs_context(lead), (sec.key, lead)


STATEMENT = """The garrison of Vendra fell to the Northern Front on Sunday after a three-week siege, the regional council said.

Aid agencies said 4,000 families fled Vendra toward the coast on Monday.

The guards died defending the depot, the Dorvian Council said in a statement. In the face of this tragedy, the council reiterates its resolve to restore order. No militia will be able to break the determination of the Republic. The response will be implacable, it further noted.
"""


def test_a_partys_unattributed_words_never_lead_the_key_judgments(tmp_path: Path) -> None:
    """The council's statement reported sentence by sentence: its words without "it said"
    belong to the council, and as a key judgment would read as the source's own finding."""
    (tmp_path / "report.txt").write_text(STATEMENT, encoding="utf-8")
    docs = load_documents([SourceSpec(path="report.txt", published="2024-11-28")], base=tmp_path)
    a = assess_documents(docs, issue_date="2024-12-01")
    kjs = [k.text for k in a.key_judgments]
    assert kjs
    rhetoric = "No militia will be able to break the determination of the Republic."
    assert kjs[0] != rhetoric and rhetoric not in kjs[:3], kjs
    said = {s.text: s.attributed_to for s in a.sentences}
    assert said[rhetoric] == "Dorvian Council"


def test_a_subject_compared_with_what_came_before_needs_context() -> None:
    for text in (
        "A similar visit was made in March after the first sailors were hurt near Vendra.",
        "Comparable raids hit Korval on Monday.",
        "Another such convoy was stopped at the shoal.",
        "The same unit attacked Korval two days later.",
        "In May, a similar incident left three fishermen hurt.",
    ):
        assert needs_context(text), text
    for text in (
        "The same day, Tarvian troops entered Vendra.",
        "A similar attack to the one on Vendra hit Korval on Monday.",
        "Tarvian forces made a similar push towards Korval in May.",
        "Same-sex unions were recognised by the court.",
    ):
        assert not needs_context(text), text
