#pragma once

#include "store/database.h"

#include <QStringList>
#include <QVariantList>

#include <algorithm>

namespace Arborist {

// Multi-row INSERTs into one table: rows are buffered and written several per statement, which
// is several times faster than a statement per row. PostgreSQL takes up to 500 rows (8,000
// values) a statement, saving round trips; SQLite, in process, takes up to 256 values, since
// Qt's driver looks up every parameter's name, which costs time quadratic in their number.
// The caller flushes before anything reads the table and at the end, and rolls its transaction
// back when a statement fails.
class BatchInsert
{
    Q_DISABLE_COPY_MOVE(BatchInsert)

public:
    BatchInsert(Database &db, QString table, QStringList columns)
        : m_db(db), m_table(std::move(table)), m_columns(std::move(columns)),
          m_maxRows(std::clamp((db.backend() == Backend::Sqlite ? 256 : 8000) / int(m_columns.size()), 1, 500)),
          // SQLite: a constraint error stops the statement without undoing its earlier rows,
          // so that a statement needs no journal of its own; the caller's transaction rolls
          // back on any error anyway.
          m_insert(db.backend() == Backend::Sqlite ? QStringLiteral("INSERT OR FAIL INTO ")
                                                   : QStringLiteral("INSERT INTO "))
    {
    }

    // Buffers one row; true when the buffer is full and should be flushed.
    bool add(const QVariantList &row)
    {
        Q_ASSERT(row.size() == m_columns.size());
        m_binds += row;
        return ++m_rows >= m_maxRows;
    }

    // Buffers one row and writes the buffer when it is full.
    void put(const QVariantList &row)
    {
        if (add(row))
            flush();
    }

    void flush()
    {
        // Full batches, then the rest in powers of two: every statement is prepared once and
        // cached with its last values, so few distinct sizes keep that memory small.
        qsizetype offset = 0;
        while (m_rows > 0) {
            int n = m_rows;
            if (n < m_maxRows) {
                n = 1;
                while (n * 2 <= m_rows)
                    n *= 2;
            }
            const QString one = u'(' + QStringList(m_columns.size(), QStringLiteral("?")).join(u", ") + u')';
            const QString sql = m_insert + m_table + u" (" + m_columns.join(u", ")
                + QStringLiteral(") VALUES ") + QStringList(n, one).join(u", ");
            const qsizetype values = qsizetype(n) * m_columns.size();
            m_db.exec(sql, offset == 0 && values == m_binds.size() ? m_binds : m_binds.mid(offset, values));
            offset += values;
            m_rows -= n;
            m_total += n;
        }
        m_binds.clear();
    }

    // Drops what is buffered (after a failed transaction).
    void discard()
    {
        m_binds.clear();
        m_rows = 0;
    }

    qint64 total() const { return m_total; }

private:
    Database &m_db;
    QString m_table;
    QStringList m_columns;
    int m_maxRows;
    QString m_insert;
    QVariantList m_binds;
    int m_rows = 0;
    qint64 m_total = 0;
};

// SQLite's bulk-write mode for one big transaction that this code builds row by row (an import,
// a generated corpus), opened before the transaction begins and closed after it ends:
// - a larger page cache for this connection, so that index pages are not spilled to the
//   write-ahead log and read back before the commit;
// - temporary files (statement journals, sorts) in memory rather than on disk;
// - foreign keys not enforced. Every multi-row INSERT that a foreign key could abort needs a
//   statement journal holding each page it touches, which costs more than the insert itself
//   (1.2 s of a 7 s import). The writers build references in order by construction, and the
//   same code runs with foreign keys enforced on PostgreSQL, where the tests check it.
// The connection's previous settings come back when it ends. No-op on PostgreSQL.
class BulkWrite
{
    Q_DISABLE_COPY_MOVE(BulkWrite)

public:
    BulkWrite(Database &db, int cacheMebibytes) : m_db(db)
    {
        if (db.backend() != Backend::Sqlite)
            return;
        Q_ASSERT(!db.inTransaction()); // SQLite ignores foreign_keys inside a transaction
        m_cache = db.value(QStringLiteral("PRAGMA cache_size"));
        m_tempStore = db.value(QStringLiteral("PRAGMA temp_store"));
        m_foreignKeys = db.value(QStringLiteral("PRAGMA foreign_keys"));
        db.execRaw(QStringLiteral("PRAGMA cache_size = -%1").arg(qint64(cacheMebibytes) * 1024));
        db.execRaw(QStringLiteral("PRAGMA temp_store = MEMORY"));
        db.execRaw(QStringLiteral("PRAGMA foreign_keys = OFF"));
    }
    ~BulkWrite()
    {
        if (!m_cache.isValid())
            return;
        try {
            m_db.execRaw(QStringLiteral("PRAGMA cache_size = %1").arg(m_cache.toLongLong()));
            m_db.execRaw(QStringLiteral("PRAGMA temp_store = %1").arg(m_tempStore.toInt()));
            m_db.execRaw(QStringLiteral("PRAGMA foreign_keys = %1").arg(m_foreignKeys.toInt()));
        } catch (const DbError &) {
            // Never throw from a destructor; the connection is closed with the program.
        }
    }

private:
    Database &m_db;
    QVariant m_cache, m_tempStore, m_foreignKeys;
};

} // namespace Arborist
