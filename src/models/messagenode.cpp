#include "models/messagenode.h"

#include "models/preview.h"
#include "models/roles.h"

#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace Arborist {

MessageNode::MessageNode(MessageNode *parentNode, int rowInParent, void *ownerTree)
    : parent(parentNode)
    , row(rowInParent)
    , owner(ownerTree)
{
}

MessageNode::MessageNode(const QJsonObject &message, MessageNode *parentNode, int rowInParent, void *ownerTree)
    : MessageNode(parentNode, rowInParent, ownerTree)
{
    json = message;
    id = message.value("message_id"_L1).toString();
    userId = message.value("user_id"_L1).toString();
    text = message.value("text"_L1).toString();
    preview = oneLinePreview(text);
    role = message.value("role"_L1).toString();
    deleted = message.value("deleted"_L1).toBool();
    reviewCount = message.value("review_count"_L1).toInt();
    // Only a boolean is a decided review: an absent or null result is "no result yet", which
    // must not read as rejected.
    const QJsonValue result = message.value("review_result"_L1);
    if (result.isBool())
        reviewResult = result.toBool();
    const QJsonValue rankValue = message.value("rank"_L1);
    if (rankValue.isDouble())
        rank = rankValue.toInt();
    replies = message.value("replies"_L1).toArray();
}

std::unique_ptr<MessageNode> MessageNode::promptOf(const QJsonObject &tree, MessageNode *parentNode, void *ownerTree)
{
    const QJsonValue prompt = tree.value("prompt"_L1);
    if (!prompt.isObject())
        return nullptr;
    return std::make_unique<MessageNode>(prompt.toObject(), parentNode, 0, ownerTree);
}

int MessageNode::fetchReplies()
{
    const int first = fetchedCount();
    const int count = replyCount();
    children.reserve(std::size_t(count));
    for (int i = first; i < count; ++i)
        children.push_back(std::make_unique<MessageNode>(replies.at(i).toObject(), this, i, owner));
    return count - first;
}

int MessageNode::subtreeSize() const
{
    int size = 1;
    for (const auto &child : children)
        size += child->subtreeSize();
    return size;
}

QJsonObject MessageNode::messageJson() const
{
    QJsonObject message = json;
    message.remove("replies"_L1);
    return message;
}

QString MessageNode::roleText() const
{
    if (role == "prompter"_L1)
        return tr("Prompter");
    if (role == "assistant"_L1)
        return tr("Assistant");
    return role;
}

QString MessageNode::authorName(const QHash<QString, QString> &authorNames) const
{
    if (userId.isEmpty())
        return tr("unknown");
    const auto it = authorNames.constFind(userId);
    if (it != authorNames.cend() && !it->isEmpty())
        return *it;
    // Eight hex digits are enough to tell authors apart at a glance.
    return userId.left(8);
}

QString MessageNode::reviewText() const
{
    // Deleted wins: a rejected message that was also deleted is gone for the reader, whatever
    // its review said.
    if (deleted)
        return tr("deleted");
    if (reviewResult)
        return *reviewResult ? tr("accepted") : tr("rejected");
    if (reviewCount == 0)
        return tr("not reviewed");
    return tr("in review (%n review(s))", nullptr, reviewCount);
}

QVariant MessageNode::data(Field field, int itemRole, const QHash<QString, QString> &authorNames) const
{
    switch (itemRole) {
    case Qt::DisplayRole:
        switch (field) {
        case Field::Role:
            return roleText();
        case Field::Author:
            return authorName(authorNames);
        case Field::Preview:
            return preview;
        case Field::Review:
            return reviewText();
        case Field::Rank:
            // The export's rank is 0-based (0 = best); people count from 1, as the ranking
            // list does with its positions.
            if (rank)
                return *rank + 1;
            return {};
        case Field::ReplyCount:
            return replyCount();
        case Field::None:
            return {};
        }
        return {};
    case Qt::TextAlignmentRole:
        // Numbers line up on the right, as in a spreadsheet.
        if (field == Field::Rank || field == Field::ReplyCount)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case FullTextRole:
        return text;
    case MessageIdRole:
        return id;
    case MessageRoleRole:
        return role;
    case DeletedRole:
        return deleted;
    default:
        return {};
    }
}

} // namespace Arborist
