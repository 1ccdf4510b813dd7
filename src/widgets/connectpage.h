#pragma once

#include "widgets/session.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QStackedWidget;

namespace Arborist {

class EngineClient;

// Opens a database (the embedded default, another SQLite file, or a PostgreSQL server) and
// signs in: who works, in which language. Recent connections are remembered without their
// passwords.
class ConnectPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ConnectPage(EngineClient &client, QWidget *parent = nullptr);

    // The URL the fields describe, with the password; empty with *error set when incomplete.
    QString url(QString *error = nullptr) const;
    // Connects to what the fields describe; signedIn follows the sign-in step.
    void connectDatabase();
    void signIn();
    // Preselects a database URL (the command line's --db) and a user; with `signIn`, that user
    // is signed in as soon as the database is open.
    void preset(const QString &url, const QString &user = {}, bool signIn = false);

signals:
    void signedIn(const Session &session);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setMessage(const QString &message, bool error);
    void remember(const QString &displayUrl);
    void applyRecent(const QString &displayUrl);
    void setSignInEnabled(bool on);

    EngineClient &m_client;
    QRadioButton *m_embedded;
    QRadioButton *m_file;
    QRadioButton *m_server;
    QComboBox *m_recent;
    QLineEdit *m_path;
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QComboBox *m_sslMode;
    QLineEdit *m_caFile;
    QStackedWidget *m_details;
    QPushButton *m_connect;
    QComboBox *m_people;
    QComboBox *m_lang;
    QPushButton *m_signIn;
    QLabel *m_message;
    QString m_connectedUrl;
    QString m_presetUser;
    bool m_autoSignIn = false;
};

} // namespace Arborist
