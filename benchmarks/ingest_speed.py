"""Ingest time and throughput for corpus/ and for a generated 100-page PDF; prints figures.

    .venv/bin/python benchmarks/ingest_speed.py [--pages 100]

Each corpus is ingested from scratch into a temporary index in this one process (the model is loaded
before timing), so the figures are comparable with each other.
"""

from __future__ import annotations

import argparse
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests"))

SENTENCES = [
    "MalmöLundregionen ska arbeta för att stärka näringslivets konkurrenskraft och skapa förutsättningar för fler jobb.",
    "Kommunerna samverkar kring kompetensförsörjning, digitalisering och fysisk planering.",
    "Arbetsgruppen rapporterar till kommundirektörsgruppen två gånger per år.",
    "Insatsen följs upp och utvärderas utifrån de mål som anges i aktivitetsplanen.",
    "Klimatanpassning längs kusten kräver gemensamma analyser och en samordnad planering.",
    "Kollektivtrafiken ska vara väl utbyggd och ge goda resmöjligheter till arbete och utbildning.",
]


def generated_pdf(path: Path, pages: int) -> Path:
    from fixtures.builders import make_pdf

    content = []
    for n in range(pages):
        items = [("h1", f"{n + 1}. Avsnitt om samverkan {n + 1}")] if n % 5 == 0 else []
        items.append(("h2", f"{n + 1}.1 Delområde {n + 1}"))
        for i in range(4):
            items.append(("p", " ".join(SENTENCES[(n + i + j) % len(SENTENCES)] for j in range(3))))
        content.append(items)
    return make_pdf(path, content, footer="MalmöLundregionen - Rapport", page_numbers="Sida {n}", title="Rapport")


def timed_ingest(corpus: Path, label: str) -> None:
    from ingest.pipeline import Ingester
    from ingest.settings import Settings

    with tempfile.TemporaryDirectory() as index:
        settings = Settings(_env_file=None, corpus_dir=corpus, index_dir=Path(index))
        started = time.perf_counter()
        result = Ingester(settings).run()
        seconds = time.perf_counter() - started
    rate = result.embedded_chunks / seconds if seconds else 0.0
    print(f"{label:<28} {result.added:>5} {result.embedded_chunks:>7} {seconds:>8.1f} {rate:>9.1f}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=100)
    args = parser.parse_args()

    from ingest.embed import get_embedder
    from ingest.settings import Settings

    embedder = get_embedder(Settings(_env_file=None))  # loaded once, outside the timings
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    print(f"machine: {os.cpu_count()} cores, {cpu}; model {embedder.model_name}")
    print(f"{'corpus':<28} {'files':>5} {'chunks':>7} {'seconds':>8} {'chunks/s':>9}")
    timed_ingest(REPO / "corpus", "corpus/")
    with tempfile.TemporaryDirectory() as tmp:
        generated_pdf(Path(tmp) / "rapport.pdf", args.pages)
        timed_ingest(Path(tmp), f"generated PDF, {args.pages} pages")


if __name__ == "__main__":
    main()
