"""The knowledge base's SQLite schema, as numbered migrations.

The schema version lives in ``PRAGMA user_version``. :func:`migrate` applies
every migration newer than the database's version, each in its own
transaction (SQLite's DDL is transactional), and refuses a database made by
a newer vnfacts. A new migration is appended to :data:`MIGRATIONS`; released
ones are never edited.

Tables are plain so that any SQLite tool (or Datasette) reads them:

- per article, as extracted: ``articles`` (original text, metadata, the
  facts JSON), ``article_people``, ``positions``, ``events``,
  ``event_participants``, ``figures``, ``mentions`` (character spans into
  ``articles.text``);
- across articles, recomputed per name after new articles name it:
  ``people``, ``offices``, ``office_sources``, ``person_links`` (how each
  article's person was resolved), and ``pending_names`` (names stored but
  not yet re-resolved);
- ``provinces`` (pre- and post-2025 names, ``key`` = the post-merger
  province) and the view ``figure_series``;
- full-text indexes over diacritic-folded text: ``articles_fts`` (rowid =
  ``articles.id``) and ``people_fts``.
"""

from __future__ import annotations

import sqlite3

MIGRATIONS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("initial schema", (
        """CREATE TABLE articles (
            id INTEGER PRIMARY KEY,
            hash TEXT NOT NULL UNIQUE,          -- sha256 of the text: the article's identity
            ext_id TEXT,                        -- the input's id
            source TEXT,                        -- file:line it was first read from
            title TEXT,
            published TEXT,                     -- as the input gave it
            date TEXT,                          -- publication date found: YYYY, YYYY-MM or YYYY-MM-DD
            date_precision TEXT,                -- year | month | day
            publisher TEXT,
            url TEXT,
            home_province TEXT,                 -- the province the article is about or published in
            home_province_key TEXT,             -- its post-2025 province
            home_source TEXT,
            text TEXT NOT NULL,                 -- the original text; every span points into it
            facts TEXT NOT NULL,                -- Document.to_json()
            extractor TEXT                      -- vnfacts version that extracted the facts
        )""",
        "CREATE INDEX articles_ext_id ON articles(ext_id)",
        """CREATE TABLE article_people (
            article_id INTEGER NOT NULL REFERENCES articles(id),
            idx INTEGER NOT NULL,               -- order in the article
            name TEXT NOT NULL,
            name_key TEXT NOT NULL,             -- normalised, casefolded name: what resolution groups by
            person_id TEXT,                     -- the resolved person (people.id)
            date TEXT,                          -- the dated mention: event date, else publication date
            date_precision TEXT,
            date_source TEXT,                   -- event | published
            start INTEGER, "end" INTEGER,
            sentence TEXT,
            PRIMARY KEY (article_id, idx)
        ) WITHOUT ROWID""",
        "CREATE INDEX article_people_name ON article_people(name_key)",
        "CREATE INDEX article_people_person ON article_people(person_id)",
        """CREATE TABLE positions (
            article_id INTEGER NOT NULL REFERENCES articles(id),
            person_idx INTEGER NOT NULL,
            idx INTEGER NOT NULL,
            title TEXT NOT NULL,
            title_key TEXT NOT NULL,
            province TEXT,                      -- as named at the article's date
            province_key TEXT,                  -- the post-2025 province
            written TEXT,
            province_source TEXT,
            start INTEGER, "end" INTEGER,
            PRIMARY KEY (article_id, person_idx, idx)
        ) WITHOUT ROWID""",
        """CREATE TABLE events (
            article_id INTEGER NOT NULL REFERENCES articles(id),
            idx INTEGER NOT NULL,
            type TEXT NOT NULL,
            date TEXT, date_precision TEXT,
            host TEXT, host_key TEXT,
            guest TEXT, guest_key TEXT,
            leader TEXT, cameo TEXT, place TEXT,
            topics TEXT,                        -- JSON array
            trigger TEXT, date_text TEXT,
            start INTEGER, "end" INTEGER,
            sentence TEXT,
            PRIMARY KEY (article_id, idx)
        ) WITHOUT ROWID""",
        "CREATE INDEX events_host ON events(host_key)",
        "CREATE INDEX events_guest ON events(guest_key)",
        """CREATE TABLE event_participants (
            article_id INTEGER NOT NULL REFERENCES articles(id),
            event_idx INTEGER NOT NULL,
            idx INTEGER NOT NULL,
            name TEXT NOT NULL,
            role TEXT NOT NULL,                 -- leader | cameo | host | guest | other
            person_idx INTEGER,                 -- article_people.idx of the same article, when named there
            PRIMARY KEY (article_id, event_idx, idx)
        ) WITHOUT ROWID""",
        """CREATE TABLE figures (
            article_id INTEGER NOT NULL REFERENCES articles(id),
            idx INTEGER NOT NULL,
            indicator TEXT,
            indicator_key TEXT,                 -- indicator_id when known, else the folded phrase
            indicator_id TEXT,
            value NUMERIC NOT NULL,
            unit TEXT, role TEXT,
            to_value NUMERIC, of_value NUMERIC,
            estimate INTEGER, bound TEXT, basis TEXT,
            province TEXT, province_key TEXT,
            period TEXT,
            flags TEXT,                         -- JSON array
            written TEXT,
            start INTEGER, "end" INTEGER,
            sentence TEXT,
            PRIMARY KEY (article_id, idx)
        ) WITHOUT ROWID""",
        "CREATE INDEX figures_series ON figures(province_key, indicator_key, period)",
        """CREATE TABLE mentions (
            article_id INTEGER NOT NULL REFERENCES articles(id),
            kind TEXT NOT NULL,                 -- person | office | event | figure
            ref_idx INTEGER NOT NULL,           -- article_people / events / figures idx
            sub_idx INTEGER NOT NULL,           -- which mention of a person, which office
            start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            text TEXT,                          -- articles.text[start:end]
            PRIMARY KEY (article_id, kind, ref_idx, sub_idx)
        ) WITHOUT ROWID""",
        """CREATE TABLE people (
            id TEXT PRIMARY KEY,                -- name slug, "-2", "-3" for later namesakes
            name TEXT NOT NULL,
            name_key TEXT NOT NULL,
            title TEXT,                         -- latest office
            province TEXT,                      -- its province, as named then
            province_key TEXT,
            first_date TEXT, last_date TEXT,
            n_articles INTEGER NOT NULL
        )""",
        "CREATE INDEX people_name ON people(name_key)",
        """CREATE TABLE offices (
            person_id TEXT NOT NULL,
            seq INTEGER NOT NULL,               -- order in the person's timeline
            title TEXT NOT NULL,
            title_key TEXT NOT NULL,
            province TEXT, province_key TEXT,
            first_date TEXT, first_precision TEXT,
            last_date TEXT, last_precision TEXT,
            n_sources INTEGER NOT NULL,
            PRIMARY KEY (person_id, seq)
        ) WITHOUT ROWID""",
        "CREATE INDEX offices_province ON offices(province_key, title_key)",
        """CREATE TABLE office_sources (
            person_id TEXT NOT NULL,
            seq INTEGER NOT NULL,
            article_id INTEGER NOT NULL REFERENCES articles(id),
            person_idx INTEGER NOT NULL,
            position_idx INTEGER NOT NULL,
            date TEXT, date_precision TEXT, date_source TEXT,
            written TEXT,
            PRIMARY KEY (person_id, seq, article_id, person_idx, position_idx)
        ) WITHOUT ROWID""",
        """CREATE TABLE person_links (
            article_id INTEGER NOT NULL REFERENCES articles(id),
            person_idx INTEGER NOT NULL,
            person_id TEXT NOT NULL,
            rule TEXT NOT NULL,                 -- first | same-province | shared-office | article-province | only-namesake | apart
            reason TEXT NOT NULL,
            PRIMARY KEY (article_id, person_idx)
        ) WITHOUT ROWID""",
        "CREATE INDEX person_links_person ON person_links(person_id)",
        """CREATE TABLE provinces (
            name TEXT PRIMARY KEY,              -- canonical name, as written before or after 2025
            key TEXT NOT NULL,                  -- the post-2025 province it is part of
            merged_into TEXT,
            legacy INTEGER NOT NULL,            -- one of the 63 before 1 July 2025
            current INTEGER NOT NULL,           -- one of the 34 after
            code TEXT
        )""",
        """CREATE VIEW figure_series AS
            SELECT f.province_key, f.indicator_key, min(f.indicator) AS indicator, max(f.indicator_id) AS indicator_id,
                   f.period, f.role, f.unit, f.basis,
                   count(*) AS n_figures, count(DISTINCT f.article_id) AS n_sources,
                   count(DISTINCT f.value) AS n_values, count(DISTINCT f.value) > 1 AS conflict,
                   json_group_array(json_object('value', f.value, 'estimate', f.estimate, 'bound', f.bound,
                                                'province', f.province, 'article_id', f.article_id,
                                                'article', a.ext_id, 'written', f.written)) AS "values"
            FROM figures f JOIN articles a ON a.id = f.article_id
            GROUP BY f.province_key, f.indicator_key, f.period, f.role, f.unit, f.basis""",
        """CREATE TABLE pending_names (         -- names whose people must be re-resolved (new mentions stored)
            name_key TEXT PRIMARY KEY
        )""",
        "CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, tokenize='unicode61')",
        "CREATE VIRTUAL TABLE people_fts USING fts5(person_id UNINDEXED, name, offices, tokenize='unicode61')",
    )),
    ("figure_series: a conflict is differing values from different articles", (
        "DROP VIEW figure_series",
        """CREATE VIEW figure_series AS
            SELECT f.province_key, f.indicator_key, min(f.indicator) AS indicator, max(f.indicator_id) AS indicator_id,
                   f.period, f.role, f.unit, f.basis,
                   count(*) AS n_figures, count(DISTINCT f.article_id) AS n_sources,
                   count(DISTINCT f.value) AS n_values,
                   count(DISTINCT f.value) > 1 AND count(DISTINCT f.article_id) > 1 AS conflict,
                   json_group_array(json_object('value', f.value, 'estimate', f.estimate, 'bound', f.bound,
                                                'province', f.province, 'article_id', f.article_id,
                                                'article', a.ext_id, 'written', f.written)) AS "values"
            FROM figures f JOIN articles a ON a.id = f.article_id
            GROUP BY f.province_key, f.indicator_key, f.period, f.role, f.unit, f.basis""",
    )),
)

SCHEMA_VERSION = len(MIGRATIONS)


class SchemaError(RuntimeError):
    """The database cannot be used by this version of vnfacts."""


def check_fts5(conn: sqlite3.Connection) -> None:
    """Fail clearly when this Python's SQLite lacks FTS5."""
    if not conn.execute("SELECT sqlite_compileoption_used('ENABLE_FTS5')").fetchone()[0]:
        try:
            conn.execute("CREATE VIRTUAL TABLE temp._fts5_probe USING fts5(x)")
            conn.execute("DROP TABLE temp._fts5_probe")
        except sqlite3.OperationalError as e:
            raise SchemaError(f"this Python's SQLite {sqlite3.sqlite_version} has no FTS5: {e}") from e


def version(conn: sqlite3.Connection) -> int:
    return conn.execute("PRAGMA user_version").fetchone()[0]


def migrate(conn: sqlite3.Connection, target: int = SCHEMA_VERSION) -> int:
    """Bring the database up to ``target`` (default: the latest); returns the number of migrations applied."""
    current = version(conn)
    if current > SCHEMA_VERSION:
        raise SchemaError(f"database schema version {current} is newer than this vnfacts knows ({SCHEMA_VERSION})")
    if current >= target:
        return 0
    check_fts5(conn)
    applied = 0
    for number, (_description, statements) in enumerate(MIGRATIONS, 1):
        if number <= current or number > target:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            if version(conn) >= number:  # another process migrated meanwhile
                conn.execute("ROLLBACK")
                continue
            for sql in statements:
                conn.execute(sql)
            conn.execute(f"PRAGMA user_version = {number}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        applied += 1
    return applied
