// Facts and derived state (Engine::recomputeDerived): databases the workflow, the generator and
// the simulator made agree with their facts; every corruption of a derived value is reported
// exactly (table, id, column, stored, recomputed), and a repair restores the original values.

#include "engine/generator.h"
#include "engine/simulator.h"
#include "enginefixture.h"
#include "store/database.h"

#include <QRandomGenerator>
#include <QSet>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Arborist;
using namespace Arborist::Test;

namespace {

QString valueText(const QVariant &v)
{
    return v.isNull() ? u"null"_s : v.toString();
}

QString valueText(const QJsonValue &v)
{
    if (v.isNull())
        return u"null"_s;
    if (v.isBool())
        return v.toBool() ? u"1"_s : u"0"_s;
    if (v.isDouble())
        return QString::number(v.toInteger());
    return v.toString();
}

QString keyOf(const QString &table, const QString &id, const QString &column)
{
    return table + u' ' + id + u' ' + column;
}

// Every derived value in the database, by "table id column" (emoji_count: the emoji as column).
QMap<QString, QString> derivedValues(Database &db)
{
    QMap<QString, QString> values;
    const QStringList columns{u"children_count"_s, u"review_count"_s, u"review_result"_s, u"ranking_count"_s,
                              u"rank"_s};
    for (const Row &r : db.rows(u"SELECT id, children_count, review_count, review_result, ranking_count, rank "
                                "FROM message"_s)) {
        for (int i = 0; i < columns.size(); ++i)
            values.insert(keyOf(u"message"_s, r[0].toString(), columns[i]), valueText(r[i + 1]));
    }
    for (const Row &r : db.rows(u"SELECT id, state, active FROM tree"_s)) {
        values.insert(keyOf(u"tree"_s, r[0].toString(), u"state"_s), r[1].toString());
        values.insert(keyOf(u"tree"_s, r[0].toString(), u"active"_s), valueText(r[2]));
    }
    for (const Row &r : db.rows(u"SELECT message_id, emoji, count FROM emoji_count"_s))
        values.insert(keyOf(u"emoji_count"_s, r[0].toString(), r[1].toString()), valueText(r[2]));
    return values;
}

QString describe(const DerivedReport &report)
{
    QStringList lines;
    for (const DerivedDifference &d : report.differences)
        lines << keyOf(d.table, d.id, d.column) + u": "_s + valueText(d.stored) + u" -> "_s + valueText(d.recomputed);
    return lines.join(u'\n');
}

const QStringList kReviewers = {u"u2"_s, u"u3"_s, u"u4"_s};

} // namespace

class tst_Repair : public QObject
{
    Q_OBJECT

    static void verifyConsistent(EngineFixture &f)
    {
        const DerivedReport report = f.engine->recomputeDerived(false);
        QVERIFY2(report.ok(), qPrintable(describe(report)));
        const InvariantReport invariants = f.engine->checkInvariants();
        QVERIFY2(invariants.ok(), qPrintable(invariants.violations.join(u'\n')));
    }

    static void generate(EngineFixture &f, int trees, quint64 seed, double lonePrompts = 0)
    {
        GeneratorOptions options;
        options.settings = f.engine->settings();
        options.lonePromptShare = lonePrompts;
        Generator(*f.db, options).run(trees, seed);
    }

private slots:
    void initTestCase() { qInfo("backend: %s", qPrintable(backendName())); }

    void emptyDatabaseIsConsistent()
    {
        EngineFixture f;
        const DerivedReport report = f.engine->recomputeDerived(false);
        QVERIFY(report.ok());
        QCOMPARE(report.trees, 0);
        QCOMPARE(report.messages, 0);
    }

    // (a) Trees in many states, made by the workflow alone: prompts accepted and rejected,
    // replies accepted, rejected and under review, rankings and ranks, emojis added and
    // removed, skips, reports, moderation, an import and a purge.
    void workflowDatabaseHasNoDifferences()
    {
        EngineFixture f;
        f.addTeam(9);
        smallTrees(f);

        // A tree ranked and scored: ready_for_export.
        const QString exported = f.prompt(u"u1"_s, u"What is a binary search tree?"_s);
        QVERIFY(f.review(exported, TaskType::LabelInitialPrompt, kReviewers));
        const QString a1 = acceptedReply(f, u"u2"_s, {u"u3"_s, u"u4"_s, u"u5"_s}, u"A sorted binary tree."_s);
        const QString a2 = acceptedReply(f, u"u3"_s, {u"u4"_s, u"u5"_s, u"u6"_s}, u"Smaller keys go left."_s);
        QVERIFY(!a1.isEmpty() && !a2.isEmpty());
        for (const QString &ranker : {u"u4"_s, u"u5"_s, u"u1"_s}) {
            f.rank(ranker, TaskType::RankAssistantReplies, [&](const Task &) {
                return ranker == "u1"_L1 ? QStringList{a1, a2} : QStringList{a2, a1};
            });
        }
        QCOMPARE(toString(f.engine->treeState(exported)), u"ready_for_export"_s);
        QCOMPARE(f.sql(u"SELECT rank FROM message WHERE id = ?"_s, {a2}).toInt(), 0);
        verifyConsistent(f);

        // A rejected prompt.
        const QString rejected = f.prompt(u"u5"_s, u"buy cheap watches"_s);
        QVERIFY(f.review(rejected, TaskType::LabelInitialPrompt, kReviewers, 2));
        QCOMPARE(toString(f.engine->treeState(rejected)), u"aborted_low_grade"_s);

        // A growing tree: one reply rejected, one under review; emojis, a skip, a report.
        const QString growing = f.prompt(u"u6"_s, u"How do tides work?"_s);
        QVERIFY(f.review(growing, TaskType::LabelInitialPrompt, kReviewers));
        const QString poor = f.reply(u"u7"_s, TaskType::AssistantReply, u"Because of the wind."_s);
        QVERIFY(f.review(poor, TaskType::LabelAssistantReply, {u"u2"_s, u"u3"_s, u"u4"_s}, 2));
        QCOMPARE(f.sql(u"SELECT review_result FROM message WHERE id = ?"_s, {poor}).toInt(), 0);
        const QString pending = f.reply(u"u8"_s, TaskType::AssistantReply, u"The moon pulls the oceans."_s);
        QVERIFY(f.review(pending, TaskType::LabelAssistantReply, {u"u2"_s}));
        QCOMPARE(toString(f.engine->treeState(growing)), u"growing"_s);
        f.engine->addEmoji(u"u2"_s, pending, u"+1"_s);
        f.engine->addEmoji(u"u3"_s, pending, u"+1"_s);
        f.engine->addEmoji(u"u4"_s, pending, u"+1"_s);
        f.engine->removeEmoji(u"u3"_s, pending, u"+1"_s);
        f.engine->addEmoji(u"u3"_s, pending, u"-1"_s); // replaces nothing: u3 took their +1 back
        f.engine->addEmoji(u"u5"_s, a1, u"heart_eyes"_s);
        f.engine->report(u"u6"_s, pending, {{u"spam"_s, 0.0}, {u"pii"_s, 1.0}}, u"names a person"_s);
        const Task skipped = f.request(u"u5"_s, TaskType::LabelAssistantReply);
        QCOMPARE(skipped.messageId, pending);
        f.engine->skip(u"u5"_s, skipped.id, u"not my field"_s);
        verifyConsistent(f);

        // Moderation: a delete and an undelete, a halt and an unhalt, an edit.
        f.engine->deleteMessage(u"lead"_s, pending, u"checking"_s);
        f.engine->undeleteMessage(u"lead"_s, pending, u"fine after all"_s);
        f.engine->haltTree(u"lead"_s, growing, u"pause"_s);
        f.engine->unhaltTree(u"lead"_s, growing, u"go on"_s);
        f.engine->editMessage(u"lead"_s, a1, u"A sorted binary tree, left smaller."_s);
        QCOMPARE(toString(f.engine->treeState(growing)), u"growing"_s);

        // A prompt waiting in the lottery, and one under review.
        f.set(u"max_active_trees"_s, u"0"_s);
        const QString waiting = f.prompt(u"u7"_s, u"Why is the sky blue?"_s);
        QVERIFY(f.review(waiting, TaskType::LabelInitialPrompt, {u"u3"_s, u"u4"_s, u"u5"_s}));
        const QString underReview = f.prompt(u"u9"_s, u"Name three prime numbers."_s);
        QVERIFY(f.review(underReview, TaskType::LabelInitialPrompt, {u"u2"_s}));
        QCOMPARE(toString(f.engine->treeState(waiting)), u"prompt_lottery_waiting"_s);
        QCOMPARE(toString(f.engine->treeState(underReview)), u"initial_prompt_review"_s);

        // An imported tree waiting in the ranking backlog.
        QRandomGenerator rng(7);
        const QString imported =
            f.engine->insertImportedTree(Generator::importedNode(rng, false, 0), TreeState::BacklogRanking, u"test"_s);
        QCOMPARE(toString(f.engine->treeState(imported)), u"backlog_ranking"_s);
        verifyConsistent(f);

        // A purge: u8's pending reply goes, the growing tree is revived.
        f.engine->purgeUser(u"admin"_s, u"u8"_s, true);
        verifyConsistent(f);
        // Nothing to repair: no write, no audit entry.
        const int audited = f.sql(u"SELECT COUNT(*) FROM audit_log"_s).toInt();
        const DerivedReport repaired = f.engine->recomputeDerived(true, u"lead"_s);
        QVERIFY(repaired.ok());
        QCOMPARE(repaired.repaired, 0);
        QCOMPARE(f.sql(u"SELECT COUNT(*) FROM audit_log"_s).toInt(), audited);
        QCOMPARE(repaired.trees, f.sql(u"SELECT COUNT(*) FROM tree"_s).toInt());
        QCOMPARE(repaired.messages, f.sql(u"SELECT COUNT(*) FROM message"_s).toLongLong());
    }

    // (a) A generated corpus in every state, imported backlog trees included.
    void generatedCorpusHasNoDifferences()
    {
        EngineFixture f;
        f.addTeam(2);
        generate(f, 100, 17);
        generate(f, 40, 18, 0.6);
        QCOMPARE(f.sql(u"SELECT COUNT(*) FROM tree"_s).toInt(), 140);
        verifyConsistent(f);
    }

    // (b) Each corruption is reported as itself, and the repair restores what was there.
    void corruptionsAreReportedAndRepaired()
    {
        EngineFixture f;
        f.addTeam(2);
        generate(f, 100, 23);
        verifyConsistent(f);
        const QMap<QString, QString> original = derivedValues(*f.db);
        QMap<QString, QString> corrupted; // key → the value written
        auto first = [&](const QString &sql, const QVariantList &binds = {}) {
            const QVariant v = f.sql(sql, binds);
            if (!v.isValid() || v.toString().isEmpty())
                qFatal("no row for %s", qPrintable(sql));
            return v.toString();
        };
        auto corrupt = [&](const QString &table, const QString &id, const QString &column, const QVariant &value) {
            if (table == "emoji_count"_L1) {
                if (value.isNull())
                    f.db->exec(u"DELETE FROM emoji_count WHERE message_id = ? AND emoji = ?"_s, {id, column});
                else if (f.db->exec(u"UPDATE emoji_count SET count = ? WHERE message_id = ? AND emoji = ?"_s,
                                    {value, id, column}) == 0)
                    f.db->exec(u"INSERT INTO emoji_count (message_id, emoji, count) VALUES (?, ?, ?)"_s,
                               {id, column, value});
            } else {
                f.db->exec(u"UPDATE "_s + table + u" SET "_s + column + u" = ? WHERE id = ?"_s, {value, id});
            }
            corrupted.insert(keyOf(table, id, column), valueText(value));
        };

        // Two exported trees, and one of their sibling groups ranked best and second.
        const QString exported = first(u"SELECT id FROM tree WHERE state = 'ready_for_export' AND origin IS NULL "
                                       "ORDER BY id"_s);
        const QString exported2 = first(u"SELECT id FROM tree WHERE state = 'ready_for_export' AND origin IS NULL "
                                        "AND id > ? ORDER BY id"_s, {exported});
        const QString best = first(u"SELECT id FROM message WHERE tree_id = ? AND rank = 0 ORDER BY id"_s, {exported});
        const QString group = first(u"SELECT parent_id FROM message WHERE id = ?"_s, {best});
        const QString second = first(u"SELECT id FROM message WHERE parent_id = ? AND rank = 1"_s, {group});
        const QString prompterReply = first(u"SELECT id FROM message WHERE tree_id = ? AND role = 'prompter' AND "
                                            "parent_id IS NOT NULL ORDER BY id"_s, {exported});
        // Counters.
        corrupt(u"message"_s, exported, u"children_count"_s, 7);
        corrupt(u"message"_s, best, u"ranking_count"_s, 1);
        corrupt(u"message"_s, exported2, u"review_count"_s, 2); // the prompt's
        // Review results: an accepted reply rejected, an undecided one accepted.
        const QString accepted = first(u"SELECT id FROM message WHERE tree_id = ? AND parent_id IS NOT NULL AND "
                                       "review_result = 1 ORDER BY id"_s, {exported2});
        corrupt(u"message"_s, accepted, u"review_result"_s, 0);
        const QString undecided = first(u"SELECT m.id FROM message m JOIN tree t ON t.id = m.tree_id WHERE "
                                        "t.state = 'halted_by_moderator' AND m.review_result IS NULL ORDER BY m.id"_s);
        corrupt(u"message"_s, undecided, u"review_result"_s, 1);
        // Ranks: best and second swapped, and a rank where nobody ranked.
        corrupt(u"message"_s, best, u"rank"_s, 1);
        corrupt(u"message"_s, second, u"rank"_s, 0);
        corrupt(u"message"_s, prompterReply, u"rank"_s, 0);
        // Emoji counts: one changed, one invented, one lost.
        const QString skipped1 = first(u"SELECT c.message_id FROM emoji_count c JOIN message m ON m.id = c.message_id "
                                       "WHERE m.task_id IS NOT NULL AND c.emoji = '_skip_labeling' ORDER BY 1"_s);
        const QString skipped2 = first(u"SELECT c.message_id FROM emoji_count c JOIN message m ON m.id = c.message_id "
                                       "WHERE m.task_id IS NOT NULL AND c.emoji = '_skip_labeling' AND c.message_id > ? "
                                       "ORDER BY 1"_s, {skipped1});
        corrupt(u"emoji_count"_s, skipped1, u"_skip_labeling"_s, 4);
        corrupt(u"emoji_count"_s, skipped2, u"_skip_labeling"_s, QVariant(QMetaType(QMetaType::Int)));
        corrupt(u"emoji_count"_s, best, u"+1"_s, 2);
        // Tree states: a scored tree back in ranking, a prompt under review in the lottery, a
        // growing tree under review again, a halted tree active.
        corrupt(u"tree"_s, exported2, u"state"_s, u"ranking"_s);
        const QString review = first(u"SELECT id FROM tree WHERE state = 'initial_prompt_review' ORDER BY id"_s);
        corrupt(u"tree"_s, review, u"state"_s, u"prompt_lottery_waiting"_s);
        const QString growing = first(u"SELECT id FROM tree WHERE state = 'growing' ORDER BY id"_s);
        corrupt(u"tree"_s, growing, u"state"_s, u"initial_prompt_review"_s);
        const QString halted = first(u"SELECT id FROM tree WHERE state = 'halted_by_moderator' ORDER BY id"_s);
        corrupt(u"tree"_s, halted, u"active"_s, 1);
        QCOMPARE(corrupted.size(), 15);

        // Reported exactly: every corruption, nothing else, with the value stored now and the
        // original one as recomputed.
        const DerivedReport report = f.engine->recomputeDerived(false);
        QMap<QString, std::pair<QString, QString>> found;
        for (const DerivedDifference &d : report.differences)
            found.insert(keyOf(d.table, d.id, d.column), {valueText(d.stored), valueText(d.recomputed)});
        QVERIFY2(found.size() == report.differences.size(), qPrintable(describe(report)));
        QCOMPARE(QStringList(found.keys()), QStringList(corrupted.keys()));
        for (auto it = corrupted.cbegin(); it != corrupted.cend(); ++it) {
            QCOMPARE(found.value(it.key()).first, it.value());
            QCOMPARE(found.value(it.key()).second, original.value(it.key(), u"null"_s));
        }
        QVERIFY(report.notes.isEmpty());

        // An annotator may not repair; a lead may, and every value written is audited.
        ARB_EXPECT_REFUSAL(ErrorCode::PermissionDenied, f.engine->recomputeDerived(true, u"u1"_s));
        QCOMPARE(derivedValues(*f.db).value(keyOf(u"message"_s, best, u"rank"_s)), u"1"_s);
        const DerivedReport repaired = f.engine->recomputeDerived(true, u"lead"_s);
        QCOMPARE(repaired.repaired, int(corrupted.size()));
        QCOMPARE(repaired.differences.size(), corrupted.size());
        QCOMPARE(derivedValues(*f.db), original);
        QCOMPARE(f.sql(u"SELECT COUNT(*) FROM audit_log a JOIN app_user u ON u.id = a.user_id WHERE a.action = "
                       "'repair' AND u.name = 'lead'"_s).toInt(),
                 int(corrupted.size()));
        QCOMPARE(f.sql(u"SELECT before_value FROM audit_log WHERE action = 'repair' AND object_type = 'message' "
                       "AND object_id = ? AND before_value LIKE 'children_count=%'"_s, {exported}).toString(),
                 u"children_count=7"_s);
        verifyConsistent(f);
    }

    // A repair without an actor is the system's; counters the invariants check are fixed too.
    void systemRepairFixesWhatTheInvariantsSee()
    {
        EngineFixture f;
        f.addTeam(6);
        smallTrees(f);
        const QString tree = f.prompt(u"u1"_s, u"What is entropy?"_s);
        QVERIFY(f.review(tree, TaskType::LabelInitialPrompt, kReviewers));
        const QString a1 = acceptedReply(f, u"u2"_s, {u"u3"_s, u"u4"_s, u"u5"_s}, u"Disorder, loosely."_s);
        QVERIFY(!a1.isEmpty());
        f.db->exec(u"UPDATE message SET children_count = 0, review_count = 5 WHERE id = ?"_s, {tree});
        QVERIFY(!f.engine->checkInvariants().ok());
        const DerivedReport repaired = f.engine->recomputeDerived(true);
        QCOMPARE(repaired.repaired, 2);
        QVERIFY(f.sql(u"SELECT user_id FROM audit_log WHERE action = 'repair' AND object_id = ?"_s, {tree}).isNull());
        QCOMPARE(f.sql(u"SELECT COUNT(*) FROM audit_log WHERE action = 'repair'"_s).toInt(), 2);
        verifyConsistent(f);
    }

    // States the workflow must have reached are recomputed through its own transitions: a
    // growing tree whose goal was reached is ranked and, its rankings complete, scored.
    void treeStatesFollowTheFacts()
    {
        EngineFixture f;
        f.addTeam(8);
        smallTrees(f);
        const QString tree = f.prompt(u"u1"_s, u"What is a monad?"_s);
        QVERIFY(f.review(tree, TaskType::LabelInitialPrompt, kReviewers));
        const QString a1 = acceptedReply(f, u"u2"_s, {u"u3"_s, u"u4"_s, u"u5"_s}, u"A monoid of endofunctors."_s);
        const QString a2 = acceptedReply(f, u"u3"_s, {u"u4"_s, u"u5"_s, u"u6"_s}, u"A way to chain effects."_s);
        for (const QString &ranker : {u"u4"_s, u"u5"_s, u"u1"_s})
            f.rank(ranker, TaskType::RankAssistantReplies, [&](const Task &) { return QStringList{a1, a2}; });
        QCOMPARE(toString(f.engine->treeState(tree)), u"ready_for_export"_s);
        const QMap<QString, QString> original = derivedValues(*f.db);

        // Back to growing, without ranks: T5, T7 and the consensus bring it all back.
        f.db->exec(u"UPDATE tree SET state = 'growing', active = 1 WHERE id = ?"_s, {tree});
        f.db->exec(u"UPDATE message SET rank = NULL WHERE tree_id = ?"_s, {tree});
        const DerivedReport report = f.engine->recomputeDerived(false);
        QCOMPARE(report.differences.size(), 4);
        QStringList keys;
        for (const DerivedDifference &d : report.differences)
            keys << keyOf(d.table, d.id, d.column);
        QCOMPARE(keys, (QStringList{keyOf(u"tree"_s, tree, u"state"_s), keyOf(u"tree"_s, tree, u"active"_s),
                                    keyOf(u"message"_s, std::min(a1, a2), u"rank"_s),
                                    keyOf(u"message"_s, std::max(a1, a2), u"rank"_s)}));
        QCOMPARE(report.differences[0].recomputed.toString(), u"ready_for_export"_s);
        QCOMPARE(f.engine->recomputeDerived(true).repaired, 4);
        QCOMPARE(derivedValues(*f.db), original);

        // A rejected prompt's tree cannot wait in the lottery.
        const QString bad = f.prompt(u"u6"_s, u"cheap pills"_s);
        QVERIFY(f.review(bad, TaskType::LabelInitialPrompt, {u"u2"_s, u"u3"_s, u"u4"_s}, 3));
        f.db->exec(u"UPDATE tree SET state = 'prompt_lottery_waiting' WHERE id = ?"_s, {bad});
        const DerivedReport aborted = f.engine->recomputeDerived(false);
        QCOMPARE(aborted.differences.size(), 1);
        QCOMPARE(aborted.differences[0].recomputed.toString(), u"aborted_low_grade"_s);
        f.engine->recomputeDerived(true, u"admin"_s);
        QCOMPARE(toString(f.engine->treeState(bad)), u"aborted_low_grade"_s);
        verifyConsistent(f);
    }

    // A review decided under other settings is not judged by the current ones.
    void reviewSettingChangesAreNotDifferences()
    {
        EngineFixture f;
        f.addTeam(6);
        const QString tree = f.prompt(u"u1"_s, u"Explain recursion."_s);
        QVERIFY(f.review(tree, TaskType::LabelInitialPrompt, {u"u2"_s, u"u3"_s, u"u4"_s}, 1)); // score 0.667
        QCOMPARE(f.sql(u"SELECT review_result FROM message WHERE id = ?"_s, {tree}).toInt(), 1);
        f.tick();
        f.set(u"acceptance_threshold_initial_prompt"_s, u"0.9"_s);
        const DerivedReport report = f.engine->recomputeDerived(false);
        QVERIFY2(report.ok(), qPrintable(describe(report)));
        QCOMPARE(report.notes.size(), 1);
        // A prompt reviewed after the change is checked with it.
        f.tick();
        const QString later = f.prompt(u"u5"_s, u"Explain iteration."_s);
        QVERIFY(f.review(later, TaskType::LabelInitialPrompt, {u"u2"_s, u"u3"_s, u"u4"_s}, 1));
        QCOMPARE(f.sql(u"SELECT review_result FROM message WHERE id = ?"_s, {later}).toInt(), 0);
        f.db->exec(u"UPDATE message SET review_result = 1 WHERE id = ?"_s, {later});
        const DerivedReport wrong = f.engine->recomputeDerived(false);
        QCOMPARE(wrong.differences.size(), 1);
        QCOMPARE(wrong.differences[0].id, later);
        QCOMPARE(wrong.differences[0].column, u"review_result"_s);
        QCOMPARE(wrong.differences[0].recomputed, QJsonValue(false));
    }

    // (c) Simulated annotators working through the engine leave nothing to repair.
    void simulationHasNoDifferences()
    {
        EngineFixture f(5);
        f.addTeam(8);
        f.set(u"goal_tree_size"_s, u"4"_s);
        f.set(u"max_tree_depth"_s, u"2"_s);
        f.set(u"max_active_trees"_s, u"3"_s);
        SimulationOptions options;
        for (int i = 1; i <= 8; ++i)
            options.users << u"u%1"_s.arg(i);
        options.maxActions = 1500;
        options.seed = 3;
        options.idleMs = 0;
        const SimulationResult r = Simulator(*f.engine, options).run();
        QCOMPARE(r.errors, 0);
        qInfo("%lld actions: %d prompts, %d replies, %d labels, %d rankings, %d skips; %d trees, %d ready for export",
              r.actions, r.stored.value(u"prompt"_s), r.stored.value(u"reply"_s), r.stored.value(u"label"_s),
              r.stored.value(u"ranking"_s), r.stored.value(u"skip"_s), f.sql(u"SELECT COUNT(*) FROM tree"_s).toInt(),
              f.sql(u"SELECT COUNT(*) FROM tree WHERE state = 'ready_for_export'"_s).toInt());
        QVERIFY(r.stored.value(u"ranking"_s) > 0);
        QVERIFY(f.sql(u"SELECT COUNT(*) FROM tree WHERE state = 'ready_for_export'"_s).toInt() > 0);
        QVERIFY(f.sql(u"SELECT COUNT(*) FROM message WHERE rank IS NOT NULL"_s).toInt() > 0);
        QVERIFY(f.sql(u"SELECT COUNT(*) FROM emoji_count"_s).toInt() > 0);
        verifyConsistent(f);
    }
};

QTEST_GUILESS_MAIN(tst_Repair)
#include "tst_repair.moc"
