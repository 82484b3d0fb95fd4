"""Stage "segment": title, paragraphs, photo captions, byline, sentences.

Reads ``Document.text``; adds ``Document.segments``, ``Document.sentences``
and the publication date (``pub_year``/``pub_month``/``pub_day``) from the
article's ``published`` field or, failing that, from a leading
``date 2022-11`` header line as in the project's seed article.

The cues (caption markers, byline markers, abbreviations that end in a dot)
live in ``data/segments.yaml``. Sentence splitting is written here rather
than taken from underthesea's ``sent_tokenize`` because that tokenizer runs
far below the speed goal and does not return offsets.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import load
from .models import Document, Segment, Sentence

_HEADER_RE = re.compile(r"\s*date\s+(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?\s+")
_PUBLISHED_RE = re.compile(r"\s*(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?")


def parse_published(value: str | None) -> tuple[int | None, int | None, int | None]:
    """"2022-11" → (2022, 11, None); anything unreadable → (None, None, None)."""
    if not value:
        return None, None, None
    m = _PUBLISHED_RE.match(str(value))
    if not m:
        return None, None, None
    y, mo, d = (int(g) if g else None for g in m.groups())
    if mo is not None and not 1 <= mo <= 12:
        mo, d = None, None
    if d is not None and not 1 <= d <= 31:
        d = None
    return y, mo, d


@lru_cache(maxsize=1)
def _cues() -> dict:
    data = load("segments")
    abbrevs = sorted({a.rstrip(".") for a in data["dot_abbreviations"]}, key=len, reverse=True)
    return {
        "caption": re.compile("|".join(data["caption_markers"])),
        "caption_start": re.compile(r"(?:" + "|".join(data["caption_openers"]) + r")\b"),
        "body_start": re.compile(r"(?:" + "|".join(data["body_openers"]) + r")\b", re.IGNORECASE),
        "byline": re.compile(r"(?:" + "|".join(data["byline_markers"]) + r")", re.IGNORECASE),
        "abbrev": re.compile(r"(?:^|[\s(])(?:" + "|".join(re.escape(a) for a in abbrevs) + r")$"),
        "time_start": re.compile(data["time_opener"], re.IGNORECASE),
    }


# A sentence ends at . ! ? … followed by space and a capital, a digit, a quote or a bracket.
_SENT_END_RE = re.compile(r"(?<=[.!?…;])[\"')\]]*\s+(?=[\"'(\[]?[A-ZÀ-ỸĐ0-9])")
_INITIAL_RE = re.compile(r"(?:^|[\s(.])[A-ZÀ-ỸĐ]$")
_BYLINE_NAME_RE = re.compile(r"^[A-ZÀ-ỸĐ][\w.\-]*(?:\s+[A-ZÀ-ỸĐ][\w.\-]*){0,4}(?:\s*\([^)]{1,40}\))?\.?$")


def _lines(text: str, start: int, end: int):
    """Yield (start, end) of the non-blank lines of text[start:end], trimmed."""
    pos = start
    for line in text[start:end].split("\n"):
        s, e = pos, pos + len(line)
        pos = e + 1
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            yield s, e


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans inside text[start:end] (one line)."""
    cues = _cues()
    spans = []
    s = start
    for m in _SENT_END_RE.finditer(text, start, end):
        before = text[s:m.start()]
        head = before.rstrip("\"')]")
        if head.endswith("."):
            word = head[:-1]
            if cues["abbrev"].search(word) or _INITIAL_RE.search(word):
                continue
        spans.append((s, m.start()))
        s = m.end()
    if s < end:
        spans.append((s, end))
    return spans


def _is_caption(text: str, s: int, e: int, n_sentences: int, index: int) -> bool:
    cues = _cues()
    body = text[s:e]
    if cues["caption"].search(body):
        return True
    if n_sentences != 1 or index == 0 or len(body) > 320:
        return False
    if body.endswith(":") or cues["time_start"].match(body) or cues["body_start"].match(body):
        return False
    return bool(cues["caption_start"].match(body)) or (" đã " not in body and " sẽ " not in body)


def _is_byline(text: str, s: int, e: int) -> bool:
    body = text[s:e]
    if len(body) > 80:
        return False
    if _cues()["byline"].match(body):
        return True
    return bool(_BYLINE_NAME_RE.match(body)) and len(body.split()) <= 5


def run(doc: Document) -> None:
    """Stage entry: fills ``doc.segments`` and ``doc.sentences`` and the publication date."""
    text = doc.text
    y, m, d = parse_published(doc.article.published)
    body_start = 0
    header = _HEADER_RE.match(text)
    if header:
        body_start = header.end()
        if y is None:
            y, m, d = parse_published("-".join(g for g in header.groups() if g))
    doc.pub_year, doc.pub_month, doc.pub_day = y, m, d

    lines = list(_lines(text, body_start, len(text)))
    segments: list[Segment] = []
    sentences: list[Sentence] = []
    for i, (s, e) in enumerate(lines):
        sents = split_sentences(text, s, e)
        last = i == len(lines) - 1
        if i == 0 and len(lines) > 1 and e - s <= 250 and text[e - 1] not in ".:;" and len(sents) == 1:
            kind = "title"
        elif last and i > 0 and _is_byline(text, s, e):
            kind = "byline"
        elif i > 0 and _is_caption(text, s, e, len(sents), i):
            kind = "caption"
        else:
            kind = "paragraph"
        segments.append(Segment(kind, s, e))
        sentences.extend(Sentence(a, b, len(segments) - 1) for a, b in sents)
    doc.segments = segments
    doc.sentences = sentences
