#include "models/preview.h"

namespace Arborist {

QString oneLinePreview(const QString &text, qsizetype length)
{
    QString line = text.simplified();
    if (line.size() <= length)
        return line;
    qsizetype cut = length;
    if (line.at(cut - 1).isHighSurrogate())
        --cut;
    line.truncate(cut);
    line.append(QChar(0x2026)); // horizontal ellipsis
    return line;
}

} // namespace Arborist
