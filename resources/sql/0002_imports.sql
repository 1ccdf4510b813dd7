-- Arborist schema, version 2: what an import brings that was not done here.
-- Labels arrive as Open-Assistant exports them, a mean and a count per label name
-- ({"spam": [0.5, 2], ...} as JSON); an export merges them with the label rows made here.
ALTER TABLE message ADD COLUMN imported_labels TEXT
;
-- OA's `ranking` of a ranking event: the ranked replies as indexes into the order the
-- annotator was shown. Rankings made here take it from their task.
ALTER TABLE ranking ADD COLUMN positions TEXT
;
-- Exports read trees in pages, oldest first: (created, id) after the last one of the page before.
CREATE INDEX tree_created ON tree (created, id)
;
-- The same for exports of one state (ready_for_export by default).
CREATE INDEX tree_state_created ON tree (state, created, id)
;
