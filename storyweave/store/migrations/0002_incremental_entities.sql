-- 0002 incremental entity resolution: a name index per entity, and claims that remember the
-- entities their document-local keys resolved to, so adding a document touches only what it
-- names.
CREATE TABLE entity_names (
  entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,             -- full | single | handle | birth
  count INTEGER NOT NULL,
  PRIMARY KEY (entity_id, name, kind)
);
CREATE TABLE entity_keys (        -- lookup keys: full:<name>, first:<word>, last:<word>, ...
  key TEXT NOT NULL,
  entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  PRIMARY KEY (key, entity_id)
);
ALTER TABLE entities ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
CREATE INDEX entities_seq ON entities(seq);
CREATE UNIQUE INDEX aliases_unique ON aliases(entity_id, name);
ALTER TABLE claims ADD COLUMN subject_entity TEXT;
ALTER TABLE claims ADD COLUMN object_entity TEXT;
ALTER TABLE claims ADD COLUMN place_entity TEXT;
CREATE INDEX claims_subject_entity ON claims(subject_entity);
CREATE INDEX claims_object_entity ON claims(object_entity);
CREATE INDEX mentions_local ON mentions(document_id, local_entity);
CREATE INDEX facts_object ON facts(object);
CREATE INDEX quotes_speaker ON quotes(speaker);
