"""The row every rule table of the extractors shares: a named rule, what it decides, and its example.

A rule reads one thing (a token, a trigger) and gives a text, or None for no verdict (the next rule of
its table decides). Each table adds the fields its example is checked against, and the tests are
parametrised over the examples.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Generic, TypeVar

Read = TypeVar("Read")


@dataclass(frozen=True)
class VerdictRule(Generic[Read]):
    """One rule of a rule table: `decide` gives its verdict on what it reads or None (not this rule)."""

    name: str
    decide: Callable[[Read], str | None]
    example: str
