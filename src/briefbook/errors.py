"""Exceptions that carry data and say what to do.

Every error briefbook raises on purpose is a :class:`BriefbookError`. The CLI prints
``error: <message> (<hint>)`` on one line and exits with :attr:`exit_code`; ``--debug``
adds the traceback. Exit codes: 2 bad input or params, 1 a failed run, 130 interrupted.
"""

from __future__ import annotations

import re

EXIT_BAD_INPUT = 2
EXIT_FAILED = 1
EXIT_INTERRUPTED = 130

# What a terminal would act on instead of showing: C0 and C1 controls, DEL, bidi controls
# (embeddings, overrides, isolates, marks), line and paragraph separators, lone surrogates
# (a file name that is not valid UTF-8).
_UNPRINTABLE = re.compile(
    "[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ud800-\udfff]"
)


def escape_controls(text: object) -> str:
    """``text`` safe to print on one terminal line: every control, bidi or separator
    character and every lone surrogate written as an escape (``\\r``, ``\\x1b``,
    ``\\u202e``), so a file name cannot forge what the terminal shows."""

    def escape(m: re.Match[str]) -> str:
        ch = m.group()
        named = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(ch)
        if named:
            return named
        code = ord(ch)
        return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"

    return _UNPRINTABLE.sub(escape, str(text))


class BriefbookError(Exception):
    """Base class: ``message`` says what is wrong, ``hint`` what to do about it."""

    exit_code = EXIT_FAILED

    def __init__(self, message: str, *, hint: str | None = None, **data: object) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.data = data

    def line(self) -> str:
        """The one line the CLI prints."""
        text = self.message.replace("\n", " ").strip()
        if self.hint:
            text = f"{text} ({self.hint})"
        return escape_controls(text)


class Interrupted(KeyboardInterrupt):
    """A stop signal (SIGTERM, SIGHUP; SIGINT is a plain KeyboardInterrupt) turned into an
    exception, so every stage unwinds the same way as on Ctrl-C. ``exit_code`` is 128 +
    the signal number (143 for SIGTERM, 129 for SIGHUP), ``name`` the signal's name."""

    def __init__(self, signum: int, name: str) -> None:
        super().__init__(name)
        self.signum = signum
        self.name = name
        self.exit_code = 128 + signum


class InputError(BriefbookError):
    """Bad input: params, sources, options. Exit code 2."""

    exit_code = EXIT_BAD_INPUT


class ParamsError(InputError):
    """The params file or a ``-p KEY=VALUE`` override is invalid; ``key`` names it."""

    def __init__(self, message: str, *, key: str | None = None, hint: str | None = None) -> None:
        super().__init__(message, hint=hint, key=key)
        self.key = key


class SourceError(InputError):
    """A source cannot be read or holds no usable text; ``path`` names it."""

    def __init__(self, message: str, *, path: str | None = None, hint: str | None = None) -> None:
        super().__init__(message, hint=hint, path=path)
        self.path = path


class NoTextError(SourceError):
    """A source that holds nothing to read: an empty file, only whitespace, a DOCX without
    text, a PDF without a text layer, an HTML page without main text, or no usable sentence.
    ``reason``: the short phrase for the briefing's excluded list ("empty file"). Named in the
    params it stops the run; met in a folder or glob it is left out (``ingest.sources``)."""

    def __init__(
        self, message: str, *, reason: str, path: str | None = None, hint: str | None = None
    ) -> None:
        super().__init__(message, path=path, hint=hint)
        self.reason = reason


class SchemaError(InputError):
    """An assessment schema (``templates/assessment/<name>.yaml``) is missing or invalid."""


class OutputError(BriefbookError):
    """The report folder cannot be created or written."""

    exit_code = EXIT_BAD_INPUT


class ExecutionError(BriefbookError):
    """The briefing notebook failed; the executed notebook is kept at ``notebook``."""

    def __init__(
        self,
        message: str,
        *,
        cell: int | None = None,
        ename: str | None = None,
        evalue: str | None = None,
        notebook: str | None = None,
        hint: str | None = None,
    ) -> None:
        super().__init__(
            message, hint=hint, cell=cell, ename=ename, evalue=evalue, notebook=notebook
        )
        self.cell = cell
        self.ename = ename
        self.evalue = evalue
        self.notebook = notebook


class RenderError(BriefbookError):
    """HTML or PDF rendering failed."""


class MissingDependencyError(BriefbookError):
    """An optional dependency is needed for the feature asked for."""

    def __init__(self, package: str, feature: str) -> None:
        super().__init__(
            f"{feature} needs the package {package!r}",
            hint=f"install it with: pip install {package}",
            package=package,
        )
