#pragma once

#include <QRandomGenerator>
#include <QString>

namespace Arborist {

// A version-4 UUID in lowercase canonical form (§10.12), drawn from `rng` (a seeded generator
// gives reproducible ids, e.g. for generated corpora).
QString newId(QRandomGenerator &rng);

} // namespace Arborist
