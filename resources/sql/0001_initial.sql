-- Arborist schema, version 1. One statement per block, separated by lines holding only ';'.
-- {{...}} placeholders are filled in per dialect by store/sqldialect.cpp.
-- Booleans are INTEGER 0/1 and times are milliseconds since the epoch (UTC) on both backends.
CREATE TABLE app_user (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role        TEXT NOT NULL,
    lang        TEXT NOT NULL,
    enabled     INTEGER NOT NULL DEFAULT 1,
    deleted     INTEGER NOT NULL DEFAULT 0,
    created     BIGINT NOT NULL
)
;
CREATE TABLE setting (
    key         TEXT PRIMARY KEY,
    value       TEXT NOT NULL,
    updated     BIGINT NOT NULL,
    updated_by  TEXT
)
;
CREATE TABLE audit_log (
    id          {{AUTO_ID}},
    at          BIGINT NOT NULL,
    user_id     TEXT,
    action      TEXT NOT NULL,
    object_type TEXT NOT NULL,
    object_id   TEXT NOT NULL,
    before_value TEXT,
    after_value TEXT,
    reason      TEXT
)
;
CREATE INDEX audit_log_object ON audit_log (object_type, object_id)
;
CREATE TABLE tree (
    id                  TEXT PRIMARY KEY,
    state               TEXT NOT NULL,
    active              INTEGER NOT NULL,
    lang                TEXT NOT NULL,
    goal_tree_size      INTEGER NOT NULL,
    max_depth           INTEGER NOT NULL,
    max_children_count  INTEGER NOT NULL,
    origin              TEXT,
    won_lottery_at      BIGINT,
    created             BIGINT NOT NULL,
    updated             BIGINT NOT NULL
)
;
CREATE INDEX tree_state_lang ON tree (state, lang)
;
CREATE INDEX tree_active_state_lang ON tree (active, state, lang)
;
CREATE TABLE message (
    id              TEXT PRIMARY KEY,
    tree_id         TEXT NOT NULL,
    parent_id       TEXT REFERENCES message (id),
    task_id         TEXT,
    user_id         TEXT REFERENCES app_user (id),
    role            TEXT NOT NULL,
    text            TEXT NOT NULL,
    lang            TEXT NOT NULL,
    depth           INTEGER NOT NULL,
    children_count  INTEGER NOT NULL DEFAULT 0,
    deleted         INTEGER NOT NULL DEFAULT 0,
    review_count    INTEGER NOT NULL DEFAULT 0,
    review_result   INTEGER,
    ranking_count   INTEGER NOT NULL DEFAULT 0,
    rank            INTEGER,
    synthetic       INTEGER NOT NULL DEFAULT 0,
    model_name      TEXT,
    edited          INTEGER NOT NULL DEFAULT 0,
    created         BIGINT NOT NULL
)
;
CREATE INDEX message_tree ON message (tree_id)
;
-- (parent_id, user_id): children of a message, and "has this user replied to it" in one probe,
-- whatever the planner knows about the tables.
CREATE INDEX message_parent_user ON message (parent_id, user_id)
;
CREATE INDEX message_user_created ON message (user_id, created)
;
CREATE INDEX message_task ON message (task_id)
;
CREATE TABLE task (
    id          TEXT PRIMARY KEY,
    type        TEXT NOT NULL,
    kind        TEXT NOT NULL,
    user_id     TEXT NOT NULL REFERENCES app_user (id),
    lang        TEXT NOT NULL,
    created     BIGINT NOT NULL,
    expiry      BIGINT NOT NULL,
    done        INTEGER NOT NULL DEFAULT 0,
    skipped     INTEGER NOT NULL DEFAULT 0,
    skip_reason TEXT,
    tree_id     TEXT,
    parent_id   TEXT,
    mode        TEXT,
    payload     TEXT NOT NULL,
    result_message_id TEXT,
    finished    BIGINT
)
;
CREATE INDEX task_open_parent ON task (parent_id, expiry) WHERE done = 0 AND skipped = 0
;
CREATE INDEX task_open_user ON task (user_id, created) WHERE done = 0 AND skipped = 0
;
CREATE INDEX task_open_tree ON task (tree_id, kind) WHERE done = 0 AND skipped = 0
;
CREATE INDEX task_user_finished ON task (user_id, finished)
;
CREATE TABLE text_label (
    id          TEXT PRIMARY KEY,
    task_id     TEXT,
    message_id  TEXT NOT NULL REFERENCES message (id),
    user_id     TEXT NOT NULL REFERENCES app_user (id),
    created     BIGINT NOT NULL,
    labels      TEXT NOT NULL,
    text        TEXT,
    is_report   INTEGER NOT NULL DEFAULT 0
)
;
CREATE UNIQUE INDEX text_label_task_once ON text_label (message_id, user_id) WHERE task_id IS NOT NULL
;
CREATE UNIQUE INDEX text_label_free_once ON text_label (message_id, user_id) WHERE task_id IS NULL
;
CREATE INDEX text_label_task ON text_label (task_id)
;
CREATE TABLE ranking (
    id              TEXT PRIMARY KEY,
    task_id         TEXT,
    parent_id       TEXT NOT NULL REFERENCES message (id),
    tree_id         TEXT NOT NULL,
    user_id         TEXT NOT NULL REFERENCES app_user (id),
    created         BIGINT NOT NULL,
    ranked_ids      TEXT NOT NULL,
    not_rankable    INTEGER NOT NULL DEFAULT 0
)
;
CREATE UNIQUE INDEX ranking_once ON ranking (parent_id, user_id)
;
CREATE INDEX ranking_tree ON ranking (tree_id)
;
CREATE INDEX ranking_task ON ranking (task_id)
;
CREATE TABLE message_emoji (
    message_id  TEXT NOT NULL REFERENCES message (id),
    user_id     TEXT NOT NULL REFERENCES app_user (id),
    emoji       TEXT NOT NULL,
    created     BIGINT NOT NULL,
    PRIMARY KEY (message_id, user_id, emoji)
)
;
CREATE TABLE emoji_count (
    message_id  TEXT NOT NULL REFERENCES message (id),
    emoji       TEXT NOT NULL,
    count       INTEGER NOT NULL,
    PRIMARY KEY (message_id, emoji)
)
;
CREATE TABLE message_revision (
    id          TEXT PRIMARY KEY,
    message_id  TEXT NOT NULL REFERENCES message (id),
    user_id     TEXT,
    text        TEXT NOT NULL,
    created     BIGINT NOT NULL
)
;
CREATE INDEX message_revision_message ON message_revision (message_id, created)

;
-- Positions 0..2 that one ranking gave to a user's message (reply_ranked_1/2/3 of §5.7); the
-- prompt lottery weighs authors by their first places of the last 30 days.
CREATE TABLE rank_position (
    ranking_id  TEXT NOT NULL,
    user_id     TEXT NOT NULL,
    position    INTEGER NOT NULL,
    at          BIGINT NOT NULL
)
;
CREATE INDEX rank_position_user ON rank_position (user_id, position, at)
