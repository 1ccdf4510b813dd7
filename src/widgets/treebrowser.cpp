#include "widgets/treebrowser.h"

#include "engine/engine.h"
#include "engine/engineclient.h"
#include "models/roles.h"
#include "models/treebrowsermodel.h"
#include "widgets/tasktexts.h"

#include "core/labels.h"

#include <QComboBox>
#include <QDateTime>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Arborist {

namespace {

constexpr int kPage = 200;

QString when(qint64 ms)
{
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms), QLocale::ShortFormat);
}

// Markdown-safe text for a table cell or a line.
QString plain(const QString &text) { return QString(text).replace(u'|', u"\\|"_s).replace(u'\n', u' '); }

// A label by its name in the interface ("Quality" for quality).
QString labelTitle(const QString &name)
{
    const LabelInfo *info = Labels::find(name);
    return info ? info->displayText : name;
}

// What the audit log calls a moderator's action on a tree or a message.
QString actionTitle(const QString &action)
{
    if (action == "halt"_L1)
        return TreeBrowser::tr("halted the tree");
    if (action == "unhalt"_L1)
        return TreeBrowser::tr("unhalted the tree");
    if (action == "delete"_L1)
        return TreeBrowser::tr("deleted the message");
    if (action == "undelete"_L1)
        return TreeBrowser::tr("undeleted the message");
    if (action == "edit"_L1)
        return TreeBrowser::tr("edited the text");
    return action;
}

} // namespace

TreeBrowser::TreeBrowser(EngineClient &client, const Session &session, QWidget *parent)
    : QDialog(parent), m_client(client), m_session(session)
{
    setWindowTitle(tr("Trees"));
    m_model = new TreeBrowserModel(this);
    m_view = new QTreeView(this);
    m_view->setObjectName(u"browserView"_s);
    m_view->setModel(m_model);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->header()->setSectionResizeMode(TreeBrowserModel::ColPrompt, QHeaderView::Stretch);
    m_view->header()->setStretchLastSection(false);
    m_detail = new QTextBrowser(this);
    m_detail->setObjectName(u"detailView"_s);

    m_state = new QComboBox(this);
    m_state->setObjectName(u"stateFilter"_s);
    m_state->addItem(tr("every state"), QString());
    for (const QString &name : allTreeStateNames()) {
        const std::optional<TreeState> state = treeStateFromString(name);
        m_state->addItem(state ? stateTitle(*state) : name, name);
    }
    m_lang = new QLineEdit(this);
    m_lang->setObjectName(u"langFilter"_s);
    m_lang->setPlaceholderText(tr("language"));
    m_lang->setMaximumWidth(90);
    m_author = new QLineEdit(this);
    m_author->setObjectName(u"authorFilter"_s);
    m_author->setPlaceholderText(tr("author"));
    m_author->setMaximumWidth(160);
    m_text = new QLineEdit(this);
    m_text->setObjectName(u"textFilter"_s);
    m_text->setPlaceholderText(tr("words in the prompt"));
    m_text->setClearButtonEnabled(true);
    m_sort = new QComboBox(this);
    m_sort->setObjectName(u"sortBox"_s);
    m_sort->addItem(tr("newest first"), int(TreeQuery::Sort::Newest));
    m_sort->addItem(tr("oldest first"), int(TreeQuery::Sort::Oldest));
    m_sort->addItem(tr("largest first"), int(TreeQuery::Sort::Largest));
    m_sort->addItem(tr("by state"), int(TreeQuery::Sort::ByState));
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_text, 1);
    filters->addWidget(m_state);
    filters->addWidget(m_lang);
    filters->addWidget(m_author);
    filters->addWidget(m_sort);

    auto *halt = new QPushButton(tr("&Halt tree…"), this);
    auto *unhalt = new QPushButton(tr("&Unhalt…"), this);
    auto *remove = new QPushButton(tr("&Delete message…"), this);
    auto *restore = new QPushButton(tr("U&ndelete…"), this);
    auto *edit = new QPushButton(tr("&Edit text…"), this);
    for (QPushButton *b : {halt, unhalt, remove, restore, edit})
        b->setEnabled(canModerate(session.role));
    m_message = new QLabel(this);
    m_message->setObjectName(u"browserMessage"_s);
    m_message->setWordWrap(true);
    auto *actions = new QHBoxLayout;
    actions->addWidget(halt);
    actions->addWidget(unhalt);
    actions->addWidget(remove);
    actions->addWidget(restore);
    actions->addWidget(edit);
    actions->addWidget(m_message, 1);

    // The dashboard's filter, when the browser was opened from one of its figures.
    m_filterLine = new QFrame(this);
    m_filterLine->setObjectName(u"dashboardFilterLine"_s);
    m_filterLine->setFrameShape(QFrame::StyledPanel);
    m_filterLine->setAutoFillBackground(true);
    QPalette info = m_filterLine->palette();
    const QColor base = info.color(QPalette::Base), tint = info.color(QPalette::Highlight);
    info.setColor(QPalette::Window, QColor::fromRgbF(0.82f * base.redF() + 0.18f * tint.redF(),
                                                     0.82f * base.greenF() + 0.18f * tint.greenF(),
                                                     0.82f * base.blueF() + 0.18f * tint.blueF()));
    m_filterLine->setPalette(info);
    m_filterText = new QLabel(m_filterLine);
    m_filterText->setObjectName(u"dashboardFilter"_s);
    m_filterText->setWordWrap(true);
    auto *showAll = new QPushButton(tr("Show &all"), m_filterLine);
    showAll->setObjectName(u"showAllButton"_s);
    showAll->setToolTip(tr("Drop the dashboard's filter and list every tree the filters above allow."));
    auto *filterLayout = new QHBoxLayout(m_filterLine);
    filterLayout->setContentsMargins(8, 4, 8, 4);
    filterLayout->addWidget(m_filterText, 1);
    filterLayout->addWidget(showAll);
    m_filterLine->hide();
    connect(showAll, &QPushButton::clicked, this, &TreeBrowser::clearDashboardFilter);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_view);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_filterLine);
    layout->addWidget(split, 1);
    layout->addLayout(actions);
    resize(1300, 800);

    m_typing.setSingleShot(true);
    m_typing.setInterval(300);
    connect(&m_typing, &QTimer::timeout, this, &TreeBrowser::applyFilters);
    for (QLineEdit *e : {m_text, m_lang, m_author})
        connect(e, &QLineEdit::textChanged, &m_typing, qOverload<>(&QTimer::start));
    for (QComboBox *c : {m_state, m_sort})
        connect(c, &QComboBox::currentIndexChanged, this, &TreeBrowser::applyFilters);
    connect(m_model, &TreeBrowserModel::pageWanted, this, &TreeBrowser::fetchPage);
    connect(m_model, &TreeBrowserModel::treeWanted, this, &TreeBrowser::fetchTree);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &TreeBrowser::showDetail);

    connect(halt, &QPushButton::clicked, this, [this] {
        const QString reason = askReason(tr("Halt the tree"));
        if (!reason.isNull())
            haltSelected(reason);
    });
    connect(unhalt, &QPushButton::clicked, this, [this] {
        const QString reason = askReason(tr("Unhalt the tree"));
        if (!reason.isNull())
            unhaltSelected(reason);
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const QString reason = askReason(tr("Delete the message and everything below it"));
        if (!reason.isNull())
            deleteSelected(reason);
    });
    connect(restore, &QPushButton::clicked, this, [this] {
        const QString reason = askReason(tr("Undelete the message and everything below it"));
        if (!reason.isNull())
            undeleteSelected(reason);
    });
    connect(edit, &QPushButton::clicked, this, [this] {
        const QJsonObject m = m_model->messageJson(m_view->currentIndex());
        if (m.isEmpty())
            return;
        bool ok = false;
        const QString text = QInputDialog::getMultiLineText(this, tr("Edit the message"), tr("New text:"),
                                                            m.value(u"text"_s).toString(), &ok);
        if (!ok)
            return;
        const QString reason = askReason(tr("Why the edit"));
        if (!reason.isNull())
            editSelected(text, reason);
    });

    // Names for the authors' ids, then the first page.
    m_client.run(this,
                 [](Engine &engine) {
                     QHash<QString, QString> names;
                     for (const UserInfo &u : engine.users())
                         names.insert(u.id, u.name);
                     return names;
                 },
                 [this](const QHash<QString, QString> &names) {
                     m_authorNames = names;
                     m_model->setAuthorNames(names);
                 },
                 [this](const EngineFailure &failure) { m_message->setText(failure.message); });
    applyFilters();
}

void TreeBrowser::search(const QString &words)
{
    const QSignalBlocker quiet(m_text);
    m_text->setText(words);
    m_typing.stop();
    applyFilters();
}

void TreeBrowser::applyQuery(const TreeQuery &query)
{
    m_dashboardFilter = TreeQuery();
    m_dashboardFilter.state = query.state;
    m_dashboardFilter.lang = query.lang;
    m_dashboardFilter.contributor = query.contributor;
    m_dashboardFilter.taskType = query.taskType;
    m_dashboardFilter.taskFrom = query.taskFrom;
    m_dashboardFilter.taskTo = query.taskTo;
    m_dashboardFilter.label = query.label;
    m_dashboardFilter.labelStep = query.labelStep;
    m_dashboardFilter.labelDisagreement = query.labelDisagreement;
    m_dashboardFilter.wFrom = query.wFrom;
    m_dashboardFilter.wTo = query.wTo;
    {
        // The browser's own filters: what the query says, the rest cleared (one list, not two
        // filters fighting each other).
        const QSignalBlocker quietText(m_text), quietLang(m_lang), quietAuthor(m_author), quietState(m_state),
            quietSort(m_sort);
        m_text->setText(query.text);
        m_author->setText(query.author);
        m_lang->clear();
        m_state->setCurrentIndex(0);
        m_sort->setCurrentIndex(std::max(0, m_sort->findData(int(query.sort))));
    }
    m_typing.stop();
    const QString sentence = describeFilter(m_dashboardFilter);
    m_filterText->setText(sentence);
    m_filterLine->setVisible(!sentence.isEmpty());
    applyFilters();
}

void TreeBrowser::clearDashboardFilter()
{
    m_dashboardFilter = TreeQuery();
    m_filterText->clear();
    m_filterLine->hide();
    applyFilters();
}

QString TreeBrowser::stateTitle(TreeState state)
{
    switch (state) {
    case TreeState::InitialPromptReview:
        return tr("Initial prompt review");
    case TreeState::Growing:
        return tr("Growing");
    case TreeState::Ranking:
        return tr("Ranking");
    case TreeState::ReadyForScoring:
        return tr("Ready for scoring");
    case TreeState::ReadyForExport:
        return tr("Ready for export");
    case TreeState::ScoringFailed:
        return tr("Scoring failed");
    case TreeState::AbortedLowGrade:
        return tr("Aborted (low grade)");
    case TreeState::HaltedByModerator:
        return tr("Halted by moderator");
    case TreeState::BacklogRanking:
        return tr("Backlog ranking");
    case TreeState::PromptLotteryWaiting:
        return tr("Prompt lottery waiting");
    }
    return toString(state);
}

QString TreeBrowser::describeFilter(const TreeQuery &query)
{
    const QLocale locale;
    QStringList parts;
    if (query.state)
        parts << tr("state %1").arg(stateTitle(*query.state));
    if (!query.lang.isEmpty())
        parts << tr("language %1").arg(query.lang);
    if (!query.contributor.isEmpty())
        parts << tr("a message by %1").arg(query.contributor);
    if (query.taskFrom > 0 || query.taskTo > 0) {
        const std::optional<TaskType> type = taskTypeFromString(query.taskType);
        const QString what = type ? tr("a “%1” task").arg(TaskTexts::title(*type)) : tr("a task");
        const QDate from = QDateTime::fromMSecsSinceEpoch(query.taskFrom, Qt::UTC).date();
        const QDate last = QDateTime::fromMSecsSinceEpoch(query.taskTo - 1, Qt::UTC).date();
        if (query.taskTo <= 0)
            parts << tr("%1 done since %2").arg(what, locale.toString(from, QLocale::ShortFormat));
        else if (from == last)
            parts << tr("%1 done on %2").arg(what, locale.toString(from, QLocale::ShortFormat));
        else
            parts << tr("%1 done from %2 to %3")
                         .arg(what, locale.toString(from, QLocale::ShortFormat), locale.toString(last, QLocale::ShortFormat));
    }
    if (!query.label.isEmpty() && (query.labelStep >= 0 || query.labelDisagreement)) {
        const LabelInfo *info = Labels::find(query.label);
        const QString name = info ? info->displayText : query.label;
        if (query.labelDisagreement) {
            parts << tr("a message its annotators labelled “%1” differently").arg(name);
        } else {
            QString value;
            if (info && info->widget == LabelWidget::Likert)
                value = tr("%1 of 5").arg(query.labelStep + 1);
            else
                value = query.labelStep >= 4 ? tr("yes") : tr("no");
            parts << tr("a message labelled “%1: %2”").arg(name, value);
        }
    }
    if (query.wFrom || query.wTo) {
        const double from = query.wFrom.value_or(0.0);
        const double to = std::min(query.wTo.value_or(1.0), 1.0);
        parts << tr("sibling replies ranked with Kendall's W from %1 to %2")
                     .arg(locale.toString(from, 'f', 1), locale.toString(to, 'f', 1));
    }
    if (parts.isEmpty())
        return {};
    return tr("Showing trees with %1").arg(parts.join(tr(" and ")));
}

void TreeBrowser::applyFilters()
{
    ++m_generation;
    m_model->reset();
    m_detail->clear();
    if (m_model->canFetchMore({}))
        m_model->fetchMore({});
}

void TreeBrowser::fetchPage(int offset)
{
    TreeQuery query;
    if (const QString state = m_state->currentData().toString(); !state.isEmpty())
        query.state = treeStateFromString(state);
    query.lang = m_lang->text().trimmed();
    query.author = m_author->text().trimmed();
    query.text = m_text->text();
    query.sort = TreeQuery::Sort(m_sort->currentData().toInt());
    // The dashboard's filter narrows what the browser's own filters select.
    const TreeQuery &d = m_dashboardFilter;
    if (d.state) {
        if (query.state && *query.state != *d.state)
            query.treeId = u"-"_s; // two different states: nothing
        query.state = d.state;
    }
    if (!d.lang.isEmpty()) {
        if (!query.lang.isEmpty() && query.lang != d.lang)
            query.treeId = u"-"_s;
        query.lang = d.lang;
    }
    query.contributor = d.contributor;
    query.taskType = d.taskType;
    query.taskFrom = d.taskFrom;
    query.taskTo = d.taskTo;
    query.label = d.label;
    query.labelStep = d.labelStep;
    query.labelDisagreement = d.labelDisagreement;
    query.wFrom = d.wFrom;
    query.wTo = d.wTo;
    const int generation = m_generation;
    m_client.run(this, [query, offset](Engine &engine) { return engine.browseTrees(query, offset, kPage); },
                 [this, offset, generation](const QList<TreeListing> &rows) {
                     if (generation != m_generation)
                         return; // the filters changed meanwhile
                     QList<TreeListRow> list;
                     for (const TreeListing &t : rows)
                         list.append({t.id, stateTitle(t.state), t.lang, t.created, t.size, t.author, t.prompt});
                     m_model->appendPage(offset, list, rows.size() == kPage);
                     emit pageShown(m_model->rowCount());
                 },
                 [this, offset, generation](const EngineFailure &failure) {
                     m_message->setText(failure.message);
                     if (generation == m_generation)
                         m_model->pageFailed(offset); // scrolling asks again
                 });
}

void TreeBrowser::fetchTree(const QString &treeId)
{
    m_client.run(this, [treeId](Engine &engine) { return engine.treeJson(treeId); },
                 [this, treeId](const QJsonObject &tree) { m_model->setTreeMessages(treeId, tree); },
                 [this, treeId](const EngineFailure &failure) {
                     m_message->setText(failure.message);
                     m_model->treeFailed(treeId); // expanding asks again
                 });
}

void TreeBrowser::showDetail()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        m_detail->clear();
        return;
    }
    const QString treeId = m_model->treeIdOf(current);
    const QJsonObject message = m_model->messageJson(current);
    const QString objectId = message.isEmpty() ? treeId : message.value(u"message_id"_s).toString();
    // The siblings' rankings are the parent's events, already in the model (a prompt's parent
    // index is its tree row, which has no message JSON).
    const QJsonObject parent = message.isEmpty() ? QJsonObject() : m_model->messageJson(current.parent());
    struct Facts
    {
        QList<LabelEntry> labels;
        QList<AuditEntry> audit;
    };
    m_client.run(this,
                 [objectId, isMessage = !message.isEmpty()](Engine &engine) {
                     Facts facts;
                     if (isMessage)
                         facts.labels = engine.messageLabels(objectId);
                     facts.audit = engine.auditLog(objectId);
                     return facts;
                 },
                 [this, current = QPersistentModelIndex(current), message, parent](const Facts &facts) {
                     if (!current.isValid() || current != m_view->currentIndex())
                         return; // another row was chosen, or the list was filtered anew
                     const QLocale locale;
                     QString md;
                     if (message.isEmpty()) {
                         md += u"### "_s + tr("Tree") + u"\n\n"_s;
                         md += current.sibling(current.row(), TreeBrowserModel::ColPrompt).data(Qt::ToolTipRole).toString()
                             + u"\n\n"_s;
                         md += tr("State: %1 · language %2 · %Ln messages · by %3 · %4", nullptr,
                                  current.sibling(current.row(), TreeBrowserModel::ColSize).data().toInt())
                                   .arg(current.sibling(current.row(), TreeBrowserModel::ColState).data().toString(),
                                        current.sibling(current.row(), TreeBrowserModel::ColLang).data().toString(),
                                        current.sibling(current.row(), TreeBrowserModel::ColAuthor).data().toString(),
                                        current.sibling(current.row(), TreeBrowserModel::ColCreated).data().toString())
                             + u"\n\n"_s;
                     } else {
                         const bool assistant = message.value(u"role"_s).toString() == "assistant"_L1;
                         md += u"### "_s + TaskTexts::roleName(assistant ? MessageRole::Assistant : MessageRole::Prompter);
                         if (message.value(u"deleted"_s).toBool())
                             md += u" · "_s + tr("deleted");
                         md += u"\n\n"_s + message.value(u"text"_s).toString() + u"\n\n"_s;
                         // Every annotator's labels.
                         md += u"#### "_s + tr("Labels") + u"\n\n"_s;
                         // The means over everyone (an import brings only these), then each annotator's.
                         const QJsonObject means = message.value(u"labels"_s).toObject();
                         if (!means.isEmpty()) {
                             QStringList list;
                             for (auto it = means.begin(); it != means.end(); ++it) {
                                 const QJsonObject stat = it.value().toObject();
                                 list << u"%1 %2 (%3)"_s.arg(labelTitle(it.key()),
                                                             locale.toString(stat.value(u"value"_s).toDouble(), 'f', 2),
                                                             locale.toString(stat.value(u"count"_s).toInt()));
                             }
                             md += tr("Means: %1").arg(list.join(u", "_s)) + u"\n\n"_s;
                         }
                         if (facts.labels.isEmpty())
                             md += tr("No annotator's labels are stored here.") + u"\n\n"_s;
                         for (const LabelEntry &l : facts.labels) {
                             QStringList values;
                             for (auto it = l.values.begin(); it != l.values.end(); ++it)
                                 values << u"%1 %2"_s.arg(labelTitle(it.key()), locale.toString(it.value()));
                             values.sort();
                             md += u"- **"_s + plain(l.userName) + u"**"_s + (l.report ? u" ("_s + tr("report") + u")"_s : QString())
                                 + u": "_s + values.join(u", "_s)
                                 + (l.text.isEmpty() ? QString() : u" — "_s + plain(l.text)) + u"\n"_s;
                         }
                         // The consensus rank, and every ranking of its siblings.
                         const QJsonArray rankings = parent.value(u"events"_s).toObject().value(u"ranking"_s).toArray();
                         md += u"\n#### "_s + tr("Ranking") + u"\n\n"_s;
                         md += message.contains(u"rank"_s)
                             ? tr("Consensus place: %1.").arg(message.value(u"rank"_s).toInt() + 1) + u"\n\n"_s
                             : tr("Not ranked.") + u"\n\n"_s;
                         const QString id = message.value(u"message_id"_s).toString();
                         for (const QJsonValue &r : rankings) {
                             const QJsonObject event = r.toObject();
                             const QJsonArray ids = event.value(u"ranked_message_ids"_s).toArray();
                             int place = -1;
                             for (int i = 0; i < ids.size(); ++i) {
                                 if (ids.at(i).toString().compare(id, Qt::CaseInsensitive) == 0)
                                     place = i + 1;
                             }
                             const QString who = m_authorNames.value(event.value(u"user_id"_s).toString(),
                                                                     event.value(u"user_id"_s).toString().left(8));
                             md += u"- "_s + plain(who) + u": "_s
                                 + (event.value(u"not_rankable"_s).toBool() ? tr("none acceptable")
                                                                           : tr("place %1 of %2").arg(place).arg(ids.size()))
                                 + u"\n"_s;
                         }
                         const QJsonObject emojis = message.value(u"emojis"_s).toObject();
                         if (!emojis.isEmpty()) {
                             QStringList list;
                             for (auto it = emojis.begin(); it != emojis.end(); ++it)
                                 list << u"%1 × %2"_s.arg(it.key()).arg(it.value().toInt());
                             md += u"\n#### "_s + tr("Emojis") + u"\n\n"_s + list.join(u", "_s) + u"\n"_s;
                         }
                     }
                     md += u"\n#### "_s + tr("History") + u"\n\n"_s;
                     if (facts.audit.isEmpty())
                         md += tr("Nothing recorded.") + u"\n"_s;
                     for (const AuditEntry &a : facts.audit) {
                         md += u"- "_s + when(a.at) + u" · **"_s + plain(a.userName) + u"** "_s + plain(actionTitle(a.action));
                         if (!a.reason.isEmpty())
                             md += u" — "_s + plain(a.reason);
                         md += u"\n"_s;
                     }
                     m_detail->setMarkdown(md);
                     emit detailShown();
                 },
                 [this](const EngineFailure &failure) { m_message->setText(failure.message); });
}

void TreeBrowser::selectMessage(const QString &treeId, const QString &messageId)
{
    const QModelIndex tree = m_model->indexOfTree(treeId);
    if (!tree.isValid())
        return;
    // Breadth first through the tree's messages, fetching each level as it is reached.
    QList<QModelIndex> level{tree};
    while (!level.isEmpty()) {
        QList<QModelIndex> next;
        for (const QModelIndex &parent : std::as_const(level)) {
            if (m_model->canFetchMore(parent) && parent != tree)
                m_model->fetchMore(parent);
            for (int r = 0; r < m_model->rowCount(parent); ++r) {
                const QModelIndex child = m_model->index(r, 0, parent);
                if (child.data(MessageIdRole).toString() == messageId) {
                    for (QModelIndex p = parent; p.isValid(); p = p.parent())
                        m_view->expand(p);
                    m_view->setCurrentIndex(child);
                    return;
                }
                next << child;
            }
        }
        level = next;
    }
}

QString TreeBrowser::askReason(const QString &title)
{
    bool ok = false;
    const QString reason = QInputDialog::getText(this, title, tr("Reason (kept in the audit log):"), QLineEdit::Normal,
                                                 QString(), &ok);
    return ok ? reason : QString();
}

void TreeBrowser::moderate(const QString &what, const std::function<void(Engine &, const QString &)> &action)
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        m_message->setText(tr("Choose a tree or a message first."));
        return;
    }
    const QString treeId = m_model->treeIdOf(current);
    const QString messageId = m_model->messageJson(current).value(u"message_id"_s).toString();
    m_client.run(this,
                 [action, actor = m_session.userName, treeId](Engine &engine) {
                     action(engine, actor);
                     // What the list and the tree show now.
                     TreeQuery one;
                     one.treeId = treeId;
                     const QList<TreeListing> rows = engine.browseTrees(one, 0, 1);
                     return std::make_pair(rows.value(0), engine.treeJson(treeId));
                 },
                 [this, what, treeId, messageId](const std::pair<TreeListing, QJsonObject> &after) {
                     const TreeListing &t = after.first;
                     if (!t.id.isEmpty())
                         m_model->updateTree({t.id, stateTitle(t.state), t.lang, t.created, t.size, t.author, t.prompt});
                     m_model->reloadTreeMessages(treeId, after.second);
                     if (!messageId.isEmpty())
                         selectMessage(treeId, messageId); // the messages were read again
                     m_message->setText(what);
                     showDetail();
                     emit moderated(true, what);
                 },
                 [this](const EngineFailure &failure) {
                     m_message->setText(failure.message);
                     emit moderated(false, failure.message);
                 });
}

void TreeBrowser::haltSelected(const QString &reason)
{
    moderate(tr("The tree was halted."),
             [treeId = m_model->treeIdOf(m_view->currentIndex()), reason](Engine &engine, const QString &actor) {
                 engine.haltTree(actor, treeId, reason);
             });
}

void TreeBrowser::unhaltSelected(const QString &reason)
{
    moderate(tr("The tree was unhalted."),
             [treeId = m_model->treeIdOf(m_view->currentIndex()), reason](Engine &engine, const QString &actor) {
                 engine.unhaltTree(actor, treeId, reason);
             });
}

void TreeBrowser::deleteSelected(const QString &reason)
{
    const QString id = m_model->messageJson(m_view->currentIndex()).value(u"message_id"_s).toString();
    if (id.isEmpty()) {
        m_message->setText(tr("Choose a message first."));
        return;
    }
    moderate(tr("The message was deleted, with everything below it."),
             [id, reason](Engine &engine, const QString &actor) { engine.deleteMessage(actor, id, reason); });
}

void TreeBrowser::undeleteSelected(const QString &reason)
{
    const QString id = m_model->messageJson(m_view->currentIndex()).value(u"message_id"_s).toString();
    if (id.isEmpty()) {
        m_message->setText(tr("Choose a message first."));
        return;
    }
    moderate(tr("The message was undeleted."),
             [id, reason](Engine &engine, const QString &actor) { engine.undeleteMessage(actor, id, reason); });
}

void TreeBrowser::editSelected(const QString &text, const QString &reason)
{
    const QString id = m_model->messageJson(m_view->currentIndex()).value(u"message_id"_s).toString();
    if (id.isEmpty()) {
        m_message->setText(tr("Choose a message first."));
        return;
    }
    moderate(tr("The message was edited."),
             [id, text, reason](Engine &engine, const QString &actor) { engine.editMessage(actor, id, text, reason); });
}

} // namespace Arborist
