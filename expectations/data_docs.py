"""Make a GX Data Docs site work offline: no page may load an asset over http(s).

GX 1.x pages load Bootstrap, jQuery, bootstrap-table, Font Awesome, Vega and two logos from CDNs;
without network the index page (whose tables bootstrap-table draws from inline data) renders blank.
This module rewrites every page once after the site is built: each external stylesheet, script and
image is removed, and the site gets `static/offline/offline.css` (plain table styles) and
`static/offline/offline.js` (a small stand-in for the jQuery and bootstrap-table calls the pages make,
which draws the index tables from their inline data). Links (<a href>) to outside pages stay: they load
nothing. Vega charts (column histograms) are not drawn offline.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
from pathlib import Path

ASSET_DIR = Path(__file__).resolve().parent / "offline"
SITE_ASSET_DIR = Path("static") / "offline"
ASSETS = ("offline.css", "offline.js")

# An external asset: a stylesheet link, a script or an image loaded from http(s), or a CSS url(http...).
_EXTERNAL_LINK = re.compile(r"<link\b[^>]*\bhref\s*=\s*[\"']https?://[^>]*>", re.I)
_EXTERNAL_SCRIPT = re.compile(r"<script\b[^>]*\bsrc\s*=\s*[\"']https?://[^>]*>\s*</script>", re.I)
_EXTERNAL_IMG = re.compile(r"<img\b[^>]*\bsrc\s*=\s*[\"']https?://[^>]*>", re.I)
_EXTERNAL_CSS_URL = re.compile(r"url\(\s*[\"']?https?://[^)]*\)", re.I)
# What a test looks for: any of the above left in a page or stylesheet.
EXTERNAL_ASSET = re.compile(
    "|".join(p.pattern for p in (_EXTERNAL_LINK, _EXTERNAL_SCRIPT, _EXTERNAL_IMG, _EXTERNAL_CSS_URL)), re.I
)

logger = logging.getLogger(__name__)


def make_offline(site: Path) -> int:
    """Rewrite every page and stylesheet of the site in place; returns how many asset references went."""
    site = Path(site)
    target = site / SITE_ASSET_DIR
    target.mkdir(parents=True, exist_ok=True)
    for name in ASSETS:
        shutil.copyfile(ASSET_DIR / name, target / name)
    removed = 0
    for path in sorted(site.rglob("*.css")):
        if target in path.parents:
            continue
        text = path.read_text(encoding="utf-8")
        new, n = _EXTERNAL_CSS_URL.subn("none", text)
        if n:
            path.write_text(new, encoding="utf-8")
            removed += n
    for path in sorted(site.rglob("*.html")):
        text = path.read_text(encoding="utf-8")
        new, n = _rewrite_page(text, os.path.relpath(target, path.parent))
        path.write_text(new, encoding="utf-8")
        removed += n
    logger.info("Data Docs made offline: %d external asset reference(s) removed under %s", removed, site)
    return removed


def _rewrite_page(html: str, asset_href: str) -> tuple[str, int]:
    """The page without external assets, with the offline stylesheet and script in its <head>."""
    removed = 0
    for pattern in (_EXTERNAL_LINK, _EXTERNAL_SCRIPT, _EXTERNAL_IMG, _EXTERNAL_CSS_URL):
        html, n = pattern.subn("", html)
        removed += n
    href = asset_href.replace(os.sep, "/")
    head = f'<link rel="stylesheet" href="{href}/offline.css">\n    <script src="{href}/offline.js"></script>\n'
    html, n = re.subn(r"(<head[^>]*>)", lambda m: m.group(1) + "\n    " + head, html, count=1, flags=re.I)
    if not n:
        html = head + html
    return html, removed
