#pragma once

#include "core/types.h"
#include "widgets/session.h"

#include <QHash>
#include <QTimer>
#include <QWidget>

#include <optional>

class QLabel;
class QToolButton;

namespace Arborist {

class EngineClient;

// One tile per task type with the number of tasks waiting for this annotator (§3.3), and
// "I'm feeling lucky". Counts are fetched on the worker thread and refreshed while the page
// is in view; a tile with nothing to do says so and is disabled.
class DashboardPage final : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPage(EngineClient &client, QWidget *parent = nullptr);

    void setSession(const Session &session);
    // Asks for fresh counts now.
    void refresh();
    void setMessage(const QString &message);
    // The tile of a task type (for tests and screenshots).
    QToolButton *tile(TaskType type) const { return m_tiles.value(type); }
    QToolButton *luckyButton() const { return m_lucky; }
    // Counts arrived at least once since the last setSession().
    bool hasCounts() const { return m_loaded; }

signals:
    void taskChosen(std::optional<TaskType> type);
    // Fresh counts are on the tiles.
    void countsShown();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void setCounts(const QMap<QString, int> &counts);

    EngineClient &m_client;
    Session m_session;
    QHash<TaskType, QToolButton *> m_tiles;
    QToolButton *m_lucky;
    QLabel *m_greeting;
    QLabel *m_message;
    QTimer m_refresh;
    bool m_loaded = false;
    bool m_asking = false;
};

} // namespace Arborist
