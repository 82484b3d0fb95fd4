"""Stage "people": every named person, their offices and every mention of them.

Reads ``Document.text``, ``sentences``, ``segments`` and ``home_province``;
adds ``Document.people`` (:class:`~vnfacts.models.Person`, with
:class:`~vnfacts.models.Position` offices in canonical form).

How a person is found, sentence by sentence (no hand list of people):

* a capitalised run that can hold a name (extract/names.py) becomes a
  person when a cue stands by it: an honorific, rank or degree before it
  ("đồng chí", "Thượng tướng", "GS.TS"), an office before it ("Bí thư Tỉnh
  ủy Phạm Gia Túc", "Chủ tịch UBND tỉnh - Dương Thành Trung"), an office
  after it ("Trần Quốc Cường, Ủy viên BCH Trung ương Đảng, Bí thư Tỉnh
  ủy"), or a list of people ("có các đồng chí: A, ...; B, ...");
* a list's shared office goes to each member ("các đồng chí Phó Bí thư
  Tỉnh ủy: A; B, C"; "5 Phó Chủ tịch ... gồm các đồng chí: A, B"; "2 Phó
  Chủ tịch HĐND tỉnh được bầu lần lượt là bà X và ông Y");
* verbs that give an office add it ("được bầu làm", "giữ chức", "được HĐND
  tỉnh bầu giữ chức"; "bầu bổ sung chức danh X ... đối với các ông: A; B"),
  to every name joined before the verb ("bà A và ông B giữ chức X"), or in
  turn ("A và B lần lượt giữ chức Chủ tịch, Phó Chủ tịch HĐND tỉnh");
* an office taken away ("miễn nhiệm chức vụ X đối với ông A", "A thôi giữ
  chức X") is the one held until then: the person's when the article gives
  them no other;
* bylines are skipped, and places and bodies are not names (localities
  abroad named in the article, "thành phố Sùng Tả (Trung Quốc)", included).

Mentions of one person merge by name; later short mentions ("đồng chí
Cường") and bare repetitions of the full name are added to ``mentions``.
An office whose district or commune is unsaid ("Bí thư Huyện ủy") takes it
from its sentence or the article, and an office naming a locality abroad has
no province (extract/places.py). Each office's province is decided by
resolve/jurisdiction.py.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache

from ..geo import district_province
from ..lexicon import entries, load
from ..models import Document, Person, Position
from ..resolve import jurisdiction
from . import offices, places
from .names import RUN_RE, UPPER, NameSpan, honorific_before, honorific_forward, names_in_run, unit_word_before
from .offices import Office, Title

_SEP_RE = re.compile(r"[ ]*(?:,|[-–]|:|\()[ ]*")
_DASH_GAP_RE = re.compile(r"[ ]*(?:[-–][ ]*)?")
_ITEM_SEP_RE = re.compile(r"[ ]*(;|,(?: và)?|và)[ ]*")
_JOIN_RE = re.compile(r"[ ]*(?:,(?: và)?|và)[ ]*")
_COLON_RE = re.compile(r"[ ]*:[ ]*")
_SEAT_SEP_RE = re.compile(r"[ ]*(?:,|và)[ ]*")
_TRANSFER_LINK_RE = re.compile(r"[ ]*,?[ ]*(?:và )?")


@dataclass(slots=True)
class _Mention:
    name: NameSpan
    sentence: tuple[int, int]
    honorific_start: int
    strong: bool = False  # a cue that makes any run a person (office, strong honorific)
    weak: bool = False  # a cue that makes a Vietnamese-looking run a person (list, weak honorific)
    chains: list[tuple[str, list[Title]]] = field(default_factory=list)  # (source, titles)
    extra: list[tuple[str, Title]] = field(default_factory=list)  # (source, title) from lists and verbs
    reject: bool = False
    held: bool = False  # an office taken away is among ``extra`` (source "held")


@lru_cache(maxsize=1)
def _cues() -> dict[str, re.Pattern[str]]:
    data = load("titles")
    alt = lambda xs: "|".join(xs)  # noqa: E731
    return {
        "assign": re.compile(r"[ ]*(?:[-–,][ ]*)?(?:" + alt(data["assign_cues"]) + r")[ ]+(?:chức (?:vụ|danh) )?"),
        "assign_for": re.compile(_first_letter_guard(data["assign_for_cues"]) + r"(?<![\w])(?:"
                                 + alt(data["assign_for_cues"]) + r")[ ]+"),
        "for": re.compile(r"(?<![\w])(?:" + data["for_cue"] + r")[ ]*"),
        "for_seen": re.compile(data["for_cue"]),  # no lookbehind first: a fast scan for the phrase
        "respectively": re.compile(data["respectively_cue"]),
        "transfer": re.compile(r"[ ]*(?:[-–,][ ]*)?(?:" + data["transfer_cue"] + r")[ ]*"),
        "removal": re.compile(r"[ ]*(?:nay |đã |vừa |được )?(?:" + alt(data["removal_cues"]) + r")"
                              r"(?:[ ]+chức (?:vụ|danh))?[ ]*"),
        "removal_for": re.compile(_first_letter_guard(data["removal_for_cues"]) + r"(?<![\w])(?:"
                                  + alt(data["removal_for_cues"]) + r")[ ]+"),
        "list": re.compile(r"(?<![\w])" + _first_letter_guard(data["list_cues"]) + r"(?i:" + alt(data["list_cues"])
                           + r")(?![\w])"),
        "member": re.compile(r"(?:[ ]+|[ ]*,[ ]*)(?:" + data["membership_cue"] + r")[ ]+"),
        "list_folded": (re.compile(_first_letter_guard(data["list_cues"]) + r"(?<![\w])(?:" + alt(data["list_cues"])
                                   + r")(?![\w])")
                        if all(c == c.casefold() for c in data["list_cues"]) else None),
        "list_opener": re.compile(data["list_openers"]),
        "list_office_gap": re.compile(data["list_office_gap"]),
        "term_after": re.compile(data["term_after"]),
    }


def _first_letters(pattern: str) -> set[str] | None:
    """The letters a cue pattern can start with ("(?:các|gồm) ..." -> {"c", "g"}); None when it cannot say."""
    if pattern.startswith("(?:"):
        depth, parts, part = 0, [], ""
        for i, ch in enumerate(pattern[3:], 3):
            if ch == "(":
                depth += 1
            elif ch == ")" and depth == 0:
                parts.append(part)
                if pattern[i + 1:i + 2] in ("?", "*"):
                    return None  # an optional group: the letter after it may start the cue
                break
            elif ch == ")":
                depth -= 1
            elif ch == "|" and depth == 0:
                parts.append(part)
                part = ""
                continue
            part += ch
        else:
            return None
        out: set[str] = set()
        for p in parts:
            letters = _first_letters(p)
            if letters is None:
                return None
            out |= letters
        return out
    return {pattern[0].casefold()} if pattern[:1].isalpha() else None


def _first_letter_guard(patterns: list[str]) -> str:
    """A lookahead on the letters the patterns can start with (cheap to test at every position), or ""."""
    letters: set[str] = set()
    for p in patterns:
        found = _first_letters(p)
        if found is None:
            return ""
        letters |= found
    return "(?=[" + "".join(re.escape(c) + re.escape(c.upper()) for c in sorted(letters)) + "])"


@lru_cache(maxsize=1)
def _described_after() -> re.Pattern[str]:
    """A comma and a word saying what a person does, right after a name (honorifics with ``after: true``)."""
    forms = [f for e in entries("honorifics") if e.get("after") for f in e["forms"]]
    return re.compile(r"[ ]*,[ ]*(?:" + offices.alternation(forms) + r")(?![\w])") if forms else re.compile(r"(?!)")


# -- one sentence ------------------------------------------------------------------------

def _candidates(doc: Document, s: int, e: int,
                abroad: frozenset[str]) -> tuple[list[NameSpan], list[tuple[int, dict] | None]]:
    """Where names can stand in text[s:e] (runs that open with a head, "Phó Bí thư", or with a
    locality abroad, "Sùng Tả", are not names), and the honorific before each."""
    text = doc.text
    out: list[NameSpan] = []
    hons: list[tuple[int, dict] | None] = []
    for m in RUN_RE.finditer(text, s, e):
        start = m.start()
        if abroad:
            start = _after_abroad(text, start, m.end(), abroad)
            if start is None:
                continue
        prev = unit_word_before(text, start)
        hon = honorific_before(text, start)
        cued = bool(hon) and not hon[1].get("weak")
        for ns in names_in_run(text, start, m.end(), prev, cued):
            if offices.head_at(text, ns.start, lower_ok=False) or offices.fixed_name_over(text, ns.start, ns.end):
                continue  # "Phó Bí thư ...", "Đoàn Thanh niên ...": an office or a body's fixed name, no person
            out.append(ns)
            hons.append(hon if ns.start == start else honorific_before(text, ns.start))
    return out, hons


def _after_abroad(text: str, start: int, end: int, abroad: frozenset[str]) -> int | None:
    """Where a run goes on after a locality abroad that opens it; None when the run is only that locality."""
    run = text[start:end]
    for place in abroad:
        if run == place:
            return None
        if run.startswith(place + " ") and run.count(" ") - place.count(" ") >= 2:
            return start + len(place) + 1
    return start


def _left_chain(text: str, start: int, s: int, name_starts: set[int], name_ends: set[int] = frozenset(),
                hon: tuple[int, dict] | None | bool = False, fold: str = "") -> list[Title]:
    """Offices written right before a name ("Bí thư Tỉnh ủy Phạm Gia Túc", "Chủ tịch UBND tỉnh - X").

    ``hon``: the honorific before the name, when the caller has looked it up already; ``fold``: the
    casefolded text, where heads are found faster.
    """
    k = start
    while k > s and text[k - 1] == " ":
        k -= 1
    ends = [k]
    if k > s and text[k - 1] in "-–":
        k2 = k - 1
        while k2 > s and text[k2 - 1] == " ":
            k2 -= 1
        ends.append(k2)
    if hon is False:
        hon = honorific_before(text, start)
    ranked = None
    addressed = bool(hon) and hon[1].get("kind") == "address" and not hon[1].get("weak")
    if hon and (hon[1].get("kind") in ("rank", "degree") or addressed):
        # "Giám đốc Công an tỉnh, Đại tá Nguyễn Văn Hòa", "Chủ tịch UBND tỉnh, đồng chí Tạ Anh Tuấn"
        ranked = hon[0]
        while ranked > s and text[ranked - 1] in " ,":
            ranked -= 1
        if ranked < ends[0]:
            ends.append(ranked)
    ws = s
    for ch in ";:(\"":
        ws = max(ws, text.rfind(ch, s, min(ends)) + 1)
    heads = offices.head_starts(text, fold, ws, ends[0]) if len(fold) == len(text) \
        else [m.start() for m in offices.head_regex().finditer(text, ws, ends[0])]
    for h in heads:
        for end in ends:
            if h >= end:
                continue
            if end == ranked and (_after_name(text, h, s, name_ends)
                                  or (addressed and not _clause_start(text, h, s))):
                continue  # someone else's: "A - Giám đốc Công an tỉnh, Đại tá B", "thừa ủy quyền của Chủ tịch ..., ông B"
            chain = offices.parse_chain(text, h, end, name_starts=name_starts)
            if chain and chain[-1].end == end:
                return chain
    return []


def _body_name_in_apposition(text: str, c: NameSpan, s: int, name_ends: set[int]) -> bool:
    """A foreign-looking run right after a head that follows another person's name is the body's name, not
    a person: "ông A, Giám đốc Vietcombank Chi nhánh Bình Dương", "bà B - Tổng Giám đốc Vietjet Air"."""
    k = c.start
    while k > s and text[k - 1] == " ":
        k -= 1
    head = None
    for m in offices.head_regex().finditer(text, max(s, k - 40), k):
        if m.end() == k:
            head = m
    if head is None:
        return False
    j = head.start()
    while j > s and text[j - 1] in " ,-–":
        j -= 1
    return j in name_ends and text[j:head.start()].strip() in (",", "-", "–")


def _clause_start(text: str, pos: int, s: int) -> bool:
    """``pos`` opens the sentence or a clause (after a comma, colon or dash)."""
    k = pos
    while k > s and text[k - 1] == " ":
        k -= 1
    return k == s or text[k - 1] in ",:;-–"


def _after_name(text: str, pos: int, s: int, name_ends: set[int]) -> bool:
    """A name ends right before ``pos`` (separators aside)."""
    k = pos
    while k > s and text[k - 1] in " ,-–":
        k -= 1
    return k < pos and k in name_ends


def _right_chain(text: str, end: int, e: int, name_starts: set[int]) -> list[Title]:
    """Offices written right after a name ("Trần Quốc Cường, Ủy viên ..., Bí thư Tỉnh ủy")."""
    m = _SEP_RE.match(text, end)
    if not m or m.end() == end or m.end() >= e:
        return []
    if m.group().strip() == "(":  # "Nguyễn Văn A (Phó Chủ tịch UBND tỉnh)"
        close = text.find(")", m.end(), e)
        if close < 0:
            return []
        chain = offices.parse_chain(text, m.end(), close, name_starts=name_starts)
        return chain if chain and text[chain[-1].end:close].strip() == "" else []
    chain = offices.parse_chain(text, m.end(), e, name_starts=name_starts)
    # an office written right before the next name is that person's ("A, Chủ tịch nước B")
    while chain and _before_name(text, chain[-1].end, e, name_starts):
        chain.pop()
    return chain


def _before_name(text: str, pos: int, e: int, name_starts: set[int]) -> bool:
    """A name starts right after ``pos`` (a dash aside)."""
    m = _DASH_GAP_RE.match(text, pos)
    return m.end() in name_starts and m.end() < e


def _is_named_body_run(text: str, chain: list[Title]) -> bool:
    """The run after "Công ty", "Tập đoàn" is the body's own name (a capitalised body word: "Môi trường" is none)."""
    return offices.ends_with_named_body(text[chain[-1].owner_start:chain[-1].owner_end].split())


def _sentence_mentions(doc: Document, s: int, e: int, abroad: frozenset[str]) -> list[_Mention]:
    """The people of one sentence, with the offices written around them."""
    text = doc.text
    cands, hons = _candidates(doc, s, e, abroad)
    if not cands:
        return []
    name_ends = {c.end for c in cands}
    if any(c.foreign and not c.honorific and not hon for c, hon in zip(cands, hons)):
        kept = [(c, hon) for c, hon in zip(cands, hons)
                if not (c.foreign and not c.honorific and not hon and _body_name_in_apposition(text, c, s, name_ends))]
        cands, hons = [c for c, _h in kept], [h for _c, h in kept]
        if not cands:
            return []
        name_ends = {c.end for c in cands}
    name_starts = {c.start for c in cands}
    by_start = {c.start: c for c in cands}
    mentions: dict[int, _Mention] = {}
    rights: dict[int, list[Title]] = {}
    for c, hon in zip(cands, hons):
        men = _Mention(c, (s, e), hon[0] if hon else c.start)
        if c.honorific:
            men.strong = True
        if hon:
            entry = hon[1]
            if entry.get("weak"):
                men.weak = True
            else:
                men.strong = True
        left = _left_chain(text, c.start, s, name_starts, name_ends, hon, doc.fold)
        if left:
            if _is_named_body_run(text, left):
                men.reject = True
            men.strong = True
            men.chains.append(("before", left))
            if not hon:
                men.honorific_start = left[0].start
        right = _right_chain(text, c.end, e, name_starts)
        rights[c.start] = right
        if right:
            men.strong = True
            men.chains.append(("after", right))
        elif not (men.strong or men.weak) and _described_after().match(text, c.end, e):
            men.weak = True  # "Trịnh Quang Vũ, nhà nghiên cứu văn hóa dân gian, cho rằng ..."
        mentions[c.start] = men
    _lists(doc, s, e, by_start, mentions, rights, name_starts)
    _assignments(doc, s, e, by_start, mentions, rights, name_starts)
    out = []
    for men in mentions.values():
        if men.reject:
            continue
        if men.strong or (men.weak and not men.name.foreign):
            out.append(men)
    return out


def _list_cues(doc: Document, s: int, e: int):
    """The list cues of text[s:e], read on the casefolded text when the cues are written in lowercase
    (a case-sensitive scan is faster; same positions)."""
    folded = _cues()["list_folded"]
    if folded is not None and len(doc.fold) == len(doc.text):
        return folded.finditer(doc.fold, s, e)
    return _cues()["list"].finditer(doc.text, s, e)


def _item_names(text: str, pos: int, e: int, by_start: dict[int, NameSpan],
                rights: dict[int, list[Title]]) -> list[tuple[NameSpan, str]]:
    """Names listed from ``pos``: [(name, separator that followed it)]."""
    items = []
    while pos < e:
        while pos < e and text[pos] == " ":
            pos += 1
        h = honorific_forward().match(text, pos)
        if h:
            pos = h.end()
        c = by_start.get(pos)
        if c is None:
            chain = offices.parse_chain(text, pos, e, name_starts=set(by_start))
            if chain:
                c = by_start.get(_DASH_GAP_RE.match(text, chain[-1].end).end())
        if c is None:
            break
        right = rights.get(c.start) or []
        item_end = _cues()["term_after"].match(text, right[-1].end).end() if right else c.end
        m = _ITEM_SEP_RE.match(text, item_end)
        if not m:
            items.append((c, ""))
            break
        items.append((c, ";" if ";" in m.group(1) else ","))
        pos = m.end()
    return items


def _lists(doc: Document, s: int, e: int, by_start: dict[int, NameSpan], mentions: dict[int, _Mention],
           rights: dict[int, list[Title]], name_starts: set[int]) -> None:
    """People listed after "các đồng chí:", with the office the list shares."""
    text = doc.text
    for cue in _list_cues(doc, s, e):
        p = cue.end()
        while p < e and text[p] == " ":
            p += 1
        if p >= e or (not text[p].isupper() and text[p] != ":" and cue.group().casefold() == "các"):
            continue  # "các sở, ngành": no list of people
        group = offices.parse_chain(text, p, e, lower_ok=True, name_starts=name_starts)
        if group:
            p = group[-1].end
        colon = _COLON_RE.match(text, p)
        if colon:
            p = colon.end()
        elif not group and p not in by_start and not honorific_forward().match(text, p):
            continue
        items = _item_names(text, p, e, by_start, rights)
        if not items:
            continue
        if not group and _cues()["list_opener"].match(cue.group().casefold()):
            group = _office_before_list(doc, cue.start(), s, name_starts, by_start)  # read once people follow
        scope_open = True
        first_sep = items[0][1]
        for c, sep in items:
            men = mentions.get(c.start)
            if men is None:
                continue
            men.weak = True
            if group and scope_open:
                men.strong = True
                men.extra.extend(("group", t) for t in group)
            if first_sep == "," and sep == ";":
                scope_open = False


def _office_before_list(doc: Document, cue: int, s: int, name_starts: set[int],
                        by_start: dict[int, NameSpan]) -> list[Title]:
    """The office a list opened at ``cue`` shares, written before the cue ("bầu 3 Phó Chủ tịch UBND tỉnh gồm
    các ông, bà: ...", "Hai Phó Chủ tịch HĐND tỉnh được bầu lần lượt là ..."); not the office of a person named
    right before it ("ông A, Phó Chủ tịch UBND tỉnh, với các đồng chí ...")."""
    lo = max(s, cue - 80)
    gap = _cues()["list_office_gap"].search(doc.text, lo, cue)
    end = gap.start() if gap else cue
    chain = _left_chain(doc.text, end, s, name_starts, fold=doc.fold) if end > s else []
    if chain and _after_name(doc.text, chain[0].start, s, {c.end for c in by_start.values()}):
        return []
    return chain


def _assignments(doc: Document, s: int, e: int, by_start: dict[int, NameSpan], mentions: dict[int, _Mention],
                 rights: dict[int, list[Title]], name_starts: set[int]) -> None:
    """Offices given by a verb: "X được bầu làm Chủ tịch ...", "bầu ... chức danh X đối với các ông: A; B"."""
    text = doc.text
    cues = _cues()
    items = list(mentions.items())
    done: set[int] = set()  # mentions given or stripped of an office by a verb of their own
    for i, (start, men) in enumerate(items):
        right = rights.get(start)
        tail = right[-1].end if right else men.name.end
        removal = cues["removal"].match(text, tail)
        if removal:
            done.add(i)
            t = offices.parse_title(text, removal.end(), e, lower_ok=True, name_starts=name_starts)
            for held in (_joined(text, e, i, items, done, by_start, rights, name_starts) if t else ()):
                if not held.chains:  # the office held until now, when the article gives the person no other
                    held.extra.append(("held", t))
                    held.held = True
            continue
        seats, tail = _memberships(text, tail, e)
        if not seats:
            tail = _transfer(text, tail, e, name_starts)
        turn = cues["respectively"].match(text, tail) if i else None
        if turn:
            done.add(i)
            group = _joined(text, e, i, items, done, by_start, rights, name_starts)
            m = cues["assign"].match(text, turn.end()) if len(group) > 1 else None
            given = _offices_in_turn(text, m.end(), e, len(group), name_starts) if m else []
            for other, office in zip(group, given):
                other.extra.append(("assign", office))
            continue
        m = cues["assign"].match(text, tail)
        t = offices.parse_title(text, m.end(), e, lower_ok=True, name_starts=name_starts) if m else None
        if seats:
            done.add(i)
            men.chains.append(("assign", seats + ([t] if t else [])))
        elif t:
            done.add(i)
            for other in _joined(text, e, i, items, done, by_start, rights, name_starts):
                other.extra.append(("assign", t))
    if not cues["for_seen"].search(text, s, e):  # no "đối với": no office given to people listed after it
        return
    for rx, removal in ((cues["assign_for"], False), (cues["removal_for"], True)):
        for m in rx.finditer(text, s, e):
            t = offices.parse_title(text, m.end(), e, lower_ok=True, name_starts=name_starts)
            if t is None:
                continue
            f = cues["for"].search(text, t.end, min(e, t.end + 120))
            if not f or any(c.start < f.start() for c in by_start.values() if t.end <= c.start):
                continue
            for c, _sep in _item_names(text, f.end(), e, by_start, rights):
                men = mentions.get(c.start)
                if men is not None:
                    men.weak = True
                    if not (removal and (men.chains or rights.get(c.start))):
                        men.extra.append(("held" if removal else "assign", t))
                        men.held = men.held or removal


def _joined(text: str, e: int, i: int, items: list[tuple[int, _Mention]], done: set[int],
            by_start: dict[int, NameSpan], rights: dict[int, list[Title]], name_starts: set[int]) -> list[_Mention]:
    """Mention ``i`` with the names joined before it ("bà A và ông B giữ chức ...": both take the office), back
    to one that took or lost an office by a verb of its own (``done``)."""
    j = i
    while j > 0 and j - 1 not in done:
        start, men = items[j - 1]
        right = rights.get(start)
        if not _joined_to_next(text, _transfer(text, right[-1].end if right else men.name.end, e, name_starts),
                               by_start):
            break
        j -= 1
    return [men for _s, men in items[j:i + 1]]


def _offices_in_turn(text: str, pos: int, e: int, n: int, name_starts: set[int]) -> list[Office]:
    """``n`` offices joined by commas or "và" from ``pos`` (none when there are not ``n``), a bare head taking the
    body of a later office of the same head ("Chủ tịch, Phó Chủ tịch HĐND tỉnh" -> "Chủ tịch HĐND tỉnh", ...)."""
    titles: list[Title] = []
    while len(titles) < n:
        t = offices.parse_title(text, pos, e, lower_ok=True, name_starts=name_starts)
        if t is None:
            return []
        titles.append(t)
        m = _JOIN_RE.match(text, t.end)
        if len(titles) < n and (not m or m.end() == t.end):
            return []
        pos = m.end() if m else t.end
    canon = [offices.canonical(t, text) for t in titles]
    out = []
    for i, o in enumerate(canon):
        owner = next((x for x in canon[i + 1:] if not x.bare and offices.related_heads(o.head, x.head)), None) \
            if o.bare else None
        out.append(offices.with_owner(o, owner) if owner is not None else o)
    return out


def _joined_to_next(text: str, pos: int, by_start: dict[int, NameSpan]) -> bool:
    """Another name follows ``pos`` joined by "và" or a comma ("bà A và ông B", "A, B"): the two share a verb."""
    m = _JOIN_RE.match(text, pos)
    if not m:
        return False
    k = m.end()
    if k in by_start:
        return True
    nxt = next((c for c in by_start if k < c <= k + 48), None)  # after an honorific ("và ông B")
    hon = honorific_before(text, nxt) if nxt is not None else None
    return hon is not None and hon[0] == k


def _transfer(text: str, pos: int, e: int, name_starts: set[int]) -> int:
    """Where an office given after a move goes on: past "đến nhận công tác tại Ban Dân vận Tỉnh ủy, (và)", or
    past "đến nhận công tác và" when no body is named."""
    m = _cues()["transfer"].match(text, pos)
    if not m:
        return pos
    end = offices.parse_owner(text, m.end(), e, name_starts=name_starts)
    if end <= m.end():
        bare = _TRANSFER_LINK_RE.match(text, m.end())
        return bare.end() if bare.end() > m.end() else pos
    link = _TRANSFER_LINK_RE.match(text, end)
    return link.end() if link else end


def _memberships(text: str, pos: int, e: int) -> tuple[list[Office], int]:
    """Seats given by "tham gia Ban Chấp hành, Ban Thường vụ (và)": the offices, and where the clause goes on."""
    m = _cues()["member"].match(text, pos)
    if not m:
        return [], pos
    seats = []
    k = m.end()
    while True:
        b = offices.party_regex().match(text, k)
        if not b:
            break
        end = offices.parse_owner(text, b.end(), e) if text[b.end():b.end() + 1] == " " else b.end()
        seats.append(offices.membership(text, b.start(), end))
        sep = _SEAT_SEP_RE.match(text, end)
        if not sep:
            k = end
            break
        k = sep.end()
    if not seats:
        return [], pos
    return seats, k


# -- whole document ----------------------------------------------------------------------

@dataclass(slots=True)
class _Places:
    """What the article says about places, for deciding offices: localities abroad, districts (read when asked)."""

    abroad: frozenset[str]
    _local: list[places.PlaceMention] | None = None
    names: frozenset[int] = frozenset()  # where the article's people are named: no body's name runs into one

    def local(self, doc: Document) -> list[places.PlaceMention]:
        if self._local is None:
            self._local = places.local_mentions(doc)
        return self._local


@dataclass(slots=True)
class _PersonDraft:
    name: str
    mentions: list[_Mention] = field(default_factory=list)
    spans: set[tuple[int, int]] = field(default_factory=set)
    held: bool = False  # a mention holds an office taken away


def run(doc: Document) -> None:
    """Stage entry: fills ``doc.people`` (a failure is reported in ``doc.warnings``, never raised)."""
    try:
        _run(doc)
    except Exception as exc:  # one odd article must not stop the pipeline
        doc.people = []
        doc.warnings.append(f"people: {type(exc).__name__}: {exc}")


def _run(doc: Document) -> None:
    if not doc.text or not doc.sentences:
        return
    drafts: dict[str, _PersonDraft] = {}
    ctx = _Places(places.abroad(doc))
    for sent in doc.sentences:
        if doc.segments and not doc.segments[sent.segment].content:
            continue
        for men in _sentence_mentions(doc, sent.start, sent.end, ctx.abroad):
            key = men.name.text.casefold()
            draft = drafts.setdefault(key, _PersonDraft(men.name.text))
            draft.mentions.append(men)
            draft.spans.add((men.name.start, men.name.end))
            draft.held = draft.held or men.held
    if not drafts:
        doc.people = []
        return
    _more_mentions(doc, drafts)
    ctx.names = frozenset(a for d in drafts.values() for a, _b in d.spans)
    people = [_person(doc, d, ctx) for d in drafts.values()]
    people.sort(key=lambda p: p.start)
    doc.people = people


def _non_content_ranges(doc: Document) -> list[tuple[int, int]]:
    return [(g.start, g.end) for g in doc.segments if not g.content]


def _more_mentions(doc: Document, drafts: dict[str, _PersonDraft]) -> None:
    """Repetitions of a full name, and short mentions by given name ("đồng chí Cường")."""
    text = doc.text
    skip = _non_content_ranges(doc)

    def inside(p: int) -> bool:
        for a, b in skip:
            if a <= p < b:
                return True
        return False
    for draft in drafts.values():
        for a, b in _occurrences(text, draft.name):
            if not (skip and inside(a)):
                draft.spans.add((a, b))
    given: dict[str, list[_PersonDraft]] = {}
    for draft in drafts.values():
        parts = draft.name.split()
        if len(parts) >= 2:
            given.setdefault(parts[-1], []).append(draft)
    for word, owners in given.items():
        if len(owners) != 1:
            continue
        spans = owners[0].spans
        ends = {y for _x, y in spans}  # the given name ending a mention of the full name is inside it
        for a, b in _occurrences(text, word):
            if b in ends or (skip and inside(a)) or any(x <= a < y for x, y in spans) \
                    or not honorific_before(text, a):
                continue
            spans.add((a, b))


def _occurrences(text: str, name: str):
    """Spans of ``name`` as a whole name: not inside a word, not followed by another capitalised syllable."""
    i = text.find(name)
    n = len(name)
    while i >= 0:
        j = i + n
        ok = (i == 0 or not text[i - 1].isalnum()) and (j >= len(text) or not text[j].isalnum())
        if ok and j + 1 < len(text) and text[j] == " " and text[j + 1].isupper():
            ok = False
        if ok:
            yield i, j
        i = text.find(name, j)


def _person(doc: Document, draft: _PersonDraft, ctx: _Places) -> Person:
    first = min(draft.mentions, key=lambda m: m.name.start)
    chains = _offices(doc, draft, ctx)
    positions = _positions(doc, draft, chains, ctx)
    spans = tuple(sorted(draft.spans))
    return Person(name=draft.name, positions=positions, mentions=spans, start=spans[0][0], end=spans[0][1],
                  sentence=first.sentence)


def _offices(doc: Document, draft: _PersonDraft, ctx: _Places) -> list[list[tuple[str, Office]]]:
    """Canonical offices of a person, chain by chain, parties and bare heads completed, places decided."""
    text = doc.text
    out: list[list[tuple[str, Office]]] = []
    mentions = sorted(draft.mentions, key=lambda m: m.name.start)
    # an office taken away counts only when the person has no other
    drop_held = draft.held and any(m.chains or any(src != "held" for src, _t in m.extra) for m in mentions)
    canonical = offices.canonical
    for men in mentions:
        for src, chain in men.chains:
            out.append([(src, t if isinstance(t, Office) else canonical(t, text)) for t in chain])
        for src, t in men.extra:
            if not (drop_held and src == "held"):
                out.append([(src, t if isinstance(t, Office) else canonical(t, text))])
    for chain in out:
        for i, (src, o) in enumerate(chain):
            nxt = next((x for _s, x in chain[i + 1:] if not x.bare and not x.party), None)
            if o.party and nxt is not None:
                chain[i] = (src, offices.with_party_owner(o, nxt))
            elif nxt is not None and ((o.bare and offices.related_heads(o.head, nxt.head))
                                      or (i + 1 < len(chain) and chain[i + 1][1] is nxt
                                          and offices.shares_next_body(o, nxt, text))):
                chain[i] = (src, offices.with_owner(o, nxt))
    # a bare head before a related office given by a verb ("Phó Hiệu trưởng giữ chức Hiệu trưởng Trường X")
    flat = [o for chain in out for _s, o in chain]
    for chain in out:
        for i, (src, o) in enumerate(chain):
            if o.bare:
                later = next((x for x in flat if x.start > o.start and not x.bare and offices.related_heads(o.head, x.head)), None)
                if later is not None:
                    chain[i] = (src, offices.with_owner(o, later))
    kinds = [[offices.generic_body(o) for _s, o in chain] for chain in out]
    explicit = {o.head for chain, ks in zip(out, kinds) for (_s, o), kind in zip(chain, ks) if not o.bare and not kind}
    for chain, ks in zip(out, kinds):
        for i, ((src, o), kind) in enumerate(zip(chain, ks)):
            # a bare head before another office of its chain names a rank of that office ("Bộ trưởng, Chủ
            # nhiệm Văn phòng Chính phủ"), not a body named earlier
            ranked = o.bare and any(not x.bare for _s, x in chain[i + 1:])
            if kind and not (o.bare and o.head in explicit) and not ranked:
                owner = _body_named_before(doc, o, kind, ctx.names)
                if owner:
                    o = offices.with_body(o, kind, owner)
            if o.party or (o.bare and src in ("assign", "group", "held")):
                owner, province = _context_owner(doc, o)
                owner = owner or offices.default_party_owner(o)
                if owner:
                    o = offices.with_context_owner(o, owner, province)
            if not (o.bare or o.party or o.foreign):
                o = _placed(doc, o, ctx)
            chain[i] = (src, o)
    return out


def _placed(doc: Document, o: Office, ctx: _Places) -> Office:
    """An office naming a locality abroad is foreign; one whose district or commune is unsaid takes it from
    the context ("Bí thư Huyện ủy" -> "Bí thư Huyện ủy Tiên Yên")."""
    if ctx.abroad and places.abroad_in(o.title, ctx.abroad):
        return replace(o, foreign=True, province=None, district=None)
    if o.district is None:
        unit = places.unsaid_unit(o.title)
        if unit:
            d = places.unsaid_place(doc, o.start, unit, ctx.local(doc), o.province or doc.home_province)
            if d is not None:
                return replace(o, title=o.title + " " + d.written, district=d.name if d.level == "district" else None)
    return o


@lru_cache(maxsize=64)
def _kind_regex(kind: str) -> re.Pattern[str]:
    """A body of that kind named with its name; a kind of two words or more may go on in lowercase ("Ban Chỉ
    đạo thực hiện chính sách ...")."""
    return re.compile(r"(?<![\w])" + re.escape(kind) + (r" (?=\w)" if " " in kind else r" (?=[" + UPPER + r"])"))


def _body_named_before(doc: Document, office: Office, kind: str, names: frozenset[int] = frozenset()) -> str | None:
    """"Đại diện Sở Y tế, ông X - Phó Giám đốc Sở": the nearest body of that kind named before it
    (in its paragraph, else earlier in the article); its name stops at a person's (``names``)."""
    seg = doc.segment_of(office.start)
    text = doc.text
    for lo in ((seg.start if seg else max(0, office.start - 400)), 0):
        found = None
        for m in _kind_regex(kind).finditer(text, lo, office.start):
            end = offices.parse_owner(text, m.end(), office.start, name_starts=names)
            if end > m.end() and not offices.not_generic(text[m.start():end], kind):
                found = text[m.end():end]
        if found:
            return " ".join(found.split())
    return None


def _context_owner(doc: Document, office: Office) -> tuple[str | None, str | None]:
    """The body a bare party organ or office belongs to, from the paragraph before it:
    "Ban Chấp hành LĐLĐ tỉnh Phú Thọ có 52 ủy viên ... Ủy viên Ban Thường vụ gồm ..." -> "LĐLĐ tỉnh"."""
    text = doc.text
    want = (office.party or "").casefold()
    found = offices.committee_bodies(text, doc.fold, max(0, office.start - 1500), office.start)

    def owner_after(m: re.Match[str]) -> str | None:
        end = offices.parse_owner(text, m.end(), office.start)
        owner = text[m.end():end].strip()
        return owner if owner and owner[0].isupper() else None

    # the last body of the same kind with an owner, else the last body with one
    best = next((o for m in reversed(found) if offices.expand(m.group(1)).casefold() == want
                 for o in [owner_after(m)] if o), None)
    if best is None:
        best = next((o for m in reversed(found) for o in [owner_after(m)] if o), None)
    if best is None:
        return None, None
    province, owner = offices._province_in(" ".join(best.split()))
    return owner, province


def _positions(doc: Document, draft: _PersonDraft, chains: list[list[tuple[str, Office]]],
               ctx: _Places) -> tuple[Position, ...]:
    offices_all = [o for chain in chains for _s, o in chain if not o.bare and not o.party]
    # provinces the person's own offices name, or imply by a district ("Chủ tịch UBND huyện Sông Mã")
    written = Counter(p for o in offices_all if not o.foreign
                      for p in [o.province or (o.district and district_province(o.district))] if p)
    delegation = side = led = nearby = None
    # the person's own provinces decide every provincial office: the context is read only when there are none
    for men in (draft.mentions if offices_all and not written else ()):
        s = men.sentence[0]
        if doc.home_province is None and nearby is None:
            nearby = jurisdiction.nearby_province(doc, s, men.honorific_start)
        if delegation is None:
            delegation = jurisdiction.delegation_province(doc, s, men.name.start, men.honorific_start) \
                or jurisdiction.companion_province(doc, s)
            if delegation == jurisdiction.FOREIGN:
                led = places.last_abroad(doc.text, s, men.honorific_start, ctx.abroad)
        side = side or jurisdiction.side_province(doc, s, men.honorific_start)
    if not written:
        offices_all = _abroad_committees(offices_all, ctx, led)
    decided: list[Position] = []
    for o in offices_all:
        province, how = jurisdiction.decide(o.title, o.province, o.district, o.foreign, written, delegation, side,
                                            doc.home_province, nearby)
        decided.append(Position(o.title, province, o.start, o.end, o.written, how))
    return tuple(_dedupe(decided))


def _abroad_committees(offices_all: list[Office], ctx: _Places, led: str | None) -> list[Office]:
    """A foreign official's local committee takes the locality of their office abroad, or of the delegation
    they lead: "Bí thư Tỉnh ủy, Tỉnh trưởng tỉnh Luông Pha Bang" -> "Bí thư Tỉnh ủy Luông Pha Bang"."""
    place = next((p for o in offices_all if o.foreign
                  for p in [places.abroad_in(o.title, ctx.abroad) or places.unit_place(o.title)] if p), led)
    if place is None:
        return offices_all
    out = []
    for o in offices_all:
        if o.province is None and o.district is None and places.ends_with_local_body(o.title):
            o = replace(o, title=o.title + " " + place, foreign=True)
        out.append(o)
    return out


def _dedupe(positions: list[Position]) -> list[Position]:
    """One position per office: same title, or a shorter spelling of a longer one of the same head."""
    out: list[Position] = []
    forms: list[tuple[str, str, str, frozenset[str]]] = []  # _title_form of each kept position
    for p in positions:
        key, first, lead, words = form = _title_form(p.title)
        merged = False
        for i, q in enumerate(out):
            qkey, qfirst, qlead, qwords = forms[i]
            if p.province is not None and q.province is not None and p.province != q.province:
                continue
            if qkey == key:
                merged = True
                break
            if first != qfirst or lead != qlead:
                continue
            if words <= qwords:
                merged = True
                break
            if qwords <= words:
                out[i], forms[i] = p, form
                merged = True
                break
        if not merged:
            out.append(p)
            forms.append(form)
    return out


@lru_cache(maxsize=4096)
def _title_form(title: str) -> tuple[str, str, str, frozenset[str]]:
    """(casefolded title, its first word, its lead, its words) for comparing spellings in _dedupe."""
    key = title.casefold()
    words = key.split()
    return key, words[0], _lead(key), frozenset(words)


def _lead(title: str) -> str:
    """The head part of a title for comparing spellings ("phó chủ tịch" vs "chủ tịch")."""
    words = title.removeprefix("nguyên ").split()
    return " ".join(words[:2])


def person_at(doc: Document, pos: int) -> Person | None:
    """The person one of whose mentions covers text position ``pos`` (for the events stage)."""
    for p in doc.people:
        for s, e in p.mentions:
            if s <= pos < e:
                return p
    return None


def people_in(doc: Document, start: int, end: int) -> list[Person]:
    """People mentioned inside text[start:end], in order of their first mention there."""
    found = []
    for p in doc.people:
        hits = [s for s, e in p.mentions if start <= s and e <= end]
        if hits:
            found.append((min(hits), p))
    return [p for _s, p in sorted(found, key=lambda x: x[0])]


def person_with_office(doc: Document, start: int, end: int | None = None) -> Person | None:
    """The one person of the article holding the office written at ``start`` ("Bí thư Tỉnh ủy ... mong rằng").

    For references by office alone; None when no person, or more than one, holds it.
    """
    text = doc.text
    title = offices.parse_title(text, start, len(text) if end is None else end, lower_ok=True)
    if title is None:
        return None
    office = offices.canonical(title, text)
    if office.bare:
        return None
    want = office.title.casefold()
    province = office.province or (doc.home_province if jurisdiction.scope_of(office.title) == "provincial" else None)
    holders = [p for p in doc.people
               if any(x.title.casefold() == want and (province is None or x.province == province) for x in p.positions)]
    return holders[0] if len(holders) == 1 else None
