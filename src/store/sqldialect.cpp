#include "store/sqldialect.h"

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
    return m_backend == Backend::Sqlite ? u"BEGIN IMMEDIATE"_s
                                        : u"BEGIN ISOLATION LEVEL SERIALIZABLE"_s;
}

QString SqlDialect::forUpdate() const
{
    return m_backend == Backend::Sqlite ? QString() : u" FOR UPDATE"_s;
}

} // namespace Arborist
