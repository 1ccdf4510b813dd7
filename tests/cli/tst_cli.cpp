// arborist-cli end to end, run by CTest on SQLite and PostgreSQL: six users take one tree from its
// initial prompt to ready_for_export through the command line alone, and bad input gets a
// one-line error and changes nothing.

#include "core/rankedpairs.h"
#include "support/testdatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Arborist;
using namespace Arborist::Test;

namespace {

struct Result
{
    int exit = -1;
    QJsonObject json;
    QString out;
    QString err;
};

} // namespace

class tst_Cli : public QObject
{
    Q_OBJECT

    QString m_cli;
    std::unique_ptr<TestDatabase> m_db;

    Result run(const QStringList &args, const QByteArray &input = {})
    {
        QProcess p;
        p.start(m_cli, QStringList{u"--db"_s, m_db->url(), u"--json"_s, u"--seed"_s, u"11"_s} + args);
        if (!p.waitForStarted())
            qFatal("cannot start %s", qPrintable(m_cli));
        p.write(input);
        p.closeWriteChannel();
        p.waitForFinished(60000);
        Result r;
        r.exit = p.exitCode();
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        r.json = QJsonDocument::fromJson(r.out.toUtf8()).object();
        return r;
    }

    // Runs a command that must succeed and returns its JSON.
    QJsonObject ok(const QStringList &args, const QByteArray &input = {})
    {
        const Result r = run(args, input);
        if (r.exit != 0)
            qWarning("arborist-cli %s failed (%d): %s", qPrintable(args.join(u' ')), r.exit, qPrintable(r.err));
        return r.exit == 0 ? r.json : QJsonObject{{u"failed"_s, true}};
    }

    QString treeState(const QString &tree)
    {
        return ok({u"tree"_s, u"show"_s, tree}).value(u"tree_state"_s).toString();
    }

private slots:
    void initTestCase()
    {
        m_cli = qEnvironmentVariable("ARBORIST_CLI");
        QVERIFY2(QFileInfo::exists(m_cli), "ARBORIST_CLI must name the arborist-cli executable");
    }

    void init()
    {
        m_db = std::make_unique<TestDatabase>();
        QCOMPARE(run({u"init"_s}).exit, 0);
    }

    void sixUsersTakeATreeToReadyForExport()
    {
        QCOMPARE(ok({u"user"_s, u"add"_s, u"admin"_s, u"--role"_s, u"admin"_s}).value(u"role"_s).toString(), u"admin"_s);
        const QStringList users = {u"ana"_s, u"ben"_s, u"chen"_s, u"dora"_s, u"emil"_s, u"fay"_s};
        for (const QString &u : users)
            QVERIFY(!ok({u"user"_s, u"add"_s, u, u"--user"_s, u"admin"_s}).contains(u"failed"_s));
        QCOMPARE(ok({u"user"_s, u"list"_s}).value(u"users"_s).toArray().size(), 7);
        // A small tree: root, two assistant replies, a prompter reply under each.
        const QList<std::pair<QString, QString>> config = {{u"goal_tree_size"_s, u"5"_s},
                                                           {u"max_tree_depth"_s, u"2"_s},
                                                           {u"max_children_count"_s, u"2"_s}};
        for (const auto &[key, value] : config)
            QCOMPARE(ok({u"config"_s, u"set"_s, key, value, u"--user"_s, u"admin"_s}).value(u"value"_s).toString(), value);

        const QJsonObject promptTask = ok({u"task"_s, u"request"_s, u"--user"_s, u"ana"_s, u"--type"_s, u"initial_prompt"_s});
        QCOMPARE(promptTask.value(u"type"_s).toString(), u"initial_prompt"_s);
        const QString tree = ok({u"task"_s, u"submit"_s, u"--user"_s, u"ana"_s, promptTask.value(u"id"_s).toString()},
                                R"({"text": "How do I make a good cup of tea?", "lang": "en"})")
                                 .value(u"message_id"_s).toString();
        QVERIFY(!tree.isEmpty());
        QCOMPARE(treeState(tree), u"initial_prompt_review"_s);

        // Everyone works through what is available, most-needed first, until the tree is done.
        const QStringList order = {u"rank_assistant_replies"_s, u"label_initial_prompt"_s,
                                   u"label_assistant_reply"_s, u"label_prompter_reply"_s,
                                   u"assistant_reply"_s, u"prompter_reply"_s};
        QRandomGenerator rng(2024);
        QHash<QString, QList<QStringList>> rankings; // parent → submitted rankings
        QSet<QString> statesSeen{treeState(tree)};
        int written = 0;
        for (int round = 0; round < 40 && treeState(tree) != "ready_for_export"_L1; ++round) {
            for (const QString &user : users) {
                const QJsonObject available = ok({u"tasks"_s, u"available"_s, u"--user"_s, user});
                QString type;
                for (const QString &t : order) {
                    if (available.value(t).toInt() > 0) {
                        type = t;
                        break;
                    }
                }
                if (type.isEmpty())
                    continue;
                const QJsonObject task = ok({u"task"_s, u"request"_s, u"--user"_s, user, u"--type"_s, type});
                QCOMPARE(task.value(u"type"_s).toString(), type);
                QCOMPARE(task.value(u"tree_id"_s).toString(), tree);
                const QString id = task.value(u"id"_s).toString();
                QJsonObject answer;
                if (type.startsWith("label_"_L1)) {
                    answer = {{u"labels"_s, QJsonObject{{u"spam"_s, 0}, {u"lang_mismatch"_s, 0}, {u"quality"_s, 0.75}}}};
                } else if (type.startsWith("rank_"_L1)) {
                    QStringList ids;
                    for (const QJsonValue &r : task.value(u"replies"_s).toArray())
                        ids << r.toObject().value(u"id"_s).toString();
                    if (rng.bounded(2))
                        std::reverse(ids.begin(), ids.end());
                    rankings[task.value(u"parent_id"_s).toString()] << ids;
                    answer = {{u"ranking"_s, QJsonArray::fromStringList(ids)}, {u"not_rankable"_s, false}};
                } else {
                    answer = {{u"text"_s, u"Reply %1 by %2: warm the pot first."_s.arg(++written).arg(user)}};
                }
                const QJsonObject done = ok({u"task"_s, u"submit"_s, u"--user"_s, user, id},
                                            QJsonDocument(answer).toJson(QJsonDocument::Compact));
                QCOMPARE(done.value(u"ok"_s).toBool(), true);
                statesSeen.insert(treeState(tree));
            }
        }
        QCOMPARE(treeState(tree), u"ready_for_export"_s);
        for (const QString &s : {u"initial_prompt_review"_s, u"growing"_s, u"ranking"_s})
            QVERIFY2(statesSeen.contains(s), qPrintable(s));

        // The ranks written are the ranked-pairs consensus of the rankings submitted.
        QCOMPARE(rankings.size(), 1);
        const QJsonObject shown = ok({u"tree"_s, u"show"_s, tree});
        const QJsonObject root = shown.value(u"prompt"_s).toObject();
        QCOMPARE(root.value(u"message_id"_s).toString(), tree);
        const QJsonArray replies = root.value(u"replies"_s).toArray();
        QCOMPARE(replies.size(), 2);
        const QStringList consensus = rankedPairs(rankings.value(tree));
        QCOMPARE(rankings.value(tree).size(), 3);
        for (int i = 0; i < replies.size(); ++i) {
            const QJsonObject r = replies[i].toObject();
            QCOMPARE(r.value(u"message_id"_s).toString(), consensus.at(i)); // sorted by rank
            QCOMPARE(r.value(u"rank"_s).toInt(-1), i);
            QCOMPARE(r.value(u"review_result"_s).toBool(), true);
            QCOMPARE(r.value(u"replies"_s).toArray().size(), 1);
        }
        // Every annotator's own ranking is kept beside the consensus.
        QCOMPARE(root.value(u"events"_s).toObject().value(u"ranking"_s).toArray().size(), 3);
        const QJsonObject stats = ok({u"stats"_s});
        QCOMPARE(stats.value(u"trees"_s).toObject().value(u"ready_for_export"_s).toInt(), 1);
        QCOMPARE(stats.value(u"messages"_s).toInt(), 5);
        QCOMPARE(ok({u"check"_s}).value(u"ok"_s).toBool(), true);
    }

    void badInputGetsOneLineErrorAndChangesNothing()
    {
        ok({u"user"_s, u"add"_s, u"admin"_s, u"--role"_s, u"admin"_s});
        ok({u"user"_s, u"add"_s, u"ana"_s, u"--user"_s, u"admin"_s});
        const QJsonObject task = ok({u"task"_s, u"request"_s, u"--user"_s, u"ana"_s, u"--type"_s, u"initial_prompt"_s});
        const QString id = task.value(u"id"_s).toString();
        const QJsonObject before = ok({u"stats"_s});

        auto expectError = [&](const Result &r, int exit, const QString &code) {
            QCOMPARE(r.exit, exit);
            QCOMPARE(r.json.value(u"error"_s).toString(), code);
            QVERIFY(!r.json.value(u"message"_s).toString().isEmpty());
            const QStringList lines = r.err.trimmed().split(u'\n');
            QCOMPARE(lines.size(), 1);
            QVERIFY2(lines[0].startsWith("arborist-cli: "_L1), qPrintable(lines[0]));
        };
        // Malformed JSON on stdin.
        expectError(run({u"task"_s, u"submit"_s, u"--user"_s, u"ana"_s, id}, "{\"text\": \"unterminated"),
                    3, u"invalid_input"_s);
        // A submission of the wrong kind.
        expectError(run({u"task"_s, u"submit"_s, u"--user"_s, u"ana"_s, id}, R"({"labels": {"spam": 0}})"),
                    3, u"invalid_input"_s);
        // An unknown user.
        expectError(run({u"task"_s, u"request"_s, u"--user"_s, u"zoe"_s, u"--type"_s, u"random"_s}), 3, u"unknown_user"_s);
        // An unknown task type is bad usage.
        expectError(run({u"task"_s, u"request"_s, u"--user"_s, u"ana"_s, u"--type"_s, u"poem"_s}), 2, u"usage"_s);
        QCOMPARE(ok({u"stats"_s}), before);

        // A wrong URL and a missing database file: exit 1, the message names the problem.
        QProcess p;
        p.start(m_cli, {u"--json"_s, u"--db"_s, u"mysql://localhost/db"_s, u"stats"_s});
        p.waitForFinished();
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(u"not a database URL"_s));
        QTemporaryDir dir;
        const QString missing = dir.filePath(u"nothing-here.db"_s);
        p.start(m_cli, {u"--json"_s, u"--db"_s, u"sqlite://"_s + missing, u"stats"_s});
        p.waitForFinished();
        QCOMPARE(p.exitCode(), 1);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(missing) && err.contains(u"init"_s), qPrintable(err));
        QVERIFY(!QFileInfo::exists(missing));
        // An unreachable server.
        p.start(m_cli, {u"--db"_s, u"postgresql://postgres@127.0.0.1:1/none"_s, u"stats"_s});
        p.waitForFinished(30000);
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(u"Cannot connect"_s));
    }

    void simulatedTeamKeepsEveryInvariant()
    {
        // Tasks expire after a simulated minute, and the clock runs 2,000 times faster, so that
        // answers left for later come back after their task expired.
        ok({u"user"_s, u"add"_s, u"admin"_s, u"--role"_s, u"admin"_s});
        ok({u"config"_s, u"set"_s, u"task_expiry_minutes"_s, u"1"_s, u"--user"_s, u"admin"_s});
        const QJsonObject r = ok({u"simulate"_s, u"--users"_s, u"6"_s, u"--actions"_s, u"1200"_s, u"--processes"_s,
                                  u"2"_s, u"--time-scale"_s, u"2000"_s, u"--user"_s, u"admin"_s});
        QCOMPARE(r.value(u"invariants_ok"_s).toBool(), true);
        QCOMPARE(r.value(u"errors"_s).toInt(), 0);
        QVERIFY(r.value(u"actions"_s).toInt() >= 1200);
        const QJsonObject stored = r.value(u"stored"_s).toObject();
        for (const QString &kind : {u"prompt"_s, u"reply"_s, u"label"_s, u"skip"_s})
            QVERIFY2(stored.value(kind).toInt() > 0, qPrintable(kind));
        // The deliberate mistakes were refused, and what was stored is there.
        QVERIFY(r.value(u"refusals"_s).toObject().value(u"invalid_labels"_s).toInt()
                + r.value(u"refusals"_s).toObject().value(u"invalid_input"_s).toInt() > 0);
        const QJsonObject stats = ok({u"stats"_s});
        QCOMPARE(stats.value(u"labels"_s).toInt(), stored.value(u"label"_s).toInt());
        QCOMPARE(stats.value(u"tasks_skipped"_s).toInt(), stored.value(u"skip"_s).toInt());
        QCOMPARE(stats.value(u"messages"_s).toInt(), stored.value(u"prompt"_s).toInt() + stored.value(u"reply"_s).toInt());
        QCOMPARE(ok({u"check"_s}).value(u"ok"_s).toBool(), true);
    }

    void moderationThroughTheCli()
    {
        ok({u"user"_s, u"add"_s, u"admin"_s, u"--role"_s, u"admin"_s});
        ok({u"user"_s, u"add"_s, u"lea"_s, u"--role"_s, u"lead"_s, u"--user"_s, u"admin"_s});
        ok({u"user"_s, u"add"_s, u"ana"_s, u"--user"_s, u"admin"_s});
        const QJsonObject task = ok({u"task"_s, u"request"_s, u"--user"_s, u"ana"_s, u"--type"_s, u"initial_prompt"_s});
        const QString tree = ok({u"task"_s, u"submit"_s, u"--user"_s, u"ana"_s, task.value(u"id"_s).toString()},
                                R"({"text": "Original text"})").value(u"message_id"_s).toString();
        // An annotator may not moderate.
        QCOMPARE(run({u"moderate"_s, u"halt"_s, tree, u"--user"_s, u"ana"_s}).exit, 3);
        QCOMPARE(ok({u"moderate"_s, u"halt"_s, tree, u"--user"_s, u"lea"_s, u"--reason"_s, u"check"_s})
                     .value(u"tree_state"_s).toString(), u"halted_by_moderator"_s);
        QCOMPARE(ok({u"moderate"_s, u"unhalt"_s, tree, u"--user"_s, u"lea"_s}).value(u"tree_state"_s).toString(),
                 u"initial_prompt_review"_s);
        ok({u"moderate"_s, u"edit"_s, tree, u"--user"_s, u"lea"_s, u"--reason"_s, u"typo"_s}, "Edited text\n");
        const QJsonObject root = ok({u"tree"_s, u"show"_s, tree}).value(u"prompt"_s).toObject();
        QCOMPARE(root.value(u"text"_s).toString(), u"Edited text"_s);
        QCOMPARE(root.value(u"edited"_s).toBool(), true);
        const QJsonArray log = ok({u"audit"_s, tree}).value(u"entries"_s).toArray();
        QCOMPARE(log.size(), 3);
        QCOMPARE(log[2].toObject().value(u"before"_s).toString(), u"Original text"_s);
        QCOMPARE(log[2].toObject().value(u"after"_s).toString(), u"Edited text"_s);
        QCOMPARE(log[2].toObject().value(u"user"_s).toString(), u"lea"_s);
        ok({u"moderate"_s, u"delete"_s, tree, u"--user"_s, u"lea"_s});
        QCOMPARE(ok({u"tree"_s, u"show"_s, tree}).value(u"prompt"_s).toObject().value(u"deleted"_s).toBool(), true);
        ok({u"moderate"_s, u"undelete"_s, tree, u"--user"_s, u"lea"_s});
        QCOMPARE(ok({u"tree"_s, u"show"_s, tree}).value(u"prompt"_s).toObject().value(u"deleted"_s).toBool(), false);
    }

    void importAndExportThroughTheCli()
    {
        ok({u"user"_s, u"add"_s, u"admin"_s, u"--role"_s, u"admin"_s});
        ok({u"user"_s, u"add"_s, u"ana"_s, u"--user"_s, u"admin"_s});
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        auto write = [&](const QString &name, const QByteArray &content) {
            QFile f(dir.filePath(name));
            if (!f.open(QIODevice::WriteOnly))
                qFatal("cannot write %s", qPrintable(f.fileName()));
            f.write(content);
            return f.fileName();
        };
        // A tree object, a nested message and a prompt.
        const QString good = write(u"good.jsonl"_s,
            R"({"message_tree_id": "10000000-0000-4000-8000-000000000001", "tree_state": "ready_for_export", "prompt": {"message_id": "10000000-0000-4000-8000-000000000001", "text": "What is a fjord?", "role": "prompter", "lang": "en", "review_count": 3, "review_result": true, "replies": [{"message_id": "10000000-0000-4000-8000-000000000002", "text": "A long, narrow inlet carved by a glacier.", "role": "assistant", "rank": 0, "emojis": {"+1": 2}}]}})" "\n"
            R"({"message_id": "20000000-0000-4000-8000-000000000001", "text": "Name three moons of Jupiter.", "role": "prompter", "replies": [{"message_id": "20000000-0000-4000-8000-000000000002", "text": "Io, Europa and Ganymede."}]})" "\n"
            R"("Write a limerick about a cat.")" "\n");
        const QString bad = write(u"bad.jsonl"_s, QByteArray(R"("A prompt.")" "\n" R"("Another.")" "\n") + "{\"message_id\": \"x\", \"text\": \n");

        // Only leads and admins import.
        const Result refused = run({u"import"_s, good, u"--user"_s, u"ana"_s});
        QCOMPARE(refused.exit, 3);
        QCOMPARE(refused.json.value(u"error"_s).toString(), u"permission_denied"_s);
        // A bad line: exit 1, FILE:LINE in one line on stderr, nothing imported.
        const QJsonObject before = ok({u"stats"_s});
        const Result broken = run({u"import"_s, bad, u"--user"_s, u"admin"_s});
        QCOMPARE(broken.exit, 1);
        QCOMPARE(broken.json.value(u"error"_s).toString(), u"invalid_file"_s);
        QVERIFY2(broken.err.contains(bad + u":3: "_s), qPrintable(broken.err));
        QCOMPARE(broken.err.trimmed().count(u'\n'), 0);
        QCOMPARE(ok({u"stats"_s}), before);
        // --skip-invalid imports the rest and lists the bad line.
        const QJsonObject skipped = ok({u"import"_s, bad, u"--user"_s, u"admin"_s, u"--skip-invalid"_s});
        QCOMPARE(skipped.value(u"trees"_s).toInt(), 2);
        QCOMPARE(skipped.value(u"skipped"_s).toArray().size(), 1);
        QVERIFY(skipped.value(u"skipped"_s).toArray().at(0).toString().startsWith(bad + u":3: "_s));
        // A missing file.
        const Result missing = run({u"import"_s, dir.filePath(u"nothing.jsonl"_s), u"--user"_s, u"admin"_s});
        QCOMPARE(missing.exit, 1);
        QCOMPARE(missing.json.value(u"error"_s).toString(), u"file_error"_s);

        const QJsonObject imported = ok({u"import"_s, good, u"--user"_s, u"admin"_s});
        QCOMPARE(imported.value(u"trees"_s).toInt(), 3);
        QCOMPARE(imported.value(u"messages"_s).toInt(), 5);
        QCOMPARE(treeState(u"10000000-0000-4000-8000-000000000001"_s), u"ready_for_export"_s);
        QCOMPARE(treeState(u"20000000-0000-4000-8000-000000000001"_s), u"backlog_ranking"_s);
        // The same file again: its ids are taken, nothing changes.
        const QJsonObject afterImport = ok({u"stats"_s});
        const Result again = run({u"import"_s, good, u"--user"_s, u"admin"_s});
        QCOMPARE(again.exit, 1);
        QVERIFY2(again.err.contains(u"already in the database"_s), qPrintable(again.err));
        QCOMPARE(ok({u"stats"_s}), afterImport);

        // Export to standard output: one tree object a line, only ready_for_export by default.
        QProcess p;
        p.start(m_cli, {u"--db"_s, m_db->url(), u"export"_s, u"-"_s, u"--user"_s, u"admin"_s});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QList<QByteArray> lines = p.readAllStandardOutput().trimmed().split('\n');
        QCOMPARE(lines.size(), 1);
        const QJsonObject tree = QJsonDocument::fromJson(lines[0]).object();
        QCOMPARE(tree.value(u"message_tree_id"_s).toString(), u"10000000-0000-4000-8000-000000000001"_s);
        const QJsonObject reply = tree.value(u"prompt"_s).toObject().value(u"replies"_s).toArray().at(0).toObject();
        QCOMPARE(reply.value(u"emojis"_s).toObject().value(u"+1"_s).toInt(), 2);
        QCOMPARE(reply.value(u"rank"_s).toInt(), 0);
        QVERIFY(QString::fromUtf8(p.readAllStandardError()).contains(u"Exported 1 trees"_s));

        // Flat rows of every state into a gzip file.
        const QString gz = dir.filePath(u"all.jsonl.gz"_s);
        const QJsonObject exported = ok({u"export"_s, gz, u"--user"_s, u"admin"_s, u"--state"_s, u"all"_s,
                                         u"--flat"_s, u"--include-synthetic"_s});
        QCOMPARE(exported.value(u"trees"_s).toInt(), 5); // with the two prompts imported above
        QCOMPARE(exported.value(u"messages"_s).toInt(), 7);
        QFile file(gz);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.read(2), QByteArray("\x1f\x8b"));
        // It reads back into a fresh database as the same trees.
        const QString other = u"sqlite://"_s + dir.filePath(u"other.db"_s);
        QCOMPARE(run({u"--db"_s, other, u"init"_s}).exit, 0);
        QCOMPARE(run({u"--db"_s, other, u"user"_s, u"add"_s, u"admin"_s, u"--role"_s, u"admin"_s}).exit, 0);
        const Result reread = run({u"--db"_s, other, u"import"_s, gz, u"--user"_s, u"admin"_s});
        QCOMPARE(reread.exit, 0);
        QCOMPARE(reread.json.value(u"trees"_s).toInt(), 5);
        QCOMPARE(reread.json.value(u"messages"_s).toInt(), 7);
        // The same tree, but for the import's own traces (dates, origin).
        auto comparable = [](QJsonObject tree) {
            tree.remove(u"origin"_s);
            QJsonObject prompt = tree.value(u"prompt"_s).toObject();
            prompt.remove(u"created_date"_s);
            QJsonArray replies;
            for (const QJsonValue &r : prompt.value(u"replies"_s).toArray()) {
                QJsonObject reply = r.toObject();
                reply.remove(u"created_date"_s);
                replies << reply;
            }
            prompt.insert(u"replies"_s, replies);
            tree.insert(u"prompt"_s, prompt);
            return tree;
        };
        const QJsonObject original = ok({u"tree"_s, u"show"_s, u"20000000-0000-4000-8000-000000000001"_s});
        QVERIFY(!original.value(u"prompt"_s).toObject().contains(u"user_id"_s)); // the file named no author
        QCOMPARE(comparable(run({u"--db"_s, other, u"tree"_s, u"show"_s, u"20000000-0000-4000-8000-000000000001"_s}).json),
                 comparable(original));

        // Bad usage.
        QCOMPARE(run({u"export"_s, gz, u"--user"_s, u"admin"_s, u"--state"_s, u"finished"_s}).exit, 2);
        QCOMPARE(run({u"import"_s, good, u"--user"_s, u"admin"_s, u"--state"_s, u"done"_s}).exit, 2);
        QCOMPARE(run({u"export"_s, dir.filePath(u"no/such/folder/x.jsonl"_s), u"--user"_s, u"admin"_s}).exit, 1);
    }

    void generateWritesARealisticDeterministicCorpus()
    {
        const QJsonObject generated = ok({u"generate"_s, u"--trees"_s, u"200"_s, u"--seed"_s, u"7"_s});
        QCOMPARE(generated.value(u"trees"_s).toInt(), 200);
        const QJsonObject stats = ok({u"stats"_s});
        const QJsonObject byState = stats.value(u"trees"_s).toObject();
        const QStringList states = {u"initial_prompt_review"_s, u"growing"_s,          u"ranking"_s,
                                    u"ready_for_scoring"_s,     u"ready_for_export"_s, u"scoring_failed"_s,
                                    u"aborted_low_grade"_s,     u"halted_by_moderator"_s, u"backlog_ranking"_s,
                                    u"prompt_lottery_waiting"_s};
        int trees = 0;
        for (const QString &state : states) {
            QVERIFY2(byState.value(state).toInt() > 0, qPrintable(state));
            trees += byState.value(state).toInt();
        }
        QCOMPARE(trees, 200);
        QCOMPARE(generated.value(u"by_state"_s).toObject(), byState);
        QCOMPARE(generated.value(u"messages"_s).toInt(), stats.value(u"messages"_s).toInt());
        const int messages = stats.value(u"messages"_s).toInt();
        QVERIFY2(messages >= 5 * 200 && messages <= 20 * 200, qPrintable(QString::number(messages)));
        QVERIFY(stats.value(u"labels"_s).toInt() > 2 * messages);
        QVERIFY(stats.value(u"rankings"_s).toInt() > 200);
        QVERIFY(stats.value(u"tasks_skipped"_s).toInt() > 0);
        const QJsonObject check = ok({u"check"_s});
        QCOMPARE(check.value(u"ok"_s).toBool(), true);
        QCOMPARE(check.value(u"violations"_s).toArray().size(), 0);

        // The same seed on another fresh database (a SQLite file, so on PostgreSQL runs this also
        // compares the backends) gives the same trees, ids included.
        const QJsonObject list = ok({u"tree"_s, u"list"_s});
        QCOMPARE(list.value(u"trees"_s).toArray().size(), 200);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString other = u"sqlite://"_s + dir.filePath(u"other.db"_s);
        QCOMPARE(run({u"--db"_s, other, u"init"_s}).exit, 0);
        QCOMPARE(run({u"--db"_s, other, u"generate"_s, u"--trees"_s, u"200"_s, u"--seed"_s, u"7"_s}).exit, 0);
        QCOMPARE(run({u"--db"_s, other, u"tree"_s, u"list"_s}).json, list);
        QCOMPARE(run({u"--db"_s, other, u"stats"_s}).json, stats);

        // A second corpus in the same database draws other ids.
        QCOMPARE(ok({u"generate"_s, u"--trees"_s, u"20"_s, u"--seed"_s, u"7"_s}).value(u"trees"_s).toInt(), 20);
        QCOMPARE(ok({u"tree"_s, u"list"_s}).value(u"trees"_s).toArray().size(), 220);
        QCOMPARE(ok({u"check"_s}).value(u"ok"_s).toBool(), true);
        QCOMPARE(run({u"generate"_s}).exit, 2);
    }
};

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_cli.moc"
