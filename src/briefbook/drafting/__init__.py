"""Drafted analysis: a language model writes, a mechanical checker decides what is shown.

Off by default (params ``drafting.backend: none``). Between ``assessment`` and ``series``
in the layer contract: it reads an Assessment and puts checked, ``drafted`` statements
into it. See :mod:`briefbook.drafting.draft` (the loop), :mod:`~briefbook.drafting.check`
(the checker), :mod:`~briefbook.drafting.backends` (openai-compatible HTTP, llama.cpp).
"""

from briefbook.drafting.audit import DRAFTS_FILE, read_drafts, write_drafts
from briefbook.drafting.backends import DraftingError, UnreachableError, make_backend
from briefbook.drafting.check import SUPPORT_THRESHOLD, Verdict, check_line
from briefbook.drafting.draft import DraftOutcome, Replay, draft_assessment, without_drafts

__all__ = [
    "DRAFTS_FILE",
    "SUPPORT_THRESHOLD",
    "DraftOutcome",
    "DraftingError",
    "Replay",
    "UnreachableError",
    "Verdict",
    "check_line",
    "draft_assessment",
    "make_backend",
    "read_drafts",
    "without_drafts",
    "write_drafts",
]
