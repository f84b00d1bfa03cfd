"""Response models of the service layer; their JSON form is the CLI contract."""

from __future__ import annotations

from pydantic import BaseModel, Field


class FailedFile(BaseModel):
    path: str
    error: str


class IngestReport(BaseModel):
    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    failed: list[FailedFile] = Field(default_factory=list)
    chunks: int = 0
    # Per-file detail for adapters (upload reply); not part of the CLI's JSON contract.
    documents: list[dict] = Field(default_factory=list, exclude=True)


class SearchHit(BaseModel):
    doc_id: str
    title: str
    doc_type: str
    path: str
    url: str | None
    page: int | None
    section: str | None
    text: str
    score: float
    passage_id: str
    page_end: int | None = None
    date: str | None = None


class SearchResponse(BaseModel):
    query: str
    results: list[SearchHit]
    answerable: bool = True  # the calibrated "something here answers this" signal


class Source(SearchHit):
    n: int


class GroupRef(BaseModel):
    name: str
    activity: str | None
    source_n: int


class Answer(BaseModel):
    question: str
    answer: str
    abstained: bool
    sources: list[Source]
    groups: list[GroupRef] = Field(default_factory=list)


class Activity(BaseModel):
    title: str
    area: str | None
    responsible: str | None
    period: str | None
    status: str | None
    municipalities: list[str] = Field(default_factory=list)
    year: int | None
    doc_id: str
    url: str | None
    page: int | None


class ActivitiesResponse(BaseModel):
    year: int | None
    activities: list[Activity]


class ResponsibleMatch(BaseModel):
    group: str
    activity: str | None
    doc_id: str | None
    title: str | None
    url: str | None
    page: int | None
    quote: str | None = Field(default=None, exclude=True)  # a decision's own sentence, for answers


class ResponsibleResponse(BaseModel):
    topic: str
    matches: list[ResponsibleMatch]


class StatusReport(BaseModel):
    documents: int
    documents_by_type: dict[str, int]
    chunks: int
    last_ingest: str | None
    embedding_model: str
    version: str


class Passage(BaseModel):
    """One chunk with its surroundings, for the passage page."""

    passage_id: str
    doc_id: str
    title: str
    doc_type: str
    date: str | None
    path: str
    url: str | None
    section: str | None
    page: int | None
    page_end: int | None
    text: str
    section_before: list[str] = Field(default_factory=list)  # texts of earlier chunks of the section
    section_after: list[str] = Field(default_factory=list)
    prev_id: str | None = None
    next_id: str | None = None


class UploadResult(BaseModel):
    path: str
    title: str
    doc_type: str
    pages: int | None
    chunks: int
    activities: int
