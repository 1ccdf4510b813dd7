#include "core/ids.h"

#include <QUuid>

namespace Arborist {

QString newId(QRandomGenerator &rng)
{
    quint32 words[4];
    rng.fillRange(words, 4);
    QByteArray bytes(reinterpret_cast<const char *>(words), 16);
    bytes[6] = char((bytes[6] & 0x0f) | 0x40); // version 4
    bytes[8] = char((bytes[8] & 0x3f) | 0x80); // RFC 4122 variant
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}

} // namespace Arborist
