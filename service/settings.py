"""The one settings object. Built once at start-up and passed in; nothing else reads the environment."""
from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

REPO_ROOT = Path(__file__).resolve().parent.parent


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="", case_sensitive=False, extra="ignore")

    host: str = Field("127.0.0.1", description="address uvicorn binds")
    port: int = Field(8080, ge=1, le=65535)
    registry: Path = Field(REPO_ROOT / "models" / "registry.yaml", description="registry file naming the packs")
    redis_url: str | None = Field(None, description="redis://host:port/db; unset = in-process cache")
    redis_timeout_s: float = Field(0.05, gt=0, le=5, description="socket timeout of every Redis call")
    redis_retry_after_s: float = Field(1.0, ge=0, description="after a Redis error, bypass it for this long")
    cache_enabled: bool = True
    cache_ttl_s: int = Field(600, ge=1)
    cache_max_entries: int = Field(50_000, ge=1, description="size of the in-process LRU")
    admin_token: SecretStr | None = Field(None, description="Bearer token for /admin/*; unset disables them")
    max_text_chars: int = Field(1000, ge=1, description="longest accepted text, in characters")
    # 1 MiB fits 64 texts of 1000 characters even when every character is a 12-byte JSON escape.
    max_body_bytes: int = Field(1024 * 1024, ge=1024, description="largest accepted request body")
    max_context_turns: int = Field(5, ge=0)
    shutdown_drain_s: float = Field(2.0, ge=0, description="after SIGTERM, /readyz is 503 this long before closing")
    shutdown_grace_s: float = Field(10.0, ge=0, description="then in-flight requests get this long to finish")
    log_level: str = "info"
    # The translator behind the gate (any OpenAI-compatible chat endpoint; see `make translator`).
    translator_backend: Literal["openai", "apertium", "none"] = "openai"
    translator_base_url: str = Field("http://127.0.0.1:8081/v1", description="base URL of the OpenAI-compatible API")
    translator_model: str = "qwen2.5-coder-1.5b-instruct"
    translator_api_key: SecretStr | None = None
    translator_timeout_s: float = Field(3.0, gt=0, le=60, description="per attempt")
    translator_retries: int = Field(1, ge=0, le=5, description="extra attempts, only after connection errors or 429/5xx")
    translator_concurrency: int = Field(2, ge=1, description="translations in flight at once")
    translator_queue_timeout_s: float = Field(0.5, ge=0, description="wait for a free slot, then answer natively")
    translator_breaker_threshold: int = Field(5, ge=1, description="consecutive failures that open the breaker")
    translator_breaker_ttl_s: float = Field(30.0, gt=0, description="how long an open breaker fails fast")
    translator_protected_terms: Path | None = Field(
        REPO_ROOT / "models" / "translator" / "protected_terms.txt",
        description="catalog names (one per line) kept out of translation by placeholders")

    @field_validator("admin_token")
    @classmethod
    def _strong_token(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None and value.get_secret_value() == "":
            return None
        if value is not None and len(value.get_secret_value()) < 16:
            raise ValueError("ADMIN_TOKEN must be at least 16 characters (or unset to disable admin routes)")
        return value

    @field_validator("redis_url")
    @classmethod
    def _redis_scheme(cls, value: str | None) -> str | None:
        if value in (None, ""):
            return None
        if not value.startswith(("redis://", "rediss://", "unix://")):
            raise ValueError("REDIS_URL must start with redis://, rediss:// or unix://")
        return value
