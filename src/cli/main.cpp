#include "cli/cli.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("arborist"));
    QCoreApplication::setApplicationVersion(QStringLiteral(ARBORIST_VERSION));
    QTextStream out(stdout);
    QTextStream err(stderr);
    QTextStream in(stdin);
    Arborist::Cli cli(QCoreApplication::arguments().mid(1), out, err, in);
    return cli.run();
}
