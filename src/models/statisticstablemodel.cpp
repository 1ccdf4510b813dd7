#include "models/statisticstablemodel.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Arborist {

namespace {

bool isNumber(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::ULong:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Double:
    case QMetaType::Float:
        return true;
    default:
        return false;
    }
}

} // namespace

StatisticsTableModel::StatisticsTableModel(QObject *parent) : QAbstractTableModel(parent)
{
}

void StatisticsTableModel::setTable(const QStringList &header, const QList<StatisticsRow> &rows)
{
    beginResetModel();
    m_header = header;
    m_rows = rows;
    endResetModel();
}

void StatisticsTableModel::clear()
{
    setTable({}, {});
}

StatisticsCell StatisticsTableModel::cell(int row, int column) const
{
    if (row < 0 || row >= m_rows.size() || column < 0 || column >= m_header.size())
        return {};
    return m_rows[row].value(column);
}

int StatisticsTableModel::findRow(int column, const QVariant &value) const
{
    for (int r = 0; r < m_rows.size(); ++r) {
        const StatisticsCell c = cell(r, column);
        if (c.value == value || (!c.text.isEmpty() && c.text == value.toString()))
            return r;
    }
    return -1;
}

QString StatisticsTableModel::csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    return u'"' + QString(text).replace(u"\""_s, u"\"\""_s) + u'"';
}

QString StatisticsTableModel::csvValue(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return {};
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QMetaType::Double:
    case QMetaType::Float: {
        const double d = value.toDouble();
        return std::isfinite(d) ? QString::number(d, 'g', QLocale::FloatingPointShortest) : QString();
    }
    case QMetaType::QDate:
        return value.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime:
        return value.toDateTime().toString(Qt::ISODateWithMs);
    case QMetaType::QString: {
        // A text a spreadsheet would run as a formula (a user named "=1+1") stays text.
        const QString text = value.toString();
        if (!text.isEmpty() && QStringView(u"=+-@").contains(text.front()))
            return u'\'' + text;
        return text;
    }
    default:
        return value.toString();
    }
}

QString StatisticsTableModel::toCsv() const
{
    QString csv;
    auto line = [&csv](const QStringList &fields) {
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i > 0)
                csv += u',';
            csv += csvField(fields[i]);
        }
        csv += u"\r\n"_s;
    };
    line(m_header);
    for (int r = 0; r < m_rows.size(); ++r) {
        QStringList fields;
        fields.reserve(m_header.size());
        for (int c = 0; c < m_header.size(); ++c)
            fields << csvValue(cell(r, c).value);
        line(fields);
    }
    return csv;
}

int StatisticsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int StatisticsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_header.size());
}

QVariant StatisticsTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StatisticsCell c = cell(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
        return c.text.isEmpty() ? c.value : QVariant(c.text);
    case Qt::ToolTipRole:
        return c.toolTip.isEmpty() ? QVariant() : QVariant(c.toolTip);
    case Qt::TextAlignmentRole:
        if (isNumber(c.value) || (!c.value.isValid() && !c.text.isEmpty()))
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ValueRole:
        return c.value;
    case FilterRole:
        return c.filter.isEmpty() ? QVariant() : QVariant(c.filter);
    default:
        return {};
    }
}

QVariant StatisticsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::DisplayRole && section >= 0 && section < m_header.size())
        return m_header[section];
    return QAbstractTableModel::headerData(section, orientation, role);
}

} // namespace Arborist
