"""In-process Swedish lexical index over the chunks in Chroma: BM25 over stems and compound parts,
and BM25 over character n-grams, as scipy sparse matrices (term x chunk) so a query touches only
the rows of its own terms."""

from __future__ import annotations

import json
import os
import pickle
import tempfile
from array import array
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

import numpy as np
import scipy.sparse as sp

from bot.retrieve import analysis as A

FORMAT_VERSION = 15


@dataclass
class LexicalParams:
    """BM25 parameters of the two channels (chosen on the SweFAQ dev split)."""

    k1_word: float = 1.2
    b_word: float = 0.75
    k1_char: float = 1.2
    b_char: float = 0.9
    # 4-grams alone rank as well as 3-5-grams on dev (0.760 vs 0.757 nDCG@10) with a third of the
    # matrix: what decides memory and query time at 100k chunks
    ngram_lo: int = 4
    ngram_hi: int = 4

    def key(self) -> str:
        return json.dumps(self.__dict__, sort_keys=True)


def _bm25_rows(tf: sp.csr_matrix, k1: float, b: float) -> tuple[sp.csr_matrix, np.ndarray]:
    """BM25 weights of a chunk x term count matrix, returned transposed (term x chunk, CSR), and the idf.

    Works in float32 and in place: at 100k chunks the matrices have tens of millions of entries.
    """
    tf = tf.tocsr()
    tf.sum_duplicates()
    n_docs = tf.shape[0]
    df = np.bincount(tf.indices, minlength=tf.shape[1]).astype(np.float64)
    idf = np.log1p((n_docs - df + 0.5) / (df + 0.5)).astype(np.float32)
    del df
    counts = np.diff(tf.indptr)
    dl = np.asarray(tf.sum(axis=1), dtype=np.float32).ravel()
    avgdl = float(dl.mean()) if n_docs else 1.0
    row_norm = (k1 * (1.0 - b + b * dl / max(avgdl, 1e-9))).astype(np.float32)
    data = tf.data.astype(np.float32, copy=False)
    denom = np.repeat(row_norm, counts)
    denom += data
    data *= (k1 + 1.0)
    data /= denom
    del denom
    data *= idf[tf.indices]
    w = sp.csr_matrix((data, tf.indices, tf.indptr), shape=tf.shape)
    del tf
    return w.T.tocsr(), idf


@dataclass
class ChunkTable:
    """Per-chunk data the retriever needs without asking Chroma: filters, merging, shaping."""

    ids: list[str] = field(default_factory=list)
    doc_ids: list[str] = field(default_factory=list)
    sections: list[str] = field(default_factory=list)
    doc_types: list[str] = field(default_factory=list)
    years: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int32))
    ordinals: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int32))
    texts: list[str] = field(default_factory=list)
    # metadata split in what a document's chunks share and what is the chunk's own, to keep it small
    doc_meta: dict[str, dict] = field(default_factory=dict)
    own_meta: list[dict] = field(default_factory=list)

    DOC_KEYS = ("doc_id", "title", "doc_type", "date", "year", "path", "url", "version")

    def __len__(self) -> int:
        return len(self.ids)

    def add(self, rec) -> None:
        meta = dict(rec.metadata or {})
        doc_id = str(meta.get("doc_id", ""))
        self.ids.append(rec.id)
        self.doc_ids.append(doc_id)
        self.sections.append(str(meta.get("section", "")))
        self.doc_types.append(str(meta.get("doc_type", "")))
        self.texts.append(rec.text)
        if doc_id not in self.doc_meta:
            self.doc_meta[doc_id] = {k: meta[k] for k in self.DOC_KEYS if k in meta}
        self.own_meta.append({k: v for k, v in meta.items() if k not in self.DOC_KEYS or k == "doc_id"})

    def metadata(self, pos: int) -> dict:
        own = self.own_meta[pos]
        return {**self.doc_meta.get(own.get("doc_id", ""), {}), **own}


class LexicalIndex:
    """Word and character-n-gram BM25 over a fixed set of chunks; build once, query many times."""

    def __init__(self) -> None:
        self.params = LexicalParams()
        self.chunks = ChunkTable()
        self.word_freq: dict[str, int] = {}  # surface words of the corpus -> frequency
        self.term_index: dict[str, int] = {}
        self.gram_index: dict[str, int] = {}
        self.word_t: sp.csr_matrix = sp.csr_matrix((0, 0), dtype=np.float32)  # term x chunk
        self.char_t: sp.csr_matrix = sp.csr_matrix((0, 0), dtype=np.float32)  # n-gram x chunk
        self.term_idf = np.zeros(0, dtype=np.float32)
        self.gram_idf = np.zeros(0, dtype=np.float32)
        self.positions: dict[str, int] = {}
        self.vocab_words: list[str] = []
        self.gram_word: sp.csr_matrix = sp.csr_matrix((0, 0), dtype=np.float32)  # n-gram x word
        self._decompounder: A.Decompounder | None = None

    # --- building -----------------------------------------------------------------------------
    @classmethod
    def build(cls, records: Iterable, params: LexicalParams | None = None) -> "LexicalIndex":
        """Index chunk records (objects with .id, .text and .metadata)."""
        self = cls()
        self.params = params or LexicalParams()
        table = self.chunks
        years: list[int] = []
        ordinals: list[int] = []
        word_ids: dict[str, int] = {}
        # compact integer buffers: at 100k chunks a Python list of ten million ints costs ~400 MB
        indptr = array("q", [0])
        indices = array("i")
        for rec in records:
            meta = rec.metadata or {}
            table.add(rec)
            years.append(int(meta.get("year") or 0))
            ordinals.append(int(meta.get("ordinal") or 0))
            # Section headings are part of what a chunk is about ("Turism" above a paragraph).
            section = table.sections[-1]
            body = rec.text if not section or section in rec.text[: len(section) + 5] else f"{section}\n{rec.text}"
            for w in A.content_words(body):
                j = word_ids.get(w)
                if j is None:
                    j = word_ids[w] = len(word_ids)
                indices.append(j)
            indptr.append(len(indices))
        table.years = np.asarray(years, dtype=np.int32)
        table.ordinals = np.asarray(ordinals, dtype=np.int32)
        n = len(table.ids)
        vocab = list(word_ids)
        # chunk x surface-word counts; everything else is derived by sparse products.
        surf = sp.csr_matrix((np.ones(len(indices), dtype=np.float32), np.frombuffer(indices, dtype=np.int32),
                              np.frombuffer(indptr, dtype=np.int64)), shape=(n, len(vocab)))
        del indices, indptr
        surf.sum_duplicates()
        freq = np.asarray(surf.sum(axis=0)).ravel()
        self.word_freq = {w: int(f) for w, f in zip(vocab, freq) if w.isalpha()}
        self._decompounder = A.Decompounder(self.word_freq)

        # surface word -> index terms (stem + stems of compound parts)
        t_rows, t_cols = [], []
        for i, w in enumerate(vocab):
            for t in self.word_terms(w):
                t_rows.append(i)
                t_cols.append(self.term_index.setdefault(t, len(self.term_index)))
        to_terms = sp.csr_matrix((np.ones(len(t_rows), dtype=np.float32), (t_rows, t_cols)),
                                 shape=(len(vocab), len(self.term_index)))
        self.word_t, self.term_idf = _bm25_rows(surf @ to_terms, self.params.k1_word, self.params.b_word)

        # surface word -> character n-grams
        g_rows, g_cols = [], []
        for i, w in enumerate(vocab):
            for g in self._word_grams(w):
                g_rows.append(i)
                g_cols.append(self.gram_index.setdefault(g, len(self.gram_index)))
        to_grams = sp.csr_matrix((np.ones(len(g_rows), dtype=np.float32), (g_rows, g_cols)),
                                 shape=(len(vocab), len(self.gram_index)))
        self.char_t, self.gram_idf = _bm25_rows(surf @ to_grams, self.params.k1_char, self.params.b_char)
        # n-gram -> word, for finding corpus words close to a misspelt query word
        alpha = np.asarray([w.isalpha() for w in vocab], dtype=bool)
        self.vocab_words = [w for w, a in zip(vocab, alpha) if a]
        self.gram_word = to_grams[np.flatnonzero(alpha)].T.tocsr()
        self.positions = {cid: i for i, cid in enumerate(table.ids)}
        self.word_t.sort_indices()  # coverage looks chunks up in a row by binary search
        return self

    def word_terms(self, word: str) -> list[str]:
        """The stem of a word and the stems of its compound parts."""
        # the property, so that an index loaded from the cache splits compounds like a freshly built one
        return [A.stem(word), *(A.stem_part(p) for p in self.decompounder.split(word))]

    def _word_grams(self, word: str) -> list[str]:
        return A.char_ngrams(word, self.params.ngram_lo, self.params.ngram_hi)

    @property
    def decompounder(self) -> A.Decompounder:
        if self._decompounder is None:
            self._decompounder = A.Decompounder(self.word_freq)
        return self._decompounder

    def __len__(self) -> int:
        return len(self.chunks)

    # --- querying -----------------------------------------------------------------------------
    def query_terms(self, weighted_words: dict[str, float]) -> dict[int, float]:
        """Term rows and weights for query words (each word's stem and compound parts)."""
        out: dict[int, float] = {}
        for w, weight in weighted_words.items():
            terms = self.word_terms(w)
            for pos, t in enumerate(terms):
                j = self.term_index.get(t)
                if j is not None:
                    # A compound's parts count a little less than the whole word.
                    out[j] = max(out.get(j, 0.0), weight * (1.0 if pos == 0 else 0.7))
        return out

    def query_grams(self, weighted_words: dict[str, float]) -> dict[int, float]:
        out: dict[int, float] = {}
        for w, weight in weighted_words.items():
            for g in self._word_grams(w):
                j = self.gram_index.get(g)
                if j is not None:
                    # the user's words add up; expansions (weight < 1) only raise a gram to their weight,
                    # so several spellings of one synonym do not outweigh the question
                    out[j] = out.get(j, 0.0) + weight if weight >= 1.0 else max(out.get(j, 0.0), weight)
        return out

    @staticmethod
    def _score(matrix: sp.csr_matrix, rows: dict[int, float]) -> np.ndarray:
        """Weighted sum of the query's rows: per chunk, sum of weight x BM25 over the query's terms."""
        n = matrix.shape[1]
        if not rows:
            return np.zeros(n, dtype=np.float32)
        idx = np.fromiter(rows.keys(), dtype=np.int64, count=len(rows))
        val = np.fromiter(rows.values(), dtype=np.float32, count=len(rows))
        # the query's rows, times the weights as a dense vector: the same float32 sums, in the same
        # order, as a sparse query row times the whole matrix, at a quarter of the time
        return matrix[idx].T @ val

    def word_scores(self, weighted_words: dict[str, float]) -> np.ndarray:
        return self._score(self.word_t, self.query_terms(weighted_words))

    def char_scores(self, weighted_words: dict[str, float]) -> np.ndarray:
        return self._score(self.char_t, self.query_grams(weighted_words))

    def coverage(self, weighted_words: dict[str, float], alternatives: dict[str, set[str]] | None = None,
                 positions: np.ndarray | None = None) -> np.ndarray:
        """Per chunk (or per chunk of `positions`, in their order), the share of the question's idf mass
        that the chunk contains.

        Each of the user's own words (weight 1) counts with its idf, found when the chunk has it or one
        of its alternatives (a synonym, a typo fix): "KDG" is found in a chunk about
        kommundirektörsgruppen. A word the corpus never uses, without a known alternative, counts with
        the highest idf, so an off-topic question scores low.
        """
        n = len(self.chunks)
        found = np.zeros(n if positions is None else len(positions), dtype=np.float32)
        if not weighted_words or n == 0:
            return found
        alternatives = alternatives or {}
        max_idf = float(self.term_idf.max()) if len(self.term_idf) else 1.0
        total = 0.0
        seen: set[int] = set()
        for w, weight in weighted_words.items():
            if weight < 1.0:
                continue
            rows = []
            for member in [w, *sorted(alternatives.get(w, ()))]:
                j = self.term_index.get(A.stem(member))
                if j is not None:
                    rows.append(j)
            if not rows:
                total += weight * max_idf
                continue
            if rows[0] in seen:  # the same stem twice in one question counts once
                continue
            seen.update(rows)
            mass = weight * float(self.term_idf[rows[0]])
            total += mass
            hit = np.zeros(len(found), dtype=bool)
            for j in rows:
                chunks = self.word_t.indices[self.word_t.indptr[j]:self.word_t.indptr[j + 1]]
                if positions is None:
                    hit[chunks] = True
                elif len(chunks):
                    # a row's chunk numbers are sorted: look the few positions up instead of filling all n
                    at = np.minimum(np.searchsorted(chunks, positions), len(chunks) - 1)
                    hit |= chunks[at] == positions
            found[hit] += mass
        return np.minimum(found / total, 1.0) if total else found

    def mask(self, doc_type: str | None = None, year: int | None = None) -> np.ndarray | None:
        if doc_type is None and year is None:
            return None
        m = np.ones(len(self.chunks), dtype=bool)
        if doc_type is not None:
            m &= np.asarray([t == doc_type for t in self.chunks.doc_types], dtype=bool)
        if year is not None:
            m &= self.chunks.years == int(year)
        return m

    def similar_words(self, word: str, n: int = 40) -> list[str]:
        """Corpus words sharing the most character n-grams with `word`."""
        rows = [self.gram_index[g] for g in set(self._word_grams(word)) if g in self.gram_index]
        if not rows or not self.vocab_words:
            return []
        counts = np.asarray(self.gram_word[rows].sum(axis=0)).ravel()
        k = min(n, int((counts > 0).sum()))
        if k == 0:
            return []
        top = np.argpartition(-counts, k - 1)[:k]
        return [self.vocab_words[i] for i in top[np.argsort(-counts[top])]]

    def has_word(self, word: str) -> bool:
        return word in self.word_freq or A.stem(word) in self.term_index

    # --- persistence --------------------------------------------------------------------------
    def save(self, path: Path) -> None:
        """Write atomically (temp file + rename) so concurrent readers never see half a file."""
        path.parent.mkdir(parents=True, exist_ok=True)
        state = {
            "format": FORMAT_VERSION,
            "params": self.params.__dict__,
            "chunks": self.chunks,
            "word_freq": self.word_freq,
            "term_index": self.term_index,
            "gram_index": self.gram_index,
            "word_t": self.word_t,
            "char_t": self.char_t,
            "term_idf": self.term_idf,
            "gram_idf": self.gram_idf,
            "vocab_words": self.vocab_words,
            "gram_word": self.gram_word,
        }
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".pkl")
        try:
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(state, fh, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise

    @classmethod
    def load(cls, path: Path, params: LexicalParams | None = None) -> "LexicalIndex | None":
        """The cached index, or None when absent, unreadable or built with other parameters."""
        try:
            with open(path, "rb") as fh:
                state = pickle.load(fh)
        except (OSError, EOFError, pickle.UnpicklingError, AttributeError, ImportError, ValueError):
            return None
        if not isinstance(state, dict) or state.get("format") != FORMAT_VERSION:
            return None
        wanted = params or LexicalParams()
        if state["params"] != wanted.__dict__:
            return None
        self = cls()
        self.params = wanted
        for key in ("chunks", "word_freq", "term_index", "gram_index", "word_t", "char_t", "term_idf", "gram_idf",
                    "vocab_words", "gram_word"):
            setattr(self, key, state[key])
        self.positions = {cid: i for i, cid in enumerate(self.chunks.ids)}
        self.word_t.sort_indices()  # a no-op for the files this code writes, which are sorted
        return self

