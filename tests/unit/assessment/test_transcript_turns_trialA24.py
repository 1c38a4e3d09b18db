"""A transcript's words in the briefing say who speaks (trialA24; an invented press conference
of the shape of a US government transcript, no third-party text): a statement taken from a
speaker's turn that does not name its speaker reads 'Ana Sol said: "..."' and is attributed to
her, its label left out; the speaker's boasts are never the briefing's own voice. Near miss: a
news report's own sentences stay as written and unattributed.
"""

from __future__ import annotations

import re
from pathlib import Path

from briefbook.assessment import assess_documents
from briefbook.ingest import SourceSpec, load_documents

TRANSCRIPT = """Title: Defence Secretary Ana Sol and General Tarvo Kessel Hold a Press Conference
Publisher: Ostland Ministry of Defence
Published: 2026-03-02

SECRETARY OF DEFENCE ANA SOL: Good morning, and thank you for coming. Last night our air force struck three fuel depots near Varn in Karsia. The operation was flawless and the depots were wiped off the map. Karsia's war machine has been crippled for years to come.

GEN. TARVO KESSEL: Thank you, Madam Secretary. Eighteen aircraft took part in the raid, and all of them returned safely.

Q: General, were civilians killed?

GEN. KESSEL: We have no reports of civilian casualties at this time.
"""

NEWS = """Ostland bombs Karsian fuel depots

Ostlandic aircraft bombed three fuel depots near Varn in Karsia overnight, destroying large stocks of diesel.

Karsia's defence ministry said the raids caused fires that burned for hours.

Fuel prices in Varn doubled by the afternoon.
"""


def _statements(tmp_path: Path):
    (tmp_path / "transcript.txt").write_text(TRANSCRIPT, encoding="utf-8")
    (tmp_path / "news.txt").write_text(NEWS, encoding="utf-8")
    docs = load_documents(
        [SourceSpec(path="transcript.txt"), SourceSpec(path="news.txt", published="2026-03-02")],
        base=tmp_path,
    )
    a = assess_documents(docs, issue_date="2026-03-03")
    s_of = {s.id: s for s in a.sentences}
    stated = [st for sec in a.sections for st in sec.statements] + list(a.key_judgments)
    return stated, s_of


def test_a_turns_words_name_their_speaker(tmp_path: Path) -> None:
    stated, s_of = _statements(tmp_path)
    from_turns = [st for st in stated if s_of[st.evidence[0]].source == "S1"]
    assert from_turns, "the transcript gives statements"
    for st in from_turns:
        assert st.attributed_to in {"Ana Sol", "Tarvo Kessel"}, st
        # a relative day of the words ("Last night") dates the attribution: 'Ana Sol said on
        # 2 March 2026: "..."' (revA24: the rule of d84f202 and this one together)
        assert re.match(
            r'(?:Ana Sol|Tarvo Kessel) said(?: on \d{1,2} [A-Z][a-z]+ \d{4})?: "', st.text
        ), st.text
        assert "SECRETARY OF DEFENCE" not in st.text and "GEN." not in st.text


def test_near_miss_a_news_reports_own_sentences_stay_as_written(tmp_path: Path) -> None:
    stated, s_of = _statements(tmp_path)
    from_news = [st for st in stated if s_of[st.evidence[0]].source == "S2"]
    assert from_news
    for st in from_news:
        assert ' said: "' not in st.text, st.text
        assert s_of[st.evidence[0]].text.startswith(st.text[:20]), st.text
