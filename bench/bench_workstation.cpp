// How long the annotator waits, measured on the real window (offscreen platform):
// - cold start: from starting `arborist --db URL --user NAME --connect` to the dashboard showing
//   its counts, against a cold `arborist-cli tasks available` process doing the same query;
// - submit to next task: from Ctrl+Enter on a written prompt to the next task on the page,
//   against the engine's own task request on a connection of the benchmark (the floor).
//
//   bench_workstation [--runs N] [--submits N] [--work DIR]
// It makes its own demo database (arborist-cli init + scripts/demo.sh) in the work folder.

#include "benchfigures.h"
#include "engine/engine.h"
#include "store/database.h"
#include "widgets/connectpage.h"
#include "widgets/dashboardpage.h"
#include "widgets/mainwindow.h"
#include "widgets/taskpage.h"
#include "widgets/dashboardwindow.h"
#include "widgets/treebrowser.h"
#include "models/treebrowsermodel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QPlainTextEdit>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Arborist;
using Arborist::Bench::list;
using Arborist::Bench::median;

namespace {

// Wall-clock milliseconds from starting `program` to `marker` on its stdout (or to its exit
// when marker is empty); -1 on failure.
double timeProcess(const QString &program, const QStringList &args, const QByteArray &marker,
                   const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    if (!p.waitForStarted(10000))
        return -1;
    QByteArray out;
    while (true) {
        if (!marker.isEmpty() && out.contains(marker))
            break;
        if (!p.waitForReadyRead(30000)) {
            if (marker.isEmpty() || p.state() == QProcess::NotRunning)
                break;
            return -1;
        }
        out += p.readAllStandardOutput();
    }
    const double ms = double(t.nsecsElapsed()) / 1e6;
    p.waitForFinished(10000);
    if (p.exitStatus() != QProcess::NormalExit || (marker.isEmpty() && p.exitCode() != 0))
        return -1;
    if (!marker.isEmpty() && !out.contains(marker))
        return -1;
    return ms;
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"bench_workstation"_s);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Cold start and submit-to-next-task time of the annotator's window."_s);
    parser.addHelpOption();
    const QCommandLineOption runsOption(u"runs"_s, u"Cold starts to time (default 7)."_s, u"n"_s, u"7"_s);
    const QCommandLineOption submitsOption(u"submits"_s, u"Submissions to time (default 40)."_s, u"n"_s, u"40"_s);
    const QCommandLineOption workOption(u"work"_s, u"Work folder (default: a temporary one)."_s, u"dir"_s);
    const QCommandLineOption browseOption(u"browse"_s,
                                          u"Also time the tree browser and the dashboard on this database (a lead's or admin's, e.g. an "
                                          u"imported oasst1-scale corpus)."_s,
                                          u"url"_s);
    const QCommandLineOption leadOption(u"lead"_s, u"Who signs in for --browse (default lead)."_s, u"name"_s, u"lead"_s);
    const QCommandLineOption wordOption(u"word"_s, u"The search word for --browse (default: garden)."_s, u"word"_s,
                                        u"garden"_s);
    parser.addOptions({runsOption, submitsOption, workOption, browseOption, leadOption, wordOption});
    parser.process(app);

    QTemporaryDir temp;
    const QString work = parser.isSet(workOption) ? parser.value(workOption) : temp.path();
    QDir().mkpath(work);
    const QString source = QStringLiteral(ARBORIST_BENCH_SOURCE_DIR) + u"/.."_s;
    const QString cli = QStringLiteral(ARBORIST_CLI_PATH);
    const QString gui = QStringLiteral(ARBORIST_APP_PATH);
    const QString dbPath = work + u"/demo.db"_s;
    QFile::remove(dbPath);
    const QString url = u"sqlite://"_s + dbPath;
    std::printf("making the demo database %s ...\n", qPrintable(url));
    if (QProcess::execute(cli, {u"--db"_s, url, u"init"_s}) != 0) {
        std::fprintf(stderr, "arborist-cli init failed\n");
        return 1;
    }
    QProcess demo;
    demo.setWorkingDirectory(source);
    demo.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
    demo.start(source + u"/scripts/demo.sh"_s, {u"--db"_s, url});
    if (!demo.waitForFinished(300000) || demo.exitCode() != 0) {
        std::fprintf(stderr, "scripts/demo.sh failed: %s\n", demo.readAllStandardError().constData());
        return 1;
    }

    // Cold start.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    env.insert(u"ARBORIST_EXIT_WHEN_READY"_s, u"1"_s);
    const int runs = parser.value(runsOption).toInt();
    QList<double> start, cliStart;
    for (int i = 0; i < runs; ++i) {
        const double g = timeProcess(gui, {u"--db"_s, url, u"--user"_s, u"anna"_s, u"--connect"_s}, "ready", env);
        const double c = timeProcess(cli, {u"--db"_s, url, u"tasks"_s, u"available"_s, u"--user"_s, u"anna"_s}, {}, env);
        if (g < 0 || c < 0) {
            std::fprintf(stderr, "a cold start failed\n");
            return 1;
        }
        start << g;
        cliStart << c;
    }

    // Submit to next task, in this process.
    MainWindow window;
    window.resize(1280, 800);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    window.connectPage()->preset(url, u"anna"_s, true);
    window.connectPage()->connectDatabase();
    if (!QTest::qWaitFor([&] { return window.dashboardPage()->hasCounts(); }, 20000)) {
        std::fprintf(stderr, "could not sign in\n");
        return 1;
    }
    TaskPage *page = window.taskPage();
    page->setUndoDelay(60000); // the submission itself is sent later: the figure is the wait
    emit window.dashboardPage()->taskChosen(TaskType::InitialPrompt);
    if (!QTest::qWaitFor([&] { return page->currentTask().has_value(); }, 20000))
        return 1;
    const int submits = parser.value(submitsOption).toInt();
    QList<double> next;
    QString shownId;
    QObject::connect(page, &TaskPage::taskShown, &app, [&](const QString &id) { shownId = id; });
    for (int i = 0; i < submits; ++i) {
        auto *edit = window.findChild<QPlainTextEdit *>(u"answerEdit"_s);
        edit->setPlainText(u"Benchmark prompt number %1: how do plants know which way is up?"_s.arg(i));
        page->flushPending(); // the previous submission goes now, outside the timed span
        QTest::qWait(20);
        const QString before = page->currentTask()->id;
        shownId.clear();
        QElapsedTimer t;
        t.start();
        QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
        while (shownId.isEmpty() || shownId == before)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        next << double(t.nsecsElapsed()) / 1e6;
    }
    page->flushPending();
    QTest::qWait(200);

    // The floor: the same request straight through the engine.
    QList<double> floor;
    {
        auto db = Database::open(url);
        Engine engine(*db);
        for (int i = 0; i < submits; ++i) {
            QElapsedTimer t;
            t.start();
            const Task task = engine.requestTask(u"anna"_s, TaskType::InitialPrompt, u"en"_s);
            floor << double(t.nsecsElapsed()) / 1e6;
            engine.skip(u"anna"_s, task.id);
        }
    }

    // The tree browser on a big database: opening it to its first page, and a word search.
    QList<double> firstRows, searches, dashboards;
    QString browseUrl;
    if (parser.isSet(browseOption)) {
        browseUrl = parser.value(browseOption);
        MainWindow lead;
        lead.resize(1280, 800);
        lead.show();
        if (!QTest::qWaitForWindowExposed(&lead))
            return 1;
        lead.connectPage()->preset(browseUrl, parser.value(leadOption), true);
        lead.connectPage()->connectDatabase();
        if (!QTest::qWaitFor([&] { return lead.dashboardPage()->hasCounts(); }, 60000)) {
            std::fprintf(stderr, "could not sign in to %s as %s\n", qPrintable(browseUrl),
                         qPrintable(parser.value(leadOption)));
            return 1;
        }
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer t;
            t.start();
            auto *browser = new TreeBrowser(lead.client(), Session{browseUrl, browseUrl, parser.value(leadOption), u"en"_s,
                                                                   2000, UserRole::Admin},
                                            &lead);
            browser->show();
            if (!QTest::qWaitFor([&] { return browser->model()->rowCount() > 0; }, 60000))
                return 1;
            firstRows << double(t.nsecsElapsed()) / 1e6;
            // A word: the list shows what the index finds (or says nothing was found).
            QTest::qWait(200); // pages the view asks for after the first one
            QSignalSpy shown(browser, &TreeBrowser::pageShown);
            t.start();
            browser->search(parser.value(wordOption));
            // pageShown comes with the first page of results, an empty one too.
            if (!QTest::qWaitFor([&] { return shown.count() > 0; }, 60000))
                return 1;
            searches << double(t.nsecsElapsed()) / 1e6;
            delete browser;
        }
        // The dashboard: opening it to every chart drawn.
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer t;
            t.start();
            auto *dashboard = new DashboardWindow(lead.client(), Session{browseUrl, browseUrl, parser.value(leadOption),
                                                                         u"en"_s, 2000, UserRole::Admin},
                                                  &lead);
            QSignalSpy loaded(dashboard, &DashboardWindow::loaded);
            dashboard->resize(1600, 1000);
            dashboard->show();
            if (!QTest::qWaitFor([&] { return loaded.count() > 0; }, 60000))
                return 1;
            dashboards << double(t.nsecsElapsed()) / 1e6;
            delete dashboard;
        }
    }

    std::printf("\nbench_workstation: the annotator's window (offscreen platform)\n");
    std::printf("database: %s (the demo data)\n\n", qPrintable(url));
    std::printf("%-44s %10s  %s\n", "figure", "median_ms", "runs_ms");
    std::printf("%-44s %10.1f  %s\n", "cold start to dashboard with counts", median(start), qPrintable(list(start)));
    std::printf("%-44s %10.1f  %s\n", "baseline: arborist-cli tasks available", median(cliStart), qPrintable(list(cliStart)));
    std::printf("%-44s %10.2f\n", "ratio (window / cli)", median(start) / std::max(median(cliStart), 1e-9));
    std::printf("%-44s %10.2f  (%lld submissions)\n", "submit to next task on the page", median(next), qlonglong(next.size()));
    std::printf("%-44s %10.2f\n", "floor: engine requestTask, same database", median(floor));
    std::printf("%-44s %10.2f\n", "ratio (window / floor)", median(next) / std::max(median(floor), 1e-9));
    if (!firstRows.isEmpty()) {
        std::printf("\ntree browser on %s:\n", qPrintable(browseUrl));
        std::printf("%-44s %10.1f  %s\n", "open to the first page of trees", median(firstRows), qPrintable(list(firstRows)));
        std::printf("%-44s %10.1f  %s\n", "a word search to its first page", median(searches), qPrintable(list(searches)));
        std::printf("(the first search after new prompts arrive also indexes them; later ones use the index)\n");
        std::printf("%-44s %10.1f  %s\n", "open the dashboard to every chart drawn", median(dashboards),
                    qPrintable(list(dashboards)));
        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        std::printf("peak memory of this process (window, browser, dashboard): %.0f MB\n", usage.ru_maxrss / 1024.0);
    }
    return 0;
}
