#include "widgets/writeeditor.h"

#include <QLocale>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Arborist {

WriteEditor::WriteEditor(QWidget *parent) : AnswerEditor(parent)
{
    m_edit = new QPlainTextEdit(this);
    m_edit->setObjectName(u"answerEdit"_s);
    m_edit->setTabChangesFocus(true);
    m_edit->setPlaceholderText(tr("Write here. Markdown is welcome: lists, **bold**, `code`, fenced code blocks."));
    m_counter = new QLabel(this);
    m_counter->setObjectName(u"counterLabel"_s);
    m_counter->setAlignment(Qt::AlignRight);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_counter);
    connect(m_edit, &QPlainTextEdit::textChanged, this, [this] {
        updateCounter();
        emit changed();
    });
    updateCounter();
}

void WriteEditor::setSizeLimit(int characters)
{
    m_limit = characters;
    updateCounter();
}

void WriteEditor::setTask(const Task &task)
{
    m_lang = task.lang;
    m_edit->clear();
}

QJsonObject WriteEditor::answer() const
{
    return {{u"text"_s, m_edit->toPlainText()}, {u"lang"_s, m_lang}};
}

void WriteEditor::restore(const QJsonObject &answer)
{
    m_edit->setPlainText(answer.value(u"text"_s).toString());
    m_edit->moveCursor(QTextCursor::End);
}

QString WriteEditor::problem() const
{
    const QString text = m_edit->toPlainText();
    if (text.trimmed().isEmpty())
        return tr("Write something first.");
    if (text.size() > m_limit)
        return tr("The text has %Ln characters; the limit is %1. Shorten it.", nullptr, int(text.size()))
            .arg(QLocale().toString(m_limit));
    return {};
}

bool WriteEditor::hasTypedText() const { return !m_edit->toPlainText().trimmed().isEmpty(); }

void WriteEditor::focusFirst() { m_edit->setFocus(Qt::OtherFocusReason); }

void WriteEditor::updateCounter()
{
    const int n = int(m_edit->toPlainText().size());
    m_counter->setText(tr("%1 / %Ln characters", nullptr, m_limit).arg(QLocale().toString(n)));
    // Over the limit: the counter says so in the palette's warning colour.
    QPalette palette = m_counter->palette();
    palette.setColor(QPalette::WindowText, n > m_limit ? QColor(0xc0, 0x20, 0x20) : m_edit->palette().color(QPalette::Text));
    m_counter->setPalette(palette);
}

} // namespace Arborist
