"""Limits, declared once: every bound briefbook puts on its inputs, with the way to raise it.

Each limit is enforced before the work that would exceed it and reported as one line that
names the limit and how to raise it (:class:`LimitError`, exit code 2). The README and
``briefbook run --help`` print this table.
"""

from __future__ import annotations

from dataclasses import dataclass

from briefbook.errors import InputError, ParamsError

__all__ = [
    "LIMITS",
    "Limit",
    "LimitError",
    "limit",
    "limits_table",
    "parse_limit_override",
    "reset_limits",
    "set_limits",
]


def _raise_with(key: str) -> str:
    return f"raise it with the params key 'limits: {{{key}: N}}' or --limit {key}=N"


@dataclass(frozen=True)
class Limit:
    """One bound: ``key`` (its name), ``value`` (the default), ``unit``, what it bounds, and
    how a user raises it (a params key or a flag)."""

    key: str
    value: int
    unit: str
    what: str
    raise_with: str


LIMITS: dict[str, Limit] = {
    lim.key: lim
    for lim in (
        Limit(
            "source_bytes",
            20 * 1024 * 1024,
            "bytes",
            "size of one source file",
            "split the file or keep only the relevant part",
        ),
        # params and outline (schema) files: read by a loader that refuses alias bombs
        Limit(
            "yaml_bytes",
            1024 * 1024,
            "bytes",
            "size of a params or outline (schema) YAML file, checked before parsing",
            _raise_with("yaml_bytes"),
        ),
        Limit(
            "yaml_nodes",
            20_000,
            "nodes",
            "values in a params or outline YAML file, aliases expanded",
            _raise_with("yaml_nodes"),
        ),
        Limit(
            "yaml_aliases",
            100,
            "aliases",
            "aliases (*name) in a params or outline YAML file",
            _raise_with("yaml_aliases"),
        ),
        Limit(
            "yaml_depth",
            32,
            "levels",
            "nesting of lists and mappings in a params or outline YAML file",
            _raise_with("yaml_depth"),
        ),
        # the period
        Limit(
            "window_days",
            3660,
            "days",
            "length of the params key 'window' (a month counts 31 days)",
            _raise_with("window_days"),
        ),
        # read back from earlier issues and the command line
        Limit(
            "issue_json_bytes",
            256 * 1024 * 1024,
            "bytes",
            "size of a previous issue's assessment.json (a larger one is skipped)",
            _raise_with("issue_json_bytes"),
        ),
        Limit(
            "notebook_bytes",
            50 * 1024 * 1024,
            "bytes",
            "size of the notebook given with --notebook",
            _raise_with("notebook_bytes"),
        ),
        # a time budget per stage of 'briefbook run' (execute: the params key 'timeout')
        Limit(
            "ingest_seconds",
            600,
            "seconds",
            "time of the ingest stage",
            _raise_with("ingest_seconds"),
        ),
        Limit(
            "analyse_seconds",
            1200,
            "seconds",
            "time of the analyse stage",
            _raise_with("analyse_seconds"),
        ),
        Limit(
            "html_seconds",
            300,
            "seconds",
            "time of the html stage",
            _raise_with("html_seconds"),
        ),
        Limit(
            "pdf_seconds",
            600,
            "seconds",
            "time of the pdf stage (WeasyPrint runs in a child process)",
            _raise_with("pdf_seconds"),
        ),
        # ingest limits (sources as files and folders)
        Limit(
            "run_bytes",
            200 * 1024 * 1024,
            "bytes",
            "total size of all source files of one run",
            "split the sources over several runs",
        ),
        Limit(
            "folder_files",
            5000,
            "files",
            "source files found in one folder or glob",
            "split the folder, or name narrower globs",
        ),
        Limit(
            "docx_inflated_bytes",
            64 * 1024 * 1024,
            "bytes",
            "decompressed size of the parts of one DOCX file",
            "export the document's text to a .txt file",
        ),
        Limit(
            "pdf_pages",
            2000,
            "pages",
            "pages of one PDF file",
            "split the PDF, e.g. qpdf in.pdf --pages . 1-500 -- out.pdf",
        ),
        Limit(
            "pdf_stream_bytes",
            32 * 1024 * 1024,
            "bytes",
            "decompressed size of one PDF content stream",
            "export the document's text to a .txt file",
        ),
        Limit(
            "html_depth",
            250,
            "levels",
            "element nesting of an HTML source (deeper elements are unwrapped, with a warning)",
            "save the article text itself as a .txt file",
        ),
        Limit(
            "sentence_chars",
            2000,
            "characters",
            "length of one sentence (longer runs are split, with a warning)",
            "add sentence punctuation to the source",
        ),
        Limit(
            "word_chars",
            200,
            "characters",
            "length of one word: a longer run without a space is not text and is left out, "
            "with a warning",
            "add spaces to the source",
        ),
        Limit(
            "source_sentences",
            5000,
            "sentences",
            "sentences read from one source (the rest is dropped, with a warning)",
            "split the source into several files",
        ),
        Limit(
            "marking_chars",
            64,
            "characters",
            "length of the classification marking: two lines of the PDF's page banner",
            "shorten the marking with its standard abbreviations (e.g. FOUO, NOFORN, FVEY)",
        ),
    )
}

_RAISED: dict[str, int] = {}  # limits raised (or lowered) for this run: key -> value


def limit(key: str) -> int:
    """The value of limit ``key`` for this run: the default, or what :func:`set_limits` set
    (KeyError for an unknown key: a bug, not bad input)."""
    return _RAISED.get(key, LIMITS[key].value)


def set_limits(values: dict[object, object], *, origin: str = "the params key 'limits'") -> None:
    """Raise (or lower) limits for this process: ``{key: positive whole number}``.

    Raises :class:`~briefbook.errors.ParamsError` naming ``origin`` for an unknown key or a
    value that is not a positive whole number; nothing is changed then.
    """

    checked: dict[str, int] = {}
    for key, value in values.items():
        if not isinstance(key, str) or key not in LIMITS:
            raise ParamsError(
                f"unknown limit {str(key)[:60]!r} in {origin}",
                key="limits",
                hint=f"known limits: {', '.join(LIMITS)}",
            )
        if isinstance(value, bool) or not isinstance(value, int) or not 0 < value < 1 << 62:
            raise ParamsError(
                f"limit {key!r} in {origin} must be a positive whole number, got {str(value)[:60]!r}",
                key="limits",
                hint=f"e.g. {key}: {LIMITS[key].value * 2}",
            )
        checked[key] = value
    _RAISED.update(checked)


def reset_limits() -> None:
    """Back to the declared defaults (tests; a long-lived process between runs)."""
    _RAISED.clear()


def parse_limit_override(item: str) -> tuple[str, int]:
    """``KEY=N`` of ``--limit`` -> ``(key, N)``; ParamsError for anything else."""

    key, sep, raw = item.partition("=")
    raw = raw.strip().replace("_", "")
    if not sep or not raw.isdigit():
        raise ParamsError(
            f"--limit {item[:80]!r} is not KEY=N",
            key="limits",
            hint=f"e.g. --limit yaml_nodes=50000; known limits: {', '.join(LIMITS)}",
        )
    return key.strip(), int(raw)


def limits_table(markdown: bool = False) -> str:
    """The table of every limit: key, default, what it bounds (README, ``run --help``)."""
    if markdown:
        rows = ["| limit | default | what it bounds |", "|---|---|---|"]
        rows += [f"| `{s.key}` | {s.value:,} {s.unit} | {s.what} |" for s in LIMITS.values()]
        return "\n".join(rows)
    width = max(len(k) for k in LIMITS)
    return "\n".join(
        f"  {s.key:<{width}}  {f'{s.value:,} {s.unit}':<18} {s.what}" for s in LIMITS.values()
    )


limit_value = limit  # the name LimitError uses (its own ``limit`` argument shadows it)


class LimitError(InputError):
    """Input beyond a declared limit; ``limit`` names it, ``value`` is what was found, ``path``
    the source or file it was found in (if any)."""

    def __init__(
        self, message: str, *, limit: str, value: object = None, path: str | None = None
    ) -> None:
        spec = LIMITS[limit]
        super().__init__(
            f"{message}; limit {spec.key} is {limit_value(spec.key):,} {spec.unit}",
            hint=spec.raise_with,
        )
        self.data.update(limit=limit, value=value, path=path)
        self.limit = limit
        self.value = value
        self.path = path
