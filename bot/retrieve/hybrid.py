"""Hybrid retrieval: Swedish lexical channels fused with dense retrieval through Chroma."""

from __future__ import annotations

import logging
import math
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from bot.retrieve.answer_type import answers_yes_no
from bot.retrieve.lexical import LexicalIndex, LexicalParams
from bot.retrieve.query import AnalyzedQuery, QueryAnalyzer, SynonymList
from bot.retrieve.shaping import RetrievedPassage, drop_near_duplicates, merge_adjacent

log = logging.getLogger(__name__)

MODES = ("hybrid", "lexical", "dense")

# Share of the word (stems + compound parts) channel within lexical; the rest is character n-grams.
# Chosen on the SweFAQ dev split (benchmarks/swefaq.py --tune).
WORD_SHARE = 0.1
# Dense weight relative to lexical (= 1) for the bundled English MiniLM: on Swedish it ranks far below
# lexical search, so it only breaks ties. Multilingual models carry real weight.
MINILM_DENSE_WEIGHT = 0.05
MULTILINGUAL_DENSE_WEIGHT = 0.6
# An English question has few lexical matches in Swedish text, but the English synonym entries and
# character n-grams of names still beat MiniLM's cross-lingual matching on the plan: dense gets 0.3.
ENGLISH_QUERY_DENSE_WEIGHT = 0.3
# English questions: MiniLM's cross-lingual cosine cannot tell the plan's English questions from off-topic
# ones that name a place of the documents ("the weather in Malmö": 0.37). P(answerable) comes from the
# share of the question's topic words (names left out) found in the passage through the English entries
# of the synonym list, centred where the plan's English questions and off-topic ones part (docs/benchmarks.md).
ENGLISH_COVERAGE_CENTRE = 0.45
ENGLISH_COVERAGE_SLOPE = 20.0
# Bonus (relative to the best lexical score = 1) for a passage opening with "Ja"/"Nej" when the question
# asks yes or no; chosen on the SweFAQ dev split, where 0.03-0.1 all help and more hurts.
YES_NO_WEIGHT = 0.05
YES_NO_POOL = 200  # only the best candidates are looked at: the bonus cannot lift anything from further down
BUNDLED_MODEL_NAMES = ("sentence-transformers/all-MiniLM-L6-v2", "all-MiniLM-L6-v2")
UNCALIBRATED_DENSE = 0.45
FINGERPRINT_TTL = 2.0  # Chroma server: seconds between checks that the index has not changed


def default_dense_weight(model_name: str) -> float:
    """Sane fusion weight of dense retrieval for a model (relative to lexical = 1)."""
    name = model_name.lower()
    if any(tag in name for tag in ("multilingual", "e5", "bge", "labse", "xlm", "swedish", "kb-sbert", "gte-multi")):
        return MULTILINGUAL_DENSE_WEIGHT
    return MINILM_DENSE_WEIGHT


@dataclass
class Calibration:
    """Logistic model turning match features of the best passage into P(the passage answers it).

    Fitted by benchmarks/swefaq.py --calibrate on SweFAQ dev (questions with their answer present vs.
    removed, and off-topic questions) plus half of the business-plan question set; error rates on
    SweFAQ test and the other half are in docs/benchmarks.md.
    """

    bias: float = -7.21
    coverage: float = 4.11  # share of the question's idf mass the passage contains
    char: float = 2.51  # character n-gram BM25 relative to its ceiling
    dense: float = 6.81  # cosine of the best dense hit (bundled model only)
    threshold: float = 0.5

    def probability(self, coverage: float, char: float, dense: float | None) -> float:
        z = self.bias + self.coverage * coverage + self.char * char
        if dense is not None:
            z += self.dense * dense
        return 1.0 / (1.0 + math.exp(-z))


CALIBRATION = Calibration()


@dataclass
class RetrievalResult:
    query: str
    passages: list[RetrievedPassage]
    answerable: bool
    confidence: float
    analysis: AnalyzedQuery | None = field(default=None, repr=False)


class Retriever:
    """Long-lived; holds the lexical index and rebuilds it when the Chroma index changes."""

    def __init__(self, store, settings, synonyms_path: Path | None = None,
                 fingerprint_ttl: float = FINGERPRINT_TTL) -> None:
        self.store = store
        self.settings = settings
        self.params = LexicalParams()
        self.analyzer = QueryAnalyzer(SynonymList.from_file(synonyms_path))
        self.fingerprint_ttl = fingerprint_ttl
        self.calibration = CALIBRATION
        self._index: LexicalIndex | None = None
        self._fingerprint: str | None = None
        self._checked_at = 0.0
        self._stamp: tuple | None = None
        self._lock = threading.RLock()
        self._embedder = None
        weight = getattr(settings, "dense_weight", None)
        self.dense_weight = default_dense_weight(settings.embedding_model) if weight is None else float(weight)

    # --- index lifecycle ----------------------------------------------------------------------
    @property
    def cache_dir(self) -> Path:
        return Path(self.settings.index_dir) / "lexical"

    def invalidate(self) -> None:
        """Check the index fingerprint on the next search (an ingest in this process against a Chroma
        server; embedded Chroma is noticed by itself)."""
        self._checked_at = 0.0
        self._stamp = None

    def index(self) -> LexicalIndex:
        """The lexical index for the current committed chunks (cached on disk, keyed by fingerprint)."""
        with self._lock:
            now = time.monotonic()
            stamp = self._local_stamp()
            if self._index is not None:
                if stamp is not None:
                    # embedded Chroma: its database file changes with every write, from any process
                    if stamp == self._stamp:
                        return self._index
                elif now - self._checked_at < self.fingerprint_ttl:
                    return self._index
            fp = self.store.fingerprint()
            self._checked_at, self._stamp = now, stamp
            if self._index is not None and fp == self._fingerprint:
                return self._index
            path = self.cache_dir / f"lexical-{fp[:20]}.pkl"
            index = LexicalIndex.load(path, self.params)
            if index is None:
                started = time.perf_counter()
                index = LexicalIndex.build(self.store.iter_chunks(), self.params)
                try:
                    index.save(path)
                except OSError as exc:  # a read-only index folder still searches, just slower to start
                    log.warning("Kunde inte spara det lexikala indexet: %s", exc)
                log.info("Lexikalt index byggt: %d avsnitt på %.1f s", len(index), time.perf_counter() - started)
                self._remove_stale(keep=path)
            self._index, self._fingerprint = index, fp
            return index

    def _local_stamp(self) -> tuple | None:
        """Size and modification time of the embedded Chroma's files; None for a Chroma server."""
        if getattr(self.settings, "chroma_url", ""):
            return None
        try:
            files = sorted(Path(self.settings.chroma_path).glob("chroma.sqlite3*"))
            return tuple((f.name, f.stat().st_mtime_ns, f.stat().st_size) for f in files) or None
        except OSError:
            return None

    def _remove_stale(self, keep: Path) -> None:
        for old in self.cache_dir.glob("lexical-*.pkl"):
            if old != keep:
                try:
                    old.unlink()
                except OSError:
                    pass

    @property
    def embedder(self):
        if self._embedder is None:
            from ingest.embed import get_embedder

            self._embedder = get_embedder(self.settings)
        return self._embedder

    # --- search -------------------------------------------------------------------------------
    def search(self, query: str, k: int = 5, doc_type: str | None = None, year: int | None = None,
               mode: str = "hybrid") -> RetrievalResult:
        """The k best passages for a question, filtered by doc_type/year, with an answerability signal."""
        if mode not in MODES:
            raise ValueError(f"Okänt sökläge: {mode}")
        query = (query or "").strip()
        index = self.index()
        aq = self.analyzer.analyze(query, index)
        n = len(index)
        if n == 0 or not query:
            return RetrievalResult(query, [], False, 0.0, aq)
        mask = index.mask(doc_type, year)
        pool = max(50, 10 * k)

        word = char = None
        lexical = np.zeros(n, dtype=np.float32)
        char_ceiling = 0.0
        if mode != "dense":
            word = index.word_scores(aq.words)
            char = index.char_scores(aq.words)
            if mask is not None:
                word = np.where(mask, word, 0.0)
                char = np.where(mask, char, 0.0)
            lexical = WORD_SHARE * _scaled(word) + (1.0 - WORD_SHARE) * _scaled(char)
            # the best character score the user's own words could reach (expansions only add to it)
            own = {w: x for w, x in aq.words.items() if x >= 1.0} or aq.words
            grams = index.query_grams(own)
            char_ceiling = float(sum(w * index.gram_idf[j] for j, w in grams.items())) * (index.params.k1_char + 1)

        dense = np.zeros(n, dtype=np.float32)
        dense_raw: dict[int, float] = {}
        dense_weight = self.dense_weight
        if aq.english:
            dense_weight = max(dense_weight, ENGLISH_QUERY_DENSE_WEIGHT)
        if mode == "dense":
            dense_weight = 1.0
        elif mode == "lexical":
            dense_weight = 0.0
        if dense_weight > 0:
            embedding = self.embedder.embed_query(aq.dense_text or query)
            hits = self._dense_hits(embedding, pool, _where(doc_type, year), index)
            for cid, sim in hits:
                pos = index.positions.get(cid)
                if pos is not None and (mask is None or mask[pos]):
                    dense_raw[pos] = float(sim)
            if dense_raw:
                values = np.fromiter(dense_raw.values(), dtype=np.float32)
                floor, top = float(values.min()), float(values.max())
                # hits beyond the pool score at the floor, i.e. 0 after scaling
                span = top - floor if top > floor else 1.0
                for pos, sim in dense_raw.items():
                    dense[pos] = (sim - floor) / span if top > floor else 1.0

        fused = lexical + dense_weight * dense
        if mask is not None:
            fused = np.where(mask, fused, -1.0)
        if aq.yes_no and mode != "dense":
            _favour_yes_no_answers(fused, index)
        top = _best(fused, 3 * k + 5)
        if len(top) == 0:
            return RetrievalResult(query, [], False, 0.0, aq)
        ids = [index.chunks.ids[i] for i in top]
        best_dense = max(dense_raw.values()) if dense_raw else None
        coverage = index.coverage(_topic_words(aq), aq.alternatives, top) if mode != "dense" else None
        passages = []
        for i, (pos, cid) in enumerate(zip(top, ids)):
            cov = float(coverage[i]) if coverage is not None else 0.0
            char_rel = min(1.0, float(char[pos]) / char_ceiling) if char is not None and char_ceiling > 0 else 0.0
            dense_feature = dense_raw.get(int(pos), best_dense)
            conf = self._confidence(cov, char_rel, dense_feature, aq)
            passages.append(RetrievedPassage(
                chunk_ids=[cid], text=index.chunks.texts[pos], metadata=index.chunks.metadata(int(pos)),
                score=float(fused[pos]),
                confidence=conf,
                channels={"word": float(word[pos]) if word is not None else 0.0,
                          "char": float(char[pos]) if char is not None else 0.0,
                          "dense": dense_raw.get(int(pos), 0.0), "coverage": cov, "char_rel": char_rel,
                          "dense_best": dense_feature if dense_feature is not None else 0.0},
            ))
        passages = drop_near_duplicates(merge_adjacent(passages), limit=k)
        confidence = max((p.confidence for p in passages), default=0.0)
        return RetrievalResult(query, passages, confidence >= self.calibration.threshold, confidence, aq)

    def _dense_hits(self, embedding: np.ndarray, k: int, where: dict | None, index: LexicalIndex):
        """Chroma's nearest chunks as (id, cosine similarity); the lexical index holds exactly the
        committed chunks of its fingerprint, so its ids are the ones allowed."""
        return self.store.query_dense(embedding, k, where=where, allowed_ids=index.positions)

    def _confidence(self, coverage: float, char_rel: float, dense: float | None, aq: AnalyzedQuery) -> float:
        if aq.english:
            return 1.0 / (1.0 + math.exp(-ENGLISH_COVERAGE_SLOPE * (coverage - ENGLISH_COVERAGE_CENTRE)))
        if dense is not None and self.settings.embedding_model not in BUNDLED_MODEL_NAMES:
            # fitted on the bundled model's cosines; another model's scale differs, so its cosine is
            # replaced by a typical answerable value until `swefaq.py --calibrate` is rerun for it
            dense = UNCALIBRATED_DENSE
        return self.calibration.probability(coverage, char_rel, dense)


def _topic_words(aq: AnalyzedQuery) -> dict[str, float]:
    """The words whose coverage tells whether a passage is on the question's subject. For an English
    question names are left out: "the weather in Malmö" is not about Malmö's collaboration."""
    if not aq.english:
        return aq.words
    topic = {w: x for w, x in aq.words.items() if x < 1.0 or w not in aq.names}
    return topic if any(x >= 1.0 for x in topic.values()) else aq.words


def _favour_yes_no_answers(fused: np.ndarray, index: LexicalIndex) -> None:
    """Raise, in place, the best candidates that open with "Ja"/"Nej"."""
    positive = np.flatnonzero(fused > 0)
    if len(positive) > YES_NO_POOL:
        positive = positive[np.argpartition(-fused[positive], YES_NO_POOL - 1)[:YES_NO_POOL]]
    for pos in positive:
        if answers_yes_no(index.chunks.texts[pos]):
            fused[pos] += YES_NO_WEIGHT


def _best(scores: np.ndarray, take: int) -> np.ndarray:
    """Positions of the `take` best positive scores, best first, ties in position order.

    The same as a stable sort of all positive scores cut to `take`, but only the few best are
    sorted: at 100k chunks nearly every chunk shares a character n-gram with the query.
    """
    candidates = np.flatnonzero(scores > 0)
    if len(candidates) > take:
        values = scores[candidates]
        # the take-th best value; every candidate at least that good, ties included, stays in position order
        cutoff = np.partition(values, len(values) - take)[len(values) - take]
        candidates = candidates[values >= cutoff]
    return candidates[np.argsort(-scores[candidates], kind="stable")[:take]]


def _scaled(scores: np.ndarray) -> np.ndarray:
    top = float(scores.max()) if len(scores) else 0.0
    return scores / top if top > 0 else scores


def _where(doc_type: str | None, year: int | None) -> dict | None:
    clauses = []
    if doc_type is not None:
        clauses.append({"doc_type": doc_type})
    if year is not None:
        clauses.append({"year": int(year)})
    if not clauses:
        return None
    return clauses[0] if len(clauses) == 1 else {"$and": clauses}
