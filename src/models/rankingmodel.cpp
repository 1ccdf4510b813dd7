#include "models/rankingmodel.h"

#include "models/preview.h"
#include "models/roles.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QMimeData>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Arborist {

RankingModel::RankingModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

RankingModel::~RankingModel() = default;

void RankingModel::setItems(const QList<RankingItem> &items)
{
    beginResetModel();
    m_entries.clear();
    m_entries.reserve(items.size());
    for (const RankingItem &item : items)
        m_entries.append(Entry{item, oneLinePreview(item.text)});
    endResetModel();
}

QStringList RankingModel::rankedIds() const
{
    QStringList ids;
    ids.reserve(m_entries.size());
    for (const Entry &entry : m_entries)
        ids.append(entry.item.id);
    return ids;
}

int RankingModel::count() const
{
    return int(m_entries.size());
}

bool RankingModel::moveUp(int row)
{
    return moveRows({}, row, 1, {}, row - 1);
}

bool RankingModel::moveDown(int row)
{
    // destinationChild counts in the numbering before the move, so "one down" is row + 2.
    return moveRows({}, row, 1, {}, row + 2);
}

bool RankingModel::placeAt(int row, int position0)
{
    if (row < 0 || row >= count() || position0 < 0 || position0 >= count() || position0 == row)
        return false;
    return moveRows({}, row, 1, {}, position0 > row ? position0 + 1 : position0);
}

QString RankingModel::mimeType()
{
    return u"application/x-arborist-ranking-ids"_s;
}

int RankingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant RankingModel::data(const QModelIndex &index, int role) const
{
    // checkIndex() also catches an index of another model; it warns on an invalid one, which
    // views legitimately pass, hence the isValid() first.
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &entry = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return entry.preview;
    case Qt::ToolTipRole:
    case FullTextRole:
        return entry.item.text;
    case IdRole:
        return entry.item.id;
    case PositionRole:
        return index.row() + 1;
    default:
        return {};
    }
}

QHash<int, QByteArray> RankingModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "id");
    names.insert(FullTextRole, "fullText");
    names.insert(PositionRole, "position");
    return names;
}

Qt::ItemFlags RankingModel::flags(const QModelIndex &index) const
{
    // Only the root accepts drops: a drop then always lands *between* rows. Were items
    // drop-enabled, a view would offer dropping *onto* a reply, which in a list means
    // overwriting it (STYLE.md 4.2).
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsDragEnabled;
}

bool RankingModel::moveRows(const QModelIndex &sourceParent, int sourceRow, int count,
                            const QModelIndex &destinationParent, int destinationChild)
{
    // A flat list: the root is the only parent there is.
    if (sourceParent.isValid() || destinationParent.isValid())
        return false;
    const int size = this->count();
    if (count < 1 || sourceRow < 0 || sourceRow >= size || count > size - sourceRow)
        return false;
    if (destinationChild < 0 || destinationChild > size)
        return false;
    // Onto itself or directly below itself changes nothing, and beginMoveRows() refuses it;
    // checking first keeps the no-op silent and lets QListView treat it as "already there".
    if (destinationChild >= sourceRow && destinationChild <= sourceRow + count)
        return false;
    if (!beginMoveRows(sourceParent, sourceRow, sourceRow + count - 1, destinationParent, destinationChild))
        return false;
    const auto begin = m_entries.begin();
    if (destinationChild < sourceRow)
        std::rotate(begin + destinationChild, begin + sourceRow, begin + sourceRow + count);
    else
        std::rotate(begin + sourceRow, begin + sourceRow + count, begin + destinationChild);
    endMoveRows();

    // Every row between the old and the new place now has another rank number.
    const int first = std::min(sourceRow, destinationChild);
    const int last = std::max(sourceRow + count, destinationChild) - 1;
    emit dataChanged(index(first), index(last), {PositionRole});
    emit rankingChanged();
    return true;
}

Qt::DropActions RankingModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions RankingModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

QStringList RankingModel::mimeTypes() const
{
    return {mimeType()};
}

QMimeData *RankingModel::mimeData(const QModelIndexList &indexes) const
{
    // Stable ids, not rows and not a side channel in a member (KTimeTracker's m_dragCutTaskId):
    // the rows may have moved by the time the drop arrives, the ids have not. Rows go in their
    // visual order, whatever order the selection was made in.
    QList<int> rows;
    for (const QModelIndex &index : indexes) {
        if (index.isValid() && checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            rows.append(index.row());
    }
    if (rows.isEmpty())
        return nullptr;
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());

    QJsonArray ids;
    for (const int row : rows)
        ids.append(m_entries.at(row).item.id);
    auto *data = new QMimeData;
    data->setData(mimeType(), QJsonDocument(ids).toJson(QJsonDocument::Compact));
    return data;
}

bool RankingModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                   const QModelIndex &parent) const
{
    // Only a move of our own replies, between rows of the root: a copy would duplicate a
    // reply in the ranking, and ids from another task must never enter this one.
    if (action != Qt::MoveAction || parent.isValid() || column > 0)
        return false;
    if (row < -1 || row > count())
        return false;
    return !droppedIds(data).isEmpty();
}

bool RankingModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QStringList ids = droppedIds(data);
    const QSet<QString> dropped(ids.cbegin(), ids.cend());

    // A drop on the empty area below the list (row -1) means "at the end".
    const int target = row < 0 ? count() : row;
    // The dropped items end up, in the drag's order, just before the first item at or after
    // the drop row that is not itself being dropped (or at the end if there is none). That
    // item is remembered by id, since its row changes as the dropped ones move around it.
    QString anchorId;
    for (int r = target; r < count(); ++r) {
        if (!dropped.contains(m_entries.at(r).item.id)) {
            anchorId = m_entries.at(r).item.id;
            break;
        }
    }
    // Last to first, each put directly before the one placed after it: items that already
    // sit in place are not moved at all (moveRows() refuses those no-ops silently). One
    // moveRows() per item, so the view sees real moves and never an insert plus a remove.
    for (auto it = ids.crbegin(); it != ids.crend(); ++it) {
        const int from = rowOfId(*it);
        const int to = anchorId.isEmpty() ? count() : rowOfId(anchorId);
        moveRows({}, from, 1, {}, to);
        anchorId = *it;
    }
    return true;
}

int RankingModel::rowOfId(const QString &id) const
{
    for (int row = 0; row < count(); ++row) {
        if (m_entries.at(row).item.id == id)
            return row;
    }
    return -1;
}

QStringList RankingModel::droppedIds(const QMimeData *data) const
{
    if (!data || !data->hasFormat(mimeType()))
        return {};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(data->data(mimeType()), &error);
    if (error.error != QJsonParseError::NoError || !document.isArray())
        return {};
    QStringList ids;
    QSet<QString> seen;
    const QJsonArray array = document.array();
    for (const QJsonValue &value : array) {
        const QString id = value.toString();
        if (!value.isString() || seen.contains(id) || rowOfId(id) < 0)
            return {};
        seen.insert(id);
        ids.append(id);
    }
    return ids;
}

} // namespace Arborist
