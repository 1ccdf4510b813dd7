#include "store/sqldialect.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace Arborist {

QString SqlDialect::qtDriverName() const
{
    return m_backend == Backend::Sqlite ? u"QSQLITE"_s : u"QPSQL"_s;
}

QString SqlDialect::expandSchema(QString sql) const
{
    sql.replace("{{AUTO_ID}}"_L1, m_backend == Backend::Sqlite ? "INTEGER PRIMARY KEY AUTOINCREMENT"_L1
                                                               : "BIGSERIAL PRIMARY KEY"_L1);
    return sql;
}

QString SqlDialect::beginTransaction() const
{
    return m_backend == Backend::Sqlite ? u"BEGIN IMMEDIATE"_s : u"BEGIN ISOLATION LEVEL READ COMMITTED"_s;
}

QString SqlDialect::beginReadTransaction() const
{
    return m_backend == Backend::Sqlite ? u"BEGIN DEFERRED"_s : u"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"_s;
}

QString SqlDialect::lockRowSql(const QString &table) const
{
    if (m_backend == Backend::Sqlite)
        return {};
    return u"SELECT 1 FROM "_s + table + u" WHERE id = ? FOR UPDATE"_s;
}

QString SqlDialect::forUpdate() const
{
    return m_backend == Backend::Sqlite ? QString() : u" FOR UPDATE"_s;
}

QString SqlDialect::jsonNumber(const QString &column) const
{
    if (m_backend == Backend::Sqlite)
        return u"json_extract("_s + column + u", '$.' || ?)"_s;
    return u"CAST(CAST("_s + column + u" AS jsonb) ->> CAST(? AS TEXT) AS DOUBLE PRECISION)"_s;
}

QString SqlDialect::lockNameSql() const
{
    if (m_backend == Backend::Sqlite)
        return {};
    return u"SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtext(?))) AS l"_s;
}

QString SqlDialect::idListSql() const
{
    return m_backend == Backend::Sqlite ? u"SELECT value FROM json_each(?)"_s
                                        : u"SELECT jsonb_array_elements_text(CAST(? AS jsonb))"_s;
}

QString SqlDialect::jsonArrayText(const QStringList &ids)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(ids)).toJson(QJsonDocument::Compact));
}

} // namespace Arborist
