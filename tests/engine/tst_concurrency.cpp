// Several processes, each with several annotators, work one database through the engine at
// once. Afterwards every invariant of WORKFLOW.md §10.13 holds and every submission a worker was
// told succeeded is stored. The test executable is its own worker (--worker ...).

#include "enginefixture.h"
#include "engine/simulator.h"

#include <QCoreApplication>
#include <QDateTime>
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
constexpr qint64 kTimeScale = 1000; // tasks expire after 30 simulated minutes: 1.8 s

int durationSeconds() { return qEnvironmentVariableIntValue("ARBORIST_CONCURRENCY_SECONDS") > 0
                                   ? qEnvironmentVariableIntValue("ARBORIST_CONCURRENCY_SECONDS") : 30; }

// One worker process (arguments: URL, seed, seconds, log file, clock origin, users): its
// annotators (the engine's Simulator) request, answer, skip or leave tasks until the time is up.
// Every stored answer is appended to the log as "kind task_id [message_id]".
int runWorker(const QStringList &args)
{
    QFile log(args.value(3));
    if (!log.open(QIODevice::WriteOnly | QIODevice::Append))
        return 2;
    auto db = Database::open(args.value(0));
    SimulationOptions options;
    options.seed = args.value(1).toULongLong();
    options.durationMs = args.value(2).toLongLong() * 1000;
    options.onStored = [&](const QString &kind, const QString &task, const QString &message) {
        log.write(u"%1 %2 %3\n"_s.arg(kind, task, message).toUtf8());
        log.flush();
    };
    // The engine's clock runs kTimeScale times faster, from an origin all workers share, so that
    // answers left for later meet expired tasks within the run.
    const qint64 origin = args.value(4).toLongLong();
    options.users = args.mid(5);
    options.slowRate = 0.03;
    EngineOptions engineOptions{[origin] {
                                    return origin + (QDateTime::currentMSecsSinceEpoch() - origin) * kTimeScale;
                                },
                                options.seed};
    Engine engine(*db, engineOptions);
    const SimulationResult r = Simulator(engine, options).run();
    QString summary = u"actions=%1 errors=%2 retries=%3"_s.arg(r.actions).arg(r.errors).arg(db->retryCount());
    for (auto it = r.refusals.begin(); it != r.refusals.end(); ++it)
        summary += u" %1=%2"_s.arg(it.key()).arg(it.value());
    printf("%s\n", qPrintable(summary));
    for (const QString &e : r.errorMessages)
        fprintf(stderr, "worker %llu: %s\n", options.seed, qPrintable(e));
    return r.errors == 0 ? 0 : 1;
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

        f.engine->setSetting(u"admin"_s, u"task_expiry_minutes"_s, u"30"_s);
        const qint64 origin = QDateTime::currentMSecsSinceEpoch();
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
                                    dir.filePath(u"log%1"_s.arg(p)), QString::number(origin)}
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
