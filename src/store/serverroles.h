#pragma once

#include "core/types.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Arborist {

class Database;

// A team's PostgreSQL server with a login per person (resources/sql/server_roles.sql and
// docs/team-server.md): the group roles, grants, policies and guards that `arborist-cli server
// init` installs, and the passwords of the logins.
class ServerRoles
{
    Q_DECLARE_TR_FUNCTIONS(ServerRoles)

public:
    // Installs or upgrades the roles, grants and policies in one transaction, after the schema
    // (run migrate() first). PostgreSQL only; run by the owner of the tables. Throws DbError.
    static void install(Database &db);
    // Whether install() ran on this database (always false on SQLite).
    static bool installed(Database &db);
    // The group role of an Arborist role: arborist_annotator, arborist_lead, arborist_admin.
    static QString groupOf(UserRole role);

    // The SCRAM-SHA-256 verifier PostgreSQL stores for a password (RFC 5802/7677, as libpq's
    // PQencryptPasswordConn makes it): CREATE ROLE ... PASSWORD '<verifier>' sets the password
    // without the password itself reaching the server. An empty salt draws 16 random bytes.
    // Expects a password that passes passwordProblem() (printable ASCII, which SASLprep leaves
    // as it is).
    static QString scramSha256Verifier(const QString &password, QByteArray salt = {}, int iterations = 4096);
    // A strong random password: 24 characters from 56 that cannot be mistaken for one another
    // (about 139 bits), drawn from the system's secure generator.
    static QString generatePassword();
    // Why a password a person chose cannot be used, or empty when it can.
    static QString passwordProblem(const QString &password);
};

} // namespace Arborist
