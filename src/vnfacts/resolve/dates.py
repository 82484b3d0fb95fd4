"""Days as Vietnamese news writes them, resolved against the publication date.

"Chiều 24-11", "Sáng 8/3", "Ngày 11.12", "ngày 11 tháng 5 năm 2018",
"thứ Năm, ngày 3/8/2023", "từ ngày 11 đến 14/12" (a range: its first day),
"hôm nay", "sáng thứ Hai". The forms live in ``data/date_forms.yaml``.

Why not dateparser alone: it returns nothing for "Chiều 24-11" or "tối 29/1"
(a time-of-day word in front), reads "11.12" as a clock time, knows no
ranges, and its ``search_dates`` takes "13/14" (a fraction) and "14,3%" for
dates. So a phrase is first isolated with the regexes (every form needs a
cue: a time of day, "ngày", a weekday, or a four-digit year) and its numbers
are read from the regex groups. dateparser is used where it does help: a
weekday or relative word with no number ("sáng thứ Hai", "tuần trước"),
resolved against the publication date, cached per (phrase, date).

Year rule: a day written without its year takes the publication year, or the
year before when that would put it after the publication date ("ngày 28/12"
published 2025-01-03 is 2024-12-28). With no publication year the day is
unknown: callers get ``None``, never a guess. A record with no publication
date takes the first full day of its lead as its reference (:func:`run`).
"""

from __future__ import annotations

import re
from typing import NamedTuple
from datetime import date, timedelta
from functools import lru_cache

from ..lexicon import entries, guarded, load
from ..models import Document
from ..segment import parse_published


class DatePhrase(NamedTuple):
    """A written day: its span, its numbers as written, and the form that matched."""

    start: int
    end: int
    form: str
    day: int | None = None
    month: int | None = None
    year: int | None = None
    last_day: int | None = None  # a range's last day (same month)
    rel: int | None = None  # days relative to publication ("hôm qua" = -1)
    weekday: str | None = None  # "thứ hai" when only a weekday is written
    same_day: bool = False  # "chiều cùng ngày": the day of the happening told before (the caller knows it)


@lru_cache(maxsize=1)
def _compiled() -> tuple[re.Pattern[str], tuple[tuple[dict, tuple[tuple[str, str], ...]], ...]]:
    """One alternation of every form, its groups renamed per entry (``e3_d``), and per entry
    (the entry, its (group, field) pairs)."""
    data = load("date_forms")
    pieces = data.get("pieces") or {}
    parts, metas = [], []
    for i, entry in enumerate(entries("date_forms")):
        pat = entry["pattern"]
        for _ in range(3):  # pieces may use pieces
            pat = re.sub(r"\{(\w+)\}", lambda m: pieces.get(m.group(1), m.group(0)), pat)
        pat = pat.replace("(?P<", f"(?P<e{i}_").replace("(?P=", f"(?P=e{i}_")
        parts.append(f"(?P<e{i}>{pat})")
        names = tuple((f"e{i}_{n}", n) for n in re.findall(r"\(\?P<e\d+_(\w+)>", pat))
        metas.append((entry, names))
    return re.compile(guarded("|".join(parts), re.IGNORECASE), re.IGNORECASE), tuple(metas)


@lru_cache(maxsize=1)
def anniversary_span() -> re.Pattern[str]:
    """Inside brackets, a span with years: an anniversary, not the day of a happening."""
    return re.compile(load("date_forms")["anniversary_span"])


@lru_cache(maxsize=1)
def document_cue() -> re.Pattern[str]:
    """Text that, right before a date, makes it the date of a document ("Quyết định số 12/QĐ-UBND ngày")."""
    return re.compile(load("date_forms")["document_cues"])


def _int(value: str | None) -> int | None:
    return int(value) if value else None


_BACK, _AHEAD = 48, 40  # the window around an anchor in which the full forms are tried


@lru_cache(maxsize=1)
def _anchor() -> re.Pattern[str]:
    """Where a day may be written (date_forms.yaml ``anchor``): the full forms are only tried around these,
    their alternation being slow to run at every position of a text."""
    return re.compile(guarded(load("date_forms")["anchor"], re.IGNORECASE), re.IGNORECASE)


@lru_cache(maxsize=1)
def _starts() -> re.Pattern[str]:
    """Where a form may start (date_forms.yaml ``starts``)."""
    return re.compile(guarded(load("date_forms")["starts"], re.IGNORECASE), re.IGNORECASE)


def find_dates(text: str, start: int = 0, end: int | None = None) -> list[DatePhrase]:
    """Every day written in text[start:end], in order."""
    end = len(text) if end is None else end
    rx, metas = _compiled()
    starts = _starts()
    found: dict[int, DatePhrase] = {}
    searched_to = start
    for a in _anchor().finditer(text, start, end):
        lo = max(searched_to, a.start() - _BACK)
        hi = min(end, a.end() + _AHEAD)
        pos = lo
        for c in starts.finditer(text, lo, hi):  # the forms, tried where one may start: as rx.finditer(lo, hi)
            if c.start() < pos:
                continue
            m = rx.match(text, c.start(), hi)
            if m:
                if m.start() not in found:
                    found[m.start()] = _phrase(m, metas)
                pos = m.end()
        searched_to = max(lo, a.start())
    out: list[DatePhrase] = []
    for pos in sorted(found):
        d = found[pos]
        if out and d.start < out[-1].end:
            continue
        out.append(d)
    return out


def date_at(text: str, pos: int, end: int | None = None) -> DatePhrase | None:
    """The day written right at ``pos`` (where a statement opens: "Sáng 4/7, ..."), or None."""
    end = len(text) if end is None else end
    if not _starts().match(text, pos, end):  # no form starts here: spare the alternation of them all
        return None
    rx, metas = _compiled()
    m = rx.match(text, pos, end)
    return _phrase(m, metas) if m else None


def _phrase(m: re.Match[str], metas: tuple[tuple[dict, tuple[tuple[str, str], ...]], ...]) -> DatePhrase:
    i = int(m.lastgroup[1:]) if m.lastgroup and m.lastgroup[1:].isdigit() else \
        next(k for k in range(len(metas)) if m.group(f"e{k}") is not None)
    entry, names = metas[i]
    g = {short: m.group(full) for full, short in names}
    weekday = " ".join(g["rel"].casefold().split()) if g.get("rel") else None
    return DatePhrase(m.start(), m.end(), entry["id"], _int(g.get("d")), _int(g.get("m")), _int(g.get("y")),
                      _int(g.get("d2")), entry.get("rel") if not g.get("d") else None, weekday,
                      bool(entry.get("same_day")))


@lru_cache(maxsize=512)
def _weekday_before(phrase: str, base: date) -> date | None:
    """The last such weekday on or before ``base`` (dateparser reads Vietnamese weekday names)."""
    import dateparser

    found = dateparser.parse(phrase, languages=["vi"],
                             settings={"RELATIVE_BASE": _as_datetime(base), "PREFER_DATES_FROM": "past"})
    return found.date() if found else None


def _as_datetime(d: date):
    from datetime import datetime

    return datetime(d.year, d.month, d.day)


def resolve(phrase: DatePhrase, pub_year: int | None, pub_month: int | None = None,
            pub_day: int | None = None) -> str | None:
    """ISO day of a phrase ("2022-11-24"), or None when the day or its year cannot be known."""
    if phrase.rel is not None or phrase.weekday:
        if pub_year is None or pub_month is None or pub_day is None:
            return None
        base = date(pub_year, pub_month, pub_day)
        if phrase.weekday:
            found = _weekday_before(phrase.weekday, base)
            return found.isoformat() if found else None
        return (base + timedelta(days=phrase.rel or 0)).isoformat()
    if phrase.day is None or phrase.month is None:
        return None
    year = phrase.year
    if year is None:
        if pub_year is None:
            return None
        year = pub_year
        if pub_month is not None and (phrase.month, phrase.day) > (pub_month, pub_day or 31):
            year -= 1
    try:
        return date(year, phrase.month, phrase.day).isoformat()
    except ValueError:
        return None


def usable(text: str, d: DatePhrase) -> bool:
    """A day a happening may take: not the date of a document ("Quyết định số 12/QĐ-UBND ngày ..."), nor a
    date inside an anniversary span in brackets ("(30/4/1975 - 30/4/2025)")."""
    if document_cue().search(text[max(0, d.start - 60):d.start]):
        return False
    open_paren = text.rfind("(", max(0, d.start - 40), d.start)
    if open_paren >= 0 and text.rfind(")", open_paren, d.start) < 0:
        close = text.find(")", d.end, d.end + 40)
        inside = text[open_paren:close if close > 0 else d.end]
        if anniversary_span().search(inside):
            return False
    return True


_LEAD_PARAGRAPHS = 2  # the lead, where a record with no publication date may give its day in full


def run(doc: Document) -> None:
    """Stage "ref_date": the date the article's days are read against.

    Reads ``article.published`` and the ``pub_year``/``pub_month``/``pub_day`` the segment stage read from
    it (or from a "date ..." header line), and ``segments``. When neither gave a year, fills them from the
    lead's first day when it is written in full, with its year ("Sáng 11/12/2023, ...", "ngày 3/8/2023"):
    the article was written on or soon after the happening it leads with. A bare "01/4/2025" with no cue
    (a deadline, a validity date) and documents' dates are passed over; a later full date after a day
    without its year is not taken (it may be a past one: "Sáng 7/5, ... ngày 7/5/1954"). Adds ``Document.reference_source``:
    "published", "header", "lead" or None. ``article.published`` is left as it was.
    """
    if doc.pub_year is not None:
        doc.reference_source = "published" if parse_published(doc.article.published)[0] else "header"
        return
    text = doc.text
    paragraphs = [s for s in doc.segments if s.kind == "paragraph"][:_LEAD_PARAGRAPHS]
    for seg in paragraphs:
        for d in find_dates(text, seg.start, seg.end):
            if d.day is None or d.month is None or d.form == "full_date" or not usable(text, d):
                continue
            if d.year is not None and resolve(d, None) is not None:
                doc.pub_year, doc.pub_month, doc.pub_day = d.year, d.month, d.day
                doc.reference_source = "lead"
            return  # only the lead's first day counts: a later full date may be a past one ("ngày 7/5/1954")


def month_of(pub_year: int | None, pub_month: int | None) -> str | None:
    """"2022-11" when the publication month is known (for a happening with no day), else None."""
    if pub_year is None or pub_month is None:
        return None
    return f"{pub_year:04d}-{pub_month:02d}"


def lexicon_check(file: str, entry: dict, text: str) -> bool:
    """Example checker for date_forms.yaml: some phrase of this form is found in the text."""
    return any(p.form == entry["id"] for p in find_dates(text))
