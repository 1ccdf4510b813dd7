-- Arborist schema, version 4: the lead's browser finds trees by words of their prompt.
--
-- SQLite: an FTS5 index of the prompts (root messages), keyed by the message's rowid. Bulk
-- imports stay fast because inserts are not indexed as they happen: the first search after
-- new prompts arrive indexes every prompt whose rowid is above prompt_search_state (one
-- INSERT ... SELECT), and edits and deletions of prompts are followed by triggers.
--@sqlite
CREATE VIRTUAL TABLE prompt_search USING fts5(text, tokenize = 'unicode61 remove_diacritics 2')
;
--@sqlite
CREATE TABLE prompt_search_state (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    indexed_rowid   INTEGER NOT NULL
)
;
--@sqlite
INSERT INTO prompt_search_state (id, indexed_rowid) VALUES (1, 0)
;
--@sqlite
CREATE TRIGGER prompt_search_edit AFTER UPDATE OF text ON message WHEN new.parent_id IS NULL
BEGIN
    UPDATE prompt_search SET text = new.text WHERE rowid = new.rowid;
END
;
-- A deleted row's rowid may be given to the next message: searches index again from below it.
--@sqlite
CREATE TRIGGER prompt_search_drop AFTER DELETE ON message
BEGIN
    DELETE FROM prompt_search WHERE rowid = old.rowid;
    UPDATE prompt_search_state SET indexed_rowid = MIN(indexed_rowid, old.rowid - 1);
END
;
-- PostgreSQL: an expression index over the prompts' words, kept by the server.
--@postgresql
CREATE INDEX message_prompt_search ON message USING GIN (to_tsvector('simple', text)) WHERE parent_id IS NULL
;
