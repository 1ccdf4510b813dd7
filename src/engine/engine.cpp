#include "engine/engine.h"

#include "core/ids.h"
#include "engine/engine_p.h"
#include "store/database.h"
#include "store/serverroles.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace Arborist {

namespace detail {

LabelValues labelValuesFromJson(const QString &text)
{
    LabelValues values;
    const QJsonObject object = jsonObject(text);
    for (auto it = object.begin(); it != object.end(); ++it)
        values.insert(it.key(), it.value().toDouble());
    return values;
}

QString labelValuesToJson(const LabelValues &values)
{
    QJsonObject object;
    for (auto it = values.begin(); it != values.end(); ++it)
        object.insert(it.key(), it.value());
    return jsonText(object);
}

std::optional<bool> optionalBool(const QVariant &v)
{
    if (v.isNull() || !v.isValid())
        return std::nullopt;
    return v.toInt() != 0;
}

QString skipEmoji(TaskKind kind)
{
    switch (kind) {
    case TaskKind::Reply:
        return u"_skip_reply"_s;
    case TaskKind::LabelPrompt:
    case TaskKind::LabelReply:
        return u"_skip_labeling"_s;
    case TaskKind::Ranking:
        return u"_skip_ranking"_s;
    case TaskKind::Prompt:
        break;
    }
    return {};
}

} // namespace detail

using namespace detail;

Engine::Engine(Database &db, EngineOptions options)
    : m_db(db), m_clock(std::move(options.clock)),
      m_rng(options.seed ? QRandomGenerator(quint32(options.seed ^ (options.seed >> 32)))
                         : QRandomGenerator(QRandomGenerator::global()->generate()))
{
    if (!m_clock)
        m_clock = [] { return QDateTime::currentMSecsSinceEpoch(); };
}

Engine::~Engine() = default;

qint64 Engine::now() const { return m_clock(); }
double Engine::uniform() { return m_rng.generateDouble(); }
int Engine::bounded(int n) { return n <= 1 ? 0 : int(m_rng.bounded(quint32(n))); }
// Ids come from the system's generator even in a seeded engine: two processes with the same
// seed must never make the same id.
QString Engine::makeId() { return newId(*QRandomGenerator::system()); }

WorkflowSettings Engine::loadSettings()
{
    // The settings read before are still the settings when the revision that requireUser()
    // read in this transaction is theirs: one statement fewer for every task operation.
    if (m_db.inTransaction() && m_revisionSerial == m_db.transactionSerial() && m_revisionSeen >= 0
        && m_revisionSeen == m_settingsRevision)
        return m_settings;
    WorkflowSettings settings;
    for (const Row &row : m_db.rows(u"SELECT key, value FROM setting"_s))
        settings.set(row[0].toString(), row[1].toString());
    m_settings = settings;
    // Read after the settings: a change committed in between makes the next call read again.
    m_settingsRevision = m_db.inTransaction()
        ? m_db.value(u"SELECT revision FROM settings_revision WHERE id = 1"_s).toLongLong()
        : -1;
    return settings;
}

const Engine::Login &Engine::login()
{
    if (m_login.known)
        return m_login;
    Login login;
    if (m_db.backend() == Backend::Postgres) {
        // A person's login is in an Arborist group; the owner of the tables and superusers are
        // not bound by the groups' rules (resources/sql/server_roles.sql).
        const QList<Row> rows = m_db.rows(
            u"SELECT CAST(current_user AS TEXT), COALESCE(pg_has_role(current_user, to_regrole('arborist_annotator'), "
            "'MEMBER'), false) AND NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = current_user AND rolsuper) "
            "AND NOT COALESCE(pg_has_role(current_user, (SELECT relowner FROM pg_class WHERE oid = "
            "to_regclass('app_user')), 'USAGE'), false)"_s);
        if (!rows.isEmpty()) {
            login.name = rows[0][0].toString();
            login.signedIn = rows[0][1].toBool();
        }
    }
    login.known = true;
    m_login = login;
    return m_login;
}

QString Engine::actingUser(const QString &name)
{
    const Login &l = login();
    if (!l.signedIn || name.isEmpty() || name == l.name)
        return l.signedIn && name.isEmpty() ? l.name : name;
    // Someone else: admins only (their work for others is theirs in the audit log).
    if (m_db.value(u"SELECT role FROM app_user WHERE name = ? AND enabled = 1 AND deleted = 0"_s, {l.name}).toString()
        != toString(UserRole::Admin)) {
        throw WorkflowError(ErrorCode::PermissionDenied,
                            tr("You are signed in to the server as %1, so you act as %1; only an admin may act "
                               "as %2.").arg(l.name, name));
    }
    return name;
}

QString Engine::signedInUser()
{
    if (m_db.backend() != Backend::Postgres)
        return {};
    QString name;
    m_db.read([&] {
        if (login().signedIn
            && m_db.value(u"SELECT COUNT(*) FROM app_user WHERE name = ? AND deleted = 0"_s, {login().name}).toInt() > 0)
            name = login().name;
    });
    return name;
}

bool Engine::serverLogins()
{
    bool installed = false;
    m_db.read([&] { installed = ServerRoles::installed(m_db); });
    return installed;
}

Engine::Actor Engine::requireUser(const QString &requested, bool lock)
{
    const QString name = actingUser(requested);
    // The user's row is locked by the statement that reads it (one round trip). A login on a
    // server with logins may not lock (update) rows of app_user: it takes a named lock instead.
    const bool namedLock = lock && login().signedIn;
    if (namedLock)
        m_db.lockName(u"user:"_s + name);
    const QList<Row> rows = m_db.rows(
        u"SELECT id, role, enabled, deleted, (SELECT revision FROM settings_revision WHERE id = 1) FROM app_user "
        "WHERE name = ?"_s + (lock && !namedLock ? m_db.dialect().forUpdate() : QString()),
        {name});
    if (!rows.isEmpty() && m_db.inTransaction()) {
        m_revisionSerial = m_db.transactionSerial();
        m_revisionSeen = rows[0][4].toLongLong();
    }
    if (rows.isEmpty() || rows[0][3].toInt() != 0) {
        throw WorkflowError(ErrorCode::UnknownUser,
                            tr("There is no user called \"%1\"; `arborist-cli user list` shows "
                               "who there is.").arg(name));
    }
    if (rows[0][2].toInt() == 0) {
        throw WorkflowError(ErrorCode::PermissionDenied,
                            tr("The user \"%1\" is disabled; ask an admin to enable them.").arg(name));
    }
    return {rows[0][0].toString(), name,
            userRoleFromString(rows[0][1].toString()).value_or(UserRole::Annotator)};
}

Engine::Actor Engine::requireModerator(const QString &name)
{
    const Actor actor = requireUser(name);
    if (!canModerate(actor.role)) {
        throw WorkflowError(ErrorCode::PermissionDenied,
                            tr("%1 is an annotator; only leads and admins may do this.").arg(actor.name));
    }
    return actor;
}

void Engine::lockTreeOf(const QString &messageId)
{
    const QVariant tree = m_db.value(u"SELECT tree_id FROM message WHERE id = ?"_s, {messageId});
    if (tree.isValid())
        m_db.lockRow(u"tree"_s, tree);
}

void Engine::audit(const Actor &actor, const QString &action, const QString &objectType,
                   const QString &objectId, const QString &before, const QString &after,
                   const QString &reason)
{
    // On a server with logins the entry names the login's user, who did it (an admin may act
    // for someone else); the server accepts entries only in one's own name.
    QString who = actor.id;
    if (login().signedIn && actor.name != login().name)
        who = m_db.value(u"SELECT id FROM app_user WHERE name = ?"_s, {login().name}).toString();
    m_db.exec(u"INSERT INTO audit_log (at, user_id, action, object_type, object_id, before_value, "
              "after_value, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
              {now(), who.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : who,
               action, objectType, objectId, before, after, reason});
}

// --- users -------------------------------------------------------------------------------

namespace {
// Refuses a password a person chose that a login cannot have.
void checkPassword(const QString &password)
{
    const QString problem = ServerRoles::passwordProblem(password);
    if (!problem.isEmpty())
        throw WorkflowError(ErrorCode::InvalidInput, problem);
}
} // namespace

// Server with logins: the user's login gets this password (generated when empty; returned
// then), in the group of `role`; made when missing. Inside the operation's transaction.
QString Engine::setLogin(const QString &name, UserRole role, const QString &password)
{
    const QString chosen = password.isEmpty() ? ServerRoles::generatePassword() : password;
    loginCall(u"arborist_create_login(?, ?, ?)"_s,
              {name, ServerRoles::scramSha256Verifier(chosen), ServerRoles::groupOf(role)});
    return password.isEmpty() ? chosen : QString();
}

// Calls one of the server's login functions (resources/sql/server_roles.sql); what they refuse
// is the workflow's refusal, in the server's words.
void Engine::loginCall(const QString &call, const QVariantList &binds)
{
    try {
        m_db.rows(u"SELECT 1 FROM (SELECT "_s + call + u") AS l"_s, binds);
    } catch (const DbError &e) {
        const QString code = e.nativeCode();
        if (code != "42501"_L1 && code != "42710"_L1 && code != "22023"_L1)
            throw;
        QString why = e.message();
        const qsizetype at = why.indexOf("ERROR:"_L1);
        if (at >= 0)
            why = why.mid(at + 6);
        why = why.section(u'\n', 0, 0).trimmed();
        throw WorkflowError(code == "42501"_L1 ? ErrorCode::PermissionDenied : ErrorCode::InvalidInput,
                            tr("The server refused to change the login: %1.").arg(why));
    }
}

UserInfo Engine::addUser(const QString &actorArgument, const QString &name, UserRole role,
                         const QString &lang, const QString &displayName, const QString &password)
{
    if (!password.isEmpty())
        checkPassword(password);
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 100 || trimmed.contains(u' ')) {
        throw WorkflowError(ErrorCode::InvalidInput,
                            tr("A user name must be 1 to 100 characters without spaces."));
    }
    // Imports author their messages as "import" and "imported-<id>" (importexport.cpp).
    if (trimmed == "import"_L1 || trimmed.startsWith("imported-"_L1)) {
        throw WorkflowError(ErrorCode::InvalidInput,
                            tr("\"%1\" is kept for imported data; choose another name.").arg(trimmed));
    }
    UserInfo info;
    m_db.transact([&] {
        Actor actor;
        const QString actorName = actingUser(actorArgument);
        const int existing = m_db.value(u"SELECT COUNT(*) FROM app_user"_s).toInt();
        if (existing > 0 || !actorName.isEmpty()) {
            if (actorName.isEmpty()) {
                throw WorkflowError(ErrorCode::PermissionDenied,
                                    tr("Adding users takes an admin: give --user with an admin's name."));
            }
            actor = requireUser(actorName);
            if (!canManageUsers(actor.role))
                throw WorkflowError(ErrorCode::PermissionDenied,
                                    tr("%1 is not an admin; only admins add users.").arg(actorName));
        }
        if (m_db.value(u"SELECT COUNT(*) FROM app_user WHERE name = ?"_s, {trimmed}).toInt() > 0) {
            throw WorkflowError(ErrorCode::InvalidInput,
                                tr("There is already a user called \"%1\".").arg(trimmed));
        }
        info.id = makeId();
        info.name = trimmed;
        info.displayName = displayName.isEmpty() ? trimmed : displayName;
        info.role = role;
        info.lang = lang.isEmpty() ? u"en"_s : lang;
        info.enabled = true;
        m_db.exec(u"INSERT INTO app_user (id, name, display_name, role, lang, enabled, deleted, "
                  "created) VALUES (?, ?, ?, ?, ?, 1, 0, ?)"_s,
                  {info.id, info.name, info.displayName, toString(role), info.lang, now()});
        if (actor.id.isEmpty())
            actor = {info.id, info.name, role};
        audit(actor, u"user_add"_s, u"user"_s, info.id, {}, toString(role), {});
        info.login = false;
        info.initialPassword.clear();
        if (ServerRoles::installed(m_db)) {
            info.initialPassword = setLogin(info.name, role, password);
            info.login = true;
        } else if (!password.isEmpty()) {
            throw WorkflowError(ErrorCode::InvalidInput,
                                tr("Passwords are for the logins of a team's PostgreSQL server set up with "
                                   "`arborist-cli server init`; %1 has no logins.").arg(m_db.url().displayString()));
        }
    });
    return info;
}

QString Engine::setUserPassword(const QString &actorName, const QString &name, const QString &password)
{
    if (!password.isEmpty())
        checkPassword(password);
    QString generated;
    m_db.transact([&] {
        const Actor actor = requireUser(actorName);
        if (!canManageUsers(actor.role))
            throw WorkflowError(ErrorCode::PermissionDenied,
                                tr("%1 is not an admin; only admins set passwords.").arg(actor.name));
        if (!ServerRoles::installed(m_db)) {
            throw WorkflowError(ErrorCode::InvalidInput,
                                tr("Passwords are for the logins of a team's PostgreSQL server set up with "
                                   "`arborist-cli server init`; %1 has no logins.").arg(m_db.url().displayString()));
        }
        const QList<Row> rows = m_db.rows(u"SELECT id, role FROM app_user WHERE name = ? AND deleted = 0"_s, {name});
        if (rows.isEmpty())
            throw WorkflowError(ErrorCode::UnknownUser, tr("There is no user called \"%1\".").arg(name));
        generated = setLogin(name, userRoleFromString(rows[0][1].toString()).value_or(UserRole::Annotator), password);
        audit(actor, u"user_password"_s, u"user"_s, rows[0][0].toString(), {}, {}, {});
    });
    return generated;
}

QList<UserInfo> Engine::users()
{
    QList<UserInfo> list;
    m_db.read([&] {
        for (const Row &r : m_db.rows(u"SELECT id, name, display_name, role, lang, enabled FROM "
                                      "app_user WHERE deleted = 0 ORDER BY name"_s)) {
            list.append({r[0].toString(), r[1].toString(), r[2].toString(),
                         userRoleFromString(r[3].toString()).value_or(UserRole::Annotator),
                         r[4].toString(), r[5].toInt() != 0, false, {}});
        }
    });
    return list;
}

UserInfo Engine::user(const QString &name)
{
    for (const UserInfo &info : users()) {
        if (info.name == name)
            return info;
    }
    throw WorkflowError(ErrorCode::UnknownUser, tr("There is no user called \"%1\".").arg(name));
}

void Engine::setUserRole(const QString &actorName, const QString &name, UserRole role)
{
    m_db.transact([&] {
        const Actor actor = requireUser(actorName);
        if (!canManageUsers(actor.role))
            throw WorkflowError(ErrorCode::PermissionDenied,
                                tr("%1 is not an admin; only admins change roles.").arg(actor.name));
        const QList<Row> rows = m_db.rows(u"SELECT id, role FROM app_user WHERE name = ? AND deleted = 0"_s, {name});
        if (rows.isEmpty())
            throw WorkflowError(ErrorCode::UnknownUser, tr("There is no user called \"%1\".").arg(name));
        m_db.exec(u"UPDATE app_user SET role = ? WHERE id = ?"_s, {toString(role), rows[0][0]});
        if (ServerRoles::installed(m_db)) // the login's group follows the role
            loginCall(u"arborist_set_login_group(?, ?)"_s, {name, ServerRoles::groupOf(role)});
        audit(actor, u"user_role"_s, u"user"_s, rows[0][0].toString(), rows[0][1].toString(),
              toString(role), {});
    });
}

void Engine::setUserEnabled(const QString &actorName, const QString &name, bool enabled)
{
    m_db.transact([&] {
        const Actor actor = requireUser(actorName);
        if (!canManageUsers(actor.role))
            throw WorkflowError(ErrorCode::PermissionDenied,
                                tr("%1 is not an admin; only admins enable or disable users.").arg(actor.name));
        const QList<Row> rows = m_db.rows(u"SELECT id, enabled FROM app_user WHERE name = ? AND deleted = 0"_s, {name});
        if (rows.isEmpty())
            throw WorkflowError(ErrorCode::UnknownUser, tr("There is no user called \"%1\".").arg(name));
        loadSettings();
        m_db.exec(u"UPDATE app_user SET enabled = ? WHERE id = ?"_s, {enabled ? 1 : 0, rows[0][0]});
        if (ServerRoles::installed(m_db)) // a disabled user's login can no longer connect
            loginCall(u"arborist_set_login_enabled(?, ?)"_s, {name, enabled});
        audit(actor, enabled ? u"user_enable"_s : u"user_disable"_s, u"user"_s, rows[0][0].toString(),
              rows[0][1].toInt() ? u"enabled"_s : u"disabled"_s, enabled ? u"enabled"_s : u"disabled"_s, {});
        if (!enabled)
            haltWaitingPromptsOf(rows[0][0].toString());
    });
}

// --- settings ----------------------------------------------------------------------------

WorkflowSettings Engine::settings()
{
    WorkflowSettings result;
    m_db.read([&] { result = loadSettings(); });
    return result;
}

void Engine::setSetting(const QString &actorName, const QString &key, const QString &value)
{
    QString why;
    const std::optional<QString> canonical = WorkflowSettings::normalize(key, value, &why);
    if (!canonical)
        throw WorkflowError(ErrorCode::InvalidInput, why);
    m_db.transact([&] {
        const Actor actor = requireModerator(actorName);
        const WorkflowSettings before = loadSettings();
        const QString old = before.value(key);
        if (old == *canonical)
            return;
        if (m_db.exec(u"UPDATE setting SET value = ?, updated = ?, updated_by = ? WHERE key = ?"_s,
                      {*canonical, now(), actor.id, key}) == 0) {
            m_db.exec(u"INSERT INTO setting (key, value, updated, updated_by) VALUES (?, ?, ?, ?)"_s,
                      {key, *canonical, now(), actor.id});
        }
        m_db.exec(u"UPDATE settings_revision SET revision = revision + 1 WHERE id = 1"_s);
        m_settingsRevision = -1;
        audit(actor, u"setting"_s, u"setting"_s, key, old, *canonical, {});
    });
}

// --- emojis and reports ------------------------------------------------------------------

QStringList Engine::emojiCodes()
{
    return {u"+1"_s,   u"-1"_s,         u"red_flag"_s,     u"100"_s,
            u"rofl"_s, u"clap"_s,       u"diamond"_s,      u"heart_eyes"_s,
            u"disappointed"_s, u"poop"_s, u"skull"_s};
}

void Engine::addEmojiRow(const QString &userId, const QString &messageId, const QString &emoji)
{
    if (m_db.value(u"SELECT COUNT(*) FROM message_emoji WHERE message_id = ? AND user_id = ? AND emoji = ?"_s,
                   {messageId, userId, emoji}).toInt() > 0)
        return;
    m_db.exec(u"INSERT INTO message_emoji (message_id, user_id, emoji, created) VALUES (?, ?, ?, ?)"_s,
              {messageId, userId, emoji, now()});
    if (m_db.exec(u"UPDATE emoji_count SET count = count + 1 WHERE message_id = ? AND emoji = ?"_s,
                  {messageId, emoji}) == 0) {
        m_db.exec(u"INSERT INTO emoji_count (message_id, emoji, count) VALUES (?, ?, 1)"_s,
                  {messageId, emoji});
    }
}

void Engine::removeEmojiRow(const QString &userId, const QString &messageId, const QString &emoji)
{
    if (m_db.exec(u"DELETE FROM message_emoji WHERE message_id = ? AND user_id = ? AND emoji = ?"_s,
                  {messageId, userId, emoji}) == 0)
        return;
    m_db.exec(u"UPDATE emoji_count SET count = count - 1 WHERE message_id = ? AND emoji = ?"_s,
              {messageId, emoji});
    m_db.exec(u"DELETE FROM emoji_count WHERE message_id = ? AND emoji = ? AND count <= 0"_s,
              {messageId, emoji});
}

void Engine::addEmoji(const QString &userName, const QString &messageId, const QString &emoji)
{
    if (!emojiCodes().contains(emoji)) {
        throw WorkflowError(ErrorCode::InvalidInput, tr("\"%1\" is not an emoji code; use one of %2.")
                                                         .arg(emoji, emojiCodes().join(u", "_s)));
    }
    m_db.transact([&] {
        const Actor user = requireUser(userName);
        loadSettings();
        lockTreeOf(messageId);
        const QVariant author = m_db.value(u"SELECT user_id FROM message WHERE id = ?"_s, {messageId});
        if (!author.isValid())
            throw WorkflowError(ErrorCode::NotFound, tr("There is no message %1.").arg(messageId));
        const bool vote = emoji == "+1"_L1 || emoji == "-1"_L1;
        if (vote && author.toString() == user.id)
            return; // up/down votes on one's own message are ignored (§8.5)
        if (vote)
            removeEmojiRow(user.id, messageId, emoji == "+1"_L1 ? u"-1"_s : u"+1"_s);
        addEmojiRow(user.id, messageId, emoji);
        if (emoji == "red_flag"_L1)
            autoModerateMessage(messageId);
    });
}

void Engine::removeEmoji(const QString &userName, const QString &messageId, const QString &emoji)
{
    m_db.transact([&] {
        const Actor user = requireUser(userName);
        lockTreeOf(messageId);
        removeEmojiRow(user.id, messageId, emoji);
    });
}

void Engine::report(const QString &userName, const QString &messageId, const LabelValues &labels,
                    const QString &text)
{
    for (auto it = labels.begin(); it != labels.end(); ++it) {
        if (!Labels::isKnown(it.key()))
            throw WorkflowError(ErrorCode::InvalidLabels, tr("\"%1\" is not a label.").arg(it.key()));
        if (!(it.value() >= 0.0 && it.value() <= 1.0))
            throw WorkflowError(ErrorCode::InvalidLabels,
                                tr("The value of %1 must be between 0 and 1.").arg(it.key()));
    }
    m_db.transact([&] {
        const Actor user = requireUser(userName);
        loadSettings();
        lockTreeOf(messageId);
        if (!m_db.value(u"SELECT id FROM message WHERE id = ?"_s, {messageId}).isValid())
            throw WorkflowError(ErrorCode::NotFound, tr("There is no message %1.").arg(messageId));
        const QString json = labelValuesToJson(labels);
        if (m_db.exec(u"UPDATE text_label SET labels = ?, text = ?, is_report = 1, created = ? "
                      "WHERE message_id = ? AND user_id = ? AND task_id IS NULL"_s,
                      {json, text, now(), messageId, user.id}) == 0) {
            m_db.exec(u"INSERT INTO text_label (id, task_id, message_id, user_id, created, labels, "
                      "text, is_report) VALUES (?, NULL, ?, ?, ?, ?, ?, 1)"_s,
                      {makeId(), messageId, user.id, now(), json, text});
        }
        addEmojiRow(user.id, messageId, u"red_flag"_s);
        autoModerateMessage(messageId);
    });
}

// --- moderation --------------------------------------------------------------------------

void Engine::haltTree(const QString &actorName, const QString &treeId, const QString &reason)
{
    m_db.transact([&] {
        const Actor actor = requireModerator(actorName);
        loadSettings();
        m_db.lockRow(u"tree"_s, treeId);
        const std::optional<TreeRow> tree = treeRow(treeId);
        if (!tree)
            throw WorkflowError(ErrorCode::NotFound, tr("There is no tree %1.").arg(treeId));
        if (tree->state == TreeState::HaltedByModerator)
            throw WorkflowError(ErrorCode::TreeNotOpen, tr("Tree %1 is already halted.").arg(treeId));
        enterState(treeId, TreeState::HaltedByModerator);
        audit(actor, u"halt"_s, u"tree"_s, treeId, toString(tree->state),
              toString(TreeState::HaltedByModerator), reason);
    });
}

void Engine::unhaltTree(const QString &actorName, const QString &treeId, const QString &reason)
{
    m_db.transact([&] {
        const Actor actor = requireModerator(actorName);
        loadSettings();
        m_db.lockRow(u"tree"_s, treeId);
        const std::optional<TreeRow> tree = treeRow(treeId);
        if (!tree)
            throw WorkflowError(ErrorCode::NotFound, tr("There is no tree %1.").arg(treeId));
        if (tree->state != TreeState::HaltedByModerator) {
            throw WorkflowError(ErrorCode::TreeNotOpen,
                                tr("Tree %1 is not halted (it is %2).").arg(treeId, toString(tree->state)));
        }
        reactivate(treeId);
        audit(actor, u"unhalt"_s, u"tree"_s, treeId, toString(tree->state),
              toString(treeRow(treeId)->state), reason);
    });
}

void Engine::deleteMessage(const QString &actorName, const QString &messageId, const QString &reason)
{
    m_db.transact([&] {
        const Actor actor = requireModerator(actorName);
        loadSettings();
        lockTreeOf(messageId);
        const QList<Row> rows = m_db.rows(u"SELECT tree_id, deleted FROM message WHERE id = ?"_s, {messageId});
        if (rows.isEmpty())
            throw WorkflowError(ErrorCode::NotFound, tr("There is no message %1.").arg(messageId));
        if (rows[0][1].toInt() != 0)
            throw WorkflowError(ErrorCode::InvalidInput, tr("Message %1 is already deleted.").arg(messageId));
        setDeleted(messageId, true, false);
        audit(actor, u"delete"_s, u"message"_s, messageId, u"visible"_s, u"deleted"_s, reason);
        recheckTree(rows[0][0].toString());
    });
}

void Engine::undeleteMessage(const QString &actorName, const QString &messageId, const QString &reason)
{
    m_db.transact([&] {
        const Actor actor = requireModerator(actorName);
        loadSettings();
        lockTreeOf(messageId);
        const QList<Row> rows = m_db.rows(u"SELECT tree_id, deleted FROM message WHERE id = ?"_s, {messageId});
        if (rows.isEmpty())
            throw WorkflowError(ErrorCode::NotFound, tr("There is no message %1.").arg(messageId));
        if (rows[0][1].toInt() == 0)
            throw WorkflowError(ErrorCode::InvalidInput, tr("Message %1 is not deleted.").arg(messageId));
        setDeleted(messageId, false, true);
        audit(actor, u"undelete"_s, u"message"_s, messageId, u"deleted"_s, u"visible"_s, reason);
        recheckTree(rows[0][0].toString());
    });
}

void Engine::editMessage(const QString &actorName, const QString &messageId, const QString &text,
                         const QString &reason)
{
    m_db.transact([&] {
        const Actor actor = requireModerator(actorName);
        const WorkflowSettings s = loadSettings();
        lockTreeOf(messageId);
        const QList<Row> rows = m_db.rows(u"SELECT text, edited, user_id, created FROM message WHERE id = ?"_s,
                                          {messageId});
        if (rows.isEmpty())
            throw WorkflowError(ErrorCode::NotFound, tr("There is no message %1.").arg(messageId));
        if (text.trimmed().isEmpty())
            throw WorkflowError(ErrorCode::TextEmpty, tr("The new text is empty."));
        if (text.size() > s.messageSizeLimit)
            throw WorkflowError(ErrorCode::TextTooLong, tr("The new text has %Ln characters; the limit is %1.", nullptr,
                                                               int(text.size()))
                                                            .arg(s.messageSizeLimit));
        const QString old = rows[0][0].toString();
        if (old == text)
            return;
        if (rows[0][1].toInt() == 0) {
            m_db.exec(u"INSERT INTO message_revision (id, message_id, user_id, text, created) VALUES (?, ?, ?, ?, ?)"_s,
                      {makeId(), messageId, rows[0][2], old, rows[0][3]});
        }
        m_db.exec(u"INSERT INTO message_revision (id, message_id, user_id, text, created) VALUES (?, ?, ?, ?, ?)"_s,
                  {makeId(), messageId, actor.id, text, now()});
        m_db.exec(u"UPDATE message SET text = ?, edited = 1 WHERE id = ?"_s, {text, messageId});
        audit(actor, u"edit"_s, u"message"_s, messageId, old, text, reason);
    });
}

QList<AuditEntry> Engine::auditLog(const QString &objectId)
{
    QList<AuditEntry> entries;
    m_db.read([&] {
        const QString sql = u"SELECT a.at, u.name, a.action, a.object_type, a.object_id, a.before_value, "
                            "a.after_value, a.reason FROM audit_log a LEFT JOIN app_user u ON u.id = a.user_id "_s
            + (objectId.isEmpty() ? u"ORDER BY a.id"_s : u"WHERE a.object_id = ? ORDER BY a.id"_s);
        for (const Row &r : m_db.rows(sql, objectId.isEmpty() ? QVariantList{} : QVariantList{objectId})) {
            entries.append({r[0].toLongLong(), r[1].toString(), r[2].toString(), r[3].toString(),
                            r[4].toString(), r[5].toString(), r[6].toString(), r[7].toString()});
        }
    });
    return entries;
}

QStringList Engine::messageRevisions(const QString &messageId)
{
    QStringList texts;
    m_db.read([&] {
        for (const Row &r : m_db.rows(u"SELECT text FROM message_revision WHERE message_id = ? ORDER BY created, id"_s,
                                      {messageId}))
            texts << r[0].toString();
    });
    return texts;
}

// --- reading -----------------------------------------------------------------------------

QList<TreeSummary> Engine::trees(std::optional<TreeState> state)
{
    QList<TreeSummary> list;
    m_db.read([&] {
        const QString base = u"SELECT t.id, t.state, t.active, t.lang, (SELECT COUNT(*) FROM message m "
                             "WHERE m.tree_id = t.id AND m.deleted = 0) FROM tree t "_s;
        const QList<Row> rows = state
            ? m_db.rows(base + u"WHERE t.state = ? ORDER BY t.created, t.id"_s, {toString(*state)})
            : m_db.rows(base + u"ORDER BY t.created, t.id"_s);
        for (const Row &r : rows) {
            list.append({r[0].toString(), treeStateFromString(r[1].toString()).value_or(TreeState::HaltedByModerator),
                         r[2].toInt() != 0, r[3].toString(), r[4].toInt()});
        }
    });
    return list;
}

// SQLite: indexes the prompts stored since the last search (imports do not index as they
// write; see resources/sql/0004_prompt_search.sql).
void Engine::updatePromptSearch()
{
    m_db.transact([&] {
        const qint64 from = m_db.value(u"SELECT indexed_rowid FROM prompt_search_state WHERE id = 1"_s).toLongLong();
        const qint64 top = m_db.value(u"SELECT COALESCE(MAX(rowid), 0) FROM message"_s).toLongLong();
        if (top <= from)
            return;
        m_db.exec(u"INSERT OR REPLACE INTO prompt_search (rowid, text) SELECT rowid, text FROM message "
                  "WHERE rowid > ? AND parent_id IS NULL"_s,
                  {from});
        m_db.exec(u"UPDATE prompt_search_state SET indexed_rowid = ? WHERE id = 1"_s, {top});
    });
}

QList<TreeListing> Engine::browseTrees(const TreeQuery &query, int offset, int limit)
{
    QString where = u"1 = 1"_s;
    QVariantList binds;
    if (query.state) {
        where += u" AND t.state = ?"_s;
        binds << toString(*query.state);
    }
    if (!query.treeId.isEmpty()) {
        where += u" AND t.id = ?"_s;
        binds << query.treeId;
    }
    if (!query.lang.isEmpty()) {
        where += u" AND t.lang = ?"_s;
        binds << query.lang;
    }
    if (!query.author.isEmpty()) {
        where += u" AND u.name = ?"_s;
        binds << query.author;
    }
    if (!query.contributor.isEmpty()) {
        where += u" AND t.id IN (SELECT c.tree_id FROM message c JOIN app_user cu ON cu.id = c.user_id "
                 "WHERE cu.name = ?)"_s;
        binds << query.contributor;
    }
    if (query.taskFrom > 0 || query.taskTo > 0) {
        // Prompt tasks have no tree yet: their tree is the message they made.
        where += u" AND t.id IN (SELECT COALESCE(k.tree_id, k.result_message_id) FROM task k WHERE k.done = 1 "
                 "AND k.finished >= ? AND k.finished < ?"_s;
        binds << query.taskFrom << (query.taskTo > 0 ? query.taskTo : std::numeric_limits<qint64>::max());
        if (!query.taskType.isEmpty()) {
            where += u" AND k.type = ?"_s;
            binds << query.taskType;
        }
        where += u')';
    }
    if (!query.label.isEmpty() && (query.labelStep >= 0 || query.labelDisagreement)) {
        const QString value = m_db.dialect().jsonNumber(u"l.labels"_s);
        if (query.labelDisagreement) {
            where += u" AND t.id IN (SELECT lm.tree_id FROM text_label l JOIN message lm ON lm.id = l.message_id "
                     "WHERE l.task_id IS NOT NULL GROUP BY l.message_id, lm.tree_id HAVING MIN("_s
                + value + u") < MAX("_s + value + u"))"_s;
            binds << query.label << query.label;
        } else {
            // The steps are a quarter apart: a value belongs to the step it is nearest to.
            where += u" AND t.id IN (SELECT lm.tree_id FROM text_label l JOIN message lm ON lm.id = l.message_id "
                     "WHERE l.task_id IS NOT NULL AND "_s
                + value + u" >= ? AND "_s + value + u" < ?)"_s;
            binds << query.label << query.labelStep / 4.0 - 0.125 << query.label << query.labelStep / 4.0 + 0.125;
        }
    }
    if (query.wFrom || query.wTo) {
        where += u" AND t.id IN (SELECT g.tree_id FROM stat_ranking_group g WHERE g.w >= ? AND g.w < ?)"_s;
        binds << query.wFrom.value_or(0.0) << query.wTo.value_or(2.0);
    }
    // Words of the prompt: each word of the search begins a word of the prompt (case and, on
    // SQLite, accents do not matter), through the full-text index of the backend.
    QStringList tokens;
    QString token;
    for (const QChar c : QString(query.text + u' ')) {
        if (c.isLetterOrNumber()) {
            token += c.toLower();
        } else if (!token.isEmpty()) {
            tokens << token;
            token.clear();
        }
    }
    // Chinese, Japanese and Korean run their words together without spaces, so an index of
    // space-separated words cannot find a word inside a run: such words are matched anywhere in
    // the prompt instead (letters only, so LIKE needs no escaping).
    const auto cjk = [](const QString &t) {
        return std::any_of(t.begin(), t.end(), [](QChar c) {
            const QChar::Script s = c.script();
            return s == QChar::Script_Han || s == QChar::Script_Hiragana || s == QChar::Script_Katakana
                || s == QChar::Script_Hangul;
        });
    };
    for (qsizetype i = tokens.size() - 1; i >= 0; --i) {
        if (cjk(tokens[i])) {
            where += u" AND LOWER(m.text) LIKE ?"_s;
            binds << QString(u'%' + tokens.takeAt(i) + u'%');
        }
    }
    if (!tokens.isEmpty()) {
        if (m_db.backend() == Backend::Sqlite) {
            updatePromptSearch();
            QStringList phrases;
            for (const QString &t : std::as_const(tokens))
                phrases << u'"' + t + u"\"*"_s;
            where += u" AND m.rowid IN (SELECT rowid FROM prompt_search WHERE prompt_search MATCH ?)"_s;
            binds << phrases.join(u' ');
        } else {
            QStringList lexemes;
            for (const QString &t : std::as_const(tokens))
                lexemes << u'\'' + t + u"':*"_s;
            where += u" AND m.parent_id IS NULL AND to_tsvector('simple', m.text) @@ to_tsquery('simple', ?)"_s;
            binds << lexemes.join(u" & "_s);
        }
    }
    QString order;
    switch (query.sort) {
    case TreeQuery::Sort::Newest:
        order = u"t.created DESC, t.id DESC"_s;
        break;
    case TreeQuery::Sort::Oldest:
        order = u"t.created, t.id"_s;
        break;
    case TreeQuery::Sort::Largest:
        order = u"5 DESC, t.created DESC, t.id DESC"_s;
        break;
    case TreeQuery::Sort::ByState:
        order = u"t.state, t.created DESC, t.id DESC"_s;
        break;
    }
    binds << limit << offset;
    QList<TreeListing> list;
    m_db.read([&] {
        for (const Row &r : m_db.rows(
                 u"SELECT t.id, t.state, t.lang, t.created, (SELECT COUNT(*) FROM message x WHERE x.tree_id = t.id AND "
                 "x.deleted = 0), u.name, m.text FROM tree t JOIN message m ON m.id = t.id LEFT JOIN app_user u ON "
                 "u.id = m.user_id WHERE "_s
                     + where + u" ORDER BY "_s + order + u" LIMIT ? OFFSET ?"_s,
                 binds)) {
            list.append({r[0].toString(), treeStateFromString(r[1].toString()).value_or(TreeState::HaltedByModerator),
                         r[2].toString(), r[3].toLongLong(), r[4].toInt(), r[5].toString(), r[6].toString()});
        }
    });
    return list;
}

QList<LabelEntry> Engine::messageLabels(const QString &messageId)
{
    QList<LabelEntry> list;
    m_db.read([&] {
        // One branch per partial index on text_label (task labels, free labels).
        const QString part = u"SELECT u.name, l.labels, l.text, l.created, l.is_report, l.id FROM text_label l "
                             "LEFT JOIN app_user u ON u.id = l.user_id WHERE l.message_id = ? AND l.task_id IS "_s;
        for (const Row &r : m_db.rows(part + u"NOT NULL UNION ALL "_s + part + u"NULL ORDER BY 4, 6"_s,
                                      {messageId, messageId}))
            list.append({r[0].toString(), labelValuesFromJson(r[1].toString()), r[2].toString(), r[3].toLongLong(),
                         r[4].toInt() != 0});
    });
    return list;
}

TreeState Engine::treeState(const QString &treeId)
{
    std::optional<TreeRow> row;
    m_db.read([&] { row = treeRow(treeId); });
    if (!row)
        throw WorkflowError(ErrorCode::NotFound, tr("There is no tree %1.").arg(treeId));
    return row->state;
}

QMap<QString, qint64> Engine::workOf(const QStringList &userNames)
{
    // Kind (as the simulator names it) → the rows that store it.
    static const QList<std::pair<QString, QString>> kinds = {
        {u"prompt"_s, u"message WHERE parent_id IS NULL"_s},
        {u"reply"_s, u"message WHERE parent_id IS NOT NULL"_s},
        {u"label"_s, u"text_label WHERE task_id IS NOT NULL"_s},
        {u"ranking"_s, u"ranking WHERE task_id IS NOT NULL"_s},
        {u"skip"_s, u"task WHERE skipped = 1"_s},
    };
    QMap<QString, qint64> counts;
    m_db.read([&] {
        const QString users = u" AND user_id IN (SELECT id FROM app_user WHERE name IN ("_s
            + m_db.dialect().idListSql() + u"))"_s;
        const QVariantList names{SqlDialect::jsonArrayText(userNames)};
        for (const auto &[kind, rows] : kinds)
            counts[kind] = m_db.value(u"SELECT COUNT(*) FROM "_s + rows + users, names).toLongLong();
    });
    return counts;
}

QJsonObject Engine::stats()
{
    QJsonObject result;
    m_db.read([&] {
        QJsonObject byState;
        for (const QString &name : allTreeStateNames())
            byState.insert(name, 0);
        for (const Row &r : m_db.rows(u"SELECT state, COUNT(*) FROM tree GROUP BY state"_s))
            byState.insert(r[0].toString(), r[1].toInt());
        result.insert(u"trees"_s, byState);
        result.insert(u"messages"_s, m_db.value(u"SELECT COUNT(*) FROM message"_s).toInt());
        result.insert(u"deleted_messages"_s, m_db.value(u"SELECT COUNT(*) FROM message WHERE deleted = 1"_s).toInt());
        result.insert(u"users"_s, m_db.value(u"SELECT COUNT(*) FROM app_user WHERE deleted = 0"_s).toInt());
        result.insert(u"labels"_s, m_db.value(u"SELECT COUNT(*) FROM text_label"_s).toInt());
        result.insert(u"rankings"_s, m_db.value(u"SELECT COUNT(*) FROM ranking"_s).toInt());
        result.insert(u"tasks_done"_s, m_db.value(u"SELECT COUNT(*) FROM task WHERE done = 1"_s).toInt());
        result.insert(u"tasks_skipped"_s, m_db.value(u"SELECT COUNT(*) FROM task WHERE skipped = 1"_s).toInt());
        result.insert(u"tasks_open"_s, m_db.value(u"SELECT COUNT(*) FROM task WHERE done = 0 AND skipped = 0 "
                                                  "AND expiry > ?"_s, {now()}).toInt());
    });
    return result;
}

} // namespace Arborist
