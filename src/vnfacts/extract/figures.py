"""Stage "figures": every number an article reports as a fact about the world.

Reads ``Document.text``, ``segments``, ``sentences``, ``pub_year``/``pub_month``
and ``home_province``; adds ``Document.figures`` (:class:`~vnfacts.models.Figure`).

How a figure is read, sentence by sentence:

1. numerals (extract/numbers.py) and the scale word and unit after them
   (data/units.yaml; a counted noun is kept as written: "xã, thị trấn");
2. numbers that are not figures are dropped by their shape (dates, years,
   times, codes such as "18-NQ/TW" or "COVID-19") and by the words around
   them (data/figure_cues.yaml: "lần thứ 18", "37 năm", "2 tỉnh", a count
   followed by the list of what it counts);
3. the words just before the number give the role, sign, estimate and bound
   ("ước tăng", "giảm khoảng", "vượt mốc"), the words just after give the
   basis ("so cùng kỳ", "dự toán");
4. the indicator is the counted noun, the measured noun after a unit
   ("218 ha vải thiều"), or the subject before the verb ("thu ngân sách ước
   đạt"); a change or share with no subject of its own takes the indicator of
   the figure before it ("3 tỷ USD, tăng 14,4%"), a share of plan after a
   count takes the count's; a rank ("Hồng Kông đứng thứ hai với ...") takes
   the measure named before it in the paragraph, "mỗi suất trị giá" is the
   value of each, an increment ("vốn tăng thêm đạt ...") is a change; known
   indicators get their catalogue id (data/indicators.yaml);
5. province and period come from the nearest mention before the number in
   the sentence (a period written right after a level is its own: "xuống
   còn 4,12% năm 2020"), then a place or time opening an earlier sentence of
   the paragraph (or the period of the figures just before), then the
   report's period from its title or lead ("Thu hút FDI 6 tháng ...", "9
   tháng đầu năm 2024, ..."), else the home province and the publication
   year (resolve/periods.py, geo.py). A scope such as "cả nước" or "vùng Tây
   Nguyên" gives no province, unless it is only a yardstick ("đứng thứ 2 cả
   nước"); "toàn tỉnh" (in a centrally-run city "thành phố") is the home
   province, or the province of a visiting leader speaking in that paragraph;
   one number said of several named provinces is one figure each. A target
   ("phấn đấu", "mục tiêu ... cả năm") takes the year or its term, a stock
   (area, population, communes, a project's length and cost) the year; a
   term ("nhiệm kỳ 2025 - 2030") is never carried to other sentences; a
   total up to a day ("tính đến ngày 30/6/2022") is the months it closes
   when the day ends a quarter or the report is about those months, else
   the year, and "cũng đến thời điểm này" takes the time named before;
   attendance, votes of people, awards and their recipients ("148 đảng
   viên được trao Huy hiệu") take the month of the article's event;
   results told after a dated happening ("... cuộc bầu cử ngày 23/5. Theo
   đó, ...") take its month; a share in brackets keeps its figure's time;
   months written after the indicator ("thu ngân sách 11 tháng đạt") are
   that figure's only; a stock never takes a term, the size of an elected
   body ("Ban Chấp hành ... gồm 51 đồng chí") takes the article's term;
6. repeats (captions, a headline or one-sentence standfirst rounding a body
   figure, the same figure said twice, a count said again under another
   name) are merged; x/y counts and shares of plan are checked against the
   share stated with them (``Figure.flags``).

Written by hand: no library reads Vietnamese figures (quantulum3,
number-parser, Recognizers-Text have no Vietnamese; Duckling has no
"tỷ đồng" or "so cùng kỳ").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ..geo import district_province, districts, find_provinces, provinces
from ..lexicon import entries, guarded, load, trie_pattern
from ..models import Document, Figure
from ..resolve.periods import PeriodMention, complete, find_periods, same_period, terms_in
from .numbers import (as_number, find_numerals, half_word, has_spelled_scale, multiple_word, parse_digits,
                      read_number_words,
                      read_scale, words_value)

_WORD = r"[\wÀ-ỹĐđ²³]"
_UPPER = "A-ZĐÀÁẠẢÃÂẦẤẬẨẪĂẰẮẶẲẴÈÉẸẺẼÊỀẾỆỂỄÌÍỊỈĨÒÓỌỎÕÔỒỐỘỔỖƠỜỚỢỞỠÙÚỤỦŨƯỪỨỰỬỮỲÝỴỶỸ"


# --------------------------------------------------------------------------------- lexicons
def _alts(words: list[str], ignorecase: bool = True) -> str:
    """One of ``words``, the longest first, as a prefix trie (several times faster than a flat alternation);
    casefolded for a case-insensitive pattern, so that no two branches differ only in case."""
    forms = {w.casefold() if ignorecase else w for w in words if w}
    return trie_pattern(sorted(forms, key=len, reverse=True))


_WORDS_RE = re.compile(r"[\wÀ-ỹĐđ%≥≤]+|[^\s\wÀ-ỹĐđ]")
_TOKEN_RUN_REVERSED = re.compile(r"[\wÀ-ỹĐđ%≥≤]+")


class _TailMatcher:
    """Finds which cue phrase a string ends with, by whole words (faster than an end-anchored regex)."""

    def __init__(self, phrases: list[str], keep: list[str] = ()):
        self.by_last: dict[str, list[tuple[str, ...]]] = {}
        self.by_first: dict[str, list[tuple[str, ...]]] = {}
        self.keep = [tuple(k.casefold().split()) for k in keep]  # compounds never stripped ("tăng trưởng")
        self.longest = 1
        for p in phrases:
            words = tuple(p.casefold().split())
            if not words:
                continue
            self.by_last.setdefault(words[-1], []).append(words)
            self.by_first.setdefault(words[0], []).append(words)
            self.longest = max(self.longest, len(words))
        for v in list(self.by_last.values()) + list(self.by_first.values()):
            v.sort(key=len, reverse=True)

    def match_words(self, words: list[str], end: int) -> int:
        """Length in words of the longest cue phrase ending at ``words[end - 1]`` (0 when none)."""
        if end <= 0:
            return 0
        for phrase in self.by_last.get(words[end - 1], ()):
            n = len(phrase)
            if n <= end and tuple(words[end - n:end]) == phrase:
                return n
        return 0

    def match_words_at(self, words: list[str], start: int, stop: int) -> int:
        """Length of the longest cue phrase starting at ``words[start]`` (0 when none), not past ``stop``."""
        if start >= stop:
            return 0
        for phrase in self.by_first.get(words[start], ()):
            n = len(phrase)
            if start + n <= stop and tuple(words[start:start + n]) == phrase and not any(
                    tuple(words[start:start + len(x)]) == x for x in self.keep):
                return n
        return 0

    def ends(self, words: list[str]) -> bool:
        """Whether the word list ends with one of the cue phrases (words as :func:`_peel` gives them)."""
        return self.match_words(words, len(words)) > 0

    def found(self, s: str) -> bool:
        """Whether ``s`` ends with one of the cue phrases, by whole words of its last characters (the last word
        looked up first: most strings end with no cue)."""
        tail = s[max(0, len(s) - 16 * self.longest):]
        stripped = tail.rstrip()
        if not stripped:
            return False
        run = _TOKEN_RUN_REVERSED.match(stripped[::-1])
        if (run.group(0)[::-1] if run else stripped[-1]).casefold() not in self.by_last:
            return False
        words = [w.casefold() for w in _WORDS_RE.findall(tail)]
        n_words = len(words)
        for phrase in self.by_last.get(words[-1]) or ():
            n = len(phrase)
            if n <= n_words and tuple(words[-n:]) == phrase:
                return True
        return False


def _tail_re(words: list[str]) -> _TailMatcher:
    """Matches one of ``words`` at the end of a string (whole words)."""
    return _TailMatcher(words)


def _head_re(words: list[str]) -> re.Pattern[str]:
    """Matches one of ``words`` at the start of a string (whole word)."""
    return re.compile(r"\s*(" + _alts(words) + r")(?![\wÀ-ỹĐđ])", re.IGNORECASE)


def _rx(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """A compiled pattern guarded by the characters a match can start with (lexicon.guarded: faster scans)."""
    return re.compile(guarded(pattern, flags), flags)


def _any_re(words: list[str], flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """One of ``words`` as a whole word anywhere (guarded by the letters a word can start with: faster scans)."""
    pattern = r"(?<![\wÀ-ỹĐđ])(" + _alts(words, bool(flags & re.IGNORECASE)) + r")(?![\wÀ-ỹĐđ])"
    return re.compile(guarded(pattern, flags), flags)


class _Phrases:
    """Whole-word occurrences of literal phrases, as (start, end, phrase), leftmost-longest and not overlapping:
    ``str.find`` per phrase is several times faster than one alternation regex over an article. A text with a run
    of spaces inside a phrase falls back to the regex."""

    def __init__(self, phrases: list[str]):
        self.phrases = sorted({p for p in phrases if p}, key=len, reverse=True)
        self.rx = _any_re(self.phrases, 0)

    def find(self, text: str) -> list[tuple[int, int, str]]:
        if "  " in text:
            return [(m.start(1), m.end(1), m.group(1)) for m in self.rx.finditer(text)]
        hits = []
        n = len(text)
        for p in self.phrases:
            i = text.find(p)
            while i >= 0:
                j = i + len(p)
                if (i == 0 or not text[i - 1].isalnum()) and (j >= n or not text[j].isalnum()):
                    hits.append((i, -j, p))
                i = text.find(p, i + 1)
        out: list[tuple[int, int, str]] = []
        end = -1
        for i, neg_j, p in sorted(hits):
            if i >= end:
                out.append((i, -neg_j, p))
                end = -neg_j
        return out


@dataclass(frozen=True)
class _Unit:
    id: str
    kind: str
    money_only: bool = False  # a currency word that is also an everyday word ("kíp")


@lru_cache(maxsize=1)
def _lex() -> dict[str, Any]:
    cues = load("figure_cues")
    units: dict[str, _Unit] = {}
    forms: list[str] = []
    for e in entries("units"):
        for f in e["forms"]:
            unit = _Unit(str(e["id"]), e["kind"], bool(e.get("money_only")))
            units[f] = unit
            units.setdefault(f.lower(), unit)
            forms.append(f)
    unit_alts = _alts(forms, ignorecase=False)
    abbrevs: dict[str, str] = dict(cues.get("abbreviations") or {})
    lex = {
        "cues": cues,
        "units": units,
        "unit_re": re.compile(r"\s?(" + unit_alts + r")(?![\wÀ-ỹĐđ²³])"),
        "per_re": re.compile(r"/\s?([\wÀ-ỹĐđ]+(?:/[\wÀ-ỹĐđ]+)?)"),
        "stop_first": re.compile(r"\s*(?!(?:" + _alts(_COMPOUNDS) + r")(?![\wÀ-ỹĐđ]))(" + _alts(_STOP_WORDS)
                                 + r")(?![\wÀ-ỹĐđ])", re.IGNORECASE),
        "stop": re.compile(r"\s*(?!(?:" + _alts(_COMPOUNDS) + r")(?![\wÀ-ỹĐđ]))(" + _alts(
            _STOP_WORDS + _STOP_NEXT) + r")(?![\wÀ-ỹĐđ])", re.IGNORECASE),
        "stop_heads": frozenset(w.casefold().split()[0] for w in _STOP_WORDS + _STOP_NEXT),
        "stop_first_heads": frozenset(w.casefold().split()[0] for w in _STOP_WORDS),
        "not_before": _tail_re(cues["not_figure_before"] + ["cả", "số hiệu", "mã số"]),
        "not_before_compounds": _tail_re(cues["not_figure_before_compounds"]),
        "not_units": _head_re(cues["not_figure_units"]),
        "pointing": _head_re(cues["pointing_back_units"]),
        "counted_capitals": re.compile(r"(?:" + _alts(cues["counted_capitals"], False) + r")(?![\wÀ-ỹĐđ])"),
        "lists": [re.compile(p, re.IGNORECASE) for p in cues["list_openers"]],
        "threshold": _tail_re(cues["threshold_before"]),
        "classifiers": frozenset(cues["indicator_classifiers"]),
        "beneficiary": re.compile(r"(?<![\wÀ-ỹĐđ])(" + _alts(cues["beneficiary_phrases"]) + r")(?:\s+(?:mới|thêm))?\s+cho"
                                  r"\s+(?:(?:khoảng|hơn|gần|trên|thêm|tổng\s+số|tổng\s+cộng)\s+)?$", re.IGNORECASE),
        "beneficiary_units": tuple(cues["beneficiary_units"]),
        "report_lead": re.compile(r"(?<![\wÀ-ỹĐđ])(?:" + "|".join(cues["report_leads"]) + r")\s*$", re.IGNORECASE),
        "money": _any_re(cues["money_words"]),
        "threshold_after": _head_re(["trở xuống"]),
        "peel": [
            ("over", _tail_re(cues["bound_over"])),
            ("about", _tail_re(cues["bound_about"])),
            ("under", _tail_re(cues["bound_under"])),
            ("estimate", _tail_re(cues["estimate"])),
            ("multiplier", _tail_re(cues["multiplier"])),
            ("up", _tail_re(cues["change_up"])),
            ("down", _tail_re(cues["change_down"])),
            ("share", _tail_re(cues["share_before"])),
            ("level", _tail_re(cues["level_verbs"] + _FILLERS)),
            ("filler", _tail_re(_PURE_FILLERS)),
        ],
        "estimate_any": _any_re(cues["estimate"]),
        "peel_index": {},  # filled below: last word -> (length, words, category), longest first
        "over_after": _head_re(cues["bound_over_after"]),
        "share_after": _head_re(cues["share_after"]),
        "level_rates": _any_re(cues["level_rates"]),
        "plan": _any_re(cues["basis_plan"]),
        "plan_head": re.compile(r"(?:tổng\s+)?(?:kế hoạch|dự toán|chỉ tiêu)(?![\wÀ-ỹĐđ])\s*", re.IGNORECASE),
        "yoy": _any_re(cues["basis_yoy"]),
        "event_units": _head_re(cues["event_units"]),
        "event_verbs": re.compile(guarded(r"(?<![\wÀ-ỹĐđ])(" + _alts(cues["event_verbs"]) + r")(?![\wÀ-ỹĐđ])"
                                          r"(?!\s+(?:án|toán|kiến|báo|thảo|trữ|phòng|ước|định|tính))", re.IGNORECASE),
                                  re.IGNORECASE),
        "not_event": _any_re(cues["not_event_before"]),
        "vote_verbs": _any_re(cues["vote_verbs"]),
        "delegation": re.compile(r"(?:^|[\s,;:])(?:" + _alts(cues["delegation_words"]) + r")\s+(?:gồm|có)\s+(?:\w+\s+)?$",
                                 re.IGNORECASE),
        "ranking": _any_re(cues["ranking_words"]),
        "borrower": _head_re(cues["measure_borrowers"]),
        "allotted": re.compile(r"\s(?:đã\s+|sẽ\s+)?được\s+(?:" + _alts(cues["allotting_verbs"]) + r")(?:\s+(?:thêm|là|khoảng|hơn|trên|gần))?\s*$",
                               re.IGNORECASE),
        "member_units": _head_re(cues["member_units"]),
        "bodies": _head_re(cues["elected_bodies"]),
        "remainder": re.compile(r"(?<![\wÀ-ỹĐđ])còn\s+(" + _alts(cues["remainder_measures"]) + r")\s*$", re.IGNORECASE),
        "aspects": {**{w: ("measure", "count") for w in cues["aspect_quantity"]},
                    **{w: ("currency",) for w in cues["aspect_value"]}},
        "per_item_end": re.compile(r"(?<![\wÀ-ỹĐđ])mỗi\s+([\wÀ-ỹĐđ]+(?:\s+[\wÀ-ỹĐđ]+){0,2})\s+("
                                   + _alts(cues["per_item_value"]) + r")\s*$", re.IGNORECASE),
        "per_item": re.compile(r"(" + _alts(cues["per_item_value"]) + r") mỗi (.+)"),
        # (not "vốn đăng ký cấp mới và tăng thêm": a total of both)
        "increment": re.compile(r"(?<![\wÀ-ỹĐđ])(?<!và\s)(?<!,\s)(?:" + _alts(cues["increment_words"]) + r")$",
                                re.IGNORECASE),
        "received": re.compile(r"(?<![\wÀ-ỹĐđ])(?:(?:" + _alts(cues["received_after"]) + r")|(?:" + _alts(
            cues["receive_verbs"]) + r")\s+(?:" + _alts(cues["awards"]) + r"))(?![\wÀ-ỹĐđ])", re.IGNORECASE),
        "national": _Phrases([w.casefold() for w in cues["national_scope"]]),
        "district_lead": _Phrases(["tại", "ở", "huyện", "thị xã", "thành phố", "tp", "quận"]),
        "country_lead": re.compile(r"(?:^|\s)(" + _alts(cues["country_leads"]) + r")\s+$", re.IGNORECASE),
        "national_compare": re.compile(r"(?:^|\s)(?:" + _alts(cues["national_compare_before"])
                                       + r")(?:\s+[\w,]+)?\s*$", re.IGNORECASE),
        "home_scope": _Phrases(cues["home_scope"]),
        "time_topic": _head_re(cues["time_topic_openers"]),
        "time_topic_clause": re.compile(guarded(r"[,;]\s*(?:" + _alts(cues["time_topic_openers"]) + r")(?![\wÀ-ỹĐđ])",
                                                re.IGNORECASE), re.IGNORECASE),
        "holiday": _Phrases(cues["holiday_words"]),
        "dated_happening": re.compile(guarded(
            r"(?<![\wÀ-ỹĐđ])(?:" + _alts(cues["dated_happenings"]) + r")\s+(?:[^\s,;.\d]+\s+){0,4}?"
            r"(?:từ\s+ngày\s+\d{1,2}\s*(?:đến|tới|-|–)\s*(?:ngày\s+)?|ngày\s+)(\d{1,2})\s*"
            r"[/.\-]\s*(\d{1,2})(?:\s*[/.\-]\s*((?:19|20)\d\d))?(?![\d/\-]|\.\d)", re.IGNORECASE), re.IGNORECASE),
        "result_opener": _head_re(cues["result_openers"]),
        "speech": _any_re(cues["speech_verbs"], 0),
        "target": _any_re([w.casefold() for w in cues["target_before"]], 0),
        "stock": _any_re(cues["stock_indicators"]),
        "flow_area": _any_re(cues["flow_area_cues"]),
        "flow_count": _any_re(cues["flow_count_cues"]),
        "flow_count_names": tuple(w.casefold() for w in cues["flow_count_names"]),
        "stock_units": re.compile(r"(?:" + _alts(cues["stock_units"]) + r")(?![\wÀ-ỹĐđ])", re.IGNORECASE),
        "home_scope_city": _Phrases([w.casefold() for w in cues["home_scope_city"]]),
        "not_home_before": _tail_re(cues["not_home_scope_before"]),
        "lead_m": _TailMatcher(cues["indicator_lead_strip"], ["tăng trưởng", "tăng cường", "giảm nghèo",
                                                               "giảm thiểu", "so sánh"]),
        "trail": _tail_re(cues["indicator_trail_strip"]),
        "cut": _any_re(cues["indicator_cut"] + cues["indicator_cut_agent"] + ["thể hiện qua", "thông qua"]),
        "cut_named": re.compile(guarded(r"(?<![\wÀ-ỹĐđ])(?i:" + _alts(cues["indicator_cut_named"]) + r")\s+(?=["
                                        + _UPPER + "])", 0)),
        "cut_agent": frozenset(w.casefold() for w in cues["indicator_cut_agent"]),
        "cut_keep": _head_re(cues["indicator_cut_keep"]),
        "dimension": re.compile(r"([\wÀ-ỹĐđ]+)\s+(?:" + _alts(cues["dimension_words"]) + r")$", re.IGNORECASE),
        "dimension_names": frozenset(cues["dimension_names"]),
        "damage": re.compile(guarded(r"(?<![\wÀ-ỹĐđ])(?:(?:" + _alts(cues["disaster_words"]) + r")(?![\wÀ-ỹĐđ])[^.;:]{0,60}?"
                                     r"(?<![\wÀ-ỹĐđ])(?:" + _alts(cues["damage_verbs"]) + r")|(?:" + _alts(cues["damage_heads"])
                                     + r"))(?![\wÀ-ỹĐđ])", re.IGNORECASE), re.IGNORECASE),
        "table_change": _any_re(cues["table_change_heads"]),
        "table_compare": _any_re(cues["table_compare_heads"]),
        "table_unit_line": re.compile(r"\(?\s*(?:" + _alts(cues["table_unit_leads"]) + r")\s*:\s*([^()|]{1,30}?)\s*\)?\s*$",
                                      re.IGNORECASE),
        "abbrevs": abbrevs,
        "abbrev_re": re.compile(r"(?<![\wÀ-ỹĐđ\-])(" + "|".join(
            re.escape(k) for k in sorted(abbrevs, key=len, reverse=True)) + r")(?![\wÀ-ỹĐđ\-])"),
    }
    order = {cat: i for i, (cat, _) in enumerate(lex["peel"])}
    index: dict[str, list[tuple[int, tuple[str, ...], str]]] = {}
    for cat, matcher in lex["peel"]:
        for last, phrases in matcher.by_last.items():
            index.setdefault(last, []).extend((len(p), p, cat) for p in phrases)
    for v in index.values():
        v.sort(key=lambda e: (-e[0], order[e[2]]))
    lex["peel_index"] = index
    return lex


_PURE_FILLERS = ["được", "đã", "cũng", "chỉ", "mới chỉ", "vẫn"]  # no verb of their own: "giảm được 1.842 hộ"
_FILLERS = ["thêm", "lên", "mức", "ở mức", "đạt mức", "số tiền", "tổng cộng", "tổng số", "con số", "mốc", "cả"]
_STOP_WORDS = [
    "đạt", "tăng", "giảm", "là", "có", "được", "bị", "đã", "sẽ", "đang", "và", "với", "của", "cho", "trong",
    "từ", "đến", "tới", "so", "bằng", "chiếm", "nhưng", "tuy", "thì", "mà", "để", "nhằm", "giúp", "do", "vì",
    "theo", "tại", "ở", "trên", "dưới", "hơn", "gần", "khoảng", "qua", "sau", "trước", "này", "đó", "nên",
    "cũng", "vẫn", "còn", "chỉ", "mới", "đều", "hết", "lên", "xuống", "ra", "vào", "tương đương", "thuộc",
    "gồm", "bao gồm", "như", "trở lên", "các", "những", "mỗi", "cùng", "đi", "về", "làm", "xảy ra", "nay",
    "năm", "tháng", "quý", "ngày", "trị giá", "với tổng", "tổng", "đồng thời", "thực hiện", "hoàn thành",
    "đưa", "sử dụng", "khởi công", "phải", "cần", "vừa", "rồi", "đây",
    "lần lượt", "tương ứng", "riêng", "nhất", "bình quân", "ước", "dự kiến", "tính", "kể", "tham gia",
    "chiếm tỷ lệ", "trở xuống", "nữa", "khác", "thêm", "mà", "hay", "hoặc", "nơi", "khi", "ngay", "không",
    "dài", "rộng", "cao", "sâu", "nặng", "đứng", "xếp", "thứ",
]
_NOT_DONG = re.compile(r"\s*(?:chí|bào|bằng|hương|nghiệp|minh|tình|ý|thuận|lòng|thời|bộ|đội|ca|hồ|phục|loại|cỏ|"
                       r"ruộng|nát|đều|tâm|sở hữu|chủ)(?![\wÀ-ỹĐđ])")
_NP_WORD = re.compile(r"\s*(?:-\s+(?=[a-zà-ỹđ]))?(" + _WORD + r"+(?:-" + _WORD + r"+)*)")
_NP_MORE = re.compile(r",\s*(" + _WORD + r"+(?:\s+" + _WORD + r"+){0,2})(?=\s*(?:[(;:.]|$|\s(?:"
                      r"đạt|được|có|thuộc|đã|là|còn|trong|tham|nhằm|trên|dưới|của|tại|từ|ở|và)(?![\wÀ-ỹĐđ])))")
_FIGURE_WORDS = ("gấp", "nửa", "phần", "nghìn", "ngàn", "triệu", "tỷ")  # a figure with no digit has one of these
_BARE_COUNTERS = {"lượt"}  # "khách lưu trú 3,1 triệu lượt": the noun before names what is counted
# a counter word right after a noun phrase of its own ("xuất khẩu lao động 1.460 người"): that phrase is what is counted
_PLAIN_COUNTERS = {"người", "con"}
_MEMBER_COUNTERS = {"đồng chí"}  # "Ban Thường vụ gồm 12 đồng chí": the size of the body named before
_GENERIC_COUNTERS = re.compile(r"(?:lượt|người|lượt người|con|chiếc|cái|lượt khách|khách|suất|hộ|trường hợp|điểm)",
                               re.IGNORECASE)
_RANKED_END = re.compile(r"\s(?:dẫn đầu|đứng đầu|(?:đứng|xếp) thứ\s+[\wÀ-ỹĐđ]+)(?:\s+cả nước)?$")  # "... dẫn đầu| với"
_CONTINUES_LEAD = re.compile(r"^(?:Trong đó|Cụ thể|Riêng|Trong số đó|Trong số|Còn|Tính riêng|Chỉ riêng),?\s*")
_CONTINUES = re.compile(r"\s*(?:Trong đó|Cụ thể|Riêng|Trong số đó|Trong số|Còn|Tính riêng|Chỉ riêng)\b")
# words before a year that make it a yardstick, not the period ("so với năm 2020", "kế hoạch năm 2023")
_NOT_PERIOD_LEAD = ("so với", "so", "kế hoạch", "dự toán", "chỉ tiêu", "tầm nhìn", "định hướng", "định hướng đến",
                    "tầm nhìn đến")
_FUNCTION_BEFORE = re.compile(r"(?:có|là|đạt|và|với|gồm|được|cho|của|trong|tại|thêm|hơn|trên|dưới|khoảng|gần|"
                              r"còn|chỉ|mới|đã|tổng|cả|các|những|xảy|ra|chết|thương|dự|tặng|trao|cùng)")
_POINTER_AFTER = re.compile(r"\s*(?:này|đó|nói trên|kể trên|trên đây)(?![\wÀ-ỹĐđ])")
_NO_MORE = re.compile(r"không còn[^,;:.]*$")
_QUALIFIER_NEXT = re.compile(r"\s+là\s+(?:\d|khoảng|trên|dưới|hơn)")
_QUALIFIER_LINK = re.compile(r"(?:(?!\svà\s)[^,;:.()\d]){0,60}\s(?:đạt|có)\s+(?:(?:dưới|trên|từ|đủ)\s+)?")
_NAME_BEFORE_PAREN = re.compile(r"(?:^|[\s,:;])[" + _UPPER + r"][\wÀ-ỹĐđ]*(?:\s+[\wÀ-ỹĐđ]+){0,4}\s*\($")
_PLACE_NAME = re.compile(r"(?:của\s+)?(?:huyện|thị xã|thành phố|TP\.?|quận|xã|phường|thị trấn)\s+(?:[" + _UPPER + r"]\S*\s*)+")
_DISTRICT_NAME = re.compile(r"\.?\s+([" + _UPPER + r"][\wÀ-ỹĐđ]*(?:\s+[" + _UPPER + r"][\wÀ-ỹĐđ]*){0,2})")
_CLAUSE_END_RE = _rx(r"[,;:()…]|\.(?!\d)")
_TAIL_CUT = _rx(r"(?<![\wÀ-ỹĐđ])(?:cao hơn|thấp hơn|so với|so|tuy|nhưng|song)(?![\wÀ-ỹĐđ])", re.IGNORECASE)
_CONJUNCTIONS = {"tuy", "nhưng", "song"}
_NEXT_CAPITAL = re.compile(r"\s+[" + _UPPER + "]")
_LOWER_WORD_AFTER = re.compile(r"\s+[a-zà-ỹđ]")
_ONE_WORD_ITEM = re.compile(r"(?:^|[,;:(]\s*)[a-zà-ỹđ]+$")  # "nông, lâm nghiệp và thủy sản": a word shared with the next
_LIST_ITEM_END = re.compile(r"(?<![\wÀ-ỹĐđ])(?:các|những|đối với)\s+[\wÀ-ỹĐđ]+(?:\s+[\wÀ-ỹĐđ]+)?\s*$", re.IGNORECASE)
_PART_FOR = re.compile(r"\s*(?:được\s+|sẽ\s+|là\s+)?(dành cho|dùng cho|dùng để|bố trí cho|phân bổ cho|đầu tư cho|chi cho)\s+",
                       re.IGNORECASE)
_ASIDE = re.compile(r"\s*(?:,[^,;.()]{1,60},|\([^()]{1,60}\))")  # words set off after a name
_SINGLED_OUT = re.compile(r"\s*(?:Riêng|Tính riêng|Chỉ riêng|Trong đó, riêng)\b")
_HOLIDAY_DATE = re.compile(r"[^.;:\d]{0,40}?(?<!\d)(\d{1,2})\s*[/.\-]\s*(\d{1,2})(?![\d/])")  # "... Quốc khánh 2/9"
_NEXT_ITEM = re.compile(r"(?:\s+về\s+[^\d,;.()]{1,25}?)?\s*(?:,|và|,\s*và)\s*")  # "12% về lượng và 35%"
_PURPOSE_WORDS = {"cho", "để"}
_FUND_HEAD = re.compile(r"\s*(?:tổng|nguồn|kinh phí|vốn|số tiền|chi phí)(?![\wÀ-ỹĐđ])", re.IGNORECASE)
_SEASON_LEAD = re.compile(r"\s*(?:[Tt]rong\s+)?(?:[Vv]ụ|[Mm]ùa)\s+(?:mùa|chiêm|[" + _UPPER + r"][\wÀ-ỹĐđ]*(?:\s+["
                          + _UPPER + r"][\wÀ-ỹĐđ]*)?)(?:\s+\d{4})?\s+")
_PLACE_PREP = re.compile(r"^.*(?<![\wÀ-ỹĐđ])(?:tại|ở|trên|với)\s", re.IGNORECASE | re.DOTALL)  # up to the last one
_CONTENT_SHARE_VERBS = {"giải ngân", "giải ngân được", "thi công", "hoàn thành", "hoàn thành được"}
_MEASURE_NOUNS = re.compile(r"(?:quy mô|công suất|sức chứa|dân số|quy mô dân số|tổng số|số lượng|chiều dài|chiều rộng|"
                            r"diện tích|tổng diện tích)(?:\s+[\wÀ-ỹĐđ]+){0,3}$", re.IGNORECASE)
_COUNT_OF_REACHED = re.compile(r"(?<![\wÀ-ỹĐđ])(?<!chỉ )(?<!tổng )số\s+[\wÀ-ỹĐđ]+(?:\s+[\wÀ-ỹĐđ]+){0,3}\s+đạt\s*$", re.IGNORECASE)
_SPLIT_COMMA = re.compile(r",(?!\d)|(?<!\d),")  # not a decimal comma ("2,5 lít")
_OF_THEN_SHARE = re.compile(r"[^\d,;()]{0,40}(?:,|\s\()?\s*(?:đạt|chiếm|bằng|tương đương|tương ứng)(?:\s+tỷ lệ)?\s*")
_NP_KEEP = {"mặt bằng", "đồng bằng", "cân bằng", "văn bằng", "nhà ở", "người có công", "đề ra"}  # a stop word inside a noun
# a short quoted phrase, a slogan or a name: one to six words (no nested quantifiers: no backtracking blow-up)
_SHORT_QUOTE = re.compile(r"[\"“][^\"“”\s]+(?:\s[^\"“”\s]+){0,5}\s?[\"”]")
_CAP = r"[" + _UPPER + r"][\wÀ-ỹĐđ]*(?:\s+[" + _UPPER + r"][\wÀ-ỹĐđ]*){0,3}"
_NAMED_LIST = re.compile(r"(?:\s+[a-zà-ỹđ]+){1,3}\s+(" + _CAP + r"(?:\s*(?:,\s*(?:và\s+)?|và\s+)" + _CAP + ")+)")
_LIST_SEP = re.compile(r"\s*,\s*(?:và\s+)?|\s+và\s+")
_LIST_GAP = re.compile(r"\s*(,|và|,\s*và)\s*(?:tỉnh\s+|TP\.?\s+)?")
_OWN_TIME_AFTER = re.compile(r"\s*(?:của\s+)?(?:quý|năm|tháng|cùng kỳ)\s", re.IGNORECASE)  # "mức 5% của quý I/2024"
_GAP_WORD = re.compile(r"(?<![\wÀ-ỹĐđ])gấp\s+(đôi|rưỡi|ba|bốn|năm|mười)(?![\wÀ-ỹĐđ])")
_PART_WORDS = re.compile(r"(?<![\wÀ-ỹĐđ])(một nửa|(một|hai|ba|bốn) phần (ba|tư|năm|mười))(?![\wÀ-ỹĐđ])")
_ABOUT_AFTER = re.compile(r"\s*về\s+(?:số\s+)?(?=[a-zà-ỹđ])")
_PART_OF_COUNT = re.compile(r"\s*,\s*(?:chiếm|trong đó|trong số đó)\s*", re.IGNORECASE)
_BRACKETED = re.compile(r"\([^()]*\)")
_EDGE_PUNCT = {",", ";", ":", "-", "…", ".", "/"}
_QUOTES_RE = re.compile(r"[()\"“”]")
_PERIOD_PREP = _rx(r"(?:(?:đến|tới|từ|tính đến|trong)\s+)?(?:đến|tới|vào|cuối|đầu|tính đến|tính|trong|từ|hết|cả|giai đoạn|"
                   r"thời kỳ|nhiệm kỳ)\s+$",
                   re.IGNORECASE)  # "đến cuối năm 2022"
_POPULATION_AFTER = re.compile(r"\s*(?:số|đại biểu|cử tri|hộ|xã|người|học sinh|trẻ em|doanh nghiệp|lao động|"
                               r"trường|thôn|đảng viên|hội viên|đoàn viên)(?![\wÀ-ỹĐđ])", re.IGNORECASE)
_TERM_NAME = re.compile(r"\s*(?:khóa|khoá|nhiệm kỳ)\s+(?:[IVXLC]+|\d{4}\s*-\s*\d{4})(?![\wÀ-ỹĐđ])")
_FROM_AS_BOUND = re.compile(r"(?:đạt|có|là|ở mức|với|chiếm)\s+từ\s*$", re.IGNORECASE)
_PERIOD_LEAD_WORDS = {"trong", "giai", "đoạn", "thời", "kỳ", "nhiệm", "tính", "đến", "từ", "vào", "cuối", "đầu", "riêng",
                      "lũy", "kế", "hết", "qua", "cả"}
# "tăng|giảm" + the noun phrase it acts on, right before the number (not "tăng trưởng", "giảm nghèo")
# "số phiếu tán thành 48/49": the noun after "số" names what a bare fraction counts
_COUNTED_BY_SO = re.compile(r"(?<![\wÀ-ỹĐđ])số\s+([a-zà-ỹđ][\wÀ-ỹĐđ]*(?:\s+[\wÀ-ỹĐđ]+){0,3})\s*$")
_VERB_THEN_OBJECT = re.compile(r"(?<![\wÀ-ỹĐđ])(tăng|giảm)\s+(?!(?:trưởng|cường|nghèo|thiểu|ca)(?![\wÀ-ỹĐđ]))"
                               r"([\wÀ-ỹĐđ]+(?:\s+[\wÀ-ỹĐđ]+){0,5})\s*$", re.IGNORECASE)
_FROM_LEVEL_TO = re.compile(r"\s*(?:%\s*)?(?:\(?\s*(?:(?:vào\s+)?(?:đầu|cuối|giữa)\s+)?(?:năm\s+)?(?:19|20)\d\d\s*\)?\s*)?"
                            r"(?:xuống|lên)(?:\s+còn|\s+mức)?\s+\d",
                            re.IGNORECASE)  # "từ 47,6% (năm 1990) xuống còn 4,12%", "từ 31% đầu năm 2016 lên ...": two levels
_OWN_TIME_GAP = {"", "đầu", "cuối", "giữa", "vào", "vào đầu", "vào cuối", "vào giữa"}  # "17,9% cuối năm 2018"
_TERM_BEFORE = re.compile(r"nhiệm kỳ\s*$")
_WHOLE_PERIOD = re.compile(r"\d{4}(?:-\d{4})?$")  # a year or a span, no part of a year
_JOINED_WORD_COUNT = re.compile(r"\s*(?:và|,)\s*(một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười)(?=\s+[a-zà-ỹđ])",
                                re.IGNORECASE)
_CLAUSE_MARKS = re.compile(r"[,;:…()\-]")
_TRAIL_KEEP = {"chứng chỉ", "thể hiện", "phát hiện", "xuất hiện", "thực hiện", "cấp trên", "cấp dưới", "tỷ trọng",
               "thôn mới", "đổi mới", "cấp mới", "lập mới", "trồng mới", "xây mới", "ký mới", "tuyển mới", "mở mới",
               "tư mới", "hút mới", "tạo mới", "sinh mới",  # "mới" that belongs to the noun ("rừng trồng mới")
               "tăng thêm", "bổ sung thêm",
               "mặt bằng", "đồng bằng", "cân bằng", "văn bằng",
               "tổng trị"}  # "tổng trị giá" is the measure (the trailing "trị giá" of "quà trị giá" is not)  # "bàn giao mặt bằng được 5,8 km": no cue "bằng"  # "vốn đăng ký tăng thêm": the increment is the measure
_ATTENDING_AFTER = re.compile(r"[^,;.()]{0,40}?\s(?:(?:tham dự|dự|có mặt)(?:\s+(?:hội nghị|buổi|lễ|đại hội|kỳ họp|hội thảo|"
                              r"chương trình|sự kiện))?|tham gia\s+(?:hội nghị|buổi|lễ|đại hội|kỳ họp|hội thảo|"
                              r"chương trình|sự kiện|hội thi|giải))(?=[\s,;.]|$)", re.IGNORECASE)
_MEASURE_WORD = _rx(r"quy mô|công suất|sức chứa|dân số|tổng số|số lượng|chiều dài|chiều rộng|diện tích|số người|"
                           r"số lao động|số hộ", re.IGNORECASE)
_MEASURE_HEAD = re.compile(r"(?:tổng số|số lượng|quy mô|dân số|tổng dân số|số người|số lao động|số hộ|tổng đàn|đàn)\s",
                           re.IGNORECASE)  # "tổng đàn lợn hiện có 497.000 con": the herd
_STOP_NEXT = ["dự", "tham dự", "có mặt", "được", "đã", "nhằm", "thuộc diện", "đại diện", "dành"]
_STOP_SET = frozenset(w for w in _STOP_WORDS + _STOP_NEXT if " " not in w)
_STOP_FIRST_SET = frozenset(w for w in _STOP_WORDS if " " not in w)
_WHOLE_AFTER = re.compile(r"\s*(?:trong\s+)?tổng(?:\s+số)?\s+", re.IGNORECASE)
_DATE_PHRASE = _rx(r"(?<![\d,.])(?:(?:[Nn]gày|[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Đđ]êm)\s*(?:ngày\s*)?)?\d{1,2}\s*[/.\-]\s*\d{1,2}"
                          r"(?:\s*[/.\-]\s*\d{2,4})?")
_COMPOUNDS = ["mặt bằng", "chỉ tiêu", "chỉ số", "chỉ thị", "đồng chí", "năm học", "ra đời", "vào cuộc", "trên dưới",
              "mới thành lập", "qua đào tạo", "cho vay", "bằng khen", "bằng cấp", "bằng chứng"]
_COMPOUND_HEADS = frozenset(w.split()[0] for w in _COMPOUNDS)
_PEOPLE_NOUNS = re.compile(r"^(?:đại biểu|cán bộ|đoàn viên|người|nhà báo|khách|học viên|cử tri|hội viên|"
                           r"công nhân|lao động|thanh niên|đảng viên|thành viên|chiến sĩ|em|cháu)", re.I)
_DATE_CUE = re.compile(r"(?:ngày|sáng|chiều|tối|trưa|đêm|hôm|từ|đến|tới|trước|sau|dịp|vào|cuối|đầu|giữa|"
                       r"lúc|hạn|kể từ|tháng|năm|mùng|mồng)\s*$", re.IGNORECASE)
_RANGE_RE = re.compile(r"\s*(?:-|–|đến|tới)\s*(?=\d)")
_FROM_TO_AFTER = re.compile(r"\s*(?:%|[^\s,;.()]+)?\s*(?:đến|tới|xuống|lên|-|–)\s", re.IGNORECASE)
_PAREN_ABBREV = re.compile(r"\s*\(([A-ZĐ][A-ZĐ0-9&\-]{1,12})\)")
_LAST_WORD_REVERSED = re.compile(r"\s*([\wÀ-ỹĐđ]+)")
_EVENT_DATE_RE = re.compile(guarded(
    r"(?:[Nn]gày|[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Đđ]êm|[Hh]ôm nay|[Hh]ôm qua)\s*(?:ngày\s*)?(\d{1,2})\s*"
    r"(?:[/.\-]\s*(\d{1,2})(?:\s*[/.\-]\s*(\d{4}))?|tháng\s*(\d{1,2})(?:\s*năm\s*(\d{4}))?)"))

_ABBREV_DEF = re.compile(r"\(([A-ZĐ][A-ZĐ0-9&\-]{1,10})\)")
_WORD_RUN = re.compile(r"[\wÀ-ỹĐđ]+")
_LUOT_AFTER = re.compile(r"\s*lượt")
_PER_TIME = re.compile(r"/\s?(?:năm|tháng)")
_PROVINCE_WORD_END = re.compile(r"(?:của\s+)?(?:tỉnh|thành phố|TP\.?)\s*$", re.IGNORECASE)
_SPACE_THEN_LOWER = re.compile(r"\s+(?=[a-zà-ỹđ])")
_AND_GAP = re.compile(r"\s*(?:và|,)\s*")
_SO_NOUN = re.compile(r"số\s+\w")
_SO_QUANTITY = re.compile(r"số\s+(?:lượng|liệu)")
_GAP_END = re.compile(r"gấp\s*$")
_RATE_WORD = _rx(r"(?:tỷ lệ|tỉ lệ|tỷ trọng|tỉ trọng|cơ cấu)", re.IGNORECASE)
_RATE_HEAD = re.compile(r"(?:tỷ lệ|tỉ lệ|tỷ trọng|tỉ trọng)", re.IGNORECASE)
_STRUCTURE_COLON = re.compile(r"(?<![\wÀ-ỹĐđ])cơ cấu[^.;:]{0,40}:[^;:]*$", re.IGNORECASE)  # "Cơ cấu kinh tế: ..."
_RATE_AFTER = re.compile(r"\s*(?:/năm\s*)?(?=(?:tỷ lệ|tỉ lệ|tỷ trọng|tỉ trọng)\s)", re.IGNORECASE)
_YOY_BEFORE = re.compile(r"[Ss]o (?:với )?cùng kỳ[^,;.]*,\s*[^;.]*$")
_SO_LEAD = re.compile(r"^\s*(?:so\s+(?:với\s+)?)?(?:tổng\s+)?")  # "so với dự toán", "45% tổng kế hoạch vốn"
_SO_YEAR = re.compile(r"\s*so với (?:năm|giai đoạn) (?:19|20)\d\d")
_PAREN_AFTER = re.compile(r"\s*\([^()]{0,60}\)")
_AND_END = re.compile(r"(?:^|\s)và$")
_OVER_PLAN = re.compile(r"vượt\s+(?:kế hoạch|dự toán|chỉ tiêu)")
_FROM_TO_END = re.compile(r"(?:từ|lên|xuống|còn)\s*$")
_OF_WHICH = re.compile(r"[,;]\s*trong (?:đó|số đó)", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
_RESPECTIVELY = re.compile(r"lần lượt")
_TOI_AFTER = re.compile(r"\s+tới")
_NUM_END = re.compile(r"[\d%]\s*$")
_VERB_NUMBER = re.compile(r"(?:có|đạt|gần|hơn|trên|khoảng)\s+\d")
_LIST_COLON = re.compile(r"[^.;:]{0,100}?(?:,\s*)?(?:bao gồm|gồm có|gồm|là|như)\s*:\s*")
_THRESHOLD_NUMBER = re.compile(r"(?:ngưỡng|mức)\s+[\d.,]+\s*\S*")
_NAMED_ONE_BY_ONE = re.compile(r"[^.;:,\d]{0,80}?\slà\s+(?!\d)")
_NAMES_RUN = re.compile(_CAP + r"(?:\s*(?:,\s*(?:và\s+)?|và\s+)" + _CAP + ")+")
_AND_WORD = re.compile(r"\svà\s")
_VOTERS_AFTER = re.compile(r"\s*(?:tổng\s+số\s+)?(?:số phiếu|đại biểu|cử tri)")
_EACH_VALUE = _rx(r"(?:trị giá|mỗi)")
_ATTENDING_BEFORE = _rx(r"(?:[Tt]ham dự|[Dd]ự (?:hội nghị|buổi|lễ|đại hội|kỳ họp|hội thảo)|có sự tham gia|[Đđ]ến dự|"
                               r"[Tt]ham gia (?:hội nghị|buổi|lễ)|[Cc]ùng dự)")
_DAY_NAMED = _rx(r"(?<![\wÀ-ỹĐđ])ngày\s+\d{1,2}\s*[/.\-]\s*\d{1,2}")  # a time of its own: no report months
_DAY_WITH_YEAR = re.compile(r"(?:(?:[Kk]ể từ|[Tt]ừ|[Ss]au|[Đđ]ến|[Tt]ính đến)\s+)?[Nn]gày\s+\d{1,2}\s*[/.\-]\s*\d{1,2}\s*[/.\-]\s*((?:19|20)\d\d)(?!\d)")  # opening the sentence
_COMPARED_WITH = _rx(r"(?<![\wÀ-ỹĐđ])so\s+với(?![\wÀ-ỹĐđ])", re.IGNORECASE)
_SINCE_LEAD = re.compile(r"(?<![\wÀ-ỹĐđ])từ\s+(?:đầu\s+|giữa\s+|cuối\s+)?$", re.IGNORECASE)
_TILL_AFTER = re.compile(r"[^,;.]{0,12}?\s(?:đến|tới)\s", re.IGNORECASE)  # "từ tháng 3 đến tháng 5": a span
_REPORT_MONTHS = re.compile(r"(\d{4})-(\d{1,2}M|Q1|H1)")
_DECIMALS = re.compile(r"[\d.]+(?:,(\d+))?")
_NOT_DIGIT_COMMA = re.compile(r"[^\d,]")
_PUNCT_RUN = re.compile(r"[^\w\s]")


# --------------------------------------------------------------------------------- candidates
@dataclass(slots=True)
class _Cand:
    start: int
    end: int
    value: float
    unit: str
    unit_kind: str  # currency | percent | times | measure | count
    written: str
    sentence: tuple[int, int]
    seg_index: int
    seg_kind: str
    to: float | None = None
    of: float | None = None
    role: str = "level"
    sign: int = 1
    estimate: bool = False
    bound: str | None = None
    basis: str | None = None
    indicator: str | None = None
    own_subject: bool = True
    chained_to: int | None = None  # index of the figure it takes its indicator from
    period: str | None = None
    province: str | None = None
    provinces: tuple[str, ...] = ()
    event: bool = False
    num_start: int = 0
    unit_phrase: str = ""
    flags: list[str] = field(default_factory=list)
    drop: str | None = None
    in_paren: bool = False
    head_before: str = ""  # the word just before the number (for repeats)
    qualifier: str | None = ""  # what a count says about its noun ("đạt chuẩn nông thôn mới"), for the catalogue
    q_span: tuple[int, int] = (0, 0)  # where a count's qualifier stands (read on demand: None above)
    peeled: tuple[dict[str, str], int] | None = None  # cue words before the number and their length
    from_level: bool = False  # "từ X (năm 1990) xuống Y (năm 2020)": a level of its own time, not carried on
    delegation: bool = False  # the size of a visiting delegation
    plan_whole: bool = False  # "24,1/116,8 tỷ đồng kế hoạch vốn": the amount is measured against the plan named after
    as_of: bool = False  # a stock or goal given the year though the sentences around name months: not carried on


@dataclass
class _Ctx:
    doc: Document
    terms: list[tuple[int, int]]
    places: list[tuple[int, int, str | None]]  # (start, end, province or None for national scope)
    abbrevs: dict[str, str]
    event_month: str | None
    home: str | None
    weak_home: bool
    report_period: str | None = None  # the period a report is about (its title or lead)
    abbrev_re: re.Pattern[str] | None = None  # the article's own abbreviations
    home_marks: set[int] = field(default_factory=set)  # starts of "toàn tỉnh", "của tỉnh", ... in ``places``
    compared: set[int] = field(default_factory=set)  # ends of "bình quân chung cả nước" (a yardstick)
    voices: dict[int, str] = field(default_factory=dict)  # paragraph index -> province of a guest speaking in it
    # sentence start -> its first figure's period (None: a level with a time of its own, carried to none after)
    sentence_figures: dict[int, str | None] = field(default_factory=dict)
    own_times: dict[int, str | None] = field(default_factory=dict)  # sentence start -> the own time of its level
    sentence_cands: list = field(default_factory=list)  # the candidates being placed (for "lần lượt")
    _periods: dict[int, list[PeriodMention]] = field(default_factory=dict)
    targets: dict[int, list[int]] = field(default_factory=dict)  # sentence start -> ends of its goal words
    segment_sentences: dict[int, list] = field(default_factory=dict)  # segment index -> its sentences
    measures: dict[tuple[int, str], str] = field(default_factory=dict)  # (paragraph, unit) -> last measure named
    dated: dict[int, str] = field(default_factory=dict)  # sentence start -> month of the dated happening its figures took

    def periods(self, start: int, end: int) -> list[PeriodMention]:
        """Period phrases of the sentence text[start:end] (computed when first asked for)."""
        found = self._periods.get(start)
        if found is None:
            found = find_periods(self.doc.fold or self.doc.text.lower(), self.doc.pub_year, start, end,
                                 terms=self.terms, pub_month=self.doc.pub_month)
            self._periods[start] = found
        return found


def fold_find(doc: Document, word: str, start: int, end: int) -> bool:
    """Whether a lowercase ``word`` is in the casefolded text[start:end] (a plain find: cheaper than a regex)."""
    return (doc.fold or doc.text.lower()).find(word, start, end) >= 0


def _norm(text: str | None) -> str:
    text = (text or "").casefold()
    text = _PUNCT_RUN.sub(" ", text)
    return " ".join(text.split())


def _event_month(doc: Document) -> str | None:
    """The month of the happening the article reports: its first written date, else the publication month."""
    text = doc.text
    body = [s for s in doc.segments if s.kind in ("title", "paragraph")][:3]
    for seg in body:
        m = _EVENT_DATE_RE.search(text, seg.start, seg.end)
        if m:
            month = int(m.group(2) or m.group(4))
            year = m.group(3) or m.group(5)
            if not 1 <= month <= 12:
                continue
            if year:
                return f"{int(year)}-{month:02d}"
            if doc.pub_year:
                y = doc.pub_year
                if doc.pub_month and month > doc.pub_month + 1:
                    y -= 1
                return f"{y}-{month:02d}"
    if doc.pub_year and doc.pub_month:
        return f"{doc.pub_year}-{doc.pub_month:02d}"
    return str(doc.pub_year) if doc.pub_year else None


def _abbreviations(text: str, base: dict[str, str]) -> dict[str, str]:
    """The catalogue's abbreviations plus the article's own "long name (ABC)" definitions."""
    out = dict(base)
    for m in _ABBREV_DEF.finditer(text):
        abbr = m.group(1)
        if abbr in out:
            continue
        letters = [c for c in abbr if c.isalpha()]
        words = _WORD_RUN.findall(text, max(0, m.start() - 90), m.start())
        n = len(letters)
        if n < 2 or len(words) < n:
            continue
        cand = words[-n:]
        if "".join(w[0] for w in cand).upper() == "".join(letters).upper():
            out[abbr] = " ".join(cand)
    return out


def _places(doc: Document, compared: set[int], end: int | None = None) -> list[tuple[int, int, str | None]]:
    """Provinces, districts (as their province) and national or regional scopes written in the article (up to
    ``end``, a sentence end: a figure's place is never after its sentence); adds to ``compared`` the ends of
    national scopes that are only a yardstick."""
    lex = _lex()
    end = len(doc.text) if end is None else end
    text = doc.text
    fold = (doc.fold or text.lower())[:end]
    places: list[tuple[int, int, str | None]] = [(m.start, m.end, m.province) for m in find_provinces(text, 0, end)]
    for a, b, word in lex["national"].find(fold):
        if word == "vùng" and not text[b + 1:b + 2].isupper():
            continue
        if word == "việt nam":
            lead = lex["country_lead"].search(fold, max(0, a - 14), a)
            before = _last_word(text[max(0, a - 50):a - len(lead.group(1)) - 1]) if lead else None
            if before is not None and before[1][0].islower():
                places.append((a - len(lead.group(1)) - 1, b, None))
            continue  # (not "Đại sứ quán Hàn Quốc tại Việt Nam": part of a name)
        if lex["national_compare"].search(text, max(0, a - 30), a):
            compared.add(b)  # "đứng thứ 2 cả nước": compared with the country, not about it
            continue
        places.append((a, b, None))
    for a, b, word in lex["district_lead"].find(fold):
        if (word == "tp" and text[a:b] != "TP") or not (text[b + 1:b + 2].isupper() or text[b:b + 1] == "."):
            continue  # (a name follows: most "tại", "ở" are followed by a common word)
        m = _DISTRICT_NAME.match(text, b)
        if m:
            prov = district_province(m.group(1))
            if prov:
                places.append((m.start(1), m.end(1), prov))
    home = doc.home_province
    if home:
        info = provinces().get(home)
        for a, b, _ in lex["home_scope_city" if info is not None and info.is_city else "home_scope"].find(fold):
            nxt = text[b + 1:b + 2]
            if (nxt.isupper() and text[b:b + 1] == " ") or lex["not_home_before"].found(fold[max(0, a - 12):a]):
                continue  # "thành phố Hải Phòng" names its place; "các tỉnh, thành phố" are many
            places.append((a, b, home))
    places.sort()
    return places


def _context(doc: Document) -> _Ctx:
    lex = _lex()
    text = doc.text
    abbrevs = _abbreviations(text, lex["abbrevs"])
    ctx = _Ctx(doc, terms_in(text) if "nhiệm kỳ" in (doc.fold or text) else [], [], abbrevs, None,
               doc.home_province, doc.home_source not in ("publisher", "url"))
    own = [k for k in abbrevs if k not in lex["abbrevs"]]
    if own:
        ctx.abbrev_re = re.compile(r"(?<![\wÀ-ỹĐđ\-])(" + "|".join(re.escape(k) for k in own) + r")(?![\wÀ-ỹĐđ\-])")
    return ctx


def _place_and_time_context(ctx: _Ctx, end: int) -> None:
    """What only placing figures needs (computed once some figure is found; places up to ``end``)."""
    doc = ctx.doc
    ctx.places = _places(doc, ctx.compared, end)
    ctx.home_marks = {p[0] for p in ctx.places if p[2] is not None and p[2] == doc.home_province
                      and (doc.fold or doc.text.lower()).startswith(("toàn", "tỉnh", "của", "trên", "thành", "tp"),
                                                                     p[0])}
    ctx.event_month = _event_month(doc)
    ctx.report_period = _report_period(ctx)
    ctx.voices = _voices(doc)
    asides = _person_asides(doc, end)
    if asides:  # "Chị Thư, du khách TP HCM, cho biết ... giá 1,2 triệu đồng": where the person is from, not the figure
        ctx.places = [p for p in ctx.places if not any(a <= p[0] < b and p[2] not in own for a, b, own in asides)]


def _person_asides(doc: Document, end: int) -> list[tuple[int, int, frozenset]]:
    """Spans of the words set off right after a person's name (", du khách TP HCM,", "(ấp 3, xã Mỹ Yên)"), with the
    provinces of the person's offices (an office's province there is the one the person speaks for)."""
    text = doc.text
    out = []
    for person in doc.people:
        own = frozenset(p.province for p in person.positions if p.province)
        for _, b in person.mentions:
            if b >= end:
                continue
            m = _ASIDE.match(text, b, min(end, b + 80)) if text[b:b + 1] in ",( " else None
            if m:
                out.append((b, m.end(), own))
    return out


def _voices(doc: Document) -> dict[int, str]:
    """Paragraphs in which a leader of another province speaks ("Phát biểu tại buổi làm việc, đồng chí Bí thư
    Tỉnh ủy Cao Bằng ... cho biết, ... của tỉnh đạt 4,65%"): paragraph index -> that province. The speaker is the
    first person named in the paragraph's first sentence (people stage), with an office outside the home."""
    out: dict[int, str] = {}
    if not doc.people or not doc.home_province or all(
            next((p.province for p in person.positions if p.province), None) in (None, doc.home_province)
            for person in doc.people):
        return out  # no one with an office outside the home
    fold = doc.fold or doc.text.lower()
    opening: dict[int, int] = {}  # paragraph index -> start of its first sentence
    for sent in doc.sentences:
        opening.setdefault(sent.segment, sent.start)
    firsts: dict[int, tuple[int, str | None]] = {}
    for person in doc.people:
        prov = next((p.province for p in person.positions if p.province), None)
        for a, _ in person.mentions:
            sent = doc.sentence_at(a)
            if sent is None or sent.start != opening[sent.segment] or doc.segments[sent.segment].kind != "paragraph":
                continue
            if sent.segment not in firsts or a < firsts[sent.segment][0]:
                firsts[sent.segment] = (a, prov)
    lex = _lex()
    for si, (_, prov) in firsts.items():
        seg = doc.segments[si]
        if prov and prov != doc.home_province and lex["speech"].search(fold, seg.start, seg.end):
            out[si] = prov
    return out


def _report_period(ctx: _Ctx) -> str | None:
    """The months a report is about, from its title ("Thu hút FDI 6 tháng gần 3 tỷ USD") or its lead paragraph
    ("6 tháng đầu năm 2024, ...", "đánh giá tình hình kinh tế - xã hội 9 tháng")."""
    doc = ctx.doc
    fold = doc.fold or doc.text.lower()
    kinds = ("first_months", "quarter", "h2", "to_month")
    for seg in doc.segments:
        if seg.kind not in ("title", "paragraph"):
            continue
        if fold.find("tháng", seg.start, seg.end) < 0 and fold.find("quý", seg.start, seg.end) < 0:
            found = []  # every kind of report period names months or a quarter
        elif seg.kind == "title":
            found = find_periods(fold, doc.pub_year, seg.start, seg.end, bare_months=True)
        else:
            found = [p for s in doc.sentences if seg.start <= s.start < seg.end and not _SINGLED_OUT.match(doc.text, s.start)
                     for p in ctx.periods(s.start, s.end)]  # ("Riêng quý I, ...": a part, not what the report is about)
        for p in found:
            if p.kind in kinds:
                v = complete(p, doc.pub_year)
                if v:
                    return v
        if seg.kind == "paragraph":
            break
    return _holiday_month(ctx)


def _title_month(ctx: _Ctx) -> str | None:
    """The one month a headline names ("Kinh tế tháng 9/2023: ..."), else None."""
    doc = ctx.doc
    title = next((seg for seg in doc.segments if seg.kind == "title"), None)
    if title is None:
        return None
    months = [p for p in find_periods(doc.fold or doc.text.lower(), doc.pub_year, title.start, title.end)
              if p.kind == "month"]
    if len(months) != 1:
        return None
    p = months[0]
    year = p.year or (doc.pub_year - 1 if doc.pub_year and doc.pub_month and p.month > doc.pub_month + 1
                      else doc.pub_year)
    return complete(p, year)


def _holiday_month(ctx: _Ctx) -> str | None:
    """The month of a holiday a report is about, from its title or lead ("Trong 4 ngày nghỉ lễ Quốc khánh 2/9, ...")."""
    doc = ctx.doc
    fold = doc.fold or doc.text.lower()
    for seg in doc.segments:
        if seg.kind not in ("title", "paragraph"):
            continue
        if fold.find("nghỉ", seg.start, seg.end) < 0 and fold.find("dịp lễ", seg.start, seg.end) < 0:
            found = []  # every holiday word has one of these
        else:
            found = _lex()["holiday"].find(fold[seg.start:seg.end])
        for a, b, _ in found:
            m = _HOLIDAY_DATE.match(fold, seg.start + b, seg.end)
            if m and doc.pub_year and 1 <= int(m.group(2)) <= 12 and 1 <= int(m.group(1)) <= 31:
                month = int(m.group(2))
                year = doc.pub_year - 1 if doc.pub_month and month > doc.pub_month + 1 else doc.pub_year
                return f"{year}-{month:02d}"
        if seg.kind == "paragraph":
            break
    return None


# --------------------------------------------------------------------------------- reading one number
def _read_unit(text: str, pos: int, limit: int, scaled: bool = False) -> tuple[str | None, str, int]:
    """(unit, kind, end) of the unit that starts at ``pos``; (None, "", pos) when there is none. ``scaled``:
    a scale word ("triệu") came before it."""
    lex = _lex()
    m = lex["unit_re"].match(text, pos, limit)
    if m:
        form = m.group(1)
        unit = lex["units"].get(form) or lex["units"].get(form.lower())
        if unit is not None and unit.money_only and not scaled and not lex["money"].search(
                text, max(0, pos - 60), pos):
            return None, "", pos
        if unit is not None:
            if (form == "đồng" and _NOT_DONG.match(text, m.end())) or (
                    form == "lần" and _LUOT_AFTER.match(text, m.end(), m.end() + 6)):
                return None, "", pos
            end = m.end()
            uid = unit.id
            if unit.kind in ("currency", "measure"):
                p = lex["per_re"].match(text, end, limit)
                if p and not p.group(1)[0].isdigit():
                    uid = f"{uid}/{p.group(1)}"
                    end = p.end()
            elif unit.kind == "percent":
                p = _PER_TIME.match(text, end, end + 8)
                if p:
                    end = p.end()
            return uid, unit.kind, end
    return None, "", pos


def _noun_phrase(text: str, pos: int, limit: int, max_words: int = 8) -> tuple[str, int]:
    """The counted noun after a number, as written ("xã, thị trấn", "dự án đầu tư mới"), and its end."""
    lex = _lex()
    i = pos
    words: list[str] = []
    end = pos
    while i < limit and len(words) < max_words:
        m = _NP_WORD.match(text, i, limit)
        if not m or not m.group(1)[0].isalpha():
            break
        word = m.group(1)
        head = word.split("-", 1)[0].casefold()  # a stop phrase can only start with one of its first words
        # (a one-word stop that begins no compound needs no regex: "đạt", "của")
        if words and head in lex["stop_heads"] and (
                (head in _STOP_SET and head not in _COMPOUND_HEADS and head == word.casefold())
                or lex["stop"].match(text, m.start(1), limit)) and f"{words[-1]} {word}".lower() not in _NP_KEEP:
            break
        if not words and head in lex["stop_first_heads"] and (
                (head in _STOP_FIRST_SET and head not in _COMPOUND_HEADS and head == word.casefold())
                or lex["stop_first"].match(text, m.start(1), limit)):
            break
        words.append(("- " if m.group(0).lstrip().startswith("-") else "") + word)
        i = end = m.end()
        nxt = _NP_MORE.match(text, i, limit) if text.startswith(",", i) else None
        if nxt and len(words) <= 3 and not any(ch.isdigit() for ch in nxt.group(1)) \
                and nxt.group(1)[0].islower() and not any(w in _STOP_SET for w in nxt.group(1).lower().split()):
            words.append("," + " " + nxt.group(1))
            i = end = nxt.end()
            break
    if len(words) == max_words and words[-1][:1].isupper() and not words[0][:1].isupper() \
            and _NEXT_CAPITAL.match(text, end, limit):
        while len(words) > 1 and words[-1][:1].isupper():  # "... khu di tích Lam| Kinh": no name cut in two
            words.pop()
    phrase = " ".join(words).replace(" ,", ",")
    return phrase, end


def _peel(fold: str, lo: int, pos: int, words_out: list[str] | None = None) -> tuple[dict[str, str], int, int]:
    """Cue words just before ``pos`` (in the casefolded text), nearest first: {category: word}; where the text
    before them ends (trailing spaces left out); how many of the words (of the last 80 characters, given in
    ``words_out``) stand before them."""
    lex = _lex()
    words = _WORDS_RE.findall(fold, max(lo, pos - 80), pos)
    if words_out is not None:
        words_out.extend(words)
    found: dict[str, str] = {}
    end = len(words)
    index = lex["peel_index"]
    for _ in range(6):
        best, best_n = "", 0  # the longest cue ending here ("cao hơn mức" before "hơn mức"), by category order
        for n, phrase, cat in index.get(words[end - 1], ()) if end else ():
            if n > end or ("verb" in found and cat not in ("estimate", "level", "filler")) or (
                    n > 1 and tuple(words[end - n:end]) != phrase):
                continue
            if end - n - 1 >= 0 and f"{words[end - n - 1]} {words[end - n]}" in _TRAIL_KEEP:
                continue  # "chứng chỉ": not the filler "chỉ"
            best, best_n = cat, n
            break
        if not best_n:
            break
        found.setdefault(best, " ".join(words[end - best_n:end]))
        if best in ("up", "down", "multiplier", "share", "level"):
            found.setdefault("verb", best)
        end -= best_n
    rest_end = pos  # walk back over the cue words (tokens are substrings of ``fold``, spaces between)
    for w in reversed(words[end:]):
        while fold[rest_end - 1].isspace():
            rest_end -= 1
        rest_end -= len(w)
    while rest_end > lo and fold[rest_end - 1].isspace():
        rest_end -= 1
    return found, rest_end, end


@lru_cache(maxsize=256)
def _clause_start(text: str, lo: int, pos: int) -> tuple[int, bool]:
    """Start of the clause that ends at ``pos`` (after the last , ; : or open bracket) and whether it is
    inside brackets (cached: the cues, the subject and the period of a number all ask for it; a text's hash is
    computed once, and an article holds fewer clauses than the cache)."""
    depth = 0
    marks = _CLAUSE_MARKS.findall(text, lo, pos)
    if not marks:
        return lo, False
    i = pos
    for ch in reversed(marks):
        i = text.rfind(ch, lo, i)
        if ch == ")":
            depth += 1
        elif ch == "(":
            if depth == 0:
                return i + 1, True
            depth -= 1
        elif depth == 0 and ch in ",;:…":
            if ch == "," and text[i + 1:i + 2].isdigit() and text[i - 1:i].isdigit():
                continue  # a decimal comma ("15,07%")
            return i + 1, False
        elif depth == 0 and ch == "-" and text[i - 1:i] == " " and text[i + 1:i + 2] == " " \
                and i > lo + 1 and not text[i - 2].isalpha():
            return i + 1, False
    return lo, False


def _paren_groups(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Spans of the balanced (...) groups that lie inside text[lo:hi]."""
    out, stack = [], []
    if text.find("(", lo, hi) < 0:
        return out
    for i in range(lo, hi):
        ch = text[i]
        if ch == "(":
            stack.append(i)
        elif ch == ")" and stack:
            a = stack.pop()
            if not stack:
                out.append((a, i + 1))
    return out


def _clause_end(text: str, pos: int, hi: int) -> int:
    m = _CLAUSE_END_RE.search(text, pos, hi)
    return m.start() if m else hi


def _clean_phrase(phrase: str, ctx: _Ctx, lead_strip: bool = True, keep_head: bool = False) -> str:
    """Strip cue and junk words from the ends of an indicator phrase, expand abbreviations."""
    if not phrase or phrase.isspace():
        return ""
    phrase = _stripped(phrase, lead_strip)
    if not phrase:
        return ""
    lex = _lex()

    def expand(m: re.Match[str]) -> str:
        return ctx.abbrevs.get(m.group(1), m.group(1))

    if phrase != phrase.lower():
        phrase = lex["abbrev_re"].sub(expand, phrase)
        if ctx.abbrev_re is not None:
            phrase = ctx.abbrev_re.sub(expand, phrase)
    words = phrase.split()
    if len(words) > 16:
        phrase = " ".join(words[:16] if keep_head else words[-16:])
    return phrase


@lru_cache(maxsize=512)
def _stripped(phrase: str, lead_strip: bool) -> str:
    """An indicator phrase without place and term names, quotes, and cue words at its ends (no article context:
    cached, since the counted nouns and the common measures come back in every article)."""
    lex = _lex()
    if "(" in phrase:
        phrase = _PAREN_ABBREV.sub("", phrase)
    phrase = _QUOTES_RE.sub(" ", phrase)
    capitals = phrase != phrase.lower()
    if capitals:
        phrase = _PLACE_NAME.sub(" ", phrase)  # needs a capitalised name
    if "kh" in phrase or "nhiệm" in phrase:
        phrase = _TERM_NAME.sub(" ", phrase)  # "khóa XVII", "nhiệm kỳ 2020 - 2025"
    if phrase.strip() in districts():
        return ""
    for m in (reversed(find_provinces(phrase)) if capitals else ()):
        a = m.start
        pre = _PROVINCE_WORD_END.search(phrase, 0, a)
        if pre:
            a = pre.start()
        if not pre and _LOWER_WORD_AFTER.match(phrase, m.end) and phrase[:a].strip():
            continue  # "phụ nữ Bến Tre kết hôn với ...": inside the phrase the province says whose
        phrase = phrase[:a] + " " + phrase[m.end:]
    # strip cue words from both ends, on a word list (one tokenisation)
    spaced = _SPLIT_COMMA.sub(" , ", phrase).replace(";", " ; ") if "," in phrase else phrase.replace(";", " ; ")
    words = spaced.split()
    low = spaced.casefold().split()
    lead, trail = lex["lead_m"], lex["trail"]
    a, b = 0, len(words)
    for _ in range(10):
        moved = False
        while a < b and low[a] in _EDGE_PUNCT:
            a += 1
        while b > a and low[b - 1] in _EDGE_PUNCT:
            b -= 1
        n = lead.match_words_at(low, a, b) if lead_strip else 0
        if n:
            a += n
            moved = True
        n = trail.match_words(low, b) if b > a else 0
        if n and b - n - 1 >= a and f"{low[b - n - 1]} {low[b - n]}" in _TRAIL_KEEP:
            n = 0
        if n and b - n >= a:
            b -= n
            moved = True
        if not moved:
            break
    return " ".join(words[a:b]).replace(" ,", ",").replace(" ;", ";").strip(" ,;:-…./")


def _subject(text: str, lo: int, pos: int, ctx: _Ctx, sent_periods: list[PeriodMention]) -> str:
    """The phrase naming what a number measures, before its verb ("thu ngân sách ước đạt" → "thu ngân sách")."""
    lex = _lex()
    chunk = text[lo:pos]
    for p in sent_periods:  # blank out period phrases, with the word that introduces them
        if p.end <= lo:
            continue
        pre = _PERIOD_PREP.search(text, max(lo, p.start - 18), p.start)
        a, b = max(pre.start() if pre else p.start, lo), min(p.end, pos)
        if a < b:
            chunk = chunk[:a - lo] + " " * (b - a) + chunk[b - lo:]
    if "(" in chunk:
        chunk = _BRACKETED.sub(" ", chunk)
    if _DIGIT.search(chunk):
        chunk = _DATE_PHRASE.sub(" ", chunk)
    # drop what follows a comparison ("tỷ lệ giải ngân cao hơn bình quân" → "tỷ lệ giải ngân")
    lead = _TAIL_CUT.match(chunk.strip())
    if lead:
        if lead.group(0).casefold() not in _CONJUNCTIONS:
            return ""
        chunk = chunk.strip()[lead.end():]  # "..., nhưng tỷ lệ lấp đầy mới đạt 32%": the clause after the conjunction
    tail = _TAIL_CUT.search(chunk)
    if tail and _clean_phrase(chunk[:tail.start()], ctx):
        chunk = chunk[:tail.start()]
    # cut at the last introducer ("với tổng diện tích" → "tổng diện tích")
    # ("... có tỷ lệ giải ngân cao như:" → "tỷ lệ giải ngân cao": an introducer at the very end is dropped first)
    left_over = lex["remainder"].search(chunk) if "còn" in chunk else None
    if left_over:
        return left_over.group(1)
    season = _SEASON_LEAD.match(chunk)
    if season and chunk[season.end():].strip():
        chunk = chunk[season.end():]  # "vụ Hè Thu năm nay năng suất đạt ...": the season says when
    each = lex["per_item_end"].search(chunk)
    if each:  # "mỗi suất trị giá", "mỗi suất học bổng có giá trị": the value of each
        return f"{each.group(2).casefold()} mỗi {each.group(1)}"
    passive = lex["allotted"].search(chunk) if "được" in chunk else None
    if passive and _clean_phrase(chunk[:passive.start()], ctx):
        chunk = chunk[:passive.start()]  # "Kinh phí phục vụ bầu cử được bố trí 32,6 tỷ đồng": the money allotted
    cuts = [m for m in lex["cut"].finditer(chunk) if not lex["cut_keep"].match(chunk, m.start())]
    named = list(lex["cut_named"].finditer(chunk))
    if named and (not cuts or named[-1].start() > cuts[-1].start()):
        cleaned = _clean_phrase(chunk[named[-1].end():], ctx)
        if cleaned:
            return cleaned
    if cuts and _FUND_HEAD.match(chunk):  # "Tổng nguồn lực huy động cho xây dựng nông thôn mới": for what, still the sum
        cuts = [m for m in cuts if m.group(1).casefold() not in _PURPOSE_WORDS]
    while cuts:
        last = cuts.pop()
        cleaned = _clean_phrase(chunk[last.end():], ctx)
        if cleaned:
            return cleaned
        if last.group(1).casefold() in lex["cut_agent"]:
            return ""
        chunk = chunk[:last.start()]
    return _clean_phrase(chunk, ctx)


def _after_noun(text: str, pos: int, limit: int, ctx: _Ctx) -> str:
    """A noun phrase right after a measure or currency ("218 ha vải thiều" → "vải thiều")."""
    m = _SPACE_THEN_LOWER.match(text, pos, limit)
    if not m:
        return ""
    phrase, _ = _noun_phrase(text, pos, limit, max_words=8)
    return _clean_phrase(phrase, ctx)


def _last_word(s: str) -> tuple[int, str] | None:
    """(start, word) of the word ``s`` ends with (trailing spaces aside), within its last 40 characters: read
    backwards, one match instead of a search from every position."""
    lo = max(0, len(s) - 40)
    m = _LAST_WORD_REVERSED.match(s[lo:][::-1])
    return (len(s) - m.end(), m.group(1)[::-1]) if m else None


def _date_cue_before(left: str, window: int | None = None) -> bool:
    """Whether ``left`` ends with a word that introduces a date ("ngày", "từ", "đến"), only the last ``window``
    characters looked at when given. The cue words are at most 5 letters: only the tail is searched."""
    lo = max(0, len(left.rstrip()) - 8)
    if window is not None:
        lo = max(lo, len(left) - window)
    return _DATE_CUE.search(left, lo) is not None


def _is_date_pair(a: float | None, b: float | None) -> bool:
    return a is not None and b is not None and a == int(a) and b == int(b) and 1 <= a <= 31 and 1 <= b <= 12


def _sentence_cands(ctx: _Ctx, s_start: int, s_end: int, seg_index: int, seg_kind: str) -> list[_Cand]:
    doc = ctx.doc
    text = doc.text
    lex = _lex()
    out: list[_Cand] = []
    fold = doc.fold or text.lower()
    numerals = find_numerals(text, s_start, s_end)
    consumed: set[int] = set()
    quotes = [(m.start(), m.end()) for m in _SHORT_QUOTE.finditer(text, s_start, s_end)] \
        if text.find("\"", s_start, s_end) >= 0 or text.find("“", s_start, s_end) >= 0 else []
    name_end = -10
    for idx, n in enumerate(numerals):
        shape = n.shape
        if shape in ("code", "time", "date", "year") or n.start in consumed:
            continue
        if shape == "number" and _AND_GAP.fullmatch(text[name_end:n.start]):
            name_end = n.end  # "Phường 3 và 4": the second number names a ward too
            continue
        left = text[s_start:n.start]
        value, second = n.value, n.second
        of = to = None
        if shape == "dotted":
            if _is_date_pair(value, second):
                continue
            value = float(n.written)
        if shape == "range":
            if value is None or second is None:
                continue
            if 1900 <= value <= 2100 and 1900 <= second <= 2100:
                continue
            unit_probe, _, _ = _read_unit(text, n.end, s_end)
            if _is_date_pair(value, second) and (_date_cue_before(left) or unit_probe is None):
                continue
            to = second
        if shape == "fraction":
            if _date_cue_before(left, 48):
                continue
            of = second
        unit_end = n.end
        unit = None
        kind = ""
        if shape == "glued":
            u = lex["units"].get(n.suffix) or lex["units"].get(n.suffix.lower())
            if u is None:
                continue
            unit, kind = u.id, u.kind
        # a range written with a spaced dash or "đến": "8,5 - 9%", "từ 3 đến 50 ha", "56 - 60/60 điểm"
        if shape in ("number", "dotted") and unit is None:
            m = _RANGE_RE.match(text, n.end, s_end)
            if m and idx + 1 < len(numerals) and numerals[idx + 1].start == m.end():
                nxt = numerals[idx + 1]
                if nxt.shape in ("number", "fraction", "glued") and nxt.value is not None \
                        and not (nxt.shape == "number" and 1900 <= nxt.value <= 2100 and "," not in nxt.written
                                 and "." not in nxt.written):
                    to = nxt.value
                    if nxt.shape == "fraction":
                        of = nxt.second
                    consumed.add(nxt.start)
                    unit_end = nxt.end
                    if nxt.shape == "glued":
                        u = lex["units"].get(nxt.suffix) or lex["units"].get(nxt.suffix.lower())
                        if u is None:
                            continue
                        unit, kind = u.id, u.kind
        if value is None:
            continue
        if quotes and any(a < n.start < b for a, b in quotes):
            continue  # 'thi công "3 ca, 4 kíp"': a slogan, not a measure
        scale, scale_end = read_scale(text, unit_end)
        if unit is None:
            unit, kind, u_end = _read_unit(text, scale_end, s_end, scale_end > unit_end)
        else:
            u_end = scale_end
        if unit is None and scale_end > unit_end:
            unit, kind, u_end = _read_unit(text, scale_end, s_end, True)
        phrase = ""
        if unit is None:
            if lex["not_units"].match(text, scale_end, s_end):
                continue
            phrase, u_end = _noun_phrase(text, scale_end, s_end)
            if not phrase and shape == "fraction":
                phrase = _fraction_unit(text, numerals, idx, s_start, s_end)
                if phrase:
                    unit, kind = phrase, "count"
            if not phrase:
                # a bare number: borrow % from a neighbouring change ("giảm 1,66; ... tăng 0,18%")
                if "," in n.written and left.rstrip().endswith(("tăng", "giảm")) and "%" in text[s_start:s_end]:
                    unit, kind = "%", "percent"
                else:
                    last = _last_word(left)
                    if last and (last[1][0].isupper() or lex["not_before"].found(left)):
                        name_end = n.end
                    continue
            else:
                if _SO_NOUN.match(phrase) and not _SO_QUANTITY.match(phrase):
                    phrase = phrase[3:].lstrip()  # "62/76 số phiếu" counts votes
                unit, kind = phrase, "count"
        value *= scale
        if to is not None:
            to *= scale
        if of is not None and kind == "currency":
            of = None
        # names, orders and references: "Quyết định số 12", "lần thứ 18", "Quân khu 5"
        lwords: list[str] = []
        cues, rest_end, n_rest = _peel(fold, s_start, n.start, lwords)
        rest = text[s_start:rest_end]
        nb = lex["not_before"].ends(lwords) and not (lwords and lwords[-1] == "cấp" and value >= 10) \
            and not lex["not_before_compounds"].ends(lwords)
        if (nb and kind in ("count", "times")) or (lwords and lwords[-1] == "giờ"):
            name_end = n.end
            continue
        if kind == "count":
            cap = _last_word(left)
            if cap and cap[1][0].isupper() and left[:cap[0]].strip() and not cues and not (
                    _GENERIC_COUNTERS.fullmatch(phrase) and cap[0] > 0 and left[cap[0] - 1] == " "
                    and _last_word(left[:cap[0]]) and _last_word(left[:cap[0]])[1][0].isupper()):
                name_end = n.end  # "Quân khu 5", "Tổ 12" (not "lao động đi Nhật Bản 820 người": a place, then a count)
                continue
            if phrase[:1].isupper() and not cues and cap and not _FUNCTION_BEFORE.fullmatch(cap[1].lower()) \
                    and not lex["counted_capitals"].match(phrase):
                continue  # "Sư đoàn 3 Sao Vàng", "vùng 4 Hải quân"
            if (lex["pointing"].match(phrase) and value == 2 and not of) or _POINTER_AFTER.match(text, u_end):
                continue
            before_bound = _last_word(rest)
            if cues.get("under") and before_bound and not cues.get("verb") and not _FUNCTION_BEFORE.fullmatch(
                    before_bound[1].lower()):
                continue  # "xe ô tô con dưới 9 chỗ": a class of things, not a count
            if _NO_MORE.search(text, max(s_start, n.start - 40), n.start):
                continue
        threshold = bool(lex["threshold"].match_words(lwords, n_rest) or lex["threshold"].ends(lwords)
                         or lex["threshold_after"].match(text, u_end)) and not _OWN_TIME_AFTER.match(text, u_end)
        if kind == "count" and _COUNT_OF_REACHED.search(left[-40:]):
            continue  # "tăng số xã đạt 19 tiêu chí": what the counted things reach
        if _QUALIFIER_NEXT.match(text, u_end):
            continue  # "dưới 2,5 lít là 15%": the number names a class
        cand = _Cand(start=n.start, end=u_end, value=value, unit=unit, unit_kind=kind,
                     written=text[n.start:u_end], sentence=(s_start, s_end), seg_index=seg_index,
                     seg_kind=seg_kind, to=to, of=of, num_start=n.start, unit_phrase=phrase)
        last_token = left.rsplit(None, 1)
        cand.head_before = last_token[-1].lower() if last_token else ""
        cand.peeled = (cues, n.start - rest_end)
        if threshold:
            cand.drop = "threshold"
        out.append(cand)
    out.extend(_word_cands(ctx, s_start, s_end, seg_index, seg_kind, out))
    out.sort(key=lambda c: c.start)
    # "8 xã đạt 19 tiêu chí": the second number says what the counted things reached
    out = [c for i, c in enumerate(out) if not (
        i > 0 and c.unit_kind == "count" and out[i - 1].unit_kind in ("count", "percent")
        and _QUALIFIER_LINK.fullmatch(text[out[i - 1].end:c.num_start]))]
    if not out:
        return out
    sent_periods = ctx.periods(s_start, s_end)
    for i, c in enumerate(out):
        _read_cues(ctx, c, out[:i], sent_periods)
        _settle_indicator(ctx, c, out[:i])
    return out


def _fraction_unit(text: str, numerals: list, idx: int, s_start: int, s_end: int) -> str:
    """What a bare x/y counts: the noun of the fraction joined after it ("47/49 và 49/49 phiếu"), else the noun
    after "số" just before it ("số phiếu tán thành 48/49"); "" when neither."""
    n = numerals[idx]
    for nxt in numerals[idx + 1:idx + 3]:
        if nxt.shape != "fraction" or not _AND_GAP.fullmatch(text, n.end, nxt.start):
            break
        phrase, _ = _noun_phrase(text, nxt.end, s_end)
        if phrase:
            return phrase
        n = nxt
    n = numerals[idx]
    m = _COUNTED_BY_SO.search(text, max(s_start, n.start - 60), n.start)
    return _noun_phrase(text, m.start(1), n.start, max_words=4)[0] if m else ""


def _listed_subject(text: str, s_start: int, lo: int, hi: int) -> tuple[int, int]:
    """The span of a subject that commas of a list cut short: the things named before the examples given after "như"
    ("lượng khách đến các khu, điểm du lịch như A, B, C đạt 98.600 lượt"), and a list of nouns after "các",
    "những", "đối với" ("tổng nguồn vốn thực hiện các chương trình, chính sách giảm nghèo là ...")."""
    examples = text.rfind(" như ", s_start, hi)
    if examples > s_start and "," in text[examples:hi]:
        start, paren = _clause_start(text, s_start, examples)
        if not paren and not _DIGIT.search(text, start, hi):
            lo, hi = start, examples
    while lo > s_start + 1 and text[lo - 1] == "," and (_LIST_ITEM_END.search(text, max(s_start, lo - 40), lo - 1)
                                                          or _ONE_WORD_ITEM.search(text, max(s_start, lo - 14), lo - 1)):
        start, paren = _clause_start(text, s_start, lo - 1)
        if paren or _DIGIT.search(text, start, lo):
            break
        lo = start
    return lo, hi


def _settle_indicator(ctx: _Ctx, c: _Cand, before: list[_Cand]) -> None:
    """What the indicator phrase itself says: an increment is a change ("vốn đăng ký tăng thêm đạt 3,64 tỷ USD"),
    "mỗi suất trị giá" is the value of each ("trị giá mỗi suất quà"), a rank takes the measure of the figures before
    it in the paragraph ("Hồng Kông đứng thứ hai với hơn 2,3 tỷ USD")."""
    lex = _lex()
    ind = c.indicator
    if not ind:
        return
    if c.role == "level" and c.unit_kind in ("currency", "measure", "count") and lex["increment"].search(ind):
        c.role = "change"
    if c.role == "change" and c.unit_kind == "count" and ind.casefold() == c.unit.casefold():
        # "xảy ra 9 vụ tai nạn giao thông; so với cùng kỳ giảm 2 vụ": the change of the count named before
        head = c.unit.split()[0].casefold()
        same = next((b for b in reversed(before) if b.sentence == c.sentence and b.unit_kind == "count"
                     and b.role == "level" and b.unit.split()[0].casefold() == head), None)
        if same is not None and same.indicator and len(same.indicator) > len(ind):
            c.indicator = same.indicator
            return
    size = lex["dimension"].search(ind) if c.unit_kind == "measure" else None
    if size and size.group(1).casefold() not in lex["dimension_names"]:
        c.indicator = ind = ind[:size.end(1)]  # "tuyến biên giới dài 16,5 km" (not "chiều dài")
    each = lex["per_item"].fullmatch(ind)
    if each:
        prev = before[-1] if before else None
        if prev is not None and prev.unit_kind == "count" and prev.unit.casefold().startswith(each.group(2).casefold()):
            c.indicator = f"{each.group(1)} mỗi {prev.unit}"  # "120 suất quà ..., mỗi suất trị giá": each "suất quà"
        return
    if c.unit_kind in ("currency", "measure"):
        key = (c.seg_index, c.unit)
        rank = lex["ranking"].search(ind)
        if rank or lex["borrower"].match(ind):
            # "lĩnh vực bất động sản đứng thứ hai với 2,9 tỷ USD", "tiếp theo là Hải Phòng với", "Các tỉnh A, B
            # cũng thu hút trên 1 tỷ USD": the measure of the paragraph, of the item ranked when it is no place
            measure = ctx.measures.get(key)
            c.indicator = _ranked(measure, ind[:rank.start()]) if measure and rank else measure or ind
            return
        ctx.measures[key] = ind
        text = ctx.doc.text
        lo = max(c.sentence[0], text.rfind(";", c.sentence[0], c.num_start) + 1)
        w = (ctx.doc.fold or text.lower()).rfind(" với ", lo, c.num_start)
        m = _RANKED_END.search(text, lo, w) if w > lo and c.num_start - w <= len(ind) + 20 else None
        if m:  # "Công nghiệp chế biến, chế tạo dẫn đầu với tổng vốn đầu tư 13,6 tỷ USD": the item ranked
            c.indicator = _ranked(ind, _CONTINUES_LEAD.sub("", text[lo:m.start()].strip()))


def _ranked(measure: str, item: str) -> str:
    """A measure of a ranked item ("tổng vốn đầu tư" of "ngành kinh doanh bất động sản"); a province is no item
    (it is the figure's province)."""
    item = item.strip(" ,;:")
    words = item.split()
    if not words or len(words) > 8 or _DIGIT.search(item) or find_provinces(item):
        return measure
    if all(w[0].isupper() for w in words if w[0].isalpha()):
        return f"{measure} của {item}"  # a name: "tổng vốn đầu tư của Hàn Quốc"
    if words[0][0].isupper():
        item = item[0].lower() + item[1:]  # ("Công nghiệp chế biến ... dẫn đầu": capital only as the sentence opens)
    return f"{measure} {item}"


def _word_cands(ctx: _Ctx, s_start: int, s_end: int, seg_index: int, seg_kind: str,
                digits: list[_Cand]) -> list[_Cand]:
    """Figures written in words: "hơn một nghìn người", "một nửa", "gấp đôi", "11 huyện và một thành phố"."""
    text = ctx.doc.text
    out: list[_Cand] = []
    chunk = ctx.doc.fold[s_start:s_end] if ctx.doc.fold else text[s_start:s_end].lower()
    if not digits:
        for w in _FIGURE_WORDS:
            if w in chunk:
                break
        else:
            return out
    for m in _GAP_WORD.finditer(text[s_start:s_end]) if "gấp" in chunk else ():
        v = multiple_word(m.group(1))
        if v is not None:
            a = s_start + m.start(1)
            out.append(_Cand(a, s_start + m.end(), v, "lần", "times", text[a:s_start + m.end()],
                             (s_start, s_end), seg_index, seg_kind, num_start=a))
    for m in _PART_WORDS.finditer(text[s_start:s_end]) if "nửa" in chunk or "phần" in chunk else ():
        if m.group(2):
            num, den = words_value([m.group(2)]), words_value([m.group(3)])
            if not num or not den or num >= den:
                continue
            v = 100.0 * num / den
        else:
            v = 100.0 * (half_word("nửa") or 0.5)
        a = s_start + m.start(1)
        c = _Cand(a, s_start + m.end(), round(v, 2), "%", "percent", m.group(1), (s_start, s_end), seg_index,
                  seg_kind, num_start=a)
        c.role = "share"
        out.append(c)
    words = read_number_words(text, s_start, s_end) if has_spelled_scale(chunk) else []
    for w in words:
        if w.has_scale:
            unit, kind, end = _read_unit(text, w.end, s_end)
            phrase = ""
            if unit is None:
                phrase, end = _noun_phrase(text, w.end, s_end)
                if not phrase:
                    continue
                unit, kind = phrase, "count"
            out.append(_Cand(w.start, end, w.value, unit, kind, text[w.start:end], (s_start, s_end), seg_index,
                             seg_kind, num_start=w.start, unit_phrase=phrase))
    # a small count in words joined to a count in digits: "11 huyện và một thành phố"
    for d in digits:
        if d.unit_kind != "count":
            continue
        m = _JOINED_WORD_COUNT.match(text, d.end, s_end)
        if not m:
            continue
        value = words_value([m.group(1)])
        phrase, end = _noun_phrase(text, m.end(1), s_end)
        if value is None or not phrase or _lex()["not_units"].match(phrase):
            continue
        a = m.start(1)
        out.append(_Cand(a, end, value, phrase, "count", text[a:end], (s_start, s_end), seg_index,
                         seg_kind, num_start=a, unit_phrase=phrase))
    return out


def _read_cues(ctx: _Ctx, c: _Cand, before: list[_Cand], sent_periods: list[PeriodMention]) -> None:
    """Role, sign, estimate, bound, basis and indicator of one candidate."""
    lex = _lex()
    text = ctx.doc.text
    s_start, s_end = c.sentence
    c_start, in_paren = _clause_start(text, s_start, c.num_start)
    c.in_paren = in_paren
    left = text[max([c_start] + [b.end for b in before if b.end <= c.num_start]):c.num_start]
    clause_left = text[c_start:c.num_start]
    if c.peeled is not None and c.peeled[1] <= len(clause_left):
        cues, rest = c.peeled[0], clause_left[:len(clause_left) - c.peeled[1]]
    else:
        cues, rest_end, _ = _peel(ctx.doc.fold or text.lower(), c_start, c.num_start)
        rest = text[c_start:rest_end]
    clause_end = _clause_end(text, c.end, s_end)
    after = text[c.end:clause_end]
    whole, of_share = "", None
    # bound
    if "over" in cues:
        if cues["over"] == "từ" and (_FROM_TO_AFTER.match(text, c.end) or c.to is not None or not (
                _FROM_AS_BOUND.search(text, max(s_start, c.num_start - 30), c.num_start)
                or lex["over_after"].match(after))):
            pass  # "từ 47,66% xuống 44,61%", "đến từ 20 tỉnh": not a lower bound
        else:
            c.bound = "over"
    if "about" in cues:
        c.bound = c.bound or "about"
    if "under" in cues:
        c.bound = c.bound or "under"
    if lex["over_after"].match(after):
        c.bound = "over"
    # estimate: a cue anywhere in the clause before the number
    stmt = text.rfind(";", s_start, c.num_start) + 1 or s_start
    if lex["estimate_any"].search(text[c_start:c.num_start]) or (
            stmt < c_start and fold_find(ctx.doc, "dự kiến", stmt, c_start)
            and all(b.estimate for b in before if b.start >= stmt)):
        c.estimate = True  # ("dự kiến chi 86 tỷ đồng để thăm, tặng quà cho 41.000 lượt": the plan covers both)
    # role
    verb = cues.get("verb")
    if c.role == "share":
        pass
    elif verb == "multiplier" or (c.unit_kind == "times" and _GAP_END.search(text, s_start, c.num_start)):
        c.role = "change"
        if c.unit_kind != "times":
            c.unit, c.unit_kind = "lần", "times"
    elif cues.get("over") == "từ" and _FROM_LEVEL_TO.match(text, c.end):
        c.from_level = True
    elif verb in ("up", "down"):
        c.role = "change"
        if verb == "down":
            c.sign = -1
    elif verb is None and c.unit_kind == "percent" and before and before[-1].sentence == c.sentence \
            and before[-1].role == "change" and before[-1].unit_kind == "percent" \
            and _NEXT_ITEM.fullmatch(text, before[-1].end, c.num_start):
        c.role, c.sign = "change", before[-1].sign  # "tăng 12% về lượng và 35% về giá trị": the same verb
    elif verb is None and c.unit_kind != "count" and (m := _VERB_THEN_OBJECT.search(rest[-64:])) \
            and not any(w in _STOP_SET for w in m.group(2).casefold().split()):
        c.role = "change"  # "giảm tỷ lệ hộ nghèo từ 4 - 5%", "tăng thu ngân sách 500 tỷ đồng": the verb before its object
        if m.group(1).casefold() == "giảm":
            c.sign = -1
    elif c.unit_kind == "percent":
        if lex["share_after"].match(after) or _POPULATION_AFTER.match(after):
            c.role = "share"  # "đạt khoảng 72% giá trị hợp đồng", "98,7% hồ sơ": a part of that whole
            if verb is None and lex["share_after"].match(after):
                whole, _ = _noun_phrase(text, c.end, clause_end, max_words=4)
        elif before and before[-1].of and before[-1].sentence == c.sentence and (
                verb in (None, "level") or (verb == "share" and before[-1].event)) \
                and _OF_THEN_SHARE.fullmatch(text, before[-1].end, c.num_start):
            c.role = "share"  # "66,8/69 km mặt bằng, đạt 96,8%", "49/49 phiếu, đạt tỷ lệ 100%": the fraction as a percentage
            of_share = before[-1]
        elif verb == "share":
            c.role = "share"
        elif _RATE_WORD.search(text, c_start, c.num_start):
            c.role = "share"
    elif c.unit_kind == "count" and verb == "down" and cues.get("down"):
        c.role = "change"
    if cues.get("over") == "vượt" and not cues.get("verb") and c.unit_kind == "percent" and (
            lex["plan"].search(after)):
        c.role, c.bound = "change", None  # "vượt 0,7% so với chỉ tiêu": above the plan by
    # basis: only for changes and shares
    if c.role in ("change", "share"):
        if lex["yoy"].search(after) or _YOY_BEFORE.search(text[s_start:c.num_start]):
            c.basis = "yoy"
        elif lex["plan"].match(_SO_LEAD.sub("", after)) or (
                c.role == "share" and lex["plan"].search(text[c_start:c.num_start])):
            c.basis = "plan"
        elif c.role == "change" and _SO_YEAR.match(after):
            c.basis = "yoy"
    # indicator
    if of_share is not None:
        c.indicator, c.chained_to = of_share.indicator, len(before) - 1
        return _event_cues(ctx, c, before, left, after)
    subj_end = c_start + len(rest)
    groups = _paren_groups(text, c_start, subj_end)
    lo = c_start
    for b in before:
        if lo < b.end <= subj_end and not any(a <= b.start < z for a, z in groups):
            lo = b.end
    if lo > c_start:  # "500.000 đồng tiền mặt và nhu yếu phẩm trị giá 300.000 đồng": the item after "và" is this one's
        joined = _AND_WORD.search(text, lo, subj_end)
        if joined:
            lo = joined.end()
    elif c_start > s_start + 1 and text[c_start - 1] == "," and not in_paren:
        lo, subj_end = _listed_subject(text, s_start, lo, subj_end)
    if c.unit_kind == "count":
        subject = _subject(text, lo, subj_end, ctx, sent_periods) if _GENERIC_COUNTERS.fullmatch(c.unit) \
            or _MEASURE_WORD.search(text, lo, subj_end) else ""
        c.indicator = _clean_phrase(c.unit_phrase or c.unit, ctx, lead_strip=False)
        head = c.indicator.split(" ", 1)
        if len(head) > 1 and head[0].lower() in lex["classifiers"]:
            c.indicator = head[1]  # "340 con bò sinh sản": the counted thing is "bò sinh sản"
        reached = cues.get("verb") == "level" or cues.get("estimate", "").endswith("đạt")
        counter = c.unit.casefold()
        if counter in _MEMBER_COUNTERS and cues.get("level") in ("có", "gồm") and not subject:
            subject = _subject(text, lo, subj_end, ctx, sent_periods)
        if subject and ((_GENERIC_COUNTERS.fullmatch(c.unit) and (reached or (
                             counter in _BARE_COUNTERS and not cues.get("verb")))
                         and cues.get("level") not in ("có", "với", "gồm"))
                        or (not cues.get("verb") and _MEASURE_NOUNS.search(subject))
                        or _MEASURE_HEAD.match(subject)
                        or (counter in _PLAIN_COUNTERS and not cues and len(subject.split()) >= 3)
                        or (counter in _MEMBER_COUNTERS and cues.get("level") in ("có", "gồm"))):
            c.indicator = subject
        done_for = lex["beneficiary"].search(left) if counter.startswith(lex["beneficiary_units"]) else None
        if done_for:  # "giải quyết việc làm cho 23.650 lao động": the people counted with what was done for them
            c.indicator = f"{c.unit} được {done_for.group(1).lower()}"
        q_start = c.end
        paren = _PAREN_AFTER.match(text[q_start:s_end])
        if paren:
            q_start += paren.end()
        c.qualifier, c.q_span = None, (q_start, _clause_end(text, q_start, s_end))  # read when asked for (_qual)
    elif c.unit_kind == "times" and c.role == "level":
        # "02 lần được vinh danh là thành phố sạch ASEAN": the times something happened
        c.indicator = _clean_phrase(f"lần {text[c.end:clause_end]}", ctx, lead_strip=False, keep_head=True)
    else:
        noun = _after_noun(text, c.end, clause_end, ctx) if c.unit_kind == "currency" or (
            c.unit_kind == "measure" and not lex["dimension"].search(rest[-30:].rstrip())) else ""  # "vùng biển rộng 420 km²
        # ngoài khơi ...": the thing measured is before its size word, what follows says where
        about = _ABOUT_AFTER.match(after) if c.role == "change" else None
        if about:  # "giảm 2,1% về số doanh nghiệp nhưng tăng 21,7% về số vốn"
            c.indicator = _clean_phrase(_noun_phrase(text, c.end + about.end(), clause_end)[0], ctx) or None
            kinds = lex["aspects"].get((c.indicator or "").casefold())
            measured = next((b for b in reversed(before) if b.unit_kind in kinds and b.indicator), None) \
                if kinds else None
            if measured is not None:  # "xuất khẩu 425.000 tấn gạo, ... tăng 6,8% về lượng": of the rice exported
                c.indicator = measured.indicator
        elif noun:
            c.indicator = noun
            plan = lex["plan_head"].match(noun) if c.unit_kind == "currency" and c.role == "level" else None
            if plan and noun[plan.end():].strip():  # "giải ngân 24,1/116,8 tỷ đồng kế hoạch vốn đầu tư công": the plan
                c.indicator, c.plan_whole = noun[plan.end():].strip(), True  # is the whole, the money is the capital
        elif (subject := _subject(text, lo, subj_end, ctx, sent_periods)) \
                and cues.get("share") in _CONTENT_SHARE_VERBS and not indicator_id(subject):
            c.indicator = cues["share"].replace(" được", "")  # "các chủ đầu tư giải ngân 100%": what, not who
        elif subject and not _AND_END.search(rest.strip()):
            c.indicator = subject
            if c.unit_kind == "measure" and lex["dimension"].search(rest[-30:].rstrip()):
                place = _PLACE_PREP.search(subject)  # "khảo sát ... tại khu vực biển rộng 420 km²": what is sized
                if place and subject[place.end():].strip():
                    c.indicator = subject[place.end():].strip()
        else:
            c.own_subject = False
    if c.unit_kind == "percent" and c.role == "share" and _POPULATION_AFTER.match(after):
        # "100% đại biểu có mặt nhất trí", "50% số xã đạt chuẩn": the share of that population
        c.indicator = _clean_phrase(after, ctx, keep_head=True) or c.indicator
        c.qualifier = c.indicator or ""
    elif whole and not verb:
        c.indicator = _clean_phrase(whole, ctx) or c.indicator  # "bàn giao 100% mặt bằng"
    elif c.unit_kind == "percent" and c.role == "share" and not c.indicator and c.basis is None and before \
            and before[-1].sentence == c.sentence and before[-1].unit_kind == "count" and lex["share_after"].match(after):
        # "21 hồ chứa hiện chỉ đạt 46,8% dung tích thiết kế": with no subject of its own, the whole it is a part of
        c.indicator = _clean_phrase(_noun_phrase(text, c.end, clause_end, max_words=4)[0], ctx) or c.indicator
    elif c.unit_kind == "percent" and c.role == "change" and _RATE_AFTER.match(after):
        # "giảm 1,5 - 2% tỷ lệ hộ nghèo": the rate named after the number is what changes
        c.indicator = _clean_phrase(_noun_phrase(text, c.end + _RATE_AFTER.match(after).end(), clause_end)[0], ctx,
                                    lead_strip=False) or c.indicator
    elif c.unit_kind == "percent" and c.role == "change" and not (c.own_subject and c.indicator) \
            and _POPULATION_AFTER.match(after):
        # "mỗi năm giảm 3 - 4% hộ nghèo": with no subject before, the population after is what changes
        c.indicator = _clean_phrase(after, ctx, keep_head=True) or c.indicator
    if in_paren and not c.indicator and c.unit_kind != "count":
        # "thị trường châu Âu (chiếm tỷ trọng 6,33%)": the subject before the bracket
        p_start, _ = _clause_start(text, s_start, c_start - 1)
        outer = _subject(text, max([p_start] + [b.end for b in before if b.end < c_start - 1]), c_start - 1,
                         ctx, sent_periods)
        listed = text[max(s_start, p_start - 1):p_start].strip() in (",", ":")
        if outer and not (outer[0].isupper() and listed):
            c.indicator = outer
    if not c.indicator and (not c.own_subject or in_paren) and c.unit_kind != "count":
        prev = before[-1] if before else None
        equivalent = cues.get("level") in ("tương đương", "tương đương với", "tương ứng", "tương ứng với")
        if prev is not None and not in_paren and c.unit_kind == "percent" and prev.unit_kind == "count" \
                and c.role != "change" and not _PART_OF_COUNT.fullmatch(text, prev.end, c.num_start) \
                and not (c.role == "share" and c.basis == "plan"):
            prev = None  # (but "3.690 hộ, chiếm 11,9%", "1.350 thanh niên, trong đó 14,5%": a part of that count;
            # "việc làm cho 23.650 lao động, đạt 98,5% kế hoạch": that count against its plan)
        blocked = prev is not None and not in_paren and c.unit_kind not in ("percent", "times") \
            and prev.unit_kind == "percent" and prev.role == "change" and not equivalent
        if cues.get("share") in _CONTENT_SHARE_VERBS and c.unit_kind in ("currency", "measure"):
            c.indicator = cues["share"].replace(" được", "")  # "..., đến nay đã giải ngân 310 tỷ đồng"
        elif prev is not None and not blocked:
            c.chained_to = len(before) - 1
            c.indicator = prev.indicator
            c.estimate = c.estimate or prev.estimate
            if c.unit_kind == "percent" == prev.unit_kind and prev.role == "share" and c.role == "level" \
                    and verb in (None, "level"):
                c.role, c.basis = "share", c.basis or prev.basis  # "bằng 51,3% kế hoạch, ... (đạt 55,6%)"
            elif c.unit_kind == "percent" and prev.unit_kind == "count" and c.role == "level":
                c.role = "share"  # "1.350 thanh niên nhập ngũ, trong đó 14,5% ...": a part of that count
            part = _PART_FOR.match(after) if c.unit_kind == "percent" and prev.indicator and _OF_WHICH.match(
                text, prev.end, c.num_start) else None
            if part:  # "7.480 tỷ đồng, trong đó gần 40% được dành cho giao thông": the part put to that use
                use = _clean_phrase(after[part.end():], ctx, keep_head=True)
                if use:
                    c.indicator = f"{prev.indicator} {part.group(1)} {use}"
        elif in_paren and c.unit_kind == "percent" and _NAME_BEFORE_PAREN.search(text, s_start, c_start):
            # "Ngân hàng Nhà nước (62,75%)": the share of that name, measured by the clause that opened the list
            colon = text.rfind(":", s_start, c_start)
            if colon > s_start:
                p_start, _ = _clause_start(text, s_start, colon)
                c.indicator = _subject(text, p_start, colon, ctx, sent_periods) or None
        elif c.unit_kind == "percent" and _WHOLE_AFTER.match(after):
            # "Bắc Ninh chiếm 19,5% tổng kim ngạch xuất khẩu": the share of that whole
            whole, _ = _noun_phrase(text, c.end + _WHOLE_AFTER.match(after).end(), clause_end)
            c.indicator = _clean_phrase(whole, ctx) or None
        elif cues.get("share") in _CONTENT_SHARE_VERBS:
            c.indicator = cues["share"].replace(" được", "")
        else:
            # no figure before: the subject may stand before the comma ("Tổng thu ngân sách ..., đạt 51,7%")
            p_start, _ = _clause_start(text, s_start, max(s_start, c_start - 1))
            p_lo = max([p_start] + [b.end for b in before if b.end <= c_start - 1])
            c.indicator = _subject(text, p_lo, max(p_lo, c_start - 1), ctx, sent_periods) or None
            if lex["estimate_any"].search(text[p_start:c_start]):
                c.estimate = True
            if _OVER_PLAN.search(text, p_start, c_start) and \
                    c.unit_kind == "percent" and c.role != "change":
                c.role, c.basis, c.bound = "share", "plan", c.bound or "over"
        if not c.indicator and c.unit_kind == "percent":
            noun, _ = _noun_phrase(text, c.end, clause_end)
            c.indicator = _clean_phrase(noun, ctx) or None
            c.qualifier = _clean_phrase(after, ctx)
        if not c.indicator and in_paren:
            close = text.find(")", c.end, s_end)
            if close > 0:
                noun, _ = _noun_phrase(text, close + 1, _clause_end(text, close + 1, s_end))
                c.indicator = _clean_phrase(noun, ctx) or None
        if not c.indicator and c.unit_kind in ("currency", "measure"):
            c.indicator = _clean_phrase(after, ctx, keep_head=True) or None
    if c.unit_kind == "percent" and c.role == "level" and cues.get("verb") in (None, "level") and any(
            b.unit_kind == "percent" and b.role == "share" and b.sentence == c.sentence for b in before[-2:]) \
            and _FROM_TO_END.search(text[c_start:c.num_start]):
        c.role = "share"  # "(từ 16,73% lên 18,31%) và khu vực dịch vụ (từ 31,10% lên 33,35%)"
    if c.unit_kind == "percent" and c.role == "level" and cues.get("verb") in (None, "level") and any(
            b.unit_kind == "percent" and b.role == "share" and b.sentence == c.sentence for b in before[-2:]) \
            and _OF_WHICH.search(text, before[-1].end, c.num_start):
        c.role = "share"  # "Tỷ lệ ... đạt 70%, trong đó có bằng cấp, chứng chỉ đạt 30%"
    if c.unit_kind == "percent" and c.role == "level" and (
            (c.indicator and _RATE_HEAD.match(c.indicator)) or (c.unit == "%" and not _level_rate(text, c, before))):
        c.role = "share"  # occupancy, coverage, a vote, a sector's part: a share (a growth rate or a tax is a level)
    if c.unit_kind == "percent" and c.role == "share" and c.indicator and c.chained_to is None \
            and not _RATE_WORD.match(c.indicator) and (_STRUCTURE_COLON.search(text, s_start, c_start) or any(
                b.unit_kind == "percent" and b.role == "share" and b.indicator and b.indicator.casefold().startswith(
                    ("tỷ trọng", "tỉ trọng")) for b in before[-2:] if b.sentence == c.sentence)):
        c.indicator = f"tỷ trọng {c.indicator}"  # "cơ cấu: nông nghiệp 22%, dịch vụ 41%": each sector's part
    if c.role == "share" and c.basis is None and c.chained_to is not None and before[c.chained_to].plan_whole:
        c.basis = "plan"
    if "cùng kỳ" in left and c.in_paren:
        c.estimate = False
    _event_cues(ctx, c, before, left, after)


def _level_rate(text: str, c: _Cand, before: list[_Cand]) -> bool:
    """Whether a percentage is a rate that is a level of its own (growth, tax, interest: data level_rates), said by
    its indicator or by its statement before it ("Tốc độ tăng trưởng ... bình quân đạt 10,4%/năm"), or one more
    item of a list of such rates ("thuế ... dưới 2,5 lít là 15%; 2,5-3 lít là 20%")."""
    rx = _lex()["level_rates"]
    if c.indicator and rx.search(c.indicator):
        return True
    s_start = c.sentence[0]
    stmt = text.rfind(";", s_start, c.num_start) + 1 or s_start
    if rx.search(text, stmt, c.num_start) is not None:
        return True
    prev = next((b for b in reversed(before) if b.unit == "%" and b.sentence == c.sentence), None)
    return prev is not None and prev.role == "level" and prev.unit_kind == "percent"


def _event_cues(ctx: _Ctx, c: _Cand, before: list[_Cand], left: str, after: str) -> None:
    """Whether a figure belongs to the article's happening: attendance, votes, awards."""
    lex = _lex()
    text = ctx.doc.text
    s_start, s_end = c.sentence
    sent_left = text[s_start:c.num_start]
    if before and before[-1].event and before[-1].sentence == c.sentence and _EACH_VALUE.search(
            text, before[-1].end, c.num_start):
        c.event = True
        return
    if c.estimate and fold_find(ctx.doc, "dự kiến", text.rfind(";", s_start, c.num_start) + 1 or s_start, c.num_start):
        return  # "toàn tỉnh dự kiến chi 86 tỷ đồng để thăm, tặng quà cho 41.000 lượt": planned, not done at the happening
    if c.unit_kind == "count" and (_PEOPLE_NOUNS.match(c.unit) or c.unit.startswith("đồng chí")) \
            and lex["delegation"].search(left[-48:]):
        c.event = c.delegation = True  # "Đoàn gồm 25 thành viên": the visit's delegation
        return
    if (lex["event_units"].match(c.unit) and not lex["not_event"].search(left[-32:])) or (
            c.unit_kind == "percent" and _VOTERS_AFTER.match(after)):
        c.event = True
    elif (lex["event_verbs"].search(left) or (c.unit_kind in ("count", "percent") and lex["vote_verbs"].search(left))) \
            and not lex["not_event"].search(left[-32:]):
        c.event = True
    elif c.unit_kind == "count" and (m := lex["received"].search(text, c.num_start, _clause_end(text, c.end, s_end))) \
            and m.start() <= c.end + 1:
        c.event = True  # "148 đảng viên được trao Huy hiệu Đảng": the recipients of the happening's awards
    elif _PEOPLE_NOUNS.match(c.unit) and _ATTENDING_AFTER.match(text, c.end, s_end) \
            and not lex["not_event"].search(sent_left[-32:]):  # (not "thay mặt cho 45.600 đảng viên về dự")
        c.event = True  # "hơn 300 người tham dự"
    elif (_PEOPLE_NOUNS.match(c.unit) or c.unit_kind == "count") and _ATTENDING_BEFORE.search(sent_left) \
            and not lex["not_event"].search(sent_left[-24:]):
        c.event = True


# --------------------------------------------------------------------------------- place and time
def _province_for(ctx: _Ctx, c: _Cand, para: tuple[int, int],
                  chained: tuple[str | None, ...] | None = None) -> tuple[str | None, ...]:
    """Provinces a figure is about: the nearest place before it in its sentence, then one after it in its
    clause, then a place opening an earlier sentence of the paragraph (a national scope anywhere there), else
    the home province. ``chained`` is what the figure it continues was given."""
    s_start, s_end = c.sentence
    text = ctx.doc.text
    home = ctx.voices.get(c.seg_index, ctx.home)  # "tỉnh" in a visiting leader's words is his province
    if c.delegation:
        guest = next((e.guest for e in ctx.doc.events if e.type == "visit" and e.guest in provinces()), None)
        if guest:
            return (guest,)
    if c.in_paren and ctx.compared:
        paren = text.rfind("(", s_start, c.num_start)
        if paren > 0 and len(text[s_start:paren].rstrip()) + s_start in ctx.compared \
                and "so với" in text[paren:c.num_start]:
            return (None,)  # "cao hơn bình quân chung cả nước (15,07% so với 9,64%)": the country's value
    # a place of an earlier statement of the sentence ("đại diện các tỉnh A, B dự; kim ngạch đạt ...") counts only
    # when it opens the sentence ("Tại Bình Định, ...; ...")
    lo = text.rfind(";", s_start, c.num_start) + 1 or s_start
    before = [p for p in ctx.places if s_start <= p[0] and p[1] <= c.num_start
              and (p[0] >= lo or _topical(text, s_start, p[0]))]
    if before:
        last = before[-1]
        if last[2] is not None:
            respective = _respectively(ctx, c, before)
            if respective:
                return respective
            # a list of provinces sharing one number: "Trà Vinh, Vĩnh Long, Sóc Trăng giải ngân trên 5%"
            group = [last]
            for p in reversed(before[:-1]):
                gap = _LIST_GAP.fullmatch(text, p[1], group[0][0])
                if p[2] is None or not gap:
                    break
                if "và" in gap.group(1) and len(group) > 1:
                    group = [last]  # "hợp nhất A, B và C, tỉnh A mới có": the list ended before the last name
                    break
                group.insert(0, p)
            between = text[last[1]:c.num_start]
            if len(group) > 1 and not _DIGIT.search(between):
                return tuple(dict.fromkeys(p[2] for p in group))
        return (home if last[0] in ctx.home_marks else last[2],)
    if chained is not None:
        return chained
    clause_end = _clause_end(text, c.end, s_end)
    after = [p for p in ctx.places if c.num_start < p[0] and p[1] <= clause_end]  # (inside the counted noun too:
    # "1.350 lao động Bến Tre đang làm việc tại Hàn Quốc")
    if after:
        return (home if after[0][0] in ctx.home_marks else after[0][2],)
    p_start = para[0]
    for p in reversed([p for p in ctx.places if p_start <= p[0] and p[1] <= s_start]):
        if p[0] in ctx.home_marks:
            return (home,)
        if p[2] is None or _topical(text, _sentence_start(ctx.doc, p[0]), p[0]):
            return (p[2],)
    if ctx.weak_home:  # an article with no home publisher: a national scope before the paragraph holds
        prior = [p for p in ctx.places if p[1] <= p_start and not _in_credit(ctx.doc, p[0])]
        if prior and prior[-1][2] is None:
            return (None,)
    return (home,)


def _in_credit(doc: Document, pos: int) -> bool:
    """Whether ``pos`` is in a byline or photo credit ("Ảnh: Thanh Tâm/VOV-ĐBSCL": the outlet's bureau, no scope)."""
    seg = doc.segment_of(pos)
    return seg is not None and not seg.content


def _respectively(ctx: _Ctx, c: _Cand, before: list[tuple[int, int, str | None]]) -> tuple[str | None, ...] | None:
    """"Xếp thứ 4 và 5 lần lượt là Phú Thọ và Đồng Nai, với ... 29,68 tỷ USD và 28,75 tỷ USD": the k-th
    number goes to the k-th place."""
    text = ctx.doc.text
    s_start, _ = c.sentence
    m = _RESPECTIVELY.search(text[s_start:c.num_start])
    if not m:
        return None
    at = s_start + m.start()
    names = [p for p in before if p[0] > at and p[2] is not None]
    if len(names) < 2:
        return None
    figures = [f for f in ctx.sentence_cands if f.sentence == c.sentence and f.num_start > names[-1][1]
               and f.unit == c.unit]
    if c not in figures:
        return None
    k = figures.index(c)
    return (names[k][2],) if k < len(names) else None


def _topical(text: str, s_start: int, pos: int, end: int | None = None) -> bool:
    """A phrase that opens its sentence or clause ("Năm 2016, ...", "Trong 6 tháng đầu năm, ...", "Tại Bình
    Định, ..."): it sets the time or place of what follows."""
    c_start, _ = _clause_start(text, s_start, pos)
    lead = text[c_start:pos]
    if len(lead.split()) > 3 or _DIGIT.search(lead):
        return False
    if end is None or (c_start == s_start and not lead.strip()) or text[end:end + 2].lstrip()[:1] == ",":
        return True
    # ", giai đoạn 2015 - 2017.": a clause that only says when
    return text[end:end + 2].lstrip()[:1] in (".", ";") and all(
        w in _PERIOD_LEAD_WORDS for w in lead.casefold().split())


def _named_after(text: str, s_start: int, pos: int) -> bool:
    """Whether a time phrase at ``pos`` stands after the name of what it times, inside its clause ("Thu nhập bình
    quân đầu người năm 2017 đạt ..."), rather than opening the clause ("Năm 2022 huyện hoàn thành ...")."""
    c_start, _ = _clause_start(text, s_start, pos)
    lead = text[c_start:pos].casefold().split()
    return bool(lead) and not all(w in _PERIOD_LEAD_WORDS for w in lead)


def _period_for(ctx: _Ctx, c: _Cand, para: tuple[int, int], prev: _Cand | None) -> str | None:
    """The figure's period: a period phrase of its sentence (the nearest before it, one right after a level,
    then one after it in its clause), the event's month for attendance and votes, the period carried from the
    sentences before, the report's period (title or lead), else the publication year. A target ("phấn đấu",
    "mục tiêu") takes a whole year or the term; a stock (area, population, communes) is as of a year."""
    doc = ctx.doc
    text = doc.text
    s_start, s_end = c.sentence
    periods = ctx.periods(s_start, s_end)
    target = _is_target(ctx, c)

    c_start, _ = _clause_start(text, s_start, c.num_start)

    def usable(p: PeriodMention) -> bool:
        lead = text[max(0, p.start - 16):p.start]
        if lead.rstrip().casefold().endswith(_NOT_PERIOD_LEAD):
            return False
        if p.kind != "same" and p.end <= c_start and _COMPARED_WITH.search(
                text, _clause_start(text, s_start, p.start)[0], p.start):
            return False  # "giảm 1,2 tạ/ha so với vụ Chiêm xuân năm 2021; sản lượng ...": a base, not the time
        if p.kind == "ongoing" and not c_start <= p.start < c.num_start:
            return False  # "8 CCN đang thực hiện ..." says what other things are doing now
        if p.kind == "month" and _SINCE_LEAD.search(lead) and not _TILL_AFTER.match(text, p.end):
            return False  # "từ đầu tháng 3, độ mặn tăng nhanh": since March, no period of its own
        return not (c.event and p.kind == "span")

    year_ctx = [p.year for p in periods if s_start <= p.start and p.end <= c.num_start and p.year and usable(p)]
    default_year = year_ctx[-1] if year_ctx else doc.pub_year

    def value(p: PeriodMention) -> str | None:
        if p.kind == "same":
            ctx_period = prev.period if prev is not None and prev.sentence == c.sentence else None
            return same_period(p, ctx_period or (str(default_year) if default_year else None))
        year = default_year
        if p.kind in ("month", "to_day") and p.year is None and doc.pub_year and doc.pub_month \
                and year == doc.pub_year and not target:  # (a goal "đến ngày 30/6 phải đạt" is ahead, not past)
            month = p.month or int(p.sub)
            if month > doc.pub_month + 1 and not _TOI_AFTER.match(text, p.end, p.end + 5):
                year = doc.pub_year - 1
        if p.kind == "to_day":  # (a goal to reach by a day is the year's: "đến ngày 30/6 phải giải ngân 50%")
            return _running_total(ctx, p, year) if not target else complete(p, year)
        if p.kind == "then":  # "cũng đến thời điểm này": the time the sentences before named
            return _carried_period(ctx, c, value, usable) or complete(p, year)
        if p.kind == "this_month":  # "Trong tháng, ...": the month of the report (its title's, else its happening's)
            return _title_month(ctx) or ctx.event_month
        return complete(p, year)

    def event_ok(v: str | None, p: PeriodMention | None = None) -> str | None:
        # "Hội thi ... năm 2024" names the contest; its prizes still take the event's month
        if c.event and ctx.event_month and v and v == ctx.event_month[:4] and (p is None or p.kind == "year"):
            return ctx.event_month
        return v

    if c.in_paren:
        outer_start, _ = _clause_start(text, s_start, max(s_start, c_start - 1))
        same = [p for p in periods if outer_start <= p.start and p.end <= c_start and p.kind == "same"
                and p.year is not None and p.end >= c_start - 3]
        if same:
            v = value(same[-1])
            if v:
                return v
    right = _own_period_after(ctx, c)
    if right is not None:
        c.from_level = True  # a time of its own: not the period of the sentences that follow
        return event_ok(value(right), right)
    sent = [p for p in periods if s_start <= p.start and p.end <= c.num_start and usable(p)]
    if sent:
        p = sent[-1]
        if p.kind == "same" and p.start < c_start and not c.in_paren:
            others = [q for q in sent if q.kind != "same"]
            p = others[-1] if others else None
        if p is not None and p.kind == "whole_year" and not year_ctx:
            # "cả năm": the whole of the year the context is about
            v = _fallback_period(ctx, c, value, usable, True)
            c.as_of = False  # (a year its sentence names)
            return v[:4] if v else None
        if p is not None:
            v = value(p)
            if v:
                if (p.kind in ("year", "first_months", "to_month") and p.start >= c_start
                        and _named_after(text, s_start, p.start) and (p.kind == "year" or v not in (
                            ctx.report_period, _carried_period(ctx, c, value, usable)))) or (
                        p.kind == "sofar" and ctx.report_period and ctx.report_period[5:].isdigit()):
                    c.from_level = True  # "thu nhập ... năm 2017 đạt", "thu ngân sách 11 tháng đạt": that figure's
                    # time, not the next sentences'
                    # (nor a total so far in a report on one month)
                return event_ok(v, p)
    clause_end = _clause_end(text, c.end, s_end)
    after = [p for p in periods if c.end <= p.start and p.end <= s_end and usable(p) and p.kind != "same"
             and (p.end <= clause_end or p.kind in ("first_months", "quarter", "h2", "to_month"))]
    if after:
        v = value(after[0])
        if v:
            return event_ok(v, after[0])
    if ctx.terms and not c.delegation and _body_size(ctx, c):
        a, b = ctx.terms[0]  # "Ban Chấp hành khóa XIX gồm 51 đồng chí": the body of the article's term
        return f"{a}-{b}"
    dated = _happening_month(ctx, c) if not target else None
    if dated:
        return dated
    if c.event and not target:
        return ctx.event_month
    if not target and not ctx.report_period and _lex()["damage"].search(doc.fold or text.lower(), s_start, c.num_start):
        return ctx.event_month  # "mưa lũ đã làm 7 người chết": the damage of the disaster the article reports
    return _fallback_period(ctx, c, value, usable, target)


def _body_size(ctx: _Ctx, c: _Cand) -> bool:
    """The size of an elected or appointed body ("Ban Chấp hành ... có 52 ủy viên", "Ủy ban Kiểm tra gồm 7 đồng
    chí"): a member counter after the body's name."""
    if c.unit_kind != "count" or not c.indicator:
        return False
    lex = _lex()
    return bool(lex["member_units"].match(c.unit) and lex["bodies"].match(c.indicator))


def _happening_month(ctx: _Ctx, c: _Cand) -> str | None:
    """The month of a happening named with its day before the number in its sentence ("cuộc bầu cử ngày 23-5 có
    521.306 cử tri đi bầu")."""
    doc = ctx.doc
    s_start = c.sentence[0]
    if not doc.pub_year:
        return None
    lo, hi = s_start, c.num_start
    if not fold_find(doc, "ngày", lo, hi):
        # "... báo cáo kết quả cuộc bầu cử ngày 23/5. Theo đó, tỷ lệ cử tri đi bầu đạt 99,79%": the results of it
        prev = doc.sentence_at(s_start - 2) if s_start >= 2 else None
        if prev is None or prev.segment != c.seg_index:
            return None
        if prev.start in ctx.dated:  # the next sentence of the results: "Toàn tỉnh đã bầu đủ 48 đại biểu, ..."
            return ctx.dated[prev.start]
        if not _lex()["result_opener"].match(doc.text, s_start) or not fold_find(doc, "ngày", prev.start, prev.end):
            return None
        lo, hi = prev.start, prev.end
    m = _lex()["dated_happening"].search(doc.text, lo, hi)
    if not m or not (1 <= int(m.group(1)) <= 31 and 1 <= int(m.group(2)) <= 12):
        return None
    month = int(m.group(2))
    year = int(m.group(3)) if m.group(3) else (
        doc.pub_year - 1 if doc.pub_month and month > doc.pub_month + 1 else doc.pub_year)
    ctx.dated[s_start] = f"{year}-{month:02d}"
    return ctx.dated[s_start]


def _fallback_period(ctx: _Ctx, c: _Cand, value: Any, usable: Any, target: bool) -> str | None:
    """A period for a figure whose sentence gives none: carried from the sentences before, the report's period,
    else the publication year."""
    doc = ctx.doc
    text = doc.text
    s_start, s_end = c.sentence
    stock = not target and _is_stock(ctx, c)
    whole_only = target or stock
    day = _DAY_WITH_YEAR.match(text, s_start, c.num_start) if not target else None
    if day:  # "Từ ngày 8/1/2023, mỗi ngày có 1.100 lượt xe": a time of its own, not the sentences' before
        return day.group(1)
    carried = _carried_period(ctx, c, value, lambda p: usable(p) and (target or not _TERM_BEFORE.search(
        text, max(0, p.start - 16), p.start)))
    if carried and not (whole_only and not _WHOLE_PERIOD.match(carried)) and not (stock and not carried.isdigit()):
        return carried  # (a stock is as of a year, never of a term: "tỉnh có 333 km đường biên giới")
    if ctx.report_period and not whole_only and not _DAY_NAMED.search(text, s_start, c.num_start):
        return ctx.report_period
    c.as_of = whole_only and bool(carried or ctx.report_period)  # the year of a stock: no time for what follows
    return str(doc.pub_year) if doc.pub_year else None


def _running_total(ctx: _Ctx, p: PeriodMention, year: int | None) -> str | None:
    """A total up to a day ("tính đến ngày 30/6/2022") as the months it closes (``2022-6M``) when the day ends a
    quarter or the report is about those months ("9 tháng" report, "đến ngày 25/9"); any other day is a total
    so far, of the year ("đến ngày 17.4, tỉnh đã thu hút ...")."""
    y = p.year or year
    if y is None:
        return None
    n = p.month
    closes = n in (3, 6, 9) and p.day >= 30
    report = _REPORT_MONTHS.fullmatch(ctx.report_period or "")
    if n < 12 and (closes or (report and int(report.group(1)) == y and _months(report.group(2)) == n)):
        return f"{y}-{n}M"
    return str(y)


def _months(sub: str) -> int:
    """The first months a period part stands for: "9M" → 9, "Q1" → 3, "H1" → 6, else 0."""
    if sub.endswith("M"):
        return int(sub[:-1])
    return {"Q1": 3, "H1": 6}.get(sub, 0)


def _own_period_after(ctx: _Ctx, c: _Cand) -> PeriodMention | None:
    """A period written right after the number: "xuống còn 4,12% năm 2020", "mức 5,02% của quý I/2024" (not the
    base of a change: "gấp 2,3 lần năm 2015")."""
    text = ctx.doc.text
    for p in ctx.periods(*c.sentence):
        if p.start < c.end:
            continue
        gap = text[c.end:p.start]
        if p.kind in ("year", "quarter", "month", "first_months", "h2") and (
                gap.strip() in ("của", "trong") or (
                    gap.strip().casefold() in _OWN_TIME_GAP and c.role != "change" and p.kind == "year")):
            return p
        break
    return None


def _is_target(ctx: _Ctx, c: _Cand) -> bool:
    """A goal or plan said before the number in its sentence ("phấn đấu giải ngân trên 95%")."""
    fold = ctx.doc.fold
    if not fold:
        return False
    ends = ctx.targets.get(c.sentence[0])
    if ends is None:  # the sentence's goal words, once per sentence
        ends = ctx.targets[c.sentence[0]] = [
            m.end() for m in _lex()["target"].finditer(fold, *c.sentence)
            if not _NUM_END.search(fold[max(0, m.start() - 4):m.start()])]  # not "đạt 100% chỉ tiêu"
    return any(e <= c.num_start for e in ends)


def _is_stock(ctx: _Ctx, c: _Cand) -> bool:
    """A quantity that is as of a date rather than over a period: area, population, administrative units (not
    "có thêm 21 xã đạt chuẩn", a flow; not a rate: "công suất phòng đạt 78%" is the use of the rooms over a time;
    not the area sown or stocked in a season: "diện tích gieo trồng đạt 68.540 ha" is the season's work)."""
    lex = _lex()
    if c.unit_kind == "count":
        return bool(lex["stock_units"].match(c.unit) or (c.indicator and lex["stock"].search(c.indicator))) \
            and not _flow_count(ctx, c)
    return bool(c.unit in ("km2", "km²") or (c.indicator and c.unit_kind != "percent" and lex["stock"].search(c.indicator)
                                              and not lex["flow_area"].search(c.indicator)))


def _flow_count(ctx: _Ctx, c: _Cand) -> bool:
    """A count of what happened over a time ("thành lập mới", "có thêm", "cấp mới"): words of its clause say so
    (not inside a name: "xã đạt chuẩn nông thôn mới" counts what has the title, as of a year)."""
    text = ctx.doc.text
    s_start, s_end = c.sentence
    lex = _lex()
    fold = ctx.doc.fold or text.lower()
    return any(not any(fold.endswith(k, 0, m.end()) for k in lex["flow_count_names"])
               for m in lex["flow_count"].finditer(text, _clause_start(text, s_start, c.num_start)[0],
                                                   _clause_end(text, c.end, s_end)))


def _carried_period(ctx: _Ctx, c: _Cand, value: Any, usable: Any) -> str | None:
    """The period a figure takes from the sentences before it, in its paragraph or the one before: the
    first figure's period of the nearest sentence with figures, or a period phrase opening a sentence."""
    doc = ctx.doc
    text = doc.text
    if _lex()["time_topic"].match(text, c.sentence[0]) or _lex()["time_topic_clause"].search(
            text, c.sentence[0], c.num_start):
        return None  # "Dịp Tết Nguyên đán Giáp Thìn, toàn tỉnh dự kiến tặng ...", "Trên toàn tỉnh, dịp Tết, ...": its own time
    own: str | None = None

    def held(v: str | None) -> str | None:
        return v if own is None or v == own else None

    seg = c.seg_index
    prev_seg = seg - 1
    while prev_seg >= 0 and doc.segments[prev_seg].kind not in ("paragraph", "title"):
        prev_seg -= 1
    for si in (seg, prev_seg):
        if si < 0 or doc.segments[si].kind == "title":
            continue
        in_seg = ctx.segment_sentences.get(si)
        if in_seg is None:
            seg_obj = doc.segments[si]
            in_seg = ctx.segment_sentences[si] = [s for s in doc.sentences
                                                  if seg_obj.start <= s.start and s.end <= seg_obj.end]
        sents = [s for s in in_seg if s.end <= c.sentence[0]]
        for sent in reversed(sents):
            has_figures = sent.start in ctx.sentence_figures
            single = _SINGLED_OUT.match(text, sent.start) if has_figures else None
            if single and not _CONTINUES.match(text, c.sentence[0]) and any(
                    p.start <= single.end() + 1 for p in ctx.periods(sent.start, sent.end)):
                return None  # "Riêng 9 tháng năm 2019, ...": a time singled out, not the time of what comes after
            if has_figures and ctx.sentence_figures[sent.start] is not None:
                return held(ctx.sentence_figures[sent.start])  # an estimate's period too ("... ước tăng 7,46%. ...")
            if has_figures:  # "Thu nhập ... năm 2017 đạt ...": that figure's own time, carried to none after, unless
                mine = ctx.own_times.get(sent.start)  # it only repeats the time the sentences before it speak of
                if mine is None or own not in (None, mine):
                    return None
                own = mine
                continue
            mentions = [p for p in ctx.periods(sent.start, sent.end) if usable(p)
                        and p.kind not in ("same", "then", "ongoing")
                        and (_topical(text, sent.start, p.start, p.end)
                             or _lex()["report_lead"].search(text, max(sent.start, p.start - 60), p.start))]
            if mentions:
                v = value(mentions[0])
                if v:
                    return held(v)
    return None


def _sentence_start(doc: Document, pos: int) -> int:
    s = doc.sentence_at(pos)
    return s.start if s is not None else pos


# --------------------------------------------------------------------------------- the article
@lru_cache(maxsize=1)
def _indicator_catalogue() -> tuple[re.Pattern[str] | None, dict[str, dict]]:
    by_form: dict[str, dict] = {}
    for e in entries("indicators"):
        for f in e.get("forms", []):
            by_form[f.casefold()] = e
    if not by_form:
        return None, {}
    rx = re.compile(guarded(r"(?<![\wÀ-ỹĐđ])(" + _alts(list(by_form)) + r")(?![\wÀ-ỹĐđ])", re.IGNORECASE),
                    re.IGNORECASE)
    return rx, by_form


def indicator_id(phrase: str | None) -> str | None:
    """The catalogue id of an indicator phrase ("giá trị hàng xuất khẩu" → "exports"), or None."""
    if not phrase:
        return None
    rx, by_form = _indicator_catalogue()
    if rx is None:
        return None
    best = None
    for m in rx.finditer(phrase):
        form = " ".join(m.group(1).casefold().split())
        entry = by_form.get(form)
        if entry is not None and (best is None or len(form) > best[0]):
            best = (len(form), entry)
    return best[1]["id"] if best else None


def _catalogue_entry(iid: str | None) -> dict | None:
    if iid is None:
        return None
    for e in entries("indicators"):
        if e["id"] == iid:
            return e
    return None


def _is_list_count(text: str, c: _Cand, s_end: int) -> bool:
    """A count followed by the list of what it counts: "4 cơ quan báo chí: Báo Nhân dân, ..."."""
    if c.unit_kind != "count" or c.of:
        return False
    rest = text[c.end:min(s_end, c.end + 160)]
    for rx in _lex()["lists"]:
        m = rx.match(rest)
        if m:
            tail = rest[m.end():].lstrip(" \"'“")
            if tail and not tail[0].isdigit() and not _VERB_NUMBER.match(tail):
                return True
    names = _NAMED_LIST.match(text, c.num_start + len(c.written) - len(c.written.lstrip("0123456789.,")),
                              min(s_end, c.num_start + 200))
    if names and len(_LIST_SEP.split(names.group(1))) == c.value:
        return True  # "3 huyện Bến Lức, Cần Đước và Cần Giuộc": the count of the places it names
    m = _LIST_COLON.match(rest)
    if m and rest[m.end():m.end() + 1].isupper() and not _DIGIT.search(_THRESHOLD_NUMBER.sub("", rest[:m.end()])):
        return True
    if m and not _DIGIT.search(rest, m.end()) and len(_LIST_SEP.split(rest[m.end():].rstrip(" .;…"))) == c.value > 1:
        return True  # "rà soát 4 nhóm nguồn thu là: thu từ ..., thu ..., ... và ...": as many items as it counts
    # "2 dự án lớn là khu đô thị mới ... và dự án ...": a few things named one by one
    m = _NAMED_ONE_BY_ONE.match(rest)
    if m and (names := _NAMES_RUN.match(rest, m.end())) and len(_LIST_SEP.split(names.group(0))) == c.value > 1:
        return True  # "3 địa phương có tỷ lệ giải ngân cao nhất là Thái Nguyên, Thái Bình, Hòa Bình": the places
    return bool(m) and c.value <= 5 and _AND_WORD.search(rest, m.end()) is not None


# --------------------------------------------------------------------------------- flattened tables
_TABLE_NUMBER = re.compile(r"([+\-–−]?)\s*(\d[\d.]*(?:,\d+)?)\s*(%?)")
_BRACKET_END = re.compile(r"\s*\(([^()]{1,30})\)\s*$")
_BARE_YEAR = re.compile(r"(?<![\d/.\-])((?:19|20)\d\d)(?![\d/.\-])")
_ROW_LEAD = re.compile(r"^(?:[-+•*]\s*|\d{1,2}[.)]\s+|[a-zđ][.)]\s+|[IVX]{1,4}[.)]\s+)")


@dataclass(slots=True)
class _Column:
    period: str | None = None
    role: str = "level"
    basis: str | None = None
    estimate: bool = False
    unit: tuple[float, str, str] | None = None  # (scale, unit, kind) from the header's brackets


def _table_unit(phrase: str) -> tuple[float, str, str] | None:
    """(scale, unit, kind) of a unit as a table writes it in brackets: "tỷ đồng", "nghìn lượt", "%", "ha"."""
    phrase = " ".join(phrase.split())
    if not phrase or any(ch.isdigit() for ch in phrase):
        return None
    scale, pos = read_scale(phrase, 0)
    uid, kind, end = _read_unit(phrase, pos, len(phrase), scaled=scale != 1)
    if uid is not None and not phrase[end:].strip():
        return scale, uid, kind
    noun = phrase[pos:].strip()
    if noun and len(noun.split()) <= 3 and noun[0].isalpha() and noun.islower():
        return scale, noun, "count"  # a counted noun: "(nghìn lượt)", "(doanh nghiệp)"
    return None


def _table_blocks(doc: Document) -> list[list[int]]:
    """Runs of sentences (their indexes) that are rows of a table flattened to text, cells split by "|"; a run
    counts when some row has a label and a number."""
    text = doc.text
    blocks: list[list[int]] = []
    run: list[int] = []
    for i, sent in enumerate(doc.sentences):
        if text.find("|", sent.start, sent.end) >= 0 and doc.segments[sent.segment].content:
            run.append(i)
            continue
        if run:
            blocks.append(run)
            run = []
    if run:
        blocks.append(run)
    out = []
    for b in blocks:
        for i in b:
            cells = text[doc.sentences[i].start:doc.sentences[i].end].split("|")
            if len(cells) >= 2 and any(ch.isalpha() for ch in cells[0]) and any(
                    _TABLE_NUMBER.fullmatch(c.strip()) for c in cells[1:]):
                out.append(b)
                break
    return out


def _cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the cells of one row (surrounding spaces left out)."""
    spans = []
    pos = start
    for part in text[start:end].split("|"):
        stop = pos + len(part.rstrip())
        spans.append((min(stop, pos + len(part) - len(part.lstrip())), stop))
        pos += len(part) + 1
    return spans


def _table_time(ctx: _Ctx, start: int, end: int, year: int | None) -> str | None:
    """The period a header cell (or the line above a table) names: "Năm 2023", "6 tháng 2024", "Thực hiện 9
    tháng" (the year given), a bare year "2023"."""
    fold = ctx.doc.fold or ctx.doc.text.lower()
    for p in find_periods(fold, year, start, end, bare_months=True):
        v = complete(p, year)
        if v:
            return v
    m = _BARE_YEAR.search(fold, start, end)
    return m.group(1) if m else None


def _table_cands(ctx: _Ctx, block: list[int]) -> list[_Cand]:
    """Figures of one flattened table: a row's label is the indicator (its unit in brackets), each value column
    takes its time, role and basis from its header ("6 tháng 2023", "Tăng/giảm so cùng kỳ (%)"); a unit line
    ("Đơn vị tính: tỷ đồng", "(nghìn lượt)") above the table or among its rows holds for the rows after it."""
    doc = ctx.doc
    text = doc.text
    lex = _lex()
    sents = doc.sentences
    first = sents[block[0]]
    lead = sents[block[0] - 1] if block[0] > 0 else None
    year = doc.pub_year
    table_period = None
    if ctx.report_period:
        table_period = ctx.report_period
        year = int(ctx.report_period[:4])
    table_unit = None
    if lead is not None and lead.end <= first.start:
        lead_period = _table_time(ctx, lead.start, lead.end, year)
        if lead_period:
            table_period, year = lead_period, int(lead_period[:4])
        m = lex["table_unit_line"].match(text, lead.start, lead.end)
        if m or (text.startswith("(", lead.start) and text[lead.end - 1:lead.end] == ")"):
            table_unit = _table_unit(m.group(1) if m else text[lead.start + 1:lead.end - 1])
    provinces = tuple(p.province for p in find_provinces(text, lead.start, lead.end)) if lead is not None else ()
    provinces = provinces[:1] or ((ctx.home,) if ctx.home else ())
    columns: list[_Column] | None = None
    out: list[_Cand] = []
    for i in block:
        sent = sents[i]
        cells = _cells(text, sent.start, sent.end)
        label = text[cells[0][0]:cells[0][1]]
        values = [_TABLE_NUMBER.fullmatch(text, a, b) for a, b in cells[1:]]
        if columns is None and all(v is None or _BARE_YEAR.fullmatch(v.group(0)) for v in values):
            values = [None] * len(values)  # a header of bare years: "Chỉ tiêu | 2022 | 2023"
        if not any(values):
            if columns is None and len(cells) >= 2:  # the header row
                columns = []
                m = _BRACKET_END.search(label)
                if m:
                    table_unit = _table_unit(m.group(1)) or table_unit
                for a, b in cells[1:]:
                    head = text[a:b]
                    col = _Column(period=_table_time(ctx, a, b, year))
                    m = _BRACKET_END.search(head)
                    col.unit = _table_unit(m.group(1)) if m else None
                    change = lex["table_change"].search(head)
                    compared = change or lex["table_compare"].search(head)
                    if compared:
                        col.basis = "yoy" if lex["yoy"].search(head) else "plan" if lex["plan"].search(head) else None
                        col.role = "change" if change else "share"
                    col.estimate = bool(lex["estimate_any"].search(head))
                    columns.append(col)
            else:
                m = lex["table_unit_line"].match(label) or _BRACKET_END.fullmatch(label)
                if m:
                    table_unit = _table_unit(m.group(1)) or table_unit
            continue
        m = _BRACKET_END.search(label)
        row_unit = _table_unit(m.group(1)) if m else None
        indicator = _ROW_LEAD.sub("", label[:m.start()] if m else label).strip(" :")
        if not indicator or not any(ch.isalpha() for ch in indicator):
            continue
        level_period = None
        for j, v in enumerate(values):
            if v is None:
                continue
            col = columns[j] if columns is not None and j < len(columns) else _Column()
            sign = -1 if v.group(1) in ("-", "–", "−") else 1
            role = col.role
            if role == "level" and v.group(1) and columns is not None:
                role = "change"  # a signed value in a plain column: "+8,1"
            unit = col.unit or (row_unit if role == "level" else None) or (
                (1.0, "%", "percent") if role != "level" or v.group(3) else row_unit or table_unit)
            if unit is None:
                continue
            number = parse_digits(v.group(2))
            if number is None:
                continue
            period = (col.period if role == "level" else level_period or col.period) or table_period or (
                str(doc.pub_year) if doc.pub_year else None)
            if role == "level":
                level_period = level_period or period
            a, b = v.span()
            out.append(_Cand(a, b, number * unit[0], unit[1], unit[2], text[a:b], (sent.start, sent.end),
                             sent.segment, doc.segments[sent.segment].kind, role=role, sign=sign,
                             estimate=col.estimate, basis=col.basis, indicator=indicator, num_start=a,
                             period=period, provinces=provinces))
    return out


def run(doc: Document) -> None:
    """Stage entry: fills ``doc.figures``."""
    try:
        doc.figures = extract_figures(doc)
    except Exception as exc:  # a figure bug must not take the other families down
        doc.warnings.append(f"figures: {type(exc).__name__}: {exc}")
        doc.figures = []


def extract_figures(doc: Document) -> list[Figure]:
    """All figures of a segmented document."""
    if not doc.sentences:
        return []
    ctx = _context(doc)
    text = doc.text
    cands: list[_Cand] = []
    blocks = _table_blocks(doc) if "|" in text else []
    in_table = {i for b in blocks for i in b}
    for i, sent in enumerate(doc.sentences):
        seg = doc.segments[sent.segment]
        if not seg.content or i in in_table:
            continue
        if not _DIGIT.search(text, sent.start, sent.end):
            chunk = text[sent.start:sent.end]
            for w in _FIGURE_WORDS:
                if w in chunk:
                    break
            else:
                continue
        found = _sentence_cands(ctx, sent.start, sent.end, sent.segment, seg.kind)
        for c in found:
            if _is_list_count(text, c, sent.end):
                c.drop = "list"
        cands.extend(found)
    _drop_repeats(ctx, cands, _standfirst(doc))
    kept = [c for c in cands if c.drop is None]
    if not kept and not blocks:
        return []
    _place_and_time_context(ctx, max([c.sentence[1] for c in kept] + [doc.sentences[b[-1]].end for b in blocks]))
    ctx.sentence_cands = kept
    prev: _Cand | None = None
    for c in kept:
        seg = doc.segments[c.seg_index]
        para = (seg.start, seg.end)
        if c.chained_to is not None and prev is not None and prev.sentence == c.sentence:
            c.provinces = _province_for(ctx, c, para, prev.provinces)
            # ("17 đại biểu nữ (chiếm 35,42%)": the count's time, unless the brackets name one)
            own = (c.in_paren and _paren_period(ctx, c)) or any(
                prev.end <= m.start and m.end <= c.num_start and m.kind != "same"
                for m in ctx.periods(*c.sentence)) or _own_period_after(ctx, c) is not None
            c.period = _period_for(ctx, c, para, prev) if own else prev.period
            c.as_of = c.as_of or (not own and prev.as_of)
        else:
            c.provinces = _province_for(ctx, c, para)
            c.period = _period_for(ctx, c, para, prev)
        if c.from_level:  # "từ 47,6% năm 1990 xuống 4,12% năm 2020": no period for the sentences after
            ctx.sentence_figures.setdefault(c.sentence[0], None)
            ctx.own_times.setdefault(c.sentence[0], c.period)
        elif c.period and not c.event and not c.in_paren and not c.as_of:
            ctx.sentence_figures.setdefault(c.sentence[0], c.period)
        prev = c
    for b in blocks:  # a table row repeating a figure of the text is not a second figure
        kept.extend(t for t in _table_cands(ctx, b) if not any(
            c.role == t.role and c.unit == t.unit and c.period == t.period and abs(c.sign * c.value - t.sign * t.value)
            <= 0.005 * abs(t.value) for c in kept))
    _check_shares(kept)
    out: list[Figure] = []
    for c in kept:
        iid = indicator_id(c.indicator) or (indicator_id(f"{c.indicator} {q}") if (q := _qual(ctx, c)) else None)
        entry = _catalogue_entry(iid)
        basis = c.basis
        if basis is None and c.role == "share" and entry and entry.get("share_basis"):
            basis = entry["share_basis"]
        value = as_number(c.sign * c.value)
        to = as_number(c.sign * c.to) if c.to is not None else None
        of = as_number(c.of) if c.of is not None else None
        for prov in c.provinces or (None,):
            out.append(Figure(
                indicator=c.indicator or None, value=value, unit=c.unit, role=c.role,  # type: ignore[arg-type]
                to=to, of=of, estimate=c.estimate, bound=c.bound, basis=basis,  # type: ignore[arg-type]
                province=prov, period=c.period, indicator_id=iid, flags=tuple(c.flags),
                written=c.written, start=c.start, end=c.end, sentence=c.sentence))
    return out


def _paren_period(ctx: _Ctx, c: _Cand) -> bool:
    """Whether the brackets a figure stands in name a time ("(tăng 5% so cùng kỳ năm 2016)") or follow one."""
    text = ctx.doc.text
    s_start, s_end = c.sentence
    open_at = text.rfind("(", s_start, c.num_start)
    close_at = text.find(")", c.end, s_end)
    close_at = s_end if close_at < 0 else close_at
    return any((open_at <= m.start and m.end <= close_at) or (m.kind == "same" and open_at - 3 <= m.end <= open_at)
               for m in ctx.periods(s_start, s_end))  # ("thấp hơn cùng kỳ năm 2016 (6,5%)": that time's value)


def _standfirst(doc: Document) -> int:
    """Index of the summary paragraph right under the headline: one sentence, before the body."""
    if not doc.segments or doc.segments[0].kind != "title":
        return -1
    i = next((i for i, g in enumerate(doc.segments) if g.kind == "paragraph"), -1)
    if i < 0:
        return -1
    seg = doc.segments[i]
    n = sum(1 for x in doc.sentences if seg.start <= x.start < seg.end)
    return i if n == 1 else -1


def _qual(ctx: _Ctx, c: _Cand) -> str:
    """A count's qualifier, cleaned when first asked for (most counts never need it)."""
    if c.qualifier is None:
        c.qualifier = _clean_phrase(ctx.doc.text[c.q_span[0]:c.q_span[1]], ctx)
    return c.qualifier


def _drop_repeats(ctx: _Ctx, cands: list[_Cand], first: int = -1) -> None:
    """Headline and caption repeats, a figure said twice, later mentions of a listed count. ``first`` is the
    index of the one-sentence summary under the headline (the standfirst), -1 when there is none."""
    body = [c for c in cands if c.seg_kind == "paragraph" and c.drop is None]
    listed = {(round(c.value, 6), c.unit.split()[0].lower()) for c in cands if c.drop == "list"}
    for c in cands:
        if c.drop is None and c.unit_kind == "count" and (round(c.value, 6), c.unit.split()[0].lower()) in listed:
            c.drop = "listed"
    standfirst = [c for c in body if c.seg_index == first]
    for c in cands:
        if c.drop or (c.seg_kind == "paragraph" and c not in standfirst):
            continue
        tol = 0.1 if c.seg_kind != "caption" else 0.005
        for b in body:
            if b.drop is None and b.unit.split()[0].lower() == c.unit.split()[0].lower() \
                    and (b.role == c.role or c.seg_kind == "title") \
                    and abs(b.value - c.value) <= tol * max(abs(b.value), abs(c.value)) and b is not c and (
                    c.seg_kind != "paragraph" or (b.seg_index != first and _rounder(c, b))):
                c.drop = "repeat"  # a headline, a caption or a summary under the headline saying it again
                break
    for i, c in enumerate(cands):
        if c.drop is None and c.in_paren and any(
                b.drop is None and b.sentence == c.sentence and b.value == c.value and b.unit == c.unit
                and b.start < c.start for b in cands[max(0, i - 6):i]):
            c.drop = "repeat"  # "đạt 15,07% ... (15,07% so với 9,64%)"
    seen: list[_Cand] = []
    for c in cands:
        if c.drop or c.seg_kind != "paragraph":
            continue
        for s in seen:
            if s.value == c.value and s.unit == c.unit and s.role == c.role and s.of == c.of \
                    and _norm(s.indicator) == _norm(c.indicator) and s.sign == c.sign and c.indicator \
                    and (c.unit_kind != "count" or _norm(_qual(ctx, s)) == _norm(_qual(ctx, c))) \
                    and (len(_norm(c.indicator).split()) > 1 or s.head_before == c.head_before) \
                    and (c.unit_kind != "percent" or not c.qualifier or _norm(s.qualifier) == _norm(c.qualifier)):
                c.drop = "repeat"
                s.bound = s.bound or c.bound
                s.basis = s.basis or c.basis
                s.estimate = s.estimate or c.estimate
                break
        else:
            seen.append(c)
    counts: dict[float, _Cand] = {}
    for c in cands:
        if c.drop or c.unit_kind != "count" or c.of:
            continue
        s = counts.setdefault(c.value, c)
        if s is not c and c.value >= 10 and s.sentence != c.sentence and s.unit != c.unit \
                and not (c.peeled and c.peeled[0].get("verb")) \
                and c.unit.split(",")[0].split()[0].lower() in s.unit.lower().split():
            c.drop = "repeat"  # "96 đơn vị hành chính cấp xã" ... later "tại 96 xã, phường": the same ones again


def _rounder(c: _Cand, b: _Cand) -> bool:
    """``c`` is ``b`` written rounder ("hơn 4%" for "4,2%", "gần 3 tỷ" for "2,94 tỷ")."""
    def decimals(x: _Cand) -> int:
        m = _DECIMALS.match(x.written)
        return len(m.group(1) or "") if m else 0
    places = decimals(c)
    if places >= decimals(b):
        return False
    step = 10.0 ** -places * (c.value / float(_NOT_DIGIT_COMMA.sub("", c.written.split()[0]).replace(",", ".") or 1))
    if c.bound == "over":
        return c.value <= b.value < c.value + step
    if c.bound == "under":
        return c.value - step < b.value <= c.value
    if c.peeled is not None and c.peeled[0].get("about") == "gần":
        return c.value - step < b.value <= c.value  # "gần 97%": just under
    return abs(b.value - c.value) <= step / 2 or (c.bound == "about" and abs(b.value - c.value) < step)


def _check_shares(cands: list[_Cand]) -> None:
    """A count x/y and the share stated with it must agree (182/204 and 89,2%)."""
    for i, c in enumerate(cands):
        if c.of and c.unit_kind == "count":
            for d in cands[i + 1:i + 3]:
                if d.sentence != c.sentence or d.unit_kind != "percent" or d.role != "share":
                    continue
                expected = 100.0 * c.value / c.of
                if abs(expected - d.value) > max(0.6, 0.01 * d.value):
                    flag = f"share-mismatch: {as_number(c.value)}/{as_number(c.of)} = {expected:.1f}%, " \
                           f"stated {as_number(d.value)}%"
                    c.flags.append(flag)
                    d.flags.append(flag)
                break
    _check_plan_shares(cands)


def _check_plan_shares(cands: list[_Cand]) -> None:
    """A value, its plan and its share of the plan stated together must agree ("đạt 8.000 tỷ đồng, bằng 129% dự
    toán (6.200 tỷ đồng)")."""
    by_sentence: dict[tuple[int, int], list[_Cand]] = {}
    for c in cands:
        by_sentence.setdefault(c.sentence, []).append(c)
    for group in by_sentence.values():
        shares = [c for c in group if c.role == "share" and c.basis == "plan" and c.unit_kind == "percent"]
        if not shares:
            continue
        for share in shares:
            levels = [c for c in group if c.role == "level" and c.unit_kind in ("currency", "measure")]
            plans = [c for c in levels if share.end < c.start <= share.end + 25 and c.in_paren]
            actual = [c for c in levels if c.start < share.start and c.indicator == share.indicator]
            if len(plans) != 1 or not actual or not plans[0].value or plans[0].unit != actual[-1].unit:
                continue
            expected = 100.0 * actual[-1].value / plans[0].value
            if abs(expected - share.value) > max(1.0, 0.02 * share.value):
                flag = f"plan-share-mismatch: {as_number(actual[-1].value)}/{as_number(plans[0].value)} = " \
                       f"{expected:.1f}%, stated {as_number(share.value)}%"
                share.flags.append(flag)
                actual[-1].flags.append(flag)


# --------------------------------------------------------------------------------- lexicon checks
def _one(text: str):
    from ..pipeline import extract

    return extract(text, published="2022-11", publisher="Báo Nam Định").figures


def unit_check(file: str, entry: dict, text: str) -> bool:
    """Example checker for units.yaml: some figure of the text carries the entry's unit."""
    return any(f.unit.split("/")[0] == str(entry["id"]) for f in _one(text) if f.unit)


def indicator_check(file: str, entry: dict, text: str) -> bool:
    """Example checker for indicators.yaml: some figure of the text gets the entry's id."""
    return any(f.indicator_id == entry["id"] for f in _one(text))


def figure_as_dict(f: Figure) -> dict[str, Any]:
    """The contract fields of a figure plus its catalogue id and flags (for tests and debugging)."""
    d = f.contract()
    d.update(indicator_id=f.indicator_id, flags=list(f.flags), written=f.written)
    return d

