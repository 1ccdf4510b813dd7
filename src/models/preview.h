#pragma once

#include <QString>

namespace Arborist {

// A message as one line for lists and tree rows: every run of whitespace (newlines included)
// folded into one space, so that a reply opening with a code block still shows words, and cut
// at `length` characters with an ellipsis, never inside a surrogate pair (an emoji).
QString oneLinePreview(const QString &text, qsizetype length = 200);

} // namespace Arborist
