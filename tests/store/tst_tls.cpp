// TLS to a PostgreSQL server, against the test cluster, whose server certificate (for 127.0.0.1
// and localhost) the pg_cluster fixture signed with a CA of its own (tests/pg/cluster.sh):
// verified connections work and are encrypted; a CA that did not sign the server's certificate,
// a CA file that is not there, and a host name the certificate does not name are refused with
// sentences that say what is wrong and what to do. URLs are written as the application writes
// them (sslmode and sslrootcert, the path percent-encoded as the connect page does).

#include "store/database.h"
#include "store/databaseurl.h"
#include "support/testdatabase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHostInfo>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUrl>

#include <future>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;
using namespace Arborist;
using namespace Arborist::Test;

namespace {

// Forwards every TCP connection made to `address` (on a free port) to the test cluster on
// 127.0.0.1, on a thread of its own: Database::open blocks the test's thread while it connects.
// It lets a connection reach the cluster by a name or an address its certificate does not name.
class Forwarder
{
public:
    Forwarder(const QHostAddress &address, quint16 clusterPort)
    {
        std::promise<quint16> listening;
        std::future<quint16> port = listening.get_future();
        m_thread.reset(QThread::create([address, clusterPort, &listening] {
            QTcpServer server;
            if (!server.listen(address, 0)) {
                listening.set_value(0);
                return;
            }
            QObject::connect(&server, &QTcpServer::newConnection, &server, [&server, clusterPort] {
                while (QTcpSocket *client = server.nextPendingConnection()) {
                    auto *upstream = new QTcpSocket(client);
                    QObject::connect(client, &QTcpSocket::readyRead, upstream,
                                     [client, upstream] { upstream->write(client->readAll()); });
                    QObject::connect(upstream, &QTcpSocket::readyRead, client,
                                     [client, upstream] { client->write(upstream->readAll()); });
                    QObject::connect(client, &QTcpSocket::disconnected, upstream, &QTcpSocket::disconnectFromHost);
                    QObject::connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
                    QObject::connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
                    upstream->connectToHost(QHostAddress::LocalHost, clusterPort);
                }
            });
            listening.set_value(server.serverPort());
            QEventLoop loop; // until quit()
            loop.exec();
        }));
        m_thread->start();
        m_port = port.get();
    }
    ~Forwarder()
    {
        m_thread->quit();
        m_thread->wait();
    }
    quint16 port() const { return m_port; } // 0 when it could not listen

private:
    std::unique_ptr<QThread> m_thread;
    quint16 m_port = 0;
};

} // namespace

class tst_Tls : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_tdb;
    DatabaseUrl m_server; // the test database as TestDatabase reaches it
    QString m_ca;         // the CA that signed the cluster's certificate
    QTemporaryDir m_dir;
    QString m_unrelatedCa; // a CA that signed nothing

    // The test database's URL with another host, port and TLS settings.
    QString urlFor(const QString &host, const QString &sslMode, const QString &caFile, int port = 0) const
    {
        QUrl url;
        url.setScheme(u"postgresql"_s);
        url.setUserName(m_server.user);
        if (!m_server.password.isEmpty())
            url.setPassword(m_server.password);
        url.setHost(host);
        url.setPort(port > 0 ? port : m_server.port);
        url.setPath(u'/' + m_server.database);
        QString query = u"sslmode="_s + sslMode;
        if (!caFile.isEmpty())
            query += u"&sslrootcert="_s + QString::fromUtf8(QUrl::toPercentEncoding(caFile));
        url.setQuery(query);
        return url.toString(QUrl::FullyEncoded);
    }

    // Whether the server says this session is encrypted.
    static bool encrypted(Database &db)
    {
        return db.value(u"SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"_s).toBool();
    }

    // What every refusal of a TLS connection says.
    void checkRefusal(const DbError &error, const QString &url)
    {
        const QString message = error.message();
        QVERIFY2(message.startsWith(u"Cannot connect to the PostgreSQL server at "_s), qPrintable(message));
        QString ignored;
        QVERIFY2(message.contains(DatabaseUrl::parse(url, &ignored)->displayString()), qPrintable(message));
        QVERIFY2(message.contains(u"administrator"_s), qPrintable(message)); // whom to ask
        QVERIFY2(!message.contains(u"QPSQL"_s), qPrintable(message));       // not the driver's words
        if (!m_server.password.isEmpty())
            QVERIFY2(!message.contains(m_server.password), qPrintable(message));
        QVERIFY(!error.retryable());
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(backend() == Backend::Postgres, "tst_tls runs against the test cluster only (tst_tls_pg)");
        m_tdb = std::make_unique<TestDatabase>();
        QString error;
        m_server = *DatabaseUrl::parse(m_tdb->url(), &error);
        m_ca = pgCaFile();
        QVERIFY2(!m_ca.isEmpty() && QFileInfo(m_ca).isFile(),
                 qPrintable(u"the pg_cluster fixture named no CA file (\"%1\")"_s.arg(m_ca)));
        QVERIFY(m_dir.isValid());
        m_unrelatedCa = makeUnrelatedCa(m_dir.path(), &error);
        QVERIFY2(!m_unrelatedCa.isEmpty(), qPrintable(error));
    }

    void verifyFullConnectsEncrypted_data()
    {
        QTest::addColumn<QString>("host");
        QTest::newRow("localhost") << u"localhost"_s;
        QTest::newRow("127.0.0.1") << u"127.0.0.1"_s;
    }

    void verifyFullConnectsEncrypted()
    {
        QFETCH(QString, host);
        auto db = Database::open(urlFor(host, u"verify-full"_s, m_ca));
        QVERIFY(encrypted(*db));
        QVERIFY(!db->value(u"SELECT version FROM pg_stat_ssl WHERE pid = pg_backend_pid()"_s).toString().isEmpty());
        db->requireSchema(); // the database works as usual
    }

    // The CA file's path goes to libpq as one value, spaces and quotes and all.
    void caFileInAFolderWithSpacesAndQuotes()
    {
        const QString folder = m_dir.filePath(u"Team's CA files & more"_s);
        QVERIFY(QDir().mkpath(folder));
        const QString copy = QDir(folder).filePath(u"server ca.crt"_s);
        QVERIFY(QFile::copy(m_ca, copy));
        auto db = Database::open(urlFor(u"localhost"_s, u"verify-full"_s, copy));
        QVERIFY(encrypted(*db));
    }

    void requireConnectsEncrypted()
    {
        auto db = Database::open(urlFor(u"127.0.0.1"_s, u"require"_s, QString()));
        QVERIFY(encrypted(*db));
    }

    // Plain connections keep working: every other test uses them.
    void disableConnectsPlain()
    {
        auto db = Database::open(urlFor(u"127.0.0.1"_s, u"disable"_s, QString()));
        QVERIFY(!encrypted(*db));
        auto plain = m_tdb->connect(); // the URL every other test uses (no sslmode)
        plain->requireSchema();
    }

    void wrongCaRefused_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("sslMode");
        QTest::newRow("verify-full localhost") << u"localhost"_s << u"verify-full"_s;
        QTest::newRow("verify-full 127.0.0.1") << u"127.0.0.1"_s << u"verify-full"_s;
        QTest::newRow("verify-ca") << u"localhost"_s << u"verify-ca"_s;
        // libpq: with a CA file, require checks the chain as verify-ca does.
        QTest::newRow("require with a CA file") << u"localhost"_s << u"require"_s;
    }

    void wrongCaRefused()
    {
        QFETCH(QString, host);
        QFETCH(QString, sslMode);
        const QString url = urlFor(host, sslMode, m_unrelatedCa);
        const std::optional<DbError> error = dbErrorFrom([&] { Database::open(url); });
        QVERIFY2(error, "connected with a CA that did not sign the server's certificate");
        checkRefusal(*error, url);
        const QString message = error->message();
        QVERIFY2(message.contains(u"TLS certificate is not trusted"_s), qPrintable(message)); // the cause
        QVERIFY2(message.contains(m_unrelatedCa), qPrintable(message));                       // which file
        QVERIFY2(message.contains(u"Check that the CA file is the one for this server"_s), qPrintable(message));
        qInfo().noquote() << message;
    }

    void missingCaFileRefused_data()
    {
        QTest::addColumn<int>("port");
        QTest::newRow("the test cluster") << 0;
        // Refused before connecting: the same sentence where no server listens.
        QTest::newRow("no server") << 1;
    }

    void missingCaFileRefused()
    {
        QFETCH(int, port);
        const QString missing = m_dir.filePath(u"no-such-folder/ca.crt"_s);
        const QString url = urlFor(u"localhost"_s, u"verify-full"_s, missing, port);
        QElapsedTimer timer;
        timer.start();
        const std::optional<DbError> error = dbErrorFrom([&] { Database::open(url); });
        QVERIFY2(error, "connected with a CA file that does not exist");
        checkRefusal(*error, url);
        const QString message = error->message();
        QVERIFY2(message.contains(u"the CA file %1 does not exist"_s.arg(missing)), qPrintable(message));
        QVERIFY2(message.contains(u"Check the path of the CA file"_s), qPrintable(message));
        QVERIFY2(timer.elapsed() < 2000, qPrintable(u"took %1 ms"_s.arg(timer.elapsed())));
        qInfo().noquote() << message;
    }

    // A missing CA file is refused with require too, where libpq would connect without checking
    // the server at all.
    void missingCaFileRefusedWithRequire()
    {
        const QString missing = m_dir.filePath(u"typo.crt"_s);
        const std::optional<DbError> error =
            dbErrorFrom([&] { Database::open(urlFor(u"localhost"_s, u"require"_s, missing)); });
        QVERIFY2(error, "connected with a CA file that does not exist");
        QVERIFY2(error->message().contains(u"does not exist"_s), qPrintable(error->message()));
    }

    // Without a CA file in the URL, libpq looks in PGSSLROOTCERT or ~/.postgresql/root.crt: the
    // sentence names the file it looked for.
    void verifyFullWithoutCaFileNamesTheDefault()
    {
        const QString missing = m_dir.filePath(u"default-root.crt"_s);
        const QByteArray before = qgetenv("PGSSLROOTCERT");
        qputenv("PGSSLROOTCERT", missing.toLocal8Bit());
        const QString url = urlFor(u"localhost"_s, u"verify-full"_s, QString());
        const std::optional<DbError> error = dbErrorFrom([&] { Database::open(url); });
        if (before.isNull())
            qunsetenv("PGSSLROOTCERT");
        else
            qputenv("PGSSLROOTCERT", before);
        QVERIFY2(error, "verify-full connected without any CA file");
        checkRefusal(*error, url);
        QVERIFY2(error->message().contains(u"the CA file %1 does not exist"_s.arg(missing)),
                 qPrintable(error->message()));
    }

    void unreadableCaFileRefused()
    {
        const QString garbage = m_dir.filePath(u"notes.crt"_s);
        QFile file(garbage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("this is not a certificate\n");
        file.close();
        const QString url = urlFor(u"localhost"_s, u"verify-full"_s, garbage);
        const std::optional<DbError> error = dbErrorFrom([&] { Database::open(url); });
        QVERIFY2(error, "connected with a CA file that holds no certificate");
        checkRefusal(*error, url);
        QVERIFY2(error->message().contains(u"holds no certificate that can be read"_s), qPrintable(error->message()));
        QVERIFY2(error->message().contains(garbage), qPrintable(error->message()));
        qInfo().noquote() << error->message();
    }

    // verify-full checks the name the user connects by; verify-ca does not. The cluster listens
    // on 127.0.0.1 only, so a forwarder lets the connection reach it by another name or address.
    void hostNameNotInCertificateRefused_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<QString>("address"); // where the forwarder listens
        // Another loopback address: every Linux system routes all of 127.0.0.0/8 to itself.
        QTest::newRow("another loopback address") << u"127.0.0.2"_s << u"127.0.0.2"_s;
        // Also the machine's own name, where it resolves to a loopback address (as /etc/hosts
        // usually has it: 127.0.0.1 or Debian's 127.0.1.1); a machine without one has no such row.
        const QString machine = QHostInfo::localHostName();
        if (machine.isEmpty() || machine.compare(u"localhost"_s, Qt::CaseInsensitive) == 0)
            return;
        for (const QHostAddress &address : QHostInfo::fromName(machine).addresses()) {
            if (address.protocol() == QAbstractSocket::IPv4Protocol && address.isLoopback()) {
                QTest::newRow("the machine's name") << machine << address.toString();
                return;
            }
        }
    }

    void hostNameNotInCertificateRefused()
    {
        QFETCH(QString, host);
        QFETCH(QString, address);
        Forwarder forwarder{QHostAddress(address), quint16(m_server.port)};
        QVERIFY2(forwarder.port() != 0, qPrintable(u"cannot listen on %1 to forward to the test cluster"_s.arg(address)));

        // The way to the server works, and so does the certificate's chain...
        {
            auto db = Database::open(urlFor(host, u"require"_s, QString(), forwarder.port()));
            QVERIFY(encrypted(*db));
            auto verified = Database::open(urlFor(host, u"verify-ca"_s, m_ca, forwarder.port()));
            QVERIFY(encrypted(*verified));
        }
        // ...but the certificate does not name this host.
        const QString url = urlFor(host, u"verify-full"_s, m_ca, forwarder.port());
        const std::optional<DbError> error = dbErrorFrom([&] { Database::open(url); });
        QVERIFY2(error, "verify-full accepted a certificate made out for another name");
        checkRefusal(*error, url);
        const QString message = error->message();
        QVERIFY2(message.contains(u"TLS certificate is not made out for the host name \"%1\""_s.arg(host)),
                 qPrintable(message));
        QVERIFY2(message.contains(u"Connect with a host name the certificate names"_s), qPrintable(message));
        qInfo().noquote() << message;
    }
};

QTEST_GUILESS_MAIN(tst_Tls)
#include "tst_tls.moc"
