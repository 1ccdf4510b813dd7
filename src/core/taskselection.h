#pragma once

#include "core/types.h"

#include <QList>

#include <optional>

namespace Arborist {

// What is available for one user when a random task is drawn (WORKFLOW.md §3.5).
struct RandomAvailability
{
    bool ranking = false;     // query E non-empty
    bool labelReply = false;  // query D non-empty
    bool labelPrompt = false; // query C non-empty
    bool reply = false;       // missing replies > 0
    bool prompt = false;      // missing prompts > 0
};

struct KindWeight
{
    TaskKind kind;
    double weight;
};

// The weights of §3.5 for the available kinds: ranking 10, label reply 5, label prompt 5,
// reply 2, prompt 0.01; unavailable kinds are left out.
QList<KindWeight> randomTaskWeights(const RandomAvailability &available);

// Draws a kind with probability proportional to its weight; `uniform` is a number in [0, 1).
// nullopt when the weights sum to at most 1e-8.
std::optional<TaskKind> drawTaskKind(const QList<KindWeight> &weights, double uniform);

} // namespace Arborist
