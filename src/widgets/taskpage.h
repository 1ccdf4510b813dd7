#pragma once

#include "engine/engine.h"
#include "widgets/session.h"

#include <QHash>
#include <QJsonObject>
#include <QTimer>
#include <QWidget>

#include <memory>
#include <optional>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTextBrowser;
class QTreeView;

namespace Arborist {

class AnswerEditor;
class ConversationTreeModel;
class DraftStore;
class EngineClient;
class LabelEditor;
class RankEditor;
class WriteEditor;
struct EngineFailure;

// One task at a time, of the kind the annotator chose: the conversation, the editor for the
// answer, the guidelines beside it. Ctrl+Enter submits and the next task of the same kind
// follows at once; the submission itself waits out a short undo window (Ctrl+Z) and is sent
// only then, so undo needs no rollback. A submission that fails brings its task back with the
// answer as it was and says why.
class TaskPage final : public QWidget
{
    Q_OBJECT

public:
    TaskPage(EngineClient &client, QWidget *parent = nullptr);
    ~TaskPage() override;

    void setSession(const Session &session);
    // Asks for a task of `type` (nullopt: "I'm feeling lucky") and keeps asking for that kind.
    void start(std::optional<TaskType> type);
    // Sends a submission still waiting for its undo window to close (on sign-out or quit).
    void flushPending();

    // How long a submission can be undone, in milliseconds.
    void setUndoDelay(int ms) { m_undoDelay = ms; }
    // How often typed work is saved as a local draft, in milliseconds.
    void setDraftInterval(int ms) { m_draftTimer.setInterval(ms); }
    // Writes the current answer to the local drafts now (the window closes).
    void saveDraft();
    // Brings back the newest unsent answer of this user on this database, if there is one
    // whose task is still open: true when the page goes to it.
    bool resumeDraft();
    const std::optional<Task> &currentTask() const { return m_current; }
    bool hasPendingSubmission() const { return m_pending.has_value(); }
    bool hasUnsavedText() const;
    AnswerEditor *editor() const;

    void submit();
    void skip(const QString &reason);
    void undo();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    // The page has nothing more to show (no task left of this kind, or the user went back).
    void finished(const QString &message);
    // A task is on the page, ready for work.
    void taskShown(const QString &taskId);
    // Something needs the user on this page (a submission that failed): show it.
    void attentionNeeded();
    // A submission reached the database.
    void submitted(const QString &taskId);
    void skipped(const QString &taskId);

private:
    struct Pending
    {
        Task task;
        QJsonObject answer;
    };

    void requestNext();
    // Puts the task on the page aside, with what was made of its answer, to come back to next.
    void setCurrentAside();
    void show(const Task &task, const QJsonObject &answer = {});
    void showLoading();
    void sendPending();
    void noticeUndo(bool on);
    void askSkipReason();
    QString conversationMarkdown(const Task &task) const;
    void loadTree(const Task &task);

    EngineClient &m_client;
    Session m_session;
    std::optional<TaskType> m_type;
    std::optional<Task> m_current;
    std::optional<Pending> m_pending;   // submitted, within the undo window
    QList<Pending> m_queued;            // tasks (with their answers) waiting while another is brought back
    bool m_awaitingNext = false;
    int m_undoDelay = 4000;
    QTimer m_undoTimer;
    QTimer m_draftTimer;
    bool m_dirty = false;
    std::unique_ptr<DraftStore> m_drafts;
    QTimer m_undoTick;

    QLabel *m_title;
    QLabel *m_instruction;
    QTextBrowser *m_conversation;
    QStackedWidget *m_editors;
    WriteEditor *m_write;
    LabelEditor *m_label;
    RankEditor *m_rank;
    QWidget *m_loading;
    QTabWidget *m_side;
    QTextBrowser *m_guidelines;
    std::optional<TaskType> m_guidelinesType;
    ConversationTreeModel *m_treeModel;
    QTreeView *m_treeView;
    QTextBrowser *m_nodeView;
    QHash<QString, QString> m_authorNames; // user id → name, read once per session
    QLabel *m_banner;
    QWidget *m_undoBar;
    QLabel *m_undoLabel;
    QPushButton *m_skipButton;
    QPushButton *m_submitButton;
};

} // namespace Arborist
