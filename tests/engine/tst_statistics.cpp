// The lead's dashboard: every figure it shows, computed again here from every row of the
// database, after the aggregates were brought up to date in several steps (a generated corpus,
// work done through the engine, a second corpus), and the browser's click-through filters.

#include "enginefixture.h"

#include "engine/generator.h"
#include "store/database.h"

#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;
using namespace Arborist;
using namespace Arborist::Test;

namespace {

constexpr qint64 kDay = 24 * 60 * 60 * 1000;

qint64 dayOf(qint64 ms)
{
    return ms - ms % kDay;
}

int stepOf(double value)
{
    return std::clamp(int(std::lround(value * 4)), 0, 4);
}

// Every tree the query selects.
QSet<QString> treesOf(Engine &engine, const TreeQuery &query)
{
    QSet<QString> ids;
    for (int offset = 0;; offset += 500) {
        const QList<TreeListing> rows = engine.browseTrees(query, offset, 500);
        for (const TreeListing &t : rows)
            ids.insert(t.id);
        if (rows.size() < 500)
            return ids;
    }
}

void compareOptional(const std::optional<double> &actual, const std::optional<double> &expected, const char *what)
{
    if (actual.has_value() != expected.has_value())
        QFAIL(qPrintable(u"%1: %2 defined, expected %3"_s.arg(QString::fromUtf8(what))
                             .arg(actual.has_value()).arg(expected.has_value())));
    if (expected && std::abs(*actual - *expected) > 1e-9)
        QFAIL(qPrintable(u"%1: %2, expected %3"_s.arg(QString::fromUtf8(what)).arg(*actual).arg(*expected)));
}

} // namespace

class tst_Statistics : public QObject
{
    Q_OBJECT

    std::unique_ptr<EngineFixture> f;

    void generate(int trees, quint64 seed)
    {
        GeneratorOptions options;
        options.settings = f->engine->settings();
        Generator(*f->db, options).run(trees, seed);
    }

    // The dashboard's figures against the same figures computed from every row.
    void verifyAgainstRows(const Dashboard &d)
    {
        Database &db = *f->db;

        // Trees by state and language.
        QMap<std::pair<QString, QString>, qint64> trees;
        for (const Row &r : db.rows(u"SELECT state, lang FROM tree"_s))
            ++trees[{r[0].toString(), r[1].toString()}];
        QMap<std::pair<QString, QString>, qint64> shown;
        for (const TreeCount &t : d.trees)
            shown[{toString(t.state), t.lang}] += t.trees;
        QCOMPARE(shown, trees);

        // Tasks per day and type, and per annotator with their median durations.
        QMap<std::pair<qint64, QString>, std::pair<qint64, qint64>> tasks;
        QHash<QString, std::pair<qint64, qint64>> perUser;
        QHash<QString, QList<double>> durations;
        for (const Row &r : db.rows(u"SELECT t.finished, t.type, t.done, u.name, t.created FROM task t JOIN app_user u "
                                    "ON u.id = t.user_id WHERE t.finished IS NOT NULL"_s)) {
            auto &day = tasks[{dayOf(r[0].toLongLong()), r[1].toString()}];
            auto &user = perUser[r[3].toString()];
            if (r[2].toInt() == 1) {
                ++day.first;
                ++user.first;
                durations[r[3].toString()] << (r[0].toLongLong() - r[4].toLongLong()) / 1000.0;
            } else {
                ++day.second;
                ++user.second;
            }
        }
        QMap<std::pair<qint64, QString>, std::pair<qint64, qint64>> shownTasks;
        for (const TaskDayCount &t : d.tasks)
            shownTasks[{t.day, toString(t.type)}] = {t.done, t.skipped};
        QCOMPARE(shownTasks, tasks);
        for (qsizetype i = 1; i < d.tasks.size(); ++i)
            QVERIFY(d.tasks[i - 1].day <= d.tasks[i].day);

        QHash<QString, std::array<qint64, 3>> messages;
        for (const Row &r : db.rows(u"SELECT u.name, m.review_result FROM message m JOIN app_user u ON u.id = "
                                    "m.user_id"_s)) {
            auto &m = messages[r[0].toString()];
            ++m[0];
            if (!r[1].isNull())
                ++m[r[1].toInt() == 1 ? 1 : 2];
        }
        QSet<QString> listed;
        for (const AnnotatorFigures &a : d.annotators) {
            listed.insert(a.userName);
            QCOMPARE(a.tasksDone, perUser.value(a.userName).first);
            QCOMPARE(a.tasksSkipped, perUser.value(a.userName).second);
            const auto m = messages.value(a.userName, {0, 0, 0});
            QCOMPARE(a.messages, m[0]);
            QCOMPARE(a.accepted, m[1]);
            QCOMPARE(a.rejected, m[2]);
            QList<double> own = durations.value(a.userName);
            QCOMPARE(a.medianSeconds.has_value(), !own.isEmpty());
            if (!own.isEmpty()) {
                std::sort(own.begin(), own.end());
                const double exact = own.size() % 2 ? own[own.size() / 2]
                                                    : (own[own.size() / 2 - 1] + own[own.size() / 2]) / 2;
                // Interpolated in buckets that grow by at most half (the first one: 0 to 1 s).
                QVERIFY2(*a.medianSeconds >= exact / 1.5 - 1e-9 && *a.medianSeconds <= exact * 1.5 + 1.0,
                         qPrintable(u"%1: median %2 s, exactly %3 s"_s.arg(a.userName).arg(*a.medianSeconds).arg(exact)));
            }
        }
        for (auto it = perUser.cbegin(); it != perUser.cend(); ++it)
            QVERIFY2(listed.contains(it.key()), qPrintable(it.key()));
        // Everyone who wrote, but not the import's system user (what was brought in).
        for (auto it = messages.cbegin(); it != messages.cend(); ++it)
            QVERIFY2(listed.contains(it.key()) == (it.key() != "import"_L1), qPrintable(it.key()));
        for (qsizetype i = 1; i < d.annotators.size(); ++i)
            QVERIFY(d.annotators[i - 1].tasksDone >= d.annotators[i].tasksDone);

        // Labels of review tasks: values per step, and alpha from every annotator's value.
        QHash<QString, QHash<QString, QHash<QString, double>>> byLabel; // label → message → user → value
        QHash<QString, std::array<qint64, 5>> steps;
        QStringList coders;
        for (const Row &r : db.rows(u"SELECT message_id, user_id, labels FROM text_label WHERE task_id IS NOT NULL"_s)) {
            const QJsonObject labels = QJsonDocument::fromJson(r[2].toString().toUtf8()).object();
            if (!coders.contains(r[1].toString()))
                coders << r[1].toString();
            for (auto it = labels.begin(); it != labels.end(); ++it) {
                byLabel[it.key()][r[0].toString()][r[1].toString()] = it.value().toDouble();
                ++steps[it.key()][stepOf(it.value().toDouble())];
            }
        }
        QCOMPARE(d.labels.size(), byLabel.size());
        for (const LabelFigures &l : d.labels) {
            QVERIFY2(byLabel.contains(l.label), qPrintable(l.label));
            QCOMPARE(l.steps, steps.value(l.label));
            QVERIFY(l.metric == (l.widget == LabelWidget::Likert ? AlphaMetric::Ordinal : AlphaMetric::Nominal));
            QList<QList<std::optional<double>>> units;
            const auto &messagesOf = byLabel[l.label];
            for (auto m = messagesOf.cbegin(); m != messagesOf.cend(); ++m) {
                QList<std::optional<double>> row(coders.size());
                for (auto u = m.value().cbegin(); u != m.value().cend(); ++u)
                    row[coders.indexOf(u.key())] = double(stepOf(u.value())) / 4.0;
                units << row;
            }
            const AlphaResult expected = krippendorffAlpha(units, l.metric);
            compareOptional(l.agreement.alpha, expected.alpha, qPrintable(l.label));
            QCOMPARE(l.agreement.units, expected.units);
            QCOMPARE(l.agreement.pairableValues, expected.pairableValues);
        }

        // Rankings: W of each sibling group from all its rankings.
        QHash<QString, QList<QStringList>> groups;
        for (const Row &r : db.rows(u"SELECT parent_id, ranked_ids, not_rankable FROM ranking"_s)) {
            auto &group = groups[r[0].toString()];
            if (r[2].toInt() == 0) {
                QStringList ids;
                for (const QJsonValue &v : QJsonDocument::fromJson(r[1].toString().toUtf8()).array())
                    ids << v.toString();
                group << ids;
            }
        }
        std::array<qint64, 10> histogram{};
        qint64 defined = 0;
        qint64 undefined = 0;
        qint64 rankings = 0;
        QList<double> ws;
        for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
            const ConcordanceResult w = kendallW(it.value());
            if (!w.w) {
                ++undefined;
                continue;
            }
            ++defined;
            rankings += it.value().size();
            ws << *w.w;
            ++histogram[std::min(9, int(*w.w * 10 + 1e-12))];
        }
        QCOMPARE(d.rankings.groups, defined);
        QCOMPARE(d.rankings.undefinedGroups, undefined);
        QCOMPARE(d.rankings.rankings, rankings);
        QCOMPARE(d.rankings.histogram, histogram);
        std::sort(ws.begin(), ws.end());
        std::optional<double> median;
        if (!ws.isEmpty())
            median = ws.size() % 2 ? ws[ws.size() / 2] : (ws[ws.size() / 2 - 1] + ws[ws.size() / 2]) / 2;
        compareOptional(d.rankings.medianW, median, "median W");
    }

private slots:
    void init()
    {
        f = std::make_unique<EngineFixture>();
        f->addTeam(4);
    }
    void cleanup() { f.reset(); }

    // Generated corpus, counted in several transactions; then work through the engine and a
    // second corpus, each counted on top of what was counted before.
    void figuresEqualEveryRowCountedAgain()
    {
        generate(300, 3);
        QVERIFY(f->sql(u"SELECT COUNT(*) FROM text_label"_s).toInt() > 2000); // more than one batch
        Dashboard d = f->engine->dashboard(u"lead"_s);
        QVERIFY(!d.labels.isEmpty());
        QVERIFY(d.rankings.groups > 0);
        verifyAgainstRows(d);
        QCOMPARE(f->sql(u"SELECT COUNT(*) FROM text_label WHERE counted = 0"_s).toInt(), 0);

        // Work through the engine: reviews of prompts the corpus left waiting (next to labels
        // counted before), counted between two of them; a skip.
        const auto review = [this](const QString &user, double spam) {
            const Task task = f->request(user, TaskType::LabelInitialPrompt);
            f->tick();
            f->engine->submit(user, task.id, EngineFixture::labels(spam));
        };
        review(u"u2"_s, 1.0);
        review(u"u3"_s, 0.0);
        verifyAgainstRows(f->engine->dashboard(u"lead"_s));
        review(u"u4"_s, 0.0);
        const Task skipped = f->request(u"u2"_s, TaskType::InitialPrompt);
        f->engine->skip(u"u2"_s, skipped.id, u"not for me"_s);
        verifyAgainstRows(f->engine->dashboard(u"lead"_s));

        // A second corpus on top (new rows next to counted ones, some messages get more labels).
        generate(120, 4);
        verifyAgainstRows(f->engine->dashboard(u"lead"_s));
    }

    // A purge deletes labels, rankings and tasks: the figures are those of what remains.
    void purgeCountsAgain()
    {
        generate(80, 5);
        verifyAgainstRows(f->engine->dashboard(u"lead"_s));
        const QString victim = f->sql(u"SELECT u.name FROM app_user u JOIN message m ON m.user_id = u.id "
                                      "WHERE u.name LIKE 'gen-user-%' GROUP BY u.name ORDER BY COUNT(*) DESC LIMIT 1"_s)
                                   .toString();
        QVERIFY(!victim.isEmpty());
        f->engine->purgeUser(u"admin"_s, victim, false);
        verifyAgainstRows(f->engine->dashboard(u"lead"_s));
    }

    // Tasks and annotators of a period only; trees and agreement always cover everything.
    void periodLimitsTasksAndAnnotators()
    {
        const QString tree = f->prompt(u"u1"_s, u"What is a prime number?"_s);
        f->tick(3 * kDay);
        f->engine->skip(u"u2"_s, f->request(u"u2"_s, TaskType::InitialPrompt).id);
        const Dashboard all = f->engine->dashboard(u"lead"_s);
        qint64 done = 0, skipped = 0;
        for (const TaskDayCount &t : all.tasks) {
            done += t.done;
            skipped += t.skipped;
        }
        QCOMPARE(done, 1);
        QCOMPARE(skipped, 1);

        DashboardQuery lastDay;
        lastDay.since = f->clock - kDay;
        const Dashboard recent = f->engine->dashboard(u"lead"_s, lastDay);
        QCOMPARE(recent.tasks.size(), 1);
        QVERIFY(recent.tasks.first().type == TaskType::InitialPrompt);
        QCOMPARE(recent.tasks.first().done, 0);
        QCOMPARE(recent.tasks.first().skipped, 1);
        for (const AnnotatorFigures &a : recent.annotators) {
            QVERIFY2(a.userName != "u1"_L1, "u1's prompt is older than the period");
        }
        QCOMPARE(recent.trees.size(), all.trees.size());
        QCOMPARE(treesOf(*f->engine, TreeQuery()), QSet<QString>{tree});
    }

    // Each click-through of the dashboard lists exactly the trees it names.
    void clickThroughFilters()
    {
        generate(120, 6);
        const Dashboard d = f->engine->dashboard(u"lead"_s);
        Database &db = *f->db;
        const auto set = [&db](const QString &sql, const QVariantList &binds = {}) {
            QSet<QString> ids;
            for (const Row &r : db.rows(sql, binds))
                ids.insert(r[0].toString());
            return ids;
        };

        TreeQuery byContributor;
        byContributor.contributor = u"gen-user-3"_s;
        const QSet<QString> contributed = set(u"SELECT DISTINCT m.tree_id FROM message m JOIN app_user u ON u.id = "
                                              "m.user_id WHERE u.name = 'gen-user-3'"_s);
        QVERIFY(!contributed.isEmpty());
        QCOMPARE(treesOf(*f->engine, byContributor), contributed);

        // The busiest day of label tasks for initial prompts.
        const TaskDayCount *busiest = nullptr;
        for (const TaskDayCount &t : d.tasks) {
            if (t.type == TaskType::LabelInitialPrompt && (!busiest || t.done > busiest->done))
                busiest = &t;
        }
        QVERIFY(busiest);
        TreeQuery byDay;
        byDay.taskType = u"label_initial_prompt"_s;
        byDay.taskFrom = busiest->day;
        byDay.taskTo = busiest->day + kDay;
        QCOMPARE(treesOf(*f->engine, byDay),
                 set(u"SELECT DISTINCT tree_id FROM task WHERE type = 'label_initial_prompt' AND done = 1 AND "
                     "finished >= ? AND finished < ?"_s,
                     {busiest->day, busiest->day + kDay}));
        // Prompt tasks have no tree id: their tree is the prompt they made.
        byDay.taskType = u"initial_prompt"_s;
        byDay.taskFrom = 0;
        byDay.taskTo = std::numeric_limits<qint64>::max();
        QCOMPARE(treesOf(*f->engine, byDay),
                 set(u"SELECT DISTINCT result_message_id FROM task WHERE type = 'initial_prompt' AND done = 1"_s)
                     & set(u"SELECT id FROM tree"_s));

        // A label at a step, and disagreement on a label, from every label row.
        QHash<QString, QSet<QString>> atStep;  // "quality/3" → trees
        QHash<QString, QSet<QString>> disagreed; // label → trees
        QHash<QString, QHash<QString, QSet<int>>> valuesOf; // label → message → steps
        QHash<QString, QString> treeOfMessage;
        for (const Row &r : db.rows(u"SELECT l.message_id, m.tree_id, l.labels FROM text_label l JOIN message m ON "
                                    "m.id = l.message_id WHERE l.task_id IS NOT NULL"_s)) {
            treeOfMessage.insert(r[0].toString(), r[1].toString());
            const QJsonObject labels = QJsonDocument::fromJson(r[2].toString().toUtf8()).object();
            for (auto it = labels.begin(); it != labels.end(); ++it) {
                const int step = stepOf(it.value().toDouble());
                atStep[it.key() + u'/' + QString::number(step)].insert(r[1].toString());
                valuesOf[it.key()][r[0].toString()].insert(step);
            }
        }
        for (auto l = valuesOf.cbegin(); l != valuesOf.cend(); ++l) {
            for (auto m = l.value().cbegin(); m != l.value().cend(); ++m) {
                if (m.value().size() > 1)
                    disagreed[l.key()].insert(treeOfMessage.value(m.key()));
            }
        }
        for (const QString &label : {u"quality"_s, u"spam"_s}) {
            for (int step : {0, 2, 4}) {
                TreeQuery q;
                q.label = label;
                q.labelStep = step;
                QCOMPARE(treesOf(*f->engine, q), atStep.value(label + u'/' + QString::number(step)));
            }
            TreeQuery q;
            q.label = label;
            q.labelDisagreement = true;
            QCOMPARE(treesOf(*f->engine, q), disagreed.value(label));
        }
        QVERIFY(!disagreed.value(u"quality"_s).isEmpty());

        // A bin of Kendall's W: the trees with a sibling group whose W falls in it.
        int bin = -1;
        for (int b = 9; b >= 0 && bin < 0; --b) {
            if (d.rankings.histogram[b] > 0)
                bin = b;
        }
        QVERIFY(bin >= 0);
        QSet<QString> inBin;
        QHash<QString, QList<QStringList>> groups;
        QHash<QString, QString> treeOfGroup;
        for (const Row &r : db.rows(u"SELECT parent_id, tree_id, ranked_ids FROM ranking WHERE not_rankable = 0"_s)) {
            QStringList ids;
            for (const QJsonValue &v : QJsonDocument::fromJson(r[2].toString().toUtf8()).array())
                ids << v.toString();
            groups[r[0].toString()] << ids;
            treeOfGroup.insert(r[0].toString(), r[1].toString());
        }
        for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
            const ConcordanceResult w = kendallW(it.value());
            if (w.w && std::min(9, int(*w.w * 10 + 1e-12)) == bin)
                inBin.insert(treeOfGroup.value(it.key()));
        }
        TreeQuery byW;
        byW.wFrom = bin / 10.0;
        byW.wTo = bin == 9 ? 1.01 : (bin + 1) / 10.0;
        QCOMPARE(treesOf(*f->engine, byW), inBin);
    }

    // The engine refuses the dashboard to an annotator, whatever a client shows.
    void annotatorsAreRefused()
    {
        ARB_EXPECT_REFUSAL(ErrorCode::PermissionDenied, f->engine->dashboard(u"u1"_s));
    }
};

QTEST_GUILESS_MAIN(tst_Statistics)
#include "tst_statistics.moc"
