-- 0005 cross-document dating (store/dating.py) looks for undated documents each time one is
-- stored: by their publication source, which a dated corpus never has to scan for, and by
-- the claims of one subject that still carry a relative time.
CREATE INDEX documents_published_source ON documents(published_source);
CREATE INDEX claims_subject_predicate ON claims(subject_entity, predicate);
