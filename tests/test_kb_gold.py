"""Knowledge base over the dev articles with their GOLD facts (read from ../shared at run time).

The real articles go through the reading, normalising, segmenting and
home-province stages; their people, events and figures are the annotated
ones. This checks storage, cross-article resolution and the answers the
issue asks for on real data, whatever state the extractors are in.
"""

from __future__ import annotations

import pytest

from vnfacts import normalize, segment
from vnfacts.kb import Store, queries, search
from vnfacts.kb.records import build, date_sort_key
from vnfacts.models import Document, Event, Figure, Person, Position
from vnfacts.read import read_articles
from vnfacts.resolve import home


def gold_document(article, gold: dict) -> Document:
    doc = Document(article)
    for stage in (normalize.run, segment.run, home.run):
        stage(doc)
    doc.people = [Person(p["name"], tuple(Position(x["title"], x["province"]) for x in p["positions"]))
                  for p in gold["people"]]
    doc.events = [Event(e["type"], e["date"], e["host"], e["guest"], e["leader"]) for e in gold["events"]]
    doc.figures = [Figure(f["indicator"], f["value"], f["unit"], f["role"], f.get("to"), f["of"], f["estimate"],
                          f["bound"], f["basis"], f["province"], f["period"]) for f in gold["figures"]]
    return doc


@pytest.fixture(scope="module")
def kb(tmp_path_factory, dev_dir, dev_gold):
    records = [build(gold_document(a, dev_gold[a.id])) for a in read_articles([str(dev_dir / "articles.jsonl")])]
    with Store(tmp_path_factory.mktemp("gold") / "gold.db") as store:
        for start in range(0, len(records), 10):
            store.add(records[start:start + 10])
        yield store


def test_every_gold_person_is_stored_and_resolved(kb, dev_gold):
    names = {p["name"] for g in dev_gold.values() for p in g["people"]}
    assert {r[0] for r in kb.rows("SELECT DISTINCT name FROM people")} == names
    assert kb.rows("SELECT count(*) FROM article_people WHERE person_id IS NULL")[0][0] == 0
    assert kb.pending() == 0


def test_tran_quoc_cuong_timeline(kb):
    (pid,) = queries.find_person(kb, "Trần Quốc Cường")
    p = queries.person(kb, pid)
    office = next(o for o in p["offices"] if o["title"] == "Bí thư Tỉnh ủy")
    assert office["province"] == "Điện Biên" and office["first"] == {"date": "2022-11-24", "precision": "day"}
    assert [s["article"] for s in office["sources"]] == ["seed"]
    assert p["events"][0]["type"] == "visit" and p["events"][0]["role"] == "leader"


def test_a_provincial_leader_across_articles_is_one_person(kb):
    """Whoever holds the same provincial office in several articles is merged, with the merge recorded."""
    rows = kb.rows("""SELECT person_id, count(DISTINCT article_id) AS n FROM office_sources
                      GROUP BY person_id HAVING n > 2 ORDER BY n DESC, person_id""")
    assert rows, "the dev corpus names some provincial leaders in several articles"
    p = queries.person(kb, rows[0]["person_id"])
    rules = [lk["rule"] for lk in p["links"]]
    assert rules.count("first") == 1 and set(rules) <= {"first", "same-province", "shared-office",
                                                        "article-province", "only-namesake"}
    assert all(lk["reason"] for lk in p["links"])


def test_province_view_under_post_merger_key(kb):
    old = next(r[0] for r in kb.rows("""SELECT o.province FROM offices o JOIN provinces p ON p.name = o.province
                                        WHERE p.merged_into IS NOT NULL ORDER BY o.province"""))
    view = queries.province(kb, old)
    assert view["province"] != old and old in view["names"]
    assert any(x["province"] == old for x in view["leaders"])
    dates = [date_sort_key(x["last"]["date"]) for x in view["leaders"]]
    assert dates == sorted(dates, reverse=True)  # latest holders first


def test_search_folded_finds_people_and_articles(kb):
    hits = search(kb, "pham gia tuc")
    assert hits["people"][0]["name"] == "Phạm Gia Túc"
    assert "seed" in [a["article"] for a in hits["articles"]]
    assert search(kb, "bi thu tinh uy dien bien")["people"][0]["name"] == "Trần Quốc Cường"


def test_series_keep_sources(kb):
    series = queries.series(kb)
    assert series and all(s["n_sources"] == len({x["article_id"] for x in s["sources"]}) for s in series)
    assert all(not s["conflict"] or len(s["values"]) > 1 for s in series)
