"""The params file: declared once, validated before anything runs.

``PARAMS`` is the single declaration of every key (type, default, help): it validates
``params/*.yaml`` and ``-p KEY=VALUE`` overrides, and documents the CLI. Every problem is
a :class:`~briefbook.errors.ParamsError` naming the key, exit code 2.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from briefbook.config.drafting import DraftingSettings, parse_drafting
from briefbook.config.grades import parse_grade
from briefbook.config.suggest import unknown_key_hint
from briefbook.config.window import parse_window
from briefbook.errors import ParamsError

FORMATS = ("html", "pdf", "docx")
DEFAULT_FORMATS = ("html", "pdf")
PAGE_SIZES = ("A4", "Letter")
NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$")
SOURCE_KEYS = ("path", "label", "grade", "reliability", "credibility", "published")


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
        "drafting",
        (dict, str),
        None,
        "drafted analysis by a language model (off by default): {backend: none|openai|llama_cpp, "
        "endpoint, model, api_key_env, model_path, timeout_s, allow_remote}",
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
        "date_order",
        (str,),
        None,
        "how ambiguous numeric dates in sources read: dmy (12/11/2024 = 12 November) or mdy "
        "(default: mdy under a US locale, else dmy)",
        notebook=False,
    ),
)
SPECS = {p.key: p for p in PARAMS}


@dataclass(frozen=True)
class SourceParam:
    path: str
    label: str | None = None
    reliability: str | None = None
    credibility: int | None = None
    published: str | None = None


@dataclass
class Params:
    title: str
    series: str
    sources: list[SourceParam]
    schema: str = "conflict"
    classification: str = "UNCLASSIFIED"
    analyst: str = ""
    date: str = ""
    formats: list[str] = field(default_factory=lambda: list(DEFAULT_FORMATS))
    slug: str = ""
    page_size: str = "A4"
    window: str | dict | None = None
    timeout: int = 600
    drafting: DraftingSettings = field(default_factory=DraftingSettings)
    analyst_file: str | None = None
    date_order: str | None = None
    base: Path = Path(".")  # folder the source paths are relative to
    path: Path | None = None  # the params file

    def to_dict(self) -> dict[str, Any]:
        """JSON-friendly view of every key of ``PARAMS``, in their order (for the manifest)."""
        data: dict[str, Any] = {}
        for spec in PARAMS:
            value = getattr(self, spec.key)
            if spec.key == "sources":
                value = [{k: v for k, v in vars(s).items() if v is not None} for s in value]
            elif isinstance(value, list):
                value = list(value)
            elif isinstance(value, DraftingSettings):
                value = value.to_dict()
            data[spec.key] = value
        return data


class _ParamsLoader(yaml.SafeLoader):
    """Safe YAML, with dates left as text (``date: 2024-02-30`` is then our error, naming
    the key, not a crash in PyYAML's timestamp constructor) and no key given twice."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
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


def read_yaml(text: str) -> Any:
    return yaml.load(text, Loader=_ParamsLoader)  # noqa: S506 - a SafeLoader subclass


def slugify(text: str, limit: int = 60) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
    return slug[:limit].rstrip("-") or "briefing"


def parse_override(item: str) -> tuple[str, Any]:
    """``KEY=VALUE`` with VALUE read as a YAML scalar or list (``-p formats=[html]``)."""
    if "=" not in item:
        raise ParamsError(
            f"override {item!r} is not KEY=VALUE", hint="write e.g. -p date=2024-12-20"
        )
    key, raw = item.split("=", 1)
    key = key.strip()
    try:
        value = read_yaml(raw) if raw.strip() else ""
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
    if not path.is_file():
        raise ParamsError(
            f"params file {path} not found", hint="give the path to a params/*.yaml file"
        )
    try:
        data = read_yaml(path.read_text(encoding="utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise ParamsError(f"params file {path} is not UTF-8 text ({exc.reason})") from exc
    except yaml.YAMLError as exc:
        where = ""
        mark = getattr(exc, "problem_mark", None)
        if mark is not None:
            where = f" at line {mark.line + 1}, column {mark.column + 1}"
        problem = getattr(exc, "problem", None) or "syntax error"
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
        head, dot, sub = key.partition(".")
        if dot and head in SPECS and dict in SPECS[head].types:  # -p drafting.backend=none
            nested = data.get(head)
            data[head] = {**(nested if isinstance(nested, dict) else {}), sub: value}
            key = head
        else:
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

    where = in_file
    for key in data:
        if key not in SPECS:
            raise ParamsError(
                f"unknown key {key!r}{where_of(key)}",
                key=str(key),
                hint=unknown_key_hint(str(key), SPECS),
            )
    values: dict[str, Any] = {}
    for spec in PARAMS:
        value = data.get(spec.key, spec.default)
        if value is None:
            values[spec.key] = None
            continue
        if isinstance(value, bool) or not isinstance(value, spec.types):
            expected = " or ".join(_type_name(t) for t in spec.types)
            raise ParamsError(
                f"key {spec.key!r}{where} must be {expected}, got {_type_name(type(value))} {value!r}"[
                    :200
                ],
                key=spec.key,
                hint=spec.help,
            )
        values[spec.key] = value

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
    if not values["sources"]:
        raise ParamsError(
            f"key 'sources'{where} is required and must list at least one source",
            key="sources",
            hint=SPECS["sources"].help,
        )
    series = values["series"] or slugify(title)
    _check_name("series", series, where_of("series"))
    slug = values["slug"] or slugify(title)
    _check_name("slug", slug, where_of("slug"))
    formats = [str(f).lower() for f in values["formats"]]
    for fmt in formats:
        if fmt not in FORMATS:
            raise ParamsError(
                f"key 'formats'{where_of('formats')} has unknown format {fmt!r}",
                key="formats",
                hint=f"choose from {', '.join(FORMATS)} (ipynb and json are always written)",
            )
    if values["page_size"] not in PAGE_SIZES:
        raise ParamsError(
            f"key 'page_size'{where_of('page_size')} must be one of {', '.join(PAGE_SIZES)}, got {values['page_size']!r}",
            key="page_size",
        )
    if values["window"] is not None:
        parse_window(values["window"])
    if values["date_order"] is not None and str(values["date_order"]).lower() not in ("dmy", "mdy"):
        raise ParamsError(
            f"key 'date_order'{where_of('date_order')} must be dmy or mdy, "
            f"got {values['date_order']!r}",
            key="date_order",
        )
    if values["timeout"] <= 0:
        raise ParamsError(
            f"key 'timeout'{where_of('timeout')} must be a positive number of seconds",
            key="timeout",
        )
    return Params(
        title=title.strip(),
        series=series,
        sources=[
            _source(item, i, where_of("sources")) for i, item in enumerate(values["sources"], 1)
        ],
        schema=values["schema"],
        classification=values["classification"].strip(),
        analyst=values["analyst"],
        date=_date(values["date"], where_of("date")),
        formats=formats,
        slug=slug,
        page_size=values["page_size"],
        window=values["window"],
        timeout=values["timeout"],
        drafting=parse_drafting(values["drafting"], where_of("drafting")),
        analyst_file=values["analyst_file"] or None,
        date_order=str(values["date_order"]).lower() if values["date_order"] else None,
        base=base,
        path=path,
    )


def _source(item: Any, index: int, where: str) -> SourceParam:
    key = f"sources[{index}]"
    if isinstance(item, str):
        if not item.strip():
            raise ParamsError(f"{key}{where} is an empty path", key=key)
        return SourceParam(path=item)
    if not isinstance(item, dict):
        raise ParamsError(
            f"{key}{where} must be a path or a mapping with 'path', got {_type_name(type(item))}",
            key=key,
        )
    for k in item:
        if k not in SOURCE_KEYS:
            raise ParamsError(
                f"unknown key {k!r} in {key}{where}",
                key=f"{key}.{k}",
                hint=unknown_key_hint(str(k), SOURCE_KEYS),
            )
    path = item.get("path")
    if not isinstance(path, str) or not path.strip():
        raise ParamsError(f"{key}{where} needs a 'path' string", key=f"{key}.path")
    reliability, credibility = parse_grade(item, where, key=key)
    label = item.get("label")
    if label is not None and not isinstance(label, str):
        raise ParamsError(f"{key}.label{where} must be a string", key=f"{key}.label")
    published = item.get("published")
    if published is not None:
        published = _date(published, where, key=f"{key}.published")
    return SourceParam(
        path=path,
        label=label,
        reliability=reliability,
        credibility=credibility,
        published=published,
    )


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
            f"key {key!r}{where} must be a date YYYY-MM-DD, got {value!r}", key=key
        ) from None


def _check_name(key: str, value: str, where: str) -> None:
    if not NAME_RE.match(value) or ".." in value:
        raise ParamsError(
            f"key {key!r}{where} must be a plain folder name (letters, digits, . _ -), got {value!r}",
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
