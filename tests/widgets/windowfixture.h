#pragma once

// What every test of the window starts from: a fresh database (SQLite or the test cluster, as
// the ctest entry says), the test's own engine on its own connection for setting up and
// checking, and the real main window, shown.

#include "engine/engine.h"
#include "support/testdatabase.h"
#include "widgets/mainwindow.h"

#include <QStandardPaths>
#include <QTest>

#include <memory>

namespace Arborist::Test {

class WindowFixture
{
protected:
    // A new database whose first user is the admin "admin", then these users.
    void openDatabase(const QList<std::pair<QString, UserRole>> &users)
    {
        // Recent connections and drafts go to the tests' own folders, not the user's.
        QStandardPaths::setTestModeEnabled(true);
        m_tdb = std::make_unique<TestDatabase>();
        m_db = m_tdb->connect();
        m_engine = std::make_unique<Engine>(*m_db);
        m_engine->addUser(QString(), QStringLiteral("admin"), UserRole::Admin);
        for (const auto &[name, role] : users)
            m_engine->addUser(QStringLiteral("admin"), name, role);
    }

    // The main window, shown; false if it never appeared.
    [[nodiscard]] bool openWindow()
    {
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        return QTest::qWaitForWindowExposed(m_window.get());
    }

    void closeAll()
    {
        m_window.reset();
        m_engine.reset();
        m_db.reset();
        m_tdb.reset();
    }

    std::unique_ptr<TestDatabase> m_tdb;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Engine> m_engine;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace Arborist::Test
