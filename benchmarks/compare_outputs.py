"""Compare two output folders of `newsfacts run` table by table, as Arrow tables.

    python benchmarks/compare_outputs.py OLD_DIR NEW_DIR [--show N]

Every `*.parquet` table in either folder is read with pyarrow and compared row by row (a row is the
tuple of its values, so column order inside a schema does not matter, but names and types do).
Run metadata (run.json, the validation folder with its timings, the lock and `_state`) is not a
table and is left out. Prints one line per table: rows in old and new, rows only in old, rows only
in new; with `--show N`, up to N of those rows per table as well. Exits 1 when any table differs, 0 when
all are identical.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pyarrow.parquet as pq


def _rows(path: Path) -> tuple[list[str], Counter]:
    """Column names (sorted) and the multiset of rows of one Parquet table."""
    table = pq.read_table(path)
    names = sorted(table.column_names)
    table = table.select(names)
    columns = [table.column(n).to_pylist() for n in names]
    rows = Counter(repr(row) for row in zip(*columns))
    return names, rows


def compare(old_dir: Path, new_dir: Path, show: int = 0) -> list[tuple[str, int, int, int, int, str]]:
    """Per table: name, rows old, rows new, rows only in old, rows only in new, a note (with up to `show`
    differing rows, as column=value lines)."""
    names = sorted({p.name for p in old_dir.glob("*.parquet")} | {p.name for p in new_dir.glob("*.parquet")})
    out = []
    for name in names:
        old, new = old_dir / name, new_dir / name
        if not old.exists() or not new.exists():
            present = old if old.exists() else new
            n = pq.read_metadata(present).num_rows
            out.append(
                (
                    name,
                    n if old.exists() else 0,
                    n if new.exists() else 0,
                    0,
                    0,
                    "missing in " + ("new" if old.exists() else "old"),
                )
            )
            continue
        old_cols, old_rows = _rows(old)
        new_cols, new_rows = _rows(new)
        note = "" if old_cols == new_cols else f"columns differ: {sorted(set(old_cols) ^ set(new_cols))}"
        if show and old_cols == new_cols:
            for side, rows in (("old", old_rows - new_rows), ("new", new_rows - old_rows)):
                for row in sorted(rows)[:show]:
                    note += f"\n    only {side}: {row}"
        only_old = sum((old_rows - new_rows).values())
        only_new = sum((new_rows - old_rows).values())
        out.append((name, sum(old_rows.values()), sum(new_rows.values()), only_old, only_new, note))
    return out


def main(argv: list[str]) -> int:
    show = 0
    if "--show" in argv:
        at = argv.index("--show")
        show = int(argv[at + 1])
        argv = argv[:at] + argv[at + 2 :]
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[2].strip(), file=sys.stderr)
        return 2
    old_dir, new_dir = Path(argv[0]), Path(argv[1])
    results = compare(old_dir, new_dir, show)
    print(f"{'table':<24}{'old':>8}{'new':>8}{'only old':>10}{'only new':>10}  note")
    differ = False
    for name, n_old, n_new, only_old, only_new, note in results:
        differ |= bool(only_old or only_new or note)
        print(f"{name.removesuffix('.parquet'):<24}{n_old:>8}{n_new:>8}{only_old:>10}{only_new:>10}  {note}")
    print("identical" if not differ else "DIFFERENT")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
