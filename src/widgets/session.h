#pragma once

#include "core/types.h"

#include <QString>

namespace Arborist {

// Who works, where and in which language, once signed in.
struct Session
{
    QString databaseUrl;     // with any password: kept in memory only
    QString databaseDisplay; // without the password, for the window
    QString userName;
    QString lang = QStringLiteral("en");
    int messageSizeLimit = 2000;
    UserRole role = UserRole::Annotator; // what the window offers; the engine decides what is allowed
};

} // namespace Arborist
