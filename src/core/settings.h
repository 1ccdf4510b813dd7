#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

#include "core/types.h"

namespace Arborist {

enum class SettingType { Int, Double, Bool, Text, LabelList };

struct SettingSpec
{
    QString key;
    SettingType type;
    QString defaultValue; // canonical text form
    double minimum;       // Int/Double only
    double maximum;       // Int/Double only
    QString description;  // translated
};

// The workflow settings of WORKFLOW.md §2 with their defaults, plus Arborist's own
// (task expiry, message size limit, duplicate-text window). Typed members for the engine,
// and a text form (key → canonical string) for the database, the CLI and the settings editor.
struct WorkflowSettings
{
    Q_DECLARE_TR_FUNCTIONS(WorkflowSettings)

public:
    int maxActiveTrees = 10;
    int maxInitialPromptReview = 100;
    int maxTreeDepth = 3;
    int maxChildrenCount = 3;
    int numPrompterReplies = 1;
    int goalTreeSize = 12;
    bool randomGoalTreeSize = false;
    int minGoalTreeSize = 5;
    int numReviewsInitialPrompt = 3;
    int numReviewsReply = 3;
    bool autoModEnabled = true;
    int autoModMaxSkipReply = 25;
    int autoModRedFlags = 4;
    double pFullLabelingReviewPrompt = 1.0;
    double pFullLabelingReviewReplyAssistant = 1.0;
    double pFullLabelingReviewReplyPrompter = 0.25;
    double acceptanceThresholdInitialPrompt = 0.6;
    double acceptanceThresholdReply = 0.6;
    int numRequiredRankings = 3;
    double pActivateBacklogTree = 0.1;
    int minActiveRankingsPerLang = 0;
    QStringList labelsInitialPrompt;
    QStringList labelsAssistantReply;
    QStringList labelsPrompterReply;
    QStringList mandatoryLabelsInitialPrompt;
    QStringList mandatoryLabelsAssistantReply;
    QStringList mandatoryLabelsPrompterReply;
    bool rankPrompterReplies = false;
    int lonelyChildrenCount = 2;
    double pLonelyChildExtension = 0.75;
    int recentTasksSpanSec = 300;
    int maxPendingTasksPerUser = 8;
    int maxPromptLotteryWaiting = 250;
    QStringList initPromptDisabledLangs;
    // Arborist's own.
    int taskExpiryMinutes = 2880;
    int messageSizeLimit = 2000;
    int duplicateMessageWindowMinutes = 120;

    WorkflowSettings();

    static const QList<SettingSpec> &specs();
    static const SettingSpec *spec(const QString &key);

    // Canonical text of one setting; empty for an unknown key.
    QString value(const QString &key) const;
    // Every setting, key → canonical text (sorted by key; specs() gives the documented order).
    QMap<QString, QString> values() const;
    // Parses and range-checks a value. Returns the canonical text, or nullopt with a
    // sentence for the user in *error. Does not change this object.
    static std::optional<QString> normalize(const QString &key, const QString &text, QString *error);
    // Applies a value that normalize() accepted. Returns false for an invalid value.
    bool set(const QString &key, const QString &text, QString *error = nullptr);

    // Label lists of the full task for a message role (root = initial prompt).
    QStringList fullLabels(bool isRoot, MessageRole role) const;
    QStringList mandatoryLabels(bool isRoot, MessageRole role) const;
    // §4.3 simple mode: mandatory + lang_mismatch (+ quality for replies).
    QStringList simpleLabels(bool isRoot, MessageRole role) const;
    // Max counted children of a parent (§3.3 A): prompter parents take max_children_count
    // assistant replies, assistant parents min(max_children_count, num_prompter_replies).
    int childLimit(MessageRole parentRole, int treeMaxChildren) const;
};

} // namespace Arborist
