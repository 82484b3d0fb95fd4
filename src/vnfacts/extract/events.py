"""Stage "events": the happenings an article reports, typed, dated, with host, guest and leader.

Reads ``Document.text``/``fold``, ``segments``, ``sentences``, the publication
date, ``home_province`` and ``people`` (mentions and offices); adds
``Document.events``.

How:

- Triggers (``data/event_triggers.yaml``) are found in one pass over the
  casefolded text, looked up by their literal beginnings ("thăm và làm việc",
  "tiếp đoàn"), and each is judged in its clause when first read (most never
  are): planned ("sẽ", "dự kiến"), the topic of something else ("họp báo về
  Hội nghị ..."), background ("Năm 2022, tỉnh đã tổ chức ..."), someone's
  words ("nêu rõ, đây là cuộc kiểm tra ...") or inside a framing clause
  ("Tiếp tục chuyến công tác ..., sáng 7-2, ...") are not happenings, nor a
  function named by a trigger word ("vai trò giám sát", "nhiệm vụ kiểm tra").
- The main happening is the one the lead reports: the first of the first four
  paragraph statements (a dated one preferred) whose first trigger after its
  day counts, else a caption's, else the title's. A weak trigger ("gặp mặt")
  yields to a stronger one in its clause, and alone counts only when organised.
  A title trigger of another type either specifies a visit ("kiểm tra") or,
  when the lead does not name it, is a second happening of the same day.
- Further happenings: statements opening with the main one's day ("Chiều
  cùng ngày, ..." too; a gathering someone chairs counts) or after a "* "
  story marker; statements going on from it with no day of their own
  ("Trước đó, ...", "Sau buổi làm việc, ...") where the main side (its
  leader by name or office, its delegation) does a happening of another
  kind; and a distinct act of a person, an office the main leader holds or
  the delegation in a caption or the body (an inspection, a gift, a state
  decoration handed over, a signing), unless only asked for or reported
  ("đề nghị các sở kiểm tra ...").
  Repeated mentions merge into the happening they repeat.
- Days (:mod:`vnfacts.resolve.dates`) are read per statement on demand: the
  last before the trigger, else the first after it, else the title's, else
  another mention's of the same happening; a recent happening ("vừa") or the
  end of a visit ("xuất cảnh về nước") has its month. Roles come from
  :mod:`.events_roles`, CAMEO codes from ``data/cameo.yaml``.

Written by hand because no library types Vietnamese news happenings; the
rules are the genre's, their words are data.
"""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, NamedTuple

from ..lexicon import entries, folded, load, trie_pattern
from ..models import Document, Event
from ..resolve.dates import DatePhrase, date_at, find_dates, month_of, resolve, usable
from . import events_roles as roles

_BODY_KINDS = ("paragraph", "caption")
_LEAD_STATEMENTS = 4  # the lead: this many body statements at most
_BEFORE_THAT = re.compile(r"\W*trước\s+đó\W")  # "Trước đó, chiều 28-2, ...": an act before the main happening
_BEFORE_DAYS = 3  # ... within this many days before it; further back it is background
_SECONDARY_TYPES = ("inspection", "gift", "signing")  # a person's act of these types is its own happening
_RETYPING_TYPES = ("inspection", "gift")  # a title of these types names what the lead's visit was
_MEETING_TYPES = ("visit", "working_session")  # a delegation's work with its host is part of its visit


class Statement(NamedTuple):
    """One or more sentences joined by ";" or ":" inside a segment (a list of people is one statement)."""

    start: int
    end: int
    kind: str
    index: int
    segment: int = -1


class Trigger(NamedTuple):
    """A trigger word found in the text and how its clause qualifies it."""

    id: str
    type: str
    start: int
    end: int
    stmt: int
    status: str = "ok"  # ok | planned | topic | background | reported
    framed: bool = False
    weak: bool = False
    host_side: bool = False
    ends_visit: bool = False
    separate: bool = False
    cameo: str | None = None


@dataclass(slots=True)
class Draft:
    """An event while its fields are being decided."""

    type: str
    trigger: Trigger
    stmt: Statement
    date: str | None = None
    date_text: str | None = None
    host: str | None = None
    guest: str | None = None
    leader: str | None = None
    participants: tuple = ()
    place: str | None = None
    topics: tuple[str, ...] = ()
    cameo: str | None = None
    mentions: list[Trigger] = field(default_factory=list)
    organisers: tuple = ((), ())  # (parties, as written) that hold the event
    inherit: bool = False  # a further happening of the same occasion: takes the main one's day and host
    during: bool = False  # an act on a later day of the main visit ("Sáng 12/12, ... ký kết"): its sides


# ---------------------------------------------------------------------------- lexicon
@lru_cache(maxsize=1)
def _lexicon() -> tuple[tuple[re.Pattern[str], re.Pattern[str]], dict[str, tuple[re.Pattern[str], dict[str, tuple]]],
                        dict[str, re.Pattern[str]]]:
    """(regexes of the literal beginnings of all forms, beginning → (regex of its forms, group → (entry, its
    not_after, not_before and only_after regexes)), contexts).

    Looking triggers up by their literal beginning ("công bố", "thăm") keeps the
    scan fast: one trie regex over the text, then only the few forms that start so.
    """
    groups: dict[str, list[tuple[dict, str]]] = {}
    for entry in entries("event_triggers"):
        for form in entry.get("forms", []):
            for alt in _top_alternatives(form):
                for key in _literal_starts(alt):
                    groups.setdefault(key, []).append((entry, alt.replace(" ", r"\s+")))
    by_key = {}
    for key in groups:
        forms = [ef for k, fs in groups.items() if _prefix_of(k, key) for ef in fs]
        forms.sort(key=lambda ef: -_min_width(ef[1]))  # at one start the most specific form wins
        parts, meta = [], {}
        for i, (entry, form) in enumerate(forms):
            parts.append(f"(?P<f{i}>{form})")
            meta[f"f{i}"] = (entry, _word_rx(tuple(entry.get("not_after") or ()), False),
                             _word_rx(tuple(entry.get("not_before") or ()), True),
                             _word_rx(tuple(entry.get("only_after") or ()), False))
        by_key[" ".join(key.split())] = (re.compile("(?:" + "|".join(parts) + r")(?!\w)"), meta)
    first = _word_starts(groups)
    ctx = {}
    for k, v in (load("event_triggers").get("context") or {}).items():
        pattern = v if k.endswith("_cased") else folded(v)  # "_cased": matched on the text as written
        if pattern is None:
            raise ValueError(f"event_triggers.yaml: context {k} must not use inline flags")
        ctx[k] = re.compile(pattern)
    return first, by_key, ctx


def _word_starts(words: Iterable[str]) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Regexes of any of ``words`` as whole words, capturing the word: one for the text's very start, one
    for a word after a character that is no letter. Opening with that character (a class) lets ``re``
    skip in C from one space or mark to the next instead of trying every position."""
    trie = "(" + trie_pattern(words) + r")(?!\w)"
    return re.compile(trie), re.compile(r"\W" + trie)


def _top_alternatives(form: str) -> list[str]:
    """A form split at its top-level "|"."""
    out, depth, cur = [], 0, ""
    for i, c in enumerate(form):
        if c == "(" and form[i - 1:i] != "\\":
            depth += 1
        elif c == ")" and form[i - 1:i] != "\\":
            depth -= 1
        if c == "|" and depth == 0:
            out.append(cur)
            cur = ""
        else:
            cur += c
    return out + [cur]


_PLAIN_GROUP = re.compile(r"\(\?:([^\W\d_][\w ,]*(?:\|[\w ,]+)*|[ ,][\w ,]*(?:\|[\w ,]+)*)\)(?![?*+{])")
_MAX_STARTS = 32  # a form's beginnings spelled out at most


def _literal_starts(alt: str) -> set[str]:
    """The literal beginnings a form alternative can have, whole words, spelled out over its leading groups
    of plain words ("(?:tiếp|đón) (?:đoàn|ông)" → "tiếp đoàn", "tiếp ông", "đón đoàn", "đón ông";
    "thăm(?:,| và) làm việc" → "thăm, làm việc", "thăm và làm việc"; "công bố (?:các )?quyết định" →
    "công bố"): the longer the beginnings, the fewer places the scan stops at for nothing."""
    starts, i = [""], 0
    while i < len(alt):
        g = _PLAIN_GROUP.match(alt, i)
        if g and len(starts) * (g.group(1).count("|") + 1) <= _MAX_STARTS:
            starts = [s + a for s in starts for a in g.group(1).split("|")]
            i = g.end()
        elif (alt[i].isalpha() or alt[i] in " ,") and alt[i + 1:i + 2] not in ("?", "*", "+", "{"):
            starts = [s + alt[i] for s in starts]
            i += 1
        else:
            break
    rest = re.sub(r"^(?:\(\?:)+", "", alt[i:])
    if rest and not re.match(r"[ ,]|\(\?[!=]", rest):  # what follows may go on with the word
        starts = [s[:max(s.rfind(" "), s.rfind(","))] if s[-1:].isalpha() else s for s in starts]
    out = {" ".join(s.strip(" ,").split()) for s in starts}
    if "" in out or not out:
        raise ValueError(f"event_triggers.yaml: form {alt!r} must start with a word or a group of words")
    return out


def _prefix_of(k: str, key: str) -> bool:
    """``k`` is ``key`` or its beginning up to a space or a mark ("thăm" of "thăm, làm việc")."""
    return key == k or (key.startswith(k) and not key[len(k)].isalnum())


def _min_width(pattern: str) -> int:
    try:
        from re import _parser  # type: ignore[attr-defined]
    except ImportError:  # pragma: no cover
        import sre_parse as _parser  # type: ignore[no-redef]
    return _parser.parse(pattern).getwidth()[0]


@lru_cache(maxsize=64)
def _word_rx(words: tuple[str, ...], after: bool) -> re.Pattern[str] | None:
    """Regex for "one of these words right before (after=False) / right after the trigger"."""
    if not words:
        return None
    alts = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
    return re.compile(r"^\s*(?:" + alts + r")(?!\w)" if after else r"(?<!\w)(?:" + alts + r")\s*$")


# ---------------------------------------------------------------------------- statements
def statements(doc: Document) -> list[Statement]:
    """Sentences joined where one ends with ";" or ":" (lists of people span such sentences), and
    split where a story marker starts another story inside a sentence ("... cỏ. * Chiều 7-2, ...")."""
    text = doc.text
    cuts = [(m.start() + 1, m.end()) for m in _lexicon()[2]["story_marker"].finditer(doc.fold)] if "*" in text else []
    spans: list[tuple[int, int, int]] = []
    for sent in doc.sentences:
        start = sent.start
        for a, b in cuts:
            if sent.start <= a and b <= sent.end:
                spans.append((start, a, sent.segment))
                start = b
        spans.append((start, sent.end, sent.segment))
    out: list[Statement] = []
    cur: list[int] | None = None
    for start, end, seg in spans:
        if cur is not None and cur[2] == seg and _runs_on(text, cur[0], cur[1]):
            cur[1] = end
            continue
        if cur is not None:
            out.append(Statement(cur[0], cur[1], doc.segments[cur[2]].kind, len(out), cur[2]))
        cur = [start, end, seg]
    if cur is not None:
        out.append(Statement(cur[0], cur[1], doc.segments[cur[2]].kind, len(out), cur[2]))
    return out


def _runs_on(text: str, start: int, end: int) -> bool:
    """text[start:end] ends with ";" or ":" (spaces aside): the statement goes on in the next sentence."""
    j = end - 1
    while j >= start and text[j].isspace():
        j -= 1
    return j >= start and text[j] in ";:"


def _clause_start(text: str, stmt: Statement, pos: int) -> int:
    """Start of the clause holding ``pos``: after the last , ; : ( before it in the statement."""
    a = stmt.start
    i = max(text.rfind(",", a, pos), text.rfind(";", a, pos), text.rfind(":", a, pos), text.rfind("(", a, pos))
    return a if i < 0 else i + 1


_CLAUSE_END = re.compile(r"[,;:.]")
_FIRST_WORD = re.compile(r"\w")


def _clause_end(text: str, stmt: Statement, pos: int) -> int:
    """End of the clause holding ``pos``: the next , ; : . in the statement."""
    m = _CLAUSE_END.search(text, pos, stmt.end)
    return m.start() if m else stmt.end


# ---------------------------------------------------------------------------- triggers
class Hit(NamedTuple):
    """A trigger form found in the text, before its clause is read."""

    entry: dict
    start: int
    end: int
    stmt: int

    @property
    def type(self) -> str:
        return self.entry["type"]


class Triggers:
    """The trigger forms of a document by statement. Each is judged in its clause (:func:`_judge`) only
    when asked for: most are never read (a later statement's meeting word matters only when it opens a
    happening of its own), and judging is the costly part of the scan."""

    def __init__(self, doc: Document, stmts: list[Statement], days: Days) -> None:
        self.doc, self.stmts, self.days = doc, stmts, days
        self.hits: dict[int, list[Hit]] = {}
        self._judged: dict[int, Trigger] = {}
        for hit in _scan(doc, stmts):
            self.hits.setdefault(hit.stmt, []).append(hit)

    def judge(self, hit: Hit) -> Trigger:
        """The trigger of a hit, its status read in its clause (once)."""
        t = self._judged.get(hit.start)
        if t is None:
            t = self._judged[hit.start] = _judge(self.doc, self.stmts[hit.stmt], hit.entry, hit.start, hit.end,
                                                 _lexicon()[2], self.days)
        return t

    def of(self, index: int) -> list[Trigger]:
        """The judged triggers of a statement, in text order."""
        return [self.judge(h) for h in self.hits.get(index, ())]

    def all(self) -> list[Trigger]:
        return [self.judge(h) for k in sorted(self.hits) for h in self.hits[k]]


def find_triggers(doc: Document, stmts: list[Statement], days: Days | None = None) -> list[Trigger]:
    """Every trigger in the text, with its status in its clause."""
    return Triggers(doc, stmts, Days(doc) if days is None else days).all()


def _scan(doc: Document, stmts: list[Statement]) -> list[Hit]:
    """Every trigger form in the text, in order, not overlapping, inside a statement, not blocked by the
    words right before or after it (``not_after``, ``not_before``, ``only_after``). The scan goes on
    after a form found, else at the next word (a longer beginning read for nothing hides no form)."""
    first, by_key, _ = _lexicon()
    fold = doc.fold
    out: list[Hit] = []
    si = 0
    at_start, after_mark = first
    fm = at_start.match(fold) or after_mark.search(fold)
    while fm is not None:
        s, key = fm.start(1), fm.group(1)
        resume = s
        rx, meta = by_key[key] if key in by_key else by_key[" ".join(key.split())]
        m = rx.match(fold, s)
        if m is not None:
            e = m.end()
            while si < len(stmts) and stmts[si].end <= s:
                si += 1
            if si < len(stmts) and stmts[si].start <= s:
                stmt = stmts[si]
                entry, no_after, no_before, only_after = meta[m.lastgroup or ""]
                before = fold[max(stmt.start, s - 40):s] if no_after or only_after else ""
                if not ((no_after and no_after.search(before)) or (only_after and not only_after.search(before))
                        or (no_before and no_before.search(fold[e:min(stmt.end, e + 40)]))):
                    out.append(Hit(entry, s, e, stmt.index))
                    resume = e
        fm = after_mark.search(fold, resume)
    return out


def _judge(doc: Document, stmt: Statement, entry: dict, s: int, e: int, ctx: dict[str, re.Pattern[str]],
           days: Days) -> Trigger:
    text, fold = doc.text, doc.fold
    clause_start = _clause_start(text, stmt, s)
    before = fold[clause_start:s]
    status = "ok"
    if ctx["topic_before"].search(fold[max(stmt.start, s - 30):s]):
        status = "topic"
    elif ctx["background"].search(fold[max(stmt.start, s - 200):s]) and \
            not any(_day_date(d) and d.end <= s for d in days.raw(stmt)):
        status = "background"
    elif ctx["speech_before"].search(fold, stmt.start, s):
        status = "reported"
    elif ctx["planned_before"].search(before) or ctx["planned_before_cased"].search(text, clause_start, s) or \
            ctx["planned_after"].match(fold[e:_clause_end(text, stmt, e)]):
        status = "planned"
    framed = bool(ctx["frame_open"].match(before))
    return Trigger(entry["id"], entry["type"], s, e, stmt.index, status, framed,
                   bool(entry.get("weak")), bool(entry.get("host_side")), bool(entry.get("ends_visit")),
                   bool(entry.get("separate")), entry.get("cameo"))


# ---------------------------------------------------------------------------- dates
class Days:
    """Days written in each statement, read once and on demand; ``days(stmt)`` leaves out dates of
    documents ("Quyết định số 12/QĐ-UBND ngày ...") and anniversary spans ("(30/4/1975 - 30/4/2025)")."""

    def __init__(self, doc: Document) -> None:
        self.text = doc.text
        self._raw: dict[tuple[int, int], list[DatePhrase]] = {}
        self._usable: dict[tuple[int, int], list[DatePhrase]] = {}

    def raw(self, stmt: Statement) -> list[DatePhrase]:
        key = (stmt.start, stmt.end)
        found = self._raw.get(key)
        if found is None:
            found = self._raw[key] = find_dates(self.text, stmt.start, stmt.end)
        return found

    def __call__(self, stmt: Statement) -> list[DatePhrase]:
        key = (stmt.start, stmt.end)
        found = self._usable.get(key)
        if found is None:
            found = self._usable[key] = [d for d in self.raw(stmt) if usable(self.text, d)]
        return found


def _day_date(d: DatePhrase) -> bool:
    """A phrase naming one day (not a bare document year or a weekday with no number)."""
    return d.day is not None or d.rel is not None or d.weekday is not None


def _resolve(doc: Document, d: DatePhrase) -> str | None:
    return resolve(d, doc.pub_year, doc.pub_month, doc.pub_day)


def _pick_date(doc: Document, stmt: Statement, trig: Trigger, dates: Days) -> DatePhrase | None:
    """The day of a trigger: the last day before it in its statement, else the first after it."""
    ctx = _lexicon()[2]
    inside = [d for d in dates(stmt) if _day_date(d)
              and not ctx["reporting"].search(doc.fold[d.end:d.end + 80])]
    before = [d for d in inside if d.end <= trig.start]
    if before:
        return before[-1]
    after = [d for d in inside if d.start >= trig.end]
    return after[0] if after else None


# ---------------------------------------------------------------------------- choosing
def _main_of(doc: Document, trigs: list[Trigger], stmt: Statement, dates: Days) -> Trigger | None:
    """The trigger a statement is about: the first one after its day, outside framing clauses; a weak
    one gives way to a stronger one in its clause, and alone counts only when the gathering is organised
    ("tổ chức gặp mặt") or named in the title."""
    ok = [t for t in trigs if t.status == "ok"]
    if not ok:
        return None
    core = [t for t in ok if not t.framed] or ok
    day = next((d for d in dates(stmt) if _day_date(d) or d.same_day), None)
    if day is not None:
        core = [t for t in core if t.start >= day.end] or core
    first = core[0]
    if not first.weak:
        return first
    limit = max(_clause_end(doc.text, stmt, first.end), first.end + 60)
    stronger = [t for t in core if first.start < t.start < limit and not t.weak]
    if stronger:
        return stronger[0]
    return first if _weak_counts(doc.fold, stmt, first) else None


def _weak_counts(fold: str, stmt: Statement, trig: Trigger) -> bool:
    """A weak trigger alone reports a happening when organised ("tổ chức gặp mặt") or named in a title."""
    return stmt.kind == "title" or bool(
        _lexicon()[2]["organised_before"].search(fold, max(stmt.start, trig.start - 80), trig.start))


def _find_main(doc: Document, stmts: list[Statement], trigs: Triggers,
               dates: Days) -> tuple[Statement, Trigger] | None:
    for kinds in (("paragraph",), _BODY_KINDS):
        first = None
        for s in [s for s in stmts if s.kind in kinds][:_LEAD_STATEMENTS]:
            t = _main_of(doc, trigs.of(s.index), s, dates)
            if t is None:
                continue
            if any(_day_date(d) for d in dates(s)):  # a statement giving its day is the lead
                return s, t
            first = first or (s, t)
        if first is not None:
            return first
    title = _title(stmts)
    if title is not None:
        t = _main_of(doc, trigs.of(title.index), title, dates)
        if t is not None:
            return title, t
    # a report whose lead tells no happening: the first later statement that gives a happening its own day
    # ("Trước đó, ngày 15/3, UBND tỉnh tổ chức Hội nghị gặp mặt các nhà đầu tư")
    for s in [s for s in stmts if s.kind == "paragraph"][_LEAD_STATEMENTS:]:
        t = _main_of(doc, trigs.of(s.index), s, dates)
        if t is not None and any(_day_date(d) for d in dates(s)):
            return s, t
    return None


def _title(stmts: list[Statement]) -> Statement | None:
    return stmts[0] if stmts and stmts[0].kind == "title" else None


# ---------------------------------------------------------------------------- stage
def run(doc: Document) -> None:
    """Stage entry: fills ``doc.events``."""
    doc.events = []
    if not doc.sentences:
        return
    try:
        drafts = extract_drafts(doc)
    except Exception as exc:  # never break the pipeline for others
        doc.warnings.append(f"events: {type(exc).__name__}: {exc}")
        return
    doc.events = [_to_event(doc, d) for d in drafts]


def extract_drafts(doc: Document) -> list[Draft]:
    """The events of a document as drafts (exposed for tests and tools)."""
    stmts = statements(doc)
    dates = Days(doc)
    trigs = Triggers(doc, stmts, dates)
    title = _title(stmts)
    found = _find_main(doc, stmts, trigs, dates)
    if found is None:
        return []
    stmt, trig = found
    main = Draft(trig.type, trig, stmt)
    if trig.host_side and trig.type == "visit" and any(
            t.type == "gift" and t.status == "ok" and t.start > trig.end for t in trigs.of(stmt.index)):
        main.type = "gift"  # "tiếp Đoàn ... sang thăm, chúc Tết": a delegation received comes with greetings
    title_trig = None
    if title is not None and title is not stmt:
        title_trig = _main_of(doc, trigs.of(title.index), title, dates)
    drafts = [main]
    meeting = _MEETING_TYPES
    retyped = None
    if title_trig is not None and title_trig.type != main.type:
        if main.type in meeting and title_trig.type in _RETYPING_TYPES:
            # "Đoàn ... kiểm tra ... tại Bình Thuận" over a lead that "làm việc với": the visit is the inspection
            # (a signing the title names is an act of its own, a second happening)
            retyped, main.type = main.type, title_trig.type
        elif (not title_trig.weak and not main.trigger.weak and not (main.type in meeting and title_trig.type in meeting)
              and not any(h.type == title_trig.type for h in trigs.hits.get(stmt.index, ()))):
            # the title names a happening of another type that the lead does not mention: a second one
            drafts.append(Draft(title_trig.type, title_trig, title, inherit=True))
    _date_main(doc, main, stmts, trigs, dates, title)
    drafts += _further(doc, main, stmts, trigs, dates)
    if title is not None and any(d.stmt is not title and d is not main for d in drafts):
        told = {d.type for d in drafts if d.stmt is not title and d is not main}
        drafts = [d for d in drafts if not (d.stmt is title and d is not main and d.type in told)]
    if retyped and any(d.type == main.type and not d.inherit and d.date and main.date and d.date > main.date
                       for d in drafts[1:]):
        main.type = retyped  # the title's act has a day of its own in the body: the lead's visit stays one
    for d in drafts:
        if d.inherit:
            d.date, d.date_text = main.date, main.date_text
    roles.assign(doc, drafts, stmts, dates)
    for d in drafts[1:]:
        if d.inherit and d.host is None:
            d.host = main.host
        if d.during and main.guest and d.guest in (None, main.guest):  # the visiting side signs or inspects
            d.host, d.guest = main.host, main.guest
            if main.leader and main.leader in roles.main_people(doc, d.stmt):
                d.leader = main.leader
    _dedupe(drafts)
    for d in drafts:
        d.cameo = cameo_for(doc, d)
    return drafts


def _date_main(doc: Document, main: Draft, stmts: list[Statement], trigs: Triggers,
               dates: Days, title: Statement | None) -> None:
    """The main happening's day; its month when the day is not given; None with no known year."""
    ctx = _lexicon()[2]
    text = doc.text
    trig, stmt = main.trigger, main.stmt
    month = month_of(doc.pub_year, doc.pub_month)
    if trig.ends_visit or ctx["recent"].search(doc.fold[_clause_start(text, stmt, trig.start):trig.start]):
        # the end of a visit dates its first day only when the visit's days are written ("từ ngày 11 đến 14/12")
        span = next((d for d in dates(stmt) if d.last_day is not None and _day_date(d)), None) \
            if trig.ends_visit else None
        main.date = (_resolve(doc, span) if span is not None else None) or month
        if span is not None:
            main.date_text = text[span.start:span.end]
        return
    phrase = _pick_date(doc, stmt, trig, dates)
    if phrase is None and title is not None and title is not stmt:
        phrase = next((d for d in dates(title) if _day_date(d)), None)
    if phrase is None:  # another mention of the same happening gives the day ("từ ngày 24 đến 27/1")
        for hit in [h for k in sorted(trigs.hits) for h in trigs.hits[k]]:
            if hit.type != main.type or hit.stmt == stmt.index:
                continue
            t = trigs.judge(hit)
            if t.status in ("ok", "planned"):
                cand = _pick_date(doc, stmts[t.stmt], t, dates)
                if cand is not None and (iso := _resolve(doc, cand)) and (month is None or iso[:7] <= month):
                    phrase = cand
                    break
    if phrase is None:
        main.date = month
        return
    main.date = _resolve(doc, phrase) or month  # a day that does not exist ("31/2") leaves the month
    main.date_text = text[phrase.start:phrase.end]


def _further(doc: Document, main: Draft, stmts: list[Statement], trigs: Triggers,
             dates: Days) -> list[Draft]:
    """Happenings beyond the main one: statements opening with their own day, a person's distinct act."""
    ctx = _lexicon()[2]
    text = doc.text
    out: list[Draft] = []
    leaders = roles.main_people(doc, main.stmt)  # who may lead the main happening (its roles are read later)

    for stmt in stmts:
        if stmt.kind not in _BODY_KINDS or stmt.index == main.stmt.index:
            continue
        hits = trigs.hits.get(stmt.index)
        if not hits:
            continue
        opening = _story_opening(doc, stmt, ctx["new_story"])
        if opening is not None:
            t = _main_of(doc, trigs.of(stmt.index), stmt, dates)
            after_marker = ctx["story_marker"].search(doc.fold, max(0, stmt.start - 6), stmt.start) is not None
            day = main.date if opening.same_day else _resolve(doc, opening)
            # "Chiều cùng ngày" is the main happening's day even when that day is unknown (no year): undated too
            same_day = opening.same_day or (main.date is not None and day == main.date)
            # an earlier day in the same story is background; an act on a later day, or one told as done "before
            # that" within the days before ("Trước đó, chiều 28-2, ... đã kiểm tra"), is a happening of its own
            dated = t is not None and t.type in _SECONDARY_TYPES and day is not None and main.date is not None \
                and len(day) == len(main.date) == 10
            later = dated and day > main.date
            before = dated and day < main.date and _BEFORE_THAT.match(doc.fold, stmt.start) is not None \
                and (_dt.date.fromisoformat(main.date) - _dt.date.fromisoformat(day)).days <= _BEFORE_DAYS
            if t is not None and (same_day or after_marker or later or before):
                out.append(Draft(t.type, t, stmt, date=day, date_text=text[opening.start:opening.end],
                                 during=later and not same_day and main.trigger.type in _MEETING_TYPES))
                continue
        elif (sequel := ctx["sequel_open"].match(doc.fold, stmt.start, min(stmt.end, stmt.start + 90))) is not None:
            t = _main_of(doc, trigs.of(stmt.index), stmt, dates)
            if t is not None and t.start >= sequel.end() and not t.weak and t.type != main.type \
                    and not (t.type in _MEETING_TYPES and main.type in _MEETING_TYPES) \
                    and not ctx["report_verb"].search(doc.fold, stmt.start, t.start) \
                    and roles.main_side_acts(doc, stmt, t.start, leaders, None, bare_ok=True):
                out.append(Draft(t.type, t, stmt, inherit=True))
                continue
        for hit in hits:
            entry = hit.entry
            if entry.get("weak") or not (entry.get("separate") or entry["type"] in _SECONDARY_TYPES):
                continue  # only a person's act of its own kind is a further happening (checked below)
            t = trigs.judge(hit)
            if t.status != "ok" or ctx["report_verb"].search(doc.fold, stmt.start, t.start):
                continue  # what someone says was done is no act seen here ("..., cho biết, đoàn đã kiểm tra")
            acted = roles.person_before(doc, stmt, t.start) is not None \
                or roles.main_side_acts(doc, stmt, t.start, leaders, None)
            if out and out[-1].type == t.type and out[-1].stmt.index == stmt.index - 1 and not out[-1].inherit:
                break  # "Chiều cùng ngày, ... lễ ký kết ... . X chủ trì lễ ký kết.": the same act, told on
            if (t.separate and acted) or (t.type in _SECONDARY_TYPES and (t.type == "signing" or acted)):
                out.append(Draft(t.type, t, stmt, inherit=True))
                break
    return out


def _story_opening(doc: Document, stmt: Statement, new_story: re.Pattern[str]) -> DatePhrase | None:
    """The day that opens a statement reporting a happening of its own ("Sáng 4/7, ...", "Trước đó, sáng 4/7,
    ...", "Chiều cùng ngày, ..."): read at the statement's first word or right where the words allowed
    before it (``new_story``) end, within the statement's first 90 characters."""
    text = doc.text
    limit = min(stmt.end, stmt.start + 90)
    lead = new_story.match(doc.fold, stmt.start, limit)
    first = _FIRST_WORD.search(text, stmt.start, limit)
    for pos in dict.fromkeys(p for p in (first.start() if first else None, lead.end() if lead else None)
                             if p is not None):
        d = date_at(text, pos, limit)
        if d is not None and (d.day is not None or d.same_day) and usable(text, d):
            return d
    return None


def _dedupe(drafts: list[Draft]) -> None:
    """Merge drafts that report the same happening: same type and day, and no conflicting host or leader,
    or a caption (a photo of a happening already reported), or an act during the main happening of its
    own type (the host wishing the visiting delegation a happy Tết is the same Tết visit)."""
    kept: list[Draft] = []
    for d in drafts:
        twin = next((k for k in kept if k.type == d.type and (k.date == d.date or d.date is None)
                     and not (d.trigger.separate and not k.trigger.separate)
                     and (d.stmt.kind == "caption" or (d.inherit and k is drafts[0])
                          or ((d.leader is None or k.leader is None or d.leader == k.leader)
                              and (d.host is None or k.host is None or d.host == k.host)))), None)
        if twin is None:
            kept.append(d)
        else:
            twin.mentions.append(d.trigger)
    drafts[:] = kept


# ---------------------------------------------------------------------------- output
@lru_cache(maxsize=1)
def _cameo_rules() -> list[dict]:
    return entries("cameo")


def cameo_for(doc: Document, d: Draft) -> str | None:
    """The CAMEO code of a drafted event (cameo.yaml), or None where none fits."""
    for rule in _cameo_rules():
        when = rule.get("when") or {}
        if "types" in when and d.type not in when["types"]:
            continue
        if "triggers" in when and d.trigger.id not in when["triggers"]:
            continue
        if d.type in (when.get("needs_guest") or ()) and not d.guest:
            continue
        if "host_is_home" in when and (d.host is not None and d.host == doc.home_province) != when["host_is_home"]:
            continue
        return str(rule["id"])
    return None


def _to_event(doc: Document, d: Draft) -> Event:
    sent = doc.sentence_at(d.trigger.start)
    return Event(d.type, d.date, d.host, d.guest, d.leader, d.cameo, d.participants, d.place, d.topics,
                 doc.text[d.trigger.start:d.trigger.end], d.date_text, d.trigger.start, d.trigger.end,
                 (sent.start, sent.end) if sent else (d.stmt.start, d.stmt.end))


# ---------------------------------------------------------------------------- lexicon checks
def _doc_for(text: str, published: str | None = "2024-05-20") -> Document:
    from ..models import Article
    from ..pipeline import STAGES

    doc = Document(Article("example", text, published))
    for name, stage in STAGES:
        if name == "events":
            break
        stage(doc)
    return doc


def lexicon_check(file: str, entry: dict, text: str) -> bool:
    """Example checker for event_triggers.yaml: the entry is found in the text as a reported happening."""
    doc = _doc_for(text)
    stmts = statements(doc)
    return any(t.id == entry["id"] and t.status == "ok" and not t.framed
               and (not t.weak or _weak_counts(doc.fold, stmts[t.stmt], t)) for t in find_triggers(doc, stmts))


def cameo_check(file: str, entry: dict, text: str) -> bool:
    """Example checker for cameo.yaml: an event of the text carries this code."""
    doc = _doc_for(text)
    run(doc)
    return any(e.cameo == str(entry["id"]) for e in doc.events)
