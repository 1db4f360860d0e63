"""Cue patterns: the named ways a text credits a statement, each with its example and the claim it gives.

A pattern's `find` looks at one candidate (a cue token, a quotation, an "according") and answers with a
row, with NO_CLAIM (this pattern decides: no claim here), or with None (not this pattern, try the next).
Each finder is made a pattern by `@cue_pattern(name, example, claim)` written above it. The tables are
REPORTED_PATTERNS (transforms.claims.reported), QUOTE_PATTERNS (transforms.claims.quotes)
and ACCORDING_PATTERNS (transforms.claims.according); CUE_PATTERNS in transforms.claims holds all three.
`claim` is (kind, speaker, cue, content) of the claim the pattern finds in `example`, or None when the
pattern is an exclusion and the example holds no claim from it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, Iterable

NO_CLAIM: Any = object()  # a pattern's answer: it decides, and there is no claim


ClaimExample = tuple[str, str | None, str | None, str]


@dataclass(frozen=True)
class CuePattern:
    """One named cue pattern with its example sentence and the claim it gives there."""

    name: str
    find: Callable[..., Any]
    example: str
    claim: ClaimExample | None


def cue_pattern(name: str, example: str, claim: ClaimExample | None) -> Callable[[Callable[..., Any]], CuePattern]:
    """Make a finder the cue pattern `name`, written above it with its example sentence and the claim it gives
    there; the tables list the patterns in the order they are tried."""

    def make(find: Callable[..., Any]) -> CuePattern:
        return CuePattern(name, find, example, claim)

    return make


def first_decision(patterns: Iterable[CuePattern], *args: Any) -> tuple[CuePattern | None, Any]:
    """The first pattern that decides a candidate and its answer (a row, a credit, or NO_CLAIM)."""
    for pattern in patterns:
        answer = pattern.find(*args)
        if answer is not None:
            return pattern, answer
    return None, None
