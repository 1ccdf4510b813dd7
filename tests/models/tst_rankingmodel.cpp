#include "models/rankingmodel.h"
#include "models/roles.h"

#include <memory>

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Arborist;

namespace {

// Items "a" .. "e"; an order is written as a string of those letters, best first.
QList<RankingItem> letterItems(QStringView letters)
{
    QList<RankingItem> items;
    for (const QChar c : letters)
        items.append(RankingItem{QString(c), u"Reply "_s + c});
    return items;
}

QString order(const RankingModel &model)
{
    return model.rankedIds().join(QString());
}

// Every structural signal a mutation might emit, so a test can assert the exact set: one move,
// and no insert, remove or reset in its place (KeePassXC's TestGroupModel).
struct Spies
{
    explicit Spies(RankingModel *model)
        : moved(model, &QAbstractItemModel::rowsMoved)
        , inserted(model, &QAbstractItemModel::rowsInserted)
        , removed(model, &QAbstractItemModel::rowsRemoved)
        , reset(model, &QAbstractItemModel::modelReset)
        , layout(model, &QAbstractItemModel::layoutChanged)
        , changed(model, &QAbstractItemModel::dataChanged)
        , ranking(model, &RankingModel::rankingChanged)
    {
    }

    bool silent() const
    {
        return moved.isEmpty() && inserted.isEmpty() && removed.isEmpty() && reset.isEmpty() && layout.isEmpty()
            && changed.isEmpty() && ranking.isEmpty();
    }

    QSignalSpy moved;
    QSignalSpy inserted;
    QSignalSpy removed;
    QSignalSpy reset;
    QSignalSpy layout;
    QSignalSpy changed;
    QSignalSpy ranking;
};

std::unique_ptr<QMimeData> idsMime(const QByteArray &payload, const QString &format = RankingModel::mimeType())
{
    auto data = std::make_unique<QMimeData>();
    data->setData(format, payload);
    return data;
}

} // namespace

class tst_RankingModel final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void setItemsResets();
    void moveRows_data();
    void moveRows();
    void moveRowsRefusesChildParents();
    void moveUpDown_data();
    void moveUpDown();
    void placeAt_data();
    void placeAt();
    void rankedIdsAfterSequence();
    void positions();
    void preview();
    void flags();
    void dragDropSetup();
    void mimeData();
    void mimeRoundTrip_data();
    void mimeRoundTrip();
    void dropRefused_data();
    void dropRefused();

private:
    std::unique_ptr<RankingModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
};

void tst_RankingModel::init()
{
    // Any warning (a checkIndex() complaint, say) fails the test.
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    // The tester first, so every mutation below (setItems included) is checked as it happens.
    m_model = std::make_unique<RankingModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_model->setItems(letterItems(u"abcde"));
}

void tst_RankingModel::cleanup()
{
    m_tester.reset();
    m_model.reset();
}

void tst_RankingModel::setItemsResets()
{
    QCOMPARE(m_model->count(), 5);
    QCOMPARE(m_model->rowCount(), 5);
    QCOMPARE(m_model->rankedIds(), (QStringList{u"a"_s, u"b"_s, u"c"_s, u"d"_s, u"e"_s}));

    Spies spies(m_model.get());
    m_model->setItems(letterItems(u"xyz"));
    QCOMPARE(spies.reset.size(), 1);
    QCOMPARE(spies.moved.size(), 0);
    QCOMPARE(spies.inserted.size(), 0);
    QCOMPARE(spies.ranking.size(), 0); // a new task is not a change the annotator made
    QCOMPARE(order(*m_model), u"xyz"_s);

    m_model->setItems({});
    QCOMPARE(spies.reset.size(), 2);
    QCOMPARE(m_model->count(), 0);
    QVERIFY(m_model->rankedIds().isEmpty());
    QVERIFY(!m_model->moveUp(0));
    QVERIFY(!m_model->moveDown(0));
}

void tst_RankingModel::moveRows_data()
{
    QTest::addColumn<int>("from");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("to"); // destinationChild, in the numbering before the move
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("result");
    QTest::addColumn<int>("changedFirst"); // the rows whose position changed
    QTest::addColumn<int>("changedLast");

    QTest::newRow("one down") << 0 << 1 << 2 << u"bacde"_s << true << 0 << 1;
    QTest::newRow("one up") << 1 << 1 << 0 << u"bacde"_s << true << 0 << 1;
    QTest::newRow("first to end") << 0 << 1 << 5 << u"bcdea"_s << true << 0 << 4;
    QTest::newRow("last to top") << 4 << 1 << 0 << u"eabcd"_s << true << 0 << 4;
    QTest::newRow("middle to end") << 2 << 1 << 5 << u"abdec"_s << true << 2 << 4;
    QTest::newRow("middle up two") << 3 << 1 << 1 << u"adbce"_s << true << 1 << 3;
    QTest::newRow("block down") << 0 << 2 << 4 << u"cdabe"_s << true << 0 << 3;
    QTest::newRow("block up") << 3 << 2 << 1 << u"adebc"_s << true << 1 << 4;
    QTest::newRow("block to end") << 1 << 2 << 5 << u"adebc"_s << true << 1 << 4;

    // No-ops: beginMoveRows() refuses them, so moveRows() must say false and emit nothing.
    QTest::newRow("onto itself") << 2 << 1 << 2 << u"abcde"_s << false << -1 << -1;
    QTest::newRow("directly below itself") << 2 << 1 << 3 << u"abcde"_s << false << -1 << -1;
    QTest::newRow("first onto itself") << 0 << 1 << 0 << u"abcde"_s << false << -1 << -1;
    QTest::newRow("last below itself") << 4 << 1 << 5 << u"abcde"_s << false << -1 << -1;
    QTest::newRow("block into itself") << 1 << 3 << 2 << u"abcde"_s << false << -1 << -1;
    QTest::newRow("block below itself") << 1 << 2 << 3 << u"abcde"_s << false << -1 << -1;
    QTest::newRow("whole list") << 0 << 5 << 0 << u"abcde"_s << false << -1 << -1;

    // Out of range.
    QTest::newRow("negative source") << -1 << 1 << 3 << u"abcde"_s << false << -1 << -1;
    QTest::newRow("source past end") << 5 << 1 << 0 << u"abcde"_s << false << -1 << -1;
    QTest::newRow("zero count") << 1 << 0 << 4 << u"abcde"_s << false << -1 << -1;
    QTest::newRow("negative count") << 1 << -1 << 4 << u"abcde"_s << false << -1 << -1;
    QTest::newRow("count past end") << 3 << 3 << 0 << u"abcde"_s << false << -1 << -1;
    QTest::newRow("negative destination") << 2 << 1 << -1 << u"abcde"_s << false << -1 << -1;
    QTest::newRow("destination past end") << 0 << 1 << 6 << u"abcde"_s << false << -1 << -1;
}

void tst_RankingModel::moveRows()
{
    QFETCH(int, from);
    QFETCH(int, count);
    QFETCH(int, to);
    QFETCH(QString, expected);
    QFETCH(bool, result);
    QFETCH(int, changedFirst);
    QFETCH(int, changedLast);

    Spies spies(m_model.get());
    QCOMPARE(m_model->moveRows({}, from, count, {}, to), result);
    QCOMPARE(order(*m_model), expected);
    QCOMPARE(spies.inserted.size(), 0);
    QCOMPARE(spies.removed.size(), 0);
    QCOMPARE(spies.reset.size(), 0);
    QCOMPARE(spies.layout.size(), 0);
    if (!result) {
        QVERIFY(spies.silent());
        return;
    }
    QCOMPARE(spies.moved.size(), 1);
    const QList<QVariant> move = spies.moved.first();
    QCOMPARE(move.at(0).toModelIndex(), QModelIndex());
    QCOMPARE(move.at(1).toInt(), from);
    QCOMPARE(move.at(2).toInt(), from + count - 1);
    QCOMPARE(move.at(3).toModelIndex(), QModelIndex());
    QCOMPARE(move.at(4).toInt(), to);

    QCOMPARE(spies.changed.size(), 1);
    const QList<QVariant> changed = spies.changed.first();
    QCOMPARE(changed.at(0).toModelIndex().row(), changedFirst);
    QCOMPARE(changed.at(1).toModelIndex().row(), changedLast);
    QCOMPARE(changed.at(2).value<QList<int>>(), QList<int>{PositionRole});
    QCOMPARE(spies.ranking.size(), 1);
}

void tst_RankingModel::moveRowsRefusesChildParents()
{
    // A list has no children: any parent other than the root is refused, even a valid index.
    const QModelIndex item = m_model->index(1, 0);
    QVERIFY(item.isValid());
    Spies spies(m_model.get());
    QVERIFY(!m_model->moveRows(item, 0, 1, {}, 3));
    QVERIFY(!m_model->moveRows({}, 0, 1, item, 0));
    QVERIFY(!m_model->moveRows(item, 0, 1, item, 0));
    QVERIFY(spies.silent());
    QCOMPARE(order(*m_model), u"abcde"_s);
}

void tst_RankingModel::moveUpDown_data()
{
    QTest::addColumn<bool>("up");
    QTest::addColumn<int>("row");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("result");

    QTest::newRow("up from middle") << true << 2 << u"acbde"_s << true;
    QTest::newRow("up from bottom") << true << 4 << u"abced"_s << true;
    QTest::newRow("up from top") << true << 0 << u"abcde"_s << false;
    QTest::newRow("up from -1") << true << -1 << u"abcde"_s << false;
    QTest::newRow("up from past end") << true << 5 << u"abcde"_s << false;
    QTest::newRow("down from middle") << false << 2 << u"abdce"_s << true;
    QTest::newRow("down from top") << false << 0 << u"bacde"_s << true;
    QTest::newRow("down from bottom") << false << 4 << u"abcde"_s << false;
    QTest::newRow("down from -1") << false << -1 << u"abcde"_s << false;
    QTest::newRow("down from past end") << false << 5 << u"abcde"_s << false;
}

void tst_RankingModel::moveUpDown()
{
    QFETCH(bool, up);
    QFETCH(int, row);
    QFETCH(QString, expected);
    QFETCH(bool, result);

    Spies spies(m_model.get());
    QCOMPARE(up ? m_model->moveUp(row) : m_model->moveDown(row), result);
    QCOMPARE(order(*m_model), expected);
    QCOMPARE(spies.moved.size(), result ? 1 : 0);
    QCOMPARE(spies.inserted.size(), 0);
    QCOMPARE(spies.removed.size(), 0);
    QCOMPARE(spies.reset.size(), 0);
    if (!result)
        QVERIFY(spies.silent());
}

void tst_RankingModel::placeAt_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("position");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("result");

    QTest::newRow("first to last") << 0 << 4 << u"bcdea"_s << true;
    QTest::newRow("last to first") << 4 << 0 << u"eabcd"_s << true;
    QTest::newRow("down two") << 1 << 3 << u"acdbe"_s << true;
    QTest::newRow("up two") << 3 << 1 << u"adbce"_s << true;
    QTest::newRow("down one") << 2 << 3 << u"abdce"_s << true;
    QTest::newRow("own place") << 2 << 2 << u"abcde"_s << false;
    QTest::newRow("position past end") << 0 << 5 << u"abcde"_s << false;
    QTest::newRow("negative position") << 1 << -1 << u"abcde"_s << false;
    QTest::newRow("row past end") << 5 << 0 << u"abcde"_s << false;
    QTest::newRow("negative row") << -1 << 0 << u"abcde"_s << false;
}

void tst_RankingModel::placeAt()
{
    QFETCH(int, row);
    QFETCH(int, position);
    QFETCH(QString, expected);
    QFETCH(bool, result);

    Spies spies(m_model.get());
    QCOMPARE(m_model->placeAt(row, position), result);
    QCOMPARE(order(*m_model), expected);
    QCOMPARE(spies.moved.size(), result ? 1 : 0);
    QCOMPARE(spies.inserted.size(), 0);
    QCOMPARE(spies.removed.size(), 0);
    QCOMPARE(spies.reset.size(), 0);
    if (result)
        QCOMPARE(m_model->index(position).data(IdRole).toString(), expected.at(position));
    else
        QVERIFY(spies.silent());
}

void tst_RankingModel::rankedIdsAfterSequence()
{
    Spies spies(m_model.get());
    QVERIFY(m_model->moveDown(0)); // bacde
    QVERIFY(m_model->placeAt(4, 0)); // ebacd
    QVERIFY(m_model->moveUp(3)); // ebcad
    QVERIFY(!m_model->moveUp(0)); // refused: already first
    QVERIFY(m_model->moveRows({}, 1, 2, {}, 5)); // eadbc
    QVERIFY(m_model->placeAt(2, 1)); // edabc
    QCOMPARE(m_model->rankedIds(), (QStringList{u"e"_s, u"d"_s, u"a"_s, u"b"_s, u"c"_s}));
    QCOMPARE(spies.moved.size(), 5);
    QCOMPARE(spies.ranking.size(), 5);
    QCOMPARE(spies.inserted.size(), 0);
    QCOMPARE(spies.removed.size(), 0);
    QCOMPARE(spies.reset.size(), 0);
}

void tst_RankingModel::positions()
{
    for (int row = 0; row < m_model->rowCount(); ++row)
        QCOMPARE(m_model->index(row).data(PositionRole).toInt(), row + 1);

    // The position belongs to the row, not to the item: after a move the item reports its new one.
    QVERIFY(m_model->placeAt(0, 3)); // bcdae
    const QModelIndex a = m_model->index(3);
    QCOMPARE(a.data(IdRole).toString(), u"a"_s);
    QCOMPARE(a.data(PositionRole).toInt(), 4);
    QCOMPARE(m_model->index(0).data(PositionRole).toInt(), 1);
    QCOMPARE(m_model->index(0).data(IdRole).toString(), u"b"_s);
    QVERIFY(!m_model->index(0).data(Qt::UserRole + 999).isValid());
}

void tst_RankingModel::preview()
{
    const QString multiline = u"First line\n\nsecond\tline  \r\n   third"_s;
    const QString longText = u"Start\n"_s + QString(300, u'x');
    // 199 characters, then an emoji (a surrogate pair) straddling the 200th position.
    const QString emoji = QString(199, u'y') + u"\U0001F600 tail"_s;
    const QString exact = QString(200, u'z');
    m_model->setItems({{u"m"_s, multiline}, {u"l"_s, longText}, {u"s"_s, emoji}, {u"x"_s, exact}});

    QCOMPARE(m_model->index(0).data().toString(), u"First line second line third"_s);
    QCOMPARE(m_model->index(0).data(Qt::ToolTipRole).toString(), multiline);
    QCOMPARE(m_model->index(0).data(FullTextRole).toString(), multiline);
    QCOMPARE(m_model->index(0).data(IdRole).toString(), u"m"_s);

    const QString longPreview = m_model->index(1).data().toString();
    QCOMPARE(longPreview.size(), 201);
    QCOMPARE(longPreview, (u"Start "_s + QString(194, u'x') + QChar(0x2026)));
    QCOMPARE(m_model->index(1).data(FullTextRole).toString(), longText);

    // Cut before the emoji rather than through it.
    QCOMPARE(m_model->index(2).data().toString(), QString(199, u'y') + QChar(0x2026));
    // Exactly 200 characters fit without an ellipsis.
    QCOMPARE(m_model->index(3).data().toString(), exact);
}

void tst_RankingModel::flags()
{
    const Qt::ItemFlags itemFlags = Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemIsDragEnabled;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const Qt::ItemFlags f = m_model->flags(m_model->index(row));
        QCOMPARE(f, itemFlags);
        // Drop-enabled items would let a view drop *onto* a reply instead of between two.
        QVERIFY(!f.testFlag(Qt::ItemIsDropEnabled));
    }
    QCOMPARE(m_model->flags(QModelIndex()), Qt::ItemFlags(Qt::ItemIsDropEnabled));
}

void tst_RankingModel::dragDropSetup()
{
    QCOMPARE(m_model->supportedDropActions(), Qt::DropActions(Qt::MoveAction));
    QCOMPARE(m_model->supportedDragActions(), Qt::DropActions(Qt::MoveAction));
    QCOMPARE(m_model->mimeTypes(), QStringList{u"application/x-arborist-ranking-ids"_s});
    QCOMPARE(RankingModel::mimeType(), u"application/x-arborist-ranking-ids"_s);
}

void tst_RankingModel::mimeData()
{
    // Rows in visual order whatever the selection order, each once, as a JSON array of ids.
    const std::unique_ptr<QMimeData> data(
        m_model->mimeData({m_model->index(3), m_model->index(1), m_model->index(3)}));
    QVERIFY(data);
    QVERIFY(data->hasFormat(RankingModel::mimeType()));
    QCOMPARE(data->data(RankingModel::mimeType()), QByteArray(R"(["b","d"])"));
    QVERIFY(!m_model->mimeData({}));
}

void tst_RankingModel::mimeRoundTrip_data()
{
    QTest::addColumn<QList<int>>("rows");
    QTest::addColumn<int>("dropRow");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<int>("moves"); // rowsMoved signals: one per item that had to move

    QTest::newRow("one down") << QList<int>{0} << 3 << u"bcade"_s << 1;
    QTest::newRow("one up") << QList<int>{3} << 1 << u"adbce"_s << 1;
    QTest::newRow("to top") << QList<int>{4} << 0 << u"eabcd"_s << 1;
    QTest::newRow("to end by row") << QList<int>{1} << 5 << u"acdeb"_s << 1;
    QTest::newRow("to end on root (-1)") << QList<int>{1} << -1 << u"acdeb"_s << 1;
    QTest::newRow("two apart, down") << QList<int>{0, 2} << 4 << u"bdace"_s << 2;
    QTest::newRow("two apart, selected backwards") << QList<int>{3, 1} << 0 << u"bdace"_s << 2;
    QTest::newRow("block up") << QList<int>{3, 4} << 1 << u"adebc"_s << 2;
    QTest::newRow("block to end") << QList<int>{0, 1} << -1 << u"cdeab"_s << 2;
    QTest::newRow("onto itself") << QList<int>{2} << 2 << u"abcde"_s << 0;
    QTest::newRow("directly below itself") << QList<int>{2} << 3 << u"abcde"_s << 0;
    QTest::newRow("block inside itself") << QList<int>{1, 2} << 2 << u"abcde"_s << 0;
    QTest::newRow("last at end") << QList<int>{4} << -1 << u"abcde"_s << 0;
    QTest::newRow("gap closed") << QList<int>{1, 3} << 2 << u"abdce"_s << 1;
}

void tst_RankingModel::mimeRoundTrip()
{
    QFETCH(QList<int>, rows);
    QFETCH(int, dropRow);
    QFETCH(QString, expected);
    QFETCH(int, moves);

    QModelIndexList indexes;
    for (const int row : rows)
        indexes.append(m_model->index(row));
    const std::unique_ptr<QMimeData> data(m_model->mimeData(indexes));
    QVERIFY(data);

    Spies spies(m_model.get());
    QVERIFY(m_model->canDropMimeData(data.get(), Qt::MoveAction, dropRow, 0, {}));
    QVERIFY(m_model->dropMimeData(data.get(), Qt::MoveAction, dropRow, 0, {}));
    QCOMPARE(order(*m_model), expected);
    QCOMPARE(spies.moved.size(), moves);
    // Never the insert-then-remove of Qt's fallback path, and never a reset.
    QCOMPARE(spies.inserted.size(), 0);
    QCOMPARE(spies.removed.size(), 0);
    QCOMPARE(spies.reset.size(), 0);
    QCOMPARE(m_model->count(), 5);

    // What startDrag() does after an accepted MoveAction: it asks to remove the source rows.
    // The model refuses, so a view on the fallback path cannot lose a reply.
    QVERIFY(!m_model->removeRows(0, 1));
    QCOMPARE(order(*m_model), expected);
}

void tst_RankingModel::dropRefused_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<int>("action");
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("parentRow"); // -1: the root

    const QString ours = RankingModel::mimeType();
    const int move = Qt::MoveAction;
    QTest::newRow("foreign mime type") << u"text/plain"_s << QByteArray(R"(["a"])") << move << 3 << -1;
    QTest::newRow("unknown id") << ours << QByteArray(R"(["a","zz"])") << move << 3 << -1;
    QTest::newRow("only unknown ids") << ours << QByteArray(R"(["x","y"])") << move << 3 << -1;
    QTest::newRow("duplicate id") << ours << QByteArray(R"(["a","a"])") << move << 3 << -1;
    QTest::newRow("empty list") << ours << QByteArray("[]") << move << 3 << -1;
    QTest::newRow("not json") << ours << QByteArray("a\nb") << move << 3 << -1;
    QTest::newRow("object, not array") << ours << QByteArray(R"({"a":1})") << move << 3 << -1;
    QTest::newRow("number in array") << ours << QByteArray(R"(["a",1])") << move << 3 << -1;
    QTest::newRow("copy action") << ours << QByteArray(R"(["a"])") << int(Qt::CopyAction) << 3 << -1;
    QTest::newRow("link action") << ours << QByteArray(R"(["a"])") << int(Qt::LinkAction) << 3 << -1;
    QTest::newRow("onto an item") << ours << QByteArray(R"(["a"])") << move << -1 << 2;
    QTest::newRow("row past end") << ours << QByteArray(R"(["a"])") << move << 6 << -1;
    QTest::newRow("row below -1") << ours << QByteArray(R"(["a"])") << move << -2 << -1;
}

void tst_RankingModel::dropRefused()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, payload);
    QFETCH(int, action);
    QFETCH(int, row);
    QFETCH(int, parentRow);

    const std::unique_ptr<QMimeData> data = idsMime(payload, format);
    const QModelIndex parent = parentRow < 0 ? QModelIndex() : m_model->index(parentRow);
    const auto dropAction = Qt::DropAction(action);

    Spies spies(m_model.get());
    QVERIFY(!m_model->canDropMimeData(data.get(), dropAction, row, 0, parent));
    QVERIFY(!m_model->dropMimeData(data.get(), dropAction, row, 0, parent));
    QVERIFY(spies.silent());
    QCOMPARE(order(*m_model), u"abcde"_s);

    // No data at all is refused the same way.
    QVERIFY(!m_model->canDropMimeData(nullptr, Qt::MoveAction, 0, 0, {}));
    QVERIFY(!m_model->dropMimeData(nullptr, Qt::MoveAction, 0, 0, {}));
    QVERIFY(spies.silent());
}

QTEST_GUILESS_MAIN(tst_RankingModel)
#include "tst_rankingmodel.moc"
