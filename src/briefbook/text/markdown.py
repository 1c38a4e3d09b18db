"""Inline markdown to plain text: links to their text, images and emphasis dropped."""

from __future__ import annotations

import re

from briefbook.text.normalise import SPACES

_MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]*)\]\((?:[^()\s]|\([^()]*\))*(?:\s+\"[^\"]*\")?\)")
_MD_REF_LINK = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
_MD_BOLD = re.compile(r"\*\*|__(?=\S)|(?<=\S)__")
_MD_EM = re.compile(r"(?<![\w*])[*_](?=\S)(.+?)(?<=\S)[*_](?![\w*])")
_MD_CODE = re.compile(r"`([^`]*)`")
_MD_FOOTNOTE = re.compile(r"\[(?:\^?\d+|[ivxlc]+)\]")
_SPACE_BEFORE_PUNCT = re.compile(r" +([,.;:!?)\]])")
_SPACE_AFTER_OPEN = re.compile(r"([(\[]) +")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>|~])")
_MD_HIDDEN = re.compile("\ue000(\\d+)\ue001")
_STRAY_STARS = re.compile(r"^\*+\s*|\s*\*+$")


def strip_markdown(line: str) -> str:
    """Inline markdown to plain text: links to their text, images and emphasis dropped."""
    escaped: list[str] = []
    if "\\" in line:
        # backslash escapes ("\<", "\*") stand for the literal character: hide them first
        def hide(m: re.Match[str]) -> str:
            escaped.append(m.group(1))
            return f"\ue000{len(escaped) - 1}\ue001"

        line = _MD_ESCAPE.sub(hide, line)
    if "![" in line:
        line = _MD_IMAGE.sub("", line)
    if "[" in line:
        line = _MD_LINK.sub(r"\1", line)
        line = _MD_REF_LINK.sub(r"\1", line)
        line = _MD_FOOTNOTE.sub(" ", line)
    if "`" in line:
        line = _MD_CODE.sub(r"\1", line)
    if "**" in line or "__" in line:
        # bold markers are often unbalanced or glued to words ("Bessent.**Given"):
        # a marker becomes a space, then spacing around punctuation is repaired
        line = _MD_BOLD.sub(" ", line)
    if "*" in line or "_" in line:
        line = _MD_EM.sub(r"\1", line)
    line = _STRAY_STARS.sub("", line)
    line = SPACES.sub(" ", line)
    line = _SPACE_BEFORE_PUNCT.sub(r"\1", line)
    line = _SPACE_AFTER_OPEN.sub(r"\1", line)
    if escaped:
        line = _MD_HIDDEN.sub(lambda m: escaped[int(m.group(1))], line)
    return line.strip()
