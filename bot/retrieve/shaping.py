"""Result shaping: merge adjacent chunks of one section, drop near-duplicate passages."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.retrieve import analysis as A

NEAR_DUPLICATE = 0.8  # Jaccard similarity of word 3-shingles above which two passages count as one


@dataclass
class RetrievedPassage:
    chunk_ids: list[str]
    text: str
    metadata: dict  # of the first chunk; page_end updated when adjacent chunks are merged
    score: float
    confidence: float = 0.0  # how likely this passage answers the question (0..1)
    channels: dict = field(default_factory=dict)  # normalised channel scores, for inspection

    @property
    def id(self) -> str:
        return self.chunk_ids[0]


def _adjacent(a: dict, b: dict) -> bool:
    # a wide table's rows are passages of their own: joined, a row would again be one of many
    return (
        not a.get("table_rows") and not b.get("table_rows")
        and a.get("doc_id") == b.get("doc_id")
        and a.get("section", "") == b.get("section", "")
        and a.get("version", "") == b.get("version", "")
        and int(b.get("ordinal", -10)) - int(a.get("ordinal", -10)) == 1
    )


def merge_adjacent(passages: list[RetrievedPassage]) -> list[RetrievedPassage]:
    """Join chunks that follow each other in one section when both matched; keeps the best score.

    The merged passage takes the rank of its best chunk and reads in document order.
    """
    by_key: dict[tuple[str, int], int] = {}
    for i, p in enumerate(passages):
        by_key[(p.metadata.get("doc_id", ""), int(p.metadata.get("ordinal", -1)))] = i
    absorbed: set[int] = set()
    groups: dict[int, list[int]] = {}
    for i, p in enumerate(passages):  # best first: the best chunk of a run owns the run
        if i in absorbed:
            continue
        run = [i]
        doc = p.metadata.get("doc_id", "")
        # walk backwards and forwards through consecutive matched chunks
        for step in (-1, 1):
            cur = p
            while True:
                j = by_key.get((doc, int(cur.metadata.get("ordinal", -1)) + step))
                if j is None or j in absorbed or j in run:
                    break
                nxt = passages[j]
                first, second = (nxt, cur) if step < 0 else (cur, nxt)
                if not _adjacent(first.metadata, second.metadata):
                    break
                run.append(j)
                cur = nxt
        absorbed.update(run)
        groups[i] = run
    out: list[RetrievedPassage] = []
    for i, run in groups.items():
        if len(run) == 1:
            out.append(passages[i])
            continue
        parts = sorted((passages[j] for j in run), key=lambda p: int(p.metadata.get("ordinal", 0)))
        meta = dict(parts[0].metadata)
        ends = [int(p.metadata.get("page_end") or 0) for p in parts]
        if max(ends) > 0:
            meta["page_end"] = max(ends)
        best = passages[i]
        out.append(RetrievedPassage(
            chunk_ids=[cid for p in parts for cid in p.chunk_ids],
            text="\n\n".join(p.text for p in parts),
            metadata=meta,
            score=best.score,
            confidence=best.confidence,
            channels=best.channels,
        ))
    return out


def _shingles(text: str) -> set[tuple[str, ...]]:
    ws = A.words(text)
    if len(ws) < 3:
        return {tuple(ws)}
    return {tuple(ws[i:i + 3]) for i in range(len(ws) - 2)}


def drop_near_duplicates(passages: list[RetrievedPassage], threshold: float = NEAR_DUPLICATE,
                         limit: int | None = None) -> list[RetrievedPassage]:
    """Keep the better of two passages whose word 3-shingles overlap above the threshold
    (the same text in two versions of a plan, a paragraph repeated in minutes).

    With `limit`, stop once that many are kept: a passage is judged only against those before it,
    so the first `limit` kept are the same, and the passages after them need no shingles.
    """
    kept: list[tuple[RetrievedPassage, set]] = []
    for p in passages:
        if limit is not None and len(kept) >= limit:
            break
        sh = _shingles(p.text)
        dup = False
        for _, other in kept:
            inter = len(sh & other)
            if inter and inter / len(sh | other) >= threshold:
                dup = True
                break
            # a passage wholly contained in a kept one adds nothing
            if inter and inter / max(1, len(sh)) >= 0.95:
                dup = True
                break
        if not dup:
            kept.append((p, sh))
    return [p for p, _ in kept]
