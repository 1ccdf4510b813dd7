#include "support/testdatabase.h"

#include <QUrl>

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
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

QString pgCaFile()
{
    QFile state(qEnvironmentVariable("ARBORIST_TEST_PG_STATE"));
    if (!state.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(state.readAll()).split(u'\n').value(2).trimmed();
}

QString makeUnrelatedCa(const QString &folder, QString *error)
{
    const QString key = QDir(folder).filePath(u"unrelated-ca.key"_s);
    const QString certificate = QDir(folder).filePath(u"unrelated-ca.crt"_s);
    QProcess openssl;
    openssl.setProcessChannelMode(QProcess::MergedChannels);
    openssl.start(u"openssl"_s, {u"req"_s, u"-x509"_s, u"-new"_s, u"-nodes"_s, u"-newkey"_s, u"ec"_s,
                                 u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s, u"-sha256"_s,
                                 u"-days"_s, u"2"_s, u"-subj"_s, u"/CN=Unrelated test CA"_s,
                                 u"-keyout"_s, key, u"-out"_s, certificate});
    if (!openssl.waitForFinished(60'000) || openssl.exitStatus() != QProcess::NormalExit
        || openssl.exitCode() != 0) {
        if (error)
            *error = u"openssl could not make a CA (%1): %2"_s.arg(openssl.errorString(),
                                                                 QString::fromUtf8(openssl.readAll()));
        return {};
    }
    return certificate;
}

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

QString urlAs(const QString &url, const QString &user, const QString &password)
{
    QUrl u(url);
    u.setUserName(user);
    u.setPassword(password);
    return u.toString(QUrl::FullyEncoded);
}

} // namespace Arborist::Test
