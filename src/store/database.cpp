#include "store/database.h"

#include "store/migrations.h"

#include <QAtomicInteger>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace Arborist {

namespace {

QAtomicInteger<quint64> s_connectionCounter;

bool isRetryable(Backend backend, const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    if (backend == Backend::Sqlite) {
        bool ok = false;
        const int value = code.toInt(&ok);
        if (ok && ((value & 0xff) == 5 || (value & 0xff) == 6))
            return true;
        const QString text = error.databaseText();
        return text.contains("database is locked"_L1) || text.contains("database table is locked"_L1);
    }
    return code == "40001"_L1 || code == "40P01"_L1 || code == "23505"_L1 || code == "55P03"_L1;
}

// A value for the libpq connection string the Qt driver builds from the connect options: quoted,
// so that a path with spaces or quotes stays one value.
QString conninfoValue(const QString &value)
{
    QString escaped = value;
    escaped.replace(u'\\', u"\\\\"_s).replace(u'\'', u"\\'"_s);
    return u'\'' + escaped + u'\'';
}

// libpq's reason on the line of its message that contains `needle`, without the "connection to
// server at ... failed: " before it; empty when no line contains it. (libpq reports every
// address it tried, one after the other.)
QString reasonLine(const QString &message, QLatin1StringView needle)
{
    const QStringList lines = message.split(u'\n');
    for (const QString &line : lines) {
        if (!line.contains(needle))
            continue;
        const qsizetype at = line.indexOf("failed: "_L1);
        return (at >= 0 ? line.mid(at + 8) : line).trimmed();
    }
    return {};
}

// The CA file libpq verifies the server with: the URL's sslrootcert, else its defaults.
QString rootCertOf(const DatabaseUrl &url)
{
    if (!url.sslRootCert.isEmpty())
        return url.sslRootCert;
    const QString fromEnvironment = qEnvironmentVariable("PGSSLROOTCERT");
    return fromEnvironment.isEmpty() ? QDir::home().filePath(u".postgresql/root.crt"_s) : fromEnvironment;
}

} // namespace

Database::Database(DatabaseUrl url, QString connectionName)
    : m_url(std::move(url)), m_dialect(m_url.backend), m_connectionName(std::move(connectionName)),
      m_thread(QThread::currentThread())
{
}

Database::~Database()
{
    m_statements.clear();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

std::unique_ptr<Database> Database::open(const QString &urlText, OpenMode mode)
{
    QString why;
    const std::optional<DatabaseUrl> url = DatabaseUrl::parse(urlText, &why);
    if (!url)
        throw DbError(why);

    const SqlDialect dialect(url->backend);
    if (!QSqlDatabase::isDriverAvailable(dialect.qtDriverName())) {
        throw DbError(tr("The Qt SQL driver %1 is not installed (Debian package %2).")
                          .arg(dialect.qtDriverName(),
                               url->backend == Backend::Sqlite ? u"libqt6sql6-sqlite"_s
                                                               : u"libqt6sql6-psql"_s));
    }

    if (url->backend == Backend::Sqlite) {
        const QFileInfo info(url->path);
        if (mode == OpenMode::MustExist && !info.exists()) {
            throw DbError(tr("There is no database file at %1. Create it with `arborist-cli init "
                             "--db %2`, or check the path.")
                              .arg(url->path, url->displayString()));
        }
        if (!info.absoluteDir().exists()) {
            if (!QDir().mkpath(info.absolutePath()))
                throw DbError(tr("Cannot create the folder %1 for the database.").arg(info.absolutePath()));
        }
        if (info.exists() && info.isDir())
            throw DbError(tr("%1 is a folder, not a database file.").arg(url->path));
    }

    // A CA file named but missing: libpq would refuse (verify-ca, verify-full) or quietly not
    // verify the server at all (require, prefer); both deserve a sentence before connecting.
    const auto caFileMissing = [](const DatabaseUrl &url, const QString &file) {
        return tr("Cannot connect to the PostgreSQL server at %1: the CA file %2 does not exist, so "
                  "the server's TLS certificate cannot be verified. Check the path of the CA file, or "
                  "ask the server's administrator for it.")
            .arg(url.displayString(), file);
    };
    if (url->backend == Backend::Postgres && !url->sslRootCert.isEmpty() && url->sslMode != "disable"_L1
        && url->sslRootCert != "system"_L1) { // libpq 16: "system" means the system's CAs
        if (!QFileInfo::exists(url->sslRootCert))
            throw DbError(caFileMissing(*url, url->sslRootCert));
        if (url->sslRootCert.contains(u';')) {
            // The Qt driver splits its connect options at ';'.
            throw DbError(tr("The CA file %1 cannot be used because its path contains a ';'. Move "
                             "or rename the file.").arg(url->sslRootCert));
        }
    }

    const QString name = u"arborist-%1"_s.arg(s_connectionCounter.fetchAndAddRelaxed(1));
    std::unique_ptr<Database> database(new Database(*url, name));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(dialect.qtDriverName(), name);
        QStringList options;
        if (url->backend == Backend::Sqlite) {
            db.setDatabaseName(url->path);
            options << u"QSQLITE_BUSY_TIMEOUT=5000"_s;
        } else {
            db.setHostName(url->host);
            db.setPort(url->port);
            db.setDatabaseName(url->database);
            if (!url->user.isEmpty())
                db.setUserName(url->user);
            if (!url->password.isEmpty())
                db.setPassword(url->password);
            options << u"connect_timeout=%1"_s.arg(url->connectTimeoutSec);
            // A server that vanished (a dropped network, a sleeping laptop) is noticed within
            // about half a minute instead of the system's two hours: TCP keepalives, and a limit
            // on unacknowledged data.
            options << u"keepalives=1"_s << u"keepalives_idle=10"_s << u"keepalives_interval=5"_s
                    << u"keepalives_count=3"_s << u"tcp_user_timeout=30000"_s;
            if (!url->sslMode.isEmpty())
                options << u"sslmode="_s + url->sslMode;
            if (!url->sslRootCert.isEmpty())
                options << u"sslrootcert="_s + conninfoValue(url->sslRootCert);
        }
        db.setConnectOptions(options.join(u';'));
        if (!db.open()) {
            const QString detail = db.lastError().text().trimmed();
            if (url->backend == Backend::Sqlite)
                throw DbError(tr("Cannot open the database file %1: %2").arg(url->path, detail));
            // TLS failures name their cause and what to do; libpq's own words follow in brackets.
            const QString libpq = db.lastError().databaseText();
            const QString shown = url->displayString();
            QString reason = reasonLine(libpq, "certificate verify failed"_L1);
            if (!reason.isEmpty()) {
                throw DbError(tr("Cannot connect to the PostgreSQL server at %1: its TLS certificate "
                                 "is not trusted (%2). It is not signed by the certificate authority "
                                 "in the CA file %3, or it has expired. Check that the CA file is the "
                                 "one for this server, or ask the server's administrator for the "
                                 "right one.")
                                  .arg(shown, reason, rootCertOf(*url)));
            }
            reason = reasonLine(libpq, "does not match host name"_L1);
            if (!reason.isEmpty()) {
                throw DbError(tr("Cannot connect to the PostgreSQL server at %1: its TLS certificate "
                                 "is not made out for the host name \"%2\" (%3). Connect with a "
                                 "host name the certificate names, or ask the server's administrator "
                                 "for a certificate that includes \"%2\".")
                                  .arg(shown, url->host, reason));
            }
            static const QRegularExpression missingRoot(u"root certificate file \"(.*)\" does not exist"_s);
            if (const QRegularExpressionMatch match = missingRoot.match(libpq); match.hasMatch())
                throw DbError(caFileMissing(*url, match.captured(1)));
            reason = reasonLine(libpq, "could not read root certificate file"_L1);
            if (!reason.isEmpty()) {
                throw DbError(tr("Cannot connect to the PostgreSQL server at %1: the CA file %2 holds "
                                 "no certificate that can be read (%3). Check that it is the CA "
                                 "certificate (a PEM file) the server's administrator gave you.")
                                  .arg(shown, rootCertOf(*url), reason));
            }
            if (libpq.contains("server does not support SSL"_L1)) {
                throw DbError(tr("Cannot connect to the PostgreSQL server at %1: the server does not "
                                 "offer TLS, but the connection requires it (sslmode=%2). Ask the "
                                 "server's administrator to turn TLS on.")
                                  .arg(shown, url->sslMode));
            }
            // A team server with a login per person (docs/team-server.md): a wrong password, or
            // a login an admin disabled.
            reason = reasonLine(libpq, "password authentication failed"_L1);
            if (!reason.isEmpty()) {
                throw DbError(tr("The PostgreSQL server at %1 refused the password of %2 (%3). Check the "
                                 "user name and the password; an admin can set a new one with "
                                 "`arborist-cli user password %2`.")
                                  .arg(shown, url->user, reason));
            }
            reason = reasonLine(libpq, "is not permitted to log in"_L1);
            if (!reason.isEmpty()) {
                throw DbError(tr("The PostgreSQL server at %1 does not let %2 sign in: the login is "
                                 "disabled (%3). Ask an admin to enable it.")
                                  .arg(shown, url->user, reason));
            }
            throw DbError(tr("Cannot connect to the PostgreSQL server at %1: %2. Check that the "
                             "server runs, the host, port, database and user are right, and the "
                             "password is set (PGPASSWORD or ~/.pgpass).")
                              .arg(url->displayString(), detail));
        }
    }

    if (url->backend == Backend::Sqlite) {
        // A file that is not SQLite fails on its first read, so read once here, and refuse
        // another program's database before changing anything in it (such as its journal mode).
        int foreignTables = 0;
        try {
            foreignTables = database->value(u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name NOT "
                                            "LIKE 'sqlite_%' AND NOT EXISTS (SELECT 1 FROM sqlite_master WHERE "
                                            "type = 'table' AND name = 'schema_version')"_s).toInt();
        } catch (const DbError &error) {
            throw DbError(tr("%1 is not an Arborist database (%2).").arg(url->path, error.message()));
        }
        if (foreignTables > 0) {
            throw DbError(tr("%1 is a SQLite database of another program, not an Arborist database; "
                             "nothing in it was changed.").arg(url->path));
        }
        try {
            database->execRaw(u"PRAGMA foreign_keys = ON"_s);
            database->execRaw(u"PRAGMA synchronous = NORMAL"_s);
            // Checkpoint the write-ahead log every ~40 MB instead of every 4 MB: one commit in
            // several thousand pays for a checkpoint instead of one in a few hundred.
            database->execRaw(u"PRAGMA wal_autocheckpoint = 10000"_s);
            const QVariant journal = database->value(u"PRAGMA journal_mode = WAL"_s);
            if (journal.toString().toLower() != "wal"_L1)
                throw DbError(tr("Cannot switch %1 to write-ahead logging.").arg(url->path));
        } catch (const DbError &error) {
            throw DbError(tr("%1 is not an Arborist database (%2).").arg(url->path, error.message()));
        }
    } else {
        database->execRaw(u"SET client_min_messages TO WARNING"_s);
    }
    return database;
}

void Database::checkThread() const
{
    if (QThread::currentThread() != m_thread)
        qFatal("Arborist: a database connection was used from a thread that did not open it");
}

QSqlQuery &Database::prepared(const QString &sql)
{
    checkThread();
    auto it = m_statements.find(sql);
    if (it != m_statements.end())
        return *it->second;
    auto query = std::make_unique<QSqlQuery>(QSqlDatabase::database(m_connectionName, false));
    query->setForwardOnly(true);
    if (!query->prepare(sql))
        fail(tr("Cannot prepare a statement"), query->lastError());
    return *m_statements.emplace(sql, std::move(query)).first->second;
}

QSqlQuery &Database::run(const QString &sql, const QVariantList &binds)
{
    QSqlQuery &query = prepared(sql);
    for (int i = 0; i < binds.size(); ++i)
        query.bindValue(i, binds.at(i));
    // Developers' aid: ARBORIST_SLOW_SQL_MS=N prints every statement that takes N ms or more.
    static const int slowMs = qEnvironmentVariableIntValue("ARBORIST_SLOW_SQL_MS");
    QElapsedTimer timer;
    if (slowMs > 0)
        timer.start();
    const bool ok = query.exec();
    if (slowMs > 0 && timer.elapsed() >= slowMs)
        qWarning("slow SQL (%lld ms): %s", qint64(timer.elapsed()), qPrintable(sql.simplified()));
    if (!ok) {
        const QSqlError error = query.lastError();
        query.finish();
        fail(sql.left(80).simplified(), error);
    }
    return query;
}

void Database::fail(const QString &what, const QSqlError &error) const
{
    const bool retry = isRetryable(backend(), error);
    QString detail = error.databaseText().trimmed();
    if (detail.isEmpty())
        detail = error.text().trimmed();
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (backend() == Backend::Postgres && (!db.isOpen() || detail.contains("server closed"_L1)
                                           || detail.contains("no connection"_L1)
                                           || detail.contains("terminating connection"_L1))) {
        throw DbError(tr("Lost the connection to the database server at %1 (%2). Check that the "
                         "server is running and reachable, then try again; nothing was saved "
                         "from the interrupted operation.")
                          .arg(m_url.displayString(), detail),
                      false, error.nativeErrorCode());
    }
    throw DbError(tr("Database error in \"%1\": %2").arg(what, detail), retry,
                  error.nativeErrorCode());
}

int Database::exec(const QString &sql, const QVariantList &binds)
{
    QSqlQuery &query = run(sql, binds);
    const int affected = query.numRowsAffected();
    query.finish();
    return affected;
}

QList<Row> Database::rows(const QString &sql, const QVariantList &binds)
{
    QSqlQuery &query = run(sql, binds);
    QList<Row> result;
    const int columns = query.record().count();
    while (query.next()) {
        Row row;
        row.reserve(columns);
        for (int c = 0; c < columns; ++c)
            row << query.value(c);
        result << row;
    }
    query.finish();
    return result;
}

QVariant Database::value(const QString &sql, const QVariantList &binds)
{
    QSqlQuery &query = run(sql, binds);
    QVariant result;
    if (query.next())
        result = query.value(0);
    query.finish();
    return result;
}

void Database::execRaw(const QString &sql)
{
    checkThread();
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    if (!query.exec(sql))
        fail(sql.left(80).simplified(), query.lastError());
}

void Database::lockRow(const QString &table, const QVariant &id)
{
    const QString sql = m_dialect.lockRowSql(table);
    if (!sql.isEmpty())
        rows(sql, {id});
}

void Database::lockName(const QString &name)
{
    const QString sql = m_dialect.lockNameSql();
    if (!sql.isEmpty())
        rows(sql, {name});
}

QString Database::escapeIdentifier(const QString &identifier) const
{
    const QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    return db.driver()->escapeIdentifier(identifier, QSqlDriver::TableName);
}

void Database::transact(const std::function<void()> &fn) { run(fn, m_dialect.beginTransaction()); }

void Database::read(const std::function<void()> &fn) { run(fn, m_dialect.beginReadTransaction()); }

void Database::run(const std::function<void()> &fn, const QString &begin)
{
    if (m_inTransaction) {
        fn(); // nested: part of the enclosing transaction
        return;
    }
    for (int attempt = 1;; ++attempt) {
        try {
            execRaw(begin);
        } catch (const DbError &error) {
            if (error.retryable() && attempt < m_maxAttempts) {
                ++m_retries;
                QThread::msleep(1 + QRandomGenerator::global()->bounded(5 * attempt));
                continue;
            }
            throw;
        }
        m_inTransaction = true;
        ++m_transactionSerial;
        bool committing = false;
        try {
            fn();
            committing = true;
            execRaw(u"COMMIT"_s);
            m_inTransaction = false;
            return;
        } catch (const DbError &error) {
            m_inTransaction = false;
            // A failed COMMIT has already ended the transaction.
            if (!committing || backend() == Backend::Sqlite) {
                try {
                    execRaw(u"ROLLBACK"_s);
                } catch (const DbError &) {
                }
            }
            if (error.retryable() && attempt < m_maxAttempts) {
                ++m_retries;
                QThread::msleep(1 + QRandomGenerator::global()->bounded(5 * attempt));
                continue;
            }
            if (error.retryable() && error.nativeCode() != "23505"_L1) {
                throw DbError(tr("The database stayed busy through %1 attempts (%2). Try again in "
                                 "a moment.").arg(attempt).arg(error.message()),
                              false, error.nativeCode());
            }
            throw;
        } catch (...) {
            m_inTransaction = false;
            try {
                execRaw(u"ROLLBACK"_s);
            } catch (const DbError &) {
            }
            throw;
        }
    }
}

int Database::latestSchemaVersion() { return Migrations::count(); }

int Database::schemaVersion()
{
    const bool hasTable = backend() == Backend::Sqlite
        ? value(u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'"_s).toInt() > 0
        : value(u"SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() "
                "AND table_name = 'schema_version'"_s).toInt() > 0;
    if (!hasTable)
        return 0;
    return value(u"SELECT MAX(version) FROM schema_version"_s).toInt();
}

void Database::requireSchema()
{
    const int version = schemaVersion();
    if (version == 0) {
        throw DbError(tr("%1 holds no Arborist data yet. Run `arborist-cli init --db %1` first.")
                          .arg(m_url.displayString()));
    }
    if (version > latestSchemaVersion()) {
        throw DbError(tr("%1 was written by a newer Arborist (schema %2; this one knows up to %3). "
                         "Update Arborist.")
                          .arg(m_url.displayString())
                          .arg(version)
                          .arg(latestSchemaVersion()));
    }
    if (version < latestSchemaVersion()) {
        throw DbError(tr("%1 uses an older schema (%2). Run `arborist-cli init --db %1` to migrate it.")
                          .arg(m_url.displayString())
                          .arg(version));
    }
}

void Database::migrate()
{
    transact([this] {
        if (backend() == Backend::Sqlite) {
            // Refuse foreign files: a SQLite database with tables but no schema_version.
            const int tables = value(u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' "
                                     "AND name NOT LIKE 'sqlite_%'"_s).toInt();
            const int ours = value(u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' "
                                   "AND name = 'schema_version'"_s).toInt();
            if (tables > 0 && ours == 0)
                throw DbError(tr("%1 is a SQLite database of another program, not an Arborist "
                                 "database.").arg(m_url.path));
        }
        execRaw(u"CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                "applied BIGINT NOT NULL)"_s);
        const int current = value(u"SELECT COALESCE(MAX(version), 0) FROM schema_version"_s).toInt();
        if (current > latestSchemaVersion()) {
            throw DbError(tr("%1 was written by a newer Arborist (schema %2). Update Arborist.")
                              .arg(m_url.displayString()).arg(current));
        }
        for (int version = current + 1; version <= latestSchemaVersion(); ++version) {
            for (const QString &statement : Migrations::statements(version, backend()))
                execRaw(m_dialect.expandSchema(statement));
            exec(u"INSERT INTO schema_version (version, applied) VALUES (?, ?)"_s,
                 {version, QDateTime::currentMSecsSinceEpoch()});
        }
    });
}

} // namespace Arborist
