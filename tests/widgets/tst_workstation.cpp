// The annotator's workstation end to end: real widgets under the offscreen platform, a real
// database, the engine on its worker thread. Each task type is done by keyboard, and what the
// engine stored is checked through a connection of the test's own.

#include "engine/engine.h"
#include "store/databaseurl.h"
#include "models/rankingmodel.h"
#include "models/roles.h"
#include "windowfixture.h"
#include "widgets/connectpage.h"
#include "widgets/dashboardpage.h"
#include "widgets/labeleditor.h"
#include "widgets/mainwindow.h"
#include "widgets/rankeditor.h"
#include "widgets/taskpage.h"
#include "widgets/writeeditor.h"

#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSettings>
#include <QMessageBox>
#include <QTimer>
#include <QPlainTextEdit>
#include <QSet>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace Qt::StringLiterals;
using namespace Arborist;
using namespace Arborist::Test;

namespace {

// Every message of a tree object, depth first.
void collect(const QJsonObject &message, QList<QJsonObject> &out)
{
    out << message;
    for (const QJsonValue &r : message.value(u"replies"_s).toArray())
        collect(r.toObject(), out);
}

QList<QJsonObject> messagesOf(const QJsonObject &tree)
{
    QList<QJsonObject> out;
    collect(tree.value(u"prompt"_s).toObject(), out);
    return out;
}

} // namespace

class tst_Workstation : public QObject, public WindowFixture
{
    Q_OBJECT


    TaskPage *page() const { return m_window->taskPage(); }
    DashboardPage *dashboard() const { return m_window->dashboardPage(); }

    // Signs in through the connect page.
    void signIn(const QString &user)
    {
        QAction *signOut = m_window->findChild<QAction *>(u"signOutAction"_s);
        signOut->trigger();
        m_window->connectPage()->preset(m_tdb->url(), user);
        m_window->connectPage()->connectDatabase();
        auto *signInButton = m_window->findChild<QPushButton *>(u"signInButton"_s);
        QTRY_VERIFY(signInButton->isEnabled());
        auto *who = m_window->findChild<QComboBox *>(u"userBox"_s);
        QCOMPARE(who->currentData().toString(), user);
        QTRY_VERIFY(who->hasFocus());
        QTest::keyClick(who, Qt::Key_Return); // Enter signs in
        QTRY_VERIFY(dashboard()->isVisible());
        QTRY_VERIFY(dashboard()->hasCounts());
    }

    // Chooses a task type on the dashboard with its digit, and waits for the task.
    void choose(TaskType type)
    {
        const int digit = int(allTaskTypes().indexOf(type)) + 1;
        QTRY_VERIFY2(dashboard()->tile(type)->isEnabled(), qPrintable(dashboard()->tile(type)->text()));
        QTest::keyClick(dashboard(), Qt::Key(Qt::Key_0 + digit));
        QTRY_VERIFY(page()->isVisible());
        QTRY_VERIFY(page()->currentTask().has_value());
        QCOMPARE(toString(page()->currentTask()->type), toString(type));
    }

    // Types into the focused answer editor and submits with Ctrl+Enter; waits until the engine
    // has it.
    void write(const QString &text)
    {
        auto *edit = m_window->findChild<QPlainTextEdit *>(u"answerEdit"_s);
        QTRY_VERIFY(edit->hasFocus());
        const QString taskId = page()->currentTask()->id;
        QSignalSpy submitted(page(), &TaskPage::submitted);
        QTest::keyClicks(edit, text);
        QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(submitted.count(), 1);
        QVERIFY(!taskId.isEmpty());
    }

    void backToDashboard()
    {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_VERIFY(dashboard()->isVisible());
    }

    QJsonObject onlyTree()
    {
        const QList<TreeSummary> trees = m_engine->trees();
        if (trees.size() != 1)
            return {};
        return m_engine->treeJson(trees.first().id);
    }

private slots:
    void init()
    {
        openDatabase({{u"u1"_s, UserRole::Annotator},
                      {u"u2"_s, UserRole::Annotator},
                      {u"u3"_s, UserRole::Annotator},
                      {u"u4"_s, UserRole::Annotator}});
        // A small tree: one review makes a decision, and three messages fill it.
        m_engine->setSetting(u"admin"_s, u"num_reviews_initial_prompt"_s, u"1"_s);
        m_engine->setSetting(u"admin"_s, u"num_reviews_reply"_s, u"1"_s);
        m_engine->setSetting(u"admin"_s, u"goal_tree_size"_s, u"3"_s);
        QVERIFY(openWindow());
        page()->setUndoDelay(100);
    }

    void cleanup() { closeAll(); }

    // A prompt, its review, two assistant replies, their reviews and their ranking, each
    // done by keyboard in the window by the user the workflow allows.
    void everyStepOfATreeByKeyboard()
    {
        // u1 writes the prompt.
        signIn(u"u1"_s);
        choose(TaskType::InitialPrompt);
        write(u"How do I keep basil alive on a windowsill?"_s);
        QJsonObject tree = onlyTree();
        QCOMPARE(tree.value(u"prompt"_s).toObject().value(u"text"_s).toString(),
                 u"How do I keep basil alive on a windowsill?"_s);
        backToDashboard();

        // u2 labels it: spam no, a flag, ratings with digits.
        signIn(u"u2"_s);
        choose(TaskType::LabelInitialPrompt);
        auto *labels = qobject_cast<LabelEditor *>(page()->editor());
        QVERIFY(labels);
        LabelRow *spam = labels->row(u"spam"_s);
        QVERIFY(spam);
        QTRY_VERIFY(spam->hasFocus());
        QTest::keyClick(spam, Qt::Key_N); // no, and on to the next row
        QWidget *next = QApplication::focusWidget();
        QVERIFY(next != spam);
        LabelRow *quality = labels->row(u"quality"_s);
        QVERIFY(quality);
        quality->setFocus();
        QTest::keyClick(quality, Qt::Key_5);
        QSignalSpy submitted(page(), &TaskPage::submitted);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(submitted.count(), 1);
        tree = onlyTree();
        const QJsonObject prompt = tree.value(u"prompt"_s).toObject();
        QCOMPARE(prompt.value(u"review_count"_s).toInt(), 1);
        QCOMPARE(prompt.value(u"review_result"_s).toBool(), true);
        QCOMPARE(prompt.value(u"labels"_s).toObject().value(u"quality"_s).toObject().value(u"value"_s).toDouble(), 1.0);
        QCOMPARE(prompt.value(u"labels"_s).toObject().value(u"spam"_s).toObject().value(u"value"_s).toDouble(), 0.0);
        backToDashboard();

        // u2 and u3 each answer it as the assistant.
        choose(TaskType::AssistantReply);
        write(u"Give it six hours of sun and water when the top soil is dry."_s);
        backToDashboard();
        signIn(u"u3"_s);
        choose(TaskType::AssistantReply);
        write(u"Pinch off the flowers and keep it away from cold glass at night."_s);
        backToDashboard();
        QCOMPARE(messagesOf(onlyTree()).size(), 3);

        // u4 reviews both replies.
        signIn(u"u4"_s);
        for (int i = 0; i < 2; ++i) {
            if (!page()->isVisible())
                choose(TaskType::LabelAssistantReply);
            auto *editor = qobject_cast<LabelEditor *>(page()->editor());
            QVERIFY(editor);
            // The tree beside the task shows where the message sits, selected.
            auto *tree = m_window->findChild<QTreeView *>(u"treeView"_s);
            QTRY_COMPARE(tree->currentIndex().data(MessageIdRole).toString(), page()->currentTask()->messageId);
            QCOMPARE(tree->currentIndex().parent().data(MessageIdRole).toString(),
                     onlyTree().value(u"message_tree_id"_s).toString());
            LabelRow *spamRow = editor->row(u"spam"_s);
            QTRY_VERIFY(spamRow->hasFocus());
            QTest::keyClick(spamRow, Qt::Key_N);
            if (LabelRow *fails = editor->row(u"fails_task"_s))
                QTest::keyClick(fails, Qt::Key_N);
            QSignalSpy labelled(page(), &TaskPage::submitted);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
            QTRY_COMPARE(labelled.count(), 1);
        }
        QTRY_VERIFY(dashboard()->isVisible()); // nothing more to label: back on the dashboard
        QCOMPARE(toString(m_engine->treeState(onlyTree().value(u"message_tree_id"_s).toString())),
                 toString(TreeState::Ranking));

        // u1 ranks them: the second reply first, by Ctrl+Up.
        signIn(u"u1"_s);
        choose(TaskType::RankAssistantReplies);
        auto *rank = qobject_cast<RankEditor *>(page()->editor());
        QVERIFY(rank);
        const QStringList shown = rank->model()->rankedIds();
        QCOMPARE(shown.size(), 2);
        QTRY_VERIFY(rank->view()->hasFocus());
        QTest::keyClick(rank->view(), Qt::Key_Down);
        QTest::keyClick(rank->view(), Qt::Key_Up, Qt::ControlModifier);
        QCOMPARE(rank->model()->rankedIds(), (QStringList{shown[1], shown[0]}));
        QSignalSpy ranked(page(), &TaskPage::submitted);
        QTest::keyClick(rank->view(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(ranked.count(), 1);
        const QJsonObject root = onlyTree().value(u"prompt"_s).toObject();
        const QJsonArray events = root.value(u"events"_s).toObject().value(u"ranking"_s).toArray();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().toObject().value(u"ranked_message_ids"_s).toArray(),
                 QJsonArray::fromStringList({shown[1], shown[0]}));
    }

    // User replies: labelled and ranked by keyboard, on a tree the engine grew to a prompt, one
    // assistant reply and two user replies under it.
    void userRepliesLabelledAndRankedByKeyboard()
    {
        m_engine->setSetting(u"admin"_s, u"goal_tree_size"_s, u"4"_s);
        m_engine->setSetting(u"admin"_s, u"rank_prompter_replies"_s, u"true"_s);
        m_engine->setSetting(u"admin"_s, u"num_prompter_replies"_s, u"2"_s); // two user replies to one message
        auto write = [&](const QString &user, TaskType type, const QString &text) {
            const Task t = m_engine->requestTask(user, type, u"en"_s);
            return m_engine->submit(user, t.id, QJsonObject{{u"text"_s, text}}).messageId;
        };
        auto label = [&](const QString &user, TaskType type) {
            const Task t = m_engine->requestTask(user, type, u"en"_s);
            QJsonObject values;
            for (const QString &name : t.mandatoryLabels)
                values.insert(name, 0.0);
            m_engine->submit(user, t.id, QJsonObject{{u"labels"_s, values}});
        };
        write(u"u1"_s, TaskType::InitialPrompt, u"Suggest a name for a bakery."_s);
        label(u"u2"_s, TaskType::LabelInitialPrompt);
        const QString assistant = write(u"u2"_s, TaskType::AssistantReply, u"How about \"Rise and Shine\"?"_s);
        label(u"u3"_s, TaskType::LabelAssistantReply);
        // u4 labels each user reply as it comes (the tree takes the second once the first is
        // accepted).
        auto labelOne = [&] {
            choose(TaskType::LabelPrompterReply);
            auto *editor = qobject_cast<LabelEditor *>(page()->editor());
            QVERIFY(editor);
            LabelRow *spamRow = editor->row(u"spam"_s);
            QVERIFY(spamRow);
            QTRY_VERIFY(spamRow->hasFocus());
            QTest::keyClick(spamRow, Qt::Key_N);
            QSignalSpy labelled(page(), &TaskPage::submitted);
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
            QTRY_COMPARE(labelled.count(), 1);
            QTRY_VERIFY(dashboard()->isVisible()); // nothing more of the kind: back on the dashboard
        };
        const QString p1 = write(u"u1"_s, TaskType::PrompterReply, u"Something shorter, please."_s);
        signIn(u"u4"_s);
        labelOne();
        const QString p2 = write(u"u3"_s, TaskType::PrompterReply, u"Can it be a pun on flour?"_s);
        dashboard()->refresh();
        labelOne();
        QTRY_VERIFY(dashboard()->isVisible());
        const QString treeId = onlyTree().value(u"message_tree_id"_s).toString();
        QCOMPARE(toString(m_engine->treeState(treeId)), toString(TreeState::Ranking));

        // u2 ranks them with a digit: the first shown goes to place 2.
        signIn(u"u2"_s);
        choose(TaskType::RankPrompterReplies);
        auto *rank = qobject_cast<RankEditor *>(page()->editor());
        QVERIFY(rank);
        const QStringList shown = rank->model()->rankedIds();
        QCOMPARE(QSet<QString>(shown.begin(), shown.end()), (QSet<QString>{p1, p2}));
        QTRY_VERIFY(rank->view()->hasFocus());
        QCOMPARE(rank->view()->currentIndex().row(), 0);
        QTest::keyClick(rank->view(), Qt::Key_2);
        QCOMPARE(rank->model()->rankedIds(), (QStringList{shown[1], shown[0]}));
        QSignalSpy ranked(page(), &TaskPage::submitted);
        QTest::keyClick(rank->view(), Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(ranked.count(), 1);
        QJsonObject assistantMessage;
        for (const QJsonObject &m : messagesOf(onlyTree())) {
            if (m.value(u"message_id"_s).toString() == assistant)
                assistantMessage = m;
        }
        const QJsonArray events = assistantMessage.value(u"events"_s).toObject().value(u"ranking"_s).toArray();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.first().toObject().value(u"ranked_message_ids"_s).toArray(),
                 QJsonArray::fromStringList({shown[1], shown[0]}));
    }

    // Undo within the window brings the task back with its text, and nothing reaches the
    // engine; the submission then goes through.
    void undoKeepsTheAnswerAndSendsNothing()
    {
        page()->setUndoDelay(60000);
        signIn(u"u1"_s);
        choose(TaskType::InitialPrompt);
        const QString first = page()->currentTask()->id;
        auto *edit = m_window->findChild<QPlainTextEdit *>(u"answerEdit"_s);
        QTest::keyClicks(edit, u"What is a good first programming language?"_s);
        QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(page()->hasPendingSubmission());
        // The next task is shown while the undo window runs.
        QTRY_VERIFY(page()->currentTask().has_value());
        QVERIFY(page()->currentTask()->id != first);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(!page()->hasPendingSubmission());
        QCOMPARE(page()->currentTask()->id, first);
        QCOMPARE(edit->toPlainText(), u"What is a good first programming language?"_s);
        QVERIFY(m_engine->trees().isEmpty());
        // Submitting again (with an edit) sends it once the window closes.
        page()->setUndoDelay(50);
        QTest::keyClicks(edit, u" Explain why."_s);
        QSignalSpy submitted(page(), &TaskPage::submitted);
        QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(submitted.count(), 1);
        QCOMPARE(onlyTree().value(u"prompt"_s).toObject().value(u"text"_s).toString(),
                 u"What is a good first programming language? Explain why."_s);
    }

    // Closing the window inside the undo window sends the submission rather than dropping it.
    void closingSendsAPendingSubmission()
    {
        page()->setUndoDelay(60000);
        signIn(u"u1"_s);
        choose(TaskType::InitialPrompt);
        auto *edit = m_window->findChild<QPlainTextEdit *>(u"answerEdit"_s);
        QTest::keyClicks(edit, u"Why is the sky blue at noon and red at dusk?"_s);
        QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(page()->hasPendingSubmission());
        m_window->close();
        m_window.reset(); // the worker finishes what it was given before it stops
        QCOMPARE(onlyTree().value(u"prompt"_s).toObject().value(u"text"_s).toString(),
                 u"Why is the sky blue at noon and red at dusk?"_s);
    }

    // A submission the engine refuses brings its task back with the text and says why.
    void aFailedSubmissionKeepsItsText()
    {
        signIn(u"u1"_s);
        choose(TaskType::InitialPrompt);
        const QString taskId = page()->currentTask()->id;
        // Someone (here: the test, as u1 elsewhere) skips the task meanwhile.
        m_engine->skip(u"u1"_s, taskId);
        auto *edit = m_window->findChild<QPlainTextEdit *>(u"answerEdit"_s);
        QTest::keyClicks(edit, u"A prompt that will not be stored."_s);
        QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
        auto *banner = m_window->findChild<QLabel *>(u"messageBanner"_s);
        QTRY_VERIFY(banner->isVisible());
        QVERIFY2(banner->text().contains(u"Not saved"_s), qPrintable(banner->text()));
        QCOMPARE(page()->currentTask()->id, taskId);
        QCOMPARE(edit->toPlainText(), u"A prompt that will not be stored."_s);
        QVERIFY(m_engine->trees().isEmpty());
    }

    // The last task of a kind: the window goes to the dashboard while the submission waits; if
    // the submission then fails, the window comes back to the task with its text and says why.
    // A task typed into meanwhile keeps its text when it is put aside.
    void aFailureAfterTheLastTaskComesBack()
    {
        signIn(u"u1"_s);
        choose(TaskType::InitialPrompt);
        const QString taskId = page()->currentTask()->id;
        // No more prompts in this language, and the task is gone before the answer is sent.
        m_engine->setSetting(u"admin"_s, u"init_prompt_disabled_langs"_s, u"en"_s);
        m_engine->skip(u"u1"_s, taskId);
        auto *edit = m_window->findChild<QPlainTextEdit *>(u"answerEdit"_s);
        QTest::keyClicks(edit, u"The very last prompt."_s);
        QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
        auto *banner = m_window->findChild<QLabel *>(u"messageBanner"_s);
        QTRY_VERIFY(page()->isVisible() && banner->isVisible());
        QVERIFY2(banner->text().contains(u"Not saved"_s), qPrintable(banner->text()));
        QCOMPARE(page()->currentTask()->id, taskId);
        QCOMPARE(m_window->findChild<QPlainTextEdit *>(u"answerEdit"_s)->toPlainText(), u"The very last prompt."_s);
    }

    // Undo while the next task already holds typed text: that task and its text come back after.
    void undoKeepsTheNextTasksText()
    {
        page()->setUndoDelay(60000);
        signIn(u"u1"_s);
        choose(TaskType::InitialPrompt);
        const QString first = page()->currentTask()->id;
        auto *edit = m_window->findChild<QPlainTextEdit *>(u"answerEdit"_s);
        QTest::keyClicks(edit, u"First prompt, to take back."_s);
        QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(page()->currentTask().has_value() && page()->currentTask()->id != first);
        const QString second = page()->currentTask()->id;
        QTest::keyClicks(edit, u"Second, half written"_s);
        page()->undo();
        QCOMPARE(page()->currentTask()->id, first);
        QCOMPARE(edit->toPlainText(), u"First prompt, to take back."_s);
        // Submitting the first again brings the second back as it was.
        page()->setUndoDelay(50);
        QSignalSpy submitted(page(), &TaskPage::submitted);
        QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
        QTRY_VERIFY(page()->currentTask().has_value() && page()->currentTask()->id == second);
        QCOMPARE(edit->toPlainText(), u"Second, half written"_s);
        QTRY_COMPARE(submitted.count(), 1);
    }

    // An empty answer is not sent: the page says what is missing.
    void anIncompleteAnswerSaysWhatIsMissing()
    {
        signIn(u"u1"_s);
        choose(TaskType::InitialPrompt);
        auto *edit = m_window->findChild<QPlainTextEdit *>(u"answerEdit"_s);
        QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(!page()->hasPendingSubmission());
        auto *banner = m_window->findChild<QLabel *>(u"messageBanner"_s);
        QVERIFY(banner->isVisible());
        QVERIFY(!banner->text().isEmpty());
    }

    // Text being written survives the window going away without closing (a crash): it was
    // saved as a draft, and signing in again brings the task back with it.
    void aDraftSurvivesACrash()
    {
        page()->setDraftInterval(50);
        signIn(u"u1"_s);
        choose(TaskType::InitialPrompt);
        const QString taskId = page()->currentTask()->id;
        auto *edit = m_window->findChild<QPlainTextEdit *>(u"answerEdit"_s);
        QTest::keyClicks(edit, u"Half a prompt about sourdough"_s);
        QTest::qWait(300); // a few draft intervals
        // The window is destroyed as a crash would leave it: no close event, nothing flushed.
        m_window.reset();
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_window->connectPage()->preset(m_tdb->url(), u"u1"_s, true);
        m_window->connectPage()->connectDatabase();
        QTRY_VERIFY(page()->isVisible());
        QTRY_VERIFY(page()->currentTask().has_value());
        QCOMPARE(page()->currentTask()->id, taskId);
        edit = m_window->findChild<QPlainTextEdit *>(u"answerEdit"_s);
        QCOMPARE(edit->toPlainText(), u"Half a prompt about sourdough"_s);
        // Finished and sent, the draft is gone: the next sign-in starts at the dashboard.
        QTest::keyClicks(edit, u": how do I keep the starter alive?"_s);
        page()->setUndoDelay(50);
        QSignalSpy submitted(page(), &TaskPage::submitted);
        QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE(submitted.count(), 1);
        QCOMPARE(onlyTree().value(u"prompt"_s).toObject().value(u"text"_s).toString(),
                 u"Half a prompt about sourdough: how do I keep the starter alive?"_s);
        backToDashboard();
        signIn(u"u1"_s);
        QVERIFY(dashboard()->isVisible());
    }

    // A task left on purpose (Esc) stays gone, even with answers given that no draft holds
    // yet: neither the draft timer nor closing the window brings it back at the next sign-in.
    void aTaskLeftOnPurposeStaysGone()
    {
        page()->setDraftInterval(60 * 1000); // no draft before leaving
        signIn(u"u1"_s);
        choose(TaskType::InitialPrompt);
        write(u"Why is the sky blue?"_s);
        backToDashboard();
        signIn(u"u2"_s);
        choose(TaskType::LabelInitialPrompt);
        auto *labels = qobject_cast<LabelEditor *>(page()->editor());
        QVERIFY(labels);
        LabelRow *spam = labels->row(u"spam"_s);
        QVERIFY(spam);
        QTRY_VERIFY(spam->hasFocus());
        QTest::keyClick(spam, Qt::Key_N); // an answer, not typed text: leaving does not ask
        backToDashboard();
        m_window->close(); // closing saves the drafts of work in progress
        m_window = std::make_unique<MainWindow>();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        signIn(u"u2"_s);
        QVERIFY(dashboard()->isVisible());
        QVERIFY(!page()->currentTask());
    }

    // Skip takes its reason in one keypress and asks first only when typed text would be lost.
    void skipByKeyboard()
    {
        signIn(u"u1"_s);
        choose(TaskType::InitialPrompt);
        const QString first = page()->currentTask()->id;
        QSignalSpy skipped(page(), &TaskPage::skipped);
        // Nothing typed: Ctrl+Shift+S, then 2 in the menu of reasons, and no question.
        QTimer::singleShot(0, this, [] {
            QTRY_VERIFY(QApplication::activePopupWidget());
            QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_2);
        });
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE(skipped.count(), 1);
        QCOMPARE(skipped.first().first().toString(), first);
        QVERIFY(m_engine->task(first).skipped);
        QTRY_VERIFY(page()->currentTask().has_value());
        const QString second = page()->currentTask()->id;
        QVERIFY(second != first);

        // Typed text: the reason, then a question; No keeps the task and the text.
        // (The offscreen platform leaves no window active once the menu closed; a desktop's
        // window manager gives activation back.)
        QApplication::setActiveWindow(m_window.get());
        QTRY_VERIFY(m_window->isActiveWindow());
        auto *edit = m_window->findChild<QPlainTextEdit *>(u"answerEdit"_s);
        QTRY_VERIFY(edit->hasFocus());
        QTest::keyClicks(edit, u"Something worth keeping"_s);
        QTimer::singleShot(0, this, [this] {
            QTRY_VERIFY(QApplication::activePopupWidget());
            QTest::keyClick(QApplication::activePopupWidget(), Qt::Key_1);
            QTimer::singleShot(0, this, [] {
                QTRY_VERIFY(qobject_cast<QMessageBox *>(QApplication::activeModalWidget()));
                QTest::keyClick(QApplication::activeModalWidget(), Qt::Key_Escape);
            });
        });
        QTest::keyClick(edit, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        QTest::qWait(100);
        QCOMPARE(skipped.count(), 1);
        QCOMPARE(page()->currentTask()->id, second);
        QCOMPARE(edit->toPlainText(), u"Something worth keeping"_s);
        QVERIFY(!m_engine->task(second).skipped);
    }

    // While the database makes the window wait (another program holds the write lock), the
    // window keeps handling events; the task arrives once the lock is gone.
    void aBusyDatabaseNeverFreezesTheWindow()
    {
        signIn(u"u1"_s);
        // The test's own connection takes the database's write lock and keeps it.
        m_db->execRaw(Test::backend() == Backend::Sqlite ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s);
        if (Test::backend() == Backend::Postgres)
            m_db->execRaw(u"LOCK TABLE app_user IN ACCESS EXCLUSIVE MODE"_s);
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&] { ++ticks; });
        ticker.start(20);
        QTest::keyClick(dashboard(), Qt::Key_1);
        QTRY_VERIFY(page()->isVisible());
        QTest::qWait(1000);
        // A second went by with the request stuck behind the lock, and the window ticked on.
        QVERIFY(!page()->currentTask().has_value());
        QVERIFY2(ticks >= 25, qPrintable(QString::number(ticks)));
        m_db->execRaw(u"ROLLBACK"_s);
        QTRY_VERIFY(page()->currentTask().has_value());
        QCOMPARE(toString(page()->currentTask()->type), toString(TaskType::InitialPrompt));
    }

    // "I'm feeling lucky" (0) hands out some task this user may do.
    void feelingLucky()
    {
        signIn(u"u1"_s);
        QTRY_VERIFY(dashboard()->luckyButton()->isEnabled());
        QTest::keyClick(dashboard(), Qt::Key_0);
        QTRY_VERIFY(page()->currentTask().has_value());
        QCOMPARE(toString(page()->currentTask()->type), toString(TaskType::InitialPrompt)); // all there is
        QVERIFY(page()->isVisible());
    }

    // A server that does not answer is explained; nothing opens.
    void anUnreachableServerIsExplained()
    {
        m_window->connectPage()->preset(u"postgresql://nobody@127.0.0.1:1/arborist?connect_timeout=2"_s);
        m_window->connectPage()->connectDatabase();
        auto *message = m_window->findChild<QLabel *>(u"connectMessage"_s);
        QTRY_VERIFY_WITH_TIMEOUT(message->text().contains(u"127.0.0.1"_s), 10000);
        QVERIFY2(message->text().contains(u"Cannot connect"_s), qPrintable(message->text()));
        QVERIFY(!m_window->findChild<QPushButton *>(u"signInButton"_s)->isEnabled());
    }

    // A connection is remembered for next time, never with its password.
    void recentConnectionsKeepNoPassword()
    {
        m_window->connectPage()->preset(m_tdb->url());
        const bool server = Test::backend() == Backend::Postgres;
        if (server) // the test cluster trusts every password, so a password goes with the connection
            m_window->findChild<QLineEdit *>(u"passwordEdit"_s)->setText(u"s3cret-Pa55"_s);
        QVERIFY(m_window->connectPage()->url().contains(u"s3cret-Pa55"_s) == server);
        m_window->connectPage()->connectDatabase();
        QTRY_VERIFY(m_window->findChild<QPushButton *>(u"signInButton"_s)->isEnabled());
        const QStringList recent = QSettings().value(u"connections/recent"_s).toStringList();
        QVERIFY(!recent.isEmpty());
        QString error;
        QCOMPARE(recent.first(), DatabaseUrl::parse(m_window->connectPage()->url(), &error)->displayString());
        QVERIFY(!recent.join(u' ').contains(u"s3cret"_s));
        // The settings file itself holds no password either.
        QFile file(QSettings().fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("s3cret"));
    }

    // A file that is not an Arborist database is refused with a sentence, and nothing opens.
    void aWrongFileIsExplained()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"notes.db"_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("these are not the tables you are looking for\n");
        file.close();
        m_window->connectPage()->preset(u"sqlite://"_s + path);
        m_window->connectPage()->connectDatabase();
        auto *message = m_window->findChild<QLabel *>(u"connectMessage"_s);
        QTRY_VERIFY(message->text().contains(u"notes.db"_s));
        QVERIFY(!m_window->findChild<QPushButton *>(u"signInButton"_s)->isEnabled());
    }
};

QTEST_MAIN(tst_Workstation)
#include "tst_workstation.moc"
