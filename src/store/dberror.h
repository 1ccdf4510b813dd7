#pragma once

#include <QString>

#include <exception>

namespace Arborist {

// A failure of the database layer. `retryable` marks the transient conflicts a transaction
// retries: SQLite busy/locked, PostgreSQL serialization failure, deadlock, unique violation.
class DbError : public std::exception
{
public:
    DbError(QString message, bool retryable = false, QString nativeCode = {})
        : m_message(std::move(message)), m_native(std::move(nativeCode)), m_retryable(retryable),
          m_utf8(m_message.toUtf8())
    {
    }

    const QString &message() const noexcept { return m_message; }
    const QString &nativeCode() const noexcept { return m_native; }
    bool retryable() const noexcept { return m_retryable; }
    const char *what() const noexcept override { return m_utf8.constData(); }

private:
    QString m_message;
    QString m_native;
    bool m_retryable;
    QByteArray m_utf8;
};

} // namespace Arborist
