// bench_tasks: how fast the engine hands out and takes back tasks on a database with a long
// history, on SQLite and on PostgreSQL.
//
// For each database it
//   1. loads a history of finished trees (default 10,000 trees, ~11 messages each) with their
//      reply, label and ranking tasks, labels, rankings and skips, by batched INSERTs, and
//      imports 3% of the trees through the engine into backlog_ranking;
//   2. builds the active part through the Engine API only: with min_active_rankings_per_lang
//      = 20 (so that backlog trees move into ranking), the team writes and reviews prompts and
//      keeps working until 10 trees grow and the first of its own trees is exported;
//   3. times every requestTask ("I'm feeling lucky", an initial prompt now and then), submit,
//      skip and availability call of a team of annotators, and, as the floor, indexed point
//      queries through Database::value;
//   4. prints median, p90, p99 and max per operation, as a table (and JSON with --json), and
//      the result of Engine::checkInvariants().
//
//   bench_tasks [--db URL]... [--pg URL] [--trees N] [--iterations N] [--annotators N]
//               [--import-ranking N] [--seed S] [--analyze] [--extra-sql SQL]... [--json]
//
// Without --db, the database is a SQLite file in a temporary folder; --pg adds a PostgreSQL run.
// A PostgreSQL database is created if missing and its public schema is WIPED. A SQLite --db
// file must not exist yet (it is kept afterwards, for EXPLAIN QUERY PLAN).

#include "core/errors.h"
#include "core/ids.h"
#include "core/labels.h"
#include "core/settings.h"
#include "engine/engine.h"
#include "store/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;
using namespace Arborist;

namespace {

const QString kLang = u"en"_s;
constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kHour = 60 * kMinute;
constexpr qint64 kDay = 24 * kHour;

const QVariant kNullText{QMetaType(QMetaType::QString)};
const QVariant kNullInt{QMetaType(QMetaType::Int)};
const QVariant kNullLong{QMetaType(QMetaType::LongLong)};

void say(const QString &line)
{
    fprintf(stderr, "%s\n", qPrintable(line));
    fflush(stderr);
}

double seconds(const QElapsedTimer &timer) { return double(timer.nsecsElapsed()) / 1e9; }

struct Options
{
    QStringList urls; // empty string = a SQLite file in a temporary folder
    QStringList extraSql;
    int trees = 10000;
    int iterations = 2000;
    int annotators = 20;
    int importRanking = 0; // trees imported straight into ranking
    quint64 seed = 1;
    bool analyze = false;
    bool json = false;
};

// --- timings ---------------------------------------------------------------------------------

struct Summary
{
    qsizetype n = 0;
    double median = 0, p90 = 0, p99 = 0, max = 0; // milliseconds
};

Summary summarize(std::vector<qint64> ns)
{
    Summary s;
    s.n = qsizetype(ns.size());
    if (ns.empty())
        return s;
    std::sort(ns.begin(), ns.end());
    auto at = [&](double p) { // nearest rank
        const size_t rank = std::clamp<size_t>(size_t(std::ceil(p * double(ns.size()))), 1, ns.size());
        return double(ns[rank - 1]) / 1e6;
    };
    s.median = at(0.5);
    s.p90 = at(0.9);
    s.p99 = at(0.99);
    s.max = double(ns.back()) / 1e6;
    return s;
}

// Per-call durations in nanoseconds, by operation name ("request", "submit:label_initial_prompt").
class Samples
{
public:
    void add(const QString &op, qint64 ns) { m_samples[op].push_back(ns); }
    qsizetype count(const QString &op) const
    {
        const auto it = m_samples.find(op);
        return it == m_samples.end() ? 0 : qsizetype(it->second.size());
    }
    qint64 total(const QString &op) const
    {
        const auto it = m_samples.find(op);
        qint64 sum = 0;
        if (it != m_samples.end()) {
            for (qint64 ns : it->second)
                sum += ns;
        }
        return sum;
    }
    // The operations in reading order: the main ones, their breakdowns by task type, the floors.
    QStringList ops() const
    {
        auto group = [](const QString &op) {
            static const QStringList order = {u"request"_s, u"submit"_s, u"skip"_s, u"availability"_s};
            if (order.contains(op))
                return int(order.indexOf(op));
            if (op.startsWith("request:"_L1))
                return 10;
            if (op.startsWith("submit:"_L1))
                return 11;
            if (op.startsWith("floor:"_L1))
                return 20;
            return 15;
        };
        QStringList list;
        for (const auto &[op, values] : m_samples)
            list << op;
        std::stable_sort(list.begin(), list.end(), [&](const QString &a, const QString &b) {
            return group(a) != group(b) ? group(a) < group(b) : a < b;
        });
        return list;
    }
    Summary summary(const QString &op) const
    {
        const auto it = m_samples.find(op);
        return it == m_samples.end() ? Summary() : summarize(it->second);
    }

private:
    std::map<QString, std::vector<qint64>> m_samples;
};

// --- databases -------------------------------------------------------------------------------

// A fresh, migrated database at `url` (or in a temporary folder when `url` is empty).
class BenchDatabase
{
    Q_DISABLE_COPY_MOVE(BenchDatabase)

public:
    explicit BenchDatabase(const QString &url)
    {
        if (url.isEmpty()) {
            m_dir = std::make_unique<QTemporaryDir>();
            if (!m_dir->isValid())
                throw DbError(u"Cannot create a temporary folder for the SQLite database."_s);
            m_url = u"sqlite://"_s + m_dir->filePath(u"bench.db"_s);
        } else {
            m_url = url;
        }
        QString why;
        const std::optional<DatabaseUrl> parsed = DatabaseUrl::parse(m_url, &why);
        if (!parsed)
            throw DbError(why);
        if (parsed->backend == Backend::Sqlite) {
            if (QFileInfo::exists(parsed->path))
                throw DbError(u"%1 exists already; the benchmark builds its own database, so remove it or "
                              "name another file."_s.arg(parsed->path));
            auto db = Database::open(m_url, Database::OpenMode::CreateIfMissing);
            db->migrate();
            return;
        }
        // PostgreSQL: create the database if needed (through `postgres`), then wipe its schema.
        static const QRegularExpression plainName(u"^[a-z_][a-z0-9_]*$"_s);
        if (!plainName.match(parsed->database).hasMatch())
            throw DbError(u"Use a plain lower-case database name (letters, digits, _), not \"%1\"."_s
                              .arg(parsed->database));
        QUrl admin(m_url);
        admin.setPath(u"/postgres"_s);
        {
            auto server = Database::open(admin.toString());
            if (server->value(u"SELECT COUNT(*) FROM pg_database WHERE datname = ?"_s, {parsed->database}).toInt() == 0)
                server->execRaw(u"CREATE DATABASE "_s + parsed->database);
        }
        auto db = Database::open(m_url);
        db->execRaw(u"DROP SCHEMA IF EXISTS public CASCADE"_s);
        db->execRaw(u"CREATE SCHEMA public"_s);
        db->migrate();
    }

    const QString &url() const { return m_url; }
    QString displayUrl() const
    {
        const std::optional<DatabaseUrl> parsed = DatabaseUrl::parse(m_url, nullptr);
        return parsed ? parsed->displayString() : m_url;
    }

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_url;
};

// Multi-row INSERTs of up to 500 rows (8,000 values) each: one prepared statement per table.
class BatchInsert
{
    Q_DISABLE_COPY_MOVE(BatchInsert)

public:
    BatchInsert(Database &db, QString table, QStringList columns)
        : m_db(db), m_table(std::move(table)), m_columns(std::move(columns)),
          m_maxRows(std::clamp(8000 / int(m_columns.size()), 1, 500))
    {
    }

    // Buffers one row; true when the buffer is full and should be flushed.
    bool add(const QVariantList &row)
    {
        Q_ASSERT(row.size() == m_columns.size());
        m_binds += row;
        return ++m_rows >= m_maxRows;
    }

    void flush()
    {
        if (m_rows == 0)
            return;
        const QString one = u"("_s + QStringList(m_columns.size(), u"?"_s).join(u", "_s) + u")"_s;
        const QString sql = u"INSERT INTO "_s + m_table + u" ("_s + m_columns.join(u", "_s) + u") VALUES "_s
            + QStringList(m_rows, one).join(u", "_s);
        m_db.exec(sql, m_binds);
        m_total += m_rows;
        m_binds.clear();
        m_rows = 0;
    }

    qint64 total() const { return m_total; }

private:
    Database &m_db;
    QString m_table;
    QStringList m_columns;
    int m_maxRows;
    QVariantList m_binds;
    int m_rows = 0;
    qint64 m_total = 0;
};

// --- text and labels -------------------------------------------------------------------------

QString filler(QRandomGenerator &rng, int minWords, int maxWords)
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

// Answers for label tasks as an annotator gives them: `spam` set by the caller, lang_mismatch
// 0, flags mostly 0, Likert scales anywhere on their steps.
QJsonObject labelAnswer(QRandomGenerator &rng, const QStringList &names, double spam)
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

QString compact(const QJsonObject &o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }
QString compact(const QJsonArray &a) { return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact)); }

QJsonArray toArray(const QStringList &list)
{
    QJsonArray array;
    for (const QString &s : list)
        array << s;
    return array;
}

// --- history ---------------------------------------------------------------------------------

// The finished past of a team's database: mostly trees that went all the way to
// ready_for_export, plus rejected prompts (aborted_low_grade) and halted trees, each with the
// tasks, labels, rankings, skips and abandoned tasks the engine would have written.
class HistoryLoader
{
    Q_DISABLE_COPY_MOVE(HistoryLoader)

public:
    struct Counts
    {
        int exported = 0, aborted = 0, halted = 0;
    };

    HistoryLoader(Database &db, const QStringList &userIds, quint64 seed, qint64 now)
        : m_db(db), m_users(userIds), m_rng(quint32(seed)), m_now(now),
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
    }

    // Loads `trees` trees, spread over the year before `now` minus a week.
    Counts load(int trees)
    {
        Counts counts;
        const qint64 start = m_now - 372 * kDay;
        const qint64 span = 365 * kDay;
        constexpr int chunk = 250;
        for (int first = 0; first < trees; first += chunk) {
            m_db.transact([&] {
                for (int i = first; i < std::min(trees, first + chunk); ++i) {
                    const qint64 created =
                        start + span * i / std::max(1, trees) + qint64(m_rng.bounded(6 * 60)) * kMinute;
                    const QString lang = pickLang();
                    const int dice = int(m_rng.bounded(100));
                    if (dice < 6) {
                        addTree(Shape::Aborted, lang, created);
                        ++counts.aborted;
                    } else if (dice < 8) {
                        addTree(Shape::Halted, lang, created);
                        ++counts.halted;
                    } else {
                        addTree(Shape::Exported, lang, created);
                        ++counts.exported;
                    }
                }
                flushAll();
            });
            if ((first / chunk) % 8 == 7)
                say(u"  ... %1 of %2 trees"_s.arg(std::min(trees, first + chunk)).arg(trees));
        }
        return counts;
    }

    qint64 rows() const
    {
        return m_message.total() + m_tree.total() + m_task.total() + m_label.total() + m_ranking.total()
            + m_rankPosition.total() + m_emoji.total() + m_emojiCount.total();
    }
    QString describe() const
    {
        return u"%1 messages, %2 tasks, %3 labels, %4 rankings, %5 rank positions, %6 skip emojis"_s
            .arg(m_message.total()).arg(m_task.total()).arg(m_label.total()).arg(m_ranking.total())
            .arg(m_rankPosition.total()).arg(m_emoji.total());
    }
    // Some ids of stored tasks and messages, for the floor queries.
    const QStringList &sampleTaskIds() const { return m_sampleTasks; }
    const QStringList &sampleMessageIds() const { return m_sampleMessages; }

private:
    enum class Shape { Exported, Aborted, Halted };

    struct Node
    {
        QString id;
        int parent = -1;
        int depth = 0;
        bool assistant = false;
        QString userId;
        int result = 1;  // 1 accepted, 0 rejected, -1 under review
        int reviews = 3; // task-based labels
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

    // Tree shapes follow the default settings: depth 3, 3 assistant replies per prompter
    // message, 1 prompter reply per assistant message, goal 12 (here 10 to 14).
    QList<Node> grow(Shape shape, qint64 created)
    {
        QList<Node> nodes;
        qint64 at = created;
        auto later = [&] { return at += 10 * kMinute + qint64(m_rng.bounded(6 * 60)) * kMinute; };
        if (shape == Shape::Aborted) {
            addNode(nodes, -1, 0, at);
            return nodes;
        }
        const int root = addNode(nodes, -1, 1, at);
        if (shape == Shape::Halted) {
            const int size = 2 + int(m_rng.bounded(5));
            QList<int> open{root};
            while (nodes.size() < size) {
                const int parent = open.at(int(m_rng.bounded(quint32(open.size()))));
                if (nodes[parent].children >= (nodes[parent].assistant ? 1 : 3)) {
                    open.removeOne(parent);
                    if (open.isEmpty())
                        break;
                    continue;
                }
                const int child = addNode(nodes, parent, 1, later());
                if (nodes[child].depth < 3)
                    open << child;
            }
            // The newest reply was still under review when a lead halted the tree.
            nodes.last().result = -1;
            nodes.last().reviews = int(m_rng.bounded(3));
            return nodes;
        }
        const int size = 10 + int(m_rng.bounded(5));
        QList<int> prompters{root};
        for (int i = 0; i < 3; ++i) {
            const int assistant = addNode(nodes, root, 1, later());
            prompters << addNode(nodes, assistant, 1, later());
        }
        QList<int> leaves{prompters[1], prompters[2], prompters[3]};
        while (nodes.size() < size && !leaves.isEmpty()) {
            const int parent = leaves.at(int(m_rng.bounded(quint32(leaves.size()))));
            addNode(nodes, parent, 1, later());
            if (nodes[parent].children >= 3)
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
        QJsonObject payload{{u"valid_labels"_s, toArray(valid)}, {u"mandatory_labels"_s, toArray(mandatory)}};
        if (!replyIds.isEmpty()) {
            payload.insert(u"reply_ids"_s, toArray(replyIds));
            payload.insert(u"reveal_synthetic"_s, false);
        }
        return compact(payload);
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

    void addTree(Shape shape, const QString &lang, qint64 created)
    {
        QList<Node> nodes = grow(shape, created);
        const QString treeId = nodes[0].id;
        m_treeLang = lang;

        // Rankings: 3 per prompter message with 2 or more accepted assistant replies.
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
        if (shape == Shape::Exported) {
            for (int p = 0; p < nodes.size(); ++p) {
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
                for (int position = 0; position < children.size(); ++position) {
                    nodes[children[position]].rank = position;
                    nodes[children[position]].rankingCount = 3;
                }
                QSet<QString> rankers = authors;
                for (int r = 0; r < 3; ++r) {
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
        }

        const WorkflowSettings &s = m_settings;
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
                            toString(role), filler(m_rng, n.assistant ? 40 : 12, n.assistant ? 160 : 60), lang,
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
                              compact(labelAnswer(m_rng, valid, n.result == 0 ? 1.0 : 0.0)), kNullText, 0});
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
            put(m_ranking, {v.taskId, v.taskId, v.parentId, treeId, v.userId, v.at, compact(toArray(v.ranked)), 0});
            for (int position = 0; position < std::min(3, int(v.ranked.size())); ++position)
                put(m_rankPosition, {v.taskId, authorOf.value(v.ranked[position]), position, v.at});
        }

        const QString state = shape == Shape::Exported ? u"ready_for_export"_s
            : shape == Shape::Aborted                   ? u"aborted_low_grade"_s
                                                        : u"halted_by_moderator"_s;
        qint64 updated = last + kHour;
        for (const Vote &v : votes)
            updated = std::max(updated, v.at);
        put(m_tree, {treeId, state, 0, lang, 12, 3, 3, kNullText,
                     shape == Shape::Aborted ? kNullLong : QVariant(created + 6 * kHour), created, updated});
    }

    Database &m_db;
    QStringList m_users;
    QRandomGenerator m_rng;
    qint64 m_now;
    WorkflowSettings m_settings; // the defaults
    QString m_treeLang;          // of the tree being added
    BatchInsert m_message, m_tree, m_task, m_label, m_ranking, m_rankPosition, m_emoji, m_emojiCount;
    QStringList m_sampleTasks, m_sampleMessages;
};

// Trees an importer put in the ranking backlog (§T10), through the engine: synthetic replies
// that the engine draws into ranking now and then when a tree finishes.
QJsonObject importedNode(QRandomGenerator &rng, bool assistant, int depth)
{
    QJsonObject node{{u"text"_s, filler(rng, assistant ? 40 : 12, assistant ? 160 : 60)},
                     {u"role"_s, assistant ? u"assistant"_s : u"prompter"_s},
                     {u"lang"_s, kLang},
                     {u"review_count"_s, 3}};
    if (depth < 3) {
        QJsonArray replies;
        const int n = assistant ? 1 : 2 + int(rng.bounded(2));
        for (int i = 0; i < n; ++i)
            replies << importedNode(rng, !assistant, depth + 1);
        node.insert(u"replies"_s, replies);
    }
    return node;
}

// --- the team at work ------------------------------------------------------------------------

// Annotators who request a task ("I'm feeling lucky", and now and then an initial prompt on
// purpose), then answer it as the task kind asks, or skip it.
class Team
{
    Q_DISABLE_COPY_MOVE(Team)

public:
    Team(Engine &engine, QStringList names, quint64 seed)
        : m_engine(engine), m_names(std::move(names)), m_rng(quint32(seed))
    {
    }

    int steps() const { return m_steps; }
    const QMap<QString, int> &refusals() const { return m_refusals; }
    void clearRefusals() { m_refusals.clear(); }

    void writePrompt(const QString &user)
    {
        const Task task = m_engine.requestTask(user, TaskType::InitialPrompt, kLang);
        m_engine.submit(user, task.id, answerFor(task));
    }

    // One annotator's turn; `samples` null = not measured.
    void step(Samples *samples)
    {
        ++m_steps;
        const QString user = m_names.at(int(m_rng.bounded(quint32(m_names.size()))));
        QElapsedTimer timer;
        auto record = [&](const QString &op, const QString &detail) {
            const qint64 ns = timer.nsecsElapsed();
            if (samples) {
                samples->add(op, ns);
                if (!detail.isEmpty())
                    samples->add(op + u":"_s + detail, ns);
            }
        };

        if (samples && m_steps % 5 == 0) {
            timer.start();
            m_engine.availability(user, kLang);
            record(u"availability"_s, {});
        }

        // A request; after "nothing available" the annotator writes a prompt, as the GUI offers.
        std::optional<TaskType> type;
        if (m_rng.bounded(100) < 3)
            type = TaskType::InitialPrompt;
        std::optional<Task> task;
        for (int attempt = 0; attempt < 2 && !task; ++attempt) {
            timer.start();
            try {
                task = m_engine.requestTask(user, type, kLang);
                record(u"request"_s, toString(task->type));
            } catch (const WorkflowError &e) {
                record(u"request"_s, u"refused"_s);
                m_refusals[u"request:"_s + toString(e.code())] += 1;
                if (e.code() != ErrorCode::TaskNotAvailable || type)
                    return;
                type = TaskType::InitialPrompt;
            }
        }
        if (!task)
            return;

        if (m_rng.bounded(100) < 4) {
            timer.start();
            m_engine.skip(user, task->id, u"not for me"_s);
            record(u"skip"_s, {});
            return;
        }
        const QJsonObject answer = answerFor(*task);
        timer.start();
        try {
            m_engine.submit(user, task->id, answer);
            record(u"submit"_s, toString(task->type));
        } catch (const WorkflowError &e) {
            record(u"submit"_s, u"refused"_s);
            m_refusals[u"submit:"_s + toString(e.code())] += 1;
        }
    }

private:
    QJsonObject answerFor(const Task &task)
    {
        switch (kindOf(task.type)) {
        case TaskKind::Prompt:
        case TaskKind::Reply: {
            const bool assistant = task.type == TaskType::AssistantReply;
            const QString text = filler(m_rng, assistant ? 40 : 12, assistant ? 160 : 60) + u" (%1)"_s.arg(++m_texts);
            return {{u"text"_s, text}};
        }
        case TaskKind::Ranking: {
            QJsonArray ids;
            QList<ConversationMessage> replies = task.replies;
            for (int i = int(replies.size()) - 1; i > 0; --i)
                replies.swapItemsAt(i, int(m_rng.bounded(quint32(i + 1))));
            for (const ConversationMessage &m : replies)
                ids << m.id;
            return {{u"ranking"_s, ids}, {u"not_rankable"_s, false}};
        }
        case TaskKind::LabelPrompt:
        case TaskKind::LabelReply:
            break;
        }
        return {{u"labels"_s, labelAnswer(m_rng, task.validLabels, m_rng.bounded(10) == 0 ? 1.0 : 0.0)}};
    }

    Engine &m_engine;
    QStringList m_names;
    QRandomGenerator m_rng;
    QMap<QString, int> m_refusals;
    int m_steps = 0;
    int m_texts = 0;
};

QMap<QString, int> activeTrees(Database &db)
{
    QMap<QString, int> states;
    for (const Row &r : db.rows(u"SELECT state, COUNT(*) FROM tree WHERE lang = ? AND (active = 1 OR state IN "
                                "('prompt_lottery_waiting', 'backlog_ranking')) GROUP BY state"_s, {kLang}))
        states.insert(r[0].toString(), r[1].toInt());
    return states;
}

QString describe(const QMap<QString, int> &counts)
{
    QStringList parts;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        parts << u"%1 %2"_s.arg(it.key()).arg(it.value());
    return parts.isEmpty() ? u"none"_s : parts.join(u", "_s);
}

QJsonObject toJson(const QMap<QString, int> &counts)
{
    QJsonObject o;
    for (auto it = counts.begin(); it != counts.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

// --- one backend -----------------------------------------------------------------------------

struct Run
{
    QString backend;
    QString url;
    int trees = 0;
    int messages = 0;
    Samples samples;
    QJsonObject details;
};

Run runOne(const QString &requestedUrl, const Options &o)
{
    Run run;
    QElapsedTimer phase;
    QJsonObject times;

    phase.start();
    BenchDatabase bench(requestedUrl);
    auto db = Database::open(bench.url());
    run.backend = db->backend() == Backend::Sqlite ? u"sqlite"_s : u"pg"_s;
    run.url = bench.displayUrl();
    say(u"== %1 (%2)"_s.arg(run.backend, run.url));
    times.insert(u"create_schema_s"_s, seconds(phase));

    Engine engine(*db, EngineOptions{{}, o.seed});
    const qint64 now = engine.now();

    // Users: an admin, the measured team, and the people who did the past work with them: an
    // in-house team with turnover, three people over the history for every current member.
    phase.start();
    engine.addUser(QString(), u"admin"_s, UserRole::Admin);
    QStringList team, everyone;
    for (int i = 1; i <= o.annotators; ++i)
        team << u"a%1"_s.arg(i, 2, 10, QChar(u'0'));
    QStringList names = team;
    for (int i = 1; i <= 2 * o.annotators; ++i) // two former members for every current one
        names << u"h%1"_s.arg(i, 3, 10, QChar(u'0'));
    for (const QString &name : names)
        everyone << engine.addUser(u"admin"_s, name, UserRole::Annotator).id;
    times.insert(u"users_s"_s, seconds(phase));

    // Imported trees wait in the ranking backlog (§T10). Whenever a tree finishes while fewer
    // than 20 sibling groups of its language wait for rankings, the engine draws one into ranking
    // (min_active_rankings_per_lang; with OA's default 0 the backlog would hardly move).
    engine.setSetting(u"admin"_s, u"min_active_rankings_per_lang"_s, u"20"_s);

    // History by batched INSERTs, plus 3% of the trees imported through the engine.
    phase.start();
    const int backlog = o.trees * 3 / 100;
    say(u"loading %1 finished trees by batched INSERTs ..."_s.arg(o.trees - backlog));
    HistoryLoader loader(*db, everyone, o.seed, now);
    const HistoryLoader::Counts counts = loader.load(o.trees - backlog);
    times.insert(u"history_sql_s"_s, seconds(phase));
    say(u"  %1 s: %2"_s.arg(seconds(phase), 0, 'f', 1).arg(loader.describe()));

    phase.start();
    QRandomGenerator importRng(quint32(o.seed) + 7);
    for (int i = 0; i < backlog + o.importRanking; ++i) {
        engine.insertImportedTree(importedNode(importRng, false, 0),
                                  i < backlog ? TreeState::BacklogRanking : TreeState::Ranking, u"oasst-import"_s);
    }
    times.insert(u"import_s"_s, seconds(phase));
    say(u"  imported %1 trees into backlog_ranking and %2 into ranking through the engine in %3 s"_s.arg(backlog)
            .arg(o.importRanking).arg(seconds(phase), 0, 'f', 1));

    phase.start();
    if (db->backend() == Backend::Postgres || o.analyze)
        db->execRaw(u"ANALYZE"_s);
    times.insert(u"analyze_s"_s, seconds(phase));
    for (const QString &sql : o.extraSql) {
        phase.start();
        db->execRaw(sql);
        say(u"  ran --extra-sql \"%1\" in %2 s"_s.arg(sql).arg(seconds(phase), 0, 'f', 1));
    }

    // The active part, through the engine: the team writes prompts, reviews them, and keeps
    // working until 10 trees grow and the first of the team's own trees is ready for export.
    phase.start();
    Team work(engine, team, o.seed + 1);
    for (const QString &user : team) {
        work.writePrompt(user);
        work.writePrompt(user);
    }
    const int maxWarmup = 20000;
    QMap<QString, int> active = activeTrees(*db);
    auto ownExported = [&] {
        return db->value(u"SELECT COUNT(*) FROM tree WHERE state = 'ready_for_export' AND origin IS NULL "
                         "AND created >= ?"_s, {now}).toInt();
    };
    while (work.steps() < maxWarmup) {
        work.step(nullptr);
        if (work.steps() % 50 != 0)
            continue;
        active = activeTrees(*db);
        if (work.steps() % 1000 == 0) {
            say(u"  warm-up step %1: %2; refusals: %3"_s.arg(work.steps())
                    .arg(describe(active), describe(work.refusals())));
        }
        if (active.value(u"growing"_s) >= WorkflowSettings().maxActiveTrees && ownExported() > 0)
            break;
    }
    times.insert(u"warmup_s"_s, seconds(phase));
    say(u"warm-up: %1 steps in %2 s; active: %3"_s.arg(work.steps()).arg(seconds(phase), 0, 'f', 1)
            .arg(describe(active)));
    QJsonObject warmup{{u"steps"_s, work.steps()}, {u"trees"_s, toJson(active)}};

    run.trees = db->value(u"SELECT COUNT(*) FROM tree"_s).toInt();
    run.messages = db->value(u"SELECT COUNT(*) FROM message"_s).toInt();
    say(u"measuring: %1 trees, %2 messages, %3 annotators, %4 iterations"_s.arg(run.trees).arg(run.messages)
            .arg(o.annotators).arg(o.iterations));

    // The measured work.
    phase.start();
    const int stepsBefore = work.steps();
    work.clearRefusals();
    // Every 250 steps, how many trees are in ranking (read between the timed calls).
    QJsonArray rankingTrace;
    while (run.samples.count(u"request"_s) < o.iterations || run.samples.count(u"submit"_s) < o.iterations) {
        work.step(&run.samples);
        if ((work.steps() - stepsBefore) % 250 == 0)
            rankingTrace << activeTrees(*db).value(u"ranking"_s);
    }
    const double measured = seconds(phase);
    const qsizetype actions = run.samples.count(u"request"_s) + run.samples.count(u"submit"_s)
        + run.samples.count(u"skip"_s) + run.samples.count(u"availability"_s);
    const double engineSeconds = double(run.samples.total(u"request"_s) + run.samples.total(u"submit"_s)
                                        + run.samples.total(u"skip"_s) + run.samples.total(u"availability"_s)) / 1e9;
    times.insert(u"measured_s"_s, measured);
    active = activeTrees(*db);
    say(u"measured: %1 steps, %2 engine calls in %3 s; active: %4; trees in ranking every 250 steps: %5"_s
            .arg(work.steps() - stepsBefore).arg(actions).arg(measured, 0, 'f', 1)
            .arg(describe(active), QString::fromUtf8(QJsonDocument(rankingTrace).toJson(QJsonDocument::Compact))));

    // The floor: indexed point queries of the shapes the engine runs most, and a one-row write
    // transaction.
    QRandomGenerator floorRng(quint32(o.seed) + 11);
    const QStringList &taskIds = loader.sampleTaskIds();
    const QStringList &messageIds = loader.sampleMessageIds();
    QElapsedTimer timer;
    for (int i = 0; i < o.iterations && !taskIds.isEmpty() && !messageIds.isEmpty(); ++i) {
        const QString taskId = taskIds.at(int(floorRng.bounded(quint32(taskIds.size()))));
        const QString messageId = messageIds.at(int(floorRng.bounded(quint32(messageIds.size()))));
        timer.start();
        db->value(u"SELECT user_id FROM task WHERE id = ?"_s, {taskId});
        run.samples.add(u"floor:task_by_id"_s, timer.nsecsElapsed());
        timer.start();
        db->value(u"SELECT COUNT(*) FROM task k WHERE k.parent_id = ? AND k.kind = 'label' AND k.done = 0 "
                  "AND k.skipped = 0 AND k.expiry > ?"_s, {messageId, engine.now()});
        run.samples.add(u"floor:open_label_tasks"_s, timer.nsecsElapsed());
        timer.start();
        db->transact([&] { db->exec(u"UPDATE task SET finished = finished WHERE id = ?"_s, {taskId}); });
        run.samples.add(u"floor:write_txn"_s, timer.nsecsElapsed());
    }

    phase.start();
    const InvariantReport report = engine.checkInvariants();
    const double invariantSeconds = seconds(phase);
    times.insert(u"check_invariants_s"_s, invariantSeconds);
    say(u"checkInvariants: %1 (%2 s)"_s
            .arg(report.ok() ? u"ok"_s : u"%1 violations"_s.arg(report.violations.size()))
            .arg(invariantSeconds, 0, 'f', 1));
    for (const QString &v : report.violations.mid(0, 5))
        say(u"  "_s + v);

    QJsonObject refusals;
    for (auto it = work.refusals().begin(); it != work.refusals().end(); ++it)
        refusals.insert(it.key(), it.value());
    run.details = QJsonObject{
        {u"history"_s, QJsonObject{{u"ready_for_export"_s, counts.exported}, {u"aborted_low_grade"_s, counts.aborted},
                                   {u"halted_by_moderator"_s, counts.halted}, {u"imported_backlog_ranking"_s, backlog},
                                   {u"imported_ranking"_s, o.importRanking},
                                   {u"rows"_s, loader.rows()}}},
        {u"warmup"_s, warmup},
        {u"active_after"_s, toJson(active)},
        {u"ranking_trees_every_250_steps"_s, rankingTrace},
        {u"seconds"_s, times},
        {u"actions"_s, qint64(actions)},
        {u"actions_per_second"_s, double(actions) / measured},
        {u"actions_per_engine_second"_s, double(actions) / engineSeconds},
        {u"refusals"_s, refusals},
        {u"invariants"_s, QJsonObject{{u"ok"_s, report.ok()},
                                      {u"violations"_s, qint64(report.violations.size())},
                                      {u"first_violations"_s, toArray(report.violations.mid(0, 20))}}}};
    return run;
}

// --- output ----------------------------------------------------------------------------------

void printTable(FILE *out, const QList<Run> &runs)
{
    fprintf(out, "%-7s %7s %9s  %-38s %6s %9s %9s %9s %9s %8s\n", "backend", "trees", "messages", "op", "n",
            "median_ms", "p90_ms", "p99_ms", "max_ms", "x_floor");
    for (const Run &run : runs) {
        const double floor = run.samples.summary(u"floor:task_by_id"_s).median;
        for (const QString &op : run.samples.ops()) {
            const Summary s = run.samples.summary(op);
            fprintf(out, "%-7s %7d %9d  %-38s %6lld %9.3f %9.3f %9.3f %9.3f %8.1f\n", qPrintable(run.backend),
                    run.trees, run.messages, qPrintable(op), qlonglong(s.n), s.median, s.p90, s.p99, s.max,
                    floor > 0 ? s.median / floor : 0.0);
        }
    }
    fprintf(out, "\n");
    for (const Run &run : runs) {
        const QJsonObject t = run.details.value(u"seconds"_s).toObject();
        const QJsonObject inv = run.details.value(u"invariants"_s).toObject();
        auto secondsOf = [&](const char *key) { return t.value(QLatin1StringView(key)).toDouble(); };
        const double load = secondsOf("history_sql_s") + secondsOf("import_s") + secondsOf("users_s")
            + secondsOf("analyze_s");
        const QString invariants = inv.value(u"ok"_s).toBool()
            ? u"ok"_s
            : u"%1 violations"_s.arg(inv.value(u"violations"_s).toInteger());
        fprintf(out,
                "%s: %lld engine calls, %.1f per second (%.1f per second of engine time); load %.1f s (history "
                "SQL %.1f, import %.1f, users %.1f, analyze %.1f), warm-up %.1f s, checkInvariants %.1f s: %s\n",
                qPrintable(run.backend), qlonglong(run.details.value(u"actions"_s).toInteger()),
                run.details.value(u"actions_per_second"_s).toDouble(),
                run.details.value(u"actions_per_engine_second"_s).toDouble(), load, secondsOf("history_sql_s"),
                secondsOf("import_s"), secondsOf("users_s"), secondsOf("analyze_s"), secondsOf("warmup_s"),
                secondsOf("check_invariants_s"), qPrintable(invariants));
    }
}

QJsonObject toJson(const QList<Run> &runs, const Options &o)
{
    QJsonArray list;
    for (const Run &run : runs) {
        const double floor = run.samples.summary(u"floor:task_by_id"_s).median;
        QJsonArray ops;
        for (const QString &op : run.samples.ops()) {
            const Summary s = run.samples.summary(op);
            ops << QJsonObject{{u"op"_s, op},         {u"n"_s, qint64(s.n)},          {u"median_ms"_s, s.median},
                               {u"p90_ms"_s, s.p90},  {u"p99_ms"_s, s.p99},   {u"max_ms"_s, s.max},
                               {u"ratio_to_floor"_s, floor > 0 ? s.median / floor : 0.0}};
        }
        QJsonObject o2 = run.details;
        o2.insert(u"backend"_s, run.backend);
        o2.insert(u"url"_s, run.url);
        o2.insert(u"trees"_s, run.trees);
        o2.insert(u"messages"_s, run.messages);
        o2.insert(u"ops"_s, ops);
        list << o2;
    }
    return {{u"benchmark"_s, u"bench_tasks"_s},
            {u"options"_s, QJsonObject{{u"trees"_s, o.trees}, {u"iterations"_s, o.iterations},
                                       {u"annotators"_s, o.annotators},
                                       {u"import_ranking"_s, o.importRanking}, {u"seed"_s, QString::number(o.seed)},
                                       {u"analyze"_s, o.analyze},
                                       {u"extra_sql"_s, toArray(o.extraSql)}}},
            {u"runs"_s, list}};
}

std::optional<Options> parseOptions(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Times Engine::requestTask and Engine::submit on a database with a long history. Without --db, "
        "runs on a SQLite file in a temporary folder; --pg adds a PostgreSQL run. A PostgreSQL database "
        "is created if missing and its public schema is wiped."_s);
    parser.addHelpOption();
    const QCommandLineOption db(u"db"_s, u"A database to build and measure (repeatable); sqlite:///path (a new "
                                          "file) or postgresql://user@host:port/name (wiped)."_s, u"url"_s);
    const QCommandLineOption pg(u"pg"_s, u"Run on a temporary SQLite file and on this PostgreSQL database."_s,
                                u"url"_s);
    const QCommandLineOption trees(u"trees"_s, u"Trees of history (default 10000)."_s, u"n"_s, u"10000"_s);
    const QCommandLineOption iterations(u"iterations"_s, u"Measured requests and submits (default 2000 each)."_s,
                                        u"n"_s, u"2000"_s);
    const QCommandLineOption annotators(u"annotators"_s, u"Annotators in the measured team (default 20)."_s, u"n"_s,
                                        u"20"_s);
    const QCommandLineOption importRanking(
        u"import-ranking"_s, u"Trees to import straight into ranking besides the history (default 0)."_s, u"n"_s,
        u"0"_s);
    const QCommandLineOption seed(u"seed"_s, u"Seed of the data and of every random choice (default 1)."_s, u"s"_s,
                                  u"1"_s);
    const QCommandLineOption analyze(u"analyze"_s, u"Run ANALYZE on SQLite after loading (PostgreSQL always is)."_s);
    const QCommandLineOption extraSql(u"extra-sql"_s, u"A statement to run after loading, before the warm-up, "
                                                       "e.g. an index to try (repeatable)."_s, u"sql"_s);
    const QCommandLineOption json(u"json"_s, u"Print one JSON document on stdout (the table goes to stderr)."_s);
    parser.addOptions(
        {db, pg, trees, iterations, annotators, importRanking, seed, analyze, extraSql, json});
    parser.process(app);

    Options o;
    bool ok1 = false, ok2 = false, ok3 = false, ok4 = false, ok5 = false;
    o.trees = parser.value(trees).toInt(&ok1);
    o.iterations = parser.value(iterations).toInt(&ok2);
    o.annotators = parser.value(annotators).toInt(&ok3);
    o.seed = parser.value(seed).toULongLong(&ok4);
    o.importRanking = parser.value(importRanking).toInt(&ok5);
    if (!ok1 || !ok2 || !ok3 || !ok4 || !ok5 || o.trees < 50 || o.iterations < 1 || o.annotators < 4
        || o.annotators > 99 || o.seed == 0 || o.importRanking < 0) {
        say(u"--trees needs at least 50, --iterations at least 1, --annotators 4 to 99, --seed a positive number, "
            "--import-ranking 0 or more."_s);
        return std::nullopt;
    }
    o.urls = parser.values(db);
    if (parser.isSet(pg))
        o.urls << QString() << parser.value(pg);
    if (o.urls.isEmpty())
        o.urls << QString();
    o.analyze = parser.isSet(analyze);
    o.extraSql = parser.values(extraSql);
    o.json = parser.isSet(json);
    return o;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"bench_tasks"_s);
    const std::optional<Options> options = parseOptions(app);
    if (!options)
        return 2;

    QList<Run> runs;
    try {
        for (const QString &url : options->urls)
            runs << runOne(url, *options);
    } catch (const DbError &e) {
        say(u"bench_tasks: %1"_s.arg(e.message()));
        return 1;
    } catch (const WorkflowError &e) {
        say(u"bench_tasks: the engine refused: %1 (%2)"_s.arg(e.message(), toString(e.code())));
        return 1;
    }
    // With --json the table goes to stderr, so that one run gives both.
    printTable(options->json ? stderr : stdout, runs);
    if (options->json)
        printf("%s", QJsonDocument(toJson(runs, *options)).toJson(QJsonDocument::Indented).constData());
    bool ok = true;
    for (const Run &run : runs)
        ok = ok && run.details.value(u"invariants"_s).toObject().value(u"ok"_s).toBool();
    return ok ? 0 : 1;
}
