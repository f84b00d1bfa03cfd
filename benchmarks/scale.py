"""Synthetic scale run: lexical index build time, query latency p50/p95 and peak memory at 10k and 100k chunks.

    python benchmarks/scale.py                 # 10k and 100k chunks
    python benchmarks/scale.py --sizes 10000   # one size
    python benchmarks/scale.py --ingest 1000   # ingest throughput: 1000 chunks of ~75 words, embedding included

Chunks of ~100 Swedish words are generated from the vocabulary of the business plan and SweFAQ
(CC BY 4.0, Språkbanken Text, SuperLim 2, Aleksandrs Berdicevskis), with Zipf-distributed word
frequencies and made-up compounds so the vocabulary grows as a real archive's does. They are
written to a real Chroma index (embedded mode) with random unit vectors: embedding 100k chunks is
the ingest benchmark's business, not this one's. Queries run through the shipped Retriever; the
query itself is embedded by the real model. Each size runs in its own process so peak memory
(max RSS) is per size.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

SWEFAQ = ROOT.parent / "shared" / "benchmarks" / "swefaq"
PLAN = ROOT / "corpus" / "verksamhetsplan-2019-2023.md"
CHUNKS_PER_DOC = 100
WORDS_PER_CHUNK = 100


def source_words() -> list[str]:
    texts = [PLAN.read_text(encoding="utf-8")]
    for split in ("dev", "test"):
        path = SWEFAQ / f"swefaq_{split}.jsonl"
        if path.exists():
            for line in path.open(encoding="utf-8"):
                row = json.loads(line)
                texts.append(row["question"])
                texts.extend(row["candidate_answers"])
    return re.findall(r"[A-Za-zÅÄÖåäöÉé]+", " ".join(texts))


class Generator:
    def __init__(self, seed: int = 7) -> None:
        self.rng = random.Random(seed)
        counts: dict[str, int] = {}
        for w in source_words():
            counts[w.lower()] = counts.get(w.lower(), 0) + 1
        base = sorted(counts, key=lambda w: -counts[w])
        long_words = [w for w in base if len(w) >= 5]
        # made-up compounds, as a large archive has: "klimat" + "samverkan" -> "klimatsamverkan"
        compounds = {self.rng.choice(long_words) + self.rng.choice(long_words) for _ in range(60000)}
        self.vocab = base + sorted(compounds)
        ranks = np.arange(1, len(self.vocab) + 1, dtype=np.float64)
        self.cum = np.cumsum(1.0 / ranks ** 1.05)
        self.cum /= self.cum[-1]

    def words(self, n: int) -> list[str]:
        idx = np.searchsorted(self.cum, [self.rng.random() for _ in range(n)])
        return [self.vocab[min(i, len(self.vocab) - 1)] for i in idx]

    def chunk(self) -> str:
        ws = self.words(WORDS_PER_CHUNK)
        ws[0] = ws[0].capitalize()
        return " ".join(ws) + "."


def build_store(size: int, workdir: Path):
    from ingest.models import DocumentInfo
    from ingest.settings import Settings
    from ingest.store import IndexStore

    settings = Settings(_env_file=None, corpus_dir=workdir / "corpus", index_dir=workdir / "index")
    store = IndexStore(settings)
    store.set_index_state(model=settings.embedding_model)
    gen = Generator()
    rng = np.random.default_rng(7)
    texts_for_queries: list[str] = []
    started = time.perf_counter()
    for d in range(0, size, CHUNKS_PER_DOC):
        n = min(CHUNKS_PER_DOC, size - d)
        doc_id = f"syntet-{d // CHUNKS_PER_DOC:05d}"
        texts = [gen.chunk() for _ in range(n)]
        texts_for_queries.append(texts[0])
        info = DocumentInfo(doc_id=doc_id, path=f"{doc_id}.txt", title=doc_id, doc_type="övrigt",
                            year=2019 + d // CHUNKS_PER_DOC % 7,
                            content_hash=hashlib.sha1("".join(texts).encode()).hexdigest())
        ids = [f"{doc_id}:{info.version}:{i}" for i in range(n)]
        metas = [{"doc_id": doc_id, "title": doc_id, "doc_type": "övrigt", "date": "", "year": info.year,
                  "path": info.path, "url": "", "section": f"Avsnitt {i // 10}", "top_section": f"Avsnitt {i // 10}",
                  "page_start": i // 5 + 1, "page_end": i // 5 + 1, "ordinal": i, "version": info.version}
                 for i in range(n)]
        vectors = rng.standard_normal((n, 384)).astype(np.float32)
        vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
        store.write_document(info, ids, texts, metas, vectors, [])
    write_s = time.perf_counter() - started
    queries = []
    qrng = random.Random(11)
    for text in texts_for_queries:
        ws = text.rstrip(".").split()
        start = qrng.randrange(0, len(ws) - 8)
        queries.append(" ".join(ws[start:start + qrng.randint(3, 8)]))
    return store, settings, queries, write_s


def run_size(size: int, n_queries: int) -> dict:
    from bot.retrieve import Retriever

    with tempfile.TemporaryDirectory(prefix=f"scale-{size}-") as tmp:
        store, settings, queries, write_s = build_store(size, Path(tmp))
        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        retriever = Retriever(store, settings)
        started = time.perf_counter()
        index = retriever.index()
        build_s = time.perf_counter() - started
        rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        # a second process finds the cache on disk
        started = time.perf_counter()
        Retriever(store, settings).index()
        load_s = time.perf_counter() - started
        retriever.search("uppvärmning av modellen", k=5)  # load the model outside the timings
        rng = random.Random(3)
        sample = [rng.choice(queries) for _ in range(n_queries)]
        out = {"size": size, "chroma_write_s": write_s, "build_s": build_s, "cache_load_s": load_s,
               "terms": len(index.term_index), "ngrams": len(index.gram_index),
               "rss_mb": rss_after / 1024, "rss_build_mb": (rss_after - rss_before) / 1024}
        for mode in ("lexical", "hybrid"):
            times = []
            for q in sample:
                t = time.perf_counter()
                retriever.search(q, k=5, mode=mode)
                times.append((time.perf_counter() - t) * 1000)
            out[f"{mode}_p50"] = float(np.percentile(times, 50))
            out[f"{mode}_p95"] = float(np.percentile(times, 95))
        out["peak_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        return out


def run_ingest(n_chunks: int) -> None:
    """Ingest throughput through the project's own pipeline: files of ~75-word paragraphs, one chunk each."""
    from bot.service import Assistant
    from ingest.embed import Embedder
    from ingest.settings import Settings

    gen = Generator()
    per_file = 25
    with tempfile.TemporaryDirectory(prefix="ingest-") as tmp:
        corpus = Path(tmp) / "corpus"
        corpus.mkdir()
        for f in range(0, n_chunks, per_file):
            paragraphs = []
            for _ in range(min(per_file, n_chunks - f)):
                ws = gen.words(75)
                ws[0] = ws[0].capitalize()
                paragraphs.append(f"## Avsnitt {len(paragraphs) + 1}\n\n" + " ".join(ws) + ".")
            (corpus / f"dokument-{f // per_file:04d}.md").write_text("\n\n".join(paragraphs), encoding="utf-8")
        settings = Settings(_env_file=None, corpus_dir=corpus, index_dir=Path(tmp) / "index",
                            chunk_min_words=60, chunk_max_words=90)
        assistant = Assistant(settings)
        from ingest.embed import get_embedder

        embedder = get_embedder(settings)  # model load is not ingest work
        embedder.embed_passages(["uppvärmning"])
        started = time.perf_counter()
        report = assistant.ingest()
        seconds = time.perf_counter() - started
        texts = [c.text for c in assistant.store.iter_chunks()]
    words = np.mean([len(t.split()) for t in texts])
    print(f"mlr ingest: {report.chunks} avsnitt (medel {words:.0f} ord) i {report.added} filer på {seconds:.1f} s "
          f"= {report.chunks / seconds:.1f} avsnitt/s (backend {embedder.backend})")
    for backend in ("fp32", "bf16"):
        e = Embedder(settings.embedding_model, backend=backend)
        e.embed_passages(texts[:8])
        started = time.perf_counter()
        e.embed_passages(texts[:256])
        rate = min(256, len(texts)) / (time.perf_counter() - started)
        print(f"bara inbäddning, {backend}: {rate:.1f} avsnitt/s")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    ap.add_argument("--queries", type=int, default=200)
    ap.add_argument("--ingest", type=int, metavar="N", help="measure ingest throughput with N chunks instead")
    ap.add_argument("--one", action="store_true", help=argparse.SUPPRESS)  # child process: one size, JSON out
    args = ap.parse_args()
    if args.ingest:
        run_ingest(args.ingest)
        return
    if args.one:
        print(json.dumps(run_size(args.sizes[0], args.queries)))
        return
    rows = []
    for size in args.sizes:
        out = subprocess.run([sys.executable, __file__, "--one", "--sizes", str(size), "--queries", str(args.queries)],
                             capture_output=True, text=True)
        if out.returncode != 0:
            raise SystemExit(out.stderr[-3000:])
        rows.append(json.loads(out.stdout.strip().splitlines()[-1]))
        r = rows[-1]
        print(f"{size} avsnitt klara: index {r['build_s']:.1f} s", file=sys.stderr)
    print("| chunks | Chroma write s | lexical build s | cache load s | terms | n-grams | "
          "lexical p50/p95 ms | hybrid p50/p95 ms | peak RSS MB (build +MB) |")
    print("|---|---|---|---|---|---|---|---|---|")
    for r in rows:
        print(f"| {r['size']:,} | {r['chroma_write_s']:.0f} | {r['build_s']:.1f} | {r['cache_load_s']:.1f} | "
              f"{r['terms']:,} | {r['ngrams']:,} | {r['lexical_p50']:.1f} / {r['lexical_p95']:.1f} | "
              f"{r['hybrid_p50']:.1f} / {r['hybrid_p95']:.1f} | {r['peak_rss_mb']:.0f} (+{r['rss_build_mb']:.0f}) |")


if __name__ == "__main__":
    main()
