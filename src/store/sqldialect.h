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
    // The statement that opens a write transaction: SQLite takes the write lock at once
    // (BEGIN IMMEDIATE), PostgreSQL runs it SERIALIZABLE.
    QString beginTransaction() const;
    // Row lock suffix for SELECT (PostgreSQL FOR UPDATE; SQLite locks the whole file).
    QString forUpdate() const;

private:
    Backend m_backend;
};

} // namespace Arborist
