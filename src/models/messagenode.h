#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QVariant>

#include <memory>
#include <optional>
#include <vector>

namespace Arborist {

// One message of a conversation tree as the engine exports it (Engine::treeJson: message_id,
// user_id, text, role, review_count, review_result, deleted, rank and the nested "replies"),
// as a node of an item model. ConversationTreeModel and TreeBrowserModel both show such
// messages as rows; this is what they share: the JSON read once, the lazily created replies,
// and what a message row shows.
//
// The fields a view asks for on every repaint are read out of the JSON once, when the node is
// created; the JSON itself stays (implicitly shared, so no copy) for the replies that are not
// fetched yet and for messageJson(). Replies become nodes only on fetchReplies(), so a tree
// with thousands of replies costs nothing until a view expands it. They keep the JSON's order,
// which the engine has already sorted by rank.
struct MessageNode
{
    Q_DECLARE_TR_FUNCTIONS(Arborist::MessageNode)
    Q_DISABLE_COPY_MOVE(MessageNode)

public:
    // What a message row can show in a column. Each model lays out its own columns and maps
    // them onto these, so the same message reads the same in every view.
    enum class Field { None, Role, Author, Preview, Review, Rank, ReplyCount };

    // An empty node, no message of its own: the invisible root a model may hang prompts on.
    // `owner` is opaque here and passed on to every reply: a model that keeps several trees
    // (TreeBrowserModel) points it at the tree the message belongs to.
    explicit MessageNode(MessageNode *parentNode = nullptr, int rowInParent = 0, void *ownerTree = nullptr);
    // A node for `message`, row `rowInParent` of `parentNode`.
    MessageNode(const QJsonObject &message, MessageNode *parentNode, int rowInParent, void *ownerTree = nullptr);

    // The "prompt" of an export tree object ({"message_tree_id", "tree_state", "prompt"}) as a
    // node, or nullptr when the object has no prompt message.
    static std::unique_ptr<MessageNode> promptOf(const QJsonObject &tree, MessageNode *parentNode, void *ownerTree);

    // Replies in the JSON, fetched or not; hasChildren() answers from this so that a view draws
    // the expand arrow before anything is fetched.
    int replyCount() const { return int(replies.size()); }
    int fetchedCount() const { return int(children.size()); }
    bool fullyFetched() const { return fetchedCount() >= replyCount(); }
    // Creates the nodes for the replies not fetched yet, rows fetchedCount() to replyCount() - 1
    // (a model announces just those rows around the call), and returns how many it created.
    // All at once: a message has a handful as a rule, and creating even thousands of nodes is
    // cheap next to a view laying them out. Batches would gain nothing visible and only make
    // ConversationTreeModel::indexOfMessage() loop.
    int fetchReplies();
    // This node and every reply node below it that exists.
    int subtreeSize() const;

    // The message as in the export, without its "replies" (for a detail pane that shows labels
    // and emojis).
    QJsonObject messageJson() const;

    // "Prompter" or "Assistant"; an unknown role as the export spells it.
    QString roleText() const;
    // The name in `authorNames` (by user_id); without one the first eight characters of the id,
    // or "unknown" for a message that has no user_id.
    QString authorName(const QHash<QString, QString> &authorNames) const;
    // Deleted, accepted, rejected, not reviewed, or in review with the number of reviews.
    QString reviewText() const;

    // What this message's row answers for `role` in a column that shows `field`: the display
    // text, the alignment, and the message roles of roles.h (FullTextRole, MessageIdRole,
    // MessageRoleRole, DeletedRole). Tooltips are the models' own choice and not answered here.
    QVariant data(Field field, int role, const QHash<QString, QString> &authorNames) const;

    MessageNode *parent;
    int row; // fixed: children are only ever appended, and removed only all at once
    void *owner;
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
    std::optional<int> rank;
};

} // namespace Arborist
