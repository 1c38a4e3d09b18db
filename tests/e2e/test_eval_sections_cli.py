"""`briefbook eval sections --labels` with the public-domain training set (`--extra`)."""

from __future__ import annotations

import json

from builders import run_cli

PARAGRAPHS = [
    ["Rebels shelled the airport on Monday, the army said.", "Three soldiers were killed."],
    ["The rebels want to cut the city's supply line because they lack fuel."],
    ["The fighting will probably spread to the south next month."],
]
LABELS = ["context", "context", "factors", "outlook"]
EXTRA = {
    "sources": [
        {
            "url": "https://example.gov/invented",
            "paragraphs": [
                [
                    {"text": "Troops crossed the river at dawn.", "label": "context"},
                    {"text": "They attack because they fear encirclement.", "label": "factors"},
                    {"text": "More shelling is likely next week.", "label": "outlook"},
                ]
            ],
        }
    ]
}


def write_corpus(tmp_path):
    corpus = tmp_path / "corpus"
    (corpus / "labels").mkdir(parents=True)
    files = {}
    for name in ("a.txt", "b.txt", "c.txt"):
        body = "\n\n".join(" ".join(p) for p in PARAGRAPHS)
        (corpus / name).write_text(f"Fighting in the north\n\n{body}\n")
        texts = [t for p in PARAGRAPHS for t in p]
        files[name] = [{"text": t, "label": lab} for t, lab in zip(texts, LABELS, strict=True)]
    labels = corpus / "labels" / "sections.json"
    labels.write_text(json.dumps({"files": files}))
    extra = tmp_path / "extra.json"
    extra.write_text(json.dumps(EXTRA))
    return labels, extra


def test_eval_sections_with_extra_training_set(tmp_path):
    labels, extra = write_corpus(tmp_path)
    result = run_cli(
        "eval", "sections", "--labels", str(labels), "--extra", str(extra), cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert "3 articles, 12 sentences" in result.stdout
    assert "3 extra training sentences" in result.stdout
    assert "macro-F1" in result.stdout and "shuffled paragraphs: 1.000" in result.stdout


def test_missing_extra_training_set_is_one_line(tmp_path):
    labels, _ = write_corpus(tmp_path)
    result = run_cli(
        "eval",
        "sections",
        "--labels",
        str(labels),
        "--extra",
        str(tmp_path / "no.json"),
        cwd=tmp_path,
    )
    assert result.returncode == 2
    assert "no.json not found" in result.stderr and "Traceback" not in result.stderr
