"""Reading a large WARC with bounded memory, and deduplicating what it holds.

Writes a synthetic crawl (gzip per record, like CC-NEWS) of about --size bytes into a temporary folder:
news-like HTML pages (English sentences made from a word list, with page furniture and ~20 KB of inline
script, as real pages carry), plus French pages, exact copies, near copies (one word changed), reworked
copies (new lead and a trailing paragraph), images and request records. Then measures, in this process:

  discover   scanning the WARC for its records (offsets only)
  read       each record read from its offset and turned into an `articles` row (trafilatura, cleaning,
             language identification): what the flow's read tasks do, in batches of --batch-size
  dedupe     exact copies, near copies and story ids (transforms/articles.DuplicateMarker): the rows'
             shingle sets are taken as each batch is read (timed here, not under read), then decided

and prints a table (seconds, articles per second, peak RSS after the stage) and writes
benchmarks/results/warc_read.json. Peak RSS is the process's high-water mark, so each stage's figure
includes the ones before it. By default a batch's rows are dropped once the marker has them, and only
their statuses are kept: reading streams. With --hold-rows every row (cleaned text, not the HTML) is kept,
as the flow keeps them for the articles table. The index's own memory (bytes per article) is reported
apart from RSS.

    python benchmarks/warc_read.py --size 1G          # the 1 GB case (about an hour on 2 cores)
    python benchmarks/warc_read.py --size 50M         # what the last recorded run used
"""

from __future__ import annotations

import argparse
import base64
import io
import json
import platform
import random
import resource
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from warcio.statusandheaders import StatusAndHeaders  # noqa: E402
from warcio.warcwriter import WARCWriter  # noqa: E402

from newsfacts.transforms.articles import DuplicateMarker, read_article  # noqa: E402
from newsfacts.transforms.reading import discover  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results" / "warc_read.json"
SEED = 17
# What the benchmark keeps of a row when the rows stream: enough for the statuses, reasons and stories.
SMALL = ("status", "reject_reason", "story_id")
ENGLISH = (
    "the minister said on Monday that officials would meet again next week to discuss the plan for water "
    "supplies in the northern region where families have waited for help since the storm damaged roads and "
    "bridges across the valley while local councils asked the government for more money to repair schools "
    "hospitals and power lines before winter and aid groups warned that prices of bread and fuel had risen "
    "sharply in recent months as trucks could not reach the markets in several towns near the border"
).split()
FRENCH = (
    "le ministre a déclaré lundi que les responsables se réuniraient de nouveau la semaine prochaine pour "
    "discuter du plan pour l'eau dans la région du nord où les familles attendent de l'aide depuis que la "
    "tempête a endommagé les routes et les ponts de la vallée tandis que les conseils locaux demandaient"
).split()
SCRIPT = "<script>" + "window.dataLayer=window.dataLayer||[];function track(e){dataLayer.push(e)}" * 280 + "</script>"


def sentence(rng: random.Random, words: list[str]) -> str:
    text = " ".join(rng.choice(words) for _ in range(rng.randint(12, 24)))
    return text[0].upper() + text[1:] + "."


def paragraphs(rng: random.Random, words: list[str]) -> list[str]:
    return [" ".join(sentence(rng, words) for _ in range(rng.randint(2, 4))) for _ in range(rng.randint(5, 9))]


def page(rng: random.Random, title: str, paras: list[str]) -> bytes:
    body = "".join(f"<p>{p}</p>" for p in paras)
    # Pages carry inline data that compresses like real pages do (a crawl's records are ~15-40 KB gzipped).
    blob = base64.b64encode(rng.randbytes(15_000)).decode("ascii")
    return (
        f"<!DOCTYPE html><html><head><title>{title}</title>{SCRIPT}"
        f"<script type='application/json'>{{\"state\": \"{blob}\"}}</script></head><body><nav><a href='/'>Home</a> "
        f"<a href='/world'>World</a></nav><article>{body}</article><footer><p>Share this article</p>"
        "</footer></body></html>"
    ).encode("utf-8")


def write_crawl(path: Path, size: int) -> Counter:
    """A WARC of about `size` bytes; returns how many records of each kind it holds."""
    rng = random.Random(SEED)
    kinds: Counter = Counter()
    stories: list[list[str]] = []
    http = lambda ctype: StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")  # noqa: E731
    with open(path, "wb") as handle:
        writer = WARCWriter(handle, gzip=True)
        n = 0
        while handle.tell() < size:
            n += 1
            roll = rng.random()
            if roll < 0.05:
                kind, paras = "french", paragraphs(rng, FRENCH)
            elif roll < 0.10 and stories:
                kind, paras = "exact_copy", rng.choice(stories)
            elif roll < 0.18 and stories:
                kind, paras = "near_copy", list(rng.choice(stories))
                paras[1] = paras[1].replace(" the ", " a ", 1)
            elif roll < 0.25 and stories:
                kind, paras = (
                    "reworked_copy",
                    [sentence(rng, ENGLISH)] + rng.choice(stories)[1:] + [sentence(rng, ENGLISH)],
                )
            elif roll < 0.27:
                kind, paras = "image", None
            else:
                kind, paras = "english", paragraphs(rng, ENGLISH)
                stories.append(paras)
                stories = stories[-200:]  # copies of recent stories, as a day's crawl has
            kinds[kind] += 1
            url = f"https://site{n % 50}.example/news/{n}"
            date = f"2024-03-{1 + n % 28:02d}T08:00:00Z"
            headers = {"WARC-Record-ID": f"<urn:uuid:{n:08d}-0000-0000-0000-000000000000>", "WARC-Date": date}
            writer.write_record(
                writer.create_warc_record(
                    url,
                    "request",
                    payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"),
                    warc_content_type="application/http; msgtype=request",
                    warc_headers_dict=dict(headers),
                )
            )
            headers["WARC-Record-ID"] = f"<urn:uuid:{n:08d}-0000-0000-0000-000000000001>"
            if paras is None:
                payload, ctype = b"\x89PNG\r\n\x1a\n" + rng.randbytes(4000), "image/png"
            else:
                payload, ctype = page(rng, f"Story {n}", paras), "text/html; charset=utf-8"
            writer.write_record(
                writer.create_warc_record(
                    url, "response", payload=io.BytesIO(payload), http_headers=http(ctype), warc_headers_dict=headers
                )
            )
    return kinds


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def parse_size(text: str) -> int:
    units = {"K": 1 << 10, "M": 1 << 20, "G": 1 << 30}
    text = text.strip().upper()
    return int(float(text[:-1]) * units[text[-1]]) if text[-1] in units else int(text)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="1G", help="WARC size to write, e.g. 200M or 1G (default: %(default)s)")
    parser.add_argument("--keep", help="write the WARC here and keep it (default: a temporary folder)")
    parser.add_argument("--batch-size", type=int, default=256, help="articles read at a time (the flow's default)")
    parser.add_argument("--hold-rows", action="store_true", help="keep every row, as the flow does for its tables")
    parser.add_argument("--json", default=str(RESULTS), help="where to write the results (default: %(default)s)")
    args = parser.parse_args(argv)
    size = parse_size(args.size)

    with tempfile.TemporaryDirectory(prefix="warc_read_") as tmp:
        path = Path(args.keep) if args.keep else Path(tmp) / "crawl.warc.gz"
        start = time.perf_counter()
        kinds = write_crawl(path, size)
        write_s = time.perf_counter() - start
        base_rss = peak_rss_mb()

        stages = []
        start, cpu = time.perf_counter(), cpu_seconds()
        items = discover([path])
        stages.append(("discover", time.perf_counter() - start, cpu_seconds() - cpu, len(items), peak_rss_mb()))

        marker = DuplicateMarker()
        kept: list = []  # the rows (--hold-rows), or each row's status and reason
        read_s = read_cpu = dedupe_s = dedupe_cpu = 0.0
        for first in range(0, len(items), args.batch_size):
            start, cpu = time.perf_counter(), cpu_seconds()
            rows = [read_article(item, max_bytes=10_000_000) for item in items[first : first + args.batch_size]]
            read_s, read_cpu = read_s + time.perf_counter() - start, read_cpu + cpu_seconds() - cpu
            start, cpu = time.perf_counter(), cpu_seconds()
            for row in rows:
                marker.add(row)
            dedupe_s, dedupe_cpu = dedupe_s + time.perf_counter() - start, dedupe_cpu + cpu_seconds() - cpu
            kept.extend(rows if args.hold_rows else ({k: r[k] for k in SMALL} for r in rows))
            del rows
        stages.append(("read", read_s, read_cpu, len(items), peak_rss_mb()))

        start, cpu = time.perf_counter(), cpu_seconds()
        for position, changes in marker.decide().items():
            kept[position].update((k, v) for k, v in changes.items() if k in SMALL or args.hold_rows)
        dedupe_s, dedupe_cpu = dedupe_s + time.perf_counter() - start, dedupe_cpu + cpu_seconds() - cpu
        rows = kept
        n_ok_before = sum(r["status"] in ("ok", "duplicate") for r in rows)
        stages.append(("dedupe", dedupe_s, dedupe_cpu, n_ok_before, peak_rss_mb()))
        index_bytes, store_bytes, indexed = marker.index_nbytes, marker.store_disk_bytes, marker.indexed
        marker.close()
        warc_bytes = path.stat().st_size

    statuses = Counter(r["status"] for r in rows)
    reasons = Counter(
        r["reject_reason"].split(" (")[0].split(" of ")[0] for r in rows if r["status"] != "ok" and r["reject_reason"]
    )
    stories = len({r["story_id"] for r in rows if r.get("story_id")})
    print(
        f"\nsynthetic WARC: {warc_bytes / 2**20:,.1f} MiB, {sum(kinds.values()):,} responses "
        f"({', '.join(f'{n} {k}' for k, n in sorted(kinds.items()))}), written in {write_s:.1f} s"
    )
    print(f"peak RSS before reading: {base_rss:,.0f} MiB\n")
    # Wall time on a shared machine depends on its load; CPU time is what the stage itself cost.
    print(
        f"{'stage':<10} {'wall s':>8} {'CPU s':>8} {'articles':>9} {'art/s wall':>11} {'art/s CPU':>10} {'peak RSS MiB':>13}"
    )
    for name, seconds, cpu, n, rss in stages:
        print(
            f"{name:<10} {seconds:>8.1f} {cpu:>8.1f} {n:>9,} {n / seconds if seconds else 0:>11,.1f} "
            f"{n / cpu if cpu else 0:>10,.1f} {rss:>13,.0f}"
        )
    print(
        f"index: {indexed:,} distinct texts, {index_bytes / max(indexed, 1):,.0f} bytes per article in memory, "
        f"shingles on disk {store_bytes / 2**20:,.1f} MiB; rows {'held' if args.hold_rows else 'streamed'}"
    )
    print(f"\nstatuses: {dict(sorted(statuses.items()))}; reasons: {dict(sorted(reasons.items()))}; stories: {stories}")

    result = {
        "size_requested_bytes": size,
        "warc_bytes": warc_bytes,
        "records": dict(sorted(kinds.items())),
        "write_seconds": round(write_s, 2),
        "peak_rss_mib_before": round(base_rss, 1),
        "stages": [
            {
                "stage": s,
                "wall_seconds": round(t, 2),
                "cpu_seconds": round(c, 2),
                "articles": n,
                "articles_per_wall_second": round(n / t, 1) if t else None,
                "articles_per_cpu_second": round(n / c, 1) if c else None,
                "peak_rss_mib": round(rss, 1),
            }
            for s, t, c, n, rss in stages
        ],
        "rows": "held" if args.hold_rows else "streamed",
        "batch_size": args.batch_size,
        "index": {
            "articles": indexed,
            "memory_bytes": index_bytes,
            "memory_bytes_per_article": round(index_bytes / max(indexed, 1), 1),
            "shingle_file_bytes": store_bytes,
        },
        "statuses": dict(sorted(statuses.items())),
        "reasons": dict(sorted(reasons.items())),
        "stories": stories,
        "machine": f"{platform.machine()}, {platform.python_version()}, shared 2-core machine",
    }
    Path(args.json).parent.mkdir(parents=True, exist_ok=True)
    Path(args.json).write_text(json.dumps(result, indent=2) + "\n")
    print(f"results: {args.json}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
