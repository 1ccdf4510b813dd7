#include "core/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Arborist {

QStringList translatedLanguages()
{
    return {u"de"_s, u"zh_CN"_s};
}

namespace {
constexpr auto kLanguageKey = "ui/language";
QString &languageInEffect()
{
    static QString language = QStringLiteral("en");
    return language;
}
} // namespace

QString currentLanguage()
{
    return languageInEffect();
}

QString chosenLanguage()
{
    return QSettings().value(QLatin1StringView(kLanguageKey)).toString();
}

void setChosenLanguage(const QString &language)
{
    QSettings settings;
    if (language.isEmpty())
        settings.remove(QLatin1StringView(kLanguageKey));
    else
        settings.setValue(QLatin1StringView(kLanguageKey), language);
}

QString installTranslations(const QString &language)
{
    static QPointer<QTranslator> ours;
    static QPointer<QTranslator> qts;
    for (QTranslator *old : {ours.data(), qts.data()}) {
        if (old) {
            QCoreApplication::removeTranslator(old);
            delete old;
        }
    }
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    // A language chosen by name brings its number and date formats along.
    if (!language.isEmpty())
        QLocale::setDefault(locale);

    auto *translator = new QTranslator(QCoreApplication::instance());
    QString inEffect = u"en"_s;
    // Tries each of the locale's user-interface languages in turn (de-AT, de, ...).
    if (translator->load(locale, u"arborist"_s, u"_"_s, u":/i18n"_s)) {
        const QString file = translator->filePath();
        inEffect = file.mid(file.lastIndexOf(u"arborist_"_s) + 9).chopped(3);
    } else if (!translator->load(u"arborist_en"_s, u":/i18n"_s)) {
        delete translator;
        translator = nullptr;
    }
    if (translator) {
        QCoreApplication::installTranslator(translator);
        ours = translator;
    }
    if (inEffect != "en"_L1) {
        auto *qt = new QTranslator(QCoreApplication::instance());
        if (qt->load(QLocale(inEffect), u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
            QCoreApplication::installTranslator(qt);
            qts = qt;
        } else {
            delete qt;
        }
    }
    languageInEffect() = inEffect;
    return inEffect;
}

} // namespace Arborist
