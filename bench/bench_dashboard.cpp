// The lead's dashboard on a big database: every figure read from the aggregates, against a
// baseline in the same run that computes the same agreement and task figures from every row
// (what the aggregates spare). Also: bringing the aggregates up to date after a day's work, and
// peak memory.
//
//   bench_dashboard --db URL [--lead NAME] [--runs N]
//
// The database must hold a corpus (arborist-cli generate --trees 60000 makes one of oasst1's
// size) and a lead or admin.

#include "benchfigures.h"
#include "core/agreement.h"
#include "core/labels.h"
#include "engine/engine.h"
#include "engine/generator.h"
#include "store/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <sys/resource.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Arborist;
using Arborist::Bench::list;
using Arborist::Bench::median;

namespace {

double peakMegabytes()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
}

// The agreement and task figures from every row: each annotator's labels of each message,
// every ranking, every finished task. Returns a checksum so that nothing is optimised away.
double fromEveryRow(Database &db)
{
    double checksum = 0;
    db.read([&] {
        // Per label and message, how many annotators gave each step; then one coincidence
        // matrix per label (the same arithmetic as the aggregates, over every row at once).
        QHash<QString, QHash<QString, std::vector<int>>> byLabel; // label → message → counts
        for (const Row &r : db.rows(u"SELECT message_id, labels FROM text_label WHERE task_id IS NOT NULL"_s)) {
            const QJsonObject labels = QJsonDocument::fromJson(r[1].toString().toUtf8()).object();
            for (auto it = labels.begin(); it != labels.end(); ++it) {
                std::vector<int> &counts = byLabel[it.key()][r[0].toString()];
                counts.resize(5);
                ++counts[std::clamp(int(std::lround(it.value().toDouble() * 4)), 0, 4)];
            }
        }
        for (auto l = byLabel.cbegin(); l != byLabel.cend(); ++l) {
            const LabelInfo *info = Labels::find(l.key());
            Coincidences matrix({0, 0.25, 0.5, 0.75, 1});
            for (const std::vector<int> &counts : l.value())
                matrix.addUnit(counts);
            const AlphaResult a = matrix.alpha(info && info->widget == LabelWidget::Likert ? AlphaMetric::Ordinal
                                                                                           : AlphaMetric::Nominal);
            checksum += a.alpha.value_or(0) + a.units;
        }
        QHash<QString, QList<QStringList>> groups;
        for (const Row &r : db.rows(u"SELECT parent_id, ranked_ids FROM ranking WHERE not_rankable = 0"_s)) {
            QStringList ids;
            for (const QJsonValue &v : QJsonDocument::fromJson(r[1].toString().toUtf8()).array())
                ids << v.toString();
            groups[r[0].toString()] << ids;
        }
        for (const QList<QStringList> &g : std::as_const(groups))
            checksum += kendallW(g).w.value_or(0);
        for (const Row &r : db.rows(u"SELECT finished / 86400000, type, COUNT(*) FROM task WHERE finished IS NOT NULL "
                                    "GROUP BY 1, 2"_s))
            checksum += r[2].toDouble();
    });
    return checksum;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Times the lead's dashboard against computing it from every row."_s);
    parser.addHelpOption();
    const QCommandLineOption dbOption(u"db"_s, u"The database (URL)."_s, u"url"_s);
    const QCommandLineOption leadOption(u"lead"_s, u"A lead or admin (default gen-admin)."_s, u"name"_s,
                                        u"gen-admin"_s);
    const QCommandLineOption runsOption(u"runs"_s, u"Runs of each figure (default 7)."_s, u"n"_s, u"7"_s);
    const QCommandLineOption addOption(u"add-trees"_s,
                                       u"Afterwards, generate this many trees more and time counting them (default "
                                       "600, about a day of a big team's work; 0 = none)."_s,
                                       u"n"_s, u"600"_s);
    parser.addOptions({dbOption, leadOption, runsOption, addOption});
    parser.process(app);
    if (!parser.isSet(dbOption)) {
        std::fprintf(stderr, "--db is required\n");
        return 2;
    }
    const int runs = std::max(1, parser.value(runsOption).toInt());
    const QString lead = parser.value(leadOption);

    try {
        const std::unique_ptr<Database> db = Database::open(parser.value(dbOption));
        db->requireSchema();
        Engine engine(*db);

        QElapsedTimer t;
        t.start();
        const qint64 catchUp = engine.updateStatistics();
        const double catchUpMs = double(t.nsecsElapsed()) / 1e6;

        QList<double> full, month, baseline;
        Dashboard d;
        for (int i = 0; i < runs; ++i) {
            t.restart();
            d = engine.dashboard(lead);
            full << double(t.nsecsElapsed()) / 1e6;
            DashboardQuery q;
            q.since = engine.now() - 30LL * 24 * 60 * 60 * 1000;
            t.restart();
            engine.dashboard(lead, q);
            month << double(t.nsecsElapsed()) / 1e6;
        }
        const double afterDashboards = peakMegabytes();
        double checksum = 0;
        for (int i = 0; i < std::min(runs, 3); ++i) {
            t.restart();
            checksum += fromEveryRow(*db);
            baseline << double(t.nsecsElapsed()) / 1e6;
        }

        qint64 trees = 0;
        for (const TreeCount &c : d.trees)
            trees += c.trees;
        qint64 values = 0;
        for (const LabelFigures &l : d.labels)
            values += l.agreement.pairableValues;
        std::printf("database: %lld trees, %lld annotators, %lld labels, %lld sibling groups with W\n", qlonglong(trees),
                    qlonglong(d.annotators.size()), qlonglong(db->value(u"SELECT COUNT(*) FROM text_label"_s).toLongLong()),
                    qlonglong(d.rankings.groups));
        std::printf("rows counted into the aggregates at start: %lld in %.1f ms\n", qlonglong(catchUp), catchUpMs);
        std::printf("%-48s %10s  %s\n", "figure", "median_ms", "runs_ms");
        std::printf("%-48s %10.1f  %s\n", "dashboard, all time", median(full), qPrintable(list(full)));
        std::printf("%-48s %10.1f  %s\n", "dashboard, last 30 days", median(month), qPrintable(list(month)));
        std::printf("%-48s %10.1f  %s\n", "baseline: agreement and tasks from every row", median(baseline),
                    qPrintable(list(baseline)));
        std::printf("%-48s %10.1f\n", "ratio (baseline / dashboard)", median(baseline) / std::max(median(full), 1e-9));
        std::printf("peak memory: %.0f MB after the dashboards, %.0f MB after the baseline (checksum %.3f)\n",
                    afterDashboards, peakMegabytes(), checksum);

        if (const int add = parser.value(addOption).toInt(); add > 0) {
            GeneratorOptions options;
            options.settings = engine.settings();
            options.start = engine.now() - 24LL * 60 * 60 * 1000;
            const GeneratorResult r = Generator(*db, options).run(add, quint64(engine.now()));
            t.restart();
            const qint64 counted = engine.updateStatistics();
            const double countMs = double(t.nsecsElapsed()) / 1e6;
            t.restart();
            engine.dashboard(lead);
            std::printf("%d trees more (%lld labels, %lld tasks): counted %lld rows in %.1f ms; the dashboard "
                        "after them %.1f ms\n",
                        add, qlonglong(r.labels), qlonglong(r.tasks), qlonglong(counted), countMs,
                        double(t.nsecsElapsed()) / 1e6);
        }
    } catch (const std::exception &e) {
        std::fprintf(stderr, "%s\n", e.what());
        return 1;
    }
    return 0;
}
