#include "widgets/mainwindow.h"

#include "core/translations.h"
#include "engine/engineclient.h"
#include "widgets/aboutdialog.h"
#include "widgets/connectpage.h"
#include "widgets/dashboardpage.h"
#include "widgets/dashboardwindow.h"
#include "widgets/settingsdialog.h"
#include "widgets/transferdialog.h"
#include "widgets/treebrowser.h"
#include "widgets/usersdialog.h"
#include "widgets/taskpage.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QStackedWidget>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace Arborist {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent), m_client(std::make_unique<EngineClient>())
{
    setWindowTitle(tr("Arborist"));
    m_connect = new ConnectPage(*m_client, this);
    m_dashboard = new DashboardPage(*m_client, this);
    m_task = new TaskPage(*m_client, this);
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(m_connect);
    m_pages->addWidget(m_dashboard);
    m_pages->addWidget(m_task);
    setCentralWidget(m_pages);

    m_where = new QLabel(this);
    m_busy = new QLabel(this);
    statusBar()->addWidget(m_where, 1);
    statusBar()->addPermanentWidget(m_busy);
    connect(m_client.get(), &EngineClient::busyChanged, this,
            [this](bool busy) { m_busy->setText(busy ? tr("Working…") : QString()); });

    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *signOutAction = file->addAction(tr("Sign &out"), this, &MainWindow::signOut);
    signOutAction->setObjectName(u"signOutAction"_s);
    file->addSeparator();
    // The language: in effect from the next start (each window would have to re-translate
    // itself otherwise).
    QMenu *language = file->addMenu(tr("&Language"));
    language->setObjectName(u"languageMenu"_s);
    auto *languages = new QActionGroup(language);
    const QString chosen = chosenLanguage();
    const auto addLanguage = [&](const QString &name, const QString &text) {
        QAction *action = language->addAction(text);
        action->setCheckable(true);
        action->setChecked(name == chosen);
        action->setData(name);
        languages->addAction(action);
        connect(action, &QAction::triggered, this, [this, name] {
            if (name == chosenLanguage())
                return;
            setChosenLanguage(name);
            QMessageBox::information(this, tr("Language"),
                                     tr("Arborist will use the new language from its next start."));
        });
    };
    addLanguage(QString(), tr("System default"));
    language->addSeparator();
    // Each language by its own name, as people look for it.
    addLanguage(u"en"_s, u"English"_s);
    for (const QString &name : translatedLanguages()) {
        const QLocale locale(name);
        QString native = locale.nativeLanguageName();
        if (locale.script() == QLocale::SimplifiedHanScript || name == "zh_CN"_L1)
            native = u"简体中文"_s;
        addLanguage(name, native);
    }
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
    // Lead tools, shown to leads and admins only (the engine checks every call anyway).
    m_team = menuBar()->addMenu(tr("&Team"));
    m_team->setObjectName(u"teamMenu"_s);
    // Each tool opens in a window of its own, made afresh from the signed-in session.
    auto addTool = [this](const QString &text, const QString &name, std::function<QDialog *()> make) {
        QAction *action = m_team->addAction(text, this, [this, make = std::move(make)] {
            if (!canModerate(m_session.role))
                return; // signed out, or an annotator: the menu is hidden, and so are its tools
            QDialog *dialog = make();
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->show();
        });
        action->setObjectName(name);
        return action;
    };
    addTool(tr("&Dashboard…"), u"dashboardAction"_s, [this] { return new DashboardWindow(*m_client, m_session, this); })
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    addTool(tr("&Browse trees…"), u"browseAction"_s, [this] { return new TreeBrowser(*m_client, m_session, this); });
    addTool(tr("Workflow &settings…"), u"settingsAction"_s, [this] { return new SettingsDialog(*m_client, m_session, this); });
    addTool(tr("&Users…"), u"usersAction"_s, [this] { return new UsersDialog(*m_client, m_session, this); });
    m_team->addSeparator();
    addTool(tr("&Import…"), u"importAction"_s,
            [this] { return new TransferDialog(TransferDialog::Mode::Import, *m_client, m_session, this); });
    addTool(tr("&Export…"), u"exportAction"_s,
            [this] { return new TransferDialog(TransferDialog::Mode::Export, *m_client, m_session, this); });
    m_team->menuAction()->setVisible(false);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(u"helpMenu"_s);
    // One About window at a time, not modal; it deletes itself when closed.
    help->addAction(tr("&About Arborist"), this, [this] {
        auto *about = findChild<AboutDialog *>(QString(), Qt::FindDirectChildrenOnly);
        if (!about) {
            about = new AboutDialog(this);
            about->setAttribute(Qt::WA_DeleteOnClose);
        }
        about->show();
        about->raise();
        about->activateWindow();
    })->setObjectName(u"aboutAction"_s);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setObjectName(u"aboutQtAction"_s);

    connect(m_connect, &ConnectPage::signedIn, this, &MainWindow::signedIn);
    connect(m_dashboard, &DashboardPage::taskChosen, this, [this](std::optional<TaskType> type) {
        m_dashboard->setMessage(QString());
        m_pages->setCurrentWidget(m_task);
        m_task->start(type);
    });
    connect(m_task, &TaskPage::finished, this, &MainWindow::showDashboard);
    connect(m_task, &TaskPage::attentionNeeded, this, [this] { m_pages->setCurrentWidget(m_task); });
    resize(1280, 820);
}

MainWindow::~MainWindow()
{
    // Before the database thread stops (with m_client): a running transfer is cancelled, so
    // that closing does not wait for a whole import.
    closeTools();
}

void MainWindow::closeTools()
{
    for (TransferDialog *transfer : findChildren<TransferDialog *>())
        transfer->cancel();
    // The tools act with the session they were opened in: they go with it.
    for (QDialog *dialog : findChildren<QDialog *>(Qt::FindDirectChildrenOnly))
        delete dialog;
}

void MainWindow::signedIn(const Session &session)
{
    m_session = session;
    m_team->menuAction()->setVisible(canModerate(session.role));
    m_dashboard->setSession(session);
    m_task->setSession(session);
    m_where->setText(tr("%1 · %2 · language %3").arg(session.userName, session.databaseDisplay, session.lang));
    // Work left unsent (a crash, a restart) comes back first.
    if (m_task->resumeDraft()) {
        m_pages->setCurrentWidget(m_task);
        return;
    }
    m_pages->setCurrentWidget(m_dashboard);
    m_dashboard->setFocus();
}

void MainWindow::showDashboard(const QString &message)
{
    m_dashboard->setMessage(message);
    m_pages->setCurrentWidget(m_dashboard);
    m_dashboard->setFocus();
    m_dashboard->refresh();
}

void MainWindow::signOut()
{
    closeTools();
    m_task->saveDraft();
    m_task->flushPending();
    m_session = Session();
    m_team->menuAction()->setVisible(false);
    m_where->clear();
    m_pages->setCurrentWidget(m_connect);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Typed work is saved, and a submission inside its undo window is sent, not dropped.
    m_task->saveDraft();
    m_task->flushPending();
    QMainWindow::closeEvent(event);
}

} // namespace Arborist
