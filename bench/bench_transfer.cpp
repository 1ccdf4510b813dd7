// bench_transfer: import and export of an oasst1-scale corpus, against a plain Python baseline
// run on the same file in the same benchmark.
//
//   1. builds the corpus once with `arborist-cli generate` (default 60,000 trees, 85% of them
//      lone prompts: about 151,000 messages, like oasst1's 161,443 in 66,497 trees) and exports
//      it with everything included (every state, synthetic, spam, deleted) to corpus.jsonl;
//   2. --runs times (default 3): imports corpus.jsonl into a fresh database with
//      `arborist-cli import`, exports that database again with `arborist-cli export`, and runs
//      bench/baseline_import.py (the standard library's json and sqlite3, one transaction) on
//      the same file: import, then export;
//   3. prints medians, messages per second, the ratio to the Python baseline, peak RSS, and the
//      targets of the issue (reported, not asserted).
//
//   bench_transfer [--trees N] [--lone-prompts SHARE] [--seed S] [--runs N] [--db URL]
//                  [--work DIR] [--keep] [--corpus FILE] [--python EXE] [--cli PATH]
//
// Every measured program runs in its own process, started through this executable in launcher
// mode (`bench_transfer --exec-measured STATFILE PROGRAM ARGS...`): the launcher forks, execs the
// program, and reads its wall time and peak RSS from wait4(). The launcher is a fresh, small
// process, so the peak RSS wait4 reports is the program's own (Linux carries the RSS high-water
// mark of the forking process over into the child's ru_maxrss; forking straight from this
// benchmark would add its own memory to every figure). The floor this leaves (the launcher's
// RSS at fork) is measured with /bin/true and printed.

#include "core/errors.h"
#include "core/settings.h"
#include "engine/engine.h"
#include "store/database.h"
#include "store/databaseurl.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>
#include <QUrl>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <memory>
#include <optional>
#include <vector>

#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace Arborist;

#ifndef ARBORIST_CLI_PATH
#define ARBORIST_CLI_PATH ""
#endif
#ifndef ARBORIST_BENCH_SOURCE_DIR
#define ARBORIST_BENCH_SOURCE_DIR ""
#endif

namespace {

// --- launcher mode (no Qt: runs before QCoreApplication) ---------------------------------------

// bench_transfer --exec-measured STATFILE PROGRAM ARGS...: runs PROGRAM, then writes
// "wall_ns max_rss_kb exit_status" to STATFILE and exits with PROGRAM's status.
int execMeasured(int argc, char *argv[])
{
    if (argc < 4) {
        fprintf(stderr, "usage: bench_transfer --exec-measured STATFILE PROGRAM [ARGS...]\n");
        return 2;
    }
    timespec t0{}, t1{};
    clock_gettime(CLOCK_MONOTONIC, &t0);
    const pid_t pid = fork();
    if (pid < 0) {
        perror("fork");
        return 127;
    }
    if (pid == 0) {
        execvp(argv[3], argv + 3);
        fprintf(stderr, "bench_transfer: cannot run %s: %s\n", argv[3], strerror(errno));
        _exit(127);
    }
    int status = 0;
    rusage usage{};
    while (wait4(pid, &status, 0, &usage) < 0) {
        if (errno != EINTR) {
            perror("wait4");
            return 127;
        }
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    const long long ns = (long long)(t1.tv_sec - t0.tv_sec) * 1000000000LL + (t1.tv_nsec - t0.tv_nsec);
    const int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + (WIFSIGNALED(status) ? WTERMSIG(status) : 0);
    FILE *out = fopen(argv[2], "w");
    if (!out) {
        perror(argv[2]);
        return 127;
    }
    fprintf(out, "%lld %ld %d\n", ns, usage.ru_maxrss, code);
    fclose(out);
    return code;
}

// --- helpers -------------------------------------------------------------------------------------

void say(const QString &line)
{
    fprintf(stderr, "%s\n", qPrintable(line));
    fflush(stderr);
}

double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

QString fileText(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

QString cpuModel()
{
    static const QRegularExpression re(u"^model name\\s*:\\s*(.+)$"_s, QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = re.match(fileText(u"/proc/cpuinfo"_s));
    return m.hasMatch() ? m.captured(1).trimmed() : QSysInfo::currentCpuArchitecture();
}

QString loadAverage() { return fileText(u"/proc/loadavg"_s).section(u' ', 0, 2); }

QString memTotal()
{
    static const QRegularExpression re(u"^MemTotal:\\s*(\\d+) kB"_s, QRegularExpression::MultilineOption);
    const QRegularExpressionMatch m = re.match(fileText(u"/proc/meminfo"_s));
    return m.hasMatch() ? u"%1 GiB"_s.arg(m.captured(1).toDouble() / 1024 / 1024, 0, 'f', 1) : u"?"_s;
}

void removeSqlite(const QString &path)
{
    for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s})
        QFile::remove(path + suffix);
}

// --- measured child processes --------------------------------------------------------------------

struct Measured
{
    double seconds = 0;   // wall clock, fork to wait4
    double peakMb = 0;    // ru_maxrss of the program
    int exitCode = -1;
    QByteArray out, err;
    QJsonObject json; // the last line of stdout, when it is a JSON object
};

class Launcher
{
public:
    explicit Launcher(QString statFile) : m_statFile(std::move(statFile)) {}

    Measured run(const QString &program, const QStringList &args, const QString &what) const
    {
        QProcess p;
        QStringList all = {u"--exec-measured"_s, m_statFile, program};
        all += args;
        QFile::remove(m_statFile);
        p.start(QCoreApplication::applicationFilePath(), all);
        if (!p.waitForStarted(-1))
            throw DbError(u"Cannot start %1: %2"_s.arg(program, p.errorString()));
        p.waitForFinished(-1);
        Measured m;
        m.out = p.readAllStandardOutput();
        m.err = p.readAllStandardError();
        const QStringList stat = fileText(m_statFile).split(u' ', Qt::SkipEmptyParts);
        if (stat.size() < 3)
            throw DbError(u"%1: no measurement (exit %2): %3"_s.arg(what).arg(p.exitCode()).arg(QString::fromUtf8(m.err)));
        m.seconds = stat.at(0).toDouble() / 1e9;
        m.peakMb = stat.at(1).toDouble() / 1024.0;
        m.exitCode = stat.at(2).trimmed().toInt();
        const QList<QByteArray> lines = m.out.trimmed().split('\n');
        if (!lines.isEmpty())
            m.json = QJsonDocument::fromJson(lines.last()).object();
        if (m.exitCode != 0)
            throw DbError(u"%1 failed (exit %2): %3 %4"_s.arg(what).arg(m.exitCode)
                              .arg(QString::fromUtf8(m.err.right(2000)), QString::fromUtf8(m.out.right(2000))));
        return m;
    }

private:
    QString m_statFile;
};

// --- options -----------------------------------------------------------------------------------

struct Options
{
    int trees = 60000;
    double lonePrompts = 0.85;
    quint64 seed = 1;
    int runs = 3;
    QString db;     // empty: a SQLite file in the work folder
    QString work;   // empty: a temporary folder
    bool keep = false;
    QString corpus; // an existing corpus file instead of generating one
    QString python;
    QString cli;
    QString script;
};

std::optional<Options> parseOptions(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Times arborist-cli import and export of an oasst1-scale corpus against a plain Python baseline "
        "(json + sqlite3, one transaction) on the same file. A PostgreSQL --db database is created if missing "
        "and its public schema is WIPED before every run."_s);
    parser.addHelpOption();
    const QCommandLineOption trees(u"trees"_s, u"Trees in the corpus (default 60000)."_s, u"n"_s, u"60000"_s);
    const QCommandLineOption lone(u"lone-prompts"_s, u"Share of lone-prompt trees (default 0.85)."_s, u"share"_s,
                                  u"0.85"_s);
    const QCommandLineOption seed(u"seed"_s, u"Seed of the corpus (default 1)."_s, u"s"_s, u"1"_s);
    const QCommandLineOption runs(u"runs"_s, u"Measured runs of each operation (default 3)."_s, u"n"_s, u"3"_s);
    const QCommandLineOption db(u"db"_s, u"Where Arborist imports: sqlite:///path (a new file each run) or "
                                          "postgresql://user@host:port/name (wiped each run). Default: a SQLite "
                                          "file in the work folder."_s, u"url"_s);
    const QCommandLineOption work(u"work"_s, u"Work folder for the corpus and the databases (default: a "
                                              "temporary folder, removed at the end)."_s, u"dir"_s);
    const QCommandLineOption keep(u"keep"_s, u"Keep the work folder (with --work it is always kept)."_s);
    const QCommandLineOption corpus(u"corpus"_s, u"Use this corpus file (tree JSONL) instead of generating one."_s,
                                    u"file"_s);
    const QCommandLineOption python(u"python"_s, u"The Python interpreter (default /usr/bin/python3 when it "
                                                  "exists, else python3 on the PATH)."_s, u"exe"_s);
    const QCommandLineOption cli(u"cli"_s, u"arborist-cli to run (default: $ARBORIST_CLI, else the one built "
                                            "with this benchmark)."_s, u"path"_s);
    parser.addOptions({trees, lone, seed, runs, db, work, keep, corpus, python, cli});
    parser.process(app);

    Options o;
    bool ok1 = false, ok2 = false, ok3 = false, ok4 = false;
    o.trees = parser.value(trees).toInt(&ok1);
    o.lonePrompts = parser.value(lone).toDouble(&ok2);
    o.seed = parser.value(seed).toULongLong(&ok3);
    o.runs = parser.value(runs).toInt(&ok4);
    if (!ok1 || !ok2 || !ok3 || !ok4 || o.trees < 1 || o.lonePrompts < 0 || o.lonePrompts > 1 || o.runs < 1) {
        say(u"--trees and --runs need a whole number of at least 1, --lone-prompts a share from 0 to 1."_s);
        return std::nullopt;
    }
    o.db = parser.value(db);
    o.work = parser.value(work);
    o.keep = parser.isSet(keep);
    o.corpus = parser.value(corpus);
    o.python = parser.value(python);
    if (o.python.isEmpty())
        o.python = QFileInfo(u"/usr/bin/python3"_s).isExecutable() ? u"/usr/bin/python3"_s : u"python3"_s;
    o.cli = parser.value(cli);
    if (o.cli.isEmpty())
        o.cli = qEnvironmentVariable("ARBORIST_CLI");
    if (o.cli.isEmpty())
        o.cli = QString::fromUtf8(ARBORIST_CLI_PATH);
    if (o.cli.isEmpty() || !QFileInfo(o.cli).isExecutable()) {
        const QString sibling = QCoreApplication::applicationDirPath() + u"/../src/cli/arborist-cli"_s;
        o.cli = QFileInfo(sibling).isExecutable() ? QFileInfo(sibling).canonicalFilePath() : u"arborist-cli"_s;
    }
    o.script = QString::fromUtf8(ARBORIST_BENCH_SOURCE_DIR) + u"/baseline_import.py"_s;
    return o;
}

// --- the target database ------------------------------------------------------------------------

const QString kLead = u"bench-lead"_s;

// Makes `url` a fresh database with a lead to import as. SQLite: removes the file first.
// PostgreSQL: creates the database if missing, then drops and recreates its public schema.
QString freshDatabase(const QString &url)
{
    QString why;
    const std::optional<DatabaseUrl> parsed = DatabaseUrl::parse(url, &why);
    if (!parsed)
        throw DbError(why);
    std::unique_ptr<Database> db;
    if (parsed->backend == Backend::Sqlite) {
        removeSqlite(parsed->path);
        db = Database::open(url, Database::OpenMode::CreateIfMissing);
    } else {
        static const QRegularExpression plainName(u"^[a-z_][a-z0-9_]*$"_s);
        if (!plainName.match(parsed->database).hasMatch())
            throw DbError(u"Use a plain lower-case database name, not \"%1\"."_s.arg(parsed->database));
        QUrl admin(url);
        admin.setPath(u"/postgres"_s);
        {
            auto server = Database::open(admin.toString());
            if (server->value(u"SELECT COUNT(*) FROM pg_database WHERE datname = ?"_s, {parsed->database}).toInt() == 0)
                server->execRaw(u"CREATE DATABASE "_s + parsed->database);
        }
        db = Database::open(url);
        db->execRaw(u"DROP SCHEMA IF EXISTS public CASCADE"_s);
        db->execRaw(u"CREATE SCHEMA public"_s);
    }
    db->migrate();
    Engine engine(*db);
    engine.addUser(QString(), kLead, UserRole::Admin);
    return db->backend() == Backend::Sqlite ? u"SQLite "_s + db->value(u"SELECT sqlite_version()"_s).toString()
                                            : db->value(u"SELECT current_setting('server_version')"_s).toString().section(u' ', 0, 0)
                                                  .prepend(u"PostgreSQL "_s);
}

// --- the benchmark --------------------------------------------------------------------------------

struct Series
{
    QString op;
    std::vector<double> seconds, engineSeconds, peakMb;
    qint64 messages = 0;
    qint64 trees = 0;
    bool countsDiffer = false;

    void add(const Measured &m, qint64 expectedMessages)
    {
        seconds.push_back(m.seconds);
        peakMb.push_back(m.peakMb);
        if (m.json.contains(u"seconds"_s))
            engineSeconds.push_back(m.json.value(u"seconds"_s).toDouble());
        messages = m.json.value(u"messages"_s).toInteger();
        trees = m.json.value(u"trees"_s).toInteger();
        if (messages != expectedMessages)
            countsDiffer = true;
    }
    double rate() const
    {
        const double s = median(seconds);
        return s > 0 ? double(messages) / s : 0;
    }
    double maxPeak() const { return peakMb.empty() ? 0 : *std::max_element(peakMb.begin(), peakMb.end()); }
};

QString list(const std::vector<double> &v, int decimals)
{
    QStringList parts;
    for (double x : v)
        parts << QString::number(x, 'f', decimals);
    return parts.join(u" / "_s);
}

int run(const Options &o, const QStringList &commandLine)
{
    std::unique_ptr<QTemporaryDir> tmp;
    QString work = o.work;
    if (work.isEmpty()) {
        tmp = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/bench_transfer-XXXXXX"_s);
        if (!tmp->isValid())
            throw DbError(u"Cannot create a temporary folder."_s);
        tmp->setAutoRemove(!o.keep);
        work = tmp->path();
    } else if (!QDir().mkpath(work)) {
        throw DbError(u"Cannot create %1."_s.arg(work));
    }
    work = QFileInfo(work).absoluteFilePath();
    const Launcher launcher(work + u"/measure.stat"_s);
    const QString cli = o.cli;

    // The floor of the peak RSS measure: what a trivial program shows through the launcher.
    const Measured floor = launcher.run(u"true"_s, {}, u"true"_s);

    // 1. The corpus.
    QString corpus = o.corpus;
    qint64 corpusMessages = 0, corpusTrees = 0;
    QString corpusMade;
    if (corpus.isEmpty()) {
        corpus = work + u"/corpus.jsonl"_s;
        const QString corpusDbPath = work + u"/corpus.db"_s;
        const QString corpusDb = u"sqlite://"_s + corpusDbPath;
        removeSqlite(corpusDbPath);
        say(u"building the corpus: %1 trees, lone-prompt share %2, seed %3 (arborist-cli generate) ..."_s
                .arg(o.trees).arg(o.lonePrompts).arg(o.seed));
        launcher.run(cli, {u"--db"_s, corpusDb, u"init"_s}, u"arborist-cli init"_s);
        const Measured gen = launcher.run(cli, {u"--db"_s, corpusDb, u"--json"_s, u"generate"_s, u"--trees"_s,
                                                QString::number(o.trees), u"--seed"_s, QString::number(o.seed),
                                                u"--lone-prompts"_s, QString::number(o.lonePrompts)},
                                          u"arborist-cli generate"_s);
        const Measured exp = launcher.run(cli, {u"--db"_s, corpusDb, u"--json"_s, u"export"_s, corpus, u"--user"_s,
                                                u"gen-admin"_s, u"--state"_s, u"all"_s, u"--include-synthetic"_s,
                                                u"--include-spam"_s, u"--include-deleted"_s},
                                          u"arborist-cli export (corpus)"_s);
        corpusMessages = exp.json.value(u"messages"_s).toInteger();
        corpusTrees = exp.json.value(u"trees"_s).toInteger();
        corpusMade = u"generated %1 trees, %2 messages in %3 s (peak %4 MB); exported %5 trees, %6 messages in "
                     "%7 s"_s.arg(gen.json.value(u"trees"_s).toInteger()).arg(gen.json.value(u"messages"_s).toInteger())
                         .arg(gen.seconds, 0, 'f', 1).arg(gen.peakMb, 0, 'f', 0).arg(corpusTrees).arg(corpusMessages)
                         .arg(exp.seconds, 0, 'f', 1);
        say(u"  "_s + corpusMade);
        if (!o.keep && o.work.isEmpty())
            removeSqlite(corpusDbPath);
    } else {
        corpus = QFileInfo(corpus).absoluteFilePath();
        corpusMade = u"given with --corpus"_s;
    }
    const qint64 corpusBytes = QFileInfo(corpus).size();

    // 2. The runs.
    const QString loadBefore = loadAverage();
    const QString targetUrl = o.db.isEmpty() ? u"sqlite://"_s + work + u"/import.db"_s : o.db;
    const QString exportFile = work + u"/export.jsonl"_s;
    const QString baselineDb = work + u"/baseline.db"_s;
    const QString baselineExport = work + u"/baseline-export.jsonl"_s;
    const QStringList exportArgs = {u"--user"_s, kLead, u"--state"_s, u"all"_s, u"--include-synthetic"_s,
                                    u"--include-spam"_s, u"--include-deleted"_s};
    Series aImport, aExport, pImport, pExport;
    aImport.op = u"arborist import"_s;
    aExport.op = u"arborist export"_s;
    pImport.op = u"python import"_s;
    pExport.op = u"python export"_s;
    QString targetVersion, pythonVersion, pythonSqlite;
    for (int r = 1; r <= o.runs; ++r) {
        say(u"run %1 of %2 (load average %3)"_s.arg(r).arg(o.runs).arg(loadAverage()));
        targetVersion = freshDatabase(targetUrl);
        const Measured imp = launcher.run(cli, {u"--db"_s, targetUrl, u"--json"_s, u"import"_s, corpus, u"--user"_s,
                                                kLead}, u"arborist-cli import"_s);
        if (corpusMessages == 0) { // --corpus: the first import counts the file
            corpusMessages = imp.json.value(u"messages"_s).toInteger();
            corpusTrees = imp.json.value(u"trees"_s).toInteger();
        }
        aImport.add(imp, corpusMessages);
        say(u"  arborist import: %1 s (engine %2 s), peak %3 MB"_s.arg(imp.seconds, 0, 'f', 2)
                .arg(imp.json.value(u"seconds"_s).toDouble(), 0, 'f', 2).arg(imp.peakMb, 0, 'f', 0));

        QFile::remove(exportFile);
        const Measured exp = launcher.run(cli, QStringList{u"--db"_s, targetUrl, u"--json"_s, u"export"_s, exportFile}
                                                   + exportArgs, u"arborist-cli export"_s);
        aExport.add(exp, corpusMessages);
        say(u"  arborist export: %1 s (engine %2 s), peak %3 MB"_s.arg(exp.seconds, 0, 'f', 2)
                .arg(exp.json.value(u"seconds"_s).toDouble(), 0, 'f', 2).arg(exp.peakMb, 0, 'f', 0));

        const Measured pimp = launcher.run(o.python, {o.script, u"import"_s, corpus, baselineDb},
                                           u"python baseline import"_s);
        pImport.add(pimp, corpusMessages);
        pythonVersion = pimp.json.value(u"python"_s).toString();
        pythonSqlite = pimp.json.value(u"sqlite"_s).toString();
        say(u"  python import: %1 s, peak %2 MB"_s.arg(pimp.seconds, 0, 'f', 2).arg(pimp.peakMb, 0, 'f', 0));
        QFile::remove(baselineExport);
        const Measured pexp = launcher.run(o.python, {o.script, u"export"_s, baselineDb, baselineExport},
                                           u"python baseline export"_s);
        pExport.add(pexp, corpusMessages);
        say(u"  python export: %1 s, peak %2 MB"_s.arg(pexp.seconds, 0, 'f', 2).arg(pexp.peakMb, 0, 'f', 0));
    }
    const QString loadAfter = loadAverage();
    if (o.work.isEmpty() && !o.keep) {
        removeSqlite(baselineDb);
        QFile::remove(exportFile);
        QFile::remove(baselineExport);
        if (o.db.isEmpty())
            removeSqlite(work + u"/import.db"_s);
    }

    // 3. The report.
    printf("bench_transfer: import and export of an oasst1-scale corpus against a plain Python baseline\n");
    printf("command:  %s\n", qPrintable(commandLine.join(u' ')));
    printf("machine:  %d cores (%s), %s RAM, %s; Qt %s; Arborist target %s; Python %s with sqlite3 %s\n",
           QThread::idealThreadCount(), qPrintable(cpuModel()), qPrintable(memTotal()),
           qPrintable(QSysInfo::prettyProductName()), qVersion(), qPrintable(targetVersion),
           qPrintable(pythonVersion), qPrintable(pythonSqlite));
    printf("load:     %s before the runs, %s after (1, 5, 15 min)\n", qPrintable(loadBefore), qPrintable(loadAfter));
    printf("corpus:   %s: %lld trees, %lld messages, %.1f MB (%s)\n", qPrintable(corpus), qlonglong(corpusTrees),
           qlonglong(corpusMessages), double(corpusBytes) / 1e6, qPrintable(corpusMade));
    printf("target:   %s; Python baseline: sqlite3 file, one transaction\n",
           qPrintable(DatabaseUrl::parse(targetUrl, nullptr) ? DatabaseUrl::parse(targetUrl, nullptr)->displayString()
                                                             : targetUrl));
    printf("runs:     %d; times are wall clock of the whole process (start, open, work, exit); peak RSS from "
           "wait4 (floor of the measure: %.1f MB)\n\n", o.runs, floor.peakMb);

    printf("%-16s %9s %-26s %9s %12s %10s %9s\n", "operation", "median_s", "runs_s", "engine_s", "messages/s",
           "x_python", "peak_MB");
    auto row = [&](const Series &s, const Series &baseline) {
        const double ratio = baseline.rate() > 0 ? s.rate() / baseline.rate() : 0;
        printf("%-16s %9.2f %-26s %9s %12.0f %10.2f %9.0f%s\n", qPrintable(s.op), median(s.seconds),
               qPrintable(list(s.seconds, 2)),
               s.engineSeconds.empty() ? "-" : qPrintable(QString::number(median(s.engineSeconds), 'f', 2)), s.rate(),
               ratio, s.maxPeak(), s.countsDiffer ? "  (message count differs from the corpus!)" : "");
    };
    row(aImport, pImport);
    row(pImport, pImport);
    row(aExport, pExport);
    row(pExport, pExport);
    printf("(engine_s: the seconds arborist-cli reports for the transfer itself; messages/s and x_python use "
           "median_s; peak_MB: the largest of the runs)\n");
    printf("round trip: the export of the imported database has %lld trees, %lld messages (the corpus: %lld, %lld); it "
           "differs from the corpus file by the origin the import records (import:<file name>)\n\n",
           qlonglong(aExport.trees), qlonglong(aExport.messages), qlonglong(corpusTrees), qlonglong(corpusMessages));

    const double importRatio = pImport.rate() > 0 ? aImport.rate() / pImport.rate() : 0;
    const double peak = std::max(aImport.maxPeak(), aExport.maxPeak());
    auto met = [](bool ok) { return ok ? "met" : "NOT MET"; };
    printf("targets (reported, not asserted):\n");
    printf("  corpus of at least 150,000 messages in 60,000 trees   %lld messages, %lld trees   %s\n",
           qlonglong(corpusMessages), qlonglong(corpusTrees), met(corpusMessages >= 150000 && corpusTrees >= 60000));
    printf("  import throughput at least 5x the Python baseline     %.2fx                         %s\n", importRatio,
           met(importRatio >= 5));
    printf("  whole corpus imported in under 5 s                    %.2f s                        %s\n",
           median(aImport.seconds), met(median(aImport.seconds) < 5));
    printf("  whole corpus exported in under 3 s                    %.2f s                        %s\n",
           median(aExport.seconds), met(median(aExport.seconds) < 3));
    printf("  peak memory under 200 MB (import and export)          %.0f MB                        %s\n", peak,
           met(peak < 200));
    if (!o.work.isEmpty() || o.keep)
        printf("\nwork folder kept: %s\n", qPrintable(work));
    fflush(stdout);
    return aImport.countsDiffer || aExport.countsDiffer ? 1 : 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (argc >= 2 && strcmp(argv[1], "--exec-measured") == 0)
        return execMeasured(argc, argv);

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"bench_transfer"_s);
    const QStringList commandLine = app.arguments();
    const std::optional<Options> options = parseOptions(app);
    if (!options)
        return 2;
    try {
        return run(*options, commandLine);
    } catch (const DbError &e) {
        say(u"bench_transfer: %1"_s.arg(e.message()));
        return 1;
    } catch (const WorkflowError &e) {
        say(u"bench_transfer: the engine refused: %1"_s.arg(e.message()));
        return 1;
    }
}
