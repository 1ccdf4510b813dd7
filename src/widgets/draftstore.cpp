#include "widgets/draftstore.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Arborist {

DraftStore::DraftStore(const QString &databaseDisplay, const QString &user, const QString &root)
{
    const QString base = root.isEmpty() ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) : root;
    // One folder per database and user; the name is a hash so that no URL becomes a path.
    const QByteArray key = QCryptographicHash::hash((databaseDisplay + u'\n' + user).toUtf8(), QCryptographicHash::Sha256)
                               .toHex()
                               .left(24);
    m_dir = QDir(base + u"/drafts/"_s + QString::fromLatin1(key));
}

bool DraftStore::save(const Draft &draft) const
{
    if (!m_dir.mkpath(u"."_s))
        return false;
    QSaveFile file(m_dir.filePath(draft.taskId + u".json"_s));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    const QJsonObject json{{u"task_id"_s, draft.taskId},
                           {u"type"_s, toString(draft.type)},
                           {u"answer"_s, draft.answer},
                           {u"saved"_s, draft.saved > 0 ? draft.saved : QDateTime::currentMSecsSinceEpoch()}};
    file.write(QJsonDocument(json).toJson(QJsonDocument::Compact));
    return file.commit();
}

void DraftStore::remove(const QString &taskId) const { QFile::remove(m_dir.filePath(taskId + u".json"_s)); }

QList<DraftStore::Draft> DraftStore::all() const
{
    QList<Draft> drafts;
    for (const QString &name : m_dir.entryList({u"*.json"_s}, QDir::Files)) {
        QFile file(m_dir.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
        const std::optional<TaskType> type = taskTypeFromString(json.value(u"type"_s).toString());
        if (!type || json.value(u"task_id"_s).toString().isEmpty())
            continue;
        drafts << Draft{json.value(u"task_id"_s).toString(), *type, json.value(u"answer"_s).toObject(),
                        qint64(json.value(u"saved"_s).toDouble())};
    }
    std::sort(drafts.begin(), drafts.end(), [](const Draft &a, const Draft &b) { return a.saved > b.saved; });
    return drafts;
}

} // namespace Arborist
