-- Arborist schema, version 3: a revision of the workflow settings, raised by every change,
-- so that an operation reads one number with its user's row instead of every setting.
CREATE TABLE settings_revision (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    revision    BIGINT NOT NULL
)
;
INSERT INTO settings_revision (id, revision) VALUES (1, 1)
;
