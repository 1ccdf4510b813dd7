#pragma once

#include "widgets/session.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Arborist {

class EngineClient;
class UsersModel;

// The team: everyone with their role and status. Admins add users, change roles and disable or
// enable them (each change audited by the engine); leads see the list.
class UsersDialog final : public QDialog
{
    Q_OBJECT

public:
    UsersDialog(EngineClient &client, const Session &session, QWidget *parent = nullptr);

    UsersModel *model() const { return m_model; }
    void addUser(const QString &name, UserRole role);
    void setRole(const QString &name, UserRole role);
    void setEnabled(const QString &name, bool enabled);

signals:
    // The list was read again from the database.
    void refreshed();

private:
    void refresh();
    void done(const QString &message);
    void setMessage(const QString &text);
    QString selectedName() const;

    EngineClient &m_client;
    Session m_session;
    UsersModel *m_model;
    QTableView *m_view;
    QLineEdit *m_newName;
    QComboBox *m_newRole;
    QComboBox *m_role;
    QPushButton *m_toggle;
    QLabel *m_message;
};

} // namespace Arborist
