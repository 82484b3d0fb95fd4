"""Cross-article person resolution: which article mentions of one name are one person.

Every article's people are grouped by name key (the normalised, casefolded
name: namesakes differ only by what they hold). Within a group the mentions
are clustered greedily in a fixed order, so the result depends only on the
set of mentions, never on ingestion order or batch boundaries:

1. Mentions with a provincial office, oldest first. One joins the person
   sharing a province (post-2025 key) or a central office with it
   (``same-province`` / ``shared-office``); with neither it is a new person,
   kept apart from the namesakes whose provinces differ (``apart``).
2. Mentions with only central offices ("Ủy viên Ban Chấp hành Trung ương
   Đảng"): join the person sharing one, else the person of the article's
   province, else the only person of that name, else a new person.
3. Mentions with no office: join the person of the article's province, else
   the only person of that name, else a new person.

Each decision is kept as a :class:`Link` (rule and a readable reason). The
person's offices are then folded into a timeline: one row per title ×
province, with the first and last dated mention and every source.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, field

from .records import date_sort_key

FORMER_PREFIX = "nguyên "  # the contract keeps "nguyên" (former) at the start of a former office's title


@dataclass(frozen=True, slots=True)
class Office:
    """One office as one article gives it."""

    idx: int
    title: str
    title_key: str
    province: str | None
    province_key: str | None
    written: str | None = None


@dataclass(frozen=True, slots=True)
class Mention:
    """One article's person (an ``article_people`` row) with what resolution needs."""

    article_id: int
    person_idx: int
    article_hash: str
    name: str
    date: str | None
    date_precision: str | None
    date_source: str | None
    home_key: str | None
    offices: tuple[Office, ...] = ()

    @property
    def provinces(self) -> frozenset[str]:
        return frozenset(o.province_key for o in self.offices if o.province_key)

    @property
    def centrals(self) -> frozenset[str]:
        return frozenset(o.title_key for o in self.offices if not o.province_key and not is_former(o.title_key))

    def order(self) -> tuple:
        return (date_sort_key(self.date), self.article_hash, self.person_idx)


@dataclass(frozen=True, slots=True)
class Link:
    mention: Mention
    rule: str
    reason: str


@dataclass(slots=True)
class Cluster:
    """One person being built."""

    number: int
    links: list[Link] = field(default_factory=list)
    provinces: set[str] = field(default_factory=set)
    centrals: set[str] = field(default_factory=set)
    homes: set[str] = field(default_factory=set)  # article provinces of office-less mentions
    named: set[tuple[str, str]] = field(default_factory=set)  # (province as written, post-2025 key)

    def add(self, link: Link) -> None:
        m = link.mention
        self.links.append(link)
        self.provinces |= m.provinces
        self.named |= {(o.province, o.province_key) for o in m.offices if o.province and o.province_key}
        self.centrals |= m.centrals
        if m.home_key and not m.offices:
            self.homes.add(m.home_key)

    def label(self) -> str:
        where = _format_places(self.named) or ", ".join(sorted(self.homes)) or "no province"
        return f"#{self.number} ({where})"


def _places(m: Mention, keys: frozenset[str] | set[str]) -> str:
    """The provinces of ``m``'s offices under ``keys``, as the article named them ("Bình Định (now Gia Lai)")."""
    return _format_places({(o.province, o.province_key) for o in m.offices if o.province and o.province_key in keys})


def _format_places(named: set[tuple[str, str]]) -> str:
    return ", ".join(name if name == now else f"{name} (now {now})" for name, now in sorted(named))


def is_former(title_key: str) -> bool:
    return title_key.startswith(FORMER_PREFIX)


def _tier(m: Mention) -> int:
    return 0 if m.provinces else 1 if m.offices else 2


def cluster(mentions: list[Mention]) -> list[Cluster]:
    """Cluster the mentions of one name into people (deterministic for a given set)."""
    clusters: list[Cluster] = []

    def new(m: Mention, rule: str, reason: str) -> None:
        c = Cluster(len(clusters) + 1)
        c.add(Link(m, rule, reason))
        clusters.append(c)

    for m in sorted(mentions, key=lambda m: (_tier(m), m.order())):
        tier = _tier(m)
        scored = []
        for c in clusters:
            shared_p = c.provinces & m.provinces
            shared_c = c.centrals & m.centrals
            if shared_p or shared_c:
                scored.append((-(len(shared_p) + len(shared_c)), c.number, c, shared_p, shared_c))
        if scored:
            _, _, c, shared_p, shared_c = min(scored, key=lambda s: s[:2])
            if shared_p:
                c.add(Link(m, "same-province", f"same name, office in the same province ({_places(m, shared_p)})"))
            else:
                titles = sorted({o.title for o in m.offices if o.title_key in shared_c})
                c.add(Link(m, "shared-office", f"same name, same office ({'; '.join(titles)})"))
            continue
        if not clusters:
            new(m, "first", "first mention of this name")
            continue
        if tier == 0:
            others = "; ".join(c.label() for c in clusters)
            new(m, "apart", f"namesake kept apart: offices in {_places(m, m.provinces)}, "
                            f"no province or office shared with {others}")
            continue
        local = [c for c in clusters if m.home_key and (m.home_key in c.provinces or m.home_key in c.homes)]
        if local:
            local[0].add(Link(m, "article-province", f"same name, in an article of the person's province ({m.home_key})"))
        elif len(clusters) == 1:
            clusters[0].add(Link(m, "only-namesake", "same name, the only person so named, nothing incompatible"))
        else:
            new(m, "apart", f"ambiguous among {len(clusters)} namesakes and none in the article's province "
                            f"({m.home_key or 'unknown'}): kept apart")
    return clusters


@dataclass(frozen=True, slots=True)
class OfficeSource:
    article_id: int
    person_idx: int
    position_idx: int
    date: str | None
    date_precision: str | None
    date_source: str | None
    written: str | None


@dataclass(slots=True)
class TimelineEntry:
    """One office of a person across articles (title × province)."""

    title: str
    title_key: str
    province: str | None
    province_key: str | None
    sources: list[OfficeSource] = field(default_factory=list)

    def _dated(self) -> list[OfficeSource]:
        return sorted((s for s in self.sources if s.date), key=lambda s: date_sort_key(s.date))

    @property
    def first(self) -> OfficeSource | None:
        dated = self._dated()
        return dated[0] if dated else None

    @property
    def last(self) -> OfficeSource | None:
        dated = self._dated()
        return max(dated, key=lambda s: date_sort_key(s.date)) if dated else None


def timeline(c: Cluster) -> list[TimelineEntry]:
    """The person's offices, one per title × province (as named then), in order of first dated mention."""
    entries: dict[tuple[str, str | None], TimelineEntry] = {}
    written: dict[tuple[str, str | None], Counter] = {}
    for link in sorted(c.links, key=lambda lk: lk.mention.order()):
        m = link.mention
        for o in m.offices:
            k = (o.title_key, o.province)
            if k not in entries:
                entries[k] = TimelineEntry(o.title, o.title_key, o.province, o.province_key)
                written[k] = Counter()
            written[k][o.title] += 1
            entries[k].sources.append(OfficeSource(m.article_id, m.person_idx, o.idx, m.date, m.date_precision,
                                                   m.date_source, o.written))
    for k, e in entries.items():
        e.title = max(written[k].items(), key=lambda kv: kv[1])[0]  # most frequent spelling, first on ties
    return sorted(entries.values(), key=lambda e: (date_sort_key(e.first.date if e.first else None),
                                                   e.title_key, e.province or ""))


def person_id(name_key: str, number: int) -> str:
    """"trần-quốc-cường", "trần-quốc-cường-2" for a later namesake; unique per name key and number."""
    slug = "-".join(name_key.split())
    if not name_key.replace(" ", "").isalpha():  # a hyphen or digit in the name could make two names one id
        slug += "~" + hashlib.blake2b(name_key.encode(), digest_size=4).hexdigest()
    return slug if number == 1 else f"{slug}-{number}"
