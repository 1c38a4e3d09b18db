"""Where briefbook's data folders are: ``templates/`` and ``notebooks/``.

In a source checkout (and an editable install) they are the repository's top-level
folders; a wheel carries them as ``briefbook/_data/``.
"""

from __future__ import annotations

import contextlib
from functools import cache
from pathlib import Path
from typing import Any

_PACKAGE = Path(__file__).resolve().parent


@cache
def data_root() -> Path:
    bundled = _PACKAGE / "_data"
    if (bundled / "templates").is_dir():
        return bundled
    checkout = _PACKAGE.parent.parent
    if (checkout / "templates").is_dir():
        return checkout
    raise FileNotFoundError(
        "briefbook's templates/ folder was not found next to the package or in the checkout"
    )


def templates_dir() -> Path:
    return data_root() / "templates"


def notebooks_dir() -> Path:
    return data_root() / "notebooks"


def briefing_notebook() -> Path:
    return notebooks_dir() / "briefing.ipynb"


def user_cache_dir() -> Path | None:
    """This user's folder for caches briefbook builds from installed packages (never from
    the network): ``$XDG_CACHE_HOME/briefbook``, else ``~/.cache/briefbook``, made (mode
    0700) on first use. None when it cannot be made: callers then build what they need
    afresh. Anything in it can be deleted at any time."""
    import os

    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    folder = Path(base) / "briefbook"
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError:
        return None
    return folder if folder.is_dir() and os.access(folder, os.W_OK | os.X_OK) else None


def assessment_schema_path() -> Path:
    """JSON Schema of the ``briefbook.assessment/1`` contract."""
    return _PACKAGE / "schemas" / "assessment.schema.json"


def template_bytecode_cache(environment: Any) -> Any:
    """A jinja2 bytecode cache for ``environment``, shared by every briefbook process of
    this user: the briefing templates are compiled once, and later processes (each
    notebook kernel, each ``briefbook run``) load the compiled code instead of compiling
    the templates again. Set it once the environment's options are final.

    jinja2's own :class:`~jinja2.FileSystemBytecodeCache` in its default folder (the
    user's own, mode 0700, in the system's temporary folder). Its files are named by the
    template and by the options that change the compiled code (autoescape, whitespace
    control, delimiters, extensions, the jinja2 version), and each is checked against its
    template's source: an edited template, or the same template in an environment of other
    options, is compiled afresh. A cache that cannot be read or written only costs the
    compile: failed reads and writes are ignored. None when no such folder can be made."""
    import hashlib

    import jinja2

    options = [
        jinja2.__version__,
        environment.autoescape if isinstance(environment.autoescape, bool) else "callable",
        *(
            getattr(environment, name)
            for name in (
                "trim_blocks",
                "lstrip_blocks",
                "keep_trailing_newline",
                "newline_sequence",
                "block_start_string",
                "block_end_string",
                "variable_start_string",
                "variable_end_string",
                "comment_start_string",
                "comment_end_string",
                "line_statement_prefix",
                "line_comment_prefix",
                "optimized",
                "is_async",
            )
        ),
        *sorted(environment.extensions),
    ]
    if not isinstance(environment.autoescape, bool):
        return None  # a function of the template name: not worth the risk
    key = hashlib.sha256(repr(options).encode("utf-8")).hexdigest()[:16]
    return _bytecode_cache(key)


@cache
def _bytecode_cache(key: str) -> Any:
    from jinja2 import FileSystemBytecodeCache

    class QuietCache(FileSystemBytecodeCache):
        def load_bytecode(self, bucket: Any) -> None:
            try:
                super().load_bytecode(bucket)
            except (OSError, EOFError, ValueError, TypeError):
                bucket.reset()

        def dump_bytecode(self, bucket: Any) -> None:
            with contextlib.suppress(OSError):
                super().dump_bytecode(bucket)

    try:
        return QuietCache(pattern=f"__briefbook_{key}_%s.cache")
    except (OSError, RuntimeError):
        return None
