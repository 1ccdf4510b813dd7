#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Arborist {

// Ranked pairs (Tideman) exactly as Open-Assistant computes it (WORKFLOW.md §5.5): ids compared
// as UUIDs (the lowercase canonical strings' order), margins as raw vote differences, zero
// margins listed in both directions, a stable sort by margin, lock-in unless a cycle forms.
// Every vote must order the same set of ids, best first. Returns the consensus, best first.
QStringList rankedPairs(const QList<QStringList> &votes);

// The caller's side of §5.5 step 1: intersect the votes' id sets, filter each vote to the
// common ids (keeping its order) and run rankedPairs. nullopt when fewer than two ids are
// common to every vote (then no rank changes).
std::optional<QStringList> rankingConsensus(const QList<QStringList> &votes);

// §5.6 for one sibling group: the rank of each of `children` under the consensus of the group's
// rankings (0 = best), nullopt for a child outside the consensus. std::nullopt when there is no
// consensus (see rankingConsensus): then no rank changes.
std::optional<QList<std::optional<int>>> siblingRanks(const QStringList &children, const QList<QStringList> &votes);

} // namespace Arborist
