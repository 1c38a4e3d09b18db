"""Blocks to a Document: boilerplate dropped, plain headings found, sentences numbered
``S<n>.<k>``, title and language set.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from briefbook.config.limits import limit
from briefbook.data import load_data
from briefbook.errors import NoTextError
from briefbook.ingest.blocks import Block, Parsed
from briefbook.ingest.language import capitals_warning, detect_language
from briefbook.ingest.plain import byline_name, site_label, wire_lede
from briefbook.model import Document, Heading, Sentence
from briefbook.text import alternation, is_boilerplate, split_sentences


def build_document(
    parsed: Parsed, doc_id: str, shown: str, fmt: str, sha256: str, path: Path
) -> Document:
    # the rail first: its label ("Related stories") is boilerplate too, dropped below
    blocks = [b for b in _drop_rail(parsed.blocks) if not is_boilerplate(b.text)]
    blocks = _drop_teasers(blocks)
    blocks = _mark_plain_headings(blocks, titled=parsed.title is not None)
    doc = Document(
        id=doc_id,
        title="",
        path=shown,
        sha256=sha256,
        format=fmt,
        author=parsed.author,
        url=parsed.url,
        publisher=parsed.publisher,
    )
    seen: set[str] = set()
    current: str | None = None
    k = 0
    cap_chars = limit("sentence_chars")
    cap_sentences = limit("source_sentences")
    cap_word = limit("word_chars")
    long_runs = re.compile(rf"\S{{{cap_word + 1},}}")
    overlong = 0
    cut = 0
    dropped = 0
    marks = 0
    for block in blocks:
        if k >= cap_sentences:
            dropped += 1
            continue
        if block.level is not None:
            current = block.text
            doc.headings.append(
                Heading(text=block.text, level=block.level, paragraph=len(doc.paragraphs))
            )
            continue
        if block.text in seen and len(block.text) > 40:
            continue  # a repeated paragraph (pull quote, duplicated teaser)
        seen.add(block.text)
        text, found = neutralise_marks(block.text)
        marks += found
        if len(text) > cap_word:
            text, runs = long_runs.subn(" ", text)
            overlong += runs
        sentences: list[str] = []
        for s in split_sentences(text, limit=cap_sentences - k):
            if is_boilerplate(s):
                continue
            pieces = cap_length(s, cap_chars)
            cut += len(pieces) - 1
            sentences.extend(pieces)
        if k + len(sentences) > cap_sentences:
            dropped += 1
            sentences = sentences[: cap_sentences - k]
        if not sentences:
            continue
        index = len(doc.paragraphs)
        doc.paragraphs.append(" ".join(sentences))
        for s in sentences:
            k += 1
            doc.sentences.append(
                Sentence(
                    id=f"{doc_id}.{k}", source=doc_id, text=s, paragraph=index, heading=current
                )
            )
    if overlong:
        doc.warnings.append(
            f"{overlong} run{'s' if overlong != 1 else ''} of more than {cap_word} characters "
            "without a space left out: not words (limit word_chars)"
        )
    if not doc.sentences:
        raise NoTextError(
            f"source holds no usable text: {shown}",
            reason="no usable text",
            path=shown,
            hint="check the file; only boilerplate, headings or runs of characters without "
            f"spaces longer than limit word_chars, {cap_word}, were found",
        )
    if cut:
        doc.warnings.append(
            f"{cut} sentence break{'s' if cut != 1 else ''} added: sentences longer than "
            f"{cap_chars:,} characters were split (limit sentence_chars)"
        )
    if dropped:
        doc.warnings.append(
            f"only the first {cap_sentences:,} sentences read; the rest of the source was "
            "dropped (limit source_sentences: split the source into several files)"
        )
    if marks:
        doc.warnings.append(
            f"{marks} citation mark{'s' if marks != 1 else ''} or marking{'s' if marks != 1 else ''} "
            "written in the source shown as quoted text, not as briefbook's own"
        )
    doc.title = _title(parsed, doc.headings, path)
    doc.title, found = neutralise_marks(doc.title)
    if found and not marks:
        doc.warnings.append("a citation mark or marking in the title shown as quoted text")
    doc.language, lang_warning = detect_language(doc.text)
    # plain warnings: the CLI prefixes the source id and path itself
    doc.warnings.extend(parsed.warnings)
    if lang_warning:
        doc.warnings.append(f"{lang_warning}; the engine is tuned for English")
    if caps := capitals_warning(doc.text):
        doc.warnings.append(caps)
    return doc


# a clip's running time on a line of its own: "00:47", "1:02:33", "(3:15)"
_DURATION = re.compile(r"^\(?\d{1,2}:\d{2}(?::\d{2})?\)?$")
_CAPTION_END = re.compile(r"[.!?…][\"'”’)\]]*$")


@cache
def _teaser_prompt() -> re.Pattern[str]:
    prompts = load_data("text.yaml")["teaser_prompts"]
    return re.compile(r"^(?:" + alternation(str(w) for w in prompts) + r")\W*$", re.I)


def _drop_teasers(blocks: list[Block]) -> list[Block]:
    """``blocks`` without a page's list of teasers to other media: a block that is a clip's
    running time alone ("00:47") or a teaser prompt (``teaser_prompts`` of
    ``data/text.yaml``: "Go to video"), and the caption right after it, a line of at most
    30 words that does not end as a sentence ("Floods cut the northern highway"), when the
    caption is one of a list: the page's end follows it, or another marker and a caption (or
    the page's end), or a teaser's caption stands before its marker. Such a caption names another story; it is never a
    sentence of this one. A time over a headline and its paragraph (a live page's entry:
    "09:15", "Ministry confirms 12 dead", then the entry's text) is no teaser: only the
    time goes."""

    def marker(text: str) -> bool:
        return bool(_DURATION.match(text) or _teaser_prompt().match(text))

    def caption(text: str) -> bool:
        return len(text.split()) <= 30 and not _CAPTION_END.search(text)

    texts = [b.text.strip() for b in blocks]
    out: list[Block] = []
    dropped: set[int] = set()  # the captions left out (teasers)
    for i, block in enumerate(blocks):
        text = texts[i]
        if marker(text):
            continue
        if i > 0 and marker(texts[i - 1]) and caption(text):
            rest = texts[i + 1 : i + 3]
            # the page ends, or another marker and caption (or the page's end) follow
            listed = not rest or (marker(rest[0]) and (len(rest) == 1 or caption(rest[1])))
            if listed or (i - 2) in dropped:
                dropped.add(i)
                continue
        out.append(block)
    return out


# a fact box's line, a label of up to three words and a colon before a figure ("Killed: 12",
# "Displaced: 3,000 since March"; round revE19)
_FACT_LINE = re.compile(r"^[\w'’-]+(?:\s+[\w'’-]+){0,2}:\s*[~≈<>+]?\d")
# another story's clipped snippet in a rail: cut off with an ellipsis ("... my old injuries and…")
_SNIPPET_END = re.compile(r"(?:…|\.\.\.)[\"'”’)\]]*$")


@cache
def _rail_label() -> re.Pattern[str]:
    data = load_data("text.yaml")
    labels = alternation(str(w) for w in data["rail_labels"])
    openers = alternation(str(w) for w in data["rail_label_openers"])
    return re.compile(rf"^(?:(?:{labels})|(?:{openers})(?:\s+[\w&'’.-]+){{1,5}})\s*:?$", re.I)


def _drop_rail(blocks: list[Block]) -> list[Block]:
    """``blocks`` without a page's rail of links to other stories at its end: from a rail's
    label alone on a line (``rail_labels`` of ``data/text.yaml``: "You May Also Like",
    "Related stories"; or ``rail_label_openers`` and up to five words: "More from Example
    News") to the page's end, when at least one line follows the label and every line after
    it is another story's headline (at most 30 words, not ending as a sentence) or clipped
    snippet (at most 60 words, cut off with an ellipsis), unless two of them or more are a fact
    box's lines ("Killed: 12", "Wounded: 40"). A label followed by any sentence
    of the story itself ("Related", then "The talks broke down in March ...") ends nothing.
    Not the first block: a page does not open with its rail."""

    def teaser(text: str) -> bool:
        words = len(text.split())
        if _SNIPPET_END.search(text):
            return words <= 60
        return words <= 30 and not _CAPTION_END.search(text)

    for i in range(1, len(blocks) - 1):
        if blocks[i].level is not None or not _rail_label().match(blocks[i].text.strip()):
            continue
        rest = [b.text.strip() for b in blocks[i + 1 :]]
        # two lines of a fact box or more ("Killed: 12", "Wounded: 40"): the story's own
        # figures after a stray label, no rail (one "Vendra: 40 killed in raid" is a headline)
        facts = sum(1 for t in rest if _FACT_LINE.match(t))
        if facts < 2 and all(teaser(t) for t in rest):
            return blocks[:i]
    return _drop_unlabelled_rail(blocks)


# a list's item ("- Bridge reopened", "• Curfew lifted", "a) security", "2. elections") or a
# line that runs on (ending with a comma, a semicolon or a colon): the story's own text
_LIST_ITEM = re.compile(r"^(?:[-*•·–—]\s|\(?[a-z0-9]{1,2}[).]\s)|[,;:]$", re.I)


def _drop_unlabelled_rail(blocks: list[Block]) -> list[Block]:
    """``blocks`` without a rail of links to other stories that has no label: a run of at
    least ``unlabelled_rail_lines`` (data/text.yaml) lines at the page's end, each another
    story's headline (at most 30 words, not ending as a sentence, no list item, no line
    that runs on), right after a paragraph of the story that ends as a sentence ("David
    Example: The threats to the economy come in four guises" under an editorial). Fewer
    such lines (a closing heading, a credit line) and a list ending the story stay."""

    def headline(block: Block) -> bool:
        text = block.text.strip()
        return (
            block.level is None
            and 0 < len(text.split()) <= 30
            and not _CAPTION_END.search(text)
            and not _LIST_ITEM.search(text)
            and not _FACT_LINE.match(text)
        )

    start = len(blocks)
    while start > 0 and headline(blocks[start - 1]):
        start -= 1
    run = len(blocks) - start
    if run < int(load_data("text.yaml")["unlabelled_rail_lines"]) or start == 0:
        return blocks
    if not _CAPTION_END.search(blocks[start - 1].text.strip()):
        return blocks  # no paragraph of the story ends right before the run
    return blocks[:start]


@cache
def _run_in_heading() -> re.Pattern[str]:
    labels = load_data("text.yaml")["run_in_headings"]
    return re.compile(r"^\s*(" + alternation(str(w) for w in labels) + r")\s*:\s+(?=\S)", re.I)


def _mark_plain_headings(blocks: list[Block], titled: bool = False) -> list[Block]:
    """Turn short plain lines that stand before a longer paragraph into level-2 headings,
    and a structural label opening a paragraph ("Impact: ...", ``data/text.yaml``) into a
    level-3 heading before it. Unless the source is ``titled`` already (its first line or
    its metadata gave the title), its first line, or the first after a site's section
    label, may be a longer headline."""
    split: list[Block] = []
    for block in blocks:
        m = _run_in_heading().match(block.text) if block.level is None else None
        rest = block.text[m.end() :].rstrip() if m else ""
        if m and (rest.endswith((".", "!", "?", '"', "”")) or len(rest) > 120):
            # a paragraph after the label; "Conclusion: A Risky Gamble" is a heading itself
            split.append(Block(m.group(1)[:1].upper() + m.group(1)[1:], level=3))
            split.append(Block(rest, plain=block.plain))
        else:
            split.append(block)
    blocks = split
    out: list[Block] = []
    for i, block in enumerate(blocks):
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        # the source's headline: its first line, or the first after a site's section label
        # (a deck line under a headline is no second headline: it stays a sentence)
        before = [b for b in out if not (b.level is not None and site_label(b.text))]
        first = not titled and not before
        # the standfirst: the line right under the headline (the title, or the first line
        # made a heading); a full clause there is the story's summary sentence, its figures
        # claims ("Gunmen killed 14 villagers in the raid"), a fragment stays a heading
        deck = (not before and titled) or (
            not titled and len(before) == 1 and before[0].level == 2 and out[-1] is before[0]
        )
        if (
            block.plain
            and block.level is None
            and _plain_heading(block.text, nxt, first)
            and not (deck and full_clause(block.text))
        ):
            out.append(Block(block.text, level=2))
        else:
            out.append(block)
    return out


def _plain_heading(text: str, nxt: Block | None, first: bool = False) -> bool:
    """Whether the plain line ``text`` before ``nxt`` is a heading: short (at most 12 words;
    the source's first line of text, its headline, at most ``headline_words`` of
    ``data/text.yaml``), capitalised, not ending as a sentence, before a longer paragraph."""
    if nxt is None or nxt.level is not None:
        return False
    words = text.split()
    most = _headline_words() if first else 12
    if not 1 <= len(words) <= most or len(text) > 10 * most:
        return False
    if not (text[0].isupper() or text[0].isdigit()):
        return False
    if text.endswith((".", ",", ";", ":", '"', "'", "-")):
        return False
    if byline_name(text):
        return False  # "Anna Morris, Assistant Secretary ... (Acting)": author metadata
    if wire_lede(text):
        return False  # "BAMAKO, Mali (Wirewire) - Militants attacked ...": a lede, its stop lost
    if len(nxt.text) < max(60, (1.0 if first else 1.5) * len(text)):
        return False
    if text.endswith(("?", "!")):
        long_words = [w for w in words if sum(ch.isalpha() for ch in w) >= 4]
        caps = sum(w[0].isupper() for w in long_words)
        return bool(long_words) and caps / len(long_words) >= 0.5
    return True


@cache
def _clause_lexicon() -> tuple[frozenset[str], ...]:
    data = load_data("text.yaml")
    return tuple(
        frozenset(str(w).lower() for w in data[key])
        for key in (
            "finite_verbs",
            "participle_followers",
            "not_past_tenses",
            "adjective_openers",
            "question_openers",
        )
    )


def full_clause(text: str) -> bool:
    """Whether the line ``text`` is a full clause, not a headline's fragment: a finite verb
    written in lower case, an auxiliary or irregular past of ``finite_verbs`` (data/text.yaml:
    "were killed", "fled", "officials said") or a regular past tense with its object after it
    ("Gunmen killed 14 villagers"). A past participle before a preposition, a comma or the end
    ("14 killed in raid", "Fourteen dead, 30 wounded"), a present-tense headline verb ("Gunmen
    kill 14") and a capitalised word ("United", "Killed") make no clause, nor an -ed word
    after an article ("Inside the besieged city") or a line that opens with a question word
    and has no full stop ("How the drone war changed everything"; round revC19)."""
    finite, followers, not_past, adjective_openers, questions = _clause_lexicon()
    words = re.findall(r"[\w'’-]+|[,;:–—]", text)
    if words and words[0].lower() in questions and not text.rstrip().endswith("."):
        return False  # "How the drone war changed everything": a headline's question
    for k, word in enumerate(words[1:], start=1):
        if not word.islower():
            continue
        if word in finite:
            return True
        nxt = words[k + 1] if k + 1 < len(words) else ""
        if (
            re.fullmatch(r"[a-z]{2,}[^e]ed", word)
            and word not in not_past
            and words[k - 1].lower() not in adjective_openers  # "the besieged city"
            and nxt
            and nxt not in followers
            and nxt[0].isalnum()
        ):
            return True
    return False


@cache
def _headline_words() -> int:
    return int(load_data("text.yaml")["headline_words"])


def _title(parsed: Parsed, headings: list[Heading], path: Path) -> str:
    """The source's title: the declared or parsed one, else its first heading, else its file
    name. A first heading that is a site's label (``site_labels`` of data/text.yaml: "Press
    Releases", "World") right before another heading, with no text between them, is over the
    headline: the headline is the title."""
    title = parsed.title
    if title is None and headings:
        title = headings[0].text
        nxt = headings[1] if len(headings) > 1 else None
        if (
            site_label(title)
            and nxt is not None
            and nxt.paragraph == headings[0].paragraph
            and len(nxt.text.split()) >= 3
        ):
            title = nxt.text
    return title or _pretty_stem(path)


def _pretty_stem(path: Path) -> str:
    stem = re.sub(r"[-_]+", " ", path.stem).strip()
    return stem[:1].upper() + stem[1:] if stem else path.name


# a citation mark like ours ("[S1.1]", "[S2.3, S4.1]") or a portion marking ("(U)",
# "(S//NF)") written inside a source: shown as quoted text, so it never reads as ours
_CITATION = re.compile(r"\[\s*(S\d{1,4}(?:\.\d{1,5})?(?:\s*[,;]\s*S\d{1,4}(?:\.\d{1,5})?)*)\s*\]")
_PORTION = re.compile(r"^\(((?:U|C|S|TS|CUI)(?://[A-Z0-9 ,/-]{1,40})?)\)\s+")


def neutralise_marks(text: str) -> tuple[str, int]:
    """``text`` with citation marks and a leading portion marking as quoted text
    (``[S1.1]`` -> ``“S1.1”``), and how many were changed."""
    count = 0
    if "[" in text:
        text, count = _CITATION.subn(lambda m: f"\u201c{m.group(1)}\u201d", text)
    m = _PORTION.match(text)
    if m:
        text = f"\u201c({m.group(1)})\u201d {text[m.end() :]}"
        count += 1
    return text, count


def cap_length(sentence: str, cap: int) -> list[str]:
    """``sentence`` cut into pieces of at most ``cap`` characters, at a space when there is
    one in the second half of a piece (linear in the length)."""
    if len(sentence) <= cap:
        return [sentence]
    out: list[str] = []
    start = 0
    n = len(sentence)
    while start < n:
        end = min(n, start + cap)
        if end < n:
            space = sentence.rfind(" ", start + cap // 2, end)
            if space > start:
                end = space
        piece = sentence[start:end].strip()
        if piece:
            out.append(piece)
        start = end
    return out
