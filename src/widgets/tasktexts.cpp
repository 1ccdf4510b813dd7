#include "widgets/tasktexts.h"

#include "core/translations.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace Arborist {

QString TaskTexts::title(TaskType type)
{
    switch (type) {
    case TaskType::InitialPrompt:
        return tr("Write a prompt");
    case TaskType::PrompterReply:
        return tr("Reply as the user");
    case TaskType::AssistantReply:
        return tr("Reply as the assistant");
    case TaskType::RankPrompterReplies:
        return tr("Rank user replies");
    case TaskType::RankAssistantReplies:
        return tr("Rank assistant replies");
    case TaskType::LabelInitialPrompt:
        return tr("Label a prompt");
    case TaskType::LabelAssistantReply:
        return tr("Label an assistant reply");
    case TaskType::LabelPrompterReply:
        return tr("Label a user reply");
    }
    return {};
}

QString TaskTexts::instruction(TaskType type)
{
    switch (type) {
    case TaskType::InitialPrompt:
        return tr("Write a message that starts a conversation with the assistant: a question, a request "
                  "or an instruction.");
    case TaskType::PrompterReply:
        return tr("Continue the conversation as the user would: a follow-up question, a correction or a "
                  "new request.");
    case TaskType::AssistantReply:
        return tr("Answer the last message as the ideal assistant would: helpful, honest and harmless.");
    case TaskType::RankPrompterReplies:
    case TaskType::RankAssistantReplies:
        return tr("Put the replies in order, best first. Drag them, or select one and press Ctrl+Up, "
                  "Ctrl+Down or a digit.");
    case TaskType::LabelInitialPrompt:
    case TaskType::LabelAssistantReply:
    case TaskType::LabelPrompterReply:
        return tr("Label the highlighted message. Answer every row marked as required.");
    }
    return {};
}

QString TaskTexts::guidelines(TaskType type)
{
    QString name;
    switch (kindOf(type)) {
    case TaskKind::Prompt:
        name = u"initial_prompt"_s;
        break;
    case TaskKind::Reply:
        name = type == TaskType::AssistantReply ? u"assistant_reply"_s : u"prompter_reply"_s;
        break;
    case TaskKind::LabelPrompt:
    case TaskKind::LabelReply:
        name = u"label"_s;
        break;
    case TaskKind::Ranking:
        name = u"rank"_s;
        break;
    }
    // In the language of the window, else in English.
    for (const QString &path : QStringList{u":/guidelines/"_s + currentLanguage() + u'/' + name + u".md"_s,
                                u":/guidelines/"_s + name + u".md"_s}) {
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            return QString::fromUtf8(file.readAll());
    }
    return {};
}

QString TaskTexts::roleName(MessageRole role)
{
    return role == MessageRole::Assistant ? tr("Assistant") : tr("User");
}

} // namespace Arborist
