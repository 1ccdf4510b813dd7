#include "core/rankedpairs.h"

#include <QSet>

#include <algorithm>
#include <vector>

namespace Arborist {

namespace {

struct Pair
{
    int winner;
    int loser;
    int margin;
};

// Is `to` reachable from `from` over the locked edges?
bool reaches(const std::vector<std::vector<bool>> &locked, int from, int to)
{
    const int n = int(locked.size());
    std::vector<bool> seen(n, false);
    std::vector<int> stack{from};
    seen[from] = true;
    while (!stack.empty()) {
        const int node = stack.back();
        stack.pop_back();
        if (node == to)
            return true;
        for (int next = 0; next < n; ++next) {
            if (locked[node][next] && !seen[next]) {
                seen[next] = true;
                stack.push_back(next);
            }
        }
    }
    return false;
}

} // namespace

QStringList rankedPairs(const QList<QStringList> &votes)
{
    if (votes.isEmpty())
        return {};
    QStringList names;
    for (const QString &id : votes.first())
        names << id.toLower();
    std::sort(names.begin(), names.end());
    const int n = int(names.size());
    if (n < 2)
        return names;

    // prefers[i][j]: votes that place names[i] before names[j].
    std::vector<std::vector<int>> prefers(n, std::vector<int>(n, 0));
    for (const QStringList &vote : votes) {
        std::vector<int> position(n, -1);
        for (int p = 0; p < vote.size(); ++p) {
            const int index = int(names.indexOf(vote[p].toLower()));
            if (index >= 0)
                position[index] = p;
        }
        for (int i = 0; i < n; ++i) {
            for (int j = 0; j < n; ++j) {
                if (i != j && position[i] >= 0 && position[j] >= 0 && position[i] < position[j])
                    ++prefers[i][j];
            }
        }
    }

    std::vector<Pair> majorities;
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < n; ++j) {
            if (i == j)
                continue;
            const int margin = prefers[i][j] - prefers[j][i];
            if (margin >= 0)
                majorities.push_back({i, j, margin});
        }
    }
    std::stable_sort(majorities.begin(), majorities.end(),
                     [](const Pair &a, const Pair &b) { return a.margin > b.margin; });

    std::vector<std::vector<bool>> locked(n, std::vector<bool>(n, false));
    for (const Pair &pair : majorities) {
        // Adding winner→loser closes a cycle exactly when loser already reaches winner.
        if (!reaches(locked, pair.loser, pair.winner))
            locked[pair.winner][pair.loser] = true;
    }

    QStringList result;
    std::vector<bool> placed(n, false);
    for (int round = 0; round < n; ++round) {
        for (int candidate = 0; candidate < n; ++candidate) {
            if (placed[candidate])
                continue;
            bool beaten = false;
            for (int other = 0; other < n && !beaten; ++other)
                beaten = !placed[other] && locked[other][candidate];
            if (!beaten) {
                placed[candidate] = true;
                result << names[candidate];
                break;
            }
        }
    }
    return result;
}

std::optional<QStringList> rankingConsensus(const QList<QStringList> &votes)
{
    if (votes.isEmpty())
        return std::nullopt;
    QSet<QString> common;
    for (const QString &id : votes.first())
        common.insert(id.toLower());
    for (const QStringList &vote : votes) {
        QSet<QString> ids;
        for (const QString &id : vote)
            ids.insert(id.toLower());
        common.intersect(ids);
    }
    if (common.size() < 2)
        return std::nullopt;
    QList<QStringList> filtered;
    for (const QStringList &vote : votes) {
        QStringList kept;
        for (const QString &id : vote) {
            if (common.contains(id.toLower()))
                kept << id.toLower();
        }
        filtered << kept;
    }
    return rankedPairs(filtered);
}

std::optional<QList<std::optional<int>>> siblingRanks(const QStringList &children, const QList<QStringList> &votes)
{
    const std::optional<QStringList> consensus = rankingConsensus(votes);
    if (!consensus)
        return std::nullopt;
    QList<std::optional<int>> ranks;
    ranks.reserve(children.size());
    for (const QString &child : children) {
        const qsizetype position = consensus->indexOf(child);
        ranks << (position < 0 ? std::nullopt : std::optional<int>(int(position)));
    }
    return ranks;
}

} // namespace Arborist
