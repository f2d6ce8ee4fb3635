"""What differs between the SQL dialects the store speaks: SQLite (embedded) and PostgreSQL.

The store's SQL is written once, in SQLite's dialect with `?` placeholders, using portable forms
where they exist (`INSERT ... ON CONFLICT DO NOTHING`, `lower(x) = lower(?)`). What is left is
translated here:

- statements: `?` placeholders become `%s` (psycopg's), and a literal `%` becomes `%%`; a `?`
  inside a string literal, a quoted identifier or a comment stays as it is. An empty list,
  `x IN ()` (SQLite: false; code builds `IN ({marks})` from lists that may be empty), becomes
  `x = ANY('{}')`, and `x NOT IN ()` becomes `x <> ALL('{}')` (true).
- migrations (DDL): `BLOB` becomes `BYTEA`; `TEXT` becomes `TEXT COLLATE "C"` so that
  `ORDER BY` on text sorts by code point exactly as SQLite's BINARY collation does, whatever
  the database's default collation (ids and exports stay identical across backends); an index
  on `x COLLATE NOCASE` becomes an index on `lower(x)` (what case-insensitive lookups use).
  A migration `NNNN_name.sql` may have a companion `NNNN_name.postgresql.sql` whose statements
  run after it, in the same transaction, on PostgreSQL only (e.g. the `rowid` column SQLite has
  implicitly).
"""
from __future__ import annotations

import re
from functools import lru_cache

SQLITE = "sqlite"
POSTGRESQL = "postgresql"

SERVER_SCHEMES = ("postgresql://", "postgres://")


def is_postgres_url(target) -> bool:
    """Whether a store target names a PostgreSQL database rather than a SQLite file."""
    return isinstance(target, str) and target.lower().startswith(SERVER_SCHEMES)


_TOKEN = re.compile(
    r"""'(?:[^']|'')*'?        # string literal ('' escapes a quote)
      | "(?:[^"]|"")*"?        # quoted identifier
      | --[^\n]*               # line comment
      | /\*.*?(?:\*/|$)        # block comment
      | \b(?:NOT\s+)?IN\s*\(\s*\)  # an empty list
      | [?%]                   # placeholder, or a percent sign to escape
    """, re.S | re.X | re.I)


@lru_cache(maxsize=2048)
def to_pyformat(sql: str) -> str:
    """`?` placeholders to psycopg's `%s`, with every literal `%` doubled (psycopg reads `%`
    everywhere, literals included); `?` in literals, identifiers and comments is kept."""
    def sub(m: re.Match) -> str:
        tok = m.group(0)
        if tok == "?":
            return "%s"
        if tok[0] in "nNiI":
            return "<> ALL('{}')" if tok[0] in "nN" else "= ANY('{}')"
        return tok.replace("%", "%%")
    return _TOKEN.sub(sub, sql)


_DDL_RULES = [
    (re.compile(r"\bBLOB\b"), "BYTEA"),
    (re.compile(r"\bTEXT\b"), 'TEXT COLLATE "C"'),
    (re.compile(r"(\w+) COLLATE NOCASE"), r"lower(\1)"),
]


def translate_ddl(statement: str, dialect: str) -> str:
    """A migration statement (written for SQLite) in `dialect`."""
    if dialect == SQLITE:
        return statement
    if dialect != POSTGRESQL:
        raise ValueError(f"unknown SQL dialect {dialect!r}")
    for pattern, replacement in _DDL_RULES:
        statement = pattern.sub(replacement, statement)
    return statement
