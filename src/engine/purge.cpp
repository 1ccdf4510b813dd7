// T16: purging a user's messages (WORKFLOW.md §8.4).

#include "engine/engine.h"

#include "engine/engine_p.h"
#include "store/database.h"
#include "store/serverroles.h"

#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Arborist {

using namespace detail;

namespace {
// Rows that hang off one message, removed with it (rankings of its sibling group are handled
// by the caller, because they hang off the parent).
void deleteMessageRows(Database &db, const QString &id)
{
    db.exec(u"DELETE FROM task WHERE kind = 'label' AND parent_id = ?"_s, {id});
    db.exec(u"DELETE FROM text_label WHERE message_id = ?"_s, {id});
    db.exec(u"DELETE FROM message_emoji WHERE message_id = ?"_s, {id});
    db.exec(u"DELETE FROM emoji_count WHERE message_id = ?"_s, {id});
    db.exec(u"DELETE FROM message_revision WHERE message_id = ?"_s, {id});
    db.exec(u"DELETE FROM task WHERE kind IN ('reply', 'ranking') AND parent_id = ?"_s, {id});
    db.exec(u"DELETE FROM rank_position WHERE ranking_id IN (SELECT id FROM ranking WHERE parent_id = ?)"_s, {id});
    db.exec(u"DELETE FROM ranking WHERE parent_id = ?"_s, {id});
    db.exec(u"DELETE FROM task WHERE id = (SELECT task_id FROM message WHERE id = ?)"_s, {id});
    db.exec(u"DELETE FROM message WHERE id = ?"_s, {id});
}
} // namespace

PurgeResult Engine::purgeUser(const QString &actorName, const QString &name, bool ban)
{
    PurgeResult result;
    m_db.transact([&] {
        result = PurgeResult{}; // the lambda runs again after a retried conflict
        // First the dashboard's lock (resetStatistics at the end needs it): a dashboard counting
        // meanwhile would otherwise wait for rows this purge deletes while it waits for the lock.
        m_db.lockRow(u"stat_state"_s, 1);
        const Actor actor = requireUser(actorName);
        if (!canManageUsers(actor.role))
            throw WorkflowError(ErrorCode::PermissionDenied, tr("%1 is not an admin; only admins purge users.").arg(actor.name));
        loadSettings();
        const QList<Row> users = m_db.rows(u"SELECT id FROM app_user WHERE name = ? AND deleted = 0"_s, {name});
        if (users.isEmpty())
            throw WorkflowError(ErrorCode::UnknownUser, tr("There is no user called \"%1\".").arg(name));
        const QString userId = users[0][0].toString();

        // 1. Their prompts: whole trees go.
        for (const Row &r : m_db.rows(u"SELECT id FROM message WHERE user_id = ? AND parent_id IS NULL"_s, {userId})) {
            const QString tree = r[0].toString();
            m_db.lockRow(u"tree"_s, tree);
            QList<Row> messages = m_db.rows(u"SELECT id FROM message WHERE tree_id = ? ORDER BY depth DESC"_s, {tree});
            for (const Row &m : messages)
                deleteMessageRows(m_db, m[0].toString());
            m_db.exec(u"DELETE FROM task WHERE tree_id = ?"_s, {tree});
            m_db.exec(u"DELETE FROM tree WHERE id = ?"_s, {tree});
            result.messagesDeleted += int(messages.size());
            ++result.treesDeleted;
        }

        // 2. Their replies in other trees, with everything below them, deepest first. A removed
        // reply invalidates the rankings of its sibling group.
        // Lock the trees first, in a fixed order, then read what to delete under the locks.
        QStringList trees;
        for (const Row &r : m_db.rows(u"SELECT DISTINCT tree_id FROM message WHERE user_id = ? AND parent_id IS NOT "
                                      "NULL ORDER BY tree_id"_s, {userId})) {
            trees << r[0].toString();
            m_db.lockRow(u"tree"_s, r[0]);
        }
        QSet<QString> parents;
        QStringList doomed;
        QHash<QString, int> depthOf;
        for (const Row &r : m_db.rows(u"SELECT id, parent_id, depth FROM message WHERE user_id = ? AND parent_id IS NOT "
                                      "NULL"_s,
                                      {userId})) {
            parents.insert(r[1].toString());
            doomed << r[0].toString();
            depthOf.insert(r[0].toString(), r[2].toInt());
        }
        for (int i = 0; i < doomed.size(); ++i) {
            for (const Row &c : m_db.rows(u"SELECT id, depth FROM message WHERE parent_id = ?"_s, {doomed[i]})) {
                if (!depthOf.contains(c[0].toString())) {
                    doomed << c[0].toString();
                    depthOf.insert(c[0].toString(), c[1].toInt());
                }
            }
        }
        // Deepest first: one of their replies may lie below another one of theirs, with someone
        // else's message between them.
        std::stable_sort(doomed.begin(), doomed.end(),
                         [&depthOf](const QString &a, const QString &b) { return depthOf[a] > depthOf[b]; });
        for (const QString &parent : parents) {
            m_db.exec(u"DELETE FROM rank_position WHERE ranking_id IN (SELECT id FROM ranking WHERE parent_id = ?)"_s, {parent});
            m_db.exec(u"DELETE FROM task WHERE kind = 'ranking' AND parent_id = ?"_s, {parent});
            m_db.exec(u"DELETE FROM ranking WHERE parent_id = ?"_s, {parent});
            m_db.exec(u"UPDATE message SET ranking_count = 0, rank = NULL WHERE parent_id = ?"_s, {parent});
        }
        for (const QString &id : std::as_const(doomed))
            deleteMessageRows(m_db, id);
        result.messagesDeleted += int(doomed.size());

        // 3. Counters from what is left, and the trees revived where they left off (T13 unhalt).
        for (const QString &tree : trees) {
            if (!treeRow(tree))
                continue;
            m_db.exec(u"UPDATE message SET children_count = (SELECT COUNT(*) FROM message c WHERE c.parent_id = "
                      "message.id) WHERE tree_id = ?"_s, {tree});
            reactivate(tree);
            ++result.treesReactivated;
        }

        if (ban) {
            m_db.exec(u"UPDATE app_user SET enabled = 0 WHERE id = ?"_s, {userId});
            if (ServerRoles::installed(m_db)) // a banned user's login can no longer connect
                loginCall(u"arborist_set_login_enabled(?, false)"_s, {name});
        }
        // Labels, rankings and tasks were deleted: the dashboard counts everything again.
        resetStatistics();
        audit(actor, ban ? u"user_purge_ban"_s : u"user_purge"_s, u"user"_s, userId, {},
              tr("%1 messages and %2 trees deleted").arg(result.messagesDeleted).arg(result.treesDeleted), {});
    });
    return result;
}

} // namespace Arborist
