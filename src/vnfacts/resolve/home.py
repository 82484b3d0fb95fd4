"""Stage "home province": the province an article is about or published in.

Reads ``Document.article`` (publisher, url), ``Document.text`` and
``Document.segments``; adds ``Document.home_province`` and
``Document.home_source``. Bare "tỉnh", "tỉnh ta", "UBND tỉnh" in the article
resolve to this province.

Order of evidence: the outlet (a provincial paper, TV station or portal:
``geo.publisher_province``), then the text: province names weighted by where
they stand (the title counts double), leaving out provinces that only appear
as a visiting delegation ("Đoàn công tác tỉnh Điện Biên ... thăm và làm việc
tại tỉnh ta").
"""

from __future__ import annotations

import re
from collections import Counter

from ..geo import find_provinces, publisher_province
from ..models import Document

_GUEST_CUE_RE = re.compile(r"(?:[Đđ]oàn công tác|[Đđ]oàn đại biểu|[Đđ]oàn cán bộ)[^.;:]{0,60}$")


def infer_from_text(doc: Document) -> str | None:
    """The province the text is most about, visiting delegations discounted."""
    text = doc.text
    title_end = doc.segments[0].end if doc.segments and doc.segments[0].kind == "title" else -1
    scores: Counter[str] = Counter()
    guests: set[str] = set()
    for m in find_provinces(text):
        before = text[max(0, m.start - 80):m.start]
        if _GUEST_CUE_RE.search(before) and not re.search(r"(?:tiếp|đón)\s[^.;]*$", before):
            guests.add(m.province)
            continue
        scores[m.province] += 2 if m.start < title_end else 1
    candidates = [(n, p) for p, n in scores.items() if p not in guests] or [(n, p) for p, n in scores.items()]
    if not candidates:
        return None
    candidates.sort(key=lambda x: (-x[0], x[1]))
    return candidates[0][1]


def run(doc: Document) -> None:
    """Stage entry: fills ``doc.home_province`` and ``doc.home_source``."""
    province, how = publisher_province(doc.article.publisher, doc.article.url)
    if province:
        doc.home_province, doc.home_source = province, how
        return
    province = infer_from_text(doc)
    if province:
        doc.home_province, doc.home_source = province, "text"
