"""Figures found by quantulum3 beside newsfacts' `figures` table, scored against one gold file by the same rules.

Usage: .venv/bin/python benchmarks/figures_vs_quantulum.py [--articles DIR --gold FILE] [--output RUN_DIR]
"""

from __future__ import annotations

import re
import sys
from importlib.metadata import version
from pathlib import Path
from typing import Any, Callable

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script from anywhere: the project's packages import
    sys.path.insert(0, str(ROOT))

from benchmarks.peers import (  # noqa: E402 (after the sys.path line above)
    REPEATS,
    by_article,
    load_inputs,
    parse_peer_args,  # noqa: E402
    save_results,
    timed,
)
from newsfacts.evaluate import FIELDS, _Names, _score_table, _Tally  # noqa: E402
from newsfacts.transforms.figures import extract_figures  # noqa: E402
from newsfacts.transforms.nlp import load_model  # noqa: E402
from newsfacts.transforms.spans import fold  # noqa: E402

NAME = "figures_vs_quantulum"  # the default JSON is benchmarks/results/<NAME>_<set>.json
DESCRIPTION = (  # --help's text
    "Score quantulum3 and newsfacts' figures table against the same gold file, by the figure "
    "rules of newsfacts.evaluate; print them side by side and write JSON."
)
TABLE = "figures"
# A hedge word in quantulum's surface gives the guideline's qualifier (GUIDELINE.md, "Figures").
# quantulum keeps few hedges in its surface ("about 251" comes back as "251"), so most stay `exact`.
HEDGE_QUALIFIERS = {
    "about": "approximate",
    "around": "approximate",
    "some": "approximate",
    "roughly": "approximate",
    "nearly": "approximate",
    "almost": "approximate",
    "approximately": "approximate",
    "over": "more_than",
    "more than": "more_than",
    "topped": "more_than",
    "exceeded": "more_than",
    "at least": "at_least",
    "less than": "less_than",
    "fewer than": "less_than",
    "under": "less_than",
    "up to": "at_most",
    "no more than": "at_most",
    "at most": "at_most",
}
_HEDGE = re.compile(r"\b(" + "|".join(sorted(map(re.escape, HEDGE_QUALIFIERS), key=len, reverse=True)) + r")\b")
# (label, report key) of the printed rates, then the field accuracies.
RATE_COLUMNS = (("precision", "precision"), ("recall", "recall"), ("F1", "f1"))
FIELD_COLUMNS = (("qualifier acc", "qualifier"), ("category acc", "category"), ("source acc", "source"))


# ---------------------------------------------------------------- quantulum


def load_quantulum() -> Callable[[str], list]:
    """quantulum3's parser with its unit classifier off (its pickle fails with current scikit-learn)."""
    import quantulum3.classifier

    quantulum3.classifier.USE_CLF = False
    from quantulum3 import parser

    return parser.parse


def quantity_to_figure(quantity: Any, article_id: str) -> dict:
    """One quantulum Quantity as a figure record: its surface and value; no category or source to give."""
    surface = str(quantity.surface)
    value = float(quantity.value)
    hedge = _HEDGE.search(fold(surface))
    if quantity.uncertainty:  # "between 10 and 20", "10-20": quantulum gives the midpoint +/- half the width
        qualifier = "range"
        lower, upper = value - quantity.uncertainty, value + quantity.uncertainty
    elif hedge:
        qualifier = HEDGE_QUALIFIERS[hedge.group(1)]
        lower = value if qualifier in ("more_than", "at_least") else None
        upper = value if qualifier in ("less_than", "at_most") else None
    else:
        qualifier, lower, upper = "exact", value, value
    unit = quantity.unit.name if quantity.unit.name != "dimensionless" else None
    return {
        "article_id": article_id,
        "text": surface,
        "value": value,
        "lower": lower,
        "upper": upper,
        "qualifier": qualifier,
        "unit": unit,
        "category": None,
        "source_name": None,
        "start_char": quantity.span[0],
        "end_char": quantity.span[1],
    }


def quantulum_figures(parse: Callable[[str], list], texts: dict[str, str]) -> list[dict]:
    """Figure records of every article's text, in text order."""
    rows = []
    for article_id, text in texts.items():
        rows.extend(quantity_to_figure(q, article_id) for q in parse(text))
    return sorted(rows, key=lambda r: (r["article_id"], r["start_char"]))


# ---------------------------------------------------------------- newsfacts


def time_newsfacts(texts: dict[str, str], repeats: int = REPEATS) -> dict[str, float]:
    """Median seconds of spaCy parsing the texts, and of `extract_figures` over the already parsed Docs."""
    nlp = load_model()
    docs, parse_seconds = timed(lambda: dict(zip(texts, nlp.pipe(texts.values()))), repeats)
    _, figure_seconds = timed(lambda: [list(extract_figures(doc, i)) for i, doc in docs.items()], repeats)
    return {"spacy_parse": parse_seconds, "extract_figures": figure_seconds}


# ---------------------------------------------------------------- scoring


def score(
    gold: dict, names: _Names, files: dict[str, dict[str, str]], predictions: Callable[[list[str]], list[dict]]
) -> dict:
    """Precision, recall, F1 and field accuracies of one tool's figures, by newsfacts.evaluate's rules."""
    tally, misses = _Tally(), []
    for article in gold["articles"]:
        golds = [g for g in (article.get(TABLE) or []) if isinstance(g, dict)]
        ids = list(files[str(article.get("file") or "")])
        entry = _score_table(TABLE, golds, predictions(ids), names, tally)
        misses.append({"file": article.get("file"), **entry})
    return {**tally.report(True, FIELDS[TABLE]), "misses": misses}


# ---------------------------------------------------------------- table


def _cell(value: float | None, spec: str = ".3f") -> str:
    """A rate or a time; '-' where there is none."""
    return "-" if value is None else format(value, spec)


def format_table(tools: dict[str, dict]) -> list[str]:
    """Side by side: one column per tool, one line per measure."""
    names = list(tools)
    width = max(14, *(len(n) + 2 for n in names))
    lines = [f"{'':<22}" + "".join(n.rjust(width) for n in names)]
    lines.append(
        f"{'predicted':<22}"
        + "".join(str(t["tp"] + t["fp"] + t["optional_matched"]).rjust(width) for t in tools.values())
    )
    lines.append(
        f"{'tp / fp / fn / opt':<22}"
        + "".join(f"{t['tp']}/{t['fp']}/{t['fn']}/{t['optional_matched']}".rjust(width) for t in tools.values())
    )
    for label, key in RATE_COLUMNS:
        lines.append(f"{label:<22}" + "".join(_cell(t[key]).rjust(width) for t in tools.values()))
    for label, key in FIELD_COLUMNS:
        cells = []
        for t in tools.values():
            acc = t["fields"][key]
            cells.append(f"{_cell(acc['accuracy'])} ({acc['correct']}/{acc['total']})")
        lines.append(f"{label:<22}" + "".join(c.rjust(width) for c in cells))
    lines.append(f"{'seconds':<22}" + "".join(_cell(t["seconds"], ".4f").rjust(width) for t in tools.values()))
    return lines


# ---------------------------------------------------------------- main


def main(argv: list[str] | None = None) -> int:
    """Run both tools over the gold articles, score them alike, print the table and write JSON."""
    args = parse_peer_args(DESCRIPTION, NAME, argv)
    gold, names, output_dir, run_json, output, files, texts, missing = load_inputs(args)

    parse = load_quantulum()
    parse("warm-up: 3 people")  # the first call loads quantulum's unit tables
    q_rows, q_seconds = timed(lambda: quantulum_figures(parse, texts), args.repeats)
    ours = time_newsfacts(texts, args.repeats)

    tools = {
        "quantulum3": {**score(gold, names, files, by_article(q_rows)), "seconds": q_seconds},
        "newsfacts": {
            **score(gold, names, files, lambda ids: output.predictions(TABLE, ids)),
            "seconds": ours["extract_figures"],
        },
    }
    words = sum(len(t.split()) for t in texts.values())
    print(f"figures: {len(files)} gold articles ({words:,} words), gold {args.gold}")
    print("\n".join(format_table(tools)))
    stages = run_json.get("stages") or {}
    print(
        f"\nseconds: quantulum3 = parser.parse over the texts; newsfacts = transforms.figures.extract_figures "
        f"over Docs already parsed by spaCy (parsing them: {ours['spacy_parse']:.4f} s; median of "
        f"{args.repeats}). run.json extract stage (all four extractors): {stages.get('extract')} s."
    )
    q_over_n = q_seconds / ours["extract_figures"] if ours["extract_figures"] else None
    with_parse = q_seconds / (ours["extract_figures"] + ours["spacy_parse"]) if ours["spacy_parse"] else None
    print(
        f"quantulum3 / newsfacts time: {_cell(q_over_n, '.2f')} (figures only), "
        f"{_cell(with_parse, '.2f')} (newsfacts incl. spaCy parse)"
    )

    payload = {
        "gold": str(args.gold),
        "articles": str(args.articles),
        "output": str(output_dir),
        "gold_articles": len(files),
        "missing_articles": missing,
        "words": words,
        "versions": {"quantulum3": version("quantulum3"), "spacy": version("spacy")},
        "quantulum_classifier": False,
        "timing": {
            "repeats": args.repeats,
            "quantulum3_parse": q_seconds,
            **ours,
            "run_json_extract_stage": stages.get("extract"),
            "quantulum_over_newsfacts": q_over_n,
            "quantulum_over_newsfacts_with_parse": with_parse,
        },
        "tools": tools,
    }
    return save_results(args, NAME, payload)


if __name__ == "__main__":
    sys.exit(main())
