#include "core/settings.h"

#include <QSet>
#include <QTest>

#include "core/labels.h"
#include "core/types.h"

using namespace Qt::StringLiterals;
using namespace Arborist;

namespace {

// WORKFLOW.md §4.1 / §2, in order.
const QStringList initialPromptLabels =
    u"spam,lang_mismatch,quality,creativity,humor,toxicity,violence,not_appropriate,pii,"
    u"hate_speech,sexual_content"_s.split(u',');
const QStringList assistantReplyLabels =
    u"spam,lang_mismatch,fails_task,quality,helpfulness,creativity,humor,toxicity,violence,"
    u"not_appropriate,pii,hate_speech,sexual_content"_s.split(u',');
const QStringList prompterReplyLabels = initialPromptLabels;

struct Row
{
    const char *key;
    QString defaultText; // canonical text of WORKFLOW.md §2's default
    QString otherInput;  // a valid, different value
    QString otherText;   // its canonical text
};

// WORKFLOW.md §2's TreeManagerConfiguration table (in its order), then Arborist's own settings
// (OA's TASK_VALIDITY_MINUTES, MESSAGE_SIZE_LIMIT, DUPLICATE_MESSAGE_FILTER_WINDOW_MINUTES).
// Doubles are written in canonical form: OA's 1.0 is "1".
const QList<Row> &table()
{
    static const QList<Row> rows = {
        {"max_active_trees", u"10"_s, u"25"_s, u"25"_s},
        {"max_initial_prompt_review", u"100"_s, u"7"_s, u"7"_s},
        {"max_tree_depth", u"3"_s, u"5"_s, u"5"_s},
        {"max_children_count", u"3"_s, u"4"_s, u"4"_s},
        {"num_prompter_replies", u"1"_s, u"2"_s, u"2"_s},
        {"goal_tree_size", u"12"_s, u"15"_s, u"15"_s},
        {"random_goal_tree_size", u"false"_s, u"yes"_s, u"true"_s},
        {"min_goal_tree_size", u"5"_s, u"6"_s, u"6"_s},
        {"num_reviews_initial_prompt", u"3"_s, u"4"_s, u"4"_s},
        {"num_reviews_reply", u"3"_s, u" 5 "_s, u"5"_s},
        {"auto_mod_enabled", u"true"_s, u"off"_s, u"false"_s},
        {"auto_mod_max_skip_reply", u"25"_s, u"30"_s, u"30"_s},
        {"auto_mod_red_flags", u"4"_s, u"3"_s, u"3"_s},
        {"p_full_labeling_review_prompt", u"1"_s, u"0.5"_s, u"0.5"_s},
        {"p_full_labeling_review_reply_assistant", u"1"_s, u"0.90"_s, u"0.9"_s},
        {"p_full_labeling_review_reply_prompter", u"0.25"_s, u"0.1"_s, u"0.1"_s},
        {"acceptance_threshold_initial_prompt", u"0.6"_s, u"0.7"_s, u"0.7"_s},
        {"acceptance_threshold_reply", u"0.6"_s, u" 0.50 "_s, u"0.5"_s},
        {"num_required_rankings", u"3"_s, u"5"_s, u"5"_s},
        {"p_activate_backlog_tree", u"0.1"_s, u"0"_s, u"0"_s},
        {"min_active_rankings_per_lang", u"0"_s, u"10"_s, u"10"_s},
        {"labels_initial_prompt", initialPromptLabels.join(u','), u"spam, quality"_s,
         u"spam,quality"_s},
        {"labels_assistant_reply", assistantReplyLabels.join(u','), u"spam,fails_task"_s,
         u"spam,fails_task"_s},
        {"labels_prompter_reply", prompterReplyLabels.join(u','), u"spam"_s, u"spam"_s},
        {"mandatory_labels_initial_prompt", u"spam"_s, u"spam,lang_mismatch"_s,
         u"spam,lang_mismatch"_s},
        {"mandatory_labels_assistant_reply", u"spam"_s, u"quality"_s, u"quality"_s},
        {"mandatory_labels_prompter_reply", u"spam"_s, u"pii"_s, u"pii"_s},
        {"rank_prompter_replies", u"false"_s, u"1"_s, u"true"_s},
        {"lonely_children_count", u"2"_s, u"3"_s, u"3"_s},
        {"p_lonely_child_extension", u"0.75"_s, u"0.25"_s, u"0.25"_s},
        {"recent_tasks_span_sec", u"300"_s, u"600"_s, u"600"_s},
        {"max_pending_tasks_per_user", u"8"_s, u"10"_s, u"10"_s},
        {"max_prompt_lottery_waiting", u"250"_s, u"1000"_s, u"1000"_s},
        {"init_prompt_disabled_langs", QString(), u"de, fr"_s, u"de,fr"_s},
        {"task_expiry_minutes", u"2880"_s, u"60"_s, u"60"_s},
        {"message_size_limit", u"2000"_s, u"4000"_s, u"4000"_s},
        {"duplicate_message_window_minutes", u"120"_s, u"0"_s, u"0"_s},
    };
    return rows;
}

} // namespace

class tst_Settings final : public QObject
{
    Q_OBJECT

private slots:
    // WorkflowSettings
    void keysAreTheTable();
    void defaults_data();
    void defaults();
    void typedDefaults();
    void labelLists();
    void normalize_data();
    void normalize();
    void normalizeWithoutErrorPointer();
    void setChangesOnlyThatKey_data();
    void setChangesOnlyThatKey();
    void setRejectsInvalid_data();
    void setRejectsInvalid();
    void setUpdatesTypedMembers();
    void simpleLabels_data();
    void simpleLabels();
    void childLimit_data();
    void childLimit();
    void everySpecIsDescribed();

    // types.h
    void treeStates_data();
    void treeStates();
    void treeStateNames();
    void unknownNamesAreRejected();
    void taskTypes_data();
    void taskTypes();
    void roles();
};

void tst_Settings::keysAreTheTable()
{
    QStringList expected;
    for (const Row &row : table())
        expected << QString::fromLatin1(row.key);
    QStringList actual;
    for (const SettingSpec &spec : WorkflowSettings::specs())
        actual << spec.key;
    QCOMPARE(actual, expected);
    QCOMPARE(QSet<QString>(actual.begin(), actual.end()).size(), actual.size());
    QCOMPARE(WorkflowSettings().values().keys().size(), expected.size());
}

void tst_Settings::defaults_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("expected");
    for (const Row &row : table())
        QTest::newRow(row.key) << QString::fromLatin1(row.key) << row.defaultText;
}

void tst_Settings::defaults()
{
    QFETCH(QString, key);
    QFETCH(QString, expected);
    const WorkflowSettings settings;
    QCOMPARE(settings.value(key), expected);
    QCOMPARE(settings.values().value(key), expected);
    const SettingSpec *spec = WorkflowSettings::spec(key);
    QVERIFY(spec);
    QCOMPARE(spec->key, key);
    QCOMPARE(spec->defaultValue, expected);
    // The default is itself a valid, canonical value.
    QString error;
    QCOMPARE(WorkflowSettings::normalize(key, expected, &error), std::optional(expected));
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void tst_Settings::typedDefaults()
{
    const WorkflowSettings s;
    QCOMPARE(s.maxActiveTrees, 10);
    QCOMPARE(s.maxInitialPromptReview, 100);
    QCOMPARE(s.maxTreeDepth, 3);
    QCOMPARE(s.maxChildrenCount, 3);
    QCOMPARE(s.numPrompterReplies, 1);
    QCOMPARE(s.goalTreeSize, 12);
    QCOMPARE(s.randomGoalTreeSize, false);
    QCOMPARE(s.minGoalTreeSize, 5);
    QCOMPARE(s.numReviewsInitialPrompt, 3);
    QCOMPARE(s.numReviewsReply, 3);
    QCOMPARE(s.autoModEnabled, true);
    QCOMPARE(s.autoModMaxSkipReply, 25);
    QCOMPARE(s.autoModRedFlags, 4);
    QCOMPARE(s.pFullLabelingReviewPrompt, 1.0);
    QCOMPARE(s.pFullLabelingReviewReplyAssistant, 1.0);
    QCOMPARE(s.pFullLabelingReviewReplyPrompter, 0.25);
    QCOMPARE(s.acceptanceThresholdInitialPrompt, 0.6);
    QCOMPARE(s.acceptanceThresholdReply, 0.6);
    QCOMPARE(s.numRequiredRankings, 3);
    QCOMPARE(s.pActivateBacklogTree, 0.1);
    QCOMPARE(s.minActiveRankingsPerLang, 0);
    QCOMPARE(s.labelsInitialPrompt, initialPromptLabels);
    QCOMPARE(s.labelsAssistantReply, assistantReplyLabels);
    QCOMPARE(s.labelsPrompterReply, prompterReplyLabels);
    QCOMPARE(s.mandatoryLabelsInitialPrompt, QStringList{u"spam"_s});
    QCOMPARE(s.mandatoryLabelsAssistantReply, QStringList{u"spam"_s});
    QCOMPARE(s.mandatoryLabelsPrompterReply, QStringList{u"spam"_s});
    QCOMPARE(s.rankPrompterReplies, false);
    QCOMPARE(s.lonelyChildrenCount, 2);
    QCOMPARE(s.pLonelyChildExtension, 0.75);
    QCOMPARE(s.recentTasksSpanSec, 300);
    QCOMPARE(s.maxPendingTasksPerUser, 8);
    QCOMPARE(s.maxPromptLotteryWaiting, 250);
    QCOMPARE(s.initPromptDisabledLangs, QStringList());
    QCOMPARE(s.taskExpiryMinutes, 2880);
    QCOMPARE(s.messageSizeLimit, 2000);
    QCOMPARE(s.duplicateMessageWindowMinutes, 120);
}

void tst_Settings::labelLists()
{
    const WorkflowSettings s;
    QCOMPARE(s.fullLabels(true, MessageRole::Prompter), initialPromptLabels);
    QCOMPARE(s.fullLabels(false, MessageRole::Assistant), assistantReplyLabels);
    QCOMPARE(s.fullLabels(false, MessageRole::Prompter), prompterReplyLabels);
    QCOMPARE(s.fullLabels(true, MessageRole::Prompter).size(), 11);
    QCOMPARE(s.fullLabels(false, MessageRole::Assistant).size(), 13);
    QCOMPARE(s.fullLabels(false, MessageRole::Prompter).size(), 11);
    for (const QString &name : assistantReplyLabels)
        QVERIFY2(Labels::isKnown(name), qPrintable(name));
    // moral_judgement and political_content are in no task list (§4.1).
    for (const QStringList &list : {initialPromptLabels, assistantReplyLabels}) {
        QVERIFY(!list.contains(u"moral_judgement"_s));
        QVERIFY(!list.contains(u"political_content"_s));
    }
    QVERIFY(!initialPromptLabels.contains(u"fails_task"_s));
    QVERIFY(!initialPromptLabels.contains(u"helpfulness"_s));
    for (const bool isRoot : {true, false}) {
        for (const MessageRole role : {MessageRole::Prompter, MessageRole::Assistant})
            QCOMPARE(s.mandatoryLabels(isRoot, role), QStringList{u"spam"_s});
    }
}

void tst_Settings::normalize_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("canonical");

    const QString none;
    // Unknown keys (names are exact).
    QTest::newRow("unknown key") << u"no_such_setting"_s << u"1"_s << false << none;
    QTest::newRow("key in another case") << u"Max_Active_Trees"_s << u"1"_s << false << none;
    QTest::newRow("empty key") << QString() << u"1"_s << false << none;
    QTest::newRow("OA env form") << u"TREE_MANAGER__MAX_ACTIVE_TREES"_s << u"1"_s << false << none;

    // Whole numbers.
    QTest::newRow("int: word") << u"max_active_trees"_s << u"ten"_s << false << none;
    QTest::newRow("int: empty") << u"max_active_trees"_s << QString() << false << none;
    QTest::newRow("int: fraction") << u"max_active_trees"_s << u"1.5"_s << false << none;
    QTest::newRow("int: exponent") << u"max_active_trees"_s << u"1e3"_s << false << none;
    QTest::newRow("int: trailing text") << u"max_active_trees"_s << u"12abc"_s << false << none;
    QTest::newRow("int: spaces trimmed") << u"max_active_trees"_s << u" 42 "_s << true << u"42"_s;
    QTest::newRow("int: minimum 0") << u"max_active_trees"_s << u"0"_s << true << u"0"_s;
    QTest::newRow("int: below minimum") << u"max_active_trees"_s << u"-1"_s << false << none;
    QTest::newRow("int: maximum") << u"max_active_trees"_s << u"100000"_s << true << u"100000"_s;
    QTest::newRow("int: above maximum") << u"max_active_trees"_s << u"100001"_s << false << none;
    QTest::newRow("depth 0") << u"max_tree_depth"_s << u"0"_s << false << none;
    QTest::newRow("depth 1") << u"max_tree_depth"_s << u"1"_s << true << u"1"_s;
    QTest::newRow("depth 100") << u"max_tree_depth"_s << u"100"_s << true << u"100"_s;
    QTest::newRow("depth 101") << u"max_tree_depth"_s << u"101"_s << false << none;
    QTest::newRow("0 reviews") << u"num_reviews_reply"_s << u"0"_s << false << none;
    QTest::newRow("0 rankings") << u"num_required_rankings"_s << u"0"_s << false << none;
    QTest::newRow("huge") << u"message_size_limit"_s << u"99999999999999999999"_s << false
                          << none;

    // Numbers.
    QTest::newRow("double: word") << u"acceptance_threshold_reply"_s << u"high"_s << false << none;
    QTest::newRow("double: empty") << u"acceptance_threshold_reply"_s << QString() << false << none;
    QTest::newRow("double: nan") << u"acceptance_threshold_reply"_s << u"nan"_s << false << none;
    QTest::newRow("double: inf") << u"acceptance_threshold_reply"_s << u"inf"_s << false << none;
    QTest::newRow("double: comma") << u"acceptance_threshold_reply"_s << u"0,5"_s << false << none;
    QTest::newRow("double: above 1") << u"acceptance_threshold_reply"_s << u"1.5"_s << false << none;
    QTest::newRow("double: below 0") << u"p_activate_backlog_tree"_s << u"-0.1"_s << false << none;
    QTest::newRow("double: 1") << u"p_activate_backlog_tree"_s << u"1"_s << true << u"1"_s;
    QTest::newRow("double: 1.0") << u"p_activate_backlog_tree"_s << u"1.0"_s << true << u"1"_s;
    QTest::newRow("double: 0") << u"p_activate_backlog_tree"_s << u"0"_s << true << u"0"_s;
    QTest::newRow("double: 0.60") << u"acceptance_threshold_reply"_s << u"0.60"_s << true
                                  << u"0.6"_s;
    QTest::newRow("double: spaces") << u"p_lonely_child_extension"_s << u" 0.125 "_s << true
                                    << u"0.125"_s;

    // Booleans, canonicalised.
    const QString b = u"auto_mod_enabled"_s;
    for (const char16_t *yes : {u"true", u"TRUE", u"True", u"yes", u"Yes", u"1", u"on", u"ON",
                                u" yes "}) {
        QTest::addRow("bool: '%s'", qPrintable(QString::fromUtf16(yes)))
            << b << QString::fromUtf16(yes) << true << u"true"_s;
    }
    for (const char16_t *no : {u"false", u"FALSE", u"no", u"No", u"0", u"off", u"Off"}) {
        QTest::addRow("bool: '%s'", qPrintable(QString::fromUtf16(no)))
            << b << QString::fromUtf16(no) << true << u"false"_s;
    }
    for (const char16_t *bad : {u"", u"maybe", u"2", u"y", u"n", u"-1", u"truefalse"}) {
        QTest::addRow("bool: bad '%s'", qPrintable(QString::fromUtf16(bad)))
            << u"rank_prompter_replies"_s << QString::fromUtf16(bad) << false << none;
    }

    // Label lists.
    const QString l = u"labels_initial_prompt"_s;
    QTest::newRow("labels: trimmed") << l << u" spam , quality "_s << true << u"spam,quality"_s;
    QTest::newRow("labels: order kept") << l << u"quality,spam"_s << true << u"quality,spam"_s;
    QTest::newRow("labels: empty") << l << QString() << true << QString();
    QTest::newRow("labels: report-only label") << l << u"spam,moral_judgement"_s << true
                                               << u"spam,moral_judgement"_s;
    QTest::newRow("labels: unknown") << l << u"spam,spamm"_s << false << none;
    QTest::newRow("labels: wrong case") << l << u"Spam"_s << false << none;
    QTest::newRow("labels: OA enum form") << l << u"TextLabel.spam"_s << false << none;
    QTest::newRow("labels: duplicate") << l << u"spam,spam"_s << false << none;
    QTest::newRow("labels: duplicate with spaces") << l << u"spam, quality, spam "_s << false
                                                   << none;
    QTest::newRow("mandatory: unknown") << u"mandatory_labels_reply"_s << u"spam"_s << false
                                        << none;
    QTest::newRow("mandatory: duplicate") << u"mandatory_labels_assistant_reply"_s
                                          << u"pii,spam,pii"_s << false << none;
    QTest::newRow("mandatory: unknown label") << u"mandatory_labels_prompter_reply"_s
                                              << u"offensive"_s << false << none;

    // Free text list.
    QTest::newRow("langs") << u"init_prompt_disabled_langs"_s << u" de , fr ,,"_s << true
                           << u"de,fr"_s;
    QTest::newRow("langs: empty") << u"init_prompt_disabled_langs"_s << u" "_s << true
                                  << QString();
}

void tst_Settings::normalize()
{
    QFETCH(QString, key);
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QFETCH(QString, canonical);
    QString error;
    const std::optional<QString> result = WorkflowSettings::normalize(key, input, &error);
    if (valid) {
        QVERIFY2(result.has_value(), qPrintable(error));
        QCOMPARE(*result, canonical);
        // Canonical text normalizes to itself.
        QCOMPARE(WorkflowSettings::normalize(key, *result, &error), result);
    } else {
        QVERIFY2(!result.has_value(), qPrintable(result.value_or(QString())));
        QVERIFY(!error.isEmpty());
    }
}

void tst_Settings::normalizeWithoutErrorPointer()
{
    QCOMPARE(WorkflowSettings::normalize(u"nope"_s, u"1"_s, nullptr), std::nullopt);
    QCOMPARE(WorkflowSettings::normalize(u"max_tree_depth"_s, u"x"_s, nullptr), std::nullopt);
    QCOMPARE(WorkflowSettings::normalize(u"max_tree_depth"_s, u"4"_s, nullptr),
             std::optional(u"4"_s));
}

void tst_Settings::setChangesOnlyThatKey_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    for (const Row &row : table())
        QTest::newRow(row.key) << QString::fromLatin1(row.key) << row.otherInput << row.otherText;
}

void tst_Settings::setChangesOnlyThatKey()
{
    QFETCH(QString, key);
    QFETCH(QString, input);
    QFETCH(QString, expected);
    const QMap<QString, QString> before = WorkflowSettings().values();
    QVERIFY(before.value(key) != expected); // the row really changes something

    WorkflowSettings settings;
    QString error;
    QVERIFY2(settings.set(key, input, &error), qPrintable(error));
    QCOMPARE(settings.value(key), expected);

    QMap<QString, QString> after = settings.values();
    QCOMPARE(after.size(), before.size());
    after[key] = before.value(key);
    QCOMPARE(after, before);
}

void tst_Settings::setRejectsInvalid_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("input");
    QTest::newRow("unknown key") << u"no_such_setting"_s << u"1"_s;
    QTest::newRow("not a number") << u"goal_tree_size"_s << u"twelve"_s;
    QTest::newRow("out of range") << u"acceptance_threshold_reply"_s << u"2"_s;
    QTest::newRow("bad bool") << u"auto_mod_enabled"_s << u"perhaps"_s;
    QTest::newRow("unknown label") << u"labels_assistant_reply"_s << u"spam,rudeness"_s;
    QTest::newRow("duplicate label") << u"labels_prompter_reply"_s << u"pii,pii"_s;
}

void tst_Settings::setRejectsInvalid()
{
    QFETCH(QString, key);
    QFETCH(QString, input);
    WorkflowSettings settings;
    const QMap<QString, QString> before = settings.values();
    QString error;
    QVERIFY(!settings.set(key, input, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(settings.values(), before);
    QVERIFY(!settings.set(key, input));
    QCOMPARE(settings.values(), before);
}

void tst_Settings::setUpdatesTypedMembers()
{
    WorkflowSettings s;
    QVERIFY(s.set(u"max_tree_depth"_s, u"5"_s));
    QCOMPARE(s.maxTreeDepth, 5);
    QVERIFY(s.set(u"acceptance_threshold_reply"_s, u"0.5"_s));
    QCOMPARE(s.acceptanceThresholdReply, 0.5);
    QCOMPARE(s.acceptanceThresholdInitialPrompt, 0.6);
    QVERIFY(s.set(u"random_goal_tree_size"_s, u"on"_s));
    QCOMPARE(s.randomGoalTreeSize, true);
    QVERIFY(s.set(u"auto_mod_enabled"_s, u"no"_s));
    QCOMPARE(s.autoModEnabled, false);
    QVERIFY(s.set(u"labels_initial_prompt"_s, u"spam, quality"_s));
    QCOMPARE(s.labelsInitialPrompt, (QStringList{u"spam"_s, u"quality"_s}));
    QCOMPARE(s.fullLabels(true, MessageRole::Prompter), (QStringList{u"spam"_s, u"quality"_s}));
    QCOMPARE(s.labelsPrompterReply, prompterReplyLabels);
    QVERIFY(s.set(u"mandatory_labels_assistant_reply"_s, QString()));
    QCOMPARE(s.mandatoryLabelsAssistantReply, QStringList());
    QVERIFY(s.set(u"init_prompt_disabled_langs"_s, u"de, fr"_s));
    QCOMPARE(s.initPromptDisabledLangs, (QStringList{u"de"_s, u"fr"_s}));
    QVERIFY(s.set(u"init_prompt_disabled_langs"_s, QString()));
    QCOMPARE(s.initPromptDisabledLangs, QStringList());
    // A refused value leaves the member alone.
    QVERIFY(!s.set(u"max_tree_depth"_s, u"0"_s));
    QCOMPARE(s.maxTreeDepth, 5);
}

void tst_Settings::simpleLabels_data()
{
    QTest::addColumn<bool>("isRoot");
    QTest::addColumn<MessageRole>("role");
    QTest::addColumn<QString>("mandatoryKey");
    QTest::addColumn<QString>("mandatory");
    QTest::addColumn<QStringList>("expected");

    const QStringList spamLang = {u"spam"_s, u"lang_mismatch"_s};
    const QStringList spamLangQuality = {u"spam"_s, u"lang_mismatch"_s, u"quality"_s};
    QTest::newRow("initial prompt") << true << MessageRole::Prompter << QString() << QString()
                                    << spamLang;
    QTest::newRow("assistant reply") << false << MessageRole::Assistant << QString() << QString()
                                     << spamLangQuality;
    QTest::newRow("prompter reply") << false << MessageRole::Prompter << QString() << QString()
                                    << spamLangQuality;
    QTest::newRow("mandatory already has lang_mismatch")
        << false << MessageRole::Assistant << u"mandatory_labels_assistant_reply"_s
        << u"spam,lang_mismatch"_s << spamLangQuality;
    QTest::newRow("mandatory already has quality")
        << false << MessageRole::Prompter << u"mandatory_labels_prompter_reply"_s
        << u"spam,quality"_s << QStringList{u"spam"_s, u"quality"_s, u"lang_mismatch"_s};
    QTest::newRow("root with quality mandatory")
        << true << MessageRole::Prompter << u"mandatory_labels_initial_prompt"_s
        << u"quality,spam"_s << QStringList{u"quality"_s, u"spam"_s, u"lang_mismatch"_s};
    QTest::newRow("no mandatory labels")
        << false << MessageRole::Assistant << u"mandatory_labels_assistant_reply"_s << QString()
        << QStringList{u"lang_mismatch"_s, u"quality"_s};
    QTest::newRow("other role's mandatory list is not used")
        << false << MessageRole::Assistant << u"mandatory_labels_prompter_reply"_s << u"pii"_s
        << spamLangQuality;
}

void tst_Settings::simpleLabels()
{
    QFETCH(bool, isRoot);
    QFETCH(MessageRole, role);
    QFETCH(QString, mandatoryKey);
    QFETCH(QString, mandatory);
    QFETCH(QStringList, expected);
    WorkflowSettings settings;
    if (!mandatoryKey.isEmpty())
        QVERIFY(settings.set(mandatoryKey, mandatory));
    QCOMPARE(settings.simpleLabels(isRoot, role), expected);
}

void tst_Settings::childLimit_data()
{
    QTest::addColumn<MessageRole>("parentRole");
    QTest::addColumn<int>("treeMaxChildren");
    QTest::addColumn<int>("numPrompterReplies");
    QTest::addColumn<int>("expected");
    QTest::newRow("prompter parent, defaults") << MessageRole::Prompter << 3 << 1 << 3;
    QTest::newRow("assistant parent, defaults") << MessageRole::Assistant << 3 << 1 << 1;
    QTest::newRow("prompter parent uses the tree's value") << MessageRole::Prompter << 5 << 1 << 5;
    QTest::newRow("prompter parent ignores prompter replies") << MessageRole::Prompter << 1 << 4
                                                              << 1;
    QTest::newRow("assistant parent, tree limit smaller") << MessageRole::Assistant << 3 << 5 << 3;
    QTest::newRow("assistant parent, prompter replies smaller") << MessageRole::Assistant << 4 << 2
                                                                << 2;
    QTest::newRow("assistant parent, equal") << MessageRole::Assistant << 2 << 2 << 2;
}

void tst_Settings::childLimit()
{
    QFETCH(MessageRole, parentRole);
    QFETCH(int, treeMaxChildren);
    QFETCH(int, numPrompterReplies);
    QFETCH(int, expected);
    WorkflowSettings settings;
    QVERIFY(settings.set(u"num_prompter_replies"_s, QString::number(numPrompterReplies)));
    // The tree's own max_children_count is passed in; the current setting must not leak in.
    QVERIFY(settings.set(u"max_children_count"_s, u"7"_s));
    QCOMPARE(settings.childLimit(parentRole, treeMaxChildren), expected);
}

void tst_Settings::everySpecIsDescribed()
{
    QVERIFY(!WorkflowSettings::specs().isEmpty());
    for (const SettingSpec &spec : WorkflowSettings::specs()) {
        QVERIFY2(!spec.key.isEmpty(), "empty key");
        QVERIFY2(!spec.description.trimmed().isEmpty(), qPrintable(spec.key));
        const SettingSpec *found = WorkflowSettings::spec(spec.key);
        QVERIFY(found);
        QCOMPARE(found->description, spec.description);
        QCOMPARE(found->defaultValue, spec.defaultValue);
        if (spec.type == SettingType::Int || spec.type == SettingType::Double)
            QVERIFY2(spec.minimum <= spec.maximum, qPrintable(spec.key));
    }
    QVERIFY(!WorkflowSettings::spec(u"no_such_setting"_s));
    QCOMPARE(WorkflowSettings().value(u"no_such_setting"_s), QString());
}

void tst_Settings::treeStates_data()
{
    QTest::addColumn<TreeState>("state");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("terminal");
    // WORKFLOW.md §1.1, spelled exactly.
    QTest::newRow("initial_prompt_review")
        << TreeState::InitialPromptReview << u"initial_prompt_review"_s << false;
    QTest::newRow("growing") << TreeState::Growing << u"growing"_s << false;
    QTest::newRow("ranking") << TreeState::Ranking << u"ranking"_s << false;
    QTest::newRow("ready_for_scoring") << TreeState::ReadyForScoring << u"ready_for_scoring"_s
                                       << false;
    QTest::newRow("ready_for_export") << TreeState::ReadyForExport << u"ready_for_export"_s
                                      << true;
    QTest::newRow("scoring_failed") << TreeState::ScoringFailed << u"scoring_failed"_s << true;
    QTest::newRow("aborted_low_grade") << TreeState::AbortedLowGrade << u"aborted_low_grade"_s
                                       << true;
    QTest::newRow("halted_by_moderator")
        << TreeState::HaltedByModerator << u"halted_by_moderator"_s << true;
    QTest::newRow("backlog_ranking") << TreeState::BacklogRanking << u"backlog_ranking"_s << true;
    QTest::newRow("prompt_lottery_waiting")
        << TreeState::PromptLotteryWaiting << u"prompt_lottery_waiting"_s << true;
}

void tst_Settings::treeStates()
{
    QFETCH(TreeState, state);
    QFETCH(QString, name);
    QFETCH(bool, terminal);
    QCOMPARE(toString(state), name);
    QCOMPARE(treeStateFromString(name), std::optional(state));
    QCOMPARE(isTerminal(state), terminal);
}

void tst_Settings::treeStateNames()
{
    const QStringList expected = {
        u"initial_prompt_review"_s, u"growing"_s,
        u"ranking"_s,               u"ready_for_scoring"_s,
        u"ready_for_export"_s,      u"scoring_failed"_s,
        u"aborted_low_grade"_s,     u"halted_by_moderator"_s,
        u"backlog_ranking"_s,       u"prompt_lottery_waiting"_s,
    };
    QCOMPARE(allTreeStateNames(), expected);
    int terminal = 0;
    for (const QString &name : expected) {
        const std::optional<TreeState> state = treeStateFromString(name);
        QVERIFY2(state.has_value(), qPrintable(name));
        terminal += isTerminal(*state) ? 1 : 0;
    }
    QCOMPARE(terminal, 6); // OA's TERMINAL_STATES
}

void tst_Settings::unknownNamesAreRejected()
{
    for (const QString &name : {u"Growing"_s, u" growing"_s, u"ready-for-export"_s, QString(),
                                u"GROWING"_s, u"aborted"_s})
        QVERIFY2(!treeStateFromString(name).has_value(), qPrintable(name));
    for (const QString &name : {u"Prompter"_s, u"user"_s, u"assistant "_s, QString()})
        QVERIFY2(!messageRoleFromString(name).has_value(), qPrintable(name));
    for (const QString &name : {u"random"_s, u"summarize_story"_s, u"rank_initial_prompts"_s,
                                u"Initial_Prompt"_s, u"label_conversation_reply"_s, QString()})
        QVERIFY2(!taskTypeFromString(name).has_value(), qPrintable(name));
    for (const QString &name : {u"Lead"_s, u"moderator"_s, QString()})
        QVERIFY2(!userRoleFromString(name).has_value(), qPrintable(name));
}

void tst_Settings::taskTypes_data()
{
    QTest::addColumn<TaskType>("type");
    QTest::addColumn<QString>("name");
    QTest::addColumn<TaskKind>("kind");
    QTest::addColumn<MessageRole>("role");
    // WORKFLOW.md §3.1, wire names.
    QTest::newRow("initial_prompt") << TaskType::InitialPrompt << u"initial_prompt"_s
                                    << TaskKind::Prompt << MessageRole::Prompter;
    QTest::newRow("prompter_reply") << TaskType::PrompterReply << u"prompter_reply"_s
                                    << TaskKind::Reply << MessageRole::Prompter;
    QTest::newRow("assistant_reply") << TaskType::AssistantReply << u"assistant_reply"_s
                                     << TaskKind::Reply << MessageRole::Assistant;
    QTest::newRow("rank_prompter_replies") << TaskType::RankPrompterReplies
                                           << u"rank_prompter_replies"_s << TaskKind::Ranking
                                           << MessageRole::Prompter;
    QTest::newRow("rank_assistant_replies") << TaskType::RankAssistantReplies
                                            << u"rank_assistant_replies"_s << TaskKind::Ranking
                                            << MessageRole::Assistant;
    QTest::newRow("label_initial_prompt") << TaskType::LabelInitialPrompt
                                          << u"label_initial_prompt"_s << TaskKind::LabelPrompt
                                          << MessageRole::Prompter;
    QTest::newRow("label_assistant_reply") << TaskType::LabelAssistantReply
                                           << u"label_assistant_reply"_s << TaskKind::LabelReply
                                           << MessageRole::Assistant;
    QTest::newRow("label_prompter_reply") << TaskType::LabelPrompterReply
                                          << u"label_prompter_reply"_s << TaskKind::LabelReply
                                          << MessageRole::Prompter;
}

void tst_Settings::taskTypes()
{
    QFETCH(TaskType, type);
    QFETCH(QString, name);
    QFETCH(TaskKind, kind);
    QFETCH(MessageRole, role);
    QCOMPARE(toString(type), name);
    QCOMPARE(taskTypeFromString(name), std::optional(type));
    QVERIFY(kindOf(type) == kind);
    QVERIFY(roleOf(type) == role);
    QCOMPARE(allTaskTypes().count(type), 1);
}

void tst_Settings::roles()
{
    QCOMPARE(allTaskTypes().size(), 8);

    QCOMPARE(toString(MessageRole::Prompter), u"prompter"_s);
    QCOMPARE(toString(MessageRole::Assistant), u"assistant"_s);
    QCOMPARE(messageRoleFromString(u"prompter"_s), std::optional(MessageRole::Prompter));
    QCOMPARE(messageRoleFromString(u"assistant"_s), std::optional(MessageRole::Assistant));

    // §10.11: annotators do tasks, leads also moderate, admins also manage users.
    const QList<std::pair<UserRole, QString>> users = {
        {UserRole::Annotator, u"annotator"_s}, {UserRole::Lead, u"lead"_s},
        {UserRole::Admin, u"admin"_s}};
    for (const auto &[role, name] : users) {
        QCOMPARE(toString(role), name);
        QCOMPARE(userRoleFromString(name), std::optional(role));
    }
    QVERIFY(!canModerate(UserRole::Annotator));
    QVERIFY(canModerate(UserRole::Lead));
    QVERIFY(canModerate(UserRole::Admin));
    QVERIFY(!canManageUsers(UserRole::Annotator));
    QVERIFY(!canManageUsers(UserRole::Lead));
    QVERIFY(canManageUsers(UserRole::Admin));

    QCOMPARE(toString(LabelMode::Full), u"full"_s);
    QCOMPARE(toString(LabelMode::Simple), u"simple"_s);
}

QTEST_GUILESS_MAIN(tst_Settings)
#include "tst_settings.moc"
