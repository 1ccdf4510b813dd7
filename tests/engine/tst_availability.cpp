// Task availability (WORKFLOW.md §3.3) against hand-computed counts on small trees,
// reservations (§10.3), the lonely-child preference and label dice (§3.6), and the random draw
// (§3.5) within statistical bounds under a fixed seed.

#include "enginefixture.h"

#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace Arborist;
using namespace Arborist::Test;

namespace {

using Counts = QMap<QString, int>;

Counts expected(int initialPrompt, int assistantReply, int prompterReply, int labelPrompt, int labelAssistant,
                int labelPrompter, int rankAssistant)
{
    Counts c{{u"initial_prompt"_s, initialPrompt},       {u"assistant_reply"_s, assistantReply},
             {u"prompter_reply"_s, prompterReply},       {u"label_initial_prompt"_s, labelPrompt},
             {u"label_assistant_reply"_s, labelAssistant}, {u"label_prompter_reply"_s, labelPrompter},
             {u"rank_assistant_replies"_s, rankAssistant}, {u"rank_prompter_replies"_s, 0}};
    int sum = 0;
    for (int v : c)
        sum += v;
    c.insert(u"random"_s, sum);
    return c;
}

// Bounds of a binomial count: mean ± 4.5 standard deviations.
bool withinBounds(int observed, int n, double p, QString *why)
{
    const double mean = n * p;
    const double sd = std::sqrt(n * p * (1 - p));
    const double lo = mean - 4.5 * sd - 0.5;
    const double hi = mean + 4.5 * sd + 0.5;
    *why = u"observed %1 of %2, expected %3 (bounds %4..%5)"_s.arg(observed).arg(n).arg(mean).arg(lo).arg(hi);
    return observed >= lo && observed <= hi;
}

// The fixture of the hand-computed counts: a growing tree R (by u1) with an accepted assistant
// reply A1 (by u2) and an assistant reply A2 (by u3) waiting for review.
struct SmallTree
{
    QString root, a1, a2;
};

SmallTree smallTree(EngineFixture &f)
{
    SmallTree t;
    t.root = f.prompt(u"u1"_s, u"What is the capital of Australia?"_s);
    f.review(t.root, TaskType::LabelInitialPrompt, {u"u2"_s, u"u3"_s, u"u4"_s});
    t.a1 = f.reply(u"u2"_s, TaskType::AssistantReply, u"Canberra."_s);
    f.review(t.a1, TaskType::LabelAssistantReply, {u"u3"_s, u"u4"_s, u"u5"_s});
    t.a2 = f.reply(u"u3"_s, TaskType::AssistantReply, u"It is Canberra, not Sydney."_s);
    return t;
}

} // namespace

class tst_Availability : public QObject
{
    Q_OBJECT

private slots:
    void emptyDatabaseOffersOnlyPrompts()
    {
        EngineFixture f;
        f.addTeam(1);
        // min(10 missing growing + 100 review places, 250 lottery places) = 110.
        QCOMPARE(f.engine->availability(u"u1"_s, u"en"_s), expected(110, 0, 0, 0, 0, 0, 0));
        f.set(u"init_prompt_disabled_langs"_s, u"en"_s);
        QCOMPARE(f.engine->availability(u"u1"_s, u"en"_s), expected(0, 0, 0, 0, 0, 0, 0));
        QCOMPARE(f.engine->availability(u"u1"_s, u"de"_s), expected(110, 0, 0, 0, 0, 0, 0));
    }

    // The engine keeps the settings it read while their revision stays the same; a change made
    // through another connection (another annotator's program) counts from the next operation.
    void settingsChangedElsewhereCountAtOnce()
    {
        EngineFixture f;
        f.addTeam(1);
        QCOMPARE(f.engine->availability(u"u1"_s, u"en"_s), expected(110, 0, 0, 0, 0, 0, 0));
        auto otherDb = f.tdb.connect();
        Engine other(*otherDb, EngineOptions{});
        other.setSetting(u"admin"_s, u"init_prompt_disabled_langs"_s, u"en"_s);
        QCOMPARE(f.engine->availability(u"u1"_s, u"en"_s), expected(0, 0, 0, 0, 0, 0, 0));
        other.setSetting(u"admin"_s, u"init_prompt_disabled_langs"_s, u"de"_s);
        QCOMPARE(f.engine->availability(u"u1"_s, u"en"_s), expected(110, 0, 0, 0, 0, 0, 0));
        // And the engine's own change, read back by the other connection.
        f.set(u"max_active_trees"_s, u"20"_s);
        QCOMPARE(other.availability(u"u1"_s, u"en"_s), expected(120, 0, 0, 0, 0, 0, 0));
    }

    void promptUnderReview()
    {
        EngineFixture f;
        f.addTeam(3);
        f.prompt(u"u1"_s, u"Tell me a joke."_s);
        // One prompt under review: 10 + 99 review places.
        QCOMPARE(f.engine->availability(u"u2"_s, u"en"_s), expected(109, 0, 0, 1, 0, 0, 0));
        QCOMPARE(f.engine->availability(u"u1"_s, u"en"_s), expected(109, 0, 0, 0, 0, 0, 0)); // own prompt
        QCOMPARE(f.engine->availability(u"u2"_s, u"de"_s), expected(110, 0, 0, 0, 0, 0, 0)); // other language
    }

    void handComputedCountsPerUser_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<Counts>("counts");
        // One growing tree: 9 missing growing + 100 review places = 109 prompts.
        // u4 wrote nothing: R takes one more assistant reply (2 of 3 counted), A1 one prompter
        // reply, A2 awaits review.
        QTest::newRow("uninvolved") << u"u4"_s << expected(109, 1, 1, 0, 1, 0, 0);
        // u1 wrote R: replying to one's own message is allowed.
        QTest::newRow("root author") << u"u1"_s << expected(109, 1, 1, 0, 1, 0, 0);
        // u2 wrote A1: no second reply to R; may reply to A1 (own message); may review A2.
        QTest::newRow("author of A1") << u"u2"_s << expected(109, 0, 1, 0, 1, 0, 0);
        // u3 wrote A2: no second reply to R, no review of A2.
        QTest::newRow("author of A2") << u"u3"_s << expected(109, 0, 1, 0, 0, 0, 0);
    }

    void handComputedCountsPerUser()
    {
        QFETCH(QString, user);
        QFETCH(Counts, counts);
        EngineFixture f;
        f.addTeam(8);
        smallTree(f);
        QCOMPARE(f.engine->availability(user, u"en"_s), counts);
    }

    void openTasksReserveTheirSlots()
    {
        EngineFixture f;
        f.addTeam(8);
        const SmallTree t = smallTree(f);
        // Three reviewers take A2's three review places; a fourth sees none (§10.3).
        QList<Task> tasks;
        for (const QString &u : {u"u5"_s, u"u6"_s, u"u7"_s}) {
            tasks << f.request(u, TaskType::LabelAssistantReply);
            QCOMPARE(tasks.last().messageId, t.a2);
        }
        QCOMPARE(f.engine->availability(u"u8"_s, u"en"_s).value(u"label_assistant_reply"_s), 0);
        // A skip frees the place for others and hides A2 from the one who skipped.
        f.engine->skip(u"u5"_s, tasks[0].id, u"not my field"_s);
        QCOMPARE(f.engine->availability(u"u8"_s, u"en"_s).value(u"label_assistant_reply"_s), 1);
        QCOMPARE(f.engine->availability(u"u5"_s, u"en"_s).value(u"label_assistant_reply"_s), 0);
        // R has one reply place left (2 of 3 counted): an open reply task takes it.
        const Task reply = f.request(u"u4"_s, TaskType::AssistantReply);
        QCOMPARE(reply.parentId, t.root);
        QCOMPARE(f.engine->availability(u"u5"_s, u"en"_s).value(u"assistant_reply"_s), 0);
        // Expiry frees it again.
        f.tick(qint64(f.engine->settings().taskExpiryMinutes) * 60 * 1000 + 1);
        QCOMPARE(f.engine->availability(u"u5"_s, u"en"_s).value(u"assistant_reply"_s), 1);
    }

    void rejectedAndDeletedChildrenFreeTheirPlace()
    {
        EngineFixture f;
        f.addTeam(8);
        f.set(u"max_children_count"_s, u"1"_s);
        const QString root = f.prompt(u"u1"_s, u"Say hello."_s);
        f.review(root, TaskType::LabelInitialPrompt, {u"u2"_s, u"u3"_s, u"u4"_s});
        const QString a1 = f.reply(u"u2"_s, TaskType::AssistantReply, u"spam spam"_s);
        QCOMPARE(f.engine->availability(u"u5"_s, u"en"_s).value(u"assistant_reply"_s), 0);
        f.review(a1, TaskType::LabelAssistantReply, {u"u3"_s, u"u4"_s, u"u5"_s}, 3);
        // The only child was rejected: the parent takes new replies (§10.4).
        QCOMPARE(f.engine->availability(u"u5"_s, u"en"_s).value(u"assistant_reply"_s), 1);
        const QString a2 = f.reply(u"u5"_s, TaskType::AssistantReply, u"Hello!"_s);
        QCOMPARE(f.engine->availability(u"u6"_s, u"en"_s).value(u"assistant_reply"_s), 0);
        f.engine->deleteMessage(u"lead"_s, a2);
        QCOMPARE(f.engine->availability(u"u6"_s, u"en"_s).value(u"assistant_reply"_s), 1);
    }

    void replyInAnotherLanguageIsReviewedInThatLanguage()
    {
        EngineFixture f;
        f.addTeam(6);
        const QString root = f.prompt(u"u1"_s, u"Translate 'good morning' into German."_s);
        f.review(root, TaskType::LabelInitialPrompt, {u"u2"_s, u"u3"_s, u"u4"_s});
        const Task task = f.request(u"u2"_s, TaskType::AssistantReply);
        f.tick();
        const QString reply = f.engine->submit(u"u2"_s, task.id,
                                               QJsonObject{{u"text"_s, u"Guten Morgen."_s}, {u"lang"_s, u"de"_s}}).messageId;
        QCOMPARE(f.sql(u"SELECT lang FROM message WHERE id = ?"_s, {reply}).toString(), u"de"_s);
        QCOMPARE(f.engine->availability(u"u5"_s, u"en"_s).value(u"label_assistant_reply"_s), 0);
        QCOMPARE(f.engine->availability(u"u5"_s, u"de"_s).value(u"label_assistant_reply"_s), 1);
    }

    void rankingCountsAndNoSelfRanking()
    {
        EngineFixture f;
        f.addTeam(8);
        f.set(u"goal_tree_size"_s, u"3"_s);
        f.set(u"max_tree_depth"_s, u"1"_s);
        f.set(u"max_children_count"_s, u"2"_s);
        const SmallTree t = smallTree(f);
        f.review(t.a2, TaskType::LabelAssistantReply, {u"u4"_s, u"u5"_s, u"u6"_s});
        QCOMPARE(toString(f.engine->treeState(t.root)), u"ranking"_s);
        // u2 and u3 wrote the replies: no ranking for them; the root's author may rank.
        for (const QString &u : {u"u2"_s, u"u3"_s})
            QCOMPARE(f.engine->availability(u, u"en"_s).value(u"rank_assistant_replies"_s), 0);
        for (const QString &u : {u"u1"_s, u"u4"_s})
            QCOMPARE(f.engine->availability(u, u"en"_s).value(u"rank_assistant_replies"_s), 1);
        // Three open ranking tasks fill the group.
        for (const QString &u : {u"u1"_s, u"u4"_s, u"u5"_s})
            f.request(u, TaskType::RankAssistantReplies);
        QCOMPARE(f.engine->availability(u"u6"_s, u"en"_s).value(u"rank_assistant_replies"_s), 0);
    }

    void lonelyChildPreference()
    {
        // Two prompter parents: R with one accepted reply (lonely) and P, a prompter reply deeper
        // down with none. p = 1 always picks R; p = 0.75 picks R with 0.75 + 0.25 / 2.
        EngineFixture f;
        f.addTeam(8);
        f.set(u"task_expiry_minutes"_s, u"1"_s);
        const QString root = f.prompt(u"u1"_s, u"Recommend a book."_s);
        f.review(root, TaskType::LabelInitialPrompt, {u"u2"_s, u"u3"_s, u"u4"_s});
        const QString a1 = f.reply(u"u2"_s, TaskType::AssistantReply, u"Dune."_s);
        f.review(a1, TaskType::LabelAssistantReply, {u"u3"_s, u"u4"_s, u"u5"_s});
        const QString p = f.reply(u"u3"_s, TaskType::PrompterReply, u"Why Dune?"_s);
        f.review(p, TaskType::LabelPrompterReply, {u"u4"_s, u"u5"_s, u"u6"_s});
        int others = 0;
        auto draw = [&](int n) -> int {
            int lonely = 0;
            for (int i = 0; i < n; ++i) {
                const Task task = f.request(u"u7"_s, TaskType::AssistantReply);
                others += task.parentId != root && task.parentId != p;
                lonely += task.parentId == root;
                f.tick(301 * 1000); // the task expires and stops counting as pending
            }
            return lonely;
        };
        f.set(u"p_lonely_child_extension"_s, u"1"_s);
        QCOMPARE(draw(50), 50);
        QCOMPARE(others, 0);
        f.set(u"p_lonely_child_extension"_s, u"0.75"_s);
        const int n = 600;
        QString why;
        const int lonely = draw(n);
        QVERIFY2(withinBounds(lonely, n, 0.875, &why), qPrintable(why));
    }

    void labelModeDiceForExplicitRequests()
    {
        // §10.2: the configured probability applies to explicit requests too.
        EngineFixture f;
        f.addTeam(8);
        f.set(u"task_expiry_minutes"_s, u"1"_s);
        f.set(u"p_full_labeling_review_reply_prompter"_s, u"0.25"_s);
        const QString root = f.prompt(u"u1"_s, u"Recommend a film."_s);
        f.review(root, TaskType::LabelInitialPrompt, {u"u2"_s, u"u3"_s, u"u4"_s});
        const QString a1 = f.reply(u"u2"_s, TaskType::AssistantReply, u"Alien."_s);
        f.review(a1, TaskType::LabelAssistantReply, {u"u3"_s, u"u4"_s, u"u5"_s});
        f.reply(u"u3"_s, TaskType::PrompterReply, u"Something lighter?"_s);
        const int n = 600;
        int full = 0;
        for (int i = 0; i < n; ++i) {
            const Task task = f.request(u"u7"_s, TaskType::LabelPrompterReply);
            if (task.mode == LabelMode::Full) {
                ++full;
                QCOMPARE(task.validLabels.size(), 11);
            } else {
                QCOMPARE(task.validLabels, (QStringList{u"spam"_s, u"lang_mismatch"_s, u"quality"_s}));
            }
            QCOMPARE(task.mandatoryLabels, QStringList{u"spam"_s});
            f.tick(301 * 1000);
        }
        QString why;
        QVERIFY2(withinBounds(full, n, 0.25, &why), qPrintable(why));
    }

    void randomDrawFrequencies()
    {
        // Everything available at once: a tree in ranking, a growing tree with a reply under
        // review and room for replies, a prompt under review, and prompts.
        EngineFixture f(7);
        f.addTeam(9);
        f.set(u"task_expiry_minutes"_s, u"1"_s);
        f.set(u"goal_tree_size"_s, u"3"_s);
        f.set(u"max_tree_depth"_s, u"1"_s);
        f.set(u"max_children_count"_s, u"2"_s);
        const SmallTree ranked = smallTree(f);
        f.review(ranked.a2, TaskType::LabelAssistantReply, {u"u4"_s, u"u5"_s, u"u6"_s});
        QCOMPARE(toString(f.engine->treeState(ranked.root)), u"ranking"_s);
        f.set(u"goal_tree_size"_s, u"12"_s);
        const QString growing = f.prompt(u"u1"_s, u"Explain recursion."_s);
        f.review(growing, TaskType::LabelInitialPrompt, {u"u2"_s, u"u3"_s, u"u4"_s});
        f.reply(u"u2"_s, TaskType::AssistantReply, u"See recursion."_s);
        f.prompt(u"u1"_s, u"What is a monad?"_s);
        const Counts before = f.engine->availability(u"u9"_s, u"en"_s);
        QVERIFY(before.value(u"rank_assistant_replies"_s) > 0);
        QVERIFY(before.value(u"label_assistant_reply"_s) > 0);
        QVERIFY(before.value(u"label_initial_prompt"_s) > 0);
        QVERIFY(before.value(u"assistant_reply"_s) > 0);
        QVERIFY(before.value(u"initial_prompt"_s) > 0);

        const int n = 1000;
        QMap<TaskKind, int> drawn;
        for (int i = 0; i < n; ++i) {
            const Task task = f.engine->requestTask(u"u9"_s, std::nullopt, u"en"_s);
            drawn[kindOf(task.type)] += 1;
            f.tick(301 * 1000);
        }
        const double total = 22.01;
        const QList<std::pair<TaskKind, double>> weights = {{TaskKind::Ranking, 10}, {TaskKind::LabelReply, 5},
                                                            {TaskKind::LabelPrompt, 5}, {TaskKind::Reply, 2},
                                                            {TaskKind::Prompt, 0.01}};
        for (const auto &[kind, weight] : weights) {
            QString why;
            QVERIFY2(withinBounds(drawn.value(kind), n, weight / total, &why), qPrintable(why));
        }
    }
};

QTEST_GUILESS_MAIN(tst_Availability)
#include "tst_availability.moc"
