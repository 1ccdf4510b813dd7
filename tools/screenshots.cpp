// Takes the screenshots of docs/screenshots/ from the real window on a demo database:
//   arborist-screenshots --db sqlite:///tmp/demo.db --user anna --out docs/screenshots
// (scripts/screenshots.sh makes the demo database and runs it under the offscreen platform).
// With --lang de (or zh_CN), the window speaks that language and only two pictures are taken:
// a task page (20-main-window-de.png) and the lead's dashboard (22-dashboard-de.png).

#include "core/translations.h"
#include "engine/engine.h"
#include "models/rankingmodel.h"
#include "widgets/connectpage.h"
#include "widgets/dashboardpage.h"
#include "widgets/dashboardwindow.h"
#include "widgets/labeleditor.h"
#include "widgets/mainwindow.h"
#include "widgets/rankeditor.h"
#include "widgets/settingsdialog.h"
#include "widgets/treebrowser.h"
#include "models/treebrowsermodel.h"
#include "widgets/taskpage.h"
#include "widgets/writeeditor.h"

#include <QAction>
#include <QApplication>
#include <QTreeView>
#include <QCommandLineParser>
#include <QDir>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Arborist;

namespace {

bool save(QWidget *window, const QString &dir, const QString &name)
{
    QTest::qWait(300); // let layouts and text settle
    const QString path = QDir(dir).filePath(name + u".png"_s);
    const bool ok = window->grab().save(path);
    std::printf("%s %s\n", ok ? "wrote" : "FAILED", qPrintable(path));
    return ok;
}

// The names of a language's pictures: the main window, the lead's dashboard.
std::pair<QString, QString> localizedNames(const QString &language)
{
    if (language == "de"_L1)
        return {u"20-main-window-de"_s, u"22-dashboard-de"_s};
    if (language == "zh_CN"_L1)
        return {u"21-main-window-zh_CN"_s, u"23-dashboard-zh_CN"_s};
    return {u"main-window-"_s + language, u"dashboard-"_s + language};
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"arborist-screenshots"_s);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption db(u"db"_s, u"Demo database URL."_s, u"url"_s);
    const QCommandLineOption user(u"user"_s, u"Annotator to sign in as."_s, u"name"_s, u"anna"_s);
    const QCommandLineOption out(u"out"_s, u"Folder for the PNG files."_s, u"dir"_s, u"docs/screenshots"_s);
    const QCommandLineOption teamDb(u"team-db"_s,
                                    u"Database for the lead's dashboard, with a lead 'lena' (default: the demo database)."_s,
                                    u"url"_s);
    const QCommandLineOption lang(u"lang"_s,
                                  u"Take the pictures of this language (de, zh_CN) only: a task page and the lead's dashboard."_s,
                                  u"language"_s);
    parser.addOptions({db, user, out, teamDb, lang});
    parser.process(app);
    const QString dir = parser.value(out);
    QDir().mkpath(dir);
    // The language before any widget, as the application does; dates and numbers follow it, as
    // on a system in that language.
    const QString language = parser.value(lang);
    const bool localized = !language.isEmpty();
    if (localized) {
        if (Arborist::installTranslations(language) != language) {
            std::fprintf(stderr, "no translation for %s\n", qPrintable(language));
            return 1;
        }
        QLocale::setDefault(QLocale(language));
    }
    const auto [mainName, dashboardName] = localizedNames(language);

    MainWindow window;
    window.resize(1400, 860);
    window.taskPage()->setUndoDelay(100);
    window.connectPage()->preset(parser.value(db), parser.value(user));
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        return 1;
    int failures = 0;
    // Signs in as `who`; the first time, the connect page is photographed on the way.
    bool first = true;
    auto signIn = [&](const QString &who, const QString &url = {}) {
        window.findChild<QAction *>(u"signOutAction"_s)->trigger();
        window.connectPage()->preset(url.isEmpty() ? parser.value(db) : url, who);
        window.connectPage()->connectDatabase();
        if (!QTest::qWaitFor([&] { return window.findChild<QPushButton *>(u"signInButton"_s)->isEnabled(); }, 10000))
            return false;
        if (first && !localized) {
            failures += !save(&window, dir, u"01-connect"_s);
            first = false;
        }
        window.connectPage()->signIn();
        return QTest::qWaitFor([&] { return window.dashboardPage()->isVisible() && window.dashboardPage()->hasCounts(); },
                               10000);
    };
    if (!signIn(parser.value(user))) {
        std::fprintf(stderr, "could not open %s as %s\n", qPrintable(parser.value(db)), qPrintable(parser.value(user)));
        return 1;
    }
    DashboardPage *dashboard = window.dashboardPage();
    if (!localized)
        failures += !save(&window, dir, u"02-dashboard"_s);

    TaskPage *page = window.taskPage();
    struct Shot
    {
        TaskType type;
        QString name;
        QString text;
    };
    QList<Shot> shots = {
        {TaskType::InitialPrompt, u"03-initial-prompt"_s,
         u"What are some good ways to learn a new language as an adult with a full-time job?"_s},
        {TaskType::AssistantReply, u"04-assistant-reply"_s,
         u"Here are a few things that usually help:\n\n1. **Start small**: ten minutes a day beats two hours on Sunday."_s},
        {TaskType::PrompterReply, u"05-prompter-reply"_s, u"Thanks! Could you give an example for the second point?"_s},
        {TaskType::LabelAssistantReply, u"06-label-reply"_s, {}},
        {TaskType::LabelInitialPrompt, u"07-label-prompt"_s, {}},
        {TaskType::LabelPrompterReply, u"08-label-prompter-reply"_s, {}},
        {TaskType::RankAssistantReplies, u"09-rank"_s, {}},
        {TaskType::RankPrompterReplies, u"10-rank-prompter"_s, {}},
    };
    // In another language: the label page with the tree beside it, which shows the most of the
    // interface (the guidelines are in English only).
    if (localized)
        shots = {{TaskType::LabelAssistantReply, mainName, {}}};
    // The demo team in turn, until every page that has work somewhere is photographed.
    QStringList team = {parser.value(user)};
    for (const QString &other : {u"anna"_s, u"ben"_s, u"chen"_s, u"dora"_s, u"emil"_s, u"fay"_s}) {
        if (!team.contains(other))
            team << other;
    }
    for (const QString &who : std::as_const(team)) {
        if (shots.isEmpty())
            break;
        if (who != team.first() && !signIn(who))
            continue;
        for (qsizetype i = 0; i < shots.size();) {
            const Shot shot = shots[i];
            QToolButton *tile = dashboard->tile(shot.type);
            if (!tile->isEnabled()) {
                ++i;
                continue;
            }
            tile->click();
            if (!QTest::qWaitFor([&] { return page->currentTask().has_value(); }, 10000)) {
                const auto *message = window.findChild<QLabel *>(u"dashboardMessage"_s);
                std::printf("%s as %s: %s\n", qPrintable(shot.name), qPrintable(who),
                            message ? qPrintable(message->text()) : "no task came");
                ++i;
                continue;
            }
            if (!shot.text.isEmpty())
                window.findChild<QPlainTextEdit *>(u"answerEdit"_s)->setPlainText(shot.text);
            if (auto *labels = qobject_cast<LabelEditor *>(page->editor())) {
                if (LabelRow *spam = labels->row(u"spam"_s))
                    spam->setValue(0.0);
                if (LabelRow *quality = labels->row(u"quality"_s)) {
                    quality->setValue(0.75);
                    quality->setFocus();
                }
            }
            // A label page shows the task's tree beside it; the others their guidelines.
            if (auto *side = page->findChild<QTabWidget *>())
                side->setCurrentIndex(shot.type == TaskType::LabelAssistantReply ? 1 : 0);
            if (localized) // the tree's rows come from the database thread
                (void)QTest::qWaitFor([&] { return page->findChild<QTreeView *>(u"treeView"_s)->currentIndex().isValid(); }, 5000);
            failures += !save(&window, dir, shot.name);
            if (auto *rank = qobject_cast<RankEditor *>(page->editor())) {
                if (rank->model()->rowCount() >= 2) {
                    rank->view()->selectionModel()->select(rank->model()->index(0, 0), QItemSelectionModel::Select);
                    rank->view()->selectionModel()->select(rank->model()->index(1, 0), QItemSelectionModel::Select);
                    rank->toggleCompare();
                    failures += !save(&window, dir, shot.name + u"-compare"_s);
                }
            }
            // Leaving a page with typed text would ask first: the sample text goes.
            window.findChild<QPlainTextEdit *>(u"answerEdit"_s)->clear();
            window.findChild<QPushButton *>(u"backButton"_s)->click();
            if (!QTest::qWaitFor([&] { return dashboard->isVisible(); }, 5000))
                ++failures;
            shots.removeAt(i);
        }
    }
    for (const Shot &shot : std::as_const(shots))
        std::printf("no screenshot of %s: nobody in the demo team has such a task\n", qPrintable(shot.name));

    // The lead's tools, as lena (the demo's lead).
    if (!localized && signIn(u"lena"_s)) {
        window.findChild<QAction *>(u"browseAction"_s)->trigger();
        auto *browser = window.findChild<TreeBrowser *>();
        TreeBrowserModel *model = browser ? browser->model() : nullptr;
        if (model && QTest::qWaitFor([&] { return model->rowCount() > 0; }, 10000)) {
            // A tree with replies, opened at its first reply.
            for (int r = 0; r < model->rowCount(); ++r) {
                const QModelIndex tree = model->index(r, 0);
                if (tree.sibling(r, TreeBrowserModel::ColSize).data().toInt() < 4)
                    continue;
                browser->view()->expand(tree);
                if (!QTest::qWaitFor([&] { return model->rowCount(tree) > 0; }, 5000))
                    break;
                const QModelIndex prompt = model->index(0, 0, tree);
                browser->view()->expand(prompt);
                if (model->canFetchMore(prompt))
                    model->fetchMore(prompt);
                if (model->rowCount(prompt) > 0)
                    browser->view()->setCurrentIndex(model->index(0, 0, prompt));
                QTest::qWait(500); // the detail pane
                break;
            }
            failures += !save(browser, dir, u"11-browser"_s);
            browser->close();
        }
        window.findChild<QAction *>(u"settingsAction"_s)->trigger();
        if (auto *settings = window.findChild<SettingsDialog *>()) {
            QTest::qWait(500);
            failures += !save(settings, dir, u"12-settings"_s);
            settings->close();
        }
    }
    // The dashboard, at the size of a common desktop screen: its first tab, then the others. A
    // team's year of work shows more than the demo's afternoon, when the script made one.
    if (signIn(u"lena"_s, parser.value(teamDb))) {
        window.findChild<QAction *>(u"dashboardAction"_s)->trigger();
        if (auto *dashboard = window.findChild<DashboardWindow *>()) {
            dashboard->resize(1600, 1000);
            if (QTest::qWaitFor([&] { return !dashboard->isLoading() && dashboard->figures().has_value(); }, 20000)) {
                const QStringList names = localized ? QStringList{dashboardName}
                                                    : QStringList{u"13-dashboard"_s, u"14-dashboard-annotators"_s,
                                                                  u"15-dashboard-labels"_s, u"16-dashboard-agreement"_s};
                for (int tab = 0; tab < dashboard->tabs()->count() && tab < names.size(); ++tab) {
                    dashboard->tabs()->setCurrentIndex(tab);
                    failures += !save(dashboard, dir, names[tab]);
                }
            } else {
                std::printf("the dashboard did not load\n");
                ++failures;
            }
            dashboard->close();
        }
    }
    return failures == 0 ? 0 : 1;
}
