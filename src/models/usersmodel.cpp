#include "models/usersmodel.h"

namespace Arborist {

UsersModel::UsersModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void UsersModel::setUsers(const QList<UserRow> &users)
{
    beginResetModel();
    m_users = users;
    endResetModel();
}

int UsersModel::rowOf(const QString &name) const
{
    for (qsizetype i = 0; i < m_users.size(); ++i) {
        if (m_users[i].name == name)
            return int(i);
    }
    return -1;
}

int UsersModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_users.size()); }

int UsersModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant UsersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid) || role != Qt::DisplayRole)
        return {};
    const UserRow &u = m_users[index.row()];
    switch (index.column()) {
    case ColName:
        return u.name;
    case ColDisplayName:
        return u.displayName;
    case ColRole:
        switch (u.role) {
        case UserRole::Annotator:
            return tr("annotator");
        case UserRole::Lead:
            return tr("lead");
        case UserRole::Admin:
            return tr("admin");
        }
        return {};
    case ColLang:
        return u.lang;
    case ColEnabled:
        return u.enabled ? tr("enabled") : tr("disabled");
    }
    return {};
}

QVariant UsersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ColName:
        return tr("Name");
    case ColDisplayName:
        return tr("Display name");
    case ColRole:
        return tr("Role");
    case ColLang:
        return tr("Language");
    case ColEnabled:
        return tr("Status");
    }
    return {};
}

} // namespace Arborist
