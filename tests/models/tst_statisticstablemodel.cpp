// The table behind every chart of the lead's dashboard: what each role gives, the model's
// contract under QAbstractItemModelTester, and the CSV it writes (RFC 4180).

#include "models/statisticstablemodel.h"

#include <QAbstractItemModelTester>
#include <QDate>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QtNumeric>

using namespace Qt::StringLiterals;
using namespace Arborist;

namespace {

using Model = StatisticsTableModel;

StatisticsCell value(const QVariant &v) { return StatisticsCell(v); }

// Three annotators, one of them with no decided message and no finished task.
void fill(Model &model)
{
    model.setTable({u"Annotator"_s, u"Tasks done"_s, u"Accepted %"_s, u"Median time"_s},
                   {
                       {value(u"anna"_s), value(qint64(12)), StatisticsCell(0.75, u"75 %"_s, u"3 of 4"_s),
                        StatisticsCell(42.5, u"43 s"_s)},
                       {StatisticsCell(u"ben"_s, {}, {}, {{u"contributor"_s, u"ben"_s}}), value(qint64(3)),
                        StatisticsCell(QVariant(), u"—"_s, u"nothing decided yet"_s), value(QVariant())},
                       {value(u"chen"_s), value(qint64(30)), StatisticsCell(1.0, u"100 %"_s), StatisticsCell(7.0, u"7 s"_s)},
                   });
}

} // namespace

class tst_StatisticsTableModel : public QObject
{
    Q_OBJECT

private slots:
    void emptyModelIsValid()
    {
        Model model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 0);
        QCOMPARE(model.toCsv(), u"\r\n"_s);
    }

    void rolesGiveTextValueAndFilter()
    {
        Model model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        fill(model);
        QCOMPARE(reset.count(), 1);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), 4);
        QCOMPARE(model.headerData(2, Qt::Horizontal).toString(), u"Accepted %"_s);

        // A number without text stays a number (views format it with their locale).
        const QModelIndex done = model.index(0, 1);
        QCOMPARE(done.data().typeId(), QMetaType::LongLong);
        QCOMPARE(done.data().toLongLong(), 12);
        QCOMPARE(done.data(Qt::TextAlignmentRole).toInt(), int(Qt::AlignRight | Qt::AlignVCenter));
        QVERIFY(!model.index(0, 0).data(Qt::TextAlignmentRole).isValid());

        // Text is shown, the raw value sorts and goes to CSV.
        const QModelIndex accepted = model.index(0, 2);
        QCOMPARE(accepted.data().toString(), u"75 %"_s);
        QCOMPARE(accepted.data(Model::ValueRole).toDouble(), 0.75);
        QCOMPARE(accepted.data(Qt::ToolTipRole).toString(), u"3 of 4"_s);

        // An undefined figure: a dash, no value.
        const QModelIndex undefined = model.index(1, 2);
        QCOMPARE(undefined.data().toString(), u"—"_s);
        QVERIFY(!undefined.data(Model::ValueRole).isValid());
        QVERIFY(!model.index(1, 3).data().isValid());

        // The click-through filter.
        QCOMPARE(model.index(1, 0).data(Model::FilterRole).toMap().value(u"contributor"_s).toString(), u"ben"_s);
        QVERIFY(!model.index(0, 0).data(Model::FilterRole).isValid());
        QCOMPARE(model.cell(1, 0).filter.value(u"contributor"_s).toString(), u"ben"_s);
        QVERIFY(!model.cell(5, 0).value.isValid());
        QCOMPARE(model.findRow(0, u"chen"_s), 2);
        QCOMPARE(model.findRow(0, u"nobody"_s), -1);

        model.clear();
        QCOMPARE(reset.count(), 2);
        QCOMPARE(model.rowCount(), 0);
    }

    // Rows shorter than the header read as empty cells.
    void shortRowsAreEmptyCells()
    {
        Model model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTable({u"a"_s, u"b"_s, u"c"_s}, {{value(1)}, {}});
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(!model.index(0, 2).data().isValid());
        QCOMPARE(model.toCsv(), u"a,b,c\r\n1,,\r\n,,\r\n"_s);
    }

    // Sorting by the raw value: numbers as numbers (12 before 3 would be text order), undefined last.
    void sortsByRawValue()
    {
        Model model;
        fill(model);
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(Model::ValueRole);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(1, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), u"ben"_s);
        QCOMPARE(proxy.index(1, 0).data().toString(), u"anna"_s);
        QCOMPARE(proxy.index(2, 0).data().toString(), u"chen"_s);
        proxy.sort(3, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), u"chen"_s);
        QCOMPARE(proxy.index(1, 0).data().toString(), u"anna"_s);
        QCOMPARE(proxy.index(2, 0).data().toString(), u"ben"_s);
    }

    void csvField_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("field");
        QTest::newRow("plain") << u"anna"_s << u"anna"_s;
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("spaces kept") << u" a b "_s << u" a b "_s;
        QTest::newRow("comma") << u"Smith, Anna"_s << u"\"Smith, Anna\""_s;
        QTest::newRow("quote") << u"the \"best\" one"_s << u"\"the \"\"best\"\" one\""_s;
        QTest::newRow("only a quote") << u"\""_s << u"\"\"\"\""_s;
        QTest::newRow("line feed") << u"two\nlines"_s << u"\"two\nlines\""_s;
        QTest::newRow("carriage return") << u"two\r\nlines"_s << u"\"two\r\nlines\""_s;
        QTest::newRow("unicode") << u"Zoë · 张伟"_s << u"Zoë · 张伟"_s;
    }

    void csvField()
    {
        QFETCH(QString, text);
        QFETCH(QString, field);
        QCOMPARE(Model::csvField(text), field);
    }

    void csvValue_data()
    {
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<QString>("field");
        QTest::newRow("undefined") << QVariant() << QString();
        QTest::newRow("integer") << QVariant(qint64(1234567)) << u"1234567"_s;
        QTest::newRow("negative") << QVariant(-3) << u"-3"_s;
        QTest::newRow("double") << QVariant(0.1) << u"0.1"_s;
        QTest::newRow("every digit") << QVariant(2.0 / 3.0) << u"0.6666666666666666"_s;
        QTest::newRow("whole double") << QVariant(4.0) << u"4"_s;
        QTest::newRow("nan") << QVariant(qQNaN()) << QString();
        QTest::newRow("date") << QVariant(QDate(2024, 3, 9)) << u"2024-03-09"_s;
        QTest::newRow("bool") << QVariant(true) << u"true"_s;
        QTest::newRow("string") << QVariant(u"x"_s) << u"x"_s;
    }

    void csvValue()
    {
        QFETCH(QVariant, value);
        QFETCH(QString, field);
        QCOMPARE(Model::csvValue(value), field);
    }

    // The whole table: the header, then the raw values (never the display text), CRLF line ends,
    // fields quoted where needed; the C locale whatever the user's (no "1.234,5").
    void csvOfTheTable()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        Model model;
        fill(model);
        model.setTable(model.header(),
                       model.rows() + QList<StatisticsRow>{{value(u"Doe, \"Jo\""_s), value(qint64(1)),
                                                            StatisticsCell(1234.5, u"1.234,5"_s), value(QVariant())}});
        const QString csv = model.toCsv();
        QLocale::setDefault(QLocale::c());
        QCOMPARE(csv,
                 u"Annotator,Tasks done,Accepted %,Median time\r\n"
                 "anna,12,0.75,42.5\r\n"
                 "ben,3,,\r\n"
                 "chen,30,1,7\r\n"
                 "\"Doe, \"\"Jo\"\"\",1,1234.5,\r\n"_s);
    }

    // A header cell needs quoting too.
    void csvQuotesTheHeader()
    {
        Model model;
        model.setTable({u"Day"_s, u"Reply, assistant"_s}, {{value(QDate(2024, 1, 2)), value(5)}});
        QCOMPARE(model.toCsv(), u"Day,\"Reply, assistant\"\r\n2024-01-02,5\r\n"_s);
    }
};

QTEST_GUILESS_MAIN(tst_StatisticsTableModel)
#include "tst_statisticstablemodel.moc"
