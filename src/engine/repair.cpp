// Facts and derived state (issue 8).
//
// The facts are what people did: messages (text, author, parent, deleted), the labels of review
// tasks, rankings, emoji rows, users, settings and the audit log. The engine maintains derived
// values from them as it goes; here each one is recomputed from the facts with the engine's own
// rules (core/acceptance.h, core/rankedpairs.h) and compared with what is stored:
//
// - message.children_count: every stored reply, deleted or not (a reply adds one when it is
//   stored; a purge counts what is left).
// - message.review_count: the message's labels from review tasks.
// - message.review_result: the decision of §4.5/§10.5 on the first reviews that reached the
//   required number; pending (NULL) with fewer. With the current settings, so a message whose
//   first review came at or before a change of its review settings (num_reviews_*,
//   acceptance_threshold_*, as the audit log records it) is not checked.
// - message.ranking_count: the rankings of its sibling group that list it.
// - message.rank: NULL for a prompt and under a parent nobody ranked; in a tree in
//   ready_for_export, the consensus of the rankings (ranked pairs) of every rankable parent and
//   of every parent whose replies carry a rank, as T7 wrote them.
// - emoji_count: the message_emoji rows per message and emoji.
// - tree.active: whether the state is not terminal.
// - tree.state, for trees made here (origin NULL), where the workflow must have moved on
//   without a dice roll: a prompt under review or in the lottery follows its review (T2/T3;
//   a tree that won the lottery is growing), a growing tree with its goal reached and no
//   review pending is ranked (T5) or, with nothing accepted left, halted (T6), and a tree in
//   ranking with every rankable parent ranked enough is scored (T7/T8).
//
// Not recomputed, because the facts do not determine them: imported messages' review_count,
// review_result, ranking_count and emoji counts (the file's figures, plus what was done here);
// the states of imported trees until the engine acts on them; terminal states, which
// moderators, auto-moderation, the backlog dice and scoring errors chose; the prompt lottery
// (random); ready_for_scoring (left only inside one transaction); ranks outside
// ready_for_export trees (a tree unhalted after scoring keeps its earlier ranks until it is
// scored again); T14 (a waiting prompt whose author was disabled afterwards is halted by the
// next reconcile). What T15 (`maintenance reconcile`) would follow up - a changed setting, a
// reply auto-moderation deleted in a growing tree - shows as a difference in a tree's state,
// and repairing it moves the tree on as reconcile would, without the backlog dice.
//
// The dashboard's aggregates (statistics.cpp) count labels, rankings and finished tasks, which
// are all facts: a repair changes nothing they count and leaves them as they are.

#include "engine/engine.h"

#include "core/acceptance.h"
#include "core/rankedpairs.h"
#include "engine/engine_p.h"
#include "store/database.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace Arborist {

using namespace detail;

namespace {

constexpr int kTreesPerPage = 200;

struct StoredMessage
{
    QString id;
    QString treeId;
    QString parentId;
    bool local = false; // written here (by a task), not imported
    MessageRole role = MessageRole::Prompter;
    bool deleted = false;
    int childrenCount = 0;
    int reviewCount = 0;
    std::optional<bool> reviewResult;
    int rankingCount = 0;
    std::optional<int> rank;
};

struct StoredTree
{
    QString id;
    QString stateText;
    std::optional<TreeState> state;
    bool active = false;
    bool imported = false; // origin is set
    qint64 wonLotteryAt = 0;
    int goalTreeSize = 0;
};

struct Review
{
    qint64 created = 0;
    QString id;
    LabelValues values;
};

struct StoredRanking
{
    QString id;
    bool local = false; // made by a ranking task here
    QString rankedIds;  // JSON text
};

// Everything one page of trees holds.
struct Page
{
    QHash<QString, StoredTree> trees;
    QMap<QString, QList<StoredMessage>> messages; // by tree id
    QHash<QString, int> children;                 // message id → replies stored
    QHash<QString, QList<Review>> reviews;        // message id → labels of review tasks
    QHash<QString, QList<StoredRanking>> rankings; // parent id → rankings, oldest first
    QHash<QString, QMap<QString, int>> emojiRows;   // message id → emoji → rows
    QHash<QString, QMap<QString, int>> emojiCounts; // message id → emoji → stored count
};

// When the review settings last changed (ms; min() when never), for prompts and for replies.
struct ReviewSettingChanges
{
    qint64 root = std::numeric_limits<qint64>::min();
    qint64 reply = std::numeric_limits<qint64>::min();
};

QJsonValue json(const std::optional<bool> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}
QJsonValue json(const std::optional<int> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QString text(const QJsonValue &v)
{
    if (v.isNull())
        return u"null"_s;
    if (v.isBool())
        return v.toBool() ? u"true"_s : u"false"_s;
    if (v.isDouble())
        return QString::number(v.toInteger());
    return v.toString();
}

QVariant sqlValue(const QJsonValue &v)
{
    if (v.isNull())
        return QVariant(QMetaType(QMetaType::Int));
    if (v.isBool())
        return v.toBool() ? 1 : 0;
    if (v.isDouble())
        return int(v.toInteger());
    return v.toString();
}

// A stored ranking as T7 reads it: the ids of the parent's replies, best first; nullopt when it
// is not such a list (then scoring fails, T8).
std::optional<QStringList> voteOf(const StoredRanking &r, const QSet<QString> &children)
{
    const QJsonDocument doc = QJsonDocument::fromJson(r.rankedIds.toUtf8());
    QStringList vote;
    for (const QJsonValue &v : doc.array()) {
        if (!v.isString() || !children.contains(v.toString()))
            return std::nullopt;
        vote << v.toString();
    }
    if (!doc.isArray() || vote.isEmpty())
        return std::nullopt;
    return vote;
}

class Recomputer
{
public:
    Recomputer(Database &db, const WorkflowSettings &settings, ReviewSettingChanges changes)
        : m_db(db), m_settings(settings), m_changes(changes)
    {
    }

    // Every tree id, and the tree ids of messages without a tree row.
    QStringList allTrees()
    {
        QStringList ids;
        for (const Row &r : m_db.rows(u"SELECT id FROM tree ORDER BY id"_s))
            ids << r[0].toString();
        for (const Row &r : m_db.rows(u"SELECT DISTINCT m.tree_id FROM message m WHERE NOT EXISTS (SELECT 1 FROM "
                                      "tree t WHERE t.id = m.tree_id) ORDER BY m.tree_id"_s))
            ids << r[0].toString();
        return ids;
    }

    Page load(const QStringList &treeIds)
    {
        Page page;
        const QString in = u" IN ("_s + m_db.dialect().idListSql() + u")"_s;
        const QString messagesIn = u" IN (SELECT id FROM message WHERE tree_id"_s + in + u")"_s;
        const QVariantList binds{SqlDialect::jsonArrayText(treeIds)};
        for (const Row &r : m_db.rows(u"SELECT id, state, active, origin IS NOT NULL, won_lottery_at, goal_tree_size "
                                      "FROM tree WHERE id"_s + in,
                                      binds)) {
            StoredTree t;
            t.id = r[0].toString();
            t.stateText = r[1].toString();
            t.state = treeStateFromString(t.stateText);
            t.active = r[2].toInt() != 0;
            t.imported = r[3].toInt() != 0;
            t.wonLotteryAt = r[4].isNull() ? 0 : r[4].toLongLong();
            t.goalTreeSize = r[5].toInt();
            page.trees.insert(t.id, t);
        }
        for (const Row &r : m_db.rows(u"SELECT id, tree_id, parent_id, task_id IS NOT NULL, role, deleted, "
                                      "children_count, review_count, review_result, ranking_count, rank FROM message "
                                      "WHERE tree_id"_s + in + u" ORDER BY id"_s,
                                      binds)) {
            StoredMessage m;
            m.id = r[0].toString();
            m.treeId = r[1].toString();
            m.parentId = r[2].toString();
            m.local = r[3].toInt() != 0;
            m.role = messageRoleFromString(r[4].toString()).value_or(MessageRole::Prompter);
            m.deleted = r[5].toInt() != 0;
            m.childrenCount = r[6].toInt();
            m.reviewCount = r[7].toInt();
            m.reviewResult = optionalBool(r[8]);
            m.rankingCount = r[9].toInt();
            m.rank = r[10].isNull() ? std::nullopt : std::optional<int>(r[10].toInt());
            page.messages[m.treeId] << m;
        }
        for (const Row &r : m_db.rows(u"SELECT parent_id, COUNT(*) FROM message WHERE parent_id"_s + messagesIn
                                          + u" GROUP BY parent_id"_s,
                                      binds))
            page.children.insert(r[0].toString(), r[1].toInt());
        for (const Row &r : m_db.rows(u"SELECT message_id, created, id, labels FROM text_label WHERE task_id IS NOT "
                                      "NULL AND message_id"_s + messagesIn,
                                      binds))
            page.reviews[r[0].toString()].append({r[1].toLongLong(), r[2].toString(), labelValuesFromJson(r[3].toString())});
        for (auto it = page.reviews.begin(); it != page.reviews.end(); ++it) {
            std::sort(it->begin(), it->end(), [](const Review &a, const Review &b) {
                return a.created != b.created ? a.created < b.created : a.id < b.id;
            });
        }
        for (const Row &r : m_db.rows(u"SELECT parent_id, id, task_id IS NOT NULL, ranked_ids FROM ranking WHERE "
                                      "parent_id"_s + messagesIn + u" ORDER BY created, id"_s,
                                      binds))
            page.rankings[r[0].toString()].append({r[1].toString(), r[2].toInt() != 0, r[3].toString()});
        for (const Row &r : m_db.rows(u"SELECT message_id, emoji, COUNT(*) FROM message_emoji WHERE message_id"_s
                                          + messagesIn + u" GROUP BY message_id, emoji"_s,
                                      binds))
            page.emojiRows[r[0].toString()].insert(r[1].toString(), r[2].toInt());
        for (const Row &r : m_db.rows(u"SELECT message_id, emoji, count FROM emoji_count WHERE message_id"_s + messagesIn,
                                      binds))
            page.emojiCounts[r[0].toString()].insert(r[1].toString(), r[2].toInt());
        return page;
    }

    // The differences of one tree of the page.
    QList<DerivedDifference> derive(const Page &page, const QString &treeId)
    {
        QList<DerivedDifference> treeDiffs, messageDiffs, emojiDiffs;
        const QList<StoredMessage> messages = page.messages.value(treeId);
        ++m_trees;
        m_messages += messages.size();
        auto differ = [](QList<DerivedDifference> &out, const QString &table, const QString &id, const QString &column,
                         const QJsonValue &stored, const QJsonValue &recomputed) {
            if (stored != recomputed)
                out.append({table, id, column, stored, recomputed});
        };

        // Messages, and their review results as the facts give them (the stored ones where
        // the facts do not decide).
        QList<MessageStatus> statuses;
        for (const StoredMessage &m : messages) {
            differ(messageDiffs, u"message"_s, m.id, u"children_count"_s, m.childrenCount, page.children.value(m.id));
            std::optional<bool> result = m.reviewResult;
            if (m.local) {
                const QList<Review> reviews = page.reviews.value(m.id);
                differ(messageDiffs, u"message"_s, m.id, u"review_count"_s, m.reviewCount, int(reviews.size()));
                const bool isRoot = m.parentId.isEmpty();
                if (reviews.isEmpty()) {
                    result = std::nullopt; // decided only when a review arrives
                } else if (reviews.first().created <= (isRoot ? m_changes.root : m_changes.reply)) {
                    ++m_reviewsUnchecked;
                } else {
                    const ReviewRule rule = reviewRule(isRoot, m_settings);
                    QList<LabelValues> decisive;
                    for (qsizetype i = 0; i < reviews.size() && i < rule.required; ++i)
                        decisive << reviews.at(i).values;
                    switch (decideMessage(decisive, int(reviews.size()), rule)) {
                    case ReviewDecision::Pending:
                        result = std::nullopt;
                        break;
                    case ReviewDecision::Accepted:
                        result = true;
                        break;
                    case ReviewDecision::Rejected:
                        result = false;
                        break;
                    }
                }
                differ(messageDiffs, u"message"_s, m.id, u"review_result"_s, json(m.reviewResult), json(result));

                int rankings = 0;
                for (const StoredRanking &r : page.rankings.value(m.parentId)) {
                    for (const QJsonValue &v : jsonArray(r.rankedIds))
                        rankings += v.toString() == m.id ? 1 : 0;
                }
                differ(messageDiffs, u"message"_s, m.id, u"ranking_count"_s, m.rankingCount, rankings);

                const QMap<QString, int> rows = page.emojiRows.value(m.id);
                const QMap<QString, int> counts = page.emojiCounts.value(m.id);
                QStringList emojis = rows.keys() + counts.keys();
                std::sort(emojis.begin(), emojis.end());
                emojis.erase(std::unique(emojis.begin(), emojis.end()), emojis.end());
                for (const QString &emoji : std::as_const(emojis)) {
                    differ(emojiDiffs, u"emoji_count"_s, m.id, emoji,
                           counts.contains(emoji) ? QJsonValue(counts.value(emoji)) : QJsonValue(QJsonValue::Null),
                           rows.contains(emoji) ? QJsonValue(rows.value(emoji)) : QJsonValue(QJsonValue::Null));
                }
            }
            statuses.append({m.id, m.parentId, m.role, m.deleted, result});
        }

        // The tree's state and whether it is active.
        std::optional<TreeState> state;
        bool scoringFails = false;
        if (page.trees.contains(treeId)) {
            const StoredTree &tree = page.trees[treeId];
            state = tree.state;
            if (!state) {
                m_notes << Engine::tr("Tree %1 is in the unknown state \"%2\"; it was not checked.")
                               .arg(treeId, tree.stateText);
            } else {
                if (!tree.imported)
                    state = expectedState(tree, messages, statuses, page, &scoringFails);
                differ(treeDiffs, u"tree"_s, treeId, u"state"_s, tree.stateText, toString(*state));
                differ(treeDiffs, u"tree"_s, treeId, u"active"_s, tree.active, !isTerminal(*state));
            }
        }

        // Ranks: none for a prompt or under a parent nobody ranked; T7's consensus in trees
        // scored here.
        QHash<QString, std::optional<int>> rank;
        for (const StoredMessage &m : messages) {
            if (m.local && (m.parentId.isEmpty() || page.rankings.value(m.parentId).isEmpty()))
                rank.insert(m.id, std::nullopt);
        }
        if (state == TreeState::ReadyForExport && !scoringFails && page.trees.contains(treeId)) {
            bool scoredHere = !page.trees[treeId].imported;
            QMap<QString, QStringList> children; // parent → replies, in id order
            QSet<QString> ranked;                // parents with a reply that carries a rank
            for (const StoredMessage &m : messages) {
                if (m.parentId.isEmpty())
                    continue;
                children[m.parentId] << m.id;
                if (m.rank)
                    ranked.insert(m.parentId);
                for (const StoredRanking &r : page.rankings.value(m.parentId))
                    scoredHere = scoredHere || r.local;
            }
            QSet<QString> parents = ranked;
            for (const QString &p : rankableParents(statuses, m_settings.rankPrompterReplies))
                parents.insert(p);
            for (auto it = children.cbegin(); scoredHere && it != children.cend(); ++it) {
                const QString &parent = it.key();
                const QList<StoredRanking> rankings = page.rankings.value(parent);
                if (!parents.contains(parent) || rankings.isEmpty())
                    continue;
                const QSet<QString> childSet(it.value().cbegin(), it.value().cend());
                QList<QStringList> votes;
                for (const StoredRanking &r : rankings) {
                    const std::optional<QStringList> vote = voteOf(r, childSet);
                    if (!vote) {
                        m_notes << Engine::tr("The ranks of the replies to %1 were not checked: ranking %2 is not a "
                                              "list of them.").arg(parent, r.id);
                        votes.clear();
                        break;
                    }
                    votes << *vote;
                }
                if (votes.isEmpty())
                    continue;
                const std::optional<QList<std::optional<int>>> ranks = siblingRanks(it.value(), votes);
                if (!ranks)
                    continue; // no consensus: T7 changes no rank
                for (qsizetype i = 0; i < it.value().size(); ++i)
                    rank.insert(it.value().at(i), ranks->at(i));
            }
        }
        for (const StoredMessage &m : messages) {
            const auto expected = rank.constFind(m.id);
            if (expected != rank.constEnd())
                differ(messageDiffs, u"message"_s, m.id, u"rank"_s, json(m.rank), json(*expected));
        }

        // Grouped by tree: its own row first, then its messages (by id and column), then emojis.
        auto byIdAndColumn = [](const DerivedDifference &a, const DerivedDifference &b) {
            return a.id != b.id ? a.id < b.id : a.column < b.column;
        };
        std::stable_sort(messageDiffs.begin(), messageDiffs.end(), byIdAndColumn);
        std::stable_sort(emojiDiffs.begin(), emojiDiffs.end(), byIdAndColumn);
        return treeDiffs + messageDiffs + emojiDiffs;
    }

    int trees() const { return m_trees; }
    qint64 messages() const { return m_messages; }
    QStringList notes() const
    {
        QStringList notes = m_notes;
        if (m_reviewsUnchecked > 0) {
            notes.prepend(Engine::tr("The review results of %n message(s) were not checked: a review setting changed "
                                     "after their first review.",
                                     nullptr, int(m_reviewsUnchecked)));
        }
        return notes;
    }

private:
    // The state a tree made here must be in, given the facts: its stored state, moved on by
    // every transition the workflow takes without a dice roll as soon as its condition holds.
    TreeState expectedState(const StoredTree &tree, const QList<StoredMessage> &messages,
                            const QList<MessageStatus> &statuses, const Page &page, bool *scoringFails)
    {
        std::optional<bool> rootAccepted;
        bool rootKnown = false;
        for (const MessageStatus &m : statuses) {
            if (m.parentId.isEmpty() && m.id == tree.id) {
                rootKnown = true;
                rootAccepted = m.reviewResult;
            }
        }
        TreeState state = *tree.state;
        for (int step = 0; step < 4; ++step) {
            switch (state) {
            case TreeState::InitialPromptReview:
            case TreeState::PromptLotteryWaiting:
                // Only the lottery makes a tree grow, and it remembers when (won_lottery_at).
                if (tree.wonLotteryAt != 0) {
                    state = TreeState::Growing;
                    continue;
                }
                if (!rootKnown)
                    return state;
                // T2/T3: the prompt's review decides, once and for all.
                if (!rootAccepted)
                    return TreeState::InitialPromptReview;
                return *rootAccepted ? TreeState::PromptLotteryWaiting : TreeState::AbortedLowGrade;
            case TreeState::Growing:
                switch (decideGrowth(statuses, tree.goalTreeSize)) {
                case GrowthDecision::KeepGrowing:
                    return state;
                case GrowthDecision::Halted:
                    return TreeState::HaltedByModerator;
                case GrowthDecision::Ranking:
                    state = TreeState::Ranking;
                    continue;
                }
                return state;
            case TreeState::Ranking: {
                // T7: scored once every rankable parent has its rankings; T8 when one of them
                // is not a list of the parent's replies.
                const QStringList parents = rankableParents(statuses, m_settings.rankPrompterReplies);
                for (const QString &parent : parents) {
                    if (page.rankings.value(parent).size() < m_settings.numRequiredRankings)
                        return state;
                }
                for (const QString &parent : parents) {
                    QSet<QString> children;
                    for (const StoredMessage &m : messages) {
                        if (m.parentId == parent)
                            children.insert(m.id);
                    }
                    for (const StoredRanking &r : page.rankings.value(parent)) {
                        if (!voteOf(r, children)) {
                            *scoringFails = true;
                            return TreeState::ScoringFailed;
                        }
                    }
                }
                return TreeState::ReadyForExport;
            }
            default:
                return state;
            }
        }
        return state;
    }

    Database &m_db;
    const WorkflowSettings m_settings;
    const ReviewSettingChanges m_changes;
    int m_trees = 0;
    qint64 m_messages = 0;
    qint64 m_reviewsUnchecked = 0;
    QStringList m_notes;
};

ReviewSettingChanges reviewSettingChanges(Database &db)
{
    ReviewSettingChanges changes;
    for (const Row &r : db.rows(u"SELECT object_id, MAX(at) FROM audit_log WHERE action = 'setting' AND object_type = "
                                "'setting' AND object_id IN ('num_reviews_initial_prompt', "
                                "'acceptance_threshold_initial_prompt', 'num_reviews_reply', "
                                "'acceptance_threshold_reply') GROUP BY object_id"_s)) {
        qint64 &last = r[0].toString().endsWith("initial_prompt"_L1) ? changes.root : changes.reply;
        last = std::max(last, r[1].toLongLong());
    }
    return changes;
}

} // namespace

DerivedReport Engine::recomputeDerived(bool repair, const QString &actorName)
{
    DerivedReport report;
    QStringList troubled; // trees with a difference
    // Everything, in one consistent snapshot.
    m_db.read([&] {
        report = DerivedReport();
        troubled.clear();
        if (!actorName.isEmpty())
            requireModerator(actorName);
        Recomputer recomputer(m_db, loadSettings(), reviewSettingChanges(m_db));
        const QStringList trees = recomputer.allTrees();
        for (qsizetype first = 0; first < trees.size(); first += kTreesPerPage) {
            const QStringList pageTrees = trees.mid(first, kTreesPerPage);
            const Page page = recomputer.load(pageTrees);
            for (const QString &tree : pageTrees) {
                const QList<DerivedDifference> differences = recomputer.derive(page, tree);
                if (!differences.isEmpty())
                    troubled << tree;
                report.differences += differences;
            }
        }
        report.trees = recomputer.trees();
        report.messages = recomputer.messages();
        report.notes = recomputer.notes();
    });
    if (!repair || troubled.isEmpty())
        return report;

    // Each tree with differences is locked (every change to a tree happens under its row lock)
    // and looked at again: what is written is what holds under the lock.
    m_db.transact([&] {
        report.differences.clear(); // the lambda runs again after a retried conflict
        report.repaired = 0;
        // The system repairs, unless a person is named or signed in to the server.
        const Actor actor = actorName.isEmpty() && !login().signedIn ? Actor{} : requireModerator(actorName);
        Recomputer recomputer(m_db, loadSettings(), reviewSettingChanges(m_db));
        for (const QString &tree : std::as_const(troubled)) {
            m_db.lockRow(u"tree"_s, tree);
            const QList<DerivedDifference> differences = recomputer.derive(recomputer.load({tree}), tree);
            for (const DerivedDifference &d : differences) {
                if (d.table == "message"_L1) {
                    static const QStringList columns{u"children_count"_s, u"review_count"_s, u"review_result"_s,
                                                     u"ranking_count"_s, u"rank"_s};
                    Q_ASSERT(columns.contains(d.column));
                    if (!columns.contains(d.column))
                        continue;
                    m_db.exec(u"UPDATE message SET "_s + d.column + u" = ? WHERE id = ?"_s,
                              {sqlValue(d.recomputed), d.id});
                } else if (d.table == "tree"_L1) {
                    if (d.column == "state"_L1)
                        m_db.exec(u"UPDATE tree SET state = ?, updated = ? WHERE id = ?"_s,
                                  {d.recomputed.toString(), now(), d.id});
                    else
                        m_db.exec(u"UPDATE tree SET active = ?, updated = ? WHERE id = ?"_s,
                                  {d.recomputed.toBool() ? 1 : 0, now(), d.id});
                } else if (d.recomputed.isNull()) {
                    m_db.exec(u"DELETE FROM emoji_count WHERE message_id = ? AND emoji = ?"_s, {d.id, d.column});
                } else if (d.stored.isNull()) {
                    m_db.exec(u"INSERT INTO emoji_count (message_id, emoji, count) VALUES (?, ?, ?)"_s,
                              {d.id, d.column, sqlValue(d.recomputed)});
                } else {
                    m_db.exec(u"UPDATE emoji_count SET count = ? WHERE message_id = ? AND emoji = ?"_s,
                              {sqlValue(d.recomputed), d.id, d.column});
                }
                audit(actor, u"repair"_s, d.table, d.id, d.column + u'=' + text(d.stored),
                      d.column + u'=' + text(d.recomputed), tr("recomputed from the facts"));
                report.differences << d;
                ++report.repaired;
            }
        }
    });
    return report;
}

} // namespace Arborist
