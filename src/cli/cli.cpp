#include "cli/cli.h"

#include "core/errors.h"
#include "core/settings.h"
#include "engine/engine.h"
#include "engine/generator.h"
#include "engine/simulator.h"
#include "store/database.h"
#include "store/databaseurl.h"
#include "store/serverroles.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QSet>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QProcess>

#include <atomic>
#include <csignal>
#include <cstdio>
#include <memory>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace Arborist {

namespace {

// Options that take a value; everything else starting with -- is a flag.
const QStringList kValueOptions = {u"--db"_s,    u"--user"_s,   u"--lang"_s, u"--type"_s,
                                   u"--role"_s,  u"--reason"_s, u"--state"_s, u"--seed"_s,
                                   u"--labels"_s, u"--display-name"_s, u"--users"_s, u"--actions"_s,
                                   u"--processes"_s, u"--seconds"_s, u"--worker-users"_s,
                                   u"--time-scale"_s, u"--clock-origin"_s, u"--trees"_s,
                                   u"--force-state"_s, u"--origin"_s, u"--anonymize"_s, u"--limit"_s,
                                   u"--lone-prompts"_s};
const QStringList kFlags = {u"--json"_s, u"--help"_s, u"--version"_s, u"--ban"_s,
                            u"--synthetic"_s, u"--skip-invalid"_s, u"--dry-run"_s, u"--flat"_s,
                            u"--include-deleted"_s, u"--include-synthetic"_s, u"--include-spam"_s,
                            u"--no-labels"_s, u"--no-events"_s, u"--repair"_s, u"--password-stdin"_s};

// The transfer a Ctrl+C cancels (import and export).
std::atomic<TransferProgress *> g_transfer{nullptr};

extern "C" void cancelTransfer(int)
{
    if (TransferProgress *p = g_transfer.load())
        p->cancel();
}

// Cancels the transfer on Ctrl+C while it lives.
class CancelOnInterrupt
{
public:
    explicit CancelOnInterrupt(TransferProgress &progress)
    {
        g_transfer.store(&progress);
        m_previous = std::signal(SIGINT, cancelTransfer);
    }
    ~CancelOnInterrupt()
    {
        std::signal(SIGINT, m_previous);
        g_transfer.store(nullptr);
    }

private:
    void (*m_previous)(int) = SIG_DFL;
};

bool stderrIsTerminal()
{
#ifdef Q_OS_WIN
    return _isatty(_fileno(stderr)) != 0;
#else
    return isatty(fileno(stderr)) != 0;
#endif
}

} // namespace

Cli::Cli(QStringList arguments, QTextStream &out, QTextStream &err, QTextStream &in)
    : m_args(std::move(arguments)), m_out(out), m_err(err), m_in(in)
{
}

QString Cli::helpText()
{
    return tr(
        "Usage: arborist-cli [--db URL] [--json] COMMAND ...\n"
        "\n"
        "The command line of Arborist's workflow engine. Every command takes --db URL\n"
        "(sqlite:///absolute/path.db or postgresql://user@host:5432/dbname?sslmode=require;\n"
        "default: the embedded database %1). --json prints one JSON document.\n"
        "Exit status: 0 done, 2 bad usage, 3 refused by the workflow, 1 any other failure.\n"
        "\n"
        "Commands:\n"
        "  init                                      create or migrate the schema (idempotent)\n"
        "  server init                               PostgreSQL, as the tables' owner: init, then the group\n"
        "                                            roles arborist_annotator, arborist_lead, arborist_admin,\n"
        "                                            their grants and row-level security, so that each person\n"
        "                                            signs in with a login of their own (idempotent; again to\n"
        "                                            upgrade). See docs/team-server.md\n"
        "  user add NAME [--role annotator|lead|admin] [--lang L] [--user ADMIN] [--password-stdin]\n"
        "                                            the first user needs no --user; later ones an admin's.\n"
        "                                            After server init also the login NAME, with the password\n"
        "                                            read from stdin, or a generated one printed once\n"
        "  user password NAME [--password-stdin] --user ADMIN\n"
        "                                            a new password for NAME's login (made if missing)\n"
        "  user list\n"
        "  user role NAME ROLE --user ADMIN          change a user's role\n"
        "  user disable|enable NAME --user ADMIN\n"
        "  user purge NAME --user ADMIN [--ban]      delete the user's messages (prompts with their trees)\n"
        "  config show                               every workflow setting, its value and meaning\n"
        "  config set KEY VALUE --user LEAD          change a setting (audited)\n"
        "  tasks available --user NAME [--lang L]    task counts by type, and random = their sum\n"
        "  task request --user NAME --type TYPE [--lang L]\n"
        "                                            TYPE: random, initial_prompt, prompter_reply,\n"
        "                                            assistant_reply, rank_prompter_replies,\n"
        "                                            rank_assistant_replies, label_initial_prompt,\n"
        "                                            label_assistant_reply, label_prompter_reply\n"
        "  task submit --user NAME TASK_ID           the answer is read as JSON from stdin:\n"
        "                                            {\"text\": \"...\", \"lang\": \"en\"} for prompts and replies,\n"
        "                                            {\"labels\": {\"spam\": 0, ...}} for label tasks,\n"
        "                                            {\"ranking\": [\"<best id>\", ...], \"not_rankable\": false}\n"
        "  task skip --user NAME TASK_ID [--reason TEXT]\n"
        "  task show TASK_ID\n"
        "  tree show TREE_ID                         the tree as an export tree object, every message\n"
        "  tree list [--state S]                     id, state, lang, size a line\n"
        "  stats                                     counts of trees by state, messages, users, ...\n"
        "  dashboard --user LEAD [--days N]          the lead's dashboard: trees by state and language,\n"
        "                                            tasks per day, annotators, label distributions,\n"
        "                                            agreement (Krippendorff's alpha, Kendall's W);\n"
        "                                            tasks and annotators of the last N days only\n"
        "  moderate halt|unhalt TREE_ID --user LEAD [--reason TEXT]\n"
        "  moderate delete|undelete MESSAGE_ID --user LEAD [--reason TEXT]\n"
        "  moderate edit MESSAGE_ID --user LEAD [--reason TEXT]   (the new text on stdin)\n"
        "  emoji add|remove MESSAGE_ID EMOJI --user NAME\n"
        "  report MESSAGE_ID --user NAME [--labels JSON] [--reason TEXT]\n"
        "                                            report a message: free labels and a red flag\n"
        "  audit [OBJECT_ID]                         the audit log: who did what, when, before, after\n"
        "  check [--repair] [--user LEAD]            verify the workflow's invariants and recompute every\n"
        "                                            derived value (counters, review results, ranks, emoji\n"
        "                                            counts, tree states) from the facts; --repair writes\n"
        "                                            the recomputed values back, audited (exit 1 if broken\n"
        "                                            or, with --repair, if differences remain)\n"
        "  maintenance reconcile|retry-scoring       startup reconciliation; retry scoring_failed trees\n"
        "  simulate [--users N] [--actions M] [--seconds T] [--processes P] [--user ADMIN]\n"
        "           [--time-scale X]                 simulated annotators sim1..simN work through the\n"
        "                                            engine (P processes share them), then every invariant\n"
        "                                            is checked and every acknowledged submission is found\n"
        "                                            in the database; exit 1 on a violation, a lost\n"
        "                                            submission or a failure.\n"
        "                                            --time-scale runs the engine's clock X times faster, so\n"
        "                                            that tasks left for later expire (throwaway databases only)\n"
        "  generate --trees N [--seed S] [--lone-prompts SHARE]\n"
        "                                            write a realistic corpus of N trees shaped like oasst1\n"
        "                                            (every tree state, reviews, labels, rankings, skips) by\n"
        "                                            users gen-user-1..; the same seed gives the same rows.\n"
        "                                            SHARE (0..1) of the trees are lone prompts, as in oasst1\n"
        "  import FILE --user LEAD [--state S] [--force-state S] [--synthetic] [--origin TEXT]\n"
        "         [--lang L] [--skip-invalid] [--dry-run]\n"
        "                                            read Open-Assistant trees, nested messages, flat rows\n"
        "                                            or prompts (one JSON string a line), .jsonl or .jsonl.gz,\n"
        "                                            in one transaction; ids are kept. --state: for trees the\n"
        "                                            file gives none (default: prompt_lottery_waiting for lone\n"
        "                                            prompts, backlog_ranking for trees with replies);\n"
        "                                            --force-state: for every tree; --synthetic: messages that\n"
        "                                            do not say were written by a model; --origin: recorded\n"
        "                                            on each tree; --lang: for messages that do not say;\n"
        "                                            --skip-invalid: skip and list bad lines; --dry-run: check\n"
        "                                            everything, change nothing\n"
        "  export FILE --user LEAD [--state S,S|all] [--lang L] [--flat] [--include-deleted]\n"
        "         [--include-synthetic] [--include-spam] [--anonymize SEED] [--limit N]\n"
        "         [--no-labels] [--no-events]\n"
        "                                            write trees (default: ready_for_export, without\n"
        "                                            synthetic trees, deleted or unaccepted messages) as\n"
        "                                            Open-Assistant tree objects, or message rows with --flat;\n"
        "                                            gzip when FILE ends in .gz; - for standard output\n"
        "\n"
        "Options:\n"
        "  --db URL        the database\n"
        "  --json          print JSON on stdout (errors as {\"error\": CODE, \"message\": TEXT})\n"
        "  --seed N        seed the engine's random draws (reproducible runs)\n"
        "  --user NAME     who acts; signed in to a team server with your own login, you act as\n"
        "                  yourself and may leave it out (only admins may name someone else)\n"
        "  --help          this text\n"
        "  --version       the version\n")
        .arg(DatabaseUrl::defaultUrl());
}

QString Cli::option(const QString &name, const QString &fallback) const
{
    return m_options.value(name, fallback);
}

QString Cli::positional(int index, const QString &what) const
{
    if (index >= m_positional.size())
        throw UsageError{tr("Missing %1.").arg(what)};
    return m_positional.at(index);
}

QString Cli::userOption(Engine &engine, const QString &what) const
{
    const QString value = option(u"--user"_s);
    if (!value.isEmpty())
        return value;
    // Signed in to a team server with one's own login: that is who acts.
    const QString login = engine.signedInUser();
    if (!login.isEmpty())
        return login;
    throw UsageError{tr("This command needs %1 %2.").arg(u"--user"_s, what)};
}

QString Cli::readPassword()
{
    if (!flag(u"--password-stdin"_s))
        return {};
    QString password = readStdin();
    while (password.endsWith(u'\n') || password.endsWith(u'\r'))
        password.chop(1);
    if (password.isEmpty())
        throw UsageError{tr("--password-stdin found no password on standard input.")};
    return password;
}

QString Cli::requireOption(const QString &name, const QString &what) const
{
    const QString value = option(name);
    if (value.isEmpty())
        throw UsageError{tr("This command needs %1 %2.").arg(name, what)};
    return value;
}

void Cli::print(const QJsonValue &json, const QString &text)
{
    if (m_json) {
        const QJsonDocument doc = json.isArray() ? QJsonDocument(json.toArray()) : QJsonDocument(json.toObject());
        m_out << QString::fromUtf8(doc.toJson(QJsonDocument::Compact)) << '\n';
    } else if (!text.isEmpty()) {
        m_out << text;
        if (!text.endsWith(u'\n'))
            m_out << '\n';
    }
    m_out.flush();
}

int Cli::fail(int exit, const QString &code, const QString &message)
{
    m_err << u"arborist-cli: "_s << message << '\n';
    m_err.flush();
    if (m_json) {
        m_out << QString::fromUtf8(QJsonDocument(QJsonObject{{u"error"_s, code}, {u"message"_s, message}})
                                       .toJson(QJsonDocument::Compact))
              << '\n';
        m_out.flush();
    }
    return exit;
}

QString Cli::readStdin() { return m_in.readAll(); }

// A progress line on stderr that the next one overwrites; the last ends the line.
void Cli::progressLine(const QString &text, bool last)
{
    m_err << '\r' << text;
    if (last)
        m_err << '\n';
    m_err.flush();
}

int Cli::run()
{
    for (int i = 0; i < m_args.size(); ++i) {
        const QString &arg = m_args.at(i);
        if (kValueOptions.contains(arg)) {
            if (i + 1 >= m_args.size())
                return fail(Usage, u"usage"_s, tr("%1 needs a value. See arborist-cli --help.").arg(arg));
            m_options.insert(arg, m_args.at(++i));
        } else if (arg.startsWith("--"_L1) && arg.contains(u'=') && kValueOptions.contains(arg.section(u'=', 0, 0))) {
            m_options.insert(arg.section(u'=', 0, 0), arg.section(u'=', 1));
        } else if (kFlags.contains(arg)) {
            m_flags << arg;
        } else if (arg.startsWith("--"_L1)) {
            return fail(Usage, u"usage"_s, tr("Unknown option %1. See arborist-cli --help.").arg(arg));
        } else {
            m_positional << arg;
        }
    }
    m_json = flag(u"--json"_s);
    if (flag(u"--version"_s)) {
        print(QJsonObject{{u"version"_s, QCoreApplication::applicationVersion()}},
              u"arborist-cli %1"_s.arg(QCoreApplication::applicationVersion()));
        return Done;
    }
    if (flag(u"--help"_s) || m_positional.isEmpty()) {
        m_out << helpText();
        m_out.flush();
        return m_positional.isEmpty() && !flag(u"--help"_s) ? Usage : Done;
    }
    try {
        return dispatch();
    } catch (const UsageError &e) {
        return fail(Usage, u"usage"_s, e.message + u" See arborist-cli --help."_s);
    } catch (const WorkflowError &e) {
        return fail(isRefusal(e.code()) ? Refused : Failure, toString(e.code()), e.message());
    } catch (const DbError &e) {
        return fail(Failure, u"database_error"_s, e.message());
    }
}

int Cli::dispatch()
{
    const QString command = m_positional.first();
    if (command == "init"_L1)
        return cmdInit();
    if (command == "server"_L1)
        return cmdServer();

    static const QStringList known = {u"user"_s, u"config"_s, u"tasks"_s, u"task"_s, u"tree"_s, u"stats"_s,
                                      u"dashboard"_s, u"moderate"_s, u"emoji"_s, u"report"_s, u"audit"_s, u"check"_s,
                                      u"maintenance"_s, u"simulate"_s, u"generate"_s, u"import"_s, u"export"_s};
    if (!known.contains(command))
        throw UsageError{tr("Unknown command \"%1\".").arg(command)};

    const std::unique_ptr<Database> db = Database::open(option(u"--db"_s, DatabaseUrl::defaultUrl()));
    db->requireSchema();
    EngineOptions options;
    options.seed = option(u"--seed"_s).toULongLong();
    Engine engine(*db, options);

    if (command == "user"_L1)
        return cmdUser(engine);
    if (command == "config"_L1)
        return cmdConfig(engine);
    if (command == "tasks"_L1)
        return cmdTasks(engine);
    if (command == "task"_L1)
        return cmdTask(engine);
    if (command == "tree"_L1)
        return cmdTree(engine);
    if (command == "stats"_L1)
        return cmdStats(engine);
    if (command == "dashboard"_L1)
        return cmdDashboard(engine);
    if (command == "moderate"_L1)
        return cmdModerate(engine);
    if (command == "emoji"_L1)
        return cmdEmoji(engine);
    if (command == "report"_L1)
        return cmdReport(engine);
    if (command == "audit"_L1)
        return cmdAudit(engine);
    if (command == "check"_L1)
        return cmdCheck(engine);
    if (command == "simulate"_L1)
        return cmdSimulate(engine, *db);
    if (command == "generate"_L1)
        return cmdGenerate(engine, *db);
    if (command == "import"_L1)
        return cmdImport(engine);
    if (command == "export"_L1)
        return cmdExport(engine);
    return cmdMaintenance(engine);
}

int Cli::cmdInit()
{
    const std::unique_ptr<Database> db =
        Database::open(option(u"--db"_s, DatabaseUrl::defaultUrl()), Database::OpenMode::CreateIfMissing);
    const int before = db->schemaVersion();
    db->migrate();
    // A new schema on a team server: its tables get the roles' grants and policies too.
    if (db->schemaVersion() != before && ServerRoles::installed(*db))
        ServerRoles::install(*db);
    Engine engine(*db);
    engine.reconcile();
    const int after = db->schemaVersion();
    print(QJsonObject{{u"ok"_s, true}, {u"schema_version"_s, after}, {u"previous_version"_s, before},
                      {u"database"_s, db->url().displayString()}},
          before == after ? tr("The database %1 is up to date (schema %2).").arg(db->url().displayString()).arg(after)
                          : tr("Initialized %1 (schema %2).").arg(db->url().displayString()).arg(after));
    return Done;
}

int Cli::cmdServer()
{
    const QString sub = positional(1, tr("a server command (init)"));
    if (sub != "init"_L1)
        throw UsageError{tr("Unknown server command \"%1\".").arg(sub)};
    // Refused before opening: opening would make a SQLite file that is not there.
    QString why;
    const std::optional<DatabaseUrl> url = DatabaseUrl::parse(option(u"--db"_s, DatabaseUrl::defaultUrl()), &why);
    if (!url)
        throw DbError(why);
    if (url->backend != Backend::Postgres) {
        throw WorkflowError(ErrorCode::InvalidInput,
                            tr("`server init` sets up logins on a team's PostgreSQL server; %1 is a SQLite file. "
                               "Give --db postgresql://OWNER@HOST/DATABASE.").arg(url->displayString()));
    }
    const std::unique_ptr<Database> db =
        Database::open(option(u"--db"_s, DatabaseUrl::defaultUrl()), Database::OpenMode::CreateIfMissing);
    const int before = db->schemaVersion();
    db->migrate();
    const bool upgrade = ServerRoles::installed(*db);
    ServerRoles::install(*db);
    Engine engine(*db);
    engine.reconcile();
    QJsonArray withoutLogin;
    QStringList names;
    for (const UserInfo &u : engine.users()) {
        if (u.name == "import"_L1 || u.name.startsWith("imported-"_L1))
            continue;
        if (db->value(u"SELECT COUNT(*) FROM pg_roles WHERE rolname = ?"_s, {u.name}).toInt() == 0) {
            withoutLogin << u.name;
            names << u.name;
        }
    }
    QString text = upgrade ? tr("Updated the roles, grants and policies of %1 (schema %2).")
                                 .arg(db->url().displayString()).arg(db->schemaVersion())
                           : tr("Set up %1 for logins: the groups arborist_annotator, arborist_lead and arborist_admin, "
                                "their grants and row-level security (schema %2).")
                                 .arg(db->url().displayString()).arg(db->schemaVersion());
    if (!names.isEmpty()) {
        text += u'\n' + tr("These users have no login yet; give them one with `arborist-cli user password NAME`: %1")
                            .arg(names.join(u", "_s));
    }
    print(QJsonObject{{u"ok"_s, true}, {u"schema_version"_s, db->schemaVersion()}, {u"previous_version"_s, before},
                      {u"upgraded"_s, upgrade}, {u"database"_s, db->url().displayString()},
                      {u"users_without_login"_s, withoutLogin}},
          text);
    return Done;
}

namespace {
QJsonObject userJson(const UserInfo &u)
{
    return {{u"id"_s, u.id}, {u"name"_s, u.name}, {u"display_name"_s, u.displayName},
            {u"role"_s, toString(u.role)}, {u"lang"_s, u.lang}, {u"enabled"_s, u.enabled}};
}

UserRole parseRole(const QString &text)
{
    const std::optional<UserRole> role = userRoleFromString(text);
    if (!role) {
        throw WorkflowError(ErrorCode::InvalidInput,
                            Cli::tr("\"%1\" is not a role; use annotator, lead or admin.").arg(text));
    }
    return *role;
}
} // namespace

int Cli::cmdUser(Engine &engine)
{
    const QString sub = positional(1, tr("a user command (add, list, role, disable, enable, purge, password)"));
    if (sub == "add"_L1) {
        const QString name = positional(2, tr("the new user's name"));
        const UserRole role = parseRole(option(u"--role"_s, u"annotator"_s));
        const UserInfo u = engine.addUser(option(u"--user"_s), name, role, option(u"--lang"_s, u"en"_s),
                                          option(u"--display-name"_s), readPassword());
        QJsonObject json = userJson(u);
        QString text = tr("Added %1 (%2).").arg(u.name, toString(u.role));
        if (u.login) {
            json.insert(u"login"_s, true);
            text += u' ' + tr("The server login %1 is in the group %2.").arg(u.name, ServerRoles::groupOf(u.role));
        }
        if (!u.initialPassword.isEmpty()) {
            json.insert(u"password"_s, u.initialPassword);
            text += u'\n' + tr("Password: %1\nIt is shown only this once and stored nowhere: give it to %2 in a safe "
                                "way.").arg(u.initialPassword, u.name);
        }
        print(json, text);
        return Done;
    }
    if (sub == "password"_L1) {
        const QString name = positional(2, tr("the user's name"));
        const QString password = readPassword();
        const QString generated = engine.setUserPassword(userOption(engine, tr("naming an admin")), name, password);
        QJsonObject json{{u"ok"_s, true}, {u"name"_s, name}};
        QString text = tr("The login %1 has a new password.").arg(name);
        if (!generated.isEmpty()) {
            json.insert(u"password"_s, generated);
            text += u'\n' + tr("Password: %1\nIt is shown only this once and stored nowhere: give it to %2 in a safe "
                                "way.").arg(generated, name);
        }
        print(json, text);
        return Done;
    }
    if (sub == "list"_L1) {
        QJsonArray array;
        QString text;
        for (const UserInfo &u : engine.users()) {
            array << userJson(u);
            text += u"%1\t%2\t%3\t%4\n"_s.arg(u.name, toString(u.role), u.lang,
                                              u.enabled ? tr("enabled") : tr("disabled"));
        }
        print(QJsonObject{{u"users"_s, array}}, text);
        return Done;
    }
    if (sub == "role"_L1) {
        const QString name = positional(2, tr("the user's name"));
        const UserRole role = parseRole(positional(3, tr("the role")));
        engine.setUserRole(userOption(engine, tr("naming an admin")), name, role);
        print(QJsonObject{{u"ok"_s, true}}, tr("%1 is now %2.").arg(name, toString(role)));
        return Done;
    }
    if (sub == "disable"_L1 || sub == "enable"_L1) {
        const QString name = positional(2, tr("the user's name"));
        engine.setUserEnabled(userOption(engine, tr("naming an admin")), name, sub == "enable"_L1);
        print(QJsonObject{{u"ok"_s, true}}, sub == "enable"_L1 ? tr("Enabled %1.").arg(name) : tr("Disabled %1.").arg(name));
        return Done;
    }
    if (sub == "purge"_L1) {
        const QString name = positional(2, tr("the user's name"));
        const PurgeResult r = engine.purgeUser(userOption(engine, tr("naming an admin")), name, flag(u"--ban"_s));
        print(QJsonObject{{u"ok"_s, true}, {u"messages_deleted"_s, r.messagesDeleted}, {u"trees_deleted"_s, r.treesDeleted},
                          {u"trees_reactivated"_s, r.treesReactivated}},
              tr("Purged %1: %2 messages and %3 trees deleted, %4 trees revived.")
                  .arg(name).arg(r.messagesDeleted).arg(r.treesDeleted).arg(r.treesReactivated));
        return Done;
    }
    throw UsageError{tr("Unknown user command \"%1\".").arg(sub)};
}

int Cli::cmdConfig(Engine &engine)
{
    const QString sub = positional(1, tr("show or set"));
    if (sub == "show"_L1) {
        const WorkflowSettings s = engine.settings();
        QJsonObject json;
        QString text;
        for (const SettingSpec &spec : WorkflowSettings::specs()) {
            const QString value = s.value(spec.key);
            switch (spec.type) {
            case SettingType::Int:
                json.insert(spec.key, value.toLongLong());
                break;
            case SettingType::Double:
                json.insert(spec.key, value.toDouble());
                break;
            case SettingType::Bool:
                json.insert(spec.key, value == "true"_L1);
                break;
            case SettingType::LabelList:
            case SettingType::Text:
                json.insert(spec.key, QJsonArray::fromStringList(value.isEmpty() ? QStringList() : value.split(u',')));
                break;
            }
            text += u"%1 = %2\n    %3\n"_s.arg(spec.key, value, spec.description);
        }
        print(json, text);
        return Done;
    }
    if (sub == "set"_L1) {
        const QString key = positional(2, tr("the setting's name"));
        const QString value = positional(3, tr("the new value"));
        engine.setSetting(userOption(engine, tr("naming a lead or admin")), key, value);
        const QString now = engine.settings().value(key);
        print(QJsonObject{{u"ok"_s, true}, {u"key"_s, key}, {u"value"_s, now}}, u"%1 = %2"_s.arg(key, now));
        return Done;
    }
    throw UsageError{tr("Unknown config command \"%1\".").arg(sub)};
}

int Cli::cmdTasks(Engine &engine)
{
    if (positional(1, tr("\"available\"")) != "available"_L1)
        throw UsageError{tr("Unknown tasks command \"%1\".").arg(m_positional.at(1))};
    const QMap<QString, int> counts =
        engine.availability(userOption(engine, tr("naming the user")), option(u"--lang"_s, u"en"_s));
    QJsonObject json;
    QString text;
    for (auto it = counts.begin(); it != counts.end(); ++it) {
        json.insert(it.key(), it.value());
        if (it.key() != "random"_L1)
            text += u"%1\t%2\n"_s.arg(it.key()).arg(it.value());
    }
    text += u"random\t%1\n"_s.arg(counts.value(u"random"_s));
    print(json, text);
    return Done;
}

int Cli::cmdTask(Engine &engine)
{
    const QString sub = positional(1, tr("a task command (request, submit, skip, show)"));
    if (sub == "request"_L1) {
        const QString user = userOption(engine, tr("naming the user"));
        const QString typeText = requireOption(u"--type"_s, tr("with a task type"));
        std::optional<TaskType> type;
        if (typeText != "random"_L1) {
            type = taskTypeFromString(typeText);
            if (!type)
                throw UsageError{tr("\"%1\" is not a task type.").arg(typeText)};
        }
        const Task task = engine.requestTask(user, type, option(u"--lang"_s, u"en"_s));
        QString text = u"%1\t%2\n"_s.arg(task.id, toString(task.type));
        for (const ConversationMessage &m : task.conversation)
            text += u"  [%1] %2\n"_s.arg(toString(m.role), m.text.left(200).simplified());
        for (const ConversationMessage &m : task.replies)
            text += u"  reply %1: %2\n"_s.arg(m.id, m.text.left(200).simplified());
        print(task.toJson(), text);
        return Done;
    }
    if (sub == "show"_L1) {
        const Task task = engine.task(positional(2, tr("the task id")));
        print(task.toJson(), QString::fromUtf8(QJsonDocument(task.toJson()).toJson()));
        return Done;
    }
    if (sub == "submit"_L1) {
        const QString user = userOption(engine, tr("naming the user"));
        const QString taskId = positional(2, tr("the task id"));
        const QByteArray input = readStdin().toUtf8();
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(input, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject()) {
            throw WorkflowError(ErrorCode::InvalidInput,
                                error.error != QJsonParseError::NoError
                                    ? tr("The answer on stdin is not valid JSON (%1 at character %2); nothing was "
                                         "stored.").arg(error.errorString()).arg(error.offset)
                                    : tr("The answer on stdin must be a JSON object; nothing was stored."));
        }
        const SubmitResult result = engine.submit(user, taskId, doc.object());
        print(QJsonObject{{u"ok"_s, true},
                          {u"message_id"_s, result.messageId.isEmpty() ? QJsonValue() : QJsonValue(result.messageId)}},
              result.messageId.isEmpty() ? tr("Submitted.") : tr("Submitted message %1.").arg(result.messageId));
        return Done;
    }
    if (sub == "skip"_L1) {
        engine.skip(userOption(engine, tr("naming the user")), positional(2, tr("the task id")),
                    option(u"--reason"_s));
        print(QJsonObject{{u"ok"_s, true}}, tr("Skipped."));
        return Done;
    }
    throw UsageError{tr("Unknown task command \"%1\".").arg(sub)};
}

int Cli::cmdTree(Engine &engine)
{
    const QString sub = positional(1, tr("show or list"));
    if (sub == "show"_L1) {
        const QJsonObject tree = engine.treeJson(positional(2, tr("the tree id")));
        m_json = true; // the tree is JSON either way
        print(tree, {});
        return Done;
    }
    if (sub == "list"_L1) {
        std::optional<TreeState> state;
        if (!option(u"--state"_s).isEmpty()) {
            state = treeStateFromString(option(u"--state"_s));
            if (!state)
                throw UsageError{tr("\"%1\" is not a tree state; use one of %2.")
                                     .arg(option(u"--state"_s), allTreeStateNames().join(u", "_s))};
        }
        QJsonArray array;
        QString text;
        for (const TreeSummary &t : engine.trees(state)) {
            array << QJsonObject{{u"id"_s, t.id}, {u"state"_s, toString(t.state)}, {u"active"_s, t.active},
                                 {u"lang"_s, t.lang}, {u"size"_s, t.size}};
            text += u"%1\t%2\t%3\t%4\n"_s.arg(t.id, toString(t.state), t.lang).arg(t.size);
        }
        print(QJsonObject{{u"trees"_s, array}}, text);
        return Done;
    }
    throw UsageError{tr("Unknown tree command \"%1\".").arg(sub)};
}

int Cli::cmdStats(Engine &engine)
{
    const QJsonObject stats = engine.stats();
    QString text;
    const QJsonObject trees = stats.value(u"trees"_s).toObject();
    for (auto it = trees.begin(); it != trees.end(); ++it)
        text += u"trees %1\t%2\n"_s.arg(it.key()).arg(it.value().toInt());
    for (auto it = stats.begin(); it != stats.end(); ++it) {
        if (it.key() != "trees"_L1)
            text += u"%1\t%2\n"_s.arg(it.key()).arg(it.value().toInt());
    }
    print(stats, text);
    return Done;
}

int Cli::cmdDashboard(Engine &engine)
{
    const QString actor = userOption(engine, tr("naming a lead or admin"));
    DashboardQuery query;
    if (!option(u"--days"_s).isEmpty()) {
        bool ok = false;
        const int days = option(u"--days"_s).toInt(&ok);
        if (!ok || days < 1)
            throw UsageError{tr("--days takes a whole number of at least 1.")};
        query.since = engine.now() - qint64(days) * 24 * 60 * 60 * 1000;
    }
    QElapsedTimer timer;
    timer.start();
    const Dashboard d = engine.dashboard(actor, query);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const auto optional = [](const std::optional<double> &v) { return v ? QJsonValue(*v) : QJsonValue(); };

    QJsonArray trees;
    for (const TreeCount &t : d.trees)
        trees.append(QJsonObject{{u"state"_s, toString(t.state)}, {u"lang"_s, t.lang}, {u"trees"_s, t.trees}});
    QJsonArray tasks;
    for (const TaskDayCount &t : d.tasks)
        tasks.append(QJsonObject{{u"day"_s, QDateTime::fromMSecsSinceEpoch(t.day, Qt::UTC).date().toString(Qt::ISODate)},
                                 {u"type"_s, toString(t.type)}, {u"done"_s, t.done}, {u"skipped"_s, t.skipped}});
    QJsonArray annotators;
    for (const AnnotatorFigures &a : d.annotators)
        annotators.append(QJsonObject{{u"user"_s, a.userName}, {u"tasks_done"_s, a.tasksDone},
                                      {u"tasks_skipped"_s, a.tasksSkipped}, {u"messages"_s, a.messages},
                                      {u"accepted"_s, a.accepted}, {u"rejected"_s, a.rejected},
                                      {u"median_seconds"_s, optional(a.medianSeconds)}});
    QJsonArray labels;
    QString text;
    for (const LabelFigures &l : d.labels) {
        QJsonArray steps;
        for (const qint64 n : l.steps)
            steps.append(n);
        labels.append(QJsonObject{{u"label"_s, l.label}, {u"steps"_s, steps},
                                  {u"metric"_s, l.metric == AlphaMetric::Ordinal ? u"ordinal"_s : u"nominal"_s},
                                  {u"alpha"_s, optional(l.agreement.alpha)}, {u"units"_s, l.agreement.units},
                                  {u"values"_s, l.agreement.pairableValues}});
        text += tr("%1\talpha %2 (%3 messages, %4 values)\n")
                    .arg(l.label, l.agreement.alpha ? QString::number(*l.agreement.alpha, 'f', 3) : u"-"_s)
                    .arg(l.agreement.units).arg(l.agreement.pairableValues);
    }
    QJsonArray histogram;
    for (const qint64 n : d.rankings.histogram)
        histogram.append(n);
    const QJsonObject rankings{{u"histogram"_s, histogram}, {u"groups"_s, d.rankings.groups},
                               {u"undefined_groups"_s, d.rankings.undefinedGroups},
                               {u"median_w"_s, optional(d.rankings.medianW)}, {u"rankings"_s, d.rankings.rankings}};
    text += tr("rankings\tmedian W %1 over %2 sibling groups\n")
                .arg(d.rankings.medianW ? QString::number(*d.rankings.medianW, 'f', 3) : u"-"_s)
                .arg(d.rankings.groups);
    text += tr("%1 annotators, %2 days with tasks; read in %3 s\n").arg(d.annotators.size()).arg([&d] {
                    QSet<qint64> days;
                    for (const TaskDayCount &t : d.tasks)
                        days.insert(t.day);
                    return days.size();
                }())
                .arg(seconds, 0, 'f', 3);
    print(QJsonObject{{u"trees"_s, trees}, {u"tasks"_s, tasks}, {u"annotators"_s, annotators},
                      {u"labels"_s, labels}, {u"rankings"_s, rankings}, {u"seconds"_s, seconds}},
          text);
    return Done;
}

int Cli::cmdModerate(Engine &engine)
{
    const QString sub = positional(1, tr("halt, unhalt, delete, undelete or edit"));
    const QString id = positional(2, sub == "halt"_L1 || sub == "unhalt"_L1 ? tr("the tree id") : tr("the message id"));
    const QString actor = userOption(engine, tr("naming a lead or admin"));
    const QString reason = option(u"--reason"_s);
    if (sub == "halt"_L1)
        engine.haltTree(actor, id, reason);
    else if (sub == "unhalt"_L1)
        engine.unhaltTree(actor, id, reason);
    else if (sub == "delete"_L1)
        engine.deleteMessage(actor, id, reason);
    else if (sub == "undelete"_L1)
        engine.undeleteMessage(actor, id, reason);
    else if (sub == "edit"_L1) {
        QString text = readStdin();
        if (text.endsWith(u'\n'))
            text.chop(1);
        engine.editMessage(actor, id, text, reason);
    } else
        throw UsageError{tr("Unknown moderate command \"%1\".").arg(sub)};
    QJsonObject json{{u"ok"_s, true}};
    if (sub == "halt"_L1 || sub == "unhalt"_L1)
        json.insert(u"tree_state"_s, toString(engine.treeState(id)));
    print(json, tr("Done."));
    return Done;
}

int Cli::cmdEmoji(Engine &engine)
{
    const QString sub = positional(1, tr("add or remove"));
    const QString message = positional(2, tr("the message id"));
    const QString emoji = positional(3, tr("the emoji code"));
    const QString user = userOption(engine, tr("naming the user"));
    if (sub == "add"_L1)
        engine.addEmoji(user, message, emoji);
    else if (sub == "remove"_L1)
        engine.removeEmoji(user, message, emoji);
    else
        throw UsageError{tr("Unknown emoji command \"%1\".").arg(sub)};
    print(QJsonObject{{u"ok"_s, true}}, tr("Done."));
    return Done;
}

int Cli::cmdReport(Engine &engine)
{
    const QString message = positional(1, tr("the message id"));
    LabelValues labels;
    if (!option(u"--labels"_s).isEmpty()) {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(option(u"--labels"_s).toUtf8(), &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            throw WorkflowError(ErrorCode::InvalidInput, tr("--labels must be a JSON object such as {\"spam\": 1}."));
        const QJsonObject object = doc.object();
        for (auto it = object.begin(); it != object.end(); ++it)
            labels.insert(it.key(), it.value().toDouble(-1));
    }
    engine.report(userOption(engine, tr("naming the user")), message, labels, option(u"--reason"_s));
    print(QJsonObject{{u"ok"_s, true}}, tr("Reported."));
    return Done;
}

int Cli::cmdAudit(Engine &engine)
{
    const QString object = m_positional.value(1);
    QJsonArray array;
    QString text;
    for (const AuditEntry &e : engine.auditLog(object)) {
        const QString at = QDateTime::fromMSecsSinceEpoch(e.at, Qt::UTC).toString(Qt::ISODateWithMs);
        array << QJsonObject{{u"at"_s, at},           {u"user"_s, e.userName}, {u"action"_s, e.action},
                             {u"object_type"_s, e.objectType}, {u"object_id"_s, e.objectId},
                             {u"before"_s, e.before}, {u"after"_s, e.after}, {u"reason"_s, e.reason}};
        text += u"%1\t%2\t%3\t%4 %5\t%6 -> %7\t%8\n"_s.arg(at, e.userName, e.action, e.objectType, e.objectId,
                                                          e.before.left(60).simplified(), e.after.left(60).simplified(),
                                                          e.reason);
    }
    print(QJsonObject{{u"entries"_s, array}}, text);
    return Done;
}

int Cli::cmdCheck(Engine &engine)
{
    // The derived values first: a repair changes counters the invariants look at.
    const bool repair = flag(u"--repair"_s);
    const DerivedReport derived = engine.recomputeDerived(repair, option(u"--user"_s));
    const InvariantReport report = engine.checkInvariants();
    qsizetype remaining = repair ? 0 : derived.differences.size();
    if (repair && derived.repaired > 0)
        remaining = engine.recomputeDerived(false).differences.size();
    const bool ok = report.ok() && remaining == 0;

    QJsonArray differences;
    QString text = report.ok() ? tr("Every invariant holds.") : report.violations.join(u'\n');
    text += u'\n';
    if (derived.differences.isEmpty()) {
        text += tr("Every derived value of %n tree(s) agrees with the facts.", nullptr, derived.trees) + u'\n';
    } else {
        text += (repair ? tr("Derived values that differed from the facts, repaired:")
                        : tr("Derived values that differ from the facts:"))
            + u'\n';
    }
    auto valueText = [](const QJsonValue &v) {
        return v.isNull() ? u"null"_s
            : v.isBool()  ? (v.toBool() ? u"true"_s : u"false"_s)
            : v.isDouble() ? QString::number(v.toInteger())
                           : v.toString();
    };
    for (const DerivedDifference &d : derived.differences) {
        differences << QJsonObject{{u"table"_s, d.table},   {u"id"_s, d.id},
                                   {u"column"_s, d.column}, {u"stored"_s, d.stored},
                                   {u"recomputed"_s, d.recomputed}};
        text += tr("  %1 %2 %3: stored %4, recomputed %5")
                    .arg(d.table, d.id, d.column, valueText(d.stored), valueText(d.recomputed))
            + u'\n';
    }
    if (repair && remaining > 0)
        text += tr("%n difference(s) remain after the repair.", nullptr, int(remaining)) + u'\n';
    for (const QString &note : derived.notes)
        text += note + u'\n';
    print(QJsonObject{{u"ok"_s, ok},
                      {u"violations"_s, QJsonArray::fromStringList(report.violations)},
                      {u"invariants_ok"_s, report.ok()},
                      {u"differences"_s, differences},
                      {u"repaired"_s, derived.repaired},
                      {u"remaining"_s, qint64(remaining)},
                      {u"trees"_s, derived.trees},
                      {u"messages"_s, derived.messages},
                      {u"notes"_s, QJsonArray::fromStringList(derived.notes)}},
          text);
    return ok ? Done : Failure;
}

namespace {
QJsonObject toJson(const QMap<QString, int> &map)
{
    QJsonObject o;
    for (auto it = map.begin(); it != map.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}
} // namespace

int Cli::cmdSimulate(Engine &realEngine, Database &db)
{
    auto number = [&](const QString &name, qint64 fallback) {
        bool ok = true;
        const qint64 v = option(name).isEmpty() ? fallback : option(name).toLongLong(&ok);
        if (!ok || v < 0)
            throw UsageError{tr("%1 takes a whole number.").arg(name)};
        return v;
    };
    SimulationOptions options;
    options.seed = number(u"--seed"_s, 1);
    options.maxActions = number(u"--actions"_s, option(u"--seconds"_s).isEmpty() ? 1000 : 0);
    options.durationMs = number(u"--seconds"_s, 0) * 1000;
    options.lang = option(u"--lang"_s, u"en"_s);

    // A faster clock, the same in every process: origin + (wall time - origin) * scale.
    const double scale = option(u"--time-scale"_s, u"1"_s).toDouble();
    if (!(scale >= 1.0))
        throw UsageError{tr("--time-scale takes a number of at least 1.")};
    const qint64 origin = option(u"--clock-origin"_s).isEmpty() ? QDateTime::currentMSecsSinceEpoch()
                                                                : option(u"--clock-origin"_s).toLongLong();
    std::unique_ptr<Engine> scaled;
    if (scale > 1.0) {
        EngineOptions engineOptions;
        engineOptions.seed = options.seed;
        engineOptions.clock = [origin, scale] {
            return origin + qint64(double(QDateTime::currentMSecsSinceEpoch() - origin) * scale);
        };
        scaled = std::make_unique<Engine>(db, engineOptions);
    }
    Engine &engine = scaled ? *scaled : realEngine;
    if (scaled)
        options.slowRate = 0.03;

    // A worker of a multi-process run: its users are given, its result is JSON.
    if (!option(u"--worker-users"_s).isEmpty()) {
        options.users = option(u"--worker-users"_s).split(u',');
        const SimulationResult r = Simulator(engine, options).run();
        print(QJsonObject{{u"actions"_s, r.actions}, {u"errors"_s, r.errors}, {u"seconds"_s, r.seconds},
                          {u"stored"_s, toJson(r.stored)}, {u"refusals"_s, toJson(r.refusals)},
                          {u"retries"_s, db.retryCount()}, {u"error_messages"_s, QJsonArray::fromStringList(r.errorMessages)}},
              {});
        return Done;
    }

    const int userCount = int(number(u"--users"_s, 8));
    const int processes = int(std::max<qint64>(1, number(u"--processes"_s, 1)));
    if (userCount < processes)
        throw UsageError{tr("Give at least one user per process.")};
    // The simulated team: sim1..simN, added if missing (on an empty database with an admin
    // "sim-admin" made for the purpose).
    QSet<QString> existing;
    for (const UserInfo &u : engine.users())
        existing.insert(u.name);
    QString admin = option(u"--user"_s);
    if (existing.isEmpty() && admin.isEmpty()) {
        admin = u"sim-admin"_s;
        engine.addUser(QString(), admin, UserRole::Admin);
    }
    QStringList users;
    for (int i = 1; i <= userCount; ++i) {
        users << u"sim%1"_s.arg(i);
        if (!existing.contains(users.last())) {
            if (admin.isEmpty())
                throw UsageError{tr("Adding the simulated users takes an admin: give --user.")};
            engine.addUser(admin, users.last(), UserRole::Annotator, options.lang);
        }
    }

    // What the team had stored before, to find every acknowledged submission in the database after.
    const QMap<QString, qint64> before = engine.workOf(users);
    SimulationResult total;
    qint64 retries = 0;
    QElapsedTimer timer;
    timer.start();
    if (processes == 1) {
        options.users = users;
        total = Simulator(engine, options).run();
        retries = db.retryCount();
    } else {
        QList<QProcess *> workers;
        for (int p = 0; p < processes; ++p) {
            QStringList mine;
            for (int i = p; i < users.size(); i += processes)
                mine << users[i];
            auto *proc = new QProcess;
            proc->setProcessChannelMode(QProcess::ForwardedErrorChannel);
            QStringList args{u"--db"_s, db.url().displayString(), u"--json"_s, u"--seed"_s,
                             QString::number(options.seed + quint64(p) * 7919), u"simulate"_s,
                             u"--worker-users"_s, mine.join(u','), u"--lang"_s, options.lang};
            if (options.maxActions > 0)
                args << u"--actions"_s << QString::number((options.maxActions + processes - 1) / processes);
            if (options.durationMs > 0)
                args << u"--seconds"_s << QString::number(options.durationMs / 1000);
            if (scale > 1.0)
                args << u"--time-scale"_s << QString::number(scale) << u"--clock-origin"_s << QString::number(origin);
            proc->start(QCoreApplication::applicationFilePath(), args);
            workers << proc;
        }
        for (QProcess *proc : workers) {
            proc->waitForFinished(-1);
            const QJsonObject r = QJsonDocument::fromJson(proc->readAllStandardOutput()).object();
            if (proc->exitCode() != 0 || r.isEmpty()) {
                total.errors += 1;
                total.errorMessages << tr("A simulation process failed (exit status %1).").arg(proc->exitCode());
            }
            total.actions += r.value(u"actions"_s).toInteger();
            total.errors += r.value(u"errors"_s).toInteger();
            retries += r.value(u"retries"_s).toInteger();
            for (const QString &key : {u"stored"_s, u"refusals"_s}) {
                const QJsonObject o = r.value(key).toObject();
                for (auto it = o.begin(); it != o.end(); ++it)
                    (key == "stored"_L1 ? total.stored : total.refusals)[it.key()] += it.value().toInt();
            }
            for (const QJsonValue &m : r.value(u"error_messages"_s).toArray())
                total.errorMessages << m.toString();
            delete proc;
        }
        total.seconds = timer.nsecsElapsed() / 1e9;
    }

    const InvariantReport report = engine.checkInvariants();
    // Every submission the engine acknowledged is in the database: none lost, none twice.
    const QMap<QString, qint64> after = engine.workOf(users);
    QStringList lost;
    for (auto it = after.begin(); it != after.end(); ++it) {
        const qint64 found = it.value() - before.value(it.key());
        const qint64 acknowledged = total.stored.value(it.key());
        if (found != acknowledged)
            lost << tr("%1: %2 acknowledged, %3 in the database").arg(it.key()).arg(acknowledged).arg(found);
    }
    const double rate = total.seconds > 0 ? total.actions / total.seconds : 0;
    QString text = tr("%1 actions in %2 s (%3 per second) by %4 simulated annotators in %5 process(es).\n")
                       .arg(total.actions).arg(total.seconds, 0, 'f', 1).arg(rate, 0, 'f', 0).arg(userCount).arg(processes);
    text += tr("Stored: %1\n").arg(QString::fromUtf8(QJsonDocument(toJson(total.stored)).toJson(QJsonDocument::Compact)));
    text += tr("Refused: %1\n").arg(QString::fromUtf8(QJsonDocument(toJson(total.refusals)).toJson(QJsonDocument::Compact)));
    text += tr("Database failures: %1, retried conflicts: %2\n").arg(total.errors).arg(retries);
    text += lost.isEmpty() ? tr("Every acknowledged submission is in the database.\n")
                           : tr("Submissions lost or stored twice:\n  %1\n").arg(lost.join(u"\n  "_s));
    for (const QString &m : total.errorMessages)
        text += u"  "_s + m + u'\n';
    text += report.ok() ? tr("Every invariant holds.") : tr("Invariant violations:\n%1").arg(report.violations.join(u'\n'));
    print(QJsonObject{{u"actions"_s, total.actions}, {u"seconds"_s, total.seconds}, {u"actions_per_second"_s, rate},
                      {u"users"_s, userCount}, {u"processes"_s, processes}, {u"stored"_s, toJson(total.stored)},
                      {u"refusals"_s, toJson(total.refusals)}, {u"errors"_s, total.errors}, {u"retries"_s, retries},
                      {u"invariants_ok"_s, report.ok()}, {u"submissions_lost"_s, QJsonArray::fromStringList(lost)},
                      {u"violations"_s, QJsonArray::fromStringList(report.violations)}},
          text);
    return report.ok() && total.errors == 0 && lost.isEmpty() ? Done : Failure;
}

int Cli::cmdGenerate(Engine &engine, Database &db)
{
    bool ok = false;
    const int trees = requireOption(u"--trees"_s, tr("with the number of trees")).toInt(&ok);
    if (!ok || trees < 1)
        throw UsageError{tr("--trees takes a whole number of at least 1.")};
    quint64 seed = 1;
    if (!option(u"--seed"_s).isEmpty()) {
        seed = option(u"--seed"_s).toULongLong(&ok);
        if (!ok)
            throw UsageError{tr("--seed takes a whole number.")};
    }
    const bool terminal = stderrIsTerminal();
    GeneratorOptions options;
    options.settings = engine.settings();
    if (!option(u"--lone-prompts"_s).isEmpty()) {
        options.lonePromptShare = option(u"--lone-prompts"_s).toDouble(&ok);
        if (!ok || options.lonePromptShare < 0 || options.lonePromptShare > 1)
            throw UsageError{tr("--lone-prompts takes a share from 0 to 1.")};
    }
    Generator generator(db, options);
    const GeneratorResult r = generator.run(trees, seed, [&](int done, int total) {
        if (terminal)
            progressLine(tr("generated %1 of %2 trees").arg(done).arg(total), done >= total);
    });
    QJsonObject json = r.toJson();
    json.remove(u"rows"_s);
    // The dashboard's aggregates, so that the first dashboard on the corpus need not count it.
    QElapsedTimer counting;
    counting.start();
    engine.updateStatistics();
    json.insert(u"statistics_seconds"_s, double(counting.nsecsElapsed()) / 1e9);
    print(json, tr("Generated %1 trees: %2 messages, %3 labels, %4 rankings, %5 tasks in %6 s.")
                    .arg(r.trees).arg(r.messages).arg(r.labels).arg(r.rankings).arg(r.tasks)
                    .arg(r.seconds, 0, 'f', 1));
    return Done;
}

int Cli::cmdImport(Engine &engine)
{
    const QString path = positional(1, tr("the file to import"));
    ImportOptions options;
    auto stateOption = [&](const QString &name) -> std::optional<TreeState> {
        if (option(name).isEmpty())
            return std::nullopt;
        const std::optional<TreeState> state = treeStateFromString(option(name));
        if (!state)
            throw UsageError{tr("%1 takes one of: %2.").arg(name, allTreeStateNames().join(u", "_s))};
        return state;
    };
    options.defaultState = stateOption(u"--state"_s);
    options.forceState = stateOption(u"--force-state"_s);
    options.synthetic = flag(u"--synthetic"_s);
    options.origin = option(u"--origin"_s);
    options.lang = option(u"--lang"_s, u"en"_s);
    options.skipInvalid = flag(u"--skip-invalid"_s);
    options.dryRun = flag(u"--dry-run"_s);

    TransferProgress progress;
    const bool terminal = stderrIsTerminal();
    QObject::connect(&progress, &TransferProgress::progress, [&](qint64 done, qint64 total) {
        if (terminal && total > 0)
            progressLine(tr("importing: %1% of %2 MB").arg(done * 100 / total).arg(double(total) / 1e6, 0, 'f', 1),
                         done >= total);
    });
    const CancelOnInterrupt interrupt(progress);
    const ImportReport r = engine.importFile(userOption(engine, tr("naming a lead or admin")), path,
                                             options, &progress);
    for (const QString &line : r.skipped)
        m_err << tr("skipped: %1").arg(line) << '\n';
    m_err.flush();
    const QString summary = tr("%1 %2 trees, %3 messages, %4 rankings (%5 new authors) from %6 lines in %7 s.")
                                .arg(options.dryRun ? tr("Would import") : tr("Imported"))
                                .arg(r.trees).arg(r.messages).arg(r.rankings).arg(r.users).arg(r.lines)
                                .arg(r.seconds, 0, 'f', 2)
        + (r.skipped.isEmpty() ? QString() : u' ' + tr("%n line(s) skipped.", nullptr, int(r.skipped.size())));
    print(QJsonObject{{u"ok"_s, true}, {u"dry_run"_s, options.dryRun}, {u"trees"_s, r.trees},
                      {u"messages"_s, r.messages}, {u"rankings"_s, r.rankings}, {u"users"_s, r.users},
                      {u"lines"_s, r.lines}, {u"skipped"_s, QJsonArray::fromStringList(r.skipped)},
                      {u"seconds"_s, r.seconds}},
          summary);
    return Done;
}

int Cli::cmdExport(Engine &engine)
{
    const QString path = positional(1, tr("the file to write (- for standard output)"));
    ExportOptions options;
    const QString states = option(u"--state"_s);
    if (states == "all"_L1) {
        options.allStates = true;
    } else if (!states.isEmpty()) {
        for (const QString &name : states.split(u',', Qt::SkipEmptyParts)) {
            const std::optional<TreeState> state = treeStateFromString(name.trimmed());
            if (!state)
                throw UsageError{tr("--state takes all or states separated by commas: %1.").arg(allTreeStateNames().join(u", "_s))};
            options.states << *state;
        }
    }
    options.lang = option(u"--lang"_s);
    options.flat = flag(u"--flat"_s);
    options.includeDeleted = flag(u"--include-deleted"_s);
    options.includeSynthetic = flag(u"--include-synthetic"_s);
    options.includeSpam = flag(u"--include-spam"_s);
    options.labels = !flag(u"--no-labels"_s);
    options.events = !flag(u"--no-events"_s);
    if (m_options.contains(u"--anonymize"_s)) {
        if (option(u"--anonymize"_s).isEmpty())
            throw UsageError{tr("--anonymize takes a seed (any text kept secret).")};
        options.anonymizeSeed = option(u"--anonymize"_s);
    }
    if (!option(u"--limit"_s).isEmpty()) {
        bool ok = false;
        options.limit = option(u"--limit"_s).toLongLong(&ok);
        if (!ok || options.limit < 1)
            throw UsageError{tr("--limit takes a whole number of at least 1.")};
    }

    TransferProgress progress;
    const bool terminal = stderrIsTerminal() && path != "-"_L1;
    QObject::connect(&progress, &TransferProgress::progress, [&](qint64 done, qint64 total) {
        if (terminal)
            progressLine(tr("exporting: %1 of %2 trees").arg(done).arg(total), done >= total);
    });
    const CancelOnInterrupt interrupt(progress);
    const ExportReport r = engine.exportFile(userOption(engine, tr("naming a lead or admin")), path,
                                             options, &progress);
    const QString summary = tr("Exported %1 trees, %2 messages (%3 MB) to %4 in %5 s.")
                                .arg(r.trees).arg(r.messages).arg(double(r.bytes) / 1e6, 0, 'f', 1)
                                .arg(QDir::toNativeSeparators(path)).arg(r.seconds, 0, 'f', 2);
    if (path == "-"_L1) {
        m_err << summary << '\n'; // standard output carries the data
        m_err.flush();
        return Done;
    }
    print(QJsonObject{{u"ok"_s, true}, {u"trees"_s, r.trees}, {u"messages"_s, r.messages},
                      {u"bytes"_s, r.bytes}, {u"seconds"_s, r.seconds}, {u"file"_s, path}},
          summary);
    return Done;
}

int Cli::cmdMaintenance(Engine &engine)
{
    const QString sub = positional(1, tr("reconcile or retry-scoring"));
    if (sub == "reconcile"_L1) {
        engine.reconcile();
        print(QJsonObject{{u"ok"_s, true}}, tr("Reconciled."));
        return Done;
    }
    if (sub == "retry-scoring"_L1) {
        const int n = engine.retryScoring();
        print(QJsonObject{{u"ok"_s, true}, {u"retried"_s, n}}, tr("Retried %n tree(s).", nullptr, n));
        return Done;
    }
    throw UsageError{tr("Unknown maintenance command \"%1\".").arg(sub)};
}

} // namespace Arborist
