"""Incremental indexing as the secretariat sees it: reports, changes, bad files, crashes, a Chroma server."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from ingest.pipeline import IngestBusy, Ingester, ingest_lock
from ingest.store import IndexStore

REPO = Path(__file__).resolve().parents[2]


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def text_doc(topic: str, sentences: int = 30) -> str:
    body = " ".join(f"Mening {i} handlar om {topic} i MalmöLundregionen." for i in range(sentences))
    return f"# {topic.capitalize()}\n\n{body}\n"


def run_cli(settings, *args, timeout=240):
    env = os.environ | {"MLR_CORPUS_DIR": str(settings.corpus_dir), "MLR_INDEX_DIR": str(settings.index_dir),
                        "HF_HUB_OFFLINE": "1"}
    return subprocess.run([sys.executable, "-m", "bot.cli", *args], capture_output=True, text=True, env=env,
                          cwd=settings.index_dir.parent, timeout=timeout)


def visible_state(settings) -> dict[str, int]:
    """Chunks per committed document as a reader sees them, checked against the catalogue."""
    store = IndexStore(settings)
    seen: dict[str, int] = {}
    for chunk in store.iter_chunks():
        seen[chunk.metadata["doc_id"]] = seen.get(chunk.metadata["doc_id"], 0) + 1
    for doc_id, meta in store.documents().items():
        assert seen.get(doc_id, 0) == meta["chunks"], f"{doc_id} is half present"
    return seen


def test_business_plan_added_then_unchanged(plan_corpus):
    first = Ingester(plan_corpus).run()
    assert (first.added, first.failed) == (1, [])
    assert first.chunks > 5
    second = Ingester(plan_corpus).run()
    assert (second.added, second.updated, second.unchanged) == (0, 0, 1)
    assert second.embedded_chunks == 0  # unchanged files cost no embedding work


def test_new_changed_and_deleted_files(make_settings):
    settings = make_settings()
    corpus = settings.corpus_dir
    write(corpus / "a.md", text_doc("turism"))
    write(corpus / "b.txt", text_doc("digitalisering"))
    assert Ingester(settings).run().added == 2

    write(corpus / "a.md", text_doc("klimatanpassning"))
    (corpus / "b.txt").unlink()
    write(corpus / "under/c.md", text_doc("kompetensförsörjning"))
    result = Ingester(settings).run()
    assert (result.added, result.updated, result.removed, result.unchanged) == (1, 1, 1, 0)

    texts = " ".join(c.text for c in IndexStore(settings).iter_chunks())
    assert "klimatanpassning" in texts and "turism" not in texts and "digitalisering" not in texts
    assert "kompetensförsörjning" in texts
    assert set(visible_state(settings)) == {"a", "under-c"}


def test_manifest_entry_sets_title_and_editing_it_reindexes(make_settings):
    settings = make_settings()
    write(settings.corpus_dir / "plan.md", text_doc("näringsliv"))
    write(settings.corpus_dir / "manifest.toml",
          '[[document]]\nfile = "plan.md"\ntitle = "Aktivitetsplan 2026"\ndoc_type = "aktivitetsplan"\n')
    Ingester(settings).run()
    doc = IndexStore(settings).documents()["plan"]
    assert (doc["title"], doc["doc_type"]) == ("Aktivitetsplan 2026", "aktivitetsplan")

    write(settings.corpus_dir / "manifest.toml",
          '[[document]]\nfile = "plan.md"\ntitle = "Aktivitetsplan 2027"\nurl = "https://example.se/plan.pdf"\n')
    assert Ingester(settings).run().updated == 1
    doc = IndexStore(settings).documents()["plan"]
    assert doc["title"] == "Aktivitetsplan 2027" and doc["url"] == "https://example.se/plan.pdf"


def test_new_extraction_rules_read_every_document_again(make_settings, monkeypatch):
    settings = make_settings()
    write(settings.corpus_dir / "plan.md", text_doc("näringsliv"))
    assert Ingester(settings).run().added == 1
    assert Ingester(settings).run().unchanged == 1
    import ingest.pipeline
    monkeypatch.setattr(ingest.pipeline, "EXTRACTION_VERSION", ingest.pipeline.EXTRACTION_VERSION + 1)
    result = Ingester(settings).run()
    assert (result.updated, result.unchanged) == (1, 0)


def test_invalid_manifest_is_a_clear_error(make_settings):
    from ingest.manifest import ManifestError

    settings = make_settings()
    write(settings.corpus_dir / "manifest.toml", '[[document]]\nfile = "x.md"\ndoc_type = "roman"\n')
    with pytest.raises(ManifestError, match="doc_type"):
        Ingester(settings).run()


def test_bad_files_are_reported_and_the_rest_indexed(make_settings):
    from fpdf import FPDF
    from pypdf import PdfReader, PdfWriter

    settings = make_settings()
    corpus = settings.corpus_dir
    write(corpus / "bra.md", text_doc("turism"))
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.multi_cell(0, 8, "Hemlig text om budgeten. " * 20)
    raw = bytes(pdf.output())
    (corpus / "trasig.pdf").write_bytes(raw[: len(raw) // 3])
    writer = PdfWriter()
    writer.append(PdfReader(__import__("io").BytesIO(raw)))
    writer.encrypt("hemligt")
    with open(corpus / "last.pdf", "wb") as handle:
        writer.write(handle)
    (corpus / "tom.txt").write_bytes(b"")
    (corpus / "program.exe").write_bytes(b"MZ\x90\x00" + b"\x00" * 100)

    completed = run_cli(settings, "ingest", "--json")
    assert completed.returncode == 1, completed.stderr
    lines = completed.stdout.strip().splitlines()
    assert len(lines) == 1  # JSON only on stdout, nothing else
    report = json.loads(lines[0])
    assert report["added"] == 1 and report["chunks"] >= 1
    errors = {f["path"]: f["error"] for f in report["failed"]}
    assert set(errors) == {"trasig.pdf", "last.pdf", "tom.txt", "program.exe"}
    assert all(errors.values()) and all("\n" not in e for e in errors.values())
    assert "lösenord" in errors["last.pdf"].lower()
    assert "tom" in errors["tom.txt"].lower()
    assert "stöds inte" in errors["program.exe"]


def test_second_ingest_refuses_while_one_runs(make_settings):
    settings = make_settings()
    with ingest_lock(settings.index_dir):
        with pytest.raises(IngestBusy, match="pågår redan"):
            Ingester(settings).run()
        completed = run_cli(settings, "ingest")
        assert completed.returncode == 3 and "pågår redan" in completed.stderr


KILL_SCRIPT = textwrap.dedent("""
    import os, signal
    import ingest.pipeline
    from ingest.settings import Settings
    from ingest.store import IndexStore
    from ingest.pipeline import Ingester

    ingest.pipeline.EMBED_BATCH_CHUNKS = 1  # one document per batch
    ingest.pipeline.WRITE_BATCH_CHUNKS = 1  # and per write
    original = IndexStore.write_documents
    written = []

    def write_then_die(self, docs):
        if len(written) == 2:
            # chunks of the third document land, then the process dies before its commit
            doc = docs[0]
            self.chunks.upsert(ids=doc.chunk_ids[:2], documents=doc.texts[:2], embeddings=doc.embeddings[:2],
                               metadatas=doc.metadatas[:2])
            os.kill(os.getpid(), signal.SIGKILL)
        written.extend(d.info.doc_id for d in docs)
        return original(self, docs)

    IndexStore.write_documents = write_then_die
    Ingester(Settings(_env_file=None)).run()
""")

# The real batched write runs until the catalogue rows of its documents are about to be written.
KILL_AT_COMMIT_SCRIPT = textwrap.dedent("""
    import os, signal
    from chromadb.api.models.Collection import Collection
    from ingest.settings import Settings
    from ingest.pipeline import Ingester

    original = Collection.upsert

    def upsert_or_die(self, ids, *args, **kwargs):
        if any(i.startswith("doc:") for i in ids):
            os.kill(os.getpid(), signal.SIGKILL)
        return original(self, ids, *args, **kwargs)

    Collection.upsert = upsert_or_die
    Ingester(Settings(_env_file=None)).run()
""")


def test_kill_9_mid_run_leaves_no_half_document(make_settings):
    settings = make_settings()
    for i, topic in enumerate(["turism", "digitalisering", "klimat", "näringsliv", "bostäder"]):
        write(settings.corpus_dir / f"doc{i}.md", text_doc(topic))
    Ingester(settings).run()
    for i, topic in enumerate(["hamnar", "cykelvägar", "skolor", "vården", "tågen"]):
        write(settings.corpus_dir / f"doc{i}.md", text_doc(topic))  # every file changes

    env = os.environ | {"MLR_CORPUS_DIR": str(settings.corpus_dir), "MLR_INDEX_DIR": str(settings.index_dir)}
    killed = subprocess.run([sys.executable, "-c", KILL_SCRIPT], env=env, cwd=REPO, capture_output=True, timeout=240)
    assert killed.returncode == -9, killed.stderr.decode()[-2000:]

    state = visible_state(settings)  # every committed document is whole
    assert len(state) == 5
    texts = " ".join(c.text for c in IndexStore(settings).iter_chunks())
    assert "hamnar" in texts and "cykelvägar" in texts  # committed before the kill
    assert "skolor" not in texts and "klimat" in texts  # the killed document is still its old version

    result = Ingester(settings).run()  # the lock died with the process: no stale lock blocks this
    assert result.updated == 3 and result.unchanged == 2 and not result.failed
    visible_state(settings)
    store = IndexStore(settings)
    assert store.chunks.count() == store.count_chunks()  # the orphans were collected
    texts = " ".join(c.text for c in store.iter_chunks())
    assert all(t in texts for t in ["hamnar", "cykelvägar", "skolor", "vården", "tågen"])


def test_kill_9_before_a_batch_commits_leaves_every_old_version(make_settings):
    settings = make_settings()
    topics = ["turism", "digitalisering", "klimat", "näringsliv", "bostäder"]
    for i, topic in enumerate(topics):
        write(settings.corpus_dir / f"doc{i}.md", text_doc(topic))
    Ingester(settings).run()
    new_topics = ["hamnar", "cykelvägar", "skolor", "vården", "tågen"]
    for i, topic in enumerate(new_topics):
        write(settings.corpus_dir / f"doc{i}.md", text_doc(topic))
    write(settings.corpus_dir / "aktiviteter.md", text_doc("nya aktiviteter"))  # a new file in the same batch

    env = os.environ | {"MLR_CORPUS_DIR": str(settings.corpus_dir), "MLR_INDEX_DIR": str(settings.index_dir)}
    killed = subprocess.run([sys.executable, "-c", KILL_AT_COMMIT_SCRIPT], env=env, cwd=REPO, capture_output=True,
                            timeout=240)
    assert killed.returncode == -9, killed.stderr.decode()[-2000:]

    store = IndexStore(settings)
    assert store.chunks.count() > store.count_chunks()  # the batch's chunks were stored, uncommitted
    assert set(visible_state(settings)) == {f"doc{i}" for i in range(5)}
    texts = " ".join(c.text for c in store.iter_chunks())
    assert all(t in texts for t in topics) and not any(t in texts for t in new_topics)

    result = Ingester(settings).run()
    assert result.updated == 5 and result.added == 1 and not result.failed
    visible_state(settings)
    store = IndexStore(settings)
    assert store.chunks.count() == store.count_chunks()
    texts = " ".join(c.text for c in store.iter_chunks())
    assert all(t in texts for t in new_topics) and not any(t in texts for t in topics)


def test_a_failed_write_stops_the_run_and_the_next_run_completes_it(make_settings, monkeypatch):
    settings = make_settings()
    for i in range(3):
        write(settings.corpus_dir / f"doc{i}.md", text_doc(f"ämne nummer {i}"))
    monkeypatch.setattr("ingest.pipeline.EMBED_BATCH_CHUNKS", 1)  # one document per batch
    monkeypatch.setattr("ingest.pipeline.WRITE_BATCH_CHUNKS", 1)  # and per write
    original = IndexStore.write_documents
    calls = []

    def fail_second(self, docs):
        calls.append([d.info.doc_id for d in docs])
        if len(calls) == 2:
            raise RuntimeError("disken är full")
        return original(self, docs)

    monkeypatch.setattr(IndexStore, "write_documents", fail_second)
    with pytest.raises(RuntimeError, match="disken är full"):
        Ingester(settings).run()
    assert calls == [["doc0"], ["doc1"]]  # nothing is written after the failure
    assert set(visible_state(settings)) == {"doc0"}

    monkeypatch.setattr(IndexStore, "write_documents", original)
    result = Ingester(settings).run()  # the lock was released
    assert result.added == 2 and result.unchanged == 1 and not result.failed
    assert set(visible_state(settings)) == {"doc0", "doc1", "doc2"}


def test_changing_the_model_reembeds_everything(make_settings):
    from ingest.embed import bundled_model_path

    settings = make_settings()
    write(settings.corpus_dir / "a.md", text_doc("turism"))
    Ingester(settings).run()
    other = make_settings(embedding_model=str(bundled_model_path()))
    result = Ingester(other).run()
    assert result.added == 1 and result.embedded_chunks > 0
    assert IndexStore(other).index_state()["model"] == str(bundled_model_path())


@pytest.mark.chroma_server
def test_ingest_and_search_against_a_chroma_server(make_settings, chroma_server):
    from bot.service import Assistant

    settings = make_settings(chroma_url=chroma_server, collection_prefix="pipeline_test")
    write(settings.corpus_dir / "turism.md", text_doc("turism och besöksnäring"))
    write(settings.corpus_dir / "klimat.md", text_doc("klimatanpassning vid kusterna"))
    assistant = Assistant(settings)
    report = assistant.ingest()
    assert report.added == 2 and not report.failed
    assert not (settings.index_dir / "chroma").exists()  # nothing embedded locally
    hits = assistant.search("klimatanpassning", k=2).results
    assert hits[0].doc_id == "klimat"
    assert assistant.ingest().unchanged == 2


def test_changing_the_text_length_read_reembeds_everything(make_settings):
    settings = make_settings()
    write(settings.corpus_dir / "a.md", text_doc("turism"))
    Ingester(settings).run()
    assert Ingester(settings).run().embedded_chunks == 0
    longer = make_settings(embedding_max_tokens=256)
    result = Ingester(longer).run()
    assert result.added == 1 and result.embedded_chunks > 0


def test_many_small_files_are_embedded_together_and_all_committed(make_settings):
    settings = make_settings()
    for i in range(70):
        write(settings.corpus_dir / f"notis{i:02}.txt", f"Notis {i} om samverkan kring cykelvägar i kommun {i}.")
    result = Ingester(settings).run()
    assert result.added == 70 and result.embedded_chunks == 70
    assert len(visible_state(settings)) == 70


def test_embedded_batches_are_stored_in_few_writes(make_settings, monkeypatch):
    settings = make_settings()
    for i in range(70):
        write(settings.corpus_dir / f"notis{i:02}.txt", f"Notis {i} om samverkan kring cykelvägar i kommun {i}.")
    monkeypatch.setattr("ingest.pipeline.EMBED_BATCH_CHUNKS", 8)
    monkeypatch.setattr("ingest.pipeline.WRITE_BATCH_CHUNKS", 32)
    original = IndexStore.write_documents
    writes = []

    def count_writes(self, docs):
        writes.append(sum(len(d.chunk_ids) for d in docs))
        return original(self, docs)

    monkeypatch.setattr(IndexStore, "write_documents", count_writes)
    result = Ingester(settings).run()
    assert result.added == 70 and sum(writes) == 70
    assert writes == [32, 32, 6]  # several embedded batches share a write; the rest is written at the end
    assert len(visible_state(settings)) == 70
