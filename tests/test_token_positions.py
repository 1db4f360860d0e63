"""Tokens are views made afresh on every access: rules compare their positions, never their identity.

`token.head is not token` is always true, so a loop that climbs heads until it meets itself never ends at a
root that is not a verb; the article then lost its claims and events to the time budget (a verbless sentence
credited with "according to" was enough).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from newsfacts.transforms import extract

ROOT = Path(__file__).resolve().parents[1]
SOURCE_DIRS = ("transforms", "flows", "newsfacts")
TOKEN_VIEWS = frozenset({"head", "root", "left_edge", "right_edge", "sent"})


def _view(node: ast.expr) -> bool:
    """An expression that makes a new Token or Span object each time: `x.head`, `span.root`, `doc[i]`."""
    return (
        (isinstance(node, ast.Attribute) and node.attr in TOKEN_VIEWS)
        or isinstance(node, ast.Subscript)
        and (
            isinstance(node.value, ast.Name)
            and node.value.id == "doc"
            or isinstance(node.value, ast.Attribute)
            and node.value.attr == "doc"
        )
    )


def test_no_rule_compares_a_token_view_by_identity():
    found = []
    for folder in SOURCE_DIRS:
        for path in sorted((ROOT / folder).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not isinstance(node, ast.Compare):
                    continue
                operands = [node.left, *node.comparators]
                for op, left, right in zip(node.ops, operands, operands[1:]):
                    if isinstance(op, ast.Is | ast.IsNot) and (_view(left) or _view(right)):
                        found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {ast.unparse(node)}")
    assert found == []


def _claims(text: str) -> tuple[list[tuple[str, str, str]], list[dict]]:
    article = {"article_id": "a1", "status": "ok", "text": text, "source_path": "a1.txt", "published_at": None}
    rows = extract.extract_all([article], budget_seconds=10)
    return [(c["kind"], c["speaker_text"], c["content"]) for c in rows["claims"]], rows["errors"]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Heavy fighting overnight in the northern district, according to residents.",
            ("according_to", "residents", "Heavy fighting overnight in the northern district"),
        ),
        (
            "More than 40 people killed in the attack on the market, according to local officials.",
            ("according_to", "local officials", "More than 40 people killed in the attack on the market"),
        ),
        (
            "A curfew in the capital after the riots, according to state television.",
            ("according_to", "state television", "A curfew in the capital after the riots"),
        ),
    ],
)
def test_a_verbless_sentence_with_a_credit_is_read_within_the_budget(text, claim):
    claims, errors = _claims(text)
    assert errors == []
    assert claims == [claim]
