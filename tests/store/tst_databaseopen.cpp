// Database::open, migrate() and requireSchema() on the files and servers a user may point
// Arborist at by mistake: a missing file, a file that is not SQLite, another program's SQLite
// database, a database of a newer Arborist, a server that is not there. Each is refused with a
// sentence the user can act on, and nothing of theirs is changed.

#include "store/database.h"
#include "support/testdatabase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace Qt::StringLiterals;
using namespace Arborist;
using Arborist::Test::dbErrorFrom;

Q_DECLARE_METATYPE(Arborist::Database::OpenMode)

namespace {

QString sqliteUrl(const QString &path) { return u"sqlite://"_s + path; }

// Table names in a SQLite file, read without Arborist.
QStringList tablesOf(const QString &path)
{
    const QString name = u"tst_databaseopen_peek"_s;
    QStringList tables;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (db.open())
            tables = db.tables();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    tables.sort();
    return tables;
}

QByteArray contentsOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class tst_DatabaseOpen : public QObject
{
    Q_OBJECT

private slots:
    void missingFileMustExist()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"missing/arborist.db"_s);
        const std::optional<DbError> error = dbErrorFrom([&] { Database::open(sqliteUrl(path)); });
        QVERIFY2(error, "a missing file was opened");
        QVERIFY2(error->message().contains(path), qPrintable(error->message()));
        QVERIFY2(error->message().contains(u"arborist-cli init"_s), qPrintable(error->message()));
        // Nothing was created on the way.
        QVERIFY(!QFileInfo::exists(path));
        QVERIFY(!QFileInfo::exists(dir.filePath(u"missing"_s)));
    }

    void createIfMissingCreatesFileAndFolders()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"a/b/c/arborist.db"_s);
        {
            auto db = Database::open(sqliteUrl(path), Database::OpenMode::CreateIfMissing);
            QVERIFY(QFileInfo(path).isFile());
            QCOMPARE(db->schemaVersion(), 0);
            db->migrate();
            QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
        }
        // It persists: opening it again needs no CreateIfMissing, and the schema is there.
        auto again = Database::open(sqliteUrl(path));
        QCOMPARE(again->schemaVersion(), Database::latestSchemaVersion());
        again->requireSchema();
        QVERIFY(tablesOf(path).contains(u"message"_s));
    }

    void openingAnExistingFileKeepsItsData()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"arborist.db"_s);
        {
            auto db = Database::open(sqliteUrl(path), Database::OpenMode::CreateIfMissing);
            db->migrate();
            db->exec(u"INSERT INTO setting (key, value, updated) VALUES (?, ?, ?)"_s, {u"k"_s, u"v"_s, 1});
        }
        // CreateIfMissing on an existing database opens it as it is.
        auto db = Database::open(sqliteUrl(path), Database::OpenMode::CreateIfMissing);
        QCOMPARE(db->value(u"SELECT value FROM setting WHERE key = ?"_s, {u"k"_s}).toString(), u"v"_s);
    }

    void notSqliteFileRefused_data()
    {
        QTest::addColumn<Database::OpenMode>("mode");
        QTest::newRow("MustExist") << Database::OpenMode::MustExist;
        QTest::newRow("CreateIfMissing") << Database::OpenMode::CreateIfMissing;
    }

    void notSqliteFileRefused()
    {
        QFETCH(Database::OpenMode, mode);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"notes.db"_s);
        QByteArray text;
        for (int i = 0; i < 200; ++i)
            text += "Shopping list, line " + QByteArray::number(i) + ": apples, bread, 42 eggs.\n";
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QCOMPARE(file.write(text), text.size());
        }
        const std::optional<DbError> error = dbErrorFrom([&] { Database::open(sqliteUrl(path), mode); });
        QVERIFY2(error, "a text file was opened as a database");
        QVERIFY2(error->message().contains(u"not an Arborist database"_s), qPrintable(error->message()));
        QVERIFY2(error->message().contains(path), qPrintable(error->message()));
        QCOMPARE(contentsOf(path), text); // the user's file is untouched
    }

    void folderRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"data.db"_s);
        QVERIFY(QDir().mkpath(path));
        const std::optional<DbError> error =
            dbErrorFrom([&] { Database::open(sqliteUrl(path), Database::OpenMode::CreateIfMissing); });
        QVERIFY2(error, "a folder was opened as a database");
        QVERIFY2(error->message().contains(u"folder"_s) && error->message().contains(path),
                 qPrintable(error->message()));
    }

    void badUrlRefused()
    {
        const std::optional<DbError> error = dbErrorFrom([&] { Database::open(u"sqlite://arborist.db"_s); });
        QVERIFY(error);
        QVERIFY2(error->message().contains(u"absolute path"_s), qPrintable(error->message()));
    }

    void otherProgramsDatabaseRefusedUnchanged()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"other.sqlite"_s);
        const QString name = u"tst_databaseopen_other"_s;
        auto journalMode = [&] {
            QString mode;
            {
                QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
                other.setDatabaseName(path);
                if (other.open()) {
                    QSqlQuery query(other);
                    if (query.exec(u"PRAGMA journal_mode"_s) && query.next())
                        mode = query.value(0).toString();
                }
                other.close();
            }
            QSqlDatabase::removeDatabase(name);
            return mode;
        };
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QSqlQuery query(other);
            QVERIFY(query.exec(u"CREATE TABLE foo (id INTEGER PRIMARY KEY, what TEXT)"_s));
            QVERIFY(query.exec(u"INSERT INTO foo (what) VALUES ('keep me')"_s));
            query.finish();
            other.close();
        }
        QSqlDatabase::removeDatabase(name);
        const QString modeBefore = journalMode();

        for (Database::OpenMode mode : {Database::OpenMode::MustExist, Database::OpenMode::CreateIfMissing}) {
            const std::optional<DbError> error = dbErrorFrom([&] { Database::open(sqliteUrl(path), mode); });
            QVERIFY2(error, "another program's database was opened");
            QVERIFY2(error->message().contains(u"another program"_s) && error->message().contains(path),
                     qPrintable(error->message()));
        }
        QCOMPARE(tablesOf(path), QStringList{u"foo"_s}); // no schema_version, no Arborist table
        QCOMPARE(journalMode(), modeBefore);              // not even switched to WAL
        QVERIFY(modeBefore.compare(u"wal"_s, Qt::CaseInsensitive) != 0);
    }

    void requireSchemaOnEmptyFileSaysInit()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"new.db"_s);
        auto db = Database::open(sqliteUrl(path), Database::OpenMode::CreateIfMissing);
        QCOMPARE(db->schemaVersion(), 0);
        const std::optional<DbError> error = dbErrorFrom([&] { db->requireSchema(); });
        QVERIFY2(error, "requireSchema() accepted an empty database");
        QVERIFY2(error->message().contains(u"arborist-cli init"_s), qPrintable(error->message()));
        QVERIFY2(error->message().contains(path), qPrintable(error->message()));
        QVERIFY(!error->retryable());
    }

    void newerSchemaRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"future.db"_s);
        const int future = Database::latestSchemaVersion() + 1;
        {
            auto db = Database::open(sqliteUrl(path), Database::OpenMode::CreateIfMissing);
            db->migrate();
            db->exec(u"INSERT INTO schema_version (version, applied) VALUES (?, ?)"_s, {future, 1});
        }
        auto db = Database::open(sqliteUrl(path));
        QCOMPARE(db->schemaVersion(), future);

        const std::optional<DbError> required = dbErrorFrom([&] { db->requireSchema(); });
        QVERIFY2(required, "requireSchema() accepted a newer schema");
        QVERIFY2(required->message().contains(u"newer"_s), qPrintable(required->message()));

        const std::optional<DbError> migrated = dbErrorFrom([&] { db->migrate(); });
        QVERIFY2(migrated, "migrate() accepted a newer schema");
        QVERIFY2(migrated->message().contains(u"newer"_s), qPrintable(migrated->message()));
        // Left as it was.
        QCOMPARE(db->schemaVersion(), future);
        QCOMPARE(db->value(u"SELECT COUNT(*) FROM schema_version"_s).toInt(), future);
    }

    // Needs no server: nothing listens on port 1.
    void postgresUnreachable()
    {
        QElapsedTimer timer;
        timer.start();
        const std::optional<DbError> error =
            dbErrorFrom([&] { Database::open(u"postgresql://postgres:s3cr3tPw@127.0.0.1:1/x"_s); });
        const qint64 elapsed = timer.elapsed();
        QVERIFY2(error, "connected to a closed port");
        const QString message = error->message();
        QVERIFY2(message.contains(u"Cannot connect"_s), qPrintable(message));
        QVERIFY2(message.contains(u"127.0.0.1:1/"_s), qPrintable(message)); // host and port
        QVERIFY2(!message.contains(u"s3cr3tPw"_s), qPrintable(message));
        QVERIFY2(elapsed < 30'000, qPrintable(u"took %1 ms"_s.arg(elapsed)));
    }
};

QTEST_GUILESS_MAIN(tst_DatabaseOpen)
#include "tst_databaseopen.moc"
