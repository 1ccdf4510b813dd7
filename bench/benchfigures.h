#pragma once

// What the benchmarks print: medians of runs, and the runs themselves.

#include <QList>
#include <QString>
#include <QStringList>

#include <algorithm>

namespace Arborist::Bench {

inline double median(QList<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

// "12.3 / 11.9 / ..." in the order the runs were made.
inline QString list(const QList<double> &v)
{
    QStringList parts;
    for (const double x : v)
        parts << QString::number(x, 'f', 1);
    return parts.join(QStringLiteral(" / "));
}

} // namespace Arborist::Bench
