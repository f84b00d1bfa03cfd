"""SweFAQ retrieval benchmark: lexical-only, dense-only and the shipped hybrid, side by side.

SweFAQ v2.0 (SuperLim 2, Språkbanken Text, University of Gothenburg; created by Aleksandrs
Berdicevskis; licence CC BY 4.0). The corpus is every distinct answer of a split, one text file per
answer; each question has one relevant answer.

    python benchmarks/swefaq.py                      # test split through mlr's ingest + search (in-process)
    python benchmarks/swefaq.py --cli                # the same through `mlr ingest` / `mlr search --batch`
    python benchmarks/swefaq.py --split dev --tune   # grid over fusion weights (dev only)
    python benchmarks/swefaq.py --calibrate          # fit/measure the "nothing here answers this" signal

Prints R@1, R@5, MRR@10, nDCG@10 and query latency p50/p95 per method.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

DATA = ROOT.parent / "shared" / "benchmarks" / "swefaq"
MODES = ("lexical", "dense", "hybrid")

# Off-topic questions: nothing in SweFAQ's authority FAQs (covid vaccination, social services,
# procurement, work environment grants, ...) or in a regional business plan answers them.
OFF_TOPIC = [
    "Hur lång tid ska man koka ett ägg för att gulan ska bli krämig?",
    "Vilket lag vann fotbolls-VM 1994?",
    "Hur byter jag däck på en cykel?",
    "Vad är huvudstaden i Australien?",
    "Hur många ben har en spindel?",
    "Vilken temperatur ska ugnen ha när man bakar kanelbullar?",
    "Hur tränar jag inför ett maratonlopp?",
    "Vem skrev Röda rummet?",
    "Hur planterar man tulpanlökar på hösten?",
    "Vad kostar en tågbiljett från Stockholm till Kiruna?",
    "Hur stämmer man en gitarr?",
    "Vilka planeter har ringar?",
    "Hur gör man surdeg från grunden?",
    "Vad betyder ordet fika på engelska?",
    "När öppnar skidbackarna i Åre?",
    "Hur rengör man en gjutjärnspanna?",
    "Vilken är världens längsta flod?",
    "Hur programmerar man en mikrovågsugn?",
    "Vad äter en igelkott på vintern?",
    "Hur fungerar en värmepump i ett radhus?",
    "Vem uppfann telefonen?",
    "Hur lär man en hund att sitta?",
    "Vilka färger har den olympiska flaggan?",
    "Hur lång är Öresundsbron?",
    "Vad är skillnaden mellan jazz och blues?",
    "Hur många spelare har ett handbollslag på planen?",
    "Hur odlar man tomater på balkongen?",
    "Vilket år landade den första människan på månen?",
    "Hur tvättar man en ylletröja utan att den krymper?",
    "Vad heter Sveriges högsta berg?",
    "Hur lagar man en punktering på en bilslang?",
    "Vilken fisk passar bäst till sushi?",
    "Hur många strängar har en fiol?",
    "Vad är ett schackmatt?",
    "Hur tar man bort fläckar av rödvin från en duk?",
    "Vem målade Mona Lisa?",
    "Hur snabbt kan en gepard springa?",
    "Vad är det bästa sättet att förvara färska örter?",
    "Hur gammal blir en sköldpadda?",
    "Vilka regler gäller i curling?",
]


@dataclass
class Query:
    text: str
    gold: int  # index into the split's answers


def load_split(split: str) -> tuple[list[str], list[Query]]:
    answers: list[str] = []
    index: dict[str, int] = {}
    queries: list[Query] = []
    with open(DATA / f"swefaq_{split}.jsonl", encoding="utf-8") as fh:
        for line in fh:
            row = json.loads(line)
            for a in row["candidate_answers"]:
                if a not in index:
                    index[a] = len(answers)
                    answers.append(a)
            queries.append(Query(row["question"], index[row["candidate_answers"][row["label"]]]))
    return answers, queries


def file_name(i: int) -> str:
    return f"svar-{i:04d}.txt"


def metrics(ranks: list[int | None]) -> dict[str, float]:
    """ranks: 1-based rank of the relevant answer, None if not retrieved."""
    n = len(ranks) or 1
    r = [x if x is not None else 10**9 for x in ranks]
    return {
        "R@1": sum(x == 1 for x in r) / n,
        "R@5": sum(x <= 5 for x in r) / n,
        "MRR@10": sum(1 / x for x in r if x <= 10) / n,
        "nDCG@10": sum(1 / math.log2(x + 1) for x in r if x <= 10) / n,
    }


def percentile(values: list[float], p: float) -> float:
    return float(np.percentile(values, p)) if values else 0.0


# --- the project's pipeline, in-process ---------------------------------------------------------
class Pipeline:
    """A temporary corpus with one text file per answer, indexed by the project's own ingest."""

    def __init__(self, answers: list[str] | None, workdir: Path, drop: set[int] | None = None,
                 files: dict[str, str] | None = None) -> None:
        from bot.service import Assistant
        from ingest.settings import Settings

        corpus = workdir / "corpus"
        corpus.mkdir(parents=True, exist_ok=True)
        files = dict(files or {})
        for i, a in enumerate(answers or []):
            if not (drop and i in drop):
                files[file_name(i)] = a + "\n"
        for name, text in files.items():
            (corpus / name).write_text(text, encoding="utf-8")
        self.settings = Settings(corpus_dir=corpus, index_dir=workdir / "index", _env_file=None)
        self.assistant = Assistant(self.settings)
        started = time.perf_counter()
        self.report = self.assistant.ingest()
        self.ingest_seconds = time.perf_counter() - started
        self.retriever = self.assistant.retriever
        self.retriever.invalidate()

    def rank(self, query: str, gold: int, mode: str, k: int = 10) -> tuple[int | None, float, object]:
        started = time.perf_counter()
        result = self.retriever.search(query, k=k, mode=mode)
        elapsed = time.perf_counter() - started
        want = file_name(gold)
        for i, p in enumerate(result.passages, 1):
            if Path(p.metadata.get("path", "")).name == want:
                return i, elapsed, result
        return None, elapsed, result


def run_modes(pipe: Pipeline, queries: list[Query], modes=MODES) -> dict[str, dict[str, float]]:
    table = {}
    pipe.retriever.search("uppvärmning", k=10)  # load the model and the index outside the timings
    for mode in modes:
        ranks, times = [], []
        for q in queries:
            rank, elapsed, _ = pipe.rank(q.text, q.gold, mode)
            ranks.append(rank)
            times.append(elapsed * 1000)
        row = metrics(ranks)
        row["p50 ms"] = percentile(times, 50)
        row["p95 ms"] = percentile(times, 95)
        table[mode] = row
    return table


def print_table(title: str, table: dict[str, dict[str, float]]) -> None:
    cols = ["R@1", "R@5", "MRR@10", "nDCG@10", "p50 ms", "p95 ms"]
    print(f"\n{title}")
    print(f"| method | {' | '.join(cols)} |")
    print("|---" * (len(cols) + 1) + "|")
    for mode, row in table.items():
        cells = [f"{row[c]:.1f}" if c.endswith("ms") else f"{row[c]:.3f}" for c in cols]
        print(f"| {mode} | {' | '.join(cells)} |")


# --- through the CLI ----------------------------------------------------------------------------
def run_cli(answers: list[str], queries: list[Query], workdir: Path) -> dict[str, float]:
    corpus = workdir / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    for i, a in enumerate(answers):
        (corpus / file_name(i)).write_text(a + "\n", encoding="utf-8")
    env = dict(os.environ, MLR_CORPUS_DIR=str(corpus), MLR_INDEX_DIR=str(workdir / "index"))
    mlr = [sys.executable, "-m", "bot.cli"]
    started = time.perf_counter()
    out = subprocess.run(mlr + ["ingest", "--json"], env=env, cwd=ROOT, capture_output=True, text=True)
    ingest_s = time.perf_counter() - started
    if out.returncode != 0:
        raise SystemExit(f"mlr ingest misslyckades:\n{out.stderr}")
    report = json.loads(out.stdout.strip().splitlines()[-1])
    batch = workdir / "fragor.txt"
    batch.write_text("\n".join(q.text.replace("\n", " ") for q in queries) + "\n", encoding="utf-8")
    started = time.perf_counter()
    out = subprocess.run(mlr + ["search", "--batch", str(batch), "--k", "10", "--json"], env=env, cwd=ROOT,
                         capture_output=True, text=True)
    search_s = time.perf_counter() - started
    if out.returncode != 0:
        raise SystemExit(f"mlr search misslyckades:\n{out.stderr}")
    lines = [json.loads(line) for line in out.stdout.splitlines() if line.strip()]
    ranks = []
    for q, res in zip(queries, lines):
        want = file_name(q.gold)
        names = [Path(r["path"]).name for r in res["results"]]
        ranks.append(names.index(want) + 1 if want in names else None)
    row = metrics(ranks)
    print(f"\nCLI: mlr ingest {report.get('chunks')} avsnitt på {ingest_s:.1f} s; "
          f"mlr search --batch {len(queries)} frågor på {search_s:.1f} s (inklusive modell-laddning)")
    print("| method | R@1 | R@5 | MRR@10 | nDCG@10 |\n|---|---|---|---|---|")
    print("| hybrid (CLI) | " + " | ".join(f"{row[c]:.3f}" for c in ("R@1", "R@5", "MRR@10", "nDCG@10")) + " |")
    return row


# --- tuning on dev ------------------------------------------------------------------------------
def tune(pipe: Pipeline, queries: list[Query]) -> None:
    """Grids over the lexical word share and the dense weight, then the yes/no bonus; prints the best settings."""
    from bot.retrieve import hybrid

    shipped_share, shipped_dense, shipped_yes_no = hybrid.WORD_SHARE, pipe.retriever.dense_weight, hybrid.YES_NO_WEIGHT
    results = []
    for share in (0.0, 0.1, 0.2, 0.3, 0.5):
        for dw in (0.0, 0.025, 0.05, 0.1, 0.15, 0.2, 0.3):
            hybrid.WORD_SHARE = share
            pipe.retriever.dense_weight = dw
            ranks = [pipe.rank(q.text, q.gold, "hybrid")[0] for q in queries]
            m = metrics(ranks)
            results.append((m["nDCG@10"], m["R@5"], share, dw))
    results.sort(reverse=True)
    print("nDCG@10  R@5    word_share dense_weight")
    for r in results[:10]:
        print(f"{r[0]:.3f}    {r[1]:.3f}  {r[2]:<10} {r[3]}")
    hybrid.WORD_SHARE = shipped_share
    pipe.retriever.dense_weight = shipped_dense

    print("\nnDCG@10  R@5    yes_no_weight (shipped word share and dense weight)")
    for weight in (0.0, 0.02, 0.03, 0.05, 0.08, 0.1, 0.15):
        hybrid.YES_NO_WEIGHT = weight
        m = metrics([pipe.rank(q.text, q.gold, "hybrid")[0] for q in queries])
        print(f"{m['nDCG@10']:.3f}    {m['R@5']:.3f}  {weight}")
    hybrid.YES_NO_WEIGHT = shipped_yes_no


# --- the "nothing here answers this" signal -------------------------------------------------------
def features(result) -> list[float]:
    if not result.passages:
        return [0.0, 0.0, 0.0]
    best = max(result.passages, key=lambda p: p.confidence)
    ch = best.channels
    return [ch.get("coverage", 0.0), ch.get("char_rel", 0.0), ch.get("dense_best", 0.0)]


def answerability_sets(split: str, workdir: Path):
    """(result, label) pairs: questions with their answer present (1), with it removed (0), off-topic (0)."""
    answers, queries = load_split(split)
    full = Pipeline(answers, workdir / f"{split}-full")
    rows = []
    for q in queries:
        rows.append((full.retriever.search(q.text, k=5), 1, "svar finns"))
    for q in OFF_TOPIC:
        rows.append((full.retriever.search(q, k=5), 0, "utanför ämnet"))
    # The same questions against the corpus without their answers (every other answer of the split).
    half = {q.gold for q in queries[::2]}
    removed = Pipeline(answers, workdir / f"{split}-removed", drop=half)
    for q in queries[::2]:
        rows.append((removed.retriever.search(q.text, k=5), 0, "svaret borttaget"))
    return rows


PLAN = ROOT / "corpus" / "verksamhetsplan-2019-2023.md"
PLAN_QUESTIONS = [
    "Vilka kommuner ingår i MalmöLundregionen?",
    "Vem beslutar om aktivitetsplanerna?",
    "Vad är det övergripande målet till år 2035?",
    "Hur fattas beslut i styrelsen?",
    "Vilka prioriterade områden finns i verksamhetsplanen?",
    "Vad ska samarbetet göra inom digitalisering?",
    "Hur ska näringslivets konkurrenskraft stärkas?",
    "Vad säger planen om kompetensförsörjning?",
    "Vad ska MalmöLundregionen göra inom miljö och klimat?",
    "Vem är verksamhetsledare för MalmöLundregionen?",
    "Hur många människor pendlar mellan kommunerna varje dag?",
    "Vilka strategier har strukturplanen?",
    "Hur delas ordförandeskapet i styrelsen?",
    "Vad gör kommundirektörsgruppen?",
    "Vad gör sekretariatet?",
    "Hur följs aktivitetsplanerna upp?",
    "Hur bildas arbetsgrupper?",
    "Vilka principer gäller för samverkan mellan kommunerna?",
    "Vad är syftet med samarbetet?",
    "Kan projekten få extern finansiering från EU?",
    "Vilka utmaningar har regionen?",
    "Hur många platser har Malmö stad i styrelsen?",
    "När uppdateras samverkansavtalet?",
    "Vad står det om turism?",
    "Vad innebär påverkansarbete och yttranden?",
]
# Close to the plan's subjects, but the plan does not answer them.
PLAN_NEAR_MISSES = [
    "Vad kostar ett månadskort hos Skånetrafiken?",
    "Hur många invånare har Lunds kommun?",
    "När öppnar det nya stadsbiblioteket i Malmö?",
    "Hur söker man bygglov i Vellinge?",
    "Hur många elever går på gymnasiet i Trelleborg?",
    "Vilka öppettider har återvinningscentralen i Lomma?",
    "Hur stor är MalmöLundregionens budget för 2024?",
    "Vem vann kommunvalet i Burlöv 2022?",
]

ENGLISH_PLAN_QUESTIONS = [
    "Which municipalities are part of MalmöLundregionen?",
    "Who decides on the activity plans?",
    "What is the overall goal for 2035?",
    "How are decisions made in the board?",
    "What are the priority areas of the business plan?",
    "What does the plan say about tourism?",
    "Who is the operations manager?",
    "How many people commute between the municipalities every day?",
    "What does the plan say about skills supply?",
    "How is the chair of the board shared?",
]
ENGLISH_OFF_TOPIC = [
    "How long should I boil an egg?",
    "Who won the football world cup in 1994?",
    "What is the capital of Australia?",
    "How do I change a bicycle tyre?",
    "Who painted the Mona Lisa?",
    "How do you bake sourdough bread?",
    # they name places of the documents, or use words of the English glossary
    "What is the weather in Malmö tomorrow?",
    "When does the swimming pool in Lund open?",
    "How much does a bus ticket in Malmö cost?",
    "Who is the mayor of Vellinge?",
    "What time is the football match in Trelleborg?",
    "Where can I park my car in Lund?",
]


def plan_sets(workdir: Path):
    pipe = Pipeline(None, workdir / "plan", files={PLAN.name: PLAN.read_text(encoding="utf-8")})
    rows = [(pipe.retriever.search(q, k=5), 1, "planen: svar finns") for q in PLAN_QUESTIONS]
    rows += [(pipe.retriever.search(q, k=5), 0, "planen: nära ämnet, inget svar") for q in PLAN_NEAR_MISSES]
    rows += [(pipe.retriever.search(q, k=5), 0, "planen: utanför ämnet") for q in OFF_TOPIC]
    rows += [(pipe.retriever.search(q, k=5), 1, "planen, engelska: svar finns") for q in ENGLISH_PLAN_QUESTIONS]
    rows += [(pipe.retriever.search(q, k=5), 0, "planen, engelska: utanför ämnet") for q in ENGLISH_OFF_TOPIC]
    return rows


def calibrate(workdir: Path) -> None:
    """Fit on SweFAQ dev plus every other plan question; measure on SweFAQ test and the plan's other half."""
    from bot.retrieve.hybrid import CALIBRATION

    dev = answerability_sets("dev", workdir)
    plan = plan_sets(workdir)
    swedish = [row for row in plan if "engelska" not in row[2]]
    english = [row for row in plan if "engelska" in row[2]]
    plan_fit, plan_test = swedish[0::2], swedish[1::2] + english
    fit_rows = dev + plan_fit
    X = np.array([features(r) for r, _, _ in fit_rows])
    y = np.array([label for _, label, _ in fit_rows])
    # the plan's few questions weigh as much as SweFAQ's many: it is what the assistant is for
    group = np.array([1.0] * len(dev) + [len(dev) / max(1, len(plan_fit))] * len(plan_fit))
    fitted = fit_logistic(X, y, group)
    print("Anpassat på SweFAQ dev + halva planfrågorna:", fitted)
    test = answerability_sets("test", workdir)
    for name, cal in (("levererad", CALIBRATION), ("nyss anpassad", fitted)):
        print(f"\nKalibrering ({name}), SweFAQ test:")
        report_rates(test, cal)
        print(f"Kalibrering ({name}), verksamhetsplanen (andra halvan):")
        report_rates(plan_test, cal)


def fit_logistic(X: np.ndarray, y: np.ndarray, group: np.ndarray | None = None, steps: int = 20000,
                 lr: float = 0.5):
    from bot.retrieve.hybrid import Calibration

    w = np.zeros(X.shape[1])
    b = 0.0
    pos = y.mean()
    sw = np.where(y == 1, 0.5 / pos, 0.5 / (1 - pos))  # balance the classes
    if group is not None:
        sw = sw * group / group.mean()
    for _ in range(steps):
        z = X @ w + b
        p = 1 / (1 + np.exp(-z))
        g = (p - y) * sw
        w -= lr * (X.T @ g) / len(y)
        b -= lr * g.mean()
    return Calibration(bias=round(float(b), 2), coverage=round(float(w[0]), 2), char=round(float(w[1]), 2),
                       dense=round(float(w[2]), 2))


def report_rates(rows, cal) -> None:
    by_kind: dict[str, list[bool]] = {}
    for result, label, kind in rows:
        cov, char, dense = features(result)
        if result.analysis is not None and result.analysis.english:
            flagged_answerable = result.answerable  # English questions have their own rule
        else:
            flagged_answerable = cal.probability(cov, char, dense) >= cal.threshold
        by_kind.setdefault(kind, []).append(flagged_answerable)
    for kind, flags in by_kind.items():
        rate = sum(flags) / len(flags)
        if kind.endswith("svar finns"):
            print(f"  {kind}: falskt 'inget svar' (FN) {1 - rate:.1%} av {len(flags)}")
        else:
            print(f"  {kind}: falskt 'svar finns' (FP) {rate:.1%} av {len(flags)}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", default="test", choices=["dev", "test"])
    ap.add_argument("--cli", action="store_true", help="also run through `mlr ingest` + `mlr search --batch`")
    ap.add_argument("--tune", action="store_true", help="grid over fusion weights (use with --split dev)")
    ap.add_argument("--calibrate", action="store_true", help="fit on dev, measure on test")
    ap.add_argument("--keep", type=Path, help="work in this folder instead of a temporary one")
    args = ap.parse_args()
    answers, queries = load_split(args.split)
    with tempfile.TemporaryDirectory(prefix="swefaq-") as tmp:
        workdir = args.keep or Path(tmp)
        if args.calibrate:
            calibrate(workdir)
            return
        pipe = Pipeline(answers, workdir / args.split)
        chunks = pipe.report.chunks
        print(f"SweFAQ {args.split}: {len(answers)} svar ({chunks} avsnitt), {len(queries)} frågor; "
              f"ingest {pipe.ingest_seconds:.1f} s ({chunks / max(pipe.ingest_seconds, 1e-9):.0f} avsnitt/s); "
              f"modell {pipe.settings.embedding_model}, dense_weight {pipe.retriever.dense_weight}")
        if args.tune:
            tune(pipe, queries)
            return
        print_table(f"SweFAQ {args.split} (in-process, mlr:s index och sökning)", run_modes(pipe, queries))
        if args.cli:
            run_cli(answers, queries, workdir / "cli")


if __name__ == "__main__":
    main()
