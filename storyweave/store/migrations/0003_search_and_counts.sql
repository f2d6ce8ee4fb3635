-- 0003 search and counts that stay fast on big stores: every word of every alias as a search
-- term (exact and prefix lookups use the index), and each entity's mention count.
CREATE TABLE search_terms (
  term TEXT NOT NULL,             -- a lower-cased alias, or one word of it
  entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  PRIMARY KEY (term, entity_id)
);
ALTER TABLE entities ADD COLUMN mentions INTEGER NOT NULL DEFAULT 0;
CREATE INDEX entities_mentions ON entities(mentions);
