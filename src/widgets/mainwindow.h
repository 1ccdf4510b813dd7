#pragma once

#include "widgets/session.h"

#include <QMainWindow>

class QLabel;
class QMenu;
class QStackedWidget;

namespace Arborist {

class ConnectPage;
class DashboardPage;
class EngineClient;
class TaskPage;

// The workstation's one window: open a database and sign in, choose a kind of task, work.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    ConnectPage *connectPage() const { return m_connect; }
    DashboardPage *dashboardPage() const { return m_dashboard; }
    TaskPage *taskPage() const { return m_task; }
    EngineClient &client() const { return *m_client; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void signedIn(const Session &session);
    void signOut();
    void showDashboard(const QString &message);
    void closeTools();

    std::unique_ptr<EngineClient> m_client;
    QStackedWidget *m_pages;
    ConnectPage *m_connect;
    DashboardPage *m_dashboard;
    TaskPage *m_task;
    QLabel *m_where;
    QLabel *m_busy;
    QMenu *m_team;
    Session m_session;
};

} // namespace Arborist
