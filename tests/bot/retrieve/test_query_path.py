"""The query path's shortcuts give exactly what the plain computations give."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest
import scipy.sparse as sp

from bot.retrieve.hybrid import _best
from bot.retrieve.lexical import LexicalIndex
from bot.retrieve.shaping import RetrievedPassage, drop_near_duplicates

TEXTS = [
    "Kommundirektörsgruppen beslutar om aktivitetsplanerna och ansvarar för beredning.",
    "Regionen ska skapa goda förutsättningar för turism och besöksnäring i kommunerna.",
    "Besöksnäringen stärks genom gemensam marknadsföring av kommunernas utflyktsmål.",
    "Bussarna går oftare på vardagar mellan Lund och Malmö enligt trafikplanen.",
    "Kompetensförsörjningen kräver bättre matchning mellan arbetstagare och arbetsgivare.",
    "Turism och kompetens: kommunerna samarbetar om besöksnäringens behov av arbetskraft.",
]


@pytest.fixture(scope="module")
def index() -> LexicalIndex:
    records = [SimpleNamespace(id=f"doc:1:{i}", text=t, metadata={"doc_id": "doc", "ordinal": i, "section": ""})
               for i, t in enumerate(TEXTS)]
    return LexicalIndex.build(records)


def plain_best(scores: np.ndarray, take: int) -> np.ndarray:
    candidates = np.flatnonzero(scores > 0)
    return candidates[np.argsort(-scores[candidates], kind="stable")[:take]]


@pytest.mark.parametrize("take", [1, 3, 5, 20, 200])
def test_best_matches_a_stable_sort_of_all_positive_scores_ties_included(take):
    rng = np.random.default_rng(1)
    # few distinct values: many ties, also across the cut
    scores = rng.choice(np.array([0.0, 0.1, 0.25, 0.5, 1.0], dtype=np.float32), size=100)
    assert _best(scores, take).tolist() == plain_best(scores, take).tolist()
    assert _best(np.zeros(10, dtype=np.float32), take).tolist() == []


def test_query_scores_equal_a_sparse_query_row_times_the_whole_matrix(index):
    for words in ({"turism": 1.0, "kommunerna": 1.0}, {"kompetensförsörjning": 1.0, "besöksnäring": 0.8}, {}):
        for matrix, rows in ((index.word_t, index.query_terms(words)), (index.char_t, index.query_grams(words))):
            expected = np.zeros(matrix.shape[1], dtype=np.float32)
            if rows:
                q = sp.csr_matrix((np.fromiter(rows.values(), dtype=np.float32), list(rows), [0, len(rows)]),
                                  shape=(1, matrix.shape[0]))
                expected = np.asarray((q @ matrix).todense()).ravel()
            got = LexicalIndex._score(matrix, rows)
            assert got.dtype == np.float32 and np.array_equal(got, expected)


def test_coverage_of_some_chunks_equals_their_share_of_the_full_coverage(index):
    words = {"turism": 1.0, "kommunerna": 1.0, "kompetens": 1.0, "okänt": 1.0, "besöksnäring": 0.8}
    full = index.coverage(words, {"turism": {"besöksnäringen"}})
    positions = np.array([5, 0, 2, 1])
    assert np.array_equal(index.coverage(words, {"turism": {"besöksnäringen"}}, positions), full[positions])
    assert full.max() > 0  # the words are found somewhere


def passage(i: int, text: str) -> RetrievedPassage:
    return RetrievedPassage(chunk_ids=[f"p{i}"], text=text, metadata={}, score=1.0 - i / 10)


def test_near_duplicates_with_a_limit_keep_the_same_first_passages():
    a = "ett två tre fyra fem sex sju åtta nio tio"
    passages = [passage(0, a), passage(1, a + " elva"), passage(2, TEXTS[0]), passage(3, TEXTS[1]),
                passage(4, TEXTS[1]), passage(5, TEXTS[2]), passage(6, a)]
    for k in range(1, 8):
        assert ([p.id for p in drop_near_duplicates(passages, limit=k)]
                == [p.id for p in drop_near_duplicates(passages)[:k]])


def test_a_query_embeds_on_one_core_like_a_batch_and_leaves_the_thread_setting_alone():
    torch = pytest.importorskip("torch")
    from ingest.embed import Embedder

    embedder = Embedder("sentence-transformers/all-MiniLM-L6-v2", backend="fp32", streams=1)
    threads = torch.get_num_threads()
    question = "Vem beslutar om aktivitetsplanerna?"
    one = embedder.embed_query(question)
    assert torch.get_num_threads() == threads
    assert one.dtype == np.float32 and abs(float(np.linalg.norm(one)) - 1.0) < 1e-5
    # one core may round differently from several; the vector is the same to well within ranking noise
    assert float(one @ embedder.embed_queries([question])[0]) > 0.9999
