#pragma once

#include <QAbstractItemModel>
#include <QHash>
#include <QJsonObject>
#include <QString>

#include <memory>

namespace Arborist {

// One conversation tree, as the engine exports it (Engine::treeJson: the Open-Assistant tree
// object {"message_tree_id", "tree_state", "prompt": {... "replies": [...]}}), for a QTreeView.
//
// The initial prompt is row 0 under the invalid index. Replies are created lazily: hasChildren()
// answers from the JSON, and a node's children exist only after fetchMore() on it (a view calls
// that when the node is expanded), so a tree with thousands of replies costs nothing until it is
// opened. Replies keep the JSON's order, which the engine has already sorted by rank.
//
// The model only reads: a new tree is a reset (setTree()), and nothing is edited in place.
class ConversationTreeModel final : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConversationTreeModel)

public:
    enum Column { ColRole, ColAuthor, ColText, ColReview, ColRank, ColumnCount };
    Q_ENUM(Column)

    explicit ConversationTreeModel(QObject *parent = nullptr);
    ~ConversationTreeModel() override;

    // Shows `tree` (a reset). An object without a "prompt" message gives an empty model.
    void setTree(const QJsonObject &tree);
    void clear();
    QString treeId() const;
    QString treeState() const;

    // Display names for the Author column, by user_id. Without one the column shows the first
    // eight characters of the id, or "unknown" for a message that has no user_id.
    void setAuthorNames(const QHash<QString, QString> &userIdToName);

    // The index (column 0) of the message with this id anywhere in the tree, fetching the nodes
    // on its path as needed so a view can select and scroll to it; invalid if there is none.
    QModelIndex indexOfMessage(const QString &messageId);
    // The message at `index` as in the export, without its "replies" (for a detail pane that
    // shows labels and emojis). Empty for an invalid index.
    QJsonObject messageJson(const QModelIndex &index) const;

    // How many message nodes exist right now (the prompt plus every fetched reply). For tests
    // and diagnostics: it shows that laziness holds.
    int createdNodeCount() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    struct Node;

    Node *nodeFor(const QModelIndex &index) const;
    QString authorName(const Node &node) const;
    QString reviewText(const Node &node) const;
    void emitAuthorsChanged(const Node &parent);

    // The invisible top: no message of its own, its only child is the prompt. Having it makes
    // the prompt an ordinary node (parent pointer, row) instead of a special case everywhere.
    std::unique_ptr<Node> m_top;
    QString m_treeId;
    QString m_treeState;
    QHash<QString, QString> m_authorNames;
    int m_nodeCount = 0;
};

} // namespace Arborist
