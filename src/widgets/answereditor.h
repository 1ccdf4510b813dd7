#pragma once

#include "engine/engine.h"

#include <QJsonObject>
#include <QWidget>

namespace Arborist {

// The part of a task page where the answer is made: text, labels or a ranking. The page owns
// the flow (submit, skip, undo); an editor only turns what the user did into the engine's
// answer JSON and back.
class AnswerEditor : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    // Shows a new task with an empty answer.
    virtual void setTask(const Task &task) = 0;
    // The answer for Engine::submit.
    virtual QJsonObject answer() const = 0;
    // Puts back an answer made before (undo, a failed submission, a draft).
    virtual void restore(const QJsonObject &answer) = 0;
    // Why the answer cannot be sent yet, in a sentence; empty when it can.
    virtual QString problem() const = 0;
    // Whether skipping would throw away something the user typed.
    virtual bool hasTypedText() const { return false; }
    // Puts the keyboard focus where work starts.
    virtual void focusFirst() = 0;

signals:
    void changed();
};

} // namespace Arborist
