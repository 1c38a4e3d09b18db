"""How the checker (briefbook.assessment.checker) behaves on real sentences it was not tuned on.

For every sentence of every corpus article (../shared/corpus; nothing of it was looked at
while writing the checker's rules and word lists):

- **self**: the sentence checked against itself must pass (a statement that copies its
  evidence is supported). Failures are false rejections, except that sources use
  likelihood words outside ICD 203 ("possible", "highly unlikely"), which the checker
  refuses by design in analyst and drafted text; ``self_content`` leaves those out.
- **number**: the first figure written in digits is changed (+1 on its leading digit, so
  "11,000" becomes "21,000"); the checker must reject it.
- **name**: the first capitalised non-initial word that names something is replaced by a
  name from another article that does not occur in this sentence; the checker must reject it.
- **likelihood**: "probably" inserted before the main verb phrase (not an ICD 203 term);
  must be rejected.
- **predicate, opposite**: the first single-word stance or outcome verb of the sentence in
  a past form ("welcomed", "rose") replaced by the first verb of its opposite pole in
  ``data/predicates.yaml`` in the same form ("condemned", "fell"); must be rejected. The
  replacement comes from the checker's own list, so this measures how the rule reads real
  sentences (negations, idioms, both poles in one sentence), not the list's coverage.
- **predicate, same pole**: the same verb replaced by another verb of its own pole
  ("welcomed" -> "praised"); must be kept (a paraphrase the list knows).

Prints counts and rates; no figure here was used to change the checker.

    .venv/bin/python benchmarks/eval_checker.py [../shared/corpus]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from briefbook.assessment.checker import check_statement
from briefbook.assessment.predicates import predicate_hits
from briefbook.data import load_data
from briefbook.ingest import load_documents

DIGITS = re.compile(r"(?<![\w.,])(\d)([\d,]*)")
CAP = re.compile(r"(?<=\s)([A-Z][a-z]{3,})(?=[\s,.;:])")


def main(corpus: Path) -> int:
    files = sorted(p for p in (corpus / "news").glob("*.txt")) + sorted(
        (corpus / "analysis").glob("*.md")
    )
    documents = load_documents(files)
    names_by_doc = {
        d.id: {m.group(1) for s in d.sentences for m in CAP.finditer(s.text)} for d in documents
    }
    counts = {
        k: [0, 0]
        for k in ("self", "self_content", "number", "name", "likelihood", "opposite", "same")
    }
    examples: dict[str, list[str]] = {k: [] for k in counts}
    for doc in documents:
        others = sorted(n for d, names in names_by_doc.items() if d != doc.id for n in names)
        for s in doc.sentences:
            if len(s.text.split()) < 5:
                continue
            ev = [s]
            r = check_statement(s.text, ev)
            counts["self"][0] += 1
            counts["self"][1] += r.ok
            content = [x for x in r.reasons if "likelihood" not in x and "ICD 203" not in x]
            counts["self_content"][0] += 1
            counts["self_content"][1] += not content
            if content and len(examples["self"]) < 8:
                examples["self"].append(f"{s.id}: {content[0]}")
            m = DIGITS.search(s.text)
            if m:
                bumped = str((int(m.group(1)) + 1) % 10 or 1)
                changed = s.text[: m.start()] + bumped + s.text[m.start() + 1 :]
                if changed != s.text:
                    counts["number"][0] += 1
                    rejected = not check_statement(changed, ev).ok
                    counts["number"][1] += rejected
                    if not rejected and len(examples["number"]) < 10:
                        examples["number"].append(
                            f"{s.id}: {changed[max(0, m.start() - 30) : m.start() + 20]!r}"
                        )
            m = CAP.search(s.text)
            words = set(re.findall(r"\w+", s.text.lower()))
            if m:
                swap = next(
                    (n for n in others if n.lower() not in words and n[:4] != m.group(1)[:4]),
                    None,
                )
                if swap:
                    changed = s.text[: m.start()] + swap + s.text[m.end() :]
                    counts["name"][0] += 1
                    rejected = not check_statement(changed, ev).ok
                    counts["name"][1] += rejected
                    if not rejected and len(examples["name"]) < 5:
                        examples["name"].append(f"{s.id}: {m.group(1)} -> {swap}")
            verb = re.search(r"\b(is|are|was|were|will|has|have|had)\b", s.text)
            if verb and "probabl" not in s.text.lower():
                changed = s.text[: verb.end()] + " probably" + s.text[verb.end() :]
                counts["likelihood"][0] += 1
                counts["likelihood"][1] += not check_statement(changed, ev).ok
            swap = _pole_swap(s.text)
            if swap:
                opposite, same = swap
                counts["opposite"][0] += 1
                rejected = not check_statement(opposite, ev).ok
                counts["opposite"][1] += rejected
                if not rejected and len(examples["opposite"]) < 5:
                    examples["opposite"].append(f"{s.id}: {opposite[:90]!r}")
                if same:
                    counts["same"][0] += 1
                    result = check_statement(same, ev)
                    counts["same"][1] += result.ok
                    if not result.ok and len(examples["same"]) < 5:
                        examples["same"].append(f"{s.id}: {result.reasons[0]}")
    print(f"corpus: {len(documents)} articles, {counts['self'][0]} sentences of 5+ words")
    labels = {
        "self": "sentence supported by itself (kept)",
        "self_content": "... numbers, dates, names, negations, predicates",
        "number": "a figure changed (rejected)",
        "name": "a name swapped for another article's (rejected)",
        "likelihood": "'probably' inserted (rejected)",
        "opposite": "a stance/outcome verb made its opposite (rejected)",
        "same": "... made another verb of its pole (kept)",
    }
    for key, (n, good) in counts.items():
        rate = good / n if n else float("nan")
        print(f"  {labels[key]:<50} {good:>5} / {n:<5} {rate:6.1%}")
    for key, lines in examples.items():
        for line in lines:
            print(f"  example ({key}): {line}")
    return 0


_PAST_OF = {
    str(k): [str(f) for f in v] for k, v in load_data("predicates.yaml")["irregular"].items()
}
_POLES = load_data("predicates.yaml")["opposites"]


def _past(lemma: str) -> str:
    if lemma in _PAST_OF:
        return _PAST_OF[lemma][0]
    if lemma.endswith("e"):
        return lemma + "d"
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        return lemma[:-1] + "ied"
    return lemma + "ed"


def _verbs(pole: list) -> list[str]:
    """The single-word verb lemmas of a pole (its nouns and phrases left out)."""
    nouns = ("tion", "sion", "ment", "ance", "ence", "ure", "al", "ism", "ory", "ies", "s")
    return [str(w) for w in pole if " " not in str(w) and not str(w).endswith(nouns)]


def _pole_swap(text: str) -> tuple[str, str | None] | None:
    """(the text with its first past-form pole verb made the opposite's, and made another
    verb of its own pole, or None), or None when it has no such verb."""
    for hit in predicate_hits(text):
        if hit.negated or " " in hit.shown:
            continue
        for pair in _POLES:
            for side in (0, 1):
                own = _verbs(pair[side])
                if hit.entry not in own or hit.shown.lower() != _past(hit.entry):
                    continue
                other = _verbs(pair[1 - side])
                if not other:
                    continue

                alike = [w for w in own if w != hit.entry]
                head, tail = text[: hit.start], text[hit.end :]
                same = head + _past(alike[0]) + tail if alike else None
                return head + _past(other[0]) + tail, same
    return None


if __name__ == "__main__":
    root = (
        Path(sys.argv[1])
        if len(sys.argv) > 1
        else Path(__file__).resolve().parents[2] / "shared" / "corpus"
    )
    sys.exit(main(root))
