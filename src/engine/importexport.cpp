// Import and export in the Open-Assistant formats (WORKFLOW.md §6): streaming, one
// transaction per import, no partial file after a failed or cancelled export.

#include "engine/engine.h"

#include "core/ids.h"
#include "core/oasst.h"
#include "engine/engine_p.h"
#include "engine/jsonlines.h"
#include "engine/pipeline.h"
#include "store/batchinsert.h"
#include "store/database.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <QRandomGenerator>

#include <atomic>
#include <optional>
#include <variant>

using namespace Qt::StringLiterals;

namespace Arborist {

using namespace detail;

namespace {

const QVariant kNullText{QMetaType(QMetaType::QString)};
const QVariant kNullInt{QMetaType(QMetaType::Int)};
const QVariant kNullLong{QMetaType(QMetaType::LongLong)};

// Thrown inside the transaction of a dry run, so that it rolls back.
struct DryRunDone
{
};

} // namespace

TransferProgress::TransferProgress(QObject *parent) : QObject(parent)
{
}

void TransferProgress::report(qint64 done, qint64 total, bool force)
{
    if (isCancelled())
        throw WorkflowError(ErrorCode::Cancelled, tr("Cancelled; nothing was saved."));
    if (force || !m_sinceLast.isValid() || m_sinceLast.elapsed() >= 100) {
        m_sinceLast.start();
        emit progress(done, total);
    }
}

// A parsed tree turned into the rows that store it, ready to bind. Built on the reader's thread
// so that the database's thread only checks ids and writes.
struct PreparedTree
{
    QString id;
    int line = 0;                     // the first line of the tree
    QStringList messageIds;
    QList<int> messageLines;          // where each message was read, for errors
    QStringList userIds;              // every author, ranker and emoji giver it names
    QList<QVariantList> messages;     // rows of BatchInsert m_messages, and so on
    QVariantList tree;
    QList<QVariantList> emojiCounts, emojis, rankings;
    QList<Oasst::ParseError> notes;   // what was left out without stopping the import
};

// Turns parsed trees into rows, in the order of the file: the ids a file repeats are found here,
// and messages without a date get theirs from the order they come in.
class Engine::TreeRows
{
public:
    TreeRows(const ImportOptions &options, const WorkflowSettings &settings, QString importUser,
             QString origin, qint64 start)
        : m_options(options), m_settings(settings), m_importUser(std::move(importUser)),
          m_origin(std::move(origin)), m_start(start)
    {
    }

    // The rows of `tree`, or the error that keeps it out (an id the file gave before).
    std::variant<PreparedTree, Oasst::ParseError> prepare(Oasst::Tree tree)
    {
        // Messages the file gave no id get one (parents come before their replies).
        for (Oasst::Message &m : tree.messages) {
            if (m.id.isEmpty())
                m.id = newId(*QRandomGenerator::system());
            if (m.parentIndex >= 0)
                m.parentId = tree.messages.at(m.parentIndex).id;
        }
        tree.id = tree.messages.first().id;
        for (const Oasst::Message &m : std::as_const(tree.messages)) {
            const auto seen = m_seen.constFind(m.id);
            if (seen != m_seen.constEnd()) {
                return Oasst::ParseError{m.line, tr("message id %1 appears twice in the file (first on line %2).")
                                                     .arg(m.id).arg(*seen)};
            }
        }
        for (const Oasst::Message &m : std::as_const(tree.messages))
            m_seen.insert(m.id, m.line);
        return rows(tree);
    }

private:
    TreeState stateOf(const Oasst::Tree &tree) const
    {
        if (m_options.forceState)
            return *m_options.forceState;
        if (tree.state)
            return *tree.state;
        if (m_options.defaultState)
            return *m_options.defaultState;
        // A lone prompt waits for the lottery; a tree with replies waits to be ranked (§T10).
        return tree.messages.size() == 1 ? TreeState::PromptLotteryWaiting : TreeState::BacklogRanking;
    }

    PreparedTree rows(const Oasst::Tree &tree)
    {
        PreparedTree out;
        out.id = tree.id;
        out.line = tree.line;
        const TreeState state = stateOf(tree);
        QHash<QString, int> children;
        QHash<QString, int> rankingCounts;
        QSet<QString> users;
        auto user = [&](const QString &id) {
            if (!id.isEmpty() && !users.contains(id)) {
                users.insert(id);
                out.userIds << id;
            }
        };
        for (const Oasst::Message &m : tree.messages) {
            if (!m.parentId.isEmpty())
                children[m.parentId] += 1;
            user(m.userId);
            for (const Oasst::RankingEvent &r : m.rankings) {
                user(r.userId);
                for (const QString &id : r.rankedIds)
                    rankingCounts[id] += 1;
            }
            for (const Oasst::EmojiEvent &e : m.emojiEvents)
                user(e.userId);
        }
        // Messages without a date keep the file's order: one millisecond apart, from the start
        // of the import, across trees too.
        const qint64 rootCreated = tree.messages.first().created.value_or(m_start + m_undated);
        qint64 order = 0;
        QSet<std::pair<QString, QString>> rankedBy; // (parent, user): one ranking each
        out.messages.reserve(tree.messages.size());
        for (const Oasst::Message &m : tree.messages) {
            out.messageIds << m.id;
            out.messageLines << m.line;
            const qint64 created = m.created.value_or(rootCreated + order);
            ++order;
            if (!m.created)
                ++m_undated;
            // Review: as the file says; accepted when it does not (OA's importer), except that an
            // export leaves review_result out unless it is true (or review_count > 2), so a message
            // with a review_count and no review_result was not accepted (yet), and a prompt
            // imported into initial_prompt_review is still to be reviewed.
            QVariant reviewResult = m.reviewResult ? QVariant(*m.reviewResult ? 1 : 0) : QVariant(1);
            if (!m.reviewResult
                && (m.reviewCountGiven || (m.parentId.isEmpty() && state == TreeState::InitialPromptReview)))
                reviewResult = kNullInt;
            QString labels;
            if (!m.labels.isEmpty()) {
                QJsonObject o;
                for (auto it = m.labels.begin(); it != m.labels.end(); ++it)
                    o.insert(it.key(), QJsonArray{it->value, it->count});
                labels = jsonText(o);
            }
            out.messages.append({m.id, tree.id, m.parentId.isEmpty() ? kNullText : QVariant(m.parentId),
                                 m.userId.isEmpty() ? m_importUser : m.userId, toString(m.role), m.text, m.lang,
                                 m.depth, children.value(m.id), m.deleted ? 1 : 0, m.reviewCount, reviewResult,
                                 rankingCounts.value(m.id), m.rank ? QVariant(*m.rank) : kNullInt,
                                 m.synthetic.value_or(m_options.synthetic) ? 1 : 0,
                                 m.modelName.isEmpty() ? kNullText : QVariant(m.modelName), m.edited ? 1 : 0,
                                 created, labels.isEmpty() ? kNullText : QVariant(labels)});

            // Emoji counts as the file gives them, or counted from its emoji events.
            QMap<QString, int> counts = m.emojis;
            if (counts.isEmpty()) {
                for (const Oasst::EmojiEvent &e : m.emojiEvents)
                    counts[e.emoji] += 1;
            }
            for (auto it = counts.begin(); it != counts.end(); ++it) {
                if (it.value() > 0)
                    out.emojiCounts.append({m.id, it.key(), it.value()});
            }
            QSet<std::pair<QString, QString>> emojiSeen;
            for (const Oasst::EmojiEvent &e : m.emojiEvents) {
                if (e.userId.isEmpty() || emojiSeen.contains({e.userId, e.emoji}))
                    continue; // an anonymous or repeated emoji counts, but has no row of its own
                emojiSeen.insert({e.userId, e.emoji});
                out.emojis.append({m.id, e.userId, e.emoji, created});
            }
            for (const Oasst::RankingEvent &r : m.rankings) {
                const QString ranker = r.userId.isEmpty() ? m_importUser : r.userId;
                if (rankedBy.contains({m.id, ranker})) {
                    out.notes << Oasst::ParseError{m.line, tr("a second ranking of the replies to %1 by the same "
                                                          "annotator was left out.").arg(m.id)};
                    continue;
                }
                rankedBy.insert({m.id, ranker});
                QJsonArray positions;
                for (int p : r.positions)
                    positions << p;
                // (The reader gave the ranked ids in canonical form, as the messages' own.)
                out.rankings.append({newId(*QRandomGenerator::system()), kNullText, m.id, tree.id, ranker, created,
                                     jsonText(toJsonArray(r.rankedIds)), r.notRankable ? 1 : 0,
                                     positions.isEmpty() ? kNullText : QVariant(jsonText(positions))});
            }
        }
        // A tree that grew past the prompt won its lottery once.
        const bool grew = tree.messages.size() > 1 || state == TreeState::Growing;
        out.tree = {tree.id, toString(state), isTerminal(state) ? 0 : 1, tree.messages.first().lang,
                    m_settings.goalTreeSize, m_settings.maxTreeDepth, m_settings.maxChildrenCount,
                    tree.origin.isEmpty() ? m_origin : tree.origin, grew ? QVariant(rootCreated) : kNullLong,
                    rootCreated, m_start};
        return out;
    }

    const ImportOptions &m_options;
    const WorkflowSettings m_settings;
    const QString m_importUser;
    const QString m_origin;
    const qint64 m_start;           // when the import began
    qint64 m_undated = 0;           // messages without a date so far
    QHash<QString, int> m_seen;     // message id → line
};

// Writes prepared trees into the database in batches: checks their ids against what is stored,
// adds the authors the file names, and inserts with multi-row statements.
class Engine::TreeWriter
{
public:
    TreeWriter(Engine &engine, const ImportOptions &options, QString importUser, qint64 start)
        : m_db(engine.m_db), m_options(options), m_importUser(std::move(importUser)), m_start(start),
          m_messages(m_db, u"message"_s,
                     {u"id"_s, u"tree_id"_s, u"parent_id"_s, u"user_id"_s, u"role"_s, u"text"_s, u"lang"_s,
                      u"depth"_s, u"children_count"_s, u"deleted"_s, u"review_count"_s, u"review_result"_s,
                      u"ranking_count"_s, u"rank"_s, u"synthetic"_s, u"model_name"_s, u"edited"_s, u"created"_s,
                      u"imported_labels"_s}),
          m_trees(m_db, u"tree"_s,
                  {u"id"_s, u"state"_s, u"active"_s, u"lang"_s, u"goal_tree_size"_s, u"max_depth"_s,
                   u"max_children_count"_s, u"origin"_s, u"won_lottery_at"_s, u"created"_s, u"updated"_s}),
          m_emojiCounts(m_db, u"emoji_count"_s, {u"message_id"_s, u"emoji"_s, u"count"_s}),
          m_emojis(m_db, u"message_emoji"_s, {u"message_id"_s, u"user_id"_s, u"emoji"_s, u"created"_s}),
          m_rankings(m_db, u"ranking"_s,
                     {u"id"_s, u"task_id"_s, u"parent_id"_s, u"tree_id"_s, u"user_id"_s, u"created"_s,
                      u"ranked_ids"_s, u"not_rankable"_s, u"positions"_s}),
          m_users(m_db, u"app_user"_s,
                  {u"id"_s, u"name"_s, u"display_name"_s, u"role"_s, u"lang"_s, u"enabled"_s, u"deleted"_s,
                   u"created"_s})
    {
        m_knownUsers.insert(m_importUser);
    }

    // Queues a tree for the next flush().
    void add(PreparedTree tree)
    {
        m_pendingMessages += tree.messages.size();
        m_pending << std::move(tree);
    }

    bool batchFull() const { return m_pendingMessages >= 2000; }

    // Writes what is queued; trees with ids already in the database are returned as errors
    // and not written.
    QList<Oasst::ParseError> flush()
    {
        QList<Oasst::ParseError> errors;
        if (m_pending.isEmpty())
            return errors;
        // Ids already stored (an earlier import of the same data, or a clash). A tree's id is
        // its root message's, so the messages are enough.
        QStringList ids;
        QStringList unknownUsers;
        QSet<QString> unknownSet;
        for (const PreparedTree &t : std::as_const(m_pending)) {
            ids += t.messageIds;
            for (const QString &id : t.userIds) {
                if (!m_knownUsers.contains(id) && !unknownSet.contains(id)) {
                    unknownSet.insert(id);
                    unknownUsers << id;
                }
            }
        }
        QSet<QString> stored;
        const QString idList = m_db.dialect().idListSql();
        for (const Row &r : m_db.rows(u"SELECT id FROM message WHERE id IN ("_s + idList + u")"_s,
                                      {SqlDialect::jsonArrayText(ids)}))
            stored.insert(r[0].toString());
        // Authors not known yet.
        if (!unknownUsers.isEmpty()) {
            for (const Row &r : m_db.rows(u"SELECT id FROM app_user WHERE id IN ("_s + idList + u")"_s,
                                          {SqlDialect::jsonArrayText(unknownUsers)}))
                m_knownUsers.insert(r[0].toString());
        }
        for (const QString &id : std::as_const(unknownUsers)) {
            if (m_knownUsers.contains(id))
                continue;
            // An author from elsewhere, named after their id (enabled: see docs/import-export.md).
            m_users.put({id, QString(u"imported-"_s + id), QString(u"imported-"_s + id.left(8)),
                         toString(UserRole::Annotator), m_options.lang, 1, 0, m_start});
            m_knownUsers.insert(id);
            ++m_report.users;
        }
        m_users.flush();

        for (const PreparedTree &tree : std::as_const(m_pending)) {
            const qsizetype clash = stored.isEmpty() ? -1 : indexOfStored(tree, stored);
            if (clash >= 0) {
                errors << Oasst::ParseError{tree.messageLines.at(clash),
                                            tr("message %1 is already in the database (imported before?).")
                                                .arg(tree.messageIds.at(clash))};
                continue;
            }
            write(tree);
        }
        m_messages.flush();
        m_trees.flush();
        m_emojiCounts.flush();
        m_emojis.flush();
        m_rankings.flush();
        m_pending.clear();
        m_pendingMessages = 0;
        return errors;
    }

    ImportReport &report() { return m_report; }
    // What was left out of the trees written without stopping the import.
    const QList<Oasst::ParseError> &notes() const { return m_notes; }

private:
    static qsizetype indexOfStored(const PreparedTree &tree, const QSet<QString> &stored)
    {
        for (qsizetype i = 0; i < tree.messageIds.size(); ++i) {
            if (stored.contains(tree.messageIds.at(i)))
                return i;
        }
        return -1;
    }

    // Rows that refer to messages are written after the messages they refer to.
    void putChild(BatchInsert &batch, const QVariantList &row)
    {
        if (batch.add(row)) {
            m_messages.flush();
            batch.flush();
        }
    }

    void write(const PreparedTree &tree)
    {
        for (const QVariantList &row : tree.messages)
            m_messages.put(row);
        for (const QVariantList &row : tree.emojiCounts)
            putChild(m_emojiCounts, row);
        for (const QVariantList &row : tree.emojis)
            putChild(m_emojis, row);
        for (const QVariantList &row : tree.rankings)
            putChild(m_rankings, row);
        m_trees.put(tree.tree);
        m_report.messages += tree.messages.size();
        m_report.rankings += tree.rankings.size();
        ++m_report.trees;
        m_notes += tree.notes;
    }

    Database &m_db;
    const ImportOptions &m_options;
    const QString m_importUser;
    const qint64 m_start;
    BatchInsert m_messages, m_trees, m_emojiCounts, m_emojis, m_rankings, m_users;
    QSet<QString> m_knownUsers;
    QList<PreparedTree> m_pending;
    qsizetype m_pendingMessages = 0;
    ImportReport m_report;
    QList<Oasst::ParseError> m_notes;
};

// The system user that authors imported messages whose file names no author; made on first
// use when `create`, else empty until then.
QString Engine::importUserId(bool create)
{
    QString id = m_db.value(u"SELECT id FROM app_user WHERE name = 'import'"_s).toString();
    if (id.isEmpty() && create) {
        id = makeId();
        m_db.exec(u"INSERT INTO app_user (id, name, display_name, role, lang, enabled, deleted, created) "
                  "VALUES (?, 'import', 'import', 'annotator', 'en', 1, 0, ?)"_s, {id, now()});
    }
    return id;
}

ImportReport Engine::importFile(const QString &actorName, const QString &path, const ImportOptions &options,
                                TransferProgress *progress)
{
    QElapsedTimer timer;
    timer.start();
    const QString fileName = QFileInfo(path).fileName();
    const QString origin = options.origin.isEmpty() ? u"import:"_s + fileName : options.origin;
    ImportReport report;
    try {
        // The whole import is one transaction that touches many index pages (see BulkWrite).
        const BulkWrite bulk(m_db, 64);
        m_db.transact([&] {
            const Actor actor = requireModerator(actorName);
            const QString importUser = importUserId();
            const qint64 start = now();
            TreeRows rows(options, loadSettings(), importUser, origin, start);
            TreeWriter writer(*this, options, importUser, start);
            auto where = [&](int line) { return u"%1:%2: "_s.arg(QDir::toNativeSeparators(path)).arg(line); };
            QList<Oasst::ParseError> skipped;
            // A bad line stops the import, naming the first bad line of the file: trees queued
            // from earlier lines are written first, since an id they bring may already be stored.
            auto problems = [&](QList<Oasst::ParseError> errors) {
                if (errors.isEmpty())
                    return;
                if (options.skipInvalid) {
                    skipped += errors;
                    return;
                }
                try {
                    errors += writer.flush();
                } catch (const DbError &) {
                    // The bad line is the news; the transaction rolls back either way.
                }
                const auto first = std::min_element(errors.begin(), errors.end(),
                                                    [](const auto &a, const auto &b) { return a.line < b.line; });
                throw WorkflowError(ErrorCode::InvalidFile,
                                    where(first->line) + first->reason + u' '
                                        + tr("Nothing was imported; fix the line, or give --skip-invalid to "
                                             "import the rest."));
            };
            // A worker thread reads and parses the file, a batch of lines at a time, while this
            // thread writes to the database.
            struct Batch
            {
                QList<PreparedTree> trees;
                QList<Oasst::ParseError> errors; // by line
                qint64 position = 0;
                int lines = 0;
            };
            BoundedQueue<Batch> queue(8);
            const qint64 size = QFileInfo(path).size();
            Worker parser([&] {
                LineReader reader(path);
                Oasst::Reader oasst;
                oasst.defaultLang = options.lang;
                Batch batch;
                QByteArray line;
                QList<Oasst::Tree> parsed;
                bool more = true;
                while (more) {
                    more = reader.readLine(line);
                    if (more)
                        batch.errors += oasst.addLine(line, reader.lineNumber(), parsed);
                    else
                        oasst.finish(parsed);
                    for (Oasst::Tree &tree : parsed) {
                        auto prepared = rows.prepare(std::move(tree));
                        if (auto *e = std::get_if<Oasst::ParseError>(&prepared))
                            batch.errors << std::move(*e);
                        else
                            batch.trees << std::get<PreparedTree>(std::move(prepared));
                    }
                    parsed.clear();
                    if (!more || batch.trees.size() >= 200 || batch.errors.size() >= 200) {
                        std::stable_sort(batch.errors.begin(), batch.errors.end(),
                                         [](const auto &a, const auto &b) { return a.line < b.line; });
                        batch.position = reader.position();
                        batch.lines = reader.lineNumber();
                        if (!queue.push(std::move(batch)))
                            return; // the writer stopped
                        batch = Batch();
                    }
                }
            }, [&] { queue.close(); });

            int lines = 0;
            while (std::optional<Batch> batch = queue.pop()) {
                if (progress)
                    progress->report(batch->position, size);
                // Trees and bad lines in the order of the file.
                qsizetype nextError = 0;
                for (PreparedTree &tree : batch->trees) {
                    while (nextError < batch->errors.size() && batch->errors[nextError].line < tree.line)
                        problems({batch->errors[nextError++]});
                    writer.add(std::move(tree));
                    if (writer.batchFull())
                        problems(writer.flush());
                }
                while (nextError < batch->errors.size())
                    problems({batch->errors[nextError++]});
                lines = batch->lines;
            }
            parser.join();
            try {
                parser.rethrow(); // a file that cannot be read, broken compression
            } catch (const WorkflowError &e) {
                throw WorkflowError(e.code(), e.message() + u' ' + tr("Nothing was imported."));
            }
            problems(writer.flush());
            if (progress)
                progress->report(size, size, true);

            report = writer.report();
            report.lines = lines;
            skipped += writer.notes();
            std::stable_sort(skipped.begin(), skipped.end(), [](const auto &a, const auto &b) { return a.line < b.line; });
            for (const Oasst::ParseError &e : std::as_const(skipped))
                report.skipped << where(e.line) + e.reason;
            audit(actor, u"import"_s, u"file"_s, fileName, QString(),
                  jsonText(QJsonObject{{u"trees"_s, report.trees}, {u"messages"_s, report.messages},
                                       {u"users"_s, report.users}, {u"rankings"_s, report.rankings},
                                       {u"skipped"_s, int(report.skipped.size())}}),
                  origin);
            if (options.dryRun)
                throw DryRunDone{};
        });
    } catch (const DryRunDone &) {
        // Rolled back on purpose; the report says what would have been imported.
    }
    if (!options.dryRun && report.messages > 0 && m_db.backend() == Backend::Postgres) {
        // Fresh statistics for what the import added, so that PostgreSQL does not plan the next
        // queries (an export, the task queries) for tables it still believes small.
        // ANALYZE is the tables' owner's: a lead's login asks the server's function for it.
        if (login().signedIn)
            m_db.value(u"SELECT 1 FROM (SELECT arborist_analyze()) AS a"_s);
        else
            m_db.execRaw(u"ANALYZE tree, message, text_label, ranking, emoji_count, message_emoji, app_user"_s);
    }
    report.seconds = double(timer.nsecsElapsed()) / 1e9;
    return report;
}

QString Engine::insertImportedTree(const QJsonObject &root, TreeState state, const QString &origin, bool synthetic)
{
    Oasst::Reader parser;
    QList<Oasst::Tree> done;
    const QList<Oasst::ParseError> errors =
        parser.addLine(QJsonDocument(root).toJson(QJsonDocument::Compact), 1, done);
    parser.finish(done);
    if (!errors.isEmpty())
        throw WorkflowError(ErrorCode::InvalidInput, errors.first().reason);
    if (done.isEmpty())
        throw WorkflowError(ErrorCode::InvalidInput, tr("The tree has no messages."));
    ImportOptions options;
    options.forceState = state;
    options.synthetic = synthetic;
    QString treeId;
    m_db.transact([&] {
        const QString importUser = importUserId();
        const qint64 start = now();
        TreeRows rows(options, loadSettings(), importUser, origin.isEmpty() ? u"import"_s : origin, start);
        auto prepared = rows.prepare(done.first());
        if (const auto *e = std::get_if<Oasst::ParseError>(&prepared))
            throw WorkflowError(ErrorCode::InvalidInput, e->reason);
        TreeWriter writer(*this, options, importUser, start);
        treeId = std::get<PreparedTree>(prepared).id;
        writer.add(std::get<PreparedTree>(std::move(prepared)));
        for (const Oasst::ParseError &e : writer.flush())
            throw WorkflowError(ErrorCode::InvalidInput, e.reason);
    });
    return treeId;
}

// --- export ------------------------------------------------------------------------------

// Loads whole trees (their messages, emojis, labels and events), a page of trees at a time.
QList<Oasst::Tree> Engine::loadTrees(const QList<TreeHead> &heads, const TreeFilter &filter)
{
    QList<Oasst::Tree> trees;
    if (heads.isEmpty())
        return trees;
    QHash<QString, int> treeIndex;
    QStringList ids;
    for (const TreeHead &h : heads) {
        treeIndex.insert(h.id, int(trees.size()));
        Oasst::Tree t;
        t.id = h.id;
        t.state = h.state;
        t.origin = h.origin;
        trees << t;
        ids << h.id;
    }
    // The page's trees as one bound value (a JSON array).
    const QString in = u" IN ("_s + m_db.dialect().idListSql() + u")"_s;
    const QVariantList pageIds{SqlDialect::jsonArrayText(ids)};
    QString messageFilter;
    if (!filter.includeDeleted)
        messageFilter += u" AND deleted = 0"_s;
    if (!filter.includeSpam)
        messageFilter += u" AND review_result = 1"_s;

    QHash<QString, std::pair<int, int>> where; // message id → (tree, index)
    for (const Row &r : m_db.rows(
             u"SELECT id, tree_id, parent_id, user_id, created, text, role, lang, review_count, review_result, "
             "deleted, rank, synthetic, model_name, edited, imported_labels FROM message WHERE tree_id"_s
                 + in + messageFilter + u" ORDER BY tree_id, created, id"_s,
             pageIds)) {
        const int ti = treeIndex.value(r[1].toString());
        Oasst::Message m;
        m.id = r[0].toString();
        m.parentId = r[2].toString();
        if (r[3].toString() != filter.hiddenUser)
            m.userId = r[3].toString();
        m.created = r[4].toLongLong();
        m.text = r[5].toString();
        m.role = messageRoleFromString(r[6].toString()).value_or(MessageRole::Prompter);
        m.lang = r[7].toString();
        m.reviewCount = r[8].toInt();
        m.reviewResult = optionalBool(r[9]);
        m.deleted = r[10].toInt() != 0;
        if (!r[11].isNull())
            m.rank = r[11].toInt();
        m.synthetic = r[12].toInt() != 0;
        m.modelName = r[13].toString();
        m.edited = r[14].toInt() != 0;
        if (!r[15].isNull()) {
            const QJsonObject labels = jsonObject(r[15].toString());
            for (auto it = labels.begin(); it != labels.end(); ++it) {
                const QJsonArray pair = it.value().toArray();
                m.labels.insert(it.key(), Oasst::LabelStat{pair.at(0).toDouble(), pair.at(1).toInt()});
            }
        }
        where.insert(m.id, {ti, int(trees[ti].messages.size())});
        trees[ti].messages << m;
    }
    auto message = [&](const QString &id) -> Oasst::Message * {
        const auto it = where.constFind(id);
        return it == where.constEnd() ? nullptr : &trees[it->first].messages[it->second];
    };

    for (const Row &r : m_db.rows(u"SELECT c.message_id, c.emoji, c.count FROM emoji_count c JOIN message m ON "
                                  "m.id = c.message_id WHERE m.tree_id"_s + in + u" AND c.count > 0"_s, pageIds)) {
        if (Oasst::Message *m = message(r[0].toString()))
            m->emojis.insert(r[1].toString(), r[2].toInt());
    }
    // Labels: the mean and count over every label row of the message, task-based and free
    // alike (§6), merged with the means an import brought. (Two statements, one per partial
    // index on text_label.)
    QHash<QString, QHash<QString, std::pair<double, int>>> sums;
    for (const char *kind : {"l.task_id IS NOT NULL", "l.task_id IS NULL"}) {
        for (const Row &r : m_db.rows(u"SELECT l.message_id, l.labels FROM text_label l JOIN message m ON m.id = "
                                      "l.message_id WHERE m.tree_id"_s + in + u" AND "_s + QLatin1StringView(kind),
                                      pageIds)) {
            if (!where.contains(r[0].toString()))
                continue;
            const LabelValues values = labelValuesFromJson(r[1].toString());
            auto &perMessage = sums[r[0].toString()];
            for (auto it = values.begin(); it != values.end(); ++it) {
                auto &sum = perMessage[it.key()];
                sum.first += it.value();
                sum.second += 1;
            }
        }
    }
    for (auto it = sums.begin(); it != sums.end(); ++it) {
        Oasst::Message *m = message(it.key());
        for (auto l = it->begin(); l != it->end(); ++l) {
            Oasst::LabelStat &stat = m->labels[l.key()];
            const double total = stat.value * stat.count + l->first;
            stat.count += l->second;
            stat.value = total / stat.count;
        }
    }
    if (filter.events) {
        for (const Row &r : m_db.rows(u"SELECT e.message_id, e.user_id, e.emoji FROM message_emoji e JOIN message m "
                                      "ON m.id = e.message_id WHERE m.tree_id"_s + in
                                          + u" ORDER BY e.created, e.user_id, e.emoji"_s,
                                      pageIds)) {
            if (Oasst::Message *m = message(r[0].toString()))
                m->emojiEvents << Oasst::EmojiEvent{r[1].toString(), r[2].toString()};
        }
        for (const Row &r : m_db.rows(u"SELECT r.parent_id, r.user_id, r.ranked_ids, r.not_rankable, r.positions, "
                                      "k.payload FROM ranking r LEFT JOIN task k ON k.id = r.task_id WHERE r.tree_id"_s
                                          + in + u" ORDER BY r.created, r.id"_s,
                                      pageIds)) {
            Oasst::Message *m = message(r[0].toString());
            if (!m)
                continue;
            Oasst::RankingEvent event;
            if (r[1].toString() != filter.hiddenUser)
                event.userId = r[1].toString();
            event.rankedIds = toStringList(jsonArray(r[2].toString()));
            event.notRankable = r[3].toInt() != 0;
            if (!r[4].isNull()) {
                for (const QJsonValue &p : jsonArray(r[4].toString()))
                    event.positions << p.toInt();
            } else if (!r[5].isNull()) {
                // Made here: the ranked replies as indexes into the order the task showed them.
                const QStringList shown = toStringList(jsonObject(r[5].toString()).value(u"reply_ids"_s).toArray());
                for (const QString &id : std::as_const(event.rankedIds))
                    event.positions << int(shown.indexOf(id));
                if (event.positions.contains(-1))
                    event.positions.clear();
            }
            m->rankings << event;
        }
    }
    return trees;
}

ExportReport Engine::exportFile(const QString &actorName, const QString &path, const ExportOptions &options,
                                TransferProgress *progress)
{
    QElapsedTimer timer;
    timer.start();
    ExportReport report;
    // Who may export, before a file is created.
    m_db.read([&] { requireModerator(actorName); });
    const std::optional<Oasst::Anonymizer> anonymizer =
        options.anonymizeSeed ? std::optional<Oasst::Anonymizer>(Oasst::Anonymizer(*options.anonymizeSeed)) : std::nullopt;
    Oasst::WriteOptions write;
    write.labels = options.labels;
    write.events = options.events;
    write.anonymizer = anonymizer ? &*anonymizer : nullptr;

    // The file is made inside the transaction: if a conflict makes it run again, it starts a
    // new file rather than writing the first trees twice.
    std::optional<LineWriter> writer;
    m_db.read([&] {
        report = ExportReport();
        writer.reset();
        writer.emplace(path);
        TreeFilter filter;
        filter.includeDeleted = options.includeDeleted;
        filter.includeSpam = options.includeSpam;
        filter.events = options.events;
        filter.hiddenUser = importUserId(false);

        QString treeWhere = u"1 = 1"_s;
        QVariantList treeBinds;
        if (!options.allStates) {
            QStringList states;
            for (TreeState s : options.states.isEmpty() ? QList<TreeState>{TreeState::ReadyForExport} : options.states)
                states << toString(s);
            treeWhere += u" AND t.state IN ("_s + m_db.dialect().idListSql() + u")"_s;
            treeBinds << SqlDialect::jsonArrayText(states);
        }
        if (!options.lang.isEmpty()) {
            treeWhere += u" AND t.lang = ?"_s;
            treeBinds << options.lang;
        }
        if (!options.includeSynthetic)
            treeWhere += u" AND NOT EXISTS (SELECT 1 FROM message s WHERE s.tree_id = t.id AND s.synthetic = 1)"_s;
        // A tree whose prompt the filters leave out is left out whole (its root's id is the tree's),
        // so that the progress counts only what will be written.
        if (!options.includeDeleted || !options.includeSpam) {
            treeWhere += u" AND EXISTS (SELECT 1 FROM message r WHERE r.id = t.id"_s
                + (options.includeDeleted ? QString() : u" AND r.deleted = 0"_s)
                + (options.includeSpam ? QString() : u" AND r.review_result = 1"_s) + u")"_s;
        }
        qint64 total = m_db.value(u"SELECT COUNT(*) FROM tree t WHERE "_s + treeWhere, treeBinds).toLongLong();
        if (options.limit > 0)
            total = std::min(total, options.limit);

        // A worker thread turns pages of trees into JSON and writes (and compresses) them while
        // this thread reads the next pages from the database.
        BoundedQueue<QList<Oasst::Tree>> queue(4);
        std::atomic<int> messages{0};
        Worker serializer([&] {
            QByteArray out;
            while (std::optional<QList<Oasst::Tree>> page = queue.pop()) {
                out.clear();
                for (const Oasst::Tree &tree : std::as_const(*page)) {
                    if (options.flat) {
                        messages += Oasst::writeFlatRows(out, tree, write);
                    } else {
                        messages += Oasst::writeTreeObject(out, tree, write);
                        out += '\n';
                    }
                }
                writer->write(out);
            }
        }, [&] { queue.close(); });

        // Pages of trees in (created, id) order (index tree_created), each read in a few statements.
        constexpr int kPage = 500;
        qint64 lastCreated = std::numeric_limits<qint64>::min();
        QString lastId;
        while (options.limit <= 0 || report.trees < options.limit) {
            if (progress)
                progress->report(report.trees, total);
            const int pageSize = int(options.limit > 0 ? std::min<qint64>(kPage, options.limit - report.trees) : kPage);
            QList<TreeHead> heads;
            for (const Row &r : m_db.rows(u"SELECT t.id, t.state, t.origin, t.created FROM tree t WHERE "_s + treeWhere
                                              + u" AND (t.created, t.id) > (?, ?) ORDER BY t.created, t.id LIMIT "_s
                                              + QString::number(pageSize),
                                          treeBinds + QVariantList{lastCreated, lastId})) {
                heads << TreeHead{r[0].toString(), treeStateFromString(r[1].toString()), r[2].toString()};
                lastCreated = r[3].toLongLong();
                lastId = r[0].toString();
            }
            if (heads.isEmpty())
                break;
            QList<Oasst::Tree> page = loadTrees(heads, filter);
            // A tree whose prompt was filtered out (deleted or not accepted) is left out.
            page.removeIf([](const Oasst::Tree &t) {
                return std::none_of(t.messages.begin(), t.messages.end(),
                                    [](const Oasst::Message &m) { return m.parentId.isEmpty(); });
            });
            report.trees += int(page.size());
            if (!queue.push(std::move(page)))
                break; // the writer failed
        }
        queue.close();
        serializer.join();
        serializer.rethrow(); // a disk that is full, a file that cannot be written
        report.messages = messages;
        if (progress)
            progress->report(total, total, true);
    });
    writer->commit();
    report.bytes = writer->bytesWritten();
    report.seconds = double(timer.nsecsElapsed()) / 1e9;
    return report;
}

QJsonObject Engine::treeJson(const QString &treeId)
{
    QJsonObject tree;
    m_db.read([&] {
        const QList<Row> rows = m_db.rows(u"SELECT state, origin FROM tree WHERE id = ?"_s, {treeId});
        if (rows.isEmpty())
            throw WorkflowError(ErrorCode::NotFound, tr("There is no tree %1.").arg(treeId));
        TreeFilter filter;
        filter.includeDeleted = true;
        filter.includeSpam = true;
        filter.events = true;
        filter.hiddenUser = importUserId(false);
        const QList<Oasst::Tree> trees =
            loadTrees({TreeHead{treeId, treeStateFromString(rows[0][0].toString()), rows[0][1].toString()}}, filter);
        QByteArray out;
        Oasst::writeTreeObject(out, trees.first(), Oasst::WriteOptions());
        tree = QJsonDocument::fromJson(out).object();
    });
    return tree;
}

} // namespace Arborist
