#pragma once

#include <QCoreApplication>
#include <QString>

#include <exception>
#include <optional>

namespace Arborist {

// The refusal codes of DESIGN.md: a stable public interface of the CLI's JSON.
enum class ErrorCode {
    TooManyPendingTasks,
    TaskNotAvailable,
    TaskExpired,
    TaskAlreadyDone,
    NotTaskOwner,
    InvalidLabels,
    MandatoryLabelMissing,
    InvalidRanking,
    SelfLabeling,
    DuplicateLabel,
    DuplicateReply,
    TextEmpty,
    TextTooLong,
    TextDuplicate,
    TreeNotOpen,
    PermissionDenied,
    UnknownUser,
    UnknownTask,
    InvalidInput,
    // Not workflow refusals: an object that does not exist, a database failure, a file that
    // cannot be read or written, a file whose content is not what it should be, and work the
    // user cancelled.
    NotFound,
    DatabaseError,
    FileError,
    InvalidFile,
    Cancelled,
};

QString toString(ErrorCode code);
std::optional<ErrorCode> errorCodeFromString(const QString &text);
// True for the codes DESIGN.md lists as workflow refusals (CLI exit status 3).
bool isRefusal(ErrorCode code);

// Thrown by the engine when the workflow refuses an operation. The message is one sentence a
// person can act on; the code is the stable machine-readable reason.
class WorkflowError : public std::exception
{
public:
    WorkflowError(ErrorCode code, QString message)
        : m_code(code), m_message(std::move(message)), m_utf8(m_message.toUtf8())
    {
    }

    ErrorCode code() const noexcept { return m_code; }
    const QString &message() const noexcept { return m_message; }
    const char *what() const noexcept override { return m_utf8.constData(); }

private:
    ErrorCode m_code;
    QString m_message;
    QByteArray m_utf8;
};

} // namespace Arborist
