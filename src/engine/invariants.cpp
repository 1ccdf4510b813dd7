// Invariant checks (WORKFLOW.md §10.13).

#include "engine/engine.h"

#include "core/ids.h"
#include "engine/engine_p.h"
#include "store/database.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace Arborist {

using namespace detail;

InvariantReport Engine::checkInvariants()
{
    InvariantReport report;
    m_db.read([&] {
        const WorkflowSettings s = loadSettings();
        auto each = [&](const QString &sql, const QVariantList &binds, const std::function<QString(const Row &)> &say) {
            for (const Row &r : m_db.rows(sql, binds))
                report.violations << say(r);
        };
        // Imported messages (no task) all belong to the importing system user.
        each(u"SELECT parent_id, user_id, COUNT(*) FROM message WHERE deleted = 0 AND parent_id IS NOT NULL AND "
             "task_id IS NOT NULL GROUP BY parent_id, user_id HAVING COUNT(*) > 1"_s, {},
             [](const Row &r) { return u"user %1 has %2 replies to message %3"_s.arg(r[1].toString(), r[2].toString(), r[0].toString()); });
        each(u"SELECT message_id, user_id, COUNT(*) FROM text_label WHERE task_id IS NOT NULL GROUP BY message_id, "
             "user_id HAVING COUNT(*) > 1"_s, {},
             [](const Row &r) { return u"user %1 reviewed message %2 %3 times"_s.arg(r[1].toString(), r[0].toString(), r[2].toString()); });
        each(u"SELECT parent_id, user_id, COUNT(*) FROM ranking GROUP BY parent_id, user_id HAVING COUNT(*) > 1"_s, {},
             [](const Row &r) { return u"user %1 ranked the replies to %2 %3 times"_s.arg(r[1].toString(), r[0].toString(), r[2].toString()); });
        each(u"SELECT id FROM task WHERE done = 1 AND skipped = 1"_s, {},
             [](const Row &r) { return u"task %1 is both done and skipped"_s.arg(r[0].toString()); });
        each(u"SELECT k.id, (SELECT COUNT(*) FROM message m WHERE m.task_id = k.id) FROM task k WHERE k.kind IN "
             "('prompt', 'reply') AND ((k.done = 1 AND (SELECT COUNT(*) FROM message m WHERE m.task_id = k.id) <> 1) "
             "OR (k.done = 0 AND (SELECT COUNT(*) FROM message m WHERE m.task_id = k.id) <> 0))"_s, {},
             [](const Row &r) { return u"reply task %1 produced %2 messages"_s.arg(r[0].toString(), r[1].toString()); });
        each(u"SELECT k.id, (SELECT COUNT(*) FROM text_label l WHERE l.task_id = k.id) FROM task k WHERE k.kind = "
             "'label' AND (SELECT COUNT(*) FROM text_label l WHERE l.task_id = k.id) <> k.done"_s, {},
             [](const Row &r) { return u"label task %1 stored %2 reviews"_s.arg(r[0].toString(), r[1].toString()); });
        each(u"SELECT k.id, (SELECT COUNT(*) FROM ranking r WHERE r.task_id = k.id) FROM task k WHERE k.kind = "
             "'ranking' AND (SELECT COUNT(*) FROM ranking r WHERE r.task_id = k.id) <> k.done"_s, {},
             [](const Row &r) { return u"ranking task %1 stored %2 rankings"_s.arg(r[0].toString(), r[1].toString()); });
        // Derived counters agree with the facts.
        each(u"SELECT m.id, m.review_count, (SELECT COUNT(*) FROM text_label l WHERE l.message_id = m.id AND "
             "l.task_id IS NOT NULL) FROM message m JOIN tree t ON t.id = m.tree_id WHERE t.origin IS NULL AND "
             "m.review_count <> (SELECT COUNT(*) FROM text_label l WHERE l.message_id = m.id AND l.task_id IS NOT NULL)"_s, {},
             [](const Row &r) { return u"message %1 counts %2 reviews but has %3"_s.arg(r[0].toString(), r[1].toString(), r[2].toString()); });
        each(u"SELECT m.id, m.children_count, (SELECT COUNT(*) FROM message c WHERE c.parent_id = m.id) FROM message m "
             "WHERE m.children_count <> (SELECT COUNT(*) FROM message c WHERE c.parent_id = m.id)"_s, {},
             [](const Row &r) { return u"message %1 counts %2 children but has %3"_s.arg(r[0].toString(), r[1].toString(), r[2].toString()); });
        each(u"SELECT id, state, active FROM tree WHERE (active = 1 AND state NOT IN ('initial_prompt_review', "
             "'growing', 'ranking', 'ready_for_scoring')) OR (active = 0 AND state IN ('initial_prompt_review', "
             "'growing', 'ranking', 'ready_for_scoring'))"_s, {},
             [](const Row &r) { return u"tree %1 is %2 but active=%3"_s.arg(r[0].toString(), r[1].toString(), r[2].toString()); });
        // No overshoot (§10.3): reviews, rankings and children stay within their settings.
        each(u"SELECT m.id, m.review_count FROM message m JOIN tree t ON t.id = m.tree_id WHERE t.origin IS NULL AND "
             "((m.parent_id IS NULL AND m.review_count > ?) OR (m.parent_id IS NOT NULL AND m.review_count > ?))"_s,
             {s.numReviewsInitialPrompt, s.numReviewsReply},
             [](const Row &r) { return u"message %1 has %2 reviews, more than required"_s.arg(r[0].toString(), r[1].toString()); });
        each(u"SELECT r.parent_id, COUNT(*) FROM ranking r JOIN tree t ON t.id = r.tree_id WHERE t.origin IS NULL "
             "GROUP BY r.parent_id HAVING COUNT(*) > ?"_s, {s.numRequiredRankings},
             [](const Row &r) { return u"the replies to %1 were ranked %2 times, more than required"_s.arg(r[0].toString(), r[1].toString()); });
        for (const Row &r : m_db.rows(
                 u"SELECT m.id, m.role, t.max_children_count, (SELECT COUNT(*) FROM message c WHERE c.parent_id = m.id "
                 "AND c.deleted = 0 AND (c.review_result IS NULL OR c.review_result = 1)) FROM message m JOIN tree t "
                 "ON t.id = m.tree_id WHERE t.origin IS NULL AND m.children_count > 0"_s)) {
            const MessageRole role = messageRoleFromString(r[1].toString()).value_or(MessageRole::Prompter);
            if (r[3].toInt() > s.childLimit(role, r[2].toInt())) {
                report.violations << u"message %1 has %2 counted replies, more than its limit %3"_s.arg(
                    r[0].toString(), r[3].toString(), QString::number(s.childLimit(role, r[2].toInt())));
            }
        }
    });
    return report;
}

} // namespace Arborist
