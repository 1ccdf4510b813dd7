-- Arborist schema, version 5: the lead's dashboard reads small aggregate tables instead of every
-- label, ranking and task. The facts are never changed for it: each fact table gets a "counted"
-- mark, and a partial index finds the rows not counted yet, which the dashboard adds to the
-- aggregates (Engine::updateStatistics) before it reads them. Writing a fact costs one index
-- entry more and takes no lock on a shared row, so concurrent annotators never queue behind
-- a counter. A purge, which deletes facts, sets every mark back and empties the aggregates.
ALTER TABLE text_label ADD COLUMN counted INTEGER NOT NULL DEFAULT 0
;
ALTER TABLE ranking ADD COLUMN counted INTEGER NOT NULL DEFAULT 0
;
ALTER TABLE task ADD COLUMN counted INTEGER NOT NULL DEFAULT 0
;
-- Keyed by the mark itself, so that rows come in the order they are stored (SQLite: rowid;
-- PostgreSQL: equal keys in heap order) and marking a batch rewrites neighbouring pages.
CREATE INDEX text_label_uncounted ON text_label (counted) WHERE counted = 0 AND task_id IS NOT NULL
;
CREATE INDEX ranking_uncounted ON ranking (counted) WHERE counted = 0
;
CREATE INDEX task_uncounted ON task (counted) WHERE counted = 0 AND finished IS NOT NULL
;
-- The browser's "trees with a task done on that day" (a click on the tasks chart).
CREATE INDEX task_done_finished ON task (finished, type) WHERE done = 1
;
-- Messages written and how their reviews decided, per author, from the index alone.
DROP INDEX message_user_created
;
CREATE INDEX message_user_created ON message (user_id, created, review_result)
;
-- One row, locked by whoever updates the aggregates, so that two dashboards never count a row
-- twice.
CREATE TABLE stat_state (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    updated     BIGINT NOT NULL
)
;
INSERT INTO stat_state (id, updated) VALUES (1, 0)
;
-- Values given per label and step (step = value * 4; flags are 0 and 4), review tasks only.
CREATE TABLE stat_label (
    label       TEXT NOT NULL,
    step        INTEGER NOT NULL,
    given       BIGINT NOT NULL,
    PRIMARY KEY (label, step)
)
;
-- Krippendorff's coincidence matrix per label over the five steps (see core/agreement.h), and
-- how many units (messages with two or more values) and values are behind it.
CREATE TABLE stat_label_pair (
    label       TEXT NOT NULL,
    c           INTEGER NOT NULL,
    k           INTEGER NOT NULL,
    weight      DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (label, c, k)
)
;
CREATE TABLE stat_label_units (
    label           TEXT PRIMARY KEY,
    units           BIGINT NOT NULL,
    pairable_values BIGINT NOT NULL
)
;
-- Kendall's W of each sibling group, recomputed from all its rankings when one arrives.
CREATE TABLE stat_ranking_group (
    parent_id   TEXT PRIMARY KEY,
    tree_id     TEXT NOT NULL,
    rankings    INTEGER NOT NULL,
    items       INTEGER NOT NULL,
    w           DOUBLE PRECISION
)
;
CREATE INDEX stat_ranking_group_w ON stat_ranking_group (w, tree_id)
;
-- Finished tasks per day (UTC, ms of its midnight) and type.
CREATE TABLE stat_task_day (
    day         BIGINT NOT NULL,
    type        TEXT NOT NULL,
    done        BIGINT NOT NULL,
    skipped     BIGINT NOT NULL,
    PRIMARY KEY (day, type)
)
;
-- Per annotator and day: tasks done and skipped, and the durations of the done ones (from
-- receiving the task to finishing it) as a histogram (bucket bounds in statistics.cpp).
CREATE TABLE stat_annotator_day (
    user_id     TEXT NOT NULL,
    day         BIGINT NOT NULL,
    done        BIGINT NOT NULL,
    skipped     BIGINT NOT NULL,
    PRIMARY KEY (user_id, day)
)
;
CREATE TABLE stat_annotator_duration (
    user_id     TEXT NOT NULL,
    day         BIGINT NOT NULL,
    bucket      INTEGER NOT NULL,
    tasks       BIGINT NOT NULL,
    PRIMARY KEY (user_id, day, bucket)
)
