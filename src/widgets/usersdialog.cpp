#include "widgets/usersdialog.h"

#include "engine/engine.h"
#include "engine/engineclient.h"
#include "models/usersmodel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Arborist {

namespace {

void addRoles(QComboBox *box)
{
    box->addItem(QCoreApplication::translate("Arborist::UsersDialog", "annotator"), int(UserRole::Annotator));
    box->addItem(QCoreApplication::translate("Arborist::UsersDialog", "lead"), int(UserRole::Lead));
    box->addItem(QCoreApplication::translate("Arborist::UsersDialog", "admin"), int(UserRole::Admin));
}

} // namespace

UsersDialog::UsersDialog(EngineClient &client, const Session &session, QWidget *parent)
    : QDialog(parent), m_client(client), m_session(session)
{
    setWindowTitle(tr("Users"));
    m_model = new UsersModel(this);
    m_view = new QTableView(this);
    m_view->setObjectName(u"usersView"_s);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);

    m_newName = new QLineEdit(this);
    m_newName->setObjectName(u"newUserName"_s);
    m_newName->setPlaceholderText(tr("new user's name"));
    m_newRole = new QComboBox(this);
    m_newRole->setObjectName(u"newUserRole"_s);
    addRoles(m_newRole);
    auto *add = new QPushButton(tr("&Add"), this);
    add->setObjectName(u"addUserButton"_s);
    m_role = new QComboBox(this);
    m_role->setObjectName(u"roleBox"_s);
    addRoles(m_role);
    auto *applyRole = new QPushButton(tr("Set &role"), this);
    applyRole->setObjectName(u"setRoleButton"_s);
    m_toggle = new QPushButton(tr("&Disable"), this);
    m_toggle->setObjectName(u"toggleUserButton"_s);

    const bool admin = session.role == UserRole::Admin;
    for (QWidget *w : std::initializer_list<QWidget *>{m_newName, m_newRole, add, m_role, applyRole, m_toggle})
        w->setEnabled(admin);

    m_message = new QLabel(this);
    m_message->setObjectName(u"usersMessage"_s);
    m_message->setWordWrap(true);
    m_message->setVisible(!admin);
    if (!admin)
        m_message->setText(tr("Only admins add users, change roles and disable users."));

    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_newName, 1);
    addRow->addWidget(m_newRole);
    addRow->addWidget(add);
    auto *editRow = new QHBoxLayout;
    editRow->addWidget(new QLabel(tr("Selected user:"), this));
    editRow->addWidget(m_role);
    editRow->addWidget(applyRole);
    editRow->addStretch(1);
    editRow->addWidget(m_toggle);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addLayout(editRow);
    layout->addLayout(addRow);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(760, 520);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, [this] {
        addUser(m_newName->text().trimmed(), UserRole(m_newRole->currentData().toInt()));
    });
    connect(applyRole, &QPushButton::clicked, this, [this] {
        if (!selectedName().isEmpty())
            setRole(selectedName(), UserRole(m_role->currentData().toInt()));
    });
    connect(m_toggle, &QPushButton::clicked, this, [this] {
        const int row = m_model->rowOf(selectedName());
        if (row >= 0)
            setEnabled(selectedName(), !m_model->users().at(row).enabled);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        if (!current.isValid())
            return;
        const UserRow &u = m_model->users().at(current.row());
        m_role->setCurrentIndex(m_role->findData(int(u.role)));
        m_toggle->setText(u.enabled ? tr("&Disable") : tr("&Enable"));
    });
    refresh();
}

QString UsersDialog::selectedName() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model->users().at(current.row()).name : QString();
}

void UsersDialog::refresh()
{
    const QString keep = selectedName();
    m_client.run(this,
                 [](Engine &engine) {
                     QList<UserRow> rows;
                     for (const UserInfo &u : engine.users())
                         rows << UserRow{u.id, u.name, u.displayName, u.role, u.lang, u.enabled};
                     return rows;
                 },
                 [this, keep](const QList<UserRow> &rows) {
                     m_model->setUsers(rows);
                     const int row = m_model->rowOf(keep);
                     if (row >= 0)
                         m_view->setCurrentIndex(m_model->index(row, 0));
                     emit refreshed();
                 },
                 [this](const EngineFailure &failure) { setMessage(failure.message); });
}

void UsersDialog::addUser(const QString &name, UserRole role)
{
    if (name.isEmpty()) {
        setMessage(tr("Type the new user's name first."));
        return;
    }
    m_client.run(this,
                 [actor = m_session.userName, name, role, lang = m_session.lang](Engine &engine) {
                     engine.addUser(actor, name, role, lang);
                 },
                 [this, name] {
                     m_newName->clear();
                     done(tr("%1 was added.").arg(name));
                 },
                 [this](const EngineFailure &failure) { setMessage(failure.message); });
}

void UsersDialog::setRole(const QString &name, UserRole role)
{
    m_client.run(this, [actor = m_session.userName, name, role](Engine &engine) { engine.setUserRole(actor, name, role); },
                 [this, name] { done(tr("%1's role was changed.").arg(name)); },
                 [this](const EngineFailure &failure) { setMessage(failure.message); });
}

void UsersDialog::setEnabled(const QString &name, bool enabled)
{
    m_client.run(this,
                 [actor = m_session.userName, name, enabled](Engine &engine) { engine.setUserEnabled(actor, name, enabled); },
                 [this, name, enabled] { done(enabled ? tr("%1 was enabled.").arg(name) : tr("%1 was disabled.").arg(name)); },
                 [this](const EngineFailure &failure) { setMessage(failure.message); });
}

void UsersDialog::done(const QString &message)
{
    setMessage(message);
    refresh();
}

void UsersDialog::setMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

} // namespace Arborist
