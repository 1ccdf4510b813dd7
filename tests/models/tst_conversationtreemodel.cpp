#include "exporttree.h"

#include "models/conversationtreemodel.h"
#include "models/roles.h"

#include <memory>

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Arborist;
using namespace ExportTree;

namespace {

using Model = ConversationTreeModel;

const QString treeId = u"5e45bdbb-18c7-483d-b184-5c42b85fc220"_s;
const QString promptId = u"5e45bdbb-18c7-483d-b184-5c42b85fc220"_s; // the prompt's id is the tree's id
const QString a1Id = u"eba73ddf-34e2-4818-a73a-4dcd7ac7e802"_s;
const QString a2Id = u"50aab2fb-c4a4-4f05-bfb5-3c9384e1601b"_s;
const QString p2Id = u"c9bdc130-625d-45ec-8247-ea5811c29557"_s;
const QString a3Id = u"5bcc70d3-a48d-4b64-8109-b1bbd5861c84"_s;

// The shared fixture (exporttree.h) with this test's ids.
QJsonObject fixtureTree()
{
    return ExportTree::fixtureTree({promptId, a1Id, a2Id, p2Id, a3Id}, u"ready_for_export"_s);
}

QJsonObject wideTree(int replies)
{
    QJsonArray children;
    for (int i = 0; i < replies; ++i) {
        children.append(message(u"reply-%1"_s.arg(i, 4, 10, QChar(u'0')), u"wide-root"_s, u"assistant"_s,
                                u"Reply number %1"_s.arg(i), {{u"rank"_s, i}}));
    }
    return QJsonObject{{u"message_tree_id"_s, u"wide-root"_s},
                       {u"tree_state"_s, u"growing"_s},
                       {u"prompt"_s, message(u"wide-root"_s, QString(), u"prompter"_s, u"Root of a wide tree"_s,
                                             {{u"replies"_s, children}})}};
}

} // namespace

class tst_ConversationTreeModel final : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void lazyLevels();
    void wholeTreeUnderTester();
    void headers();
    void columns();
    void roles();
    void authorNames();
    void indexOfMessage();
    void setTreeAgain();
    void emptyTree();
    void lazyWithManyReplies();

private:
    // setTree() with a second tester that walks, and so fetches, the whole tree.
    void setTreeFetchingAll(const QJsonObject &tree);

    std::unique_ptr<Model> m_model;
    // Attached in init(), before any mutation, and left with fetching off: it checks every
    // reset and every insert, and does not fetch by itself, so laziness stays observable.
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    // With setUseFetchMore(true): fetches and checks every level. It must not see a reset:
    // Qt 6.4's tester runs its checks from its modelReset slot before it marks the reset as
    // finished, so the fetch it triggers there fails as "rows inserted during a reset".
    // Hence it is attached after each setTree() and dropped before the next one.
    std::unique_ptr<QAbstractItemModelTester> m_fetchingTester;
};

void tst_ConversationTreeModel::init()
{
    // Any warning (a checkIndex() complaint, say) fails the test.
    QTest::failOnWarning(QRegularExpression(u".*"_s));
    m_model = std::make_unique<Model>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_tester->setUseFetchMore(false);
}

void tst_ConversationTreeModel::cleanup()
{
    m_fetchingTester.reset();
    m_tester.reset();
    m_model.reset();
}

void tst_ConversationTreeModel::setTreeFetchingAll(const QJsonObject &tree)
{
    m_fetchingTester.reset();
    m_model->setTree(tree);
    m_fetchingTester = std::make_unique<QAbstractItemModelTester>(
        m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_fetchingTester->setUseFetchMore(true); // the default; said out loud because it is the point
}

void tst_ConversationTreeModel::lazyLevels()
{
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->setTree(fixtureTree());
    QCOMPARE(reset.size(), 1);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(m_model->treeId(), treeId);
    QCOMPARE(m_model->treeState(), u"ready_for_export"_s);

    // The prompt exists at once; the root itself has nothing to fetch.
    QCOMPARE(m_model->rowCount(), 1);
    QVERIFY(m_model->hasChildren());
    QVERIFY(!m_model->canFetchMore({}));
    QCOMPARE(m_model->createdNodeCount(), 1);

    const QModelIndex prompt = m_model->index(0, 0);
    QCOMPARE(prompt.data(MessageIdRole).toString(), promptId);
    QVERIFY(m_model->hasChildren(prompt));
    QCOMPARE(m_model->rowCount(prompt), 0);
    QVERIFY(m_model->canFetchMore(prompt));
    // Other columns never have children, whatever the message has.
    QVERIFY(!m_model->hasChildren(prompt.siblingAtColumn(Model::ColumnCount - 1)));
    QVERIFY(!m_model->canFetchMore(prompt.siblingAtColumn(Model::ColText)));

    m_model->fetchMore(prompt);
    QCOMPARE(m_model->rowCount(prompt), 2);
    QVERIFY(!m_model->canFetchMore(prompt));
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(0).toModelIndex(), prompt);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 1);
    QCOMPARE(m_model->createdNodeCount(), 3);

    // A second fetchMore is a no-op: no duplicate rows, no signal.
    m_model->fetchMore(prompt);
    QCOMPARE(m_model->rowCount(prompt), 2);
    QCOMPARE(inserted.size(), 1);

    const QModelIndex a1 = m_model->index(0, 0, prompt);
    const QModelIndex a2 = m_model->index(1, 0, prompt);
    QCOMPARE(a1.data(MessageIdRole).toString(), a1Id);
    QCOMPARE(a2.data(MessageIdRole).toString(), a2Id);
    QCOMPARE(m_model->parent(a1), prompt);
    QVERIFY(m_model->hasChildren(a1));
    QCOMPARE(m_model->rowCount(a1), 0);
    QVERIFY(m_model->canFetchMore(a1));
    // An empty "replies" array is a leaf, as is a message without the key.
    QVERIFY(!m_model->hasChildren(a2));
    QVERIFY(!m_model->canFetchMore(a2));
    QVERIFY(m_model->flags(a2).testFlag(Qt::ItemNeverHasChildren));
    QVERIFY(!m_model->flags(a1).testFlag(Qt::ItemNeverHasChildren));

    m_model->fetchMore(a1);
    QCOMPARE(m_model->rowCount(a1), 1);
    const QModelIndex p2 = m_model->index(0, 0, a1);
    QCOMPARE(p2.data(MessageIdRole).toString(), p2Id);
    QVERIFY(m_model->hasChildren(p2));
    QCOMPARE(m_model->rowCount(p2), 0);

    m_model->fetchMore(p2);
    QCOMPARE(m_model->rowCount(p2), 1);
    const QModelIndex a3 = m_model->index(0, 0, p2);
    QCOMPARE(a3.data(MessageIdRole).toString(), a3Id);
    QVERIFY(!m_model->hasChildren(a3));
    QVERIFY(!m_model->canFetchMore(a3));
    QCOMPARE(m_model->rowCount(a3), 0);
    QCOMPARE(m_model->parent(a3), p2);
    QCOMPARE(m_model->parent(p2), a1);
    QCOMPARE(m_model->parent(prompt), QModelIndex());

    QCOMPARE(inserted.size(), 3);
    QCOMPARE(m_model->createdNodeCount(), 5);
}

void tst_ConversationTreeModel::wholeTreeUnderTester()
{
    // The fetching tester walks every level: structure, parents and siblings of all five
    // messages are checked, and everything ends up fetched (three inserts, all checked by both).
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    setTreeFetchingAll(fixtureTree());
    QCOMPARE(m_model->createdNodeCount(), 5);
    const QModelIndex prompt = m_model->index(0, 0);
    QCOMPARE(m_model->rowCount(prompt), 2);
    QCOMPARE(m_model->rowCount(m_model->index(0, 0, prompt)), 1);
    QCOMPARE(m_model->columnCount(prompt), int(Model::ColumnCount));
    QCOMPARE(inserted.size(), 3);
}

void tst_ConversationTreeModel::headers()
{
    QCOMPARE(m_model->columnCount(), 5);
    const QStringList expected{u"Role"_s, u"Author"_s, u"Text"_s, u"Review"_s, u"Rank"_s};
    for (int column = 0; column < Model::ColumnCount; ++column)
        QCOMPARE(m_model->headerData(column, Qt::Horizontal).toString(), expected.at(column));
    QVERIFY(!m_model->headerData(Model::ColumnCount, Qt::Horizontal).isValid());
}

void tst_ConversationTreeModel::columns()
{
    setTreeFetchingAll(fixtureTree());
    const QModelIndex prompt = m_model->index(0, 0);
    const QModelIndex a1 = m_model->index(0, 0, prompt);
    const QModelIndex a2 = m_model->index(1, 0, prompt);
    const QModelIndex p2 = m_model->index(0, 0, a1);
    const QModelIndex a3 = m_model->index(0, 0, p2);

    QCOMPARE(text(prompt, Model::ColRole), u"Prompter"_s);
    QCOMPARE(text(a1, Model::ColRole), u"Assistant"_s);
    QCOMPARE(text(p2, Model::ColRole), u"Prompter"_s);

    // No names given: the id's first eight characters, or "unknown" without a user_id.
    QCOMPARE(text(prompt, Model::ColAuthor), u"8c285f8a"_s);
    QCOMPARE(text(a1, Model::ColAuthor), u"542f3e1d"_s);
    QCOMPARE(text(a3, Model::ColAuthor), u"unknown"_s);

    QCOMPARE(text(prompt, Model::ColText), u"What is a conversation tree?"_s);
    QCOMPARE(text(a1, Model::ColText), u"Best answer with two lines"_s); // one line

    QCOMPARE(text(prompt, Model::ColReview), u"accepted"_s);
    QCOMPARE(text(a1, Model::ColReview), u"accepted"_s);
    QCOMPARE(text(a2, Model::ColReview), u"deleted"_s); // deleted wins over rejected
    QCOMPARE(text(p2, Model::ColReview), u"in review (1 review(s))"_s);
    QCOMPARE(text(a3, Model::ColReview), u"not reviewed"_s);

    // Ranks are shown 1-based; the prompt and the prompter reply have none.
    QCOMPARE(a1.siblingAtColumn(Model::ColRank).data().toInt(), 1);
    QCOMPARE(a2.siblingAtColumn(Model::ColRank).data().toInt(), 2);
    QCOMPARE(a3.siblingAtColumn(Model::ColRank).data().toInt(), 1);
    QVERIFY(!prompt.siblingAtColumn(Model::ColRank).data().isValid());
    QVERIFY(!p2.siblingAtColumn(Model::ColRank).data().isValid());

    // A rejected message that is not deleted says so.
    QJsonObject tree = fixtureTree();
    QJsonObject root = tree.value(u"prompt"_s).toObject();
    root.insert(u"review_result"_s, false);
    tree.insert(u"prompt"_s, root);
    setTreeFetchingAll(tree);
    QCOMPARE(text(m_model->index(0, 0), Model::ColReview), u"rejected"_s);
}

void tst_ConversationTreeModel::roles()
{
    setTreeFetchingAll(fixtureTree());
    const QModelIndex prompt = m_model->index(0, 0);
    const QModelIndex a1 = m_model->index(0, 0, prompt);
    const QModelIndex a2 = m_model->index(1, 0, prompt);

    for (int column = 0; column < Model::ColumnCount; ++column) {
        const QModelIndex cell = a1.siblingAtColumn(column);
        QCOMPARE(cell.data(MessageIdRole).toString(), a1Id);
        QCOMPARE(cell.data(FullTextRole).toString(), u"Best answer\nwith two lines"_s);
        QCOMPARE(cell.data(Qt::ToolTipRole).toString(), u"Best answer\nwith two lines"_s);
        QCOMPARE(cell.data(MessageRoleRole).toString(), u"assistant"_s);
        QCOMPARE(cell.data(DeletedRole).toBool(), false);
        QCOMPARE(m_model->flags(cell) & (Qt::ItemIsSelectable | Qt::ItemIsEnabled),
                 Qt::ItemIsSelectable | Qt::ItemIsEnabled);
        QVERIFY(!m_model->flags(cell).testFlag(Qt::ItemIsEditable));
    }
    QCOMPARE(prompt.data(MessageRoleRole).toString(), u"prompter"_s);
    QCOMPARE(a2.data(DeletedRole).toBool(), true);
    QVERIFY(!a2.data(Qt::UserRole + 999).isValid());

    const QJsonObject json = m_model->messageJson(a1);
    QCOMPARE(json.value(u"message_id"_s).toString(), a1Id);
    QCOMPARE(json.value(u"labels"_s).toObject().value(u"quality"_s).toObject().value(u"count"_s).toInt(), 3);
    QVERIFY(!json.contains(u"replies"_s));
    QVERIFY(m_model->messageJson({}).isEmpty());
}

void tst_ConversationTreeModel::authorNames()
{
    setTreeFetchingAll(fixtureTree());
    const QModelIndex prompt = m_model->index(0, 0);
    const QModelIndex a1 = m_model->index(0, 0, prompt);
    const QModelIndex a3 = m_model->index(0, 0, m_model->index(0, 0, a1));

    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    m_model->setAuthorNames({{promptUser, u"Alice"_s}, {a1User, u"Bob"_s}});
    QCOMPARE(text(prompt, Model::ColAuthor), u"Alice"_s);
    QCOMPARE(text(a1, Model::ColAuthor), u"Bob"_s);
    QCOMPARE(text(m_model->index(1, 0, prompt), Model::ColAuthor), u"d35f8344"_s); // not in the map
    QCOMPARE(text(a3, Model::ColAuthor), u"unknown"_s);

    // One dataChanged per level of fetched nodes, on the Author column only.
    QCOMPARE(changed.size(), 4);
    for (const QList<QVariant> &signal : std::as_const(changed)) {
        QCOMPARE(signal.at(0).toModelIndex().column(), int(Model::ColAuthor));
        QCOMPARE(signal.at(1).toModelIndex().column(), int(Model::ColAuthor));
    }
}

void tst_ConversationTreeModel::indexOfMessage()
{
    m_model->setTree(fixtureTree());
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QCOMPARE(m_model->createdNodeCount(), 1);

    const QModelIndex a3 = m_model->indexOfMessage(a3Id);
    QVERIFY(a3.isValid());
    QCOMPARE(a3.column(), 0);
    QCOMPARE(a3.data(MessageIdRole).toString(), a3Id);
    QCOMPARE(a3.row(), 0);
    // Its whole parent chain has been fetched, with one insert per level.
    const QModelIndex p2 = a3.parent();
    const QModelIndex a1 = p2.parent();
    const QModelIndex prompt = a1.parent();
    QCOMPARE(p2.data(MessageIdRole).toString(), p2Id);
    QCOMPARE(a1.data(MessageIdRole).toString(), a1Id);
    QCOMPARE(prompt.data(MessageIdRole).toString(), promptId);
    QVERIFY(!prompt.parent().isValid());
    QCOMPARE(prompt, m_model->index(0, 0));
    QCOMPARE(m_model->rowCount(prompt), 2);
    QCOMPARE(m_model->rowCount(a1), 1);
    QCOMPARE(m_model->rowCount(p2), 1);
    QCOMPARE(inserted.size(), 3);
    QCOMPARE(m_model->index(0, 0, p2), a3);

    // Already fetched: found again without any insert.
    QCOMPARE(m_model->indexOfMessage(a3Id), a3);
    QCOMPARE(m_model->indexOfMessage(a2Id), m_model->index(1, 0, prompt));
    QCOMPARE(m_model->indexOfMessage(promptId), prompt);
    QCOMPARE(inserted.size(), 3);

    QVERIFY(!m_model->indexOfMessage(u"no-such-message"_s).isValid());
    QVERIFY(!m_model->indexOfMessage(QString()).isValid());

    // A fresh tree: a message one level down fetches only the prompt's replies.
    m_model->setTree(fixtureTree());
    const QModelIndex a2 = m_model->indexOfMessage(a2Id);
    QCOMPARE(a2.row(), 1);
    QCOMPARE(a2.parent(), m_model->index(0, 0));
    QCOMPARE(m_model->rowCount(m_model->index(0, 0, a2.parent())), 0); // a1's replies: not yet
    QCOMPARE(m_model->createdNodeCount(), 3);
}

void tst_ConversationTreeModel::setTreeAgain()
{
    m_model->setTree(fixtureTree());
    m_model->indexOfMessage(a3Id); // everything fetched
    QCOMPARE(m_model->createdNodeCount(), 5);

    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy removed(m_model.get(), &QAbstractItemModel::rowsRemoved);
    m_model->setTree(wideTree(3));
    QCOMPARE(reset.size(), 1);
    QCOMPARE(inserted.size(), 0);
    QCOMPARE(removed.size(), 0);
    QCOMPARE(m_model->treeId(), u"wide-root"_s);
    QCOMPARE(m_model->treeState(), u"growing"_s);
    QCOMPARE(m_model->createdNodeCount(), 1);
    QCOMPARE(m_model->rowCount(), 1);
    const QModelIndex prompt = m_model->index(0, 0);
    QCOMPARE(prompt.data(MessageIdRole).toString(), u"wide-root"_s);
    QCOMPARE(m_model->rowCount(prompt), 0); // the new tree starts unfetched
    QVERIFY(m_model->canFetchMore(prompt));
    QVERIFY(!m_model->indexOfMessage(a3Id).isValid()); // the old tree is gone

    // The same tree again is still a reset that starts over.
    m_model->setTree(wideTree(3));
    QCOMPARE(reset.size(), 2);
    QCOMPARE(m_model->rowCount(m_model->index(0, 0)), 0);
}

void tst_ConversationTreeModel::emptyTree()
{
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!m_model->hasChildren());

    m_model->setTree(fixtureTree());
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->setTree({});
    QCOMPARE(reset.size(), 1);
    QCOMPARE(m_model->rowCount(), 0);
    QVERIFY(!m_model->hasChildren());
    QVERIFY(!m_model->canFetchMore({}));
    QVERIFY(!m_model->index(0, 0).isValid());
    QVERIFY(!m_model->indexOfMessage(promptId).isValid());
    QCOMPARE(m_model->createdNodeCount(), 0);
    QVERIFY(m_model->treeId().isEmpty());

    // A tree object without a prompt message is empty too.
    m_model->setTree(QJsonObject{{u"message_tree_id"_s, treeId}, {u"prompt"_s, u"not an object"_s}});
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->treeId(), treeId);

    m_model->setTree(fixtureTree());
    QCOMPARE(m_model->rowCount(), 1);
    m_model->clear();
    QCOMPARE(reset.size(), 4);
    QCOMPARE(m_model->rowCount(), 0);
}

void tst_ConversationTreeModel::lazyWithManyReplies()
{
    constexpr int replies = 2000;
    m_model->setTree(wideTree(replies));

    // Nothing below the prompt exists until asked for, however many replies the JSON holds.
    const QModelIndex prompt = m_model->index(0, 0);
    QCOMPARE(m_model->createdNodeCount(), 1);
    QVERIFY(m_model->hasChildren(prompt));
    QCOMPARE(m_model->rowCount(prompt), 0);
    QVERIFY(m_model->canFetchMore(prompt));
    QVERIFY(!m_model->index(0, 0, prompt).isValid());

    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);
    m_model->fetchMore(prompt);
    QCOMPARE(inserted.size(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), replies - 1);
    QCOMPARE(m_model->rowCount(prompt), replies);
    QCOMPARE(m_model->createdNodeCount(), replies + 1);
    QVERIFY(!m_model->canFetchMore(prompt));

    // JSON order is kept.
    const QModelIndex last = m_model->index(replies - 1, 0, prompt);
    QCOMPARE(last.data(MessageIdRole).toString(), u"reply-1999"_s);
    QCOMPARE(text(last, Model::ColText), u"Reply number 1999"_s);
    QCOMPARE(last.siblingAtColumn(Model::ColRank).data().toInt(), replies);
    QCOMPARE(m_model->parent(last), prompt);
    QCOMPARE(m_model->indexOfMessage(u"reply-1234"_s).row(), 1234);
}

QTEST_GUILESS_MAIN(tst_ConversationTreeModel)
#include "tst_conversationtreemodel.moc"
