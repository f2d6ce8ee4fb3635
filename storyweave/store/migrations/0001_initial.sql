-- 0001 initial: the whole provenance store. Offsets index documents.text.
CREATE TABLE documents (
  id TEXT PRIMARY KEY,            -- sha256 of the normalized text
  seq INTEGER NOT NULL UNIQUE,    -- ingest order, for deterministic listings
  path TEXT NOT NULL,
  url TEXT,
  title TEXT NOT NULL,
  outlet TEXT,
  text TEXT NOT NULL,
  published_earliest TEXT,
  published_latest TEXT,
  published_inferred INTEGER NOT NULL,
  published_source TEXT NOT NULL DEFAULT '',
  duplicate_of TEXT REFERENCES documents(id),
  analysis_version INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE removed (
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  reason TEXT NOT NULL
);
CREATE INDEX removed_document ON removed(document_id);
CREATE TABLE document_bands (     -- MinHash LSH bands of the kept text: near-duplicate lookup
  band TEXT NOT NULL,
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE
);
CREATE INDEX document_bands_band ON document_bands(band);
CREATE TABLE document_signatures (
  document_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  signature BLOB NOT NULL
);
CREATE TABLE entities (
  id TEXT PRIMARY KEY,
  type TEXT NOT NULL,
  name TEXT NOT NULL
);
CREATE TABLE aliases (
  entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  name TEXT NOT NULL,
  reason TEXT NOT NULL,
  document_id TEXT REFERENCES documents(id) ON DELETE CASCADE,
  start INTEGER,
  "end" INTEGER
);
CREATE INDEX aliases_entity ON aliases(entity_id);
CREATE INDEX aliases_name ON aliases(name COLLATE NOCASE);
CREATE TABLE mentions (
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  kind TEXT NOT NULL,
  label TEXT NOT NULL,
  local_entity TEXT,              -- the document-level cluster
  entity_id TEXT                  -- the knowledge-base entity after resolution
);
CREATE INDEX mentions_document ON mentions(document_id);
CREATE INDEX mentions_entity ON mentions(entity_id);
CREATE TABLE claims (
  id TEXT PRIMARY KEY,
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  subject TEXT NOT NULL,
  predicate TEXT NOT NULL,
  object TEXT,
  value TEXT,
  time_earliest TEXT,
  time_latest TEXT,
  time_granularity TEXT,
  time_text TEXT,
  place TEXT,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  cue TEXT NOT NULL DEFAULT ''
);
CREATE INDEX claims_document ON claims(document_id);
CREATE INDEX claims_subject ON claims(subject, predicate);
CREATE TABLE facts (
  id TEXT PRIMARY KEY,
  subject TEXT NOT NULL,
  predicate TEXT NOT NULL,
  object TEXT,
  value TEXT,
  time_earliest TEXT,
  time_latest TEXT,
  time_granularity TEXT,
  time_text TEXT,
  place TEXT,
  status TEXT NOT NULL
);
CREATE INDEX facts_subject ON facts(subject, predicate);
CREATE TABLE fact_claims (
  fact_id TEXT NOT NULL REFERENCES facts(id) ON DELETE CASCADE,
  claim_id TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
  PRIMARY KEY (fact_id, claim_id)
);
CREATE TABLE conflicts (
  id TEXT PRIMARY KEY,
  subject TEXT NOT NULL,
  predicate TEXT NOT NULL,
  explanation TEXT NOT NULL
);
CREATE TABLE conflict_facts (
  conflict_id TEXT NOT NULL REFERENCES conflicts(id) ON DELETE CASCADE,
  fact_id TEXT NOT NULL,
  PRIMARY KEY (conflict_id, fact_id)
);
CREATE TABLE quotes (
  id TEXT PRIMARY KEY,
  document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  start INTEGER NOT NULL,
  "end" INTEGER NOT NULL,
  text TEXT NOT NULL,
  speaker_local TEXT,
  speaker TEXT,
  outlet TEXT,
  cue_start INTEGER,
  cue_end INTEGER
);
CREATE INDEX quotes_document ON quotes(document_id);
