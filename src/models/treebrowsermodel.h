#pragma once

#include "models/messagetreemodel.h"

#include <QJsonObject>
#include <QList>
#include <QMultiHash>
#include <QString>

#include <memory>
#include <vector>

namespace Arborist {

// One tree as the browser lists it: one row of a page the owner read on its worker thread.
struct TreeListRow
{
    QString id;
    QString state; // shown as given (the owner names the state)
    QString lang;
    qint64 created = 0; // ms since epoch; 0 = unknown
    int size = 0;       // messages
    QString author;     // the prompt's author name
    QString prompt;     // the prompt's text
};

// The lead's browser over every conversation tree in the database, for a QTreeView.
//
// The database may hold tens of thousands of trees, so the model never asks for them all and
// knows no database or engine: it asks its owner for data through signals (pageWanted,
// treeWanted), and the owner, which reads on a worker thread, feeds the answers back
// (appendPage, setTreeMessages). A view drives the asking through canFetchMore()/fetchMore():
// scrolling near the end asks for the next page of trees, expanding a tree asks for its
// messages. There fetchMore() only asks, once until answered; the rows appear when the answer
// does. canFetchMore() is false while a change is being announced (see the .cpp).
//
// Top level: one row per tree, in the order the pages arrived. Below a tree: once its
// messages are known, one row, the prompt message, and below each message its replies,
// created lazily when the message is expanded, as MessageTreeModel describes (the JSON is
// already there, so that needs no signal).
//
// Only reset() resets (a new filter or sort); everything else is a fine-grained insert, remove
// or dataChanged, so the view keeps its selection and expanded trees (STYLE.md 4.1).
class TreeBrowserModel final : public MessageTreeModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TreeBrowserModel)

public:
    enum Column { ColPrompt, ColState, ColLang, ColSize, ColAuthor, ColCreated, ColumnCount };
    Q_ENUM(Column)

    explicit TreeBrowserModel(QObject *parent = nullptr);
    ~TreeBrowserModel() override;

    // Empties the model (a reset) and expects pages from offset 0 again: "more may come".
    // A request made before the reset is forgotten; an answer to it is ignored when its offset
    // no longer fits. The owner must still drop such answers itself (by a generation count of
    // its own): an answer for offset 0 that arrives after the view has asked for offset 0
    // again cannot be told apart here.
    void reset();

    // The answer to pageWanted(offset). Ignored unless a page request is outstanding and
    // `offset` is the current row count (anything else is a stale answer). Appends `rows` and
    // ends the request; `more` tells whether further pages may exist. An empty page ends the
    // list whatever `more` says, so a confused answer cannot make a view ask forever.
    void appendPage(int offset, const QList<TreeListRow> &rows, bool more);

    // The answer to treeWanted(treeId): the engine's export tree object {"message_tree_id",
    // "tree_state", "prompt": <message with nested "replies">}. Inserts the prompt below every
    // row of that tree. Ignored when no row has that id (it was reset away) or when the tree's
    // messages are already shown (use reloadTreeMessages() to replace them).
    void setTreeMessages(const QString &treeId, const QJsonObject &tree);
    // Replaces the messages of a tree already listed (after a message was edited or deleted):
    // removes the current prompt row and its replies, inserts the new prompt; no reset.
    void reloadTreeMessages(const QString &treeId, const QJsonObject &tree);
    // Replaces the listing data of a tree already listed (say after a moderator halted it),
    // found by row.id; emits dataChanged for that row only. Its messages are kept.
    void updateTree(const TreeListRow &row);
    // The owner could not answer pageWanted(offset) or treeWanted(treeId): asking again is
    // allowed (the next scroll or expand retries). A stale offset is ignored.
    void pageFailed(int offset);
    void treeFailed(const QString &treeId);

    // From MessageTreeModel: setAuthorNames() for the Author column of message rows (tree rows
    // show TreeListRow::author), and messageJson(), which is empty for tree rows.

    bool isTreeRow(const QModelIndex &index) const;
    // The tree id of a tree row or of any message below it; empty for an invalid index.
    QString treeIdOf(const QModelIndex &index) const;
    // The listing data of the tree row at `index` or of the tree a message belongs to.
    TreeListRow treeRow(const QModelIndex &index) const;
    // The tree row (column 0) with this id, or an invalid index.
    QModelIndex indexOfTree(const QString &treeId) const;

    // How many message nodes exist right now, across all trees. For tests and diagnostics:
    // it shows that laziness holds.
    int createdMessageNodeCount() const;

    QModelIndex index(int row, int column, const QModelIndex &parent = QModelIndex()) const override;
    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    bool hasChildren(const QModelIndex &parent = QModelIndex()) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    // The view wants the page of trees starting at `offset` (the rows listed so far).
    void pageWanted(int offset);
    // The view expanded a tree whose messages are not known yet; asked once per tree.
    void treeWanted(const QString &treeId);

private:
    struct TreeItem;

    MessageNode *promptBelow(const QModelIndex &parent) const override;
    QModelIndex parentOfPrompt(const MessageNode &prompt) const override;

    TreeItem *treeFor(const QModelIndex &index) const;
    QModelIndex treeIndex(const TreeItem &tree) const;
    QList<TreeItem *> treesWithId(const QString &treeId) const;
    void replaceMessages(TreeItem &tree, const QJsonObject &treeJson);
    QVariant treeData(const TreeItem &tree, int column, int role) const;
    QVariant messageData(const MessageNode &node, int column, int role) const;

    // Tree rows in page order. unique_ptr: message nodes point at their tree, and the vector
    // grows page by page.
    std::vector<std::unique_ptr<TreeItem>> m_trees;
    // Tree id -> rows. A multi-hash: offset paging over a table that changes meanwhile (a new
    // tree pushes every later one down a place) can list a tree on two pages.
    QMultiHash<QString, int> m_rowsById;
    bool m_more = true;
    bool m_pageOutstanding = false;
    bool m_changing = false; // between a begin*() and its end*(): see canFetchMore()
};

} // namespace Arborist
