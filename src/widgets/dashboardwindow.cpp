#include "widgets/dashboardwindow.h"

#include "core/labels.h"
#include "engine/engineclient.h"
#include "models/statisticstablemodel.h"
#include "widgets/headline.h"
#include "widgets/tasktexts.h"
#include "widgets/treebrowser.h"

#include <QAction>
#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QDateTime>
#include <QCategoryAxis>
#include <QDir>
#include <QFileDialog>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QHorizontalPercentBarSeries>
#include <QHorizontalStackedBarSeries>
#include <QImageWriter>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>
#include <QToolTip>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Arborist {

namespace {

constexpr qint64 kDay = 24 * 60 * 60 * 1000;
constexpr int kTopLanguages = 4;   // languages with bars of their own; the rest are "other"
constexpr int kTopAnnotators = 12; // annotators in the bar chart
constexpr int kMaxDays = 3700;     // days the tasks chart spans at most (ten years)
constexpr int kDailyDays = 120;    // longer spans show weeks

// Tableau 10: distinct, print-friendly colours for categories.
const QList<QColor> &seriesColors()
{
    static const QList<QColor> colors = {QColor(0x4e79a7), QColor(0xf28e2b), QColor(0x59a14f), QColor(0xe15759),
                                         QColor(0x76b7b2), QColor(0xedc948), QColor(0xb07aa1), QColor(0xff9da7),
                                         QColor(0x9c755f), QColor(0xbab0ac)};
    return colors;
}
const QColor kOther(0xbab0ac);

qint64 dayStart(qint64 ms)
{
    return ms - (((ms % kDay) + kDay) % kDay);
}

QDate utcDate(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).date();
}

// Where a day sits on a date axis (which shows local time): local midnight of its UTC date.
qint64 axisPosition(const QDate &date)
{
    return date.startOfDay().toMSecsSinceEpoch();
}

QString number(qint64 n)
{
    return QLocale().toString(n);
}

QString percent(double fraction)
{
    return DashboardWindow::tr("%1 %").arg(QLocale().toString(fraction * 100.0, 'f', 1));
}

QString duration(double seconds)
{
    const QLocale locale;
    if (seconds < 60.0)
        return DashboardWindow::tr("%1 s").arg(locale.toString(seconds, 'f', seconds < 10.0 ? 1 : 0));
    const qint64 s = qRound64(seconds);
    if (s < 3600)
        return DashboardWindow::tr("%1 min %2 s").arg(s / 60).arg(s % 60, 2, 10, QChar(u'0'));
    return DashboardWindow::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60, 2, 10, QChar(u'0'));
}

// An agreement figure to `decimals` places, never "-0.00".
QString alphaText(double alpha, int decimals = 2)
{
    const double scale = std::pow(10.0, decimals);
    const double rounded = std::round(alpha * scale) / scale;
    return QLocale().toString(rounded == 0.0 ? 0.0 : rounded, 'f', decimals);
}

QString labelTitle(const QString &name)
{
    const LabelInfo *info = Labels::find(name);
    return info ? info->displayText : name;
}

StatisticsCell count(qint64 n, const QString &toolTip = {}, const QVariantMap &filter = {})
{
    return StatisticsCell(QVariant(n), number(n), toolTip, filter);
}

// Removes every series and axis (the series are deleted, and their connections with them).
void resetChart(QChart *chart)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
}

// A value axis for counts: whole numbers only, from 0 to a round maximum, at most five steps.
QValueAxis *countAxis(qint64 max)
{
    max = std::max<qint64>(max, 1);
    qint64 step = 1;
    for (qint64 magnitude = 1; (max + step - 1) / step > 5; magnitude *= 10) {
        for (const qint64 m : {1, 2, 5}) {
            step = m * magnitude;
            if ((max + step - 1) / step <= 5)
                break;
        }
    }
    const qint64 steps = (max + step - 1) / step;
    auto *axis = new QValueAxis;
    axis->setRange(0, double(step * steps));
    axis->setTickCount(int(steps) + 1);
    axis->setLabelFormat(u"%d"_s);
    return axis;
}

// Bars about as thick whatever their number: a fraction of each category's slot.
qreal barWidth(int bars)
{
    return std::min(0.7, 0.12 * bars);
}

void showToolTip(bool status, const QString &text)
{
    if (status)
        QToolTip::showText(QCursor::pos(), text);
    else
        QToolTip::hideText();
}

} // namespace

struct DashboardWindow::Card
{
    StatisticsTableModel *model = nullptr;
    QChartView *view = nullptr;      // none for the annotators table
    QWidget *grabTarget = nullptr;   // what "Save as PNG…" photographs
    QStackedWidget *stack = nullptr; // the content, or the text that says there is none
    QLabel *heading = nullptr;
    QLabel *empty = nullptr;
    QString fileStem;
    QString title;
};

DashboardWindow::DashboardWindow(EngineClient &client, const Session &session, QWidget *parent)
    : QDialog(parent), m_client(client), m_session(session)
{
    setWindowTitle(tr("Team dashboard"));
    setWindowFlag(Qt::WindowMaximizeButtonHint);
    setWindowFlag(Qt::WindowMinimizeButtonHint);
    for (auto &c : m_cards)
        c = std::make_unique<Card>();

    // The bar: period, refresh, busy indicator, when the figures were read.
    m_period = new QComboBox(this);
    m_period->setObjectName(u"periodBox"_s);
    m_period->addItem(tr("All time"), int(Period::AllTime));
    m_period->addItem(tr("Last 365 days"), int(Period::Year));
    m_period->addItem(tr("Last 90 days"), int(Period::Quarter));
    m_period->addItem(tr("Last 30 days"), int(Period::Month));
    m_period->addItem(tr("Last 7 days"), int(Period::Week));
    auto *periodLabel = new QLabel(tr("&Period:"), this);
    periodLabel->setBuddy(m_period);
    auto *periodHint = new QLabel(tr("applies to tasks and annotators; trees, labels and agreement cover all time"), this);
    periodHint->setEnabled(false); // greyed: a hint, not a figure
    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_refresh->setObjectName(u"refreshButton"_s);
    m_refresh->setToolTip(tr("Read every figure again (F5)"));
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(u"busyIndicator"_s);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setFixedWidth(120);
    m_busy->hide();
    m_updated = new QLabel(this);
    m_updated->setObjectName(u"updatedLabel"_s);
    auto *bar = new QHBoxLayout;
    bar->addWidget(periodLabel);
    bar->addWidget(m_period);
    bar->addWidget(periodHint);
    bar->addStretch(1);
    bar->addWidget(m_busy);
    bar->addWidget(m_updated);
    bar->addWidget(m_refresh);

    // What went wrong, and what to do.
    m_errorBanner = new QFrame(this);
    m_errorBanner->setObjectName(u"errorBanner"_s);
    m_errorBanner->setFrameShape(QFrame::StyledPanel);
    m_errorBanner->setAutoFillBackground(true);
    QPalette alarm = m_errorBanner->palette();
    const QColor base = alarm.color(QPalette::Base), red(0xd93025);
    alarm.setColor(QPalette::Window, QColor::fromRgbF(0.82f * base.redF() + 0.18f * red.redF(),
                                                      0.82f * base.greenF() + 0.18f * red.greenF(),
                                                      0.82f * base.blueF() + 0.18f * red.blueF()));
    m_errorBanner->setPalette(alarm);
    m_errorText = new QLabel(m_errorBanner);
    m_errorText->setObjectName(u"errorText"_s);
    m_errorText->setWordWrap(true);
    m_errorText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *retry = new QPushButton(tr("Try &again"), m_errorBanner);
    auto *errorLayout = new QHBoxLayout(m_errorBanner);
    errorLayout->addWidget(m_errorText, 1);
    errorLayout->addWidget(retry);
    m_errorBanner->hide();

    m_summary = new QLabel(this);
    m_summary->setObjectName(u"summaryLabel"_s);
    m_summary->setTextFormat(Qt::RichText);

    // The charts, a tab per subject.
    auto *treesCard = makeCard(Chart::TreesByState, tr("Trees by state and language"), u"trees-by-state"_s,
                               makeChartView(Chart::TreesByState), nullptr);
    auto *tasksCard = makeCard(Chart::TasksOverTime, tr("Tasks done per day, by type"), u"tasks-per-day"_s,
                               makeChartView(Chart::TasksOverTime), nullptr);
    auto *overview = new QSplitter(Qt::Vertical, this);
    overview->addWidget(treesCard);
    overview->addWidget(tasksCard);
    overview->setStretchFactor(0, 2);
    overview->setStretchFactor(1, 3);
    overview->setSizes({450, 550});

    m_annotatorTable = new QTableView(this);
    m_annotatorTable->setObjectName(u"annotatorTable"_s);
    m_annotatorSort = new QSortFilterProxyModel(this);
    m_annotatorSort->setSortRole(StatisticsTableModel::ValueRole);
    m_annotatorSort->setSortCaseSensitivity(Qt::CaseInsensitive);
    auto *annotators = new StatisticsTableModel(this);
    card(Chart::Annotators).model = annotators;
    card(Chart::TopAnnotators).model = annotators;
    m_annotatorSort->setSourceModel(annotators);
    m_annotatorTable->setModel(m_annotatorSort);
    m_annotatorTable->setSortingEnabled(true);
    m_annotatorTable->sortByColumn(1, Qt::DescendingOrder);
    m_annotatorTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_annotatorTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_annotatorTable->setAlternatingRowColors(true);
    m_annotatorTable->verticalHeader()->hide();
    m_annotatorTable->horizontalHeader()->setStretchLastSection(true);
    m_annotatorTable->setToolTip(tr("Double-click an annotator to browse the trees they wrote in."));
    connect(m_annotatorTable, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        const QModelIndex source = m_annotatorSort->mapToSource(index);
        clickThrough(Chart::Annotators, source.row(), source.column());
    });
    auto *annotatorCard = makeCard(Chart::Annotators, tr("Annotators"), u"annotators"_s, m_annotatorTable, m_annotatorTable);
    auto *topCard = makeCard(Chart::TopAnnotators, tr("Most tasks done"), u"top-annotators"_s,
                             makeChartView(Chart::TopAnnotators), nullptr);
    auto *people = new QSplitter(Qt::Horizontal, this);
    people->addWidget(annotatorCard);
    people->addWidget(topCard);
    people->setStretchFactor(0, 3);
    people->setStretchFactor(1, 2);
    people->setSizes({900, 600});

    auto *flagsCard = makeCard(Chart::LabelFlags, tr("Yes/no labels and flags: how often each answer was given"),
                               u"label-flags"_s, makeChartView(Chart::LabelFlags), nullptr);
    auto *ratingsCard = makeCard(Chart::LabelRatings, tr("Ratings: how often each step was given (1 = lowest, 5 = highest)"),
                                 u"label-ratings"_s, makeChartView(Chart::LabelRatings), nullptr);
    auto *labels = new QSplitter(Qt::Horizontal, this);
    labels->addWidget(flagsCard);
    labels->addWidget(ratingsCard);
    labels->setSizes({700, 700});

    m_agreementTable = new QTableView(this);
    m_agreementTable->setObjectName(u"agreementTable"_s);
    card(Chart::Agreement).model = new StatisticsTableModel(this);
    m_agreementTable->setModel(card(Chart::Agreement).model);
    m_agreementTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_agreementTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_agreementTable->setAlternatingRowColors(true);
    m_agreementTable->setWordWrap(true);
    m_agreementTable->verticalHeader()->hide();
    m_agreementTable->horizontalHeader()->setStretchLastSection(true);
    m_agreementTable->setToolTip(tr("Double-click a label to browse the trees where its annotators disagree."));
    connect(m_agreementTable, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { clickThrough(Chart::Agreement, index.row(), index.column()); });
    auto *alphaSplit = new QSplitter(Qt::Horizontal, this);
    QChartView *alphaView = makeChartView(Chart::Agreement);
    alphaSplit->addWidget(alphaView);
    alphaSplit->addWidget(m_agreementTable);
    alphaSplit->setStretchFactor(0, 1);
    alphaSplit->setStretchFactor(1, 1);
    alphaSplit->setSizes({700, 700});
    auto *alphaCard = makeCard(Chart::Agreement, tr("Agreement on labels: Krippendorff's alpha"), u"label-agreement"_s,
                               alphaSplit, alphaView);
    m_rankingSummary = new QLabel(this);
    m_rankingSummary->setObjectName(u"rankingSummary"_s);
    m_rankingSummary->setWordWrap(true);
    auto *wBox = new QWidget(this);
    auto *wLayout = new QVBoxLayout(wBox);
    wLayout->setContentsMargins(0, 0, 0, 0);
    wLayout->addWidget(m_rankingSummary);
    QChartView *wView = makeChartView(Chart::RankingAgreement);
    wLayout->addWidget(wView, 1);
    auto *wCard = makeCard(Chart::RankingAgreement, tr("Agreement on rankings: Kendall's W per sibling group"),
                           u"ranking-agreement"_s, wBox, wView);
    auto *agreement = new QSplitter(Qt::Vertical, this);
    agreement->addWidget(alphaCard);
    agreement->addWidget(wCard);
    agreement->setSizes({500, 500});

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"dashboardTabs"_s);
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(overview, tr("&Overview"));
    m_tabs->addTab(people, tr("A&nnotators"));
    m_tabs->addTab(labels, tr("&Labels"));
    m_tabs->addTab(agreement, tr("A&greement"));

    m_note = new QLabel(this);
    m_note->setObjectName(u"dashboardNote"_s);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_errorBanner);
    layout->addWidget(m_summary);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_note);
    resize(1500, 940);

    connect(m_period, &QComboBox::currentIndexChanged, this, &DashboardWindow::refresh);
    connect(m_refresh, &QPushButton::clicked, this, &DashboardWindow::refresh);
    connect(retry, &QPushButton::clicked, this, &DashboardWindow::refresh);
    auto *f5 = new QShortcut(QKeySequence::Refresh, this);
    connect(f5, &QShortcut::activated, this, &DashboardWindow::refresh);
    if (QKeySequence(QKeySequence::Refresh) != QKeySequence(Qt::Key_F5)) {
        auto *plainF5 = new QShortcut(QKeySequence(Qt::Key_F5), this);
        connect(plainF5, &QShortcut::activated, this, &DashboardWindow::refresh);
    }

    m_lastFolder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    for (int i = 0; i < ChartCount; ++i)
        setEmpty(Chart(i), tr("Loading…"));
    refresh();
}

DashboardWindow::~DashboardWindow() = default;

DashboardWindow::Card &DashboardWindow::card(Chart chart) const
{
    return *m_cards[std::size_t(chart)];
}

StatisticsTableModel *DashboardWindow::model(Chart chart) const
{
    return card(chart).model;
}

QChartView *DashboardWindow::chartView(Chart chart) const
{
    return card(chart).view;
}

QChartView *DashboardWindow::makeChartView(Chart chart)
{
    auto *qchart = new QChart;
    qchart->setAnimationOptions(QChart::NoAnimation); // figures, not a show; and grab() sees them at once
    qchart->setBackgroundRoundness(0);
    qchart->setMargins(QMargins(2, 2, 2, 2));
    qchart->legend()->setAlignment(Qt::AlignBottom);
    auto *view = new QChartView(qchart, this);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumSize(360, 240);
    Card &c = card(chart);
    c.view = view;
    if (!c.model)
        c.model = new StatisticsTableModel(this);
    return view;
}

QWidget *DashboardWindow::makeCard(Chart chart, const QString &title, const QString &fileStem, QWidget *content,
                                   QWidget *grabTarget)
{
    Card &c = card(chart);
    c.title = title;
    c.fileStem = fileStem;
    c.grabTarget = grabTarget ? grabTarget : content;

    auto *frame = new QFrame(this);
    frame->setObjectName(fileStem + u"Card"_s);
    frame->setFrameShape(QFrame::StyledPanel);
    auto *heading = new QLabel(title, frame);
    makeHeadline(heading, 1.1);
    c.heading = heading;
    auto *exportButton = new QToolButton(frame);
    exportButton->setText(tr("Export"));
    exportButton->setToolTip(tr("Save this chart as an image, or its figures as a CSV file"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    exportButton->setObjectName(fileStem + u"Export"_s);
    auto *menu = new QMenu(exportButton);
    QAction *png = menu->addAction(tr("Save as &PNG…"), this, [this, chart] { askPng(chart); });
    QAction *csv = menu->addAction(tr("Save data as &CSV…"), this, [this, chart] { askCsv(chart); });
    exportButton->setMenu(menu);
    // The same two on a right click on the chart (or table).
    c.grabTarget->setContextMenuPolicy(Qt::ActionsContextMenu);
    c.grabTarget->addAction(png);
    c.grabTarget->addAction(csv);

    c.empty = new QLabel(frame);
    c.empty->setAlignment(Qt::AlignCenter);
    c.empty->setWordWrap(true);
    c.empty->setEnabled(false);
    c.stack = new QStackedWidget(frame);
    c.stack->addWidget(content);
    c.stack->addWidget(c.empty);

    auto *head = new QHBoxLayout;
    head->addWidget(heading, 1);
    head->addWidget(exportButton);
    auto *layout = new QVBoxLayout(frame);
    layout->setContentsMargins(8, 6, 8, 8);
    layout->addLayout(head);
    layout->addWidget(c.stack, 1);
    return frame;
}

void DashboardWindow::setEmpty(Chart chart, const QString &emptyText)
{
    Card &c = card(chart);
    c.empty->setText(emptyText);
    c.stack->setCurrentIndex(emptyText.isEmpty() ? 0 : 1);
}

DashboardWindow::Period DashboardWindow::period() const
{
    return Period(m_period->currentData().toInt());
}

void DashboardWindow::setPeriod(Period period)
{
    const int index = m_period->findData(int(period));
    if (index == m_period->currentIndex())
        refresh();
    else
        m_period->setCurrentIndex(index); // refreshes
}

qint64 DashboardWindow::since(Period period, qint64 now)
{
    int days = 0;
    switch (period) {
    case Period::AllTime:
        return 0;
    case Period::Year:
        days = 365;
        break;
    case Period::Quarter:
        days = 90;
        break;
    case Period::Month:
        days = 30;
        break;
    case Period::Week:
        days = 7;
        break;
    }
    return dayStart(now) - qint64(days - 1) * kDay;
}

void DashboardWindow::setBusy(bool busy)
{
    m_loading = busy;
    m_busy->setVisible(busy);
    if (busy)
        m_updated->setText(tr("Loading…"));
}

void DashboardWindow::showError(const EngineFailure &failure)
{
    QString advice;
    if (!failure.code)
        advice = tr("Press <b>Try again</b> or F5; if it keeps failing, check the connection to the database (the "
                    "main window's status bar shows which one is open).");
    else if (*failure.code == ErrorCode::PermissionDenied)
        advice = tr("Sign in as a lead or an admin to see the dashboard.");
    else
        advice = tr("Press <b>Try again</b> or F5.");
    m_errorText->setText(tr("<b>The figures could not be read.</b> %1<br>%2").arg(failure.message.toHtmlEscaped(), advice));
    m_errorBanner->show();
    if (!m_figures) {
        for (int i = 0; i < ChartCount; ++i)
            setEmpty(Chart(i), tr("No figures to show."));
    }
}

void DashboardWindow::refresh()
{
    const int generation = ++m_generation;
    setBusy(true);
    DashboardQuery query;
    query.since = since(period(), QDateTime::currentMSecsSinceEpoch());
    m_client.run(this, [actor = m_session.userName, query](Engine &engine) { return engine.dashboard(actor, query); },
                 [this, generation, query](const Dashboard &figures) {
                     if (generation != m_generation)
                         return; // a newer request is on its way
                     setBusy(false);
                     m_errorBanner->hide();
                     m_tasksFrom = query.since;
                     showFigures(figures);
                     m_updated->setText(
                         tr("Updated %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
                     emit loaded();
                 },
                 [this, generation](const EngineFailure &failure) {
                     if (generation != m_generation)
                         return;
                     setBusy(false);
                     m_updated->setText(m_figures ? tr("Showing the figures read before") : QString());
                     showError(failure);
                     emit loadFailed(failure.message);
                 });
}

void DashboardWindow::showFigures(const Dashboard &figures)
{
    m_figures = figures;
    fillTreesByState(figures);
    fillTasksOverTime(figures);
    fillAnnotators(figures);
    fillLabels(figures);
    fillAgreement(figures);
    fillRankingAgreement(figures);

    qint64 trees = 0, tasks = 0, messages = 0, active = 0;
    for (const TreeCount &t : figures.trees)
        trees += t.trees;
    for (const TaskDayCount &t : figures.tasks)
        tasks += t.done;
    for (const AnnotatorFigures &a : figures.annotators) {
        messages += a.messages;
        active += a.tasksDone > 0 ? 1 : 0;
    }
    // The period as the sentence says it (not the menu's text in lower case: that would put
    // German nouns in lower case).
    QString span;
    switch (period()) {
    case Period::AllTime:
        span = tr("all time", "the period, in brackets at the end of the summary line");
        break;
    case Period::Year:
        span = tr("the last 365 days", "the period, in brackets at the end of the summary line");
        break;
    case Period::Quarter:
        span = tr("the last 90 days", "the period, in brackets at the end of the summary line");
        break;
    case Period::Month:
        span = tr("the last 30 days", "the period, in brackets at the end of the summary line");
        break;
    case Period::Week:
        span = tr("the last 7 days", "the period, in brackets at the end of the summary line");
        break;
    }
    // One count a phrase, each with its plural forms.
    m_summary->setText(tr("%1 &nbsp;·&nbsp; %2, %3 and %4 (%5)", "trees · tasks, messages and annotators (period)")
                           .arg(tr("<b>%Ln</b> trees", nullptr, int(trees)), tr("<b>%Ln</b> tasks done", nullptr, int(tasks)),
                                tr("<b>%Ln</b> messages written", nullptr, int(messages)),
                                tr("<b>%Ln</b> annotators at work", nullptr, int(active)), span.toHtmlEscaped()));
}

// --- trees by state ------------------------------------------------------------------------------

void DashboardWindow::fillTreesByState(const Dashboard &d)
{
    // Languages by their number of trees: the first few get bars of their own.
    QMap<QString, qint64> byLang;
    for (const TreeCount &t : d.trees)
        byLang[t.lang] += t.trees;
    QList<std::pair<QString, qint64>> langs(byLang.keyValueBegin(), byLang.keyValueEnd());
    std::stable_sort(langs.begin(), langs.end(), [](const auto &a, const auto &b) { return a.second > b.second; });
    QStringList shown;
    for (const auto &[lang, n] : langs) {
        // With exactly one more than the limit, "other" would be one language: show it by name.
        if (shown.size() < kTopLanguages || langs.size() == kTopLanguages + 1)
            shown << lang;
    }
    const bool other = langs.size() > shown.size();

    QStringList header{tr("State")};
    for (const QString &lang : shown)
        header << (lang.isEmpty() ? tr("(none)") : lang);
    if (other)
        header << tr("Other languages");
    header << tr("Total");

    QList<StatisticsRow> rows;
    for (const QString &name : allTreeStateNames()) {
        const std::optional<TreeState> state = treeStateFromString(name);
        if (!state)
            continue;
        QMap<QString, qint64> counts;
        qint64 total = 0;
        for (const TreeCount &t : d.trees) {
            if (t.state == *state) {
                counts[t.lang] += t.trees;
                total += t.trees;
            }
        }
        if (total == 0)
            continue;
        const QString title = TreeBrowser::stateTitle(*state);
        const QVariantMap stateFilter{{u"state"_s, name}};
        StatisticsRow row{StatisticsCell(name, title, {}, stateFilter)};
        for (const QString &lang : shown) {
            const qint64 n = counts.value(lang);
            QVariantMap filter = stateFilter;
            filter.insert(u"lang"_s, lang);
            row << count(n, tr("Trees in state %1, language %2: %3").arg(title, lang, number(n)), filter);
        }
        if (other) {
            qint64 rest = 0;
            QStringList which;
            for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
                if (!shown.contains(it.key()) && it.value() > 0) {
                    rest += it.value();
                    which << it.key();
                }
            }
            row << count(rest, tr("Trees in state %1, other languages (%2): %3").arg(title, which.join(u", "_s), number(rest)),
                         stateFilter);
        }
        row << count(total, tr("Trees in state %1: %2").arg(title, number(total)), stateFilter);
        rows << row;
    }
    model(Chart::TreesByState)->setTable(header, rows);
    drawTreesByState();
}

void DashboardWindow::drawTreesByState()
{
    StatisticsTableModel *m = model(Chart::TreesByState);
    QChart *chart = chartView(Chart::TreesByState)->chart();
    resetChart(chart);
    const int rows = m->rowCount();
    const int sets = m->columnCount() - 2; // the languages (and other), not State nor Total
    if (rows == 0 || sets <= 0) {
        setEmpty(Chart::TreesByState, tr("No trees yet: they appear here once a prompt is written or imported."));
        return;
    }
    setEmpty(Chart::TreesByState, {});
    auto *series = new QHorizontalStackedBarSeries;
    series->setBarWidth(barWidth(rows));
    qint64 max = 0;
    for (int r = 0; r < rows; ++r)
        max = std::max(max, m->cell(r, m->columnCount() - 1).value.toLongLong());
    for (int s = 0; s < sets; ++s) {
        const int column = s + 1;
        auto *set = new QBarSet(m->header().at(column));
        const bool isOther = m->header().at(column) == tr("Other languages");
        set->setColor(isOther ? kOther : seriesColors().at(s % (seriesColors().size() - 1)));
        set->setBorderColor(set->color());
        // The first state at the top: a horizontal chart draws its first category at the bottom.
        for (int r = rows - 1; r >= 0; --r)
            set->append(m->cell(r, column).value.toDouble());
        connect(set, &QBarSet::clicked, this, [this, rows, column](int index) {
            clickThrough(Chart::TreesByState, rows - 1 - index, column);
        });
        connect(set, &QBarSet::hovered, this, [this, rows, column](bool status, int index) {
            showToolTip(status, model(Chart::TreesByState)->cell(rows - 1 - index, column).toolTip + u"\n"_s
                                    + tr("Click to browse them."));
        });
        series->append(set);
    }
    chart->addSeries(series);
    auto *states = new QBarCategoryAxis;
    states->setTruncateLabels(false);
    for (int r = rows - 1; r >= 0; --r)
        states->append(m->cell(r, 0).text);
    chart->addAxis(states, Qt::AlignLeft);
    series->attachAxis(states);
    QValueAxis *axis = countAxis(max);
    chart->addAxis(axis, Qt::AlignBottom);
    series->attachAxis(axis);
    // The languages beside the bars: every pixel of height goes to the states.
    chart->legend()->setAlignment(Qt::AlignRight);
    chart->legend()->setVisible(true);
}

// --- tasks over time -----------------------------------------------------------------------------

void DashboardWindow::fillTasksOverTime(const Dashboard &d)
{
    const QList<TaskType> &types = allTaskTypes();
    const qint64 today = dayStart(QDateTime::currentMSecsSinceEpoch());
    // The days shown: a period's days up to today; for all time, the days with work (two weeks
    // at least, up to the last one).
    qint64 first = today;
    qint64 last = today;
    if (!d.tasks.isEmpty()) {
        last = m_tasksFrom > 0 ? std::max(today, dayStart(d.tasks.last().day)) : dayStart(d.tasks.last().day);
        first = m_tasksFrom > 0 ? dayStart(m_tasksFrom) : std::min(dayStart(d.tasks.first().day), last - 13 * kDay);
        first = std::max(first, last - qint64(kMaxDays - 1) * kDay);
    }
    // Over four months a point per week, or the lines turn into noise.
    const bool weekly = (last - first) / kDay + 1 > kDailyDays;
    QStringList header{weekly ? tr("Week from") : tr("Day")};
    for (TaskType type : types)
        header << TaskTexts::title(type);
    header << tr("Skipped") << tr("Total done");
    if (d.tasks.isEmpty()) {
        model(Chart::TasksOverTime)->setTable(header, {});
        drawTasksOverTime();
        return;
    }
    // Buckets: [start, end) in ms, a day or a week (from Monday) clipped to the days shown.
    QList<std::pair<qint64, qint64>> buckets;
    for (qint64 start = first; start <= last;) {
        qint64 end = start + kDay;
        if (weekly) {
            const QDate date = utcDate(start);
            end = start + qint64(8 - date.dayOfWeek()) * kDay;
        }
        end = std::min(end, last + kDay);
        buckets.append({start, end});
        start = end;
    }
    QList<QList<qint64>> done(buckets.size(), QList<qint64>(types.size(), 0));
    QList<qint64> skipped(buckets.size(), 0);
    qsizetype b = 0;
    for (const TaskDayCount &t : d.tasks) { // oldest first
        if (t.day < first || t.day > last)
            continue;
        while (b + 1 < buckets.size() && t.day >= buckets[b].second)
            ++b;
        const qsizetype type = types.indexOf(t.type);
        if (type >= 0)
            done[b][type] += t.done;
        skipped[b] += t.skipped;
    }
    QList<StatisticsRow> rows;
    rows.reserve(buckets.size());
    const QLocale locale;
    for (qsizetype i = 0; i < buckets.size(); ++i) {
        const auto [from, to] = buckets[i];
        const QDate date = utcDate(from);
        const QString when = to - from == kDay
            ? locale.toString(date, QLocale::ShortFormat)
            : tr("%1 to %2").arg(locale.toString(date, QLocale::ShortFormat),
                                 locale.toString(utcDate(to - kDay), QLocale::ShortFormat));
        StatisticsRow row{StatisticsCell(date, locale.toString(date, QLocale::ShortFormat), when)};
        qint64 total = 0;
        for (qsizetype k = 0; k < types.size(); ++k) {
            const qint64 n = done[i][k];
            total += n;
            row << count(n, tr("%1 · %2: %3 done").arg(when, TaskTexts::title(types[k]), number(n)),
                         {{u"taskType"_s, toString(types[k])}, {u"taskFrom"_s, from}, {u"taskTo"_s, to}});
        }
        row << count(skipped[i], tr("%1: %2 skipped").arg(when, number(skipped[i])));
        row << count(total, tr("%1: %2 done").arg(when, number(total)), {{u"taskFrom"_s, from}, {u"taskTo"_s, to}});
        rows << row;
    }
    model(Chart::TasksOverTime)->setTable(header, rows);
    drawTasksOverTime();
}

void DashboardWindow::drawTasksOverTime()
{
    StatisticsTableModel *m = model(Chart::TasksOverTime);
    QChart *chart = chartView(Chart::TasksOverTime)->chart();
    resetChart(chart);
    const int rows = m->rowCount();
    if (rows == 0) {
        setEmpty(Chart::TasksOverTime, tr("No task was finished in this period."));
        return;
    }
    setEmpty(Chart::TasksOverTime, {});
    const bool weekly = m->header().at(0) != tr("Day");
    card(Chart::TasksOverTime).heading->setText(weekly ? tr("Tasks done per week, by type")
                                                       : tr("Tasks done per day, by type"));
    // Where each row sits on the axis (local midnight of its date: the axis shows local time).
    QList<double> positions;
    for (int r = 0; r < rows; ++r)
        positions << double(axisPosition(m->cell(r, 0).value.toDate()));
    // Labels and grid lines on rows, not between them: every few days, or the first week of
    // every month (or every few months).
    auto *dates = new QCategoryAxis;
    dates->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const QLocale locale;
    if (!weekly) {
        // Counted back from the last day, which always has its label.
        const int every = std::max(1, (rows + 9) / 10);
        for (int r = (rows - 1) % every; r < rows; r += every)
            dates->append(locale.toString(m->cell(r, 0).value.toDate(), u"d MMM"_s), positions[r]);
    } else {
        QList<int> monthStarts; // rows where a month begins
        int month = -1;
        for (int r = 0; r < rows; ++r) {
            const QDate date = m->cell(r, 0).value.toDate();
            if (date.year() * 12 + date.month() != month) {
                month = date.year() * 12 + date.month();
                monthStarts << r;
            }
        }
        const int every = std::max(1, int(monthStarts.size() + 11) / 12);
        for (qsizetype i = 0; i < monthStarts.size(); i += every) {
            const int r = monthStarts[i];
            dates->append(locale.toString(m->cell(r, 0).value.toDate(), u"MMM yyyy"_s), positions[r]);
        }
    }
    // Half a bucket of room at each end, so that the first and last points show whole.
    const double room = rows == 1 ? double(kDay) : (positions.last() - positions.first()) / double(rows - 1) / 2.0;
    const double low = positions.first() - room;
    const double high = positions.last() + room;
    dates->setStartValue(low);
    dates->setRange(low, high);
    dates->setTitleText(weekly ? tr("week (from Monday)") : tr("day"));
    chart->addAxis(dates, Qt::AlignBottom);
    auto rowAt = [positions](const QPointF &point) {
        const auto next = std::lower_bound(positions.cbegin(), positions.cend(), point.x());
        int row = int(next - positions.cbegin());
        if (row == positions.size() || (row > 0 && point.x() - positions[row - 1] < positions[row] - point.x()))
            --row;
        return std::max(row, 0);
    };
    qint64 max = 0;
    const int types = int(allTaskTypes().size());
    QList<QLineSeries *> lines;
    for (int k = 0; k < types; ++k) {
        const int column = k + 1;
        qint64 sum = 0;
        for (int r = 0; r < rows; ++r)
            sum += m->cell(r, column).value.toLongLong();
        if (sum == 0)
            continue; // a type nobody did: no line, no legend entry
        auto *line = new QLineSeries;
        line->setName(m->header().at(column));
        const QColor color = seriesColors().at(k % seriesColors().size());
        QPen pen(color);
        pen.setWidthF(2.0);
        line->setPen(pen);
        line->setColor(color);
        line->setPointsVisible(rows <= 31);
        line->setMarkerSize(6.0);
        for (int r = 0; r < rows; ++r) {
            const qint64 n = m->cell(r, column).value.toLongLong();
            max = std::max(max, n);
            line->append(positions[r], double(n));
        }
        connect(line, &QLineSeries::clicked, this,
                [this, column, rowAt](const QPointF &point) { clickThrough(Chart::TasksOverTime, rowAt(point), column); });
        connect(line, &QLineSeries::hovered, this, [this, column, rowAt](const QPointF &point, bool state) {
            showToolTip(state, model(Chart::TasksOverTime)->cell(rowAt(point), column).toolTip + u"\n"_s
                                   + tr("Click to browse the trees of these tasks."));
        });
        chart->addSeries(line);
        line->attachAxis(dates);
        lines << line;
    }
    QValueAxis *axis = countAxis(max);
    axis->setTitleText(tr("tasks done"));
    chart->addAxis(axis, Qt::AlignLeft);
    for (QLineSeries *line : std::as_const(lines))
        line->attachAxis(axis);
    chart->legend()->setVisible(true);
}

// --- annotators ----------------------------------------------------------------------------------

void DashboardWindow::fillAnnotators(const Dashboard &d)
{
    const QStringList header{tr("Annotator"), tr("Tasks done"), tr("Skipped"),  tr("Messages"),
                             tr("Accepted"),  tr("Rejected"),   tr("Accepted %"), tr("Median time per task")};
    QList<StatisticsRow> rows;
    for (const AnnotatorFigures &a : d.annotators) {
        const QVariantMap filter{{u"contributor"_s, a.userName}};
        const QString browse = tr("Double-click to browse the trees %1 wrote in.").arg(a.userName);
        StatisticsRow row{StatisticsCell(a.userName, {}, browse, filter)};
        row << count(a.tasksDone, browse, filter) << count(a.tasksSkipped, browse, filter)
            << count(a.messages, browse, filter) << count(a.accepted, browse, filter) << count(a.rejected, browse, filter);
        const qint64 decided = a.accepted + a.rejected;
        const qint64 undecided = a.messages - decided;
        if (decided > 0) {
            const double share = double(a.accepted) / double(decided);
            row << StatisticsCell(share, percent(share),
                                  tr("Accepted: %1 of %2 decided; still under review: %3")
                                      .arg(number(a.accepted), number(decided), number(undecided)),
                                  filter);
        } else {
            row << StatisticsCell(QVariant(), u"—"_s, tr("No message of theirs has been decided yet."), filter);
        }
        if (a.medianSeconds)
            row << StatisticsCell(*a.medianSeconds, duration(*a.medianSeconds),
                                  tr("Half of their tasks took less, half took more (from receiving a task to "
                                     "finishing it)."),
                                  filter);
        else
            row << StatisticsCell(QVariant(), u"—"_s, tr("They finished no task in this period."), filter);
        rows << row;
    }
    model(Chart::Annotators)->setTable(header, rows);
    m_annotatorTable->resizeColumnsToContents();
    if (rows.isEmpty())
        setEmpty(Chart::Annotators, tr("Nobody finished a task or wrote a message in this period."));
    else
        setEmpty(Chart::Annotators, {});
    drawTopAnnotators();
}

void DashboardWindow::drawTopAnnotators()
{
    StatisticsTableModel *m = model(Chart::TopAnnotators);
    QChart *chart = chartView(Chart::TopAnnotators)->chart();
    resetChart(chart);
    // The model is in the engine's order, most tasks first.
    int rows = 0;
    while (rows < m->rowCount() && rows < kTopAnnotators && m->cell(rows, 1).value.toLongLong() > 0)
        ++rows;
    if (rows == 0) {
        setEmpty(Chart::TopAnnotators, tr("Nobody finished a task in this period."));
        return;
    }
    setEmpty(Chart::TopAnnotators, {});
    auto *series = new QHorizontalBarSeries;
    series->setBarWidth(barWidth(rows));
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    auto *set = new QBarSet(m->header().at(1));
    set->setColor(seriesColors().at(0));
    set->setBorderColor(seriesColors().at(0));
    set->setLabelColor(Qt::white);
    auto *names = new QBarCategoryAxis;
    names->setTruncateLabels(false);
    qint64 max = 0;
    for (int r = rows - 1; r >= 0; --r) {
        const qint64 n = m->cell(r, 1).value.toLongLong();
        max = std::max(max, n);
        set->append(double(n));
        names->append(m->cell(r, 0).value.toString());
    }
    connect(set, &QBarSet::clicked, this,
            [this, rows](int index) { clickThrough(Chart::TopAnnotators, rows - 1 - index, 1); });
    connect(set, &QBarSet::hovered, this, [this, rows](bool status, int index) {
        const StatisticsCell name = model(Chart::TopAnnotators)->cell(rows - 1 - index, 0);
        const qint64 n = model(Chart::TopAnnotators)->cell(rows - 1 - index, 1).value.toLongLong();
        showToolTip(status, tr("%1 — tasks done: %2").arg(name.value.toString(), number(n)) + u"\n"_s
                                + tr("Click to browse the trees they wrote in."));
    });
    series->append(set);
    chart->addSeries(series);
    chart->addAxis(names, Qt::AlignLeft);
    series->attachAxis(names);
    QValueAxis *axis = countAxis(max);
    axis->setTitleText(tr("tasks done"));
    chart->addAxis(axis, Qt::AlignBottom);
    series->attachAxis(axis);
    chart->legend()->setVisible(false);
}

// --- label distributions -------------------------------------------------------------------------

void DashboardWindow::fillLabels(const Dashboard &d)
{
    const QStringList flagHeader{tr("Label"), tr("No"), tr("Yes"), tr("Given"), tr("Yes %")};
    const QStringList ratingHeader{tr("Label"), u"1"_s, u"2"_s, u"3"_s, u"4"_s, u"5"_s, tr("Given"), tr("Mean (1–5)")};
    QList<StatisticsRow> flags, ratings;
    for (const LabelFigures &l : d.labels) {
        const QString title = labelTitle(l.label);
        qint64 given = 0;
        for (const qint64 n : l.steps)
            given += n;
        auto stepCell = [&](int step, const QString &valueText) {
            const qint64 n = l.steps[std::size_t(step)];
            const QString share = given > 0 ? percent(double(n) / double(given)) : QString();
            return count(n, tr("%1: %2 — %3 of %4 (%5)").arg(title, valueText, number(n), number(given), share),
                         {{u"label"_s, l.label}, {u"labelStep"_s, step}});
        };
        const LabelInfo *info = Labels::find(l.label);
        StatisticsRow row{StatisticsCell(l.label, title, info ? info->helpText : QString())};
        if (l.widget == LabelWidget::Likert) {
            double sum = 0.0;
            for (int step = 0; step < 5; ++step) {
                row << stepCell(step, tr("%1 of 5").arg(step + 1));
                sum += double(step + 1) * double(l.steps[std::size_t(step)]);
            }
            row << count(given);
            if (given > 0)
                row << StatisticsCell(sum / double(given), QLocale().toString(sum / double(given), 'f', 2));
            else
                row << StatisticsCell(QVariant(), u"—"_s);
            ratings << row;
        } else {
            row << stepCell(0, tr("no")) << stepCell(4, tr("yes")) << count(given);
            if (given > 0) {
                const double yes = double(l.steps[4]) / double(given);
                row << StatisticsCell(yes, percent(yes));
            } else {
                row << StatisticsCell(QVariant(), u"—"_s);
            }
            flags << row;
        }
    }
    model(Chart::LabelFlags)->setTable(flagHeader, flags);
    model(Chart::LabelRatings)->setTable(ratingHeader, ratings);
    drawLabels(Chart::LabelFlags);
    drawLabels(Chart::LabelRatings);
}

void DashboardWindow::drawLabels(Chart which)
{
    StatisticsTableModel *m = model(which);
    QChart *chart = chartView(which)->chart();
    resetChart(chart);
    const int rows = m->rowCount();
    const bool ratings = which == Chart::LabelRatings;
    if (rows == 0) {
        setEmpty(which, ratings ? tr("No rating has been given yet.")
                                : tr("No yes/no label or flag has been given yet."));
        return;
    }
    setEmpty(which, {});
    // Columns 1..5 are the steps of a rating; 1 and 2 the no and yes of a flag.
    const int steps = ratings ? 5 : 2;
    static const QList<QColor> ratingColors = {QColor(0xd7e6f4), QColor(0x9ecae1), QColor(0x6baed6), QColor(0x3182bd),
                                               QColor(0x08519c)};
    static const QList<QColor> flagColors = {QColor(0xc9d3dd), QColor(0xe8702a)};
    auto *series = new QHorizontalPercentBarSeries;
    series->setBarWidth(barWidth(rows));
    for (int s = 0; s < steps; ++s) {
        const int column = s + 1;
        auto *set = new QBarSet(m->header().at(column));
        const QColor color = ratings ? ratingColors.at(s) : flagColors.at(s);
        set->setColor(color);
        set->setBorderColor(color.darker(115));
        for (int r = rows - 1; r >= 0; --r)
            set->append(m->cell(r, column).value.toDouble());
        connect(set, &QBarSet::clicked, this,
                [this, which, rows, column](int index) { clickThrough(which, rows - 1 - index, column); });
        connect(set, &QBarSet::hovered, this, [this, which, rows, column](bool status, int index) {
            showToolTip(status, model(which)->cell(rows - 1 - index, column).toolTip + u"\n"_s
                                    + tr("Click to browse the trees of these messages."));
        });
        series->append(set);
    }
    chart->addSeries(series);
    auto *names = new QBarCategoryAxis;
    names->setTruncateLabels(false);
    for (int r = rows - 1; r >= 0; --r) {
        const qint64 given = m->cell(r, steps + 1).value.toLongLong();
        names->append(tr("%1 (%2)").arg(m->cell(r, 0).text, number(given)));
    }
    chart->addAxis(names, Qt::AlignLeft);
    series->attachAxis(names);
    auto *axis = new QValueAxis;
    axis->setRange(0, 100);
    axis->setTickCount(5);
    axis->setLabelFormat(u"%d %%"_s);
    axis->setTitleText(ratings ? tr("share of the ratings given (how many in brackets)")
                               : tr("share of the answers given (how many in brackets)"));
    chart->addAxis(axis, Qt::AlignBottom);
    series->attachAxis(axis);
    chart->legend()->setVisible(true);
}

// --- agreement -----------------------------------------------------------------------------------

void DashboardWindow::fillAgreement(const Dashboard &d)
{
    const QStringList header{tr("Label"), tr("Metric"), tr("Alpha"), tr("Messages"), tr("Values"), tr("Note")};
    QList<StatisticsRow> rows;
    for (const LabelFigures &l : d.labels) {
        const QString title = labelTitle(l.label);
        const QVariantMap filter{{u"label"_s, l.label}, {u"labelDisagreement"_s, true}};
        const QString metric = l.metric == AlphaMetric::Ordinal ? u"ordinal"_s
            : l.metric == AlphaMetric::Interval                 ? u"interval"_s
            : l.metric == AlphaMetric::Ratio                    ? u"ratio"_s
                                                                : u"nominal"_s;
        const QString metricText = l.metric == AlphaMetric::Ordinal ? tr("ordinal")
            : l.metric == AlphaMetric::Interval                     ? tr("interval")
            : l.metric == AlphaMetric::Ratio                        ? tr("ratio")
                                                                    : tr("nominal");
        const AlphaResult &a = l.agreement;
        QString note;
        if (!a.alpha) {
            note = a.units == 0 ? tr("Undefined: no message has two annotators' values yet")
                                : tr("Undefined: everyone gave the same value");
        } else if (*a.alpha >= 0.8) {
            note = tr("Reliable (0.8 or more)");
        } else if (*a.alpha >= 0.667) {
            note = tr("Tentative (0.667 to 0.8)");
        } else {
            note = tr("Low (under 0.667)");
        }
        QString details = tr("%1: alpha %2, %3 metric, over %Ln messages labelled by two or more annotators",
                             nullptr, a.units)
                              .arg(title, a.alpha ? alphaText(*a.alpha, 3) : u"—"_s, metricText)
            + u' ' + tr("(%Ln values).", nullptr, a.pairableValues);
        if (!a.alpha && a.units == 0)
            details += u"\n"_s + tr("Alpha needs messages that two or more annotators labelled.");
        else if (!a.alpha)
            details += u"\n"_s + tr("Every annotator gave the same value, so there is no variation to agree about: "
                                    "alpha cannot tell agreement from chance.");
        else
            details += u"\n"_s + note + u". "_s + tr("1 is full agreement, 0 what chance alone would give.");
        StatisticsRow row{StatisticsCell(l.label, title, details, filter), StatisticsCell(metric, metricText, details, filter)};
        row << (a.alpha ? StatisticsCell(*a.alpha, alphaText(*a.alpha), details, filter)
                        : StatisticsCell(QVariant(), u"—"_s, details, filter));
        row << count(a.units, details, filter) << count(a.pairableValues, details, filter)
            << StatisticsCell(note, {}, details, filter);
        rows << row;
    }
    model(Chart::Agreement)->setTable(header, rows);
    m_agreementTable->resizeColumnsToContents();
    m_agreementTable->resizeRowsToContents();
    drawAgreement();
}

void DashboardWindow::drawAgreement()
{
    StatisticsTableModel *m = model(Chart::Agreement);
    QChart *chart = chartView(Chart::Agreement)->chart();
    resetChart(chart);
    const int rows = m->rowCount();
    if (rows == 0) {
        setEmpty(Chart::Agreement, tr("No label has been given yet."));
        return;
    }
    setEmpty(Chart::Agreement, {});
    auto *series = new QHorizontalBarSeries;
    series->setBarWidth(barWidth(rows));
    auto *set = new QBarSet(tr("Krippendorff's alpha"));
    set->setColor(seriesColors().at(0));
    set->setBorderColor(seriesColors().at(0));
    auto *names = new QBarCategoryAxis;
    names->setTruncateLabels(false);
    double low = 0.0;
    for (int r = rows - 1; r >= 0; --r) {
        const QVariant alpha = m->cell(r, 2).value;
        set->append(alpha.isValid() ? alpha.toDouble() : 0.0);
        if (alpha.isValid())
            low = std::min(low, alpha.toDouble());
        // The figure beside the name: an undefined alpha has no bar to read it from.
        names->append(tr("%1  %2").arg(m->cell(r, 0).text, m->cell(r, 2).text));
    }
    connect(set, &QBarSet::clicked, this, [this, rows](int index) { clickThrough(Chart::Agreement, rows - 1 - index, 2); });
    connect(set, &QBarSet::hovered, this, [this, rows](bool status, int index) {
        showToolTip(status, model(Chart::Agreement)->cell(rows - 1 - index, 2).toolTip + u"\n"_s
                                + tr("Click to browse the trees where its annotators disagree."));
    });
    series->append(set);
    chart->addSeries(series);
    chart->addAxis(names, Qt::AlignLeft);
    series->attachAxis(names);
    // Ticks every 0.2, written out here: a value axis counts them from its low end, and its 0
    // could come out as "-0.0".
    auto *axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    const int lowest = int(std::floor(low * 5.0)); // in fifths
    axis->setStartValue(lowest / 5.0);
    axis->setRange(lowest / 5.0, 1.0);
    for (int fifth = lowest; fifth <= 5; ++fifth)
        axis->append(QLocale().toString(fifth / 5.0, 'f', 1), fifth / 5.0);
    axis->setTitleText(tr("alpha (1 = full agreement, 0 = chance)"));
    chart->addAxis(axis, Qt::AlignBottom);
    series->attachAxis(axis);
    chart->legend()->setVisible(false);
}

void DashboardWindow::fillRankingAgreement(const Dashboard &d)
{
    const RankingFigures &f = d.rankings;
    const QStringList header{tr("Kendall's W"), tr("From"), tr("To"), tr("Sibling groups")};
    QList<StatisticsRow> rows;
    const QLocale locale;
    for (int b = 0; b < 10; ++b) {
        const double from = b / 10.0;
        const double to = (b + 1) / 10.0;
        const QString text = tr("%1–%2").arg(locale.toString(from, 'f', 1), locale.toString(to, 'f', 1));
        // The last bin holds W = 1: its upper end is just above 1.
        const QVariantMap filter{{u"wFrom"_s, from}, {u"wTo"_s, b == 9 ? 1.0 + 1e-9 : to}};
        const qint64 n = f.histogram[std::size_t(b)];
        const QString tip = tr("W %1 — sibling groups: %2").arg(text, number(n));
        rows << StatisticsRow{StatisticsCell(text, {}, tip, filter), StatisticsCell(from, {}, tip, filter),
                              StatisticsCell(to, {}, tip, filter), count(n, tip, filter)};
    }
    model(Chart::RankingAgreement)->setTable(header, rows);
    QString summary;
    if (f.groups > 0) {
        summary = tr("Sibling groups ranked by two or more annotators: <b>%1</b> · median W <b>%2</b> · rankings "
                     "behind them: %3")
                      .arg(number(f.groups), locale.toString(f.medianW.value_or(0.0), 'f', 2), number(f.rankings));
    }
    if (f.undefinedGroups > 0) {
        if (!summary.isEmpty())
            summary += u" · "_s;
        summary += tr("groups without a W (ranked by fewer than two, or every ranker tied): %1").arg(number(f.undefinedGroups));
    }
    m_rankingSummary->setText(summary);
    drawRankingAgreement();
}

void DashboardWindow::drawRankingAgreement()
{
    StatisticsTableModel *m = model(Chart::RankingAgreement);
    QChart *chart = chartView(Chart::RankingAgreement)->chart();
    resetChart(chart);
    qint64 max = 0;
    for (int r = 0; r < m->rowCount(); ++r)
        max = std::max(max, m->cell(r, 3).value.toLongLong());
    if (max == 0) {
        setEmpty(Chart::RankingAgreement,
                 m_figures && m_figures->rankings.undefinedGroups > 0
                     ? tr("No sibling group has a W yet. Groups ranked by fewer than two annotators (or with "
                          "every ranker tying them all): %1.")
                           .arg(number(m_figures->rankings.undefinedGroups))
                     : tr("No sibling group has been ranked by two or more annotators yet."));
        return;
    }
    setEmpty(Chart::RankingAgreement, {});
    auto *series = new QBarSeries;
    series->setBarWidth(0.85);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    auto *set = new QBarSet(m->header().at(3));
    set->setColor(seriesColors().at(2));
    set->setBorderColor(seriesColors().at(2));
    set->setLabelColor(seriesColors().at(2).darker(160));
    auto *bins = new QBarCategoryAxis;
    for (int r = 0; r < m->rowCount(); ++r) {
        set->append(m->cell(r, 3).value.toDouble());
        bins->append(m->cell(r, 0).value.toString());
    }
    connect(set, &QBarSet::clicked, this, [this](int index) { clickThrough(Chart::RankingAgreement, index, 3); });
    connect(set, &QBarSet::hovered, this, [this](bool status, int index) {
        showToolTip(status, model(Chart::RankingAgreement)->cell(index, 3).toolTip + u"\n"_s
                                + tr("Click to browse the trees of these groups."));
    });
    series->append(set);
    chart->addSeries(series);
    bins->setTitleText(tr("Kendall's W (0 = no agreement, 1 = every ranker gave the same order)"));
    chart->addAxis(bins, Qt::AlignBottom);
    series->attachAxis(bins);
    // Room above the tallest bar for its label.
    QValueAxis *axis = countAxis(max + std::max<qint64>(1, max / 8));
    axis->setTitleText(tr("sibling groups"));
    chart->addAxis(axis, Qt::AlignLeft);
    series->attachAxis(axis);
    chart->legend()->setVisible(false);
}

// --- click-through -------------------------------------------------------------------------------

TreeQuery DashboardWindow::queryFromFilter(const QVariantMap &filter)
{
    TreeQuery query;
    if (filter.contains(u"state"_s))
        query.state = treeStateFromString(filter.value(u"state"_s).toString());
    query.lang = filter.value(u"lang"_s).toString();
    query.contributor = filter.value(u"contributor"_s).toString();
    query.taskType = filter.value(u"taskType"_s).toString();
    query.taskFrom = filter.value(u"taskFrom"_s).toLongLong();
    query.taskTo = filter.value(u"taskTo"_s).toLongLong();
    query.label = filter.value(u"label"_s).toString();
    query.labelStep = filter.value(u"labelStep"_s, -1).toInt();
    query.labelDisagreement = filter.value(u"labelDisagreement"_s).toBool();
    if (filter.contains(u"wFrom"_s))
        query.wFrom = filter.value(u"wFrom"_s).toDouble();
    if (filter.contains(u"wTo"_s))
        query.wTo = filter.value(u"wTo"_s).toDouble();
    return query;
}

TreeBrowser *DashboardWindow::clickThrough(Chart chart, int row, int column)
{
    const QVariantMap filter = model(chart)->cell(row, column).filter;
    if (filter.isEmpty())
        return nullptr;
    return openBrowser(queryFromFilter(filter));
}

TreeBrowser *DashboardWindow::openBrowser(const TreeQuery &query)
{
    if (!m_browser) {
        // Beside the other tools of the main window (which close them on sign-out).
        m_browser = new TreeBrowser(m_client, m_session, parentWidget() ? parentWidget() : this);
        m_browser->setAttribute(Qt::WA_DeleteOnClose);
    }
    m_browser->applyQuery(query);
    m_browser->show();
    m_browser->raise();
    m_browser->activateWindow();
    return m_browser;
}

// --- exports -------------------------------------------------------------------------------------

bool DashboardWindow::savePng(Chart chart, const QString &path, QString *error)
{
    QWidget *target = card(chart).grabTarget;
    // A chart on another tab has never been laid out: show its tab for the picture.
    const int shown = m_tabs->currentIndex();
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (m_tabs->widget(i)->isAncestorOf(target))
            m_tabs->setCurrentIndex(i);
    }
    // With nothing to draw, the picture says so.
    const QPixmap image = (card(chart).stack->currentIndex() == 0 ? target : card(chart).stack)->grab();
    m_tabs->setCurrentIndex(shown);
    QImageWriter writer(path, "png");
    if (image.isNull() || !writer.write(image.toImage())) {
        const QString reason = image.isNull() ? tr("the chart has no size yet") : writer.errorString();
        if (error)
            *error = tr("Could not save %1: %2.").arg(QDir::toNativeSeparators(path), reason);
        return false;
    }
    return true;
}

bool DashboardWindow::saveCsv(Chart chart, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(model(chart)->toCsv().toUtf8()) < 0 || !file.commit()) {
        if (error)
            *error = tr("Could not save %1: %2.").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

void DashboardWindow::setNote(const QString &text)
{
    m_note->setText(text);
}

void DashboardWindow::askPng(Chart chart)
{
    const Card &c = card(chart);
    const QString suggested = QDir(m_lastFolder).filePath(
        c.fileStem + u'-' + QDate::currentDate().toString(Qt::ISODate) + u".png"_s);
    QString path = QFileDialog::getSaveFileName(this, tr("Save “%1” as PNG").arg(c.title), suggested,
                                                tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(u".png"_s, Qt::CaseInsensitive))
        path += u".png"_s;
    m_lastFolder = QFileInfo(path).absolutePath();
    QString error;
    setNote(savePng(chart, path, &error) ? tr("Saved %1.").arg(QDir::toNativeSeparators(path)) : error);
}

void DashboardWindow::askCsv(Chart chart)
{
    const Card &c = card(chart);
    const QString suggested = QDir(m_lastFolder).filePath(
        c.fileStem + u'-' + QDate::currentDate().toString(Qt::ISODate) + u".csv"_s);
    QString path = QFileDialog::getSaveFileName(this, tr("Save the data of “%1” as CSV").arg(c.title), suggested,
                                                tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(u".csv"_s, Qt::CaseInsensitive))
        path += u".csv"_s;
    m_lastFolder = QFileInfo(path).absolutePath();
    QString error;
    setNote(saveCsv(chart, path, &error) ? tr("Saved %1.").arg(QDir::toNativeSeparators(path)) : error);
}

} // namespace Arborist
