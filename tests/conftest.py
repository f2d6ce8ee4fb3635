"""Shared fixtures: hand-written articles, temporary stores, and the optional ../shared data."""
from __future__ import annotations

import os
import uuid
from pathlib import Path
from urllib.parse import quote

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPUS = ROOT / "examples" / "corpus"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, skipping the test (with the reason shown) when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is not available (../shared is only beside the development clone)")
    return path


ARTICLE = """Harbor Lights Owner Opens Second Restaurant

Marisol Quenby opened her second restaurant in Portland on Friday, three years after the first.

"We wanted a room where families could linger," Quenby told the Daily Lantern.

RELATED: Ten Bakeries Worth The Drive This Winter

Quenby, 41, trained in Lyon before returning home in 2012.
"""


@pytest.fixture
def article_file(tmp_path: Path) -> Path:
    path = tmp_path / "articles" / "quenby.txt"
    path.parent.mkdir()
    path.write_text(ARTICLE, encoding="utf-8")
    return path


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "kb.db"


# --------------------------------------------------------------------------- store backends
# Tests that take `any_db` (or `new_store`) run once on SQLite and once on PostgreSQL. The
# PostgreSQL variant needs a server: STORYWEAVE_PG_DSN, a `postgresql://` URL that `make test`
# (scripts/test.sh) sets after starting a throwaway cluster. Each store is a fresh schema of
# that database (the URL selects it with `options=-csearch_path=...`), dropped afterwards.
PG_DSN = os.environ.get("STORYWEAVE_PG_DSN", "")
NO_PG = "STORYWEAVE_PG_DSN is not set: PostgreSQL store tests need a server (make test starts one)"


def pg_schema_url(dsn: str, schema: str) -> str:
    """`dsn` with `search_path` set to `schema` (a libpq URL query parameter)."""
    return dsn + ("&" if "?" in dsn else "?") + "options=" + quote(f"-csearch_path={schema}")


@pytest.fixture(scope="session")
def pg_admin():
    """An autocommit connection to the test server (skips when STORYWEAVE_PG_DSN is unset)."""
    if not PG_DSN:
        pytest.skip(NO_PG)
    import psycopg  # the server is there: a missing driver is an error, not a skip
    conn = psycopg.connect(PG_DSN, autocommit=True, connect_timeout=10)
    yield conn
    conn.close()


@pytest.fixture
def pg_store(pg_admin):
    """A factory of fresh, empty PostgreSQL stores: `pg_store()` → a `postgresql://` URL."""
    schemas: list[str] = []

    def make() -> str:
        schema = f"sw_test_{uuid.uuid4().hex[:12]}"
        pg_admin.execute(f"CREATE SCHEMA {schema}")
        schemas.append(schema)
        return pg_schema_url(PG_DSN, schema)

    yield make
    for schema in schemas:
        pg_admin.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request) -> str:
    return request.param


@pytest.fixture
def new_store(backend: str, tmp_path: Path, request):
    """A factory of fresh store targets on the test's backend: `new_store("name")` → a SQLite
    file path, or the URL of a fresh PostgreSQL schema."""
    if backend == "sqlite":
        return lambda name="kb": tmp_path / f"{name}.db"
    make = request.getfixturevalue("pg_store")
    return lambda name="kb": make()


@pytest.fixture
def any_db(new_store):
    """One fresh store on each backend (see `new_store`)."""
    return new_store("kb")
