#!/usr/bin/env python3
"""Plain Python baseline for bench_transfer: the standard library only (json, sqlite3).

    baseline_import.py import FILE DB     read an Open-Assistant tree JSONL file (one tree object a
                                          line, nested "replies") with json, flatten it and insert
                                          every tree and message into a new sqlite3 database DB in
                                          one transaction
    baseline_import.py export DB FILE     read the rows back, rebuild the nested trees and write
                                          one json.dumps line per tree

    baseline_import.py FILE DB            the same as "import FILE DB"

Prints one JSON line on stdout: operation, trees, messages, seconds (in the script, after the
interpreter started), peak_rss_kb (resource.getrusage(RUSAGE_SELF).ru_maxrss).

This is what a short script would do, not a copy of Arborist's import: one table of trees, one
of messages with the columns of the file (labels, emojis and events kept as JSON text), primary
keys and an index on tree_id, no users, no checks of the workflow's rules, no rankings or
emoji rows, no audit log. Arborist does all of those; the ratio is the price of doing them.
"""

import json
import os
import resource
import sqlite3
import sys
import time

SCHEMA = """
CREATE TABLE tree (
    id          TEXT PRIMARY KEY,
    state       TEXT,
    lang        TEXT,
    origin      TEXT
);
CREATE TABLE message (
    id            TEXT PRIMARY KEY,
    tree_id       TEXT NOT NULL,
    parent_id     TEXT,
    user_id       TEXT,
    created_date  TEXT,
    role          TEXT NOT NULL,
    text          TEXT NOT NULL,
    lang          TEXT,
    review_count  INTEGER,
    review_result INTEGER,
    deleted       INTEGER,
    rank          INTEGER,
    synthetic     INTEGER,
    model_name    TEXT,
    emojis        TEXT,
    labels        TEXT,
    events        TEXT,
    position      INTEGER NOT NULL
);
CREATE INDEX message_tree ON message (tree_id);
"""

MESSAGE_COLUMNS = ("id", "tree_id", "parent_id", "user_id", "created_date", "role", "text", "lang",
                   "review_count", "review_result", "deleted", "rank", "synthetic", "model_name",
                   "emojis", "labels", "events", "position")
BOOL_KEYS = ("review_result", "deleted", "synthetic")
JSON_KEYS = ("emojis", "labels", "events")


def as_int(value):
    if value is None:
        return None
    return int(value)


def json_text(value):
    return None if value is None else json.dumps(value, separators=(",", ":"))


def flatten(node, tree_id, parent_id, rows):
    """Appends the message and its replies (depth first) to rows."""
    rows.append((
        node["message_id"], tree_id, node.get("parent_id", parent_id), node.get("user_id"),
        node.get("created_date"), node["role"], node["text"], node.get("lang"),
        node.get("review_count"), as_int(node.get("review_result")), as_int(node.get("deleted")),
        node.get("rank"), as_int(node.get("synthetic")), node.get("model_name"),
        json_text(node.get("emojis")), json_text(node.get("labels")), json_text(node.get("events")),
        len(rows),
    ))
    for reply in node.get("replies", ()):
        flatten(reply, tree_id, node["message_id"], rows)


def do_import(path, db_path):
    if os.path.exists(db_path):
        os.remove(db_path)
    start = time.perf_counter()
    con = sqlite3.connect(db_path, isolation_level=None)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=NORMAL")
    con.executescript(SCHEMA)
    trees = messages = 0
    insert_tree = "INSERT INTO tree (id, state, lang, origin) VALUES (?, ?, ?, ?)"
    insert_message = "INSERT INTO message (%s) VALUES (%s)" % (
        ", ".join(MESSAGE_COLUMNS), ", ".join("?" * len(MESSAGE_COLUMNS)))
    con.execute("BEGIN")
    with open(path, "r", encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            tree = json.loads(line)
            prompt = tree["prompt"]
            tree_id = tree.get("message_tree_id", prompt["message_id"])
            rows = []
            flatten(prompt, tree_id, None, rows)
            con.execute(insert_tree, (tree_id, tree.get("tree_state"), prompt.get("lang"), tree.get("origin")))
            con.executemany(insert_message, rows)
            trees += 1
            messages += len(rows)
    con.execute("COMMIT")
    con.close()
    return trees, messages, time.perf_counter() - start


def do_export(db_path, path):
    start = time.perf_counter()
    con = sqlite3.connect(db_path)
    trees = messages = 0
    columns = [c for c in MESSAGE_COLUMNS if c not in ("tree_id", "position")]
    select = "SELECT %s FROM message WHERE tree_id = ? ORDER BY position" % ", ".join(columns)
    with open(path, "w", encoding="utf-8") as out:
        for tree_id, state, origin in con.execute("SELECT id, state, origin FROM tree ORDER BY id").fetchall():
            nodes = {}
            root = None
            for row in con.execute(select, (tree_id,)):
                node = {"message_id": row[0]}
                for key, value in zip(columns[1:], row[1:]):
                    if value is None:
                        continue
                    if key in BOOL_KEYS:
                        value = bool(value)
                    elif key in JSON_KEYS:
                        value = json.loads(value)
                    node[key] = value
                nodes[row[0]] = node
                parent = nodes.get(row[1]) if row[1] else None
                if parent is None:
                    root = node
                else:
                    parent.setdefault("replies", []).append(node)
                messages += 1
            line = {"message_tree_id": tree_id, "tree_state": state, "prompt": root}
            if origin is not None:
                line["origin"] = origin
            out.write(json.dumps(line, ensure_ascii=False))
            out.write("\n")
            trees += 1
    con.close()
    return trees, messages, time.perf_counter() - start


def main(argv):
    if len(argv) == 2:
        argv = ["import"] + argv
    if len(argv) != 3 or argv[0] not in ("import", "export"):
        sys.stderr.write(__doc__)
        return 2
    if argv[0] == "import":
        trees, messages, seconds = do_import(argv[1], argv[2])
    else:
        trees, messages, seconds = do_export(argv[1], argv[2])
    print(json.dumps({"operation": argv[0], "trees": trees, "messages": messages, "seconds": seconds,
                      "peak_rss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                      "python": sys.version.split()[0], "sqlite": sqlite3.sqlite_version}))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
