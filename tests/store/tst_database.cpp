// Database on the backend chosen by ARBORIST_TEST_BACKEND (sqlite|pg): schema creation and
// migration, transactions (rollback, nesting, bounded retry), bound values, query helpers, and
// two connections in two threads competing for the same row.

#include "store/database.h"
#include "store/migrations.h"
#include "support/testdatabase.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QRegularExpression>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <limits>
#include <optional>
#include <stdexcept>

using namespace Qt::StringLiterals;
using namespace Arborist;
using namespace Arborist::Test;

namespace {

// Generous bound for anything that merely has to finish (never a speed assertion).
constexpr int kFinishMs = 120'000;
// How long a worker waits for its partner before going on alone.
constexpr int kPartnerMs = 20'000;

int count(Database &db, const QString &table) { return db.value(u"SELECT COUNT(*) FROM "_s + table).toInt(); }

// A one-row table holding a counter at 0.
void createCounter(Database &db)
{
    db.execRaw(u"CREATE TABLE counter (id INTEGER PRIMARY KEY, n INTEGER NOT NULL)"_s);
    db.exec(u"INSERT INTO counter (id, n) VALUES (?, ?)"_s, {1, 0});
}

// One read-then-write increment of a counter row; returns the value it read. With `lock`, the
// row is locked first (Database::lockRow), as the engine does before it changes a row.
int increment(Database &db, int id = 1, bool lock = true)
{
    if (lock)
        db.lockRow(u"counter"_s, id);
    const int n = db.value(u"SELECT n FROM counter WHERE id = ?"_s, {id}).toInt();
    db.exec(u"UPDATE counter SET n = ? WHERE id = ?"_s, {n + 1, id});
    return n;
}

int counterValue(Database &db, int id = 1) { return db.value(u"SELECT n FROM counter WHERE id = ?"_s, {id}).toInt(); }

// A thread with its own connection to `url` (a connection is used only by the thread that
// opened it). Records what went wrong instead of throwing across threads. Waits for the
// thread when destroyed, so a failing test never leaves it running.
class Worker
{
public:
    Worker(QString url, std::function<void(Database &)> body)
        : m_thread(QThread::create([this, url = std::move(url), body = std::move(body)] {
              try {
                  std::unique_ptr<Database> db = Database::open(url);
                  body(*db);
                  m_retries = db->retryCount();
              } catch (const std::exception &error) {
                  m_error = QString::fromUtf8(error.what());
              }
          }))
    {
        m_thread->start();
    }
    ~Worker() { m_thread->wait(); }

    bool finish() { return m_thread->wait(QDeadlineTimer(kFinishMs)); }
    const QString &error() const { return m_error; }
    qint64 retries() const { return m_retries; }

private:
    QString m_error;
    qint64 m_retries = -1;
    std::unique_ptr<QThread> m_thread;
};

} // namespace

class tst_Database : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qInfo("backend: %s", qPrintable(backendName())); }

    void freshDatabaseMigratesToLatest()
    {
        TestDatabase tdb;
        QTemporaryDir dir;
        std::unique_ptr<Database> db;
        if (backend() == Backend::Sqlite) {
            db = Database::open(u"sqlite://"_s + dir.filePath(u"fresh.db"_s), Database::OpenMode::CreateIfMissing);
        } else {
            db = tdb.connect();
            db->execRaw(u"DROP SCHEMA public CASCADE"_s);
            db->execRaw(u"CREATE SCHEMA public"_s);
        }
        QCOMPARE(db->schemaVersion(), 0);
        const std::optional<DbError> missing = dbErrorFrom([&] { db->requireSchema(); });
        QVERIFY(missing);
        QVERIFY2(missing->message().contains(u"arborist-cli init"_s), qPrintable(missing->message()));

        const qint64 before = QDateTime::currentMSecsSinceEpoch();
        db->migrate();
        QVERIFY(Database::latestSchemaVersion() >= 1);
        QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
        db->requireSchema();
        QCOMPARE(count(*db, u"schema_version"_s), Database::latestSchemaVersion());
        const qint64 applied = db->value(u"SELECT MIN(applied) FROM schema_version"_s).toLongLong();
        QVERIFY2(applied >= before - 1000 && applied <= QDateTime::currentMSecsSinceEpoch() + 1000,
                 qPrintable(QString::number(applied)));
        QVERIFY(!db->inTransaction());

        // Committed: another connection sees the schema.
        const std::unique_ptr<Database> other = Database::open(db->url().backend == Backend::Sqlite
                                                                   ? u"sqlite://"_s + db->url().path
                                                                   : tdb.url());
        QCOMPARE(other->schemaVersion(), Database::latestSchemaVersion());
        other->requireSchema();
    }

    void migrateTwiceIsHarmless()
    {
        TestDatabase tdb;
        auto db = tdb.connect();
        db->exec(u"INSERT INTO app_user (id, name, display_name, role, lang, created) VALUES (?, ?, ?, ?, ?, ?)"_s,
                 {u"u1"_s, u"ann"_s, u"Ann"_s, u"annotator"_s, u"en"_s, 1});
        db->migrate();
        db->migrate();
        tdb.connect()->migrate(); // and from another connection
        QCOMPARE(db->schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(count(*db, u"schema_version"_s), Database::latestSchemaVersion());
        db->requireSchema();
        QCOMPARE(db->value(u"SELECT display_name FROM app_user WHERE id = ?"_s, {u"u1"_s}).toString(), u"Ann"_s);
        QCOMPARE(count(*db, u"app_user"_s), 1);
    }

    void everyTableExists_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("columns");
        QTest::newRow("schema_version") << u"schema_version"_s << u"version, applied"_s;
        QTest::newRow("app_user") << u"app_user"_s
                                  << u"id, name, display_name, role, lang, enabled, deleted, created"_s;
        QTest::newRow("setting") << u"setting"_s << u"key, value, updated, updated_by"_s;
        QTest::newRow("audit_log")
            << u"audit_log"_s
            << u"id, at, user_id, action, object_type, object_id, before_value, after_value, reason"_s;
        QTest::newRow("tree") << u"tree"_s
                              << u"id, state, active, lang, goal_tree_size, max_depth, max_children_count, "
                                 "origin, won_lottery_at, created, updated"_s;
        QTest::newRow("message")
            << u"message"_s
            << u"id, tree_id, parent_id, task_id, user_id, role, text, lang, depth, children_count, deleted, "
               "review_count, review_result, ranking_count, rank, synthetic, model_name, edited, created"_s;
        QTest::newRow("task") << u"task"_s
                              << u"id, type, kind, user_id, lang, created, expiry, done, skipped, skip_reason, "
                                 "tree_id, parent_id, mode, payload, result_message_id, finished, counted"_s;
        QTest::newRow("text_label")
            << u"text_label"_s << u"id, task_id, message_id, user_id, created, labels, text, is_report, counted"_s;
        QTest::newRow("ranking")
            << u"ranking"_s << u"id, task_id, parent_id, tree_id, user_id, created, ranked_ids, not_rankable, counted"_s;
        QTest::newRow("message_emoji") << u"message_emoji"_s << u"message_id, user_id, emoji, created"_s;
        QTest::newRow("emoji_count") << u"emoji_count"_s << u"message_id, emoji, count"_s;
        QTest::newRow("message_revision")
            << u"message_revision"_s << u"id, message_id, user_id, text, created"_s;
        QTest::newRow("rank_position") << u"rank_position"_s << u"ranking_id, user_id, position, at"_s;
        QTest::newRow("settings_revision") << u"settings_revision"_s << u"id, revision"_s;
        QTest::newRow("stat_state") << u"stat_state"_s << u"id, updated"_s;
        QTest::newRow("stat_label") << u"stat_label"_s << u"label, step, given"_s;
        QTest::newRow("stat_label_pair") << u"stat_label_pair"_s << u"label, c, k, weight"_s;
        QTest::newRow("stat_label_units") << u"stat_label_units"_s << u"label, units, pairable_values"_s;
        QTest::newRow("stat_ranking_group") << u"stat_ranking_group"_s << u"parent_id, tree_id, rankings, items, w"_s;
        QTest::newRow("stat_task_day") << u"stat_task_day"_s << u"day, type, done, skipped"_s;
        QTest::newRow("stat_annotator_day") << u"stat_annotator_day"_s << u"user_id, day, done, skipped"_s;
        QTest::newRow("stat_annotator_duration") << u"stat_annotator_duration"_s << u"user_id, day, bucket, tasks"_s;
    }

    void everyTableExists()
    {
        QFETCH(QString, table);
        QFETCH(QString, columns);
        TestDatabase tdb;
        auto db = tdb.connect();
        const std::optional<DbError> error = dbErrorFrom([&] {
            QCOMPARE(db->rows(u"SELECT %1 FROM %2"_s.arg(columns, table)).size(),
                     table == "schema_version"_L1      ? Database::latestSchemaVersion()
                     : table == "settings_revision"_L1 || table == "stat_state"_L1 ? 1 // their one row
                                                                                     : 0);
        });
        QVERIFY2(!error, qPrintable(error ? error->message() : QString()));
    }

    // The data table above lists every table the migrations create (a new table needs a row).
    void everyTableIsListed()
    {
        static const QRegularExpression createTable(u"CREATE TABLE (?:IF NOT EXISTS )?(\\w+)"_s);
        QStringList created = {u"schema_version"_s};
        for (int version = 1; version <= Migrations::count(); ++version) {
            for (const QString &statement : Migrations::statements(version)) {
                const QRegularExpressionMatch match = createTable.match(statement);
                if (match.hasMatch())
                    created << match.captured(1);
            }
        }
        const QStringList expected = {u"schema_version"_s, u"app_user"_s,     u"setting"_s,
                                      u"audit_log"_s,      u"tree"_s,         u"message"_s,
                                      u"task"_s,           u"text_label"_s,   u"ranking"_s,
                                      u"message_emoji"_s,  u"emoji_count"_s,  u"message_revision"_s,
                                      u"rank_position"_s,  u"settings_revision"_s,
                                      u"prompt_search_state"_s, // (prompt_search is a virtual table: SQLite only)
                                      u"stat_state"_s, u"stat_label"_s, u"stat_label_pair"_s,
                                      u"stat_label_units"_s, u"stat_ranking_group"_s, u"stat_task_day"_s,
                                      u"stat_annotator_day"_s, u"stat_annotator_duration"_s};
        created.sort();
        QStringList sortedExpected = expected;
        sortedExpected.sort();
        QCOMPARE(created, sortedExpected);
    }

    void failingStatementRollsBackEverything()
    {
        TestDatabase tdb;
        auto db = tdb.connect();
        auto observer = tdb.connect();
        int calls = 0;
        const std::optional<DbError> error = dbErrorFrom([&] {
            db->transact([&] {
                ++calls;
                db->exec(u"INSERT INTO app_user (id, name, display_name, role, lang, created) VALUES (?, ?, ?, ?, ?, ?)"_s,
                         {u"u1"_s, u"ann"_s, u"Ann"_s, u"annotator"_s, u"en"_s, 1});
                db->exec(u"INSERT INTO setting (key, value, updated) VALUES (?, ?, ?)"_s, {u"k1"_s, u"v"_s, 1});
                QCOMPARE(count(*db, u"app_user"_s), 1); // visible inside the transaction
                // NOT NULL violation: value is missing.
                db->exec(u"INSERT INTO setting (key, value, updated) VALUES (?, ?, ?)"_s,
                         {u"k2"_s, QVariant(QMetaType::fromType<QString>()), 1});
            });
        });
        QVERIFY2(error, "the failing statement did not throw DbError out of transact()");
        QVERIFY(!error->retryable());
        QVERIFY2(error->message().contains(u"INSERT INTO setting"_s), qPrintable(error->message()));
        QCOMPARE(calls, 1); // not retried
        QCOMPARE(db->retryCount(), 0);
        QVERIFY(!db->inTransaction());
        QCOMPARE(count(*db, u"app_user"_s), 0);
        QCOMPARE(count(*db, u"setting"_s), 0);
        QCOMPARE(count(*observer, u"app_user"_s), 0);

        // The connection is fine afterwards, with the same cached statements.
        db->transact([&] {
            db->exec(u"INSERT INTO setting (key, value, updated) VALUES (?, ?, ?)"_s, {u"k1"_s, u"v"_s, 2});
        });
        QCOMPARE(count(*observer, u"setting"_s), 1);
    }

    void otherExceptionRollsBack()
    {
        TestDatabase tdb;
        auto db = tdb.connect();
        int calls = 0;
        bool caught = false;
        try {
            db->transact([&] {
                ++calls;
                db->exec(u"INSERT INTO setting (key, value, updated) VALUES (?, ?, ?)"_s, {u"k"_s, u"v"_s, 1});
                throw std::runtime_error("validation failed");
            });
        } catch (const std::runtime_error &error) {
            caught = true;
            QCOMPARE(QString::fromUtf8(error.what()), u"validation failed"_s);
        }
        QVERIFY2(caught, "std::runtime_error did not propagate out of transact()");
        QCOMPARE(calls, 1);
        QVERIFY(!db->inTransaction());
        QCOMPARE(count(*db, u"setting"_s), 0);
        QCOMPARE(count(*tdb.connect(), u"setting"_s), 0);
    }

    void nestedTransactJoinsOuter()
    {
        TestDatabase tdb;
        auto db = tdb.connect();
        auto observer = tdb.connect();
        const QString insert = u"INSERT INTO setting (key, value, updated) VALUES (?, ?, ?)"_s;

        db->transact([&] {
            db->exec(insert, {u"outer"_s, u"1"_s, 1});
            db->transact([&] {
                QVERIFY(db->inTransaction());
                db->exec(insert, {u"inner"_s, u"2"_s, 1});
            });
            QVERIFY(db->inTransaction()); // the inner one did not end the transaction
            QCOMPARE(count(*db, u"setting"_s), 2);
            QCOMPARE(count(*observer, u"setting"_s), 0); // nothing committed yet
        });
        QVERIFY(!db->inTransaction());
        QCOMPARE(count(*observer, u"setting"_s), 2);

        // An outer failure takes back what a nested transact() wrote.
        QVERIFY_THROWS_EXCEPTION(std::runtime_error, db->transact([&] {
            db->transact([&] { db->exec(insert, {u"inner2"_s, u"3"_s, 1}); });
            throw std::runtime_error("outer fails");
        }));
        QVERIFY(!db->inTransaction());
        QCOMPARE(count(*observer, u"setting"_s), 2);
        QVERIFY(!db->value(u"SELECT value FROM setting WHERE key = ?"_s, {u"inner2"_s}).isValid());

        // An inner failure that the outer lets through rolls back the outer's writes too.
        QVERIFY_THROWS_EXCEPTION(DbError, db->transact([&] {
            db->exec(insert, {u"outer3"_s, u"4"_s, 1});
            db->transact([&] { // NOT NULL violation
                db->exec(insert, {u"inner3"_s, QVariant(QMetaType::fromType<QString>()), 1});
            });
        }));
        QCOMPARE(count(*observer, u"setting"_s), 2);
        QVERIFY(!db->value(u"SELECT value FROM setting WHERE key = ?"_s, {u"outer3"_s}).isValid());
    }

    void retryableErrorRunsAgainFromScratch()
    {
        TestDatabase tdb;
        auto db = tdb.connect();
        int calls = 0;
        db->transact([&] {
            ++calls;
            db->exec(u"INSERT INTO setting (key, value, updated) VALUES (?, ?, ?)"_s,
                     {u"attempt%1"_s.arg(calls), u"v"_s, calls});
            if (calls == 1)
                throw DbError(u"simulated conflict"_s, true);
        });
        QCOMPARE(calls, 2);
        QCOMPARE(db->retryCount(), 1);
        // Only the successful attempt's write is kept.
        const QList<Row> rows = db->rows(u"SELECT key FROM setting ORDER BY key"_s);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows[0][0].toString(), u"attempt2"_s);
    }

    void retriesAreBounded()
    {
        TestDatabase tdb;
        auto db = tdb.connect();
        QCOMPARE(db->maxAttempts(), 12);
        db->setMaxAttempts(3);
        int calls = 0;
        const std::optional<DbError> error = dbErrorFrom([&] {
            db->transact([&] {
                ++calls;
                db->exec(u"INSERT INTO setting (key, value, updated) VALUES (?, ?, ?)"_s,
                         {u"k%1"_s.arg(calls), u"v"_s, calls});
                throw DbError(u"simulated conflict"_s, true);
            });
        });
        QCOMPARE(calls, 3);
        QVERIFY(error);
        QVERIFY2(error->message().contains(u"3 attempts"_s) && error->message().contains(u"simulated conflict"_s),
                 qPrintable(error->message()));
        QCOMPARE(db->retryCount(), 2);
        QCOMPARE(count(*db, u"setting"_s), 0);
    }

    void valuesAreBoundNotSpliced_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << u"hello"_s;
        QTest::newRow("unicode and emoji") << u"Grüße, 日本語, emoji 👋🏽🌳 and a ZWJ 👩‍💻"_s;
        QTest::newRow("quotes and semicolons") << u"Robert'); DROP TABLE probe; --"_s;
        QTest::newRow("double quotes, backslashes, placeholders")
            << u"say \"hi\"; it's a \\' back\\slash, $1, ?, :name and %s"_s;
        QTest::newRow("newlines and tabs") << u"line 1\nline 2\r\n\tindented"_s;
        QTest::newRow("empty, not NULL") << u""_s;
        QTest::newRow("long") << QString(100'000, u'x');
    }

    void valuesAreBoundNotSpliced()
    {
        QFETCH(QString, text);
        QVERIFY(!text.isNull());
        TestDatabase tdb;
        auto db = tdb.connect();
        db->execRaw(u"CREATE TABLE probe (id INTEGER PRIMARY KEY, s TEXT, i INTEGER, big BIGINT)"_s);
        db->exec(u"INSERT INTO probe (id, s) VALUES (?, ?)"_s, {1, text});
        QCOMPARE(count(*db, u"probe"_s), 1);
        const QVariant stored = db->value(u"SELECT s FROM probe WHERE id = ?"_s, {1});
        QVERIFY(!stored.isNull());
        QCOMPARE(stored.toString(), text);
        // Found again by a bound value; a different value finds nothing.
        QCOMPARE(db->value(u"SELECT id FROM probe WHERE s = ?"_s, {text}).toInt(), 1);
        QCOMPARE(db->value(u"SELECT COUNT(*) FROM probe WHERE s = ?"_s, {QString(text + u'x')}).toInt(), 0);
    }

    void nullsAndBigIntegersRoundTrip()
    {
        TestDatabase tdb;
        auto db = tdb.connect();
        db->execRaw(u"CREATE TABLE probe (id INTEGER PRIMARY KEY, s TEXT, i INTEGER, big BIGINT)"_s);
        const QVariant nullText(QMetaType::fromType<QString>());
        const QVariant nullInt(QMetaType::fromType<int>());
        QVERIFY(nullText.isNull());
        QVERIFY(nullInt.isNull());
        const qint64 above32 = (qint64(1) << 31) + 7;
        const qint64 msTimestamp = Q_INT64_C(4102444800000); // 2100-01-01 in ms
        const qint64 largest = std::numeric_limits<qint64>::max();
        const qint64 smallest = std::numeric_limits<qint64>::min();

        const QString insert = u"INSERT INTO probe (id, s, i, big) VALUES (?, ?, ?, ?)"_s;
        QCOMPARE(db->exec(insert, {1, nullText, nullInt, QVariant::fromValue(above32)}), 1);
        QCOMPARE(db->exec(insert, {2, QString(), 42, QVariant::fromValue(msTimestamp)}), 1);
        QCOMPARE(db->exec(insert, {3, u"x"_s, -42, QVariant::fromValue(largest)}), 1);
        QCOMPARE(db->exec(insert, {4, u"y"_s, 0, QVariant::fromValue(smallest)}), 1);

        const QList<Row> rows = db->rows(u"SELECT id, s, i, big FROM probe ORDER BY id"_s);
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows[0].size(), 4);
        QVERIFY(rows[0][1].isNull());
        QVERIFY(rows[0][2].isNull());
        QCOMPARE(rows[0][3].toLongLong(), above32);
        QVERIFY(rows[1][1].isNull()); // a null QString is stored as NULL
        QCOMPARE(rows[1][2].toInt(), 42);
        QCOMPARE(rows[1][3].toLongLong(), msTimestamp);
        QCOMPARE(rows[2][2].toInt(), -42);
        QCOMPARE(rows[2][3].toLongLong(), largest);
        QCOMPARE(rows[3][2].toInt(), 0);
        QVERIFY(!rows[3][2].isNull());
        QCOMPARE(rows[3][3].toLongLong(), smallest);

        QCOMPARE(db->value(u"SELECT COUNT(*) FROM probe WHERE s IS NULL"_s).toInt(), 2);
        QCOMPARE(db->value(u"SELECT id FROM probe WHERE big = ?"_s, {QVariant::fromValue(above32)}).toInt(), 1);
        QCOMPARE(db->value(u"SELECT id FROM probe WHERE big > ?"_s, {QVariant::fromValue(msTimestamp)}).toInt(), 3);
    }

    void rowsAndValueSemantics()
    {
        TestDatabase tdb;
        auto db = tdb.connect();
        db->execRaw(u"CREATE TABLE probe (id INTEGER PRIMARY KEY, s TEXT)"_s);
        const QString insert = u"INSERT INTO probe (id, s) VALUES (?, ?)"_s;
        db->exec(insert, {1, u"one"_s});
        db->exec(insert, {2, QVariant(QMetaType::fromType<QString>())});
        db->exec(insert, {3, u"three"_s});

        // No row: an invalid QVariant; a NULL: a valid, null one.
        const QString select = u"SELECT s FROM probe WHERE id = ?"_s;
        const QVariant none = db->value(select, {99});
        QVERIFY(!none.isValid());
        const QVariant null = db->value(select, {2});
        QVERIFY(null.isValid());
        QVERIFY(null.isNull());
        // The same cached statement with other values.
        QCOMPARE(db->value(select, {1}).toString(), u"one"_s);
        QCOMPARE(db->value(select, {3}).toString(), u"three"_s);
        QVERIFY(!db->value(select, {4}).isValid());
        // value() is the first column of the first row.
        QCOMPARE(db->value(u"SELECT id, s FROM probe ORDER BY id DESC"_s).toInt(), 3);

        const QList<Row> all = db->rows(u"SELECT id, s FROM probe WHERE id >= ? ORDER BY id"_s, {1});
        QCOMPARE(all.size(), 3);
        QCOMPARE(all[0][0].toInt(), 1);
        QCOMPARE(all[0][1].toString(), u"one"_s);
        QVERIFY(all[1][1].isNull());
        QCOMPARE(all[2][0].toInt(), 3);
        QVERIFY(db->rows(u"SELECT id, s FROM probe WHERE id >= ? ORDER BY id"_s, {10}).isEmpty());

        // exec() counts affected rows.
        QCOMPARE(db->exec(u"UPDATE probe SET s = ? WHERE id <= ?"_s, {u"z"_s, 2}), 2);
        QCOMPARE(db->exec(u"UPDATE probe SET s = ? WHERE id <= ?"_s, {u"z"_s, 0}), 0);
        QCOMPARE(db->exec(u"DELETE FROM probe WHERE id = ?"_s, {3}), 1);

        // A bad statement is a DbError that names it, not a crash or a silent empty result.
        const std::optional<DbError> error = dbErrorFrom([&] { db->rows(u"SELECT nope FROM probe"_s); });
        QVERIFY(error);
        QVERIFY2(error->message().contains(u"nope"_s), qPrintable(error->message()));
    }

    void connectionSettings()
    {
        TestDatabase tdb;
        auto db = tdb.connect();
        if (backend() == Backend::Sqlite) {
            QCOMPARE(db->value(u"PRAGMA journal_mode"_s).toString().toLower(), u"wal"_s);
            QCOMPARE(db->value(u"PRAGMA foreign_keys"_s).toInt(), 1);
        } else {
            // Text travels as UTF-8 whatever the server's or the client's locale.
            QCOMPARE(db->value(u"SELECT pg_encoding_to_char(pg_char_to_encoding(current_setting('client_encoding')))"_s)
                         .toString(),
                     u"UTF8"_s);
        }
        // Foreign keys are enforced on both backends.
        const std::optional<DbError> error = dbErrorFrom([&] {
            db->exec(u"INSERT INTO message (id, tree_id, user_id, role, text, lang, depth, created) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                     {u"m1"_s, u"m1"_s, u"nobody"_s, u"prompter"_s, u"hi"_s, u"en"_s, 0, 1});
        });
        QVERIFY2(error, "a message by an unknown user was accepted");
        QCOMPARE(count(*db, u"message"_s), 0);
    }

    // A second connection (in its own thread) holds a write transaction with the counter row
    // locked; our transact() waits (or retries) and succeeds once the other commits, and the
    // attempt that commits sees the other's write: no lost update.
    void writerMakesTransactWait()
    {
        TestDatabase tdb;
        auto db = tdb.connect();
        createCounter(*db);

        QSemaphore holding;
        QSemaphore go;
        Worker other(tdb.url(), [&](Database &mine) {
            mine.transact([&] {
                increment(mine);
                holding.release();
                // Keep the transaction open while the main thread tries to write.
                go.tryAcquire(1, kPartnerMs);
                QThread::msleep(300);
            });
        });
        QVERIFY2(holding.tryAcquire(1, kFinishMs), "the other connection never got its write lock");
        int seen = -1;
        go.release();
        db->transact([&] { seen = increment(*db); });
        QVERIFY(other.finish());
        QVERIFY2(other.error().isEmpty(), qPrintable(other.error()));
        QCOMPARE(seen, 1);
        QCOMPARE(counterValue(*db), 2);
    }

    // Two connections in two threads increment one counter, each increment one transaction
    // that locks the row, reads and writes. Every increment lands.
    void rowLockedIncrementsAllLand()
    {
        TestDatabase tdb;
        createCounter(*tdb.connect());
        constexpr int kIncrements = 25;
        auto body = [](Database &db) {
            for (int i = 0; i < kIncrements; ++i)
                db.transact([&] { increment(db); });
        };
        Worker a(tdb.url(), body);
        Worker b(tdb.url(), body);
        QVERIFY(a.finish());
        QVERIFY(b.finish());
        QVERIFY2(a.error().isEmpty(), qPrintable(a.error()));
        QVERIFY2(b.error().isEmpty(), qPrintable(b.error()));
        QCOMPARE(counterValue(*tdb.connect()), 2 * kIncrements);
    }

    // The same with a named lock (Database::lockName) instead of a row lock.
    void nameLockedIncrementsAllLand()
    {
        TestDatabase tdb;
        createCounter(*tdb.connect());
        constexpr int kIncrements = 25;
        auto body = [](Database &db) {
            for (int i = 0; i < kIncrements; ++i) {
                db.transact([&] {
                    db.lockName(u"lang:en"_s);
                    increment(db, 1, false);
                });
            }
        };
        Worker a(tdb.url(), body);
        Worker b(tdb.url(), body);
        QVERIFY(a.finish());
        QVERIFY(b.finish());
        QVERIFY2(a.error().isEmpty(), qPrintable(a.error()));
        QVERIFY2(b.error().isEmpty(), qPrintable(b.error()));
        QCOMPARE(counterValue(*tdb.connect()), 2 * kIncrements);
    }

    // A transient conflict is retried by transact() until it succeeds.
    // PostgreSQL: two SERIALIZABLE transactions both read the counter before either writes it;
    // one of them fails to serialize and is run again, so both increments land.
    // SQLite: the other connection holds the write lock longer than the busy timeout (5 s in
    // Database::open), so BEGIN IMMEDIATE reports "database is locked" and is retried.
    void conflictIsRetried()
    {
        TestDatabase tdb;
        createCounter(*tdb.connect());
        if (backend() == Backend::Postgres) {
            QSemaphore arrived[2];
            std::atomic<int> overlapped{0};
            auto body = [&](int me) {
                return [&, me](Database &db) {
                    int attempt = 0;
                    db.transact([&] {
                        ++attempt;
                        db.execRaw(u"SET TRANSACTION ISOLATION LEVEL SERIALIZABLE"_s);
                        const int n = counterValue(db);
                        if (attempt == 1) { // both have read before either writes
                            arrived[me].release();
                            if (arrived[1 - me].tryAcquire(1, kPartnerMs))
                                ++overlapped;
                        }
                        db.exec(u"UPDATE counter SET n = ? WHERE id = ?"_s, {n + 1, 1});
                    });
                };
            };
            Worker a(tdb.url(), body(0));
            Worker b(tdb.url(), body(1));
            QVERIFY(a.finish());
            QVERIFY(b.finish());
            QVERIFY2(a.error().isEmpty(), qPrintable(a.error()));
            QVERIFY2(b.error().isEmpty(), qPrintable(b.error()));
            QCOMPARE(overlapped.load(), 2);
            QCOMPARE(counterValue(*tdb.connect()), 2);
            qInfo("retries: %lld + %lld", a.retries(), b.retries());
            QVERIFY2(a.retries() + b.retries() > 0, "the overlapping transactions did not conflict");
        } else {
            QSemaphore holding;
            Worker other(tdb.url(), [&](Database &mine) {
                mine.transact([&] {
                    increment(mine);
                    holding.release();
                    QThread::msleep(6500);
                });
            });
            QVERIFY2(holding.tryAcquire(1, kFinishMs), "the other connection never got its write lock");
            auto db = tdb.connect();
            int seen = -1;
            db->transact([&] { seen = increment(*db); });
            QVERIFY(other.finish());
            QVERIFY2(other.error().isEmpty(), qPrintable(other.error()));
            qInfo("retries: %lld", db->retryCount());
            QVERIFY2(db->retryCount() > 0, "a busy database was not retried");
            QCOMPARE(seen, 1);
            QCOMPARE(counterValue(*db), 2);
        }
    }

    // Two transactions lock two rows in opposite orders. On PostgreSQL that is a deadlock; the
    // server aborts one of them and transact() runs it again. Both complete on both backends.
    void deadlockIsRetried()
    {
        TestDatabase tdb;
        {
            auto db = tdb.connect();
            createCounter(*db);
            db->exec(u"INSERT INTO counter (id, n) VALUES (?, ?)"_s, {2, 0});
        }
        const bool meet = backend() == Backend::Postgres; // SQLite runs them one after the other
        QSemaphore locked[2];
        std::atomic<int> met{0};
        auto body = [&](int me) {
            return [&, me](Database &db) {
                int attempt = 0;
                const int first = me == 0 ? 1 : 2;
                const int second = me == 0 ? 2 : 1;
                db.transact([&] {
                    ++attempt;
                    increment(db, first);
                    if (meet && attempt == 1) {
                        locked[me].release();
                        if (locked[1 - me].tryAcquire(1, kPartnerMs))
                            ++met;
                    }
                    increment(db, second);
                });
            };
        };
        Worker a(tdb.url(), body(0));
        Worker b(tdb.url(), body(1));
        QVERIFY(a.finish());
        QVERIFY(b.finish());
        QVERIFY2(a.error().isEmpty(), qPrintable(a.error()));
        QVERIFY2(b.error().isEmpty(), qPrintable(b.error()));
        auto db = tdb.connect();
        QCOMPARE(counterValue(*db, 1), 2);
        QCOMPARE(counterValue(*db, 2), 2);
        if (meet) {
            QCOMPARE(met.load(), 2);
            QVERIFY2(a.retries() + b.retries() > 0, "the deadlock was not retried");
        }
    }
};

QTEST_GUILESS_MAIN(tst_Database)
#include "tst_database.moc"
