#pragma once

#include <QList>
#include <QStringList>

#include <optional>
#include <vector>

namespace Arborist {

// Inter-annotator agreement statistics for the team lead's dashboard. Pure functions over plain
// numbers and id lists: turning labels or stored rankings into these inputs is the caller's job.

// The level of measurement, which picks Krippendorff's difference function delta^2(c, k):
// Nominal  - 0 when c == k, else 1.
// Ordinal  - (sum of n_g for g from c to k, minus (n_c + n_k) / 2)^2, where n_g is how often
//            value g occurs among the pairable values: the distance is measured in ranks of the
//            observed data, not in the numbers themselves.
// Interval - (c - k)^2.
// Ratio    - ((c - k) / (c + k))^2; only defined for values >= 0 (0 vs 0 is distance 0).
enum class AlphaMetric { Nominal, Ordinal, Interval, Ratio };

struct AlphaResult
{
    // Empty when alpha is undefined:
    // - no unit has two or more values (fewer than two pairable values, e.g. a single coder),
    // - every pairable value is the same value, so the expected disagreement D_e is 0 and
    //   1 - D_o / D_e would divide by zero (the data carry no variation to agree about),
    // - Ratio with a negative value (a ratio scale has no negative values).
    // Reporting "undefined" instead of 1.0 or 0.0 keeps the dashboard from claiming agreement
    // that the data cannot show.
    std::optional<double> alpha;
    // Units (rows) that held at least two values and so entered the coincidence matrix.
    int units = 0;
    // n: the number of values in those units (the sum of the coincidence matrix).
    int pairableValues = 0;
    // Coders (columns) with at least one value in a unit that counted.
    int coders = 0;
};

// Krippendorff's alpha with missing data, computed through the coincidence matrix exactly as in
// Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011): alpha = 1 - D_o / D_e.
// unitsByCoder[u][c] is the value coder c gave unit u; rows are units, columns are coders. An
// empty optional, a missing trailing column (rows may differ in length) and a non-finite value
// (NaN is a common "missing" marker) all mean "not coded". Units with fewer than two values are
// ignored, as the paper prescribes: a lone value cannot be paired with anything.
AlphaResult krippendorffAlpha(const QList<QList<std::optional<double>>> &unitsByCoder,
                              AlphaMetric metric);

// The coincidence matrix of one variable over fixed value categories, built unit by unit. The
// dashboard keeps one per label in the database and changes it as labels arrive: a unit's old
// contribution is taken out (sign -1) and its new one added, so alpha needs no pass over every
// label. krippendorffAlpha() computes through it as well.
class Coincidences
{
public:
    // The categories' values in ascending order (they matter for the interval and ratio metrics;
    // the ordinal metric uses their order only).
    explicit Coincidences(std::vector<double> categoryValues);

    int categories() const { return int(m_values.size()); }
    // Adds (sign +1) or takes out (sign -1) a unit whose values fall into the categories with
    // these counts (counts.size() == categories()). A unit with fewer than two values adds nothing.
    void addUnit(const std::vector<int> &counts, int sign = 1);
    // Adds to one cell and to the unit and value counts directly (as stored aggregates are read).
    void addCell(int c, int k, double weight) { m_cells[std::size_t(c) * m_values.size() + k] += weight; }
    void addUnits(qint64 units, qint64 pairableValues);
    double cell(int c, int k) const { return m_cells[std::size_t(c) * m_values.size() + k]; }
    qint64 units() const { return m_units; }
    qint64 pairableValues() const { return m_pairableValues; }

    // alpha = 1 - D_o / D_e; categories never used take no part. coders stays 0.
    AlphaResult alpha(AlphaMetric metric) const;

private:
    std::vector<double> m_values;
    std::vector<double> m_cells;
    qint64 m_units = 0;
    qint64 m_pairableValues = 0;
};

struct ConcordanceResult
{
    // Kendall's W in [0, 1]. Empty when fewer than two raters or fewer than two items count, and
    // when every rater tied all items (the tie-corrected denominator is then 0).
    std::optional<double> w;
    // Raters and items that entered the computation (see each function for which ones count).
    int raters = 0;
    int items = 0;
};

// Kendall's coefficient of concordance W for one sibling group. Each ranking lists item ids best
// first, without ties (our ranking UI produces none). Ids are compared case-insensitively, like
// rankingConsensus() does with UUIDs, and a repeated id counts at its first position only.
// An incomplete ranking does not drop its rater: W is computed over the ids common to every
// ranking, each ranking filtered to those ids in its own order. That is the same item set the
// ranked-pairs consensus ranks (rankingConsensus()), so W describes the agreement behind exactly
// the ranks that get written. raters = rankings.size(), items = the number of common ids.
ConcordanceResult kendallW(const QList<QStringList> &rankings);

// Kendall's W from a ranks (or scores) matrix, with the tie correction:
// W = 12 S / (m^2 (n^3 - n) - m T), T = sum over raters and tie groups of (t^3 - t).
// ranksByRater[r][i] is rater r's rank of item i. Each row is ranked again (smaller value =
// better, equal values share their average rank), so scores work as well as ranks, and
// mid-ranks such as 2.5 come out unchanged. The items are the longest row's columns; a rater
// counts only with a finite value for every one of them (W needs complete rankings, and ranks
// of a subset are not comparable with ranks of the whole set).
ConcordanceResult kendallWFromRanks(const QList<QList<double>> &ranksByRater);

} // namespace Arborist
