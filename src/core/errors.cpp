#include "core/errors.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace Arborist {

namespace {
constexpr std::array<std::pair<ErrorCode, QLatin1StringView>, 24> kCodes{{
    {ErrorCode::TooManyPendingTasks, "too_many_pending_tasks"_L1},
    {ErrorCode::TaskNotAvailable, "task_not_available"_L1},
    {ErrorCode::TaskExpired, "task_expired"_L1},
    {ErrorCode::TaskAlreadyDone, "task_already_done"_L1},
    {ErrorCode::NotTaskOwner, "not_task_owner"_L1},
    {ErrorCode::InvalidLabels, "invalid_labels"_L1},
    {ErrorCode::MandatoryLabelMissing, "mandatory_label_missing"_L1},
    {ErrorCode::InvalidRanking, "invalid_ranking"_L1},
    {ErrorCode::SelfLabeling, "self_labeling"_L1},
    {ErrorCode::DuplicateLabel, "duplicate_label"_L1},
    {ErrorCode::DuplicateReply, "duplicate_reply"_L1},
    {ErrorCode::TextEmpty, "text_empty"_L1},
    {ErrorCode::TextTooLong, "text_too_long"_L1},
    {ErrorCode::TextDuplicate, "text_duplicate"_L1},
    {ErrorCode::TreeNotOpen, "tree_not_open"_L1},
    {ErrorCode::PermissionDenied, "permission_denied"_L1},
    {ErrorCode::UnknownUser, "unknown_user"_L1},
    {ErrorCode::UnknownTask, "unknown_task"_L1},
    {ErrorCode::InvalidInput, "invalid_input"_L1},
    {ErrorCode::NotFound, "not_found"_L1},
    {ErrorCode::DatabaseError, "database_error"_L1},
    {ErrorCode::FileError, "file_error"_L1},
    {ErrorCode::InvalidFile, "invalid_file"_L1},
    {ErrorCode::Cancelled, "cancelled"_L1},
}};
} // namespace

QString toString(ErrorCode code)
{
    for (const auto &[c, name] : kCodes) {
        if (c == code)
            return QString(name);
    }
    return {};
}

std::optional<ErrorCode> errorCodeFromString(const QString &text)
{
    for (const auto &[c, name] : kCodes) {
        if (text == name)
            return c;
    }
    return std::nullopt;
}

bool isRefusal(ErrorCode code)
{
    switch (code) {
    case ErrorCode::NotFound:
    case ErrorCode::DatabaseError:
    case ErrorCode::FileError:
    case ErrorCode::InvalidFile:
    case ErrorCode::Cancelled:
        return false;
    default:
        return true;
    }
}

} // namespace Arborist
