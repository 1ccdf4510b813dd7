#pragma once

#include "store/databaseurl.h"

#include <QString>

namespace Arborist {

// The few places where SQLite and PostgreSQL spell things differently.
class SqlDialect
{
public:
    explicit SqlDialect(Backend backend) : m_backend(backend) {}

    Backend backend() const { return m_backend; }
    QString qtDriverName() const;
    // Fills the {{...}} placeholders of a migration script.
    QString expandSchema(QString sql) const;
    // The statement that opens a transaction. SQLite takes the database's write lock at once
    // (BEGIN IMMEDIATE), so its transactions run one at a time. PostgreSQL runs READ COMMITTED,
    // and the engine takes row locks (lockRowSql) and named locks (lockNameSql) on what it
    // changes, so that concurrent annotators serialize only where they meet.
    QString beginTransaction() const;
    // Opens a read-only transaction with one snapshot for all its statements.
    QString beginReadTransaction() const;
    // Locks one row by primary key until the transaction ends; empty on SQLite.
    QString lockRowSql(const QString &table) const;
    // " FOR UPDATE" to end a SELECT that locks the rows it reads; empty on SQLite.
    QString forUpdate() const;
    // The number stored under a key (bound as the expression's one parameter) of a JSON object
    // kept in a text column; NULL when the key is absent.
    QString jsonNumber(const QString &column) const;
    // Locks a name until the transaction ends (PostgreSQL advisory lock); empty on SQLite.
    QString lockNameSql() const;
    // A subquery of the strings in one bound value, a JSON array (jsonArrayText()): for
    // `col IN (<idListSql>)` over hundreds of ids with one parameter instead of hundreds (Qt's
    // SQLite driver pays quadratically for many bound values; PostgreSQL plans one statement).
    QString idListSql() const;
    static QString jsonArrayText(const QStringList &ids);

private:
    Backend m_backend;
};

} // namespace Arborist
