#include "models/treebrowsermodel.h"

#include "models/messagenode.h"
#include "models/preview.h"
#include "models/roles.h"

#include <QDateTime>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Arborist {

// One tree row. Its only child row, once the messages are known, is the prompt. The prompt has
// no parent node; every message of the tree has the tree row as its MessageNode::owner.
struct TreeBrowserModel::TreeItem
{
    // Whether the messages are known. Unknown until the view expands the tree (or the owner
    // pushes them); Requested keeps fetchMore() from asking twice while the answer is on its way.
    enum class Messages { Unknown, Requested, Known };

    TreeItem(const TreeListRow &listing, int rowInModel)
        : data(listing)
        , row(rowInModel)
    {
    }

    TreeListRow data;
    int row; // fixed: tree rows are only appended, and removed only by reset()
    Messages messages = Messages::Unknown;
    std::unique_ptr<MessageNode> prompt; // nullptr until the messages are known, or without one
};

TreeBrowserModel::TreeBrowserModel(QObject *parent)
    : MessageTreeModel(ColAuthor, parent)
{
}

TreeBrowserModel::~TreeBrowserModel() = default;

void TreeBrowserModel::reset()
{
    m_changing = true;
    beginResetModel();
    m_trees.clear();
    m_rowsById.clear();
    m_more = true;
    m_pageOutstanding = false;
    endResetModel();
    m_changing = false;
}

void TreeBrowserModel::appendPage(int offset, const QList<TreeListRow> &rows, bool more)
{
    // Without an outstanding request the page answers one made before reset(); with another
    // offset it answers one made for rows that are gone. Either way it does not belong here.
    if (!m_pageOutstanding || offset != int(m_trees.size()))
        return;
    if (rows.isEmpty()) {
        m_pageOutstanding = false;
        m_more = false;
        return;
    }
    const int first = int(m_trees.size());
    const int last = first + int(rows.size()) - 1;
    m_changing = true;
    beginInsertRows({}, first, last);
    for (int row = first; row <= last; ++row) {
        const TreeListRow &listing = rows.at(row - first);
        m_trees.push_back(std::make_unique<TreeItem>(listing, row));
        m_rowsById.insert(listing.id, row);
    }
    m_pageOutstanding = false;
    m_more = more;
    endInsertRows();
    m_changing = false;
}

void TreeBrowserModel::setTreeMessages(const QString &treeId, const QJsonObject &tree)
{
    // A late answer must not overwrite messages that a reloadTreeMessages() made newer.
    for (TreeItem *item : treesWithId(treeId)) {
        if (item->messages != TreeItem::Messages::Known)
            replaceMessages(*item, tree);
    }
}

void TreeBrowserModel::reloadTreeMessages(const QString &treeId, const QJsonObject &tree)
{
    for (TreeItem *item : treesWithId(treeId))
        replaceMessages(*item, tree);
}

void TreeBrowserModel::replaceMessages(TreeItem &tree, const QJsonObject &treeJson)
{
    const QModelIndex parent = treeIndex(tree);
    // Remove, then insert, rather than a reset: the view keeps the list, its selection and
    // every other expanded tree. Only indexes into this tree's old messages go away.
    if (tree.prompt) {
        m_changing = true;
        beginRemoveRows(parent, 0, 0);
        tree.prompt.reset();
        endRemoveRows();
        m_changing = false;
    }
    tree.messages = TreeItem::Messages::Known;
    auto prompt = MessageNode::promptOf(treeJson, nullptr, &tree);
    if (!prompt)
        return;
    m_changing = true;
    beginInsertRows(parent, 0, 0);
    tree.prompt = std::move(prompt);
    endInsertRows();
    m_changing = false;
}

void TreeBrowserModel::pageFailed(int offset)
{
    if (m_pageOutstanding && offset == int(m_trees.size()))
        m_pageOutstanding = false;
}

void TreeBrowserModel::treeFailed(const QString &treeId)
{
    for (TreeItem *tree : treesWithId(treeId)) {
        if (tree->messages == TreeItem::Messages::Requested)
            tree->messages = TreeItem::Messages::Unknown;
    }
}

void TreeBrowserModel::updateTree(const TreeListRow &row)
{
    for (TreeItem *item : treesWithId(row.id)) {
        item->data = row;
        emit dataChanged(index(item->row, 0), index(item->row, ColumnCount - 1));
    }
}

bool TreeBrowserModel::isTreeRow(const QModelIndex &index) const
{
    return index.isValid() && index.model() == this && !index.internalPointer();
}

QString TreeBrowserModel::treeIdOf(const QModelIndex &index) const
{
    const TreeItem *tree = treeFor(index);
    return tree ? tree->data.id : QString();
}

TreeListRow TreeBrowserModel::treeRow(const QModelIndex &index) const
{
    const TreeItem *tree = treeFor(index);
    return tree ? tree->data : TreeListRow();
}

QModelIndex TreeBrowserModel::indexOfTree(const QString &treeId) const
{
    const QList<TreeItem *> trees = treesWithId(treeId);
    return trees.isEmpty() ? QModelIndex() : treeIndex(*trees.constFirst());
}

int TreeBrowserModel::createdMessageNodeCount() const
{
    return messageNodeCount();
}

TreeBrowserModel::TreeItem *TreeBrowserModel::treeFor(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    if (const MessageNode *node = messageFor(index))
        return static_cast<TreeItem *>(node->owner);
    // Bounds-checked because the public helpers take any index, a stale one included.
    if (index.row() >= int(m_trees.size()))
        return nullptr;
    return m_trees.at(std::size_t(index.row())).get();
}

QModelIndex TreeBrowserModel::treeIndex(const TreeItem &tree) const
{
    return createIndex(tree.row, 0);
}

QList<TreeBrowserModel::TreeItem *> TreeBrowserModel::treesWithId(const QString &treeId) const
{
    QList<int> rows = m_rowsById.values(treeId);
    std::sort(rows.begin(), rows.end()); // the multi-hash hands them out newest first
    QList<TreeItem *> trees;
    trees.reserve(rows.size());
    for (const int row : std::as_const(rows))
        trees.append(m_trees.at(std::size_t(row)).get());
    return trees;
}

MessageNode *TreeBrowserModel::promptBelow(const QModelIndex &parent) const
{
    // Called for rows without a node: the invalid index, whose rows are trees, or a tree row.
    const TreeItem *tree = parent.isValid() ? treeFor(parent) : nullptr;
    return tree ? tree->prompt.get() : nullptr;
}

QModelIndex TreeBrowserModel::parentOfPrompt(const MessageNode &prompt) const
{
    return treeIndex(*static_cast<const TreeItem *>(prompt.owner));
}

QModelIndex TreeBrowserModel::index(int row, int column, const QModelIndex &parent) const
{
    // Tree rows carry no pointer; message rows carry their node.
    if (!parent.isValid())
        return hasIndex(row, column, parent) ? createIndex(row, column) : QModelIndex();
    return MessageTreeModel::index(row, column, parent);
}

int TreeBrowserModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_trees.size());
    return MessageTreeModel::rowCount(parent);
}

int TreeBrowserModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool TreeBrowserModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return false;
    if (!parent.isValid())
        return !m_trees.empty();
    if (isTreeRow(parent)) {
        // Every tree has at least its prompt, so the arrow shows until the messages say otherwise.
        const TreeItem *tree = treeFor(parent);
        return tree->messages != TreeItem::Messages::Known || tree->prompt;
    }
    return MessageTreeModel::hasChildren(parent);
}

bool TreeBrowserModel::canFetchMore(const QModelIndex &parent) const
{
    // Nothing is fetched while a change is being announced. Whoever asks from inside
    // rowsInserted or modelReset (Qt's model tester does, on every signal) would otherwise
    // start a second change within the first: at once for replies, and for pages and trees
    // as soon as an owner answers from within the signal. Views ask later, after layout.
    if (m_changing)
        return false;
    if (!parent.isValid())
        return m_more && !m_pageOutstanding;
    if (isTreeRow(parent))
        return parent.column() == 0 && treeFor(parent)->messages == TreeItem::Messages::Unknown;
    return MessageTreeModel::canFetchMore(parent);
}

void TreeBrowserModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    if (!parent.isValid()) {
        // Marked before the signal: an owner that answers at once, from within the emit,
        // must find its request outstanding.
        m_pageOutstanding = true;
        emit pageWanted(int(m_trees.size()));
        return;
    }
    if (isTreeRow(parent)) {
        // Every row of this tree waits for the same answer, so it is asked for once.
        const QString treeId = treeFor(parent)->data.id;
        for (TreeItem *tree : treesWithId(treeId)) {
            if (tree->messages == TreeItem::Messages::Unknown)
                tree->messages = TreeItem::Messages::Requested;
        }
        emit treeWanted(treeId);
        return;
    }
    m_changing = true;
    MessageTreeModel::fetchMore(parent);
    m_changing = false;
}

QVariant TreeBrowserModel::data(const QModelIndex &index, int role) const
{
    // checkIndex() also catches an index of another model; it warns on an invalid one, which
    // views legitimately pass, hence the isValid() first.
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    switch (role) {
    case TreeIdRole:
        return treeFor(index)->data.id;
    case IsTreeRole:
        return isTreeRow(index);
    default:
        break;
    }
    if (const MessageNode *node = messageFor(index))
        return messageData(*node, index.column(), role);
    return treeData(*treeFor(index), index.column(), role);
}

QVariant TreeBrowserModel::treeData(const TreeItem &tree, int column, int role) const
{
    const TreeListRow &row = tree.data;
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case ColPrompt:
            // Computed per repaint rather than stored: only the visible rows ever ask, and
            // 60,000 stored previews would cost more memory than the prompts themselves.
            return oneLinePreview(row.prompt);
        case ColState:
            return row.state;
        case ColLang:
            return row.lang;
        case ColSize:
            return row.size;
        case ColAuthor:
            return row.author;
        case ColCreated:
            // ISO order, to the minute: fixed width and sorts as text, whatever the locale.
            if (row.created <= 0)
                return {};
            return QDateTime::fromMSecsSinceEpoch(row.created).toString(u"yyyy-MM-dd HH:mm"_s);
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (column == ColPrompt)
            return row.prompt;
        return {};
    case FullTextRole:
        return row.prompt;
    case Qt::TextAlignmentRole:
        if (column == ColSize)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant TreeBrowserModel::messageData(const MessageNode &node, int column, int role) const
{
    // Tooltips only on the text column, as on tree rows.
    if (role == Qt::ToolTipRole)
        return column == ColPrompt ? node.text : QVariant();
    // The message counterpart of each tree column; ColCreated stays empty, the export carries
    // no date per message.
    using Field = MessageNode::Field;
    static constexpr Field fields[ColumnCount] = {Field::Preview,    Field::Review, Field::Role,
                                                  Field::ReplyCount, Field::Author, Field::None};
    return node.data(fields[column], role, authorNames());
}

QVariant TreeBrowserModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    switch (section) {
    case ColPrompt:
        return tr("Conversation");
    case ColState:
        return tr("State");
    case ColLang:
        return tr("Language");
    case ColSize:
        return tr("Messages");
    case ColAuthor:
        return tr("Author");
    case ColCreated:
        return tr("Created");
    default:
        return {};
    }
}

QHash<int, QByteArray> TreeBrowserModel::roleNames() const
{
    QHash<int, QByteArray> names = MessageTreeModel::roleNames();
    names.insert(TreeIdRole, "treeId");
    names.insert(IsTreeRole, "isTree");
    return names;
}

} // namespace Arborist
