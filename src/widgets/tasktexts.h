#pragma once

#include "core/types.h"

#include <QCoreApplication>
#include <QString>

namespace Arborist {

// What the workstation calls each task type, and the guidelines that go with it.
class TaskTexts
{
    Q_DECLARE_TR_FUNCTIONS(TaskTexts)

public:
    // A short title: "Write a prompt", "Rank assistant replies", ...
    static QString title(TaskType type);
    // One sentence of what to do.
    static QString instruction(TaskType type);
    // The guidelines (Markdown) shipped for the type.
    static QString guidelines(TaskType type);
    // "Prompter" / "Assistant".
    static QString roleName(MessageRole role);
};

} // namespace Arborist
