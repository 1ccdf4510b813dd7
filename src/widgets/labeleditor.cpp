#include "widgets/labeleditor.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QScrollArea>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Arborist {

LabelRow::LabelRow(const LabelInfo &info, bool required, QWidget *parent)
    : QFrame(parent), m_info(info), m_required(required)
{
    setObjectName(u"labelRow_"_s + info.name);
    setFocusPolicy(Qt::StrongFocus);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    auto *name = new QLabel(required ? tr("%1 *").arg(info.displayText) : info.displayText, this);
    name->setToolTip(info.helpText);
    name->setMinimumWidth(170);
    QFont bold = name->font();
    bold.setBold(true);
    name->setFont(bold);
    layout->addWidget(name);
    auto *help = new QLabel(info.helpText, this);
    help->setWordWrap(true);
    help->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(help, 1);

    auto addChoice = [&](const QString &text, int id) {
        auto *button = new QRadioButton(text, this);
        button->setFocusPolicy(Qt::NoFocus); // the row takes the keys
        m_group->addButton(button, id);
        layout->addWidget(button);
    };
    switch (info.widget) {
    case LabelWidget::YesNo:
        m_group = new QButtonGroup(this);
        addChoice(tr("Yes [Y]"), 1);
        addChoice(tr("No [N]"), 0);
        break;
    case LabelWidget::Flag:
        m_flag = new QCheckBox(tr("Applies [Space]"), this);
        m_flag->setFocusPolicy(Qt::NoFocus);
        layout->addWidget(m_flag);
        connect(m_flag, &QCheckBox::toggled, this, &LabelRow::changed);
        break;
    case LabelWidget::Likert:
        m_group = new QButtonGroup(this);
        for (int step = 1; step <= 5; ++step)
            addChoice(QString::number(step), step);
        break;
    }
    if (m_group)
        connect(m_group, &QButtonGroup::idClicked, this, &LabelRow::changed);
    highlight(false);
}

std::optional<double> LabelRow::value() const
{
    if (m_flag)
        return m_flag->isChecked() ? 1.0 : 0.0;
    const int id = m_group->checkedId();
    if (id < 0)
        return std::nullopt;
    if (m_info.widget == LabelWidget::YesNo)
        return double(id);
    return (id - 1) / 4.0;
}

void LabelRow::setValue(std::optional<double> value)
{
    if (m_flag) {
        m_flag->setChecked(value.value_or(0.0) >= 0.5);
        return;
    }
    if (!value) {
        // A button group that is exclusive keeps one checked: lift that for a moment.
        m_group->setExclusive(false);
        for (QAbstractButton *b : m_group->buttons())
            b->setChecked(false);
        m_group->setExclusive(true);
        emit changed();
        return;
    }
    const int id = m_info.widget == LabelWidget::YesNo ? (*value >= 0.5 ? 1 : 0) : int(std::lround(*value * 4)) + 1;
    if (QAbstractButton *b = m_group->button(id))
        b->setChecked(true);
    emit changed();
}

void LabelRow::keyPressEvent(QKeyEvent *event)
{
    const int key = event->key();
    if (event->modifiers() & (Qt::ControlModifier | Qt::AltModifier)) {
        QFrame::keyPressEvent(event); // shortcuts of the page
        return;
    }
    if (key == Qt::Key_Up || key == Qt::Key_Down) {
        emit focusNext(this, key == Qt::Key_Up ? -1 : 1);
        return;
    }
    if (m_info.widget == LabelWidget::Likert && key >= Qt::Key_1 && key <= Qt::Key_5) {
        setValue((key - Qt::Key_1) / 4.0);
        emit focusNext(this, 1);
        return;
    }
    if (m_info.widget == LabelWidget::YesNo && (key == Qt::Key_Y || key == Qt::Key_N)) {
        setValue(key == Qt::Key_Y ? 1.0 : 0.0);
        emit focusNext(this, 1);
        return;
    }
    if (m_info.widget == LabelWidget::Flag && key == Qt::Key_Space) {
        m_flag->toggle();
        return;
    }
    QFrame::keyPressEvent(event);
}

void LabelRow::focusInEvent(QFocusEvent *event)
{
    highlight(true);
    QFrame::focusInEvent(event);
}

void LabelRow::focusOutEvent(QFocusEvent *event)
{
    highlight(false);
    QFrame::focusOutEvent(event);
}

void LabelRow::highlight(bool on)
{
    // The row with the keyboard stands out, so that the keys' target is never in doubt.
    setBackgroundRole(on ? QPalette::AlternateBase : QPalette::Window);
    setFrameShadow(on ? QFrame::Sunken : QFrame::Plain);
    setLineWidth(on ? 2 : 1);
}

LabelEditor::LabelEditor(QWidget *parent) : AnswerEditor(parent)
{
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_rowsBox = new QWidget(scroll);
    new QVBoxLayout(m_rowsBox);
    scroll->setWidget(m_rowsBox);
    m_comment = new QLineEdit(this);
    m_comment->setObjectName(u"labelComment"_s);
    m_comment->setPlaceholderText(tr("Comment for the team (optional)"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_comment);
    connect(m_comment, &QLineEdit::textChanged, this, &LabelEditor::changed);
}

void LabelEditor::setTask(const Task &task)
{
    qDeleteAll(m_rows);
    m_rows.clear();
    auto *layout = static_cast<QVBoxLayout *>(m_rowsBox->layout());
    while (QLayoutItem *item = layout->takeAt(0))
        delete item;
    // The catalogue's order, grouped by widget: yes/no, flags, ratings.
    for (LabelWidget widget : {LabelWidget::YesNo, LabelWidget::Flag, LabelWidget::Likert}) {
        for (const LabelInfo &info : Labels::all()) {
            if (info.widget != widget || !task.validLabels.contains(info.name))
                continue;
            auto *row = new LabelRow(info, task.mandatoryLabels.contains(info.name), m_rowsBox);
            connect(row, &LabelRow::changed, this, &LabelEditor::changed);
            connect(row, &LabelRow::focusNext, this, [this](LabelRow *from, int step) {
                const qsizetype i = m_rows.indexOf(from) + step;
                if (i >= 0 && i < m_rows.size())
                    m_rows[i]->setFocus(Qt::TabFocusReason);
                else if (i >= m_rows.size())
                    m_comment->setFocus(Qt::TabFocusReason);
            });
            layout->addWidget(row);
            m_rows << row;
        }
    }
    layout->addStretch(1);
    for (qsizetype i = 1; i < m_rows.size(); ++i)
        setTabOrder(m_rows[i - 1], m_rows[i]);
    if (!m_rows.isEmpty())
        setTabOrder(m_rows.last(), m_comment);
    m_comment->clear();
}

QJsonObject LabelEditor::answer() const
{
    QJsonObject labels;
    for (const LabelRow *row : m_rows) {
        if (const std::optional<double> v = row->value())
            labels.insert(row->name(), *v);
    }
    QJsonObject answer{{u"labels"_s, labels}};
    if (!m_comment->text().trimmed().isEmpty())
        answer.insert(u"text"_s, m_comment->text().trimmed());
    return answer;
}

void LabelEditor::restore(const QJsonObject &answer)
{
    const QJsonObject labels = answer.value(u"labels"_s).toObject();
    for (LabelRow *row : std::as_const(m_rows)) {
        const QJsonValue v = labels.value(row->name());
        row->setValue(v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt);
    }
    m_comment->setText(answer.value(u"text"_s).toString());
}

QString LabelEditor::problem() const
{
    for (const LabelRow *row : m_rows) {
        if (row->required() && !row->value())
            return tr("Answer \"%1\" first.").arg(row->displayText());
    }
    return {};
}

bool LabelEditor::hasTypedText() const { return !m_comment->text().trimmed().isEmpty(); }

void LabelEditor::focusFirst()
{
    if (!m_rows.isEmpty())
        m_rows.first()->setFocus(Qt::OtherFocusReason);
}

LabelRow *LabelEditor::row(const QString &name) const
{
    const auto it = std::find_if(m_rows.begin(), m_rows.end(), [&](const LabelRow *r) { return r->name() == name; });
    return it == m_rows.end() ? nullptr : *it;
}

} // namespace Arborist
