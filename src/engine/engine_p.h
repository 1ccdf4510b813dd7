#pragma once

// Shared by the engine's translation units; not part of the engine's interface.

#include "engine/engine.h"
#include "store/database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Arborist {

struct Engine::TreeRow
{
    QString id;
    TreeState state;
    bool active;
    QString lang;
    int goalTreeSize;
    int maxDepth;
    int maxChildrenCount;
    qint64 wonLotteryAt; // 0 when unset
};

namespace detail {

inline QString jsonText(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}
inline QString jsonText(const QJsonArray &array)
{
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}
inline QJsonObject jsonObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}
inline QJsonArray jsonArray(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).array();
}
inline QStringList toStringList(const QJsonArray &array)
{
    QStringList list;
    for (const QJsonValue &v : array)
        list << v.toString();
    return list;
}
inline QJsonArray toJsonArray(const QStringList &list)
{
    QJsonArray array;
    for (const QString &s : list)
        array << s;
    return array;
}
LabelValues labelValuesFromJson(const QString &text);
QString labelValuesToJson(const LabelValues &values);
std::optional<bool> optionalBool(const QVariant &v);

// The emoji a skip leaves on the task's parent message (§3.2 step 4), empty for prompts.
QString skipEmoji(TaskKind kind);

} // namespace detail
} // namespace Arborist
