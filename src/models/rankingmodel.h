#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QString>
#include <QStringList>

namespace Arborist {

// One reply the annotator has to rank. The id is the message id; it is what the ranking
// submits and what drag and drop carries, so it must be unique within one task.
struct RankingItem
{
    QString id;
    QString text;
};

// The drag-to-rank list of one ranking task, best first. The order is the only thing that
// changes, and it changes only through moveRows(), which emits real move signals: a view keeps
// its selection and current item across a move, and nothing is ever removed and re-inserted
// (STYLE.md 4.2). The model deliberately does not implement removeRows(): if a view ever takes
// Qt's mime fallback path (dropMimeData, then removeRows on the source after a MoveAction),
// the removal is refused and no reply can vanish from a ranking.
class RankingModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RankingModel)

public:
    explicit RankingModel(QObject *parent = nullptr);
    ~RankingModel() override;

    // A new task: resets the model. Ids are expected to be unique.
    void setItems(const QList<RankingItem> &items);
    // The current order, best first: what the ranking submits.
    QStringList rankedIds() const;
    int count() const;

    // Keyboard helpers; each goes through moveRows() and returns false when nothing moved.
    bool moveUp(int row);
    bool moveDown(int row);
    // Puts the item at `row` at the 0-based `position0` (the digit keys).
    bool placeAt(int row, int position0);

    // The mime type of a drag: a JSON array of the dragged items' ids.
    static QString mimeType();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    bool moveRows(const QModelIndex &sourceParent, int sourceRow, int count, const QModelIndex &destinationParent,
                  int destinationChild) override;

    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

signals:
    // The annotator changed the order (after each successful move, not after setItems()).
    void rankingChanged();

private:
    struct Entry
    {
        RankingItem item;
        QString preview; // computed once: data() runs on every repaint
    };

    int rowOfId(const QString &id) const;
    // The ids of a drop, or an empty list when the data is not ours, is malformed, names an
    // id that is not in this model, or names one twice.
    QStringList droppedIds(const QMimeData *data) const;

    QList<Entry> m_entries;
};

} // namespace Arborist
