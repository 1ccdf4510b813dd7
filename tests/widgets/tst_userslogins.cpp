// The users dialog on a team's PostgreSQL server with a login per person (docs/team-server.md):
// an admin, signed in with their own login, adds a user and is shown the password the server
// generated, once; sets a user's password, typed or generated; a password the engine refuses
// changes nothing. Each password is checked by connecting with it. (Without logins, on SQLite or
// a server without `server init`, the dialog has no passwords: tst_leadtools.) The test cluster trusts only the postgres superuser: every other login needs its
// password.

#include "engine/engine.h"
#include "models/usersmodel.h"
#include "store/database.h"
#include "store/serverroles.h"
#include "support/testdatabase.h"
#include "widgets/connectpage.h"
#include "widgets/dashboardpage.h"
#include "widgets/mainwindow.h"
#include "widgets/usersdialog.h"

#include <QAction>
#include <QClipboard>
#include <QDialog>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>
#include <QUrl>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Arborist;
using namespace Arborist::Test;

namespace {

// Logins are the cluster's, not the database's: a prefix of this test's own.
const QString kAdmin = u"ulg_admin"_s;
const QString kBen = u"ulg_ben"_s;

} // namespace

class tst_UsersLogins : public QObject
{
    Q_OBJECT


    // Empty when `user` connects with `password` as that login; why not otherwise.
    QString connects(const QString &user, const QString &password)
    {
        try {
            std::unique_ptr<Database> db = Database::open(urlAs(m_tdb->url(), user, password));
            const QString current = db->value(u"SELECT current_user"_s).toString();
            return current == user ? QString() : u"connected as "_s + current;
        } catch (const DbError &e) {
            return e.message();
        }
    }

    // Signs in at the connect page: on the server with the login and its password.
    void signIn(const QString &user, const QString &password)
    {
        m_window->findChild<QAction *>(u"signOutAction"_s)->trigger();
        ConnectPage *page = m_window->connectPage();
        page->preset(urlAs(m_tdb->url(), user, QString()), user, true);
        page->findChild<QLineEdit *>(u"passwordEdit"_s)->setText(password);
        page->connectDatabase();
        QTRY_VERIFY(m_window->dashboardPage()->isVisible());
    }

    // The users dialog, once it has the list and knows whether there are logins.
    UsersDialog *openUsers(bool expectLogins)
    {
        m_window->findChild<QAction *>(u"usersAction"_s)->trigger();
        auto *dialog = m_window->findChild<UsersDialog *>();
        if (!dialog)
            return nullptr;
        QSignalSpy refreshed(dialog, &UsersDialog::refreshed);
        QSignalSpy known(dialog, &UsersDialog::serverLoginsKnown);
        if (!QTest::qWaitFor([&] { return refreshed.count() > 0 && known.count() > 0; }))
            return nullptr;
        if (known.first().first().toBool() != expectLogins)
            return nullptr;
        return dialog;
    }

    void select(UsersDialog *dialog, const QString &name)
    {
        auto *view = dialog->findChild<QTableView *>(u"usersView"_s);
        view->setCurrentIndex(dialog->model()->index(dialog->model()->rowOf(name), 0));
    }

    // The password shown once, read and the dialog closed; empty if none was shown.
    QString takeShownPassword(UsersDialog *dialog)
    {
        QDialog *shown = nullptr;
        if (!QTest::qWaitFor([&] { return (shown = dialog->findChild<QDialog *>(u"shownPasswordDialog"_s)) && shown->isVisible(); }))
            return {};
        if (!shown->isModal())
            return {};
        auto *field = shown->findChild<QLineEdit *>(u"shownPassword"_s);
        if (!field->isReadOnly())
            return {};
        const QString password = field->text();
        QTest::mouseClick(shown->findChild<QPushButton *>(u"copyPasswordButton"_s), Qt::LeftButton);
        if (QGuiApplication::clipboard()->text() != password)
            return {};
        QPointer<QDialog> closing(shown);
        shown->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close)->click();
        if (!QTest::qWaitFor([&] { return closing.isNull(); }))
            return {};
        return password;
    }

    // The Set password dialog for the selected user, open.
    QDialog *askPassword(UsersDialog *dialog)
    {
        auto *button = dialog->findChild<QPushButton *>(u"setPasswordButton"_s);
        if (!button || !button->isVisible() || !button->isEnabled())
            return nullptr;
        QTest::mouseClick(button, Qt::LeftButton);
        QDialog *asking = nullptr;
        if (!QTest::qWaitFor([&] { return (asking = dialog->findChild<QDialog *>(u"setPasswordDialog"_s)) && asking->isVisible(); }))
            return nullptr;
        return asking;
    }

    void typePassword(QDialog *asking, const QString &first, const QString &second)
    {
        QTest::mouseClick(asking->findChild<QRadioButton *>(u"typePasswordRadio"_s), Qt::LeftButton);
        auto *edit = asking->findChild<QLineEdit *>(u"newPasswordEdit"_s);
        auto *repeat = asking->findChild<QLineEdit *>(u"repeatPasswordEdit"_s);
        QCOMPARE(edit->echoMode(), QLineEdit::Password);
        QCOMPARE(repeat->echoMode(), QLineEdit::Password);
        edit->clear();
        repeat->clear();
        QTest::keyClicks(edit, first);
        QTest::keyClicks(repeat, second);
        QTest::mouseClick(asking->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    }

    int passwordChanges(const QString &name)
    {
        int count = 0;
        for (const AuditEntry &e : m_engine->auditLog(m_engine->user(name).id))
            count += e.action == "user_password"_L1 ? 1 : 0;
        return count;
    }

private slots:
    void init()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_tdb = std::make_unique<TestDatabase>();
        m_owner = m_tdb->connect();
        // `server init`, by the owner (the postgres superuser); logins of earlier runs go first.
        // (The group roles are the cluster's: CTest runs the tests that make them one at a time.)
        for (const Row &r : m_owner->rows(u"SELECT rolname FROM pg_roles WHERE rolname LIKE 'ulg\\_%'"_s))
            m_owner->execRaw(u"DROP ROLE "_s + m_owner->escapeIdentifier(r[0].toString()));
        ServerRoles::install(*m_owner);
        m_engine = std::make_unique<Engine>(*m_owner);
        m_engine->addUser(QString(), kAdmin, UserRole::Admin, u"en"_s, {}, passwordOf(kAdmin));
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        signIn(kAdmin, passwordOf(kAdmin));
    }

    void cleanup()
    {
        m_window.reset();
        m_engine.reset();
        m_owner.reset();
        m_tdb.reset();
    }

    // Adding a user shows the password generated for their login, once; it signs them in.
    void addingShowsTheGeneratedPassword()
    {
        UsersDialog *dialog = openUsers(true);
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"newUserName"_s), kBen);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"addUserButton"_s), Qt::LeftButton);
        QTRY_VERIFY(dialog->findChild<QDialog *>(u"shownPasswordDialog"_s));
        auto *shown = dialog->findChild<QDialog *>(u"shownPasswordDialog"_s);
        QVERIFY(shown->findChild<QLabel *>());
        bool explained = false;
        for (QLabel *label : shown->findChildren<QLabel *>())
            explained = explained || label->text().contains(u"only this once"_s);
        QVERIFY(explained);
        const QString password = takeShownPassword(dialog);
        QCOMPARE(password.size(), 24);
        QCOMPARE(connects(kBen, password), QString());
        QCOMPARE(toString(m_engine->user(kBen).role), toString(UserRole::Annotator));
    }

    // Set password: typed twice (the same twice), or generated and shown once.
    void settingPasswords()
    {
        m_engine->addUser(kAdmin, kBen, UserRole::Annotator, u"en"_s, {}, passwordOf(kBen));
        UsersDialog *dialog = openUsers(true);
        QVERIFY(dialog);
        // Enabled for a selected user only.
        auto *button = dialog->findChild<QPushButton *>(u"setPasswordButton"_s);
        QVERIFY(button);
        auto *view = dialog->findChild<QTableView *>(u"usersView"_s);
        view->setCurrentIndex(QModelIndex());
        QVERIFY(!button->isEnabled());
        select(dialog, kBen);
        QVERIFY(button->isEnabled());

        // Typed: two different entries are refused in the dialog, before the engine.
        QDialog *asking = askPassword(dialog);
        QVERIFY(asking);
        QVERIFY(asking->isModal());
        auto *message = asking->findChild<QLabel *>(u"setPasswordMessage"_s);
        typePassword(asking, u"ulg-typed-Pa55word"_s, u"ulg-typed-Pa55wordX"_s);
        QTRY_VERIFY(message->isVisible());
        QVERIFY(asking->isVisible());
        QCOMPARE(passwordChanges(kBen), 0);
        QPointer<QDialog> open(asking);
        typePassword(asking, u"ulg-typed-Pa55word"_s, u"ulg-typed-Pa55word"_s);
        QTRY_VERIFY(open.isNull());
        QVERIFY(!dialog->findChild<QDialog *>(u"shownPasswordDialog"_s)); // nothing to show
        QCOMPARE(connects(kBen, u"ulg-typed-Pa55word"_s), QString());
        QVERIFY(!connects(kBen, passwordOf(kBen)).isEmpty());
        QCOMPARE(passwordChanges(kBen), 1);

        // Generated: shown the same way as for a new user.
        asking = askPassword(dialog);
        QVERIFY(asking);
        QVERIFY(asking->findChild<QRadioButton *>(u"generatePasswordRadio"_s)->isChecked());
        QTest::mouseClick(asking->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        const QString generated = takeShownPassword(dialog);
        QCOMPARE(generated.size(), 24);
        QCOMPARE(connects(kBen, generated), QString());
        QVERIFY(!connects(kBen, u"ulg-typed-Pa55word"_s).isEmpty());
        QCOMPARE(passwordChanges(kBen), 2);
    }

    // A password the engine refuses: its words in the dialog, which stays open; nothing changes.
    void aRefusedPasswordChangesNothing()
    {
        m_engine->addUser(kAdmin, kBen, UserRole::Annotator, u"en"_s, {}, passwordOf(kBen));
        UsersDialog *dialog = openUsers(true);
        QVERIFY(dialog);
        select(dialog, kBen);
        QDialog *asking = askPassword(dialog);
        QVERIFY(asking);
        auto *message = asking->findChild<QLabel *>(u"setPasswordMessage"_s);
        typePassword(asking, u"short"_s, u"short"_s);
        QTRY_VERIFY(message->isVisible());
        QCOMPARE(message->text(), ServerRoles::passwordProblem(u"short"_s));
        QVERIFY(asking->isVisible());
        QVERIFY(asking->findChild<QDialogButtonBox *>()->isEnabled()); // ready for another try
        QCOMPARE(connects(kBen, passwordOf(kBen)), QString());
        QCOMPARE(passwordChanges(kBen), 0);
        asking->reject();
    }


private:
    std::unique_ptr<TestDatabase> m_tdb;
    std::unique_ptr<Database> m_owner;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(tst_UsersLogins)
#include "tst_userslogins.moc"
