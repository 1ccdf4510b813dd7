// The tree state machine (WORKFLOW.md §1, with the decisions of §10).

#include "engine/engine.h"

#include "core/acceptance.h"
#include "core/rankedpairs.h"
#include "engine/engine_p.h"
#include "store/database.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace Arborist {

using namespace detail;

namespace {
// What the tree rules of core/acceptance.h read of a tree's messages.
QList<MessageStatus> messageStatuses(Database &db, const QString &treeId)
{
    QList<MessageStatus> messages;
    for (const Row &r : db.rows(u"SELECT id, parent_id, role, deleted, review_result FROM message WHERE tree_id = ?"_s,
                                {treeId})) {
        messages.append({r[0].toString(), r[1].toString(),
                         messageRoleFromString(r[2].toString()).value_or(MessageRole::Prompter), r[3].toInt() != 0,
                         optionalBool(r[4])});
    }
    return messages;
}
} // namespace

std::optional<Engine::TreeRow> Engine::treeRow(const QString &treeId)
{
    if (treeId.isEmpty())
        return std::nullopt;
    const QList<Row> rows = m_db.rows(
        u"SELECT id, state, active, lang, goal_tree_size, max_depth, max_children_count, won_lottery_at "
        "FROM tree WHERE id = ?"_s, {treeId});
    if (rows.isEmpty())
        return std::nullopt;
    const Row &r = rows[0];
    return TreeRow{r[0].toString(), treeStateFromString(r[1].toString()).value_or(TreeState::HaltedByModerator),
                   r[2].toInt() != 0, r[3].toString(), r[4].toInt(), r[5].toInt(), r[6].toInt(),
                   r[7].isNull() ? 0 : r[7].toLongLong()};
}

// §1.2, with §10.1: entering prompt_lottery_waiting rolls no backlog dice.
void Engine::enterState(const QString &treeId, TreeState state)
{
    const std::optional<TreeRow> before = treeRow(treeId);
    if (!before)
        return;
    const bool active = !isTerminal(state);
    m_db.exec(u"UPDATE tree SET state = ?, active = ?, updated = ?, won_lottery_at = CASE WHEN ? = 1 AND "
              "won_lottery_at IS NULL THEN ? ELSE won_lottery_at END WHERE id = ?"_s,
              {toString(state), active ? 1 : 0, now(), state == TreeState::Growing ? 1 : 0, now(), treeId});
    if (!isTerminal(state) || !before->active || state == TreeState::PromptLotteryWaiting)
        return;
    if (!m_db.value(u"SELECT id FROM message WHERE id = ?"_s, {treeId}).isValid())
        return;
    if (uniform() < m_settings.pActivateBacklogTree)
        activateBacklogTree(before->lang);
    if (m_settings.minActiveRankingsPerLang > 0
        && incompleteRankingParents(before->lang) < m_settings.minActiveRankingsPerLang)
        activateBacklogTree(before->lang);
}

// §4.5 with §10.5: decided once, when review_count reaches the setting.
void Engine::decideReview(const QString &messageId)
{
    const QList<Row> rows = m_db.rows(
        u"SELECT review_count, review_result, parent_id IS NULL FROM message WHERE id = ?"_s, {messageId});
    if (rows.isEmpty() || !rows[0][1].isNull())
        return;
    const bool isRoot = rows[0][2].toInt() != 0;
    const ReviewRule rule = reviewRule(isRoot, m_settings);
    if (rows[0][0].toInt() < rule.required)
        return;
    QList<LabelValues> reviews;
    // The reviews of label tasks: such a row is written in the transaction that marks its task
    // done. `task_id IS NOT NULL` lets both planners use the partial index text_label_task_once,
    // with or without statistics; nothing else is joined, so that a plan PostgreSQL cached while
    // the task table was small (a sequential scan of it) cannot grow with the history.
    for (const Row &r : m_db.rows(u"SELECT labels FROM text_label WHERE message_id = ? AND task_id IS NOT NULL"_s,
                                  {messageId}))
        reviews << labelValuesFromJson(r[0].toString());
    const ReviewDecision decision = decideMessage(reviews, rows[0][0].toInt(), rule);
    if (decision == ReviewDecision::Pending)
        return;
    m_db.exec(u"UPDATE message SET review_result = ? WHERE id = ?"_s,
              {decision == ReviewDecision::Accepted ? 1 : 0, messageId});
}

// T2 / T3.
void Engine::checkPromptAccepted(const QString &treeId)
{
    const std::optional<TreeRow> tree = treeRow(treeId);
    if (!tree || !tree->active || tree->state != TreeState::InitialPromptReview)
        return;
    const QVariant result = m_db.value(u"SELECT review_result FROM message WHERE id = ?"_s, {treeId});
    const std::optional<bool> accepted = optionalBool(result);
    if (!accepted)
        return;
    enterState(treeId, *accepted ? TreeState::PromptLotteryWaiting : TreeState::AbortedLowGrade);
}

// T5 / T6, and with §10.8 straight on to T7 when there is nothing to rank.
void Engine::checkGrowingDone(const QString &treeId)
{
    const std::optional<TreeRow> tree = treeRow(treeId);
    if (!tree || !tree->active || tree->state != TreeState::Growing)
        return;
    switch (decideGrowth(messageStatuses(m_db, treeId), tree->goalTreeSize)) {
    case GrowthDecision::KeepGrowing:
        return;
    case GrowthDecision::Halted:
        enterState(treeId, TreeState::HaltedByModerator);
        return;
    case GrowthDecision::Ranking:
        break;
    }
    enterState(treeId, TreeState::Ranking);
    checkRankingsDone(treeId);
}

QList<QString> Engine::rankableParents(const QString &treeId)
{
    return Arborist::rankableParents(messageStatuses(m_db, treeId), m_settings.rankPrompterReplies);
}

// T7 / T8, and T9 for trees in scoring_failed.
void Engine::checkRankingsDone(const QString &treeId)
{
    const std::optional<TreeRow> tree = treeRow(treeId);
    if (!tree)
        return;
    const bool retry = tree->state == TreeState::ScoringFailed;
    if (!retry && (!tree->active || (tree->state != TreeState::Ranking && tree->state != TreeState::ReadyForScoring)))
        return;
    const QList<QString> parents = rankableParents(treeId);
    for (const QString &parent : parents) {
        if (m_db.value(u"SELECT COUNT(*) FROM ranking WHERE parent_id = ?"_s, {parent}).toInt()
            < m_settings.numRequiredRankings) {
            if (retry)
                enterState(treeId, TreeState::Ranking);
            return;
        }
    }
    if (tree->state != TreeState::ReadyForScoring)
        enterState(treeId, TreeState::ReadyForScoring);
    try {
        writeRanks(parents);
    } catch (const WorkflowError &) {
        enterState(treeId, TreeState::ScoringFailed);
        return;
    }
    enterState(treeId, TreeState::ReadyForExport);
}

// §5.6: consensus per rankable parent; the siblings outside the consensus get no rank. A stored
// ranking that is not a list of this parent's replies is corrupt: scoring fails (T8) rather
// than silently ranking on what is left.
void Engine::writeRanks(const QList<QString> &parents)
{
    for (const QString &parent : parents) {
        QStringList childList;
        for (const Row &r : m_db.rows(u"SELECT id FROM message WHERE parent_id = ?"_s, {parent}))
            childList << r[0].toString();
        const QSet<QString> children(childList.cbegin(), childList.cend());
        QList<QStringList> votes;
        for (const Row &r : m_db.rows(u"SELECT id, ranked_ids FROM ranking WHERE parent_id = ? ORDER BY created, id"_s,
                                      {parent})) {
            const QJsonDocument doc = QJsonDocument::fromJson(r[1].toString().toUtf8());
            QStringList vote;
            for (const QJsonValue &v : doc.array()) {
                if (!v.isString() || !children.contains(v.toString())) {
                    throw WorkflowError(ErrorCode::InvalidRanking,
                                        tr("Ranking %1 of the replies to %2 names %3, which is not one of them.")
                                            .arg(r[0].toString(), parent, v.toString()));
                }
                vote << v.toString();
            }
            if (!doc.isArray() || vote.isEmpty())
                throw WorkflowError(ErrorCode::InvalidRanking, tr("Ranking %1 is not a list of ids.").arg(r[0].toString()));
            votes << vote;
        }
        if (votes.isEmpty())
            continue;
        const std::optional<QList<std::optional<int>>> ranks = siblingRanks(childList, votes);
        if (!ranks)
            continue;
        for (qsizetype i = 0; i < childList.size(); ++i) {
            m_db.exec(u"UPDATE message SET rank = ? WHERE id = ?"_s,
                      {ranks->at(i) ? QVariant(*ranks->at(i)) : QVariant(QMetaType(QMetaType::Int)), childList.at(i)});
        }
    }
}

int Engine::incompleteRankingParents(const QString &lang)
{
    const QString roleFilter = m_settings.rankPrompterReplies ? QString() : u" AND c.role = 'assistant'"_s;
    return m_db.value(
        // Grouped by the children's parent_id, without joining the parent, as query E: the plan
        // starts from the few active trees even before PostgreSQL has statistics.
        u"SELECT COUNT(*) FROM (SELECT c.parent_id FROM tree t CROSS JOIN message c WHERE c.tree_id = t.id "
        "AND t.active = 1 AND t.state = 'ranking' AND t.lang = ? AND c.review_result = 1 AND c.deleted = 0"_s
            + roleFilter
            + u" GROUP BY c.parent_id HAVING COUNT(*) > 1 AND (SELECT COUNT(*) FROM ranking r WHERE r.parent_id = "
              "c.parent_id) < ?) g"_s,
        {lang, m_settings.numRequiredRankings}).toInt();
}

// T10.
void Engine::activateBacklogTree(const QString &lang)
{
    for (;;) {
        const QVariant id = m_db.value(u"SELECT id FROM tree WHERE state = 'backlog_ranking' AND lang = ? "
                                       "ORDER BY created, id LIMIT 1"_s, {lang});
        if (!id.isValid())
            return;
        // Another transaction may have activated or halted it meanwhile: lock, then look again.
        m_db.lockRow(u"tree"_s, id);
        if (treeRow(id.toString())->state != TreeState::BacklogRanking)
            continue;
        if (rankableParents(id.toString()).isEmpty()) {
            enterState(id.toString(), TreeState::AbortedLowGrade);
            continue;
        }
        enterState(id.toString(), TreeState::Ranking);
        return;
    }
}

// T11 / T12 for one message, run whenever a red flag or reply skip is added.
void Engine::autoModerateMessage(const QString &messageId)
{
    if (!m_settings.autoModEnabled)
        return;
    const QList<Row> rows = m_db.rows(
        u"SELECT m.tree_id, m.parent_id IS NULL, m.deleted, m.review_result, m.review_count, t.active, t.state, "
        "(SELECT count FROM emoji_count e WHERE e.message_id = m.id AND e.emoji = 'red_flag'), "
        "(SELECT count FROM emoji_count e WHERE e.message_id = m.id AND e.emoji = '_skip_reply') "
        "FROM message m JOIN tree t ON t.id = m.tree_id WHERE m.id = ?"_s, {messageId});
    if (rows.isEmpty())
        return;
    const Row &r = rows[0];
    const QString treeId = r[0].toString();
    const bool isRoot = r[1].toInt() != 0;
    const QString state = r[6].toString();
    if (r[2].toInt() != 0 || r[5].toInt() == 0
        || (state != "initial_prompt_review"_L1 && state != "growing"_L1))
        return;
    const bool accepted = optionalBool(r[3]).value_or(false);
    if (!(isRoot || accepted || r[4].toInt() < m_settings.numReviewsReply))
        return;
    if (r[7].toInt() >= m_settings.autoModRedFlags) {
        if (isRoot) {
            enterState(treeId, TreeState::AbortedLowGrade);
            return;
        }
        setDeleted(messageId, true, false);
    }
    if (r[8].toInt() >= m_settings.autoModMaxSkipReply)
        enterState(treeId, TreeState::HaltedByModerator);
}

void Engine::autoModerateTree(const QString &treeId)
{
    if (!m_settings.autoModEnabled)
        return;
    for (const Row &r : m_db.rows(u"SELECT DISTINCT e.message_id FROM emoji_count e JOIN message m ON m.id = "
                                  "e.message_id WHERE m.tree_id = ? AND ((e.emoji = 'red_flag' AND e.count >= ?) "
                                  "OR (e.emoji = '_skip_reply' AND e.count >= ?))"_s,
                                  {treeId, m_settings.autoModRedFlags, m_settings.autoModMaxSkipReply}))
        autoModerateMessage(r[0].toString());
}

// T13 unhalt and T16: revive a tree where it left off.
void Engine::reactivate(const QString &treeId)
{
    const std::optional<TreeRow> tree = treeRow(treeId);
    if (!tree || tree->state == TreeState::PromptLotteryWaiting)
        return;
    if (tree->wonLotteryAt != 0) {
        enterState(treeId, TreeState::Growing);
        autoModerateTree(treeId);
        checkGrowingDone(treeId);
    } else {
        enterState(treeId, TreeState::InitialPromptReview);
        autoModerateTree(treeId);
        checkPromptAccepted(treeId);
    }
}

// T14.
void Engine::haltWaitingPromptsOf(const QString &userId)
{
    m_db.exec(u"UPDATE tree SET state = 'halted_by_moderator', active = 0, updated = ? WHERE state = "
              "'prompt_lottery_waiting' AND id IN (SELECT id FROM message WHERE parent_id IS NULL AND user_id = ?)"_s,
              {now(), userId});
}

// After moderation changed a tree's messages, re-run the checks of its state (§10.9).
void Engine::recheckTree(const QString &treeId)
{
    const std::optional<TreeRow> tree = treeRow(treeId);
    if (!tree)
        return;
    switch (tree->state) {
    case TreeState::InitialPromptReview:
        checkPromptAccepted(treeId);
        break;
    case TreeState::Growing:
        checkGrowingDone(treeId);
        break;
    case TreeState::Ranking:
    case TreeState::ReadyForScoring:
        checkRankingsDone(treeId);
        break;
    default:
        break;
    }
}

// Delete works downwards (the message and its descendants); undelete restores the message, its
// ancestors (so that it is reachable) and its descendants, undoing a delete completely.
void Engine::setDeleted(const QString &messageId, bool deleted, bool ancestors)
{
    QStringList ids{messageId};
    for (int i = 0; i < ids.size(); ++i) {
        for (const Row &r : m_db.rows(u"SELECT id FROM message WHERE parent_id = ?"_s, {ids[i]}))
            ids << r[0].toString();
    }
    if (ancestors) {
        QString current = m_db.value(u"SELECT parent_id FROM message WHERE id = ?"_s, {messageId}).toString();
        while (!current.isEmpty()) {
            ids << current;
            current = m_db.value(u"SELECT parent_id FROM message WHERE id = ?"_s, {current}).toString();
        }
    }
    for (const QString &id : ids)
        m_db.exec(u"UPDATE message SET deleted = ? WHERE id = ?"_s, {deleted ? 1 : 0, id});
}

// T15 (startup reconciliation) with T14 and auto-moderation.
void Engine::reconcile()
{
    m_db.transact([&] {
        loadSettings();
        // (a) roots without a tree row.
        for (const Row &r : m_db.rows(u"SELECT m.id, m.lang, m.created, (SELECT COUNT(*) FROM message x WHERE "
                                      "x.tree_id = m.id) FROM message m WHERE m.parent_id IS NULL AND NOT EXISTS "
                                      "(SELECT 1 FROM tree t WHERE t.id = m.id)"_s)) {
            m_db.exec(u"INSERT INTO tree (id, state, active, lang, goal_tree_size, max_depth, max_children_count, "
                      "created, updated) VALUES (?, ?, 1, ?, ?, ?, ?, ?, ?)"_s,
                      {r[0], r[3].toInt() == 1 ? u"initial_prompt_review"_s : u"growing"_s, r[1],
                       m_settings.goalTreeSize, m_settings.maxTreeDepth, m_settings.maxChildrenCount, r[2], now()});
        }
        // (b) T14.
        for (const Row &r : m_db.rows(u"SELECT id FROM app_user WHERE enabled = 0 OR deleted = 1"_s))
            haltWaitingPromptsOf(r[0].toString());
        // (c) re-check every active tree, so that changed settings take effect: pending reviews
        // that now have enough labels are decided, then the tree's own check runs.
        for (const Row &r : m_db.rows(u"SELECT id, state FROM tree WHERE active = 1 ORDER BY created, id"_s)) {
            const QString id = r[0].toString();
            const QString state = r[1].toString();
            if (state == "initial_prompt_review"_L1 || state == "growing"_L1) {
                autoModerateTree(id);
                for (const Row &m : m_db.rows(u"SELECT id FROM message WHERE tree_id = ? AND review_result IS NULL "
                                              "AND deleted = 0 AND review_count > 0 ORDER BY created, id"_s, {id}))
                    decideReview(m[0].toString());
            }
            recheckTree(id);
        }
    });
}

int Engine::retryScoring()
{
    int count = 0;
    m_db.transact([&] {
        count = 0; // the lambda runs again after a retried conflict
        loadSettings();
        for (const Row &r : m_db.rows(u"SELECT id FROM tree WHERE state = 'scoring_failed' ORDER BY id"_s)) {
            ++count;
            m_db.lockRow(u"tree"_s, r[0]);
            checkRankingsDone(r[0].toString());
        }
    });
    return count;
}

} // namespace Arborist
