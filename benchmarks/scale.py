"""Synthetic scale run: lexical index build time, query latency p50/p95 and peak memory at 10k and 100k chunks.

    python benchmarks/scale.py                 # 10k and 100k chunks
    python benchmarks/scale.py --sizes 10000   # one size
    python benchmarks/scale.py --ingest 1000   # ingest throughput: 1000 chunks of ~75 words, embedding included
    python benchmarks/scale.py --ingest 1000 --runs 5 --cli   # median of 5 runs; also `mlr ingest` as a process

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


def write_ingest_corpus(corpus: Path, n_chunks: int, per_file: int = 25) -> None:
    """Markdown files of ~75-word sections, one chunk each with the chunk sizes the run uses."""
    gen = Generator()
    corpus.mkdir(parents=True, exist_ok=True)
    for f in range(0, n_chunks, per_file):
        paragraphs = []
        for _ in range(min(per_file, n_chunks - f)):
            ws = gen.words(75)
            ws[0] = ws[0].capitalize()
            paragraphs.append(f"## Avsnitt {len(paragraphs) + 1}\n\n" + " ".join(ws) + ".")
        (corpus / f"dokument-{f // per_file:04d}.md").write_text("\n\n".join(paragraphs), encoding="utf-8")


INGEST_CHUNK_WORDS = {"chunk_min_words": 60, "chunk_max_words": 90}


def ingest_once(corpus: Path, index_dir: Path) -> dict:
    """One `Assistant.ingest` (the code of `mlr ingest`) into a fresh index, the model loaded beforehand."""
    from bot.service import Assistant
    from ingest.embed import get_embedder
    from ingest.settings import Settings

    settings = Settings(_env_file=None, corpus_dir=corpus, index_dir=index_dir, **INGEST_CHUNK_WORDS)
    assistant = Assistant(settings)
    embedder = get_embedder(settings)  # model load is not ingest work; opening Chroma is, so it is timed
    embedder.embed_passages(["uppvärmning"])
    started = time.perf_counter()
    report = assistant.ingest()
    seconds = time.perf_counter() - started
    words = float(np.mean([len(c.text.split()) for c in assistant.store.iter_chunks()]))
    return {"seconds": seconds, "chunks": report.chunks, "files": report.added, "words": words,
            "backend": embedder.backend}


MODEL_LOAD = ("import time; t = time.perf_counter(); import bot.cli; from ingest.embed import get_embedder; "
              "from ingest.settings import Settings; get_embedder(Settings()).embed_passages(['x']); "
              "print(time.perf_counter() - t)")


def time_cli(corpus: Path, index_dir: Path, workdir: Path) -> tuple[float, float, dict]:
    """Wall time of `mlr ingest` as a subprocess, and of a process that only loads the model."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("MLR_")}
    env |= {"MLR_CORPUS_DIR": str(corpus), "MLR_INDEX_DIR": str(index_dir), "HF_HUB_OFFLINE": "1",
            **{f"MLR_{k.upper()}": str(v) for k, v in INGEST_CHUNK_WORDS.items()}}
    mlr = Path(sys.executable).with_name("mlr")
    command = [str(mlr)] if mlr.exists() else [sys.executable, "-m", "bot.cli"]
    started = time.perf_counter()
    out = subprocess.run([*command, "ingest", "--json"], capture_output=True, text=True, env=env, cwd=workdir)
    total = time.perf_counter() - started
    if out.returncode != 0:
        raise SystemExit(out.stderr[-3000:])
    report = json.loads(out.stdout.strip().splitlines()[-1])
    started = time.perf_counter()
    load = subprocess.run([sys.executable, "-c", MODEL_LOAD], capture_output=True, text=True, env=env, cwd=workdir)
    model_s = time.perf_counter() - started
    if load.returncode != 0:
        raise SystemExit(load.stderr[-3000:])
    return total, model_s, report


def run_ingest(n_chunks: int, runs: int, cli: bool) -> None:
    """Ingest throughput, each run in its own process over a fresh index; median of the runs."""
    with tempfile.TemporaryDirectory(prefix="ingest-") as tmp:
        corpus = Path(tmp) / "corpus"
        write_ingest_corpus(corpus, n_chunks)
        rates = []
        for i in range(runs):
            out = subprocess.run([sys.executable, __file__, "--ingest-once", str(corpus), str(Path(tmp) / f"index{i}")],
                                 capture_output=True, text=True)
            if out.returncode != 0:
                raise SystemExit(out.stderr[-3000:])
            r = json.loads(out.stdout.strip().splitlines()[-1])
            rates.append(r["chunks"] / r["seconds"])
            print(f"körning {i + 1}: {r['chunks']} avsnitt (medel {r['words']:.0f} ord) i {r['files']} filer på "
                  f"{r['seconds']:.1f} s = {rates[-1]:.1f} avsnitt/s (backend {r['backend']})", flush=True)
        print(f"mlr ingest (Assistant.ingest, modellen laddad i förväg): median {np.median(rates):.1f} avsnitt/s "
              f"av {runs} körningar")
        if cli:
            cli_rates = []
            for i in range(runs):
                total, model_s, report = time_cli(corpus, Path(tmp) / f"cli-index{i}", Path(tmp))
                cli_rates.append(report["chunks"] / (total - model_s))
                print(f"mlr ingest som process {i + 1}: {total:.1f} s totalt, modelladdning {model_s:.1f} s (egen "
                      f"process), {report['chunks']} avsnitt = {cli_rates[-1]:.1f} avsnitt/s utan modelladdning",
                      flush=True)
            print(f"mlr ingest som process: median {np.median(cli_rates):.1f} avsnitt/s utan modelladdning")
    from ingest.embed import Embedder
    from ingest.settings import DEFAULT_MODEL

    gen = Generator()
    texts = [" ".join(gen.words(75)) + "." for _ in range(256)]
    for backend in ("fp32", "bf16"):
        e = Embedder(DEFAULT_MODEL, backend=backend)
        e.embed_passages(texts[:8])
        started = time.perf_counter()
        e.embed_passages(texts)
        rate = len(texts) / (time.perf_counter() - started)
        print(f"bara inbäddning, {backend}: {rate:.1f} avsnitt/s")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    ap.add_argument("--queries", type=int, default=200)
    ap.add_argument("--ingest", type=int, metavar="N", help="measure ingest throughput with N chunks instead")
    ap.add_argument("--runs", type=int, default=3, help="ingest runs, each in its own process (median reported)")
    ap.add_argument("--cli", action="store_true", help="also time `mlr ingest` as a subprocess on the same files")
    ap.add_argument("--one", action="store_true", help=argparse.SUPPRESS)  # child process: one size, JSON out
    ap.add_argument("--ingest-once", nargs=2, metavar=("CORPUS", "INDEX"), help=argparse.SUPPRESS)  # child process
    args = ap.parse_args()
    if args.ingest_once:
        print(json.dumps(ingest_once(Path(args.ingest_once[0]), Path(args.ingest_once[1]))))
        return
    if args.ingest:
        run_ingest(args.ingest, args.runs, args.cli)
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
