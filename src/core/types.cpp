#include "core/types.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace Arborist {

namespace {

template<typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, QLatin1StringView>, N> &table, Enum value)
{
    for (const auto &[e, name] : table) {
        if (e == value)
            return QString(name);
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, QLatin1StringView>, N> &table,
                            const QString &text)
{
    for (const auto &[e, name] : table) {
        if (text == name)
            return e;
    }
    return std::nullopt;
}

constexpr std::array<std::pair<TreeState, QLatin1StringView>, 10> kStates{{
    {TreeState::InitialPromptReview, "initial_prompt_review"_L1},
    {TreeState::Growing, "growing"_L1},
    {TreeState::Ranking, "ranking"_L1},
    {TreeState::ReadyForScoring, "ready_for_scoring"_L1},
    {TreeState::ReadyForExport, "ready_for_export"_L1},
    {TreeState::ScoringFailed, "scoring_failed"_L1},
    {TreeState::AbortedLowGrade, "aborted_low_grade"_L1},
    {TreeState::HaltedByModerator, "halted_by_moderator"_L1},
    {TreeState::BacklogRanking, "backlog_ranking"_L1},
    {TreeState::PromptLotteryWaiting, "prompt_lottery_waiting"_L1},
}};

constexpr std::array<std::pair<MessageRole, QLatin1StringView>, 2> kRoles{{
    {MessageRole::Prompter, "prompter"_L1},
    {MessageRole::Assistant, "assistant"_L1},
}};

constexpr std::array<std::pair<TaskType, QLatin1StringView>, 8> kTaskTypes{{
    {TaskType::InitialPrompt, "initial_prompt"_L1},
    {TaskType::PrompterReply, "prompter_reply"_L1},
    {TaskType::AssistantReply, "assistant_reply"_L1},
    {TaskType::RankPrompterReplies, "rank_prompter_replies"_L1},
    {TaskType::RankAssistantReplies, "rank_assistant_replies"_L1},
    {TaskType::LabelInitialPrompt, "label_initial_prompt"_L1},
    {TaskType::LabelAssistantReply, "label_assistant_reply"_L1},
    {TaskType::LabelPrompterReply, "label_prompter_reply"_L1},
}};

constexpr std::array<std::pair<UserRole, QLatin1StringView>, 3> kUserRoles{{
    {UserRole::Annotator, "annotator"_L1},
    {UserRole::Lead, "lead"_L1},
    {UserRole::Admin, "admin"_L1},
}};

} // namespace

QString toString(TreeState state) { return nameOf(kStates, state); }
std::optional<TreeState> treeStateFromString(const QString &text) { return valueOf(kStates, text); }

QStringList allTreeStateNames()
{
    QStringList names;
    for (const auto &entry : kStates)
        names << QString(entry.second);
    return names;
}

bool isTerminal(TreeState state)
{
    switch (state) {
    case TreeState::InitialPromptReview:
    case TreeState::Growing:
    case TreeState::Ranking:
    case TreeState::ReadyForScoring:
        return false;
    case TreeState::ReadyForExport:
    case TreeState::ScoringFailed:
    case TreeState::AbortedLowGrade:
    case TreeState::HaltedByModerator:
    case TreeState::BacklogRanking:
    case TreeState::PromptLotteryWaiting:
        return true;
    }
    return true;
}

QString toString(MessageRole role) { return nameOf(kRoles, role); }
std::optional<MessageRole> messageRoleFromString(const QString &text) { return valueOf(kRoles, text); }

QString toString(TaskType type) { return nameOf(kTaskTypes, type); }
std::optional<TaskType> taskTypeFromString(const QString &text) { return valueOf(kTaskTypes, text); }

const QList<TaskType> &allTaskTypes()
{
    static const QList<TaskType> types = [] {
        QList<TaskType> list;
        for (const auto &entry : kTaskTypes)
            list << entry.first;
        return list;
    }();
    return types;
}

TaskKind kindOf(TaskType type)
{
    switch (type) {
    case TaskType::InitialPrompt:
        return TaskKind::Prompt;
    case TaskType::PrompterReply:
    case TaskType::AssistantReply:
        return TaskKind::Reply;
    case TaskType::RankPrompterReplies:
    case TaskType::RankAssistantReplies:
        return TaskKind::Ranking;
    case TaskType::LabelInitialPrompt:
        return TaskKind::LabelPrompt;
    case TaskType::LabelAssistantReply:
    case TaskType::LabelPrompterReply:
        return TaskKind::LabelReply;
    }
    return TaskKind::Prompt;
}

MessageRole roleOf(TaskType type)
{
    switch (type) {
    case TaskType::AssistantReply:
    case TaskType::RankAssistantReplies:
    case TaskType::LabelAssistantReply:
        return MessageRole::Assistant;
    default:
        return MessageRole::Prompter;
    }
}

QString taskKindName(TaskKind kind)
{
    switch (kind) {
    case TaskKind::Prompt:
        return u"prompt"_s;
    case TaskKind::Reply:
        return u"reply"_s;
    case TaskKind::LabelPrompt:
    case TaskKind::LabelReply:
        return u"label"_s;
    case TaskKind::Ranking:
        return u"ranking"_s;
    }
    return {};
}

QString toString(UserRole role) { return nameOf(kUserRoles, role); }
std::optional<UserRole> userRoleFromString(const QString &text) { return valueOf(kUserRoles, text); }
bool canModerate(UserRole role) { return role == UserRole::Lead || role == UserRole::Admin; }
bool canManageUsers(UserRole role) { return role == UserRole::Admin; }

QString toString(LabelMode mode) { return mode == LabelMode::Full ? u"full"_s : u"simple"_s; }

} // namespace Arborist
