#pragma once

#include "widgets/answereditor.h"

class QLabel;
class QPlainTextEdit;

namespace Arborist {

// Writes a prompt or a reply: a plain-text editor (Markdown allowed) with a character counter
// against the size limit.
class WriteEditor final : public AnswerEditor
{
    Q_OBJECT

public:
    explicit WriteEditor(QWidget *parent = nullptr);

    void setSizeLimit(int characters);
    void setTask(const Task &task) override;
    QJsonObject answer() const override;
    void restore(const QJsonObject &answer) override;
    QString problem() const override;
    bool hasTypedText() const override;
    void focusFirst() override;

    QPlainTextEdit *editor() const { return m_edit; }

private:
    void updateCounter();

    QPlainTextEdit *m_edit;
    QLabel *m_counter;
    QString m_lang;
    int m_limit = 2000;
};

} // namespace Arborist
