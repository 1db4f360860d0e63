"""Event mentions (visits, talks, attacks, releases ...) with who did them, where and when.

Rules over the dependency parse: a trigger word (verb or noun) gives the event type, its
syntactic neighbours give actor, counterpart, location and date. Events that did not happen
(negated, conditional, attempted, or the content of a plan) are left out; planned ones are kept
and flagged.

Modules, lowest first: `words` (the word tables), `syntax` (parse helpers and kinds of things),
`parties` (actor and counterpart rules, names), `triggers` (the trigger tables with their named
conditions), `modality` (whether it happened or is planned), `wherewhen` (location and date rules),
`rows` (one row per mention), `grouping` (mentions of one event within and across articles).
"""

from newsfacts.transforms.events.grouping import assign_event_keys, merge_retold_events
from newsfacts.transforms.events.rows import extract_events
from newsfacts.transforms.events.triggers import trigger_type

__all__ = ["assign_event_keys", "extract_events", "merge_retold_events", "trigger_type"]
