#include "exporttree.h"

#include "models/treebrowsermodel.h"
#include "models/roles.h"

#include <memory>

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QPersistentModelIndex>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Arborist;
using namespace ExportTree;

namespace {

using Model = TreeBrowserModel;

QString treeIdAt(int i)
{
    return u"tree-%1"_s.arg(i, 5, 10, QChar(u'0'));
}

// 2023-02-05 14:03 local time: a winter afternoon, far from any daylight-saving switch, so the
// expected text holds in every time zone the test may run in.
qint64 fixedCreated()
{
    return QDateTime(QDate(2023, 2, 5), QTime(14, 3, 27)).toMSecsSinceEpoch();
}

// The listing of tree number i, as the owner would read it from one page of the table.
TreeListRow listing(int i)
{
    TreeListRow row;
    row.id = treeIdAt(i);
    row.state = u"growing"_s;
    row.lang = i % 2 ? u"de"_s : u"en"_s;
    row.created = fixedCreated() + i;
    row.size = 1 + i % 7;
    row.author = u"author%1"_s.arg(i % 13);
    row.prompt = u"Prompt number %1\nwith a second line"_s.arg(i);
    return row;
}

QList<TreeListRow> page(int offset, int count)
{
    QList<TreeListRow> rows;
    rows.reserve(count);
    for (int i = offset; i < offset + count; ++i)
        rows.append(listing(i));
    return rows;
}

QString a1Of(const QString &treeId) { return treeId + u"-a1"_s; }
QString a2Of(const QString &treeId) { return treeId + u"-a2"_s; }
QString p2Of(const QString &treeId) { return treeId + u"-p2"_s; }
QString a3Of(const QString &treeId) { return treeId + u"-a3"_s; }

// The shared fixture (exporttree.h) for the tree with this id.
QJsonObject fixtureTree(const QString &treeId)
{
    return ExportTree::fixtureTree({treeId, a1Of(treeId), a2Of(treeId), p2Of(treeId), a3Of(treeId)}, u"growing"_s);
}

// One rowsInserted/rowsRemoved emission, compared as a whole.
struct Range
{
    QModelIndex parent;
    int first;
    int last;
};

bool sameRange(const QList<QVariant> &signal, const Range &expected)
{
    return signal.at(0).value<QModelIndex>() == expected.parent && signal.at(1).toInt() == expected.first
        && signal.at(2).toInt() == expected.last;
}

} // namespace

class tst_TreeBrowserModel final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void headers();
    void paging();
    void staleAppendPage();
    void endOfList();
    void sixtyThousandTreesStayLazy();
    void expandTree();
    void setTreeMessagesAfterReset();
    void treeColumns();
    void messageColumns();
    void authorNames();
    void updateTree();
    void reloadTreeMessages();
    void treeListedTwice();
    void wholeModelUnderFetchingTester();

private:
    // Asks for the next page the way a view does and answers it at once.
    void feedPage(int count, bool more);
    // Lists `count` trees and loads the messages of tree `row` (answering its treeWanted).
    QModelIndex listAndExpand(int count, int row);

    std::unique_ptr<Model> m_model;
    // Every pageWanted since the model was made, the tester's first request included.
    std::unique_ptr<QSignalSpy> m_pageWanted;
    // Attached in init(), before any mutation, with fetching off: it checks every reset,
    // insert, remove and dataChanged, and never fetches below the top. Qt 6.4's tester still
    // calls fetchMore() on the top level whenever it runs (on construction and after each
    // signal), as a view given the model would: so every test starts with the first page
    // asked for. It cannot ask in the middle of a change (the model refuses then), so the
    // requests the tests see stay deterministic.
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    // With setUseFetchMore(true): walks and fetches everything. It must not see a reset:
    // Qt 6.4's tester runs its checks from its modelReset slot before it marks the reset as
    // finished, so a fetch that inserts there fails as "rows inserted during a reset". Hence it
    // is attached only once the model holds what it should walk.
    std::unique_ptr<QAbstractItemModelTester> m_fetchingTester;
};

void tst_TreeBrowserModel::init()
{
    // Any warning (a checkIndex() complaint, say) fails the test.
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    m_model = std::make_unique<Model>();
    m_pageWanted = std::make_unique<QSignalSpy>(m_model.get(), &Model::pageWanted);
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_tester->setUseFetchMore(false);
    QCOMPARE(m_pageWanted->size(), 1);
    QCOMPARE(m_pageWanted->at(0).at(0).toInt(), 0);
}

void tst_TreeBrowserModel::cleanup()
{
    m_fetchingTester.reset();
    m_tester.reset();
    m_pageWanted.reset();
    m_model.reset();
}

void tst_TreeBrowserModel::feedPage(int count, bool more)
{
    // The tester may have asked already; otherwise ask as the view would.
    if (m_model->canFetchMore({}))
        m_model->fetchMore({});
    QVERIFY(!m_model->canFetchMore({}));
    const int offset = m_pageWanted->last().at(0).toInt();
    QCOMPARE(offset, m_model->rowCount());
    m_model->appendPage(offset, page(offset, count), more);
    QCOMPARE(m_model->rowCount(), offset + count);
}

QModelIndex tst_TreeBrowserModel::listAndExpand(int count, int row)
{
    feedPage(count, false);
    const QModelIndex tree = m_model->index(row, 0);
    m_model->fetchMore(tree);
    m_model->setTreeMessages(treeIdAt(row), fixtureTree(treeIdAt(row)));
    return tree;
}

void tst_TreeBrowserModel::headers()
{
    QCOMPARE(m_model->columnCount(), 6);
    const QStringList expected{u"Conversation"_s, u"State"_s,  u"Language"_s,
                               u"Messages"_s,     u"Author"_s, u"Created"_s};
    for (int column = 0; column < Model::ColumnCount; ++column)
        QCOMPARE(m_model->headerData(column, Qt::Horizontal).toString(), expected.at(column));
    QVERIFY(!m_model->headerData(Model::ColumnCount, Qt::Horizontal).isValid());
}

void tst_TreeBrowserModel::paging()
{
    QSignalSpy &wanted = *m_pageWanted;
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);

    // Empty, and more may come.
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!m_model->hasChildren());
    {
        // A fresh model, with no tester on it, can fetch the first page.
        Model fresh;
        QSignalSpy freshWanted(&fresh, &Model::pageWanted);
        QVERIFY(fresh.canFetchMore({}));
        fresh.fetchMore({});
        QCOMPARE(freshWanted.size(), 1);
        QCOMPARE(freshWanted.at(0).at(0).toInt(), 0);
        QCOMPARE(fresh.rowCount(), 0); // fetchMore() only asks
        QVERIFY(!fresh.canFetchMore({}));
    }

    // Here the tester asked for page 0 in init(): fetchMore() inserted nothing, and asks once
    // until answered.
    QCOMPARE(wanted.size(), 1);
    QCOMPARE(wanted.at(0).at(0).toInt(), 0);
    QVERIFY(!m_model->canFetchMore({}));
    m_model->fetchMore({});
    QCOMPARE(wanted.size(), 1);
    QCOMPARE(inserted.size(), 0);

    m_model->appendPage(0, page(0, 3), true);
    QCOMPARE(inserted.size(), 1);
    QVERIFY(sameRange(inserted.at(0), {QModelIndex(), 0, 2}));
    QCOMPARE(m_model->rowCount(), 3);
    QVERIFY(m_model->canFetchMore({}));
    QCOMPARE(wanted.size(), 1); // nobody could ask while the rows went in
    for (int row = 0; row < 3; ++row)
        QCOMPARE(m_model->index(row, 0).data(TreeIdRole).toString(), treeIdAt(row));

    // The next request starts after the rows so far.
    m_model->fetchMore({});
    QCOMPARE(wanted.size(), 2);
    QCOMPARE(wanted.at(1).at(0).toInt(), 3);
    QVERIFY(!m_model->canFetchMore({}));
    m_model->appendPage(3, page(3, 2), true);
    QCOMPARE(inserted.size(), 2);
    QVERIFY(sameRange(inserted.at(1), {QModelIndex(), 3, 4}));
    QCOMPARE(m_model->rowCount(), 5);
    QCOMPARE(m_model->index(4, 0).data(TreeIdRole).toString(), treeIdAt(4));
    QCOMPARE(m_model->treeIdOf(m_model->index(3, Model::ColAuthor)), treeIdAt(3));
    QVERIFY(m_model->canFetchMore({}));

    // Answered from within the signal, as an owner with the page at hand may do.
    connect(m_model.get(), &Model::pageWanted, m_model.get(),
            [this](int offset) { m_model->appendPage(offset, page(offset, 4), true); });
    m_model->fetchMore({});
    QCOMPARE(wanted.size(), 3);
    QCOMPARE(wanted.at(2).at(0).toInt(), 5);
    QCOMPARE(inserted.size(), 3);
    QVERIFY(sameRange(inserted.at(2), {QModelIndex(), 5, 8}));
    QVERIFY(m_model->canFetchMore({}));
    QCOMPARE(wanted.size(), 3); // and that insert did not set off another request
    QCOMPARE(m_model->createdMessageNodeCount(), 0);
}

void tst_TreeBrowserModel::staleAppendPage()
{
    QSignalSpy &wanted = *m_pageWanted;
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);

    // Page 0 is asked for (by the tester); an answer for another offset is ignored and the
    // request stays open.
    m_model->appendPage(5, page(5, 3), true);
    QCOMPARE(inserted.size(), 0);
    QVERIFY(!m_model->canFetchMore({}));
    m_model->appendPage(0, page(0, 2), true);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(m_model->rowCount(), 2);

    // The same answer twice: the second no longer fits.
    m_model->appendPage(0, page(0, 2), true);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(m_model->rowCount(), 2);

    // A page nobody asked for is not taken, even at the right offset.
    QVERIFY(m_model->canFetchMore({}));
    m_model->appendPage(2, page(2, 2), true);
    QCOMPARE(inserted.size(), 1);

    // A request, then a reset (new filter): the old answer is dropped...
    m_model->fetchMore({});
    QCOMPARE(wanted.size(), 2);
    QCOMPARE(wanted.last().at(0).toInt(), 2);
    m_model->reset();
    QCOMPARE(reset.size(), 1);
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(m_model->canFetchMore({})); // more may come, and nothing is outstanding
    QCOMPARE(wanted.size(), 2);         // nobody could ask during the reset
    m_model->appendPage(2, page(2, 3), true);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(m_model->rowCount(), 0);
    // ... and so is one for offset 0, as long as page 0 was not asked for again.
    m_model->appendPage(0, page(0, 3), true);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(m_model->rowCount(), 0);

    // The new query's own first page is taken.
    m_model->fetchMore({});
    QCOMPARE(wanted.size(), 3);
    QCOMPARE(wanted.last().at(0).toInt(), 0);
    m_model->appendPage(0, page(100, 3), false);
    QCOMPARE(inserted.size(), 2);
    QVERIFY(sameRange(inserted.last(), {QModelIndex(), 0, 2}));
    QCOMPARE(m_model->index(0, 0).data(TreeIdRole).toString(), treeIdAt(100));
    QCOMPARE(reset.size(), 1);
}

void tst_TreeBrowserModel::endOfList()
{
    QSignalSpy &wanted = *m_pageWanted;
    feedPage(4, true);
    QVERIFY(m_model->canFetchMore({}));
    feedPage(2, false);
    QCOMPARE(m_model->rowCount(), 6);
    // The last page said so: no more asking.
    QVERIFY(!m_model->canFetchMore({}));
    m_model->fetchMore({});
    QCOMPARE(wanted.size(), 2);

    // A reset starts over.
    m_model->reset();
    QVERIFY(m_model->canFetchMore({}));

    // A page with no rows ends the list even if it claims more: otherwise a view would ask
    // again and again for the same empty page.
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    m_model->fetchMore({});
    m_model->appendPage(0, {}, true);
    QCOMPARE(inserted.size(), 0);
    QVERIFY(!m_model->canFetchMore({}));
    QVERIFY(!m_model->hasChildren());

    // An empty table: the first page is empty and final.
    m_model->reset();
    m_model->fetchMore({});
    m_model->appendPage(0, {}, false);
    QVERIFY(!m_model->canFetchMore({}));
    QCOMPARE(m_model->rowCount(), 0);
}

void tst_TreeBrowserModel::sixtyThousandTreesStayLazy()
{
    constexpr int total = 60000;
    constexpr int pageSize = 200;
    // Qt's tester walks the whole model on every rowsAboutToBeInserted and rowsInserted, so
    // under it 300 pages would cost time quadratic in the rows. It watches the first pages
    // (where an off-by-one in the ranges would show), is detached for the bulk, and a fresh
    // one walks the full 60,000 rows once at the end.
    constexpr int pagesWatched = 5;

    QSignalSpy &wanted = *m_pageWanted;
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy treeWanted(m_model.get(), &Model::treeWanted);
    for (int offset = 0; offset < total; offset += pageSize) {
        if (offset == pagesWatched * pageSize)
            m_tester.reset();
        const int pageNumber = offset / pageSize;
        // The first page was asked for by the tester, every other one is asked for here.
        QCOMPARE(m_model->canFetchMore({}), offset > 0);
        m_model->fetchMore({});
        QCOMPARE(wanted.size(), pageNumber + 1);
        QCOMPARE(wanted.last().at(0).toInt(), offset);
        QVERIFY(!m_model->canFetchMore({}));
        const bool more = offset + pageSize < total;
        m_model->appendPage(offset, page(offset, pageSize), more);
        QCOMPARE(inserted.size(), pageNumber + 1);
        QVERIFY(sameRange(inserted.last(), {QModelIndex(), offset, offset + pageSize - 1}));
        QCOMPARE(m_model->canFetchMore({}), more);
    }
    QCOMPARE(m_model->rowCount(), total);
    QCOMPARE(wanted.size(), total / pageSize);
    QVERIFY(!m_model->canFetchMore({}));
    // Not one message exists, and not one was asked for; every tree can still be expanded.
    QCOMPARE(m_model->createdMessageNodeCount(), 0);
    QCOMPARE(treeWanted.size(), 0);
    for (const int row : {0, 1, 12345, total - 1}) {
        const QModelIndex tree = m_model->index(row, 0);
        QCOMPARE(tree.data(TreeIdRole).toString(), treeIdAt(row));
        QVERIFY(m_model->hasChildren(tree));
        QCOMPARE(m_model->rowCount(tree), 0);
        QVERIFY(m_model->canFetchMore(tree));
    }

    // A fresh tester walks all 60,000 rows. Qt 6.4's tester fetches during the walk its
    // constructor makes, whatever setUseFetchMore() says afterwards, so it expands every tree
    // as a view would: each tree is asked for exactly once, and no message exists before an
    // answer arrives.
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_tester->setUseFetchMore(false);
    QCOMPARE(treeWanted.size(), total);
    QCOMPARE(treeWanted.at(12345).at(0).toString(), treeIdAt(12345));
    QCOMPARE(treeWanted.last().at(0).toString(), treeIdAt(total - 1));
    QCOMPARE(m_model->createdMessageNodeCount(), 0);
    QCOMPARE(wanted.size(), total / pageSize);
    const QModelIndex tree = m_model->index(total - 1, 0);
    QVERIFY(m_model->hasChildren(tree));
    QVERIFY(!m_model->canFetchMore(tree));
    m_model->fetchMore(tree);
    QCOMPARE(treeWanted.size(), total);

    // One answer creates that tree's prompt and nothing else.
    m_model->setTreeMessages(treeIdAt(total - 1), fixtureTree(treeIdAt(total - 1)));
    QCOMPARE(m_model->createdMessageNodeCount(), 1);
    QCOMPARE(m_model->rowCount(tree), 1);
    QCOMPARE(m_model->rowCount(m_model->index(total - 2, 0)), 0);
    QCOMPARE(m_model->indexOfTree(treeIdAt(total - 1)), tree);
}

void tst_TreeBrowserModel::expandTree()
{
    feedPage(3, false);
    const QString id = treeIdAt(1);
    const QModelIndex tree = m_model->index(1, 0);
    QSignalSpy treeWanted(m_model.get(), &Model::treeWanted);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);

    // Before: an expand arrow, no rows, something to fetch; other columns never have children.
    QVERIFY(m_model->isTreeRow(tree));
    QVERIFY(m_model->hasChildren(tree));
    QCOMPARE(m_model->rowCount(tree), 0);
    QVERIFY(m_model->canFetchMore(tree));
    QVERIFY(!m_model->hasChildren(tree.siblingAtColumn(Model::ColState)));
    QVERIFY(!m_model->canFetchMore(tree.siblingAtColumn(Model::ColState)));
    QVERIFY(!m_model->flags(tree).testFlag(Qt::ItemNeverHasChildren));

    // Expanding asks once, inserts nothing, and keeps the arrow while the answer is on its way.
    m_model->fetchMore(tree);
    QCOMPARE(treeWanted.size(), 1);
    QCOMPARE(treeWanted.at(0).at(0).toString(), id);
    QVERIFY(!m_model->canFetchMore(tree));
    QVERIFY(m_model->hasChildren(tree));
    QCOMPARE(inserted.size(), 0);
    m_model->fetchMore(tree);
    QCOMPARE(treeWanted.size(), 1);

    // The answer: exactly one row below the tree, the prompt.
    m_model->setTreeMessages(id, fixtureTree(id));
    QCOMPARE(inserted.size(), 1);
    QVERIFY(sameRange(inserted.at(0), {tree, 0, 0}));
    QCOMPARE(m_model->rowCount(tree), 1);
    QVERIFY(m_model->hasChildren(tree));
    QVERIFY(!m_model->canFetchMore(tree));
    QCOMPARE(m_model->createdMessageNodeCount(), 1);

    const QModelIndex prompt = m_model->index(0, 0, tree);
    QVERIFY(!m_model->isTreeRow(prompt));
    QCOMPARE(prompt.data(MessageIdRole).toString(), id);
    QCOMPARE(m_model->parent(prompt), tree);
    QCOMPARE(m_model->treeIdOf(prompt), id);
    QVERIFY(m_model->hasChildren(prompt));
    QCOMPARE(m_model->rowCount(prompt), 0);
    QVERIFY(m_model->canFetchMore(prompt));

    // Deeper levels come from the JSON already there: no signal to the owner.
    m_model->fetchMore(prompt);
    QCOMPARE(inserted.size(), 2);
    QVERIFY(sameRange(inserted.at(1), {prompt, 0, 1}));
    QVERIFY(!m_model->canFetchMore(prompt));
    const QModelIndex a1 = m_model->index(0, 0, prompt);
    const QModelIndex a2 = m_model->index(1, 0, prompt);
    QCOMPARE(a1.data(MessageIdRole).toString(), a1Of(id));
    QCOMPARE(a2.data(MessageIdRole).toString(), a2Of(id));
    QCOMPARE(m_model->parent(a1), prompt);
    QVERIFY(!m_model->hasChildren(a2));
    QVERIFY(!m_model->canFetchMore(a2));
    QVERIFY(m_model->flags(a2).testFlag(Qt::ItemNeverHasChildren));

    m_model->fetchMore(a1);
    const QModelIndex p2 = m_model->index(0, 0, a1);
    m_model->fetchMore(p2);
    const QModelIndex a3 = m_model->index(0, 0, p2);
    QCOMPARE(p2.data(MessageIdRole).toString(), p2Of(id));
    QCOMPARE(a3.data(MessageIdRole).toString(), a3Of(id));
    QCOMPARE(m_model->parent(a3), p2);
    QCOMPARE(m_model->parent(p2), a1);
    QCOMPARE(m_model->treeIdOf(a3), id);
    QCOMPARE(a3.data(TreeIdRole).toString(), id);
    QCOMPARE(inserted.size(), 4);
    QCOMPARE(m_model->createdMessageNodeCount(), 5);
    QCOMPARE(treeWanted.size(), 1);

    // A second answer for the same tree changes nothing.
    m_model->setTreeMessages(id, fixtureTree(id));
    QCOMPARE(inserted.size(), 4);
    QCOMPARE(m_model->createdMessageNodeCount(), 5);

    // The other trees were not touched.
    QVERIFY(m_model->canFetchMore(m_model->index(0, 0)));
    QCOMPARE(m_model->rowCount(m_model->index(2, 0)), 0);

    // A tree whose export has no prompt: known, and a leaf.
    m_model->fetchMore(m_model->index(2, 0));
    m_model->setTreeMessages(treeIdAt(2), QJsonObject{{u"message_tree_id"_s, treeIdAt(2)}});
    QCOMPARE(inserted.size(), 4);
    QVERIFY(!m_model->hasChildren(m_model->index(2, 0)));
    QVERIFY(!m_model->canFetchMore(m_model->index(2, 0)));
}

void tst_TreeBrowserModel::setTreeMessagesAfterReset()
{
    feedPage(3, false);
    QSignalSpy treeWanted(m_model.get(), &Model::treeWanted);
    m_model->fetchMore(m_model->index(0, 0));
    QCOMPARE(treeWanted.size(), 1);

    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->reset();
    m_model->setTreeMessages(treeIdAt(0), fixtureTree(treeIdAt(0)));
    m_model->reloadTreeMessages(treeIdAt(0), fixtureTree(treeIdAt(0)));
    m_model->updateTree(listing(0));
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(removed.size(), 0);
    QCOMPARE(changed.size(), 0);
    QCOMPARE(m_model->createdMessageNodeCount(), 0);
    QVERIFY(!m_model->indexOfTree(treeIdAt(0)).isValid());

    // Also with other trees listed: an id that is not among them is ignored.
    m_model->fetchMore({});
    m_model->appendPage(0, page(10, 3), false);
    QCOMPARE(inserted.size(), 1);
    m_model->setTreeMessages(treeIdAt(0), fixtureTree(treeIdAt(0)));
    QCOMPARE(inserted.size(), 1);
    for (int row = 0; row < 3; ++row)
        QCOMPARE(m_model->rowCount(m_model->index(row, 0)), 0);
}

void tst_TreeBrowserModel::treeColumns()
{
    m_model->fetchMore({});
    TreeListRow undated = listing(7);
    undated.created = 0;
    m_model->appendPage(0, {listing(0), undated}, false);

    const QModelIndex tree = m_model->index(0, 0);
    QCOMPARE(text(tree, Model::ColPrompt), u"Prompt number 0 with a second line"_s); // one line
    QCOMPARE(text(tree, Model::ColState), u"growing"_s);
    QCOMPARE(text(tree, Model::ColLang), u"en"_s);
    QCOMPARE(tree.siblingAtColumn(Model::ColSize).data().toInt(), 1);
    QCOMPARE(text(tree, Model::ColSize), u"1"_s);
    QCOMPARE(text(tree, Model::ColAuthor), u"author0"_s);
    QCOMPARE(text(tree, Model::ColCreated), u"2023-02-05 14:03"_s);
    QCOMPARE(text(m_model->index(1, 0), Model::ColCreated), QString());
    QCOMPARE(text(m_model->index(1, 0), Model::ColLang), u"de"_s);
    QCOMPARE(m_model->index(1, Model::ColSize).data().toInt(), 1 + 7 % 7);

    // The whole prompt as tooltip (on the Conversation column) and as FullTextRole.
    QCOMPARE(text(tree, Model::ColPrompt, Qt::ToolTipRole), u"Prompt number 0\nwith a second line"_s);
    QVERIFY(!tree.siblingAtColumn(Model::ColState).data(Qt::ToolTipRole).isValid());
    QCOMPARE(text(tree, Model::ColPrompt, FullTextRole), u"Prompt number 0\nwith a second line"_s);

    // A long prompt is cut for the row, never for the tooltip.
    TreeListRow longOne = listing(0);
    longOne.prompt = QString(500, u'x');
    m_model->updateTree(longOne);
    QCOMPARE(text(tree, Model::ColPrompt).size(), 201); // 200 characters and the ellipsis
    QCOMPARE(text(tree, Model::ColPrompt, Qt::ToolTipRole).size(), 500);

    for (int column = 0; column < Model::ColumnCount; ++column) {
        const QModelIndex cell = tree.siblingAtColumn(column);
        QCOMPARE(cell.data(TreeIdRole).toString(), treeIdAt(0));
        QCOMPARE(cell.data(IsTreeRole).toBool(), true);
        QVERIFY(!cell.data(MessageIdRole).isValid());
        QVERIFY(m_model->isTreeRow(cell));
        QCOMPARE(m_model->treeIdOf(cell), treeIdAt(0));
        QVERIFY(m_model->messageJson(cell).isEmpty());
        QVERIFY(!m_model->flags(cell).testFlag(Qt::ItemIsEditable));
    }
    QCOMPARE(m_model->treeRow(tree).author, u"author0"_s);
    QVERIFY(!m_model->isTreeRow({}));
    QVERIFY(m_model->treeIdOf({}).isEmpty());
    QVERIFY(!tree.data(Qt::UserRole + 999).isValid());
}

void tst_TreeBrowserModel::messageColumns()
{
    const QString id = treeIdAt(0);
    const QModelIndex tree = listAndExpand(1, 0);
    const QModelIndex prompt = m_model->index(0, 0, tree);
    m_model->fetchMore(prompt);
    const QModelIndex a1 = m_model->index(0, 0, prompt);
    const QModelIndex a2 = m_model->index(1, 0, prompt);
    m_model->fetchMore(a1);
    const QModelIndex p2 = m_model->index(0, 0, a1);
    m_model->fetchMore(p2);
    const QModelIndex a3 = m_model->index(0, 0, p2);

    QCOMPARE(text(prompt, Model::ColPrompt), u"What is a conversation tree?"_s);
    QCOMPARE(text(a1, Model::ColPrompt), u"Best answer with two lines"_s); // one line

    QCOMPARE(text(prompt, Model::ColState), u"accepted"_s);
    QCOMPARE(text(a2, Model::ColState), u"deleted"_s); // deleted wins over rejected
    QCOMPARE(text(p2, Model::ColState), u"in review (1 review(s))"_s);
    QCOMPARE(text(a3, Model::ColState), u"not reviewed"_s);

    QCOMPARE(text(prompt, Model::ColLang), u"Prompter"_s);
    QCOMPARE(text(a1, Model::ColLang), u"Assistant"_s);
    QCOMPARE(text(p2, Model::ColLang), u"Prompter"_s);

    // Messages: the number of replies.
    QCOMPARE(prompt.siblingAtColumn(Model::ColSize).data().toInt(), 2);
    QCOMPARE(a1.siblingAtColumn(Model::ColSize).data().toInt(), 1);
    QCOMPARE(a2.siblingAtColumn(Model::ColSize).data().toInt(), 0);

    // No names given: the id's first eight characters, or "unknown" without a user_id.
    QCOMPARE(text(prompt, Model::ColAuthor), u"8c285f8a"_s);
    QCOMPARE(text(a1, Model::ColAuthor), u"542f3e1d"_s);
    QCOMPARE(text(a3, Model::ColAuthor), u"unknown"_s);

    QVERIFY(!prompt.siblingAtColumn(Model::ColCreated).data().isValid());
    QCOMPARE(text(a1, Model::ColPrompt, Qt::ToolTipRole), u"Best answer\nwith two lines"_s);

    for (int column = 0; column < Model::ColumnCount; ++column) {
        const QModelIndex cell = a1.siblingAtColumn(column);
        QCOMPARE(cell.data(MessageIdRole).toString(), a1Of(id));
        QCOMPARE(cell.data(FullTextRole).toString(), u"Best answer\nwith two lines"_s);
        QCOMPARE(cell.data(TreeIdRole).toString(), id);
        QCOMPARE(cell.data(IsTreeRole).toBool(), false);
        QCOMPARE(cell.data(MessageRoleRole).toString(), u"assistant"_s);
        QCOMPARE(cell.data(DeletedRole).toBool(), false);
        QVERIFY(!m_model->isTreeRow(cell));
    }
    QCOMPARE(a2.data(DeletedRole).toBool(), true);

    const QJsonObject json = m_model->messageJson(a1);
    QCOMPARE(json.value(u"message_id"_s).toString(), a1Of(id));
    QCOMPARE(json.value(u"labels"_s).toObject().value(u"quality"_s).toObject().value(u"count"_s).toInt(), 3);
    QVERIFY(!json.contains(u"replies"_s));
    QCOMPARE(m_model->messageJson(prompt).value(u"text"_s).toString(), u"What is a conversation tree?"_s);

    // The listing of the tree a message belongs to.
    QCOMPARE(m_model->treeRow(a3).id, id);

    // A rejected message that is not deleted says so.
    QJsonObject exported = fixtureTree(id);
    QJsonObject root = exported.value(u"prompt"_s).toObject();
    root.insert(u"review_result"_s, false);
    exported.insert(u"prompt"_s, root);
    m_model->reloadTreeMessages(id, exported);
    QCOMPARE(text(m_model->index(0, 0, tree), Model::ColState), u"rejected"_s);
}

void tst_TreeBrowserModel::authorNames()
{
    const QModelIndex tree = listAndExpand(2, 1);
    const QModelIndex prompt = m_model->index(0, 0, tree);
    m_model->fetchMore(prompt);
    const QModelIndex a1 = m_model->index(0, 0, prompt);

    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setAuthorNames({{promptUser, u"Alice"_s}, {a1User, u"Bob"_s}});
    QCOMPARE(text(prompt, Model::ColAuthor), u"Alice"_s);
    QCOMPARE(text(a1, Model::ColAuthor), u"Bob"_s);
    QCOMPARE(text(m_model->index(1, 0, prompt), Model::ColAuthor), u"d35f8344"_s); // not in the map
    // Tree rows keep the author name of their listing.
    QCOMPARE(text(tree, Model::ColAuthor), u"author1"_s);

    // One dataChanged per fetched level (the prompt, its replies), on the Author column only.
    QCOMPARE(changed.size(), 2);
    for (const QList<QVariant> &signal : std::as_const(changed)) {
        QCOMPARE(signal.at(0).value<QModelIndex>().column(), int(Model::ColAuthor));
        QCOMPARE(signal.at(1).value<QModelIndex>().column(), int(Model::ColAuthor));
    }
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().parent(), tree);
    QCOMPARE(changed.at(1).at(0).value<QModelIndex>().parent(), prompt);
}

void tst_TreeBrowserModel::updateTree()
{
    const QModelIndex loaded = listAndExpand(5, 3);
    QCOMPARE(m_model->rowCount(loaded), 1);

    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);

    TreeListRow halted = listing(2);
    halted.state = u"halted_by_moderator"_s;
    halted.size = 42;
    m_model->updateTree(halted);
    QCOMPARE(changed.size(), 1);
    const QModelIndex topLeft = changed.at(0).at(0).value<QModelIndex>();
    const QModelIndex bottomRight = changed.at(0).at(1).value<QModelIndex>();
    QCOMPARE(topLeft, m_model->index(2, 0));
    QCOMPARE(bottomRight, m_model->index(2, Model::ColumnCount - 1));
    QCOMPARE(text(m_model->index(2, 0), Model::ColState), u"halted_by_moderator"_s);
    QCOMPARE(m_model->index(2, Model::ColSize).data().toInt(), 42);
    QCOMPARE(text(m_model->index(1, 0), Model::ColState), u"growing"_s);

    // A tree whose messages are shown keeps them.
    TreeListRow loadedHalted = listing(3);
    loadedHalted.state = u"halted_by_moderator"_s;
    m_model->updateTree(loadedHalted);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed.at(1).at(0).value<QModelIndex>(), m_model->index(3, 0));
    QCOMPARE(changed.at(1).at(1).value<QModelIndex>(), m_model->index(3, Model::ColumnCount - 1));
    QCOMPARE(m_model->rowCount(loaded), 1);
    QCOMPARE(text(loaded, Model::ColState), u"halted_by_moderator"_s);

    // An id that is not listed: nothing.
    TreeListRow unknown = listing(99);
    m_model->updateTree(unknown);
    QCOMPARE(changed.size(), 2);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(removed.size(), 0);
    QCOMPARE(reset.size(), 0);
}

void tst_TreeBrowserModel::reloadTreeMessages()
{
    const QString id = treeIdAt(1);
    const QModelIndex other = listAndExpand(3, 0);
    const QModelIndex tree = m_model->index(1, 0);
    m_model->fetchMore(tree);
    m_model->setTreeMessages(id, fixtureTree(id));
    QModelIndex prompt = m_model->index(0, 0, tree);
    m_model->fetchMore(prompt);
    m_model->fetchMore(m_model->index(0, 0, prompt));
    QCOMPARE(m_model->createdMessageNodeCount(), 1 + 4); // tree 0's prompt, tree 1 fetched to p2
    const QPersistentModelIndex oldA1 = m_model->index(0, 0, prompt);
    const QPersistentModelIndex persistentTree = tree;
    const QPersistentModelIndex otherPrompt = m_model->index(0, 0, other);

    // a1 edited, a2 deleted for good.
    QJsonObject edited = fixtureTree(id);
    QJsonObject root = edited.value(u"prompt"_s).toObject();
    QJsonArray replies = root.value(u"replies"_s).toArray();
    QJsonObject a1 = replies.at(0).toObject();
    a1.insert(u"text"_s, u"Edited answer"_s);
    root.insert(u"replies"_s, QJsonArray{a1});
    edited.insert(u"prompt"_s, root);

    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy layout(m_model.get(), &QAbstractItemModel::layoutChanged);
    m_model->reloadTreeMessages(id, edited);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(layout.size(), 0);
    QCOMPARE(removed.size(), 1);
    QVERIFY(sameRange(removed.at(0), {tree, 0, 0}));
    QCOMPARE(inserted.size(), 1);
    QVERIFY(sameRange(inserted.at(0), {tree, 0, 0}));

    // The new prompt starts unfetched, with the new content below it.
    QCOMPARE(m_model->rowCount(tree), 1);
    prompt = m_model->index(0, 0, tree);
    QCOMPARE(prompt.data(MessageIdRole).toString(), id);
    QCOMPARE(m_model->rowCount(prompt), 0);
    QCOMPARE(prompt.siblingAtColumn(Model::ColSize).data().toInt(), 1);
    m_model->fetchMore(prompt);
    QCOMPARE(m_model->rowCount(prompt), 1);
    QCOMPARE(text(m_model->index(0, 0, prompt), Model::ColPrompt), u"Edited answer"_s);
    QCOMPARE(m_model->createdMessageNodeCount(), 1 + 2);

    // Indexes into the old messages are gone; the tree row and the other tree are untouched.
    QVERIFY(!oldA1.isValid());
    QVERIFY(persistentTree.isValid());
    QCOMPARE(QModelIndex(persistentTree), tree);
    QVERIFY(otherPrompt.isValid());
    QCOMPARE(otherPrompt.data(MessageIdRole).toString(), treeIdAt(0));

    // A tree whose messages were never asked for gets them too, without a removal.
    m_model->reloadTreeMessages(treeIdAt(2), fixtureTree(treeIdAt(2)));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(inserted.size(), 3);
    QVERIFY(sameRange(inserted.last(), {m_model->index(2, 0), 0, 0}));
    QVERIFY(!m_model->canFetchMore(m_model->index(2, 0)));

    // A reload whose export has lost the prompt leaves the tree without rows.
    m_model->reloadTreeMessages(id, QJsonObject{{u"message_tree_id"_s, id}});
    QCOMPARE(removed.size(), 2);
    QVERIFY(sameRange(removed.last(), {tree, 0, 0}));
    QCOMPARE(m_model->rowCount(tree), 0);
    QCOMPARE(reset.size(), 0);
}

void tst_TreeBrowserModel::treeListedTwice()
{
    // Offset paging over a table that grows meanwhile can list a tree on two pages.
    m_model->fetchMore({});
    m_model->appendPage(0, page(0, 3), true);
    m_model->fetchMore({});
    m_model->appendPage(3, page(2, 3), false); // tree 2 again, at row 3
    QCOMPARE(m_model->rowCount(), 6);
    QCOMPARE(m_model->index(3, 0).data(TreeIdRole).toString(), treeIdAt(2));
    QCOMPARE(m_model->indexOfTree(treeIdAt(2)), m_model->index(2, 0));

    // Asked once for both rows, and the answer fills both.
    QSignalSpy treeWanted(m_model.get(), &Model::treeWanted);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    m_model->fetchMore(m_model->index(3, 0));
    QCOMPARE(treeWanted.size(), 1);
    QVERIFY(!m_model->canFetchMore(m_model->index(2, 0)));
    m_model->fetchMore(m_model->index(2, 0));
    QCOMPARE(treeWanted.size(), 1);
    m_model->setTreeMessages(treeIdAt(2), fixtureTree(treeIdAt(2)));
    QCOMPARE(inserted.size(), 2);
    QVERIFY(sameRange(inserted.at(0), {m_model->index(2, 0), 0, 0}));
    QVERIFY(sameRange(inserted.at(1), {m_model->index(3, 0), 0, 0}));

    // An update reaches both rows, one dataChanged each.
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->updateTree(listing(2));
    QCOMPARE(changed.size(), 2);
    QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 2);
    QCOMPARE(changed.at(1).at(0).value<QModelIndex>().row(), 3);
}

void tst_TreeBrowserModel::wholeModelUnderFetchingTester()
{
    // An owner that answers every request at once: pages of 4 out of 10 trees, and each tree's
    // messages. The fetching tester then pulls in every page and every level by itself and
    // checks the structure, parents and siblings of all of it.
    constexpr int total = 10;
    connect(m_model.get(), &Model::pageWanted, m_model.get(), [this](int offset) {
        const int count = std::min(4, total - offset);
        m_model->appendPage(offset, page(offset, count), offset + count < total);
    });
    connect(m_model.get(), &Model::treeWanted, m_model.get(),
            [this](const QString &treeId) { m_model->setTreeMessages(treeId, fixtureTree(treeId)); });
    // The first page, which the tester asked for in init(), arrives; the tester takes it
    // from there.
    m_model->appendPage(0, page(0, 4), true);
    QCOMPARE(m_model->rowCount(), 4);

    m_fetchingTester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_fetchingTester->setUseFetchMore(true); // the default; said out loud because it is the point
    // Each walk asks for one page at the top, so walk until the list is complete.
    for (int walk = 0; walk < total && m_model->canFetchMore({}); ++walk)
        m_fetchingTester = std::make_unique<QAbstractItemModelTester>(
            m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);

    QCOMPARE(m_model->rowCount(), total);
    QVERIFY(!m_model->canFetchMore({}));
    for (int row = 0; row < total; ++row) {
        const QModelIndex tree = m_model->index(row, 0);
        QCOMPARE(m_model->rowCount(tree), 1);
        QVERIFY(!m_model->canFetchMore(tree));
    }
    const QModelIndex prompt = m_model->index(0, 0, m_model->index(total - 1, 0));
    QCOMPARE(m_model->rowCount(prompt), 2);
    QCOMPARE(m_model->rowCount(m_model->index(0, 0, prompt)), 1);
}

QTEST_GUILESS_MAIN(tst_TreeBrowserModel)
#include "tst_treebrowsermodel.moc"
