"""Invented sources for the scale benchmarks: short news-like reports with people, places,
organisations, numbers, dates, hedges and attribution, so that entities, claims,
corroboration and near-duplicate clustering all have work. Every sentence is generated
here from the word lists below; nothing is read from a corpus.

    from synthetic import write_folder, write_single, report_sentences
"""

from __future__ import annotations

import random
from pathlib import Path

PEOPLE = (
    "General Tomas Varga",
    "Minister Elena Kowal",
    "Colonel Ivo Stenberg",
    "President Aurel Dossan",
    "Governor Mira Halvek",
    "Commander Petr Lindqvist",
    "Ambassador Nadia Orrin",
    "Spokesman Karel Basso",
    "Senator Lina Fessler",
    "Deputy Minister Oskar Trell",
)
ORGS = (
    "the Northern Defence Ministry",
    "the Coastal Guard",
    "the United Relief Agency",
    "the Varn Liberation Front",
    "the Eastern Rail Company",
    "the Council of Alda",
    "the Harbour Workers Union",
    "the Dossan Security Service",
)
PLACES = (
    "Norvik",
    "Alda",
    "Brennhal",
    "Calderon",
    "Dunmore",
    "Estravik",
    "Falkenried",
    "Garronby",
    "Kharkiv",
    "Odesa",
    "Mosul",
    "Aleppo",
    "Tripoli",
    "Mandalay",
)
COUNTRIES = ("Varnia", "Ostland", "Duressa", "Kelmar", "Sarnova")
THINGS = ("bridge", "depot", "rail yard", "power station", "market", "harbour", "airfield")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June")

TEMPLATES = (
    "{person} said on {day} that {n} soldiers were killed near {place}.",
    "According to {org}, about {n} drones struck the {thing} in {place} overnight.",
    "At least {m} civilians were wounded when shells hit {place} on {date}, officials said.",
    "{country} imposed sanctions on {k} companies linked to {org} on {date}.",
    "{org} will likely expand operations around {place} in the coming weeks.",
    "{person} warned that {country} could move {n} troops toward {place} before {month}.",
    "The {thing} at {place} was damaged and {m} homes were left without power.",
    "Officials in {place} reported that {k} trains carrying grain left for {country}.",
    "{person} met {person2} in {place} to discuss a ceasefire on {date}.",
    "Analysts said the attack on {place} is probably meant to cut supply lines to {place2}.",
    "Satellite images show {k} new aircraft at the airfield near {place}.",
    "{org} said {n} people had been evacuated from {place} since {month}.",
)


def sentence(rng: random.Random, i: int) -> str:
    """One invented sentence; ``i`` varies the numbers so that reports differ."""
    template = TEMPLATES[rng.randrange(len(TEMPLATES))]
    text = template.format(
        person=rng.choice(PEOPLE),
        person2=rng.choice(PEOPLE),
        org=rng.choice(ORGS),
        place=rng.choice(PLACES),
        place2=rng.choice(PLACES),
        country=rng.choice(COUNTRIES),
        thing=rng.choice(THINGS),
        day=rng.choice(WEEKDAYS),
        date=f"{1 + i % 28} {rng.choice(MONTHS)}",
        month=rng.choice(MONTHS),
        n=3 + (i * 7) % 400,
        m=2 + (i * 13) % 90,
        k=1 + (i * 3) % 40,
    )
    return text[0].upper() + text[1:]


def report_sentences(rng: random.Random, count: int, start: int = 0) -> list[str]:
    return [sentence(rng, start + j) for j in range(count)]


def report(rng: random.Random, i: int, sentences: int = 4) -> str:
    """One short report: a headline line, a dateline and ``sentences`` sentences."""
    place = rng.choice(PLACES)
    body = " ".join(report_sentences(rng, sentences, start=i * sentences))
    return f"Report {i}: fighting near {place}\n\n{2026}-0{1 + i % 6}-{1 + i % 28:02d}\n\n{body}\n"


def write_folder(folder: Path, files: int, *, seed: int = 7, repost_every: int = 10) -> Path:
    """``files`` short reports in ``folder`` (created); every ``repost_every``-th file is a
    near-copy of an earlier one (one sentence changed), as a repost would be."""
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    texts: list[str] = []
    for i in range(files):
        if repost_every and i and i % repost_every == 0:
            lines = texts[rng.randrange(len(texts))].split("\n")
            lines[-2] = lines[-2] + " " + sentence(rng, i)
            text = "\n".join(lines)
        else:
            text = report(rng, i, sentences=3 + i % 3)
        texts.append(text)
        (folder / f"r{i:05d}.txt").write_text(text)
    return folder


def write_single(path: Path, sentences: int, *, seed: int = 11, paragraph: int = 6) -> Path:
    """One source of ``sentences`` sentences, in paragraphs of ``paragraph`` sentences."""
    rng = random.Random(seed)
    with open(path, "w") as handle:
        handle.write("A long situation report\n\n")
        for start in range(0, sentences, paragraph):
            count = min(paragraph, sentences - start)
            handle.write(" ".join(report_sentences(rng, count, start)) + "\n\n")
    return path


def write_one_line(path: Path, megabytes: float = 2.0, *, seed: int = 13) -> Path:
    """A single line of about ``megabytes`` MB of sentences (no line break at all)."""
    rng = random.Random(seed)
    target = int(megabytes * 1024 * 1024)
    parts: list[str] = []
    size = i = 0
    while size < target:
        s = sentence(rng, i)
        parts.append(s)
        size += len(s) + 1
        i += 1
    path.write_text(" ".join(parts))
    return path
