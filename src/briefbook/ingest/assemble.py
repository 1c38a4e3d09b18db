"""Blocks to a Document: boilerplate dropped, plain headings found, sentences numbered
``S<n>.<k>``, title and language set.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from briefbook.config.limits import limit
from briefbook.data import load_data
from briefbook.errors import SourceError
from briefbook.ingest.blocks import Block, Parsed
from briefbook.ingest.language import detect_language
from briefbook.ingest.plain import byline_name
from briefbook.model import Document, Heading, Sentence
from briefbook.text import alternation, is_boilerplate, split_sentences


def build_document(
    parsed: Parsed, doc_id: str, shown: str, fmt: str, sha256: str, path: Path
) -> Document:
    blocks = [b for b in parsed.blocks if not is_boilerplate(b.text)]
    blocks = _mark_plain_headings(blocks)
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
        raise SourceError(
            f"source holds no usable text: {shown}",
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
    doc.title = (
        parsed.title or (doc.headings[0].text if doc.headings else None) or _pretty_stem(path)
    )
    doc.title, found = neutralise_marks(doc.title)
    if found and not marks:
        doc.warnings.append("a citation mark or marking in the title shown as quoted text")
    doc.language, lang_warning = detect_language(doc.text)
    # plain warnings: the CLI prefixes the source id and path itself
    doc.warnings.extend(parsed.warnings)
    if lang_warning:
        doc.warnings.append(f"{lang_warning}; the engine is tuned for English")
    return doc


@cache
def _run_in_heading() -> re.Pattern[str]:
    labels = load_data("text.yaml")["run_in_headings"]
    return re.compile(r"^\s*(" + alternation(str(w) for w in labels) + r")\s*:\s+(?=\S)", re.I)


def _mark_plain_headings(blocks: list[Block]) -> list[Block]:
    """Turn short plain lines that stand before a longer paragraph into level-2 headings,
    and a structural label opening a paragraph ("Impact: ...", ``data/text.yaml``) into a
    level-3 heading before it."""
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
        if block.plain and block.level is None and _plain_heading(block.text, nxt):
            out.append(Block(block.text, level=2))
        else:
            out.append(block)
    return out


def _plain_heading(text: str, nxt: Block | None) -> bool:
    if nxt is None or nxt.level is not None:
        return False
    words = text.split()
    if not 1 <= len(words) <= 12 or len(text) > 120:
        return False
    if not (text[0].isupper() or text[0].isdigit()):
        return False
    if text.endswith((".", ",", ";", ":", '"', "'", "-")):
        return False
    if byline_name(text):
        return False  # "Anna Morris, Assistant Secretary ... (Acting)": author metadata
    if len(nxt.text) < max(60, 1.5 * len(text)):
        return False
    if text.endswith(("?", "!")):
        long_words = [w for w in words if sum(ch.isalpha() for ch in w) >= 4]
        caps = sum(w[0].isupper() for w in long_words)
        return bool(long_words) and caps / len(long_words) >= 0.5
    return True


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
