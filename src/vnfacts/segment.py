"""Stage "segment": title, paragraphs, photo captions, bylines, sentences.

Reads ``Document.text``; adds ``Document.segments``, ``Document.sentences``
and the publication date (``pub_year``/``pub_month``/``pub_day``) from the
article's ``published`` field or, failing that, from a leading
``date 2022-11`` header line as in the project's seed article, or from a web
page's date stamp above the title ("Thứ Hai, 12/09/2022 - 15:30"; that line
and breadcrumbs are left out of every segment).

Segment kinds (stable; other stages rely on them):

- ``title``: the first line, when it is short and does not end like a sentence;
- ``paragraph``: body text;
- ``caption``: a photo caption, with or without its credit ("Quang cảnh buổi
  làm việc.", "Bí thư Tỉnh ủy phát biểu tại hội nghị"), also one that sits
  inside a paragraph before an inline credit, and short intertitles;
- ``related``: a web page's list of other articles ("Tin liên quan" and the
  headlines under it): no facts of this article;
- ``byline``: who wrote, photographed or published: the closing
  "Tin, ảnh: Văn Huỳnh" / "T.SỸ" / "Theo TTXVN" lines, a credit "Ảnh: N.H"
  after a caption, and a source tag "(BĐ) -" opening the first paragraph
  (one that opens the title line is left out of every segment, so that a
  title is always the first segment).
  Names in bylines are not people of the article.

A segment is a span inside one line; a line may hold several (caption,
credit, rest of the paragraph). Sentences never cross a segment.

The cues (credit and byline markers, caption openers and verbs,
abbreviations that end in a dot) live in ``data/segments.yaml``. Sentence
splitting is written here rather than taken from underthesea's
``sent_tokenize`` because that tokenizer runs far below the speed goal and
does not return offsets. Every scan is linear in the text length.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lexicon import load
from .models import Document, Segment, Sentence

_HEADER_RE = re.compile(r"\s*date\s+(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?\s+")
_PUBLISHED_RE = re.compile(r"\s*(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?")

_UPPER = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x1EFA)) if c.isupper() and c.isalpha())
_LOWER = "a-z" + "".join(c for c in map(chr, range(0xDF, 0x1EFA)) if c.islower() and c.isalpha())

# A sentence ends at . ! ? … (and any closing quotes or brackets) followed by space and a
# capital, a digit, an opening quote or bracket; or, with the space missing, at a full stop
# between a small letter and a capitalised word ("phía Bắc.Năm 2014").
_SENT_END_RE = re.compile(
    rf"[.!?…]+[\"'”’)\]]*(?:\s+(?=[\"'“‘(\[]?[{_UPPER}0-9])|(?<=[{_LOWER}]\.)(?=[{_UPPER}][{_LOWER}]))"
)
_TOKEN_BEFORE_RE = re.compile(r"[^\s(\[\"'“]{1,24}$")
_INITIALS_RE = re.compile(rf"(?:[{_UPPER}]\.)*[{_UPPER}]")
_LIST_NUMBER_RE = re.compile(r"(?:\d{1,3}|[IVXLC]{1,6}|[a-zđ])")
_WORD_RE = re.compile(r"\S+")
_TERMINAL = frozenset(".!?…:;,\"'”’)]")


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


def _alternation(items: list[str], escape: bool = True) -> str:
    items = sorted(items, key=len, reverse=True)
    return "|".join(re.escape(i) if escape else i for i in items)


@lru_cache(maxsize=1)
def _cues() -> dict:
    data = load("segments")
    words = r"(?![\w])"
    return {
        "credit": re.compile(rf"(?<![\w])(?:\(\s*)?(?:{_alternation(data['credit_markers'], False)})\s*"),
        # a line without any of these words has no credit: a quick test before the regex
        "credit_words": tuple({re.match(r"\w+", m).group() for m in data["credit_markers"]}),
        "agency": re.compile(rf"(?:{_alternation(data['agencies'])})\)?"),
        "byline": re.compile(rf"(?:{_alternation(data['byline_markers'], False)})"),
        "byline_chars": int(data["byline_max_chars"]),
        "byline_words": int(data["byline_max_words"]),
        "source_tag": re.compile(rf"(?:{_alternation(data['source_tags'], False)})"),
        "caption_chars": int(data["caption_max_chars"]),
        "caption_start": re.compile(rf"(?:{_alternation(data['caption_openers'])}){words}"),
        "position": re.compile(rf"(?:{_alternation(data['caption_positions'], False)})"),
        "verb": re.compile(rf"(?<![\w])(?:{_alternation(data['caption_verbs'])}){words}"),
        "body_start": re.compile(rf"(?:{_alternation(data['body_openers'])}){words}", re.IGNORECASE),
        "body_cue": re.compile(rf"(?<![\w])(?:{_alternation(data['body_cues'])}){words}", re.IGNORECASE),
        "list_item": re.compile(data["list_item"]),
        "time": re.compile(rf"(?<![\w]){data['time_opener']}", re.IGNORECASE),
        "abbrev": frozenset(a.rstrip(".") for a in data["dot_abbreviations"]),
        "dateline": re.compile(data["dateline"]),
        "breadcrumb": re.compile(data["breadcrumb"]),
        "related": re.compile(rf"(?:{_alternation(data['related_headers'], False)})\s*:?\s*$", re.IGNORECASE),
    }


# -- sentences ---------------------------------------------------------------------------

def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans inside text[start:end] (one segment), trimmed."""
    abbrev = _cues()["abbrev"]
    spans = []
    s = start
    for m in _SENT_END_RE.finditer(text, start, end):
        dot = m.start()
        if text[dot] == ".":
            t = _TOKEN_BEFORE_RE.search(text, max(s, dot - 24), dot)
            token = t.group() if t else ""
            last = token[max(token.rfind("."), token.rfind(",")) + 1:]
            if (token in abbrev or last in abbrev or _INITIALS_RE.fullmatch(token)
                    or (t is not None and t.start() == s and _LIST_NUMBER_RE.fullmatch(token))):
                continue
        stop = m.end()
        while stop > dot and text[stop - 1].isspace():
            stop -= 1
        if stop > s:
            spans.append((s, stop))
        s = m.end()
    if s < end:
        spans.append((s, end))
    return spans


# -- lines and their parts ---------------------------------------------------------------

def _lines(text: str, start: int, end: int):
    """Yield (start, end) of the non-blank lines of text[start:end], trimmed."""
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        stop = end if nl < 0 else nl
        s, e = pos, stop
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            yield s, e
        pos = stop + 1


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    """text[s:e] without the spaces and dashes that join a credit to its neighbours."""
    while s < e and text[s] in " -:,":
        s += 1
    while e > s and text[e - 1] in " -":
        e -= 1
    return s, e


def _credit_end(text: str, s: int, e: int, paren: bool) -> int:
    """Where a credit that starts at ``s`` (after "Ảnh:") ends inside text[s:e]; ``s`` when
    what follows the marker is a description ("Ảnh: Bí thư Tỉnh ủy phát biểu"), not a credit."""
    if paren:
        close = text.find(")", s, min(e, s + 80))
        return close + 1 if close >= 0 else e
    cues = _cues()
    words = [(m.start(), m.end()) for m in _WORD_RE.finditer(text, s, min(e, s + 200))]
    if not words:
        return e

    def credit_like(k: int) -> bool:
        word = text[words[k][0]:words[k][1]]
        return "/" in word or "." in word or bool(cues["agency"].fullmatch(word.rstrip(".,;")))

    def opens_sentence(k: int) -> bool:  # a capitalised word followed by a small one
        return k + 1 < len(words) and text[words[k + 1][0]].islower()

    if not credit_like(0) and (not text[words[0][0]].isupper() or cues["time"].match(text, words[0][0])
                               or opens_sentence(0)):
        return s
    if words[-1][1] == e and len(words) <= cues["byline_words"]:
        return e  # the credit runs to the end of the line
    end = s
    for k, (a, b) in enumerate(words[:6]):
        if not (text[a].isupper() or credit_like(k)) or cues["time"].match(text, a) or (k and opens_sentence(k)):
            break
        end = b
        if credit_like(k):
            break
    return end


def _marker_byline(text: str, s: int, e: int) -> bool:
    """A line opening with a byline marker ("Tin, ảnh:", "Theo") that names someone, not a description."""
    m = _cues()["byline"].match(text, s, e)
    if not m:
        return False
    rest = m.end()
    while rest < e and text[rest].isspace():
        rest += 1
    return rest == e or _credit_end(text, rest, e, False) > rest


_ROLE_RE = re.compile(r"\s*\([^()]{1,40}\)$")  # "Hoàng Nam (Trung tâm Văn hóa huyện)"


def _is_byline(text: str, s: int, e: int) -> bool:
    """A closing line naming the author, photographer or source."""
    cues = _cues()
    body = text[s:e]
    if len(body) > cues["byline_chars"]:
        return False
    if cues["byline"].match(body):
        return _marker_byline(text, s, e)
    words = [w for w in re.split(r"[\s\-–/,&]+", _ROLE_RE.sub("", body.rstrip("."))) if w]
    if not words or len(words) > cues["byline_words"]:
        return False
    return all(w[0].isupper() or (w[0] == "(" and w.endswith(")")) for w in words) \
        and not cues["caption_start"].match(body)


def _is_caption(text: str, s: int, e: int, first_body: bool) -> bool:
    """A photo caption (or intertitle) without a credit, judged from the line alone."""
    cues = _cues()
    body = text[s:e]
    if cues["position"].search(body):
        return True
    if len(body) > cues["caption_chars"] or len(split_sentences(text, s, e)) != 1:
        return False
    if (body[-1] in ":;," or cues["list_item"].match(body) or cues["body_start"].match(body)
            or cues["time"].search(body) or cues["body_cue"].search(body)):
        return False
    if body[-1] not in _TERMINAL:
        return len(body) <= (200 if first_body else cues["caption_chars"])
    if first_body:
        return False
    return bool(cues["caption_start"].match(body)) or (len(body) <= 200 and bool(cues["verb"].search(body)))


def _closing_byline(text: str, seg: Segment) -> list[Segment]:
    """A last paragraph that ends with its author's name ("... phía Bắc. PV") split in two."""
    sents = split_sentences(text, seg.start, seg.end)
    if len(sents) < 2 or not _is_byline(text, *sents[-1]):
        return [seg]
    return [Segment("paragraph", seg.start, sents[-2][1]), Segment("byline", *sents[-1])]


def _split_line(text: str, s: int, e: int) -> list[tuple[str | None, int, int]]:
    """Parts of one line: (kind or None when still to be decided, start, end).

    An inline credit ("... phát biểu. Ảnh: Thu Hà/TTXVN Tham dự có ...") makes
    the sentence before it a caption and itself a byline.
    """
    cues = _cues()
    if not any(text.find(w, s, e) >= 0 for w in cues["credit_words"]):
        return [(None, s, e)]
    parts: list[tuple[str | None, int, int]] = []
    pos = s
    for m in cues["credit"].finditer(text, s, e):
        if m.start() < pos:
            continue
        paren = text[m.start()] == "("
        credit_end = _credit_end(text, m.end(), e, paren)
        if credit_end <= m.end():  # "Ảnh: Bí thư Tỉnh ủy phát biểu": the marker opens a caption, not a credit
            continue
        before = _trim(text, pos, m.start())
        if before[1] > before[0]:
            sents = split_sentences(text, *before)
            cap_start = sents[-1][0]
            if cap_start > before[0]:
                parts.append(("paragraph", before[0], _trim(text, before[0], sents[-2][1])[1]))
            parts.append(("caption", cap_start, before[1]))
        parts.append(("byline", m.start(), credit_end))
        pos = credit_end
    if not parts:
        return [("caption" if cues["credit"].match(text, s, e) else None, s, e)]
    rest = _trim(text, pos, e)
    if rest[1] > rest[0]:
        parts.append(("paragraph", *rest))
    return parts


def _page_top(text: str, lines: list[tuple[int, int]]) -> tuple[int, tuple[int, int, int] | None]:
    """How many of the first lines are page furniture (a date stamp, breadcrumbs) and the stamp's date
    (year, month, day) if one reads as a real day."""
    cues = _cues()
    top, stamp = 0, None
    while top < min(3, len(lines) - 1):
        s, e = lines[top]
        date = cues["dateline"].fullmatch(text, s, e)
        if date:
            day, month, year = (int(g) for g in date.groups())
            if 1 <= day <= 31 and 1 <= month <= 12 and stamp is None:
                stamp = (year, month, day)
        elif not cues["breadcrumb"].fullmatch(text, s, e):
            break
        top += 1
    return top, stamp


def _related_lines(text: str, lines: list[tuple[int, int]]) -> set[int]:
    """Indexes of the lines of a list of other articles: its header ("Tin liên quan") and the lines right under
    it, up to a blank line."""
    rx = _cues()["related"]
    out: set[int] = set()
    i = 1
    while i < len(lines):
        s, e = lines[i]
        if not rx.match(text, s, e):
            i += 1
            continue
        out.add(i)
        i += 1
        while i < len(lines) and "\n\n" not in text[lines[i - 1][1]:lines[i][0]].replace("\r", ""):
            out.add(i)
            i += 1
    return out


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
    cues = _cues()
    lines = list(_lines(text, body_start, len(text)))
    top, stamp = _page_top(text, lines)
    if y is None and stamp is not None:
        y, m, d = stamp
    lines = lines[top:]
    doc.pub_year, doc.pub_month, doc.pub_day = y, m, d
    related = _related_lines(text, lines)
    byline_from = len(lines)
    while byline_from > 1 and byline_from - 1 in related:
        byline_from -= 1
    last = byline_from
    while byline_from > 1 and last - byline_from < 3 and _is_byline(text, *lines[byline_from - 1]):
        byline_from -= 1

    segments: list[Segment] = []
    first_body = True
    for i, (s, e) in enumerate(lines):
        if i in related:
            segments.append(Segment("related", s, e))
            continue
        if i >= byline_from:
            segments.append(Segment("byline", s, e))
            continue
        tag = cues["source_tag"].match(text, s, e) if i <= 1 and first_body else None
        if tag and tag.end() < e:
            tag_span, s = (s, _trim(text, s, tag.end())[1]), tag.end()
        else:
            tag_span = None
        if i == 0 and len(lines) > 1 and e - s <= 250 and text[e - 1] not in ".:;,":
            segments.append(Segment("title", s, e))  # a tag before the title is left out: the title stays first
            continue
        if tag_span:
            segments.append(Segment("byline", *tag_span))
        marker = cues["byline"].match(text, s, e)
        if marker and text[marker.end() - 1] == ":" and e - s <= cues["byline_chars"] and _marker_byline(text, s, e):
            segments.append(Segment("byline", s, e))  # "Bài và ảnh: Ngọc Hân" under the title
            continue
        for kind, a, b in _split_line(text, s, e):
            if kind is None:
                kind = "caption" if _is_caption(text, a, b, first_body) else "paragraph"
            segments.append(Segment(kind, a, b))
            if kind == "paragraph":
                first_body = False
    if segments and segments[-1].kind == "paragraph":
        segments[-1:] = _closing_byline(text, segments[-1])
    doc.segments = segments
    doc.sentences = [Sentence(a, b, k) for k, seg in enumerate(segments)
                     for a, b in split_sentences(text, seg.start, seg.end)]
