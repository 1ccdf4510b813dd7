#include "core/taskselection.h"

namespace Arborist {

QList<KindWeight> randomTaskWeights(const RandomAvailability &available)
{
    QList<KindWeight> weights;
    if (available.ranking)
        weights.append({TaskKind::Ranking, 10.0});
    if (available.labelReply)
        weights.append({TaskKind::LabelReply, 5.0});
    if (available.labelPrompt)
        weights.append({TaskKind::LabelPrompt, 5.0});
    if (available.reply)
        weights.append({TaskKind::Reply, 2.0});
    if (available.prompt)
        weights.append({TaskKind::Prompt, 0.01});
    return weights;
}

std::optional<TaskKind> drawTaskKind(const QList<KindWeight> &weights, double uniform)
{
    double total = 0.0;
    for (const KindWeight &w : weights)
        total += w.weight;
    if (total <= 1e-8)
        return std::nullopt;
    double cumulative = 0.0;
    const double target = uniform * total;
    for (const KindWeight &w : weights) {
        cumulative += w.weight;
        if (target < cumulative)
            return w.kind;
    }
    return weights.last().kind;
}

} // namespace Arborist
