"""Reported numbers (figures): what was counted, how hedged, and who the text credits it to.

One generator, `extract_figures`, walks a parsed `Doc` and yields one `figures` row per number
that counts or measures something in the world (GUIDELINE.md "Figures"). Calendar dates, times,
ages, years and periods between years, section and phone numbers, "a few" and "several" alone,
idioms ("with one voice") and referring phrases ("the two sides") are left out.

Modules, lowest first: `numbers` (reading numbers and hedges), `counted` (what a number counts and its
category), `exclusions` (the named rules that drop a number), `credit` (who reported it), `rows`.
"""

from newsfacts.transforms.figures.rows import extract_figures

__all__ = ["extract_figures"]
