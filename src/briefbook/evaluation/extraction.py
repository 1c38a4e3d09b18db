"""Score HTML main-text extraction against ``X.expected.txt`` files (token-level F1).

For every ``X.html`` with an ``X.expected.txt`` beside it, the bag of lower-cased word
tokens of briefbook's extracted text (paragraphs joined) is compared with the expected
text; plain ``trafilatura.extract(html)`` is scored the same way as a baseline.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from briefbook.errors import SourceError
from briefbook.ingest import read_document
from briefbook.model import Document
from briefbook.text import word_tokens

__all__ = ["ExtractionReport", "FileScore", "evaluate_extraction", "main_text", "token_prf"]


@dataclass(frozen=True)
class FileScore:
    """Precision, recall and F1 of one file, for briefbook and the baseline."""

    name: str
    precision: float
    recall: float
    f1: float
    baseline_f1: float
    error: str | None = None


@dataclass
class ExtractionReport:
    files: list[FileScore] = field(default_factory=list)

    @property
    def mean_f1(self) -> float:
        return _mean([f.f1 for f in self.files])

    @property
    def mean_baseline_f1(self) -> float:
        return _mean([f.baseline_f1 for f in self.files])

    @property
    def mean_precision(self) -> float:
        return _mean([f.precision for f in self.files])

    @property
    def mean_recall(self) -> float:
        return _mean([f.recall for f in self.files])

    def format(self) -> str:
        """One line per file (name, P, R, F1, baseline F1), the means last."""
        width = max([len(f.name) for f in self.files] + [4])
        lines = [f"{'file':<{width}}  {'P':>5}  {'R':>5}  {'F1':>5}  {'base':>5}"]
        for f in self.files:
            note = f"  ({f.error})" if f.error else ""
            lines.append(
                f"{f.name:<{width}}  {f.precision:5.3f}  {f.recall:5.3f}  {f.f1:5.3f}"
                f"  {f.baseline_f1:5.3f}{note}"
            )
        lines.append(
            f"{'mean':<{width}}  {self.mean_precision:5.3f}  {self.mean_recall:5.3f}"
            f"  {self.mean_f1:5.3f}  {self.mean_baseline_f1:5.3f}"
        )
        return "\n".join(lines)


def token_prf(predicted: str, expected: str) -> tuple[float, float, float]:
    """Bag-of-words precision, recall and F1 of ``predicted`` against ``expected``."""
    pred = Counter(word_tokens(predicted))
    gold = Counter(word_tokens(expected))
    overlap = sum((pred & gold).values())
    p = overlap / sum(pred.values()) if pred else 0.0
    r = overlap / sum(gold.values()) if gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def evaluate_extraction(directory: Path) -> ExtractionReport:
    """Score every ``*.html`` that has a ``*.expected.txt`` in ``directory`` (sorted by name)."""
    import trafilatura

    directory = Path(directory)
    report = ExtractionReport()
    for html_path in sorted(directory.glob("*.htm*")):
        expected_path = html_path.with_name(html_path.stem + ".expected.txt")
        if not expected_path.is_file():
            continue
        expected = expected_path.read_text(encoding="utf-8")
        error = None
        try:
            ours = main_text(read_document(html_path, "S1"))
        except SourceError as exc:
            ours, error = "", exc.message
        baseline = trafilatura.extract(html_path.read_text(encoding="utf-8", errors="replace"))
        p, r, f = token_prf(ours, expected)
        _, _, bf = token_prf(baseline or "", expected)
        report.files.append(FileScore(html_path.stem, p, r, f, bf, error))
    return report


def main_text(doc: Document) -> str:
    """The document body in reading order: sub-headings and paragraphs, blank-line separated."""
    parts: list[str] = []
    headings = sorted(doc.headings, key=lambda h: h.paragraph)
    h = 0
    for i, paragraph in enumerate(doc.paragraphs):
        while h < len(headings) and headings[h].paragraph <= i:
            parts.append(headings[h].text)
            h += 1
        parts.append(paragraph)
    parts.extend(x.text for x in headings[h:])
    return "\n\n".join(parts)


def _mean(values: list[float]) -> float:
    return sum(values) / len(values) if values else 0.0
