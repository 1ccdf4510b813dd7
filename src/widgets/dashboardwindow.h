#pragma once

#include "engine/engine.h"
#include "widgets/session.h"

#include <QDialog>
#include <QPointer>
#include <QVariantMap>

#include <array>
#include <optional>

class QChartView;
class QComboBox;
class QFrame;
class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QStackedWidget;
class QTabWidget;
class QTableView;

namespace Arborist {

class EngineClient;
struct EngineFailure;
class StatisticsTableModel;
class TreeBrowser;

// The team lead's dashboard: trees by state and language, tasks finished per day by type, what
// each annotator did, how often each label value was given, and how well annotators agree
// (Krippendorff's alpha per label, Kendall's W per ranked sibling group). The figures come from
// Engine::dashboard() on the engine's worker thread. Every chart is drawn from a
// StatisticsTableModel, which is also what "Save data as CSV…" writes; a click on a bar or point
// opens the tree browser on the trees behind it.
class DashboardWindow final : public QDialog
{
    Q_OBJECT

public:
    enum class Chart {
        TreesByState,
        TasksOverTime,
        Annotators,    // the table
        TopAnnotators, // the bar chart of the same model
        LabelFlags,
        LabelRatings,
        Agreement,     // Krippendorff's alpha per label
        RankingAgreement, // Kendall's W histogram
    };
    static constexpr int ChartCount = 8;

    enum class Period { AllTime, Year, Quarter, Month, Week };

    DashboardWindow(EngineClient &client, const Session &session, QWidget *parent = nullptr);
    ~DashboardWindow() override;

    // Reads every figure again (F5). The answer for an older request is dropped.
    void refresh();
    void setPeriod(Period period); // refreshes
    Period period() const;
    // DashboardQuery::since for a period: the UTC midnight that makes the period that many
    // whole days, today included; 0 for all time.
    static qint64 since(Period period, qint64 now);
    bool isLoading() const { return m_loading; }
    // The figures shown (empty until the first answer).
    const std::optional<Dashboard> &figures() const { return m_figures; }

    StatisticsTableModel *model(Chart chart) const;
    // The chart's view; the annotators table has none.
    QChartView *chartView(Chart chart) const;
    QTableView *annotatorTable() const { return m_annotatorTable; }
    QTableView *agreementTable() const { return m_agreementTable; }
    QTabWidget *tabs() const { return m_tabs; }

    // The exports behind "Save as PNG…" and "Save data as CSV…". False, with a sentence in
    // *error, when the file could not be written.
    bool savePng(Chart chart, const QString &path, QString *error = nullptr);
    bool saveCsv(Chart chart, const QString &path, QString *error = nullptr);

    // What a click on the cell (row, column) of a chart's model does: the tree browser shows
    // the trees behind it. Returns the browser, or nullptr when the cell leads nowhere.
    TreeBrowser *clickThrough(Chart chart, int row, int column);
    // Opens the tree browser (or brings the open one up) on these trees.
    TreeBrowser *openBrowser(const TreeQuery &query);
    TreeBrowser *browser() const { return m_browser; }
    // A model cell's click-through filter (StatisticsTableModel::FilterRole) as a query.
    static TreeQuery queryFromFilter(const QVariantMap &filter);

signals:
    // The figures arrived and every chart shows them.
    void loaded();
    // Reading them failed; the banner says what happened.
    void loadFailed(const QString &message);

private:
    struct Card;
    Card &card(Chart chart) const;
    QWidget *makeCard(Chart chart, const QString &title, const QString &fileStem, QWidget *content,
                      QWidget *grabTarget);
    QChartView *makeChartView(Chart chart);
    void setBusy(bool busy);
    void showError(const EngineFailure &failure);
    void showFigures(const Dashboard &figures);
    void askPng(Chart chart);
    void askCsv(Chart chart);
    void setNote(const QString &text);
    void setEmpty(Chart chart, const QString &emptyText);

    // One function per chart: the model from the figures, then the chart from the model.
    void fillTreesByState(const Dashboard &d);
    void fillTasksOverTime(const Dashboard &d);
    void fillAnnotators(const Dashboard &d);
    void fillLabels(const Dashboard &d);
    void fillAgreement(const Dashboard &d);
    void fillRankingAgreement(const Dashboard &d);
    void drawTreesByState();
    void drawTasksOverTime();
    void drawTopAnnotators();
    void drawLabels(Chart chart);
    void drawAgreement();
    void drawRankingAgreement();

    EngineClient &m_client;
    Session m_session;
    std::array<std::unique_ptr<Card>, ChartCount> m_cards;
    QComboBox *m_period;
    QPushButton *m_refresh;
    QProgressBar *m_busy;
    QLabel *m_updated;
    QFrame *m_errorBanner;
    QLabel *m_errorText;
    QLabel *m_summary;
    QLabel *m_rankingSummary;
    QLabel *m_note; // what the last export did
    QTabWidget *m_tabs;
    QTableView *m_annotatorTable;
    QSortFilterProxyModel *m_annotatorSort;
    QTableView *m_agreementTable;
    QPointer<TreeBrowser> m_browser;
    std::optional<Dashboard> m_figures;
    qint64 m_tasksFrom = 0; // the first day the tasks chart spans (ms, UTC midnight)
    int m_generation = 0;
    bool m_loading = false;
    QString m_lastFolder;
};

} // namespace Arborist
