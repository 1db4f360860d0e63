"""A store that grows: adding 1,000 newly parsed articles to stores of 10k, 100k, 1M articles' worth of rows.

Real extraction rows first: the 26 articles of seeds/ and the gold sets (benchmarks/heldout, blind2, blind3) are
parsed once with spaCy. A store of N articles is then made from them without spaCy: article i copies the rows
of template i % 26 under new ids (article, mention, figure, claim and event ids), a publication date spread
over 2019-2025 (84 monthly partitions), and person and organisation names varied (a syllable suffix on the last
word, one of about sqrt(N) variants per name), so that the store holds many distinct entities and sources as a
real one would. The 1,000 new articles are template texts with a line of their own added, read and parsed for
real, published in January 2026.

Each step runs in a process of its own (its peak RSS is that process's high-water mark):

  parse     read, clean, parse (spaCy) and extract the 1,000 new articles: "parsing the same 1,000 alone"
  build     the store of N articles: its extraction rows kept as the flow keeps them (_state/extracted parts),
            recorded as ingest batches of INGEST articles, then a FULL REBUILD of its tables from them (the
            batches replayed in order through newsfacts.store: resolve, partition, write): the rebuild time
  tile      (sizes above --base, 10,000) the store of N articles written directly as N / base copies of the
            replayed store of --base articles (newsfacts.store.tile): every id relabelled per copy, nothing
            resolved, so minutes instead of the hours a replay of 200 batches costs. It is not the store a replay
            would make: each copy keeps its own entities, clusters and discrepancy subjects where a replay would
            join the copies' same-named ones (more canonical rows than a replay, not fewer). From --lean-from
            (1,000,000) it writes only what the add reads: the canonical state, the corpus tables and the batch
            record, not the month partitions or resolved rows (the new articles' month is not in the store).
            No rebuild time for these sizes.
  add       the INCREMENTAL run's store side: the 1,000 new articles resolved as one batch against the store's
            canonical state and the partitions they touch written (newsfacts.store.add_batch); incremental
            time = parse + add; its CPU seconds are add_batch's own (`add_cpu_s`), beside the step's (`cpu_s`:
            with the imports, the copy of the store it adds to, `copy_cpu_s`, and reading the new rows)

Validation (Great Expectations) is not in any step: it is measured by the flow's own timings, not here.

    python benchmarks/store_scale.py --sizes 10000 100000 1000000 --reuse-parse --max-rss-gib 14
    python benchmarks/store_scale.py --sizes 10000 20000 --base 0   # replay every size (hours past 100,000)

Writes benchmarks/results/store_scale.json, store_scale.md and store_scale.png.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import pickle
import platform
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import zlib
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TEMPLATE_FOLDERS = ("seeds", "benchmarks/heldout/articles", "benchmarks/blind2/articles", "benchmarks/blind3/articles")
SYLLABLES = ("ka", "lo", "me", "su", "ri", "ta", "no", "vi", "de", "ba")
ID_FIELDS = {"mentions": "mention_id", "figures": "figure_id", "claims": "claim_id", "events": "event_id"}
PART_SIZE = 256  # articles per kept part, the flow's default batch size
INGEST = 5000  # articles per ingest batch of a synthetic store (the runs that built it)
START = dt.date(2019, 1, 1)
DAYS = (dt.date(2025, 12, 31) - START).days


def _peak_mib() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def _cpu_s() -> float:
    """CPU seconds of this step's process, all threads: on a shared machine, what the step cost regardless of load."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return round(usage.ru_utime + usage.ru_stime, 1)


# ------------------------------------------------------------------------------------------- templates
def _read(folder: Path) -> list[dict]:
    """`articles` rows of the input files of a folder (its manifest.csv, if any, gives their metadata)."""
    from newsfacts.settings import get_settings
    from newsfacts.transforms.articles import parse_languages, read_article
    from newsfacts.transforms.reading import discover

    settings = get_settings()
    items = discover([str(folder)], None)
    return [read_article(item, settings.max_bytes, parse_languages(settings.languages)) for item in items]


def _templates(work: Path) -> tuple[list[dict], dict[str, list[dict]]]:
    """The template articles and their real extraction rows (parsed once, then kept in the work folder)."""
    cache = work / "templates.pkl"
    if cache.exists():
        return pickle.loads(cache.read_bytes())
    from newsfacts.settings import get_settings
    from newsfacts.transforms.extract import extract_all

    articles = [a for folder in TEMPLATE_FOLDERS for a in _read(ROOT / folder) if a["status"] == "ok"]
    rows = extract_all(articles, get_settings().model, 1)
    cache.write_bytes(pickle.dumps((articles, rows)))
    return articles, rows


# ------------------------------------------------------------------------------------------- synthetic store
def _variant(word: str, article: int, variants: int) -> str:
    """A name's last word with one of `variants` syllable suffixes, picked by the word and the article."""
    v = zlib.crc32(f"{word}|{article}".encode()) % variants
    suffix = "".join(SYLLABLES[int(d)] for d in str(v))
    return word + suffix


def _vary_name(text: str | None, article: int, variants: int) -> str | None:
    """The last word varied when it is capitalised ("Mr. Blinken" -> "Mr. Blinkenlome"), else the text."""
    if not text:
        return text
    words = text.split(" ")
    if not words[-1][:1].isupper():
        return text
    return " ".join([*words[:-1], _variant(words[-1], article, variants)])


def synthetic_article(i: int, n: int, templates: list[dict], by_article: dict, variants: int) -> tuple[dict, dict]:
    """Article i of a store of n: its `articles` row and its extraction rows, from template i % len(templates)."""
    from newsfacts.schema import make_id

    template = templates[i % len(templates)]
    article_id = make_id("art", "synthetic", i)
    published = START + dt.timedelta(days=i * DAYS // max(n - 1, 1))
    article = {
        **template,
        "article_id": article_id,
        "source_path": f"synthetic/{i:07d}.txt",
        "content_sha256": make_id("sha", i),
        "published_at": published,
        "story_id": make_id("sty", i),
    }
    rows: dict[str, list[dict]] = {}
    for table, id_field in ID_FIELDS.items():
        out = []
        for row in by_article[table].get(template["article_id"], ()):
            new = {**row, "article_id": article_id, id_field: make_id(id_field[:3], i, row[id_field])}
            if table == "mentions" and row["label"] in ("PERSON", "ORG"):
                for field in ("text", "alias", "key_text", "same_as"):
                    new[field] = _vary_name(row.get(field), i, variants)
            elif table == "claims":
                new["speaker_text"] = _vary_name(row.get("speaker_text"), i, variants)
            elif table == "figures":
                new["source_text"] = _vary_name(row.get("source_text"), i, variants)
            elif table == "events":
                for field in ("actor", "counterpart"):
                    new[field] = _vary_name(row.get(field), i, variants)
            out.append(new)
        rows[table] = out
    rows["errors"] = []
    return article, rows


def _by_article(rows: dict[str, list[dict]]) -> dict[str, dict[str, list[dict]]]:
    out: dict[str, dict[str, list[dict]]] = {}
    for table in ID_FIELDS:
        grouped: dict[str, list[dict]] = {}
        for row in rows.get(table, ()):
            grouped.setdefault(row["article_id"], []).append(row)
        out[table] = grouped
    return out


# ------------------------------------------------------------------------------------------- steps
def step_parse(work: Path, n_new: int) -> dict:
    """Read, clean, parse and extract the new articles (files written beforehand by `prepare_new`)."""
    from newsfacts.settings import get_settings
    from newsfacts.transforms.extract import extract_all

    started = time.perf_counter()
    articles = [a for a in _read(work / "new") if a["status"] == "ok"]
    rows = extract_all(articles, get_settings().model, 1)
    seconds = time.perf_counter() - started
    (work / "new_rows.pkl").write_bytes(pickle.dumps((articles, rows)))
    return {"articles": len(articles), "seconds": round(seconds, 2), "peak_mib": _peak_mib(), "cpu_s": _cpu_s()}


def prepare_new(work: Path, n_new: int) -> None:
    """The new articles' files: template texts, each with a line of its own, and a manifest of their dates."""
    templates, _ = _templates(work)
    folder = work / "new"
    if folder.exists() and len(list(folder.glob("*.txt"))) == n_new:
        return
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    lines = ["path,published_at,outlet"]
    for k in range(n_new):
        template = templates[k % len(templates)]
        name = f"new_{k:05d}.txt"
        (folder / name).write_text(f"{template['text']}\n\nReport number {k} of the benchmark corpus.\n")
        lines.append(f"{name},2026-01-{1 + k % 28:02d},{template.get('outlet') or 'Benchmark Wire'}")
    (folder / "manifest.csv").write_text("\n".join(lines) + "\n")


def step_build(work: Path, n: int, ingest: int = INGEST) -> dict:
    """A store of n synthetic articles: kept extraction parts recorded as ingest batches of `ingest` articles,
    then a FULL REBUILD of its tables from them (the batches replayed in order: resolve, partition, write)."""
    from newsfacts.schema import make_id
    from newsfacts.storage import Output

    templates, template_rows = _templates(work)
    by_article = _by_article(template_rows)
    variants = max(2, int(n**0.5))
    store = work / f"store_{n}"
    shutil.rmtree(store, ignore_errors=True)
    out = Output(str(store))
    started = time.perf_counter()
    processed, batches = {}, []
    for first in range(0, n, ingest):
        parts = []
        for start in range(first, min(first + ingest, n), PART_SIZE):
            part_rows: dict[str, list[dict]] = {name: [] for name in (*ID_FIELDS, "errors")}
            part_articles = []
            for i in range(start, min(start + PART_SIZE, first + ingest, n)):
                article, rows = synthetic_article(i, n, templates, by_article, variants)
                part_articles.append(article)
                for name, table_rows in rows.items():
                    part_rows[name].extend(table_rows)
            part = make_id("part", "synthetic", start)
            part_rows["articles"] = part_articles  # the synthetic store keeps its articles rows beside the rows
            out.write_part(part, part_rows)
            processed.update({a["article_id"]: part for a in part_articles})
            parts.append(part)
        batches.append({"name": make_id("batch", "synthetic", first), "parts": parts})
    out.save_processed("synthetic", processed)
    out.write_text("_state/batches.json", json.dumps({"batches": batches}) + "\n")
    synth_seconds = time.perf_counter() - started
    result = rebuild(out)
    return {
        "size": n,
        "ingest_batches": len(batches),
        "synthesize_seconds": round(synth_seconds, 2),
        **result,
        "peak_mib": _peak_mib(),
        "cpu_s": _cpu_s(),
    }


def _batches(out) -> Iterator[tuple[str, list[dict], dict]]:
    """The store's ingest batches in order, each read from its kept parts when its turn comes."""
    for batch in json.loads(out.read_bytes("_state/batches.json"))["batches"]:
        articles: list[dict] = []
        rows: dict[str, list[dict]] = {name: [] for name in ID_FIELDS}
        for part in batch["parts"]:
            kept = out.read_part(part)
            articles.extend(kept["articles"])
            for name in ID_FIELDS:
                rows[name].extend(kept[name])
        yield batch["name"], articles, rows


def rebuild(out) -> dict:
    """The store side of a full rebuild: the recorded batches replayed from an empty canonical state."""
    from newsfacts.store import rebuild as replay

    started = time.perf_counter()
    _, got = replay(out, _batches(out))
    return {"seconds": round(time.perf_counter() - started, 2), **_result(out, got)}


def _result(out, got: dict) -> dict:
    from newsfacts.schema import TABLES

    import pyarrow.parquet as pq

    rows = {}
    for name in TABLES:
        folder = Path(out.path(out.dataset(name)))
        rows[name] = (
            sum(pq.ParquetFile(f).metadata.num_rows for f in folder.glob("*.parquet")) if folder.exists() else 0
        )
    return {"stages": {k: round(v, 2) for k, v in got["timings"].items()}, "rows": rows, "files": got["files"]}


def step_tile(work: Path, n: int, base: int, rows: int = 1) -> dict:
    """A store of n articles written directly as n // base copies of the replayed store of `base` articles
    (newsfacts.store.tile: ids relabelled per copy, nothing resolved): the way to a store of 1,000,000 here,
    where a replay of its 200 batches costs hours. Not the store a replay would make (see `tile`)."""
    from newsfacts.storage import Output
    from newsfacts.store import tile

    if n % base:
        raise SystemExit(f"a tiled store's size ({n}) must be a multiple of the base ({base})")
    store = work / f"store_{n}"
    shutil.rmtree(store, ignore_errors=True)
    got = tile(Output(str(work / f"store_{base}")), Output(str(store)), n // base, rows=bool(rows))
    out = Output(str(store))
    rows = _result(out, {"timings": {}, "files": {}})["rows"]
    return {"size": n, "tiled_from": base, **got, "rows": rows, "peak_mib": _peak_mib(), "cpu_s": _cpu_s()}


def step_add(work: Path, n: int) -> dict:
    """The incremental run's store side: the new articles' rows resolved against the store's canonical state
    and the partitions they touch written (the store's other rows are neither read nor resolved)."""
    from newsfacts.schema import make_id
    from newsfacts.storage import Output
    from newsfacts.store import add_batch

    store, copy = work / f"store_{n}", work / f"store_{n}_add{os.getpid()}"  # its own copy: adds may run side by side
    shutil.rmtree(copy, ignore_errors=True)
    setup_cpu, setup_wall = _cpu_s(), time.perf_counter()
    shutil.copytree(store, copy)  # the built store stays as it is for another try
    copy_cpu, copy_wall = _cpu_s() - setup_cpu, time.perf_counter() - setup_wall
    started = time.perf_counter()
    articles, rows = pickle.loads((work / "new_rows.pkl").read_bytes())
    out = Output(str(copy))
    before = _cpu_s()  # imports, the copy and reading the new rows: the benchmark's setup, not the user's add
    _, got = add_batch(out, make_id("batch", "new", n), articles, {k: rows[k] for k in ID_FIELDS})
    result = {
        "size": n,
        "seconds": round(time.perf_counter() - started, 2),
        **_result(out, got),
        "peak_mib": _peak_mib(),
        "cpu_s": _cpu_s(),  # the whole step: with imports, the copy of the store and reading the new rows
        "add_cpu_s": round(_cpu_s() - before, 1),  # add_batch alone: what an incremental run's store side costs
        "copy_cpu_s": round(copy_cpu, 1),
        "copy_seconds": round(copy_wall, 2),
    }
    shutil.rmtree(copy, ignore_errors=True)
    return result


def _run_step(args: list[str], max_rss_mib: float) -> dict:
    """A step in a process of its own; its last line of output is its result (JSON). Its RSS and the machine's
    load average are sampled every 2 s; past `max_rss_mib` it is stopped (the machine is shared) and the
    result says so."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with tempfile.TemporaryFile("w+") as stdout, tempfile.TemporaryFile("w+") as stderr:
        proc = subprocess.Popen([sys.executable, __file__, "_step", *args], stdout=stdout, stderr=stderr, env=env)
        loads, rss, started = [], 0.0, time.perf_counter()
        while proc.poll() is None:
            time.sleep(2)
            loads.append(os.getloadavg()[0])
            rss = max(rss, _rss_mib(proc.pid))
            if rss > max_rss_mib:
                proc.kill()
                proc.wait()
                return {
                    "stopped": f"RSS passed {max_rss_mib:,.0f} MiB after {time.perf_counter() - started:.0f} s",
                    "load": _load_summary(loads),
                }
        stdout.seek(0)
        stderr.seek(0)
        if proc.returncode != 0:
            raise SystemExit(f"step {' '.join(args)} failed (exit {proc.returncode}):\n{stderr.read()[-4000:]}")
        return {**json.loads(stdout.read().strip().splitlines()[-1]), "load": _load_summary(loads)}


def _code() -> str:
    """The commit the measured code is at (a snapshot's SNAPSHOT file, else git)."""
    snapshot = ROOT / "SNAPSHOT"
    if snapshot.exists():
        return snapshot.read_text().strip()
    found = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True, text=True)
    return found.stdout.strip() or "unknown"


def _rss_mib(pid: int) -> float:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def _load_summary(loads: list[float]) -> dict:
    """The 1-minute load average during a step: mean and range of the samples."""
    if not loads:
        return {}
    return {"mean": round(sum(loads) / len(loads), 1), "min": round(min(loads), 1), "max": round(max(loads), 1)}


# ------------------------------------------------------------------------------------------- report
def write_results(results: dict, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "store_scale.json").write_text(json.dumps(results, indent=2) + "\n")
    parse = results["parse"]
    lines = [
        f"# Store scale ({results['machine']}, {results['date']})",
        "",
        f"Parsing the {parse['articles']} new articles alone: {parse['seconds']} s ({parse.get('cpu_s', '-')} CPU s), "
        f"peak {parse['peak_mib']} MiB.",
        "Incremental = parse + the store side of adding them (load the canonical state, resolve the new batch against",
        "it, write the partitions it touches); rebuild = the store side of a full rebuild: the store's ingest batches",
        "replayed in order from their kept extraction rows (no re-parse). Validation not included.",
        "The CPU ratio counts add_batch's own CPU seconds; the add step's also count its imports, the copy of the",
        "store it adds to (so that the built store stays for another try) and reading the new rows.",
        "",
        "| store (articles) | rows (mentions) | incremental s | × parse alone | × parse alone, CPU s | "
        "add: load / resolve / write s | "
        "add peak MiB | add CPU s: add_batch / step (with the store's copy) | partition files written / unchanged | "
        "built by | build s | build peak MiB |",
        "|---:|---:|---:|---:|---:|---|---:|---:|---|---|---:|---:|",
    ]
    for size in results["sizes"]:
        b, a = results["build"][str(size)], results["add"].get(str(size))
        if "stopped" in b or a is None or "stopped" in a:
            why = b.get("stopped") or (a or {}).get("stopped") or "not run"
            lines.append(f"| {size:,} | - | - | - | - | stopped: {why} | - | - | - | - | - | - |")
            continue
        incremental = parse["seconds"] + a["seconds"]
        st = a["stages"]
        built = f"tiled: {b['copies']} copies of {b['tiled_from']:,}" if "tiled_from" in b else "full rebuild (replay)"
        mentions = f"{b['rows']['mentions']:,}" if b.get("rows_written", True) else "(not written)"
        add_cpu = a.get("add_cpu_s", a.get("cpu_s"))  # add_batch's own, not the step's copy of the store
        by_cpu = (parse["cpu_s"] + add_cpu) / parse["cpu_s"] if parse.get("cpu_s") and add_cpu else None
        lines.append(
            f"| {size:,} | {mentions} | {incremental:.1f} | {incremental / parse['seconds']:.2f} | "
            f"{'-' if by_cpu is None else f'{by_cpu:.2f}'} | "
            f"{st['load']:.2f} / {st['resolve']:.2f} / {st['write']:.2f} | {a['peak_mib']:,.0f} | "
            f"{add_cpu or '-'} / {a.get('cpu_s', '-')} | {a['files']['written']} / {a['files']['unchanged']} | {built} | "
            f"{b['seconds']:.1f} | {b['peak_mib']:,.0f} |"
        )
    lines += ["", "Load average (1 min) of the machine during each step: mean (min-max); 2 CPUs.", ""]
    for step in ("parse", *(f"{k} {size:,}" for size in results["sizes"] for k in ("build", "add"))):
        name, _, size = step.partition(" ")
        got = results["parse"] if name == "parse" else results[name].get(size.replace(",", ""), {})
        load = got.get("load") or {}
        if load:
            lines.append(f"- {step}: {load['mean']} ({load['min']}-{load['max']})")
    lines += ["", *results.get("notes", [])]
    (folder / "store_scale.md").write_text("\n".join(lines) + "\n")
    try:
        import matplotlib

        matplotlib.use("Agg")
        import matplotlib.pyplot as plt
    except ImportError:
        print("matplotlib is not installed (the bench extra): no PNG written")
        return
    sizes = [s for s in results["sizes"] if "seconds" in results["add"].get(str(s), {})]
    if not sizes:
        return
    fig, (left, right) = plt.subplots(1, 2, figsize=(10, 4))
    left.plot(sizes, [parse["seconds"] + results["add"][str(s)]["seconds"] for s in sizes], "o-", label="incremental")
    replayed = [s for s in sizes if "tiled_from" not in results["build"][str(s)]]  # tiled stores had no rebuild
    left.plot(
        replayed, [results["build"][str(s)]["seconds"] for s in replayed], "s-", label="full rebuild (store side)"
    )
    left.axhline(parse["seconds"], color="grey", ls="--", label="parse 1,000 alone")
    left.axhline(1.5 * parse["seconds"], color="red", ls=":", label="target 1.5 × parse")
    left.set(xscale="log", yscale="log", xlabel="store size (articles)", ylabel="seconds")
    left.legend(fontsize=8)
    right.plot(
        sizes, [max(results["add"][str(s)]["peak_mib"], parse["peak_mib"]) for s in sizes], "o-", label="incremental"
    )
    right.plot(replayed, [results["build"][str(s)]["peak_mib"] for s in replayed], "s-", label="full rebuild")
    right.axhline(3 * 1024, color="red", ls=":", label="target 3 GB")
    right.set(xscale="log", yscale="log", xlabel="store size (articles)", ylabel="peak RSS (MiB)")
    right.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(folder / "store_scale.png", dpi=110)


def main(argv: list[str]) -> int:
    if argv[:1] == ["_step"]:
        work, name, n = Path(argv[2]), argv[1], int(argv[3])
        step = {"parse": step_parse, "build": step_build, "add": step_add, "tile": step_tile}[name]
        print(json.dumps(step(work, n, *map(int, argv[4:]))))
        return 0
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--new", type=int, default=1000, help="newly parsed articles added to each store")
    parser.add_argument("--work", type=Path, default=Path("/tmp/newsfacts-store-scale"))
    parser.add_argument("--results", type=Path, default=ROOT / "benchmarks" / "results")
    parser.add_argument("--keep", action="store_true", help="keep the built stores in --work")
    parser.add_argument(
        "--reuse-parse", action="store_true", help="keep the parse step and other sizes of the last results"
    )
    parser.add_argument("--max-rss-gib", type=float, default=10.0, help="stop a step whose RSS passes this")
    parser.add_argument(
        "--base",
        type=int,
        default=10_000,
        help="sizes above this (its multiples) are tiled from the replayed store of this size; 0: replay every size",
    )
    parser.add_argument(
        "--lean-from",
        type=int,
        default=1_000_000,
        help="tiled stores of this size and more hold the canonical state and corpus tables only (no month "
        "partitions, no resolved rows: the add of articles of another month reads neither)",
    )
    args = parser.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    limit = args.max_rss_gib * 1024
    _templates(args.work)
    prepare_new(args.work, args.new)
    results: dict = {
        "machine": f"{platform.machine()}, {os.cpu_count()} CPUs",
        "date": time.strftime("%Y-%m-%d"),
        "sizes": args.sizes,
        "new": args.new,
        "build": {},
        "add": {},
    }
    previous = args.results / "store_scale.json"
    if args.reuse_parse and previous.exists() and (args.work / "new_rows.pkl").exists():
        kept = json.loads(previous.read_text())
        if kept.get("new") == args.new:  # the same new articles: keep their parse and the sizes measured before
            results["parse"] = kept["parse"]
            for kind in ("build", "add"):
                results[kind] = {k: v for k, v in kept[kind].items() if int(k) not in args.sizes}
            results["sizes"] = sorted({*map(int, results["build"]), *args.sizes})
    code = _code()  # the commit measured, asked of git once
    if "parse" not in results:
        results["parse"] = {**_run_step(["parse", str(args.work), str(args.new)], limit), "code": code}
    print(f"parse {args.new} new articles: {results['parse']}", flush=True)
    base_built = False
    for size in args.sizes:
        if args.base and size > args.base:
            if not base_built and not (args.work / f"store_{args.base}").exists():
                got = {**_run_step(["build", str(args.work), str(args.base)], limit), "code": code}
                results["build"].setdefault(str(args.base), got)
                print(f"build + full rebuild {args.base:,} (the base of the tiled stores): {got}", flush=True)
            base_built = True
            step = ["tile", str(args.work), str(size), str(args.base), str(int(size < args.lean_from))]
        else:
            step = ["build", str(args.work), str(size)]
        results["build"][str(size)] = {**_run_step(step, limit), "code": code}
        print(f"{step[0]} {size:,}: {results['build'][str(size)]}", flush=True)
        if "stopped" not in results["build"][str(size)]:
            results["add"][str(size)] = {**_run_step(["add", str(args.work), str(size)], limit), "code": code}
            print(f"add {args.new} to {size:,}: {results['add'][str(size)]}", flush=True)
        if not args.keep and size != args.base:
            shutil.rmtree(args.work / f"store_{size}", ignore_errors=True)
        done = dict(results, sizes=[s for s in results["sizes"] if str(s) in results["build"]])
        write_results(done, args.results)  # after each size: a long run killed later keeps what it measured
    if not args.keep:
        shutil.rmtree(args.work / f"store_{args.base}", ignore_errors=True)
    print((args.results / "store_scale.md").read_text())
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
