// A team's PostgreSQL server with a login per person (docs/team-server.md): `server init` and
// the logins `user add` makes; each person connects with their own credentials, and the server
// itself refuses what their role may not do, whatever client sends it. PostgreSQL only; the test
// cluster trusts only the postgres superuser, every other login needs its password.

#include "engine/engine.h"
#include "store/database.h"
#include "store/serverroles.h"
#include "support/testdatabase.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <memory>

using namespace Qt::StringLiterals;
using namespace Arborist;
using namespace Arborist::Test;

namespace {

const QString kAdmin = u"srt_admin"_s;
const QString kLead = u"srt_lead"_s;
const QString kAnn1 = u"srt_ann1"_s;
const QString kAnn2 = u"srt_ann2"_s;

QJsonObject labels(double spam)
{
    return {{u"labels"_s, QJsonObject{{u"spam"_s, spam}, {u"lang_mismatch"_s, 0.0}}}};
}

// A statement the server must refuse: permission denied, or a row-level security violation.
QString refusal(Database &db, const QString &sql, const QVariantList &binds = {})
{
    try {
        db.exec(sql, binds);
    } catch (const DbError &e) {
        if (e.message().contains("permission denied"_L1) || e.message().contains("row-level security"_L1))
            return {};
        return u"refused for another reason: "_s + e.message();
    }
    return u"the server accepted: "_s + sql;
}

#define ARB_REFUSED(db, ...)                                                                                    \
    do {                                                                                                      \
        const QString why_ = refusal(db, __VA_ARGS__);                                                        \
        if (!why_.isEmpty())                                                                                  \
            QFAIL(qPrintable(why_));                                                                          \
    } while (false)

#define ARB_WORKFLOW_REFUSAL(expectedCode, statement)                                                        \
    do {                                                                                                      \
        try {                                                                                                 \
            statement;                                                                                        \
            QFAIL("expected the refusal " #expectedCode);                                                     \
        } catch (const WorkflowError &e_) {                                                                   \
            QCOMPARE(toString(e_.code()), toString(expectedCode));                                            \
        }                                                                                                     \
    } while (false)

// One person at their own connection.
struct Member
{
    std::unique_ptr<Database> db;
    std::unique_ptr<Engine> engine;
};

// The test database set up as a team server: server init run by the owner (the postgres
// superuser), an admin, a lead and two annotators with logins, small trees.
class Team
{
public:
    Team()
    {
        owner = tdb.connect();
        // Roles are the cluster's: the ones an earlier test made go first.
        for (const Row &r : owner->rows(u"SELECT rolname FROM pg_roles WHERE rolname LIKE 'srt\\_%'"_s))
            owner->execRaw(u"DROP ROLE "_s + owner->escapeIdentifier(r[0].toString()));
        ServerRoles::install(*owner);
        engine = makeEngine(*owner);
        engine->addUser(QString(), kAdmin, UserRole::Admin, u"en"_s, {}, passwordOf(kAdmin));
        engine->addUser(kAdmin, kLead, UserRole::Lead, u"en"_s, {}, passwordOf(kLead));
        engine->addUser(kAdmin, kAnn1, UserRole::Annotator, u"en"_s, {}, passwordOf(kAnn1));
        engine->addUser(kAdmin, kAnn2, UserRole::Annotator, u"en"_s, {}, passwordOf(kAnn2));
        for (const auto &[key, value] : {std::pair{u"goal_tree_size"_s, u"3"_s}, {u"max_tree_depth"_s, u"1"_s},
                                        {u"max_children_count"_s, u"2"_s}, {u"num_reviews_initial_prompt"_s, u"1"_s},
                                        {u"num_reviews_reply"_s, u"1"_s}, {u"num_required_rankings"_s, u"1"_s}})
            engine->setSetting(kAdmin, key, value);
    }

    std::unique_ptr<Engine> makeEngine(Database &db)
    {
        EngineOptions options;
        options.clock = [this] { return clock += 1000; };
        options.seed = 7;
        return std::make_unique<Engine>(db, options);
    }

    Member signIn(const QString &name, const QString &password)
    {
        Member m;
        m.db = Database::open(urlAs(tdb.url(), name, password));
        m.engine = makeEngine(*m.db);
        return m;
    }
    Member signIn(const QString &name) { return signIn(name, passwordOf(name)); }

    QString idOf(const QString &name)
    {
        return owner->value(u"SELECT id FROM app_user WHERE name = ?"_s, {name}).toString();
    }
    QVariant sql(const QString &query, const QVariantList &binds = {}) { return owner->value(query, binds); }

    TestDatabase tdb;
    std::unique_ptr<Database> owner;
    std::unique_ptr<Engine> engine; // the owner's: not bound by the roles
    qint64 clock = 1'800'000'000'000;
};

// A finished tree written by the team at their own connections: ann1's prompt reviewed by ann2,
// replies by ann2 and the lead reviewed by ann1, ranked by ann1.
struct Tree
{
    QString prompt, reply1, reply2;
};

} // namespace

class TestServerRoles : public QObject
{
    Q_OBJECT

private:
    // Runs the work of Tree; every step through the engine at the person's own connection.
    bool workTree(Team &team, Member &ann1, Member &ann2, Member &lead, Tree &tree)
    {
        const QString en = u"en"_s;
        Task task = ann1.engine->requestTask(kAnn1, TaskType::InitialPrompt, en);
        tree.prompt = ann1.engine->submit(kAnn1, task.id, {{u"text"_s, u"How do tides work?"_s}}).messageId;
        task = ann2.engine->requestTask(kAnn2, TaskType::LabelInitialPrompt, en);
        if (task.messageId != tree.prompt)
            return false;
        ann2.engine->submit(kAnn2, task.id, labels(0));
        // The prompt wins the lottery (T4) in ann2's request.
        task = ann2.engine->requestTask(kAnn2, TaskType::AssistantReply, en);
        if (task.parentId != tree.prompt)
            return false;
        tree.reply1 = ann2.engine->submit(kAnn2, task.id, {{u"text"_s, u"The moon pulls the sea."_s}}).messageId;
        task = ann1.engine->requestTask(kAnn1, TaskType::LabelAssistantReply, en);
        if (task.messageId != tree.reply1)
            return false;
        ann1.engine->submit(kAnn1, task.id, labels(0));
        task = lead.engine->requestTask(kLead, TaskType::AssistantReply, en);
        tree.reply2 = lead.engine->submit(kLead, task.id, {{u"text"_s, u"Gravity of the moon and the sun."_s}}).messageId;
        task = ann1.engine->requestTask(kAnn1, TaskType::LabelAssistantReply, en);
        if (task.messageId != tree.reply2)
            return false;
        ann1.engine->submit(kAnn1, task.id, labels(0));
        if (team.engine->treeState(tree.prompt) != TreeState::Ranking)
            return false;
        task = ann1.engine->requestTask(kAnn1, TaskType::RankAssistantReplies, en);
        ann1.engine->submit(kAnn1, task.id, {{u"ranking"_s, QJsonArray{tree.reply2, tree.reply1}}});
        return team.engine->treeState(tree.prompt) == TreeState::ReadyForExport;
    }

private slots:
    void initTestCase()
    {
        // Logins and row-level security are PostgreSQL's: CTest runs this test against the pg
        // cluster only, and a run against anything else is a mistake, not a pass.
        QVERIFY2(backend() == Backend::Postgres, "run against the pg test cluster (ARBORIST_TEST_BACKEND=pg)");
    }

    void serverInitIsIdempotent()
    {
        Team team;
        const qint64 policies = team.sql(u"SELECT COUNT(*) FROM pg_policies WHERE schemaname = current_schema()"_s)
                                    .toLongLong();
        QVERIFY(policies > 20);
        QVERIFY(ServerRoles::installed(*team.owner));
        ServerRoles::install(*team.owner); // again: an upgrade changes nothing
        QCOMPARE(team.sql(u"SELECT COUNT(*) FROM pg_policies WHERE schemaname = current_schema()"_s).toLongLong(),
                 policies);
        for (const QString &group : {u"arborist_annotator"_s, u"arborist_lead"_s, u"arborist_admin"_s})
            QVERIFY(!team.sql(u"SELECT rolcanlogin FROM pg_roles WHERE rolname = ?"_s, {group}).toBool());
        QVERIFY(team.sql(u"SELECT pg_has_role('arborist_admin', 'arborist_annotator', 'MEMBER')"_s).toBool());
        QVERIFY(!team.sql(u"SELECT pg_has_role('arborist_annotator', 'arborist_lead', 'MEMBER')"_s).toBool());
        // Each login is in the group of its role, with a SCRAM-SHA-256 password.
        QVERIFY(team.sql(u"SELECT pg_has_role(?, 'arborist_lead', 'MEMBER')"_s, {kLead}).toBool());
        QVERIFY(!team.sql(u"SELECT pg_has_role(?, 'arborist_lead', 'MEMBER')"_s, {kAnn1}).toBool());
        QVERIFY(team.sql(u"SELECT rolpassword LIKE 'SCRAM-SHA-256$4096:%' FROM pg_authid WHERE rolname = ?"_s, {kAnn1})
                    .toBool());
        // The owner's own work is not bound by the rules (init, reconcile, the tests' fixtures).
        QVERIFY(team.engine->signedInUser().isEmpty());
        Member ann1 = team.signIn(kAnn1);
        QCOMPARE(ann1.engine->signedInUser(), kAnn1);
        QVERIFY(ann1.engine->serverLogins());
    }

    void cliServerInitAndUserAdd()
    {
        Team team;
        const QString cli = qEnvironmentVariable("ARBORIST_CLI");
        QVERIFY2(QFileInfo::exists(cli), "ARBORIST_CLI names the built arborist-cli");
        auto run = [&](const QStringList &args, const QByteArray &in = {}) {
            QProcess p;
            p.start(cli, QStringList{u"--db"_s, team.tdb.url(), u"--json"_s} + args);
            p.write(in);
            p.closeWriteChannel();
            p.waitForFinished(60'000);
            return std::pair{p.exitCode(), QJsonDocument::fromJson(p.readAllStandardOutput()).object()};
        };
        auto [code, json] = run({u"server"_s, u"init"_s});
        QCOMPARE(code, 0);
        QCOMPARE(json.value(u"upgraded"_s).toBool(), true);
        std::tie(code, json) = run({u"user"_s, u"add"_s, u"srt_cli1"_s, u"--user"_s, kAdmin, u"--password-stdin"_s},
                                   "a-password-from-stdin\n");
        QCOMPARE(code, 0);
        QVERIFY(json.value(u"login"_s).toBool());
        QVERIFY(!json.contains(u"password"_s));
        Member cli1 = team.signIn(u"srt_cli1"_s, u"a-password-from-stdin"_s);
        QCOMPARE(cli1.engine->signedInUser(), u"srt_cli1"_s);
        std::tie(code, json) = run({u"user"_s, u"add"_s, u"srt_cli2"_s, u"--user"_s, kAdmin, u"--role"_s, u"lead"_s});
        QCOMPARE(code, 0);
        const QString generated = json.value(u"password"_s).toString();
        QCOMPARE(generated.size(), 24);
        Member cli2 = team.signIn(u"srt_cli2"_s, generated);
        QVERIFY(cli2.engine->user(u"srt_cli2"_s).role == UserRole::Lead);
        // A password too weak to be a login's.
        std::tie(code, json) = run({u"user"_s, u"add"_s, u"srt_cli3"_s, u"--user"_s, kAdmin, u"--password-stdin"_s},
                                   "short\n");
        QCOMPARE(code, 3);
        QCOMPARE(json.value(u"error"_s).toString(), u"invalid_input"_s);
    }

    void annotatorIsRefusedByTheServer()
    {
        Team team;
        Member ann1 = team.signIn(kAnn1);
        Member ann2 = team.signIn(kAnn2);
        Member lead = team.signIn(kLead);
        Tree tree;
        QVERIFY(workTree(team, ann1, ann2, lead, tree));
        Database &db = *ann1.db;
        const QString ann2Id = team.idOf(kAnn2);

        // A label in someone else's name.
        ARB_REFUSED(db, u"INSERT INTO text_label (id, task_id, message_id, user_id, created, labels, is_report) "
                        "VALUES ('forged', NULL, ?, ?, 0, '{\"spam\": 1}', 1)"_s,
                    {tree.reply1, ann2Id});
        ARB_REFUSED(db, u"INSERT INTO message_emoji (message_id, user_id, emoji, created) VALUES (?, ?, 'red_flag', 0)"_s,
                    {tree.reply1, ann2Id});
        // Facts never change: a message's text, a ranking, a finished task, a review label.
        ARB_REFUSED(db, u"UPDATE message SET text = 'rewritten' WHERE id = ?"_s, {tree.prompt});
        ARB_REFUSED(db, u"DELETE FROM ranking"_s);
        ARB_REFUSED(db, u"DELETE FROM message WHERE id = ?"_s, {tree.reply1});
        ARB_REFUSED(db, u"UPDATE task SET skipped = 1 WHERE user_id = ?"_s, {team.idOf(kAnn1)});
        // (A label of one's own that is a report may be revised: the others are not even found.)
        QCOMPARE(db.exec(u"UPDATE text_label SET labels = '{\"spam\": 1}'"_s), 0);
        // Moderation is the leads'.
        ARB_REFUSED(db, u"UPDATE message SET deleted = 1 WHERE id = ?"_s, {tree.reply1});
        team.engine->haltTree(kAdmin, tree.prompt);
        ARB_REFUSED(db, u"UPDATE tree SET state = 'growing', active = 1 WHERE id = ?"_s, {tree.prompt});
        team.engine->unhaltTree(kAdmin, tree.prompt);
        // Settings and users.
        ARB_REFUSED(db, u"UPDATE setting SET value = '1' WHERE key = 'goal_tree_size'"_s);
        ARB_REFUSED(db, u"INSERT INTO setting (key, value, updated, updated_by) VALUES ('message_size_limit', '5', 0, NULL)"_s);
        ARB_REFUSED(db, u"UPDATE settings_revision SET revision = revision + 1"_s);
        ARB_REFUSED(db, u"UPDATE app_user SET role = 'admin' WHERE name = ?"_s, {kAnn1});
        ARB_REFUSED(db, u"INSERT INTO app_user (id, name, display_name, role, lang, enabled, deleted, created) "
                        "VALUES ('x', 'srt_sneaky', 'x', 'admin', 'en', 1, 0, 0)"_s);
        ARB_REFUSED(db, u"SELECT 1 FROM (SELECT arborist_create_login('srt_sneaky', 'x', 'arborist_admin')) AS l"_s);
        // The audit log: no entry changes or goes, and annotators write none.
        QVERIFY(team.sql(u"SELECT COUNT(*) FROM audit_log"_s).toInt() > 0);
        ARB_REFUSED(db, u"UPDATE audit_log SET reason = 'nothing happened'"_s);
        ARB_REFUSED(db, u"DELETE FROM audit_log"_s);
        ARB_REFUSED(db, u"INSERT INTO audit_log (at, user_id, action, object_type, object_id) "
                        "VALUES (0, ?, 'halt', 'tree', 'x')"_s,
                    {team.idOf(kAnn1)});
        // Auto-moderation may delete what enough red flags condemn (T11), nothing else.
        team.sql(u"INSERT INTO emoji_count (message_id, emoji, count) VALUES (?, 'red_flag', 9)"_s, {tree.reply1});
        QCOMPARE(db.exec(u"UPDATE message SET deleted = 1 WHERE id = ?"_s, {tree.reply1}), 1);
        ARB_REFUSED(db, u"UPDATE message SET deleted = 0 WHERE id = ?"_s, {tree.reply1});
        QCOMPARE(team.sql(u"SELECT COUNT(*) FROM audit_log WHERE action = 'nothing happened' OR reason = "
                          "'nothing happened'"_s).toInt(), 0);
    }

    void annotatorWorksThroughTheEngine()
    {
        Team team;
        Member ann1 = team.signIn(kAnn1);
        Member ann2 = team.signIn(kAnn2);
        Member lead = team.signIn(kLead);
        Tree tree;
        QVERIFY(workTree(team, ann1, ann2, lead, tree));
        QCOMPARE(team.sql(u"SELECT rank FROM message WHERE id = ?"_s, {tree.reply2}).toInt(), 0);
        QCOMPARE(team.sql(u"SELECT COUNT(*) FROM rank_position"_s).toInt(), 2);

        // Without a name, the login acts: the engine knows who signed in.
        QCOMPARE(ann2.engine->signedInUser(), kAnn2);
        QVERIFY(ann2.engine->availability(QString(), u"en"_s).value(u"initial_prompt"_s) > 0);
        // A skipped prompt task, and a skipped review (which leaves its mark on the message).
        Task task = ann2.engine->requestTask(QString(), TaskType::InitialPrompt, u"en"_s);
        ann2.engine->skip(QString(), task.id, u"no idea"_s);
        QCOMPARE(team.sql(u"SELECT skipped FROM task WHERE id = ?"_s, {task.id}).toInt(), 1);
        task = ann1.engine->requestTask(kAnn1, TaskType::InitialPrompt, u"en"_s);
        const QString second = ann1.engine->submit(kAnn1, task.id, {{u"text"_s, u"Why is the sky blue?"_s}}).messageId;
        task = ann2.engine->requestTask(kAnn2, TaskType::LabelInitialPrompt, u"en"_s);
        QCOMPARE(task.messageId, second);
        ann2.engine->skip(kAnn2, task.id);
        QCOMPARE(team.sql(u"SELECT count FROM emoji_count WHERE message_id = ? AND emoji = '_skip_labeling'"_s, {second})
                     .toInt(), 1);
        // Emojis: a vote turned round, one taken back; a report, revised.
        ann2.engine->addEmoji(kAnn2, tree.reply2, u"+1"_s);
        ann2.engine->addEmoji(kAnn2, tree.reply2, u"-1"_s);
        QCOMPARE(team.sql(u"SELECT COUNT(*) FROM message_emoji WHERE message_id = ? AND user_id = ?"_s,
                          {tree.reply2, team.idOf(kAnn2)}).toInt(), 1);
        ann2.engine->removeEmoji(kAnn2, tree.reply2, u"-1"_s);
        ann2.engine->addEmoji(kAnn2, tree.prompt, u"heart_eyes"_s);
        QCOMPARE(team.sql(u"SELECT COUNT(*) FROM message_emoji WHERE user_id = ?"_s, {team.idOf(kAnn2)}).toInt(), 2);
        ann2.engine->report(kAnn2, tree.reply2, {{u"spam"_s, 1.0}}, u"an advert"_s);
        ann2.engine->report(kAnn2, tree.reply2, {{u"spam"_s, 0.5}}, u"maybe an advert"_s);
        QCOMPARE(team.sql(u"SELECT text FROM text_label WHERE message_id = ? AND task_id IS NULL"_s, {tree.reply2})
                     .toString(), u"maybe an advert"_s);
        // The skip marks stay: they are facts of the skips.
        ann2.engine->removeEmoji(kAnn2, second, u"_skip_labeling"_s);
        QCOMPARE(team.sql(u"SELECT COUNT(*) FROM message_emoji WHERE message_id = ?"_s, {second}).toInt(), 1);

        // Acting as someone else, or as a lead.
        ARB_WORKFLOW_REFUSAL(ErrorCode::PermissionDenied,
                             ann1.engine->requestTask(kAnn2, TaskType::InitialPrompt, u"en"_s));
        ARB_WORKFLOW_REFUSAL(ErrorCode::PermissionDenied, ann1.engine->availability(kLead, u"en"_s));
        ARB_WORKFLOW_REFUSAL(ErrorCode::PermissionDenied, ann1.engine->haltTree(kLead, tree.prompt));
        ARB_WORKFLOW_REFUSAL(ErrorCode::PermissionDenied, ann1.engine->haltTree(kAnn1, tree.prompt));
        ARB_WORKFLOW_REFUSAL(ErrorCode::PermissionDenied,
                             ann1.engine->setSetting(kAnn1, u"goal_tree_size"_s, u"5"_s));
        ARB_WORKFLOW_REFUSAL(ErrorCode::PermissionDenied,
                             ann1.engine->addUser(kAdmin, u"srt_x"_s, UserRole::Admin, u"en"_s, {}, u"x-long-password"_s));
        ARB_WORKFLOW_REFUSAL(ErrorCode::PermissionDenied, ann1.engine->dashboard(kAnn1));
        // Everything done is consistent.
        QVERIFY(team.engine->checkInvariants().ok());
        QVERIFY(team.engine->recomputeDerived(false).ok());
    }

    void leadModeratesImportsAndExports()
    {
        Team team;
        Member ann1 = team.signIn(kAnn1);
        Member ann2 = team.signIn(kAnn2);
        Member lead = team.signIn(kLead);
        Tree tree;
        QVERIFY(workTree(team, ann1, ann2, lead, tree));
        const Task open = ann2.engine->requestTask(kAnn2, TaskType::InitialPrompt, u"en"_s);
        Engine &e = *lead.engine;

        e.haltTree(kLead, tree.prompt, u"checking"_s);
        QVERIFY(e.treeState(tree.prompt) == TreeState::HaltedByModerator);
        e.unhaltTree(QString(), tree.prompt); // the login acts
        QVERIFY(e.treeState(tree.prompt) != TreeState::HaltedByModerator);
        e.deleteMessage(kLead, tree.reply1, u"off topic"_s);
        QCOMPARE(team.sql(u"SELECT deleted FROM message WHERE id = ?"_s, {tree.reply1}).toInt(), 1);
        e.undeleteMessage(kLead, tree.reply1);
        QCOMPARE(team.sql(u"SELECT deleted FROM message WHERE id = ?"_s, {tree.reply1}).toInt(), 0);
        e.editMessage(kLead, tree.prompt, u"How do the tides work?"_s, u"grammar"_s);
        QCOMPARE(e.messageRevisions(tree.prompt).size(), 2);
        e.setSetting(kLead, u"max_active_trees"_s, u"12"_s);
        QCOMPARE(e.settings().maxActiveTrees, 12);
        // Every entry names the lead, who did it.
        QCOMPARE(team.sql(u"SELECT COUNT(*) FROM audit_log WHERE user_id = ?"_s, {team.idOf(kLead)}).toInt(), 6);

        const QDir data(QStringLiteral(ARBORIST_OASST_DATA));
        const ImportReport imported = e.importFile(kLead, data.filePath(u"en_100_tree.jsonl"_s), {});
        QCOMPARE(imported.trees, 100);
        QVERIFY(imported.messages > 100);
        QCOMPARE(team.sql(u"SELECT COUNT(*) FROM app_user WHERE name = 'import'"_s).toInt(), 1);
        QCOMPARE(e.importFile(kLead, data.filePath(u"prompt_lottery_en_250_text.jsonl"_s), {}).trees, 250);
        // A tree with its authors, an annotator's ranking and emoji: the import adds the authors
        // as users and writes facts in their names.
        QTemporaryDir dir;
        const QString alice = u"00000000-0000-4000-8000-000000000901"_s, bob = u"00000000-0000-4000-8000-000000000902"_s;
        const QString p = u"00000000-0000-4000-8000-000000000001"_s, a = u"00000000-0000-4000-8000-000000000002"_s,
                      b = u"00000000-0000-4000-8000-000000000003"_s;
        const QJsonObject ranking{{u"type"_s, u"ranking"_s}, {u"user_id"_s, bob}, {u"ranking"_s, QJsonArray{1, 0}},
                                  {u"ranked_message_ids"_s, QJsonArray{b, a}}, {u"ranking_parent_id"_s, p},
                                  {u"message_tree_id"_s, p}, {u"not_rankable"_s, false}};
        const QJsonObject emoji{{u"type"_s, u"emoji"_s}, {u"user_id"_s, bob}, {u"emoji"_s, u"+1"_s}};
        const QJsonObject root{
            {u"message_id"_s, p}, {u"role"_s, u"prompter"_s}, {u"text"_s, u"How do trees drink?"_s},
            {u"user_id"_s, alice}, {u"synthetic"_s, false},
            {u"events"_s, QJsonObject{{u"ranking"_s, QJsonArray{ranking}}}},
            {u"replies"_s, QJsonArray{
                QJsonObject{{u"message_id"_s, a}, {u"parent_id"_s, p}, {u"role"_s, u"assistant"_s},
                            {u"text"_s, u"Through their roots."_s}, {u"user_id"_s, bob}, {u"rank"_s, 1},
                            {u"synthetic"_s, false}},
                QJsonObject{{u"message_id"_s, b}, {u"parent_id"_s, p}, {u"role"_s, u"assistant"_s},
                            {u"text"_s, u"Roots take up water by osmosis."_s}, {u"user_id"_s, bob}, {u"rank"_s, 0},
                            {u"synthetic"_s, false}, {u"emojis"_s, QJsonObject{{u"+1"_s, 1}}},
                            {u"events"_s, QJsonObject{{u"emoji"_s, QJsonArray{emoji}}}}}}}};
        QFile events(dir.filePath(u"events.jsonl"_s));
        QVERIFY(events.open(QIODevice::WriteOnly));
        events.write(QJsonDocument(QJsonObject{{u"message_tree_id"_s, p}, {u"tree_state"_s, u"ready_for_export"_s},
                                               {u"prompt"_s, root}})
                         .toJson(QJsonDocument::Compact)
                     + '\n');
        events.close();
        const ImportReport withEvents = e.importFile(kLead, events.fileName(), {});
        QCOMPARE(withEvents.users, 2);
        QCOMPARE(withEvents.rankings, 1);
        QCOMPARE(team.sql(u"SELECT COUNT(*) FROM message_emoji WHERE message_id = ?"_s, {b}).toInt(), 1);

        ExportOptions options;
        options.allStates = true;
        const ExportReport exported = e.exportFile(kLead, dir.filePath(u"out.jsonl"_s), options);
        QVERIFY(exported.trees > 100);
        const Dashboard dashboard = e.dashboard(kLead);
        QVERIFY(!dashboard.trees.isEmpty());
        QVERIFY(!dashboard.annotators.isEmpty());

        // Still no deleting facts, no users, no rewriting the audit log, no entries for others.
        Database &db = *lead.db;
        ARB_REFUSED(db, u"DELETE FROM ranking WHERE parent_id = ?"_s, {tree.prompt});
        ARB_REFUSED(db, u"DELETE FROM message WHERE id = ?"_s, {tree.reply1});
        ARB_REFUSED(db, u"DELETE FROM text_label"_s);
        ARB_REFUSED(db, u"UPDATE text_label SET labels = '{}' WHERE task_id IS NOT NULL"_s);
        ARB_REFUSED(db, u"UPDATE app_user SET role = 'admin' WHERE name = ?"_s, {kLead});
        ARB_REFUSED(db, u"INSERT INTO app_user (id, name, display_name, role, lang, enabled, deleted, created) "
                        "VALUES ('x', 'srt_sneaky', 'x', 'admin', 'en', 1, 0, 0)"_s);
        ARB_REFUSED(db, u"UPDATE audit_log SET reason = 'nothing'"_s);
        ARB_REFUSED(db, u"DELETE FROM audit_log"_s);
        ARB_REFUSED(db, u"INSERT INTO audit_log (at, user_id, action, object_type, object_id) VALUES (0, ?, 'halt', "
                        "'tree', 'x')"_s,
                    {team.idOf(kAnn1)});
        ARB_REFUSED(db, u"UPDATE task SET done = 1 WHERE id = ?"_s, {open.id});
        ARB_WORKFLOW_REFUSAL(ErrorCode::PermissionDenied,
                             e.addUser(kLead, u"srt_x"_s, UserRole::Annotator, u"en"_s, {}, u"x-long-password"_s));
        ARB_WORKFLOW_REFUSAL(ErrorCode::PermissionDenied, e.requestTask(kAnn1, TaskType::InitialPrompt, u"en"_s));
        QVERIFY(team.engine->checkInvariants().ok());
    }

    void adminManagesUsersAndLogins()
    {
        Team team;
        Member admin = team.signIn(kAdmin);
        Engine &e = *admin.engine;

        // A user with a login of their own, who can connect and work.
        const UserInfo added = e.addUser(QString(), u"srt_new"_s, UserRole::Annotator, u"en"_s, {}, u"new-user-password"_s);
        QVERIFY(added.login);
        QVERIFY(added.initialPassword.isEmpty());
        Member fresh = team.signIn(u"srt_new"_s, u"new-user-password"_s);
        QCOMPARE(fresh.engine->signedInUser(), u"srt_new"_s);
        const Task task = fresh.engine->requestTask(QString(), TaskType::InitialPrompt, u"en"_s);
        fresh.engine->submit(QString(), task.id, {{u"text"_s, u"What is a lichen?"_s}});
        // A generated password, shown once.
        const UserInfo generated = e.addUser(kAdmin, u"srt_gen"_s, UserRole::Lead);
        QCOMPARE(generated.initialPassword.size(), 24);
        QCOMPARE(team.signIn(u"srt_gen"_s, generated.initialPassword).engine->signedInUser(), u"srt_gen"_s);

        // A new role moves the login to another group.
        ARB_WORKFLOW_REFUSAL(ErrorCode::PermissionDenied, fresh.engine->setSetting(QString(), u"goal_tree_size"_s, u"4"_s));
        e.setUserRole(kAdmin, u"srt_new"_s, UserRole::Lead);
        QVERIFY(team.sql(u"SELECT pg_has_role('srt_new', 'arborist_lead', 'MEMBER')"_s).toBool());
        QCOMPARE(team.sql(u"SELECT COUNT(*) FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON "
                          "u.oid = m.member WHERE u.rolname = 'srt_new'"_s).toInt(), 1);
        Member promoted = team.signIn(u"srt_new"_s, u"new-user-password"_s);
        promoted.engine->setSetting(QString(), u"goal_tree_size"_s, u"4"_s);

        // A new password; the old one no longer works.
        QCOMPARE(e.setUserPassword(kAdmin, u"srt_new"_s, u"second-password"_s), QString());
        team.signIn(u"srt_new"_s, u"second-password"_s);
        QVERIFY_THROWS_EXCEPTION(DbError, team.signIn(u"srt_new"_s, u"new-user-password"_s));

        // Disabled: no new connection, and the open one can change nothing more.
        e.setUserEnabled(kAdmin, u"srt_new"_s, false);
        try {
            team.signIn(u"srt_new"_s, u"second-password"_s);
            QFAIL("a disabled user connected");
        } catch (const DbError &error) {
            QVERIFY2(error.message().contains("the login is disabled"_L1), qPrintable(error.message()));
        }
        ARB_WORKFLOW_REFUSAL(ErrorCode::PermissionDenied,
                             promoted.engine->requestTask(QString(), TaskType::InitialPrompt, u"en"_s));
        ARB_REFUSED(*promoted.db, u"INSERT INTO task (id, type, kind, user_id, lang, created, expiry, payload) "
                                  "VALUES ('t', 'initial_prompt', 'prompt', ?, 'en', 0, 1, '{}')"_s,
                    {team.idOf(u"srt_new"_s)});
        e.setUserEnabled(kAdmin, u"srt_new"_s, true);
        team.signIn(u"srt_new"_s, u"second-password"_s);

        // An admin may act for someone else; the audit log names the admin.
        const Task forAnn1 = e.requestTask(kAnn1, TaskType::InitialPrompt, u"en"_s);
        e.submit(kAnn1, forAnn1.id, {{u"text"_s, u"Written for ann1."_s}});
        e.setSetting(kLead, u"goal_tree_size"_s, u"5"_s);
        QCOMPARE(team.sql(u"SELECT u.name FROM audit_log a JOIN app_user u ON u.id = a.user_id ORDER BY a.id DESC "
                          "LIMIT 1"_s).toString(), kAdmin);
        // Roles that are not Arborist logins are not the admin's to change; the owner may adopt
        // a role of the cluster as a user's login.
        team.owner->execRaw(u"CREATE ROLE srt_outsider LOGIN"_s);
        ARB_WORKFLOW_REFUSAL(ErrorCode::InvalidInput,
                             e.addUser(kAdmin, u"srt_outsider"_s, UserRole::Annotator, u"en"_s, {}, u"a-long-password"_s));
        QCOMPARE(team.sql(u"SELECT COUNT(*) FROM app_user WHERE name = 'srt_outsider'"_s).toInt(), 0);
        ARB_WORKFLOW_REFUSAL(ErrorCode::PermissionDenied,
                             e.addUser(kAdmin, u"postgres"_s, UserRole::Annotator, u"en"_s, {}, u"a-long-password"_s));
        // Names a server role cannot have.
        ARB_WORKFLOW_REFUSAL(ErrorCode::InvalidInput,
                             e.addUser(kAdmin, u"pg_srt"_s, UserRole::Annotator, u"en"_s, {}, u"a-long-password"_s));
        ARB_WORKFLOW_REFUSAL(ErrorCode::InvalidInput, e.addUser(kAdmin, u"srt_"_s + QString(60, u'x'),
                                                                UserRole::Annotator, u"en"_s, {}, u"a-long-password"_s));
        team.engine->addUser(kAdmin, u"srt_outsider"_s, UserRole::Annotator, u"en"_s, {}, u"a-long-password"_s);
        QCOMPARE(team.signIn(u"srt_outsider"_s, u"a-long-password"_s).engine->signedInUser(), u"srt_outsider"_s);
        // The audit log stays as written, for admins too.
        ARB_REFUSED(*admin.db, u"UPDATE audit_log SET reason = 'nothing'"_s);
        ARB_REFUSED(*admin.db, u"DELETE FROM audit_log"_s);
        QVERIFY(team.engine->checkInvariants().ok());
    }

    void wrongPasswordIsRefused()
    {
        Team team;
        const QString url = urlAs(team.tdb.url(), kAnn1, u"not-the-password"_s);
        try {
            Database::open(url);
            QFAIL("a wrong password was accepted");
        } catch (const DbError &error) {
            QVERIFY2(error.message().contains("refused the password of srt_ann1"_L1), qPrintable(error.message()));
            QVERIFY2(error.message().contains(kAnn1), qPrintable(error.message()));
            QVERIFY2(!error.message().contains("not-the-password"_L1), qPrintable(error.message()));
        }
        // A login that is not an Arborist user of this database can do nothing here.
        team.owner->execRaw(u"CREATE ROLE srt_stranger LOGIN PASSWORD 'stranger-password' IN ROLE arborist_annotator"_s);
        Member stranger = team.signIn(u"srt_stranger"_s, u"stranger-password"_s);
        QVERIFY(stranger.engine->signedInUser().isEmpty());
        ARB_WORKFLOW_REFUSAL(ErrorCode::UnknownUser, stranger.engine->requestTask(QString(), TaskType::InitialPrompt, u"en"_s));
        ARB_WORKFLOW_REFUSAL(ErrorCode::PermissionDenied, stranger.engine->requestTask(kAnn1, TaskType::InitialPrompt, u"en"_s));
        ARB_REFUSED(*stranger.db, u"INSERT INTO task (id, type, kind, user_id, lang, created, expiry, payload) "
                                  "VALUES ('t', 'initial_prompt', 'prompt', ?, 'en', 0, 1, '{}')"_s,
                    {team.idOf(kAnn1)});
    }
};

QTEST_GUILESS_MAIN(TestServerRoles)
#include "tst_serverroles.moc"
