"""Search over articles and people, with or without diacritics ("pham gia tuc").

Both the indexed text and the query pass through
:func:`vnfacts.normalize.fold_diacritics`, and SQLite FTS5 ranks the hits
(bm25; a title or a name weighs more than body text or offices). Hits of
the whole query as a phrase come before hits of all its words apart.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Any

from ..normalize import fold_diacritics
from .store import Store

_WORD = re.compile(r"\w+")


def _queries(text: str) -> list[str]:
    """FTS5 queries, best first: the words as one phrase, then all the words anywhere."""
    words = _WORD.findall(fold_diacritics(text))
    if not words:
        return []
    phrase = '"' + " ".join(words) + '"'
    return [phrase] if len(words) == 1 else [phrase, " AND ".join(f'"{w}"' for w in words)]


@lru_cache(maxsize=4096)
def _fold_char(ch: str) -> str:
    base = unicodedata.normalize("NFD", ch)[:1].lower()
    base = "d" if base == "đ" else base
    return base if len(base) == 1 else ch


def _snippet(text: str, query: str, width: int = 160) -> str:
    """A window of the original text around the first word of the query (found without diacritics)."""
    folded = "".join(_fold_char(c) for c in text)
    words = _WORD.findall(fold_diacritics(query))
    phrase = " ".join(words)
    pos = -1
    for needle in ([phrase] if phrase else []) + words:
        m = re.search(r"(?<!\w)" + re.escape(needle).replace(r"\ ", r"\s+") + r"(?!\w)", folded)
        if m:
            pos = m.start()
            break
    start = max(0, pos - width // 3) if pos >= 0 else 0
    out = " ".join(text[start:start + width].split())
    return ("…" if start > 0 else "") + out + ("…" if start + width < len(text) else "")


def search(store: Store, text: str, limit: int = 10) -> dict[str, list[dict[str, Any]]]:
    """Ranked people and articles matching ``text`` (diacritics optional)."""
    people: list[dict[str, Any]] = []
    articles: list[dict[str, Any]] = []
    seen_people: set[str] = set()
    seen_articles: set[int] = set()
    for q in _queries(text):
        for r in store.rows(
                """SELECT p.*, bm25(people_fts, 0.0, 10.0, 2.0) AS score FROM people_fts
                   JOIN people p ON p.id = people_fts.person_id
                   WHERE people_fts MATCH ? ORDER BY score, p.id LIMIT ?""", (q, limit)):
            if r["id"] not in seen_people and len(people) < limit:
                seen_people.add(r["id"])
                people.append({"id": r["id"], "name": r["name"], "title": r["title"], "province": r["province"],
                               "first_date": r["first_date"], "last_date": r["last_date"],
                               "n_articles": r["n_articles"]})
        for r in store.rows(
                """SELECT a.id, a.ext_id, a.title, a.date, a.publisher, a.url, a.text,
                          bm25(articles_fts, 10.0, 1.0) AS score
                   FROM articles_fts JOIN articles a ON a.id = articles_fts.rowid
                   WHERE articles_fts MATCH ? ORDER BY score, a.id LIMIT ?""", (q, limit)):
            if r["id"] not in seen_articles and len(articles) < limit:
                seen_articles.add(r["id"])
                articles.append({"article": r["ext_id"], "article_id": r["id"], "title": r["title"],
                                 "date": r["date"], "publisher": r["publisher"], "url": r["url"],
                                 "snippet": _snippet(r["text"], text)})
    return {"people": people, "articles": articles}
