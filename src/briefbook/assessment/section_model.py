"""The trained section classifier: a multinomial linear model, predicted with numpy only.

The weights are ``briefbook/data/models/sections.npz``, written by ``tools/train_sections.py``
from the labelled corpus (``../shared/corpus/labels/sections.json``). They hold the
standardisation (``mean``, ``scale``), the linear model (``coef`` (C, F), ``intercept`` (C,)),
the class labels with the discourse function and domain of each, and a JSON ``meta`` record
(training-data hash, feature blocks, embedding model, scikit-learn version, regularisation).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from briefbook.errors import BriefbookError

__all__ = [
    "CLASS_FUNCTIONS",
    "WEIGHTS_NAME",
    "SectionModel",
    "load_section_model",
]

WEIGHTS_NAME = "sections.npz"

# The gold labels of the guide (GUIDE.md) and the discourse function (and, for
# implications, the domain) that each of them is.
CLASS_FUNCTIONS: dict[str, tuple[str, str]] = {
    "context": ("event", ""),
    "factors": ("cause", ""),
    "battlefield": ("implication", "military"),
    "geopolitical": ("implication", "wider"),
    "outlook": ("forecast", ""),
    "conclusion": ("verdict", ""),
    "none": ("boilerplate", ""),
}


@dataclass(frozen=True)
class SectionModel:
    """A linear classifier over ``section_features``: ``predict_proba(X) -> (n, C)``."""

    labels: tuple[str, ...]
    functions: tuple[str, ...]
    domains: tuple[str, ...]
    mean: np.ndarray  # (F,)
    scale: np.ndarray  # (F,)
    coef: np.ndarray  # (C, F)
    intercept: np.ndarray  # (C,)
    meta: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def predict_proba(self, features: np.ndarray) -> np.ndarray:
        """Class probabilities of each row of ``features`` (n, F) -> (n, C), rows sum to 1."""
        x = np.asarray(features, dtype=np.float64)
        if x.ndim != 2 or x.shape[1] != self.coef.shape[1]:
            raise BriefbookError(
                f"section model expects {self.coef.shape[1]} features, got {x.shape}",
                hint="retrain the weights with tools/train_sections.py",
            )
        z = ((x - self.mean) / self.scale) @ self.coef.T + self.intercept
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        return p / p.sum(axis=1, keepdims=True)

    def save(self, path: Path | str) -> None:
        """Write the weights to ``path`` (.npz)."""
        np.savez_compressed(
            path,
            labels=np.array(self.labels),
            functions=np.array(self.functions),
            domains=np.array(self.domains),
            mean=self.mean.astype(np.float32),
            scale=self.scale.astype(np.float32),
            coef=self.coef.astype(np.float32),
            intercept=self.intercept.astype(np.float32),
            meta=np.array(json.dumps(self.meta, sort_keys=True)),
        )

    @classmethod
    def load(cls, path: Path | str) -> SectionModel:
        """Read weights written by :meth:`save`."""
        with np.load(path, allow_pickle=False) as z:
            return cls(
                labels=tuple(str(v) for v in z["labels"]),
                functions=tuple(str(v) for v in z["functions"]),
                domains=tuple(str(v) for v in z["domains"]),
                mean=z["mean"].astype(np.float64),
                scale=z["scale"].astype(np.float64),
                coef=z["coef"].astype(np.float64),
                intercept=z["intercept"].astype(np.float64),
                meta=json.loads(str(z["meta"])),
            )


@cache
def load_section_model() -> SectionModel:
    """The shipped weights (``briefbook/data/models/sections.npz``), loaded once."""
    ref = resources.files("briefbook.data").joinpath("models", WEIGHTS_NAME)
    with resources.as_file(ref) as path:
        if not Path(path).is_file():
            raise BriefbookError(
                "the section classifier's weights are missing",
                hint="run tools/train_sections.py (needs ../shared/corpus and scikit-learn)",
            )
        return SectionModel.load(path)
