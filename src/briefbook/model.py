"""The typed, JSON-serialisable data model: Document in, Assessment out.

Lowest floor of the package: it imports nothing from briefbook but the tradecraft
vocabularies. ``Assessment.to_dict()`` is the ``briefbook.assessment/1`` contract; its JSON
Schema (``schemas/assessment.schema.json``) is generated from these types by
:mod:`briefbook.contract` (a test fails when they drift). Records that travel as plain JSON
objects (sources, excluded sources, corroboration rows, changes) are ``TypedDict`` types:
the dict is the data, the type says which keys it has. ``Annotated[..., {...}]`` adds JSON
Schema keywords (pattern, minimum, description) to a field.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields
from typing import Annotated, Any, Literal, NotRequired, TypedDict, get_args

from briefbook.tradecraft import CONFIDENCE_LEVELS, LIKELIHOOD_TERMS

ASSESSMENT_SCHEMA_ID = "briefbook.assessment/1"


@dataclass(frozen=True)
class SourceSpec:
    """One source as given in params (``sources:``) or on the command line: ``path`` (a file,
    a folder or a glob), an optional display ``label``, the Admiralty grade of its source
    (``reliability`` A-F) and of its information (``credibility`` 1-6), and the publication
    date ``published`` (ISO ``YYYY-MM-DD``) when the analyst gives it. Read by
    :mod:`briefbook.config.params`, expanded and read by :mod:`briefbook.ingest.sources`."""

    path: str
    label: str | None = None
    reliability: str | None = None
    credibility: int | None = None
    published: str | None = None


# the date origin of a date read from the file's modification time (briefbook.ingest.dates):
# when the file was copied or checked out, not when the report was published
FILE_TIME_ORIGIN = "mtime"


def known_published(source: Document | Any) -> str | None:
    """The publication date a source carries (ISO ``YYYY-MM-DD``), or None when it is
    undated. ``source``: a :class:`Document` or a source record (a mapping with
    ``published`` and ``date_origin``). A date that came only from the file's modification
    time (``date_origin`` ``mtime``) is no date of the report: such a source is undated for
    recency, staleness, supersession and the dates a briefing shows (the issue's window
    still selects by it, as documented there)."""
    if isinstance(source, Document):
        published, origin = source.published, source.date_origin
    else:
        published, origin = source.get("published"), source.get("date_origin")
    if not published or origin == FILE_TIME_ORIGIN:
        return None
    return str(published)


@dataclass(frozen=True)
class JSONKeywords:
    """JSON Schema keywords a type adds to the contract: ``Annotated[str, keywords(...)]``."""

    items: tuple[tuple[str, Any], ...]


def keywords(**values: Any) -> JSONKeywords:
    """``keywords(pattern="^S[0-9]+$")``: hashable, so annotated types can form unions."""
    return JSONKeywords(tuple(values.items()))


# JSON Schema keywords of the contract's recurring fields
SentenceId = Annotated[str, keywords(pattern="^S[0-9]+\\.[0-9]+$")]
SourceId = Annotated[str, keywords(pattern="^S[0-9]+$")]
Evidence = Annotated[list[SentenceId], keywords(minItems=1)]
IsoDate = Annotated[str, keywords(description="ISO date YYYY-MM-DD")]
Likelihood = Literal[
    "almost no chance",
    "very unlikely",
    "unlikely",
    "roughly even chance",
    "likely",
    "very likely",
    "almost certain",
]
Confidence = Literal["low", "moderate", "high"]
Reliability = Literal["A", "B", "C", "D", "E", "F"]
Credibility = Literal[1, 2, 3, 4, 5, 6]
Role = Literal["situation", "analysis", "outlook", "verdict"]
EntityType = Literal["person", "organisation", "country", "place", "force", "weapon", "vessel"]
ENTITY_TYPES: tuple[str, ...] = get_args(EntityType)


class SourceRecord(TypedDict):
    """An entry of ``Assessment.sources``: one source and how it was read and graded."""

    id: SourceId
    title: str
    path: str
    sha256: Annotated[str, keywords(pattern="^[0-9a-f]{64}$")]
    published: IsoDate | None
    words: Annotated[int, keywords(minimum=0)]
    reliability: Reliability | None
    credibility: Credibility | None
    label: str | None
    author: str | None
    url: str | None
    format: str
    language: str | None
    # where ``published`` came from: params, header, metadata, dateline, mtime
    # (briefbook.ingest.dates); "text" in assessments written before the date module
    date_origin: str | None
    warnings: list[str]
    # the publisher the source declares (front matter or a header line)
    publisher: NotRequired[str | None]
    # who set the credibility: the analyst (params) or derived from corroboration
    credibility_origin: NotRequired[Literal["params", "analyst", "derived"] | None]


class ExcludedSource(TypedDict):
    """A source left out of the issue (outside its window), with the reason."""

    path: str
    title: str | None
    published: IsoDate | None
    date_origin: str | None
    reason: str


class CorroborationRow(TypedDict):
    """A row of ``Assessment.corroboration``: the figures of one claimed thing across sources
    (see :mod:`briefbook.assessment.corroboration`)."""

    claim: str
    what: str
    event: str | None
    counts: str
    quantities: list[dict[str, Any]]
    figures: list[dict[str, Any]]
    agreeing: list[str]
    disagreeing: list[str]
    copies: list[dict[str, str]]
    inconsistent: list[str]
    independent_sources: Annotated[int, keywords(minimum=0)]  # independent origins
    # "unmatched": no other origin states this event; "single-source" in files before 2026-12
    status: Literal["contradicted", "corroborated", "unmatched", "single-source", "revised"]
    evidence: list[SentenceId]
    origins: NotRequired[list[dict[str, Any]]]  # [{origin, sources}]: outlets per origin
    outlets: NotRequired[Annotated[int, keywords(minimum=1)]]
    when: NotRequired[str | None]
    where: NotRequired[str | None]


class Changes(TypedDict, total=False):
    """``Assessment.changes``: what changed since the previous issue of the series
    (see :mod:`briefbook.series.changes`); lists of plain JSON entries per kind."""

    first_issue: bool
    note: str
    before: IsoDate | None  # first issue: the date before which no issue was found
    previous_date: IsoDate | None
    previous_title: str | None
    same_date_issues: int  # first issue: other issues of the same date
    new_judgments: list[dict[str, Any]]
    dropped_judgments: list[dict[str, Any]]
    moved: list[dict[str, Any]]
    new_sources: list[dict[str, Any]]
    new_entities: list[dict[str, Any]]
    new_claims: list[dict[str, Any]]
    changed_numbers: list[dict[str, Any]]


@dataclass
class Sentence:
    """One sentence of a source, in reading order. ``id`` is ``S<n>.<k>``, k from 1."""

    id: SentenceId
    source: SourceId
    text: str
    paragraph: int = 0
    heading: str | None = None  # nearest structural heading above it, if the source has one
    section: str | None = None  # schema key assigned by the engine, or None
    # who the sentence reports as speaking ("the defence ministry"; None = the source's own
    # voice), found by the analysis; outlets quoting one originator are one origin
    attributed_to: str | None = None
    # stable across issues: short hash of the source's content and the sentence's text
    # (briefbook.ids.sentence_anchor); cite it in an analyst file instead of ``id``
    anchor: Annotated[str, keywords(pattern="^a[0-9a-f]{9}$")] | None = None


@dataclass
class Heading:
    """A structural heading of a source; it stands before paragraph ``paragraph``."""

    text: str
    level: int
    paragraph: int


@dataclass
class Document:
    """One ingested source. ``id`` is ``S<n>`` in the order the sources were given."""

    id: str
    title: str
    path: str
    sha256: str
    format: str
    published: str | None = None  # ISO date YYYY-MM-DD when found
    author: str | None = None
    url: str | None = None
    label: str | None = None
    reliability: str | None = None  # Admiralty A-F
    credibility: int | None = None  # Admiralty 1-6
    language: str | None = None
    date_origin: str | None = None  # where ``published`` came from: params, header,
    # metadata, dateline, mtime (see briefbook.ingest.dates)
    publisher: str | None = None
    paragraphs: list[str] = field(default_factory=list)
    headings: list[Heading] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def words(self) -> int:
        return sum(len(p.split()) for p in self.paragraphs)

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)

    def source_record(self) -> SourceRecord:
        """The entry of the assessment's ``sources`` list."""
        return {
            "id": self.id,
            "title": self.title,
            "path": self.path,
            "sha256": self.sha256,
            "published": self.published,
            "words": self.words,
            "reliability": self.reliability,
            "credibility": self.credibility,
            "label": self.label,
            "author": self.author,
            "url": self.url,
            "format": self.format,
            "language": self.language,
            "date_origin": self.date_origin,
            "publisher": self.publisher,
            "warnings": list(self.warnings),
        }


@dataclass
class Entity:
    name: str
    type: EntityType
    aliases: list[str] = field(default_factory=list)
    mentions: int = 0
    evidence: list[SentenceId] = field(default_factory=list)


@dataclass
class Claim:
    """A quantitative claim as an event frame: how many of what, what happened, when, where,
    and who says so.

    ``low``/``high`` is the interval the wording allows (None = open on that side: "more than
    11,000" is 11,001..None; "dozens" 24..99), following the claims annotation conventions;
    ``quantity`` is the figure as read (a number, a vague word, or a range's low end).
    ``attributed_to`` is the originator (the ministry, the president quoted; None = the
    source's own voice); ``own_action``: the source announces what it did itself ("Treasury is
    sanctioning ..."), which makes it authoritative for that fact.
    """

    text: str  # the span of the sentence that states it
    quantity: float | int | str
    counts: str  # what is counted: "troops", "North Korean soldiers"
    event: str | None  # a class of data/events.yaml: killed, launched, sanctioned ..., other
    attributed_to: str | None  # the originator; None = the source's own voice
    hedged: bool
    evidence: Evidence
    hedges: list[str] = field(default_factory=list)  # the hedge cues found
    published: str | None = None  # publication date of its source, for charts over time
    low: float | None = None  # interval of the figure; None = open (or unknown in old files)
    high: float | None = None
    kind: Literal["count", "percent", "money", "measure", "factor"] = "count"
    unit: str | None = None  # currency, measure unit or rate ("per day") when stated
    # asserted, negated, capacity ("could make"), future ("will hand over")
    modality: Literal["asserted", "negated", "capacity", "future"] = "asserted"
    when: str | None = None  # the time of the counted event as stated
    where: str | None = None  # its place as stated
    own_action: bool = False
    # it counts a part of a group the sentence names ("three of its peacekeepers", "including
    # two from the mission"): compared only with parts, or when it agrees
    part: bool = False
    # the span and extent the figure runs over, as stated ("since Sunday", "nationwide; the
    # war has killed"): figures of different scopes are never one event
    scope: str | None = None
    # a distance's or a duration's qualifier, its ``counts`` being the unit: "siege" of "an
    # 18-month siege" (counts "months"), "west" of "70 km west" (counts "km")
    qualifier: str | None = None


@dataclass
class Statement:
    """A statement of the assessment, resting on ``evidence`` (sentence ids, non-empty)."""

    text: Annotated[str, keywords(minLength=1)]
    evidence: Evidence
    # a statement carries a likelihood (the briefing's own estimate) OR a confidence, never
    # both (assessment.grading.grade_statement); files of earlier versions may have both
    likelihood: Likelihood | None = None  # an ICD 203 term, when the evidence is probabilistic
    confidence: Confidence | None = None  # low, moderate, high
    section: str | None = None
    hedged: bool = False
    attributed_to: str | None = None
    score: float = 0.0
    drafted: bool = False  # written by a language model and passed the drafting checker
    rationale: str | None = None  # one line: the evidence pattern that set the grade
    source_estimate: str | None = None  # an estimate the originator made, reported as theirs
    # the publication date of its source when that is older than the issue's freshness
    # limit (the window, or 90 days): the statement is shown as dated and never leads
    dated: str | None = None
    domain: str | None = None  # situation statements: military, political, economic, ...
    # why it is of the past though its source is of the issue's period (round front27): a
    # count a later report revised ("Revised by a later report [S6.1]."), a forecast or
    # deadline whose time ran out before the issue date ("Past: looked ahead to 2023-08-07.")
    marked: str | None = None
    analyst: bool = False  # written (or pinned) by the analyst, not selected by the engine
    unsupported: list[str] = field(default_factory=list)  # words the checker found unsupported

    def __post_init__(self) -> None:
        if not self.evidence:
            raise ValueError(f"statement without evidence: {self.text[:60]!r}")

        if self.likelihood is not None and self.likelihood not in LIKELIHOOD_TERMS:
            raise ValueError(f"not an ICD 203 likelihood term: {self.likelihood!r}")
        if self.confidence is not None and self.confidence not in CONFIDENCE_LEVELS:
            raise ValueError(f"not a confidence level: {self.confidence!r}")


@dataclass
class Section:
    key: str
    title: str
    statements: list[Statement] = field(default_factory=list)
    description: str = ""
    role: Role = "analysis"  # situation, analysis, outlook or verdict (the outline's role)
    # an analytic section the sources say nothing about lists the reported facts an analyst
    # would reason from (the situation statements closest to the section's description)
    evidence_to_weigh: list[Statement] = field(default_factory=list)


@dataclass
class Assessment:
    title: str
    schema_name: str
    sources: list[SourceRecord]
    sentences: list[Sentence]
    sections: list[Section]
    key_judgments: list[Statement]
    indicators: list[Statement]
    entities: list[Entity]
    claims: list[Claim]
    corroboration: list[CorroborationRow] = field(default_factory=list)
    excluded_sources: list[ExcludedSource] = field(default_factory=list)
    changes: Changes | None = None
    meta: dict[str, Any] = field(default_factory=dict)  # engine name and version, schema file

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"schema": ASSESSMENT_SCHEMA_ID}
        for f in fields(self):
            data[f.name] = _plain(getattr(self, f.name))
        return data

    def to_json(self) -> str:
        """Deterministic JSON: same assessment, same bytes."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=2, sort_keys=False) + "\n"

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Assessment:
        if data.get("schema") != ASSESSMENT_SCHEMA_ID:
            raise ValueError(
                f"not a {ASSESSMENT_SCHEMA_ID} document: schema={data.get('schema')!r}"
            )

        def stmts(items: list[dict[str, Any]]) -> list[Statement]:
            return [Statement(**s) for s in items]

        return cls(
            title=data["title"],
            schema_name=data["schema_name"],
            sources=list(data["sources"]),
            sentences=[Sentence(**s) for s in data["sentences"]],
            sections=[
                Section(
                    key=s["key"],
                    title=s["title"],
                    statements=stmts(s["statements"]),
                    description=s.get("description", ""),
                    role=s.get("role", "analysis"),
                    evidence_to_weigh=stmts(s.get("evidence_to_weigh", [])),
                )
                for s in data["sections"]
            ],
            key_judgments=stmts(data["key_judgments"]),
            indicators=stmts(data["indicators"]),
            entities=[Entity(**e) for e in data["entities"]],
            claims=[Claim(**c) for c in data["claims"]],
            corroboration=list(data.get("corroboration", [])),
            excluded_sources=list(data.get("excluded_sources", [])),
            changes=data.get("changes"),
            meta=dict(data.get("meta", {})),
        )

    @classmethod
    def from_json(cls, text: str) -> Assessment:
        return cls.from_dict(json.loads(text))

    def sentence(self, sid: str) -> Sentence:
        return self._index()[sid]

    def _index(self) -> dict[str, Sentence]:
        return {s.id: s for s in self.sentences}

    def section(self, key: str) -> Section:
        for s in self.sections:
            if s.key == key:
                return s
        raise KeyError(key)


def _plain(value: Any) -> Any:
    if hasattr(value, "__dataclass_fields__"):
        return asdict(value)
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value
