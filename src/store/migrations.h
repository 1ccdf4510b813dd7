#pragma once

#include <QString>
#include <QStringList>

namespace Arborist {

// The schema's migrations, in order: migration N (1-based) brings the schema to version N.
// Each is a list of statements with {{...}} dialect placeholders (see SqlDialect).
struct Migrations
{
    static int count();
    static QStringList statements(int version);
};

} // namespace Arborist
