#include "store/serverroles.h"

#include "store/database.h"
#include "store/migrations.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace Arborist {

void ServerRoles::install(Database &db)
{
    if (db.backend() != Backend::Postgres) {
        throw DbError(tr("Server roles are for a team's PostgreSQL server; %1 is a SQLite file, which "
                         "has no logins.").arg(db.url().displayString()));
    }
    db.transact([&] {
        const QString schema = db.value(u"SELECT current_schema()"_s).toString();
        if (schema.isEmpty())
            throw DbError(tr("The database %1 has no schema to work in (search_path).").arg(db.url().displayString()));
        QString literal = schema;
        literal.replace(u'\'', u"''"_s);
        literal = u'\'' + literal + u'\'';
        const QString quoted = db.escapeIdentifier(schema);
        for (QString statement : Migrations::script(u":/sql/server_roles.sql"_s, Backend::Postgres)) {
            statement.replace("{{SCHEMA_LITERAL}}"_L1, literal);
            statement.replace("{{SCHEMA}}"_L1, quoted);
            db.execRaw(statement);
        }
    });
}

bool ServerRoles::installed(Database &db)
{
    if (db.backend() != Backend::Postgres)
        return false;
    return db.value(u"SELECT to_regprocedure('arborist_create_login(text, text, text)') IS NOT NULL "
                    "AND to_regrole('arborist_annotator') IS NOT NULL"_s).toBool();
}

QString ServerRoles::groupOf(UserRole role)
{
    switch (role) {
    case UserRole::Annotator:
        break;
    case UserRole::Lead:
        return u"arborist_lead"_s;
    case UserRole::Admin:
        return u"arborist_admin"_s;
    }
    return u"arborist_annotator"_s;
}

QString ServerRoles::scramSha256Verifier(const QString &password, QByteArray salt, int iterations)
{
    if (salt.isEmpty()) {
        salt.resize(16);
        QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(salt.data()), salt.size() / 4);
    }
    const QByteArray key = password.toUtf8();
    const auto hmac = [](const QByteArray &k, const QByteArray &message) {
        return QMessageAuthenticationCode::hash(message, k, QCryptographicHash::Sha256);
    };
    // Hi(password, salt, i) of RFC 5802: PBKDF2 with HMAC-SHA-256, one block.
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, key);
    mac.addData(salt + QByteArray::fromHex("00000001"));
    QByteArray u = mac.result();
    QByteArray salted = u;
    for (int i = 1; i < iterations; ++i) {
        mac.reset();
        mac.addData(u);
        u = mac.result();
        for (qsizetype b = 0; b < salted.size(); ++b)
            salted[b] = char(salted[b] ^ u[b]);
    }
    const QByteArray clientKey = hmac(salted, "Client Key");
    const QByteArray storedKey = QCryptographicHash::hash(clientKey, QCryptographicHash::Sha256);
    const QByteArray serverKey = hmac(salted, "Server Key");
    return u"SCRAM-SHA-256$%1:%2$%3:%4"_s.arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(storedKey.toBase64()),
             QString::fromLatin1(serverKey.toBase64()));
}

QString ServerRoles::generatePassword()
{
    static const QString alphabet = u"ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789"_s;
    QString password;
    for (int i = 0; i < 24; ++i)
        password += alphabet.at(int(QRandomGenerator::system()->bounded(quint32(alphabet.size()))));
    return password;
}

QString ServerRoles::passwordProblem(const QString &password)
{
    if (password.size() < 12)
        return tr("The password is too short: give at least 12 characters.");
    if (password.size() > 200)
        return tr("The password is too long: give at most 200 characters.");
    for (const QChar c : password) {
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return tr("The password may hold only printable ASCII characters (letters, digits, punctuation "
                      "and spaces).");
    }
    return {};
}

} // namespace Arborist
