#include "models/messagetreemodel.h"

#include "models/messagenode.h"
#include "models/roles.h"

namespace Arborist {

MessageTreeModel::MessageTreeModel(int authorColumn, QObject *parent)
    : QAbstractItemModel(parent)
    , m_authorColumn(authorColumn)
{
}

MessageTreeModel::~MessageTreeModel() = default;

void MessageTreeModel::setAuthorNames(const QHash<QString, QString> &userIdToName)
{
    m_authorNames = userIdToName;
    emitAuthorsChanged({});
}

void MessageTreeModel::emitAuthorsChanged(const QModelIndex &parent)
{
    // Walks the rows that exist (rowCount() never fetches), one dataChanged per level of
    // messages, on the author column only: a view with thousands of rows repaints just that.
    const int rows = rowCount(parent);
    if (rows == 0)
        return;
    if (messageFor(index(0, 0, parent)))
        emit dataChanged(index(0, m_authorColumn, parent), index(rows - 1, m_authorColumn, parent), {Qt::DisplayRole});
    for (int row = 0; row < rows; ++row)
        emitAuthorsChanged(index(row, 0, parent));
}

QJsonObject MessageTreeModel::messageJson(const QModelIndex &index) const
{
    const MessageNode *node = messageFor(index);
    return node ? node->messageJson() : QJsonObject();
}

MessageNode *MessageTreeModel::messageFor(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    return static_cast<MessageNode *>(index.internalPointer());
}

QModelIndex MessageTreeModel::messageIndex(const MessageNode &node, int column) const
{
    return createIndex(node.row, column, &node);
}

int MessageTreeModel::messageNodeCount(const QModelIndex &parent) const
{
    int count = 0;
    for (int row = 0, rows = rowCount(parent); row < rows; ++row) {
        const QModelIndex child = index(row, 0, parent);
        if (const MessageNode *node = messageFor(child))
            count += node->subtreeSize();
        else
            count += messageNodeCount(child);
    }
    return count;
}

QModelIndex MessageTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (const MessageNode *node = messageFor(parent))
        return messageIndex(*node->children.at(std::size_t(row)), column);
    // hasIndex() has checked rowCount(), so there is a prompt and `row` is 0.
    return messageIndex(*promptBelow(parent), column);
}

QModelIndex MessageTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || !checkIndex(child, CheckIndexOption::DoNotUseParent))
        return {};
    const MessageNode *node = messageFor(child);
    if (!node)
        return {}; // the subclass's own rows are top level
    if (node->parent)
        return messageIndex(*node->parent);
    return parentOfPrompt(*node);
}

int MessageTreeModel::rowCount(const QModelIndex &parent) const
{
    // Only column 0 has children, as in every tree model QTreeView expects.
    if (parent.column() > 0)
        return 0;
    if (const MessageNode *node = messageFor(parent))
        return node->fetchedCount();
    return promptBelow(parent) ? 1 : 0;
}

bool MessageTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return false;
    // Answered from the JSON so a view draws the expand arrow before anything is fetched.
    if (const MessageNode *node = messageFor(parent))
        return node->replyCount() > 0;
    return promptBelow(parent) != nullptr;
}

bool MessageTreeModel::canFetchMore(const QModelIndex &parent) const
{
    // A prompt is created with its tree; only replies are fetched here.
    const MessageNode *node = messageFor(parent);
    return node && parent.column() == 0 && !node->fullyFetched();
}

void MessageTreeModel::fetchMore(const QModelIndex &parent)
{
    // MessageTreeModel::canFetchMore(), not an override's: a subclass may refuse fetching while
    // it announces a change, and still call this one from its own fetchMore() in the middle.
    if (!MessageTreeModel::canFetchMore(parent))
        return;
    MessageNode *node = messageFor(parent);
    beginInsertRows(parent, node->fetchedCount(), node->replyCount() - 1);
    node->fetchReplies();
    endInsertRows();
}

Qt::ItemFlags MessageTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    // Lets QTreeView skip the expand arrow and the child queries for leaves. Rows that are not
    // messages never get the flag: a subclass may learn their children only later.
    const MessageNode *node = messageFor(index);
    if (index.column() > 0 || (node && node->replyCount() == 0))
        result |= Qt::ItemNeverHasChildren;
    return result;
}

QHash<int, QByteArray> MessageTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(MessageIdRole, "messageId");
    names.insert(FullTextRole, "fullText");
    names.insert(MessageRoleRole, "messageRole");
    names.insert(DeletedRole, "deleted");
    return names;
}

} // namespace Arborist
