// The lead's browser query: every tree of the database reachable page by page, each filter and
// each order, on real Open-Assistant trees.

#include "enginefixture.h"

#include <QDir>
#include <QSet>

using namespace Qt::StringLiterals;
using namespace Arborist;
using namespace Arborist::Test;

namespace {

// The words of a text as the search sees them: runs of letters and digits, lower case.
QStringList wordsOf(const QString &text)
{
    QStringList words;
    QString word;
    for (const QChar c : QString(text + u' ')) {
        if (c.isLetterOrNumber()) {
            word += c.toLower();
        } else if (!word.isEmpty()) {
            words << word;
            word.clear();
        }
    }
    return words;
}

// Whether every search word begins some word of the prompt.
bool matches(const QString &prompt, const QStringList &search)
{
    const QStringList words = wordsOf(prompt);
    return std::all_of(search.begin(), search.end(), [&](const QString &s) {
        return std::any_of(words.begin(), words.end(), [&](const QString &w) { return w.startsWith(s); });
    });
}

// Every tree the query selects, read in pages of `page` rows.
QList<TreeListing> everything(Engine &engine, const TreeQuery &query, int page = 30)
{
    QList<TreeListing> all;
    for (int offset = 0;; offset += page) {
        const QList<TreeListing> rows = engine.browseTrees(query, offset, page);
        all += rows;
        if (rows.size() < page)
            return all;
    }
}

} // namespace

class tst_Browse : public QObject
{
    Q_OBJECT

    std::unique_ptr<EngineFixture> f;
    QList<TreeListing> m_all; // newest first

private slots:
    void init()
    {
        f = std::make_unique<EngineFixture>();
        f->addTeam(2);
        const ImportReport r = f->engine->importFile(
            u"lead"_s, QDir(QStringLiteral(ARBORIST_OASST_DATA)).filePath(u"en_100_tree.jsonl"_s), ImportOptions());
        QCOMPARE(r.trees, 100);
        m_all = everything(*f->engine, TreeQuery());
    }

    void cleanup() { f.reset(); }

    // Pages cover every tree once, newest first, with its prompt, author and size.
    void pagesCoverEveryTreeOnce()
    {
        QCOMPARE(m_all.size(), 100);
        QSet<QString> ids;
        for (qsizetype i = 0; i < m_all.size(); ++i) {
            ids.insert(m_all[i].id);
            if (i > 0)
                QVERIFY(m_all[i - 1].created >= m_all[i].created);
            QVERIFY(!m_all[i].prompt.isEmpty());
            QVERIFY(!m_all[i].author.isEmpty());
            QVERIFY(m_all[i].size >= 1);
        }
        QCOMPARE(ids.size(), 100);
        // The size is the tree's messages, as the tree itself says.
        const QJsonObject tree = f->engine->treeJson(m_all.first().id);
        int messages = 0;
        std::function<void(const QJsonObject &)> count = [&](const QJsonObject &m) {
            if (!m.value(u"deleted"_s).toBool())
                ++messages;
            for (const QJsonValue &r : m.value(u"replies"_s).toArray())
                count(r.toObject());
        };
        count(tree.value(u"prompt"_s).toObject());
        QCOMPARE(m_all.first().size, messages);
        // Past the end: nothing.
        QVERIFY(f->engine->browseTrees(TreeQuery(), 100, 30).isEmpty());
    }

    void orders()
    {
        TreeQuery oldest;
        oldest.sort = TreeQuery::Sort::Oldest;
        QList<TreeListing> rows = everything(*f->engine, oldest);
        QCOMPARE(rows.size(), 100);
        QCOMPARE(rows.first().id, m_all.last().id);
        QCOMPARE(rows.last().id, m_all.first().id);

        TreeQuery largest;
        largest.sort = TreeQuery::Sort::Largest;
        rows = everything(*f->engine, largest);
        for (qsizetype i = 1; i < rows.size(); ++i)
            QVERIFY(rows[i - 1].size >= rows[i].size);
        QVERIFY(rows.first().size > rows.last().size);

        f->engine->haltTree(u"lead"_s, m_all[5].id, u"checking"_s);
        TreeQuery byState;
        byState.sort = TreeQuery::Sort::ByState;
        rows = everything(*f->engine, byState);
        for (qsizetype i = 1; i < rows.size(); ++i)
            QVERIFY(toString(rows[i - 1].state) <= toString(rows[i].state));
    }

    void filters()
    {
        // State: the one halted tree.
        f->engine->haltTree(u"lead"_s, m_all[7].id, u"checking"_s);
        TreeQuery halted;
        halted.state = TreeState::HaltedByModerator;
        QList<TreeListing> rows = everything(*f->engine, halted);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().id, m_all[7].id);

        // Language.
        TreeQuery german;
        german.lang = u"de"_s;
        QVERIFY(everything(*f->engine, german).isEmpty());
        TreeQuery english;
        english.lang = u"en"_s;
        QCOMPARE(everything(*f->engine, english).size(), 100);

        // Author: exactly the trees whose prompt they wrote.
        const QString author = m_all[3].author;
        const qsizetype expected = std::count_if(m_all.begin(), m_all.end(), [&](const TreeListing &t) { return t.author == author; });
        TreeQuery byAuthor;
        byAuthor.author = author;
        rows = everything(*f->engine, byAuthor);
        QCOMPARE(rows.size(), expected);
        for (const TreeListing &t : std::as_const(rows))
            QCOMPARE(t.author, author);

        // Text: every word begins a word of the prompt, in any case; the other prompts are not
        // listed. Words of a real prompt, the second cut to a prefix.
        const QStringList words = wordsOf(m_all[11].prompt);
        QVERIFY(words.size() >= 2);
        const QStringList search{words[0], words[1].left(std::max<qsizetype>(1, words[1].size() - 1))};
        TreeQuery text;
        text.text = search[0].toUpper() + u", "_s + search[1];
        rows = everything(*f->engine, text);
        bool found = false;
        for (const TreeListing &t : std::as_const(rows)) {
            QVERIFY2(matches(t.prompt, search), qPrintable(t.prompt));
            found = found || t.id == m_all[11].id;
        }
        QVERIFY(found);
        const qsizetype matching = std::count_if(m_all.begin(), m_all.end(), [&](const TreeListing &t) {
            return matches(t.prompt, search);
        });
        QCOMPARE(rows.size(), matching);

        // A search without letters or digits filters nothing; a word no prompt has finds nothing.
        TreeQuery punctuation;
        punctuation.text = u"% _ \" '*"_s;
        QCOMPARE(everything(*f->engine, punctuation).size(), 100);
        TreeQuery none;
        none.text = u"zzqxjv"_s;
        QVERIFY(everything(*f->engine, none).isEmpty());

        // A prompt edited by a moderator is found by its new words, not its old ones.
        const QString edited = m_all[20].id;
        f->engine->editMessage(u"lead"_s, edited, u"Quokkas are marsupials of Rottnest Island."_s, u"test"_s);
        TreeQuery quokka;
        quokka.text = u"quokka rottnest"_s;
        rows = everything(*f->engine, quokka);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().id, edited);
        TreeQuery old;
        old.text = m_all[20].prompt;
        for (const TreeListing &t : everything(*f->engine, old))
            QVERIFY(t.id != edited || matches(u"Quokkas are marsupials of Rottnest Island."_s, wordsOf(old.text)));

        // A word inside a run of Chinese characters (no spaces between words) is found.
        const QString chinese = f->prompt(u"u2"_s, u"我想学习编程，从哪里开始？"_s);
        TreeQuery zh;
        zh.text = u"编程"_s;
        rows = everything(*f->engine, zh);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().id, chinese);

        // A prompt written after the index was last brought up to date is found too.
        const QString fresh = f->prompt(u"u1"_s, u"Which wombats dig the deepest burrows?"_s);
        TreeQuery wombat;
        wombat.text = u"wombat burrow"_s;
        rows = everything(*f->engine, wombat);
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().id, fresh);

        // Filters combine.
        TreeQuery both = byAuthor;
        both.state = TreeState::HaltedByModerator;
        QCOMPARE(everything(*f->engine, both).size(), m_all[7].author == author ? 1 : 0);
    }
};

QTEST_GUILESS_MAIN(tst_Browse)
#include "tst_browse.moc"
