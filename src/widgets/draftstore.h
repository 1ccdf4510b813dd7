#pragma once

#include "core/types.h"

#include <QDir>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace Arborist {

// Unsent answers kept on the local disk, one file per task, in a folder per database and user:
// written every few seconds while someone types and when the window closes, removed once the
// answer reached the database or the task was skipped. After a crash or a restart the newest
// one brings its task back with the text as it was.
class DraftStore
{
public:
    struct Draft
    {
        QString taskId;
        TaskType type = TaskType::InitialPrompt;
        QJsonObject answer;
        qint64 saved = 0; // ms since the epoch
    };

    // Drafts of `user` on the database `databaseDisplay` (a URL without password), under
    // `root` (default: the application's data folder).
    DraftStore(const QString &databaseDisplay, const QString &user, const QString &root = {});

    // Writes the draft atomically; false (with nothing lost that was saved before) on failure.
    bool save(const Draft &draft) const;
    void remove(const QString &taskId) const;
    // Every draft, newest first; unreadable files are skipped.
    QList<Draft> all() const;
    const QDir &folder() const { return m_dir; }

private:
    QDir m_dir;
};

} // namespace Arborist
