"""Knowledge base, library level: storage, person resolution, queries, search, export, migrations.

Articles here are short invented sentences with hand-made facts, so these
tests do not depend on the extractors (tests/test_kb_ingest.py runs the real
pipeline on ../shared/dev).
"""

from __future__ import annotations

import csv
import importlib
import io
import json
import sqlite3

import pytest

from vnfacts.kb import SCHEMA_VERSION, SchemaError, Store, export, queries, schema, search
from vnfacts.kb.export import MissingDependency
from vnfacts.kb.records import build, province_key
from vnfacts.kb.resolve import person_id
from vnfacts.kb.store import _ROW_COLS
from vnfacts.models import Article, Document, Event, Figure, Participant, Person, Position
from vnfacts.pool import ordered_map


def make_doc(id: str, text: str, pub: str, people=(), events=(), figures=(), home: str | None = None) -> Document:
    """A processed-looking Document: people as (name, [(title, province), ...])."""
    y, m, *d = (int(x) for x in pub.split("-"))
    doc = Document(Article(id, text, pub), text=text, pub_year=y, pub_month=m, pub_day=d[0] if d else None,
                   home_province=home)
    for name, positions in people:
        s = text.find(name)
        span = (s, s + len(name)) if s >= 0 else (-1, -1)
        doc.people.append(Person(name, tuple(Position(t, p) for t, p in positions),
                                 (span,) if s >= 0 else (), *span))
    doc.events.extend(events)
    doc.figures.extend(figures)
    return doc


AN = "Nguyễn Văn An"
CORPUS = [
    make_doc("a1", f"Chiều 24-11, đoàn công tác do đồng chí {AN}, Bí thư Tỉnh ủy Điện Biên làm trưởng đoàn thăm "
                   "tỉnh Nam Định. Đồng chí Lê Văn Bình, Bí thư Tỉnh ủy tiếp đoàn.", "2022-11",
             [(AN, [("Ủy viên Ban Chấp hành Trung ương Đảng", None), ("Bí thư Tỉnh ủy", "Điện Biên")]),
              ("Lê Văn Bình", [("Bí thư Tỉnh ủy", "Nam Định")])],
             [Event("visit", "2022-11-24", host="Nam Định", guest="Điện Biên", leader=AN,
                    participants=(Participant("Lê Văn Bình", "host"),))],
             [Figure("thu ngân sách", 8_000_000_000_000, "VND", province="Nam Định", period="2022", estimate=True)],
             home="Nam Định"),
    make_doc("a2", f"Ông {AN}, Chủ tịch HĐND tỉnh Điện Biên, chủ trì kỳ họp.", "2023-03",
             [(AN, [("Chủ tịch Hội đồng nhân dân tỉnh", "Điện Biên")])], home="Điện Biên"),
    make_doc("a3", f"Ông {AN}, Giám đốc Sở Tài chính tỉnh Cà Mau, báo cáo.", "2023-05-02",
             [(AN, [("Giám đốc Sở Tài chính", "Cà Mau")])], home="Cà Mau"),
    make_doc("a4", f"Phát biểu tại buổi làm việc, ông {AN} nhấn mạnh yêu cầu.", "2023-06",
             [(AN, [])], home="Cà Mau"),
    make_doc("a5", "Năm 2022, thu ngân sách tỉnh Nam Định đạt 8.200 tỷ đồng. Đồng chí Trần Hữu Phước, "
                   "Bí thư Tỉnh ủy Ninh Bình dự hội nghị.", "2025-08",
             [("Trần Hữu Phước", [("Bí thư Tỉnh ủy", "Ninh Bình")])],
             [Event("conference", "2025-08", host="Ninh Bình")],
             [Figure("thu ngân sách", 8_200_000_000_000, "VND", province="Nam Định", period="2022")],
             home="Ninh Bình"),
]


def dump(store: Store) -> dict[str, list[tuple]]:
    """Every table's rows in a canonical order (FTS tables by their content)."""
    out = {}
    for (name,) in store.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"):
        if name.startswith("sqlite_") or "_fts_" in name:
            continue
        cols = "person_id, name, offices" if name == "people_fts" else "rowid, title, body" if name == "articles_fts" \
            else "*"
        rows = store.conn.execute(f"SELECT {cols} FROM {name}").fetchall()
        out[name] = sorted((tuple(r) for r in rows), key=repr)
    return out


@pytest.fixture()
def kb(tmp_path):
    with Store(tmp_path / "kb.db") as store:
        store.add([build(d) for d in CORPUS])
        yield store


def test_tables_hold_articles_facts_and_spans(kb):
    art = kb.rows("SELECT * FROM articles WHERE ext_id = 'a1'")[0]
    assert art["date"] == "2022-11" and art["date_precision"] == "month" and art["home_province_key"] == "Ninh Bình"
    assert json.loads(art["facts"])["people"][0]["name"] == AN
    for m in kb.rows("SELECT m.*, a.text AS t FROM mentions m JOIN articles a ON a.id = m.article_id"):
        assert m["t"][m["start"]:m["end"]] == m["text"]
    assert {m["text"] for m in kb.rows("SELECT text FROM mentions WHERE kind = 'person'")} >= {AN, "Lê Văn Bình"}
    fig = kb.rows("SELECT * FROM figures WHERE article_id = 1")[0]
    assert fig["province"] == "Nam Định" and fig["province_key"] == "Ninh Bình" and fig["period"] == "2022"
    part = kb.rows("SELECT * FROM event_participants WHERE article_id = 1 ORDER BY idx")
    assert [(p["name"], p["role"], p["person_idx"]) for p in part] == [(AN, "leader", 0), ("Lê Văn Bình", "host", 1)]


def test_same_name_same_province_is_one_person_namesakes_apart(kb):
    ids = queries.find_person(kb, AN)
    assert ids == ["nguyễn-văn-an", "nguyễn-văn-an-2"]
    dien_bien, ca_mau = (queries.person(kb, i) for i in ids)
    assert {o["province"] for o in dien_bien["offices"]} == {None, "Điện Biên"}
    assert [o["province"] for o in ca_mau["offices"]] == ["Cà Mau"]
    rules = {lk["article"]: lk["rule"] for p in (dien_bien, ca_mau) for lk in p["links"]}
    assert rules == {"a1": "first", "a2": "same-province", "a3": "apart", "a4": "article-province"}
    assert "Điện Biên" in next(lk["reason"] for lk in ca_mau["links"] if lk["article"] == "a3")


def test_shared_central_office_joins_provinces(tmp_path):
    docs = [make_doc("b1", "Ông Phan Văn Cư, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Sơn La.", "2020-01",
                     [("Phan Văn Cư", [("Ủy viên Ban Chấp hành Trung ương Đảng", None), ("Bí thư Tỉnh ủy", "Sơn La")])]),
            make_doc("b2", "Ông Phan Văn Cư, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Thanh Hóa.", "2024-01",
                     [("Phan Văn Cư", [("Ủy viên Ban Chấp hành Trung ương Đảng", None), ("Bí thư Tỉnh ủy", "Thanh Hóa")])])]
    with Store(tmp_path / "kb.db") as store:
        store.add([build(d) for d in docs])
        (pid,) = queries.find_person(store, "Phan Văn Cư")
        p = queries.person(store, pid)
        assert [lk["rule"] for lk in p["links"]] == ["first", "shared-office"]
        assert p["title"] == "Bí thư Tỉnh ủy" and p["province"] == "Thanh Hóa"


def test_office_timeline_dates_keep_their_precision(kb):
    p = queries.person(kb, "nguyễn-văn-an")
    by_title = {o["title"]: o for o in p["offices"]}
    bt = by_title["Bí thư Tỉnh ủy"]
    assert bt["first"] == {"date": "2022-11-24", "precision": "day"}  # the event's date, not the month published
    assert bt["sources"][0]["article"] == "a1" and bt["sources"][0]["date_source"] == "event"
    ct = by_title["Chủ tịch Hội đồng nhân dân tỉnh"]
    assert ct["first"] == {"date": "2023-03", "precision": "month"}  # publication month, not padded to a day
    assert ct["sources"][0]["date_source"] == "published"
    assert [o["title"] for o in p["offices"]][-1] == "Chủ tịch Hội đồng nhân dân tỉnh"


def test_result_does_not_depend_on_order_or_batches(tmp_path, kb):
    with Store(tmp_path / "other.db") as other:
        for d in reversed(CORPUS):
            other.add([build(d)])
        a, b = dump(kb), dump(other)
    # article ids follow ingestion order; everything resolved across articles must agree by content
    assert sorted(r[1:3] for r in a["people"]) == sorted(r[1:3] for r in b["people"])
    key = lambda rows: sorted((r[0], r[2], r[4], r[6], r[8]) for r in rows)  # noqa: E731
    assert key(a["offices"]) == key(b["offices"])


def test_adding_again_adds_nothing(kb):
    before = dump(kb)
    assert kb.add([build(d) for d in CORPUS]) == 0
    assert dump(kb) == before


def test_province_view_maps_old_names_and_keeps_them(kb):
    assert province_key("Nam Định") == "Ninh Bình"
    view = queries.province(kb, "nam dinh")
    assert view["province"] == "Ninh Bình" and "Nam Định" in view["names"]
    leaders = {(x["title"], x["province"]): x["name"] for x in view["leaders"]}
    assert leaders == {("Bí thư Tỉnh ủy", "Nam Định"): "Lê Văn Bình", ("Bí thư Tỉnh ủy", "Ninh Bình"): "Trần Hữu Phước"}
    assert view["leaders"][0]["name"] == "Trần Hữu Phước"  # latest first
    assert [(e["article"], e["host"], e["guest"]) for e in view["hosted"]] == [("a5", "Ninh Bình", None),
                                                                                ("a1", "Nam Định", "Điện Biên")]
    assert queries.province(kb, "Điện Biên")["visits"][0]["article"] == "a1"
    with pytest.raises(queries.UnknownProvince):
        queries.province(kb, "Atlantis")


def test_figures_series_lists_conflicting_values(kb):
    (s,) = queries.series(kb, "Nam Định", "thu ngan sach")
    assert s["period"] == "2022" and s["values"] == [8_000_000_000_000, 8_200_000_000_000] and s["conflict"]
    assert sorted(x["article"] for x in s["sources"]) == ["a1", "a5"]
    view = kb.rows("SELECT * FROM figure_series WHERE province_key = 'Ninh Bình'")[0]
    assert view["n_values"] == 2 and view["conflict"] == 1


def test_people_filters(kb):
    assert [p["id"] for p in queries.people(kb, province="Điện Biên", title="bi thu")] == ["nguyễn-văn-an"]
    assert {p["name"] for p in queries.people(kb, province="Nam Định")} == {"Lê Văn Bình", "Trần Hữu Phước"}
    assert len(queries.people(kb)) == 4


@pytest.mark.parametrize("query", ["bi thu tinh uy dien bien", "Bí thư Tỉnh ủy Điện Biên"])
def test_search_with_and_without_diacritics(kb, query):
    hits = search(kb, query)
    assert hits["people"][0]["id"] == "nguyễn-văn-an"
    assert hits["articles"] and hits["articles"][0]["article"] == "a1"


def test_search_names_folded(kb):
    hits = search(kb, "NGUYEN VAN AN")
    assert {p["id"] for p in hits["people"]} == {"nguyễn-văn-an", "nguyễn-văn-an-2"}
    assert {a["article"] for a in hits["articles"]} == {"a1", "a2", "a3", "a4"}


def test_search_snippet_is_original_text(kb):
    hit = search(kb, "le van binh")["articles"][0]
    assert hit["article"] == "a1" and "Lê Văn Bình" in hit["snippet"]
    assert search(kb, "khong co gi nhu the") == {"people": [], "articles": []}
    assert search(kb, '"; DROP TABLE people; --') == {"people": [], "articles": []}


def test_migrations_versioned(tmp_path, kb):
    assert kb.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert kb.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    path = tmp_path / "future.db"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(SchemaError):
        Store(path)
    with pytest.raises(FileNotFoundError):
        Store(tmp_path / "absent.db", create=False)


def test_migrating_an_older_database_keeps_its_rows(tmp_path):
    path = tmp_path / "old.db"
    conn = sqlite3.connect(path, isolation_level=None)
    assert schema.migrate(conn, target=1) == 1
    conn.execute("INSERT INTO articles (hash, text, facts) VALUES ('h', 'Văn bản.', '{}')")
    conn.close()
    with Store(path) as store:
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert store.rows("SELECT text FROM articles")[0][0] == "Văn bản."
        (view,) = store.rows("SELECT sql FROM sqlite_master WHERE name = 'figure_series'")[0]
        assert "count(DISTINCT f.article_id) > 1 AS conflict" in view  # migration 2 applied


def test_export_formats(tmp_path, kb):
    out = io.StringIO()
    assert export(kb, "jsonl", "-", ("people",), stdout=out) == {"people": 4}
    assert {json.loads(line)["name"] for line in out.getvalue().splitlines()} == {AN, "Lê Văn Bình", "Trần Hữu Phước"}
    counts = export(kb, "csv", tmp_path / "csv")
    assert counts["articles"] == 5 and counts["figure_series"] == 1
    with open(tmp_path / "csv" / "offices.csv", encoding="utf-8") as f:
        assert {r["title"] for r in csv.DictReader(f)} >= {"Bí thư Tỉnh ủy"}
    try:
        import pyarrow.parquet as pq
    except ImportError:
        with pytest.raises(MissingDependency):
            export(kb, "parquet", tmp_path / "pq", ("figures",))
        return
    export(kb, "parquet", tmp_path / "pq")
    t = pq.read_table(tmp_path / "pq" / "figures.parquet")
    assert t.num_rows == 2 and sorted(t.column("value").to_pylist()) == [8e12, 8.2e12]
    assert pq.read_table(tmp_path / "pq" / "people.parquet").num_rows == 4


def test_person_ids_unique_per_name():
    assert person_id("trần quốc cường", 1) == "trần-quốc-cường" and person_id("trần quốc cường", 2) == "trần-quốc-cường-2"
    odd = {person_id(k, n) for k in ("a-b c", "a b-c", "a b 2", "a b") for n in (1, 2)}
    assert len(odd) == 8


def test_a_record_the_database_refuses_is_reported_and_skipped(tmp_path, monkeypatch):
    for n in range(3):
        (tmp_path / f"{n}.txt").write_text(f"Bài số {n}. Tỉnh tổ chức hội nghị tổng kết năm.", encoding="utf-8")

    def build_bad_second(doc, article_hash=None):
        rec = build(doc, article_hash)
        if doc.article.id == "1":  # a value SQLite cannot store
            rec.figures.append({**dict.fromkeys(_ROW_COLS["figures"]), "idx": 0, "value": [1, 2]})
        return rec

    module = importlib.import_module("vnfacts.kb.ingest")
    monkeypatch.setattr(module, "build", build_bad_second)
    problems = []
    with Store(tmp_path / "kb.db") as store:
        report = module.ingest(store, [str(tmp_path)], on_problem=problems.append)
        assert (report.added, report.problems, report.present) == (2, 1, 0)
        assert [p.source for p in problems] == [str(tmp_path / "1.txt")] and "could not be stored" in problems[0].reason
        assert sorted(r[0] for r in store.rows("SELECT ext_id FROM articles")) == ["0", "2"]


def _square(x: int) -> int:
    return x * x


def test_ordered_pool_keeps_order_and_reads_ahead_boundedly():
    pulled = []

    def items():
        for i in range(500):
            pulled.append(i)
            yield i

    results = ordered_map(_square, items(), jobs=2, chunksize=4, window=3)
    first = next(results)
    assert first == 0 and len(pulled) <= 4 * 3  # memory flat: only `window` chunks in flight
    assert [first, *results] == [i * i for i in range(500)]
