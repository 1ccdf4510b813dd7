#include "widgets/usersdialog.h"

#include "engine/engine.h"
#include "engine/engineclient.h"
#include "models/usersmodel.h"

#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

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
    m_editRow = new QHBoxLayout;
    m_editRow->addWidget(new QLabel(tr("Selected user:"), this));
    m_editRow->addWidget(m_role);
    m_editRow->addWidget(applyRole);
    m_editRow->addStretch(1);
    m_editRow->addWidget(m_toggle);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addLayout(m_editRow);
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
        if (m_setPassword)
            m_setPassword->setEnabled(current.isValid());
        if (!current.isValid())
            return;
        const UserRow &u = m_model->users().at(current.row());
        m_role->setCurrentIndex(m_role->findData(int(u.role)));
        m_toggle->setText(u.enabled ? tr("&Disable") : tr("&Enable"));
    });
    refresh();
    // A team server's logins (docs/team-server.md): passwords to show and to set.
    m_client.run(this, [](Engine &engine) { return engine.serverLogins(); },
                 [this](bool logins) { showLogins(logins); },
                 [this](const EngineFailure &failure) { setMessage(failure.message); });
}

void UsersDialog::showLogins(bool logins)
{
    if (logins && m_session.role == UserRole::Admin && !m_setPassword) {
        m_setPassword = new QPushButton(tr("Set &password…"), this);
        m_setPassword->setObjectName(u"setPasswordButton"_s);
        m_setPassword->setEnabled(!selectedName().isEmpty());
        // Between "Set role" and "Disable", in the row and in the tab order.
        m_editRow->insertWidget(m_editRow->indexOf(m_toggle), m_setPassword);
        m_setPassword->show(); // now, not when the layout gets to it
        if (auto *applyRole = findChild<QPushButton *>(u"setRoleButton"_s))
            setTabOrder(applyRole, m_setPassword);
        connect(m_setPassword, &QPushButton::clicked, this, &UsersDialog::askPassword);
    }
    emit serverLoginsKnown(logins);
}

void UsersDialog::askPassword()
{
    const QString name = selectedName();
    if (name.isEmpty())
        return;
    auto *dialog = new QDialog(this);
    dialog->setObjectName(u"setPasswordDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Set %1's password").arg(name));
    auto *generate = new QRadioButton(tr("&Generate a password"), dialog);
    generate->setObjectName(u"generatePasswordRadio"_s);
    generate->setChecked(true);
    auto *type = new QRadioButton(tr("&Type a password"), dialog);
    type->setObjectName(u"typePasswordRadio"_s);
    auto *first = new QLineEdit(dialog);
    first->setObjectName(u"newPasswordEdit"_s);
    first->setEchoMode(QLineEdit::Password);
    auto *second = new QLineEdit(dialog);
    second->setObjectName(u"repeatPasswordEdit"_s);
    second->setEchoMode(QLineEdit::Password);
    auto *message = new QLabel(dialog);
    message->setObjectName(u"setPasswordMessage"_s);
    message->setWordWrap(true);
    message->hide();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Set password"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Password:"), first);
    form->addRow(tr("&Repeat:"), second);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(generate);
    layout->addWidget(type);
    layout->addLayout(form);
    layout->addWidget(message);
    layout->addWidget(buttons);

    const auto typing = [first, second](bool on) {
        first->setEnabled(on);
        second->setEnabled(on);
        if (on)
            first->setFocus();
    };
    typing(false);
    connect(type, &QRadioButton::toggled, dialog, typing);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    connect(buttons, &QDialogButtonBox::accepted, dialog, [this, name, dialog, type, first, second, message, buttons] {
        const auto refuse = [message](const QString &text) {
            message->setText(text);
            message->show();
        };
        QString password;
        if (type->isChecked()) {
            if (first->text().isEmpty()) {
                refuse(tr("Type the password in both fields."));
                return;
            }
            if (first->text() != second->text()) {
                refuse(tr("The two passwords differ; type them again."));
                return;
            }
            password = first->text();
        }
        buttons->setEnabled(false);
        // The dialog's own answer; a generated password is shown even if the dialog was closed.
        QPointer<QDialog> asking(dialog);
        m_client.run(this,
                     [actor = m_session.userName, name, password](Engine &engine) {
                         return engine.setUserPassword(actor, name, password);
                     },
                     [this, asking, name](const QString &generated) {
                         if (asking)
                             asking->accept();
                         setMessage(tr("%1's password was changed.").arg(name));
                         if (!generated.isEmpty())
                             showPassword(name, generated);
                     },
                     [asking, buttons, refuse](const EngineFailure &failure) {
                         if (!asking)
                             return;
                         buttons->setEnabled(true);
                         refuse(failure.message);
                     });
    });
    dialog->open();
}

// Shown once: the server stores only a verifier of the password.
void UsersDialog::showPassword(const QString &name, const QString &password)
{
    auto *dialog = new QDialog(this);
    dialog->setObjectName(u"shownPasswordDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("%1's password").arg(name));
    auto *text = new QLabel(tr("%1 signs in with this password. It is shown only this once: copy it now and "
                               "give it to them.").arg(name),
                            dialog);
    text->setWordWrap(true);
    auto *field = new QLineEdit(password, dialog);
    field->setObjectName(u"shownPassword"_s);
    field->setReadOnly(true);
    field->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    field->selectAll();
    auto *copy = new QPushButton(tr("&Copy"), dialog);
    copy->setObjectName(u"copyPasswordButton"_s);
    copy->setAutoDefault(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    buttons->addButton(copy, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(text);
    layout->addWidget(field);
    layout->addWidget(buttons);
    connect(copy, &QPushButton::clicked, dialog, [password] { QGuiApplication::clipboard()->setText(password); });
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    dialog->resize(std::max(dialog->sizeHint().width(), 420), dialog->sizeHint().height());
    dialog->open();
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
                     if (m_setPassword)
                         m_setPassword->setEnabled(!selectedName().isEmpty());
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
                     // On a server with logins, the password generated for the new login.
                     const UserInfo info = engine.addUser(actor, name, role, lang);
                     return info.login ? info.initialPassword : QString();
                 },
                 [this, name](const QString &password) {
                     m_newName->clear();
                     done(tr("%1 was added.").arg(name));
                     if (!password.isEmpty())
                         showPassword(name, password);
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
