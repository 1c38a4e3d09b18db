"""Sentence embeddings with WordLlama, loaded once, offline.

WordLlama ships its ``l2_supercat`` 256-d weights inside the wheel, so the model is read
from the package folder and never downloaded. ``embed`` returns L2-normalised float32
rows, so a dot product is a cosine similarity.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

MODEL_CONFIG = "l2_supercat"
MODEL_DIM = 256
_LOCK = threading.Lock()


def model_name() -> str:
    """The name recorded in ``Assessment.meta['embedding']``."""
    return f"wordllama {MODEL_CONFIG} {MODEL_DIM}"


@cache
def load_model() -> Any:
    """Load the WordLlama model once (offline, from the weights shipped in the wheel)."""
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import wordllama
    from wordllama import WordLlama

    with _LOCK:
        return WordLlama.load(
            config=MODEL_CONFIG,
            cache_dir=Path(wordllama.__file__).parent,
            dim=MODEL_DIM,
            disable_download=True,
        )


def embed(texts: Sequence[str]) -> np.ndarray:
    """Embed ``texts`` -> array (n, 256) of L2-normalised float32 rows (zero rows stay zero)."""
    items = [t if t.strip() else " " for t in texts]
    if not items:
        return np.zeros((0, MODEL_DIM), dtype=np.float32)
    vectors = np.asarray(load_model().embed(items, norm=False), dtype=np.float32)
    return normalise_rows(vectors)


def normalise_rows(vectors: np.ndarray) -> np.ndarray:
    """Scale each row to unit length; rows of zeros stay zero."""
    vectors = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=-1, keepdims=True)
    return (vectors / np.where(norms > 0, norms, 1.0)).astype(np.float32)
