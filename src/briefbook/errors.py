"""Exceptions that carry data and say what to do.

Every error briefbook raises on purpose is a :class:`BriefbookError`. The CLI prints
``error: <message> (<hint>)`` on one line and exits with :attr:`exit_code`; ``--debug``
adds the traceback. Exit codes: 2 bad input or params, 1 a failed run, 130 interrupted.
"""

from __future__ import annotations

EXIT_BAD_INPUT = 2
EXIT_FAILED = 1
EXIT_INTERRUPTED = 130


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
        return text


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
