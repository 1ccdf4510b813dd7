#include "models/treebrowsermodel.h"

#include "models/preview.h"
#include "models/roles.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonValue>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace Arborist {

// One message below a tree. As in ConversationTreeModel, the fields a view asks for on every
// repaint are read out of the JSON once, and the JSON itself stays (implicitly shared) for the
// replies not fetched yet and for messageJson().
struct TreeBrowserModel::MessageNode
{
    MessageNode(TreeItem *ownerTree, MessageNode *parentNode, int rowInParent)
        : tree(ownerTree)
        , parent(parentNode)
        , row(rowInParent)
    {
    }

    void read(const QJsonObject &message)
    {
        json = message;
        id = message.value("message_id"_L1).toString();
        userId = message.value("user_id"_L1).toString();
        text = message.value("text"_L1).toString();
        preview = oneLinePreview(text);
        role = message.value("role"_L1).toString();
        deleted = message.value("deleted"_L1).toBool();
        reviewCount = message.value("review_count"_L1).toInt();
        const QJsonValue result = message.value("review_result"_L1);
        if (result.isBool())
            reviewResult = result.toBool();
        replies = message.value("replies"_L1).toArray();
    }

    bool fullyFetched() const { return qsizetype(children.size()) >= replies.size(); }

    TreeItem *tree;      // the tree row this message is listed under
    MessageNode *parent; // nullptr for the prompt, whose parent row is the tree row
    int row;             // fixed: children are only appended, and removed only all at once
    std::vector<std::unique_ptr<MessageNode>> children;

    QJsonObject json;
    QJsonArray replies;
    QString id;
    QString userId;
    QString text;
    QString preview;
    QString role;
    bool deleted = false;
    int reviewCount = 0;
    std::optional<bool> reviewResult;
};

// One tree row. `children` holds at most one node, the prompt; a vector so that tree rows and
// message rows keep their children the same way.
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
    std::vector<std::unique_ptr<MessageNode>> children;
};

TreeBrowserModel::TreeBrowserModel(QObject *parent)
    : QAbstractItemModel(parent)
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
    m_messageNodeCount = 0;
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
    if (!tree.children.empty()) {
        m_changing = true;
        beginRemoveRows(parent, 0, int(tree.children.size()) - 1);
        for (const auto &child : tree.children)
            m_messageNodeCount -= countNodes(*child);
        tree.children.clear();
        endRemoveRows();
        m_changing = false;
    }
    tree.messages = TreeItem::Messages::Known;
    const QJsonValue prompt = treeJson.value("prompt"_L1);
    if (!prompt.isObject())
        return;
    m_changing = true;
    beginInsertRows(parent, 0, 0);
    auto node = std::make_unique<MessageNode>(&tree, nullptr, 0);
    node->read(prompt.toObject());
    tree.children.push_back(std::move(node));
    ++m_messageNodeCount;
    endInsertRows();
    m_changing = false;
}

int TreeBrowserModel::countNodes(const MessageNode &node)
{
    int count = 1;
    for (const auto &child : node.children)
        count += countNodes(*child);
    return count;
}

void TreeBrowserModel::updateTree(const TreeListRow &row)
{
    for (TreeItem *item : treesWithId(row.id)) {
        item->data = row;
        emit dataChanged(index(item->row, 0), index(item->row, ColumnCount - 1));
    }
}

void TreeBrowserModel::setAuthorNames(const QHash<QString, QString> &userIdToName)
{
    m_authorNames = userIdToName;
    for (const auto &tree : m_trees)
        emitAuthorsChanged(treeIndex(*tree), tree->children);
}

void TreeBrowserModel::emitAuthorsChanged(const QModelIndex &parent,
                                          const std::vector<std::unique_ptr<MessageNode>> &children)
{
    if (children.empty())
        return;
    const int last = int(children.size()) - 1;
    emit dataChanged(index(0, ColAuthor, parent), index(last, ColAuthor, parent), {Qt::DisplayRole});
    for (const auto &child : children)
        emitAuthorsChanged(createIndex(child->row, 0, child.get()), child->children);
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

QJsonObject TreeBrowserModel::messageJson(const QModelIndex &index) const
{
    const MessageNode *node = messageFor(index);
    if (!node)
        return {};
    QJsonObject message = node->json;
    message.remove("replies"_L1);
    return message;
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
    return m_messageNodeCount;
}

TreeBrowserModel::TreeItem *TreeBrowserModel::treeFor(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    if (const MessageNode *node = messageFor(index))
        return node->tree;
    // Bounds-checked because the public helpers take any index, a stale one included.
    if (index.row() >= int(m_trees.size()))
        return nullptr;
    return m_trees.at(std::size_t(index.row())).get();
}

TreeBrowserModel::MessageNode *TreeBrowserModel::messageFor(const QModelIndex &index) const
{
    // Tree rows carry no pointer; message rows carry their node.
    if (!index.isValid() || index.model() != this)
        return nullptr;
    return static_cast<MessageNode *>(index.internalPointer());
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

QModelIndex TreeBrowserModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column);
    if (const MessageNode *node = messageFor(parent))
        return createIndex(row, column, node->children.at(std::size_t(row)).get());
    return createIndex(row, column, treeFor(parent)->children.at(std::size_t(row)).get());
}

QModelIndex TreeBrowserModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || !checkIndex(child, CheckIndexOption::DoNotUseParent))
        return {};
    const MessageNode *node = messageFor(child);
    if (!node)
        return {}; // a tree row
    if (node->parent)
        return createIndex(node->parent->row, 0, node->parent);
    return treeIndex(*node->tree);
}

int TreeBrowserModel::rowCount(const QModelIndex &parent) const
{
    // Only column 0 has children, as in every tree model QTreeView expects.
    if (parent.column() > 0)
        return 0;
    if (!parent.isValid())
        return int(m_trees.size());
    if (const MessageNode *node = messageFor(parent))
        return int(node->children.size());
    return int(treeFor(parent)->children.size());
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
    if (const MessageNode *node = messageFor(parent))
        return !node->replies.isEmpty(); // from the JSON: the arrow shows before any fetch
    // Every tree has at least its prompt, so the arrow shows until the messages say otherwise.
    const TreeItem *tree = treeFor(parent);
    return tree->messages != TreeItem::Messages::Known || !tree->children.empty();
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
    if (parent.column() > 0)
        return false;
    if (const MessageNode *node = messageFor(parent))
        return !node->fullyFetched();
    return treeFor(parent)->messages == TreeItem::Messages::Unknown;
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
    MessageNode *node = messageFor(parent);
    if (!node) {
        // Every row of this tree waits for the same answer, so it is asked for once.
        const QString treeId = treeFor(parent)->data.id;
        for (TreeItem *tree : treesWithId(treeId)) {
            if (tree->messages == TreeItem::Messages::Unknown)
                tree->messages = TreeItem::Messages::Requested;
        }
        emit treeWanted(treeId);
        return;
    }
    // All replies at once, as ConversationTreeModel does: a message has a handful as a rule.
    const int first = int(node->children.size());
    const int last = int(node->replies.size()) - 1;
    m_changing = true;
    beginInsertRows(parent, first, last);
    node->children.reserve(std::size_t(last + 1));
    for (int row = first; row <= last; ++row) {
        auto child = std::make_unique<MessageNode>(node->tree, node, row);
        child->read(node->replies.at(row).toObject());
        node->children.push_back(std::move(child));
    }
    m_messageNodeCount += last - first + 1;
    endInsertRows();
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
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case ColPrompt:
            return node.preview;
        case ColState:
            return reviewText(node);
        case ColLang:
            if (node.role == "prompter"_L1)
                return tr("Prompter");
            if (node.role == "assistant"_L1)
                return tr("Assistant");
            return node.role;
        case ColSize:
            return int(node.replies.size());
        case ColAuthor:
            return authorName(node);
        default:
            return {}; // ColCreated: the export carries no date per message
        }
    case Qt::ToolTipRole:
        if (column == ColPrompt)
            return node.text;
        return {};
    case FullTextRole:
        return node.text;
    case Qt::TextAlignmentRole:
        if (column == ColSize)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case MessageIdRole:
        return node.id;
    case MessageRoleRole:
        return node.role;
    case DeletedRole:
        return node.deleted;
    default:
        return {};
    }
}

QString TreeBrowserModel::authorName(const MessageNode &node) const
{
    if (node.userId.isEmpty())
        return tr("unknown");
    const auto it = m_authorNames.constFind(node.userId);
    if (it != m_authorNames.cend() && !it->isEmpty())
        return *it;
    // Eight hex digits are enough to tell authors apart at a glance.
    return node.userId.left(8);
}

QString TreeBrowserModel::reviewText(const MessageNode &node) const
{
    if (node.deleted)
        return tr("deleted");
    if (node.reviewResult)
        return *node.reviewResult ? tr("accepted") : tr("rejected");
    if (node.reviewCount == 0)
        return tr("not reviewed");
    return tr("in review");
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

Qt::ItemFlags TreeBrowserModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    // Lets QTreeView skip the expand arrow and the child queries for leaves. Tree rows never
    // get the flag: whether they have children is not known before their messages are.
    const MessageNode *node = messageFor(index);
    if (index.column() > 0 || (node && node->replies.isEmpty()))
        result |= Qt::ItemNeverHasChildren;
    return result;
}

QHash<int, QByteArray> TreeBrowserModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(TreeIdRole, "treeId");
    names.insert(IsTreeRole, "isTree");
    names.insert(MessageIdRole, "messageId");
    names.insert(FullTextRole, "fullText");
    names.insert(MessageRoleRole, "messageRole");
    names.insert(DeletedRole, "deleted");
    return names;
}

} // namespace Arborist
