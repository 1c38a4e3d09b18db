"""Who originated what each sentence reports: its originator, resolved across sentences.

:func:`briefbook.analysis.hedges.attribution` reads one sentence ("X said", "according to
X"). Here the document is read in order, so that what one sentence cannot settle is resolved
from its context:

* "it said", "they added" -> the latest originator of the right kind (a body for "it", a
  person for "he"/"she") within a few sentences; "the ministry added", "the general told" ->
  the body or person of that title named before;
* "according to a statement from X", "a statement by X" -> X; "..., citing X" -> X, the
  originator behind the outlet that reports it;
* "The OSC analysis indicates" -> OSC; a lower-case role ("a senior officer from the general
  staff told Reuters") -> that role;
* a quotation continued from the sentence before keeps its speaker; a paragraph that goes on
  after a body's report keeps that body;
* the source's own voice -> None: its author, or the issuer named by its title ("Treasury
  Sanctions ...", "Statement from President ..."), with the aliases of ``data/cues.yaml``
  (``publisher_aliases``: OFAC speaks for Treasury). A date is never an originator.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from briefbook.analysis.hedges import TITLE_WORDS, attribution
from briefbook.data import load_data
from briefbook.text import CURLY_QUOTES

ORG_HEADS = frozenset(
    [
        "ministry",
        "office",
        "department",
        "agency",
        "government",
        "army",
        "navy",
        "forces",
        "force",
        "command",
        "company",
        "operator",
        "council",
        "committee",
        "commission",
        "service",
        "services",
        "police",
        "military",
        "authorities",
        "authority",
        "center",
        "centre",
        "institute",
        "bureau",
        "group",
        "bank",
        "corporation",
        "news",
        "network",
        "court",
        "administration",
        "parliament",
        "assembly",
        "organisation",
        "organization",
        "union",
        "alliance",
        "staff",
        "intelligence",
        "coalition",
        "guard",
        "guards",
        "mission",
        "embassy",
        "party",
        "movement",
        "state",
        "cabinet",
        "analysis",
        "report",
        "study",
        "osc",
        "treasury",
        "kremlin",
        "pentagon",
    ]
)
REPORT_NOUNS = "analysis|report|study|assessment|data|figures|estimate|estimates|investigation|survey|statement|tally|count"
REPORT_VERBS = "used|uses|arrived|modelled|modeled|counted|monitored|observed|indicates|indicated|shows|showed|suggests|suggested|found|finds|estimates|estimated|says|said|concluded|concludes|counted|recorded|records"
_STUDY = re.compile(
    rf"\b(?:[Tt]he|[Aa]n?|[Ii]ts)\s+((?:[A-Z][\w'’&.-]*\s+){{1,4}})(?:{REPORT_NOUNS})\s+(?:also\s+)?(?:{REPORT_VERBS})\b"
)
_REFERRING = re.compile(
    r"(?:^|[,;:\"]\s*|\b(?:and|but)\s+)(?:(?P<pron>it|he|she|they)|(?P<det>the|this)\s+(?P<noun>(?-i:[a-z][\w-]*(?:\s+[a-z][\w-]*)?)))"
    r"\s+(?:also\s+|further\s+|later\s+|separately\s+|previously\s+|earlier\s+)?"
    r"(?-i:said|says|added|adds|told|stated|states|reported|reports|noted|announced|wrote|warned|claimed|confirmed|posted|estimated|estimates)\b",
    re.I,
)
_ACCORDING = re.compile(
    r"\baccording\s+to\s+(?:a|an|the|its|their|his|her)\s+(?:statement|report|post|update|briefing|estimate|tally|data|figures)\b(?!\s+(?:by|from|of)\s+[A-Z])",
    re.I,
)
_PRONOUN_START = re.compile(
    r"^\W*(?:However,\s+|Also,\s+)?(?P<p>They|It|He|She)\b(?!\s+(?:is|was)\s+(?:also\s+)?(?:possible|likely|unlikely|unclear|clear|apparent|hard|difficult|important|worth|not))"
)
_ESTIMATED = re.compile(
    r"^\W*It\s+is\s+(?:also\s+)?(?:estimated|believed|thought|assessed|reported)\b"
)
_TITLE_ALIASES = {
    "general": ("gen", "general", "gen."),
    "president": ("president", "pres."),
    "minister": ("minister",),
    "secretary": ("secretary",),
}
_REACH = 4
_CITING = re.compile(r",\s+citing\s+((?:the\s+)?(?:[\w'’.-]+\s+){0,5}?[\w'’.-]+)\s*(?:[,.;]|$)")
_STATEMENT_BY = re.compile(
    r"\b(?:statement|report|post|update|briefing|announcement)\s+(?:from|by|of)\s+((?:the\s+)?(?:[A-Z][\w'’.-]*\s+(?:of\s+(?:the\s+)?)?){0,5}[A-Z][\w'’.-]*)"
)


def _tidy(name: str) -> str | None:
    """An originator as a name: not a possessive pronoun's phrase ("her faction"), and without
    a trailing participle clause ("a report into the raid published on Friday")."""
    name = re.split(r"\s+(?:published|released|issued|obtained|seen|compiled)\b", name)[0].strip()
    if not name or re.match(r"(?i)(?:her|his|their|its|our|my|your)\b", name):
        return None
    return name


def _strip_the(name: str) -> str:
    return re.sub(r"^(?:the|a|an)\s+", "", name.strip(), flags=re.I).rstrip(".,;")


_CONTINUATION = 4
_APPOSITIVE = re.compile(
    r"^\W*((?:[A-Z][\w.'’-]+\s+){0,3}[A-Z][\w.'’-]+),\s+(?:a|an|the|one|who|whose|[a-z][\w-]*)\b"
    r"[^,;\"]{3,140},\s+(?:also\s+)?(?:said|says|told|added|wrote|warned|stated)\b"
)
_ACCORDING_ANY = re.compile(r"\b[Aa]ccording\s+to\s+[^,;]{1,80}[,;]\s*")
_DATE_NAME = re.compile(
    r"^(?:(?:early|mid|late)[- ])?(?:January|February|March|April|May|June|July|August|September|"
    r"October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
    r"Today|Yesterday)\b(?:\s+(?:\d+|figures|data|report|statement))?$",
    re.I,
)  # sentences of the same paragraph after an attributed one
_ROLE_SUBJECT = re.compile(
    r"(?:\b(?:[Aa]n?|[Tt]he)\s+|(?<![\w'’])(?=[A-Z][\w-]*'s\s))((?:[\w'’-]+\s+){0,3}?(?:officer|officers|official|officials|spokesman|spokeswoman|"
    r"spokesperson|source|sources|commander|diplomat|diplomats|analyst|analysts|expert|experts|adviser|aide|"
    r"investigator|investigators|researcher|researchers|observer|observers|service|ministry|agency|authorities|"
    r"administration|office|military|army|navy|police|governor|mayor|operator|company|monitor|group|command|"
    r"force|forces|guard|media|council|authority|utility|spokesman|committee|commission|chief|head)(?:\s+(?:from|of|at|in|with)\s+"
    r"(?:[\w'’-]+\s+){0,3}?[\w'’-]+)?)\s+(?:also\s+)?"
    r"(?:told|said|says|added|stated|estimated|reported|reports|announced|confirmed|"
    r"expects|expected|predicts|predicted|forecasts|"
    r"anticipates|fears|warned|warns)\b"
)


def _is_org(name: str) -> bool:
    words = [w.strip(".,'’()").lower() for w in name.split()]
    if any(w in ORG_HEADS for w in words):
        return True
    return len(words) == 1 and bool(re.fullmatch(r"[A-Z]{2,}", name.strip()))


def _tokens(name: str) -> set[str]:
    stop = {"the", "of", "and", "u.s.", "us", "s", "department", "office"} | set(TITLE_WORDS)
    return {w for w in re.findall(r"[a-z0-9]+", name.lower()) if w not in stop and len(w) > 1}


def publisher_names(
    title: str, author: str | None, aliases: Mapping[str, Sequence[str]] | None = None
) -> list[str]:
    """Names under which the source speaks in its own voice (its author, the issuer in the title)."""
    names: list[str] = []
    if author:
        names += [a.strip() for a in re.split(r",|\band\b", author) if a.strip()]
    m = re.match(
        r"\s*(?:Statement|Remarks|Readout|Message)\s+(?:from|by|of)\s+(.+?)\s+(?:on|at|about|regarding)\b",
        title,
    )
    if m:
        names.append(m.group(1))
    m = re.match(
        r"\s*([A-Z][\w.&'’-]+)\s+(?:Sanctions|Targets|Designates|Imposes|Announces|Issues|Takes|Calls|Says|Releases|Launches|Condemns|Welcomes|Statement)\b",
        title,
    )
    if m:
        names.append(m.group(1))
    if aliases is None:
        aliases = load_data("cues.yaml").get("publisher_aliases", {})
    for name in list(names):
        for key, more in aliases.items():
            if key in name.lower():
                names += more
    return names


_FIRST_PERSON = re.compile(r"\b(?:we|our|today's action|this action)\b", re.I)


def speaks_of_itself(text: str, publishers: Sequence[str]) -> bool:
    """Whether a sentence in the source's own voice reports the publisher's own action: it
    names the publisher ("Treasury is sanctioning", "OFAC designated") or speaks in the first
    person or of "today's action"."""
    if not publishers:
        return False
    if _FIRST_PERSON.search(text):
        return True
    words = set(re.findall(r"[a-z0-9]+", text.lower()))
    return any(_tokens(p) and _tokens(p) <= words for p in publishers)


def _own_voice(name: str, publishers: Sequence[str]) -> bool:
    toks = _tokens(name)
    return bool(toks) and any(toks & _tokens(p) for p in publishers)


def _resolve_noun(
    noun: str, history: list[tuple[int, str]], texts: list[str], index: int
) -> str | None:
    """ "the ministry", "the general": the latest named body or person that noun refers to."""
    noun = noun.lower().split()[-1]
    for _, name in reversed(history):
        if noun in name.lower() or any(
            a in name.lower().split() for a in _TITLE_ALIASES.get(noun, ())
        ):
            return name
    aliases = _TITLE_ALIASES.get(noun, (noun,))
    alt = "|".join(re.escape(a) for a in aliases)
    for k in range(index - 1, max(-1, index - 8), -1):
        text = texts[k]
        # "Ministry of Defence", "Gen Oleksandr Syrskyi", "the grid operator Ukrenergo"
        found = list(re.finditer(rf"(?i:\b(?:{alt})\b)\.?\s+((?:[A-Z][\w'’-]+\s?){{1,3}})", text))
        m = found[-1] if found else None
        if m:
            return (text[m.start() : m.end()]).strip()
        for m in re.finditer(
            rf"((?:[A-Z][\w'’-]+\s+)*(?i:{alt})(?:\s+of(?:\s+the)?(?:\s+[A-Z][\w'’-]+)+)?)", text
        ):
            if m.group(1)[:1].isupper():
                return m.group(1).strip()
        for m in re.finditer(rf"\b(?i:{alt}),?\s+((?:[A-Z][\w'’-]+\s?){{1,3}})", text):
            return m.group(1).strip()
    return None


def _recent(history: list[tuple[int, str]], index: int) -> list[tuple[int, str]]:
    """The entries of ``history`` (ascending indices) within ``_REACH`` of ``index``: a
    suffix, found from the end, so a long source is not scanned from its start each time."""
    k = len(history)
    while k and index - history[k - 1][0] <= _REACH:
        k -= 1
    return history[k:]


def originators(
    sentences: Sequence[tuple[str, str, int]], publishers: Sequence[str] = ()
) -> dict[str, str | None]:
    """Sentence id -> the originator of what it reports (None = the source's own voice).

    ``sentences``: (id, text, paragraph) in reading order.
    """
    out: dict[str, str | None] = {}
    history: list[tuple[int, str]] = []  # (index, originator) of attributed sentences
    texts = [t.translate(CURLY_QUOTES) for _, t, _ in sentences]
    paragraph_source: dict[int, tuple[int, str]] = {}
    acronyms: dict[str, list[str]] = {}
    for index, (sid, _, paragraph) in enumerate(sentences):
        text = texts[index]
        source, pronoun = attribution(text)
        appositive = _APPOSITIVE.match(text)
        if appositive:  # "Eric Reeves, one of the leading voices on Sudan, said": Reeves
            source = appositive.group(1)
        lead = _REFERRING.match(text.lstrip(' "'))
        if lead and lead.group("pron"):
            source = None  # "He said that Sudan's army ...": the pronoun is the speaker
            pronoun_lead = True
        else:
            pronoun_lead = False
        if source is not None and source == source.lower() and _ACCORDING_ANY.search(text):
            # "According to new reports, the ministry said ...": the speaker named is the origin
            rest = _ACCORDING_ANY.sub("", text, count=1)
            role = _ROLE_SUBJECT.search(rest)
            inner = attribution(rest)[0] or (role.group(1) if role else None)
            source = inner or source
        continued = False
        m = _REFERRING.search(text)
        referring = None
        if m:
            if m.group("pron"):
                referring = ("pron", m.group("pron").lower())
            else:
                referring = ("noun", m.group("noun"))
        cited = _CITING.search(text) or _STATEMENT_BY.search(text)
        if cited:
            source = _strip_the(cited.group(1))
        elif source is not None and source.lower().startswith(
            ("a statement", "the statement", "statement")
        ):
            source = None
            referring = ("pron", "it")
        elif source is not None and source == source.lower():
            # "the ministry added": a definite description of a body named before
            recent = _recent(history, index)
            source = _resolve_noun(source, recent, texts, index) or source
        if source is None:
            s = _STUDY.search(text)
            if s:
                source = s.group(1).strip()
        if source is None and referring is not None:
            kind, word = referring
            recent = _recent(history, index)
            if kind == "pron":
                want_org = word in {"it", "they"}
                for _, name in reversed(recent):
                    single = len(name.split()) == 1
                    if _is_org(name) == want_org or word == "they" or single:
                        source = name
                        break
            else:
                source = _resolve_noun(word, recent, texts, index)
        if source is None:
            r = _ROLE_SUBJECT.search(text)
            if r:
                source = r.group(1)
        if source is None and not pronoun_lead:
            # a sentence naming a body that was an originator earlier in the paragraph
            for _, name in reversed(_recent(history, index)):
                if not _is_org(name):
                    continue
                keys = [name, *acronyms.get(name, [])]
                if any(re.search(rf"\b{re.escape(k)}\b", text) for k in keys):
                    source = name
                    break
        if source is None and _ACCORDING.search(text):
            recent = _recent(history, index)
            orgs = [n for _, n in recent if _is_org(n)]
            if orgs:
                source = orgs[-1]
        if source is None:
            # quotation continued: '"... ," said X.' in the next sentence of the paragraph
            if (
                text.lstrip().startswith('"')
                and index
                and sentences[index - 1][2] == paragraph
                and '"' in texts[index - 1]
                and history
                and history[-1][0] == index - 1
            ):
                source = history[-1][1]
            elif text.lstrip().startswith('"') and text.count('"') % 2 == 1:
                for k in range(index + 1, min(len(sentences), index + 3)):
                    if sentences[k][2] != paragraph:
                        break
                    nxt, _ = attribution(texts[k])
                    if nxt and '"' in texts[k]:
                        source = nxt
                        break
        if source is None and paragraph in paragraph_source:
            j, name = paragraph_source[paragraph]
            pm = _PRONOUN_START.match(text)
            if (
                pm and index - j <= 2 and (pm.group("p") not in {"He", "She"} or not _is_org(name))
            ) or _ESTIMATED.match(text):
                source = name
            elif index - j <= _CONTINUATION and _is_org(name) and not text.lstrip().startswith('"'):
                source = name  # a paragraph's continuation keeps its originator
                continued = True
        if source is not None and not continued:
            a = re.search(rf"{re.escape(source)}\s*\(([A-Z]{{2,}})\)", text)
            if a:
                acronyms.setdefault(source, []).append(a.group(1))
            history.append((index, source))
            paragraph_source[paragraph] = (index, source)
        if source is not None:
            source = _tidy(source)
        if source is not None and _DATE_NAME.match(source):
            source = None  # "June", "Monday": a date, never an originator
        if source is not None and _own_voice(source, publishers):
            source = None
        out[sid] = source
    return out
