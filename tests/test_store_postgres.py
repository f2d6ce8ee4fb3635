"""The PostgreSQL store: the SQL translation, rows, migrations, the writer lock, and the same
knowledge base, exports, CLI output and API answers as SQLite for the same input.

Tests that need a server take `pg_store` (tests/conftest.py) and skip, with the reason shown,
when STORYWEAVE_PG_DSN is unset; `make test` always starts a throwaway server and sets it.
"""
from __future__ import annotations

import sqlite3
import threading
import time
import uuid
from pathlib import Path

import pytest
from typer.testing import CliRunner

from storyweave.kb import KnowledgeBase
from storyweave.store import open_store
from storyweave.store.dialect import is_postgres_url, to_pyformat, translate_ddl
from storyweave.store.migrations import migrate, migrations
from storyweave.store.postgres import redact
from storyweave.use.cli import app
from storyweave.use.export import export_json

from .conftest import ARTICLE, CORPUS, PG_DSN, pg_schema_url

runner = CliRunner()


# --------------------------------------------------------------------------- no server needed

@pytest.mark.parametrize("sql, expected", [
    ("SELECT * FROM t WHERE a = ? AND b IN (?,?)", "SELECT * FROM t WHERE a = %s AND b IN (%s,%s)"),
    ("SELECT '?', \"col?\", ? -- why?\n", "SELECT '?', \"col?\", %s -- why?\n"),
    ("SELECT 'it''s ?' || ?", "SELECT 'it''s ?' || %s"),
    ("SELECT x FROM t WHERE y LIKE '50%' AND z = ?",
     "SELECT x FROM t WHERE y LIKE '50%%' AND z = %s"),
    ("SELECT 10 % 3 /* ? */", "SELECT 10 %% 3 /* ? */"),
    ("DELETE FROM t WHERE id IN ()", "DELETE FROM t WHERE id = ANY('{}')"),
    ("SELECT 1 WHERE x NOT IN ( )", "SELECT 1 WHERE x <> ALL('{}')"),
    ("SELECT main_in FROM t WHERE join_in = ?", "SELECT main_in FROM t WHERE join_in = %s"),
])
def test_store_postgres_placeholders_and_literals(sql: str, expected: str):
    assert to_pyformat(sql) == expected


def test_store_postgres_ddl_translation_keeps_sqlite_untouched():
    ddl = "CREATE TABLE s (id TEXT PRIMARY KEY, text TEXT NOT NULL, signature BLOB NOT NULL)"
    assert translate_ddl(ddl, "sqlite") == ddl
    assert translate_ddl(ddl, "postgresql") == (
        'CREATE TABLE s (id TEXT COLLATE "C" PRIMARY KEY, text TEXT COLLATE "C" NOT NULL, '
        'signature BYTEA NOT NULL)')
    assert translate_ddl("CREATE INDEX i ON aliases(name COLLATE NOCASE)", "postgresql") == \
        "CREATE INDEX i ON aliases(lower(name))"


def test_store_postgres_migrations_are_the_same_list_on_both_dialects():
    sqlite_list = [(m.version, m.name, m.sql) for m in migrations("sqlite")]
    pg_list = [(m.version, m.name, m.sql) for m in migrations("postgresql")]
    versions = [v for v, _, _ in sqlite_list]
    assert sqlite_list == pg_list and versions == list(range(1, len(versions) + 1))
    assert all(m.extra == "" for m in migrations("sqlite"))
    assert "rowid" in migrations("postgresql")[0].extra


def test_store_postgres_urls_and_redaction():
    assert is_postgres_url("postgresql://u@h:5/db") and is_postgres_url("postgres://h/db")
    assert not is_postgres_url("kb.db") and not is_postgres_url(Path("postgresql:/x"))
    assert redact("postgresql://me:s3cret@h:5/db") == "postgresql://me:***@h:5/db"
    assert redact("postgresql://me@h:5/db") == "postgresql://me@h:5/db"


# --------------------------------------------------------------------------- on the server

def _rows_case(store):
    conn = store.conn
    row = conn.execute("SELECT 1 AS n, 'a?b%' AS label, NULL AS empty, ? AS p",
                       ("x",)).fetchone()
    assert row[0] == 1 and row["n"] == 1 and row["label"] == "a?b%" and row["LABEL"] == "a?b%"
    assert row["empty"] is None and row[-1] == "x"
    assert list(row.keys()) == ["n", "label", "empty", "p"]
    n, label, empty, p = row
    assert (n, label, empty, p) == (1, "a?b%", None, "x") and len(row) == 4
    assert dict(zip(row.keys(), row)) == {"n": 1, "label": "a?b%", "empty": None, "p": "x"}
    with pytest.raises(IndexError):
        row["missing"]
    assert conn.execute("DELETE FROM entity_keys WHERE key = ?", ("none",)).fetchone() is None
    assert conn.execute("DELETE FROM entity_keys WHERE key IN ()").fetchall() == []
    conn.executemany("INSERT INTO entity_keys VALUES (?, ?)", [])
    assert [tuple(r) for r in conn.execute("SELECT 2 UNION SELECT 1 ORDER BY 1")] == [(1,), (2,)]
    assert dict(conn.execute("SELECT 'k', 'v'").fetchall()) == {"k": "v"}


def test_store_postgres_rows_behave_like_sqlite3_rows(pg_store, tmp_path: Path):
    for target in (tmp_path / "kb.db", pg_store()):
        store = open_store(target)
        try:
            _rows_case(store)
        finally:
            store.close()


def test_store_postgres_schema_and_migrations_match_sqlite(pg_store, tmp_path: Path):
    url = pg_store()
    pg, sq = open_store(url), open_store(tmp_path / "kb.db")
    try:
        assert is_postgres_url(pg.target) and pg.dialect == "postgresql" and sq.dialect == "sqlite"
        rows = "SELECT version, name FROM schema_migrations ORDER BY version"
        assert [tuple(r) for r in pg.conn.execute(rows)] == \
            [tuple(r) for r in sq.conn.execute(rows)]
        assert migrate(pg.conn) == [] and migrate(sq.conn) == []
        sq_tables = {r[0]: [c[1] for c in sq.conn.execute(f"PRAGMA table_info({r[0]})")]
                     for r in sq.conn.execute("SELECT name FROM sqlite_master "
                                              "WHERE type = 'table'")}
        pg_tables: dict[str, list[str]] = {}
        for r in pg.conn.execute("SELECT table_name, column_name FROM information_schema.columns "
                                 "WHERE table_schema = current_schema() ORDER BY table_name, "
                                 "ordinal_position"):
            pg_tables.setdefault(r[0], []).append(r[1])
        assert pg_tables.pop("aliases")[-1] == "rowid"
        sq_tables.pop("aliases")
        assert pg_tables == sq_tables
        kinds = {(r[0], r[1]): (r[2], r[3]) for r in pg.conn.execute(
            "SELECT table_name, column_name, data_type, collation_name FROM "
            "information_schema.columns WHERE table_schema = current_schema()")}
        assert kinds["document_signatures", "signature"] == ("bytea", None)
        assert kinds["entities", "id"] == ("text", "C")
    finally:
        pg.close()
        sq.close()
    again = open_store(url)  # reopening applies nothing
    assert migrate(again.conn) == []
    again.close()


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_store_postgres_stores_opened_at_once_migrate_once(kind: str, tmp_path: Path, request):
    target = tmp_path / "kb.db" if kind == "sqlite" else request.getfixturevalue("pg_store")()
    errors, versions = [], []

    def open_one():  # each thread its own connection (sqlite3 objects stay in their thread)
        try:
            store = open_store(target)
            try:
                versions.append(sorted(r[0] for r in store.conn.execute(
                    "SELECT version FROM schema_migrations")))
            finally:
                store.close()
        except Exception as exc:  # noqa: BLE001 - collected for the assertion
            errors.append(exc)

    threads = [threading.Thread(target=open_one) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    assert versions == [[m.version for m in migrations()]] * 4


def test_store_postgres_writer_transactions_wait_for_each_other(pg_store):
    url = pg_store()
    first, second, reader = open_store(url), open_store(url), open_store(url)
    entered = threading.Event()

    def write():
        with second.transaction():
            entered.set()
            second.conn.execute("INSERT INTO entities (id, type, name, seq) VALUES (?,?,?,?)",
                                ("person:b", "person", "B", 2))

    try:
        with first.transaction():
            first.conn.execute("INSERT INTO entities (id, type, name, seq) VALUES (?,?,?,?)",
                               ("person:a", "person", "A", 1))
            t = threading.Thread(target=write)
            t.start()
            assert not entered.wait(0.5)  # held back by the advisory lock
            # readers are never held back
            assert reader.conn.execute("SELECT COUNT(*) FROM entities").fetchone()[0] == 0
        t.join(10)
        assert entered.is_set()
        ids = [r[0] for r in first.conn.execute("SELECT id FROM entities ORDER BY seq")]
        assert ids == ["person:a", "person:b"]
    finally:
        for store in (first, second, reader):
            store.close()


def test_store_postgres_failed_statement_rolls_back_the_transaction(pg_store):
    store = open_store(pg_store())
    try:
        with pytest.raises(Exception):
            with store.transaction():
                insert = "INSERT INTO entities (id, type, name) VALUES ('x', 'person', 'X')"
                store.conn.execute(insert)
                store.conn.execute(insert)  # the same primary key again
        assert store.conn.execute("SELECT COUNT(*) FROM entities").fetchone()[0] == 0
        with store.transaction():  # the connection is usable again
            store.conn.execute("INSERT INTO entities (id, type, name) VALUES ('y', 'person', 'Y')")
        assert store.conn.execute("SELECT COUNT(*) FROM entities").fetchone()[0] == 1
    finally:
        store.close()


def test_store_postgres_unreachable_server_is_a_store_error():
    from storyweave.errors import StoreError
    with pytest.raises(StoreError, match="cannot connect"):
        open_store("postgresql://nobody:pw@127.0.0.1:1/none")


# --------------------------------------------------------------------------- same results

@pytest.fixture(scope="module")
def both_stores(tmp_path_factory, request):
    """The sample corpus ingested with the CLI into a SQLite file and a PostgreSQL schema."""
    admin = request.getfixturevalue("pg_admin")  # skips without a server
    schema = f"sw_test_{uuid.uuid4().hex[:12]}"
    admin.execute(f"CREATE SCHEMA {schema}")
    url = pg_schema_url(PG_DSN, schema)
    sq = str(tmp_path_factory.mktemp("both") / "kb.db")
    for db in (sq, url):
        result = runner.invoke(app, ["ingest", str(CORPUS), "--db", db])
        assert result.exit_code == 0, result.output
    yield {"sqlite": sq, "postgresql": url}
    admin.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")


def test_store_postgres_export_json_identical_to_sqlite(both_stores):
    exports = {}
    for kind, db in both_stores.items():
        with KnowledgeBase(db) as kb:
            exports[kind] = export_json(kb.store)
    pg, sq = exports["postgresql"], exports["sqlite"]
    assert sq["entities"] and sq["facts"] and sq["quotes"] and sq["conflicts"]
    assert any(d["duplicate_of"] for d in sq["documents"])
    for key in sq:
        assert pg[key] == sq[key], key


@pytest.mark.parametrize("args", [
    ["export", "--format", "json"], ["export", "--format", "jsonld"],
    ["export", "--format", "ttl"], ["export", "--format", "graphml"],
    ["documents"], ["show", "Jonah Vale"], ["show", "greta lindqvist"],
    ["timeline", "Jonah Vale"], ["timeline", "Jonah Vale", "--with", "Greta Lindqvist"],
    ["ask", "When did Jonah Vale marry Greta Lindqvist?"],
    ["ask", "Who is Otto?"],
], ids=lambda a: "-".join(a).replace(" ", "_"))
def test_store_postgres_cli_output_identical_to_sqlite(both_stores, args: list[str]):
    out = {}
    for kind, db in both_stores.items():
        result = runner.invoke(app, [*args, "--db", db], env={"COLUMNS": "200"})
        assert result.exit_code == 0, (kind, result.output)
        out[kind] = result.output
    assert out["postgresql"] == out["sqlite"]


def test_store_postgres_cli_csv_export_and_summary(both_stores, tmp_path: Path):
    for kind, db in both_stores.items():
        result = runner.invoke(app, ["export", "--format", "csv", "--db", db, "-o",
                                     str(tmp_path / kind)])
        assert result.exit_code == 0, result.output
        result = runner.invoke(app, ["summary"], env={"STORYWEAVE_DB": db, "COLUMNS": "200"})
        assert result.exit_code == 0 and "documents" in result.output
    files = sorted(p.name for p in (tmp_path / "sqlite").iterdir())
    assert files and files == sorted(p.name for p in (tmp_path / "postgresql").iterdir())
    for name in files:
        pg_file, sq_file = tmp_path / "postgresql" / name, tmp_path / "sqlite" / name
        assert pg_file.read_bytes() == sq_file.read_bytes(), name


def test_store_postgres_api_answers_identical_to_sqlite(both_stores):
    from fastapi.testclient import TestClient

    from storyweave.use.api import create_app

    clients = {kind: TestClient(create_app(db)) for kind, db in both_stores.items()}
    first = clients["sqlite"].get("/api/entities", params={"limit": 500}).json()["items"]
    jonah = next(e["id"] for e in first if e["name"] == "Jonah Vale")
    fact = clients["sqlite"].get("/api/facts", params={"limit": 1}).json()["items"][0]["id"]
    paths = ["/api/documents", "/api/entities?limit=500", f"/api/entities/{jonah}",
             f"/api/entities/{jonah}/facts", f"/api/entities/{jonah}/conflicts",
             f"/api/entities/{jonah}/quotes", f"/api/entities/{jonah}/timeline",
             "/api/predicates", "/api/facts?limit=500", f"/api/facts/{fact}",
             f"/api/evidence/{fact}", "/api/conflicts", "/api/quotes?limit=500",
             "/api/quotes?outlet=the%20daily%20lantern", "/api/graph",
             "/api/ask?q=When%20did%20Jonah%20Vale%20marry%20Greta%20Lindqvist%3F",
             "/api/entities/person:nobody"]
    for path in paths:
        got = {kind: c.get(path) for kind, c in clients.items()}
        assert got["postgresql"].status_code == got["sqlite"].status_code, path
        assert got["postgresql"].json() == got["sqlite"].json(), path
    for path in ("/", f"/entities/{jonah}", "/timeline", "/quotes"):
        pages = {kind: c.get(path, headers={"accept": "text/html"}) for kind, c in clients.items()}
        assert pages["postgresql"].status_code == pages["sqlite"].status_code, path
        assert pages["postgresql"].text == pages["sqlite"].text, path


def test_store_postgres_serve_accepts_a_server_url(both_stores, monkeypatch: pytest.MonkeyPatch):
    import uvicorn
    served = []
    monkeypatch.setattr(uvicorn, "run", lambda application, **kw: served.append(application))
    result = runner.invoke(app, ["serve", "--db", both_stores["postgresql"]])
    assert result.exit_code == 0, result.output
    assert served and "postgresql://" in result.output


def test_store_postgres_ingest_twice_and_rebuild(pg_store, article_file: Path):
    url = pg_store()
    with KnowledgeBase(url) as kb:
        assert kb.ingest([article_file]).counts()["added"] == 1
        assert [e.status for e in kb.ingest([article_file]).events] == ["unchanged"]
        before = export_json(kb.store)
        kb.rebuild()
        assert export_json(kb.store) == before
        [doc] = kb.documents()
    assert doc.text == ARTICLE


def test_store_postgres_sqlite_row_factory_is_untouched(tmp_path: Path):
    store = open_store(tmp_path / "kb.db")
    try:
        assert isinstance(store.conn, sqlite3.Connection) and store.conn.row_factory is sqlite3.Row
    finally:
        store.close()


def test_store_postgres_lock_wait_is_short_when_idle(pg_store):
    store = open_store(pg_store())
    try:
        start = time.perf_counter()
        for _ in range(20):
            with store.transaction():
                pass
        assert time.perf_counter() - start < 2
    finally:
        store.close()
