#pragma once

#include <QAbstractTableModel>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVariantMap>

namespace Arborist {

// One cell of a statistics table: the raw value (a number, a QDate, a string; invalid when the
// figure is undefined), with an optional text to show instead of it ("87.5 %", "—"), a tooltip,
// and what the tree browser should show when the cell's bar or point is clicked.
struct StatisticsCell
{
    QVariant value;
    QString text;    // empty: views show the value (formatted by their locale)
    QString toolTip;
    // A click-through filter: TreeQuery's fields by name ("state", "lang", "contributor",
    // "taskType", "taskFrom", "taskTo", "label", "labelStep", "labelDisagreement", "wFrom",
    // "wTo"); empty when the cell leads nowhere. Plain data: the model knows no engine.
    QVariantMap filter;

    StatisticsCell() = default;
    explicit StatisticsCell(QVariant v, QString t = {}, QString tip = {}, QVariantMap f = {})
        : value(std::move(v)), text(std::move(t)), toolTip(std::move(tip)), filter(std::move(f))
    {
    }
};

using StatisticsRow = QList<StatisticsCell>;

// The data behind one chart of the lead's dashboard: a header and rows of cells. The chart is
// drawn from it, a table view can show it, and the CSV export writes it (toCsv()).
//
// Qt::DisplayRole gives the cell's text, or its value when it has none (numbers stay numbers,
// so a view formats them with its locale and a chart can read them); ValueRole gives the raw
// value for sorting and CSV; FilterRole the click-through filter. Numbers are right-aligned.
class StatisticsTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatisticsTableModel)

public:
    // Roles of this model (roles.h keeps the others; these sit well above them).
    enum Role : int {
        ValueRole = Qt::UserRole + 200, // QVariant: the raw value (invalid = undefined)
        FilterRole,                     // QVariantMap: the click-through filter
    };

    explicit StatisticsTableModel(QObject *parent = nullptr);

    // Replaces everything (a reset). Rows shorter than the header read as empty cells.
    void setTable(const QStringList &header, const QList<StatisticsRow> &rows);
    void clear();

    const QStringList &header() const { return m_header; }
    const QList<StatisticsRow> &rows() const { return m_rows; }
    // The cell at (row, column); an empty cell outside the table.
    StatisticsCell cell(int row, int column) const;
    // The row whose cell in `column` has this value (or text); -1 if none.
    int findRow(int column, const QVariant &value) const;

    // The table as CSV (RFC 4180): the header line, then one line per row, CRLF line ends; a
    // field with a comma, a double quote or a line break is quoted, its quotes doubled. Each
    // field is the cell's raw value, never its display text: numbers in the C locale with every
    // digit that matters, dates in ISO 8601, true/false, an undefined figure empty.
    QString toCsv() const;
    static QString csvField(const QString &text);
    static QString csvValue(const QVariant &value);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_header;
    QList<StatisticsRow> m_rows;
};

} // namespace Arborist
