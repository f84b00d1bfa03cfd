"""Answer quality and latency on the corpus: prints figures, asserts nothing.

    .venv/bin/python benchmarks/answers.py [--corpus corpus]

Answerable questions (benchmarks/data/answers_*.jsonl: question, key fact(s), document(s) that hold it) and unanswerable ones
(benchmarks/data/unanswerable.txt) go through the service layer in one process, over a fresh index of the
corpus in a temporary folder.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
DATA = Path(__file__).resolve().parent / "data"


def load_cases() -> tuple[list[dict], list[str]]:
    answerable = [json.loads(line) for path in sorted(DATA.glob("answers_*.jsonl"))
                  for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    unanswerable = [q.strip() for q in (DATA / "unanswerable.txt").read_text(encoding="utf-8").splitlines() if q.strip()]
    return answerable, unanswerable


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", default=str(REPO / "corpus"))
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()

    from bot.service import Assistant
    from ingest.settings import Settings

    answerable, unanswerable = load_cases()
    with tempfile.TemporaryDirectory() as tmp:
        assistant = Assistant(Settings(_env_file=None, corpus_dir=Path(args.corpus), index_dir=Path(tmp)))
        started = time.perf_counter()
        report = assistant.ingest()
        print(f"ingest: {report.added} documents, {report.chunks} chunks, {time.perf_counter() - started:.1f} s")
        assistant.ask("uppvärmning")  # model and caches loaded before timing

        latencies, in_top3, fact_found, wrongly_abstained = [], 0, 0, 0
        for case in answerable:
            t0 = time.perf_counter()
            answer = assistant.ask(case["question"])
            latencies.append((time.perf_counter() - t0) * 1000)
            top3 = answer.sources[:3]
            facts = [f.lower() for f in (case["fact"] if isinstance(case["fact"], list) else [case["fact"]])]
            docs = case["doc_id"] if isinstance(case["doc_id"], list) else [case["doc_id"]]
            hit = any(s.doc_id in docs and any(f in s.text.lower() for f in facts) for s in top3)
            found = any(f in answer.answer.lower() for f in facts)
            in_top3 += hit
            fact_found += found
            wrongly_abstained += answer.abstained
            if args.verbose and not (hit and found and not answer.abstained):
                print(f"  MISS {case['question']!r} -> {answer.answer[:160]!r}")
        abstained = 0
        for question in unanswerable:
            t0 = time.perf_counter()
            answer = assistant.ask(question)
            latencies.append((time.perf_counter() - t0) * 1000)
            abstained += answer.abstained
            if args.verbose and not answer.abstained:
                print(f"  ANSWERED {question!r} -> {answer.answer[:160]!r}")

    n, m = len(answerable), len(unanswerable)
    print(f"answerable questions: {n}, unanswerable: {m}")
    print(f"passage with the answer among the first 3 sources: {in_top3 / n:.1%}")
    print(f"answer text contains the key fact:                 {fact_found / n:.1%}")
    print(f"answerable questions that abstained:               {wrongly_abstained / n:.1%}")
    print(f"unanswerable questions that abstained:             {abstained / m:.1%}")
    print(f"answer latency ms: p50 {statistics.median(latencies):.0f}, p95 {percentile(latencies, 95):.0f}")


if __name__ == "__main__":
    main()
