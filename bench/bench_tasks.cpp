// bench_tasks: how fast the engine hands out and takes back tasks on a database with a long
// history, on SQLite and on PostgreSQL.
//
// For each database it
//   1. loads a history of finished trees (default 10,000 trees, ~11 messages each) with their
//      reply, label and ranking tasks, labels, rankings and skips, by batched INSERTs (the
//      engine's Generator, as arborist-cli generate, finished shapes only), and
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
#include "engine/generator.h"
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
constexpr qint64 kDay = 24 * 60 * 60 * 1000;

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
            const QString text = Generator::fillerText(m_rng, assistant ? 40 : 12, assistant ? 160 : 60) + u" (%1)"_s.arg(++m_texts);
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
        return {{u"labels"_s, Generator::labelAnswer(m_rng, task.validLabels, m_rng.bounded(10) == 0 ? 1.0 : 0.0)}};
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
    GeneratorOptions history;
    history.userIds = everyone;
    history.finishedOnly = true;
    history.start = now - 372 * kDay; // over the year before now minus a week
    history.settings = engine.settings();
    Generator generator(*db, history);
    const GeneratorResult loaded = generator.run(o.trees - backlog, o.seed, [](int done, int total) {
        if ((done / 250) % 8 == 0 && done < total)
            say(u"  ... %1 of %2 trees"_s.arg(done).arg(total));
    });
    times.insert(u"history_sql_s"_s, seconds(phase));
    say(u"  %1 s: %2"_s.arg(seconds(phase), 0, 'f', 1).arg(loaded.describe()));

    phase.start();
    QRandomGenerator importRng(quint32(o.seed) + 7);
    for (int i = 0; i < backlog + o.importRanking; ++i) {
        engine.insertImportedTree(Generator::importedNode(importRng, false, 0, kLang),
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
    const QStringList &taskIds = loaded.sampleTaskIds;
    const QStringList &messageIds = loaded.sampleMessageIds;
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
        {u"history"_s, QJsonObject{{u"ready_for_export"_s, loaded.byState.value(u"ready_for_export"_s)},
                                   {u"aborted_low_grade"_s, loaded.byState.value(u"aborted_low_grade"_s)},
                                   {u"halted_by_moderator"_s, loaded.byState.value(u"halted_by_moderator"_s)},
                                   {u"imported_backlog_ranking"_s, backlog},
                                   {u"imported_ranking"_s, o.importRanking},
                                   {u"rows"_s, loaded.rows}}},
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
                                      {u"first_violations"_s, QJsonArray::fromStringList(report.violations.mid(0, 20))}}}};
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
                                       {u"extra_sql"_s, QJsonArray::fromStringList(o.extraSql)}}},
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
