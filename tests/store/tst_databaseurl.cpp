// DatabaseUrl::parse: the URLs a user types on the command line or in the settings dialog.
// Good ones give the right connection fields; bad ones are refused with a sentence that names
// what is wrong. No password ever shows up in displayString() or in an error sentence.

#include "store/databaseurl.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Arborist;

Q_DECLARE_METATYPE(Arborist::Backend)

namespace {
// The password every URL with a password uses, so that a test can look for it.
constexpr auto kSecret = "s3cr3tPw"_L1;
} // namespace

class tst_DatabaseUrl : public QObject
{
    Q_OBJECT

private slots:
    void goodUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<Backend>("backend");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("database");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("sslMode");
        QTest::addColumn<QString>("sslRootCert");
        QTest::addColumn<int>("connectTimeout");

        const QString none;
        QTest::newRow("sqlite absolute path")
            << u"sqlite:///home/ann/arborist.db"_s << Backend::Sqlite << u"/home/ann/arborist.db"_s
            << none << 5432 << none << none << none << none << none << 5;
        QTest::newRow("sqlite percent-encoded space")
            << u"sqlite:///home/ann/my%20data/arborist.db"_s << Backend::Sqlite
            << u"/home/ann/my data/arborist.db"_s << none << 5432 << none << none << none << none << none << 5;
        QTest::newRow("sqlite path is cleaned")
            << u"sqlite:///home/ann/x/../arborist.db"_s << Backend::Sqlite << u"/home/ann/arborist.db"_s
            << none << 5432 << none << none << none << none << none << 5;
        QTest::newRow("sqlite surrounding blanks")
            << u"  sqlite:///tmp/a.db \n"_s << Backend::Sqlite << u"/tmp/a.db"_s
            << none << 5432 << none << none << none << none << none << 5;
        QTest::newRow("postgresql all parts")
            << u"postgresql://alice@db.example.org:6543/arborist?sslmode=require"_s << Backend::Postgres
            << none << u"db.example.org"_s << 6543 << u"arborist"_s << u"alice"_s << none << u"require"_s
            << none << 5;
        QTest::newRow("postgresql default port")
            << u"postgresql://alice@db.example.org/arborist"_s << Backend::Postgres << none
            << u"db.example.org"_s << 5432 << u"arborist"_s << u"alice"_s << none << none << none << 5;
        QTest::newRow("postgresql no user")
            << u"postgresql://localhost/arb"_s << Backend::Postgres << none << u"localhost"_s << 5432
            << u"arb"_s << none << none << none << none << 5;
        QTest::newRow("postgresql password decoded")
            << u"postgresql://bob:p%40ss%3Aw%2Fd@10.0.0.7:5433/team"_s << Backend::Postgres << none
            << u"10.0.0.7"_s << 5433 << u"team"_s << u"bob"_s << u"p@ss:w/d"_s << none << none << 5;
        QTest::newRow("postgresql non-ASCII user decoded")
            << u"postgresql://j%C3%BCrgen@h/db"_s << Backend::Postgres << none << u"h"_s << 5432
            << u"db"_s << u"jürgen"_s << none << none << none << 5;
        QTest::newRow("postgresql every option")
            << u"postgresql://a@h/db?sslmode=verify-full&sslrootcert=/etc/ssl/ca.pem&connect_timeout=10"_s
            << Backend::Postgres << none << u"h"_s << 5432 << u"db"_s << u"a"_s << none
            << u"verify-full"_s << u"/etc/ssl/ca.pem"_s << 10;
        QTest::newRow("postgresql IPv6 host")
            << u"postgresql://a@[::1]:5433/db"_s << Backend::Postgres << none << u"::1"_s << 5433
            << u"db"_s << u"a"_s << none << none << none << 5;
        QTest::newRow("postgresql '@' in user, space in database and certificate path")
            << u"postgresql://j%40ne@h/my%20db?sslrootcert=/home/ann/my%20certs/ca%26b.pem&sslmode=verify-ca"_s
            << Backend::Postgres << none << u"h"_s << 5432 << u"my db"_s << u"j@ne"_s << none
            << u"verify-ca"_s << u"/home/ann/my certs/ca&b.pem"_s << 5;
        QTest::newRow("postgres:// alias")
            << u"postgres://carol@pg.local/annotations?sslmode=disable"_s << Backend::Postgres << none
            << u"pg.local"_s << 5432 << u"annotations"_s << u"carol"_s << none << u"disable"_s << none << 5;
    }

    void goodUrls()
    {
        QFETCH(QString, url);
        QString error = u"untouched"_s;
        const std::optional<DatabaseUrl> parsed = DatabaseUrl::parse(url, &error);
        QVERIFY2(parsed.has_value(), qPrintable(error));
        QFETCH(Backend, backend);
        QCOMPARE(parsed->backend, backend);
        QTEST(parsed->path, "path");
        QTEST(parsed->host, "host");
        QTEST(parsed->port, "port");
        QTEST(parsed->database, "database");
        QTEST(parsed->user, "user");
        QTEST(parsed->password, "password");
        QTEST(parsed->sslMode, "sslMode");
        QTEST(parsed->sslRootCert, "sslRootCert");
        QTEST(parsed->connectTimeoutSec, "connectTimeout");
    }

    // Messages tell the user to run `arborist-cli init --db <displayString()>`, so it must name
    // the same database again when parsed, minus the password.
    void displayStringParsesBack_data() { goodUrls_data(); }
    void displayStringParsesBack()
    {
        QFETCH(QString, url);
        const std::optional<DatabaseUrl> parsed = DatabaseUrl::parse(url, nullptr);
        QVERIFY(parsed);
        const QString shown = parsed->displayString();
        QString error;
        const std::optional<DatabaseUrl> again = DatabaseUrl::parse(shown, &error);
        QVERIFY2(again, qPrintable(shown + u" does not parse: "_s + error));
        QCOMPARE(again->backend, parsed->backend);
        QCOMPARE(again->path, parsed->path);
        QCOMPARE(again->host, parsed->host);
        QCOMPARE(again->port, parsed->port);
        QCOMPARE(again->database, parsed->database);
        QCOMPARE(again->user, parsed->user);
        QCOMPARE(again->password, QString());
        QCOMPARE(again->sslMode, parsed->sslMode);
        QCOMPARE(again->sslRootCert, parsed->sslRootCert);
        QCOMPARE(again->connectTimeoutSec, parsed->connectTimeoutSec);
    }

    void displayStringHidesPassword_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("shows");
        QTest::newRow("plain") << u"postgresql://bob:%1@db.example.org:5433/team"_s.arg(kSecret)
                               << u"bob@db.example.org:5433/team"_s;
        QTest::newRow("with options")
            << u"postgresql://bob:%1@h/team?sslmode=require&connect_timeout=3"_s.arg(kSecret)
            << u"sslmode=require"_s;
        QTest::newRow("alias") << u"postgres://bob:%1@h/team"_s.arg(kSecret) << u"bob@h"_s;
        QTest::newRow("empty user") << u"postgresql://:%1@h/team"_s.arg(kSecret) << u"h:5432/team"_s;
    }

    void displayStringHidesPassword()
    {
        QFETCH(QString, url);
        QFETCH(QString, shows);
        const std::optional<DatabaseUrl> parsed = DatabaseUrl::parse(url, nullptr);
        QVERIFY(parsed);
        QCOMPARE(parsed->password, QString(kSecret));
        const QString shown = parsed->displayString();
        QVERIFY2(!shown.contains(kSecret), qPrintable(shown));
        QVERIFY2(shown.contains(shows), qPrintable(shown));
    }

    void displayStringOfSqliteIsItsUrl()
    {
        const std::optional<DatabaseUrl> parsed = DatabaseUrl::parse(u"sqlite:///var/lib/arborist/a.db"_s, nullptr);
        QVERIFY(parsed);
        QCOMPARE(parsed->displayString(), u"sqlite:///var/lib/arborist/a.db"_s);
    }

    void badUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QStringList>("mentions"); // every entry must appear in the sentence

        const auto pw = [](const char *pattern) { return QString::fromLatin1(pattern).arg(kSecret); };
        QTest::newRow("empty") << QString() << QStringList{u"No database URL"_s};
        QTest::newRow("blank") << u"   \t"_s << QStringList{u"No database URL"_s};
        QTest::newRow("unknown scheme")
            << pw("mysql://root:%1@localhost/arborist")
            << QStringList{u"not a database URL"_s, u"mysql://"_s, u"sqlite:///"_s, u"postgresql://"_s};
        QTest::newRow("bare file name") << u"arborist.db"_s << QStringList{u"not a database URL"_s};
        QTest::newRow("sqlite relative path")
            << u"sqlite://rel.db"_s << QStringList{u"absolute path"_s, u"sqlite://rel.db"_s};
        QTest::newRow("sqlite relative, one slash")
            << u"sqlite:rel.db"_s << QStringList{u"absolute path"_s};
        QTest::newRow("sqlite no file") << u"sqlite:///"_s << QStringList{u"no database file"_s};
        QTest::newRow("sqlite folder") << u"sqlite:///tmp/data/"_s << QStringList{u"no database file"_s};
        QTest::newRow("postgresql no host")
            << pw("postgresql://bob:%1@/arborist") << QStringList{u"no server host"_s};
        QTest::newRow("postgresql no host, no user")
            << u"postgresql:///arborist"_s << QStringList{u"no server host"_s};
        QTest::newRow("postgresql no database")
            << pw("postgresql://bob:%1@db.example.org:5432") << QStringList{u"no database"_s};
        QTest::newRow("postgresql empty database")
            << u"postgresql://bob@db.example.org/"_s << QStringList{u"no database"_s};
        QTest::newRow("postgresql non-numeric port")
            << pw("postgresql://bob:%1@db.example.org:pg/arborist") << QStringList{u"port"_s};
        QTest::newRow("postgresql port too large")
            << pw("postgresql://bob:%1@db.example.org:70000/arborist") << QStringList{u"port"_s};
        QTest::newRow("postgresql port zero")
            << pw("postgresql://bob:%1@db.example.org:0/arborist") << QStringList{u"invalid port"_s};
        QTest::newRow("unknown sslmode")
            << pw("postgresql://bob:%1@h/db?sslmode=maybe")
            << QStringList{u"sslmode"_s, u"maybe"_s, u"require"_s, u"verify-full"_s};
        QTest::newRow("unknown option")
            << pw("postgresql://bob:%1@h/db?application_name=x")
            << QStringList{u"Unknown option"_s, u"application_name"_s, u"sslmode"_s};
        QTest::newRow("password as query option")
            << u"postgresql://bob@h/db?password=x"_s << QStringList{u"Unknown option"_s, u"\"password\""_s};
        QTest::newRow("non-numeric connect_timeout")
            << pw("postgresql://bob:%1@h/db?connect_timeout=soon") << QStringList{u"connect_timeout"_s, u"seconds"_s};
        QTest::newRow("zero connect_timeout")
            << u"postgresql://bob@h/db?connect_timeout=0"_s << QStringList{u"connect_timeout"_s, u"positive"_s};
        QTest::newRow("negative connect_timeout")
            << u"postgresql://bob@h/db?connect_timeout=-3"_s << QStringList{u"connect_timeout"_s};
    }

    void badUrls()
    {
        QFETCH(QString, url);
        QFETCH(QStringList, mentions);
        QString error;
        const std::optional<DatabaseUrl> parsed = DatabaseUrl::parse(url, &error);
        QVERIFY2(!parsed, qPrintable(u"accepted: "_s + url));
        QVERIFY2(error.endsWith(u'.'), qPrintable(u"not a sentence: "_s + error));
        for (const QString &mention : mentions)
            QVERIFY2(error.contains(mention, Qt::CaseInsensitive),
                     qPrintable(u"\"%1\" does not mention \"%2\""_s.arg(error, mention)));
        // An error sentence ends up on screen and in logs: it must not repeat the password.
        QVERIFY2(!error.contains(kSecret), qPrintable(u"password leaked: "_s + error));
    }

    void badUrlWithoutErrorPointer()
    {
        // Callers that only want a yes/no may pass no error string.
        QVERIFY(!DatabaseUrl::parse(u"mysql://h/db"_s, nullptr));
        QVERIFY(DatabaseUrl::parse(u"sqlite:///tmp/a.db"_s, nullptr));
    }

    void defaultUrlIsAnAbsoluteSqliteFile()
    {
        const QString url = DatabaseUrl::defaultUrl();
        QString error;
        const std::optional<DatabaseUrl> parsed = DatabaseUrl::parse(url, &error);
        QVERIFY2(parsed, qPrintable(url + u": "_s + error));
        QCOMPARE(parsed->backend, Backend::Sqlite);
        QVERIFY2(parsed->path.startsWith(u'/'), qPrintable(parsed->path));
        QVERIFY2(parsed->path.endsWith(u"/arborist.db"_s), qPrintable(parsed->path));
    }
};

QTEST_GUILESS_MAIN(tst_DatabaseUrl)
#include "tst_databaseurl.moc"
