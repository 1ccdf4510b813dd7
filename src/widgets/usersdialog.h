#pragma once

#include "widgets/session.h"

#include <QDialog>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Arborist {

class EngineClient;
class UsersModel;

// The team: everyone with their role and status. Admins add users, change roles and disable or
// enable them (each change audited by the engine); leads see the list. On a team server with
// logins (docs/team-server.md), adding a user shows the password the server generated for their
// login, once, and admins set a user's password ("Set password…": generated or typed).
class UsersDialog final : public QDialog
{
    Q_OBJECT

public:
    UsersDialog(EngineClient &client, const Session &session, QWidget *parent = nullptr);

    UsersModel *model() const { return m_model; }
    void addUser(const QString &name, UserRole role);
    void setRole(const QString &name, UserRole role);
    void setEnabled(const QString &name, bool enabled);
    // Asks how to set the selected user's password (generated or typed twice), then sets it.
    void askPassword();

signals:
    // The list was read again from the database.
    void refreshed();
    // The engine said whether the database has server logins (the dialog asks once, on opening).
    void serverLoginsKnown(bool logins);

private:
    void refresh();
    void done(const QString &message);
    void setMessage(const QString &text);
    QString selectedName() const;
    void showLogins(bool logins);
    void showPassword(const QString &name, const QString &password);

    EngineClient &m_client;
    Session m_session;
    UsersModel *m_model;
    QTableView *m_view;
    QLineEdit *m_newName;
    QComboBox *m_newRole;
    QComboBox *m_role;
    QPushButton *m_toggle;
    QPushButton *m_setPassword = nullptr; // only on a server with logins
    QHBoxLayout *m_editRow;
    QLabel *m_message;
};

} // namespace Arborist
