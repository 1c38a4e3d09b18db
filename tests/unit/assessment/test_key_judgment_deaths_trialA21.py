"""The first deaths of a campaign are not kept out of the bottom line by the strikes around
them (trialA21; invented sentences, no third-party text).

Four reports of strikes and a ship sunk fill the key judgments' military domain (decisive
events are not held back by the cap per section and domain, so they can take more than its
share); a later report that "three crew members were killed" when a missile hit a ship was
then held back by the cap, and a procedural aside of a designation took the last place. A toll
of the dead (``cap_free_tolls`` of data/judgments.yaml: killed), like a decisive event, is not
held back by the cap when it is its report's news (the source's best statement). Near misses:
a toll of the wounded only, the dead as parts of a toll ("two of them were Kestran"), and a
toll told in passing below a report's own news are held back as before.
"""

from __future__ import annotations

from briefbook.assessment.key_judgments import pick_key_judgments
from briefbook.assessment.params import JudgmentParams
from briefbook.assessment.signals import KeySignal
from briefbook.model import Claim, Sentence, Statement

_MILITARY = [
    ("S1", "Kestral and Ostland aircraft struck 40 rebel targets across 12 sites in Dorvia.", 3.6),
    ("S2", "Today, Kestral and Ostland conducted strikes against rebel depots in Dorvia.", 3.5),
    ("S3", "The bulk carrier Ostra Dawn sank in the Narrow Sea after a rebel missile hit it.", 3.4),
    ("S4", "Kestral and Ostland carried out new strikes on rebel launch sites in Dorvia.", 3.3),
]
_TOLL = "A rebel missile struck the bulk carrier Lina Star, and three crew members were killed."
_ASIDE = "During the 30-day delay, the ministry will hold talks with aid groups on licences."


class _Unalike:
    def similarity(self, i: int, j: int) -> float:
        return 0.0


def _pick(toll_claim: Claim, news_first: bool = False) -> list[str]:
    sentences: list[Sentence] = []
    built: dict[int, Statement] = {}
    signals: list[KeySignal] = []
    rows = [(src, text, score, "military", True) for src, text, score in _MILITARY]
    rows += [("S5", _TOLL, 2.9, "military", False), ("S6", _ASIDE, 2.5, None, False)]
    if news_first:  # the toll's report leads with other news of the military domain
        rows.append(("S5", "Rebel boats harassed the bulk carrier Lina Star for an hour.", 3.0))
        rows[-1] = (*rows[-1], "military", False)
    for i, (src, text, score, domain, decisive) in enumerate(rows):
        sid = f"{src}.{1 + sum(r[0] == src for r in rows[:i])}"
        sentences.append(Sentence(id=sid, source=src, text=text))
        section = "context" if domain else "geopolitical"
        built[i] = Statement(text=text, evidence=[sid], score=score, section=section, domain=domain)
        signals.append(KeySignal(value=0.1, analytic=False, event=True, decisive=decisive))
    claims_at = {4: [toll_claim]}
    chosen = pick_key_judgments(
        built, sentences, _Unalike(), signals, JudgmentParams(), claims_at=claims_at
    )
    return [s.evidence[0] for s in chosen]


def _claim(event: str, part: bool = False) -> Claim:
    return Claim(
        text="three crew members",
        quantity=3,
        counts="crew members",
        event=event,
        attributed_to=None,
        hedged=False,
        evidence=["S5.1"],
        part=part,
    )


def test_a_toll_of_the_dead_is_not_held_back_by_the_domain_cap() -> None:
    chosen = _pick(_claim("killed"))
    assert "S5.1" in chosen, chosen
    assert "S6.1" not in chosen, chosen


def test_near_miss_a_toll_of_the_wounded_is_held_back_as_before() -> None:
    chosen = _pick(_claim("wounded"))
    assert "S5.1" not in chosen and "S6.1" in chosen, chosen


def test_near_miss_a_toll_below_its_reports_own_news_is_held_back_as_before() -> None:
    chosen = _pick(_claim("killed"), news_first=True)
    assert "S5.1" not in chosen and "S6.1" in chosen, chosen


def test_near_miss_the_dead_as_a_part_of_a_toll_are_held_back_as_before() -> None:
    chosen = _pick(_claim("killed", part=True))
    assert "S5.1" not in chosen and "S6.1" in chosen, chosen
