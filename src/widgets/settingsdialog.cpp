#include "widgets/settingsdialog.h"

#include "engine/engine.h"
#include "engine/engineclient.h"
#include "models/roles.h"
#include "models/settingsmodel.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Arborist {

namespace {

// Changed values stand out until they are saved.
class ModifiedDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        if (index.data(ModifiedRole).toBool())
            option->font.setBold(true);
    }
};

} // namespace

SettingsDialog::SettingsDialog(EngineClient &client, const Session &session, QWidget *parent)
    : QDialog(parent), m_client(client), m_session(session)
{
    setWindowTitle(tr("Workflow settings"));
    m_model = new SettingsModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(u"settingsView"_s);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new ModifiedDelegate(m_view));
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                            | QAbstractItemView::AnyKeyPressed);
    m_view->setWordWrap(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(SettingsModel::ColDescription, QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(SettingsModel::ColKey, QHeaderView::ResizeToContents);
    m_view->setColumnWidth(SettingsModel::ColValue, 200);
    m_message = new QLabel(this);
    m_message->setObjectName(u"settingsMessage"_s);
    m_message->setWordWrap(true);
    m_message->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Close, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(u"saveButton"_s);
    m_save->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Double-click a value (or select it and type) to change it. Changes are "
                                    "checked at once, shown in bold until saved, and recorded in the audit log."),
                                 this));
    layout->addWidget(m_view, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(1000, 640);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &SettingsDialog::save);
    connect(m_model, &SettingsModel::invalidEntry, this, [this](const QString &key, const QString &reason) {
        setMessage(tr("%1 was not changed: %2").arg(key, reason));
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] { m_save->setEnabled(!m_model->changes().isEmpty()); });

    m_client.run(this, [](Engine &engine) { return engine.settings(); },
                 [this](const WorkflowSettings &settings) {
                     m_model->setSettings(settings);
                     emit loaded();
                 },
                 [this](const EngineFailure &failure) { setMessage(failure.message); });
}

void SettingsDialog::save()
{
    const QMap<QString, QString> changes = m_model->changes();
    if (changes.isEmpty() || m_outstanding > 0)
        return;
    m_failed = false;
    m_message->hide();
    m_outstanding = int(changes.size());
    m_save->setEnabled(false);
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        m_client.run(this,
                     [actor = m_session.userName, key = it.key(), value = it.value()](Engine &engine) {
                         engine.setSetting(actor, key, value);
                     },
                     [this, key = it.key(), value = it.value()] {
                         m_model->markSaved(key, value);
                         if (--m_outstanding == 0 && !m_failed)
                             emit savedAll();
                     },
                     [this, key = it.key()](const EngineFailure &failure) {
                         m_failed = true;
                         --m_outstanding;
                         setMessage(tr("%1 was not saved: %2").arg(key, failure.message));
                         m_save->setEnabled(true);
                     });
    }
}

void SettingsDialog::setMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

} // namespace Arborist
