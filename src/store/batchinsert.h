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
// The caller flushes before anything reads the table and at the end.
class BatchInsert
{
    Q_DISABLE_COPY_MOVE(BatchInsert)

public:
    BatchInsert(Database &db, QString table, QStringList columns)
        : m_db(db), m_table(std::move(table)), m_columns(std::move(columns)),
          m_maxRows(std::clamp((db.backend() == Backend::Sqlite ? 256 : 8000) / int(m_columns.size()), 1, 500))
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
            const QString sql = QStringLiteral("INSERT INTO ") + m_table + u" (" + m_columns.join(u", ")
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
    QVariantList m_binds;
    int m_rows = 0;
    qint64 m_total = 0;
};

// SQLite: a larger page cache for this connection while one big transaction writes (an import,
// a generated corpus), so that pages are not spilled to the write-ahead log and read back before
// the commit. Restores the previous size when it ends. No-op on PostgreSQL.
class BulkWriteCache
{
    Q_DISABLE_COPY_MOVE(BulkWriteCache)

public:
    BulkWriteCache(Database &db, int mebibytes) : m_db(db)
    {
        if (db.backend() != Backend::Sqlite)
            return;
        m_previous = db.value(QStringLiteral("PRAGMA cache_size"));
        db.execRaw(QStringLiteral("PRAGMA cache_size = -%1").arg(qint64(mebibytes) * 1024));
    }
    ~BulkWriteCache()
    {
        if (!m_previous.isValid())
            return;
        try {
            m_db.execRaw(QStringLiteral("PRAGMA cache_size = %1").arg(m_previous.toLongLong()));
        } catch (const DbError &) {
            // Only this connection's cache stays larger; never throw from a destructor.
        }
    }

private:
    Database &m_db;
    QVariant m_previous;
};

} // namespace Arborist
