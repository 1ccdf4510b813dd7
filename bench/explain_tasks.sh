#!/bin/sh
# Query plans of the availability queries (WORKFLOW.md §3.3 A–E, the prompt lottery) and of the
# checks a submit runs, on a database built by bench_tasks:
#
#   bench/explain_tasks.sh sqlite /path/to/bench.db [USER]      EXPLAIN QUERY PLAN, then timings
#   bench/explain_tasks.sh pg "host=127.0.0.1 port=55432 user=postgres dbname=arborist_bench" [USER]
#                                                               EXPLAIN (ANALYZE, BUFFERS)
#
# USER is an annotator's name (default a01). The SQL is copied from src/engine/tasks.cpp and
# transitions.cpp (commit 9536df5) with the values written in; refresh it when those change.
set -eu

backend=${1:?usage: explain_tasks.sh sqlite FILE [USER] | pg CONNINFO [USER]}
target=${2:?usage: explain_tasks.sh sqlite FILE [USER] | pg CONNINFO [USER]}
name=${3:-a01}
now=$(($(date +%s) * 1000))

case $backend in
sqlite) q() { sqlite3 "$target" "$1"; } ;;
pg) q() { psql -X -q -A -t "$target" -c "$1"; } ;;
*) echo "backend: sqlite or pg" >&2; exit 2 ;;
esac
user=$(q "SELECT id FROM app_user WHERE name = '$name'")
[ -n "$user" ] || { echo "no user $name" >&2; exit 1; }
parent=$(q "SELECT m.id FROM message m JOIN tree t ON t.id = m.tree_id WHERE t.state = 'growing' AND m.role = 'prompter' ORDER BY m.created LIMIT 1")
tree=$(q "SELECT id FROM tree WHERE state = 'growing' ORDER BY created LIMIT 1")

open="k.done = 0 AND k.skipped = 0 AND k.expiry > $now"

queries() {
cat <<EOF
pending tasks (requestTask)
SELECT COUNT(*) FROM task WHERE user_id = '$user' AND done = 0 AND skipped = 0 AND created > $((now - 300000))
lottery: waiting prompts
SELECT COUNT(*) FROM tree WHERE state = 'prompt_lottery_waiting' AND lang = 'en'
lottery: authors
SELECT m.user_id, (SELECT COUNT(*) FROM rank_position p WHERE p.user_id = m.user_id AND p.position = 0 AND p.at > $((now - 2592000000))) FROM tree t JOIN message m ON m.id = t.id JOIN app_user u ON u.id = m.user_id WHERE t.state = 'prompt_lottery_waiting' AND t.lang = 'en' AND m.deleted = 0 AND m.review_result = 1 AND u.enabled = 1 AND u.deleted = 0 GROUP BY m.user_id ORDER BY m.user_id
C: prompts needing review
SELECT m.id, m.tree_id, m.role FROM tree t CROSS JOIN message m WHERE m.id = t.id AND m.parent_id IS NULL AND t.active = 1 AND t.state = 'initial_prompt_review' AND t.lang = 'en' AND m.lang = 'en' AND m.deleted = 0 AND m.review_result IS NULL AND (m.user_id IS NULL OR m.user_id <> '$user') AND m.review_count + (SELECT COUNT(*) FROM task k WHERE k.parent_id = m.id AND k.kind = 'label' AND $open) < 3 AND NOT EXISTS (SELECT 1 FROM message_emoji e WHERE e.message_id = m.id AND e.user_id = '$user' AND e.emoji = '_skip_labeling') AND NOT EXISTS (SELECT 1 FROM text_label l WHERE l.message_id = m.id AND l.user_id = '$user' AND l.task_id IS NOT NULL) AND NOT EXISTS (SELECT 1 FROM task k WHERE k.parent_id = m.id AND k.user_id = '$user' AND k.kind = 'label' AND $open) ORDER BY m.created, m.id
D: replies needing review
SELECT m.id, m.tree_id, m.role FROM tree t CROSS JOIN message m WHERE m.tree_id = t.id AND m.parent_id IS NOT NULL AND t.active = 1 AND t.state = 'growing' AND t.lang = 'en' AND m.lang = 'en' AND m.deleted = 0 AND m.review_result IS NULL AND (m.user_id IS NULL OR m.user_id <> '$user') AND m.review_count + (SELECT COUNT(*) FROM task k WHERE k.parent_id = m.id AND k.kind = 'label' AND $open) < 3 AND NOT EXISTS (SELECT 1 FROM message_emoji e WHERE e.message_id = m.id AND e.user_id = '$user' AND e.emoji = '_skip_labeling') AND NOT EXISTS (SELECT 1 FROM text_label l WHERE l.message_id = m.id AND l.user_id = '$user' AND l.task_id IS NOT NULL) AND NOT EXISTS (SELECT 1 FROM task k WHERE k.parent_id = m.id AND k.user_id = '$user' AND k.kind = 'label' AND $open) ORDER BY m.created, m.id
B: extendible trees
SELECT t.id, t.goal_tree_size, (SELECT COUNT(*) FROM message m WHERE m.tree_id = t.id AND m.deleted = 0 AND ((m.parent_id IS NOT NULL AND (m.review_result IS NULL OR m.review_result = 1)) OR (m.parent_id IS NULL AND m.review_result = 1))), (SELECT COUNT(*) FROM task k WHERE k.tree_id = t.id AND k.kind = 'reply' AND $open) FROM tree t WHERE t.active = 1 AND t.state = 'growing' AND t.lang = 'en'
A: extendible parents
SELECT m.id, m.tree_id, m.role, t.max_children_count, (SELECT COUNT(*) FROM message c WHERE c.parent_id = m.id AND c.deleted = 0 AND (c.review_result IS NULL OR c.review_result = 1)), (SELECT COUNT(*) FROM task k WHERE k.parent_id = m.id AND k.kind = 'reply' AND $open) FROM tree t CROSS JOIN message m WHERE m.tree_id = t.id AND t.active = 1 AND t.state = 'growing' AND t.lang = 'en' AND m.lang = 'en' AND m.deleted = 0 AND m.review_result = 1 AND m.depth < t.max_depth AND NOT EXISTS (SELECT 1 FROM message_emoji e WHERE e.message_id = m.id AND e.user_id = '$user' AND e.emoji = '_skip_reply') AND NOT EXISTS (SELECT 1 FROM message c WHERE c.parent_id = m.id AND c.deleted = 0 AND c.user_id = '$user') AND NOT EXISTS (SELECT 1 FROM task k WHERE k.parent_id = m.id AND k.user_id = '$user' AND k.kind = 'reply' AND $open) ORDER BY m.created, m.id
E: incomplete rankings
SELECT p.id, p.tree_id, c.role FROM tree t CROSS JOIN message c JOIN message p ON p.id = c.parent_id WHERE c.tree_id = t.id AND t.active = 1 AND t.state = 'ranking' AND t.lang = 'en' AND c.review_result = 1 AND c.deleted = 0 AND p.lang = 'en' AND c.role = 'assistant' AND NOT EXISTS (SELECT 1 FROM message_emoji e WHERE e.message_id = p.id AND e.user_id = '$user' AND e.emoji = '_skip_ranking') AND NOT EXISTS (SELECT 1 FROM ranking r WHERE r.parent_id = p.id AND r.user_id = '$user') AND NOT EXISTS (SELECT 1 FROM task k WHERE k.parent_id = p.id AND k.user_id = '$user' AND k.kind = 'ranking' AND $open) GROUP BY p.id, p.tree_id, c.role, p.created HAVING COUNT(*) > 1 AND SUM(CASE WHEN c.user_id = '$user' THEN 1 ELSE 0 END) = 0 AND (SELECT COUNT(*) FROM ranking r WHERE r.parent_id = p.id) + (SELECT COUNT(*) FROM task k WHERE k.parent_id = p.id AND k.kind = 'ranking' AND $open) < 3 ORDER BY p.created, p.id
submit: duplicate text
SELECT COUNT(*) FROM message WHERE user_id = '$user' AND created > $((now - 7200000)) AND text = 'x'
submit: duplicate reply
SELECT COUNT(*) FROM message WHERE parent_id = '$parent' AND user_id = '$user' AND deleted = 0
submit: review decision
SELECT l.labels FROM text_label l JOIN task k ON k.id = l.task_id WHERE l.message_id = '$parent' AND k.done = 1
submit: growing done
SELECT COUNT(*) FROM message WHERE tree_id = '$tree' AND deleted = 0 AND review_result = 1
submit: backlog activation
SELECT id FROM tree WHERE state = 'backlog_ranking' AND lang = 'en' ORDER BY created, id LIMIT 1
EOF
}

queries | while IFS= read -r title && IFS= read -r sql; do
    echo "== $title"
    if [ "$backend" = sqlite ]; then
        sqlite3 "$target" "EXPLAIN QUERY PLAN $sql"
        # Twice in one connection: the second run shows the time with a warm page cache.
        printf '.timer on\nSELECT COUNT(*) FROM (%s);\nSELECT COUNT(*) FROM (%s);\n' "$sql" "$sql" |
            sqlite3 "$target" | sed -n 's/^Run Time: real \([0-9.]*\).*/   time: \1 s/p'
    else
        psql -X -q "$target" -c "EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) $sql"
    fi
done
