#include "widgets/taskpage.h"

#include "engine/engine.h"
#include "engine/engineclient.h"
#include "models/conversationtreemodel.h"
#include "models/roles.h"
#include "widgets/draftstore.h"
#include "widgets/headline.h"
#include "widgets/labeleditor.h"
#include "widgets/rankeditor.h"
#include "widgets/tasktexts.h"
#include "widgets/writeeditor.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QPlainTextEdit>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTreeView>
#include <QHeaderView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Arborist {

TaskPage::TaskPage(EngineClient &client, QWidget *parent) : QWidget(parent), m_client(client)
{
    m_title = new QLabel(this);
    m_title->setObjectName(u"taskTitle"_s);
    makeHeadline(m_title, 1.4);
    m_instruction = new QLabel(this);
    m_instruction->setWordWrap(true);

    m_conversation = new QTextBrowser(this);
    m_conversation->setObjectName(u"conversationView"_s);
    m_conversation->setOpenExternalLinks(true);
    m_conversation->setFocusPolicy(Qt::ClickFocus);

    m_write = new WriteEditor(this);
    m_label = new LabelEditor(this);
    m_rank = new RankEditor(this);
    m_loading = new QLabel(tr("Loading the next task…"), this);
    static_cast<QLabel *>(m_loading)->setAlignment(Qt::AlignCenter);
    m_editors = new QStackedWidget(this);
    m_editors->addWidget(m_write);
    m_editors->addWidget(m_label);
    m_editors->addWidget(m_rank);
    m_editors->addWidget(m_loading);

    m_guidelines = new QTextBrowser(this);
    m_guidelines->setObjectName(u"guidelinesView"_s);
    m_guidelines->setFocusPolicy(Qt::ClickFocus);
    m_side = new QTabWidget(this);
    m_side->addTab(m_guidelines, tr("Guidelines"));
    // The task's whole tree: where this message sits, what else was said, how it was judged.
    m_treeModel = new ConversationTreeModel(this);
    m_treeView = new QTreeView(this);
    m_treeView->setObjectName(u"treeView"_s);
    m_treeView->setModel(m_treeModel);
    m_treeView->setUniformRowHeights(true);
    m_treeView->setFocusPolicy(Qt::ClickFocus);
    m_treeView->header()->setStretchLastSection(false);
    m_treeView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_treeView->header()->setSectionResizeMode(ConversationTreeModel::ColText, QHeaderView::Stretch);
    m_treeView->header()->setMinimumSectionSize(40);
    m_nodeView = new QTextBrowser(this);
    m_nodeView->setObjectName(u"nodeView"_s);
    m_nodeView->setFocusPolicy(Qt::ClickFocus);
    auto *treeSplit = new QSplitter(Qt::Vertical, this);
    treeSplit->addWidget(m_treeView);
    treeSplit->addWidget(m_nodeView);
    m_side->addTab(treeSplit, tr("Tree"));
    connect(m_treeView->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        m_nodeView->setMarkdown(current.isValid() ? current.siblingAtColumn(0).data(FullTextRole).toString() : QString());
    });

    auto *work = new QSplitter(Qt::Vertical, this);
    work->addWidget(m_conversation);
    work->addWidget(m_editors);
    work->setStretchFactor(0, 1);
    work->setStretchFactor(1, 1);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(work);
    split->addWidget(m_side);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    m_side->setMinimumWidth(300);
    split->setSizes({900, 420});

    m_banner = new QLabel(this);
    m_banner->setObjectName(u"messageBanner"_s);
    m_banner->setWordWrap(true);
    m_banner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_banner->setAutoFillBackground(true);
    QPalette warn = m_banner->palette();
    warn.setColor(QPalette::Window, QColor(0xff, 0xf0, 0xc8));
    warn.setColor(QPalette::WindowText, QColor(0x40, 0x30, 0x00));
    m_banner->setPalette(warn);
    m_banner->setContentsMargins(8, 6, 8, 6);
    m_banner->hide();

    m_undoBar = new QWidget(this);
    m_undoBar->setObjectName(u"undoBar"_s);
    m_undoLabel = new QLabel(m_undoBar);
    auto *undoButton = new QPushButton(tr("Undo (Ctrl+Z)"), m_undoBar);
    undoButton->setObjectName(u"undoButton"_s);
    undoButton->setFocusPolicy(Qt::NoFocus);
    auto *undoLayout = new QHBoxLayout(m_undoBar);
    undoLayout->setContentsMargins(0, 0, 0, 0);
    undoLayout->addWidget(m_undoLabel, 1);
    undoLayout->addWidget(undoButton);
    m_undoBar->hide();
    connect(undoButton, &QPushButton::clicked, this, &TaskPage::undo);

    m_skipButton = new QPushButton(tr("Skip… (Ctrl+Shift+S)"), this);
    m_skipButton->setObjectName(u"skipButton"_s);
    m_skipButton->setFocusPolicy(Qt::NoFocus);
    m_submitButton = new QPushButton(tr("Submit (Ctrl+Enter)"), this);
    m_submitButton->setObjectName(u"submitButton"_s);
    m_submitButton->setFocusPolicy(Qt::NoFocus);
    m_submitButton->setDefault(true);
    auto *back = new QPushButton(tr("Back to tasks (Esc)"), this);
    back->setObjectName(u"backButton"_s);
    back->setFocusPolicy(Qt::NoFocus);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(back);
    buttons->addStretch(1);
    buttons->addWidget(m_skipButton);
    buttons->addWidget(m_submitButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_instruction);
    layout->addWidget(m_banner);
    layout->addWidget(split, 1);
    layout->addWidget(m_undoBar);
    layout->addLayout(buttons);

    connect(m_submitButton, &QPushButton::clicked, this, &TaskPage::submit);
    connect(m_skipButton, &QPushButton::clicked, this, &TaskPage::askSkipReason);
    connect(back, &QPushButton::clicked, this, [this] {
        const QString asked = m_current ? m_current->id : QString();
        if (hasUnsavedText()
            && (QMessageBox::question(this, tr("Leave this task?"),
                                      tr("What you wrote for this task will be lost. Leave it anyway?"))
                    != QMessageBox::Yes
                || !m_current || m_current->id != asked)) // another task came back meanwhile
            return;
        if (m_current && m_drafts)
            m_drafts->remove(m_current->id); // given up on purpose: not brought back later
        m_dirty = false; // nor saved again by the draft timer or on closing
        flushPending();
        emit finished(QString());
    });
    auto *backKey = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    backKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(backKey, &QShortcut::activated, back, &QPushButton::click);
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *submitKey = new QShortcut(keys, this);
        submitKey->setContext(Qt::WidgetWithChildrenShortcut);
        connect(submitKey, &QShortcut::activated, this, &TaskPage::submit);
    }
    auto *skipKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), this);
    skipKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(skipKey, &QShortcut::activated, this, &TaskPage::askSkipReason);
    auto *undoKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_Z), this);
    undoKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(undoKey, &QShortcut::activated, this, [this] {
        if (m_pending)
            undo();
    });

    // In the editor, Ctrl+Z undoes typing; with nothing typed to undo it undoes the submission.
    m_write->editor()->installEventFilter(this);

    // Typed work goes to a local draft every few seconds.
    for (AnswerEditor *e : {static_cast<AnswerEditor *>(m_write), static_cast<AnswerEditor *>(m_label),
                            static_cast<AnswerEditor *>(m_rank)})
        connect(e, &AnswerEditor::changed, this, [this] { m_dirty = true; });
    m_draftTimer.setInterval(3000);
    connect(&m_draftTimer, &QTimer::timeout, this, &TaskPage::saveDraft);
    m_draftTimer.start();

    m_undoTimer.setSingleShot(true);
    connect(&m_undoTimer, &QTimer::timeout, this, &TaskPage::sendPending);
    m_undoTick.setInterval(250);
    connect(&m_undoTick, &QTimer::timeout, this, [this] {
        const int left = (m_undoTimer.remainingTime() + 999) / 1000;
        m_undoLabel->setText(tr("Submitted. Sent in %n second(s) unless you undo.", "", std::max(left, 0)));
    });
}

TaskPage::~TaskPage() = default;

void TaskPage::setSession(const Session &session)
{
    m_session = session;
    m_authorNames.clear();
    m_write->setSizeLimit(session.messageSizeLimit);
    m_drafts = std::make_unique<DraftStore>(session.databaseDisplay, session.userName);
}

void TaskPage::saveDraft()
{
    if (!m_current || !m_dirty || !m_drafts)
        return;
    AnswerEditor *e = editor();
    if (!e)
        return;
    m_dirty = false;
    m_drafts->save({m_current->id, m_current->type, e->answer(), 0});
}

bool TaskPage::resumeDraft()
{
    if (!m_drafts)
        return false;
    const QList<DraftStore::Draft> drafts = m_drafts->all();
    if (drafts.isEmpty())
        return false;
    const DraftStore::Draft draft = drafts.first();
    m_type = draft.type;
    m_current.reset();
    m_queued.clear();
    showLoading();
    m_client.run(this, [id = draft.taskId](Engine &engine) { return engine.task(id); },
                 [this, draft](const Task &task) {
                     if (task.done || task.skipped || task.userId.isEmpty()) {
                         // Answered (or given up) before the window went: the draft is spent.
                         m_drafts->remove(draft.taskId);
                         if (!resumeDraft())
                             requestNext();
                         return;
                     }
                     show(task, draft.answer);
                     m_banner->setText(tr("Your unsent answer from %1 is back. Submit it when you are ready.")
                                           .arg(QLocale().toString(QDateTime::fromMSecsSinceEpoch(draft.saved),
                                                                   QLocale::ShortFormat)));
                     m_banner->show();
                 },
                 [this, draft](const EngineFailure &failure) {
                     if (failure.code == ErrorCode::UnknownTask) {
                         // The task no longer exists (a user purge): its draft cannot be sent.
                         m_drafts->remove(draft.taskId);
                         if (!resumeDraft())
                             emit finished(tr("An unsent answer belonged to a task that no longer exists; it "
                                              "was dropped."));
                         return;
                     }
                     emit finished(tr("An unsent answer could not be brought back (%1); it is kept in %2.")
                                       .arg(failure.message, m_drafts->folder().absolutePath()));
                 });
    return true;
}

AnswerEditor *TaskPage::editor() const
{
    if (!m_current)
        return nullptr;
    switch (kindOf(m_current->type)) {
    case TaskKind::Prompt:
    case TaskKind::Reply:
        return m_write;
    case TaskKind::LabelPrompt:
    case TaskKind::LabelReply:
        return m_label;
    case TaskKind::Ranking:
        return m_rank;
    }
    return nullptr;
}

bool TaskPage::hasUnsavedText() const
{
    const AnswerEditor *e = editor();
    return e && e->hasTypedText();
}

void TaskPage::start(std::optional<TaskType> type)
{
    m_type = type;
    m_current.reset();
    m_queued.clear();
    m_banner->hide();
    requestNext();
}

void TaskPage::requestNext()
{
    if (!m_queued.isEmpty()) {
        const Pending next = m_queued.takeFirst();
        show(next.task, next.answer);
        return;
    }
    showLoading();
    m_awaitingNext = true;
    const QString user = m_session.userName;
    const QString lang = m_session.lang;
    const std::optional<TaskType> type = m_type;
    m_client.run(this, [user, type, lang](Engine &engine) { return engine.requestTask(user, type, lang); },
                 [this](const Task &task) {
                     m_awaitingNext = false;
                     if (m_current) {
                         // A task came back meanwhile (undo or a failed submission): this one waits.
                         m_queued.append({task, {}});
                         return;
                     }
                     show(task);
                 },
                 [this](const EngineFailure &failure) {
                     m_awaitingNext = false;
                     if (m_current)
                         return;
                     flushPending();
                     emit finished(failure.code == ErrorCode::TaskNotAvailable
                                       ? tr("No more tasks of this kind for now. %1").arg(failure.message)
                                       : failure.message);
                 });
}

void TaskPage::showLoading()
{
    m_current.reset();
    m_title->setText(m_type ? TaskTexts::title(*m_type) : tr("Any task"));
    m_instruction->clear();
    m_conversation->clear();
    m_editors->setCurrentWidget(m_loading);
    m_submitButton->setEnabled(false);
    m_skipButton->setEnabled(false);
}

void TaskPage::show(const Task &task, const QJsonObject &answer)
{
    m_current = task;
    m_title->setText(TaskTexts::title(task.type));
    // What to do, and until when the task is kept for this annotator.
    const QString until = QLocale().toString(QDateTime::fromMSecsSinceEpoch(task.expiry).time(), QLocale::ShortFormat);
    m_instruction->setText(tr("%1 Kept for you until %2.").arg(TaskTexts::instruction(task.type), until));
    m_conversation->setMarkdown(conversationMarkdown(task));
    loadTree(task);
    if (m_guidelinesType != task.type) { // the same guidelines are not laid out again
        m_guidelines->setMarkdown(TaskTexts::guidelines(task.type));
        m_guidelinesType = task.type;
    }
    AnswerEditor *e = editor();
    e->setTask(task);
    if (!answer.isEmpty())
        e->restore(answer);
    m_editors->setCurrentWidget(e);
    m_submitButton->setEnabled(true);
    m_skipButton->setEnabled(true);
    e->focusFirst();
    m_dirty = false; // only what the user does from here on makes a draft
    emit taskShown(task.id);
    // The end of the conversation (the message to answer or to label) in view.
    m_conversation->moveCursor(QTextCursor::End);
    m_conversation->ensureCursorVisible();
}

void TaskPage::loadTree(const Task &task)
{
    m_treeModel->clear();
    m_nodeView->clear();
    if (task.treeId.isEmpty())
        return;
    const bool needNames = m_authorNames.isEmpty();
    m_client.run(this,
                 [treeId = task.treeId, needNames](Engine &engine) {
                     QHash<QString, QString> names;
                     if (needNames) {
                         for (const UserInfo &u : engine.users())
                             names.insert(u.id, u.name);
                     }
                     return std::make_pair(engine.treeJson(treeId), names);
                 },
                 [this, taskId = task.id, focus = task.messageId.isEmpty() ? task.parentId : task.messageId](
                     const std::pair<QJsonObject, QHash<QString, QString>> &result) {
                     if (!m_current || m_current->id != taskId)
                         return; // another task is shown by now
                     if (!result.second.isEmpty())
                         m_authorNames = result.second;
                     m_treeModel->setTree(result.first);
                     m_treeModel->setAuthorNames(m_authorNames);
                     const QModelIndex at = m_treeModel->indexOfMessage(focus);
                     if (at.isValid()) {
                         for (QModelIndex p = at.parent(); p.isValid(); p = p.parent())
                             m_treeView->expand(p);
                         m_treeView->setCurrentIndex(at);
                         m_treeView->scrollTo(at);
                     }
                 },
                 [this](const EngineFailure &failure) {
                     m_nodeView->setPlainText(tr("The tree could not be read: %1").arg(failure.message));
                 });
}

QString TaskPage::conversationMarkdown(const Task &task) const
{
    if (task.conversation.isEmpty())
        return tr("*A new conversation: your prompt starts it.*");
    QString md;
    const bool labelling = kindOf(task.type) == TaskKind::LabelPrompt || kindOf(task.type) == TaskKind::LabelReply;
    for (qsizetype i = 0; i < task.conversation.size(); ++i) {
        const ConversationMessage &m = task.conversation.at(i);
        const bool target = labelling && m.id == task.messageId;
        if (!md.isEmpty())
            md += u"\n\n---\n\n"_s;
        md += u"#### "_s + TaskTexts::roleName(m.role);
        if (target)
            md += u" · "_s + tr("the message to label");
        md += u"\n\n"_s;
        md += target ? u"> "_s + QString(m.text).replace(u'\n', u"\n> "_s) : m.text;
    }
    return md;
}

void TaskPage::submit()
{
    if (!m_current || m_pending)
        return;
    AnswerEditor *e = editor();
    const QString problem = e->problem();
    if (!problem.isEmpty()) {
        m_banner->setText(problem);
        m_banner->show();
        return;
    }
    m_banner->hide();
    m_pending = Pending{*m_current, e->answer()};
    // Until it reaches the database, the answer stays in the drafts (a crash in the undo window).
    if (m_drafts)
        m_drafts->save({m_pending->task.id, m_pending->task.type, m_pending->answer, 0});
    m_dirty = false;
    m_current.reset();
    noticeUndo(true);
    m_undoTimer.start(m_undoDelay);
    requestNext();
}

void TaskPage::noticeUndo(bool on)
{
    m_undoBar->setVisible(on);
    if (on) {
        m_undoTick.start();
        m_undoLabel->setText(tr("Submitted. Sent in %n second(s) unless you undo.", "", (m_undoDelay + 999) / 1000));
    } else {
        m_undoTick.stop();
    }
}

bool TaskPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_write->editor() && m_pending
        && (event->type() == QEvent::KeyPress || event->type() == QEvent::ShortcutOverride)) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) && !m_write->editor()->document()->isUndoAvailable()) {
            if (event->type() == QEvent::ShortcutOverride) {
                event->accept(); // delivered as a key press to this filter
            } else {
                undo();
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void TaskPage::undo()
{
    if (!m_pending)
        return;
    m_undoTimer.stop();
    noticeUndo(false);
    setCurrentAside(); // the next task waits until this one is done
    const Pending back = *m_pending;
    m_pending.reset();
    show(back.task, back.answer);
}

void TaskPage::setCurrentAside()
{
    if (!m_current)
        return;
    const QJsonObject answer = editor()->answer();
    saveDraft(); // what was typed is safe on disk as well
    m_queued.prepend({*m_current, answer});
    m_current.reset();
}

void TaskPage::flushPending()
{
    if (m_pending) {
        m_undoTimer.stop();
        sendPending();
    }
}

void TaskPage::sendPending()
{
    if (!m_pending)
        return;
    noticeUndo(false);
    const Pending sent = *m_pending;
    m_pending.reset();
    const QString user = m_session.userName;
    m_client.run(this, [user, sent](Engine &engine) { return engine.submit(user, sent.task.id, sent.answer); },
                 [this, id = sent.task.id](const SubmitResult &) {
                     if (m_drafts)
                         m_drafts->remove(id);
                     emit submitted(id);
                 },
                 [this, sent](const EngineFailure &failure) {
                     // The task comes back with its answer, and the page says what happened.
                     setCurrentAside();
                     show(sent.task, sent.answer);
                     QString advice;
                     if (failure.code == ErrorCode::TaskExpired || failure.code == ErrorCode::TaskAlreadyDone)
                         advice = tr("Copy your text if you want to keep it, then skip (Ctrl+Shift+S) to go on.");
                     else if (!failure.code)
                         advice = tr("Your answer is still here; submit again when the database is back.");
                     else
                         advice = tr("Your answer is still here; correct it and submit again.");
                     m_banner->setText(tr("Not saved: %1 %2").arg(failure.message, advice));
                     m_banner->show();
                     emit attentionNeeded(); // the user may be on the dashboard by now
                 });
}

void TaskPage::askSkipReason()
{
    if (!m_current)
        return;
    QMenu menu(this);
    menu.setObjectName(u"skipMenu"_s);
    const QList<std::pair<QString, QString>> reasons = {
        {tr("&1 Not my expertise"), u"expertise"_s},
        {tr("&2 Unclear or broken"), u"unclear"_s},
        {tr("&3 Inappropriate content"), u"inappropriate"_s},
        {tr("&4 Other"), u"other"_s},
    };
    for (const auto &[text, reason] : reasons) {
        QAction *action = menu.addAction(text);
        action->setData(reason);
    }
    const QString asked = m_current->id;
    QAction *chosen = menu.exec(mapToGlobal(m_skipButton->geometry().topLeft()));
    if (!chosen || !m_current || m_current->id != asked) // another task came back meanwhile
        return;
    if (hasUnsavedText()
        && (QMessageBox::question(this, tr("Skip this task?"),
                                  tr("What you wrote for this task will be lost. Skip it anyway?"))
                != QMessageBox::Yes
            || !m_current || m_current->id != asked))
        return;
    skip(chosen->data().toString());
}

void TaskPage::skip(const QString &reason)
{
    if (!m_current)
        return;
    const Task task = *m_current;
    const QString user = m_session.userName;
    m_current.reset();
    m_banner->hide();
    m_client.run(this, [user, id = task.id, reason](Engine &engine) { engine.skip(user, id, reason); },
                 [this, id = task.id] {
                     if (m_drafts)
                         m_drafts->remove(id);
                     emit skipped(id);
                 },
                 [this](const EngineFailure &failure) {
                     m_banner->setText(tr("The skip was not recorded: %1").arg(failure.message));
                     m_banner->show();
                 });
    requestNext();
}

} // namespace Arborist
