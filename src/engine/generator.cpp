// A generated corpus shaped like oasst1 (arborist-cli generate, bench_tasks' history).

#include "engine/generator.h"

#include "engine/engine_p.h"

#include "core/ids.h"
#include "core/labels.h"
#include "core/types.h"
#include "store/batchinsert.h"
#include "store/database.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Arborist {

namespace {

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;
constexpr qint64 kEpoch = 1675209600000; // 2023-02-01T00:00:00Z
constexpr int kChunk = 250;

const QVariant kNullText{QMetaType(QMetaType::QString)};
const QVariant kNullInt{QMetaType(QMetaType::Int)};
const QVariant kNullLong{QMetaType(QMetaType::LongLong)};

using detail::jsonText;
using detail::toJsonArray;

enum class Shape {
    Exported,
    Aborted,
    Halted,
    PromptReview,
    Growing,
    Ranking,
    ReadyForScoring,
    ScoringFailed,
    Backlog,
    LotteryWaiting
};

TreeState stateOf(Shape shape)
{
    switch (shape) {
    case Shape::Exported:
        return TreeState::ReadyForExport;
    case Shape::Aborted:
        return TreeState::AbortedLowGrade;
    case Shape::Halted:
        return TreeState::HaltedByModerator;
    case Shape::PromptReview:
        return TreeState::InitialPromptReview;
    case Shape::Growing:
        return TreeState::Growing;
    case Shape::Ranking:
        return TreeState::Ranking;
    case Shape::ReadyForScoring:
        return TreeState::ReadyForScoring;
    case Shape::ScoringFailed:
        return TreeState::ScoringFailed;
    case Shape::Backlog:
        return TreeState::BacklogRanking;
    case Shape::LotteryWaiting:
        return TreeState::PromptLotteryWaiting;
    }
    return TreeState::ReadyForExport;
}

} // namespace

// --- text and labels -------------------------------------------------------------------------

QString Generator::fillerText(QRandomGenerator &rng, int minWords, int maxWords)
{
    static const QStringList words = {
        u"the"_s, u"model"_s, u"answer"_s, u"question"_s, u"explain"_s, u"why"_s, u"how"_s, u"could"_s,
        u"you"_s, u"please"_s, u"write"_s, u"a"_s, u"short"_s, u"story"_s, u"about"_s, u"python"_s,
        u"function"_s, u"returns"_s, u"list"_s, u"of"_s, u"numbers"_s, u"history"_s, u"river"_s,
        u"because"_s, u"therefore"_s, u"example"_s, u"first"_s, u"second"_s, u"finally"_s, u"and"_s,
        u"or"_s, u"is"_s, u"are"_s, u"was"_s, u"will"_s, u"recipe"_s, u"bread"_s, u"flour"_s, u"water"_s,
        u"salt"_s, u"minutes"_s, u"oven"_s, u"temperature"_s, u"letter"_s, u"friend"_s, u"summary"_s,
        u"article"_s, u"climate"_s, u"energy"_s, u"solar"_s, u"wind"_s, u"cost"_s, u"market"_s,
        u"poem"_s, u"moon"_s, u"night"_s, u"quiet"_s, u"city"_s, u"train"_s, u"travel"_s, u"compare"_s};
    const int n = minWords + int(rng.bounded(quint32(maxWords - minWords + 1)));
    QString text;
    text.reserve(n * 8);
    for (int i = 0; i < n; ++i) {
        if (i > 0)
            text += (i % 13 == 0) ? u". "_s : u" "_s;
        text += words.at(int(rng.bounded(quint32(words.size()))));
    }
    return text + u"."_s;
}

QJsonObject Generator::labelAnswer(QRandomGenerator &rng, const QStringList &names, double spam)
{
    QJsonObject labels;
    for (const QString &name : names) {
        if (name == "spam"_L1) {
            labels.insert(name, spam);
            continue;
        }
        if (name == "lang_mismatch"_L1) {
            labels.insert(name, 0.0);
            continue;
        }
        const LabelInfo *info = Labels::find(name);
        const LabelWidget widget = info ? info->widget : LabelWidget::Flag;
        const QList<double> steps = Labels::allowedSteps(widget);
        if (widget != LabelWidget::Likert && rng.bounded(10) != 0)
            labels.insert(name, 0.0);
        else
            labels.insert(name, steps.at(int(rng.bounded(quint32(steps.size())))));
    }
    return labels;
}

QJsonObject Generator::importedNode(QRandomGenerator &rng, bool assistant, int depth, const QString &lang)
{
    QJsonObject node{{u"text"_s, fillerText(rng, assistant ? 40 : 12, assistant ? 160 : 60)},
                     {u"role"_s, assistant ? u"assistant"_s : u"prompter"_s},
                     {u"lang"_s, lang},
                     {u"review_count"_s, 3}};
    if (depth < 3) {
        QJsonArray replies;
        const int n = assistant ? 1 : 2 + int(rng.bounded(2));
        for (int i = 0; i < n; ++i)
            replies << importedNode(rng, !assistant, depth + 1, lang);
        node.insert(u"replies"_s, replies);
    }
    return node;
}

QString GeneratorResult::describe() const
{
    return Generator::tr("%1 trees, %2 messages, %3 tasks, %4 labels, %5 rankings")
        .arg(trees).arg(messages).arg(tasks).arg(labels).arg(rankings);
}

QJsonObject GeneratorResult::toJson() const
{
    QJsonObject states;
    for (auto it = byState.begin(); it != byState.end(); ++it)
        states.insert(it.key(), it.value());
    return {{u"trees"_s, trees},       {u"messages"_s, messages}, {u"labels"_s, labels},
            {u"rankings"_s, rankings}, {u"tasks"_s, tasks},       {u"rows"_s, rows},
            {u"seconds"_s, seconds},   {u"by_state"_s, states}};
}

// --- the writer --------------------------------------------------------------------------------

class Generator::Writer
{
    Q_DISABLE_COPY_MOVE(Writer)

public:
    Writer(Database &db, const GeneratorOptions &options, QStringList users, QString importUser, quint32 *seed,
           qsizetype seedLength)
        : m_db(db), m_settings(options.settings), m_lonePromptShare(options.lonePromptShare),
          m_users(std::move(users)), m_importUser(std::move(importUser)),
          m_rng(seed, seedLength),
          m_message(db, u"message"_s,
                    {u"id"_s, u"tree_id"_s, u"parent_id"_s, u"task_id"_s, u"user_id"_s, u"role"_s, u"text"_s,
                     u"lang"_s, u"depth"_s, u"children_count"_s, u"deleted"_s, u"review_count"_s,
                     u"review_result"_s, u"ranking_count"_s, u"rank"_s, u"synthetic"_s, u"model_name"_s,
                     u"edited"_s, u"created"_s}),
          m_tree(db, u"tree"_s,
                 {u"id"_s, u"state"_s, u"active"_s, u"lang"_s, u"goal_tree_size"_s, u"max_depth"_s,
                  u"max_children_count"_s, u"origin"_s, u"won_lottery_at"_s, u"created"_s, u"updated"_s}),
          m_task(db, u"task"_s,
                 {u"id"_s, u"type"_s, u"kind"_s, u"user_id"_s, u"lang"_s, u"created"_s, u"expiry"_s, u"done"_s,
                  u"skipped"_s, u"skip_reason"_s, u"tree_id"_s, u"parent_id"_s, u"mode"_s, u"payload"_s,
                  u"result_message_id"_s, u"finished"_s}),
          m_label(db, u"text_label"_s,
                  {u"id"_s, u"task_id"_s, u"message_id"_s, u"user_id"_s, u"created"_s, u"labels"_s, u"text"_s,
                   u"is_report"_s}),
          m_ranking(db, u"ranking"_s,
                    {u"id"_s, u"task_id"_s, u"parent_id"_s, u"tree_id"_s, u"user_id"_s, u"created"_s,
                     u"ranked_ids"_s, u"not_rankable"_s}),
          m_rankPosition(db, u"rank_position"_s, {u"ranking_id"_s, u"user_id"_s, u"position"_s, u"at"_s}),
          m_emoji(db, u"message_emoji"_s, {u"message_id"_s, u"user_id"_s, u"emoji"_s, u"created"_s}),
          m_emojiCount(db, u"emoji_count"_s, {u"message_id"_s, u"emoji"_s, u"count"_s})
    {
        m_assistantLimit = m_settings.childLimit(MessageRole::Assistant, kMaxChildren);
    }

    void write(int trees, qint64 start, bool finishedOnly, const Progress &progress, GeneratorResult &result)
    {
        // The newest trees include one of every state, so that even a small corpus shows them all.
        static const QList<Shape> everyShape = {Shape::PromptReview,   Shape::Growing,       Shape::Ranking,
                                                Shape::ReadyForScoring, Shape::ScoringFailed, Shape::Backlog,
                                                Shape::LotteryWaiting, Shape::Aborted,       Shape::Halted,
                                                Shape::Exported};
        const qint64 span = 365 * kDay;
        for (int first = 0; first < trees; first += kChunk) {
            m_db.transact([&] {
                for (int i = first; i < std::min(trees, first + kChunk); ++i) {
                    const qint64 created =
                        start + span * i / std::max(1, trees) + qint64(m_rng.bounded(6 * 60)) * kMinute;
                    const QString lang = pickLang();
                    Shape shape = pickShape(finishedOnly);
                    const int fromEnd = trees - 1 - i;
                    if (!finishedOnly && trees >= everyShape.size() && fromEnd < everyShape.size())
                        shape = everyShape.at(fromEnd);
                    addTree(shape, lang, created);
                    result.byState[toString(stateOf(shape))] += 1;
                }
                flushAll();
            });
            if (progress)
                progress(std::min(trees, first + kChunk), trees);
        }
        result.trees += trees;
        result.messages += m_message.total();
        result.tasks += m_task.total();
        result.labels += m_label.total();
        result.rankings += m_ranking.total();
        result.rows += m_message.total() + m_tree.total() + m_task.total() + m_label.total() + m_ranking.total()
            + m_rankPosition.total() + m_emoji.total() + m_emojiCount.total();
        result.sampleTaskIds = m_sampleTasks;
        result.sampleMessageIds = m_sampleMessages;
    }

private:
    static constexpr int kMaxChildren = 3;
    static constexpr int kMaxDepth = 3;

    struct Node
    {
        QString id;
        int parent = -1;
        int depth = 0;
        bool assistant = false;
        QString userId;
        int result = 1;   // 1 accepted, 0 rejected, -1 under review
        int reviews = -1; // task-based labels; -1 = as many as the settings require
        int children = 0;
        int rank = -1;
        int rankingCount = 0;
        qint64 created = 0;
        QSet<QString> childAuthors;
    };

    QString newUuid() { return newId(m_rng); }
    QString anyUser() { return m_users.at(int(m_rng.bounded(quint32(m_users.size())))); }
    QString userNotIn(const QSet<QString> &taken)
    {
        for (;;) {
            const QString u = anyUser();
            if (!taken.contains(u))
                return u;
        }
    }
    QString pickLang()
    {
        const int dice = int(m_rng.bounded(100));
        return dice < 75 ? u"en"_s : dice < 90 ? u"de"_s : u"es"_s;
    }
    // oasst1: most trees finished; some prompts rejected, some trees halted; a few in every
    // other state.
    Shape pickShape(bool finishedOnly)
    {
        if (m_lonePromptShare > 0 && m_rng.generateDouble() < m_lonePromptShare)
            return (finishedOnly || m_rng.bounded(4) == 0) ? Shape::Aborted : Shape::LotteryWaiting;
        const int dice = int(m_rng.bounded(1000));
        if (dice < 60)
            return Shape::Aborted;
        if (dice < 80)
            return Shape::Halted;
        if (finishedOnly)
            return Shape::Exported;
        if (dice < 90)
            return Shape::PromptReview;
        if (dice < 105)
            return Shape::Growing;
        if (dice < 115)
            return Shape::Ranking;
        if (dice < 118)
            return Shape::ReadyForScoring;
        if (dice < 121)
            return Shape::ScoringFailed;
        if (dice < 141)
            return Shape::Backlog;
        if (dice < 151)
            return Shape::LotteryWaiting;
        return Shape::Exported;
    }

    void put(BatchInsert &batch, const QVariantList &row)
    {
        if (batch.add(row))
            flushAll();
    }
    // In foreign-key order.
    void flushAll()
    {
        m_message.flush();
        m_tree.flush();
        m_task.flush();
        m_label.flush();
        m_ranking.flush();
        m_rankPosition.flush();
        m_emoji.flush();
        m_emojiCount.flush();
    }

    int limitOf(const Node &n) const { return n.assistant ? m_assistantLimit : kMaxChildren; }

    int addNode(QList<Node> &nodes, int parent, int result, qint64 at)
    {
        Node n;
        n.id = newUuid();
        n.parent = parent;
        n.result = result;
        n.created = at;
        if (parent >= 0) {
            Node &p = nodes[parent];
            n.depth = p.depth + 1;
            n.assistant = !p.assistant;
            n.userId = userNotIn(p.childAuthors); // one reply per user per parent
            p.childAuthors.insert(n.userId);
            ++p.children;
        } else {
            n.userId = anyUser();
        }
        nodes << n;
        return int(nodes.size()) - 1;
    }

    // A tree cut short while growing: 2 to maxSize messages, the newest still under review.
    void growPartial(QList<Node> &nodes, int root, int maxSize, const std::function<qint64()> &later)
    {
        const int size = 2 + int(m_rng.bounded(quint32(maxSize - 1)));
        QList<int> open{root};
        while (nodes.size() < size && !open.isEmpty()) {
            const int parent = open.at(int(m_rng.bounded(quint32(open.size()))));
            if (nodes[parent].children >= limitOf(nodes[parent])) {
                open.removeOne(parent);
                continue;
            }
            const int child = addNode(nodes, parent, 1, later());
            if (nodes[child].depth < kMaxDepth)
                open << child;
        }
        if (nodes.size() > 1) {
            nodes.last().result = -1;
            nodes.last().reviews = int(m_rng.bounded(quint32(std::max(1, m_settings.numReviewsReply))));
        }
    }

    // Tree shapes follow the default settings: depth 3, 3 assistant replies per prompter
    // message, 1 prompter reply per assistant message, goal 12 (here 10 to 14).
    QList<Node> grow(Shape shape, qint64 created)
    {
        QList<Node> nodes;
        qint64 at = created;
        auto later = [&] { return at += 10 * kMinute + qint64(m_rng.bounded(6 * 60)) * kMinute; };
        switch (shape) {
        case Shape::Aborted:
            addNode(nodes, -1, 0, at);
            return nodes;
        case Shape::PromptReview: {
            const int root = addNode(nodes, -1, -1, at);
            nodes[root].reviews = int(m_rng.bounded(quint32(std::max(1, m_settings.numReviewsInitialPrompt))));
            return nodes;
        }
        case Shape::LotteryWaiting:
            addNode(nodes, -1, 1, at);
            return nodes;
        case Shape::Halted:
            growPartial(nodes, addNode(nodes, -1, 1, at), 6, later);
            return nodes;
        case Shape::Growing:
            growPartial(nodes, addNode(nodes, -1, 1, at), 9, later);
            return nodes;
        case Shape::Backlog: // imported trees are written by addImportedTree()
            return nodes;
        case Shape::Exported:
        case Shape::Ranking:
        case Shape::ReadyForScoring:
        case Shape::ScoringFailed:
            break;
        }
        const int root = addNode(nodes, -1, 1, at);
        const int size = 10 + int(m_rng.bounded(5));
        QList<int> prompters{root};
        QList<int> leaves;
        for (int i = 0; i < kMaxChildren; ++i) {
            const int assistant = addNode(nodes, root, 1, later());
            for (int j = 0; j < m_assistantLimit; ++j) {
                prompters << addNode(nodes, assistant, 1, later());
                leaves << prompters.last();
            }
        }
        while (nodes.size() < size && !leaves.isEmpty()) {
            const int parent = leaves.at(int(m_rng.bounded(quint32(leaves.size()))));
            addNode(nodes, parent, 1, later());
            if (nodes[parent].children >= kMaxChildren)
                leaves.removeOne(parent);
        }
        // Now and then a reply was rejected by its reviewers.
        for (int p : prompters) {
            if (m_rng.bounded(100) < 8)
                addNode(nodes, p, 0, later());
        }
        return nodes;
    }

    QString taskPayload(const QStringList &valid, const QStringList &mandatory, const QStringList &replyIds = {})
    {
        QJsonObject payload{{u"valid_labels"_s, toJsonArray(valid)}, {u"mandatory_labels"_s, toJsonArray(mandatory)}};
        if (!replyIds.isEmpty()) {
            payload.insert(u"reply_ids"_s, toJsonArray(replyIds));
            payload.insert(u"reveal_synthetic"_s, false);
        }
        return jsonText(payload);
    }

    void addTask(const QString &id, const QString &type, const QString &kind, const QString &userId, qint64 created,
                 qint64 finished, int done, int skipped, const QVariant &treeId, const QVariant &parentId,
                 const QVariant &mode, const QString &payload, const QVariant &result)
    {
        put(m_task, {id, type, kind, userId, m_treeLang, created, created + 2 * kDay, done, skipped,
                     skipped ? QVariant(u"not for me"_s) : kNullText, treeId, parentId, mode, payload, result,
                     finished > 0 ? QVariant(finished) : kNullLong});
        if (m_rng.bounded(40) == 0 && m_sampleTasks.size() < 20000)
            m_sampleTasks << id;
    }

    // An imported tree waiting in the ranking backlog (§T10): synthetic, accepted, no tasks.
    void addImportedTree(const QString &lang, qint64 created)
    {
        const QString treeId = newUuid();
        std::function<void(const QString &, const QString &, bool, int)> insert =
            [&](const QString &id, const QString &parent, bool assistant, int depth) {
                QStringList replies;
                if (depth < kMaxDepth) {
                    const int n = assistant ? std::min(1, m_assistantLimit) : 2 + int(m_rng.bounded(2));
                    for (int i = 0; i < n; ++i)
                        replies << newUuid();
                }
                put(m_message, {id, treeId, parent.isEmpty() ? kNullText : QVariant(parent), kNullText, m_importUser,
                                toString(assistant ? MessageRole::Assistant : MessageRole::Prompter),
                                fillerText(m_rng, assistant ? 40 : 12, assistant ? 160 : 60), lang, depth,
                                int(replies.size()), 0, 3, 1, 0, kNullInt, 1, kNullText, 0, created});
                for (const QString &reply : replies)
                    insert(reply, id, !assistant, depth + 1);
            };
        insert(treeId, QString(), false, 0);
        put(m_tree, {treeId, toString(TreeState::BacklogRanking), 0, lang, 0, 0, 0, u"oasst-import"_s, kNullLong,
                     created, created});
    }

    void addTree(Shape shape, const QString &lang, qint64 created)
    {
        if (shape == Shape::Backlog) {
            addImportedTree(lang, created);
            return;
        }
        QList<Node> nodes = grow(shape, created);
        const QString treeId = nodes[0].id;
        m_treeLang = lang;
        const WorkflowSettings &s = m_settings;
        for (Node &n : nodes) {
            if (n.reviews < 0)
                n.reviews = n.parent < 0 ? s.numReviewsInitialPrompt : s.numReviewsReply;
        }

        // Rankings of every prompter message with 2 or more accepted assistant replies: all of
        // them for finished trees, some for trees still in ranking.
        struct Vote
        {
            QString taskId, userId, parentId;
            QStringList ranked;
            qint64 at = 0;
        };
        QList<Vote> votes;
        qint64 last = 0;
        for (const Node &n : nodes)
            last = std::max(last, n.created);
        const bool ranked = shape == Shape::Exported || shape == Shape::Ranking || shape == Shape::ReadyForScoring
            || shape == Shape::ScoringFailed;
        bool firstGroup = true;
        for (int p = 0; ranked && p < nodes.size(); ++p) {
            if (nodes[p].assistant)
                continue;
            QList<int> children;
            QSet<QString> authors;
            for (int c = 0; c < nodes.size(); ++c) {
                if (nodes[c].parent == p && nodes[c].result == 1) {
                    children << c;
                    authors.insert(nodes[c].userId);
                }
            }
            if (children.size() < 2)
                continue;
            // The consensus order; the third ranker swaps the first two.
            for (int i = int(children.size()) - 1; i > 0; --i)
                children.swapItemsAt(i, int(m_rng.bounded(quint32(i + 1))));
            int rankings = s.numRequiredRankings;
            if (shape == Shape::Ranking) // the first group always still waits for rankings
                rankings = int(m_rng.bounded(quint32(firstGroup ? std::max(1, s.numRequiredRankings)
                                                                : s.numRequiredRankings + 1)));
            firstGroup = false;
            for (int position = 0; position < children.size(); ++position) {
                if (shape == Shape::Exported)
                    nodes[children[position]].rank = position;
                nodes[children[position]].rankingCount = rankings;
            }
            QSet<QString> rankers = authors;
            for (int r = 0; r < rankings; ++r) {
                Vote v;
                v.taskId = newUuid();
                v.userId = userNotIn(rankers);
                rankers.insert(v.userId);
                v.parentId = nodes[p].id;
                for (int c : children)
                    v.ranked << nodes[c].id;
                if (r == 2)
                    v.ranked.swapItemsAt(0, 1);
                v.at = last + kHour + qint64(m_rng.bounded(72 * 60)) * kMinute;
                votes << v;
            }
        }

        for (const Node &n : nodes) {
            const bool root = n.parent < 0;
            const MessageRole role = n.assistant ? MessageRole::Assistant : MessageRole::Prompter;
            // The reply (or prompt) task that produced the message.
            const QString replyTask = newUuid();
            const QString replyType = root ? u"initial_prompt"_s
                                           : n.assistant ? u"assistant_reply"_s : u"prompter_reply"_s;
            addTask(replyTask, replyType, root ? u"prompt"_s : u"reply"_s, n.userId, n.created - 5 * kMinute, n.created,
                    1, 0, root ? kNullText : QVariant(treeId), root ? kNullText : QVariant(nodes[n.parent].id),
                    kNullText, taskPayload({}, {}), n.id);
            put(m_message, {n.id, treeId, root ? kNullText : QVariant(nodes[n.parent].id), replyTask, n.userId,
                            toString(role), fillerText(m_rng, n.assistant ? 40 : 12, n.assistant ? 160 : 60), lang,
                            n.depth, n.children, 0, n.reviews, n.result < 0 ? kNullInt : QVariant(n.result),
                            n.rankingCount, n.rank < 0 ? kNullInt : QVariant(n.rank), 0, kNullText, 0, n.created});
            if (m_rng.bounded(10) == 0 && m_sampleMessages.size() < 20000)
                m_sampleMessages << n.id;

            // Its reviews.
            const QString labelType = root ? u"label_initial_prompt"_s
                                           : n.assistant ? u"label_assistant_reply"_s : u"label_prompter_reply"_s;
            QSet<QString> reviewers{n.userId};
            for (int r = 0; r < n.reviews; ++r) {
                const QString reviewer = userNotIn(reviewers);
                reviewers.insert(reviewer);
                const bool full = root || n.assistant || m_rng.bounded(4) == 0;
                const QStringList valid = full ? s.fullLabels(root, role) : s.simpleLabels(root, role);
                const QString task = newUuid();
                const qint64 at = n.created + kHour + qint64(m_rng.bounded(24 * 60)) * kMinute;
                addTask(task, labelType, u"label"_s, reviewer, at - 3 * kMinute, at, 1, 0, treeId, n.id,
                        full ? u"full"_s : u"simple"_s, taskPayload(valid, s.mandatoryLabels(root, role)), kNullText);
                put(m_label, {task, task, n.id, reviewer, at,
                              jsonText(labelAnswer(m_rng, valid, n.result == 0 ? 1.0 : 0.0)), kNullText, 0});
            }
            // Now and then someone skipped reviewing it, or took the task and never came back.
            if (m_rng.bounded(100) < 3) {
                const QString skipper = userNotIn(reviewers);
                reviewers.insert(skipper);
                const qint64 at = n.created + 2 * kHour;
                addTask(newUuid(), labelType, u"label"_s, skipper, at, at + kMinute, 0, 1, treeId, n.id, u"full"_s,
                        taskPayload(s.fullLabels(root, role), s.mandatoryLabels(root, role)), kNullText);
                put(m_emoji, {n.id, skipper, u"_skip_labeling"_s, at + kMinute});
                put(m_emojiCount, {n.id, u"_skip_labeling"_s, 1});
            }
            if (m_rng.bounded(100) < 2) {
                const QString idle = userNotIn(reviewers);
                const qint64 at = n.created + 3 * kHour;
                addTask(newUuid(), labelType, u"label"_s, idle, at, 0, 0, 0, treeId, n.id, u"full"_s,
                        taskPayload(s.fullLabels(root, role), s.mandatoryLabels(root, role)), kNullText);
            }
        }

        QHash<QString, QString> authorOf;
        for (const Node &n : nodes)
            authorOf.insert(n.id, n.userId);
        for (const Vote &v : votes) {
            addTask(v.taskId, u"rank_assistant_replies"_s, u"ranking"_s, v.userId, v.at - 5 * kMinute, v.at, 1, 0,
                    treeId, v.parentId, kNullText, taskPayload({}, {}, v.ranked), kNullText);
            put(m_ranking, {v.taskId, v.taskId, v.parentId, treeId, v.userId, v.at, jsonText(toJsonArray(v.ranked)), 0});
            for (int position = 0; position < std::min(3, int(v.ranked.size())); ++position)
                put(m_rankPosition, {v.taskId, authorOf.value(v.ranked[position]), position, v.at});
        }

        const TreeState state = stateOf(shape);
        qint64 updated = last + kHour;
        for (const Vote &v : votes)
            updated = std::max(updated, v.at);
        const bool wonLottery = shape != Shape::Aborted && shape != Shape::PromptReview
            && shape != Shape::LotteryWaiting;
        put(m_tree, {treeId, toString(state), isTerminal(state) ? 0 : 1, lang, 12, kMaxDepth, kMaxChildren, kNullText,
                     wonLottery ? QVariant(created + 6 * kHour) : kNullLong, created, updated});
    }

    Database &m_db;
    WorkflowSettings m_settings;
    double m_lonePromptShare = 0;
    QStringList m_users;
    QString m_importUser;
    QRandomGenerator m_rng;
    int m_assistantLimit = 1;
    QString m_treeLang; // of the tree being added
    BatchInsert m_message, m_tree, m_task, m_label, m_ranking, m_rankPosition, m_emoji, m_emojiCount;
    QStringList m_sampleTasks, m_sampleMessages;
};

// --- Generator ---------------------------------------------------------------------------------

Generator::Generator(Database &db, GeneratorOptions options) : m_db(db), m_options(std::move(options)) {}

Generator::~Generator() = default;

GeneratorResult Generator::run(int trees, quint64 seed, const Progress &progress)
{
    GeneratorResult result;
    QElapsedTimer timer;
    timer.start();
    const qint64 start = m_options.start > 0 ? m_options.start : kEpoch;
    // A second corpus in the same database draws other ids: the seed is mixed with the trees
    // already there.
    const int existingTrees = m_db.value(u"SELECT COUNT(*) FROM tree"_s).toInt();
    quint32 seedWords[3] = {quint32(seed), quint32(seed >> 32), quint32(existingTrees)};
    QRandomGenerator userRng(seedWords, 3);

    // The people: gen-user-1..N, about one per 25 trees, and the import user of backlog trees.
    QStringList users = m_options.userIds;
    QString importUser;
    m_db.transact([&] {
        auto ensureUser = [&](const QString &name, bool enabled, UserRole role = UserRole::Annotator) {
            const QString id = m_db.value(u"SELECT id FROM app_user WHERE name = ?"_s, {name}).toString();
            if (!id.isEmpty())
                return id;
            const QString fresh = newId(userRng);
            m_db.exec(u"INSERT INTO app_user (id, name, display_name, role, lang, enabled, deleted, created) "
                      "VALUES (?, ?, ?, ?, 'en', ?, 0, ?)"_s,
                      {fresh, name, name, toString(role), enabled ? 1 : 0, start});
            return fresh;
        };
        // A database without an admin gets one, so that users can still be added afterwards.
        if (m_db.value(u"SELECT COUNT(*) FROM app_user WHERE role = ?"_s, {toString(UserRole::Admin)}).toInt() == 0)
            ensureUser(u"gen-admin"_s, true, UserRole::Admin);
        if (users.isEmpty()) {
            const int count = std::clamp(trees / 25, 12, 400);
            for (int i = 1; i <= count; ++i)
                users << ensureUser(u"gen-user-%1"_s.arg(i), true);
        }
        if (!m_options.finishedOnly)
            importUser = ensureUser(u"import"_s, true); // as Engine's importer: its prompts may win the lottery
    });
    if (users.size() < 10)
        throw DbError(tr("Generating a corpus takes at least 10 users; %1 were given.").arg(users.size()));

    seedWords[2] ^= 0x9e3779b9u;
    Writer writer(m_db, m_options, users, importUser, seedWords, 3);
    // Batches of trees that touch many index pages (see BulkWrite).
    const BulkWrite bulk(m_db, 256);
    writer.write(trees, start, m_options.finishedOnly, progress, result);
    result.seconds = double(timer.nsecsElapsed()) / 1e9;
    return result;
}

} // namespace Arborist
