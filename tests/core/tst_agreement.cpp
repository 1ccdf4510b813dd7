#include "core/agreement.h"

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <limits>
#include <optional>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Arborist;

using Cell = std::optional<double>;
using Matrix = QList<QList<Cell>>;
using Ranks = QList<QList<double>>;

Q_DECLARE_METATYPE(AlphaMetric)

namespace {

// Not coded.
constexpr auto NA = std::nullopt;
const double NaN = std::numeric_limits<double>::quiet_NaN();

// The papers print reliability data with a row per coder and a column per unit; the API takes a
// row per unit. Writing the tables as printed keeps them easy to check against the source.
Matrix byCoder(std::initializer_list<std::initializer_list<Cell>> coders)
{
    Matrix units;
    int coder = 0;
    for (const auto &values : coders) {
        int unit = 0;
        for (const Cell &value : values) {
            if (units.size() <= unit)
                units.append(QList<Cell>());
            QList<Cell> &row = units[unit];
            while (row.size() < coder)
                row.append(std::nullopt);
            row.append(value);
            ++unit;
        }
        ++coder;
    }
    for (QList<Cell> &row : units) {
        while (row.size() < coder)
            row.append(std::nullopt);
    }
    return units;
}

// The same units with every trailing missing cell cut off, so rows differ in length.
Matrix trimmed(Matrix units)
{
    for (QList<Cell> &row : units) {
        while (!row.isEmpty() && !row.last())
            row.removeLast();
    }
    return units;
}

// Rankings as letter strings: "abc" = a first, then b, then c.
QList<QStringList> letterRankings(std::initializer_list<const char16_t *> rankings)
{
    QList<QStringList> result;
    for (const char16_t *letters : rankings) {
        QStringList ids;
        for (const QChar c : QStringView(letters))
            ids << QString(c);
        result << ids;
    }
    return result;
}

// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", University of Pennsylvania
// ScholarlyCommons, https://repository.upenn.edu/asc_papers/43 - the example with missing data
// that the paper works through for the nominal, ordinal, interval and ratio metrics: observers
// A-D, 12 units, values 1-5 (the paper's "." is NA here). The same table is the test data of the Python
// package krippendorff (pln-fing-udelar/fast-krippendorff, tests/test_krippendorff.py) and the
// "C" example of R's irr::kripp.alpha / DescTools::KrippAlpha.
// Unit 12 has one value only and must not count: 11 units, n = 3+4+4+4+4+4+4+4+4+3+2 = 40.
Matrix krippendorff2011()
{
    return byCoder({
        {1, 2, 3, 3, 2, 1, 4, 1, 2, NA, NA, NA},
        {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, NA, 3},
        {NA, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, NA},
        {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, NA},
    });
}

void compareOptional(const std::optional<double> &actual, const std::optional<double> &expected,
                     double tolerance)
{
    QCOMPARE(actual.has_value(), expected.has_value());
    if (expected && std::abs(*actual - *expected) > tolerance)
        QFAIL(qPrintable(u"got %1, expected %2 (tolerance %3)"_s.arg(*actual, 0, 'f', 10)
                             .arg(*expected, 0, 'f', 10)
                             .arg(tolerance)));
}

// Published values are printed with three decimals.
constexpr double threeDecimals = 0.0005;
// Hand-computed values are exact fractions.
constexpr double exact = 1e-12;

} // namespace

class tst_Agreement final : public QObject
{
    Q_OBJECT

private slots:
    void alphaPublished_data();
    void alphaPublished();
    void alphaHandComputed_data();
    void alphaHandComputed();
    void alphaRowsMayDifferInLength();
    void alphaIgnoresUnitAndCoderOrder();
    void coincidencesKeptValueByValue();
    void kendallWIds_data();
    void kendallWIds();
    void kendallWRanks_data();
    void kendallWRanks();
};

void tst_Agreement::alphaPublished_data()
{
    QTest::addColumn<Matrix>("units");
    QTest::addColumn<AlphaMetric>("metric");
    QTest::addColumn<double>("expected");
    QTest::addColumn<int>("unitCount");
    QTest::addColumn<int>("pairableValues");
    QTest::addColumn<int>("coders");

    // Krippendorff (2011), example A: binary data, two observers, no missing data.
    // Published alpha = 0.095. By hand: o_00 = 10 (units 4, 5, 7, 8, 10), o_11 = 2 (unit 2),
    // o_01 = o_10 = 4 (units 1, 3, 6, 9); n = 20, n_0 = 14, n_1 = 6;
    // alpha = 1 - (n - 1) (o_01 + o_10) / (2 n_0 n_1) = 1 - 19 * 8 / 168 = 0.0952.
    const Matrix binary = byCoder({
        {0, 1, 0, 0, 0, 0, 0, 0, 1, 0},
        {1, 1, 1, 0, 0, 1, 0, 0, 0, 0},
    });
    QTest::newRow("2011 A: binary, 2 coders") << binary << AlphaMetric::Nominal << 0.095 << 10
                                              << 20 << 2;

    // Krippendorff (2011), example B: nominal data, two observers, no missing data, values
    // a-e (here 1-5). Published alpha = 0.692. By hand: units 1, 5 and 12 disagree, so
    // sum_{c!=k} o_ck = 6; n = 24 with n_a = 4, n_b = 6, n_c = 6, n_d = 6, n_e = 2;
    // sum_{c!=k} n_c n_k = 24^2 - (16 + 36 + 36 + 36 + 4) = 448;
    // alpha = 1 - 23 * 6 / 448 = 0.6920.
    const Matrix nominal = byCoder({
        {1, 1, 2, 2, 4, 3, 3, 3, 5, 4, 4, 1},
        {2, 1, 2, 2, 2, 3, 3, 3, 5, 4, 4, 4},
    });
    QTest::newRow("2011 B: nominal, 2 coders") << nominal << AlphaMetric::Nominal << 0.692 << 12
                                               << 24 << 2;

    // Krippendorff (2011), the 4-observer example with missing data: published alpha
    // nominal 0.743, ordinal 0.815, interval 0.849, ratio 0.797.
    const Matrix missing = krippendorff2011();
    QTest::newRow("2011 C: nominal") << missing << AlphaMetric::Nominal << 0.743 << 11 << 40 << 4;
    QTest::newRow("2011 D: ordinal") << missing << AlphaMetric::Ordinal << 0.815 << 11 << 40 << 4;
    QTest::newRow("2011 E: interval") << missing << AlphaMetric::Interval << 0.849 << 11 << 40
                                      << 4;
    QTest::newRow("2011 F: ratio") << missing << AlphaMetric::Ratio << 0.797 << 11 << 40 << 4;

    // Wikipedia, "Krippendorff's alpha", section "A computational example": coders A-C,
    // 15 units, values 1-4 with missing data. Published alpha nominal 0.691, interval 0.811
    // (the nominal value is also the expected output in the README of
    // dallascard/krippendorff_alpha). Checked by hand:
    // Units with two or more values: 3, 4, 5, 6 (3 values), 7 (3 values), 8, 9, 10, 11, 12, 13,
    // 15 -> 12 units, n = 26. Marginals n_1 = 7, n_2 = 4, n_3 = 10, n_4 = 5.
    // Disagreeing pairs: unit 6 {3, 3, 4}: 4 ordered (3,4) pairs, weight 1/2 -> 2;
    // unit 8 {1, 3}: 2; unit 15 {3, 4}: 2. Nominal: sum o_ck (c != k) = 6,
    // sum n_c n_k (c != k) = 26^2 - (49 + 16 + 100 + 25) = 486,
    // alpha = 1 - 25 * 6 / 486 = 0.691358.
    // Interval: sum o_ck (c - k)^2 = 2 * 1 + 2 * 4 + 2 * 1 = 12;
    // sum n_c n_k (c - k)^2 = 2 * (7*4*1 + 7*10*4 + 7*5*9 + 4*10*1 + 4*5*4 + 10*5*1) = 1586,
    // alpha = 1 - 25 * 12 / 1586 = 0.810845.
    const Matrix wikipedia = byCoder({
        {NA, NA, NA, NA, NA, 3, 4, 1, 2, 1, 1, 3, 3, NA, 3},
        {1, NA, 2, 1, 3, 3, 4, 3, NA, NA, NA, NA, NA, NA, NA},
        {NA, NA, 2, 1, 3, 4, 4, NA, 2, 1, 1, 3, 3, NA, 4},
    });
    QTest::newRow("Wikipedia: nominal") << wikipedia << AlphaMetric::Nominal << 0.691 << 12 << 26
                                        << 3;
    QTest::newRow("Wikipedia: interval") << wikipedia << AlphaMetric::Interval << 0.811 << 12
                                         << 26 << 3;
}

void tst_Agreement::alphaPublished()
{
    QFETCH(Matrix, units);
    QFETCH(AlphaMetric, metric);
    QFETCH(double, expected);
    QFETCH(int, unitCount);
    QFETCH(int, pairableValues);
    QFETCH(int, coders);

    const AlphaResult result = krippendorffAlpha(units, metric);
    compareOptional(result.alpha, expected, threeDecimals);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(result.units, unitCount);
    QCOMPARE(result.pairableValues, pairableValues);
    QCOMPARE(result.coders, coders);
}

void tst_Agreement::alphaHandComputed_data()
{
    QTest::addColumn<Matrix>("units");
    QTest::addColumn<AlphaMetric>("metric");
    QTest::addColumn<std::optional<double>>("expected");
    QTest::addColumn<int>("unitCount");
    QTest::addColumn<int>("pairableValues");
    QTest::addColumn<int>("coders");

    const std::optional<double> undefined;
    const struct
    {
        AlphaMetric metric;
        const char *name;
    } metrics[] = {{AlphaMetric::Nominal, "nominal"},
                   {AlphaMetric::Ordinal, "ordinal"},
                   {AlphaMetric::Interval, "interval"},
                   {AlphaMetric::Ratio, "ratio"}};

    for (const auto &[metric, name] : metrics) {
        const auto row = [name](const char *what) -> QTestData & {
            return QTest::addRow("%s: %s", what, name);
        };

        // Nothing at all, and a single coder: no unit has two values, nothing is pairable.
        row("empty matrix") << Matrix() << metric << undefined << 0 << 0 << 0;
        row("single coder") << byCoder({{1, 2, 3, 4}}) << metric << undefined << 0 << 0 << 0;
        // Several coders, but never two on the same unit.
        row("no unit coded twice") << byCoder({{1, NA, 3}, {NA, 2, NA}}) << metric << undefined << 0
                                   << 0 << 0;

        // Every pairable value is 3: D_e = 0, alpha undefined. The lone 5 in unit 4 is not
        // pairable and so does not create variation.
        row("all values identical")
            << byCoder({{3, 3, NA, 5}, {3, 3, 3, NA}, {NA, 3, 3, NA}}) << metric << undefined << 3
            << 7 << 3;

        // Perfect agreement: every o_ck with c != k is 0, so D_o = 0 and alpha = 1 while
        // D_e > 0 (three distinct values).
        row("perfect agreement") << byCoder({{1, 2, 3, NA}, {1, 2, 3, 4}, {NA, 2, NA, 4}}) << metric
                                 << std::optional<double>(1.0) << 4 << 9 << 3;

        // Systematic disagreement, units {1, 2} and {2, 1}: o_12 = o_21 = 2, o_11 = o_22 = 0,
        // n = 4, n_1 = n_2 = 2. With only two values every metric's delta^2(1, 2) is the same
        // constant d (nominal 1, interval 1, ordinal (4 - 2)^2 = 4, ratio (1/3)^2), so
        // alpha = 1 - (n - 1) * 4d / (2 * n_1 n_2 d) = 1 - 3 * 4 / 8 = -0.5.
        row("systematic disagreement") << byCoder({{1, 2}, {2, 1}}) << metric
                                       << std::optional<double>(-0.5) << 2 << 4 << 2;
        // The same with a third unit holding one value (coded by a third coder only): it is
        // ignored. Counted, the 7 would have changed n and D_e.
        row("lone value ignored") << byCoder({{1, 2, NA}, {2, 1, NA}, {NA, NA, 7}}) << metric
                                  << std::optional<double>(-0.5) << 2 << 4 << 2;

        // NaN marks a missing value: units {1, 1} and {2, 2} remain, perfect agreement.
        row("NaN is missing") << byCoder({{1, 2}, {NaN, 2}, {1, NaN}}) << metric
                              << std::optional<double>(1.0) << 2 << 4 << 3;
    }

    // Units {1, 1}, {2, 3}, {3, 3}: o_11 = 2, o_23 = o_32 = 1, o_33 = 2; n = 6, n_1 = 2,
    // n_2 = 1, n_3 = 3. alpha = 1 - (n - 1) sum o_ck delta^2 / sum n_c n_k delta^2.
    const Matrix graded = byCoder({{1, 2, 3}, {1, 3, 3}});
    // Nominal: 1 - 5 * 2 / (36 - (4 + 1 + 9)) = 1 - 10/22 = 6/11.
    QTest::newRow("graded: nominal") << graded << AlphaMetric::Nominal
                                     << std::optional<double>(6.0 / 11.0) << 3 << 6 << 2;
    // Ordinal: delta_12 = (3 - 1.5)^2 = 2.25, delta_23 = (4 - 2)^2 = 4,
    // delta_13 = (6 - 2.5)^2 = 12.25; observed 2 * 4 = 8;
    // expected 2 * (2*1 * 2.25 + 2*3 * 12.25 + 1*3 * 4) = 180; 1 - 5 * 8 / 180 = 7/9.
    QTest::newRow("graded: ordinal") << graded << AlphaMetric::Ordinal
                                     << std::optional<double>(7.0 / 9.0) << 3 << 6 << 2;
    // Interval: observed 2 * 1 = 2; expected 2 * (2*1 * 1 + 2*3 * 4 + 1*3 * 1) = 58;
    // 1 - 5 * 2 / 58 = 24/29.
    QTest::newRow("graded: interval") << graded << AlphaMetric::Interval
                                      << std::optional<double>(24.0 / 29.0) << 3 << 6 << 2;
    // Ratio: delta_12 = (1/3)^2, delta_13 = (2/4)^2, delta_23 = (1/5)^2; observed 2/25;
    // expected 2 * (2/9 + 6/4 + 3/25) = 829/225; 1 - 5 * (2/25) / (829/225) = 739/829.
    QTest::newRow("graded: ratio") << graded << AlphaMetric::Ratio
                                   << std::optional<double>(739.0 / 829.0) << 3 << 6 << 2;
    // Ordinal alpha only sees the order of the values: 1 < 50 < 51 gives the same n_g and so
    // the same 7/9, while the interval metric now sees a near-agreement in unit 2:
    // observed 2 * 1^2 = 2; expected 2 * (2*1 * 49^2 + 2*3 * 50^2 + 1*3 * 1^2) = 39610;
    // 1 - 5 * 2 / 39610 = 3960/3961.
    const Matrix stretched = byCoder({{1, 50, 51}, {1, 51, 51}});
    QTest::newRow("stretched: ordinal") << stretched << AlphaMetric::Ordinal
                                        << std::optional<double>(7.0 / 9.0) << 3 << 6 << 2;
    QTest::newRow("stretched: interval") << stretched << AlphaMetric::Interval
                                         << std::optional<double>(3960.0 / 3961.0) << 3 << 6 << 2;

    // Ratio: 0 vs 0 is no difference (not 0/0), so agreement on 0, 1, 2 is perfect.
    QTest::newRow("ratio with zeros") << byCoder({{0, 1, 2}, {0, 1, 2}}) << AlphaMetric::Ratio
                                      << std::optional<double>(1.0) << 3 << 6 << 2;
    // A ratio scale has no negative values: undefined rather than a meaningless number.
    QTest::newRow("ratio with a negative value")
        << byCoder({{-1, 1, 2}, {-1, 2, 2}}) << AlphaMetric::Ratio << undefined << 3 << 6 << 2;
    // The same data are fine on an interval scale: n_-1 = 2, n_1 = 1, n_2 = 3 like "graded"
    // but with distances 2 and 1: observed 2 * 1 = 2;
    // expected 2 * (2*1 * 4 + 2*3 * 9 + 1*3 * 1) = 130; 1 - 5 * 2 / 130 = 12/13.
    QTest::newRow("negative values, interval")
        << byCoder({{-1, 1, 2}, {-1, 2, 2}}) << AlphaMetric::Interval
        << std::optional<double>(12.0 / 13.0) << 3 << 6 << 2;
}

void tst_Agreement::alphaHandComputed()
{
    QFETCH(Matrix, units);
    QFETCH(AlphaMetric, metric);
    QFETCH(std::optional<double>, expected);
    QFETCH(int, unitCount);
    QFETCH(int, pairableValues);
    QFETCH(int, coders);

    const AlphaResult result = krippendorffAlpha(units, metric);
    compareOptional(result.alpha, expected, exact);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(result.units, unitCount);
    QCOMPARE(result.pairableValues, pairableValues);
    QCOMPARE(result.coders, coders);
}

// Missing trailing coders may simply be left out of a row.
void tst_Agreement::alphaRowsMayDifferInLength()
{
    const Matrix full = krippendorff2011();
    const Matrix ragged = trimmed(full);
    QVERIFY(ragged != full);
    for (const AlphaMetric metric : {AlphaMetric::Nominal, AlphaMetric::Ordinal,
                                     AlphaMetric::Interval, AlphaMetric::Ratio}) {
        const AlphaResult a = krippendorffAlpha(full, metric);
        const AlphaResult b = krippendorffAlpha(ragged, metric);
        QVERIFY(a.alpha && b.alpha);
        QCOMPARE(*b.alpha, *a.alpha);
        QCOMPARE(b.units, a.units);
        QCOMPARE(b.pairableValues, a.pairableValues);
        QCOMPARE(b.coders, a.coders);
    }
}

// Alpha depends on the units' value multisets only, not on which unit or coder comes first.
void tst_Agreement::alphaIgnoresUnitAndCoderOrder()
{
    const Matrix original = krippendorff2011();
    Matrix shuffled = original;
    std::reverse(shuffled.begin(), shuffled.end());
    for (QList<Cell> &row : shuffled)
        std::rotate(row.begin(), row.begin() + 1, row.end());
    for (const AlphaMetric metric : {AlphaMetric::Nominal, AlphaMetric::Ordinal,
                                     AlphaMetric::Interval, AlphaMetric::Ratio}) {
        const AlphaResult a = krippendorffAlpha(original, metric);
        const AlphaResult b = krippendorffAlpha(shuffled, metric);
        QVERIFY(a.alpha && b.alpha);
        QVERIFY(std::abs(*a.alpha - *b.alpha) < exact);
        QCOMPARE(b.coders, 4);
    }
}

// The dashboard keeps each label's coincidence matrix in the database and updates it as values
// arrive one at a time (take the unit's old contribution out, put the new one in), over fixed
// categories some of which never occur. It must end where computing from the data at once ends,
// and taking a unit out again must give the alpha of the data without it.
void tst_Agreement::coincidencesKeptValueByValue()
{
    const Matrix units = krippendorff2011();
    const std::vector<double> categories{0, 1, 2, 3, 4, 5, 6}; // 0 and 6 never given
    for (const AlphaMetric metric :
         {AlphaMetric::Nominal, AlphaMetric::Ordinal, AlphaMetric::Interval, AlphaMetric::Ratio}) {
        Coincidences kept(categories);
        for (const QList<Cell> &unit : units) {
            std::vector<int> counts(categories.size(), 0);
            for (const Cell &value : unit) {
                if (!value)
                    continue;
                const std::vector<int> before = counts;
                ++counts[std::size_t(*value)];
                kept.addUnit(before, -1);
                kept.addUnit(counts, +1);
            }
        }
        const AlphaResult direct = krippendorffAlpha(units, metric);
        const AlphaResult incremental = kept.alpha(metric);
        compareOptional(incremental.alpha, direct.alpha, 1e-9);
        QCOMPARE(incremental.units, direct.units);
        QCOMPARE(incremental.pairableValues, direct.pairableValues);

        // Unit 6 (values 1, 2, 3, 4) taken out again.
        std::vector<int> sixth(categories.size(), 0);
        for (int value : {1, 2, 3, 4})
            ++sixth[std::size_t(value)];
        kept.addUnit(sixth, -1);
        Matrix without = units;
        without.removeAt(5);
        const AlphaResult expected = krippendorffAlpha(without, metric);
        compareOptional(kept.alpha(metric).alpha, expected.alpha, 1e-9);
        QCOMPARE(kept.alpha(metric).units, expected.units);
    }

    // Every value the same: undefined, as from the data at once.
    Coincidences same({0, 0.25, 0.5, 0.75, 1});
    same.addUnit({0, 0, 0, 3, 0});
    same.addUnit({0, 0, 0, 2, 0});
    QVERIFY(!same.alpha(AlphaMetric::Ordinal).alpha);
    QCOMPARE(same.alpha(AlphaMetric::Ordinal).units, 2);
    QCOMPARE(same.alpha(AlphaMetric::Ordinal).pairableValues, 5);
}

void tst_Agreement::kendallWIds_data()
{
    QTest::addColumn<QList<QStringList>>("rankings");
    QTest::addColumn<std::optional<double>>("expected");
    QTest::addColumn<int>("raters");
    QTest::addColumn<int>("items");
    QTest::addColumn<double>("tolerance");

    const std::optional<double> undefined;

    // ProofWiki, "Kendall's Coefficient of Concordance/Examples/Arbitrary Example 1",
    // https://www.proofwiki.org/wiki/Kendall%27s_Coefficient_of_Concordance/Examples/Arbitrary_Example_1
    // Judges A-D rank competitors X, Y, Z: A = (1, 3, 2), B = (1, 2, 3), C = (2, 3, 1),
    // D = (3, 1, 2); rank sums 7, 9, 8, S = 2, W = 12 * 2 / (16 * 24) = 1/16.
    // Best first, with x, y, z for X, Y, Z:
    QTest::newRow("ProofWiki 4 judges x 3") << letterRankings({u"xzy", u"xyz", u"zxy", u"yzx"})
                                            << std::optional<double>(1.0 / 16.0) << 4 << 3
                                            << exact;

    // Identical rankings: rank sums m, 2m, ..., nm, S is the maximum, W = 1.
    QTest::newRow("perfect agreement") << letterRankings({u"abcd", u"abcd", u"abcd"})
                                       << std::optional<double>(1.0) << 3 << 4 << exact;
    // Exact reverse: every rank sum is n + 1 = 5, S = 0, W = 0.
    QTest::newRow("two raters reversed") << letterRankings({u"abcd", u"dcba"})
                                         << std::optional<double>(0.0) << 2 << 4 << exact;
    QTest::newRow("one rater") << letterRankings({u"abcd"}) << undefined << 1 << 4 << exact;
    QTest::newRow("no rankings") << QList<QStringList>() << undefined << 0 << 0 << exact;
    QTest::newRow("one item") << letterRankings({u"a", u"a"}) << undefined << 2 << 1 << exact;

    // n = 2: agreement 1, reverse 0. With ab, ab, ba: rank sums 4 and 5, mean 4.5,
    // S = 0.5, W = 12 * 0.5 / (9 * 6) = 1/9.
    QTest::newRow("n = 2, agree") << letterRankings({u"ab", u"ab"})
                                  << std::optional<double>(1.0) << 2 << 2 << exact;
    QTest::newRow("n = 2, reversed") << letterRankings({u"ab", u"ba"})
                                     << std::optional<double>(0.0) << 2 << 2 << exact;
    QTest::newRow("n = 2, two against one") << letterRankings({u"ab", u"ab", u"ba"})
                                            << std::optional<double>(1.0 / 9.0) << 3 << 2 << exact;

    // An incomplete ranking keeps its rater; d, missing from it, leaves the item set.
    // Filtered to a, b, c: abc, abc, abc, bac. Rank sums a 5, b 7, c 12, mean 8,
    // S = 9 + 1 + 16 = 26, W = 12 * 26 / (16 * 24) = 0.8125.
    QTest::newRow("incomplete ranking")
        << letterRankings({u"abcd", u"abcd", u"abdc", u"bac"}) << std::optional<double>(0.8125)
        << 4 << 3 << exact;
    // Ids are compared case-insensitively, as UUIDs are.
    QTest::newRow("case-insensitive ids") << letterRankings({u"ABC", u"abc"})
                                          << std::optional<double>(1.0) << 2 << 3 << exact;
    // No id in common: nothing to agree on.
    QTest::newRow("disjoint rankings") << letterRankings({u"ab", u"cd"}) << undefined << 2 << 0
                                       << exact;
}

void tst_Agreement::kendallWIds()
{
    QFETCH(QList<QStringList>, rankings);
    QFETCH(std::optional<double>, expected);
    QFETCH(int, raters);
    QFETCH(int, items);
    QFETCH(double, tolerance);

    const ConcordanceResult result = kendallW(rankings);
    compareOptional(result.w, expected, tolerance);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(result.raters, raters);
    QCOMPARE(result.items, items);
}

void tst_Agreement::kendallWRanks_data()
{
    QTest::addColumn<Ranks>("ranks");
    QTest::addColumn<std::optional<double>>("expected");
    QTest::addColumn<int>("raters");
    QTest::addColumn<int>("items");
    QTest::addColumn<double>("tolerance");

    const std::optional<double> undefined;

    // NAG Library, routine g08daf (nagf_nonpar_concordance_kendall), example program results,
    // https://support.nag.com/numeric/nl/nagdoc_27.1/examples/baseresults/g08dafe.r.html
    // 3 comparisons of 10 objects with ties; published "Kendall's coefficient = 0.828"
    // (tie-corrected). By hand: rank sums 5.5, 6.5, 9, 13.5, 12, 20, 23, 23.5, 25.5, 26.5,
    // mean 16.5, S = 121 + 100 + 56.25 + 9 + 20.25 + 12.25 + 42.25 + 49 + 81 + 100 = 591.
    // Ties (t^3 - t): row 1 two pairs 12, row 2 three pairs 18, row 3 a four and a three
    // 60 + 24 = 84; T = 114. W = 12 * 591 / (9 * 990 - 3 * 114) = 7092 / 8568 = 0.82773.
    const Ranks nag = {
        {1.0, 4.5, 2.0, 4.5, 3.0, 7.5, 6.0, 9.0, 7.5, 10.0},
        {2.5, 1.0, 2.5, 4.5, 4.5, 8.0, 9.0, 6.5, 10.0, 6.5},
        {2.0, 1.0, 4.5, 4.5, 4.5, 4.5, 8.0, 8.0, 8.0, 10.0},
    };
    QTest::newRow("NAG g08daf, ties") << nag << std::optional<double>(0.828) << 3 << 10
                                      << threeDecimals;
    QTest::newRow("NAG g08daf, ties, exact") << nag << std::optional<double>(7092.0 / 8568.0) << 3
                                             << 10 << 1e-12;

    // The ProofWiki example above as printed (ranks of X, Y, Z per judge): W = 1/16.
    const Ranks proofWiki = {{1, 3, 2}, {1, 2, 3}, {2, 3, 1}, {3, 1, 2}};
    QTest::newRow("ProofWiki ranks") << proofWiki << std::optional<double>(1.0 / 16.0) << 4 << 3
                                     << exact;
    // Scores in place of ranks give the same ranks and so the same W.
    const Ranks scores = {{0.5, 70, 9}, {-3, 2, 2.5}, {10, 11, 1}, {8, 1, 4}};
    QTest::newRow("ProofWiki as scores") << scores << std::optional<double>(1.0 / 16.0) << 4 << 3
                                         << exact;

    // One rater ties everything: ranks (2, 2, 2) and (1, 2, 3), rank sums 3, 4, 5, mean 4,
    // S = 2, T = 3^3 - 3 = 24, W = 12 * 2 / (4 * 24 - 2 * 24) = 0.5.
    QTest::newRow("one rater all tied") << Ranks{{1, 1, 1}, {1, 2, 3}}
                                        << std::optional<double>(0.5) << 2 << 3 << exact;
    // Everyone ties everything: 4 * 24 - 2 * 48 = 0, no ranking information.
    QTest::newRow("all tied") << Ranks{{1, 1, 1}, {2, 2, 2}} << undefined << 2 << 3 << exact;

    QTest::newRow("perfect agreement") << Ranks{{1, 2, 3, 4}, {1, 2, 3, 4}, {1, 2, 3, 4}}
                                       << std::optional<double>(1.0) << 3 << 4 << exact;
    QTest::newRow("two raters reversed") << Ranks{{1, 2, 3, 4}, {4, 3, 2, 1}}
                                         << std::optional<double>(0.0) << 2 << 4 << exact;
    QTest::newRow("one rater") << Ranks{{1, 2, 3}} << undefined << 1 << 3 << exact;
    QTest::newRow("no raters") << Ranks() << undefined << 0 << 0 << exact;
    QTest::newRow("n = 2, two against one") << Ranks{{1, 2}, {1, 2}, {2, 1}}
                                            << std::optional<double>(1.0 / 9.0) << 3 << 2 << exact;

    // A short row or a NaN drops that rater: two identical complete rows remain, W = 1.
    QTest::newRow("short row dropped") << Ranks{{1, 2, 3}, {1, 2}, {1, 2, 3}}
                                       << std::optional<double>(1.0) << 2 << 3 << exact;
    QTest::newRow("NaN row dropped") << Ranks{{1, 2, 3}, {3, NaN, 1}, {1, 2, 3}}
                                     << std::optional<double>(1.0) << 2 << 3 << exact;
    QTest::newRow("only one complete row") << Ranks{{1, 2, 3}, {2, 1}} << undefined << 1 << 3
                                           << exact;
}

void tst_Agreement::kendallWRanks()
{
    QFETCH(Ranks, ranks);
    QFETCH(std::optional<double>, expected);
    QFETCH(int, raters);
    QFETCH(int, items);
    QFETCH(double, tolerance);

    const ConcordanceResult result = kendallWFromRanks(ranks);
    compareOptional(result.w, expected, tolerance);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(result.raters, raters);
    QCOMPARE(result.items, items);
}

QTEST_APPLESS_MAIN(tst_Agreement)

#include "tst_agreement.moc"
