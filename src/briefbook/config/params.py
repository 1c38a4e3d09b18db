"""The params file: declared once, validated before anything runs.

``PARAMS`` is the single declaration of every key (type, default, help): it validates
``params/*.yaml`` and ``-p KEY=VALUE`` overrides, and documents the CLI. Every problem is
a :class:`~briefbook.errors.ParamsError` naming the key, exit code 2.

Over 500 lines: every key's validation lives beside its one declaration in PARAMS (the point
of declaring params once).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from briefbook.config.controls import clean_line
from briefbook.config.drafting import DraftingSettings, parse_drafting
from briefbook.config.entities import EntitySettings, parse_entities
from briefbook.config.grades import parse_grade
from briefbook.config.limits import LimitError, limit, set_limits
from briefbook.config.safe_yaml import BoundedLoader, file_problem, read_yaml_file, read_yaml_text
from briefbook.config.suggest import unknown_key_hint
from briefbook.config.window import parse_window
from briefbook.errors import ParamsError, SchemaError
from briefbook.model import SourceSpec

FORMATS = ("html", "pdf", "docx")
DEFAULT_FORMATS = ("html", "pdf")
PAGE_SIZES = ("A4", "Letter")
NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$")
SOURCE_KEYS = ("path", "label", "grade", "reliability", "credibility", "published")
MAX_TIMEOUT = 7 * 24 * 3600  # seconds: a cell that may run a week is not bounded
MAX_STALE_DAYS = 3660  # about ten years: a longer freshness limit marks nothing dated


@dataclass(frozen=True)
class ParamSpec:
    """One params key: accepted types, default, help (for ``run --help``) and whether the
    briefing notebook takes it as a papermill parameter."""

    key: str
    types: tuple[type, ...]
    default: Any
    help: str
    notebook: bool = True


PARAMS: tuple[ParamSpec, ...] = (
    ParamSpec("title", (str,), None, "briefing title (required)"),
    ParamSpec(
        "series",
        (str,),
        None,
        "series name: reports go to reports/<series>/ (default: slug of the title)",
    ),
    ParamSpec(
        "sources",
        (list,),
        None,
        "sources: paths, folders, globs, or mappings {path, label, grade B2 (or reliability A-F and credibility 1-6), published}",
    ),
    ParamSpec("schema", (str,), "conflict", "assessment schema in templates/assessment/"),
    ParamSpec(
        "classification",
        (str,),
        "UNCLASSIFIED",
        "marking printed at the top and bottom of every page",
    ),
    ParamSpec("analyst", (str,), "", "analyst name on the cover"),
    ParamSpec("date", (str, dt.date), None, "issue date YYYY-MM-DD (default: today)"),
    ParamSpec(
        "formats",
        (list,),
        list(DEFAULT_FORMATS),
        "output formats besides ipynb, json and csv: html, pdf, docx",
        notebook=False,
    ),
    ParamSpec(
        "slug",
        (str,),
        None,
        "name of the issue folder after the date (default: slug of the title)",
        notebook=False,
    ),
    ParamSpec("page_size", (str,), "A4", "PDF page size: A4 or Letter"),
    ParamSpec(
        "window",
        (str, dict),
        None,
        "period of the issue: 7d, 2w, 1m, or {since: YYYY-MM-DD, until: YYYY-MM-DD}",
        notebook=False,
    ),
    ParamSpec(
        "timeout", (int,), 600, "execution timeout of one notebook cell, in seconds", notebook=False
    ),
    ParamSpec(
        "stale_days",
        (int,),
        90,
        "sources published more than this many days before the issue date (or before the "
        "window's first day, when a window is set) are dated: marked so, never leading the "
        f"key judgments; a whole number of days from 1 to {MAX_STALE_DAYS:,}",
        notebook=False,
    ),
    ParamSpec(
        "date_order",
        (str,),
        None,
        "how ambiguous numeric dates in sources read: dmy (12/11/2024 = 12 November) or mdy "
        "(default: mdy under a US locale, else dmy)",
        notebook=False,
    ),
    ParamSpec(
        "analyst_file",
        (str,),
        None,
        "the series' analyst file (own judgments, exclude, move, pin, grade), relative to the params file",
        notebook=False,
    ),
    ParamSpec(
        "limits",
        (dict,),
        None,
        "raise (or lower) limits for this run: {limit: N}; see 'limits' below",
        notebook=False,
    ),
    ParamSpec(
        "drafting",
        (dict, str),
        None,
        "drafted analysis by a language model (off by default): {backend: none|openai|llama_cpp, "
        "endpoint, model, api_key_env, model_path, timeout_s, allow_remote}",
        notebook=False,
    ),
    ParamSpec(
        "entities",
        (dict, str),
        None,
        "who finds persons and places: {backend: rules|<spaCy model, e.g. en_core_web_sm>, "
        "wheel: <its release wheel>, cache, join: union|model, allow_unverified} (default rules)",
        notebook=False,
    ),
)
SPECS = {p.key: p for p in PARAMS}


@dataclass
class Params:
    title: str
    series: str
    sources: list[SourceSpec]
    schema: str = "conflict"
    classification: str = "UNCLASSIFIED"
    analyst: str = ""
    date: str = ""
    formats: list[str] = field(default_factory=lambda: list(DEFAULT_FORMATS))
    slug: str = ""
    page_size: str = "A4"
    window: str | dict | None = None
    stale_days: int = 90
    timeout: int = 600
    date_order: str | None = None
    analyst_file: str | None = None
    limits: dict[str, int] | None = None
    drafting: DraftingSettings = field(default_factory=DraftingSettings)
    entities: EntitySettings = field(default_factory=EntitySettings)
    base: Path = Path(".")  # folder the source paths are relative to
    path: Path | None = None  # the params file

    def to_dict(self) -> dict[str, Any]:
        """JSON-friendly view of every key of ``PARAMS``, in their order (for the manifest)."""
        data: dict[str, Any] = {}
        for spec in PARAMS:
            value = getattr(self, spec.key)
            if spec.key == "sources":
                value = [{k: v for k, v in vars(s).items() if v is not None} for s in value]
            elif isinstance(value, list | dict):
                value = type(value)(value)
            elif isinstance(value, DraftingSettings | EntitySettings):
                value = value.to_dict()
            data[spec.key] = value
        return data


class _ParamsLoader(BoundedLoader):
    """Bounded safe YAML (no alias bombs, see :mod:`briefbook.config.safe_yaml`), with dates
    left as text (``date: 2024-02-30`` is then our error, naming the key, not a crash in
    PyYAML's timestamp constructor) and no key given twice."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict:
        seen: set[Any] = set()
        for key, (key_node, _) in zip(self.check_keys(node, deep), node.value, strict=True):
            if key in seen:
                raise ParamsError(
                    f"key {key!r} is given twice (line {key_node.start_mark.line + 1})",
                    key=str(key),
                    hint="keep one of them",
                )
            seen.add(key)
        return super().construct_mapping(node, deep=deep)


_ParamsLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def read_yaml(text: str, origin: str = "params YAML") -> Any:
    """Parse params YAML text (bounded: LimitError for an alias bomb or deep nesting)."""
    return read_yaml_text(text, _ParamsLoader, origin)


def slugify(text: str, limit: int = 60) -> str:
    """A folder name for ``text``: transliterated to ASCII (python-slugify with text-unidecode:
    "Война в Украине" -> ``voina-v-ukraine``, Japanese and Chinese to their romanisation),
    lower case, ``-`` between words, at most ``limit`` characters. A title with nothing to
    transliterate (emoji, symbols) gets ``briefing-`` and 8 hex digits of its SHA-256, so two
    such titles never share a folder. The params ``series`` and ``slug`` keys override it."""
    import hashlib

    from slugify import slugify as transliterate

    slug = transliterate(text, max_length=limit)
    if not NAME_RE.match(slug):
        digest = hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()[:8]
        slug = f"briefing-{digest}"
    return slug


def parse_override(item: str) -> tuple[str, Any]:
    """``KEY=VALUE`` with VALUE read as a YAML scalar or list (``-p formats=[html]``); the
    formats given as a plain string (``-p formats=html,docx``) are split at their commas by
    :func:`load_params`."""
    if "=" not in item:
        raise ParamsError(
            f"override {item!r} is not KEY=VALUE", hint="write e.g. -p date=2024-12-20"
        )
    key, raw = item.split("=", 1)
    key = clean_line(key).strip()
    if len(raw.encode("utf-8", "surrogatepass")) > limit("yaml_bytes"):
        raise LimitError(
            f"the value of -p {key[:40]!r} is too large", limit="yaml_bytes", value=len(raw)
        )
    try:
        value = read_yaml(raw, origin=f"the value of -p {key[:40]}") if raw.strip() else ""
    except yaml.YAMLError:
        value = raw
    if key in {"title", "series", "analyst", "classification", "slug", "schema"} and not isinstance(
        value, str
    ):
        value = raw  # "-p title=2024" is a title, not a number
    return key, value


def load_params(path: str | Path, overrides: list[str] | None = None) -> Params:
    """Read, merge overrides into, and validate a params file."""
    path = Path(path)
    problem = file_problem(path)
    if problem:
        raise ParamsError(
            f"params file {path} {problem}", hint="give the path to a params/*.yaml file"
        )
    try:
        data = read_yaml_file(path, _ParamsLoader, origin=f"params file {path}")
    except UnicodeDecodeError as exc:
        raise ParamsError(f"params file {path} is not UTF-8 text ({exc.reason})") from exc
    except OSError as exc:
        raise ParamsError(
            f"cannot read params file {path}: {exc.strerror or exc}",
            hint="check the file's permissions",
        ) from exc
    except yaml.YAMLError as exc:
        where = ""
        mark = getattr(exc, "problem_mark", None)
        if mark is not None:
            where = f" at line {mark.line + 1}, column {mark.column + 1}"
        problem = getattr(exc, "problem", None) or "syntax error"
        if isinstance(exc, yaml.reader.ReaderError):
            problem = f"character U+{exc.character:04X} at character {exc.position} is not allowed"
            if isinstance(exc.character, bytes):
                problem = f"byte {exc.character!r} at {exc.position} is not UTF-8"
        if getattr(exc, "context", None) and "recursive" not in problem:
            problem = f"{exc.context}: {problem}"
        raise ParamsError(
            f"params file {path} is not valid YAML{where}: {problem}",
            hint="fix the YAML syntax (indentation, quotes, colons)",
        ) from exc
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise ParamsError(
            f"params file {path} must be a mapping of keys to values, not a {type(data).__name__}",
            hint=f"known keys: {', '.join(SPECS)}",
        )
    overridden = set()
    for item in overrides or []:
        key, value = parse_override(item)
        head, dot, sub_key = key.partition(".")
        if dot and head in SPECS and dict in SPECS[head].types:  # -p drafting.backend=none
            nested = data.get(head)
            data[head] = {**(nested if isinstance(nested, dict) else {}), sub_key: value}
            key = head
        else:
            if key == "formats" and isinstance(value, str):
                # -p formats=html,docx as the shell user writes it: format names never hold a
                # comma (a source path may: "-p sources=..." still needs the list form)
                value = [part.strip() for part in value.split(",") if part.strip()]
            data[key] = value
        overridden.add(key)
    return validate_params(data, base=path.parent, path=path, overridden=overridden)


def validate_params(
    data: dict[str, Any],
    *,
    base: Path,
    path: Path | None = None,
    overridden: set[str] | frozenset[str] = frozenset(),
) -> Params:
    in_file = f" in {path.name}" if path else ""

    def where_of(key: str) -> str:
        return " given with -p" if key in overridden else in_file

    for key in data:
        if key not in SPECS:
            raise ParamsError(
                f"unknown key {str(key)[:60]!r}{where_of(key)}",
                key=str(key)[:60],
                hint=unknown_key_hint(str(key), SPECS),
            )
    values: dict[str, Any] = {}
    for spec in PARAMS:
        value = data.get(spec.key)
        if value is None:  # absent, or written empty ("analyst:"): the default
            value = spec.default
        if value is None:
            values[spec.key] = None
            continue
        if isinstance(value, bool) or not isinstance(value, spec.types):
            expected = " or ".join(_type_name(t) for t in spec.types)
            raise ParamsError(
                f"key {spec.key!r}{where_of(spec.key)} must be {expected}, "
                f"got {_type_name(type(value))} {_short(value)}",
                key=spec.key,
                hint=spec.help,
            )
        # display text as one clean line; source paths name files and are kept as written
        values[spec.key] = value if spec.key in ("limits", "sources") else _clean_strings(value)

    if values["limits"]:
        set_limits(values["limits"], origin=f"the key 'limits'{where_of('limits')}")
    title = values["title"]
    if not title or not title.strip():
        raise ParamsError(
            f"key 'title'{where_of('title')} is required", key="title", hint=SPECS["title"].help
        )
    if not values["classification"].strip():
        raise ParamsError(
            f"key 'classification'{where_of('classification')} is empty",
            key="classification",
            hint="give the marking to print on every page, e.g. UNCLASSIFIED",
        )
    marking = " ".join(values["classification"].split())
    if len(marking) > limit("marking_chars"):
        raise LimitError(
            f"key 'classification'{where_of('classification')} is {len(marking)} characters long,"
            " more than the page banner holds in two lines",
            limit="marking_chars",
            value=len(marking),
        )
    if not values["sources"]:
        raise ParamsError(
            f"key 'sources'{where_of('sources')} is required and must list at least one source",
            key="sources",
            hint=SPECS["sources"].help,
        )
    series = values["series"] or slugify(title)
    _check_name("series", series, where_of("series"))
    slug = values["slug"] or slugify(title)
    _check_name("slug", slug, where_of("slug"))
    formats = [f.lower() if isinstance(f, str) else f for f in values["formats"]]
    for fmt in formats:
        if fmt not in FORMATS:
            raise ParamsError(
                f"key 'formats'{where_of('formats')} has unknown format {_short(fmt)}",
                key="formats",
                hint=f"choose from {', '.join(FORMATS)} (ipynb and json are always written)",
            )
    if values["page_size"] not in PAGE_SIZES:
        raise ParamsError(
            f"key 'page_size'{where_of('page_size')} must be one of {', '.join(PAGE_SIZES)}, "
            f"got {_short(values['page_size'])}",
            key="page_size",
        )
    if values["date_order"] is not None and str(values["date_order"]).lower() not in ("dmy", "mdy"):
        raise ParamsError(
            f"key 'date_order'{where_of('date_order')} must be dmy or mdy, "
            f"got {_short(values['date_order'])}",
            key="date_order",
        )
    if values["timeout"] <= 0 or values["timeout"] > MAX_TIMEOUT:
        raise ParamsError(
            f"key 'timeout'{where_of('timeout')} must be a positive number of seconds "
            f"up to {MAX_TIMEOUT:,}",
            key="timeout",
        )
    check_stale_days(values["stale_days"], where_of("stale_days"))
    date = _date(values["date"], where_of("date"))
    _check_window(values["window"], date, where_of("window"), where_of("date"))
    return Params(
        title=title.strip(),
        series=series,
        sources=[
            _source(item, i, where_of("sources")) for i, item in enumerate(values["sources"], 1)
        ],
        schema=resolve_schema(values["schema"], base, where_of("schema")),
        classification=values["classification"].strip(),
        analyst=values["analyst"].strip(),
        date=date,
        formats=formats,
        slug=slug,
        page_size=values["page_size"],
        window=values["window"],
        stale_days=values["stale_days"],
        timeout=values["timeout"],
        date_order=str(values["date_order"]).lower() if values["date_order"] else None,
        analyst_file=values["analyst_file"] or None,
        limits=dict(values["limits"]) if values["limits"] else None,
        drafting=parse_drafting(values["drafting"], where_of("drafting")),
        entities=parse_entities(values["entities"], where_of("entities")),
        base=base,
        path=path,
    )


def resolve_schema(value: str, base: Path, where: str) -> str:
    """The params key ``schema``: a name in templates/assessment/ (kept as written), or a
    path to a YAML file, relative to the params file's folder (made absolute); loaded now,
    so a missing or bad outline is a params error before any source is read."""
    from briefbook.config.outline import load_schema

    name = value.strip()
    if "\x00" in name:
        raise ParamsError(f"key 'schema'{where} contains a NUL character", key="schema")
    if Path(name).suffix.lower() in {".yaml", ".yml"} or "/" in name:
        path = Path(name).expanduser()
        name = str(path if path.is_absolute() else (base / path).absolute())
    try:
        load_schema(name)
    except LimitError:
        raise
    except SchemaError as exc:
        raise ParamsError(
            f"key 'schema'{where}: {exc.message}", key="schema", hint=exc.hint
        ) from exc
    return name


def _check_window(window: Any, date: str, where: str, date_where: str) -> None:
    """The window parses, is at most ``window_days`` long, and its bounds are dates."""
    if window is None:
        return
    try:
        parsed = parse_window(window)
    except ParamsError as exc:
        raise ParamsError(
            f"key 'window'{where}: {exc.message}", key="window", hint=exc.hint
        ) from None
    if parsed is None:
        return
    days = parsed.days if parsed.days is not None else 31 * (parsed.months or 0)
    if parsed.since is not None:
        days = ((parsed.until or dt.date.fromisoformat(date)) - parsed.since).days + 1
    if days > limit("window_days"):
        raise LimitError(
            f"key 'window'{where} spans {days:,} days",
            limit="window_days",
            value=days,
        )
    try:
        parsed.bounds(dt.date.fromisoformat(date))
    except (OverflowError, ValueError):
        raise ParamsError(
            f"the window {parsed.text or 'given'}{where} would start before the year 1 "
            f"for the issue date {date}{date_where}",
            key="window",
            hint="give a later 'date' or a shorter 'window'",
        ) from None


def _clean_strings(value: Any) -> Any:
    """Every string in ``value`` as one clean line (see :mod:`briefbook.config.controls`)."""
    if isinstance(value, str):
        return clean_line(value)
    if isinstance(value, list):
        return [_clean_strings(v) for v in value]
    if isinstance(value, dict):
        return {k: _clean_strings(v) for k, v in value.items()}
    return value


def _short(value: Any, width: int = 60) -> str:
    """``repr(value)`` cut to ``width`` characters (values are bounded by the YAML limits)."""
    text = repr(value)
    return text if len(text) <= width else text[: width - 3] + "..."


def _source(item: Any, index: int, where: str) -> SourceSpec:
    key = f"sources[{index}]"
    if isinstance(item, str):
        if not item.strip():
            raise ParamsError(f"{key}{where} is an empty path", key=key)
        if "\x00" in item:
            raise ParamsError(f"{key}{where} contains a NUL character", key=key)
        return SourceSpec(path=item)
    if not isinstance(item, dict):
        raise ParamsError(
            f"{key}{where} must be a path or a mapping with 'path', got {_type_name(type(item))}",
            key=key,
        )
    for k in item:
        if k not in SOURCE_KEYS:
            raise ParamsError(
                f"unknown key {str(k)[:60]!r} in {key}{where}",
                key=f"{key}.{k}",
                hint=unknown_key_hint(str(k), SOURCE_KEYS),
            )
    path = item.get("path")
    if not isinstance(path, str) or not path.strip():
        raise ParamsError(f"{key}{where} needs a 'path' string", key=f"{key}.path")
    if "\x00" in path:
        raise ParamsError(f"{key}.path{where} contains a NUL character", key=f"{key}.path")
    reliability, credibility = parse_grade(item, where, key=key)
    label = item.get("label")
    if label is not None and not isinstance(label, str):
        raise ParamsError(f"{key}.label{where} must be a string", key=f"{key}.label")
    if label is not None:
        label = clean_line(label).strip() or None
    published = item.get("published")
    if published is not None:
        published = _date(published, where, key=f"{key}.published")
    return SourceSpec(
        path=path,
        label=label,
        reliability=reliability,
        credibility=credibility,
        published=published,
    )


def check_stale_days(value: Any, where: str = "", key: str = "stale_days") -> int:
    """``value`` as the stale-source setting (a whole number of days from 1 to
    ``MAX_STALE_DAYS``), or a ParamsError naming ``key`` (the params key or a command's
    option) and ``where`` it was given: one rule for ``briefbook run``'s params and
    ``briefbook assess --stale-days``. A string of digits (the command line's) is read as
    its number."""
    number = value
    if isinstance(value, str) and re.fullmatch(r"\s*[+-]?\d+\s*", value):
        number = int(value)
    if isinstance(number, bool) or not isinstance(number, int) or not 1 <= number <= MAX_STALE_DAYS:
        raise ParamsError(
            f"key {key!r}{where} must be a whole number of days from 1 "
            f"to {MAX_STALE_DAYS:,}, got {_short(value)}",
            key=key,
            hint=SPECS["stale_days"].help,
        )
    return number


def parse_date(value: str, key: str) -> str:
    """``value`` as an ISO date ``YYYY-MM-DD``, or a ParamsError naming ``key``."""
    return _date(value, "", key=key)


def _date(value: Any, where: str, key: str = "date") -> str:
    if value is None or value == "":
        return dt.date.today().isoformat() if key == "date" else ""
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    try:
        return dt.date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise ParamsError(
            f"key {key!r}{where} must be a date YYYY-MM-DD, got {_short(value)}", key=key
        ) from None


def _check_name(key: str, value: str, where: str) -> None:
    if not NAME_RE.match(value) or ".." in value:
        raise ParamsError(
            f"key {key!r}{where} must be a plain folder name (letters, digits, . _ -), "
            f"got {_short(value)}",
            key=key,
            hint="it names a folder under reports/ and may not contain '/', '..' or start with '.'",
        )


def _type_name(t: type) -> str:
    return {
        str: "a string",
        list: "a list",
        dict: "a mapping",
        int: "a whole number",
        float: "a number",
        bool: "true/false",
        dt.date: "a date",
        type(None): "empty",
    }.get(t, t.__name__)
