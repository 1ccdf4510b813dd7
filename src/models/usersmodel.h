#pragma once

#include "core/types.h"

#include <QAbstractTableModel>

namespace Arborist {

// One user as the users editor shows it (plain data: the model knows no engine).
struct UserRow
{
    QString id;
    QString name;
    QString displayName;
    UserRole role = UserRole::Annotator;
    QString lang;
    bool enabled = true;
};

// The team for the admin's users editor: name, display name, role, language, enabled.
class UsersModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsersModel)

public:
    enum Column { ColName, ColDisplayName, ColRole, ColLang, ColEnabled, ColumnCount };

    explicit UsersModel(QObject *parent = nullptr);

    void setUsers(const QList<UserRow> &users); // a reset
    const QList<UserRow> &users() const { return m_users; }
    int rowOf(const QString &name) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<UserRow> m_users;
};

} // namespace Arborist
