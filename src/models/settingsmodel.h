#pragma once

#include "core/settings.h"

#include <QAbstractTableModel>
#include <QMap>

namespace Arborist {

// Every workflow setting (WORKFLOW.md §2) for the lead's settings editor: its key, the value
// in the database, the default and what it does. The value column is editable; an entry is
// validated at once (WorkflowSettings::normalize) and kept as a change until saved.
class SettingsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsModel)

public:
    enum Column { ColKey, ColValue, ColDefault, ColDescription, ColumnCount };

    explicit SettingsModel(QObject *parent = nullptr);

    // The settings as stored (a reset: changes not saved are dropped).
    void setSettings(const WorkflowSettings &settings);
    // Edited values not saved yet, key → canonical text.
    const QMap<QString, QString> &changes() const { return m_changes; }
    // A change reached the database: the stored value is now `value`.
    void markSaved(const QString &key, const QString &value);
    // The row of a key, or -1.
    int rowOf(const QString &key) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    // An entry was refused, with the sentence that says why; the stored value stays.
    void invalidEntry(const QString &key, const QString &reason);

private:
    QList<SettingSpec> m_specs;
    QMap<QString, QString> m_stored;  // key → canonical text in the database
    QMap<QString, QString> m_changes; // key → canonical text edited here
};

} // namespace Arborist
