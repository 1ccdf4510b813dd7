#include "support/testdatabase.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Arborist::Test {

Backend backend()
{
    return qEnvironmentVariable("ARBORIST_TEST_BACKEND") == "pg"_L1 ? Backend::Postgres : Backend::Sqlite;
}

QString backendName() { return backend() == Backend::Postgres ? u"pg"_s : u"sqlite"_s; }

namespace {
// The cluster's port: ARBORIST_TEST_PG_PORT if set, else the second line of the state file the
// pg_cluster fixture wrote (ARBORIST_TEST_PG_STATE), else the configured default.
QString pgServer()
{
    QString port = qEnvironmentVariable("ARBORIST_TEST_PG_PORT");
    if (port.isEmpty()) {
        QFile state(qEnvironmentVariable("ARBORIST_TEST_PG_STATE"));
        if (state.open(QIODevice::ReadOnly))
            port = QString::fromUtf8(state.readAll()).split(u'\n').value(1).trimmed();
    }
    if (port.isEmpty())
        port = QString::number(ARBORIST_TEST_PG_PORT);
    return u"postgresql://postgres@127.0.0.1:%1/"_s.arg(port);
}

QString pgDatabaseName()
{
    QString name = qEnvironmentVariable("ARBORIST_TEST_PG_DB");
    if (name.isEmpty())
        name = QFileInfo(QCoreApplication::applicationFilePath()).baseName();
    name = u"arborist_"_s + name.toLower();
    name.replace(QRegularExpression(u"[^a-z0-9_]"_s), u"_"_s);
    return name;
}
} // namespace

TestDatabase::TestDatabase()
{
    if (backend() == Backend::Sqlite) {
        m_url = u"sqlite://"_s + m_dir.filePath(u"test.db"_s);
        auto db = Database::open(m_url, Database::OpenMode::CreateIfMissing);
        db->migrate();
        return;
    }
    const QString name = pgDatabaseName();
    {
        auto admin = Database::open(pgServer() + u"postgres"_s);
        if (admin->value(u"SELECT COUNT(*) FROM pg_database WHERE datname = ?"_s, {name}).toInt() == 0)
            admin->execRaw(u"CREATE DATABASE "_s + name);
    }
    m_url = pgServer() + name;
    auto db = Database::open(m_url);
    db->execRaw(u"DROP SCHEMA IF EXISTS public CASCADE"_s);
    db->execRaw(u"CREATE SCHEMA public"_s);
    db->migrate();
}

TestDatabase::~TestDatabase() = default;

std::unique_ptr<Database> TestDatabase::connect() const { return Database::open(m_url); }

} // namespace Arborist::Test
