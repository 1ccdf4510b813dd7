#pragma once

#include <QtCore/qnamespace.h>

namespace Arborist {

// Every custom item-data role of the workstation's models, in one enum (Zeal's itemdatarole.h):
// one list means two models can never hand out the same number for different meanings, and a
// delegate or proxy that serves several models can ask for a role without knowing which model
// it is looking at. A plain enum, not an enum class, because roles travel as ints through
// QAbstractItemModel::data(). Append new roles at the end; values are not persisted anywhere,
// but keeping them stable keeps debug output comparable between builds.
enum ItemDataRole : int {
    // RankingModel
    IdRole = Qt::UserRole + 1, // QString: stable id of the ranked item (a message id)
    FullTextRole,              // QString: the whole text, not the one-line preview (both models)
    PositionRole,              // int: 1-based rank as shown to the annotator (1 = best)

    // ConversationTreeModel
    MessageIdRole,   // QString: message_id of the node
    MessageRoleRole, // QString: "prompter" or "assistant", as in the export
    DeletedRole,     // bool: the message is marked deleted

    // SettingsModel
    SettingKeyRole,  // QString: the setting's key
    ModifiedRole,    // bool: edited here and not saved yet

    // TreeBrowserModel (it also answers MessageIdRole, FullTextRole, MessageRoleRole and
    // DeletedRole for message rows)
    TreeIdRole, // QString: the tree a row belongs to, for tree rows and message rows alike
    IsTreeRole, // bool: the row is a tree (top level), not a message
};

} // namespace Arborist
