#include "widgets/connectpage.h"

#include "engine/engine.h"
#include "engine/engineclient.h"
#include "store/databaseurl.h"
#include "widgets/headline.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Arborist {

namespace {
const QString kRecentKey = u"connections/recent"_s;
}

ConnectPage::ConnectPage(EngineClient &client, QWidget *parent) : QWidget(parent), m_client(client)
{
    auto *title = new QLabel(tr("Open a database"), this);
    makeHeadline(title);

    m_recent = new QComboBox(this);
    m_recent->setObjectName(u"recentBox"_s);
    m_recent->addItem(tr("Recent connections…"));
    m_recent->addItems(QSettings().value(kRecentKey).toStringList());
    connect(m_recent, &QComboBox::activated, this, [this](int i) {
        if (i > 0)
            applyRecent(m_recent->itemText(i));
    });

    m_embedded = new QRadioButton(tr("&This computer (the embedded database)"), this);
    m_embedded->setObjectName(u"embeddedRadio"_s);
    m_file = new QRadioButton(tr("A database &file"), this);
    m_file->setObjectName(u"fileRadio"_s);
    m_server = new QRadioButton(tr("A Postgre&SQL server (a team's database)"), this);
    m_server->setObjectName(u"serverRadio"_s);
    auto *group = new QButtonGroup(this);
    group->addButton(m_embedded, 0);
    group->addButton(m_file, 1);
    group->addButton(m_server, 2);
    m_embedded->setChecked(true);

    // Details of each choice.
    auto *embeddedBox = new QLabel(tr("Your own database in %1.")
                                       .arg(QUrl(DatabaseUrl::defaultUrl()).path()), this);
    embeddedBox->setWordWrap(true);
    auto *fileBox = new QWidget(this);
    m_path = new QLineEdit(fileBox);
    m_path->setObjectName(u"pathEdit"_s);
    m_path->setPlaceholderText(tr("/path/to/team.db"));
    auto *browse = new QPushButton(tr("Browse…"), fileBox);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open an Arborist database"), m_path->text(),
                                                          tr("Arborist databases (*.db *.sqlite);;All files (*)"));
        if (!path.isEmpty())
            m_path->setText(path);
    });
    auto *fileLayout = new QHBoxLayout(fileBox);
    fileLayout->setContentsMargins(0, 0, 0, 0);
    fileLayout->addWidget(m_path, 1);
    fileLayout->addWidget(browse);

    auto *serverBox = new QWidget(this);
    m_host = new QLineEdit(u"localhost"_s, serverBox);
    m_host->setObjectName(u"hostEdit"_s);
    m_port = new QSpinBox(serverBox);
    m_port->setObjectName(u"portSpin"_s);
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database = new QLineEdit(u"arborist"_s, serverBox);
    m_database->setObjectName(u"databaseEdit"_s);
    m_user = new QLineEdit(serverBox);
    m_user->setObjectName(u"userEdit"_s);
    m_password = new QLineEdit(serverBox);
    m_password->setObjectName(u"passwordEdit"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("never stored"));
    m_sslMode = new QComboBox(serverBox);
    m_sslMode->setObjectName(u"sslModeBox"_s);
    m_sslMode->addItem(tr("prefer TLS"), u"prefer"_s);
    m_sslMode->addItem(tr("require TLS"), u"require"_s);
    m_sslMode->addItem(tr("require TLS and verify the server (verify-full)"), u"verify-full"_s);
    m_sslMode->addItem(tr("no TLS"), u"disable"_s);
    m_caFile = new QLineEdit(serverBox);
    m_caFile->setObjectName(u"caFileEdit"_s);
    m_caFile->setPlaceholderText(tr("CA certificate file, for verify-full"));
    auto *serverForm = new QFormLayout(serverBox);
    serverForm->setContentsMargins(0, 0, 0, 0);
    serverForm->addRow(tr("Host:"), m_host);
    serverForm->addRow(tr("Port:"), m_port);
    serverForm->addRow(tr("Database:"), m_database);
    serverForm->addRow(tr("User:"), m_user);
    serverForm->addRow(tr("Password:"), m_password);
    serverForm->addRow(tr("Security:"), m_sslMode);
    serverForm->addRow(tr("CA file:"), m_caFile);

    m_details = new QStackedWidget(this);
    m_details->addWidget(embeddedBox);
    m_details->addWidget(fileBox);
    m_details->addWidget(serverBox);
    // Only the chosen source's details take room.
    m_details->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    auto fit = [this] {
        for (int i = 0; i < m_details->count(); ++i)
            m_details->widget(i)->setSizePolicy(QSizePolicy::Preferred, i == m_details->currentIndex()
                                                                            ? QSizePolicy::Preferred
                                                                            : QSizePolicy::Ignored);
        m_details->adjustSize();
    };
    connect(group, &QButtonGroup::idToggled, this, [this, fit](int id, bool on) {
        if (on) {
            m_details->setCurrentIndex(id);
            fit();
        }
    });
    fit();

    m_connect = new QPushButton(tr("&Connect"), this);
    m_connect->setObjectName(u"connectButton"_s);
    m_connect->setDefault(true);
    connect(m_connect, &QPushButton::clicked, this, &ConnectPage::connectDatabase);

    // Step two: who signs in.
    auto *signInBox = new QGroupBox(tr("Sign in"), this);
    m_people = new QComboBox(signInBox);
    m_people->setObjectName(u"userBox"_s);
    m_lang = new QComboBox(signInBox);
    m_lang->setObjectName(u"langBox"_s);
    m_lang->setEditable(true);
    m_lang->addItems({u"en"_s, u"de"_s, u"zh"_s, u"es"_s, u"fr"_s, u"ru"_s});
    m_signIn = new QPushButton(tr("Sign &in"), signInBox);
    m_signIn->setObjectName(u"signInButton"_s);
    connect(m_signIn, &QPushButton::clicked, this, &ConnectPage::signIn);
    auto *signInForm = new QFormLayout(signInBox);
    signInForm->addRow(tr("&Who are you:"), m_people);
    signInForm->addRow(tr("&Working language:"), m_lang);
    signInForm->addRow(QString(), m_signIn);
    setSignInEnabled(false);
    // Enter in the sign-in fields signs in; Enter elsewhere on the page connects.
    for (QComboBox *box : {m_people, m_lang})
        box->installEventFilter(this);

    m_message = new QLabel(this);
    m_message->setObjectName(u"connectMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();

    auto *form = new QVBoxLayout;
    form->addWidget(title);
    form->addWidget(m_recent);
    form->addWidget(m_embedded);
    form->addWidget(m_file);
    form->addWidget(m_server);
    form->addWidget(m_details);
    form->addWidget(m_connect, 0, Qt::AlignRight);
    form->addWidget(m_message);
    form->addWidget(signInBox);
    form->addStretch(1);
    auto *outer = new QHBoxLayout(this);
    outer->addStretch(1);
    outer->addLayout(form, 3);
    outer->addStretch(1);
}

QString ConnectPage::url(QString *error) const
{
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return QString();
    };
    if (m_embedded->isChecked())
        return DatabaseUrl::defaultUrl();
    if (m_file->isChecked()) {
        const QString path = m_path->text().trimmed();
        if (path.isEmpty())
            return fail(tr("Choose the database file first."));
        return u"sqlite://"_s + QFileInfo(path).absoluteFilePath(); // the URL takes absolute paths only
    }
    if (m_host->text().trimmed().isEmpty() || m_database->text().trimmed().isEmpty() || m_user->text().trimmed().isEmpty())
        return fail(tr("Fill in the host, the database and the user."));
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setHost(m_host->text().trimmed());
    url.setPort(m_port->value());
    url.setUserName(m_user->text().trimmed());
    if (!m_password->text().isEmpty())
        url.setPassword(m_password->text());
    url.setPath(u"/"_s + m_database->text().trimmed());
    QString query = u"sslmode="_s + m_sslMode->currentData().toString();
    if (!m_caFile->text().trimmed().isEmpty())
        query += u"&sslrootcert="_s + QString::fromUtf8(QUrl::toPercentEncoding(m_caFile->text().trimmed()));
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

void ConnectPage::preset(const QString &url, const QString &user, bool signIn)
{
    m_presetUser = user;
    m_autoSignIn = signIn && !user.isEmpty();
    if (url.isEmpty() || url == DatabaseUrl::defaultUrl())
        return;
    applyRecent(url);
}

void ConnectPage::applyRecent(const QString &displayUrl)
{
    QString error;
    const std::optional<DatabaseUrl> parsed = DatabaseUrl::parse(displayUrl, &error);
    if (!parsed)
        return;
    if (parsed->backend == Backend::Sqlite) {
        if (u"sqlite://"_s + parsed->path == DatabaseUrl::defaultUrl()) {
            m_embedded->setChecked(true);
        } else {
            m_file->setChecked(true);
            m_path->setText(parsed->path);
        }
        return;
    }
    m_server->setChecked(true);
    m_host->setText(parsed->host);
    m_port->setValue(parsed->port);
    m_database->setText(parsed->database);
    m_user->setText(parsed->user);
    m_password->clear();
    const int ssl = m_sslMode->findData(parsed->sslMode.isEmpty() ? u"prefer"_s : parsed->sslMode);
    m_sslMode->setCurrentIndex(std::max(ssl, 0));
    m_caFile->setText(parsed->sslRootCert);
    m_password->setFocus();
}

void ConnectPage::connectDatabase()
{
    QString error;
    const QString target = url(&error);
    if (target.isEmpty()) {
        setMessage(error, true);
        return;
    }
    setSignInEnabled(false);
    m_connect->setEnabled(false);
    setMessage(tr("Connecting…"), false);
    const bool embedded = m_embedded->isChecked();
    m_client.open(target, embedded, this,
                  [this, target] {
                      m_connectedUrl = target;
                      QString ignored;
                      remember(DatabaseUrl::parse(target, &ignored)->displayString());
                      // On a team server with logins, the login is who signs in (unless --user
                      // named someone: only an admin's login may act for them).
                      m_client.run(this, [](Engine &engine) { return std::make_pair(engine.users(), engine.signedInUser()); },
                                   [this](const std::pair<QList<UserInfo>, QString> &answer) {
                                       const QList<UserInfo> &users = answer.first;
                                       m_connect->setEnabled(true);
                                       m_people->clear();
                                       for (const UserInfo &u : users) {
                                           if (u.enabled && !u.name.startsWith(u"imported-"_s) && u.name != u"import"_s)
                                               m_people->addItem(u.displayName == u.name ? u.name
                                                                     : u"%1 (%2)"_s.arg(u.name, u.displayName),
                                                                 u.name);
                                       }
                                       if (m_people->count() == 0) {
                                           setMessage(tr("This database has no users yet. An admin adds them with "
                                                         "`arborist-cli user add NAME`."), true);
                                           return;
                                       }
                                       const int preset =
                                           m_people->findData(m_presetUser.isEmpty() ? answer.second : m_presetUser);
                                       if (preset >= 0)
                                           m_people->setCurrentIndex(preset);
                                       setMessage(tr("Connected. Choose who you are."), false);
                                       setSignInEnabled(true);
                                       m_people->setFocus();
                                       if (m_autoSignIn && preset >= 0) {
                                           m_autoSignIn = false;
                                           signIn();
                                       }
                                   },
                                   [this](const EngineFailure &failure) {
                                       m_connect->setEnabled(true);
                                       setMessage(failure.message, true);
                                   });
                  },
                  [this](const EngineFailure &failure) {
                      m_connect->setEnabled(true);
                      setMessage(failure.message, true);
                  });
}

void ConnectPage::signIn()
{
    if (m_connectedUrl.isEmpty() || m_people->currentIndex() < 0)
        return;
    Session session;
    session.databaseUrl = m_connectedUrl;
    QString ignored;
    session.databaseDisplay = DatabaseUrl::parse(m_connectedUrl, &ignored)->displayString();
    session.userName = m_people->currentData().toString();
    session.lang = m_lang->currentText().trimmed().isEmpty() ? u"en"_s : m_lang->currentText().trimmed();
    m_signIn->setEnabled(false);
    m_client.run(this,
                 [user = session.userName](Engine &engine) {
                     return std::make_pair(engine.settings().messageSizeLimit, engine.user(user).role);
                 },
                 [this, session](const std::pair<int, UserRole> &answer) mutable {
                     m_signIn->setEnabled(true);
                     session.messageSizeLimit = answer.first;
                     session.role = answer.second;
                     setMessage(QString(), false);
                     emit signedIn(session);
                 },
                 [this](const EngineFailure &failure) {
                     m_signIn->setEnabled(true);
                     setMessage(failure.message, true);
                 });
}

bool ConnectPage::eventFilter(QObject *watched, QEvent *event)
{
    if ((watched == m_people || watched == m_lang) && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && m_signIn->isEnabled()) {
            signIn();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ConnectPage::setMessage(const QString &message, bool error)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText, error ? QColor(0xb0, 0x10, 0x10) : palette.color(QPalette::Text));
    m_message->setPalette(palette);
}

void ConnectPage::remember(const QString &displayUrl)
{
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    recent.removeAll(displayUrl);
    recent.prepend(displayUrl);
    while (recent.size() > 8)
        recent.removeLast();
    settings.setValue(kRecentKey, recent);
    m_recent->clear();
    m_recent->addItem(tr("Recent connections…"));
    m_recent->addItems(recent);
}

void ConnectPage::setSignInEnabled(bool on)
{
    m_people->setEnabled(on);
    m_lang->setEnabled(on);
    m_signIn->setEnabled(on);
}

} // namespace Arborist
