#include "cli/cli.h"
#include "core/translations.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("arborist"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ARBORIST_VERSION));
    // Messages in the language of the system (LANGUAGE, LC_ALL, LC_MESSAGES, LANG); JSON output
    // is the same in every language.
    Arborist::installTranslations();
    QTextStream out(stdout);
    QTextStream err(stderr);
    QTextStream in(stdin);
    Arborist::Cli cli(QCoreApplication::arguments().mid(1), out, err, in);
    return cli.run();
}
