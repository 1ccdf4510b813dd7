#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Arborist {

enum class Backend { Sqlite, Postgres };

// A database named by a URL (DESIGN.md): sqlite:///absolute/path.db or
// postgresql://user[:password]@host[:port]/dbname[?sslmode=...&sslrootcert=...&connect_timeout=...].
struct DatabaseUrl
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseUrl)

public:
    Backend backend = Backend::Sqlite;
    QString path;     // SQLite
    QString host;     // PostgreSQL
    int port = 5432;
    QString database;
    QString user;
    QString password; // only if written in the URL; libpq also reads PGPASSWORD and ~/.pgpass
    QString sslMode;
    QString sslRootCert;
    int connectTimeoutSec = 5;

    // Parses a URL; on failure returns nullopt and a sentence saying what is wrong and how a
    // good URL looks in *error.
    static std::optional<DatabaseUrl> parse(const QString &url, QString *error);
    // The URL without any password, for messages and logs.
    QString displayString() const;
    // The default embedded database: sqlite:///<AppDataLocation>/arborist.db
    static QString defaultUrl();
};

} // namespace Arborist
