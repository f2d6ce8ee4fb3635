-- 0001 on PostgreSQL only: the insertion-order column SQLite gives every table implicitly.
-- Aliases are listed in the order they were found (`ORDER BY rowid`); a BIGSERIAL appended as
-- the last column keeps positional `INSERT INTO aliases VALUES (...)` of six values working.
ALTER TABLE aliases ADD COLUMN rowid BIGSERIAL;
