#include "core/rankedpairs.h"

#include <algorithm>
#include <initializer_list>
#include <utility>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Arborist;

namespace {

// Letter ids ("abc" = a, b, c) compare like UUIDs do, so the tie rules of WORKFLOW.md §5.5 apply
// to them unchanged. Each pair is (how many identical votes, the vote best first).
QList<QStringList> letterVotes(std::initializer_list<std::pair<int, const char16_t *>> spec)
{
    QList<QStringList> votes;
    for (const auto &[count, letters] : spec) {
        QStringList vote;
        for (const QChar c : QStringView(letters))
            vote << QString(c);
        for (int i = 0; i < count; ++i)
            votes << vote;
    }
    return votes;
}

QStringList letters(QStringView text)
{
    QStringList ids;
    for (const QChar c : text)
        ids << QString(c);
    return ids;
}

// Real lowercase UUIDs. Sorted: u5 < u1 < u2 < u3 < u4.
const QString u1 = u"75765258-5bd5-404c-a979-68a38e0886b2"_s;
const QString u2 = u"a10d4481-fedb-47d7-8090-cfb7ae2b9c04"_s;
const QString u3 = u"c56b0ae0-3bae-4d67-bfb7-c6d3b53cc719"_s;
const QString u4 = u"d608ee23-2737-4e59-b65c-dbca6df1b684"_s;
const QString u5 = u"51510044-8691-469f-aedb-2a74fdf78b52"_s;
// Equal up to the last hex digit: p0 < p9 < pf.
const QString p0 = u"0f8c2a1e-5b7d-4c3a-9e21-3d4b5a6c7d80"_s;
const QString p9 = u"0f8c2a1e-5b7d-4c3a-9e21-3d4b5a6c7d89"_s;
const QString pf = u"0f8c2a1e-5b7d-4c3a-9e21-3d4b5a6c7d8f"_s;
// A leading digit sorts before a leading letter: d9 < la < lb.
const QString d9 = u"93f1c2d4-0000-4000-8000-000000000003"_s;
const QString la = u"a3f1c2d4-0000-4000-8000-000000000001"_s;
const QString lb = u"b3f1c2d4-0000-4000-8000-000000000002"_s;

QList<QStringList> times(int count, const QStringList &vote)
{
    return QList<QStringList>(count, vote);
}

QStringList toUpper(const QStringList &ids)
{
    QStringList out;
    for (const QString &id : ids)
        out << id.toUpper();
    return out;
}

} // namespace

class tst_RankedPairs final : public QObject
{
    Q_OBJECT

private slots:
    void workflowVectors_data();
    void workflowVectors();
    void ownCases_data();
    void ownCases();
    void uppercaseIds_data();
    void uppercaseIds();
    void consensus_data();
    void consensus();
    void consensusNeedsTwoCommonIds_data();
    void consensusNeedsTwoCommonIds();
    void singleVoteIsReturned_data();
    void singleVoteIsReturned();
    void voteOrderDoesNotMatter();

private:
    static void addColumns();
    static void checkRanking(const QList<QStringList> &votes, const QStringList &expected);
};

void tst_RankedPairs::addColumns()
{
    QTest::addColumn<QList<QStringList>>("votes");
    QTest::addColumn<QStringList>("expected");
}

void tst_RankedPairs::checkRanking(const QList<QStringList> &votes, const QStringList &expected)
{
    const QStringList result = rankedPairs(votes);
    QCOMPARE(result, expected);
    // Whatever the order, the consensus is a permutation of the candidates.
    QStringList sortedResult = result;
    QStringList sortedCandidates;
    for (const QString &id : votes.first())
        sortedCandidates << id.toLower();
    std::sort(sortedResult.begin(), sortedResult.end());
    std::sort(sortedCandidates.begin(), sortedCandidates.end());
    QCOMPARE(sortedResult, sortedCandidates);
}

// WORKFLOW.md §7, verbatim.
void tst_RankedPairs::workflowVectors_data()
{
    addColumns();
    QTest::newRow("A: 3 x abc") << letterVotes({{3, u"abc"}}) << letters(u"abc");
    QTest::newRow("C: OA docstring")
        << letterVotes({{3, u"wxzy"}, {2, u"wyxz"}, {4, u"xyzw"}, {5, u"xzwy"}, {1, u"ywxz"}})
        << letters(u"xzwy");
    QTest::newRow("D: cycle, equal margins")
        << letterVotes({{1, u"abc"}, {1, u"bca"}, {1, u"cab"}}) << letters(u"abc");
    QTest::newRow("E: 2-way tie") << letterVotes({{1, u"ab"}, {1, u"ba"}}) << letters(u"ab");
    QTest::newRow("F: ba, ba, ab") << letterVotes({{2, u"ba"}, {1, u"ab"}}) << letters(u"ba");
    QTest::newRow("H: single vote") << letterVotes({{1, u"cab"}}) << letters(u"cab");
}

void tst_RankedPairs::workflowVectors()
{
    QFETCH(QList<QStringList>, votes);
    QFETCH(QStringList, expected);
    checkRanking(votes, expected);
}

// Every expected result below was produced by running Open-Assistant's own ranked_pairs()
// (backend/oasst_backend/utils/ranking.py, LAION-AI/Open-Assistant commit
// 4ba622de8eea1ad32e7286129dd83174eff6126a, with numpy 1.24.2) on exactly these votes, with the
// same string ids. Nothing here was derived from Arborist's implementation.
void tst_RankedPairs::ownCases_data()
{
    addColumns();

    // Three-way cycles of unequal strength: the weakest link is dropped.
    // Margins b>c 5, a>b 3, c>a 1.
    QTest::newRow("cycle, weakest c>a dropped")
        << letterVotes({{4, u"abc"}, {3, u"bca"}, {2, u"cab"}}) << letters(u"abc");
    // Margins c>a 5, b>c 3, a>b 1.
    QTest::newRow("cycle, weakest a>b dropped")
        << letterVotes({{2, u"abc"}, {3, u"bca"}, {4, u"cab"}}) << letters(u"cab");
    // Margins a>b 5, c>a 3, b>c 1.
    QTest::newRow("cycle, weakest b>c dropped")
        << letterVotes({{3, u"abc"}, {2, u"bca"}, {4, u"cab"}}) << letters(u"cab");

    // Four candidates.
    QTest::newRow("4: cycle abc over Condorcet loser d")
        << letterVotes({{3, u"abcd"}, {2, u"bcad"}, {2, u"cabd"}}) << letters(u"abcd");
    QTest::newRow("4: cycle bcd over loser a")
        << letterVotes({{2, u"bcda"}, {2, u"cdba"}, {1, u"dbca"}, {1, u"abcd"}})
        << letters(u"bcda");
    QTest::newRow("4: mixed")
        << letterVotes({{2, u"dacb"}, {1, u"bdca"}, {2, u"cbad"}, {1, u"adbc"}})
        << letters(u"adcb");

    // Five candidates.
    QTest::newRow("5: 45 voters")
        << letterVotes({{5, u"acbed"}, {5, u"adecb"}, {8, u"bedac"}, {3, u"cabed"},
                        {7, u"caebd"}, {2, u"cbade"}, {7, u"dceba"}, {8, u"ebadc"}})
        << letters(u"acebd");
    QTest::newRow("5: b and d tied")
        << letterVotes({{1, u"bdace"}, {1, u"dbeac"}, {1, u"abcde"}}) << letters(u"bdace");
    QTest::newRow("5: three votes")
        << letterVotes({{1, u"edcba"}, {1, u"cdeab"}, {1, u"bcaed"}}) << letters(u"cedba");

    // Zero margins everywhere: the smaller id wins every pair.
    QTest::newRow("all tied, 3") << letterVotes({{1, u"abc"}, {1, u"cba"}}) << letters(u"abc");
    QTest::newRow("all tied, 3, unsorted votes")
        << letterVotes({{1, u"cab"}, {1, u"bac"}}) << letters(u"abc");
    QTest::newRow("all tied, 4") << letterVotes({{1, u"dcba"}, {1, u"abcd"}}) << letters(u"abcd");
    QTest::newRow("all tied, 4, mixed")
        << letterVotes({{1, u"bdac"}, {1, u"cadb"}}) << letters(u"abcd");

    // Zero margins next to strict ones.
    QTest::newRow("zero margins around c>a")
        << letterVotes({{1, u"bca"}, {1, u"cab"}}) << letters(u"cab");
    QTest::newRow("zero margin b~c decided for c")
        << letterVotes({{1, u"cba"}, {1, u"bac"}, {1, u"cab"}, {1, u"acb"}}) << letters(u"acb");

    // A single vote with five items is returned as it is.
    QTest::newRow("single vote, 5") << letterVotes({{1, u"dbeac"}}) << letters(u"dbeac");
    QTest::newRow("single vote, 5, reversed") << letterVotes({{1, u"edcba"}}) << letters(u"edcba");

    // Real UUIDs: ties and equal cycles are broken by UUID order.
    QTest::newRow("uuid: single vote, 5")
        << times(1, {u4, u1, u5, u3, u2}) << QStringList{u4, u1, u5, u3, u2};
    QTest::newRow("uuid: 2-way tie")
        << (times(1, {u3, u1}) + times(1, {u1, u3})) << QStringList{u1, u3};
    QTest::newRow("uuid: equal cycle")
        << (times(1, {u2, u4, u1}) + times(1, {u4, u1, u2}) + times(1, {u1, u2, u4}))
        << QStringList{u1, u2, u4};
    QTest::newRow("uuid: equal cycle, other direction")
        << (times(1, {u4, u2, u1}) + times(1, {u2, u1, u4}) + times(1, {u1, u4, u2}))
        << QStringList{u2, u1, u4};
    QTest::newRow("uuid: tie, ids differ in the last digit")
        << (times(1, {pf, p9, p0}) + times(1, {p0, p9, pf})) << QStringList{p0, p9, pf};
    QTest::newRow("uuid: equal cycle, ids differ in the last digit")
        << (times(1, {pf, p0, p9}) + times(1, {p0, p9, pf}) + times(1, {p9, pf, p0}))
        << QStringList{p0, p9, pf};
    QTest::newRow("uuid: 4, unequal margins")
        << (times(2, {u5, u3, u2, u4}) + times(2, {u3, u4, u5, u2}) + times(1, {u2, u4, u3, u5}))
        << QStringList{u3, u5, u2, u4};
    QTest::newRow("uuid: 5, all tied")
        << (times(1, {u1, u2, u3, u4, u5}) + times(1, {u5, u4, u3, u2, u1}))
        << QStringList{u5, u1, u2, u3, u4};
    QTest::newRow("uuid: digit before letter")
        << (times(1, {lb, d9, la}) + times(1, {la, d9, lb})) << QStringList{d9, la, lb};
}

void tst_RankedPairs::ownCases()
{
    QFETCH(QList<QStringList>, votes);
    QFETCH(QStringList, expected);
    checkRanking(votes, expected);
}

// Ids are compared as UUIDs, so case does not matter, and the result is lowercase. The
// expectations are OA's results for the lowercase ids (OA compares uuid.UUID values).
void tst_RankedPairs::uppercaseIds_data()
{
    addColumns();
    QTest::newRow("all uppercase, equal cycle")
        << QList<QStringList>{toUpper({u4, u2, u1}), toUpper({u2, u1, u4}), toUpper({u1, u4, u2})}
        << QStringList{u2, u1, u4};
    // Compared case-sensitively "B3F1..." would sort before "a3f1...": the tie would go to lb.
    QTest::newRow("mixed case, tie")
        << QList<QStringList>{{la, lb.toUpper()}, {lb.toUpper(), la}} << QStringList{la, lb};
    QTest::newRow("one id in both cases across votes")
        << QList<QStringList>{{lb, la.toUpper()}, {la, lb.toUpper()}, {lb.toUpper(), la}}
        << QStringList{lb, la};
    QTest::newRow("uppercase single vote")
        << QList<QStringList>{toUpper({pf, p0, p9})} << QStringList{pf, p0, p9};
}

void tst_RankedPairs::uppercaseIds()
{
    QFETCH(QList<QStringList>, votes);
    QFETCH(QStringList, expected);
    QCOMPARE(rankedPairs(votes), expected);
    QCOMPARE(rankingConsensus(votes), std::optional<QStringList>(expected));
}

void tst_RankedPairs::consensus_data()
{
    addColumns();
    // WORKFLOW.md §7 P: filtered to ab, ba, ab; c gets no rank.
    QTest::newRow("P: common set")
        << QList<QStringList>{letters(u"abc"), letters(u"ba"), letters(u"acb")} << letters(u"ab");
    QTest::newRow("same set everywhere")
        << letterVotes({{4, u"abc"}, {3, u"bca"}, {2, u"cab"}}) << letters(u"abc");
    // Filtered to cb, bc, cb: c wins 2 to 1 (OA's ranked_pairs on the filtered votes).
    QTest::newRow("extra ids dropped, order kept")
        << QList<QStringList>{letters(u"dcab"), letters(u"bc"), letters(u"ecb")}
        << letters(u"cb");
    QTest::newRow("uuid, mixed case")
        << QList<QStringList>{{u3, u1.toUpper(), u2}, {u1, u3.toUpper()}} << QStringList{u1, u3};
}

void tst_RankedPairs::consensus()
{
    QFETCH(QList<QStringList>, votes);
    QFETCH(QStringList, expected);
    const std::optional<QStringList> result = rankingConsensus(votes);
    QVERIFY(result.has_value());
    QCOMPARE(*result, expected);
}

void tst_RankedPairs::consensusNeedsTwoCommonIds_data()
{
    QTest::addColumn<QList<QStringList>>("votes");
    QTest::newRow("no votes") << QList<QStringList>();
    QTest::newRow("one common id") << QList<QStringList>{letters(u"ab"), letters(u"bc")};
    QTest::newRow("disjoint") << QList<QStringList>{letters(u"ab"), letters(u"cd")};
    QTest::newRow("single vote of one id") << QList<QStringList>{letters(u"a")};
    QTest::newRow("one vote lacks all but one")
        << QList<QStringList>{letters(u"abc"), letters(u"cab"), letters(u"c")};
    QTest::newRow("empty vote") << QList<QStringList>{letters(u"abc"), QStringList()};
}

void tst_RankedPairs::consensusNeedsTwoCommonIds()
{
    QFETCH(QList<QStringList>, votes);
    QCOMPARE(rankingConsensus(votes), std::nullopt);
}

void tst_RankedPairs::singleVoteIsReturned_data()
{
    QTest::addColumn<QStringList>("vote");
    QTest::newRow("2") << letters(u"ba");
    QTest::newRow("3") << letters(u"cab");
    QTest::newRow("5") << letters(u"ecadb");
    QTest::newRow("uuid 5") << QStringList{u2, u5, u4, u1, u3};
}

void tst_RankedPairs::singleVoteIsReturned()
{
    QFETCH(QStringList, vote);
    QCOMPARE(rankedPairs({vote}), vote);
    QCOMPARE(rankingConsensus({vote}), std::optional<QStringList>(vote));
}

void tst_RankedPairs::voteOrderDoesNotMatter()
{
    QList<QStringList> votes =
        letterVotes({{5, u"acbed"}, {5, u"adecb"}, {8, u"bedac"}, {3, u"cabed"},
                     {7, u"caebd"}, {2, u"cbade"}, {7, u"dceba"}, {8, u"ebadc"}});
    const QStringList expected = rankedPairs(votes);
    QCOMPARE(expected, letters(u"acebd"));
    std::reverse(votes.begin(), votes.end());
    QCOMPARE(rankedPairs(votes), expected);
    std::rotate(votes.begin(), votes.begin() + 17, votes.end());
    QCOMPARE(rankedPairs(votes), expected);
}

QTEST_GUILESS_MAIN(tst_RankedPairs)
#include "tst_rankedpairs.moc"
