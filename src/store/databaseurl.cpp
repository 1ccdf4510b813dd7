#include "store/databaseurl.h"

#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace Arborist {

std::optional<DatabaseUrl> DatabaseUrl::parse(const QString &text, QString *error)
{
    auto fail = [&](const QString &why) -> std::optional<DatabaseUrl> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    const QString trimmed = text.trimmed();
    const QString examples =
        tr("Use sqlite:///absolute/path/arborist.db or postgresql://user@host:5432/dbname.");
    if (trimmed.isEmpty())
        return fail(tr("No database URL given. %1").arg(examples));
    // Error sentences end up on screen and in logs: they repeat the URL without its password.
    static const QRegularExpression userPassword(u"^([A-Za-z][A-Za-z0-9+.-]*://[^/?#@:]*):[^/?#]*@"_s);
    QString shown = trimmed;
    shown.replace(userPassword, u"\\1:***@"_s);

    DatabaseUrl result;
    if (trimmed.startsWith("sqlite:"_L1)) {
        if (!trimmed.startsWith("sqlite:///"_L1))
            return fail(tr("\"%1\" is not a SQLite URL with an absolute path. %2").arg(shown, examples));
        result.backend = Backend::Sqlite;
        // sqlite:///abs/path → /abs/path; percent-encoding allowed.
        result.path = QUrl::fromPercentEncoding(trimmed.mid(9).toUtf8());
        if (result.path.size() < 2 || result.path.endsWith(u'/'))
            return fail(tr("\"%1\" names no database file. %2").arg(shown, examples));
        result.path = QDir::cleanPath(result.path);
        return result;
    }

    if (trimmed.startsWith("postgresql://"_L1) || trimmed.startsWith("postgres://"_L1)) {
        const QUrl url(trimmed, QUrl::StrictMode);
        if (!url.isValid())
            return fail(tr("\"%1\" is not a valid URL: %2. %3")
                            .arg(shown, url.errorString().section(u"; source was"_s, 0, 0), examples));
        result.backend = Backend::Postgres;
        result.host = url.host();
        if (result.host.isEmpty())
            return fail(tr("\"%1\" names no server host. %2").arg(shown, examples));
        result.port = url.port(5432);
        if (result.port <= 0 || result.port > 65535)
            return fail(tr("\"%1\" has an invalid port. %2").arg(shown, examples));
        result.database = url.path().mid(1);
        if (result.database.isEmpty() || result.database.contains(u'/'))
            return fail(tr("\"%1\" names no database (the part after the last '/'). %2")
                            .arg(shown, examples));
        result.user = url.userName(QUrl::FullyDecoded);
        result.password = url.password(QUrl::FullyDecoded);
        const QUrlQuery query(url);
        const QStringList sslModes = {u"disable"_s, u"allow"_s,     u"prefer"_s,
                                      u"require"_s, u"verify-ca"_s, u"verify-full"_s};
        for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
            if (key == "sslmode"_L1) {
                if (!sslModes.contains(value))
                    return fail(tr("sslmode \"%1\" is not one of %2.").arg(value, sslModes.join(u", "_s)));
                result.sslMode = value;
            } else if (key == "sslrootcert"_L1) {
                result.sslRootCert = value;
            } else if (key == "connect_timeout"_L1) {
                bool ok = false;
                result.connectTimeoutSec = value.toInt(&ok);
                if (!ok || result.connectTimeoutSec < 1)
                    return fail(tr("connect_timeout must be a positive number of seconds."));
            } else {
                return fail(tr("Unknown option \"%1\" in the database URL; known are sslmode, "
                               "sslrootcert and connect_timeout.").arg(key));
            }
        }
        return result;
    }

    return fail(tr("\"%1\" is not a database URL. %2").arg(shown, examples));
}

QString DatabaseUrl::displayString() const
{
    if (backend == Backend::Sqlite)
        return u"sqlite://"_s + path;
    // Built by QUrl so that it parses back to the same database (messages suggest
    // `arborist-cli init --db <this>`): IPv6 hosts in brackets, '@' or '/' in names encoded.
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setUserName(user);
    url.setHost(host);
    url.setPort(port);
    url.setPath(u'/' + database);
    QUrlQuery query;
    if (!sslMode.isEmpty())
        query.addQueryItem(u"sslmode"_s, sslMode);
    if (!sslRootCert.isEmpty())
        query.addQueryItem(u"sslrootcert"_s, QString::fromUtf8(QUrl::toPercentEncoding(sslRootCert, "/")));
    if (connectTimeoutSec != DatabaseUrl().connectTimeoutSec)
        query.addQueryItem(u"connect_timeout"_s, QString::number(connectTimeoutSec));
    url.setQuery(query);
    return url.toString(QUrl::EncodeSpaces);
}

QString DatabaseUrl::defaultUrl()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return u"sqlite://"_s + QDir(dir).absoluteFilePath(u"arborist.db"_s);
}

} // namespace Arborist
