#include "models/conversationtreemodel.h"

#include "models/messagenode.h"

#include <QJsonArray>
#include <QJsonValue>

#include <vector>

using namespace Qt::StringLiterals;

namespace Arborist {

namespace {

// Depth-first search of the JSON (not of the nodes, which may not exist yet) for a message id.
// On success `path` holds the reply index at each level below `message`.
bool findPath(const QJsonObject &message, const QString &messageId, std::vector<int> &path)
{
    if (message.value("message_id"_L1).toString() == messageId)
        return true;
    const QJsonArray replies = message.value("replies"_L1).toArray();
    for (int i = 0; i < replies.size(); ++i) {
        path.push_back(i);
        if (findPath(replies.at(i).toObject(), messageId, path))
            return true;
        path.pop_back();
    }
    return false;
}

} // namespace

ConversationTreeModel::ConversationTreeModel(QObject *parent)
    : MessageTreeModel(ColAuthor, parent)
{
}

ConversationTreeModel::~ConversationTreeModel() = default;

void ConversationTreeModel::setTree(const QJsonObject &tree)
{
    beginResetModel();
    m_prompt = MessageNode::promptOf(tree, nullptr, nullptr);
    m_treeId = tree.value("message_tree_id"_L1).toString();
    m_treeState = tree.value("tree_state"_L1).toString();
    endResetModel();
}

void ConversationTreeModel::clear()
{
    setTree({});
}

QString ConversationTreeModel::treeId() const
{
    return m_treeId;
}

QString ConversationTreeModel::treeState() const
{
    return m_treeState;
}

QModelIndex ConversationTreeModel::indexOfMessage(const QString &messageId)
{
    if (messageId.isEmpty() || !m_prompt)
        return {};
    MessageNode *node = m_prompt.get();
    std::vector<int> path;
    if (!findPath(node->json, messageId, path))
        return {};
    for (const int step : path) {
        const QModelIndex at = messageIndex(*node);
        if (canFetchMore(at))
            fetchMore(at);
        node = node->children.at(std::size_t(step)).get();
    }
    return messageIndex(*node);
}

int ConversationTreeModel::createdNodeCount() const
{
    return messageNodeCount();
}

MessageNode *ConversationTreeModel::promptBelow(const QModelIndex &parent) const
{
    return parent.isValid() ? nullptr : m_prompt.get();
}

QModelIndex ConversationTreeModel::parentOfPrompt(const MessageNode &) const
{
    return {};
}

int ConversationTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ConversationTreeModel::data(const QModelIndex &index, int role) const
{
    // checkIndex() also catches an index of another model; it warns on an invalid one, which
    // views legitimately pass, hence the isValid() first.
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const MessageNode &node = *messageFor(index);
    // Here every column has the whole text as its tooltip, not only the text column.
    if (role == Qt::ToolTipRole)
        return node.text;
    using Field = MessageNode::Field;
    static constexpr Field fields[ColumnCount] = {Field::Role, Field::Author, Field::Preview, Field::Review,
                                                  Field::Rank};
    return node.data(fields[index.column()], role, authorNames());
}

QVariant ConversationTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case ColRole:
        return tr("Role");
    case ColAuthor:
        return tr("Author");
    case ColText:
        return tr("Text");
    case ColReview:
        return tr("Review");
    case ColRank:
        return tr("Rank");
    default:
        return {};
    }
}

} // namespace Arborist
