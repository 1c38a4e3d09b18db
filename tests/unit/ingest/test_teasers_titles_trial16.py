"""Page furniture of web copies saved as text (invented pages of the shapes seen in a
new-analyst trial on a blockade of a capital; no third-party text): a list of teasers to other
clips (a running time alone on a line, or "Go to video", then a caption) is no text of the
source; a site's label over a headline is not the title; a headline run straight into its
lede is the title, not a sentence; an audio widget's line is web chrome."""

from __future__ import annotations

from pathlib import Path

from briefbook.ingest import read_document

TEASERS = """Source: https://example.org/news/highway
Publisher: Example News

The Ostland embassy urged its citizens to leave Vendra at once, citing attacks on the northern highway.
Rebels have set more than 60 lorries on fire since August, the haulage union said.
00:41
Floods cut the northern highway as rains persist
02:13
Vendra protests turn violent as toll rises to 14
Go to video
Harbour strike enters its second week, shipping halted
"""


def _read(tmp_path: Path, text: str):
    path = tmp_path / "page.txt"
    path.write_text(text, encoding="utf-8")
    return read_document(path, "S1")


def test_teaser_captions_after_running_times_are_not_sentences(tmp_path: Path) -> None:
    doc = _read(tmp_path, TEASERS)
    texts = [s.text for s in doc.sentences]
    assert texts == [
        "The Ostland embassy urged its citizens to leave Vendra at once, citing attacks on "
        "the northern highway.",
        "Rebels have set more than 60 lorries on fire since August, the haulage union said.",
    ]
    assert not any("00:41" in h.text or "Go to video" in h.text for h in doc.headings)


def test_a_sentence_after_a_running_time_stays(tmp_path: Path) -> None:
    doc = _read(
        tmp_path,
        "Convoy talks\n\nThe minister spoke for an hour on the convoys and the fuel shortage.\n"
        "00:41\nThe army said it had escorted 40 lorries to the capital on Sunday.\n",
    )
    assert any("escorted 40 lorries" in s.text for s in doc.sentences)


def test_a_site_label_over_a_headline_is_not_the_title(tmp_path: Path) -> None:
    doc = _read(
        tmp_path,
        "Newsroom\n\nMinistry Sanctions Ostland Smuggling Network\n\n"
        "VENDRA - The ministry today designated two firms that moved fuel for the Ostland "
        "militia, the statement said.\n",
    )
    assert doc.title == "Ministry Sanctions Ostland Smuggling Network"
    assert all("Newsroom" not in s.text for s in doc.sentences)


def test_a_headline_run_into_its_lede_is_the_title(tmp_path: Path) -> None:
    doc = _read(
        tmp_path,
        "More than 30 lorries burned in rebel ambush on convoy near the Vendra border crossing\n"
        "In Ostland, rebels attacked a convoy of lorries on the border road, burning at least "
        "30 of them, the union said.\nThe army said it had repelled the attack.\n",
    )
    assert doc.title.startswith("More than 30 lorries burned")
    assert doc.sentences[0].text.startswith("In Ostland, rebels attacked")


def test_a_long_first_sentence_without_a_full_stop_is_not_a_title(tmp_path: Path) -> None:
    doc = _read(
        tmp_path,
        "Talks on the convoys\n\nThe rebels attacked a convoy of lorries on the border road "
        "and burned thirty of them while soldiers of the escort withdrew to the town and "
        "waited for help from the air\nThe army said it had repelled the attack.\n",
    )
    assert doc.title == "Talks on the convoys"
    assert doc.sentences[0].text.startswith("The rebels attacked")


def test_an_audio_widget_line_is_not_text(tmp_path: Path) -> None:
    doc = _read(
        tmp_path,
        "Audio By Vocalio\nThe embassy told citizens to leave the country on commercial flights "
        "because the roads were unsafe.\n",
    )
    assert all("Vocalio" not in s.text for s in doc.sentences)
    assert "Vocalio" not in doc.title


def test_a_deck_line_under_a_headline_stays_a_sentence(tmp_path):
    # a headline, then a deck line of up to 20 words run into a longer lede: the headline is
    # the title and the deck is a sentence of the text, not a second headline
    path = tmp_path / "deck.txt"
    path.write_text(
        "Ostland and Karsia open naval drills after border clash\n\n"
        "BORDER TENSION: Karsia accused Ostland's coast guard of ramming a fishing boat, "
        "which sustained minor damage\n\n"
        "Thousands of Ostland and Karsian sailors yesterday began joint exercises off the "
        "northern coast, days after a patrol boat and a trawler collided near the disputed "
        "shoal, officials in both capitals said.\n",
        encoding="utf-8",
    )
    doc = read_document(path, "S1")
    assert doc.title == "Ostland and Karsia open naval drills after border clash"
    assert any(s.text.startswith("BORDER TENSION: Karsia accused") for s in doc.sentences)
