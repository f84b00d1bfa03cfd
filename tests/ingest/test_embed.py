"""The embedder: bundled model offline, normalised vectors, backends that agree, one model per process."""

from __future__ import annotations

import numpy as np
import pytest

from ingest.embed import Embedder, bundled_model_path, default_prefixes, get_embedder, resolve_backend

TEXTS = [
    "Kommundirektörsgruppen beslutar om aktivitetsplanerna.",
    "Regionen ska skapa goda förutsättningar för turism och besöksnäring.",
    "Bussarna går oftare på vardagar mellan Lund och Malmö.",
]


@pytest.fixture(scope="module")
def fp32():
    return Embedder("sentence-transformers/all-MiniLM-L6-v2", backend="fp32")


def test_bundled_model_loads_offline_with_unit_vectors(fp32):
    assert bundled_model_path() is not None
    vectors = fp32.embed_passages(TEXTS)
    assert vectors.shape == (3, fp32.dimension) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)
    assert fp32.embed_passages([]).shape == (0, fp32.dimension)


def test_query_is_closest_to_its_passage(fp32):
    passages = fp32.embed_passages(TEXTS)
    query = fp32.embed_query("Who decides on the activity plans?")
    assert int(np.argmax(passages @ query)) == 0


def test_bf16_backend_gives_the_same_ranking_as_fp32(fp32):
    bf16 = Embedder("sentence-transformers/all-MiniLM-L6-v2", backend="bf16")
    a, b = fp32.embed_passages(TEXTS), bf16.embed_passages(TEXTS)
    assert np.allclose(np.linalg.norm(b, axis=1), 1.0, atol=1e-5)
    assert float(np.min(np.sum(a * b, axis=1))) > 0.99
    q = "Vem beslutar om aktivitetsplanerna?"
    assert np.argsort(-(a @ fp32.embed_query(q))).tolist() == np.argsort(-(b @ bf16.embed_query(q))).tolist()


def test_unknown_backend_is_refused_in_swedish():
    with pytest.raises(ValueError, match="Okänd inbäddningsbackend"):
        resolve_backend("gpu-turbo")
    assert resolve_backend("fp32") == "fp32"
    assert resolve_backend("auto") in ("fp32", "bf16")


def test_model_loads_once_per_process(make_settings):
    settings = make_settings()
    assert get_embedder(settings) is get_embedder(make_settings())


def test_e5_models_get_their_prefixes():
    assert default_prefixes("intfloat/multilingual-e5-small") == ("query: ", "passage: ")
    assert default_prefixes("sentence-transformers/all-MiniLM-L6-v2") == ("", "")


def test_bundled_model_reads_the_length_it_was_trained_on(fp32):
    assert fp32.max_tokens == 128
    longer = Embedder("sentence-transformers/all-MiniLM-L6-v2", backend="fp32", max_tokens=256)
    assert longer.max_tokens == 256
    # ~170 word pieces: the bundled limit cuts the appended sentence off, 256 still reads it
    head = " ".join(["Kommundirektörsgruppen beslutar om aktivitetsplanerna."] * 8)
    assert 128 < len(fp32.model.tokenizer(head)["input_ids"]) < 230
    tail = head + " Turism och besöksnäring i regionen."
    a, b = fp32.embed_passages([head, tail])
    assert float(a @ b) > 0.9999
    c, d = longer.embed_passages([head, tail])
    assert float(c @ d) < 0.9999


def test_parallel_streams_give_the_serial_vectors_in_order():
    import torch

    texts = [f"{TEXTS[i % 3]} " + "Avsnitt om kollektivtrafik. " * (i % 7) for i in range(70)]
    serial = Embedder("sentence-transformers/all-MiniLM-L6-v2", backend="fp32", batch_size=8, streams=1)
    parallel = Embedder("sentence-transformers/all-MiniLM-L6-v2", backend="fp32", batch_size=8, streams=2)
    threads = torch.get_num_threads()
    a, b = serial.embed_passages(texts), parallel.embed_passages(texts)
    assert b.shape == (70, parallel.dimension)
    assert float(np.min(np.sum(a * b, axis=1))) > 0.9999
    assert torch.get_num_threads() == threads  # the streams' one-core setting stays theirs


def test_a_failing_stream_raises_in_the_caller(monkeypatch):
    parallel = Embedder("sentence-transformers/all-MiniLM-L6-v2", backend="fp32", batch_size=4, streams=2)
    original = parallel._encode_batch

    def fail_on_marker(texts):
        if any("TRASIG" in t for t in texts):
            raise RuntimeError("trasig omgång")
        return original(texts)

    monkeypatch.setattr(parallel, "_encode_batch", fail_on_marker)
    with pytest.raises(RuntimeError, match="trasig omgång"):
        parallel.embed_passages(TEXTS * 4 + ["TRASIG"])
    assert parallel.embed_passages(TEXTS * 4).shape == (12, parallel.dimension)  # the streams live on


def test_streams_setting_reaches_the_embedder(make_settings):
    from ingest.embed import get_embedder

    assert get_embedder(make_settings(embedding_streams=1)).streams == 1
    assert get_embedder(make_settings(embedding_streams=2)).streams == 2


def test_an_ingest_batch_is_shared_out_to_the_streams_however_small(monkeypatch):
    import threading

    parallel = Embedder("sentence-transformers/all-MiniLM-L6-v2", backend="fp32", batch_size=8, streams=2)
    expected = parallel.embed_passages(TEXTS)  # few texts: on the calling thread, as before
    original = parallel._encode_batch
    ran_on = []

    def record(texts):
        ran_on.append(threading.current_thread().name)
        return original(texts)

    monkeypatch.setattr(parallel, "_encode_batch", record)
    vectors = parallel.submit_passages(TEXTS).result()
    assert len(ran_on) == 2 and all(n.startswith("embed-") for n in ran_on)  # two batches, none on this thread
    assert float(np.min(np.sum(vectors * expected, axis=1))) > 0.9999


def test_one_forward_pass_gives_the_numbers_of_encode(fp32):
    import torch

    with torch.inference_mode():
        encoded = fp32.model.encode(TEXTS, batch_size=32, convert_to_tensor=True, show_progress_bar=False)
    assert np.allclose(fp32._encode_batch(TEXTS), encoded.float().numpy(), atol=1e-6)
