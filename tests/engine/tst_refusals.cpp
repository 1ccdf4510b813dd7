// Every refusal code of DESIGN.md, produced through the engine, and nothing stored by a refusal.

#include "enginefixture.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Arborist;
using namespace Arborist::Test;

namespace {
// A growing tree whose root (by u1) is accepted; returns its id.
QString growingTree(EngineFixture &f)
{
    const QString tree = f.prompt(u"u1"_s, u"How do tides work?"_s);
    if (!f.review(tree, TaskType::LabelInitialPrompt, {u"u2"_s, u"u3"_s, u"u4"_s}))
        return {};
    f.engine->availability(u"u1"_s, u"en"_s); // the lottery draws it
    return tree;
}

int count(EngineFixture &f, const QString &table) { return f.sql(u"SELECT COUNT(*) FROM "_s + table).toInt(); }
} // namespace

class tst_Refusals : public QObject
{
    Q_OBJECT

private slots:
    void unknownUserAndDisabledUser()
    {
        EngineFixture f;
        f.addTeam(2);
        ARB_EXPECT_REFUSAL(ErrorCode::UnknownUser, f.engine->requestTask(u"nobody"_s, std::nullopt, u"en"_s));
        f.engine->setUserEnabled(u"admin"_s, u"u2"_s, false);
        ARB_EXPECT_REFUSAL(ErrorCode::PermissionDenied, f.engine->requestTask(u"u2"_s, std::nullopt, u"en"_s));
        QCOMPARE(count(f, u"task"_s), 0);
    }

    void leadOperationsRefusedToAnnotators()
    {
        EngineFixture f;
        f.addTeam(4);
        const QString tree = f.prompt(u"u1"_s, u"Question"_s);
        ARB_EXPECT_REFUSAL(ErrorCode::PermissionDenied, f.engine->setSetting(u"u1"_s, u"goal_tree_size"_s, u"5"_s));
        ARB_EXPECT_REFUSAL(ErrorCode::PermissionDenied, f.engine->haltTree(u"u2"_s, tree));
        ARB_EXPECT_REFUSAL(ErrorCode::PermissionDenied, f.engine->deleteMessage(u"u2"_s, tree));
        ARB_EXPECT_REFUSAL(ErrorCode::PermissionDenied, f.engine->editMessage(u"u2"_s, tree, u"x"_s));
        ARB_EXPECT_REFUSAL(ErrorCode::PermissionDenied, f.engine->addUser(u"lead"_s, u"eve"_s, UserRole::Admin));
        ARB_EXPECT_REFUSAL(ErrorCode::PermissionDenied, f.engine->addUser(QString(), u"eve"_s, UserRole::Admin));
        QCOMPARE(f.engine->settings().goalTreeSize, 12);
        QCOMPARE(toString(f.engine->treeState(tree)), u"initial_prompt_review"_s);
        QCOMPARE(f.engine->auditLog(tree).size(), 0);
        // A lead may: the setting changes and is audited.
        f.engine->setSetting(u"lead"_s, u"goal_tree_size"_s, u"5"_s);
        QCOMPARE(f.engine->settings().goalTreeSize, 5);
        const QList<AuditEntry> log = f.engine->auditLog(u"goal_tree_size"_s);
        QCOMPARE(log.size(), 1);
        QCOMPARE(log[0].before, u"12"_s);
        QCOMPARE(log[0].after, u"5"_s);
        QCOMPARE(log[0].userName, u"lead"_s);
        ARB_EXPECT_REFUSAL(ErrorCode::InvalidInput, f.engine->setSetting(u"lead"_s, u"goal_tree_size"_s, u"many"_s));
        ARB_EXPECT_REFUSAL(ErrorCode::InvalidInput, f.engine->setSetting(u"lead"_s, u"no_such_key"_s, u"1"_s));
        QCOMPARE(f.engine->auditLog(u"goal_tree_size"_s).size(), 1);
    }

    void unknownTaskNotOwnerAlreadyDone()
    {
        EngineFixture f;
        f.addTeam(2);
        ARB_EXPECT_REFUSAL(ErrorCode::UnknownTask, f.engine->submit(u"u1"_s, u"00000000-0000-4000-8000-000000000000"_s,
                                                                    QJsonObject{{u"text"_s, u"x"_s}}));
        const Task task = f.request(u"u1"_s, TaskType::InitialPrompt);
        ARB_EXPECT_REFUSAL(ErrorCode::NotTaskOwner, f.engine->submit(u"u2"_s, task.id, QJsonObject{{u"text"_s, u"x"_s}}));
        ARB_EXPECT_REFUSAL(ErrorCode::NotTaskOwner, f.engine->skip(u"u2"_s, task.id));
        f.submitText(u"u1"_s, task, u"A real question"_s);
        ARB_EXPECT_REFUSAL(ErrorCode::TaskAlreadyDone,
                           f.engine->submit(u"u1"_s, task.id, QJsonObject{{u"text"_s, u"Another"_s}}));
        ARB_EXPECT_REFUSAL(ErrorCode::TaskAlreadyDone, f.engine->skip(u"u1"_s, task.id));
        QCOMPARE(count(f, u"message"_s), 1);
    }

    void textRules()
    {
        EngineFixture f;
        f.addTeam(1);
        f.set(u"message_size_limit"_s, u"20"_s);
        const Task task = f.request(u"u1"_s, TaskType::InitialPrompt);
        ARB_EXPECT_REFUSAL(ErrorCode::TextEmpty, f.engine->submit(u"u1"_s, task.id, QJsonObject{{u"text"_s, u" \n\t "_s}}));
        ARB_EXPECT_REFUSAL(ErrorCode::TextTooLong,
                           f.engine->submit(u"u1"_s, task.id, QJsonObject{{u"text"_s, QString(21, u'x')}}));
        ARB_EXPECT_REFUSAL(ErrorCode::InvalidInput,
                           f.engine->submit(u"u1"_s, task.id, QJsonObject{{u"labels"_s, QJsonObject{{u"spam"_s, 0}}}}));
        f.engine->submit(u"u1"_s, task.id, QJsonObject{{u"text"_s, QString(20, u'x')}});
        const Task again = f.request(u"u1"_s, TaskType::InitialPrompt);
        ARB_EXPECT_REFUSAL(ErrorCode::TextDuplicate,
                           f.engine->submit(u"u1"_s, again.id, QJsonObject{{u"text"_s, QString(20, u'x')}}));
        // After the duplicate window the same text is accepted again.
        f.tick(121LL * 60 * 1000);
        f.engine->submit(u"u1"_s, again.id, QJsonObject{{u"text"_s, QString(20, u'x')}});
        QCOMPARE(count(f, u"message"_s), 2);
    }

    void tooManyPendingTasks()
    {
        EngineFixture f;
        f.addTeam(1);
        for (int i = 0; i < 8; ++i)
            f.request(u"u1"_s, TaskType::InitialPrompt);
        ARB_EXPECT_REFUSAL(ErrorCode::TooManyPendingTasks, f.request(u"u1"_s, TaskType::InitialPrompt));
        QCOMPARE(count(f, u"task"_s), 8);
        // Pending means created in the last recent_tasks_span_sec (300 s).
        f.tick(301 * 1000);
        f.request(u"u1"_s, TaskType::InitialPrompt);
    }

    void taskNotAvailable()
    {
        EngineFixture f;
        f.addTeam(1);
        ARB_EXPECT_REFUSAL(ErrorCode::TaskNotAvailable, f.request(u"u1"_s, TaskType::RankAssistantReplies));
        ARB_EXPECT_REFUSAL(ErrorCode::TaskNotAvailable, f.request(u"u1"_s, TaskType::LabelInitialPrompt));
        f.set(u"init_prompt_disabled_langs"_s, u"en,de"_s);
        ARB_EXPECT_REFUSAL(ErrorCode::TaskNotAvailable, f.request(u"u1"_s, TaskType::InitialPrompt));
        ARB_EXPECT_REFUSAL(ErrorCode::TaskNotAvailable, f.engine->requestTask(u"u1"_s, std::nullopt, u"en"_s));
        QCOMPARE(count(f, u"task"_s), 0);
    }

    void labelValidation()
    {
        EngineFixture f;
        f.addTeam(4);
        const QString tree = f.prompt(u"u1"_s, u"Is the sea blue?"_s);
        const Task task = f.request(u"u2"_s, TaskType::LabelInitialPrompt);
        QCOMPARE(task.messageId, tree);
        QCOMPARE(task.validLabels.size(), 11);
        QCOMPARE(task.mandatoryLabels, QStringList{u"spam"_s});
        auto submit = [&](const QJsonObject &labels) {
            f.engine->submit(u"u2"_s, task.id, QJsonObject{{u"labels"_s, labels}});
        };
        ARB_EXPECT_REFUSAL(ErrorCode::InvalidLabels, submit({{u"spam"_s, 0}, {u"helpfulness"_s, 1}}));
        ARB_EXPECT_REFUSAL(ErrorCode::InvalidLabels, submit({{u"spam"_s, 0}, {u"bogus"_s, 1}}));
        ARB_EXPECT_REFUSAL(ErrorCode::InvalidLabels, submit({{u"spam"_s, 1.5}}));
        ARB_EXPECT_REFUSAL(ErrorCode::InvalidLabels, submit({{u"spam"_s, u"no"_s}}));
        ARB_EXPECT_REFUSAL(ErrorCode::MandatoryLabelMissing, submit({{u"quality"_s, 0.75}}));
        ARB_EXPECT_REFUSAL(ErrorCode::InvalidInput,
                           f.engine->submit(u"u2"_s, task.id, QJsonObject{{u"text"_s, u"looks fine"_s}}));
        QCOMPARE(f.sql(u"SELECT review_count FROM message WHERE id = ?"_s, {tree}).toInt(), 0);
        QCOMPARE(count(f, u"text_label"_s), 0);
        submit({{u"spam"_s, 0}, {u"quality"_s, 0.75}});
        QCOMPARE(f.sql(u"SELECT review_count FROM message WHERE id = ?"_s, {tree}).toInt(), 1);
    }

    void selfLabelingRefusedEvenWithATask()
    {
        EngineFixture f;
        f.addTeam(3);
        const QString tree = f.prompt(u"u1"_s, u"Why is the sky blue?"_s);
        // Nobody is offered their own message ...
        QCOMPARE(f.engine->availability(u"u1"_s, u"en"_s).value(u"label_initial_prompt"_s), 0);
        // ... and if authorship changes after a task was handed out (say, accounts were merged),
        // the submission is still refused.
        const Task task = f.request(u"u2"_s, TaskType::LabelInitialPrompt);
        f.db->exec(u"UPDATE message SET user_id = (SELECT id FROM app_user WHERE name = 'u2') WHERE id = ?"_s, {tree});
        ARB_EXPECT_REFUSAL(ErrorCode::SelfLabeling, f.engine->submit(u"u2"_s, task.id, EngineFixture::labels(0)));
        QCOMPARE(count(f, u"text_label"_s), 0);
    }

    void duplicateLabelAfterExpiry()
    {
        EngineFixture f;
        f.addTeam(3);
        f.set(u"task_expiry_minutes"_s, u"10"_s);
        const QString tree = f.prompt(u"u1"_s, u"What is rain?"_s);
        const Task first = f.request(u"u2"_s, TaskType::LabelInitialPrompt);
        f.tick(11 * 60 * 1000); // the first task expires, so the message is offered again
        const Task second = f.request(u"u2"_s, TaskType::LabelInitialPrompt);
        QCOMPARE(second.messageId, tree);
        f.engine->submit(u"u2"_s, second.id, EngineFixture::labels(0));
        ARB_EXPECT_REFUSAL(ErrorCode::DuplicateLabel, f.engine->submit(u"u2"_s, first.id, EngineFixture::labels(0)));
        QCOMPARE(f.sql(u"SELECT review_count FROM message WHERE id = ?"_s, {tree}).toInt(), 1);
    }

    void duplicateReplyAfterExpiry()
    {
        EngineFixture f;
        f.addTeam(4);
        f.set(u"task_expiry_minutes"_s, u"10"_s);
        const QString tree = growingTree(f);
        const Task first = f.request(u"u2"_s, TaskType::AssistantReply);
        f.tick(11 * 60 * 1000);
        const Task second = f.request(u"u2"_s, TaskType::AssistantReply);
        QCOMPARE(second.parentId, tree);
        f.submitText(u"u2"_s, second, u"The moon pulls the water."_s);
        ARB_EXPECT_REFUSAL(ErrorCode::DuplicateReply,
                           f.engine->submit(u"u2"_s, first.id, QJsonObject{{u"text"_s, u"Gravity of the moon."_s}}));
        QCOMPARE(f.sql(u"SELECT COUNT(*) FROM message WHERE parent_id = ?"_s, {tree}).toInt(), 1);
    }

    void expiredTaskWhoseSlotWasTaken()
    {
        EngineFixture f;
        f.addTeam(6);
        f.set(u"task_expiry_minutes"_s, u"10"_s);
        f.set(u"max_children_count"_s, u"1"_s);
        const QString tree = f.prompt(u"u1"_s, u"Name a prime number."_s);
        QVERIFY(f.review(tree, TaskType::LabelInitialPrompt, {u"u2"_s, u"u3"_s, u"u4"_s}));
        f.engine->availability(u"u1"_s, u"en"_s);
        const Task slow = f.request(u"u2"_s, TaskType::AssistantReply);
        // While u2's task is open the only slot is reserved (§10.3).
        QCOMPARE(f.engine->availability(u"u3"_s, u"en"_s).value(u"assistant_reply"_s), 0);
        f.tick(11 * 60 * 1000);
        const Task fast = f.request(u"u3"_s, TaskType::AssistantReply);
        f.submitText(u"u3"_s, fast, u"Seven."_s);
        ARB_EXPECT_REFUSAL(ErrorCode::TaskExpired,
                           f.engine->submit(u"u2"_s, slow.id, QJsonObject{{u"text"_s, u"Eleven."_s}}));
        QCOMPARE(f.sql(u"SELECT COUNT(*) FROM message WHERE parent_id = ?"_s, {tree}).toInt(), 1);
    }

    void lateReplyRefusedWhenTheTreeReachedItsGoal()
    {
        // The parent could take more replies, but the tree has reached its goal meanwhile.
        EngineFixture f;
        f.addTeam(6);
        f.set(u"task_expiry_minutes"_s, u"10"_s);
        f.set(u"goal_tree_size"_s, u"2"_s);
        const QString tree = growingTree(f);
        const Task slow = f.request(u"u2"_s, TaskType::AssistantReply);
        QCOMPARE(f.engine->availability(u"u3"_s, u"en"_s).value(u"assistant_reply"_s), 0); // the goal is reserved
        f.tick(11 * 60 * 1000);
        const Task fast = f.request(u"u3"_s, TaskType::AssistantReply);
        f.submitText(u"u3"_s, fast, u"Four."_s);
        ARB_EXPECT_REFUSAL(ErrorCode::TaskExpired,
                           f.engine->submit(u"u2"_s, slow.id, QJsonObject{{u"text"_s, u"Two plus two is four."_s}}));
        QCOMPARE(f.sql(u"SELECT COUNT(*) FROM message WHERE parent_id = ?"_s, {tree}).toInt(), 1);
    }

    void expiredTaskWithAFreeSlotIsStillTaken()
    {
        EngineFixture f;
        f.addTeam(4);
        f.set(u"task_expiry_minutes"_s, u"10"_s);
        const QString tree = growingTree(f);
        const Task slow = f.request(u"u2"_s, TaskType::AssistantReply);
        f.tick(60 * 60 * 1000);
        const QString id = f.submitText(u"u2"_s, slow, u"Late, but nobody else answered."_s);
        QCOMPARE(f.sql(u"SELECT parent_id FROM message WHERE id = ?"_s, {id}).toString(), tree);
    }

    void replyToAHaltedTree()
    {
        EngineFixture f;
        f.addTeam(4);
        const QString tree = growingTree(f);
        const Task task = f.request(u"u2"_s, TaskType::AssistantReply);
        f.engine->haltTree(u"lead"_s, tree, u"under investigation"_s);
        ARB_EXPECT_REFUSAL(ErrorCode::TreeNotOpen,
                           f.engine->submit(u"u2"_s, task.id, QJsonObject{{u"text"_s, u"An answer"_s}}));
        QCOMPARE(f.sql(u"SELECT COUNT(*) FROM message WHERE parent_id = ?"_s, {tree}).toInt(), 0);
        QCOMPARE(f.sql(u"SELECT done FROM task WHERE id = ?"_s, {task.id}).toInt(), 0);
    }

    void invalidRanking()
    {
        EngineFixture f;
        f.addTeam(8);
        f.set(u"goal_tree_size"_s, u"3"_s);
        f.set(u"max_tree_depth"_s, u"1"_s);
        f.set(u"max_children_count"_s, u"2"_s);
        const QString tree = growingTree(f);
        const QString a1 = f.reply(u"u2"_s, TaskType::AssistantReply, u"One"_s);
        QVERIFY(f.review(a1, TaskType::LabelAssistantReply, {u"u3"_s, u"u4"_s, u"u5"_s}));
        const QString a2 = f.reply(u"u3"_s, TaskType::AssistantReply, u"Two"_s);
        QVERIFY(f.review(a2, TaskType::LabelAssistantReply, {u"u4"_s, u"u5"_s, u"u6"_s}));
        QCOMPARE(toString(f.engine->treeState(tree)), u"ranking"_s);
        const Task task = f.request(u"u6"_s, TaskType::RankAssistantReplies);
        auto submit = [&](const QJsonArray &ranking) {
            f.engine->submit(u"u6"_s, task.id, QJsonObject{{u"ranking"_s, ranking}});
        };
        ARB_EXPECT_REFUSAL(ErrorCode::InvalidRanking, submit({a1}));
        ARB_EXPECT_REFUSAL(ErrorCode::InvalidRanking, submit({a1, a1}));
        ARB_EXPECT_REFUSAL(ErrorCode::InvalidRanking, submit({a1, a2, tree}));
        ARB_EXPECT_REFUSAL(ErrorCode::InvalidRanking, submit({a1, tree}));
        ARB_EXPECT_REFUSAL(ErrorCode::InvalidInput,
                           f.engine->submit(u"u6"_s, task.id, QJsonObject{{u"text"_s, u"a1 is better"_s}}));
        QCOMPARE(count(f, u"ranking"_s), 0);
        QCOMPARE(f.sql(u"SELECT ranking_count FROM message WHERE id = ?"_s, {a1}).toInt(), 0);
        submit({a2, a1});
        QCOMPARE(count(f, u"ranking"_s), 1);
    }
};

QTEST_GUILESS_MAIN(tst_Refusals)
#include "tst_refusals.moc"
