#include "core/acceptance.h"

#include <cmath>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Arborist;

namespace Arborist {
// Readable QCOMPARE failures (found by argument-dependent lookup).
char *toString(ReviewDecision decision)
{
    switch (decision) {
    case ReviewDecision::Pending:
        return qstrdup("Pending");
    case ReviewDecision::Accepted:
        return qstrdup("Accepted");
    case ReviewDecision::Rejected:
        return qstrdup("Rejected");
    }
    return qstrdup("?");
}
} // namespace Arborist

namespace {

LabelValues review(double spam, double langMismatch)
{
    return {{u"spam"_s, spam}, {u"lang_mismatch"_s, langMismatch}};
}

LabelValues spamOnly(double spam)
{
    return {{u"spam"_s, spam}};
}

} // namespace

class tst_Acceptance final : public QObject
{
    Q_OBJECT

private slots:
    void workedExamples_data();
    void workedExamples();
    void score_data();
    void score();
    void pendingBelowRequiredCount_data();
    void pendingBelowRequiredCount();
    void strictlyAboveThreshold_data();
    void strictlyAboveThreshold();
};

// WORKFLOW.md §4.5: three reviews, default threshold 0.6.
void tst_Acceptance::workedExamples_data()
{
    QTest::addColumn<QList<LabelValues>>("reviews");
    QTest::addColumn<double>("expectedScore");
    QTest::addColumn<ReviewDecision>("expectedDecision");

    QTest::newRow("0 spam, 0 lang")
        << QList<LabelValues>{review(0, 0), review(0, 0), review(0, 0)} << 1.0
        << ReviewDecision::Accepted;
    QTest::newRow("1 spam")
        << QList<LabelValues>{review(1, 0), review(0, 0), review(0, 0)} << 2.0 / 3.0
        << ReviewDecision::Accepted;
    QTest::newRow("2 spam")
        << QList<LabelValues>{review(1, 0), review(1, 0), review(0, 0)} << 1.0 / 3.0
        << ReviewDecision::Rejected;
    QTest::newRow("1 lang mismatch")
        << QList<LabelValues>{review(0, 0), review(0, 1), review(0, 0)} << 2.0 / 3.0
        << ReviewDecision::Accepted;
    QTest::newRow("1 spam + 1 lang mismatch, same reviewer")
        << QList<LabelValues>{review(1, 1), review(0, 0), review(0, 0)} << 1.0 / 3.0
        << ReviewDecision::Rejected;
    QTest::newRow("1 spam + 1 lang mismatch, different reviewers")
        << QList<LabelValues>{review(1, 0), review(0, 1), review(0, 0)} << 1.0 / 3.0
        << ReviewDecision::Rejected;
    QTest::newRow("3 x spam 0.5")
        << QList<LabelValues>{review(0.5, 0), review(0.5, 0), review(0.5, 0)} << 0.5
        << ReviewDecision::Rejected;
}

void tst_Acceptance::workedExamples()
{
    QFETCH(QList<LabelValues>, reviews);
    QFETCH(double, expectedScore);
    QFETCH(ReviewDecision, expectedDecision);
    QVERIFY2(std::abs(acceptanceScore(reviews) - expectedScore) < 1e-12,
             qPrintable(QString::number(acceptanceScore(reviews), 'g', 17)));
    QCOMPARE(decideReview(reviews, 3, 0.6), expectedDecision);
}

void tst_Acceptance::score_data()
{
    QTest::addColumn<QList<LabelValues>>("reviews");
    QTest::addColumn<double>("expectedScore");

    QTest::newRow("no reviews") << QList<LabelValues>() << 1.0;
    // A missing lang_mismatch counts as 0 and still counts in the mean's denominator.
    QTest::newRow("lang_mismatch missing everywhere")
        << QList<LabelValues>{spamOnly(1), spamOnly(0), spamOnly(0)} << 2.0 / 3.0;
    QTest::newRow("lang_mismatch missing in two of three")
        << QList<LabelValues>{review(0, 1), spamOnly(0), spamOnly(0)} << 2.0 / 3.0;
    QTest::newRow("lang_mismatch missing, spam mixed")
        << QList<LabelValues>{review(0.5, 1), spamOnly(0.5), spamOnly(0), spamOnly(0)}
        << 1.0 - (1.0 / 4.0 + 1.0 / 4.0);
    QTest::newRow("other labels do not count")
        << QList<LabelValues>{{{u"spam"_s, 0.0}, {u"toxicity"_s, 1.0}, {u"quality"_s, 0.0}},
                              {{u"spam"_s, 0.0}, {u"pii"_s, 1.0}, {u"not_appropriate"_s, 1.0}}}
        << 1.0;
    QTest::newRow("all spam and lang") << QList<LabelValues>{review(1, 1), review(1, 1)} << -1.0;
    QTest::newRow("likert steps")
        << QList<LabelValues>{review(0.25, 0), review(0.75, 0), review(0, 0), review(0, 1)}
        << 1.0 - (1.0 / 4.0 + 1.0 / 4.0);
}

void tst_Acceptance::score()
{
    QFETCH(QList<LabelValues>, reviews);
    QFETCH(double, expectedScore);
    QVERIFY2(std::abs(acceptanceScore(reviews) - expectedScore) < 1e-12,
             qPrintable(QString::number(acceptanceScore(reviews), 'g', 17)));
}

void tst_Acceptance::pendingBelowRequiredCount_data()
{
    QTest::addColumn<QList<LabelValues>>("reviews");
    QTest::addColumn<int>("required");
    QTest::addColumn<ReviewDecision>("expected");

    QTest::newRow("0 of 3") << QList<LabelValues>() << 3 << ReviewDecision::Pending;
    QTest::newRow("2 of 3, clean")
        << QList<LabelValues>{review(0, 0), review(0, 0)} << 3 << ReviewDecision::Pending;
    QTest::newRow("2 of 3, all spam")
        << QList<LabelValues>{review(1, 1), review(1, 0)} << 3 << ReviewDecision::Pending;
    QTest::newRow("4 of 5") << QList<LabelValues>(4, review(1, 0)) << 5 << ReviewDecision::Pending;
    QTest::newRow("3 of 3, clean")
        << QList<LabelValues>(3, review(0, 0)) << 3 << ReviewDecision::Accepted;
    QTest::newRow("3 of 3, all spam")
        << QList<LabelValues>(3, review(1, 0)) << 3 << ReviewDecision::Rejected;
    QTest::newRow("4 of 3, clean")
        << QList<LabelValues>(4, review(0, 0)) << 3 << ReviewDecision::Accepted;
    QTest::newRow("1 of 1, spam") << QList<LabelValues>{review(1, 0)} << 1 << ReviewDecision::Rejected;
}

void tst_Acceptance::pendingBelowRequiredCount()
{
    QFETCH(QList<LabelValues>, reviews);
    QFETCH(int, required);
    QFETCH(ReviewDecision, expected);
    QCOMPARE(decideReview(reviews, required, 0.6), expected);
}

// Accepted only when the score is strictly above the threshold (§10.6). The values are exact
// in binary floating point, so "equal" really is equal.
void tst_Acceptance::strictlyAboveThreshold_data()
{
    QTest::addColumn<QList<LabelValues>>("reviews");
    QTest::addColumn<double>("threshold");
    QTest::addColumn<ReviewDecision>("expected");

    QTest::newRow("0.5 at threshold 0.5")
        << QList<LabelValues>{review(1, 0), review(0, 0)} << 0.5 << ReviewDecision::Rejected;
    QTest::newRow("0.5 via lang_mismatch at threshold 0.5")
        << QList<LabelValues>{review(0, 1), review(0, 0)} << 0.5 << ReviewDecision::Rejected;
    QTest::newRow("0.5 at threshold 0.4999")
        << QList<LabelValues>{review(1, 0), review(0, 0)} << 0.4999 << ReviewDecision::Accepted;
    QTest::newRow("0.75 at threshold 0.75")
        << QList<LabelValues>{review(1, 0), review(0, 0), review(0, 0), review(0, 0)} << 0.75
        << ReviewDecision::Rejected;
    QTest::newRow("0.75 at threshold 0.5")
        << QList<LabelValues>{review(1, 0), review(0, 0), review(0, 0), review(0, 0)} << 0.5
        << ReviewDecision::Accepted;
    QTest::newRow("1.0 at threshold 1") << QList<LabelValues>(2, review(0, 0)) << 1.0
                                        << ReviewDecision::Rejected;
    QTest::newRow("0 at threshold 0") << QList<LabelValues>(2, review(1, 0)) << 0.0
                                      << ReviewDecision::Rejected;
    QTest::newRow("0.25 at threshold 0") << QList<LabelValues>{review(0.75, 0), review(0.75, 0)}
                                         << 0.0 << ReviewDecision::Accepted;
}

void tst_Acceptance::strictlyAboveThreshold()
{
    QFETCH(QList<LabelValues>, reviews);
    QFETCH(double, threshold);
    QFETCH(ReviewDecision, expected);
    QCOMPARE(decideReview(reviews, 2, threshold), expected);
}

QTEST_GUILESS_MAIN(tst_Acceptance)
#include "tst_acceptance.moc"
