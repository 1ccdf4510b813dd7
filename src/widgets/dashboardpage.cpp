#include "widgets/dashboardpage.h"

#include "engine/engine.h"
#include "engine/engineclient.h"
#include "widgets/headline.h"
#include "widgets/tasktexts.h"

#include <QGridLayout>
#include <QLabel>
#include <QShortcut>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Arborist {

namespace {

constexpr int kTileWidth = 220;

// A tile is never narrower than its text: a long translation ("Assistentenantworten ordnen")
// widens the tile, and with it the window's smallest width, instead of being cut off.
void fitTile(QToolButton *tile)
{
    tile->setMinimumWidth(std::max(kTileWidth, tile->sizeHint().width()));
}

} // namespace

DashboardPage::DashboardPage(EngineClient &client, QWidget *parent) : QWidget(parent), m_client(client)
{
    m_greeting = new QLabel(this);
    makeHeadline(m_greeting);
    m_message = new QLabel(this);
    m_message->setObjectName(u"dashboardMessage"_s);
    m_message->setWordWrap(true);
    m_message->hide();

    auto *grid = new QGridLayout;
    grid->setSpacing(12);
    int i = 0;
    for (TaskType type : allTaskTypes()) {
        auto *tile = new QToolButton(this);
        tile->setObjectName(u"tile_"_s + toString(type));
        tile->setToolButtonStyle(Qt::ToolButtonTextOnly);
        tile->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        tile->setMinimumHeight(96);
        tile->setMaximumHeight(130);
        QFont tileFont = tile->font();
        tileFont.setPointSizeF(tileFont.pointSizeF() * 1.15);
        tile->setFont(tileFont);
        tile->setEnabled(false);
        tile->setText(u"%1  %2\n…"_s.arg(i + 1).arg(TaskTexts::title(type)));
        fitTile(tile);
        tile->setToolTip(TaskTexts::instruction(type));
        connect(tile, &QToolButton::clicked, this, [this, type] { emit taskChosen(type); });
        // Digits choose a tile, as shown on it.
        auto *key = new QShortcut(QKeySequence(Qt::Key_1 + i), this);
        key->setContext(Qt::WidgetWithChildrenShortcut);
        connect(key, &QShortcut::activated, tile, [tile] {
            if (tile->isEnabled())
                tile->click();
        });
        grid->addWidget(tile, i / 4, i % 4);
        m_tiles.insert(type, tile);
        ++i;
    }
    m_lucky = new QToolButton(this);
    m_lucky->setObjectName(u"luckyButton"_s);
    m_lucky->setText(tr("0  I'm feeling lucky: any task"));
    m_lucky->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_lucky->setMinimumHeight(48);
    m_lucky->setEnabled(false);
    connect(m_lucky, &QToolButton::clicked, this, [this] { emit taskChosen(std::nullopt); });
    auto *luckyKey = new QShortcut(QKeySequence(Qt::Key_0), this);
    luckyKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(luckyKey, &QShortcut::activated, m_lucky, [this] {
        if (m_lucky->isEnabled())
            m_lucky->click();
    });
    auto *refreshKey = new QShortcut(QKeySequence::Refresh, this);
    refreshKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(refreshKey, &QShortcut::activated, this, &DashboardPage::refresh);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_greeting);
    layout->addWidget(m_message);
    layout->addLayout(grid);
    layout->addWidget(m_lucky);
    layout->addStretch(1);

    m_refresh.setInterval(10000);
    connect(&m_refresh, &QTimer::timeout, this, &DashboardPage::refresh);
}

void DashboardPage::setSession(const Session &session)
{
    m_session = session;
    m_loaded = false;
    m_greeting->setText(tr("Hello, %1. What would you like to do?").arg(session.userName));
}

void DashboardPage::setMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void DashboardPage::refresh()
{
    if (m_asking || m_session.userName.isEmpty())
        return; // one question at a time
    m_asking = true;
    const QString user = m_session.userName;
    const QString lang = m_session.lang;
    m_client.run(this, [user, lang](Engine &engine) { return engine.availability(user, lang); },
                 [this](const QMap<QString, int> &counts) {
                     m_asking = false;
                     setCounts(counts);
                 },
                 [this](const EngineFailure &failure) {
                     m_asking = false;
                     setMessage(tr("The task counts could not be read: %1").arg(failure.message));
                 });
}

void DashboardPage::setCounts(const QMap<QString, int> &counts)
{
    m_loaded = true;
    int i = 0;
    for (TaskType type : allTaskTypes()) {
        QToolButton *tile = m_tiles.value(type);
        const int n = counts.value(toString(type));
        tile->setText(u"%1  %2\n%3"_s.arg(i + 1).arg(TaskTexts::title(type),
                                                        n > 0 ? tr("%n waiting", "", n) : tr("Nothing to do")));
        tile->setEnabled(n > 0);
        fitTile(tile);
        ++i;
    }
    const int any = counts.value(u"random"_s);
    m_lucky->setEnabled(any > 0);
    m_lucky->setText(any > 0 ? tr("0  I'm feeling lucky: any of %n task(s)", "", any)
                             : tr("0  I'm feeling lucky: nothing to do right now"));
    emit countsShown();
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
    m_refresh.start();
}

void DashboardPage::hideEvent(QHideEvent *event)
{
    m_refresh.stop();
    QWidget::hideEvent(event);
}

} // namespace Arborist
