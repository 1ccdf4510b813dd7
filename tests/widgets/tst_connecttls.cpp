// The connect page's TLS fields against the test cluster (whose certificate the pg_cluster
// fixture signed with a CA of its own): "verify-full" with a CA that did not sign the server's
// certificate shows why the connection was refused and what to do, and keeps everything typed;
// the right CA file then connects.

#include "windowfixture.h"
#include "widgets/connectpage.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Arborist;
using namespace Arborist::Test;

class tst_ConnectTls : public QObject, public WindowFixture
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_ca;
    QString m_unrelatedCa;

    template<typename T>
    T *field(const QString &name) const
    {
        T *widget = m_window->findChild<T *>(name);
        if (!widget)
            qFatal("no %s", qPrintable(name));
        return widget;
    }

    // What the server part of the page holds.
    QStringList serverFields() const
    {
        return {field<QLineEdit>(u"hostEdit"_s)->text(), QString::number(field<QSpinBox>(u"portSpin"_s)->value()),
                field<QLineEdit>(u"databaseEdit"_s)->text(), field<QLineEdit>(u"userEdit"_s)->text(),
                field<QLineEdit>(u"passwordEdit"_s)->text(),
                field<QComboBox>(u"sslModeBox"_s)->currentData().toString(),
                field<QLineEdit>(u"caFileEdit"_s)->text()};
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(backend() == Backend::Postgres, "tst_connecttls runs against the test cluster only");
        openDatabase({{u"anna"_s, UserRole::Annotator}});
        QVERIFY(openWindow());
        m_ca = pgCaFile();
        QVERIFY2(!m_ca.isEmpty(), "the pg_cluster fixture named no CA file");
        QString error;
        m_unrelatedCa = makeUnrelatedCa(m_dir.path(), &error);
        QVERIFY2(!m_unrelatedCa.isEmpty(), qPrintable(error));
    }

    void cleanupTestCase() { closeAll(); }

    void verifyFullWithTheWrongCaIsExplainedThenTheRightOneConnects()
    {
        ConnectPage *page = m_window->connectPage();
        page->preset(m_tdb->url()); // the server's fields, as a recent connection fills them
        auto *security = field<QComboBox>(u"sslModeBox"_s);
        const int verifyFull = security->findData(u"verify-full"_s);
        QVERIFY(verifyFull >= 0);
        security->setCurrentIndex(verifyFull);
        auto *caFile = field<QLineEdit>(u"caFileEdit"_s);
        caFile->clear();
        QTest::keyClicks(caFile, m_unrelatedCa);
        // A password typed (the test cluster does not ask for one; it must survive the refusal).
        auto *password = field<QLineEdit>(u"passwordEdit"_s);
        if (password->text().isEmpty())
            QTest::keyClicks(password, u"typed-Pa55"_s);
        const QStringList typed = serverFields();

        auto *message = field<QLabel>(u"connectMessage"_s);
        auto *connectButton = field<QPushButton>(u"connectButton"_s);
        QTest::mouseClick(connectButton, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(u"not trusted"_s), 15000);
        QVERIFY2(message->isVisible(), "the refusal is not shown");
        QVERIFY2(message->text().contains(m_unrelatedCa), qPrintable(message->text()));
        QVERIFY2(message->text().contains(u"administrator"_s), qPrintable(message->text()));
        QVERIFY2(!message->text().contains(u"typed-Pa55"_s), qPrintable(message->text()));
        QTRY_VERIFY(connectButton->isEnabled());
        QVERIFY(!field<QPushButton>(u"signInButton"_s)->isEnabled());
        QCOMPARE(serverFields(), typed); // nothing typed is lost

        // The right CA file: only that field changes, and the page connects.
        caFile->clear();
        QTest::keyClicks(caFile, m_ca);
        QTest::mouseClick(connectButton, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(field<QPushButton>(u"signInButton"_s)->isEnabled(), 15000);
        QVERIFY2(message->text().startsWith(u"Connected."_s), qPrintable(message->text()));
        QCOMPARE(field<QComboBox>(u"userBox"_s)->findData(u"anna"_s) >= 0, true);
        QCOMPARE(security->currentData().toString(), u"verify-full"_s);
        QVERIFY(page->url().contains(u"sslmode=verify-full"_s));
    }
};

QTEST_MAIN(tst_ConnectTls)
#include "tst_connecttls.moc"
