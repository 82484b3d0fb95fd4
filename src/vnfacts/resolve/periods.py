"""Time periods written in an article, in the contract's forms.

"năm 2022" → ``2022``; "tháng 4-2022" → ``2022-04``; "quý I/2024" → ``2024-Q1``;
"9 tháng đầu năm" → ``2022-9M``; "6 tháng cuối năm" → ``2022-H2``;
"đến hết tháng 4" → ``2022-4M``; "giai đoạn 2021-2025" → ``2021-2025``;
"đến nay" → the year it stands in; "cuối năm" in January or February → the year before. Years left out ("quý I", "9 tháng") come
from the sentence or the publication date.

Written by hand: dateparser reads calendar dates, not reporting periods
("9 tháng đầu năm", "quý II/2025", "nhiệm kỳ qua"). :func:`find_periods`
returns every mention with its span so that a figure can take the one that
governs it (see extract/figures.py).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..lexicon import guarded

_Y = r"((?:19|20)\d{2})"
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4, "đầu năm": 1, "cuối năm": 4}
_MONTH_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9,
                "mười": 10, "mười một": 11, "mười hai": 12}
_N = r"(\d{1,2}|mười một|mười hai|một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)"
_SEP = r"\s*(?:/|-|\.|năm)\s*"
_OSEP = r"\s*(?:/|-|\.|năm)?\s*"

# Order matters: earlier patterns claim their span first.
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("term_prev", re.compile(r"nhiệm kỳ (?:qua|trước|vừa qua)")),
    ("from_to", re.compile(rf"từ (?:năm )?{_Y} (?:đến|tới)(?: [^.;:()]{{0,25}}?)? (?:năm |/)?{_Y}")),
    ("span", re.compile(rf"{_Y}\s*(?:-|–|đến)\s*(?:năm\s+)?{_Y}")),
    ("same", re.compile(rf"cùng kỳ(?: năm (?:trước|ngoái)|(?: quý (i{{1,3}}|iv|[1-4]))?(?:{_SEP}{_Y}| năm {_Y}))?")),
    ("h2", re.compile(rf"(?:6|06|sáu) tháng cuối năm(?:{_OSEP}{_Y}| nay)?")),
    ("quarter", re.compile(rf"quý (i{{1,3}}|iv|[1-4]|đầu năm|cuối năm)(?:{_SEP}{_Y}| năm nay)?(?![\w])")),
    ("to_month", re.compile(rf"(?:đến|tới) (?:hết|cuối) tháng (\d{{1,2}})(?:{_SEP}{_Y}| năm nay)?")),
    ("first_months", re.compile(
        rf"{_N} tháng(?: đầu năm| đầu| qua| vừa qua)?(?:{_OSEP}{_Y}| năm nay)?(?=[\s,;:.)]|$)")),
    ("month", re.compile(rf"tháng (\d{{1,2}})(?:{_SEP}{_Y}| năm nay)?(?![\d\w])")),
    ("to_day", re.compile(rf"(?:đến|tới) (?:hết )?ngày (\d{{1,2}})[/.\-](\d{{1,2}})(?:[/.\-]{_Y})?")),
    ("then", re.compile(r"(?:đến|tới|tại|vào) thời điểm (?:này|đó|trên)")),
    ("this_month", re.compile(r"trong tháng(?: này| qua)?(?![\w ]*\d)(?! (?:đầu|cuối|tới|sau|trước))")),
    ("sofar", re.compile(r"(?:đến|tới) nay|hiện nay|hiện(?=,?\s)")),
    ("ongoing", re.compile(r"(?<!\w)đang(?=\s)")),
    ("this_year", re.compile(r"năm nay")),
    ("whole_year", re.compile(r"cả năm(?!\s*(?:học|nay|\d|19|20))")),
    ("year_end", re.compile(r"(?<!đến )(?<!tới )(?<!hết )cuối năm(?!\s*(?:học|nay|âm lịch|\d|19|20))")),
    ("year", re.compile(rf"năm\s+{_Y}(?![\d\-–/])|\({_Y}\)")),
]
_TRIGGERS: dict[str, str | tuple[str, ...]] = {"term_prev": "nhiệm kỳ", "from_to": "từ", "span": "20", "same": "cùng kỳ", "h2": "cuối năm",
             "quarter": "quý", "to_month": "tháng", "first_months": "tháng", "month": "tháng", "to_day": "ngày",
             "then": "thời điểm", "this_month": "trong tháng", "sofar": ("nay", "hiện"), "ongoing": "đang", "this_year": "năm nay", "whole_year": "cả năm",
             "year_end": "cuối năm",
             "year": "năm"}
# each pattern guarded by the characters a match can start with (faster scans, same matches)
_TRIGGERED = [(kind, re.compile(guarded(pattern.pattern, pattern.flags & ~re.UNICODE), pattern.flags),
               (t,) if isinstance(t := _TRIGGERS[kind], str) else t) for kind, pattern in _PATTERNS]
_DAY_RANGE_BEFORE = re.compile(r"từ\s+(?:ngày\s+)?\d{1,2}\s*$")
_NOT_PERIOD_AFTER = re.compile(r"\s*(?:sau|tới|nữa|trước|kể từ|liên tục|kéo dài|làm việc|công tác)")
_NOT_PERIOD_BEFORE = re.compile(r"(?:sau|trong vòng|kéo dài|mất|thời gian|thời hạn|hơn|gần|khoảng|dưới)\s*$")
_NOW_VERB = re.compile(r"\s+(?:có|còn|đang|vẫn|là|đã)\s")  # "khu công nghiệp hiện đã thu hút 46 dự án"
_EVER_BEFORE = re.compile(r"(?:từ\s+)?(?:trước|xưa)\s+$")  # "cao nhất từ trước đến nay": ever, no period
# a law cited with its year: "Luật Hợp tác xã năm 2012" names the law, not the time of a figure
_LAW_BEFORE = re.compile(r"(?<!\w)(?:bộ luật|luật|hiến pháp|pháp lệnh)(?:\s+[^\s,.;:()\d]+){1,6}\s+$")
_HIEN_COMPOUND = re.compile(r"(?:thực|thể|xuất|phát|biểu|trình|tái|hiển|thế|hiện)\s$")
_HIEN_NOUN = re.compile(r",?\s+(?:đại|trạng|thực|tượng|vật|diện|hành|hữu)(?!\w)")  # "hiện đại", "hiện trạng"
_DAY_SPAN_BEFORE = re.compile(r"từ (?:ngày )?\d{1,2}(?:[/.\-]\d{1,2})?(?:[/.\-]\d{4})?\s*$")
_BARE_MONTHS_OK = re.compile(r"\s*(?:,|đạt|ước|tăng|giảm|là|có|thu|xuất|nhập|giải ngân|toàn|của)")


@dataclass(frozen=True, slots=True)
class PeriodMention:
    """A period phrase: its span, kind and (when it can be known here) its contract form."""

    start: int
    end: int
    kind: str
    value: str | None  # contract form; None for "same" (needs the context) and for relative years unknown
    year: int | None = None  # the year it names, when it names one
    sub: str = ""  # the part after the year: "Q1", "9M", "H2", "04", "" for a whole year
    day: int = 0  # "đến ngày 30/6": the day and month a running total reaches (kind "to_day")
    month: int = 0


def _num(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return _MONTH_WORDS.get(word.lower())


def _form(year: int | None, sub: str) -> str | None:
    if year is None:
        return None
    if sub in ("", "12M"):
        return str(year)
    return f"{year}-{sub}"


def find_periods(text: str, pub_year: int | None, start: int = 0, end: int | None = None,
                 terms: list[tuple[int, int]] | None = None, bare_months: bool = False,
                 pub_month: int | None = None) -> list[PeriodMention]:
    """Every period phrase in text[start:end], in text order.

    ``terms`` are the "nhiệm kỳ A-B" spans of the article, used for "nhiệm kỳ qua". ``bare_months`` reads
    "6 tháng" with nothing after it as the first six months (as headlines write it: "Thu hút FDI 6 tháng").
    ``pub_month`` reads "cuối năm" in a report of January or February as the end of the year before.
    """
    end = len(text) if end is None else end
    taken: list[tuple[int, int]] = []
    out: list[PeriodMention] = []

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken)

    chunk = text[start:end]
    for kind, pattern, triggers in _TRIGGERED:
        for t in triggers:
            if t in chunk:
                break
        else:
            continue
        for m in pattern.finditer(text, start, end):
            s, e = m.start(), m.end()
            if not free(s, e):
                continue
            if kind == "to_day" and _DAY_RANGE_BEFORE.search(text, max(0, s - 24), s):
                continue  # "từ ngày 6 đến ngày 9/9": the last day of a happening, no running total
            if kind == "year_end":  # ("kết quả rà soát cuối năm" published in January: the year just ended)
                mention = PeriodMention(s, e, "year", str(pub_year - 1), pub_year - 1, "") \
                    if pub_year and pub_month and pub_month <= 2 else None
            else:
                mention = _read(kind, m, text, pub_year, terms or [], bare_months)
            if mention is None:
                continue
            taken.append((s, e))
            out.append(mention)
    out.sort(key=lambda p: p.start)
    return out


def _read(kind: str, m: re.Match[str], text: str, pub_year: int | None,
          terms: list[tuple[int, int]], bare_months: bool = False) -> PeriodMention | None:
    s, e = m.start(), m.end()
    g = m.groups()
    if kind == "term_prev":
        if not terms:
            return None
        a, b = terms[0]
        return PeriodMention(s, e, kind, f"{a - (b - a)}-{a}")
    if kind in ("from_to", "span"):
        a, b = int(g[0]), int(g[1])
        if not a < b <= a + 30:
            return None
        return PeriodMention(s, e, "span", f"{a}-{b}")
    if kind == "same":
        if "trước" in m.group(0) or "ngoái" in m.group(0):
            year = pub_year - 1 if pub_year else None
            return PeriodMention(s, e, kind, None, year, "?")
        q, y1, y2 = g
        year = int(y1 or y2) if (y1 or y2) else None
        sub = f"Q{_ROMAN[q.lower()]}" if q else "?"
        return PeriodMention(s, e, kind, None, year, sub)
    this_year = pub_year if m.group(0).endswith(("năm nay", "năm nay")) or m.group(0).endswith(" nay") else None
    if kind == "h2":
        year = int(g[0]) if g[0] else this_year
        return PeriodMention(s, e, kind, _form(year, "H2"), year, "H2")
    if kind == "quarter":
        year = int(g[1]) if g[1] else this_year
        sub = f"Q{_ROMAN[g[0].lower()]}"
        return PeriodMention(s, e, kind, _form(year, sub), year, sub)
    if kind == "to_month":
        n = int(g[0])
        if not 1 <= n <= 12:
            return None
        year = int(g[1]) if g[1] else this_year
        sub = f"{n}M"
        return PeriodMention(s, e, kind, _form(year, sub), year, sub)
    if kind == "first_months":
        if s > 0 and (text[s - 1].isalnum() or text[s - 1] in ",."):
            return None
        n = _num(g[0])
        if n is None or not 1 <= n <= 12:
            return None
        whole = m.group(0)
        tail = whole[whole.lower().index("tháng") + 5:]
        before = text[max(0, s - 20):s]
        if _NOT_PERIOD_BEFORE.search(before):
            return None
        if not tail.strip():
            if n == 1:
                return None  # "bình quân một tháng": per month (the first month is "tháng 1")
            if _NOT_PERIOD_AFTER.match(text, e) or not bare_months and not (
                    _BARE_MONTHS_OK.match(text, e) or text[max(0, s - 8):s].endswith(("lũy kế ", "luỹ kế "))):
                return None
        year = int(g[1]) if g[1] else (pub_year if "năm nay" in whole else None)
        sub = f"{n}M"
        return PeriodMention(s, e, kind, _form(year, sub), year, sub)
    if kind == "month":
        if text[max(0, s - 5):s] == "giữa ":
            return None
        n = int(g[0])
        if not 1 <= n <= 12:
            return None
        year = int(g[1]) if g[1] else this_year
        sub = f"{n:02d}"
        return PeriodMention(s, e, kind, _form(year, sub), year, sub)
    if kind == "to_day":
        day, month = int(g[0]), int(g[1])
        year = int(g[2]) if g[2] else None
        if not (1 <= day <= 31 and 1 <= month <= 12) or _DAY_SPAN_BEFORE.search(text, max(0, s - 24), s):
            return PeriodMention(s, e, "year", _form(year, ""), year, "")  # "từ ngày 24 đến ngày 27/1": days
        return PeriodMention(s, e, kind, _form(year, ""), year, "", day, month)
    if kind == "this_month":  # "Trong tháng, ...": the month the report is about (see extract/figures.py)
        return PeriodMention(s, e, kind, None, pub_year, "")
    if kind == "then":  # "cũng đến thời điểm này": the time just named (see extract/figures.py), else the year
        return PeriodMention(s, e, kind, _form(pub_year, ""), pub_year, "")
    if kind == "sofar" and m.group(0) == "hiện":
        before = text[max(0, s - 2):s]
        opens = s == 0 or before.endswith("\n") or before in (". ", "; ", ": ", ", ", "( ")
        # mid-sentence only as "X hiện có/còn/đang ...", not inside "thực hiện", "xuất hiện"
        if not (opens or (_NOW_VERB.match(text, e) and not _HIEN_COMPOUND.search(text, max(0, s - 8), s))) \
                or _HIEN_NOUN.match(text, e, e + 12):
            return None
    if kind == "sofar" and m.group(0).startswith(("đến", "tới")) and _EVER_BEFORE.search(text, max(0, s - 9), s):
        return None
    if kind == "whole_year":
        return PeriodMention(s, e, "whole_year", None, None, "")
    if kind == "ongoing":  # "tỉnh đang triển khai 3 dự án": as of now (extract/figures.py: in the figure's clause)
        return PeriodMention(s, e, kind, _form(pub_year, ""), pub_year, "")
    if kind in ("sofar", "this_year"):
        return PeriodMention(s, e, "sofar", _form(pub_year, ""), pub_year, "")
    if kind == "year":
        if g[0] and _LAW_BEFORE.search(text, max(0, s - 60), s):
            return None
        y = g[0] or g[1]
        year = int(y)
        return PeriodMention(s, e, kind, str(year), year, "")
    return None


def complete(mention: PeriodMention, year: int | None) -> str | None:
    """The contract form of a mention whose year was left out, taking ``year``."""
    if mention.value is not None:
        return mention.value
    if mention.kind == "same" or mention.sub == "?":
        return None
    return _form(mention.year or year, mention.sub)


def same_period(mention: PeriodMention, context: str | None) -> str | None:
    """"cùng kỳ năm 2016" against the context period "2017-H1" → "2016-H1"."""
    year = mention.year
    sub = mention.sub
    ctx_year, _, ctx_sub = (context or "").partition("-")
    if sub == "?":
        sub = ctx_sub if ctx_year.isdigit() else ""
    if year is None:
        if not ctx_year.isdigit():
            return None
        year = int(ctx_year) - 1
    return _form(year, sub)


TERM_RE = re.compile(rf"nhiệm kỳ\s+{_Y}\s*(?:-|–|đến)\s*{_Y}")


def terms_in(text: str) -> list[tuple[int, int]]:
    """The "nhiệm kỳ A-B" spans of a text, latest first."""
    out = sorted({(int(m.group(1)), int(m.group(2))) for m in TERM_RE.finditer(text)}, reverse=True)
    return out
