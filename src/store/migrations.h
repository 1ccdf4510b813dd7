#pragma once

#include "store/databaseurl.h"

#include <QString>
#include <QStringList>

namespace Arborist {

// The schema's migrations, in order: migration N (1-based) brings the schema to version N.
// Each is a list of statements with {{...}} dialect placeholders (see SqlDialect).
struct Migrations
{
    static int count();
    // The statements of one migration; with a backend, only those for it: a statement whose
    // text holds a line "--@sqlite" or "--@postgresql" runs on that backend only.
    static QStringList statements(int version);
    static QStringList statements(int version, Backend backend);
    // Another built-in script in the same form (such as :/sql/server_roles.sql), for a backend.
    static QStringList script(const QString &resource, Backend backend);
};

} // namespace Arborist
