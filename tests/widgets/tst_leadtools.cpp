// The lead's tools in the window: the role gate, the settings editor and the users editor,
// against a real database, each change checked in the engine and its audit log.

#include "engine/engine.h"
#include "engine/engineclient.h"
#include "models/settingsmodel.h"
#include "models/usersmodel.h"
#include "windowfixture.h"
#include "widgets/connectpage.h"
#include "widgets/dashboardpage.h"
#include "widgets/mainwindow.h"
#include "widgets/settingsdialog.h"
#include "widgets/transferdialog.h"
#include "widgets/treebrowser.h"
#include "models/roles.h"
#include "models/treebrowsermodel.h"
#include "widgets/usersdialog.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTextBrowser>
#include <QTreeView>
#include <QProgressBar>
#include <QTemporaryDir>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Arborist;
using namespace Arborist::Test;

class tst_LeadTools : public QObject, public WindowFixture
{
    Q_OBJECT


    void signIn(const QString &user)
    {
        m_window->findChild<QAction *>(u"signOutAction"_s)->trigger();
        m_window->connectPage()->preset(m_tdb->url(), user, true);
        m_window->connectPage()->connectDatabase();
        QTRY_VERIFY(m_window->dashboardPage()->isVisible());
    }

    QMenu *teamMenu() const { return m_window->findChild<QMenu *>(u"teamMenu"_s); }

    template<typename Dialog>
    Dialog *open(const QString &action)
    {
        m_window->findChild<QAction *>(action)->trigger();
        Dialog *dialog = m_window->findChild<Dialog *>();
        return dialog;
    }

    bool audited(const QString &action, const QString &objectId)
    {
        for (const AuditEntry &e : m_engine->auditLog(objectId)) {
            if (e.action == action)
                return true;
        }
        return false;
    }

private slots:
    void init()
    {
        openDatabase({{u"lena"_s, UserRole::Lead}, {u"anna"_s, UserRole::Annotator}});
        QVERIFY(openWindow());
    }

    void cleanup() { closeAll(); }

    // An annotator sees no lead tools, and the engine refuses a lead's operation from them
    // whatever the window shows.
    void annotatorsSeeNoLeadTools()
    {
        signIn(u"anna"_s);
        QVERIFY(!teamMenu()->menuAction()->isVisible());
        std::optional<EngineFailure> refused;
        bool done = false;
        m_window->client().run(this, [](Engine &engine) { engine.setSetting(u"anna"_s, u"goal_tree_size"_s, u"5"_s); },
                               [&] { done = true; }, [&](const EngineFailure &f) { refused = f; });
        QTRY_VERIFY(refused || done);
        QVERIFY(!done);
        QCOMPARE(toString(*refused->code), toString(ErrorCode::PermissionDenied));
        QCOMPARE(m_engine->settings().goalTreeSize, 12);
        // A lead sees them; signing out hides them again.
        signIn(u"lena"_s);
        QVERIFY(teamMenu()->menuAction()->isVisible());
        m_window->findChild<QAction *>(u"signOutAction"_s)->trigger();
        QVERIFY(!teamMenu()->menuAction()->isVisible());
    }

    // The settings editor checks an entry as it is made, and saves what is valid, audited.
    void settingsAreValidatedAndAudited()
    {
        signIn(u"lena"_s);
        auto *dialog = open<SettingsDialog>(u"settingsAction"_s);
        QVERIFY(dialog);
        QSignalSpy loaded(dialog, &SettingsDialog::loaded);
        QTRY_COMPARE(loaded.count(), 1);
        SettingsModel *model = dialog->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const int row = model->rowOf(u"goal_tree_size"_s);
        QVERIFY(row >= 0);
        const QModelIndex value = model->index(row, SettingsModel::ColValue);
        QCOMPARE(value.data().toString(), u"12"_s);

        // By keyboard in the table: select the value, type, Enter.
        QTableView *view = dialog->view();
        view->setFocus();
        view->setCurrentIndex(value);
        auto *message = dialog->findChild<QLabel *>(u"settingsMessage"_s);
        QTest::keyClick(view, Qt::Key_L); // starts the editor with "l"
        QTest::keyClicks(QApplication::focusWidget(), u"ots"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_VERIFY(message->isVisible());
        QVERIFY2(message->text().contains(u"goal_tree_size"_s), qPrintable(message->text()));
        QCOMPARE(value.data().toString(), u"12"_s);
        QVERIFY(model->changes().isEmpty());
        auto *save = dialog->findChild<QPushButton *>(u"saveButton"_s);
        QVERIFY(!save->isEnabled());

        view->setFocus();
        view->setCurrentIndex(value);
        QTest::keyClicks(view, u"7"_s);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_COMPARE(model->changes().value(u"goal_tree_size"_s), u"7"_s); // the editor commits on the next turn
        QVERIFY(save->isEnabled());
        QSignalSpy saved(dialog, &SettingsDialog::savedAll);
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_COMPARE(saved.count(), 1);
        QCOMPARE(m_engine->settings().goalTreeSize, 7);
        QVERIFY(audited(u"setting"_s, u"goal_tree_size"_s));
        QVERIFY(model->changes().isEmpty());
    }

    // Import and export from the Team menu: progress to the end, the database and the file as
    // the engine leaves them; a cancelled import changes nothing and a cancelled export leaves
    // no file.
    void importAndExportWithProgressAndCancel()
    {
        const QString data = QStringLiteral(ARBORIST_OASST_DATA) + u"/en_100_tree.jsonl"_s;
        signIn(u"lena"_s);

        // Cancelled at once: nothing imported.
        auto *cancelled = open<TransferDialog>(u"importAction"_s);
        QVERIFY(cancelled);
        QCOMPARE(cancelled->mode(), TransferDialog::Mode::Import);
        cancelled->setPath(data);
        QSignalSpy cancelEnd(cancelled, &TransferDialog::finished);
        cancelled->start();
        cancelled->cancel();
        QTRY_COMPARE(cancelEnd.count(), 1);
        QCOMPARE(cancelEnd.first().at(0).toBool(), false);
        QVERIFY2(cancelEnd.first().at(1).toString().contains(u"Cancel"_s), qPrintable(cancelEnd.first().at(1).toString()));
        QVERIFY(m_engine->trees().isEmpty());
        cancelled->close();
        QTRY_VERIFY(!m_window->findChild<TransferDialog *>());

        // Through to the end.
        auto *importer = open<TransferDialog>(u"importAction"_s);
        importer->setPath(data);
        QSignalSpy imported(importer, &TransferDialog::finished);
        QTest::mouseClick(importer->findChild<QPushButton *>(u"startButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(imported.count(), 1, 20000);
        QVERIFY2(imported.first().at(0).toBool(), qPrintable(imported.first().at(1).toString()));
        QCOMPARE(m_engine->trees().size(), 100);
        QCOMPARE(importer->findChild<QProgressBar *>(u"progressBar"_s)->value(), 1000);
        importer->close();
        QTRY_VERIFY(!m_window->findChild<TransferDialog *>());

        QTemporaryDir dir;
        const QString out = dir.filePath(u"all.jsonl"_s);
        auto *cancelledExport = open<TransferDialog>(u"exportAction"_s);
        QCOMPARE(cancelledExport->mode(), TransferDialog::Mode::Export);
        cancelledExport->setPath(out);
        QSignalSpy exportCancelled(cancelledExport, &TransferDialog::finished);
        cancelledExport->start();
        cancelledExport->cancel();
        QTRY_COMPARE(exportCancelled.count(), 1);
        QCOMPARE(exportCancelled.first().at(0).toBool(), false);
        QVERIFY(!QFile::exists(out));
        cancelledExport->close();
        QTRY_VERIFY(!m_window->findChild<TransferDialog *>());

        auto *exporter = open<TransferDialog>(u"exportAction"_s);
        exporter->setPath(out);
        exporter->findChild<QComboBox *>(u"whichBox"_s)->setCurrentIndex(1); // every state, everything
        for (const QString &box : {u"withSyntheticBox"_s, u"withSpamBox"_s, u"withDeletedBox"_s})
            exporter->findChild<QCheckBox *>(box)->setChecked(true);
        QSignalSpy exported(exporter, &TransferDialog::finished);
        exporter->start();
        QTRY_COMPARE_WITH_TIMEOUT(exported.count(), 1, 20000);
        QVERIFY2(exported.first().at(0).toBool(), qPrintable(exported.first().at(1).toString()));
        QFile file(out);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count('\n'), 100);
    }

    // The tree browser: every tree page by page, the filters, the detail pane, and each
    // moderation action with the audit entry it leaves.
    void browseFilterAndModerate()
    {
        const QString data = QStringLiteral(ARBORIST_OASST_DATA) + u"/en_100_tree.jsonl"_s;
        QCOMPARE(m_engine->importFile(u"lena"_s, data, ImportOptions()).trees, 100);
        signIn(u"lena"_s);
        auto *browser = open<TreeBrowser>(u"browseAction"_s);
        QVERIFY(browser);
        TreeBrowserModel *model = browser->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(model->rowCount(), 100);
        QVERIFY(!model->canFetchMore({})); // one page held them all

        // Words of a prompt: the list narrows to the trees the engine finds.
        const QList<TreeListing> all = m_engine->browseTrees(TreeQuery(), 0, 200);
        const QString word = all[4].prompt.simplified().split(u' ').value(1);
        TreeQuery byWord;
        byWord.text = word;
        const qsizetype expected = m_engine->browseTrees(byWord, 0, 200).size();
        QVERIFY(expected >= 1 && expected < 100);
        auto *text = browser->findChild<QLineEdit *>(u"textFilter"_s);
        QTest::keyClicks(text, word);
        QTRY_COMPARE(model->rowCount(), int(expected));
        text->clear();
        QTRY_COMPARE(model->rowCount(), 100);

        // Halt the first tree, with a reason: state, list and audit log agree.
        QTreeView *view = browser->view();
        view->setCurrentIndex(model->index(0, 0));
        const QString treeId = model->treeIdOf(model->index(0, 0));
        QSignalSpy moderated(browser, &TreeBrowser::moderated);
        browser->haltSelected(u"spam wave"_s);
        QTRY_COMPARE(moderated.count(), 1);
        QVERIFY2(moderated.last().at(0).toBool(), qPrintable(moderated.last().at(1).toString()));
        QCOMPARE(toString(m_engine->treeState(treeId)), toString(TreeState::HaltedByModerator));
        QCOMPARE(model->index(0, TreeBrowserModel::ColState).data().toString(),
                 TreeBrowser::stateTitle(TreeState::HaltedByModerator));
        QVERIFY(audited(u"halt"_s, treeId));
        QTRY_VERIFY(browser->detail()->toPlainText().contains(u"spam wave"_s));
        // The state filter finds it.
        auto *state = browser->findChild<QComboBox *>(u"stateFilter"_s);
        state->setCurrentIndex(state->findData(toString(TreeState::HaltedByModerator)));
        QTRY_COMPARE(model->rowCount(), 1);
        QCOMPARE(model->treeIdOf(model->index(0, 0)), treeId);
        view->setCurrentIndex(model->index(0, 0));
        browser->unhaltSelected(u"false alarm"_s);
        QTRY_COMPARE(moderated.count(), 2);
        QVERIFY(moderated.last().at(0).toBool());
        QVERIFY(m_engine->treeState(treeId) != TreeState::HaltedByModerator);
        QVERIFY(audited(u"unhalt"_s, treeId));
        state->setCurrentIndex(0);
        QTRY_COMPARE(model->rowCount(), 100);

        // Expand the tree to its messages and moderate a reply.
        const QModelIndex tree = model->index(0, 0);
        QCOMPARE(model->treeIdOf(tree), treeId);
        QVERIFY(model->canFetchMore(tree));
        view->expand(tree);
        QTRY_COMPARE(model->rowCount(tree), 1);
        const QModelIndex prompt = model->index(0, 0, tree);
        if (model->canFetchMore(prompt))
            model->fetchMore(prompt);
        QVERIFY(model->rowCount(prompt) >= 1);
        const QModelIndex reply = model->index(0, 0, prompt);
        const QString replyId = model->messageJson(reply).value(u"message_id"_s).toString();
        QVERIFY(!replyId.isEmpty());
        view->setCurrentIndex(reply);
        QSignalSpy detail(browser, &TreeBrowser::detailShown);
        QTRY_VERIFY(detail.count() >= 1);
        QVERIFY2(browser->detail()->toPlainText().contains(u"Consensus place"_s), qPrintable(browser->detail()->toPlainText()));

        browser->deleteSelected(u"off topic"_s);
        QTRY_COMPARE(moderated.count(), 3);
        QVERIFY2(moderated.last().at(0).toBool(), qPrintable(moderated.last().at(1).toString()));
        QVERIFY(audited(u"delete"_s, replyId));
        auto deletedFlag = [&] {
            std::function<bool(const QJsonObject &)> find = [&](const QJsonObject &m) -> bool {
                if (m.value(u"message_id"_s).toString() == replyId)
                    return m.value(u"deleted"_s).toBool();
                for (const QJsonValue &r : m.value(u"replies"_s).toArray()) {
                    if (find(r.toObject()))
                        return true;
                }
                return false;
            };
            return find(m_engine->treeJson(treeId).value(u"prompt"_s).toObject());
        };
        QVERIFY(deletedFlag());

        // The tree's messages were read again, and the reply is the current row again.
        QCOMPARE(view->currentIndex().data(MessageIdRole).toString(), replyId);
        browser->undeleteSelected(u"it was fine"_s);
        QTRY_COMPARE(moderated.count(), 4);
        QVERIFY(moderated.last().at(0).toBool());
        QVERIFY(!deletedFlag());
        QVERIFY(audited(u"undelete"_s, replyId));

        QCOMPARE(view->currentIndex().data(MessageIdRole).toString(), replyId);
        const QString before = model->messageJson(view->currentIndex()).value(u"text"_s).toString();
        browser->editSelected(u"A corrected reply."_s, u"typo"_s);
        QTRY_COMPARE(moderated.count(), 5);
        QVERIFY(moderated.last().at(0).toBool());
        QVERIFY(audited(u"edit"_s, replyId));
        QVERIFY(m_engine->messageRevisions(replyId).contains(before));
        QCOMPARE(model->messageJson(view->currentIndex()).value(u"text"_s).toString(), u"A corrected reply."_s);
    }

    // The detail pane of a reply: the label means, and every annotator's ranking of it beside
    // the consensus place (a tree imported with its events, as Arborist exports them).
    void detailShowsLabelsAndEveryRanking()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"one.jsonl"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QString a = u"a0000000-0000-4000-8000-000000000001"_s, b = u"a0000000-0000-4000-8000-000000000002"_s,
                      p = u"a0000000-0000-4000-8000-000000000000"_s;
        const QJsonObject ranking1{{u"type"_s, u"ranking"_s}, {u"user_id"_s, u"u-one"_s},
                                   {u"ranked_message_ids"_s, QJsonArray{a, b}}, {u"not_rankable"_s, false}};
        const QJsonObject ranking2{{u"type"_s, u"ranking"_s}, {u"user_id"_s, u"u-two"_s},
                                   {u"ranked_message_ids"_s, QJsonArray{b, a}}, {u"not_rankable"_s, false}};
        const QJsonObject tree{
            {u"message_tree_id"_s, p}, {u"tree_state"_s, u"ready_for_export"_s},
            {u"prompt"_s,
             QJsonObject{{u"message_id"_s, p}, {u"role"_s, u"prompter"_s}, {u"text"_s, u"Name three rivers."_s},
                         {u"lang"_s, u"en"_s}, {u"events"_s, QJsonObject{{u"ranking"_s, QJsonArray{ranking1, ranking2}}}},
                         {u"replies"_s,
                          QJsonArray{QJsonObject{{u"message_id"_s, a}, {u"parent_id"_s, p}, {u"role"_s, u"assistant"_s},
                                                 {u"text"_s, u"Nile, Amazon, Danube."_s}, {u"lang"_s, u"en"_s}, {u"rank"_s, 0},
                                                 {u"labels"_s, QJsonObject{{u"quality"_s, QJsonObject{{u"value"_s, 0.75}, {u"count"_s, 2}}}}}},
                                     QJsonObject{{u"message_id"_s, b}, {u"parent_id"_s, p}, {u"role"_s, u"assistant"_s},
                                                 {u"text"_s, u"The Thames."_s}, {u"lang"_s, u"en"_s}, {u"rank"_s, 1}}}}}}};
        file.write(QJsonDocument(tree).toJson(QJsonDocument::Compact) + '\n');
        file.close();
        QCOMPARE(m_engine->importFile(u"lena"_s, path, ImportOptions()).rankings, 2);

        signIn(u"lena"_s);
        auto *browser = open<TreeBrowser>(u"browseAction"_s);
        TreeBrowserModel *model = browser->model();
        QTRY_COMPARE(model->rowCount(), 1);
        browser->view()->expand(model->index(0, 0));
        QTRY_COMPARE(model->rowCount(model->index(0, 0)), 1);
        const QModelIndex prompt = model->index(0, 0, model->index(0, 0));
        if (model->canFetchMore(prompt))
            model->fetchMore(prompt);
        QCOMPARE(model->rowCount(prompt), 2);
        QSignalSpy shown(browser, &TreeBrowser::detailShown);
        browser->view()->setCurrentIndex(model->index(0, 0, prompt)); // the reply ranked first
        QTRY_VERIFY(shown.count() >= 1);
        const QString detail = browser->detail()->toPlainText();
        QVERIFY2(detail.contains(u"Nile, Amazon, Danube."_s), qPrintable(detail));
        QVERIFY2(detail.contains(u"Quality 0.75 (2)"_s), qPrintable(detail));
        QVERIFY2(detail.contains(u"Consensus place: 1."_s), qPrintable(detail));
        QVERIFY2(detail.contains(u"imported-u-one: place 1 of 2"_s), qPrintable(detail));
        QVERIFY2(detail.contains(u"imported-u-two: place 2 of 2"_s), qPrintable(detail));
    }

    // An admin adds a user, changes a role and disables someone; a lead only sees the list.
    void usersAreManagedByAdmins()
    {
        signIn(u"admin"_s);
        auto *dialog = open<UsersDialog>(u"usersAction"_s);
        QVERIFY(dialog);
        QSignalSpy refreshed(dialog, &UsersDialog::refreshed);
        QSignalSpy logins(dialog, &UsersDialog::serverLoginsKnown);
        QTRY_VERIFY(refreshed.count() >= 1);
        // No `server init` (SQLite, or a server without logins): no password to show or set.
        QTRY_COMPARE(logins.count(), 1);
        QCOMPARE(logins.first().first().toBool(), false);
        QVERIFY(!dialog->findChild<QPushButton *>(u"setPasswordButton"_s));
        QAbstractItemModelTester tester(dialog->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(dialog->model()->rowCount(), 3);

        dialog->addUser(u"ben"_s, UserRole::Annotator);
        QTRY_COMPARE(dialog->model()->rowCount(), 4);
        QCOMPARE(toString(m_engine->user(u"ben"_s).role), toString(UserRole::Annotator));
        QVERIFY(!dialog->findChild<QDialog *>(u"shownPasswordDialog"_s));
        QVERIFY(audited(u"user_add"_s, m_engine->user(u"ben"_s).id));

        dialog->setRole(u"ben"_s, UserRole::Lead);
        QTRY_COMPARE(toString(m_engine->user(u"ben"_s).role), toString(UserRole::Lead));
        dialog->setEnabled(u"anna"_s, false);
        QTRY_VERIFY(!m_engine->user(u"anna"_s).enabled);
        QVERIFY(audited(u"user_disable"_s, m_engine->user(u"anna"_s).id));
        QTRY_VERIFY(!dialog->model()->users().at(dialog->model()->rowOf(u"anna"_s)).enabled);
        dialog->close();

        // A lead: the list, no changes.
        signIn(u"lena"_s);
        auto *leadDialog = open<UsersDialog>(u"usersAction"_s);
        QVERIFY(leadDialog);
        QVERIFY(!leadDialog->findChild<QPushButton *>(u"addUserButton"_s)->isEnabled());
        QVERIFY(!leadDialog->findChild<QPushButton *>(u"toggleUserButton"_s)->isEnabled());
        // And were a lead to get past the window, the engine says no.
        QLabel *message = leadDialog->findChild<QLabel *>(u"usersMessage"_s);
        leadDialog->addUser(u"mallory"_s, UserRole::Admin);
        QTRY_VERIFY(message->text().contains(u"admin"_s, Qt::CaseInsensitive));
        QVERIFY_THROWS_EXCEPTION(WorkflowError, m_engine->user(u"mallory"_s));
    }
};

QTEST_MAIN(tst_LeadTools)
#include "tst_leadtools.moc"
