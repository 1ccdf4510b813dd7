// The window in German and in Simplified Chinese, screen by screen as people see it: the connect
// page, an annotator's dashboard and task pages (write a prompt, label a prompt, rank replies),
// the menus, and a lead's tools (the tree browser with a tree and a message in its detail pane,
// every tab of the dashboard, the workflow settings, the users, import and export). On each
// screen every visible text is collected: labels, buttons, group boxes, tabs, combo box items,
// placeholders, window titles, menu actions, text browsers, item views' headers and items,
// charts' axes and legends, tooltips. Then:
//  - untranslatedTexts: none of them is an English source text of translations/arborist_LANG.ts
//    whose translation differs from it, that is, a text still shown untranslated;
//  - englishWordsInChinese: in Chinese, none has an English word of four letters or more
//    beyond a short list of names, which catches text that never went through tr();
//  - layoutsFit: no label or button is clipped, no tab bar scrolls, and every window fits a
//    screen 1366 pixels wide;
//  - guidelines: the guidelines beside each task are shown in the window's language
//    (resources/guidelines/<language>/*.md), not in English.
// What the test itself wrote (user names, prompts, paths) is data, not interface, and is left
// out.
//
// One language per process, as in the application, which is translated once at start (some
// tables of texts, such as the labels' names, are translated when first used): ctest runs
// tst_translated_de and tst_translated_zh_CN with ARBORIST_TEST_LANGUAGE set (German without it),
// and the German process without englishWordsInChinese. ARBORIST_TEST_SHOW_TEXTS=1 prints
// every text collected, as the checks see it.

#include "core/translations.h"
#include "engine/engine.h"
#include "store/databaseurl.h"
#include "models/rankingmodel.h"
#include "models/roles.h"
#include "models/settingsmodel.h"
#include "models/treebrowsermodel.h"
#include "windowfixture.h"
#include "widgets/connectpage.h"
#include "widgets/dashboardpage.h"
#include "widgets/dashboardwindow.h"
#include "widgets/mainwindow.h"
#include "widgets/rankeditor.h"
#include "widgets/settingsdialog.h"
#include "widgets/taskpage.h"
#include "widgets/transferdialog.h"
#include "widgets/treebrowser.h"
#include "widgets/usersdialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QBarCategoryAxis>
#include <QCategoryAxis>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QFileInfo>
#include <QGroupBox>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QUrl>
#include <QXmlStreamReader>
#include <QtMath>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;
using namespace Arborist;
using namespace Arborist::Test;

namespace {

constexpr qint64 kHour = 60 * 60 * 1000;
constexpr qint64 kDay = 24 * kHour;
// The narrowest screen a window must fit (a common laptop).
constexpr int kScreenWidth = 1366;
// Stands for the test's own data in a text: no letter, so neither check sees it.
const QString kData = u"\u2042"_s;

// English words a Chinese interface keeps: product and technical names, key names, and the
// names of the languages in their own language (File > Language).
const QStringList &allowedWords()
{
    static const QStringList words = {
        u"Arborist"_s, u"SQLite"_s, u"PostgreSQL"_s, u"JSON"_s, u"JSONL"_s, u"jsonl"_s, u"Markdown"_s,
        u"Krippendorff"_s, u"Kendall"_s, u"Ctrl"_s, u"Shift"_s, u"English"_s, u"Deutsch"_s,
    };
    return words;
}
// Names of more than one word, and literal values, removed before the words are counted.
const QStringList &allowedPhrases()
{
    static const QStringList phrases = {u"Open-Assistant"_s, u"Hugging Face"_s, u"verify-full"_s,
                                        u"import:"_s /* the import's default origin, "import:<file name>" */};
    return phrases;
}
// Keys as printed on the keyboard: shortcuts ("Ctrl+Enter", "Ctrl+Up/Down") and key hints
// ("[Space]"); and commands to type, in backquotes ("`arborist-cli user add NAME`").
const QRegularExpression &typedAsIs()
{
    static const QRegularExpression keys(u"\\b(?:Ctrl|Shift|Alt)\\+[A-Za-z0-9+/]+|\\[[A-Za-z]+\\]|`[^`]*`"_s);
    return keys;
}

// The text as shown: HTML and Markdown rendered to plain text, whitespace as spaces and line
// breaks.
QString fromHtml(const QString &html)
{
    QTextDocument doc;
    doc.setHtml(html);
    return doc.toPlainText();
}

QString fromMarkdown(const QString &markdown)
{
    QTextDocument doc;
    doc.setMarkdown(markdown);
    return doc.toPlainText();
}

// As a rich-text label takes it: a known tag ("import:<file name>" has none), or an entity.
bool looksLikeHtml(const QString &text)
{
    static const QRegularExpression entity(u"&[a-zA-Z]+;|&#[0-9]+;"_s);
    return Qt::mightBeRichText(text) || entity.match(text).hasMatch();
}

// "&Connect" as shown: "Connect" ("&&" is a literal "&").
QString withoutMnemonic(QString text)
{
    static const QRegularExpression single(u"&(?!&)"_s);
    text.remove(single);
    return text.replace(u"&&"_s, u"&"_s);
}

QString collapsed(QString text)
{
    for (QChar c : {QChar(QChar::Nbsp), QChar(QChar::LineSeparator), QChar(QChar::ParagraphSeparator), QChar(u'\t')})
        text.replace(c, u' ');
    return text.simplified();
}

// The whole text and its parts: lines, and what double spaces, " · " and " — " separate (the
// window composes texts such as "1  Write a prompt\n3 waiting" from translated parts).
QStringList segments(const QString &text)
{
    static const QRegularExpression separators(u"\\n| {2,}| · | — "_s);
    QStringList out{collapsed(text)};
    for (const QString &part : text.split(separators, Qt::SkipEmptyParts)) {
        const QString c = collapsed(part);
        if (!c.isEmpty() && !out.contains(c))
            out << c;
    }
    return out;
}

bool hasWord(const QString &text)
{
    static const QRegularExpression word(u"\\p{L}{2,}"_s);
    return word.match(text).hasMatch();
}

// The source texts of a .ts file, each as a pattern of what it looks like on screen.
class Catalogue
{
public:
    struct Entry
    {
        QString source;        // as written in the code
        QStringList contexts;  // the tr() contexts that use it
        QRegularExpression pattern;
        QString literal;       // its longest literal part, lower case: a quick first test
        bool keptAsIs = false; // some context translates it as itself ("OK", "Dashboard")
        bool finished = true;  // every context has a finished translation
    };

    bool load(const QString &path, QString *error)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = file.errorString();
            return false;
        }
        QXmlStreamReader xml(&file);
        QString context, source;
        QStringList forms;
        bool unfinished = false, obsolete = false, inMessage = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement()) {
                const auto name = xml.name();
                if (name == "name"_L1 && !inMessage) {
                    context = xml.readElementText();
                } else if (name == "message"_L1) {
                    inMessage = true;
                    source.clear();
                    forms.clear();
                    unfinished = obsolete = false;
                } else if (name == "source"_L1) {
                    source = xml.readElementText();
                } else if (name == "translation"_L1) {
                    const auto type = xml.attributes().value(u"type"_s);
                    unfinished = type == "unfinished"_L1;
                    obsolete = type == "vanished"_L1 || type == "obsolete"_L1;
                    // Plural forms are <numerusform> children; a plain translation is text.
                    QString text;
                    while (!(xml.isEndElement() && xml.name() == "translation"_L1) && !xml.atEnd()) {
                        xml.readNext();
                        if (xml.isCharacters())
                            text += xml.text();
                        else if (xml.isStartElement() && xml.name() == "numerusform"_L1)
                            forms << xml.readElementText();
                    }
                    if (forms.isEmpty())
                        forms << text;
                }
            } else if (xml.isEndElement() && xml.name() == "message"_L1) {
                inMessage = false;
                if (!obsolete)
                    add(context, source, forms, unfinished);
            }
        }
        if (xml.hasError()) {
            *error = xml.errorString();
            return false;
        }
        return true;
    }

    qsizetype size() const { return m_entries.size(); }

    // The entry whose source `segment` is on screen, untranslated; nullptr if none.
    const Entry *untranslated(const QString &segment) const
    {
        if (!hasWord(segment))
            return nullptr;
        const QString lower = segment.toLower();
        for (const Entry &e : m_entries) {
            if (e.keptAsIs || !lower.contains(e.literal))
                continue;
            if (e.pattern.match(segment).hasMatch())
                return &e;
        }
        return nullptr;
    }

    // True if `segment` is some source text of the catalogue (translated or not).
    bool isSource(const QString &segment) const
    {
        const QString lower = segment.toLower();
        return std::any_of(m_entries.cbegin(), m_entries.cend(), [&](const Entry &e) {
            return lower.contains(e.literal) && e.pattern.match(segment).hasMatch();
        });
    }

private:
    void add(const QString &context, const QString &source, const QStringList &forms, bool unfinished)
    {
        const QString shown = collapsed(looksLikeHtml(source) ? fromHtml(source) : withoutMnemonic(source));
        static const QRegularExpression placeholder(u"%L?(?:[0-9]{1,2}|n)"_s);
        QStringList literals = shown.split(placeholder);
        QString bare = literals.join(QString());
        // Nothing but placeholders and punctuation ("%1 (%2)"): it would match any text.
        if (!hasWord(bare))
            return;
        const bool asItself = std::all_of(forms.cbegin(), forms.cend(), [&](const QString &f) {
            return !f.isEmpty() && collapsed(f).compare(collapsed(source), Qt::CaseInsensitive) == 0;
        });
        const bool done = !unfinished && std::none_of(forms.cbegin(), forms.cend(), [](const QString &f) { return f.isEmpty(); });
        for (Entry &e : m_entries) {
            if (e.source == shown) {
                if (!e.contexts.contains(context))
                    e.contexts << context;
                e.keptAsIs = e.keptAsIs || (asItself && done);
                e.finished = e.finished && done;
                return;
            }
        }
        Entry e;
        e.source = shown;
        e.contexts << context;
        QStringList escaped;
        for (const QString &l : literals)
            escaped << QRegularExpression::escape(l);
        e.pattern = QRegularExpression(QRegularExpression::anchoredPattern(escaped.join(u".*"_s)),
                                       QRegularExpression::CaseInsensitiveOption
                                           | QRegularExpression::DotMatchesEverythingOption);
        e.pattern.optimize();
        e.literal = *std::max_element(literals.cbegin(), literals.cend(),
                                      [](const QString &a, const QString &b) { return a.size() < b.size(); });
        e.literal = e.literal.toLower();
        e.keptAsIs = asItself && done;
        e.finished = done;
        m_entries << e;
    }

    QList<Entry> m_entries;
};

// A text seen on a screen.
struct Seen
{
    QString screen;
    QString where; // the widget (class#objectName in its nearest named ancestor) and what
    QString text;  // as shown, the test's data replaced by kData
};

QString className(const QObject *o)
{
    return QString::fromLatin1(o->metaObject()->className());
}

// "QPushButton#connectButton in Arborist::ConnectPage".
QString describe(const QWidget *w)
{
    auto name = [](const QObject *o) {
        const QString n = o->objectName();
        return n.isEmpty() || n.startsWith(u"qt_"_s) ? className(o) : className(o) + u'#' + n;
    };
    QString out = name(w);
    for (const QWidget *p = w->parentWidget(); p; p = p->parentWidget()) {
        const bool named = !p->objectName().isEmpty() && !p->objectName().startsWith(u"qt_"_s);
        if (named || className(p).startsWith(u"Arborist::"_s) || p->isWindow()) {
            out += u" in "_s + name(p);
            break;
        }
    }
    return out;
}

} // namespace

class tst_Translated : public QObject, public WindowFixture
{
    Q_OBJECT

    // What one walk through the screens saw.
    struct Walk
    {
        QString language;
        QList<Seen> texts;
        QStringList clipped;           // layout problems, one sentence each
        QStringList englishGuidelines; // guideline files shown as they are in English
        int guidelineViews = 0;        // times the guidelines were seen
        bool complete = false;         // every screen was reached
    };
    std::optional<Walk> m_walk;

    qint64 m_clock = 0;
    QStringList m_data; // the test's own texts: names, prompts, paths
    QString m_treeA, m_a1;

    // --- the test's data ---------------------------------------------------------------------

    void tick() { m_clock += 1000; }

    QString remember(const QString &text)
    {
        m_data << text;
        return text;
    }

    QString write(const QString &user, TaskType type, const QString &text)
    {
        tick();
        const Task task = m_engine->requestTask(user, type, u"en"_s);
        tick();
        return m_engine->submit(user, task.id, QJsonObject{{u"text"_s, remember(text)}}).messageId;
    }

    bool review(const QString &reviewer, TaskType type, const QString &messageId, double quality)
    {
        tick();
        const Task task = m_engine->requestTask(reviewer, type, u"en"_s);
        if (task.messageId != messageId) {
            qWarning("%s got a task for %s, expected %s", qPrintable(reviewer), qPrintable(task.messageId),
                     qPrintable(messageId));
            return false;
        }
        tick();
        m_engine->submit(reviewer, task.id,
                         QJsonObject{{u"labels"_s, QJsonObject{{u"spam"_s, 0.0}, {u"lang_mismatch"_s, 0.0},
                                                               {u"quality"_s, quality}}}});
        return true;
    }

    bool rank(const QString &user, const QStringList &order)
    {
        tick();
        const Task task = m_engine->requestTask(user, TaskType::RankAssistantReplies, u"en"_s);
        if (task.replies.size() != order.size())
            return false;
        tick();
        m_engine->submit(user, task.id,
                         QJsonObject{{u"ranking"_s, QJsonArray::fromStringList(order)}, {u"not_rankable"_s, false}});
        return true;
    }

    // A team (the admin zoe, the lead lena, the annotator anna and u1..u6) and its work, made
    // through the engine over the last days: tree A finished and ranked, tree C waiting for its
    // ranking (anna ranks it), tree B's prompt in review (anna labels it).
    void makeTeam()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_tdb = std::make_unique<TestDatabase>();
        m_db = m_tdb->connect();
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        m_clock = now - 3 * kDay;
        EngineOptions options;
        options.clock = [this] { return m_clock; };
        options.seed = 7;
        m_engine = std::make_unique<Engine>(*m_db, options);
        // Not "admin": a user called like a role would read as the role's untranslated name.
        m_engine->addUser(QString(), remember(u"zoe"_s), UserRole::Admin);
        m_engine->addUser(u"zoe"_s, remember(u"lena"_s), UserRole::Lead);
        m_engine->addUser(u"zoe"_s, remember(u"anna"_s), UserRole::Annotator);
        for (int i = 1; i <= 6; ++i)
            m_engine->addUser(u"zoe"_s, remember(u"u%1"_s.arg(i)), UserRole::Annotator);
        m_data << m_tdb->url() << QUrl(m_tdb->url()).path() << DatabaseUrl::defaultUrl()
               << QUrl(DatabaseUrl::defaultUrl()).path();
        for (const auto &[key, value] : {std::pair{u"goal_tree_size"_s, u"3"_s}, std::pair{u"max_tree_depth"_s, u"1"_s},
                                         std::pair{u"max_children_count"_s, u"2"_s}})
            m_engine->setSetting(u"zoe"_s, key, value);

        m_treeA = write(u"u1"_s, TaskType::InitialPrompt, u"What is a binary search tree?"_s);
        QVERIFY(review(u"u2"_s, TaskType::LabelInitialPrompt, m_treeA, 0.75));
        QVERIFY(review(u"u3"_s, TaskType::LabelInitialPrompt, m_treeA, 0.75));
        QVERIFY(review(u"u4"_s, TaskType::LabelInitialPrompt, m_treeA, 0.5));
        m_clock = now - 2 * kDay;
        m_a1 = write(u"u2"_s, TaskType::AssistantReply, u"A tree that keeps smaller keys on the left."_s);
        QVERIFY(review(u"u3"_s, TaskType::LabelAssistantReply, m_a1, 1.0));
        QVERIFY(review(u"u4"_s, TaskType::LabelAssistantReply, m_a1, 0.75));
        QVERIFY(review(u"u5"_s, TaskType::LabelAssistantReply, m_a1, 1.0));
        const QString a2 = write(u"u3"_s, TaskType::AssistantReply, u"A sorted binary tree."_s);
        QVERIFY(review(u"u4"_s, TaskType::LabelAssistantReply, a2, 0.25));
        QVERIFY(review(u"u5"_s, TaskType::LabelAssistantReply, a2, 0.5));
        QVERIFY(review(u"u6"_s, TaskType::LabelAssistantReply, a2, 0.25));
        QVERIFY(rank(u"u4"_s, {a2, m_a1}));
        QVERIFY(rank(u"u5"_s, {a2, m_a1}));
        QVERIFY(rank(u"u1"_s, {m_a1, a2}));
        QCOMPARE(toString(m_engine->treeState(m_treeA)), toString(TreeState::ReadyForExport));

        m_clock = now - kDay;
        const QString treeC = write(u"u6"_s, TaskType::InitialPrompt, u"How do I keep basil alive on a windowsill?"_s);
        QVERIFY(review(u"u1"_s, TaskType::LabelInitialPrompt, treeC, 1.0));
        QVERIFY(review(u"u2"_s, TaskType::LabelInitialPrompt, treeC, 0.75));
        QVERIFY(review(u"u3"_s, TaskType::LabelInitialPrompt, treeC, 0.75));
        const QString c1 = write(u"u4"_s, TaskType::AssistantReply, u"Six hours of sun, and water when the soil is dry."_s);
        QVERIFY(review(u"u5"_s, TaskType::LabelAssistantReply, c1, 0.75));
        QVERIFY(review(u"u6"_s, TaskType::LabelAssistantReply, c1, 0.75));
        QVERIFY(review(u"u1"_s, TaskType::LabelAssistantReply, c1, 1.0));
        const QString c2 = write(u"u5"_s, TaskType::AssistantReply, u"Pinch off the flowers."_s);
        QVERIFY(review(u"u6"_s, TaskType::LabelAssistantReply, c2, 0.5));
        QVERIFY(review(u"u1"_s, TaskType::LabelAssistantReply, c2, 0.25));
        QVERIFY(review(u"u2"_s, TaskType::LabelAssistantReply, c2, 0.5));
        QCOMPARE(toString(m_engine->treeState(treeC)), toString(TreeState::Ranking));

        m_clock = now - kHour;
        const QString treeB = write(u"u5"_s, TaskType::InitialPrompt, u"How do tides work?"_s);
        QVERIFY(review(u"u1"_s, TaskType::LabelInitialPrompt, treeB, 0.0));
        QCOMPARE(toString(m_engine->treeState(treeB)), toString(TreeState::InitialPromptReview));
    }

    // The text with the test's data replaced by kData; empty when it is nothing but data (a
    // message's preview is its text's beginning, cut with "…").
    QString withoutData(const QString &text) const
    {
        QString t = text;
        const QString stem = collapsed(t).chopped(collapsed(t).endsWith(QChar(0x2026)) ? 1 : 0).trimmed();
        if (!stem.isEmpty()) {
            for (const QString &d : m_data) {
                if (d == stem || (stem.size() >= 8 && d.contains(stem)))
                    return {};
            }
        }
        QStringList data = m_data;
        std::sort(data.begin(), data.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
        for (const QString &d : std::as_const(data)) {
            if (d.size() >= 6)
                t.replace(d, kData);
            else
                t.replace(QRegularExpression(u"\\b"_s + QRegularExpression::escape(d) + u"\\b"_s), kData);
        }
        // URLs and absolute paths (a database's, a file's) are data too.
        static const QRegularExpression path(u"[a-z]+://\\S*|(?<!\\S)/[^\\s/]+(?:/[^\\s/]+)+"_s);
        t.replace(path, kData);
        return t;
    }

    // --- collecting ----------------------------------------------------------------------------

    void see(const QString &screen, const QString &where, const QString &text)
    {
        const QString shown = withoutData(text);
        if (collapsed(shown).isEmpty() || !hasWord(shown))
            return;
        m_walk->texts.append({screen, where, shown});
    }

    void seeMenu(const QString &screen, const QString &path, const QList<QAction *> &actions)
    {
        for (QAction *a : actions) {
            if (a->isSeparator() || !a->isVisible())
                continue;
            const QString text = withoutMnemonic(a->text());
            const QString here = path.isEmpty() ? text : path + u" > "_s + text;
            see(screen, u"menu "_s + here, text);
            if (!a->toolTip().isEmpty() && a->toolTip() != a->text() && a->toolTip() != text)
                see(screen, u"menu "_s + here + u" (tooltip)"_s, a->toolTip());
            if (a->menu())
                seeMenu(screen, here, a->menu()->actions());
        }
    }

    void seeChart(const QString &screen, const QString &where, QChart *chart)
    {
        if (!chart->title().isEmpty())
            see(screen, where + u" title"_s, chart->title());
        if (chart->legend()->isVisible()) {
            for (QLegendMarker *m : chart->legend()->markers())
                see(screen, where + u" legend"_s, m->label());
        }
        for (QAbstractAxis *axis : chart->axes()) {
            if (!axis->isVisible())
                continue;
            if (axis->isTitleVisible() && !axis->titleText().isEmpty())
                see(screen, where + u" axis title"_s, axis->titleText());
            if (auto *bars = qobject_cast<QBarCategoryAxis *>(axis)) {
                for (const QString &c : bars->categories())
                    see(screen, where + u" axis"_s, c);
            } else if (auto *categories = qobject_cast<QCategoryAxis *>(axis)) {
                for (const QString &c : categories->categoriesLabels())
                    see(screen, where + u" axis"_s, c);
            }
        }
    }

    void seeItems(const QString &screen, const QString &where, QAbstractItemView *view)
    {
        QAbstractItemModel *model = view->model();
        if (!model)
            return;
        QHeaderView *header = nullptr;
        if (auto *tree = qobject_cast<QTreeView *>(view))
            header = tree->isHeaderHidden() ? nullptr : tree->header();
        else if (auto *table = qobject_cast<QTableView *>(view))
            header = table->horizontalHeader()->isVisible() ? table->horizontalHeader() : nullptr;
        auto *tree = qobject_cast<QTreeView *>(view);
        auto *table = qobject_cast<QTableView *>(view);
        auto hidden = [&](int column) {
            return (tree && tree->isColumnHidden(column)) || (table && table->isColumnHidden(column));
        };
        if (header) {
            for (int c = 0; c < model->columnCount(); ++c) {
                if (!hidden(c))
                    see(screen, where + u" header"_s, model->headerData(c, Qt::Horizontal).toString());
            }
        }
        // The workflow settings' keys and values are written as at the command line
        // ("goal_tree_size", "true", "spam,quality"): data, not words of the interface.
        const bool settings = view->objectName() == "settingsView"_L1;
        // Every row there is (a tree view's expanded ones), every shown column.
        std::function<void(const QModelIndex &)> rows = [&](const QModelIndex &parent) {
            for (int r = 0; r < model->rowCount(parent); ++r) {
                for (int c = 0; c < model->columnCount(parent); ++c) {
                    if (hidden(c))
                        continue;
                    const QModelIndex i = model->index(r, c, parent);
                    if (!settings || c == SettingsModel::ColDescription)
                        see(screen, where + u" item"_s, i.data(Qt::DisplayRole).toString());
                    see(screen, where + u" item tooltip"_s, i.data(Qt::ToolTipRole).toString());
                }
                const QModelIndex first = model->index(r, 0, parent);
                if (tree && tree->isExpanded(first))
                    rows(first);
            }
        };
        rows(QModelIndex());
    }

    // Every visible text of the window `top` (its own widgets, not other windows').
    void seeWindow(const QString &screen, QWidget *top)
    {
        QApplication::processEvents();
        if (!top->windowTitle().isEmpty())
            see(screen, describe(top) + u" window title"_s, top->windowTitle());
        QList<QWidget *> widgets = top->findChildren<QWidget *>();
        widgets.prepend(top);
        for (QWidget *w : std::as_const(widgets)) {
            if (w->window() != top || !w->isVisible())
                continue;
            const QString where = describe(w);
            if (!w->toolTip().isEmpty())
                see(screen, where + u" tooltip"_s, w->toolTip());
            if (w->contextMenuPolicy() == Qt::ActionsContextMenu)
                seeMenu(screen, where + u" context menu"_s, w->actions());
            if (auto *label = qobject_cast<QLabel *>(w)) {
                see(screen, where, labelText(label));
            } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
                see(screen, where, withoutMnemonic(button->text()));
                if (auto *tool = qobject_cast<QToolButton *>(w); tool && tool->menu())
                    seeMenu(screen, where + u" menu"_s, tool->menu()->actions());
            } else if (auto *group = qobject_cast<QGroupBox *>(w)) {
                see(screen, where, withoutMnemonic(group->title()));
            } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
                for (int i = 0; i < tabs->count(); ++i) {
                    see(screen, where + u" tab"_s, withoutMnemonic(tabs->tabText(i)));
                    see(screen, where + u" tab tooltip"_s, tabs->tabToolTip(i));
                }
            } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
                for (int i = 0; i < combo->count(); ++i)
                    see(screen, where + u" item"_s, combo->itemText(i));
            } else if (auto *line = qobject_cast<QLineEdit *>(w)) {
                see(screen, where + u" placeholder"_s, line->placeholderText());
            } else if (auto *plain = qobject_cast<QPlainTextEdit *>(w)) {
                see(screen, where + u" placeholder"_s, plain->placeholderText());
            } else if (auto *browser = qobject_cast<QTextBrowser *>(w)) {
                seeBrowser(screen, where, browser);
            } else if (auto *chart = qobject_cast<QChartView *>(w)) {
                seeChart(screen, where, chart->chart());
            } else if (auto *view = qobject_cast<QAbstractItemView *>(w); view && !qobject_cast<QHeaderView *>(w)) {
                seeItems(screen, where, view);
            }
        }
        if (auto *main = qobject_cast<QMainWindow *>(top))
            seeMenu(screen, QString(), main->menuBar()->actions());
        checkLayout(screen, top);
        // Again at the smallest size the window allows.
        const QSize size = top->size();
        top->resize(top->minimumSizeHint().expandedTo(top->minimumSize()));
        QApplication::processEvents();
        if (top->size() != size)
            checkLayout(screen + u" (smallest window)"_s, top);
        top->resize(size);
        QApplication::processEvents();
    }

    // Opens a modal dialog or a popup menu with `open` (which returns when it closes), sees
    // it, and closes it (rejects a dialog: nothing is chosen).
    void seeModal(const QString &screen, const std::function<void()> &open)
    {
        QTimer poll;
        poll.setInterval(20);
        int tries = 0;
        bool seen = false;
        connect(&poll, &QTimer::timeout, this, [&] {
            QWidget *modal = QApplication::activePopupWidget();
            if (!modal)
                modal = QApplication::activeModalWidget();
            if (!modal) {
                if (++tries > 250)
                    poll.stop();
                return;
            }
            poll.stop();
            seen = true;
            if (auto *menu = qobject_cast<QMenu *>(modal)) {
                seeMenu(screen, QString(), menu->actions());
                menu->close();
            } else {
                seeWindow(screen, modal);
                if (auto *dialog = qobject_cast<QDialog *>(modal))
                    dialog->reject();
                else
                    modal->close();
            }
        });
        poll.start();
        open();
        poll.stop();
        QVERIFY2(seen, qPrintable(u"nothing modal opened: "_s + screen));
    }

    static QString labelText(const QLabel *label)
    {
        const QString text = label->text();
        if (label->textFormat() == Qt::MarkdownText)
            return fromMarkdown(text);
        if (label->textFormat() == Qt::RichText || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(text)))
            return fromHtml(text);
        return label->buddy() ? withoutMnemonic(text) : text;
    }

    // A text browser's text; the guidelines are compared with their English files instead.
    void seeBrowser(const QString &screen, const QString &where, QTextBrowser *browser)
    {
        const QString text = browser->toPlainText();
        if (browser->objectName() == "guidelinesView"_L1) {
            ++m_walk->guidelineViews;
            for (const QString &name : {u"initial_prompt"_s, u"assistant_reply"_s, u"prompter_reply"_s, u"label"_s, u"rank"_s}) {
                QFile file(u":/guidelines/"_s + name + u".md"_s);
                if (file.open(QIODevice::ReadOnly) && fromMarkdown(QString::fromUtf8(file.readAll())) == text) {
                    if (!m_walk->englishGuidelines.contains(name + u".md"_s))
                        m_walk->englishGuidelines << name + u".md"_s;
                    return;
                }
            }
        }
        see(screen, where, text);
    }

    // --- layouts ---------------------------------------------------------------------------------

    void clipped(const QString &screen, const QWidget *w, const QString &text, int needed, int has)
    {
        const QString line = u"%1 | %2 | \"%3\" needs %4 px, has %5"_s.arg(screen, describe(w), collapsed(text))
                                 .arg(needed)
                                 .arg(has);
        if (!m_walk->clipped.contains(line))
            m_walk->clipped << line;
    }

    void checkLayout(const QString &screen, QWidget *top)
    {
        const int minimum = top->minimumSizeHint().width();
        if (minimum > kScreenWidth)
            clipped(screen, top, top->windowTitle() + u" (the whole window)"_s, minimum, kScreenWidth);
        QList<QWidget *> widgets = top->findChildren<QWidget *>();
        for (QWidget *w : std::as_const(widgets)) {
            if (w->window() != top || !w->isVisible() || w->objectName().startsWith(u"qt_"_s))
                continue;
            if (auto *button = qobject_cast<QAbstractButton *>(w)) {
                if (!button->text().isEmpty() && button->sizeHint().width() > button->width() + 1)
                    clipped(screen, w, withoutMnemonic(button->text()), button->sizeHint().width(), button->width());
            } else if (auto *label = qobject_cast<QLabel *>(w)) {
                if (label->wordWrap() || label->text().isEmpty())
                    continue;
                const QString text = labelText(label);
                int needed = 0;
                if (label->textFormat() == Qt::RichText || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()))) {
                    QTextDocument doc;
                    doc.setDefaultFont(label->font());
                    doc.setDocumentMargin(0);
                    doc.setHtml(label->text());
                    needed = qCeil(doc.idealWidth());
                } else {
                    for (const QString &line : text.split(u'\n'))
                        needed = std::max(needed, label->fontMetrics().horizontalAdvance(line));
                }
                const int has = label->contentsRect().width() - 2 * label->margin() - std::max(label->indent(), 0);
                if (needed > has + 1)
                    clipped(screen, w, text, needed, has);
            } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
                if (tabs->sizeHint().width() > tabs->width() + 1) {
                    QStringList texts;
                    for (int i = 0; i < tabs->count(); ++i)
                        texts << withoutMnemonic(tabs->tabText(i));
                    clipped(screen, w, texts.join(u" | "_s), tabs->sizeHint().width(), tabs->width());
                }
            }
        }
    }

    // --- the screens -----------------------------------------------------------------------------

    TaskPage *page() const { return m_window->taskPage(); }
    DashboardPage *dashboard() const { return m_window->dashboardPage(); }

    bool signIn(const QString &user)
    {
        m_window->findChild<QAction *>(u"signOutAction"_s)->trigger();
        m_window->connectPage()->preset(m_tdb->url(), user, true);
        m_window->connectPage()->connectDatabase();
        return QTest::qWaitFor([&] { return dashboard()->isVisible() && dashboard()->hasCounts(); }, 10000);
    }

    bool choose(TaskType type)
    {
        QToolButton *tile = dashboard()->tile(type);
        if (!QTest::qWaitFor([&] { return tile->isEnabled(); }, 5000))
            return false;
        tile->click();
        return QTest::qWaitFor([&] { return page()->isVisible() && page()->currentTask().has_value(); }, 10000)
            && page()->currentTask()->type == type;
    }

    bool backToDashboard()
    {
        m_window->findChild<QPushButton *>(u"backButton"_s)->click();
        return QTest::qWaitFor([&] { return dashboard()->isVisible(); }, 5000);
    }

    template<typename Tool>
    Tool *openTool(const QString &action)
    {
        m_window->findChild<QAction *>(action)->trigger();
        Tool *tool = m_window->findChild<Tool *>();
        if (tool && !QTest::qWaitForWindowExposed(tool))
            return nullptr;
        return tool;
    }

    // The page's side tabs: 0 the guidelines, 1 the task's tree.
    void showSide(int tab)
    {
        auto *side = page()->findChild<QTabWidget *>();
        QVERIFY(side);
        side->setCurrentIndex(tab);
        QApplication::processEvents();
    }

    void annotatorScreens()
    {
        // The connect page, with each kind of database's details.
        QVERIFY(openWindow());
        page()->setUndoDelay(60 * 1000); // the undo bar stays until the test is done with it
        seeWindow(u"connect page"_s, m_window.get());
        for (const QString &radio : {u"fileRadio"_s, u"serverRadio"_s, u"embeddedRadio"_s}) {
            m_window->findChild<QRadioButton *>(radio)->setChecked(true);
            seeWindow(u"connect page (%1)"_s.arg(radio), m_window.get());
        }
        // What the page says when connecting fails: no file given, a file that is not there.
        auto *message = m_window->findChild<QLabel *>(u"connectMessage"_s);
        m_window->findChild<QRadioButton *>(u"fileRadio"_s)->setChecked(true);
        m_window->connectPage()->connectDatabase();
        QVERIFY(message->isVisible());
        seeWindow(u"connect page, no file chosen"_s, m_window.get());
        const QString missing = remember(QFileInfo(QUrl(m_tdb->url()).path()).dir().filePath(u"missing.db"_s));
        m_data << u"sqlite://"_s + missing;
        m_window->findChild<QLineEdit *>(u"pathEdit"_s)->setText(missing);
        const QString before = message->text();
        m_window->connectPage()->connectDatabase();
        QTRY_VERIFY(message->text() != before && m_window->findChild<QPushButton *>(u"connectButton"_s)->isEnabled());
        seeWindow(u"connect page, no such file"_s, m_window.get());
        m_window->findChild<QRadioButton *>(u"embeddedRadio"_s)->setChecked(true);
        m_window->connectPage()->preset(m_tdb->url(), u"anna"_s);
        m_window->connectPage()->connectDatabase();
        QTRY_VERIFY(m_window->findChild<QPushButton *>(u"signInButton"_s)->isEnabled());
        seeWindow(u"connect page, connected"_s, m_window.get());

        // The annotator's dashboard, and the menus.
        m_window->connectPage()->signIn();
        QTRY_VERIFY(dashboard()->isVisible() && dashboard()->hasCounts());
        seeWindow(u"annotator's dashboard"_s, m_window.get());
        // File > Language says when the choice takes effect (the choice is undone after).
        QAction *english = nullptr;
        for (QAction *a : m_window->findChild<QMenu *>(u"languageMenu"_s)->actions()) {
            if (a->data().toString() == "en"_L1)
                english = a;
        }
        QVERIFY(english);
        seeModal(u"File > Language"_s, [english] { english->trigger(); });
        setChosenLanguage(QString());

        // Write a prompt: the page, then the undo bar after submitting.
        QVERIFY(choose(TaskType::InitialPrompt));
        seeWindow(u"task: write a prompt"_s, m_window.get());
        auto *edit = m_window->findChild<QPlainTextEdit *>(u"answerEdit"_s);
        seeModal(u"task: skip reasons"_s, [this] { m_window->findChild<QPushButton *>(u"skipButton"_s)->click(); });
        edit->setPlainText(remember(u"Which houseplants survive a dark room?"_s));
        seeWindow(u"task: write a prompt, typed"_s, m_window.get());
        // Leaving with typed text asks first (no: the text stays).
        seeModal(u"task: leave with typed text"_s, [this] { m_window->findChild<QPushButton *>(u"backButton"_s)->click(); });
        QVERIFY(page()->isVisible());
        m_window->findChild<QPushButton *>(u"submitButton"_s)->click();
        QTRY_VERIFY(m_window->findChild<QWidget *>(u"undoBar"_s)->isVisible());
        QTRY_VERIFY(page()->currentTask().has_value()); // the next prompt to write
        seeWindow(u"task: submitted, undo bar"_s, m_window.get());
        QVERIFY(backToDashboard()); // sends the submission

        // Label a prompt: the labels, the conversation, and the tree beside them.
        QVERIFY(choose(TaskType::LabelInitialPrompt));
        seeWindow(u"task: label a prompt"_s, m_window.get());
        showSide(1);
        auto *tree = page()->findChild<QTreeView *>(u"treeView"_s);
        QTRY_VERIFY(tree->currentIndex().isValid());
        seeWindow(u"task: label a prompt, its tree"_s, m_window.get());
        showSide(0);
        // A required label left unanswered: the page says which.
        m_window->findChild<QPushButton *>(u"submitButton"_s)->click();
        QTRY_VERIFY(m_window->findChild<QLabel *>(u"messageBanner"_s)->isVisible());
        seeWindow(u"task: label a prompt, a label missing"_s, m_window.get());
        QVERIFY(backToDashboard());

        // Rank replies: the list and one reply, then two side by side.
        QVERIFY(choose(TaskType::RankAssistantReplies));
        seeWindow(u"task: rank replies"_s, m_window.get());
        auto *rank = qobject_cast<RankEditor *>(page()->editor());
        QVERIFY(rank);
        rank->view()->selectionModel()->select(rank->model()->index(0, 0), QItemSelectionModel::Select);
        rank->view()->selectionModel()->select(rank->model()->index(1, 0), QItemSelectionModel::Select);
        rank->toggleCompare();
        seeWindow(u"task: rank replies, compared"_s, m_window.get());
        showSide(1);
        QTRY_VERIFY(page()->findChild<QTreeView *>(u"treeView"_s)->currentIndex().isValid());
        seeWindow(u"task: rank replies, its tree"_s, m_window.get());
        showSide(0);
        QVERIFY(backToDashboard());
        QTRY_VERIFY(dashboard()->hasCounts());
        seeWindow(u"annotator's dashboard, after work"_s, m_window.get());
    }

    void leadScreens()
    {
        QVERIFY(signIn(u"lena"_s));
        seeWindow(u"lead's dashboard page and menus"_s, m_window.get());

        // The tree browser: a tree, then a reply with its labels and rankings.
        auto *browser = openTool<TreeBrowser>(u"browseAction"_s);
        QVERIFY(browser);
        TreeBrowserModel *model = browser->model();
        QTRY_VERIFY(model->indexOfTree(m_treeA).isValid());
        QSignalSpy detail(browser, &TreeBrowser::detailShown);
        const QModelIndex tree = model->indexOfTree(m_treeA);
        browser->view()->setCurrentIndex(tree);
        QTRY_VERIFY(detail.count() >= 1);
        seeWindow(u"tree browser, a tree"_s, browser);
        browser->view()->expand(tree);
        QTRY_VERIFY(model->rowCount(tree) > 0);
        const QModelIndex prompt = model->index(0, 0, tree);
        browser->view()->expand(prompt);
        if (model->canFetchMore(prompt))
            model->fetchMore(prompt);
        QTRY_VERIFY(model->rowCount(prompt) > 0);
        QModelIndex reply;
        for (int r = 0; r < model->rowCount(prompt); ++r) {
            if (model->index(r, 0, prompt).data(MessageIdRole).toString() == m_a1)
                reply = model->index(r, 0, prompt);
        }
        QVERIFY(reply.isValid());
        detail.clear();
        browser->view()->setCurrentIndex(reply);
        QTRY_VERIFY(detail.count() >= 1);
        seeWindow(u"tree browser, a reply"_s, browser);
        // A moderator's action asks for a reason (cancelled here), and goes into the tree's history.
        browser->view()->setCurrentIndex(tree);
        QPushButton *haltButton = nullptr;
        for (QPushButton *b : browser->findChildren<QPushButton *>()) {
            if (b->text() == TreeBrowser::tr("&Halt tree…"))
                haltButton = b;
        }
        QVERIFY(haltButton);
        seeModal(u"tree browser, the reason asked"_s, [haltButton] { haltButton->click(); });
        QSignalSpy moderated(browser, &TreeBrowser::moderated);
        browser->haltSelected(remember(u"A test of the history."_s));
        QTRY_COMPARE(moderated.count(), 1);
        QVERIFY2(moderated.first().at(0).toBool(), qPrintable(moderated.first().at(1).toString()));
        QTRY_VERIFY(browser->detail()->toPlainText().contains(u"A test of the history."_s));
        seeWindow(u"tree browser, a halted tree"_s, browser);
        browser->close();

        // The dashboard, tab by tab, and the browser it opens on a figure's trees.
        auto *board = openTool<DashboardWindow>(u"dashboardAction"_s);
        QVERIFY(board);
        QTRY_VERIFY_WITH_TIMEOUT(!board->isLoading() && board->figures().has_value(), 15000);
        for (int tab = 0; tab < board->tabs()->count(); ++tab) {
            board->tabs()->setCurrentIndex(tab);
            seeWindow(u"dashboard: %1"_s.arg(withoutMnemonic(board->tabs()->tabText(tab))), board);
        }
        TreeBrowser *filtered = board->clickThrough(DashboardWindow::Chart::TreesByState, 0, 1);
        QVERIFY(filtered);
        QVERIFY(QTest::qWaitForWindowExposed(filtered));
        QTRY_VERIFY(filtered->model()->rowCount() > 0);
        seeWindow(u"tree browser, from the dashboard"_s, filtered);
        filtered->close();
        board->close();

        auto *settings = openTool<SettingsDialog>(u"settingsAction"_s);
        QVERIFY(settings);
        QTest::qWait(300); // the stored values (the rows are there from the start)
        seeWindow(u"workflow settings"_s, settings);
        settings->close();

        auto *users = openTool<UsersDialog>(u"usersAction"_s);
        QVERIFY(users);
        auto *usersView = users->findChild<QTableView *>(u"usersView"_s);
        QTRY_VERIFY(usersView->model()->rowCount() > 0);
        usersView->setCurrentIndex(usersView->model()->index(0, 0));
        seeWindow(u"users"_s, users);
        users->close();

        for (const QString &action : {u"importAction"_s, u"exportAction"_s}) {
            auto *transfer = openTool<TransferDialog>(action);
            QVERIFY(transfer);
            seeWindow(action == "importAction"_L1 ? u"import"_s : u"export"_s, transfer);
            transfer->close();
            delete transfer;
        }
    }

    // Walks through every screen once per process, in the language of the current data row.
    void walk()
    {
        QFETCH(QString, language);
        if (m_walk && m_walk->language == language)
            return;
        // Before any widget: the application installs its translators first thing too. A
        // system in that language formats dates and numbers in it as well.
        QCOMPARE(installTranslations(language), language);
        QLocale::setDefault(QLocale(language));
        m_walk = Walk{language, {}, {}, {}, false};
        makeTeam();
        if (QTest::currentTestFailed())
            return;
        annotatorScreens();
        if (QTest::currentTestFailed())
            return;
        leadScreens();
        m_walk->complete = !QTest::currentTestFailed();
        // ARBORIST_TEST_SHOW_TEXTS=1: every text seen, to see what the checks see.
        if (qEnvironmentVariableIntValue("ARBORIST_TEST_SHOW_TEXTS")) {
            for (const Seen &seen : std::as_const(m_walk->texts))
                qInfo().noquote() << seen.screen << u"|"_s << seen.where << u"|"_s << collapsed(seen.text);
        }
    }

    // The walk in this row's language, done; false (it failed) if not.
    bool walked()
    {
        walk();
        QFETCH(QString, language);
        if (!m_walk || m_walk->language != language)
            return false;
        if (!m_walk->complete && !QTest::currentTestFailed())
            QTest::qFail("the walk through the screens stopped early (see the first failure)", __FILE__, __LINE__);
        return m_walk->complete;
    }

    // The language of this process: the window is translated once, at start, so each language
    // runs in a process of its own (ARBORIST_TEST_LANGUAGE; German when unset). CTest runs
    // englishWordsInChinese in the Chinese process only.
    static QString processLanguage()
    {
        const QString language = qEnvironmentVariable("ARBORIST_TEST_LANGUAGE");
        return language.isEmpty() ? u"de"_s : language;
    }

    void languages(const QStringList &wanted)
    {
        QTest::addColumn<QString>("language");
        if (wanted.contains(processLanguage()))
            QTest::newRow(qPrintable(processLanguage())) << processLanguage();
    }

    Catalogue catalogue()
    {
        QFETCH(QString, language);
        Catalogue c;
        QString error;
        const QString path = QStringLiteral(ARBORIST_TS_DIR) + u"/arborist_"_s + language + u".ts"_s;
        if (!c.load(path, &error))
            qWarning("%s: %s", qPrintable(path), qPrintable(error));
        return c;
    }

    // One line a text, the same text seen again counted instead of repeated.
    static QStringList report(const QList<std::pair<Seen, QString>> &found)
    {
        QStringList lines;
        QHash<QString, int> again;
        QStringList order;
        QHash<QString, std::pair<Seen, QString>> first;
        for (const auto &f : found) {
            const QString key = f.first.text + u'\x1f' + f.second;
            if (!first.contains(key)) {
                first.insert(key, f);
                order << key;
            } else {
                again[key] += 1;
            }
        }
        for (const QString &key : std::as_const(order)) {
            const auto &[seen, why] = first.value(key);
            QString line = u"%1 | %2 | \"%3\" %4"_s.arg(seen.screen, seen.where, collapsed(seen.text), why);
            if (again.value(key) > 0)
                line += u" (and %1 more)"_s.arg(again.value(key));
            lines << line;
        }
        return lines;
    }

    static void print(const QString &title, const QStringList &lines)
    {
        qInfo().noquote() << title;
        for (const QString &line : lines)
            qInfo().noquote() << u"  "_s + line;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
    }

    void cleanupTestCase()
    {
        closeAll();
    }

    void untranslatedTexts_data() { languages({u"de"_s, u"zh_CN"_s}); }

    // No visible text is an English source whose translation differs from it.
    void untranslatedTexts()
    {
        if (!walked())
            return;
        QFETCH(QString, language);
        const Catalogue texts = catalogue();
        QVERIFY(texts.size() > 0);
        QList<std::pair<Seen, QString>> found;
        for (const Seen &seen : std::as_const(m_walk->texts)) {
            for (const QString &segment : segments(seen.text)) {
                if (const Catalogue::Entry *e = texts.untranslated(segment)) {
                    found.append({seen, u"= \"%1\" (%2; %3)"_s.arg(e->source, e->contexts.join(u", "_s),
                                                                   e->finished ? u"translated in the .ts file, yet shown in "
                                                                                 "English: rebuild, or see where tr() runs"_s
                                                                               : u"not translated yet"_s)});
                    break;
                }
            }
        }
        const QStringList lines = report(found);
        if (!lines.isEmpty())
            print(u"%1 visible texts are untranslated in translations/arborist_%2.ts "
                  "(screen | widget | text = source (context)):"_s.arg(lines.size()).arg(language),
                  lines);
        QVERIFY2(lines.isEmpty(), qPrintable(u"%1 untranslated texts in %2, listed above; first: %3"_s.arg(lines.size())
                                                 .arg(language, lines.value(0))));
    }

    void englishWordsInChinese_data() { languages({u"zh_CN"_s}); }

    // No visible Chinese text has an English word of four letters or more, beyond names.
    void englishWordsInChinese()
    {
        if (!walked())
            return;
        const Catalogue texts = catalogue();
        static const QRegularExpression word(u"[A-Za-z]{4,}"_s);
        QList<std::pair<Seen, QString>> found;
        for (const Seen &seen : std::as_const(m_walk->texts)) {
            QString text = seen.text;
            for (const QString &phrase : allowedPhrases())
                text.replace(phrase, kData);
            text.replace(typedAsIs(), kData);
            QStringList words;
            for (auto it = word.globalMatch(text); it.hasNext();) {
                const QString w = it.next().captured();
                if (!allowedWords().contains(w) && !words.contains(w))
                    words << w;
            }
            if (words.isEmpty())
                continue;
            bool fromTs = false;
            for (const QString &segment : segments(seen.text))
                fromTs = fromTs || texts.isSource(segment);
            found.append({seen, u"[%1]%2"_s.arg(words.join(u", "_s),
                                                fromTs ? QString() : u" not in the .ts file: never went through tr()?"_s)});
        }
        const QStringList lines = report(found);
        if (!lines.isEmpty())
            print(u"%1 visible texts have English words (screen | widget | text [words]):"_s.arg(lines.size()), lines);
        QVERIFY2(lines.isEmpty(), qPrintable(u"%1 texts with English words, listed above; first: %2"_s.arg(lines.size())
                                                 .arg(lines.value(0))));
    }

    void layoutsFit_data() { languages({u"de"_s, u"zh_CN"_s}); }

    // No label or button clipped, no tab bar scrolled, every window fits a laptop's screen.
    void layoutsFit()
    {
        if (!walked())
            return;
        QFETCH(QString, language);
        if (!m_walk->clipped.isEmpty())
            print(u"%1 texts do not fit in %2 (screen | widget | text needs, has):"_s.arg(m_walk->clipped.size())
                      .arg(language),
                  m_walk->clipped);
        QVERIFY2(m_walk->clipped.isEmpty(), qPrintable(u"%1 texts do not fit, listed above; first: %2"_s
                                                           .arg(m_walk->clipped.size())
                                                           .arg(m_walk->clipped.value(0))));
    }

    void guidelines_data() { languages({u"de"_s, u"zh_CN"_s}); }

    // The guidelines beside each task are translated Markdown files.
    void guidelines()
    {
        if (!walked())
            return;
        QVERIFY(m_walk->guidelineViews > 0);
        QVERIFY2(m_walk->englishGuidelines.isEmpty(),
                 qPrintable(u"shown in English: "_s + m_walk->englishGuidelines.join(u", "_s)));
    }
};

QTEST_MAIN(tst_Translated)
#include "tst_translated.moc"
