#pragma once

#include "store/databaseurl.h"
#include "store/dberror.h"
#include "store/sqldialect.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QSqlQuery>
#include <QString>
#include <QThread>
#include <QVariant>

#include <functional>
#include <memory>
#include <unordered_map>

namespace Arborist {

using Row = QList<QVariant>;

// One open connection to an Arborist database, owned by the thread that opened it (a
// QSqlDatabase must not cross threads). Open one Database per thread. Every statement is
// prepared once per connection and cached, and values are always bound, never spliced.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Database)
    Q_DISABLE_COPY_MOVE(Database)

public:
    enum class OpenMode { MustExist, CreateIfMissing };

    // Opens the database. Throws DbError with a sentence a person can act on when the URL is
    // bad, the file is missing (MustExist), the server cannot be reached, or the file is not
    // an Arborist database. Does not create or migrate the schema: see migrate().
    static std::unique_ptr<Database> open(const QString &url, OpenMode mode = OpenMode::MustExist);
    ~Database();

    Backend backend() const { return m_dialect.backend(); }
    const SqlDialect &dialect() const { return m_dialect; }
    const DatabaseUrl &url() const { return m_url; }

    // Creates or migrates the schema inside one transaction. Idempotent.
    void migrate();
    // The schema version stored in the database (0 when there is none).
    int schemaVersion();
    static int latestSchemaVersion();
    // Throws DbError unless the schema is present and current.
    void requireSchema();

    // Runs fn inside one transaction. A retryable conflict (busy database, serialization
    // failure, deadlock) rolls back and runs fn again, up to maxAttempts times in all, with a
    // short randomized back-off. Any other exception rolls back and propagates.
    void transact(const std::function<void()> &fn);
    // The same for a read-only fn: one consistent snapshot that does not wait for writers
    // (SQLite deferred transaction; PostgreSQL REPEATABLE READ READ ONLY).
    void read(const std::function<void()> &fn);
    bool inTransaction() const { return m_inTransaction; }
    // Counts the attempts at outermost transactions: a value read inside one attempt is known
    // to belong to it while this stays the same.
    quint64 transactionSerial() const { return m_transactionSerial; }
    int maxAttempts() const { return m_maxAttempts; }
    void setMaxAttempts(int attempts) { m_maxAttempts = attempts; }
    // Attempts that ended in a retryable conflict, since the connection was opened.
    qint64 retryCount() const { return m_retries; }

    // Executes a statement; returns the number of affected rows.
    int exec(const QString &sql, const QVariantList &binds = {});
    // Executes a query and returns every row.
    QList<Row> rows(const QString &sql, const QVariantList &binds = {});
    // The first column of the first row, or an invalid QVariant when there is no row.
    QVariant value(const QString &sql, const QVariantList &binds = {});
    // Runs a statement without preparing it (DDL, transaction control).
    void execRaw(const QString &sql);
    // An SQL identifier (a schema, a role) quoted by the driver, for statements that cannot bind it.
    QString escapeIdentifier(const QString &identifier) const;

    // Inside transact(): locks a row of `table` by id, or a name, until the transaction ends.
    // No-ops on SQLite, whose transactions already hold the database's write lock.
    void lockRow(const QString &table, const QVariant &id);
    void lockName(const QString &name);

private:
    Database(DatabaseUrl url, QString connectionName);
    QSqlQuery &prepared(const QString &sql);
    QSqlQuery &run(const QString &sql, const QVariantList &binds);
    [[noreturn]] void fail(const QString &what, const QSqlError &error) const;
    void run(const std::function<void()> &fn, const QString &begin);
    void checkThread() const;

    DatabaseUrl m_url;
    SqlDialect m_dialect;
    QString m_connectionName;
    QThread *m_thread;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
    bool m_inTransaction = false;
    quint64 m_transactionSerial = 0;
    int m_maxAttempts = 12;
    qint64 m_retries = 0;
};

} // namespace Arborist
