-- 0004 lookups that stay fast on big stores. The conflicts a fact belongs to (an entity's
-- conflicts, fact views, and the refresh that replaces a touched entity's facts) and the
-- conflicts about one subject were found by scanning the whole table. The near-duplicate
-- lookup reads every document sharing a band: with the document id in the band index it
-- reads the index alone.
CREATE INDEX conflict_facts_fact ON conflict_facts(fact_id);
CREATE INDEX conflicts_subject ON conflicts(subject);
CREATE INDEX document_bands_covering ON document_bands(band, document_id);
DROP INDEX document_bands_band;
