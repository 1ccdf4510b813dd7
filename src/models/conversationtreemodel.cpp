#include "models/conversationtreemodel.h"

#include "models/preview.h"
#include "models/roles.h"

#include <QJsonArray>
#include <QJsonValue>

#include <optional>
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

// One message. The fields a view asks for on every repaint are read out of the JSON once, when
// the node is created; the JSON itself stays (implicitly shared, so no copy) for the replies
// that are not fetched yet and for messageJson().
struct ConversationTreeModel::Node
{
    explicit Node(Node *parentNode = nullptr, int rowInParent = 0)
        : parent(parentNode)
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
        const QJsonValue rankValue = message.value("rank"_L1);
        if (rankValue.isDouble())
            rank = rankValue.toInt();
        replies = message.value("replies"_L1).toArray();
    }

    bool fullyFetched() const { return qsizetype(children.size()) >= replies.size(); }

    Node *parent;
    int row; // fixed: children are only ever appended, never moved or removed
    std::vector<std::unique_ptr<Node>> children;

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
    std::optional<int> rank;
};

ConversationTreeModel::ConversationTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_top(std::make_unique<Node>())
{
}

ConversationTreeModel::~ConversationTreeModel() = default;

void ConversationTreeModel::setTree(const QJsonObject &tree)
{
    beginResetModel();
    m_top = std::make_unique<Node>();
    m_nodeCount = 0;
    m_treeId = tree.value("message_tree_id"_L1).toString();
    m_treeState = tree.value("tree_state"_L1).toString();
    const QJsonValue prompt = tree.value("prompt"_L1);
    if (prompt.isObject()) {
        auto node = std::make_unique<Node>(m_top.get(), 0);
        node->read(prompt.toObject());
        m_top->children.push_back(std::move(node));
        ++m_nodeCount;
    }
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

void ConversationTreeModel::setAuthorNames(const QHash<QString, QString> &userIdToName)
{
    m_authorNames = userIdToName;
    emitAuthorsChanged(*m_top);
}

void ConversationTreeModel::emitAuthorsChanged(const Node &parent)
{
    if (parent.children.empty())
        return;
    const QModelIndex parentIndex = &parent == m_top.get() ? QModelIndex() : createIndex(parent.row, 0, &parent);
    const int last = int(parent.children.size()) - 1;
    emit dataChanged(index(0, ColAuthor, parentIndex), index(last, ColAuthor, parentIndex), {Qt::DisplayRole});
    for (const auto &child : parent.children)
        emitAuthorsChanged(*child);
}

QModelIndex ConversationTreeModel::indexOfMessage(const QString &messageId)
{
    if (messageId.isEmpty() || m_top->children.empty())
        return {};
    Node *node = m_top->children.front().get();
    std::vector<int> path;
    if (!findPath(node->json, messageId, path))
        return {};
    for (const int step : path) {
        const QModelIndex at = createIndex(node->row, 0, node);
        if (canFetchMore(at))
            fetchMore(at);
        node = node->children.at(std::size_t(step)).get();
    }
    return createIndex(node->row, 0, node);
}

QJsonObject ConversationTreeModel::messageJson(const QModelIndex &index) const
{
    const Node *node = nodeFor(index);
    if (!node || node == m_top.get())
        return {};
    QJsonObject message = node->json;
    message.remove("replies"_L1);
    return message;
}

int ConversationTreeModel::createdNodeCount() const
{
    return m_nodeCount;
}

ConversationTreeModel::Node *ConversationTreeModel::nodeFor(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_top.get();
    return static_cast<Node *>(index.internalPointer());
}

QModelIndex ConversationTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const Node *parentNode = nodeFor(parent);
    return createIndex(row, column, parentNode->children.at(std::size_t(row)).get());
}

QModelIndex ConversationTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || !checkIndex(child, CheckIndexOption::DoNotUseParent))
        return {};
    const Node *parentNode = nodeFor(child)->parent;
    if (!parentNode || parentNode == m_top.get())
        return {};
    return createIndex(parentNode->row, 0, parentNode);
}

int ConversationTreeModel::rowCount(const QModelIndex &parent) const
{
    // Only column 0 has children, as in every tree model QTreeView expects.
    if (parent.column() > 0)
        return 0;
    return int(nodeFor(parent)->children.size());
}

int ConversationTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool ConversationTreeModel::hasChildren(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return false;
    const Node *node = nodeFor(parent);
    // Answered from the JSON so a view draws the expand arrow before anything is fetched.
    return node == m_top.get() ? !node->children.empty() : !node->replies.isEmpty();
}

bool ConversationTreeModel::canFetchMore(const QModelIndex &parent) const
{
    if (!parent.isValid() || parent.column() > 0)
        return false; // the prompt itself is created with the tree
    return !nodeFor(parent)->fullyFetched();
}

void ConversationTreeModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    Node *node = nodeFor(parent);
    // All replies at once: a message has a handful as a rule, and creating even thousands of
    // nodes is cheap next to the view laying them out. Batches would only make indexOfMessage()
    // loop, for no visible gain.
    const int first = int(node->children.size());
    const int last = int(node->replies.size()) - 1;
    beginInsertRows(parent, first, last);
    node->children.reserve(std::size_t(last + 1));
    for (int row = first; row <= last; ++row) {
        auto child = std::make_unique<Node>(node, row);
        child->read(node->replies.at(row).toObject());
        node->children.push_back(std::move(child));
    }
    m_nodeCount += last - first + 1;
    endInsertRows();
}

QVariant ConversationTreeModel::data(const QModelIndex &index, int role) const
{
    // checkIndex() also catches an index of another model; it warns on an invalid one, which
    // views legitimately pass, hence the isValid() first.
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node &node = *nodeFor(index);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case ColRole:
            if (node.role == "prompter"_L1)
                return tr("Prompter");
            if (node.role == "assistant"_L1)
                return tr("Assistant");
            return node.role;
        case ColAuthor:
            return authorName(node);
        case ColText:
            return node.preview;
        case ColReview:
            return reviewText(node);
        case ColRank:
            // The export's rank is 0-based (0 = best); people count from 1, as the ranking
            // list does with its positions.
            if (node.rank)
                return *node.rank + 1;
            return {};
        default:
            return {};
        }
    case Qt::ToolTipRole:
    case FullTextRole:
        return node.text;
    case Qt::TextAlignmentRole:
        if (index.column() == ColRank)
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

QString ConversationTreeModel::authorName(const Node &node) const
{
    if (node.userId.isEmpty())
        return tr("unknown");
    const auto it = m_authorNames.constFind(node.userId);
    if (it != m_authorNames.cend() && !it->isEmpty())
        return *it;
    // Eight hex digits are enough to tell authors apart at a glance.
    return node.userId.left(8);
}

QString ConversationTreeModel::reviewText(const Node &node) const
{
    if (node.deleted)
        return tr("deleted");
    if (node.reviewResult)
        return *node.reviewResult ? tr("accepted") : tr("rejected");
    if (node.reviewCount == 0)
        return tr("not reviewed");
    return tr("in review (%n review(s))", nullptr, node.reviewCount);
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

Qt::ItemFlags ConversationTreeModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    Qt::ItemFlags result = Qt::ItemIsSelectable | Qt::ItemIsEnabled;
    // Lets QTreeView skip the expand arrow and the child queries for leaves.
    if (index.column() > 0 || nodeFor(index)->replies.isEmpty())
        result |= Qt::ItemNeverHasChildren;
    return result;
}

QHash<int, QByteArray> ConversationTreeModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractItemModel::roleNames();
    names.insert(MessageIdRole, "messageId");
    names.insert(FullTextRole, "fullText");
    names.insert(MessageRoleRole, "messageRole");
    names.insert(DeletedRole, "deleted");
    return names;
}

} // namespace Arborist
