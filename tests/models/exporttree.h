#pragma once

// The export JSON both message tree models read (ConversationTreeModel, TreeBrowserModel), built
// the same way for both tests so that one fixture means the same messages in each.

#include <QAbstractItemModel>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace ExportTree {

using namespace Qt::StringLiterals;

inline const QString promptUser = u"8c285f8a-c49b-420b-9fa2-401872f187dc"_s;
inline const QString a1User = u"542f3e1d-486e-4ba7-a827-1aded11790b2"_s;
inline const QString a2User = u"d35f8344-2103-4f86-b109-98c9115f924b"_s;
inline const QString p2User = u"2f204e51-dc2a-4f4a-b6d8-a0e3b4f66bd8"_s;

// A message as Engine::treeJson writes it; `extra` adds or overrides fields.
inline QJsonObject message(const QString &id, const QString &parentId, const QString &role, const QString &text,
                           const QJsonObject &extra = {})
{
    QJsonObject m{
        {u"message_id"_s, id},
        {u"text"_s, text},
        {u"role"_s, role},
        {u"lang"_s, u"en"_s},
        {u"review_count"_s, 3},
        {u"deleted"_s, false},
        {u"synthetic"_s, false},
        {u"model_name"_s, QJsonValue::Null},
        {u"emojis"_s, QJsonObject{{u"+1"_s, 2}}},
        {u"labels"_s, QJsonObject{{u"quality"_s, QJsonObject{{u"value"_s, 0.75}, {u"count"_s, 3}}}}},
    };
    if (!parentId.isEmpty())
        m.insert(u"parent_id"_s, parentId);
    for (auto it = extra.begin(); it != extra.end(); ++it)
        m.insert(it.key(), it.value());
    return m;
}

// The message ids of fixtureTree(). The prompt's id is the tree's id, as in Open-Assistant.
struct Ids
{
    QString prompt;
    QString a1;
    QString a2;
    QString p2;
    QString a3;
};

// The export object of one tree:
// prompt (accepted)
//   +- a1 (rank 0, accepted)
//   |    +- p2 (in review: 1 review, no result yet)
//   |         +- a3 (not reviewed, no user_id)
//   +- a2 (rank 1, rejected and deleted)
inline QJsonObject fixtureTree(const Ids &ids, const QString &treeState)
{
    const QJsonObject a3 = message(ids.a3, ids.p2, u"assistant"_s, u"Deepest answer"_s,
                                   {{u"review_count"_s, 0}, {u"rank"_s, 0}});
    const QJsonObject p2 = message(ids.p2, ids.a1, u"prompter"_s, u"Follow-up question"_s,
                                   {{u"user_id"_s, p2User}, {u"review_count"_s, 1}, {u"replies"_s, QJsonArray{a3}}});
    const QJsonObject a1 = message(ids.a1, ids.prompt, u"assistant"_s, u"Best answer\nwith two lines"_s,
                                   {{u"user_id"_s, a1User},
                                    {u"rank"_s, 0},
                                    {u"review_result"_s, true},
                                    {u"replies"_s, QJsonArray{p2}}});
    const QJsonObject a2 = message(ids.a2, ids.prompt, u"assistant"_s, u"Second answer"_s,
                                   {{u"user_id"_s, a2User},
                                    {u"rank"_s, 1},
                                    {u"review_result"_s, false},
                                    {u"deleted"_s, true},
                                    {u"replies"_s, QJsonArray{}}});
    const QJsonObject prompt = message(ids.prompt, QString(), u"prompter"_s, u"What is a conversation tree?"_s,
                                       {{u"user_id"_s, promptUser},
                                        {u"review_result"_s, true},
                                        {u"replies"_s, QJsonArray{a1, a2}}});
    return QJsonObject{{u"message_tree_id"_s, ids.prompt}, {u"tree_state"_s, treeState}, {u"prompt"_s, prompt}};
}

// The text a cell of `index`'s row shows in `column`.
inline QString text(const QModelIndex &index, int column, int role = Qt::DisplayRole)
{
    return index.siblingAtColumn(column).data(role).toString();
}

} // namespace ExportTree
