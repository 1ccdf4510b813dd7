#pragma once

#include <QAbstractItemModel>
#include <QHash>
#include <QJsonObject>
#include <QString>

namespace Arborist {

struct MessageNode;

// The part ConversationTreeModel and TreeBrowserModel share: rows that are messages of an
// exported conversation tree (MessageNode), with their replies created lazily. hasChildren()
// answers from the JSON, and a message's replies exist only after fetchMore() on it (a view
// calls that when the row is expanded).
//
// A message row's index carries its node; every other index (the invalid one, or a row of the
// subclass's own such as a tree row) carries none. A prompt hangs below one of those others: a
// subclass names which through promptBelow() and parentOfPrompt(), and answers for the rows it
// owns by overriding the structure functions and passing message rows on to these.
class MessageTreeModel : public QAbstractItemModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageTreeModel)

public:
    ~MessageTreeModel() override;

    // Display names for the author column of message rows, by user_id. Without one the column
    // shows the first eight characters of the id, or "unknown" for a message that has no user_id.
    void setAuthorNames(const QHash<QString, QString> &userIdToName);

    // The message at `index` as in the export, without its "replies" (for a detail pane that
    // shows labels and emojis). Empty for an index that is not a message row.
    QJsonObject messageJson(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    // `authorColumn` is the column setAuthorNames() announces as changed.
    explicit MessageTreeModel(int authorColumn, QObject *parent = nullptr);

    // The node of a message row; nullptr for any other index, an invalid one or one of
    // another model included.
    MessageNode *messageFor(const QModelIndex &index) const;
    QModelIndex messageIndex(const MessageNode &node, int column = 0) const;
    const QHash<QString, QString> &authorNames() const { return m_authorNames; }
    // How many message nodes exist right now, counted from the rows. For the subclasses'
    // diagnostics, which show that laziness holds.
    int messageNodeCount(const QModelIndex &parent = QModelIndex()) const;

    // The prompt shown as the only row below `parent`, an index that is not a message row; or
    // nullptr when there is none (not known yet, or the rows there are not messages).
    virtual MessageNode *promptBelow(const QModelIndex &parent) const = 0;
    // The index `prompt` is shown below: the reverse of promptBelow().
    virtual QModelIndex parentOfPrompt(const MessageNode &prompt) const = 0;

private:
    void emitAuthorsChanged(const QModelIndex &parent);

    int m_authorColumn;
    QHash<QString, QString> m_authorNames;
};

} // namespace Arborist
