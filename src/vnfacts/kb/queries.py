"""Questions the knowledge base answers, as plain dicts (the CLI prints them, ``--json`` dumps them).

- :func:`people`: people, optionally holding an office in a province and/or
  whose title matches (both without diacritics if wished).
- :func:`find_person` / :func:`person`: a person's office timeline with the
  source articles, the events they took part in, and how each article's
  mention was resolved.
- :func:`province`: current leaders (latest dated holder of each office),
  indicator series, events hosted and visits made. A pre-2025 name is read
  as its post-merger province (Nam Định → Ninh Bình); every row keeps the
  name the article used.
- :func:`series`: figures per province × indicator × period, with every
  differing value listed with its source rather than merged.
"""

from __future__ import annotations

import json
from typing import Any

from ..geo import canonical_province, provinces
from ..normalize import fold_diacritics
from .records import date_sort_key, key, province_key
from .resolve import is_former
from .store import Store


class UnknownProvince(ValueError):
    """The name given is not a Vietnamese province."""


def resolve_province(name: str) -> tuple[str, str, list[str]]:
    """(canonical name, post-2025 key, every name under that key) for a province as typed."""
    canon = canonical_province(name)
    if canon is None:
        folded = fold_diacritics(name)
        canon = next((p for p in provinces() if fold_diacritics(p) == folded), None)
    if canon is None:
        raise UnknownProvince(f"not a province: {name!r}")
    pkey = province_key(canon) or canon
    names = sorted(p.name for p in provinces().values() if (p.merged_into or p.name) == pkey)
    return canon, pkey, names


def _date(date: str | None, precision: str | None) -> dict[str, Any] | None:
    return {"date": date, "precision": precision} if date else None


def people(store: Store, province: str | None = None, title: str | None = None,
           limit: int | None = None) -> list[dict[str, Any]]:
    """People holding an office matching ``province`` and ``title`` (latest first), or everyone."""
    where, params = [], []
    if province:
        where.append("o.province_key = ?")
        params.append(resolve_province(province)[1])
    if title:
        where.append("instr(vn_fold(o.title), ?) > 0")
        params.append(fold_diacritics(title))
    rows = store.rows(
        f"""SELECT p.*, o.title AS o_title, o.province AS o_province, o.first_date AS o_first,
                   o.last_date AS o_last, o.seq
            FROM people p LEFT JOIN offices o ON o.person_id = p.id
            {"WHERE " + " AND ".join(where) if where else ""}""", params)
    best: dict[str, Any] = {}
    for r in rows:
        cur = best.get(r["id"])
        if cur is None or date_sort_key(r["o_last"]) > date_sort_key(cur["o_last"]):
            best[r["id"]] = r
    out = []
    for r in best.values():
        office = ({"title": r["o_title"], "province": r["o_province"], "first_date": r["o_first"],
                   "last_date": r["o_last"]} if where and r["o_title"] else
                  {"title": r["title"], "province": r["province"], "first_date": None, "last_date": r["last_date"]})
        out.append({"id": r["id"], "name": r["name"], "office": office, "first_date": r["first_date"],
                    "last_date": r["last_date"], "n_articles": r["n_articles"]})
    out.sort(key=lambda p: (tuple(-x for x in date_sort_key(p["office"]["last_date"])), p["id"]))
    return out[:limit] if limit else out


def find_person(store: Store, name: str) -> list[str]:
    """Ids of the people called ``name`` (exact spelling, else without diacritics, else a person id)."""
    for sql, arg in (("SELECT id FROM people WHERE name_key = ?", key(name)),
                     ("SELECT id FROM people WHERE vn_fold(name) = ?", fold_diacritics(name)),
                     ("SELECT id FROM people WHERE id = ?", name.strip())):
        ids = [r[0] for r in store.rows(sql + " ORDER BY id", (arg,))]
        if ids:
            return ids
    return []


def _article(r: Any) -> dict[str, Any]:
    return {"article": r["ext_id"], "article_id": r["article_id"], "title": r["a_title"], "url": r["url"],
            "publisher": r["publisher"], "published": r["a_date"]}


def person(store: Store, pid: str) -> dict[str, Any] | None:
    """One person: offices in time order with sources, events, and how each mention was resolved."""
    p = store.rows("SELECT * FROM people WHERE id = ?", (pid,))
    if not p:
        return None
    p = p[0]
    offices = []
    for o in store.rows("SELECT * FROM offices WHERE person_id = ? ORDER BY seq", (pid,)):
        sources = [dict(_article(s), date=s["date"], date_precision=s["date_precision"],
                        date_source=s["date_source"], written=s["written"])
                   for s in store.rows(
                       """SELECT s.*, a.ext_id, a.title AS a_title, a.url, a.publisher, a.date AS a_date
                          FROM office_sources s JOIN articles a ON a.id = s.article_id
                          WHERE s.person_id = ? AND s.seq = ? ORDER BY s.article_id, s.position_idx""",
                       (pid, o["seq"]))]
        sources.sort(key=lambda s: (date_sort_key(s["date"]), s["article_id"]))
        offices.append({"title": o["title"], "province": o["province"], "province_now": o["province_key"],
                        "first": _date(o["first_date"], o["first_precision"]),
                        "last": _date(o["last_date"], o["last_precision"]),
                        "former": is_former(o["title_key"]), "n_sources": o["n_sources"], "sources": sources})
    events = [{"article": r["ext_id"], "type": r["type"], "date": r["date"], "host": r["host"], "guest": r["guest"],
               "role": r["roles"]}
              for r in store.rows(
                  """SELECT a.ext_id, a.id, e.idx, e.type, e.date, e.host, e.guest,
                            group_concat(DISTINCT ep.role) AS roles
                     FROM event_participants ep
                     JOIN article_people ap ON ap.article_id = ep.article_id AND ap.idx = ep.person_idx
                     JOIN events e ON e.article_id = ep.article_id AND e.idx = ep.event_idx
                     JOIN articles a ON a.id = ep.article_id
                     WHERE ap.person_id = ? GROUP BY a.id, e.idx ORDER BY a.id, e.idx""", (pid,))]
    events.sort(key=lambda e: date_sort_key(e["date"]))
    links = [dict(_article(r), rule=r["rule"], reason=r["reason"], date=r["date"])
             for r in store.rows(
                 """SELECT l.*, ap.date, a.ext_id, a.title AS a_title, a.url, a.publisher, a.date AS a_date
                    FROM person_links l JOIN articles a ON a.id = l.article_id
                    JOIN article_people ap ON ap.article_id = l.article_id AND ap.idx = l.person_idx
                    WHERE l.person_id = ? ORDER BY l.article_id, l.person_idx""", (pid,))]
    return {"id": p["id"], "name": p["name"], "title": p["title"], "province": p["province"],
            "province_now": p["province_key"], "first_date": p["first_date"], "last_date": p["last_date"],
            "n_articles": p["n_articles"], "offices": offices, "events": events, "links": links}


def series(store: Store, province: str | None = None, indicator: str | None = None) -> list[dict[str, Any]]:
    """Figures as series per province × indicator × period (role, unit and basis kept apart)."""
    where, params = [], []
    if province:
        where.append("province_key = ?")
        params.append(resolve_province(province)[1])
    if indicator:
        where.append("(instr(vn_fold(indicator), ?) > 0 OR indicator_id = ?)")
        params += [fold_diacritics(indicator), indicator]
    out = []
    for r in store.rows(f"""SELECT * FROM figure_series {"WHERE " + " AND ".join(where) if where else ""}""",
                        params):
        values = json.loads(r["values"])
        distinct = sorted({v["value"] for v in values})
        out.append({"province": r["province_key"], "indicator": r["indicator"], "indicator_id": r["indicator_id"],
                    "period": r["period"], "role": r["role"], "unit": r["unit"], "basis": r["basis"],
                    "values": distinct, "conflict": len(distinct) > 1 and r["n_sources"] > 1,
                    "n_sources": r["n_sources"], "sources": values})
    out.sort(key=lambda s: (s["indicator"] or "", s["role"] or "", s["unit"] or "", s["period"] or ""))
    return out


def province(store: Store, name: str, limit: int | None = None) -> dict[str, Any]:
    """Leaders, indicator series, events hosted and visits made, for a province as typed."""
    canon, pkey, names = resolve_province(name)
    latest: dict[tuple[str, str | None], list[Any]] = {}
    for r in store.rows(
            """SELECT o.*, p.name, s.article_id, a.ext_id, a.title AS a_title, a.url, a.publisher, a.date AS a_date
               FROM offices o JOIN people p ON p.id = o.person_id
               JOIN office_sources s ON s.person_id = o.person_id AND s.seq = o.seq AND s.date = o.last_date
               JOIN articles a ON a.id = s.article_id
               WHERE o.province_key = ? ORDER BY o.person_id, o.seq, s.article_id""", (pkey,)):
        if is_former(r["title_key"]):
            continue
        k = (r["title_key"], r["province"])
        held = latest.setdefault(k, [])
        if held and date_sort_key(r["last_date"]) < date_sort_key(held[0]["last_date"]):
            continue
        if held and date_sort_key(r["last_date"]) > date_sort_key(held[0]["last_date"]):
            held.clear()
        if not any(h["person_id"] == r["person_id"] for h in held):
            held.append(r)
    leaders = [{"title": r["title"], "province": r["province"], "person_id": r["person_id"], "name": r["name"],
                "last": _date(r["last_date"], r["last_precision"]), "source": _article(r)}
               for held in latest.values() for r in held]
    leaders.sort(key=lambda x: (tuple(-v for v in date_sort_key(x["last"]["date"] if x["last"] else None)),
                                x["title"], x["name"]))

    def events(column: str) -> list[dict[str, Any]]:
        rows = store.rows(
            f"""SELECT e.*, a.ext_id, a.id AS article_id, a.title AS a_title, a.url, a.publisher, a.date AS a_date
                FROM events e JOIN articles a ON a.id = e.article_id
                WHERE e.{column} = ? ORDER BY a.id, e.idx""", (pkey,))
        out = [dict(_article(r), type=r["type"], date=r["date"], host=r["host"], guest=r["guest"],
                    leader=r["leader"]) for r in rows]
        out.sort(key=lambda e: tuple(-v for v in date_sort_key(e["date"])))
        return out[:limit] if limit else out

    n_articles = store.rows("SELECT count(*) FROM articles WHERE home_province_key = ?", (pkey,))[0][0]
    return {"province": pkey, "asked": canon, "names": names, "n_articles": n_articles,
            "leaders": leaders[:limit] if limit else leaders, "series": series(store, pkey),
            "hosted": events("host_key"), "visits": events("guest_key")}
