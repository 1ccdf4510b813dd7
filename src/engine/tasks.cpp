// Task availability, requests, submissions and skips (WORKFLOW.md §3, §4.4, §5.3, §10.3).

#include "engine/engine.h"

#include "core/acceptance.h"
#include "core/ids.h"
#include "core/taskselection.h"
#include "engine/engine_p.h"
#include "store/database.h"

#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Arborist {

using namespace detail;

struct Engine::Candidates
{
    struct LabelTarget
    {
        QString messageId;
        QString treeId;
        MessageRole role;
    };
    struct ReplyParent
    {
        QString id;
        QString treeId;
        MessageRole role;
        int counted;
    };
    struct RankGroup
    {
        QString parentId;
        QString treeId;
        MessageRole childRole;
    };
    int missingPrompts = 0;
    QList<LabelTarget> promptReviews; // query C
    QList<LabelTarget> replyReviews;  // query D
    QList<ReplyParent> replyParents;  // query A restricted to the trees of B
    int missingReplies = 0;           // Σ remaining_messages over B
    QList<RankGroup> rankGroups;      // query E
    bool lotteryWantsDraw = false;    // T4 would activate a tree, which needs the language's lock
};

namespace {

// An open task holds its slot until done, skipped or expired (§10.3).
const QString kOpen = u"k.done = 0 AND k.skipped = 0 AND k.expiry > ?"_s;

QString taskTypeForReplyParent(MessageRole parentRole)
{
    return toString(parentRole == MessageRole::Prompter ? TaskType::AssistantReply : TaskType::PrompterReply);
}

} // namespace

QJsonObject Task::toJson() const
{
    auto messages = [](const QList<ConversationMessage> &list) {
        QJsonArray array;
        for (const ConversationMessage &m : list) {
            QJsonObject o{{u"id"_s, m.id}, {u"role"_s, toString(m.role)}, {u"text"_s, m.text},
                          {u"lang"_s, m.lang}};
            if (m.synthetic)
                o.insert(u"synthetic"_s, *m.synthetic);
            array << o;
        }
        return array;
    };
    auto orNull = [](const QString &s) { return s.isEmpty() ? QJsonValue() : QJsonValue(s); };
    QJsonObject o{{u"id"_s, id},
                  {u"type"_s, toString(type)},
                  {u"lang"_s, lang},
                  {u"tree_id"_s, orNull(treeId)},
                  {u"parent_id"_s, orNull(parentId)},
                  {u"message_id"_s, orNull(messageId)},
                  {u"conversation"_s, messages(conversation)},
                  {u"replies"_s, messages(replies)},
                  {u"valid_labels"_s, toJsonArray(validLabels)},
                  {u"mandatory_labels"_s, toJsonArray(mandatoryLabels)},
                  {u"mode"_s, mode ? QJsonValue(toString(*mode)) : QJsonValue()},
                  {u"created"_s, created},
                  {u"expiry"_s, expiry}};
    if (kindOf(type) == TaskKind::Ranking)
        o.insert(u"reveal_synthetic"_s, revealSynthetic);
    return o;
}

// T4: the prompt lottery. Returns the number of initial-prompt tasks available. With
// maxActivate = 0 it only counts, and tells through wantsDraw whether it would activate a tree.
int Engine::promptLottery(const QString &lang, int maxActivate, bool *wantsDraw)
{
    const WorkflowSettings &s = m_settings;
    int activated = 0;
    for (;;) {
        int waiting = 0, inReview = 0, growing = 0;
        for (const Row &r : m_db.rows(u"SELECT state, active, COUNT(*) FROM tree WHERE lang = ? AND state IN "
                                      "('prompt_lottery_waiting', 'initial_prompt_review', 'growing') "
                                      "GROUP BY state, active"_s, {lang})) {
            const QString state = r[0].toString();
            if (state == "prompt_lottery_waiting"_L1)
                waiting += r[2].toInt(); // active or not
            else if (r[1].toInt() == 1)
                (state == "growing"_L1 ? growing : inReview) += r[2].toInt();
        }
        const int remainingLottery = std::max(0, s.maxPromptLotteryWaiting - waiting);
        const int remainingReview = std::max(0, s.maxInitialPromptReview - inReview);
        const int missingGrowing = std::max(0, s.maxActiveTrees - growing);
        const int available = std::min(missingGrowing + remainingReview, remainingLottery);
        if (missingGrowing == 0 || activated >= maxActivate) {
            if (wantsDraw)
                *wantsDraw = missingGrowing > 0 && waiting > 0 && maxActivate == 0;
            return available;
        }

        // Draw an author in proportion to 1 + their first places in the last 30 days.
        const qint64 monthAgo = now() - 30LL * 24 * 3600 * 1000;
        const QList<Row> authors = m_db.rows(
            u"SELECT m.user_id, (SELECT COUNT(*) FROM rank_position p WHERE p.user_id = m.user_id "
            "AND p.position = 0 AND p.at > ?) FROM tree t JOIN message m ON m.id = t.id "
            "JOIN app_user u ON u.id = m.user_id WHERE t.state = 'prompt_lottery_waiting' AND t.lang = ? "
            "AND m.deleted = 0 AND m.review_result = 1 AND u.enabled = 1 AND u.deleted = 0 "
            "GROUP BY m.user_id ORDER BY m.user_id"_s,
            {monthAgo, lang});
        if (authors.isEmpty())
            return available;
        double total = 0;
        for (const Row &a : authors)
            total += a[1].toDouble() + 1.0;
        double target = uniform() * total;
        QString author = authors.last()[0].toString();
        for (const Row &a : authors) {
            target -= a[1].toDouble() + 1.0;
            if (target < 0) {
                author = a[0].toString();
                break;
            }
        }
        const QList<Row> prompts = m_db.rows(
            u"SELECT t.id FROM tree t JOIN message m ON m.id = t.id WHERE t.state = "
            "'prompt_lottery_waiting' AND t.lang = ? AND m.user_id = ? AND m.deleted = 0 AND "
            "m.review_result = 1 ORDER BY t.created, t.id LIMIT 100"_s,
            {lang, author});
        if (prompts.isEmpty())
            return available;
        const QString treeId = prompts[bounded(int(prompts.size()))][0].toString();
        // Only if it still waits: a lead may have halted it, or its author been disabled, since.
        if (m_db.exec(u"UPDATE tree SET state = 'growing', active = 1, updated = ?, won_lottery_at = "
                      "COALESCE(won_lottery_at, ?) WHERE id = ? AND state = 'prompt_lottery_waiting'"_s,
                      {now(), now(), treeId}) == 1)
            ++activated;
    }
}

Engine::Candidates Engine::candidates(const Actor &user, const QString &lang, int maxActivate,
                                      std::optional<TaskKind> only)
{
    auto needed = [&](TaskKind kind) { return !only || *only == kind; };
    const WorkflowSettings &s = m_settings;
    const qint64 t = now();
    Candidates c;

    // T4: an availability query draws at most one prompt into growing, a task request two
    // (none when looking without the language's lock).
    c.missingPrompts = promptLottery(lang, maxActivate, &c.lotteryWantsDraw);
    if (s.initPromptDisabledLangs.contains(lang))
        c.missingPrompts = 0;

    // C and D: messages needing review, with the open label tasks counted as reserved.
    // Messages needing review: roots under review (C) and replies in growing trees (D).
    auto reviewSql = [&](bool roots) -> QString {
        return
            // CROSS JOIN keeps SQLite's plan on the few active trees (PostgreSQL plans it as an
            // inner join); a root is found by its id, which is its tree's.
            u"SELECT m.id, m.tree_id, m.role, "_s + (roots ? u"1"_s : u"0"_s)
            + u" AS is_root, m.created FROM tree t CROSS JOIN message m WHERE "_s
            + (roots ? u"m.id = t.id AND m.parent_id IS NULL"_s : u"m.tree_id = t.id AND m.parent_id IS NOT NULL"_s)
            // The message's language decides (a reply may be written in another language than
            // its tree's), as in Open-Assistant's query.
            + u" AND t.active = 1 AND t.state = ? AND m.lang = ?"_s
            + u" AND m.deleted = 0 AND m.review_result IS NULL "
              "AND (m.user_id IS NULL OR m.user_id <> ?) "
              "AND m.review_count + (SELECT COUNT(*) FROM task k WHERE k.parent_id = m.id AND k.kind = 'label' AND "_s
            + kOpen
            + u") < ? "
              "AND NOT EXISTS (SELECT 1 FROM message_emoji e WHERE e.message_id = m.id AND e.user_id = ? "
              "AND e.emoji = '_skip_labeling') "
              "AND NOT EXISTS (SELECT 1 FROM text_label l WHERE l.message_id = m.id AND l.user_id = ? "
              "AND l.task_id IS NOT NULL) "
              "AND NOT EXISTS (SELECT 1 FROM task k WHERE k.parent_id = m.id AND k.user_id = ? AND "
              "k.kind = 'label' AND "_s
            + kOpen + u")"_s;
    };
    auto reviewBinds = [&](bool roots) {
        return QVariantList{roots ? u"initial_prompt_review"_s : u"growing"_s, lang, user.id, t,
                            roots ? s.numReviewsInitialPrompt : s.numReviewsReply, user.id, user.id, user.id, t};
    };
    // Both in one statement when both are needed (a random request): one round trip fewer.
    QStringList parts;
    QVariantList binds;
    for (bool roots : {true, false}) {
        if (needed(roots ? TaskKind::LabelPrompt : TaskKind::LabelReply)) {
            parts << reviewSql(roots);
            binds += reviewBinds(roots);
        }
    }
    if (!parts.isEmpty()) {
        for (const Row &r : m_db.rows(parts.join(u" UNION ALL "_s) + u" ORDER BY 4, 5, 1"_s, binds)) {
            const Candidates::LabelTarget target{r[0].toString(), r[1].toString(),
                                                 messageRoleFromString(r[2].toString()).value_or(MessageRole::Prompter)};
            (r[3].toInt() == 1 ? c.promptReviews : c.replyReviews).append(target);
        }
    }

    // B: growing trees below their goal, counting open reply tasks as future messages.
    QHash<QString, int> remaining;
    for (const Row &r : !needed(TaskKind::Reply) ? QList<Row>() : m_db.rows(
             u"SELECT t.id, t.goal_tree_size, (SELECT COUNT(*) FROM message m WHERE m.tree_id = t.id AND "
             "m.deleted = 0 AND ((m.parent_id IS NOT NULL AND (m.review_result IS NULL OR m.review_result = 1)) "
             "OR (m.parent_id IS NULL AND m.review_result = 1))), (SELECT COUNT(*) FROM task k WHERE "
             "k.tree_id = t.id AND k.kind = 'reply' AND "_s
                 + kOpen + u") FROM tree t WHERE t.active = 1 AND t.state = 'growing' AND t.lang = ?"_s,
             {t, lang})) {
        const int left = r[1].toInt() - r[2].toInt() - r[3].toInt();
        if (left > 0)
            remaining.insert(r[0].toString(), left);
    }

    // A: extendible parents (§3.3 A with §10.3 and §10.4).
    if (!remaining.isEmpty()) {
        QSet<QString> treesWithParents;
        const QList<Row> rows = m_db.rows(
            u"SELECT m.id, m.tree_id, m.role, t.max_children_count, "
            "(SELECT COUNT(*) FROM message c WHERE c.parent_id = m.id AND c.deleted = 0 AND "
            "(c.review_result IS NULL OR c.review_result = 1)), "
            "(SELECT COUNT(*) FROM task k WHERE k.parent_id = m.id AND k.kind = 'reply' AND "_s
                + kOpen
                + u") FROM tree t CROSS JOIN message m WHERE m.tree_id = t.id AND t.active = 1 AND t.state = 'growing' "
                  "AND t.lang = ? AND m.lang = ? AND m.deleted = 0 AND m.review_result = 1 AND m.depth < t.max_depth "
                  "AND NOT EXISTS (SELECT 1 FROM message_emoji e WHERE e.message_id = m.id AND e.user_id = ? "
                  "AND e.emoji = '_skip_reply') "
                  "AND NOT EXISTS (SELECT 1 FROM message c WHERE c.parent_id = m.id AND c.deleted = 0 AND c.user_id = ?) "
                  "AND NOT EXISTS (SELECT 1 FROM task k WHERE k.parent_id = m.id AND k.user_id = ? AND "
                  "k.kind = 'reply' AND "_s
                + kOpen + u") ORDER BY m.created, m.id"_s,
            {t, lang, lang, user.id, user.id, user.id, t});
        for (const Row &r : rows) {
            const QString treeId = r[1].toString();
            if (!remaining.contains(treeId))
                continue;
            const MessageRole role = messageRoleFromString(r[2].toString()).value_or(MessageRole::Prompter);
            const int counted = r[4].toInt();
            if (counted + r[5].toInt() >= s.childLimit(role, r[3].toInt()))
                continue;
            c.replyParents.append({r[0].toString(), treeId, role, counted});
            treesWithParents.insert(treeId);
        }
        for (const QString &treeId : treesWithParents)
            c.missingReplies += remaining.value(treeId);
    }

    // E: sibling groups that still need rankings, counting open ranking tasks (§10.3). The
    // parent (in its children's tree) is read through scalar subqueries, not joined: PostgreSQL
    // runs those per row and never starts a plan from them, so the plan starts from the few
    // active trees even without statistics (a fresh database before its first autoanalyze).
    // Joined, the parent's language filter looked selective enough there to start from a scan
    // of every message, and the cached generic plan kept doing so as the tables grew.
    const QString roleFilter = s.rankPrompterReplies ? QString() : u" AND c.role = 'assistant'"_s;
    for (const Row &r : !needed(TaskKind::Ranking) ? QList<Row>() : m_db.rows(
             u"SELECT c.parent_id, t.id, c.role FROM tree t CROSS JOIN message c "
             "WHERE c.tree_id = t.id AND t.active = 1 AND t.state = 'ranking' AND t.lang = ? "
             "AND c.review_result = 1 AND c.deleted = 0"_s
                 + roleFilter
                 + u" AND (SELECT p.lang FROM message p WHERE p.id = c.parent_id) = ? "
                   "AND NOT EXISTS (SELECT 1 FROM message_emoji e WHERE e.message_id = c.parent_id AND e.user_id = ? "
                   "AND e.emoji = '_skip_ranking') "
                   "AND NOT EXISTS (SELECT 1 FROM ranking r WHERE r.parent_id = c.parent_id AND r.user_id = ?) "
                   "AND NOT EXISTS (SELECT 1 FROM task k WHERE k.parent_id = c.parent_id AND k.user_id = ? AND "
                   "k.kind = 'ranking' AND "_s
                 + kOpen
                 + u") GROUP BY c.parent_id, t.id, c.role HAVING COUNT(*) > 1 "
                   "AND SUM(CASE WHEN c.user_id = ? THEN 1 ELSE 0 END) = 0 "
                   "AND (SELECT COUNT(*) FROM ranking r WHERE r.parent_id = c.parent_id) + "
                   "(SELECT COUNT(*) FROM task k WHERE k.parent_id = c.parent_id AND k.kind = 'ranking' AND "_s
                 + kOpen + u") < ? ORDER BY (SELECT p.created FROM message p WHERE p.id = c.parent_id), c.parent_id"_s,
             {lang, lang, user.id, user.id, user.id, t, user.id, t, s.numRequiredRankings})) {
        c.rankGroups.append({r[0].toString(), r[1].toString(),
                             messageRoleFromString(r[2].toString()).value_or(MessageRole::Assistant)});
    }
    return c;
}

QMap<QString, int> Engine::countsFrom(const Candidates &c)
{
    QMap<QString, int> counts;
    for (TaskType type : allTaskTypes())
        counts.insert(toString(type), 0);
    counts[toString(TaskType::InitialPrompt)] = std::max(0, c.missingPrompts);
    for (const auto &p : c.replyParents)
        counts[taskTypeForReplyParent(p.role)] += 1;
    counts[toString(TaskType::LabelInitialPrompt)] = int(c.promptReviews.size());
    for (const auto &m : c.replyReviews) {
        counts[toString(m.role == MessageRole::Assistant ? TaskType::LabelAssistantReply
                                                         : TaskType::LabelPrompterReply)] += 1;
    }
    for (const auto &g : c.rankGroups) {
        counts[toString(g.childRole == MessageRole::Assistant ? TaskType::RankAssistantReplies
                                                              : TaskType::RankPrompterReplies)] += 1;
    }
    int sum = 0;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        sum += it.value();
    counts.insert(u"random"_s, sum);
    return counts;
}

QMap<QString, int> Engine::availability(const QString &userName, const QString &lang)
{
    QMap<QString, int> counts;
    const QString language = lang.isEmpty() ? u"en"_s : lang;
    m_db.transact([&] {
        const Actor user = requireUser(userName);
        loadSettings();
        Candidates c = candidates(user, language, 0);
        if (c.lotteryWantsDraw) {
            // The lottery draws a tree into growing, one request at a time per language.
            m_db.lockName(u"lang:"_s + language);
            c = candidates(user, language, 1);
        }
        counts = countsFrom(c);
    });
    return counts;
}

// The messages from the root down to messageId, in one statement.
QList<ConversationMessage> Engine::conversationTo(const QString &messageId)
{
    QList<ConversationMessage> path;
    for (const Row &r : m_db.rows(
             u"WITH RECURSIVE up (id, parent_id, role, text, lang, synthetic, depth) AS ("
             "SELECT id, parent_id, role, text, lang, synthetic, depth FROM message WHERE id = ? UNION ALL "
             "SELECT m.id, m.parent_id, m.role, m.text, m.lang, m.synthetic, m.depth FROM message m JOIN up "
             "ON m.id = up.parent_id) SELECT id, role, text, lang, synthetic FROM up ORDER BY depth"_s,
             {messageId})) {
        path.append({r[0].toString(), messageRoleFromString(r[1].toString()).value_or(MessageRole::Prompter),
                     r[2].toString(), r[3].toString(), r[4].toInt() != 0});
    }
    return path;
}

Task Engine::buildTask(const Actor &user, TaskKind kind, std::optional<MessageRole> role,
                       const QString &lang, const Candidates &c)
{
    const WorkflowSettings &s = m_settings;
    Task task;
    task.id = makeId();
    task.userId = user.id;
    task.lang = lang;
    task.created = now();
    task.expiry = task.created + qint64(s.taskExpiryMinutes) * 60 * 1000;

    switch (kind) {
    case TaskKind::Prompt:
        task.type = TaskType::InitialPrompt;
        break;
    case TaskKind::Reply: {
        QList<Candidates::ReplyParent> pool;
        for (const auto &p : c.replyParents) {
            // prompter_reply answers assistant parents; assistant_reply answers prompter parents.
            if (!role || (*role == MessageRole::Prompter) == (p.role == MessageRole::Assistant))
                pool << p;
        }
        QList<Candidates::ReplyParent> lonely;
        if (s.pLonelyChildExtension > 0 && s.lonelyChildrenCount > 1) {
            for (const auto &p : pool) {
                if (p.role == MessageRole::Prompter && p.counted > 0 && p.counted < s.lonelyChildrenCount)
                    lonely << p;
            }
        }
        const auto &from = (!lonely.isEmpty() && uniform() < s.pLonelyChildExtension) ? lonely : pool;
        const Candidates::ReplyParent &parent = from.at(bounded(int(from.size())));
        task.type = parent.role == MessageRole::Prompter ? TaskType::AssistantReply : TaskType::PrompterReply;
        task.treeId = parent.treeId;
        task.parentId = parent.id;
        task.conversation = conversationTo(parent.id);
        break;
    }
    case TaskKind::LabelPrompt:
    case TaskKind::LabelReply: {
        QList<Candidates::LabelTarget> pool;
        for (const auto &m : (kind == TaskKind::LabelPrompt ? c.promptReviews : c.replyReviews)) {
            if (kind == TaskKind::LabelPrompt || !role || m.role == *role)
                pool << m;
        }
        const Candidates::LabelTarget &target = pool.at(bounded(int(pool.size())));
        const bool isRoot = kind == TaskKind::LabelPrompt;
        task.type = isRoot ? TaskType::LabelInitialPrompt
                           : (target.role == MessageRole::Assistant ? TaskType::LabelAssistantReply
                                                                    : TaskType::LabelPrompterReply);
        const double pFull = isRoot ? s.pFullLabelingReviewPrompt
                                    : (target.role == MessageRole::Assistant ? s.pFullLabelingReviewReplyAssistant
                                                                             : s.pFullLabelingReviewReplyPrompter);
        // The dice roll for every request (§10.2); p = 1 never draws simple.
        const bool full = uniform() < pFull;
        task.mode = full ? LabelMode::Full : LabelMode::Simple;
        task.validLabels = full ? s.fullLabels(isRoot, target.role) : s.simpleLabels(isRoot, target.role);
        task.mandatoryLabels = s.mandatoryLabels(isRoot, target.role);
        task.treeId = target.treeId;
        task.messageId = target.messageId;
        task.parentId = target.messageId;
        task.conversation = conversationTo(target.messageId);
        break;
    }
    case TaskKind::Ranking: {
        QList<Candidates::RankGroup> pool;
        for (const auto &g : c.rankGroups) {
            if (!role || g.childRole == *role)
                pool << g;
        }
        const Candidates::RankGroup &group = pool.at(bounded(int(pool.size())));
        task.type = group.childRole == MessageRole::Assistant ? TaskType::RankAssistantReplies
                                                              : TaskType::RankPrompterReplies;
        task.treeId = group.treeId;
        task.parentId = group.parentId;
        task.conversation = conversationTo(group.parentId);
        QList<ConversationMessage> replies;
        bool anyHuman = false;
        for (const Row &r : m_db.rows(u"SELECT id, role, text, lang, synthetic FROM message WHERE parent_id = ? "
                                      "AND review_result = 1 AND deleted = 0 AND role = ? ORDER BY id"_s,
                                      {group.parentId, toString(group.childRole)})) {
            replies.append({r[0].toString(), messageRoleFromString(r[1].toString()).value_or(MessageRole::Assistant),
                            r[2].toString(), r[3].toString(), r[4].toInt() != 0});
            anyHuman = anyHuman || r[4].toInt() == 0;
        }
        // Fisher–Yates with the engine's generator.
        for (int i = int(replies.size()) - 1; i > 0; --i)
            replies.swapItemsAt(i, bounded(i + 1));
        task.revealSynthetic = !anyHuman;
        if (anyHuman) {
            for (ConversationMessage &m : replies)
                m.synthetic.reset();
        }
        task.replies = replies;
        break;
    }
    }
    return task;
}

void Engine::storeTask(const Task &task, TaskKind kind)
{
    QJsonObject payload{{u"valid_labels"_s, toJsonArray(task.validLabels)},
                        {u"mandatory_labels"_s, toJsonArray(task.mandatoryLabels)}};
    QStringList replyIds;
    for (const ConversationMessage &m : task.replies)
        replyIds << m.id;
    if (!replyIds.isEmpty())
        payload.insert(u"reply_ids"_s, toJsonArray(replyIds));
    if (kindOf(task.type) == TaskKind::Ranking)
        payload.insert(u"reveal_synthetic"_s, task.revealSynthetic);
    const QVariant nullText(QMetaType(QMetaType::QString));
    m_db.exec(u"INSERT INTO task (id, type, kind, user_id, lang, created, expiry, done, skipped, tree_id, "
              "parent_id, mode, payload) VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?, ?, ?)"_s,
              {task.id, toString(task.type), taskKindName(kind), task.userId, task.lang, task.created, task.expiry,
               task.treeId.isEmpty() ? nullText : task.treeId, task.parentId.isEmpty() ? nullText : task.parentId,
               task.mode ? toString(*task.mode) : nullText, jsonText(payload)});
}

Engine::Choice Engine::chooseKind(const Candidates &c, std::optional<TaskType> type, const QString &userName,
                                  const QString &language)
{
    Choice choice;
    if (!type) {
        RandomAvailability available;
        available.ranking = !c.rankGroups.isEmpty();
        available.labelReply = !c.replyReviews.isEmpty();
        available.labelPrompt = !c.promptReviews.isEmpty();
        available.reply = c.missingReplies > 0 && !c.replyParents.isEmpty();
        available.prompt = c.missingPrompts > 0;
        const std::optional<TaskKind> drawn = drawTaskKind(randomTaskWeights(available), uniform());
        if (!drawn) {
            throw WorkflowError(ErrorCode::TaskNotAvailable,
                                tr("There is no task for %1 in \"%2\" right now; try again later or "
                                   "in another language.").arg(userName, language));
        }
        choice.kind = *drawn;
        return choice;
    }
    if (countsFrom(c).value(toString(*type)) <= 0) {
        throw WorkflowError(ErrorCode::TaskNotAvailable,
                            tr("There is no %1 task for %2 in \"%3\" right now; `tasks available` "
                               "shows what there is.").arg(toString(*type), userName, language));
    }
    choice.kind = kindOf(*type);
    if (choice.kind != TaskKind::Prompt && choice.kind != TaskKind::LabelPrompt)
        choice.role = roleOf(*type);
    return choice;
}

// Removes a target that turned out to be taken from the candidates.
void Engine::dropTarget(Candidates &c, const Task &task)
{
    auto drop = [&](auto &list, auto matches) {
        list.erase(std::remove_if(list.begin(), list.end(), matches), list.end());
    };
    switch (kindOf(task.type)) {
    case TaskKind::Prompt:
        c.missingPrompts = 0;
        break;
    case TaskKind::Reply:
        drop(c.replyParents, [&](const Candidates::ReplyParent &p) { return p.id == task.parentId; });
        if (c.replyParents.isEmpty())
            c.missingReplies = 0;
        break;
    case TaskKind::LabelPrompt:
    case TaskKind::LabelReply:
        drop(c.promptReviews, [&](const Candidates::LabelTarget &m) { return m.messageId == task.messageId; });
        drop(c.replyReviews, [&](const Candidates::LabelTarget &m) { return m.messageId == task.messageId; });
        break;
    case TaskKind::Ranking:
        drop(c.rankGroups, [&](const Candidates::RankGroup &g) { return g.parentId == task.parentId; });
        break;
    }
}

// Takes the lock on a tree's open places: requests reserve them, and a late answer may take one.
void Engine::lockSlots(const QString &treeId)
{
    if (!treeId.isEmpty())
        m_db.lockName(u"slots:"_s + treeId);
}

Task Engine::requestTask(const QString &userName, std::optional<TaskType> type, const QString &lang)
{
    const QString language = lang.isEmpty() ? u"en"_s : lang;
    const std::optional<TaskKind> only = type ? std::optional<TaskKind>(kindOf(*type)) : std::nullopt;
    Task task;
    // Two passes at most. The first chooses from what others committed (PostgreSQL's READ
    // COMMITTED) without any shared lock, then locks the chosen tree's places, re-checks the
    // place and reserves it; so requests for different trees run side by side. When the lottery
    // has a tree to draw, or the place was taken meanwhile, the first pass gives up (rolling
    // back, so that it holds no lock while waiting) and the second runs under the language's
    // lock, which also serializes the lottery (T4).
    for (bool underLanguageLock : {false, true}) {
        bool retry = false;
        m_db.transact([&] {
            retry = false;
            // Lock order: the user's row (it guards their pending-task count), the language,
            // then a tree's places.
            const Actor user = requireUser(userName, true);
            const WorkflowSettings &s = loadSettings();
            const int pending = m_db.value(
                u"SELECT COUNT(*) FROM task WHERE user_id = ? AND done = 0 AND skipped = 0 AND created > ?"_s,
                {user.id, now() - qint64(s.recentTasksSpanSec) * 1000}).toInt();
            if (pending >= s.maxPendingTasksPerUser) {
                throw WorkflowError(ErrorCode::TooManyPendingTasks,
                                    tr("%1 has %Ln unfinished tasks from the last %2 seconds; finish or skip "
                                       "some before asking for more.", nullptr, pending)
                                        .arg(userName).arg(s.recentTasksSpanSec));
            }
            if (underLanguageLock)
                m_db.lockName(u"lang:"_s + language);

            // An explicit request looks only for its own kind; a random one needs them all.
            Candidates c = candidates(user, language, underLanguageLock ? 2 : 0, only);
            if (c.lotteryWantsDraw) {
                retry = true;
                return;
            }
            for (;;) {
                const Choice choice = chooseKind(c, type, userName, language);
                task = buildTask(user, choice.kind, choice.role, language, c);
                lockSlots(task.treeId);
                if (slotStillFree(task, user.id))
                    break;
                if (!underLanguageLock) {
                    retry = true;
                    return;
                }
                dropTarget(c, task);
            }
            storeTask(task, kindOf(task.type));
        });
        if (!retry)
            break;
    }
    return task;
}

Task Engine::task(const QString &taskId)
{
    std::optional<Task> task;
    m_db.read([&] { task = loadTask(taskId, true); });
    if (!task)
        throw WorkflowError(ErrorCode::UnknownTask, tr("There is no task %1.").arg(taskId));
    return *task;
}

namespace {
// The columns taskFromRow() reads, first in a query of the task table.
const QString kTaskColumns = u"id, type, user_id, lang, tree_id, parent_id, mode, payload, created, expiry, done, skipped"_s;
} // namespace

// A stored task; the conversation above it only when asked for (a submission does not need it).
std::optional<Task> Engine::loadTask(const QString &taskId, bool withConversation)
{
    const QList<Row> rows = m_db.rows(u"SELECT "_s + kTaskColumns + u" FROM task WHERE id = ?"_s, {taskId});
    if (rows.isEmpty())
        return std::nullopt;
    return taskFromRow(rows[0], withConversation);
}

// The task in a row whose first columns are kTaskColumns.
Task Engine::taskFromRow(const QVariantList &r, bool withConversation)
{
    Task task;
    task.id = r[0].toString();
    task.type = taskTypeFromString(r[1].toString()).value_or(TaskType::InitialPrompt);
    task.userId = r[2].toString();
    task.lang = r[3].toString();
    task.treeId = r[4].toString();
    task.parentId = r[5].toString();
    if (kindOf(task.type) == TaskKind::LabelPrompt || kindOf(task.type) == TaskKind::LabelReply) {
        task.messageId = task.parentId;
        task.mode = r[6].toString() == "simple"_L1 ? LabelMode::Simple : LabelMode::Full;
    }
    const QJsonObject payload = jsonObject(r[7].toString());
    task.validLabels = toStringList(payload.value(u"valid_labels"_s).toArray());
    task.mandatoryLabels = toStringList(payload.value(u"mandatory_labels"_s).toArray());
    task.revealSynthetic = payload.value(u"reveal_synthetic"_s).toBool();
    const QStringList replyIds = toStringList(payload.value(u"reply_ids"_s).toArray());
    if (!replyIds.isEmpty()) {
        // The siblings to rank, in the order the task showed them.
        QHash<QString, ConversationMessage> byId;
        for (const Row &m : m_db.rows(u"SELECT id, role, text, lang, synthetic FROM message WHERE parent_id = ?"_s,
                                      {task.parentId})) {
            byId.insert(m[0].toString(),
                        {m[0].toString(), messageRoleFromString(m[1].toString()).value_or(MessageRole::Assistant),
                         m[2].toString(), m[3].toString(), m[4].toInt() != 0});
        }
        for (const QString &id : replyIds) {
            if (byId.contains(id))
                task.replies.append(byId.value(id));
        }
    }
    task.created = r[8].toLongLong();
    task.expiry = r[9].toLongLong();
    task.done = r[10].toInt() != 0;
    task.skipped = r[11].toInt() != 0;
    if (withConversation && !task.parentId.isEmpty())
        task.conversation = conversationTo(task.parentId);
    return task;
}

// Whether the place a task takes is still free: after expiry a task no longer holds its slot,
// and a late answer is taken only while the slot is still free (§10.3); a task chosen without
// the language's lock is handed out only while its place is free and, with `requester`, while
// that user holds no other open task for the same place. One statement per kind: PostgreSQL's
// READ COMMITTED takes a snapshot per statement, and a task submitted meanwhile must be seen
// either as open or as done, never as neither.
bool Engine::slotStillFree(const Task &task, const QString &requester)
{
    const WorkflowSettings &s = m_settings;
    const qint64 t = now();
    const TaskKind kind = kindOf(task.type);
    if (kind == TaskKind::Prompt)
        return true; // initial prompts reserve nothing
    const QString own = u"(SELECT COUNT(*) FROM task k WHERE k.parent_id = ? AND k.user_id = ? AND k.kind = ? AND "_s
                        + kOpen + u")"_s;
    const QVariantList ownArgs{task.parentId, requester, taskKindName(kind), t};
    auto ownIsFree = [&](const Row &r, int column) { return requester.isEmpty() || r[column].toInt() == 0; };

    switch (kind) {
    case TaskKind::Prompt:
        return true;
    case TaskKind::Reply: {
        // The parent's children (query A) and the tree's goal (query B), each counting open
        // reply tasks as future messages.
        const QList<Row> rows = m_db.rows(
            u"SELECT m.role, t.max_children_count, t.state, (SELECT COUNT(*) FROM message c WHERE c.parent_id = m.id "
            "AND c.deleted = 0 AND (c.review_result IS NULL OR c.review_result = 1)) + (SELECT COUNT(*) FROM task k "
            "WHERE k.parent_id = m.id AND k.kind = 'reply' AND "_s
                + kOpen
                + u"), t.goal_tree_size - (SELECT COUNT(*) FROM message x WHERE x.tree_id = t.id AND x.deleted = 0 AND "
                  "((x.parent_id IS NOT NULL AND (x.review_result IS NULL OR x.review_result = 1)) OR (x.parent_id IS "
                  "NULL AND x.review_result = 1))) - (SELECT COUNT(*) FROM task k WHERE k.tree_id = t.id AND "
                  "k.kind = 'reply' AND "_s
                + kOpen + u"), "_s + own + u" FROM message m JOIN tree t ON t.id = m.tree_id WHERE m.id = ?"_s,
            QVariantList{t, t} + ownArgs + QVariantList{task.parentId});
        if (rows.isEmpty())
            return false;
        const Row &r = rows[0];
        const MessageRole role = messageRoleFromString(r[0].toString()).value_or(MessageRole::Prompter);
        return r[2].toString() == toString(TreeState::Growing) && r[3].toInt() < s.childLimit(role, r[1].toInt())
            && r[4].toInt() > 0 && ownIsFree(r, 5);
    }
    case TaskKind::LabelPrompt:
    case TaskKind::LabelReply: {
        const QList<Row> rows = m_db.rows(
            u"SELECT m.review_count, m.review_result, (SELECT COUNT(*) FROM task k WHERE k.parent_id = m.id AND "
            "k.kind = 'label' AND "_s
                + kOpen + u"), m.parent_id IS NULL, "_s + own + u" FROM message m WHERE m.id = ?"_s,
            QVariantList{t} + ownArgs + QVariantList{task.parentId});
        if (rows.isEmpty() || !rows[0][1].isNull())
            return false;
        const int required = rows[0][3].toInt() ? s.numReviewsInitialPrompt : s.numReviewsReply;
        return rows[0][0].toInt() + rows[0][2].toInt() < required && ownIsFree(rows[0], 4);
    }
    case TaskKind::Ranking: {
        const QList<Row> rows = m_db.rows(
            u"SELECT t.state, (SELECT COUNT(*) FROM ranking r WHERE r.parent_id = ?) + (SELECT COUNT(*) FROM task k "
            "WHERE k.parent_id = ? AND k.kind = 'ranking' AND "_s
                + kOpen + u"), "_s + own + u" FROM tree t WHERE t.id = ?"_s,
            QVariantList{task.parentId, task.parentId, t} + ownArgs + QVariantList{task.treeId});
        return !rows.isEmpty() && rows[0][0].toString() == toString(TreeState::Ranking)
            && rows[0][1].toInt() < s.numRequiredRankings && ownIsFree(rows[0], 2);
    }
    }
    return false;
}

SubmitResult Engine::submit(const QString &userName, const QString &taskId, const QJsonObject &answer)
{
    SubmitResult result;
    m_db.transact([&] {
        const Actor user = requireUser(userName);
        loadSettings();
        // The task, locked (its row read after the lock is taken).
        const QList<Row> rows = m_db.rows(u"SELECT "_s + kTaskColumns + u" FROM task WHERE id = ?"_s
                                              + m_db.dialect().forUpdate(),
                                          {taskId});
        if (rows.isEmpty())
            throw WorkflowError(ErrorCode::UnknownTask, tr("There is no task %1.").arg(taskId));
        const Task t = taskFromRow(rows[0], false);
        if (t.userId != user.id)
            throw WorkflowError(ErrorCode::NotTaskOwner, tr("Task %1 was given to someone else.").arg(taskId));
        if (t.done)
            throw WorkflowError(ErrorCode::TaskAlreadyDone, tr("Task %1 is already done.").arg(taskId));
        if (t.skipped)
            throw WorkflowError(ErrorCode::TaskAlreadyDone, tr("Task %1 was skipped.").arg(taskId));
        // Lock order everywhere: task, a tree's places, tree. A late answer takes the lock on its
        // tree's places so that no request hands out its place meanwhile.
        const bool expired = t.expiry <= now();
        if (expired)
            lockSlots(t.treeId);
        if (!t.treeId.isEmpty())
            m_db.lockRow(u"tree"_s, t.treeId);
        const TaskKind kind = kindOf(t.type);

        // The answer must fit the kind of task.
        const bool isText = kind == TaskKind::Prompt || kind == TaskKind::Reply;
        const bool isLabel = kind == TaskKind::LabelPrompt || kind == TaskKind::LabelReply;
        if (isText && !answer.value(u"text"_s).isString()) {
            throw WorkflowError(ErrorCode::InvalidInput,
                                tr("Task %1 is a %2 task: send {\"text\": \"...\"}.").arg(taskId, toString(t.type)));
        }
        if (isLabel && !answer.value(u"labels"_s).isObject()) {
            throw WorkflowError(ErrorCode::InvalidInput,
                                tr("Task %1 is a %2 task: send {\"labels\": {\"spam\": 0, ...}}.")
                                    .arg(taskId, toString(t.type)));
        }
        if (kind == TaskKind::Ranking && !answer.value(u"ranking"_s).isArray()) {
            throw WorkflowError(ErrorCode::InvalidInput,
                                tr("Task %1 is a %2 task: send {\"ranking\": [\"<best id>\", ...]}.")
                                    .arg(taskId, toString(t.type)));
        }

        if (expired && !slotStillFree(t)) {
            throw WorkflowError(ErrorCode::TaskExpired,
                                tr("Task %1 expired and its place went to someone else; keep your work "
                                   "and ask for a new task.").arg(taskId));
        }

        if (isText)
            result = submitReply(user, t, answer);
        else if (isLabel)
            submitLabels(user, t, answer);
        else
            submitRanking(user, t, answer);
    });
    return result;
}

SubmitResult Engine::submitReply(const Actor &user, const Task &task, const QJsonObject &answer)
{
    const WorkflowSettings &s = m_settings;
    const QString text = answer.value(u"text"_s).toString();
    const QString lang = answer.value(u"lang"_s).toString(task.lang).isEmpty()
        ? task.lang : answer.value(u"lang"_s).toString(task.lang);
    if (text.trimmed().isEmpty())
        throw WorkflowError(ErrorCode::TextEmpty, tr("The text is empty; write something before submitting."));
    if (text.size() > s.messageSizeLimit) {
        throw WorkflowError(ErrorCode::TextTooLong, tr("The text has %Ln characters; the limit is %1. Shorten it.", nullptr,
                                                           int(text.size()))
                                                        .arg(s.messageSizeLimit));
    }
    const qint64 windowStart = now() - qint64(s.duplicateMessageWindowMinutes) * 60 * 1000;
    if (m_db.value(u"SELECT COUNT(*) FROM message WHERE user_id = ? AND created > ? AND text = ?"_s,
                   {user.id, windowStart, text}).toInt() > 0) {
        throw WorkflowError(ErrorCode::TextDuplicate,
                            tr("You sent exactly this text in the last %Ln minutes; write a new one.", nullptr,
                               s.duplicateMessageWindowMinutes));
    }

    const QString id = makeId();
    const qint64 created = now();
    if (task.type == TaskType::InitialPrompt) {
        m_db.exec(u"INSERT INTO message (id, tree_id, parent_id, task_id, user_id, role, text, lang, depth, "
                  "created) VALUES (?, ?, NULL, ?, ?, 'prompter', ?, ?, 0, ?)"_s,
                  {id, id, task.id, user.id, text, lang, created});
        // T1: a new tree under review.
        int goal = s.goalTreeSize;
        if (s.randomGoalTreeSize && s.minGoalTreeSize < s.goalTreeSize)
            goal = s.minGoalTreeSize + bounded(s.goalTreeSize - s.minGoalTreeSize + 1);
        m_db.exec(u"INSERT INTO tree (id, state, active, lang, goal_tree_size, max_depth, max_children_count, "
                  "origin, won_lottery_at, created, updated) VALUES (?, 'initial_prompt_review', 1, ?, ?, ?, ?, "
                  "NULL, NULL, ?, ?)"_s,
                  {id, lang, goal, s.maxTreeDepth, s.maxChildrenCount, created, created});
    } else {
        const QList<Row> parent = m_db.rows(u"SELECT tree_id, depth, deleted FROM message WHERE id = ?"_s,
                                            {task.parentId});
        if (parent.isEmpty())
            throw WorkflowError(ErrorCode::TreeNotOpen, tr("The message this task replies to no longer exists."));
        const std::optional<TreeRow> tree = treeRow(parent[0][0].toString());
        const QList<TreeState> open = {TreeState::Growing, TreeState::Ranking, TreeState::ReadyForScoring,
                                       TreeState::ReadyForExport};
        if (!tree || !open.contains(tree->state)) {
            throw WorkflowError(ErrorCode::TreeNotOpen,
                                tr("This conversation is %1 and takes no more replies; your text is "
                                   "kept as a draft.").arg(tree ? toString(tree->state) : u"gone"_s));
        }
        if (m_db.value(u"SELECT COUNT(*) FROM message WHERE parent_id = ? AND user_id = ? AND deleted = 0"_s,
                       {task.parentId, user.id}).toInt() > 0) {
            throw WorkflowError(ErrorCode::DuplicateReply, tr("You have already replied to this message."));
        }
        const QString role = task.type == TaskType::AssistantReply ? u"assistant"_s : u"prompter"_s;
        m_db.exec(u"INSERT INTO message (id, tree_id, parent_id, task_id, user_id, role, text, lang, depth, "
                  "deleted, created) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                  {id, parent[0][0], task.parentId, task.id, user.id, role, text, lang,
                   parent[0][1].toInt() + 1, parent[0][2].toInt(), created});
        m_db.exec(u"UPDATE message SET children_count = children_count + 1 WHERE id = ?"_s, {task.parentId});
    }
    m_db.exec(u"UPDATE task SET done = 1, finished = ?, result_message_id = ? WHERE id = ?"_s,
              {created, id, task.id});
    return {id};
}

void Engine::submitLabels(const Actor &user, const Task &task, const QJsonObject &answer)
{
    const QJsonObject labels = answer.value(u"labels"_s).toObject();
    LabelValues values;
    for (auto it = labels.begin(); it != labels.end(); ++it) {
        if (!task.validLabels.contains(it.key())) {
            throw WorkflowError(ErrorCode::InvalidLabels,
                                tr("\"%1\" is not a label of this task; it takes %2.")
                                    .arg(it.key(), task.validLabels.join(u", "_s)));
        }
        const double v = it.value().toDouble(-1.0);
        if (!it.value().isDouble() || !(v >= 0.0 && v <= 1.0)) {
            throw WorkflowError(ErrorCode::InvalidLabels,
                                tr("The value of %1 must be a number from 0 to 1.").arg(it.key()));
        }
        values.insert(it.key(), v);
    }
    for (const QString &name : task.mandatoryLabels) {
        if (!values.contains(name)) {
            throw WorkflowError(ErrorCode::MandatoryLabelMissing,
                                tr("The label %1 must be answered.").arg(name));
        }
    }
    const QList<Row> message = m_db.rows(
        u"SELECT m.user_id, m.tree_id, (SELECT COUNT(*) FROM text_label l WHERE l.message_id = m.id AND l.user_id = ? "
        "AND l.task_id IS NOT NULL) FROM message m WHERE m.id = ?"_s,
        {user.id, task.messageId});
    if (message.isEmpty())
        throw WorkflowError(ErrorCode::TreeNotOpen, tr("The message of this task no longer exists."));
    if (message[0][0].toString() == user.id)
        throw WorkflowError(ErrorCode::SelfLabeling, tr("You cannot review your own message."));
    if (message[0][2].toInt() > 0)
        throw WorkflowError(ErrorCode::DuplicateLabel, tr("You have already reviewed this message."));
    const QString treeId = message[0][1].toString();
    const QString comment = answer.value(u"text"_s).toString();
    m_db.exec(u"UPDATE message SET review_count = review_count + 1 WHERE id = ?"_s, {task.messageId});
    m_db.exec(u"INSERT INTO text_label (id, task_id, message_id, user_id, created, labels, text, is_report) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, 0)"_s,
              {task.id, task.id, task.messageId, user.id, now(), labelValuesToJson(values),
               comment.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : comment});
    m_db.exec(u"UPDATE task SET done = 1, finished = ? WHERE id = ?"_s, {now(), task.id});

    // §1.3: the review decision, then T2 for a root, then T5.
    decideReview(task.messageId);
    if (task.type == TaskType::LabelInitialPrompt)
        checkPromptAccepted(treeId);
    checkGrowingDone(treeId);
}

void Engine::submitRanking(const Actor &user, const Task &task, const QJsonObject &answer)
{
    const QStringList ranking = toStringList(answer.value(u"ranking"_s).toArray());
    QStringList expected;
    for (const ConversationMessage &m : task.replies)
        expected << m.id;
    QStringList sortedRanking = ranking;
    QStringList sortedExpected = expected;
    for (QString &id : sortedRanking)
        id = id.toLower();
    std::sort(sortedRanking.begin(), sortedRanking.end());
    std::sort(sortedExpected.begin(), sortedExpected.end());
    if (sortedRanking != sortedExpected) {
        throw WorkflowError(ErrorCode::InvalidRanking,
                            tr("The ranking must list each of the task's %Ln replies exactly once, best first.",
                               nullptr, int(expected.size())));
    }
    if (m_db.value(u"SELECT COUNT(*) FROM ranking WHERE parent_id = ? AND user_id = ?"_s, {task.parentId, user.id})
            .toInt() > 0) {
        throw WorkflowError(ErrorCode::TaskAlreadyDone, tr("You have already ranked these replies."));
    }
    QStringList lowered;
    for (const QString &id : ranking)
        lowered << id.toLower();
    const bool notRankable = answer.value(u"not_rankable"_s).toBool(false);
    const qint64 t = now();
    m_db.exec(u"INSERT INTO ranking (id, task_id, parent_id, tree_id, user_id, created, ranked_ids, not_rankable) "
              "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
              {task.id, task.id, task.parentId, task.treeId, user.id, t, jsonText(toJsonArray(lowered)),
               notRankable ? 1 : 0});
    for (int position = 0; position < lowered.size(); ++position) {
        m_db.exec(u"UPDATE message SET ranking_count = ranking_count + 1 WHERE id = ?"_s, {lowered[position]});
        if (position < 3) {
            const QVariant author = m_db.value(u"SELECT user_id FROM message WHERE id = ?"_s, {lowered[position]});
            if (!author.isNull() && author.isValid()) {
                m_db.exec(u"INSERT INTO rank_position (ranking_id, user_id, position, at) VALUES (?, ?, ?, ?)"_s,
                          {task.id, author, position, t});
            }
        }
    }
    m_db.exec(u"UPDATE task SET done = 1, finished = ? WHERE id = ?"_s, {t, task.id});
    checkRankingsDone(task.treeId);
}

void Engine::skip(const QString &userName, const QString &taskId, const QString &reason)
{
    m_db.transact([&] {
        const Actor user = requireUser(userName);
        loadSettings();
        // The task, locked (its row read after the lock is taken).
        const QList<Row> rows = m_db.rows(u"SELECT user_id, done, skipped, type, parent_id, tree_id FROM task WHERE id = ?"_s
                                              + m_db.dialect().forUpdate(),
                                          {taskId});
        if (!rows.isEmpty() && !rows[0][5].isNull())
            m_db.lockRow(u"tree"_s, rows[0][5]);
        if (rows.isEmpty())
            throw WorkflowError(ErrorCode::UnknownTask, tr("There is no task %1.").arg(taskId));
        if (rows[0][0].toString() != user.id)
            throw WorkflowError(ErrorCode::NotTaskOwner, tr("Task %1 was given to someone else.").arg(taskId));
        if (rows[0][1].toInt() != 0 || rows[0][2].toInt() != 0)
            throw WorkflowError(ErrorCode::TaskAlreadyDone, tr("Task %1 is already finished.").arg(taskId));
        m_db.exec(u"UPDATE task SET skipped = 1, skip_reason = ?, finished = ? WHERE id = ?"_s,
                  {reason, now(), taskId});
        const TaskKind kind = kindOf(taskTypeFromString(rows[0][3].toString()).value_or(TaskType::InitialPrompt));
        const QString emoji = skipEmoji(kind);
        const QString parent = rows[0][4].toString();
        if (!emoji.isEmpty() && !parent.isEmpty()) {
            addEmojiRow(user.id, parent, emoji);
            if (kind == TaskKind::Reply)
                autoModerateMessage(parent);
        }
    });
}

} // namespace Arborist
