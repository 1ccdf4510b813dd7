// The lead's dashboard against a real database: a small team's work made through the engine
// (a prompt and its reviews 200 days ago; replies, their reviews, rankings and a second prompt
// in the last hours), then the figures the window shows compared with what was stored, the
// period selector, a click on a bar or point opening the tree browser on exactly the trees
// behind it, the CSV and PNG exports, and the role gate.

#include "engine/engine.h"
#include "engine/engineclient.h"
#include "models/statisticstablemodel.h"
#include "models/treebrowsermodel.h"
#include "windowfixture.h"
#include "widgets/connectpage.h"
#include "widgets/dashboardpage.h"
#include "widgets/dashboardwindow.h"
#include "widgets/mainwindow.h"
#include "widgets/treebrowser.h"

#include <QAbstractItemModelTester>
#include <QAbstractBarSeries>
#include <QAction>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QLabel>
#include <QLineSeries>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Arborist;
using namespace Arborist::Test;

namespace {

using Chart = DashboardWindow::Chart;
constexpr qint64 kDay = 24 * 60 * 60 * 1000;

QSet<QString> idsOf(const QList<TreeListing> &rows)
{
    QSet<QString> ids;
    for (const TreeListing &t : rows)
        ids.insert(t.id);
    return ids;
}

QSet<QString> idsOf(const TreeBrowserModel *model)
{
    QSet<QString> ids;
    for (int r = 0; r < model->rowCount(); ++r)
        ids.insert(model->treeIdOf(model->index(r, 0)));
    return ids;
}

QBarSet *barSet(QChartView *view, const QString &label)
{
    for (QAbstractSeries *series : view->chart()->series()) {
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets()) {
                if (set->label() == label)
                    return set;
            }
        }
    }
    return nullptr;
}

QLineSeries *line(QChartView *view, const QString &name)
{
    for (QAbstractSeries *series : view->chart()->series()) {
        if (series->name() == name)
            return qobject_cast<QLineSeries *>(series);
    }
    return nullptr;
}

} // namespace

class tst_Dashboard : public QObject, public WindowFixture
{
    Q_OBJECT

    // The test engine's clock: the work is done in the past, the window reads it now.
    qint64 m_clock = 0;
    const qint64 m_now = QDateTime::currentMSecsSinceEpoch();
    // What the team's work left, for the assertions.
    QString m_treeA, m_treeB, m_a1, m_a2;

    void tick() { m_clock += 1000; }

    Task request(const QString &user, TaskType type)
    {
        tick();
        return m_engine->requestTask(user, type, u"en"_s);
    }

    QString write(const QString &user, TaskType type, const QString &text)
    {
        const Task task = request(user, type);
        tick();
        return m_engine->submit(user, task.id, QJsonObject{{u"text"_s, text}}).messageId;
    }

    // `reviewer` labels `messageId` (the only message waiting for their review) with this quality.
    bool review(const QString &reviewer, TaskType type, const QString &messageId, double quality)
    {
        const Task task = request(reviewer, type);
        if (task.messageId != messageId || !task.validLabels.contains(u"quality"_s)) {
            qWarning("%s got a task for %s, expected %s", qPrintable(reviewer), qPrintable(task.messageId),
                     qPrintable(messageId));
            return false;
        }
        tick();
        m_engine->submit(reviewer, task.id,
                         QJsonObject{{u"labels"_s, QJsonObject{{u"spam"_s, 0.0}, {u"lang_mismatch"_s, 0.0},
                                                               {u"quality"_s, quality}}}});
        return true;
    }

    bool rank(const QString &user, const QStringList &order)
    {
        const Task task = request(user, TaskType::RankAssistantReplies);
        if (task.parentId != m_treeA)
            return false;
        tick();
        m_engine->submit(user, task.id,
                         QJsonObject{{u"ranking"_s, QJsonArray::fromStringList(order)}, {u"not_rankable"_s, false}});
        return true;
    }

    // Tree A: a prompt by u1 and its three reviews 200 days ago; two replies, their reviews and
    // three rankings two hours ago (it is then ready for export). Tree B: a prompt by u5 with
    // one review, an hour ago (still under review). 17 tasks, 4 of them 200 days ago.
    // Quality given: A's prompt .75 .75 .5, a1 1 .75 1, a2 .25 .5 .25, B's prompt 0:
    // steps 1, 2, 2, 3, 2 (1..5); spam and lang_mismatch always 0.
    void teamWork()
    {
        m_clock = m_now - 200 * kDay;
        for (const auto &[key, value] : {std::pair{u"goal_tree_size"_s, u"3"_s}, std::pair{u"max_tree_depth"_s, u"1"_s},
                                         std::pair{u"max_children_count"_s, u"2"_s}})
            m_engine->setSetting(u"admin"_s, key, value);
        m_treeA = write(u"u1"_s, TaskType::InitialPrompt, u"What is a binary search tree?"_s);
        QVERIFY(review(u"u2"_s, TaskType::LabelInitialPrompt, m_treeA, 0.75));
        QVERIFY(review(u"u3"_s, TaskType::LabelInitialPrompt, m_treeA, 0.75));
        QVERIFY(review(u"u4"_s, TaskType::LabelInitialPrompt, m_treeA, 0.5));

        m_clock = m_now - 2 * 60 * 60 * 1000;
        m_a1 = write(u"u2"_s, TaskType::AssistantReply, u"A tree that keeps smaller keys on the left."_s);
        QVERIFY(review(u"u3"_s, TaskType::LabelAssistantReply, m_a1, 1.0));
        QVERIFY(review(u"u4"_s, TaskType::LabelAssistantReply, m_a1, 0.75));
        QVERIFY(review(u"u5"_s, TaskType::LabelAssistantReply, m_a1, 1.0));
        m_a2 = write(u"u3"_s, TaskType::AssistantReply, u"A sorted binary tree."_s);
        QVERIFY(review(u"u4"_s, TaskType::LabelAssistantReply, m_a2, 0.25));
        QVERIFY(review(u"u5"_s, TaskType::LabelAssistantReply, m_a2, 0.5));
        QVERIFY(review(u"u6"_s, TaskType::LabelAssistantReply, m_a2, 0.25));
        QCOMPARE(toString(m_engine->treeState(m_treeA)), toString(TreeState::Ranking));
        QVERIFY(rank(u"u4"_s, {m_a2, m_a1}));
        QVERIFY(rank(u"u5"_s, {m_a2, m_a1}));
        QVERIFY(rank(u"u1"_s, {m_a1, m_a2}));
        QCOMPARE(toString(m_engine->treeState(m_treeA)), toString(TreeState::ReadyForExport));

        m_clock = m_now - 60 * 60 * 1000;
        m_treeB = write(u"u5"_s, TaskType::InitialPrompt, u"How do tides work?"_s);
        QVERIFY(review(u"u1"_s, TaskType::LabelInitialPrompt, m_treeB, 0.0));
        QCOMPARE(toString(m_engine->treeState(m_treeB)), toString(TreeState::InitialPromptReview));
    }

    void signIn(const QString &user)
    {
        m_window->findChild<QAction *>(u"signOutAction"_s)->trigger();
        m_window->connectPage()->preset(m_tdb->url(), user, true);
        m_window->connectPage()->connectDatabase();
        QTRY_VERIFY(m_window->dashboardPage()->isVisible());
    }

    // The dashboard from the Team menu, with its first figures.
    DashboardWindow *openDashboard()
    {
        m_window->findChild<QAction *>(u"dashboardAction"_s)->trigger();
        auto *dashboard = m_window->findChild<DashboardWindow *>();
        if (!dashboard)
            return nullptr;
        if (!QTest::qWaitForWindowExposed(dashboard))
            return nullptr;
        if (!QTest::qWaitFor([&] { return !dashboard->isLoading() && dashboard->figures().has_value(); }, 15000))
            return nullptr;
        return dashboard;
    }

    // Waits for the browser's list to settle, then gives its tree ids.
    QSet<QString> listed(TreeBrowser *browser, int expectedRows)
    {
        (void)QTest::qWaitFor([&] { return browser->model()->rowCount() == expectedRows; }, 5000);
        QTest::qWait(100); // no late page for an older query
        return idsOf(browser->model());
    }

    qint64 columnSum(StatisticsTableModel *model, int column)
    {
        qint64 sum = 0;
        for (int r = 0; r < model->rowCount(); ++r)
            sum += model->cell(r, column).value.toLongLong();
        return sum;
    }

    int column(StatisticsTableModel *model, const QString &header) { return int(model->header().indexOf(header)); }

private slots:
    void init()
    {
        openDatabase({{u"lena"_s, UserRole::Lead}, {u"anna"_s, UserRole::Annotator}, {u"u1"_s, UserRole::Annotator},
                      {u"u2"_s, UserRole::Annotator}, {u"u3"_s, UserRole::Annotator}, {u"u4"_s, UserRole::Annotator},
                      {u"u5"_s, UserRole::Annotator}, {u"u6"_s, UserRole::Annotator}});
        EngineOptions options;
        m_clock = m_now;
        options.clock = [this] { return m_clock; };
        options.seed = 7;
        m_engine = std::make_unique<Engine>(*m_db, options);
        QVERIFY(openWindow());
    }

    void cleanup() { closeAll(); }

    // An annotator has no Dashboard, not even by its shortcut; and were a window to ask, the
    // engine would refuse, which the banner says with what to do.
    void annotatorsHaveNoDashboard()
    {
        signIn(u"anna"_s);
        auto *menu = m_window->findChild<QMenu *>(u"teamMenu"_s);
        QVERIFY(!menu->menuAction()->isVisible());
        QAction *action = m_window->findChild<QAction *>(u"dashboardAction"_s);
        QVERIFY(action);
        action->trigger();
        QTest::keyClick(m_window.get(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!m_window->findChild<DashboardWindow *>());
        // A lead opens it from the menu or with its shortcut.
        signIn(u"lena"_s);
        QVERIFY(menu->menuAction()->isVisible());
        QVERIFY(m_window->isActiveWindow() || QTest::qWaitForWindowActive(m_window.get()));
        QTest::keyClick(m_window.get(), Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(m_window->findChild<DashboardWindow *>());
        delete m_window->findChild<DashboardWindow *>();
        signIn(u"anna"_s);

        Session session;
        session.userName = u"anna"_s;
        DashboardWindow window(m_window->client(), session);
        QSignalSpy failed(&window, &DashboardWindow::loadFailed);
        window.show();
        QTRY_COMPARE(failed.count(), 1);
        auto *banner = window.findChild<QFrame *>(u"errorBanner"_s);
        QVERIFY(banner->isVisible());
        const QString text = window.findChild<QLabel *>(u"errorText"_s)->text();
        QVERIFY2(text.contains(u"could not be read"_s), qPrintable(text));
        QVERIFY2(text.contains(failed.first().at(0).toString().toHtmlEscaped()), qPrintable(text));
        QVERIFY2(text.contains(u"Sign in as a lead or an admin"_s), qPrintable(text));
        QCOMPARE(window.chartView(DashboardWindow::Chart::TreesByState)->isVisible(), false);
        QVERIFY(!window.figures());
        QVERIFY(!window.isLoading());
        QVERIFY(!window.findChild<QProgressBar *>(u"busyIndicator"_s)->isVisible());
    }

    // The figures shown are the ones the engine stored, chart by chart.
    void figuresMatchTheDatabase()
    {
        teamWork();
        signIn(u"lena"_s);
        DashboardWindow *dashboard = openDashboard();
        QVERIFY(dashboard);
        dashboard->resize(1600, 1000);
        std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
        for (int c = 0; c < DashboardWindow::ChartCount; ++c)
            testers.push_back(std::make_unique<QAbstractItemModelTester>(
                dashboard->model(Chart(c)), QAbstractItemModelTester::FailureReportingMode::QtTest));
        testers.push_back(std::make_unique<QAbstractItemModelTester>(
            dashboard->annotatorTable()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest));
        QSignalSpy loaded(dashboard, &DashboardWindow::loaded);
        dashboard->refresh(); // again, under the testers' eyes
        QVERIFY(dashboard->isLoading());
        QTRY_COMPARE(loaded.count(), 1);

        // Trees per state: the engine's own list, state by state.
        StatisticsTableModel *trees = dashboard->model(Chart::TreesByState);
        QMap<QString, qint64> byState;
        for (const TreeSummary &t : m_engine->trees())
            byState[toString(t.state)] += 1;
        QCOMPARE(trees->rowCount(), byState.size());
        const int total = trees->columnCount() - 1;
        QCOMPARE(trees->header().at(total), u"Total"_s);
        QCOMPARE(trees->header().at(1), u"en"_s);
        for (auto it = byState.cbegin(); it != byState.cend(); ++it) {
            const int row = trees->findRow(0, it.key());
            QVERIFY2(row >= 0, qPrintable(it.key()));
            QCOMPARE(trees->cell(row, total).value.toLongLong(), it.value());
            QCOMPARE(trees->cell(row, 1).value.toLongLong(), it.value()); // all in English
        }
        QCOMPARE(trees->cell(trees->findRow(0, u"ready_for_export"_s), 0).text, u"Ready for export"_s);
        QVERIFY(barSet(dashboard->chartView(Chart::TreesByState), u"en"_s));

        // Tasks: 17 done, by type and day; every one of them a row of the chart's model.
        StatisticsTableModel *tasks = dashboard->model(Chart::TasksOverTime);
        const int done = column(tasks, u"Total done"_s);
        QCOMPARE(columnSum(tasks, done), 17);
        QCOMPARE(columnSum(tasks, column(tasks, u"Label a prompt"_s)), 4);
        QCOMPARE(columnSum(tasks, column(tasks, u"Label an assistant reply"_s)), 6);
        QCOMPARE(columnSum(tasks, column(tasks, u"Rank assistant replies"_s)), 3);
        QCOMPARE(columnSum(tasks, column(tasks, u"Write a prompt"_s)), 2);
        // Two hundred days: a row per week (from Monday), from the first task to the last.
        QCOMPARE(tasks->header().at(0), u"Week from"_s);
        QVERIFY2(tasks->rowCount() >= 29 && tasks->rowCount() <= 31, qPrintable(QString::number(tasks->rowCount())));
        const QDate lastTask = QDateTime::fromMSecsSinceEpoch(m_clock, Qt::UTC).date();
        QCOMPARE(tasks->cell(tasks->rowCount() - 1, 0).value.toDate(), lastTask.addDays(1 - lastTask.dayOfWeek()));
        QVERIFY(line(dashboard->chartView(Chart::TasksOverTime), u"Rank assistant replies"_s));
        QVERIFY(!line(dashboard->chartView(Chart::TasksOverTime), u"Rank user replies"_s)); // nobody did one

        // Annotators: the engine's figures, row by row.
        StatisticsTableModel *people = dashboard->model(Chart::Annotators);
        const Dashboard stored = m_engine->dashboard(u"lena"_s);
        QCOMPARE(people->rowCount(), stored.annotators.size());
        for (const AnnotatorFigures &a : stored.annotators) {
            const int row = people->findRow(0, a.userName);
            QVERIFY2(row >= 0, qPrintable(a.userName));
            QCOMPARE(people->cell(row, 1).value.toLongLong(), a.tasksDone);
            QCOMPARE(people->cell(row, 2).value.toLongLong(), a.tasksSkipped);
            QCOMPARE(people->cell(row, 3).value.toLongLong(), a.messages);
            QCOMPARE(people->cell(row, 4).value.toLongLong(), a.accepted);
            QCOMPARE(people->cell(row, 5).value.toLongLong(), a.rejected);
            QCOMPARE(people->cell(row, 7).value.isValid(), a.medianSeconds.has_value());
        }
        // u4: a prompt review, two reply reviews and a ranking; u2 wrote a1, which was accepted.
        QCOMPARE(people->cell(people->findRow(0, u"u4"_s), 1).value.toLongLong(), 4);
        const int u2 = people->findRow(0, u"u2"_s);
        QCOMPARE(people->cell(u2, 3).value.toLongLong(), 1);
        QCOMPARE(people->cell(u2, 6).value.toDouble(), 1.0);
        QCOMPARE(people->cell(u2, 6).text, u"100.0 %"_s);
        // The table sorts by the raw figures: most tasks first.
        QAbstractItemModel *table = dashboard->annotatorTable()->model();
        QCOMPARE(table->index(0, 0).data().toString(), stored.annotators.first().userName);
        dashboard->annotatorTable()->sortByColumn(1, Qt::AscendingOrder);
        QVERIFY(table->index(0, 1).data(StatisticsTableModel::ValueRole).toLongLong()
                <= table->index(table->rowCount() - 1, 1).data(StatisticsTableModel::ValueRole).toLongLong());

        // A rating's steps and a flag's answers.
        StatisticsTableModel *ratings = dashboard->model(Chart::LabelRatings);
        const int quality = ratings->findRow(0, u"quality"_s);
        QVERIFY(quality >= 0);
        QCOMPARE(ratings->cell(quality, 0).text, u"Quality"_s);
        const QList<qint64> steps{1, 2, 2, 3, 2};
        for (int s = 0; s < 5; ++s)
            QCOMPARE(ratings->cell(quality, s + 1).value.toLongLong(), steps[s]);
        QCOMPARE(ratings->cell(quality, 6).value.toLongLong(), 10);
        StatisticsTableModel *flags = dashboard->model(Chart::LabelFlags);
        const int spam = flags->findRow(0, u"spam"_s);
        QVERIFY(spam >= 0);
        QCOMPARE(flags->cell(spam, 1).value.toLongLong(), 10); // no
        QCOMPARE(flags->cell(spam, 2).value.toLongLong(), 0);  // yes

        // Alpha: a figure for quality, "—" with the reason for spam (everyone said no).
        StatisticsTableModel *alpha = dashboard->model(Chart::Agreement);
        const LabelFigures *storedQuality = nullptr;
        for (const LabelFigures &l : stored.labels) {
            if (l.label == "quality"_L1)
                storedQuality = &l;
        }
        QVERIFY(storedQuality && storedQuality->agreement.alpha);
        const int qa = alpha->findRow(0, u"quality"_s);
        QCOMPARE(alpha->cell(qa, 2).value.toDouble(), *storedQuality->agreement.alpha);
        const double shown = std::round(*storedQuality->agreement.alpha * 100.0) / 100.0;
        QCOMPARE(alpha->cell(qa, 2).text, QLocale().toString(shown == 0.0 ? 0.0 : shown, 'f', 2));
        QCOMPARE(alpha->cell(qa, 1).value.toString(), u"ordinal"_s);
        QCOMPARE(alpha->cell(qa, 3).value.toLongLong(), 3); // A's prompt, a1 and a2 had two or more reviews
        QCOMPARE(alpha->cell(qa, 3).value.toLongLong(), storedQuality->agreement.units);
        const int sa = alpha->findRow(0, u"spam"_s);
        QCOMPARE(alpha->cell(sa, 2).text, u"—"_s);
        QVERIFY(!alpha->cell(sa, 2).value.isValid());
        QVERIFY2(alpha->cell(sa, 5).value.toString().contains(u"everyone gave the same value"_s),
                 qPrintable(alpha->cell(sa, 5).value.toString()));
        QVERIFY2(alpha->cell(sa, 2).toolTip.contains(u"no variation to agree about"_s), qPrintable(alpha->cell(sa, 2).toolTip));
        QCOMPARE(dashboard->agreementTable()->model()->index(sa, 2).data().toString(), u"—"_s);

        // Kendall's W: one sibling group, W = 1/9, in the second bin.
        StatisticsTableModel *w = dashboard->model(Chart::RankingAgreement);
        QCOMPARE(w->rowCount(), 10);
        QCOMPARE(columnSum(w, 3), 1);
        QCOMPARE(w->cell(1, 3).value.toLongLong(), 1);
        const QString summary = dashboard->findChild<QLabel *>(u"rankingSummary"_s)->text();
        QVERIFY2(summary.contains(u"ranked by two or more annotators: <b>1</b>"_s) && summary.contains(u"median W <b>0.11</b>"_s),
                 qPrintable(summary));

        // The summary line.
        const QString line = dashboard->findChild<QLabel *>(u"summaryLabel"_s)->text();
        QVERIFY2(line.contains(u"<b>2</b> trees"_s) && line.contains(u"<b>17</b> tasks done"_s), qPrintable(line));
    }

    // The period counts tasks and annotators from its first day; trees stay as they are.
    void periodChangesTheTaskFigures()
    {
        teamWork();
        signIn(u"lena"_s);
        DashboardWindow *dashboard = openDashboard();
        QVERIFY(dashboard);
        StatisticsTableModel *tasks = dashboard->model(Chart::TasksOverTime);
        StatisticsTableModel *people = dashboard->model(Chart::Annotators);
        QCOMPARE(columnSum(tasks, column(tasks, u"Total done"_s)), 17);
        QCOMPARE(people->cell(people->findRow(0, u"u4"_s), 1).value.toLongLong(), 4);
        QCOMPARE(people->cell(people->findRow(0, u"u1"_s), 3).value.toLongLong(), 1); // tree A's prompt

        QSignalSpy loaded(dashboard, &DashboardWindow::loaded);
        auto *period = dashboard->findChild<QComboBox *>(u"periodBox"_s);
        period->setCurrentIndex(period->findText(u"Last 30 days"_s));
        QVERIFY(dashboard->isLoading());
        QTRY_COMPARE(loaded.count(), 1);
        QCOMPARE(dashboard->period(), DashboardWindow::Period::Month);
        QCOMPARE(columnSum(tasks, column(tasks, u"Total done"_s)), 13);
        QCOMPARE(columnSum(tasks, column(tasks, u"Label a prompt"_s)), 1);
        QCOMPARE(tasks->header().at(0), u"Day"_s);
        QCOMPARE(tasks->rowCount(), 30); // the thirty days up to today
        QCOMPARE(people->cell(people->findRow(0, u"u4"_s), 1).value.toLongLong(), 3);
        QCOMPARE(people->cell(people->findRow(0, u"u1"_s), 3).value.toLongLong(), 0);
        // Trees and agreement cover all time.
        QCOMPARE(columnSum(dashboard->model(Chart::TreesByState), dashboard->model(Chart::TreesByState)->columnCount() - 1), 2);
        QCOMPARE(columnSum(dashboard->model(Chart::RankingAgreement), 3), 1);

        dashboard->setPeriod(DashboardWindow::Period::Week);
        QTRY_COMPARE(loaded.count(), 2);
        QCOMPARE(tasks->rowCount(), 7);
        QCOMPARE(columnSum(tasks, column(tasks, u"Total done"_s)), 13);

        // F5 reads again; so does the button.
        QTest::keyClick(dashboard, Qt::Key_F5);
        QVERIFY(dashboard->isLoading());
        QTRY_COMPARE(loaded.count(), 3);
        QTest::mouseClick(dashboard->findChild<QPushButton *>(u"refreshButton"_s), Qt::LeftButton);
        QTRY_COMPARE(loaded.count(), 4);

        QCOMPARE(DashboardWindow::since(DashboardWindow::Period::AllTime, m_now), 0);
        const qint64 midnight = m_now - m_now % kDay;
        QCOMPARE(DashboardWindow::since(DashboardWindow::Period::Week, m_now), midnight - 6 * kDay);
        QCOMPARE(DashboardWindow::since(DashboardWindow::Period::Year, m_now), midnight - 364 * kDay);
    }

    // A click on a bar or a point opens the tree browser on exactly the trees behind it.
    void clicksOpenTheBrowserFiltered()
    {
        teamWork();
        signIn(u"lena"_s);
        DashboardWindow *dashboard = openDashboard();
        QVERIFY(dashboard);
        dashboard->resize(1600, 1000);
        // The last 30 days: a point per day in the tasks chart.
        QSignalSpy loaded(dashboard, &DashboardWindow::loaded);
        dashboard->setPeriod(DashboardWindow::Period::Month);
        QTRY_COMPARE(loaded.count(), 1);
        QTest::qWait(50);

        // A real mouse click on the "Ready for export" part of the tree chart.
        QChartView *view = dashboard->chartView(Chart::TreesByState);
        StatisticsTableModel *trees = dashboard->model(Chart::TreesByState);
        const int row = trees->findRow(0, u"ready_for_export"_s);
        auto *series = qobject_cast<QAbstractBarSeries *>(view->chart()->series().value(0));
        QVERIFY(series);
        QSignalSpy clicked(barSet(view, u"en"_s), &QBarSet::clicked);
        const QPointF inChart = view->chart()->mapToPosition(QPointF(0.5, trees->rowCount() - 1 - row), series);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->mapFromScene(view->chart()->mapToScene(inChart)));
        QTRY_COMPARE(clicked.count(), 1);
        QTRY_VERIFY(dashboard->browser());
        TreeBrowser *browser = dashboard->browser();
        QAbstractItemModelTester tester(browser->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(QTest::qWaitForWindowExposed(browser));
        QCOMPARE(listed(browser, 1), QSet<QString>{m_treeA});
        QCOMPARE(toString(*browser->dashboardFilter().state), toString(TreeState::ReadyForExport));
        QCOMPARE(browser->dashboardFilter().lang, u"en"_s);
        auto *filterLine = browser->findChild<QLabel *>(u"dashboardFilter"_s);
        QVERIFY(filterLine->isVisible());
        QCOMPARE(filterLine->text(), u"Showing trees with state Ready for export and language en"_s);

        // "Show all" drops the dashboard's filter.
        QTest::mouseClick(browser->findChild<QPushButton *>(u"showAllButton"_s), Qt::LeftButton);
        QCOMPARE(listed(browser, 2), (QSet<QString>{m_treeA, m_treeB}));
        QVERIFY(!filterLine->isVisible());

        // Each chart's click-through, against the engine's own answer for the same query.
        auto check = [&](const QString &what, const QSet<QString> &expected) {
            TreeBrowser *b = dashboard->browser();
            QVERIFY2(b, qPrintable(what));
            QCOMPARE(b, browser); // one browser, brought up again
            const QSet<QString> shown = listed(b, int(expected.size()));
            QVERIFY2(shown == expected, qPrintable(what));
            QCOMPARE(idsOf(m_engine->browseTrees(b->dashboardFilter(), 0, 100)), expected);
            QVERIFY2(filterLine->isVisible(), qPrintable(what));
        };

        // The point of the last hours' "Write a prompt" tasks: tree B's prompt (A's is 200 days
        // old, and not in the chart).
        QLineSeries *prompts = line(dashboard->chartView(Chart::TasksOverTime), u"Write a prompt"_s);
        QVERIFY(prompts);
        const QPointF recent = prompts->at(int(prompts->count()) - 1).y() > 0 ? prompts->at(int(prompts->count()) - 1)
                                                                              : prompts->at(int(prompts->count()) - 2);
        emit prompts->clicked(recent);
        check(u"prompt tasks"_s, {m_treeB});
        QVERIFY2(filterLine->text().contains(u"“Write a prompt” task done on"_s), qPrintable(filterLine->text()));
        QCOMPARE(browser->dashboardFilter().taskType, u"initial_prompt"_s);
        QCOMPARE(browser->dashboardFilter().taskTo - browser->dashboardFilter().taskFrom, kDay);

        // An annotator's bar: the trees they wrote in (u5 wrote B's prompt only).
        StatisticsTableModel *people = dashboard->model(Chart::Annotators);
        QBarSet *top = barSet(dashboard->chartView(Chart::TopAnnotators), u"Tasks done"_s);
        QVERIFY(top);
        int topRows = 0;
        while (topRows < people->rowCount() && people->cell(topRows, 1).value.toLongLong() > 0)
            ++topRows;
        QCOMPARE(top->count(), topRows);
        emit top->clicked(topRows - 1 - people->findRow(0, u"u5"_s));
        check(u"annotator u5"_s, {m_treeB});
        QCOMPARE(browser->dashboardFilter().contributor, u"u5"_s);
        // u2 through the table: a1 is in tree A.
        QAbstractItemView *table = dashboard->annotatorTable();
        QModelIndex u2;
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            if (table->model()->index(r, 0).data().toString() == "u2"_L1)
                u2 = table->model()->index(r, 3);
        }
        QVERIFY(u2.isValid());
        emit table->activated(u2);
        check(u"annotator u2"_s, {m_treeA});

        // A rating step: quality 1 of 5 was only given to B's prompt.
        StatisticsTableModel *ratings = dashboard->model(Chart::LabelRatings);
        QBarSet *lowest = barSet(dashboard->chartView(Chart::LabelRatings), u"1"_s);
        QVERIFY(lowest);
        emit lowest->clicked(ratings->rowCount() - 1 - ratings->findRow(0, u"quality"_s));
        check(u"quality 1 of 5"_s, {m_treeB});
        QCOMPARE(browser->dashboardFilter().label, u"quality"_s);
        QCOMPARE(browser->dashboardFilter().labelStep, 0);
        QVERIFY2(filterLine->text().contains(u"Quality: 1 of 5"_s), qPrintable(filterLine->text()));
        // Quality 4 of 5: A's prompt and a1.
        emit barSet(dashboard->chartView(Chart::LabelRatings), u"4"_s)
            ->clicked(ratings->rowCount() - 1 - ratings->findRow(0, u"quality"_s));
        check(u"quality 4 of 5"_s, {m_treeA});

        // Alpha's bar: where the annotators disagree on quality (all in A; B had one review).
        StatisticsTableModel *alpha = dashboard->model(Chart::Agreement);
        emit barSet(dashboard->chartView(Chart::Agreement), u"Krippendorff's alpha"_s)
            ->clicked(alpha->rowCount() - 1 - alpha->findRow(0, u"quality"_s));
        check(u"quality disagreement"_s, {m_treeA});
        QVERIFY(browser->dashboardFilter().labelDisagreement);
        // Spam: everyone agreed, so no tree.
        dashboard->clickThrough(Chart::Agreement, alpha->findRow(0, u"spam"_s), 2);
        check(u"spam disagreement"_s, {});

        // Kendall's W: the bin of A's group, an empty bin, and the last one (W = 1 included).
        QBarSet *bins = barSet(dashboard->chartView(Chart::RankingAgreement), u"Sibling groups"_s);
        QVERIFY(bins);
        emit bins->clicked(1);
        check(u"W 0.1–0.2"_s, {m_treeA});
        QCOMPARE(*browser->dashboardFilter().wFrom, 0.1);
        QCOMPARE(*browser->dashboardFilter().wTo, 0.2);
        emit bins->clicked(5);
        check(u"W 0.5–0.6"_s, {});
        dashboard->clickThrough(Chart::RankingAgreement, 9, 3);
        QVERIFY(*browser->dashboardFilter().wTo > 1.0);

        // Signing out closes the dashboard and the browser it opened.
        m_window->findChild<QAction *>(u"signOutAction"_s)->trigger();
        QVERIFY(!m_window->findChild<DashboardWindow *>());
        QVERIFY(!m_window->findChild<TreeBrowser *>());
    }

    // "Save data as CSV…" writes the chart's model; "Save as PNG…" an image of the chart.
    void exportsWriteTheModelAndAnImage()
    {
        teamWork();
        signIn(u"lena"_s);
        DashboardWindow *dashboard = openDashboard();
        QVERIFY(dashboard);
        QTemporaryDir dir;
        for (int c = 0; c < DashboardWindow::ChartCount; ++c) {
            const Chart chart = Chart(c);
            const QString csv = dir.filePath(u"chart%1.csv"_s.arg(c));
            QString error;
            QVERIFY2(dashboard->saveCsv(chart, csv, &error), qPrintable(error));
            QFile file(csv);
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(QString::fromUtf8(file.readAll()), dashboard->model(chart)->toCsv());

            const QString png = dir.filePath(u"chart%1.png"_s.arg(c));
            QVERIFY2(dashboard->savePng(chart, png, &error), qPrintable(error));
            const QImage image(png);
            QVERIFY(!image.isNull());
            QVERIFY2(image.width() > 300 && image.height() > 200,
                     qPrintable(u"chart %1: %2x%3"_s.arg(c).arg(image.width()).arg(image.height())));
        }
        QFile trees(dir.filePath(u"chart0.csv"_s));
        QVERIFY(trees.open(QIODevice::ReadOnly));
        const QByteArray text = trees.readAll();
        QVERIFY2(text.startsWith("State,en,Total\r\n"), text.constData());
        QVERIFY2(text.contains("ready_for_export,1,1\r\n"), text.constData());
        QVERIFY2(text.contains("initial_prompt_review,1,1\r\n"), text.constData());

        // A folder that does not exist: a sentence, no file.
        QString error;
        QVERIFY(!dashboard->saveCsv(Chart::Annotators, dir.filePath(u"missing/x.csv"_s), &error));
        QVERIFY2(error.contains(u"Could not save"_s), qPrintable(error));
        QVERIFY(!dashboard->savePng(Chart::TreesByState, dir.filePath(u"missing/x.png"_s), &error));
        QVERIFY2(error.contains(u"Could not save"_s), qPrintable(error));
    }

    // An empty database: every chart says there is nothing yet, nothing looks broken.
    void emptyDatabaseShowsNothingYet()
    {
        signIn(u"lena"_s);
        DashboardWindow *dashboard = openDashboard();
        QVERIFY(dashboard);
        for (int c = 0; c < DashboardWindow::ChartCount; ++c) {
            if (Chart(c) != Chart::RankingAgreement)
                QCOMPARE(dashboard->model(Chart(c))->rowCount(), 0);
        }
        QCOMPARE(columnSum(dashboard->model(Chart::RankingAgreement), 3), 0);
        QVERIFY(dashboard->chartView(Chart::TreesByState)->chart()->series().isEmpty());
        QVERIFY(!dashboard->chartView(Chart::TreesByState)->isVisible());
        QVERIFY(!dashboard->findChild<QFrame *>(u"errorBanner"_s)->isVisible());
    }
};

QTEST_MAIN(tst_Dashboard)
#include "tst_dashboard.moc"
