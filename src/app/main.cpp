#include "core/translations.h"
#include "widgets/mainwindow.h"
#include "widgets/connectpage.h"
#include "widgets/dashboardpage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

// "arborist --version" answers before QApplication starts, so that it needs no display (a
// terminal over ssh, a package's smoke test). The options that take a value are declared as
// below, so that "--user -v" stays a user name; whatever this parser refuses goes on to the real
// one, which reports it.
bool printedVersionWithoutDisplay(int argc, char *argv[])
{
#ifdef Q_OS_WIN
    Q_UNUSED(argc)
    Q_UNUSED(argv)
    return false; // no console for a GUI program there: Qt's own parser shows a message box
#else
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption version = parser.addVersionOption();
    for (const QString &name : {u"db"_s, u"user"_s, u"lang"_s})
        parser.addOption(QCommandLineOption(name, QString(), u"value"_s));
    parser.addOption(QCommandLineOption(u"connect"_s));
    if (!parser.parse(arguments) || !parser.isSet(version))
        return false;
    std::printf("arborist %s\n", ARBORIST_VERSION);
    return true;
#endif
}

} // namespace

int main(int argc, char *argv[])
{
    if (printedVersionWithoutDisplay(argc, argv))
        return 0;
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"Arborist"_s);
    QCoreApplication::setApplicationName(u"arborist"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(ARBORIST_VERSION));
    QApplication::setApplicationDisplayName(u"Arborist"_s);
    // The id of the desktop entry and of the icon (packaging/linux, packaging/icons).
    QGuiApplication::setDesktopFileName(u"org.arborist.Arborist"_s);
    QIcon icon;
    for (const int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(u":/icons/%1x%1/apps/org.arborist.Arborist.png"_s.arg(size), QSize(size, size));
    QApplication::setWindowIcon(icon);

    // The language first: the command line's help is translated too. --lang wins over the
    // settings, which win over the system's.
    QString language = Arborist::chosenLanguage();
    for (int i = 1; i + 1 < argc; ++i) {
        if (qstrcmp(argv[i], "--lang") == 0)
            language = QString::fromLocal8Bit(argv[i + 1]);
    }
    for (int i = 1; i < argc; ++i) {
        if (qstrncmp(argv[i], "--lang=", 7) == 0)
            language = QString::fromLocal8Bit(argv[i] + 7);
    }
    Arborist::installTranslations(language);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Arborist: collect conversation trees for training chat models."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(u"db"_s, QCoreApplication::translate("main", "The database to open (a URL)."),
                                      u"url"_s);
    const QCommandLineOption userOption(u"user"_s, QCoreApplication::translate("main", "The user to sign in as."),
                                        u"name"_s);
    const QCommandLineOption connectOption(
        u"connect"_s, QCoreApplication::translate("main", "Connect at once (and sign in, with --user)."));
    const QCommandLineOption langOption(
        u"lang"_s, QCoreApplication::translate("main", "The language of the window (en, de, zh_CN) for this run."),
        u"language"_s);
    parser.addOptions({dbOption, userOption, connectOption, langOption});
    parser.process(app);

    Arborist::MainWindow window;
    window.connectPage()->preset(parser.value(dbOption), parser.value(userOption), parser.isSet(connectOption));
    window.show();
    if (parser.isSet(connectOption))
        window.connectPage()->connectDatabase();
    // For bench_workstation's cold-start figure: say when the dashboard first shows its counts,
    // and leave.
    if (qEnvironmentVariableIsSet("ARBORIST_EXIT_WHEN_READY")) {
        QObject::connect(window.dashboardPage(), &Arborist::DashboardPage::countsShown, &app, [] {
            std::fputs("ready\n", stdout);
            std::fflush(stdout);
            QCoreApplication::quit();
        });
    }
    return app.exec();
}
