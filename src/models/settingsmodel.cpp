#include "models/settingsmodel.h"

#include "models/roles.h"

using namespace Qt::StringLiterals;

namespace Arborist {

SettingsModel::SettingsModel(QObject *parent) : QAbstractTableModel(parent), m_specs(WorkflowSettings::specs())
{
    m_stored = WorkflowSettings().values();
}

void SettingsModel::setSettings(const WorkflowSettings &settings)
{
    beginResetModel();
    m_stored = settings.values();
    m_changes.clear();
    endResetModel();
}

void SettingsModel::markSaved(const QString &key, const QString &value)
{
    const int row = rowOf(key);
    if (row < 0)
        return;
    m_stored[key] = value;
    m_changes.remove(key);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int SettingsModel::rowOf(const QString &key) const
{
    for (qsizetype i = 0; i < m_specs.size(); ++i) {
        if (m_specs[i].key == key)
            return int(i);
    }
    return -1;
}

int SettingsModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_specs.size()); }

int SettingsModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant SettingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SettingSpec &spec = m_specs[index.row()];
    const auto change = m_changes.constFind(spec.key);
    const QString value = change != m_changes.constEnd() ? *change : m_stored.value(spec.key);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case ColKey:
            return spec.key;
        case ColValue:
            return value;
        case ColDefault:
            return spec.defaultValue;
        case ColDescription:
            return spec.description;
        }
        return {};
    case Qt::ToolTipRole:
        if (spec.type == SettingType::Int || spec.type == SettingType::Double)
            return tr("%1 (from %2 to %3)").arg(spec.description).arg(spec.minimum).arg(spec.maximum);
        return spec.description;
    case SettingKeyRole:
        return spec.key;
    case ModifiedRole:
        return change != m_changes.constEnd();
    }
    return {};
}

bool SettingsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || index.column() != ColValue)
        return false;
    const QString key = m_specs[index.row()].key;
    QString why;
    const std::optional<QString> canonical = WorkflowSettings::normalize(key, value.toString(), &why);
    if (!canonical) {
        emit invalidEntry(key, why);
        return false;
    }
    if (*canonical == m_stored.value(key))
        m_changes.remove(key); // back to what is stored: no change
    else
        m_changes[key] = *canonical;
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    return true;
}

QVariant SettingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ColKey:
        return tr("Setting");
    case ColValue:
        return tr("Value");
    case ColDefault:
        return tr("Default");
    case ColDescription:
        return tr("What it does");
    }
    return {};
}

Qt::ItemFlags SettingsModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == ColValue)
        f |= Qt::ItemIsEditable;
    return f;
}

} // namespace Arborist
