#pragma once

#include "core/labels.h"
#include "widgets/answereditor.h"

#include <QFrame>
#include <optional>

class QAbstractButton;
class QButtonGroup;
class QCheckBox;
class QLabel;
class QLineEdit;

namespace Arborist {

// One label of a label task: a yes/no pair, a flag, or a five-step rating. The row takes the
// keyboard: 1–5 rate, Y and N answer, Space ticks, Up and Down move to the neighbouring rows.
class LabelRow final : public QFrame
{
    Q_OBJECT

public:
    LabelRow(const LabelInfo &info, bool required, QWidget *parent = nullptr);

    const QString &name() const { return m_info.name; }
    LabelWidget widget() const { return m_info.widget; }
    bool required() const { return m_required; }
    // The value in [0, 1], or nothing when not answered (a flag is always answered).
    std::optional<double> value() const;
    void setValue(std::optional<double> value);
    QString displayText() const { return m_info.displayText; }

signals:
    void changed();
    void focusNext(LabelRow *from, int step);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void highlight(bool on);

    LabelInfo m_info;
    bool m_required;
    QButtonGroup *m_group = nullptr; // yes/no and Likert
    QCheckBox *m_flag = nullptr;
};

// Labels a prompt or a reply: the task's labels in the catalogue's order (the same order on
// every page), yes/no first, then flags, then ratings, each with its key hints.
class LabelEditor final : public AnswerEditor
{
    Q_OBJECT

public:
    explicit LabelEditor(QWidget *parent = nullptr);

    void setTask(const Task &task) override;
    QJsonObject answer() const override;
    void restore(const QJsonObject &answer) override;
    QString problem() const override;
    bool hasTypedText() const override;
    void focusFirst() override;

    LabelRow *row(const QString &name) const;

private:
    QList<LabelRow *> m_rows;
    QWidget *m_rowsBox;
    QLineEdit *m_comment;
};

} // namespace Arborist
