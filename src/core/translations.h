#pragma once

#include <QString>
#include <QStringList>

namespace Arborist {

// The languages the user interface speaks besides English, as locale names.
QStringList translatedLanguages();

// The language chosen in the application's settings (File > Language); empty: the system's.
QString chosenLanguage();
void setChosenLanguage(const QString &language);

// Installs the translators of Qt and of Arborist for `language` (a locale name such as "de" or
// "zh_CN"; empty: the system's preferred user-interface languages). English keeps its source
// texts and gets its plural forms ("1 tree"). Replaces translators installed by an earlier
// call. Returns the locale name in effect ("en" when no translation matched).
QString installTranslations(const QString &language = {});
// The locale name installTranslations() put in effect ("en" before any call).
QString currentLanguage();

} // namespace Arborist
