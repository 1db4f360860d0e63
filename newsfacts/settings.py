"""Every default of a newsfacts run, in one place: read by the CLI, the flow, `serve` and the deployment.

Each field can be set in the environment with the prefix `NEWSFACTS_` (`NEWSFACTS_BATCH_SIZE=64`);
a command-line option wins over the environment, the environment over the default here.
Importable without Prefect, spaCy or GX.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


def _default_processes() -> int:
    return min(os.cpu_count() or 1, 8)


class Settings(BaseSettings):
    """Defaults of a run; `Settings()` reads the NEWSFACTS_* environment variables each time."""

    model_config = SettingsConfigDict(env_prefix="NEWSFACTS_", extra="ignore", validate_default=True)

    model: str = Field("en_core_web_sm", description="spaCy pipeline name")
    # Articles per Prefect task (and per saved part of the extraction): each task run costs the Prefect
    # server and the flow ~0.1 s of CPU, so tasks are few; the workers get the batch in smaller chunks.
    batch_size: int = Field(256, ge=1, description="articles per Prefect task")
    processes: int = Field(
        default_factory=_default_processes,
        ge=1,
        description="worker processes that parse and extract (the CPUs, at most 8)",
    )
    max_bytes: int = Field(10_000_000, ge=1, description="input files larger than this are rejected")
    # Set from the gold sets: 0.0-1.2 % of their rows are quarantined, all of them wrong rows.
    max_quarantine_share: float = Field(
        0.05,
        ge=0.0,
        le=1.0,
        description="--strict fails when more than this share of the extracted rows is quarantined",
    )
    languages: str = Field("en", description="languages to read (ISO 639-1 comma list); others are skipped")
    runner: Literal["threads", "dask"] = Field("threads", description="Prefect task runner")
    dask_address: str | None = Field(None, description="scheduler of an existing Dask cluster")
    workers: int = Field(2, ge=1, description="workers of a local Dask cluster")
    prefect_home: Path | None = Field(
        None, description="Prefect home of newsfacts runs (default: .newsfacts/prefect beside the output)"
    )
    log_file: Path | None = Field(
        None, description="where Prefect's and GX's log lines go (default: OUTPUT/_logs/newsfacts.log)"
    )
    # A Prefect server that runs use (README, "A Prefect server of the project's own"): PREFECT_API_URL, else
    # this, else the project's own server when it answers, else a temporary server per run.
    api_url: str | None = Field(None, description="API of a Prefect server runs report to (http://HOST:PORT/api)")
    server_home: Path | None = Field(
        None, description="folder of `newsfacts server`: its Prefect home, pid and log (default: .newsfacts/server)"
    )
    server_host: str = Field("127.0.0.1", description="address `newsfacts server start` listens on")
    server_port: int = Field(4200, ge=1, le=65535, description="port `newsfacts server start` listens on")
    # newsfacts/warm.py: a process beside the project's server with Prefect, spaCy's model and GX loaded.
    warm_runner: bool = Field(
        True, description="`newsfacts server start` starts a warm runner and runs from this folder use it"
    )
    cache_dir: Path | None = Field(
        None, description="data built once from packages' files (place indexes); default ~/.cache/newsfacts"
    )
    # `newsfacts worker`: the work pool of prefect.yaml's deployment.
    work_pool: str = Field("newsfacts-pool", description="work pool `newsfacts worker` polls")
    worker_grace: float = Field(
        15.0,
        gt=0,
        description="seconds `newsfacts worker` gives its flow runs, then Prefect's worker, to stop before SIGKILL",
    )

    @field_validator("languages")
    @classmethod
    def _language_codes(cls, value: str) -> str:
        """A comma list of two- or three-letter codes, lower case, at least one ("en", "en,fr")."""
        codes = list(dict.fromkeys(c.strip().lower() for c in value.split(",") if c.strip()))
        if not codes or not all(c.isalpha() and 2 <= len(c) <= 3 for c in codes):
            raise ValueError(f"{value!r} is not a comma list of ISO 639-1 codes such as 'en' or 'en,fr'")
        return ",".join(codes)


def get_settings() -> Settings:
    """The settings as the environment has them now."""
    return Settings()
