#include "core/taskselection.h"

#include <cmath>

#include <QMap>
#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Arborist;

namespace {

QString kindName(Arborist::TaskKind kind)
{
    using Arborist::TaskKind;
    switch (kind) {
    case TaskKind::Prompt:
        return u"Prompt"_s;
    case TaskKind::Reply:
        return u"Reply"_s;
    case TaskKind::LabelPrompt:
        return u"LabelPrompt"_s;
    case TaskKind::LabelReply:
        return u"LabelReply"_s;
    case TaskKind::Ranking:
        return u"Ranking"_s;
    }
    return u"?"_s;
}

} // namespace

namespace Arborist {
// Readable QCOMPARE failures (found by argument-dependent lookup).
char *toString(TaskKind kind)
{
    return qstrdup(qPrintable(kindName(kind)));
}
} // namespace Arborist

namespace {

// WORKFLOW.md §3.5, one bit per kind: the availability flags and the weights they bring.
enum Kinds {
    Ranking = 1,
    LabelReply = 2,
    LabelPrompt = 4,
    Reply = 8,
    Prompt = 16,
    All = 31,
};

RandomAvailability availability(int kinds)
{
    RandomAvailability a;
    a.ranking = kinds & Ranking;
    a.labelReply = kinds & LabelReply;
    a.labelPrompt = kinds & LabelPrompt;
    a.reply = kinds & Reply;
    a.prompt = kinds & Prompt;
    return a;
}

// Kind → weight, as a map so that the test does not depend on the list's order (a kind listed
// twice shows up as a size mismatch between the list and the map).
using WeightMap = QMap<int, double>;

WeightMap toMap(const QList<KindWeight> &weights)
{
    WeightMap map;
    for (const KindWeight &w : weights)
        map.insert(int(w.kind), w.weight);
    return map;
}

WeightMap expectedWeights(int kinds)
{
    WeightMap map;
    if (kinds & Ranking)
        map.insert(int(TaskKind::Ranking), 10.0);
    if (kinds & LabelReply)
        map.insert(int(TaskKind::LabelReply), 5.0);
    if (kinds & LabelPrompt)
        map.insert(int(TaskKind::LabelPrompt), 5.0);
    if (kinds & Reply)
        map.insert(int(TaskKind::Reply), 2.0);
    if (kinds & Prompt)
        map.insert(int(TaskKind::Prompt), 0.01);
    return map;
}

const QList<TaskKind> allKinds = {TaskKind::Ranking, TaskKind::LabelReply, TaskKind::LabelPrompt,
                                  TaskKind::Reply, TaskKind::Prompt};

} // namespace

class tst_TaskSelection final : public QObject
{
    Q_OBJECT

private slots:
    void weights_data();
    void weights();
    void everyCombination();
    void nothingAvailable_data();
    void nothingAvailable();
    void singleKindAlwaysDrawn_data();
    void singleKindAlwaysDrawn();
    void drawBoundaries();
    void frequencies_data();
    void frequencies();
};

void tst_TaskSelection::weights_data()
{
    QTest::addColumn<int>("kinds");
    QTest::addColumn<WeightMap>("expected");
    const int r = int(TaskKind::Ranking), lr = int(TaskKind::LabelReply),
              lp = int(TaskKind::LabelPrompt), re = int(TaskKind::Reply), p = int(TaskKind::Prompt);

    QTest::newRow("everything") << int(All)
                                << WeightMap{{r, 10.0}, {lr, 5.0}, {lp, 5.0}, {re, 2.0}, {p, 0.01}};
    QTest::newRow("nothing") << 0 << WeightMap();
    QTest::newRow("ranking only") << int(Ranking) << WeightMap{{r, 10.0}};
    QTest::newRow("label reply only") << int(LabelReply) << WeightMap{{lr, 5.0}};
    QTest::newRow("label prompt only") << int(LabelPrompt) << WeightMap{{lp, 5.0}};
    QTest::newRow("reply only") << int(Reply) << WeightMap{{re, 2.0}};
    QTest::newRow("prompt only") << int(Prompt) << WeightMap{{p, 0.01}};
    QTest::newRow("labels") << int(LabelReply | LabelPrompt) << WeightMap{{lr, 5.0}, {lp, 5.0}};
    QTest::newRow("ranking, reply") << int(Ranking | Reply) << WeightMap{{r, 10.0}, {re, 2.0}};
    QTest::newRow("all but ranking")
        << int(All & ~Ranking) << WeightMap{{lr, 5.0}, {lp, 5.0}, {re, 2.0}, {p, 0.01}};
    QTest::newRow("all but prompt")
        << int(All & ~Prompt) << WeightMap{{r, 10.0}, {lr, 5.0}, {lp, 5.0}, {re, 2.0}};
}

void tst_TaskSelection::weights()
{
    QFETCH(int, kinds);
    QFETCH(WeightMap, expected);
    const QList<KindWeight> weights = randomTaskWeights(availability(kinds));
    QCOMPARE(weights.size(), expected.size());
    QCOMPARE(toMap(weights), expected);
}

void tst_TaskSelection::everyCombination()
{
    for (int kinds = 0; kinds <= All; ++kinds) {
        const QList<KindWeight> weights = randomTaskWeights(availability(kinds));
        QCOMPARE(weights.size(), expectedWeights(kinds).size());
        QCOMPARE(toMap(weights), expectedWeights(kinds));
        for (const KindWeight &w : weights)
            QVERIFY(w.weight > 0.0);
    }
}

void tst_TaskSelection::nothingAvailable_data()
{
    QTest::addColumn<double>("uniform");
    QTest::newRow("0") << 0.0;
    QTest::newRow("0.5") << 0.5;
    QTest::newRow("just below 1") << std::nextafter(1.0, 0.0);
}

void tst_TaskSelection::nothingAvailable()
{
    QFETCH(double, uniform);
    QCOMPARE(drawTaskKind(randomTaskWeights(availability(0)), uniform), std::nullopt);
    QCOMPARE(drawTaskKind({}, uniform), std::nullopt);
    // OA: a weight sum of at most 1e-8 draws nothing.
    QCOMPARE(drawTaskKind({{TaskKind::Reply, 1e-8}}, uniform), std::nullopt);
    QCOMPARE(drawTaskKind({{TaskKind::Reply, 5e-9}, {TaskKind::Prompt, 5e-9}}, uniform),
             std::nullopt);
    QCOMPARE(drawTaskKind({{TaskKind::Reply, 0.0}, {TaskKind::Prompt, 0.0}}, uniform),
             std::nullopt);
    QCOMPARE(drawTaskKind({{TaskKind::Reply, 2e-8}}, uniform), std::optional(TaskKind::Reply));
}

void tst_TaskSelection::singleKindAlwaysDrawn_data()
{
    QTest::addColumn<int>("kinds");
    QTest::addColumn<TaskKind>("expected");
    QTest::newRow("ranking") << int(Ranking) << TaskKind::Ranking;
    QTest::newRow("label reply") << int(LabelReply) << TaskKind::LabelReply;
    QTest::newRow("label prompt") << int(LabelPrompt) << TaskKind::LabelPrompt;
    QTest::newRow("reply") << int(Reply) << TaskKind::Reply;
    QTest::newRow("prompt (weight 0.01)") << int(Prompt) << TaskKind::Prompt;
}

void tst_TaskSelection::singleKindAlwaysDrawn()
{
    QFETCH(int, kinds);
    QFETCH(TaskKind, expected);
    const QList<KindWeight> weights = randomTaskWeights(availability(kinds));
    for (const double u : {0.0, 1e-12, 0.25, 0.5, 0.999999, std::nextafter(1.0, 0.0)})
        QCOMPARE(drawTaskKind(weights, u), std::optional(expected));
}

// The draw maps [0, 1) onto the kinds in proportion to their weights: the lowest values go to
// the first listed kind, the highest to the last, and the boundaries sit at the cumulative sums;
// a value exactly on a boundary goes to the next kind, as in numpy's choice() (OA's draw).
void tst_TaskSelection::drawBoundaries()
{
    const QList<KindWeight> weights = {{TaskKind::Ranking, 10.0},
                                       {TaskKind::Reply, 2.0},
                                       {TaskKind::Prompt, 4.0}};
    // Cumulative: ranking [0, 10/16), reply [10/16, 12/16), prompt [12/16, 1).
    QCOMPARE(drawTaskKind(weights, 0.0), std::optional(TaskKind::Ranking));
    QCOMPARE(drawTaskKind(weights, 0.62), std::optional(TaskKind::Ranking));
    QCOMPARE(drawTaskKind(weights, 0.625), std::optional(TaskKind::Reply));
    QCOMPARE(drawTaskKind(weights, 0.7), std::optional(TaskKind::Reply));
    QCOMPARE(drawTaskKind(weights, 0.75), std::optional(TaskKind::Prompt));
    QCOMPARE(drawTaskKind(weights, std::nextafter(1.0, 0.0)), std::optional(TaskKind::Prompt));
    // A kind with weight 0 is never drawn, even at its boundary.
    const QList<KindWeight> withZero = {{TaskKind::Ranking, 1.0},
                                        {TaskKind::Reply, 0.0},
                                        {TaskKind::Prompt, 1.0}};
    QCOMPARE(drawTaskKind(withZero, 0.5), std::optional(TaskKind::Prompt));
    QCOMPARE(drawTaskKind(withZero, std::nextafter(0.5, 0.0)), std::optional(TaskKind::Ranking));
}

void tst_TaskSelection::frequencies_data()
{
    QTest::addColumn<int>("kinds");
    QTest::addColumn<quint32>("seed");
    QTest::newRow("everything, seed 1") << int(All) << 1u;
    QTest::newRow("everything, seed 20240106") << int(All) << 20240106u;
    QTest::newRow("ranking, reply") << int(Ranking | Reply) << 7u;
    QTest::newRow("labels, prompt") << int(LabelReply | LabelPrompt | Prompt) << 11u;
    QTest::newRow("all but ranking") << int(All & ~Ranking) << 13u;
    QTest::newRow("reply, prompt") << int(Reply | Prompt) << 17u;
}

// 200,000 draws with a fixed seed: each kind's count lies within 4.5 standard deviations of
// the binomial around N·p, p = weight / total weight (10/22.01, 5/22.01, 5/22.01, 2/22.01 and
// 0.01/22.01 with everything available); unavailable kinds are never drawn.
void tst_TaskSelection::frequencies()
{
    QFETCH(int, kinds);
    QFETCH(quint32, seed);
    constexpr int draws = 200000;
    const WeightMap expected = expectedWeights(kinds);
    double total = 0.0;
    for (const double w : expected)
        total += w;

    const QList<KindWeight> weights = randomTaskWeights(availability(kinds));
    QRandomGenerator generator(seed);
    QMap<int, int> counts;
    for (int i = 0; i < draws; ++i) {
        const std::optional<TaskKind> kind = drawTaskKind(weights, generator.generateDouble());
        QVERIFY(kind.has_value());
        ++counts[int(*kind)];
    }

    for (const TaskKind kind : allKinds) {
        const int count = counts.value(int(kind), 0);
        if (!expected.contains(int(kind))) {
            QCOMPARE(count, 0);
            continue;
        }
        const double p = expected.value(int(kind)) / total;
        const double mean = draws * p;
        const double sd = std::sqrt(draws * p * (1.0 - p));
        QVERIFY2(std::abs(count - mean) <= 4.5 * sd,
                 qPrintable(u"%1: %2 draws, expected %3 ± %4"_s.arg(
                     kindName(kind), QString::number(count),
                     QString::number(mean), QString::number(4.5 * sd))));
    }
}

QTEST_GUILESS_MAIN(tst_TaskSelection)
#include "tst_taskselection.moc"
