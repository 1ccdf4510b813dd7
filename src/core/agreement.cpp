#include "core/agreement.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <vector>

namespace Arborist {

namespace {

// delta^2(c, k) for values with indices c and k into the sorted distinct values. marginals are
// the n_g of the coincidence matrix, used by the ordinal metric only.
double squaredDifference(AlphaMetric metric, const std::vector<double> &values,
                         const std::vector<double> &marginals, int c, int k)
{
    if (c == k)
        return 0.0;
    switch (metric) {
    case AlphaMetric::Nominal:
        return 1.0;
    case AlphaMetric::Ordinal: {
        const int low = std::min(c, k);
        const int high = std::max(c, k);
        double ranks = 0.0;
        for (int g = low; g <= high; ++g)
            ranks += marginals[g];
        const double distance = ranks - (marginals[low] + marginals[high]) / 2.0;
        return distance * distance;
    }
    case AlphaMetric::Interval: {
        const double difference = values[c] - values[k];
        return difference * difference;
    }
    case AlphaMetric::Ratio: {
        // c != k and both >= 0 (checked by the caller), so the sum is positive.
        const double ratio = (values[c] - values[k]) / (values[c] + values[k]);
        return ratio * ratio;
    }
    }
    return 0.0;
}

// Ranks one rater's values: 1 for the smallest, tied values share the average of the positions
// they occupy. Adds sum(t^3 - t) over the rater's tie groups to tieCorrection.
std::vector<double> midRanks(const std::vector<double> &values, std::int64_t &tieCorrection)
{
    const int n = int(values.size());
    std::vector<int> order(n);
    for (int i = 0; i < n; ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(),
                     [&values](int a, int b) { return values[a] < values[b]; });
    std::vector<double> ranks(n, 0.0);
    int start = 0;
    while (start < n) {
        int end = start + 1;
        while (end < n && values[order[end]] == values[order[start]])
            ++end;
        // Positions start..end-1 are ranks start+1..end; their mean is (start + 1 + end) / 2.
        const double rank = (start + 1 + end) / 2.0;
        for (int p = start; p < end; ++p)
            ranks[order[p]] = rank;
        const std::int64_t t = end - start;
        if (t > 1)
            tieCorrection += t * t * t - t;
        start = end;
    }
    return ranks;
}

// W from complete rank rows (rater x item). tieCorrection is sum(t^3 - t) over all raters.
ConcordanceResult concordance(const std::vector<std::vector<double>> &ranks, int items,
                              std::int64_t tieCorrection)
{
    ConcordanceResult result;
    result.raters = int(ranks.size());
    result.items = items;
    const std::int64_t m = result.raters;
    const std::int64_t n = items;
    if (m < 2 || n < 2)
        return result;

    std::vector<double> rankSums(n, 0.0);
    for (const std::vector<double> &row : ranks) {
        for (int i = 0; i < n; ++i)
            rankSums[i] += row[i];
    }
    const double mean = double(m) * double(n + 1) / 2.0;
    double s = 0.0;
    for (const double sum : rankSums)
        s += (sum - mean) * (sum - mean);

    // Integers, so "every rater tied everything" is an exact 0 and not a rounding accident.
    const std::int64_t denominator = m * m * (n * n * n - n) - m * tieCorrection;
    if (denominator <= 0)
        return result;
    result.w = 12.0 * s / double(denominator);
    return result;
}

} // namespace

AlphaResult krippendorffAlpha(const QList<QList<std::optional<double>>> &unitsByCoder,
                              AlphaMetric metric)
{
    AlphaResult result;

    // The values of every pairable unit (two or more values); the rest never enter the matrix.
    std::vector<std::vector<double>> pairable;
    QSet<int> coders;
    for (const QList<std::optional<double>> &unit : unitsByCoder) {
        std::vector<double> values;
        std::vector<int> valueCoders;
        for (int coder = 0; coder < unit.size(); ++coder) {
            const std::optional<double> &cell = unit[coder];
            if (cell && std::isfinite(*cell)) {
                values.push_back(*cell);
                valueCoders.push_back(coder);
            }
        }
        if (values.size() < 2)
            continue;
        for (const int coder : valueCoders)
            coders.insert(coder);
        result.pairableValues += int(values.size());
        pairable.push_back(std::move(values));
    }
    result.units = int(pairable.size());
    result.coders = int(coders.size());
    if (result.pairableValues < 2)
        return result;

    std::vector<double> distinct;
    for (const std::vector<double> &values : pairable)
        distinct.insert(distinct.end(), values.begin(), values.end());
    std::sort(distinct.begin(), distinct.end());
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    const auto indexOf = [&distinct](double value) {
        return int(std::lower_bound(distinct.begin(), distinct.end(), value) - distinct.begin());
    };
    Coincidences matrix(distinct);
    for (const std::vector<double> &values : pairable) {
        std::vector<int> counts(distinct.size(), 0);
        for (const double value : values)
            ++counts[indexOf(value)];
        matrix.addUnit(counts);
    }
    result.alpha = matrix.alpha(metric).alpha;
    return result;
}

Coincidences::Coincidences(std::vector<double> categoryValues)
    : m_values(std::move(categoryValues)), m_cells(m_values.size() * m_values.size(), 0.0)
{
}

void Coincidences::addUnit(const std::vector<int> &counts, int sign)
{
    int values = 0;
    for (const int n : counts)
        values += n;
    if (values < 2)
        return;
    // Within a unit of m_u values every ordered pair of values from two different coders adds
    // 1 / (m_u - 1), so each unit contributes exactly m_u in total.
    const double weight = sign / double(values - 1);
    const int v = categories();
    for (int c = 0; c < v; ++c) {
        if (counts[c] == 0)
            continue;
        for (int k = 0; k < v; ++k) {
            // A coder is never paired with itself: same value pairs are n_c (n_c - 1).
            const int pairs = c == k ? counts[c] * (counts[c] - 1) : counts[c] * counts[k];
            if (pairs != 0)
                addCell(c, k, pairs * weight);
        }
    }
    addUnits(sign, qint64(sign) * values);
}

void Coincidences::addUnits(qint64 units, qint64 pairableValues)
{
    m_units += units;
    m_pairableValues += pairableValues;
}

AlphaResult Coincidences::alpha(AlphaMetric metric) const
{
    AlphaResult result;
    result.units = int(m_units);
    result.pairableValues = int(m_pairableValues);

    // The categories that occur; a matrix kept by additions and removals may hold rounding
    // residue where a category no longer occurs.
    const int all = categories();
    std::vector<double> values;
    std::vector<int> used;
    for (int c = 0; c < all; ++c) {
        double marginal = 0.0;
        for (int k = 0; k < all; ++k)
            marginal += cell(c, k);
        if (marginal > 1e-9) {
            values.push_back(m_values[c]);
            used.push_back(c);
        }
    }
    // One value only: D_e = 0, alpha undefined (see AlphaResult).
    if (used.size() < 2 || m_pairableValues < 2)
        return result;
    if (metric == AlphaMetric::Ratio && values.front() < 0.0)
        return result;
    const int v = int(used.size());
    std::vector<double> marginals(v, 0.0);
    for (int c = 0; c < v; ++c) {
        for (int k = 0; k < v; ++k)
            marginals[c] += cell(used[c], used[k]);
    }

    // alpha = 1 - D_o / D_e = 1 - (n - 1) sum o_ck delta^2 / sum n_c n_k delta^2.
    double observed = 0.0;
    double expected = 0.0;
    for (int c = 0; c < v; ++c) {
        for (int k = 0; k < v; ++k) {
            const double delta = squaredDifference(metric, values, marginals, c, k);
            observed += cell(used[c], used[k]) * delta;
            expected += marginals[c] * marginals[k] * delta;
        }
    }
    // Two distinct values always give expected > 0, but stay safe against a 0 denominator.
    if (!(expected > 0.0))
        return result;
    result.alpha = 1.0 - double(m_pairableValues - 1) * observed / expected;
    return result;
}

ConcordanceResult kendallW(const QList<QStringList> &rankings)
{
    // Each ranking's ids in order, lowercased, first occurrence only.
    QList<QStringList> cleaned;
    for (const QStringList &ranking : rankings) {
        QStringList ids;
        QSet<QString> seen;
        for (const QString &id : ranking) {
            const QString lower = id.toLower();
            if (!seen.contains(lower)) {
                seen.insert(lower);
                ids << lower;
            }
        }
        cleaned << ids;
    }

    QSet<QString> common;
    if (!cleaned.isEmpty()) {
        common = QSet<QString>(cleaned.first().begin(), cleaned.first().end());
        for (const QStringList &ids : cleaned)
            common.intersect(QSet<QString>(ids.begin(), ids.end()));
    }

    // Item index by the first ranking's order; only the rank sums matter, not this order.
    QHash<QString, int> itemIndex;
    if (!cleaned.isEmpty()) {
        for (const QString &id : cleaned.first()) {
            if (common.contains(id))
                itemIndex.insert(id, int(itemIndex.size()));
        }
    }
    const int n = int(itemIndex.size());

    std::vector<std::vector<double>> ranks;
    for (const QStringList &ids : cleaned) {
        std::vector<double> row(n, 0.0);
        int position = 0;
        for (const QString &id : ids) {
            const auto it = itemIndex.constFind(id);
            if (it != itemIndex.constEnd())
                row[*it] = ++position;
        }
        ranks.push_back(std::move(row));
    }
    return concordance(ranks, n, 0);
}

ConcordanceResult kendallWFromRanks(const QList<QList<double>> &ranksByRater)
{
    int n = 0;
    for (const QList<double> &row : ranksByRater)
        n = std::max(n, int(row.size()));

    std::vector<std::vector<double>> ranks;
    std::int64_t tieCorrection = 0;
    for (const QList<double> &row : ranksByRater) {
        if (row.size() != n)
            continue;
        if (!std::all_of(row.begin(), row.end(), [](double value) { return std::isfinite(value); }))
            continue;
        ranks.push_back(midRanks(std::vector<double>(row.begin(), row.end()), tieCorrection));
    }
    return concordance(ranks, n, tieCorrection);
}

} // namespace Arborist
