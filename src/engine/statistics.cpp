// The lead's dashboard: aggregates kept up to date from the rows not yet counted, and the
// figures read from them (schema version 5, resources/sql/0005_dashboard.sql).

#include "engine/engine_p.h"

#include "core/agreement.h"
#include "core/labels.h"
#include "store/batchinsert.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Arborist {

using namespace detail;

namespace {

// Rows counted per transaction: small enough that annotators writing meanwhile on SQLite wait
// only a moment for the write lock.
constexpr int kBatch = 5000;
constexpr qint64 kDayMs = 24 * 60 * 60 * 1000;
constexpr int kSteps = 5;

// Upper bounds (seconds) of the duration histogram's buckets; each step is at most half again
// the one before, so an interpolated median is off by less than that. The last bucket is open.
constexpr double kDurationBounds[] = {1,    1.5,  2,     3,     4,     5,     7.5,  10,    15,    20,    30,    45,    60,   90,
                                      120,  180,  240,   300,   420,   600,   900,   1200, 1800,
                                      2700, 3600, 5400,  7200,  10800, 14400, 21600, 28800, 43200, 64800,
                                      86400};
constexpr int kDurationBuckets = int(std::size(kDurationBounds)) + 1;

int durationBucket(double seconds)
{
    return int(std::upper_bound(std::begin(kDurationBounds), std::end(kDurationBounds), seconds)
               - std::begin(kDurationBounds));
}

std::optional<double> medianOf(const std::array<qint64, kDurationBuckets> &buckets)
{
    qint64 total = 0;
    for (const qint64 n : buckets)
        total += n;
    if (total == 0)
        return std::nullopt;
    const double half = total / 2.0;
    qint64 below = 0;
    for (int b = 0; b < kDurationBuckets; ++b) {
        if (buckets[b] == 0 || below + buckets[b] < half) {
            below += buckets[b];
            continue;
        }
        const double low = b == 0 ? 0.0 : kDurationBounds[b - 1];
        if (b == kDurationBuckets - 1)
            return low;
        return low + (kDurationBounds[b] - low) * (half - below) / double(buckets[b]);
    }
    return kDurationBounds[kDurationBuckets - 2];
}

int stepOf(double value)
{
    return std::clamp(int(std::lround(value * 4)), 0, kSteps - 1);
}

std::vector<double> stepValues()
{
    return {0.0, 0.25, 0.5, 0.75, 1.0};
}

qint64 dayOf(qint64 ms)
{
    return ms - ((ms % kDayMs) + kDayMs) % kDayMs;
}

// Each counts up to kBatch rows not counted yet into the aggregates, in the caller's transaction,
// and returns how many it counted. Lists of ids are bound as one value (SqlDialect::idListSql).

// Labels of review tasks: each message they label is one unit of Krippendorff's alpha. Its
// contribution before these rows is taken out and the new one put in.
qint64 countLabels(Database &db)
{
    const QList<Row> fresh = db.rows(u"SELECT id, message_id, labels FROM text_label "
                                     "WHERE counted = 0 AND task_id IS NOT NULL LIMIT ?"_s,
                                     {kBatch});
    if (fresh.isEmpty())
        return 0;
    const QString in = u" IN ("_s + db.dialect().idListSql() + u')';
    QHash<QString, QList<LabelValues>> added;
    QStringList ids;
    for (const Row &r : fresh) {
        ids << r[0].toString();
        added[r[1].toString()] << labelValuesFromJson(r[2].toString());
    }
    QHash<QString, QList<LabelValues>> before;
    for (const Row &r : db.rows(u"SELECT message_id, labels FROM text_label WHERE task_id IS NOT NULL AND "
                                "counted = 1 AND message_id"_s + in,
                                {SqlDialect::jsonArrayText(added.keys())}))
        before[r[0].toString()] << labelValuesFromJson(r[1].toString());

    QHash<QString, Coincidences> pairs;
    QHash<QString, std::array<qint64, kSteps>> given;
    for (auto it = added.cbegin(); it != added.cend(); ++it) {
        const QList<LabelValues> &old = before.value(it.key());
        QSet<QString> names;
        for (const LabelValues &values : old)
            names.unite(QSet<QString>(values.keyBegin(), values.keyEnd()));
        for (const LabelValues &values : it.value())
            names.unite(QSet<QString>(values.keyBegin(), values.keyEnd()));
        for (const QString &name : std::as_const(names)) {
            std::vector<int> counts(kSteps, 0);
            for (const LabelValues &values : old) {
                if (values.contains(name))
                    ++counts[stepOf(values.value(name))];
            }
            const std::vector<int> previous = counts;
            std::array<qint64, kSteps> &steps = given[name];
            for (const LabelValues &values : it.value()) {
                if (values.contains(name)) {
                    const int step = stepOf(values.value(name));
                    ++counts[step];
                    ++steps[step];
                }
            }
            auto matrix = pairs.find(name);
            if (matrix == pairs.end())
                matrix = pairs.insert(name, Coincidences(stepValues()));
            matrix->addUnit(previous, -1);
            matrix->addUnit(counts, +1);
        }
    }

    for (auto it = given.cbegin(); it != given.cend(); ++it) {
        for (int step = 0; step < kSteps; ++step) {
            if (it.value()[step] != 0)
                db.exec(u"INSERT INTO stat_label (label, step, given) VALUES (?, ?, ?) ON CONFLICT (label, step) "
                        "DO UPDATE SET given = stat_label.given + excluded.given"_s,
                        {it.key(), step, it.value()[step]});
        }
    }
    for (auto it = pairs.cbegin(); it != pairs.cend(); ++it) {
        const Coincidences &m = it.value();
        for (int c = 0; c < kSteps; ++c) {
            for (int k = 0; k < kSteps; ++k) {
                if (m.cell(c, k) != 0.0)
                    db.exec(u"INSERT INTO stat_label_pair (label, c, k, weight) VALUES (?, ?, ?, ?) ON CONFLICT "
                            "(label, c, k) DO UPDATE SET weight = stat_label_pair.weight + excluded.weight"_s,
                            {it.key(), c, k, m.cell(c, k)});
            }
        }
        if (m.units() != 0 || m.pairableValues() != 0)
            db.exec(u"INSERT INTO stat_label_units (label, units, pairable_values) VALUES (?, ?, ?) ON CONFLICT "
                    "(label) DO UPDATE SET units = stat_label_units.units + excluded.units, pairable_values = "
                    "stat_label_units.pairable_values + excluded.pairable_values"_s,
                    {it.key(), m.units(), m.pairableValues()});
    }
    db.exec(u"UPDATE text_label SET counted = 1 WHERE id"_s + in, {SqlDialect::jsonArrayText(ids)});
    return fresh.size();
}

// Rankings: the sibling groups with new ones get their W from all of their rankings.
qint64 countRankings(Database &db)
{
    QStringList parents;
    for (const Row &r : db.rows(u"SELECT DISTINCT parent_id FROM ranking WHERE counted = 0 LIMIT ?"_s, {kBatch / 4}))
        parents << r[0].toString();
    if (parents.isEmpty())
        return 0;
    const QString in = u" IN ("_s + db.dialect().idListSql() + u')';
    QHash<QString, QList<QStringList>> rankings;
    QHash<QString, QString> treeOf;
    // Only the rows read here are marked: a ranking stored meanwhile waits for the next count.
    QStringList fresh;
    for (const Row &r : db.rows(u"SELECT id, parent_id, tree_id, ranked_ids, not_rankable, counted FROM ranking "
                                "WHERE parent_id"_s + in,
                                {SqlDialect::jsonArrayText(parents)})) {
        const QString parent = r[1].toString();
        treeOf.insert(parent, r[2].toString());
        QList<QStringList> &group = rankings[parent];
        if (!r[4].toBool())
            group << toStringList(jsonArray(r[3].toString()));
        if (r[5].toInt() == 0)
            fresh << r[0].toString();
    }
    for (const QString &parent : std::as_const(parents)) {
        const QList<QStringList> &group = rankings[parent];
        const ConcordanceResult w = kendallW(group);
        db.exec(u"INSERT INTO stat_ranking_group (parent_id, tree_id, rankings, items, w) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (parent_id) DO UPDATE SET tree_id = excluded.tree_id, rankings = excluded.rankings, "
                "items = excluded.items, w = excluded.w"_s,
                {parent, treeOf.value(parent), int(group.size()), w.items,
                 w.w ? QVariant(*w.w) : QVariant(QMetaType(QMetaType::Double))});
    }
    db.exec(u"UPDATE ranking SET counted = 1 WHERE id"_s + in, {SqlDialect::jsonArrayText(fresh)});
    return fresh.size();
}

// Finished tasks: per day and type, and per annotator and day with their durations.
qint64 countTasks(Database &db)
{
    const QList<Row> tasks = db.rows(u"SELECT id, type, user_id, created, finished, done FROM task "
                                     "WHERE counted = 0 AND finished IS NOT NULL LIMIT ?"_s,
                                     {kBatch});
    if (tasks.isEmpty())
        return 0;
    QMap<std::pair<qint64, QString>, std::pair<qint64, qint64>> byType; // done, skipped
    QMap<std::pair<QString, qint64>, std::pair<qint64, qint64>> byUser;
    QMap<std::tuple<QString, qint64, int>, qint64> durations;
    QStringList ids;
    for (const Row &r : tasks) {
        ids << r[0].toString();
        const qint64 day = dayOf(r[4].toLongLong());
        const bool done = r[5].toBool();
        auto &type = byType[{day, r[1].toString()}];
        auto &user = byUser[{r[2].toString(), day}];
        (done ? type.first : type.second) += 1;
        (done ? user.first : user.second) += 1;
        if (done) {
            const double seconds = std::max<qint64>(0, r[4].toLongLong() - r[3].toLongLong()) / 1000.0;
            ++durations[{r[2].toString(), day, durationBucket(seconds)}];
        }
    }
    for (auto it = byType.cbegin(); it != byType.cend(); ++it)
        db.exec(u"INSERT INTO stat_task_day (day, type, done, skipped) VALUES (?, ?, ?, ?) ON CONFLICT (day, type) "
                "DO UPDATE SET done = stat_task_day.done + excluded.done, skipped = stat_task_day.skipped + "
                "excluded.skipped"_s,
                {it.key().first, it.key().second, it.value().first, it.value().second});
    for (auto it = byUser.cbegin(); it != byUser.cend(); ++it)
        db.exec(u"INSERT INTO stat_annotator_day (user_id, day, done, skipped) VALUES (?, ?, ?, ?) ON CONFLICT "
                "(user_id, day) DO UPDATE SET done = stat_annotator_day.done + excluded.done, skipped = "
                "stat_annotator_day.skipped + excluded.skipped"_s,
                {it.key().first, it.key().second, it.value().first, it.value().second});
    for (auto it = durations.cbegin(); it != durations.cend(); ++it)
        db.exec(u"INSERT INTO stat_annotator_duration (user_id, day, bucket, tasks) VALUES (?, ?, ?, ?) ON CONFLICT "
                "(user_id, day, bucket) DO UPDATE SET tasks = stat_annotator_duration.tasks + excluded.tasks"_s,
                {std::get<0>(it.key()), std::get<1>(it.key()), std::get<2>(it.key()), it.value()});
    db.exec(u"UPDATE task SET counted = 1 WHERE id IN ("_s + db.dialect().idListSql() + u')', {SqlDialect::jsonArrayText(ids)});
    return tasks.size();
}

} // namespace

qint64 Engine::updateStatistics()
{
    // Counting a big import or corpus reads many pages at random (the earlier labels of each
    // message): SQLite gets a bigger page cache for it.
    std::optional<BulkWrite> bulk;
    if (!m_db.inTransaction()
        && m_db.value(u"SELECT COUNT(*) FROM (SELECT 1 FROM task WHERE counted = 0 AND finished IS NOT NULL "
                      "LIMIT ?) pending"_s,
                      {kBatch})
                   .toInt()
            == kBatch)
        bulk.emplace(m_db, 128);
    qint64 total = 0;
    for (;;) {
        qint64 counted = 0;
        m_db.transact([&] {
            m_db.lockRow(u"stat_state"_s, 1);
            counted = countLabels(m_db) + countRankings(m_db) + countTasks(m_db);
            if (counted > 0)
                m_db.exec(u"UPDATE stat_state SET updated = ? WHERE id = 1"_s, {now()});
        });
        total += counted;
        if (counted == 0)
            return total;
    }
}

void Engine::resetStatistics()
{
    m_db.lockRow(u"stat_state"_s, 1);
    for (const QString &table : {u"stat_label"_s, u"stat_label_pair"_s, u"stat_label_units"_s,
                                 u"stat_ranking_group"_s, u"stat_task_day"_s, u"stat_annotator_day"_s,
                                 u"stat_annotator_duration"_s})
        m_db.exec(u"DELETE FROM "_s + table);
    m_db.exec(u"UPDATE text_label SET counted = 0 WHERE counted = 1"_s);
    m_db.exec(u"UPDATE ranking SET counted = 0 WHERE counted = 1"_s);
    m_db.exec(u"UPDATE task SET counted = 0 WHERE counted = 1"_s);
}

Dashboard Engine::dashboard(const QString &actorName, const DashboardQuery &query)
{
    m_db.transact([&] { requireModerator(actorName); });
    updateStatistics();

    Dashboard d;
    const qint64 sinceDay = query.since > 0 ? dayOf(query.since) : std::numeric_limits<qint64>::min();
    const qint64 since = sinceDay; // messages too, from the start of that day (UTC)
    m_db.read([&] {
        d = Dashboard();
        for (const Row &r : m_db.rows(u"SELECT state, lang, COUNT(*) FROM tree GROUP BY state, lang "
                                      "ORDER BY state, lang"_s)) {
            if (const auto state = treeStateFromString(r[0].toString()))
                d.trees.append({*state, r[1].toString(), r[2].toLongLong()});
        }
        for (const Row &r : m_db.rows(u"SELECT day, type, done, skipped FROM stat_task_day WHERE day >= ? "
                                      "ORDER BY day, type"_s,
                                      {sinceDay})) {
            if (const auto type = taskTypeFromString(r[1].toString()))
                d.tasks.append({r[0].toLongLong(), *type, r[2].toLongLong(), r[3].toLongLong()});
        }

        // Annotators: tasks and their durations from the aggregates, messages from the index of
        // messages by author.
        QHash<QString, QString> names;
        for (const Row &r : m_db.rows(u"SELECT id, name FROM app_user"_s))
            names.insert(r[0].toString(), r[1].toString());
        QHash<QString, AnnotatorFigures> byUser;
        const auto figuresOf = [&](const QString &userId) -> AnnotatorFigures & {
            auto it = byUser.find(userId);
            if (it == byUser.end()) {
                it = byUser.insert(userId, AnnotatorFigures());
                it->userName = names.value(userId, userId);
            }
            return *it;
        };
        for (const Row &r : m_db.rows(u"SELECT user_id, SUM(done), SUM(skipped) FROM stat_annotator_day "
                                      "WHERE day >= ? GROUP BY user_id"_s,
                                      {sinceDay})) {
            AnnotatorFigures &f = figuresOf(r[0].toString());
            f.tasksDone = r[1].toLongLong();
            f.tasksSkipped = r[2].toLongLong();
        }
        QHash<QString, std::array<qint64, kDurationBuckets>> durations;
        for (const Row &r : m_db.rows(u"SELECT user_id, bucket, SUM(tasks) FROM stat_annotator_duration "
                                      "WHERE day >= ? GROUP BY user_id, bucket"_s,
                                      {sinceDay})) {
            const int bucket = r[1].toInt();
            if (bucket >= 0 && bucket < kDurationBuckets)
                durations[r[0].toString()][bucket] += r[2].toLongLong();
        }
        for (auto it = durations.cbegin(); it != durations.cend(); ++it)
            figuresOf(it.key()).medianSeconds = medianOf(it.value());
        for (const Row &r : m_db.rows(u"SELECT user_id, COUNT(*), SUM(CASE WHEN review_result = 1 THEN 1 ELSE 0 END), "
                                      "SUM(CASE WHEN review_result = 0 THEN 1 ELSE 0 END) FROM message "
                                      "WHERE user_id IS NOT NULL AND created >= ? GROUP BY user_id"_s,
                                      {since})) {
            AnnotatorFigures &f = figuresOf(r[0].toString());
            f.messages = r[1].toLongLong();
            f.accepted = r[2].toLongLong();
            f.rejected = r[3].toLongLong();
        }
        // The import's system user wrote what was brought in, not an annotator.
        byUser.remove(importUserId(false));
        d.annotators = byUser.values();
        std::sort(d.annotators.begin(), d.annotators.end(), [](const AnnotatorFigures &a, const AnnotatorFigures &b) {
            if (a.tasksDone != b.tasksDone)
                return a.tasksDone > b.tasksDone;
            if (a.messages != b.messages)
                return a.messages > b.messages;
            return a.userName < b.userName;
        });

        // Labels, in the catalogue's order.
        QHash<QString, LabelFigures> labels;
        const auto labelOf = [&](const QString &name) -> LabelFigures * {
            const LabelInfo *info = Labels::find(name);
            if (!info)
                return nullptr;
            auto it = labels.find(name);
            if (it == labels.end()) {
                it = labels.insert(name, LabelFigures());
                it->label = name;
                it->widget = info->widget;
                it->metric = info->widget == LabelWidget::Likert ? AlphaMetric::Ordinal : AlphaMetric::Nominal;
            }
            return &*it;
        };
        for (const Row &r : m_db.rows(u"SELECT label, step, given FROM stat_label"_s)) {
            const int step = r[1].toInt();
            if (LabelFigures *f = labelOf(r[0].toString()); f && step >= 0 && step < kSteps)
                f->steps[step] = r[2].toLongLong();
        }
        QHash<QString, Coincidences> matrices;
        for (const Row &r : m_db.rows(u"SELECT label, c, k, weight FROM stat_label_pair"_s)) {
            const int c = r[1].toInt();
            const int k = r[2].toInt();
            if (c < 0 || c >= kSteps || k < 0 || k >= kSteps)
                continue;
            auto it = matrices.find(r[0].toString());
            if (it == matrices.end())
                it = matrices.insert(r[0].toString(), Coincidences(stepValues()));
            it->addCell(c, k, r[3].toDouble());
        }
        for (const Row &r : m_db.rows(u"SELECT label, units, pairable_values FROM stat_label_units"_s)) {
            auto it = matrices.find(r[0].toString());
            if (it == matrices.end())
                it = matrices.insert(r[0].toString(), Coincidences(stepValues()));
            it->addUnits(r[1].toLongLong(), r[2].toLongLong());
        }
        for (auto it = matrices.cbegin(); it != matrices.cend(); ++it) {
            if (LabelFigures *f = labelOf(it.key()))
                f->agreement = it.value().alpha(f->metric);
        }
        for (const LabelInfo &info : Labels::all()) {
            if (labels.contains(info.name))
                d.labels.append(labels.value(info.name));
        }

        // Rankings: W per sibling group, in tenths.
        QString bins = u"CASE"_s;
        for (int b = 1; b < 10; ++b)
            bins += u" WHEN w < 0.%1 THEN %2"_s.arg(b).arg(b - 1);
        bins += u" ELSE 9 END"_s;
        for (const Row &r : m_db.rows(u"SELECT "_s + bins + u", COUNT(*), SUM(rankings) FROM stat_ranking_group "
                                      "WHERE w IS NOT NULL GROUP BY 1"_s)) {
            const int bin = std::clamp(r[0].toInt(), 0, 9);
            d.rankings.histogram[bin] += r[1].toLongLong();
            d.rankings.groups += r[1].toLongLong();
            d.rankings.rankings += r[2].toLongLong();
        }
        d.rankings.undefinedGroups =
            m_db.value(u"SELECT COUNT(*) FROM stat_ranking_group WHERE w IS NULL"_s).toLongLong();
        if (d.rankings.groups > 0) {
            const QList<Row> middle = m_db.rows(u"SELECT w FROM stat_ranking_group WHERE w IS NOT NULL ORDER BY w "
                                                "LIMIT ? OFFSET ?"_s,
                                                {d.rankings.groups % 2 == 0 ? 2 : 1, (d.rankings.groups - 1) / 2});
            double sum = 0.0;
            for (const Row &r : middle)
                sum += r[0].toDouble();
            if (!middle.isEmpty())
                d.rankings.medianW = sum / double(middle.size());
        }
    });
    return d;
}

} // namespace Arborist
