#pragma once

#include "engine/engine.h"
#include "widgets/session.h"

#include <QDialog>
#include <QHash>
#include <QTimer>

class QComboBox;
class QFrame;
class QLabel;
class QLineEdit;
class QPushButton;
class QTextBrowser;
class QTreeView;

namespace Arborist {

class Engine;
class EngineClient;
class TreeBrowserModel;

// The lead's view of every tree: filtered by state, language, author and words of the prompt,
// sorted by date, size or state, read page by page as the list scrolls; a tree expands into its
// messages; the detail pane shows the text, every annotator's labels, every ranking beside the
// consensus, emojis and the audit history. Moderation (halt, unhalt, delete, undelete, edit)
// goes through the engine with a reason and lands in the audit log.
class TreeBrowser final : public QDialog
{
    Q_OBJECT

public:
    TreeBrowser(EngineClient &client, const Session &session, QWidget *parent = nullptr);

    TreeBrowserModel *model() const { return m_model; }
    QTreeView *view() const { return m_view; }
    QTextBrowser *detail() const { return m_detail; }

    // Shows the trees whose prompt has these words, at once (typing waits for a pause).
    void search(const QString &words);

    // Shows the trees a figure of the dashboard stands for: the query's state, language and
    // click-through fields (contributor, task, label, Kendall's W) make a line above the list,
    // "Showing trees with …", with a Show all button that drops them. The browser's own filters
    // start from the query's text and author, and narrow the list further.
    void applyQuery(const TreeQuery &query);
    // The dashboard's filter in force (an empty query after Show all).
    const TreeQuery &dashboardFilter() const { return m_dashboardFilter; }
    // The sentence of the filter line; empty when the query has nothing for it.
    static QString describeFilter(const TreeQuery &query);
    // What the lead's tools call a tree state ("Ready for export").
    static QString stateTitle(TreeState state);

    // Moderation of the selected tree or message, with the reason given (the buttons ask for it).
    void haltSelected(const QString &reason);
    void unhaltSelected(const QString &reason);
    void deleteSelected(const QString &reason);
    void undeleteSelected(const QString &reason);
    void editSelected(const QString &text, const QString &reason);

signals:
    // A page of trees arrived (for tests and the first-rows figure).
    void pageShown(int rows);
    // The detail pane shows the current row's details.
    void detailShown();
    // A moderation action went through (or failed with a message).
    void moderated(bool ok, const QString &message);

private:
    void applyFilters();
    void clearDashboardFilter();
    void fetchPage(int offset);
    void fetchTree(const QString &treeId);
    void showDetail();
    void moderate(const QString &what, const std::function<void(Engine &, const QString &actor)> &action);
    QString askReason(const QString &title);
    // Expands the tree down to a message and makes it the current row.
    void selectMessage(const QString &treeId, const QString &messageId);

    EngineClient &m_client;
    Session m_session;
    TreeBrowserModel *m_model;
    QTreeView *m_view;
    QTextBrowser *m_detail;
    QComboBox *m_state;
    QLineEdit *m_lang;
    QLineEdit *m_author;
    QLineEdit *m_text;
    QComboBox *m_sort;
    QFrame *m_filterLine;
    QLabel *m_filterText;
    TreeQuery m_dashboardFilter; // its state, lang and click-through fields; the rest unused
    QLabel *m_message;
    QTimer m_typing;                      // filters apply once typing pauses
    int m_generation = 0;                 // answers for an older query are dropped
    QHash<QString, QString> m_authorNames; // user id → name
};

} // namespace Arborist
