#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace Arborist {

// The tree states of WORKFLOW.md §1.1, spelled as in Open-Assistant exports.
enum class TreeState {
    InitialPromptReview,
    Growing,
    Ranking,
    ReadyForScoring,
    ReadyForExport,
    ScoringFailed,
    AbortedLowGrade,
    HaltedByModerator,
    BacklogRanking,
    PromptLotteryWaiting,
};

QString toString(TreeState state);
std::optional<TreeState> treeStateFromString(const QString &text);
QStringList allTreeStateNames();
// Terminal states (§1.1): a tree in one of them is inactive.
bool isTerminal(TreeState state);

enum class MessageRole { Prompter, Assistant };
QString toString(MessageRole role);
std::optional<MessageRole> messageRoleFromString(const QString &text);

// What kind of work a task is (OA's internal TaskType).
enum class TaskKind { Prompt, Reply, LabelPrompt, LabelReply, Ranking };
// "prompt", "reply", "label" (prompt and reply labels alike) or "ranking"; stored as task.kind.
QString taskKindName(TaskKind kind);

// The task types of WORKFLOW.md §3.1 as handed out (the wire names).
enum class TaskType {
    InitialPrompt,
    PrompterReply,
    AssistantReply,
    RankPrompterReplies,
    RankAssistantReplies,
    LabelInitialPrompt,
    LabelAssistantReply,
    LabelPrompterReply,
};

QString toString(TaskType type);
std::optional<TaskType> taskTypeFromString(const QString &text);
// Every task type, in the order of WORKFLOW.md §3.3's availability table.
const QList<TaskType> &allTaskTypes();
TaskKind kindOf(TaskType type);
// The role of the message a task produces (reply/prompt tasks), labels (label tasks) or
// ranks (ranking tasks).
MessageRole roleOf(TaskType type);

enum class UserRole { Annotator, Lead, Admin };
QString toString(UserRole role);
std::optional<UserRole> userRoleFromString(const QString &text);
// Leads moderate, edit settings, import and export; admins also manage users (§10.11).
bool canModerate(UserRole role);
bool canManageUsers(UserRole role);

// Label modes of §4.3.
enum class LabelMode { Full, Simple };
QString toString(LabelMode mode);

} // namespace Arborist
