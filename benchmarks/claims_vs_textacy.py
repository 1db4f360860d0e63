"""Direct quotes found by textacy's `direct_quotations` beside newsfacts' claims, scored on the gold's direct quotes.

Usage: .venv/bin/python benchmarks/claims_vs_textacy.py [--articles DIR --gold FILE] [--output RUN_DIR]
"""

from __future__ import annotations

import sys
from importlib.metadata import version
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script from anywhere: the project's packages import
    sys.path.insert(0, str(ROOT))

from benchmarks.peers import by_article, load_inputs, parse_peer_args, save_results, timed  # noqa: E402
from newsfacts.evaluate import _Names, _score_table, _Tally  # noqa: E402
from newsfacts.transforms.claims import extract_claims  # noqa: E402
from newsfacts.transforms.nlp import load_model  # noqa: E402

NAME = "claims_vs_textacy"  # the default JSON is benchmarks/results/<NAME>_<set>.json
DESCRIPTION = (  # --help's text
    "Score textacy's direct_quotations and newsfacts' direct_quote claims against the gold's "
    "direct quotes, by the claim rules of newsfacts.evaluate; print them side by side, write JSON."
)
TABLE = "claims"
KIND = "direct_quote"  # the only kind textacy extracts; gold and our rows are narrowed to it
SCORED_FIELDS = ("speaker",)  # kind is direct_quote on both sides, so only the speaker is compared


# ---------------------------------------------------------------- textacy


def triple_to_claim(triple: Any, article_id: str) -> dict:
    """One textacy DQTriple as a claim record: speaker tokens joined in text order, pronouns left as they are."""
    speaker = " ".join(tok.text for tok in sorted(triple.speaker, key=lambda t: t.i)) or None
    cue = " ".join(tok.text for tok in sorted(triple.cue, key=lambda t: t.i)) or None
    content = triple.content
    return {
        "article_id": article_id,
        "kind": KIND,
        "speaker": speaker,
        "cue": cue,
        "content": content.text,
        "start_char": content.start_char,
        "end_char": content.end_char,
    }


def textacy_claims(docs: dict[str, Any]) -> tuple[list[dict], dict[str, str]]:
    """Claim records of every Doc, and the articles where textacy gave up (id -> error): 0 found there."""
    from textacy.extract.triples import direct_quotations

    rows, failed = [], {}
    for article_id, doc in docs.items():
        try:
            rows.extend(triple_to_claim(t, article_id) for t in direct_quotations(doc))
        except ValueError as exc:  # an odd number of quotation marks: textacy bails out on the whole Doc
            failed[article_id] = str(exc)
    return rows, failed


# ---------------------------------------------------------------- scoring


def direct_quotes(items: list[dict]) -> list[dict]:
    """The items whose kind is (or, for a gold list, allows) direct_quote."""

    def allows(kind: Any) -> bool:
        return kind == KIND or (isinstance(kind, (list, tuple)) and KIND in kind)

    return [item for item in items if isinstance(item, dict) and allows(item.get("kind"))]


def score(
    gold: dict, names: _Names, files: dict[str, dict[str, str]], predictions: Callable[[list[str]], list[dict]]
) -> dict:
    """Precision, recall, F1 and speaker accuracy on gold direct quotes, by newsfacts.evaluate's claim rules."""
    tally, misses = _Tally(), []
    for article in gold["articles"]:
        golds = direct_quotes(article.get(TABLE) or [])
        ids = list(files[str(article.get("file") or "")])
        entry = _score_table(TABLE, golds, predictions(ids), names, tally)
        misses.append({"file": article.get("file"), **entry})
    return {**tally.report(True, SCORED_FIELDS), "misses": misses}


# ---------------------------------------------------------------- table


def _cell(value: float | None, spec: str = ".3f") -> str:
    """A rate or a time; '-' where there is none."""
    return "-" if value is None else format(value, spec)


def format_table(tools: dict[str, dict]) -> list[str]:
    """Side by side: one column per tool, one line per measure."""
    width = max(14, *(len(n) + 2 for n in tools))
    rows = [
        ("predicted", lambda t: str(t["tp"] + t["fp"] + t["optional_matched"])),
        ("tp / fp / fn / opt", lambda t: f"{t['tp']}/{t['fp']}/{t['fn']}/{t['optional_matched']}"),
        ("precision", lambda t: _cell(t["precision"])),
        ("recall", lambda t: _cell(t["recall"])),
        ("F1", lambda t: _cell(t["f1"])),
        (
            "speaker acc",
            lambda t: (
                f"{_cell(t['fields']['speaker']['accuracy'])} "
                f"({t['fields']['speaker']['correct']}/{t['fields']['speaker']['total']})"
            ),
        ),
        ("articles failed", lambda t: str(len(t["failed"]))),
        ("seconds", lambda t: _cell(t["seconds"], ".4f")),
    ]
    lines = [f"{'':<22}" + "".join(n.rjust(width) for n in tools)]
    lines += [f"{label:<22}" + "".join(cell(t).rjust(width) for t in tools.values()) for label, cell in rows]
    return lines


# ---------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    """Run both tools over the same parsed Docs, score them alike, print the table and write JSON."""
    args = parse_peer_args(DESCRIPTION, NAME, argv)
    gold, names, output_dir, run_json, output, files, texts, missing = load_inputs(args)

    nlp = load_model()
    docs, parse_seconds = timed(lambda: dict(zip(texts, nlp.pipe(texts.values()))), args.repeats)
    (t_rows, failed), t_seconds = timed(lambda: textacy_claims(docs), args.repeats)
    _, n_seconds = timed(lambda: [list(extract_claims(doc, i)) for i, doc in docs.items()], args.repeats)
    file_of = {i: f for f, found in files.items() for i in found}

    tools = {
        "textacy": {
            **score(gold, names, files, by_article(t_rows)),
            "seconds": t_seconds,
            "failed": {file_of[i]: error for i, error in failed.items()},
        },
        "newsfacts": {
            **score(gold, names, files, lambda ids: direct_quotes(output.predictions(TABLE, ids))),
            "seconds": n_seconds,
            "failed": {},
        },
    }
    words = sum(len(t.split()) for t in texts.values())
    quotes = [q for a in gold["articles"] for q in direct_quotes(a.get(TABLE) or [])]
    n_gold, n_optional = len(quotes), sum(q.get("optional") is True for q in quotes)
    print(
        f"direct quotes: {n_gold} in gold ({n_optional} optional) over {len(files)} articles "
        f"({words:,} words), gold {args.gold}"
    )
    print("\n".join(format_table(tools)))
    for file, error in tools["textacy"]["failed"].items():
        print(f"textacy failed on {file} (counted as 0 found): ValueError: {error[:80]}...")
    print(
        f"\nseconds: median of {args.repeats} over the same spaCy Docs (parsing them: {parse_seconds:.4f} s); "
        f"textacy = extract.triples.direct_quotations; newsfacts = transforms.claims.extract_claims, which "
        f"also finds indirect and according-to claims. run.json extract stage (all four extractors): "
        f"{(run_json.get('stages') or {}).get('extract')} s."
    )
    ratio = t_seconds / n_seconds if n_seconds else None
    print(f"textacy / newsfacts time: {_cell(ratio, '.2f')}")

    payload = {
        "gold": str(args.gold),
        "articles": str(args.articles),
        "output": str(output_dir),
        "gold_articles": len(files),
        "gold_direct_quotes": n_gold,
        "gold_direct_quotes_optional": n_optional,
        "missing_articles": missing,
        "words": words,
        "versions": {"textacy": version("textacy"), "spacy": version("spacy")},
        "timing": {
            "repeats": args.repeats,
            "spacy_parse": parse_seconds,
            "textacy_direct_quotations": t_seconds,
            "newsfacts_extract_claims": n_seconds,
            "textacy_over_newsfacts": ratio,
            "run_json_extract_stage": (run_json.get("stages") or {}).get("extract"),
        },
        "tools": tools,
    }
    return save_results(args, NAME, payload)


if __name__ == "__main__":
    sys.exit(main())
