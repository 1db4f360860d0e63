"""Reading and writing the output tables: explicit schemas, atomic replacement, one layout."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from newsfacts.schema import SCHEMAS


def table_path(output: str | os.PathLike, name: str) -> Path:
    """Where a table lives in an output folder."""
    return Path(output) / f"{name}.parquet"


def write_table(output: str | os.PathLike, name: str, table: pa.Table) -> Path:
    """Write a table so that readers see either the old file or the whole new one, never a part."""
    path = table_path(output, name)
    path.parent.mkdir(parents=True, exist_ok=True)
    table = table.cast(SCHEMAS[name]) if name in SCHEMAS else table
    fd, tmp = tempfile.mkstemp(prefix=f".{name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        pq.write_table(table, tmp, compression="zstd")
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)
    return path


def read_table(output: str | os.PathLike, name: str) -> pd.DataFrame | None:
    """A table of an output folder as a DataFrame, or None when the run did not write it."""
    path = table_path(output, name)
    if not path.exists():
        return None
    return pq.read_table(path).to_pandas()
