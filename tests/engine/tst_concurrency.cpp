// Several processes, each with several annotators, work one database through the engine at
// once. Afterwards every invariant of WORKFLOW.md §10.13 holds and every submission a worker was
// told succeeded is stored. The test executable is its own worker (--worker ...).

#include "enginefixture.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Arborist;
using namespace Arborist::Test;

namespace {

constexpr int kProcesses = 4;
constexpr int kAnnotatorsPerProcess = 4;

int durationSeconds() { return qEnvironmentVariableIntValue("ARBORIST_CONCURRENCY_SECONDS") > 0
                                   ? qEnvironmentVariableIntValue("ARBORIST_CONCURRENCY_SECONDS") : 30; }

// One worker process: its annotators request, answer or skip tasks until the time is up. Every
// success is appended to the log file as "kind task_id [message_id]".
int runWorker(const QStringList &args)
{
    const QString url = args.value(0);
    const quint64 seed = args.value(1).toULongLong();
    const int seconds = args.value(2).toInt();
    QFile log(args.value(3));
    const QStringList users = args.mid(4);
    if (!log.open(QIODevice::WriteOnly | QIODevice::Append))
        return 2;
    auto db = Database::open(url);
    Engine engine(*db, EngineOptions{{}, seed});
    QRandomGenerator rng{quint32(seed)};
    QElapsedTimer timer;
    timer.start();
    QMap<QString, int> refusals;
    int actions = 0, errors = 0, counter = 0;
    auto note = [&](const QString &line) {
        log.write(line.toUtf8() + '\n');
        log.flush();
    };
    while (timer.elapsed() < seconds * 1000) {
        const QString user = users.at(int(rng.bounded(quint32(users.size()))));
        try {
            Task task;
            try {
                task = engine.requestTask(user, std::nullopt, u"en"_s);
            } catch (const WorkflowError &e) {
                if (e.code() != ErrorCode::TaskNotAvailable)
                    throw;
                task = engine.requestTask(user, TaskType::InitialPrompt, u"en"_s);
            }
            ++actions;
            if (rng.bounded(10) == 0) {
                engine.skip(user, task.id, u"not for me"_s);
                note(u"skip "_s + task.id);
                ++actions;
                continue;
            }
            QJsonObject answer;
            const TaskKind kind = kindOf(task.type);
            if (kind == TaskKind::Prompt || kind == TaskKind::Reply) {
                answer = {{u"text"_s, u"Text %1 from %2, process seed %3"_s.arg(++counter).arg(user).arg(seed)}};
            } else if (kind == TaskKind::Ranking) {
                QJsonArray ids;
                QList<ConversationMessage> replies = task.replies;
                for (int i = int(replies.size()) - 1; i > 0; --i)
                    replies.swapItemsAt(i, int(rng.bounded(quint32(i + 1))));
                for (const ConversationMessage &m : replies)
                    ids << m.id;
                answer = {{u"ranking"_s, ids}};
            } else {
                answer = {{u"labels"_s, QJsonObject{{u"spam"_s, rng.bounded(8) == 0 ? 1 : 0}, {u"lang_mismatch"_s, 0}}}};
            }
            const SubmitResult result = engine.submit(user, task.id, answer);
            note(u"%1 %2 %3"_s.arg(taskKindName(kind), task.id, result.messageId));
            ++actions;
        } catch (const WorkflowError &e) {
            refusals[toString(e.code())] += 1;
        } catch (const DbError &e) {
            ++errors;
            fprintf(stderr, "worker %llu: %s\n", seed, qPrintable(e.message()));
        }
    }
    QString summary = u"actions=%1 errors=%2 retries=%3"_s.arg(actions).arg(errors).arg(db->retryCount());
    for (auto it = refusals.begin(); it != refusals.end(); ++it)
        summary += u" %1=%2"_s.arg(it.key()).arg(it.value());
    printf("%s\n", qPrintable(summary));
    return errors == 0 ? 0 : 1;
}

} // namespace

class tst_Concurrency : public QObject
{
    Q_OBJECT

private slots:
    void processesShareOneDatabase()
    {
        EngineFixture f;
        f.engine->addUser(QString(), u"admin"_s, UserRole::Admin);
        // Small trees and few active ones, so that the workers collide on the same messages.
        for (const auto &[key, value] : QList<std::pair<QString, QString>>{{u"goal_tree_size"_s, u"5"_s},
                                                                            {u"max_tree_depth"_s, u"2"_s},
                                                                            {u"max_children_count"_s, u"2"_s},
                                                                            {u"max_active_trees"_s, u"3"_s}})
            f.engine->setSetting(u"admin"_s, key, value);
        QStringList all;
        for (int i = 0; i < kProcesses * kAnnotatorsPerProcess; ++i) {
            all << u"a%1"_s.arg(i);
            f.engine->addUser(u"admin"_s, all.last(), UserRole::Annotator);
        }

        QTemporaryDir dir;
        QList<QProcess *> workers;
        const int seconds = durationSeconds();
        QElapsedTimer timer;
        timer.start();
        for (int p = 0; p < kProcesses; ++p) {
            auto *proc = new QProcess(this);
            proc->setProcessChannelMode(QProcess::ForwardedErrorChannel);
            proc->start(QCoreApplication::applicationFilePath(),
                        QStringList{u"--worker"_s, f.tdb.url(), QString::number(1000 + p), QString::number(seconds),
                                    dir.filePath(u"log%1"_s.arg(p))}
                            + all.mid(p * kAnnotatorsPerProcess, kAnnotatorsPerProcess));
            workers << proc;
        }
        int totalActions = 0;
        for (QProcess *proc : workers) {
            QVERIFY(proc->waitForFinished((seconds + 120) * 1000));
            const QString summary = QString::fromUtf8(proc->readAllStandardOutput()).trimmed();
            qInfo("worker: %s", qPrintable(summary));
            QCOMPARE(proc->exitCode(), 0);
            totalActions += summary.section(u' ', 0, 0).section(u'=', 1).toInt();
        }
        const double elapsed = timer.elapsed() / 1000.0;

        // Every submission a worker was told succeeded is stored.
        QMap<QString, int> kinds;
        for (int p = 0; p < kProcesses; ++p) {
            QFile log(dir.filePath(u"log%1"_s.arg(p)));
            QVERIFY(log.open(QIODevice::ReadOnly));
            while (!log.atEnd()) {
                const QStringList parts = QString::fromUtf8(log.readLine()).trimmed().split(u' ');
                const QString kind = parts.value(0);
                const QString task = parts.value(1);
                kinds[kind] += 1;
                if (kind == "prompt"_L1 || kind == "reply"_L1) {
                    QCOMPARE(f.sql(u"SELECT task_id FROM message WHERE id = ?"_s, {parts.value(2)}).toString(), task);
                } else if (kind == "label"_L1) {
                    QCOMPARE(f.sql(u"SELECT task_id FROM text_label WHERE id = ?"_s, {task}).toString(), task);
                } else if (kind == "ranking"_L1) {
                    QCOMPARE(f.sql(u"SELECT task_id FROM ranking WHERE id = ?"_s, {task}).toString(), task);
                } else {
                    QCOMPARE(kind, u"skip"_s);
                    QCOMPARE(f.sql(u"SELECT skipped FROM task WHERE id = ?"_s, {task}).toInt(), 1);
                }
                QCOMPARE(f.sql(u"SELECT done + skipped FROM task WHERE id = ?"_s, {task}).toInt(), 1);
            }
        }
        const InvariantReport report = f.engine->checkInvariants();
        if (!report.ok())
            qWarning("%s", qPrintable(report.violations.join(u'\n')));
        QVERIFY(report.ok());
        const QJsonObject stats = f.engine->stats();
        qInfo("%s: %d processes x %d annotators, %.1f s, %d actions (%.0f per second); stored prompts %d, replies %d, "
              "labels %d, rankings %d, skips %d; trees ready_for_export %d",
              qPrintable(backendName()), kProcesses, kAnnotatorsPerProcess, elapsed, totalActions,
              totalActions / elapsed, kinds.value(u"prompt"_s), kinds.value(u"reply"_s), kinds.value(u"label"_s), kinds.value(u"ranking"_s),
              kinds.value(u"skip"_s), stats.value(u"trees"_s).toObject().value(u"ready_for_export"_s).toInt());
        // The workers did real work through every stage.
        QVERIFY(kinds.value(u"prompt"_s) > 0);
        QVERIFY(kinds.value(u"reply"_s) > 0);
        QVERIFY(kinds.value(u"label"_s) > 0);
        QVERIFY(kinds.value(u"ranking"_s) > 0);
        QVERIFY(stats.value(u"trees"_s).toObject().value(u"ready_for_export"_s).toInt() > 0);
    }
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.value(1) == "--worker"_L1)
        return runWorker(args.mid(2));
    tst_Concurrency test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_concurrency.moc"
