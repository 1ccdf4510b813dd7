#include "widgets/rankeditor.h"

#include "models/rankingmodel.h"
#include "models/roles.h"

#include <QCheckBox>
#include <QJsonArray>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Arborist {

namespace {

// Each reply with a grip to drag it by and its place in the ranking.
class RankDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        option->text = u"\u283F  %1.  %2"_s.arg(index.data(PositionRole).toInt()).arg(option->text);
    }
};

} // namespace

RankEditor::RankEditor(QWidget *parent) : AnswerEditor(parent)
{
    m_model = new RankingModel(this);
    m_view = new QListView(this);
    m_view->setObjectName(u"rankingView"_s);
    m_view->setModel(m_model);
    m_view->setItemDelegate(new RankDelegate(m_view));
    // Drag to rank: moves within the list only, dropped between rows (STYLE.md §4.2).
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDragEnabled(true);
    m_view->setDropIndicatorShown(true);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(true);
    m_view->setSpacing(2);
    m_view->installEventFilter(this);

    m_single = new QTextBrowser(this);
    m_single->setObjectName(u"replyView"_s);
    m_left = new QTextBrowser(this);
    m_left->setObjectName(u"compareLeft"_s);
    m_right = new QTextBrowser(this);
    m_right->setObjectName(u"compareRight"_s);
    auto *pair = new QSplitter(Qt::Horizontal, this);
    pair->addWidget(m_left);
    pair->addWidget(m_right);
    m_detail = new QStackedWidget(this);
    m_detail->addWidget(m_single);
    m_detail->addWidget(pair);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_view);
    split->addWidget(m_detail);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);

    m_notRankable = new QCheckBox(tr("None of these is acceptable"), this);
    m_notRankable->setObjectName(u"notRankableBox"_s);
    auto *hint = new QLabel(tr("Best first. Ctrl+Up/Down or a digit moves the selected reply; C compares two."), this);
    hint->setForegroundRole(QPalette::PlaceholderText);
    hint->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(hint);
    layout->addWidget(split, 1);
    layout->addWidget(m_notRankable);

    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &RankEditor::showCurrent);
    connect(m_model, &QAbstractItemModel::rowsMoved, this, &RankEditor::changed);
    connect(m_notRankable, &QCheckBox::toggled, this, &RankEditor::changed);
}

void RankEditor::setTask(const Task &task)
{
    QList<RankingItem> items;
    for (const ConversationMessage &m : task.replies)
        items << RankingItem{m.id, m.text};
    m_model->setItems(items);
    m_notRankable->setChecked(false);
    m_detail->setCurrentIndex(0);
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(0, 0));
    showCurrent();
}

QJsonObject RankEditor::answer() const
{
    return {{u"ranking"_s, QJsonArray::fromStringList(m_model->rankedIds())},
            {u"not_rankable"_s, m_notRankable->isChecked()}};
}

void RankEditor::restore(const QJsonObject &answer)
{
    // Puts the items back in the order given, one placement at a time.
    const QJsonArray order = answer.value(u"ranking"_s).toArray();
    for (int target = 0; target < order.size(); ++target) {
        const int from = int(m_model->rankedIds().indexOf(order.at(target).toString()));
        if (from >= 0 && from != target)
            m_model->placeAt(from, target);
    }
    m_notRankable->setChecked(answer.value(u"not_rankable"_s).toBool());
}

QString RankEditor::problem() const
{
    if (m_model->rowCount() < 2)
        return tr("There is nothing to rank.");
    return {};
}

void RankEditor::focusFirst() { m_view->setFocus(Qt::OtherFocusReason); }

void RankEditor::toggleCompare()
{
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    if (m_detail->currentIndex() == 1 || selected.size() != 2) {
        m_detail->setCurrentIndex(0);
        showCurrent();
        return;
    }
    QModelIndexList pair = selected;
    std::sort(pair.begin(), pair.end(), [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    m_left->setMarkdown(u"**#%1**\n\n"_s.arg(pair[0].row() + 1) + pair[0].data(FullTextRole).toString());
    m_right->setMarkdown(u"**#%1**\n\n"_s.arg(pair[1].row() + 1) + pair[1].data(FullTextRole).toString());
    m_detail->setCurrentIndex(1);
}

bool RankEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_view || event->type() != QEvent::KeyPress)
        return AnswerEditor::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    const int row = m_view->currentIndex().row();
    auto select = [this](int r) {
        m_view->setCurrentIndex(m_model->index(r, 0));
        m_view->scrollTo(m_model->index(r, 0));
    };
    if (key->modifiers() == Qt::ControlModifier && (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down)) {
        if (row >= 0) {
            const bool up = key->key() == Qt::Key_Up;
            if (up ? m_model->moveUp(row) : m_model->moveDown(row))
                select(up ? row - 1 : row + 1);
        }
        return true;
    }
    if (key->modifiers() == Qt::NoModifier && key->key() >= Qt::Key_1 && key->key() <= Qt::Key_9) {
        const int place = key->key() - Qt::Key_1;
        if (row >= 0 && place < m_model->rowCount() && m_model->placeAt(row, place))
            select(place);
        return true;
    }
    if (key->modifiers() == Qt::NoModifier && key->key() == Qt::Key_C) {
        toggleCompare();
        return true;
    }
    return AnswerEditor::eventFilter(watched, event);
}

void RankEditor::showCurrent()
{
    if (m_detail->currentIndex() != 0)
        return;
    const QModelIndex current = m_view->currentIndex();
    m_single->setMarkdown(current.isValid() ? u"**#%1**\n\n"_s.arg(current.row() + 1) + current.data(FullTextRole).toString()
                                            : QString());
}

} // namespace Arborist
