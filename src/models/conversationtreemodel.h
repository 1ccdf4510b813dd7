#pragma once

#include "models/messagetreemodel.h"

#include <QJsonObject>
#include <QString>

#include <memory>

namespace Arborist {

// One conversation tree, as the engine exports it (Engine::treeJson: the Open-Assistant tree
// object {"message_tree_id", "tree_state", "prompt": {... "replies": [...]}}), for a QTreeView.
//
// The initial prompt is row 0 under the invalid index; replies are created lazily, as
// MessageTreeModel describes.
//
// The model only reads: a new tree is a reset (setTree()), and nothing is edited in place.
class ConversationTreeModel final : public MessageTreeModel
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

    // The index (column 0) of the message with this id anywhere in the tree, fetching the nodes
    // on its path as needed so a view can select and scroll to it; invalid if there is none.
    QModelIndex indexOfMessage(const QString &messageId);

    // How many message nodes exist right now (the prompt plus every fetched reply). For tests
    // and diagnostics: it shows that laziness holds.
    int createdNodeCount() const;

    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    MessageNode *promptBelow(const QModelIndex &parent) const override;
    QModelIndex parentOfPrompt(const MessageNode &prompt) const override;

    std::unique_ptr<MessageNode> m_prompt; // nullptr for a tree without one
    QString m_treeId;
    QString m_treeState;
};

} // namespace Arborist
