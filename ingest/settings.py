"""All configuration, read from MLR_* environment variables and .env."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_MODEL = "sentence-transformers/all-MiniLM-L6-v2"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="MLR_", env_file=".env", env_file_encoding="utf-8", extra="ignore",
        env_ignore_empty=True,  # an empty line in .env means "use the default"
    )

    # Documents and index
    corpus_dir: Path = Field(Path("corpus"), description="Folder with the documents and manifest.")
    index_dir: Path = Field(Path(".mlr-index"), description="Local state: embedded Chroma, caches, feedback.")
    chroma_url: str = Field("", description="Empty: embedded Chroma in index_dir. Set: a Chroma server URL.")
    collection_prefix: str = Field("mlr", description="Prefix of the Chroma collection names.")

    # Embeddings
    embedding_model: str = Field(DEFAULT_MODEL, description="sentence-transformers model name or local path.")
    query_prefix: str | None = Field(None, description="Prefix for queries; unset: chosen from the model name.")
    passage_prefix: str | None = Field(None, description="Prefix for passages; unset: chosen from the model name.")
    embedding_batch_size: int = Field(32, description="Passages per embedding batch.")
    embedding_backend: str = Field("auto", description="auto, fp32 or bf16 (auto: bf16 where the CPU has it).")
    embedding_max_tokens: int | None = Field(None, description="Word pieces read per passage; unset: per model.")
    embedding_streams: int | None = Field(
        None, ge=1, description="Parallel single-core embedding streams at ingest; unset: one per core.")

    # Chunking
    chunk_min_words: int = Field(120, description="Chunks grow to at least this many words when the section allows.")
    chunk_max_words: int = Field(250, description="Chunks never exceed this many words (except one long sentence).")

    # Retrieval
    dense_weight: float | None = Field(None, description="Weight of dense retrieval in fusion; unset: per model.")

    # Links and web page
    public_base_url: str = Field("", description="Public address of the passage pages, e.g. https://mlr.example.se.")
    web_host: str = Field("127.0.0.1", description="Address `mlr serve` listens on.")
    web_port: int = Field(8080, description="Port `mlr serve` listens on.")

    # Discord
    discord_token: SecretStr | None = Field(None, description="Bot token from the Discord developer portal.")
    discord_guild_id: int | None = Field(None, description="Guild (server) the commands are synced to.")
    secretariat_role_id: int | None = Field(None, description="Role allowed to reindex and upload.")
    upload_max_mb: float = Field(20.0, description="Largest file /ladda-upp accepts, in MB.")
    cooldown_seconds: float = Field(10.0, description="Per-user cooldown for /fråga and mentions.")
    discord_message_content: bool = Field(
        False, description="Answer thread follow-ups without a mention; needs the privileged intent.")

    @property
    def chroma_path(self) -> Path:
        return self.index_dir / "chroma"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
