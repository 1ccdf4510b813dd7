// Every transition of WORKFLOW.md §1.5 reached through the engine, and its result checked.

#include "core/rankedpairs.h"
#include "enginefixture.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Arborist;
using namespace Arborist::Test;

namespace {
const QStringList kReviewers1 = {u"u2"_s, u"u3"_s, u"u4"_s};

// A prompt by u1, accepted by u2..u4; returns the tree id (state prompt_lottery_waiting).
QString acceptedPrompt(EngineFixture &f, const QString &text = u"What is a binary search tree?"_s)
{
    const QString tree = f.prompt(u"u1"_s, text);
    if (!f.review(tree, TaskType::LabelInitialPrompt, kReviewers1))
        return {};
    return tree;
}

// An accepted prompt by u1 with two accepted assistant replies (by u2 and u3): with small
// trees, the tree is then in ranking.
struct TwoReplies
{
    QString tree, a1, a2;
};

TwoReplies twoAcceptedReplies(EngineFixture &f)
{
    TwoReplies t;
    t.tree = acceptedPrompt(f);
    t.a1 = acceptedReply(f, u"u2"_s, {u"u3"_s, u"u4"_s, u"u5"_s}, u"First answer."_s);
    t.a2 = acceptedReply(f, u"u3"_s, {u"u4"_s, u"u5"_s, u"u6"_s}, u"Second answer."_s);
    return t;
}
} // namespace

class tst_Transitions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qInfo("backend: %s", qPrintable(backendName())); }

    void creationEntersInitialPromptReview()
    {
        EngineFixture f;
        f.addTeam(4);
        const QString tree = f.prompt(u"u1"_s, u"Explain photosynthesis to a child."_s);
        QCOMPARE(toString(f.engine->treeState(tree)), toString(TreeState::InitialPromptReview));
        QCOMPARE(f.sql(u"SELECT active FROM tree WHERE id = ?"_s, {tree}).toInt(), 1);
        QCOMPARE(f.sql(u"SELECT goal_tree_size FROM tree WHERE id = ?"_s, {tree}).toInt(), 12);
        QCOMPARE(f.sql(u"SELECT max_depth FROM tree WHERE id = ?"_s, {tree}).toInt(), 3);
        QCOMPARE(f.sql(u"SELECT max_children_count FROM tree WHERE id = ?"_s, {tree}).toInt(), 3);
        QCOMPARE(f.sql(u"SELECT lang FROM tree WHERE id = ?"_s, {tree}).toString(), u"en"_s);
        QCOMPARE(f.sql(u"SELECT role FROM message WHERE id = ?"_s, {tree}).toString(), u"prompter"_s);
    }

    void randomGoalSizeStaysInBounds()
    {
        EngineFixture f;
        f.addTeam(1);
        f.set(u"random_goal_tree_size"_s, u"true"_s);
        f.set(u"min_goal_tree_size"_s, u"5"_s);
        f.set(u"goal_tree_size"_s, u"8"_s);
        QSet<int> seen;
        for (int i = 0; i < 10; ++i) {
            const QString tree = f.prompt(u"u1"_s, u"Prompt number %1"_s.arg(i));
            const int goal = f.sql(u"SELECT goal_tree_size FROM tree WHERE id = ?"_s, {tree}).toInt();
            QVERIFY2(goal >= 5 && goal <= 8, qPrintable(QString::number(goal)));
            seen.insert(goal);
        }
        QVERIFY(seen.size() > 1);
    }

    void acceptedPromptWaitsForLottery()
    {
        EngineFixture f;
        f.addTeam(4);
        f.set(u"max_active_trees"_s, u"0"_s); // keep the lottery from drawing it at once
        const QString tree = acceptedPrompt(f);
        QCOMPARE(toString(f.engine->treeState(tree)), toString(TreeState::PromptLotteryWaiting));
        QCOMPARE(f.sql(u"SELECT active FROM tree WHERE id = ?"_s, {tree}).toInt(), 0);
        QCOMPARE(f.sql(u"SELECT review_result FROM message WHERE id = ?"_s, {tree}).toInt(), 1);
        QCOMPARE(f.sql(u"SELECT review_count FROM message WHERE id = ?"_s, {tree}).toInt(), 3);
    }

    void rejectedPromptIsAborted()
    {
        EngineFixture f;
        f.addTeam(4);
        const QString tree = f.prompt(u"u1"_s, u"buy cheap watches"_s);
        QVERIFY(f.review(tree, TaskType::LabelInitialPrompt, kReviewers1, 2));
        QCOMPARE(toString(f.engine->treeState(tree)), toString(TreeState::AbortedLowGrade));
        QCOMPARE(f.sql(u"SELECT review_result FROM message WHERE id = ?"_s, {tree}).toInt(), 0);
        QCOMPARE(f.sql(u"SELECT active FROM tree WHERE id = ?"_s, {tree}).toInt(), 0);
    }

    void lotteryFillsUpToMaxActiveTrees()
    {
        EngineFixture f;
        f.addTeam(5);
        f.set(u"max_active_trees"_s, u"0"_s);
        QStringList trees;
        for (int i = 0; i < 3; ++i) {
            trees << f.prompt(u"u1"_s, u"Prompt %1 about rivers"_s.arg(i));
            QVERIFY(f.review(trees.last(), TaskType::LabelInitialPrompt, kReviewers1));
        }
        for (const QString &t : trees)
            QCOMPARE(toString(f.engine->treeState(t)), toString(TreeState::PromptLotteryWaiting));
        f.set(u"max_active_trees"_s, u"2"_s);
        // An availability query draws at most one tree, a task request up to two.
        f.engine->availability(u"u5"_s, u"en"_s);
        QCOMPARE(f.engine->trees(TreeState::Growing).size(), 1);
        f.engine->availability(u"u5"_s, u"en"_s);
        QCOMPARE(f.engine->trees(TreeState::Growing).size(), 2);
        f.engine->availability(u"u5"_s, u"en"_s);
        QCOMPARE(f.engine->trees(TreeState::Growing).size(), 2);
        QCOMPARE(f.engine->trees(TreeState::PromptLotteryWaiting).size(), 1);
        for (const TreeSummary &t : f.engine->trees(TreeState::Growing)) {
            QVERIFY(t.active);
            QVERIFY(!f.sql(u"SELECT won_lottery_at FROM tree WHERE id = ?"_s, {t.id}).isNull());
        }
    }

    void growingToRankingToReadyForExport()
    {
        EngineFixture f;
        f.addTeam(8);
        smallTrees(f);
        const QString tree = acceptedPrompt(f);
        const QString a1 = acceptedReply(f, u"u2"_s, {u"u3"_s, u"u4"_s, u"u5"_s}, u"A BST keeps smaller keys left."_s);
        QVERIFY(!a1.isEmpty());
        QCOMPARE(toString(f.engine->treeState(tree)), toString(TreeState::Growing));
        const QString a2 = acceptedReply(f, u"u3"_s, {u"u4"_s, u"u5"_s, u"u6"_s}, u"It is a sorted binary tree."_s);
        QVERIFY(!a2.isEmpty());
        QCOMPARE(toString(f.engine->treeState(tree)), toString(TreeState::Ranking));

        // Three rankings: two put a2 first, one a1 first.
        QList<QStringList> votes;
        for (const QString &ranker : {u"u4"_s, u"u5"_s, u"u1"_s}) {
            const bool a2First = ranker != "u1"_L1;
            const Task t = f.rank(ranker, TaskType::RankAssistantReplies, [&](const Task &) {
                return a2First ? QStringList{a2, a1} : QStringList{a1, a2};
            });
            QCOMPARE(t.parentId, tree);
            QCOMPARE(t.replies.size(), 2);
            votes << (a2First ? QStringList{a2, a1} : QStringList{a1, a2});
            if (votes.size() < 3)
                QCOMPARE(toString(f.engine->treeState(tree)), toString(TreeState::Ranking));
        }
        QCOMPARE(toString(f.engine->treeState(tree)), toString(TreeState::ReadyForExport));
        QCOMPARE(f.sql(u"SELECT active FROM tree WHERE id = ?"_s, {tree}).toInt(), 0);
        const QStringList consensus = rankedPairs(votes);
        QCOMPARE(consensus, (QStringList{a2, a1}));
        QCOMPARE(f.sql(u"SELECT rank FROM message WHERE id = ?"_s, {a2}).toInt(), 0);
        QCOMPARE(f.sql(u"SELECT rank FROM message WHERE id = ?"_s, {a1}).toInt(), 1);
        QVERIFY(f.sql(u"SELECT rank FROM message WHERE id = ?"_s, {tree}).isNull());
        QCOMPARE(f.sql(u"SELECT ranking_count FROM message WHERE id = ?"_s, {a1}).toInt(), 3);
        QVERIFY(f.engine->checkInvariants().ok());
    }

    void treeWithNothingToRankGoesStraightToExport()
    {
        EngineFixture f;
        f.addTeam(6);
        smallTrees(f);
        f.set(u"goal_tree_size"_s, u"2"_s);
        const QString tree = acceptedPrompt(f);
        QVERIFY(!acceptedReply(f, u"u2"_s, {u"u3"_s, u"u4"_s, u"u5"_s}, u"Only one answer."_s).isEmpty());
        // One reply cannot be ranked: ranking → ready_for_scoring → ready_for_export at once (§10.8).
        QCOMPARE(toString(f.engine->treeState(tree)), toString(TreeState::ReadyForExport));
    }

    void deletingEverythingHaltsAGrowingTree()
    {
        EngineFixture f;
        f.addTeam(4);
        const QString tree = acceptedPrompt(f);
        f.engine->availability(u"u2"_s, u"en"_s); // the lottery draws it
        QCOMPARE(toString(f.engine->treeState(tree)), toString(TreeState::Growing));
        f.engine->deleteMessage(u"lead"_s, tree, u"spam slipped through"_s);
        QCOMPARE(toString(f.engine->treeState(tree)), toString(TreeState::HaltedByModerator));
    }

    void scoringFailsOnCorruptRankingsAndRetrySucceeds()
    {
        EngineFixture f;
        f.addTeam(8);
        smallTrees(f);
        const auto [tree, a1, a2] = twoAcceptedReplies(f);
        auto inOrder = [&](const Task &) { return QStringList{a1, a2}; };
        f.rank(u"u4"_s, TaskType::RankAssistantReplies, inOrder);
        f.rank(u"u5"_s, TaskType::RankAssistantReplies, inOrder);
        // Corrupt the first ranking so that it names a message that is no reply of the root.
        QJsonArray bad{tree, a1, a2};
        f.db->exec(u"UPDATE ranking SET ranked_ids = ? WHERE user_id = (SELECT id FROM app_user WHERE name = 'u4')"_s,
                   {QString::fromUtf8(QJsonDocument(bad).toJson(QJsonDocument::Compact))});
        f.rank(u"u1"_s, TaskType::RankAssistantReplies, inOrder);
        QCOMPARE(toString(f.engine->treeState(tree)), toString(TreeState::ScoringFailed));
        QCOMPARE(f.sql(u"SELECT active FROM tree WHERE id = ?"_s, {tree}).toInt(), 0);

        // Repair the data; the retry (T9) scores the tree.
        QJsonArray good{a1, a2};
        f.db->exec(u"UPDATE ranking SET ranked_ids = ? WHERE user_id = (SELECT id FROM app_user WHERE name = 'u4')"_s,
                   {QString::fromUtf8(QJsonDocument(good).toJson(QJsonDocument::Compact))});
        QCOMPARE(f.engine->retryScoring(), 1);
        QCOMPARE(toString(f.engine->treeState(tree)), toString(TreeState::ReadyForExport));
        QCOMPARE(f.sql(u"SELECT rank FROM message WHERE id = ?"_s, {a1}).toInt(), 0);
    }

    void scoringRetryWithMissingRankingsReturnsToRanking()
    {
        EngineFixture f;
        f.addTeam(8);
        smallTrees(f);
        const QString tree = twoAcceptedReplies(f).tree;
        f.db->exec(u"UPDATE tree SET state = 'scoring_failed', active = 0 WHERE id = ?"_s, {tree});
        QCOMPARE(f.engine->retryScoring(), 1);
        QCOMPARE(toString(f.engine->treeState(tree)), toString(TreeState::Ranking));
        QCOMPARE(f.sql(u"SELECT active FROM tree WHERE id = ?"_s, {tree}).toInt(), 1);
    }

    void backlogTreeActivatedWhenAnotherFinishes()
    {
        EngineFixture f;
        f.addTeam(6);
        f.set(u"p_activate_backlog_tree"_s, u"1"_s);
        // An imported tree whose root has two replies to rank, and one with nothing to rank.
        const QJsonObject rankable{{u"message_id"_s, u"00000000-0000-4000-8000-000000000001"_s},
                                   {u"text"_s, u"Imported question"_s}, {u"role"_s, u"prompter"_s}, {u"lang"_s, u"en"_s},
                                   {u"replies"_s, QJsonArray{QJsonObject{{u"message_id"_s, u"00000000-0000-4000-8000-000000000002"_s},
                                                                         {u"text"_s, u"Answer one"_s}, {u"role"_s, u"assistant"_s}},
                                                             QJsonObject{{u"message_id"_s, u"00000000-0000-4000-8000-000000000003"_s},
                                                                         {u"text"_s, u"Answer two"_s}, {u"role"_s, u"assistant"_s}}}}};
        const QJsonObject lonely{{u"message_id"_s, u"00000000-0000-4000-8000-000000000000"_s},
                                 {u"text"_s, u"Imported lonely question"_s}, {u"role"_s, u"prompter"_s}, {u"lang"_s, u"en"_s}};
        const QString backlogA = f.engine->insertImportedTree(lonely, TreeState::BacklogRanking, u"test"_s);
        const QString backlogB = f.engine->insertImportedTree(rankable, TreeState::BacklogRanking, u"test"_s);
        QCOMPARE(toString(f.engine->treeState(backlogB)), toString(TreeState::BacklogRanking));

        // A prompt is rejected: its tree goes terminal while active, which rolls the dice (p = 1).
        const QString tree = f.prompt(u"u1"_s, u"nonsense"_s);
        QVERIFY(f.review(tree, TaskType::LabelInitialPrompt, kReviewers1, 3));
        QCOMPARE(toString(f.engine->treeState(tree)), toString(TreeState::AbortedLowGrade));
        // The first backlog tree (created first) has nothing to rank: aborted; the next is activated.
        QCOMPARE(toString(f.engine->treeState(backlogA)), toString(TreeState::AbortedLowGrade));
        QCOMPARE(toString(f.engine->treeState(backlogB)), toString(TreeState::Ranking));
        QCOMPARE(f.sql(u"SELECT active FROM tree WHERE id = ?"_s, {backlogB}).toInt(), 1);
        QCOMPARE(f.engine->availability(u"u2"_s, u"en"_s).value(u"rank_assistant_replies"_s), 1);
    }

    void backlogActivatedWhenTooFewRankingsWait()
    {
        EngineFixture f;
        f.addTeam(6);
        f.set(u"p_activate_backlog_tree"_s, u"0"_s);
        f.set(u"min_active_rankings_per_lang"_s, u"1"_s);
        const QJsonObject rankable{{u"text"_s, u"Imported"_s}, {u"role"_s, u"prompter"_s},
                                   {u"replies"_s, QJsonArray{QJsonObject{{u"text"_s, u"One"_s}}, QJsonObject{{u"text"_s, u"Two"_s}}}}};
        const QString backlog = f.engine->insertImportedTree(rankable, TreeState::BacklogRanking, u"test"_s);
        const QString tree = f.prompt(u"u1"_s, u"rubbish"_s);
        QVERIFY(f.review(tree, TaskType::LabelInitialPrompt, kReviewers1, 3));
        QCOMPARE(toString(f.engine->treeState(backlog)), toString(TreeState::Ranking));
    }

    void redFlagsAbortAPromptUnderReview()
    {
        EngineFixture f;
        f.addTeam(6);
        const QString tree = f.prompt(u"u1"_s, u"Something offensive"_s);
        for (const QString &u : {u"u2"_s, u"u3"_s, u"u4"_s}) {
            f.engine->addEmoji(u, tree, u"red_flag"_s);
            QCOMPARE(toString(f.engine->treeState(tree)), toString(TreeState::InitialPromptReview));
        }
        f.engine->report(u"u5"_s, tree, {{u"not_appropriate"_s, 1.0}}, u"insulting"_s);
        QCOMPARE(toString(f.engine->treeState(tree)), toString(TreeState::AbortedLowGrade));
    }

    void redFlagsAbortAGrowingTreesPrompt()
    {
        EngineFixture f;
        f.addTeam(6);
        const QString tree = acceptedPrompt(f);
        f.engine->availability(u"u5"_s, u"en"_s);
        QCOMPARE(toString(f.engine->treeState(tree)), u"growing"_s);
        for (const QString &u : {u"u2"_s, u"u3"_s, u"u4"_s, u"u5"_s})
            f.engine->addEmoji(u, tree, u"red_flag"_s);
        QCOMPARE(toString(f.engine->treeState(tree)), u"aborted_low_grade"_s);
    }

    void autoModerationCanBeSwitchedOff()
    {
        EngineFixture f;
        f.addTeam(6);
        f.set(u"auto_mod_enabled"_s, u"false"_s);
        const QString tree = f.prompt(u"u1"_s, u"Borderline"_s);
        for (const QString &u : {u"u2"_s, u"u3"_s, u"u4"_s, u"u5"_s})
            f.engine->addEmoji(u, tree, u"red_flag"_s);
        QCOMPARE(toString(f.engine->treeState(tree)), u"initial_prompt_review"_s);
        QCOMPARE(f.sql(u"SELECT count FROM emoji_count WHERE message_id = ? AND emoji = 'red_flag'"_s, {tree}).toInt(), 4);
    }

    void lotteryPrefersAuthorsWhoseRepliesRankFirst()
    {
        // Two authors with 40 waiting prompts each; u2's replies ranked first 9 times in the last
        // 30 days (weight 1 + 9 = 10), u1's never (weight 1). One tree is drawn at a time.
        EngineFixture f(99);
        f.addTeam(5);
        f.set(u"max_active_trees"_s, u"0"_s);
        for (int i = 0; i < 40; ++i) {
            for (const QString &author : {u"u1"_s, u"u2"_s}) {
                const QString tree = f.prompt(author, u"Prompt %1 by %2"_s.arg(i).arg(author));
                QVERIFY(f.review(tree, TaskType::LabelInitialPrompt, {u"u3"_s, u"u4"_s, u"u5"_s}));
            }
        }
        const QString u2 = f.sql(u"SELECT id FROM app_user WHERE name = 'u2'"_s).toString();
        for (int i = 0; i < 9; ++i) {
            f.db->exec(u"INSERT INTO rank_position (ranking_id, user_id, position, at) VALUES (?, ?, 0, ?)"_s,
                       {u"past-%1"_s.arg(i), u2, f.clock - 24LL * 3600 * 1000});
        }
        // First places older than 30 days do not count.
        const QString u1 = f.sql(u"SELECT id FROM app_user WHERE name = 'u1'"_s).toString();
        for (int i = 0; i < 50; ++i) {
            f.db->exec(u"INSERT INTO rank_position (ranking_id, user_id, position, at) VALUES (?, ?, 0, ?)"_s,
                       {u"old-%1"_s.arg(i), u1, f.clock - 31LL * 24 * 3600 * 1000});
        }
        f.set(u"max_active_trees"_s, u"1"_s);
        const int trials = 40;
        int byU2 = 0;
        for (int i = 0; i < trials; ++i) {
            f.engine->availability(u"u3"_s, u"en"_s);
            const QList<TreeSummary> growing = f.engine->trees(TreeState::Growing);
            QCOMPARE(growing.size(), 1);
            byU2 += f.sql(u"SELECT u.name FROM message m JOIN app_user u ON u.id = m.user_id WHERE m.id = ?"_s,
                          {growing[0].id}).toString() == "u2"_L1;
            f.engine->haltTree(u"lead"_s, growing[0].id);
        }
        // Expected 40 × 10/11 ≈ 36.4 (sd 1.8); uniform drawing would give 20.
        QVERIFY2(byU2 >= 28, qPrintable(QString::number(byU2)));
    }

    void redFlagsDeleteAReplyAndItsSubtree()
    {
        EngineFixture f;
        f.addTeam(8);
        const QString tree = acceptedPrompt(f);
        const QString a1 = f.reply(u"u2"_s, TaskType::AssistantReply, u"A rude answer"_s);
        for (const QString &u : {u"u3"_s, u"u4"_s, u"u5"_s, u"u6"_s})
            f.engine->addEmoji(u, a1, u"red_flag"_s);
        QCOMPARE(f.sql(u"SELECT deleted FROM message WHERE id = ?"_s, {a1}).toInt(), 1);
        QCOMPARE(toString(f.engine->treeState(tree)), toString(TreeState::Growing));
    }

    void skippedRepliesHaltATree()
    {
        EngineFixture f;
        f.addTeam(5);
        f.set(u"auto_mod_max_skip_reply"_s, u"3"_s);
        const QString tree = acceptedPrompt(f);
        for (const QString &u : {u"u2"_s, u"u3"_s, u"u4"_s}) {
            const Task t = f.request(u, TaskType::AssistantReply);
            QCOMPARE(t.parentId, tree);
            f.engine->skip(u, t.id, u"I do not know the topic"_s);
        }
        QCOMPARE(toString(f.engine->treeState(tree)), toString(TreeState::HaltedByModerator));
        QCOMPARE(f.sql(u"SELECT count FROM emoji_count WHERE message_id = ? AND emoji = '_skip_reply'"_s, {tree}).toInt(), 3);
    }

    void haltAndUnhaltAGrowingTree()
    {
        EngineFixture f;
        f.addTeam(4);
        const QString tree = acceptedPrompt(f);
        f.engine->availability(u"u2"_s, u"en"_s);
        QCOMPARE(toString(f.engine->treeState(tree)), toString(TreeState::Growing));
        f.engine->haltTree(u"lead"_s, tree, u"checking sources"_s);
        QCOMPARE(toString(f.engine->treeState(tree)), toString(TreeState::HaltedByModerator));
        QCOMPARE(f.engine->availability(u"u2"_s, u"en"_s).value(u"assistant_reply"_s), 0);
        f.engine->unhaltTree(u"lead"_s, tree, u"sources fine"_s);
        QCOMPARE(toString(f.engine->treeState(tree)), toString(TreeState::Growing));
        QCOMPARE(f.engine->availability(u"u2"_s, u"en"_s).value(u"assistant_reply"_s), 1);
        const QList<AuditEntry> log = f.engine->auditLog(tree);
        QCOMPARE(log.size(), 2);
        QCOMPARE(log[0].action, u"halt"_s);
        QCOMPARE(log[0].userName, u"lead"_s);
        QCOMPARE(log[0].before, u"growing"_s);
        QCOMPARE(log[0].after, u"halted_by_moderator"_s);
        QCOMPARE(log[0].reason, u"checking sources"_s);
        QCOMPARE(log[1].action, u"unhalt"_s);
        QCOMPARE(log[1].after, u"growing"_s);
    }

    void unhaltBeforeTheLotteryReturnsToReview()
    {
        EngineFixture f;
        f.addTeam(4);
        const QString tree = f.prompt(u"u1"_s, u"A fine question"_s);
        f.engine->haltTree(u"lead"_s, tree);
        f.engine->unhaltTree(u"lead"_s, tree);
        QCOMPARE(toString(f.engine->treeState(tree)), toString(TreeState::InitialPromptReview));
        QCOMPARE(f.sql(u"SELECT active FROM tree WHERE id = ?"_s, {tree}).toInt(), 1);
    }

    void disabledAuthorsWaitingPromptIsHalted()
    {
        EngineFixture f;
        f.addTeam(4);
        f.set(u"max_active_trees"_s, u"0"_s);
        const QString tree = acceptedPrompt(f);
        QCOMPARE(toString(f.engine->treeState(tree)), toString(TreeState::PromptLotteryWaiting));
        f.engine->setUserEnabled(u"admin"_s, u"u1"_s, false);
        QCOMPARE(toString(f.engine->treeState(tree)), toString(TreeState::HaltedByModerator));
        QCOMPARE(f.sql(u"SELECT active FROM tree WHERE id = ?"_s, {tree}).toInt(), 0);
    }

    void reconcileCreatesMissingTreeRowsAndAppliesSettings()
    {
        EngineFixture f;
        f.addTeam(8);
        smallTrees(f);
        f.set(u"goal_tree_size"_s, u"2"_s);
        const QString tree = acceptedPrompt(f);
        const QString a1 = f.reply(u"u2"_s, TaskType::AssistantReply, u"An answer."_s);
        QVERIFY(f.review(a1, TaskType::LabelAssistantReply, {u"u3"_s, u"u4"_s}));
        QVERIFY(f.sql(u"SELECT review_result FROM message WHERE id = ?"_s, {a1}).isNull());
        QCOMPARE(toString(f.engine->treeState(tree)), toString(TreeState::Growing));
        // Fewer required reviews take effect at the next reconciliation (T15 c): the reply is
        // decided, the tree reaches its goal and, with nothing to rank, is ready for export.
        f.set(u"num_reviews_reply"_s, u"2"_s);
        // A root whose tree row is missing (T15 a).
        const QString orphan = u"11111111-1111-4111-8111-111111111111"_s;
        f.db->exec(u"INSERT INTO message (id, tree_id, role, text, lang, depth, created) VALUES (?, ?, 'prompter', "
                   "'orphan', 'en', 0, 1)"_s, {orphan, orphan});
        f.engine->reconcile();
        QCOMPARE(toString(f.engine->treeState(orphan)), toString(TreeState::InitialPromptReview));
        QCOMPARE(f.sql(u"SELECT review_result FROM message WHERE id = ?"_s, {a1}).toInt(), 1);
        QCOMPARE(toString(f.engine->treeState(tree)), toString(TreeState::ReadyForExport));
    }

    void purgingAUserRevivesTheTreesTheyTouched()
    {
        EngineFixture f;
        f.addTeam(8);
        smallTrees(f);
        const auto [tree, a1, a2] = twoAcceptedReplies(f);
        for (const QString &ranker : {u"u4"_s, u"u5"_s, u"u1"_s})
            f.rank(ranker, TaskType::RankAssistantReplies, [&](const Task &) { return QStringList{a2, a1}; });
        QCOMPARE(toString(f.engine->treeState(tree)), u"ready_for_export"_s);
        // u3 also wrote a prompt: that whole tree goes.
        const QString own = f.prompt(u"u3"_s, u"A prompt by the troll"_s);

        ARB_EXPECT_REFUSAL(ErrorCode::PermissionDenied, f.engine->purgeUser(u"lead"_s, u"u3"_s, true));
        const PurgeResult r = f.engine->purgeUser(u"admin"_s, u"u3"_s, true);
        QCOMPARE(r.treesDeleted, 1);
        QCOMPARE(r.messagesDeleted, 2);
        QCOMPARE(r.treesReactivated, 1);
        QVERIFY(!f.sql(u"SELECT id FROM message WHERE id = ?"_s, {a2}).isValid());
        QVERIFY(!f.sql(u"SELECT id FROM tree WHERE id = ?"_s, {own}).isValid());
        // The sibling group lost its rankings; the tree grows again (it had won the lottery).
        QCOMPARE(f.sql(u"SELECT COUNT(*) FROM ranking WHERE parent_id = ?"_s, {tree}).toInt(), 0);
        QVERIFY(f.sql(u"SELECT rank FROM message WHERE id = ?"_s, {a1}).isNull());
        QCOMPARE(f.sql(u"SELECT children_count FROM message WHERE id = ?"_s, {tree}).toInt(), 1);
        QCOMPARE(toString(f.engine->treeState(tree)), u"growing"_s);
        QCOMPARE(f.sql(u"SELECT enabled FROM app_user WHERE name = 'u3'"_s).toInt(), 0);
        const InvariantReport report = f.engine->checkInvariants();
        QVERIFY2(report.ok(), qPrintable(report.violations.join(u'\n')));
        // It can grow and be ranked again.
        const QString a3 = acceptedReply(f, u"u6"_s, {u"u4"_s, u"u5"_s, u"u7"_s}, u"A better answer."_s);
        QVERIFY(!a3.isEmpty());
        QCOMPARE(toString(f.engine->treeState(tree)), u"ranking"_s);
    }

    void reviewDecisionIsFinal()
    {
        EngineFixture f;
        f.addTeam(8);
        const QString tree = acceptedPrompt(f);
        const QString a1 = f.reply(u"u2"_s, TaskType::AssistantReply, u"A poor answer"_s);
        QVERIFY(f.review(a1, TaskType::LabelAssistantReply, {u"u3"_s, u"u4"_s, u"u5"_s}, 2));
        QCOMPARE(f.sql(u"SELECT review_result FROM message WHERE id = ?"_s, {a1}).toInt(), 0);
        // No further review task is handed out, and later free labels do not flip it (§10.5).
        QCOMPARE(f.engine->availability(u"u6"_s, u"en"_s).value(u"label_assistant_reply"_s), 0);
        f.engine->report(u"u6"_s, a1, {{u"spam"_s, 0.0}}, QString());
        QCOMPARE(f.sql(u"SELECT review_result FROM message WHERE id = ?"_s, {a1}).toInt(), 0);
        Q_UNUSED(tree);
    }
};

QTEST_GUILESS_MAIN(tst_Transitions)
#include "tst_transitions.moc"
