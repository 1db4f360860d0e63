"""Claims: statements the text credits to someone, as direct quotes, reported speech or "according to".

One generator, `extract_claims`, walks a parsed `Doc` and yields one `claims` row per statement the
text attributes to a speaker (GUIDELINE.md "Claims"); the resolve stage maps `speaker_text` to a source.

The rules are tables. CUE_PATTERNS names every way a text credits a statement (a quote with "he said"
before or after it, a reporting verb, a participle such as ", adding that", a parenthetical "the union
says", "according to X", ...), each with its example sentence and the claim it gives; SPEAKER_RULES
names every way a speaker phrase is read (a pronoun or a role resolved to the named person, "the army"
to the military named before, a document to its issuer, ...), each with its example.

Modules, lowest first: `words` (word tables), `grammar` (is a cue asserted, its subject, its content),
`speakers` (SPEAKER_RULES), `rows` (the schema's columns), `patterns` (the pattern record), then the
pattern tables `quotes`, `reported` and `according`, and `extract` (one pass in text order).
"""

from newsfacts.transforms.claims.according import ACCORDING_PATTERNS
from newsfacts.transforms.claims.extract import explained_claims, extract_claims
from newsfacts.transforms.claims.quotes import QUOTE_PATTERNS
from newsfacts.transforms.claims.reported import REPORTED_PATTERNS
from newsfacts.transforms.claims.speakers import SPEAKER_RULES, deciding_speaker_rule

CUE_PATTERNS = QUOTE_PATTERNS + ACCORDING_PATTERNS + REPORTED_PATTERNS

__all__ = ["CUE_PATTERNS", "SPEAKER_RULES", "deciding_speaker_rule", "explained_claims", "extract_claims"]
