#pragma once

#include <QCoreApplication>
#include <QJsonValue>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace Arborist {

class Database;
class Engine;

// arborist-cli: the scripting face of the engine (DESIGN.md, "Command line").
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    enum Exit { Done = 0, Failure = 1, Usage = 2, Refused = 3 };

    Cli(QStringList arguments, QTextStream &out, QTextStream &err, QTextStream &in);
    int run();

private:
    struct UsageError
    {
        QString message;
    };

    QString option(const QString &name, const QString &fallback = {}) const;
    bool flag(const QString &name) const { return m_flags.contains(name); }
    QString positional(int index, const QString &what) const;
    QString requireOption(const QString &name, const QString &what) const;
    // --user, or the login's own user on a team server (Engine::signedInUser()).
    QString userOption(Engine &engine, const QString &what) const;
    // The password on stdin with --password-stdin (without the line end); empty without.
    QString readPassword();
    void print(const QJsonValue &json, const QString &text);
    int fail(int exit, const QString &code, const QString &message);
    QString readStdin();
    void progressLine(const QString &text, bool last);

    int dispatch();
    int cmdInit();
    int cmdServer();
    int cmdUser(Engine &engine);
    int cmdConfig(Engine &engine);
    int cmdTasks(Engine &engine);
    int cmdTask(Engine &engine);
    int cmdTree(Engine &engine);
    int cmdStats(Engine &engine);
    int cmdDashboard(Engine &engine);
    int cmdModerate(Engine &engine);
    int cmdEmoji(Engine &engine);
    int cmdReport(Engine &engine);
    int cmdAudit(Engine &engine);
    int cmdCheck(Engine &engine);
    int cmdMaintenance(Engine &engine);
    int cmdSimulate(Engine &engine, Database &db);
    int cmdGenerate(Engine &engine, Database &db);
    int cmdImport(Engine &engine);
    int cmdExport(Engine &engine);

    static QString helpText();

    QStringList m_args;
    QStringList m_positional;
    QMap<QString, QString> m_options;
    QStringList m_flags;
    QTextStream &m_out;
    QTextStream &m_err;
    QTextStream &m_in;
    bool m_json = false;
};

} // namespace Arborist
