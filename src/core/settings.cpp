#include "core/settings.h"

#include "core/labels.h"

#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;

namespace Arborist {

namespace {

struct Binding
{
    std::function<QString(const WorkflowSettings &)> get;
    std::function<void(WorkflowSettings &, const QString &)> set;
};

QString doubleText(double v) { return QString::number(v, 'g', 15); }

template<typename T>
Binding bind(T WorkflowSettings::*member)
{
    Binding b;
    if constexpr (std::is_same_v<T, int>) {
        b.get = [member](const WorkflowSettings &s) { return QString::number(s.*member); };
        b.set = [member](WorkflowSettings &s, const QString &t) { s.*member = t.toInt(); };
    } else if constexpr (std::is_same_v<T, double>) {
        b.get = [member](const WorkflowSettings &s) { return doubleText(s.*member); };
        b.set = [member](WorkflowSettings &s, const QString &t) { s.*member = t.toDouble(); };
    } else if constexpr (std::is_same_v<T, bool>) {
        b.get = [member](const WorkflowSettings &s) { return s.*member ? u"true"_s : u"false"_s; };
        b.set = [member](WorkflowSettings &s, const QString &t) { s.*member = (t == "true"_L1); };
    } else {
        b.get = [member](const WorkflowSettings &s) { return (s.*member).join(u','); };
        b.set = [member](WorkflowSettings &s, const QString &t) {
            s.*member = t.isEmpty() ? QStringList() : t.split(u',');
        };
    }
    return b;
}

struct Entry
{
    SettingSpec spec;
    Binding binding;
};

const QList<Entry> &entries()
{
    using S = WorkflowSettings;
    constexpr double kIntMax = 1e9;
    static const QList<Entry> list = {
        {{u"max_active_trees"_s, SettingType::Int, u"10"_s, 0, 100000,
          WorkflowSettings::tr("Target number of active growing trees per language; the prompt lottery fills up to it.")},
         bind(&S::maxActiveTrees)},
        {{u"max_initial_prompt_review"_s, SettingType::Int, u"100"_s, 0, kIntMax,
          WorkflowSettings::tr("Cap on active prompts under review per language.")},
         bind(&S::maxInitialPromptReview)},
        {{u"max_tree_depth"_s, SettingType::Int, u"3"_s, 1, 100,
          WorkflowSettings::tr("Depth of the deepest message of a new tree (the root is depth 0).")},
         bind(&S::maxTreeDepth)},
        {{u"max_children_count"_s, SettingType::Int, u"3"_s, 1, 100,
          WorkflowSettings::tr("Maximum replies a message of a new tree can take.")},
         bind(&S::maxChildrenCount)},
        {{u"num_prompter_replies"_s, SettingType::Int, u"1"_s, 1, 100,
          WorkflowSettings::tr("Maximum prompter replies to one assistant message.")},
         bind(&S::numPrompterReplies)},
        {{u"goal_tree_size"_s, SettingType::Int, u"12"_s, 1, 10000,
          WorkflowSettings::tr("Accepted messages (root included) a new tree needs before ranking.")},
         bind(&S::goalTreeSize)},
        {{u"random_goal_tree_size"_s, SettingType::Bool, u"false"_s, 0, 0,
          WorkflowSettings::tr("Draw each new tree's goal size uniformly between the minimum and the goal.")},
         bind(&S::randomGoalTreeSize)},
        {{u"min_goal_tree_size"_s, SettingType::Int, u"5"_s, 1, 10000,
          WorkflowSettings::tr("Lower bound of a random goal tree size.")},
         bind(&S::minGoalTreeSize)},
        {{u"num_reviews_initial_prompt"_s, SettingType::Int, u"3"_s, 1, 100,
          WorkflowSettings::tr("Label reviews needed to decide on an initial prompt.")},
         bind(&S::numReviewsInitialPrompt)},
        {{u"num_reviews_reply"_s, SettingType::Int, u"3"_s, 1, 100,
          WorkflowSettings::tr("Label reviews needed to decide on a reply.")},
         bind(&S::numReviewsReply)},
        {{u"auto_mod_enabled"_s, SettingType::Bool, u"true"_s, 0, 0,
          WorkflowSettings::tr("Abort, delete or halt automatically on red flags and skipped replies.")},
         bind(&S::autoModEnabled)},
        {{u"auto_mod_max_skip_reply"_s, SettingType::Int, u"25"_s, 1, kIntMax,
          WorkflowSettings::tr("Reply skips on one message at which its tree is halted.")},
         bind(&S::autoModMaxSkipReply)},
        {{u"auto_mod_red_flags"_s, SettingType::Int, u"4"_s, 1, kIntMax,
          WorkflowSettings::tr("Red flags at which a reply is deleted or a prompt's tree aborted.")},
         bind(&S::autoModRedFlags)},
        {{u"p_full_labeling_review_prompt"_s, SettingType::Double, u"1"_s, 0, 1,
          WorkflowSettings::tr("Probability that a prompt label task asks for every label (else the short form).")},
         bind(&S::pFullLabelingReviewPrompt)},
        {{u"p_full_labeling_review_reply_assistant"_s, SettingType::Double, u"1"_s, 0, 1,
          WorkflowSettings::tr("Probability that an assistant-reply label task asks for every label.")},
         bind(&S::pFullLabelingReviewReplyAssistant)},
        {{u"p_full_labeling_review_reply_prompter"_s, SettingType::Double, u"0.25"_s, 0, 1,
          WorkflowSettings::tr("Probability that a prompter-reply label task asks for every label.")},
         bind(&S::pFullLabelingReviewReplyPrompter)},
        {{u"acceptance_threshold_initial_prompt"_s, SettingType::Double, u"0.6"_s, 0, 1,
          WorkflowSettings::tr("A prompt is accepted when its score is above this.")},
         bind(&S::acceptanceThresholdInitialPrompt)},
        {{u"acceptance_threshold_reply"_s, SettingType::Double, u"0.6"_s, 0, 1,
          WorkflowSettings::tr("A reply is accepted when its score is above this.")},
         bind(&S::acceptanceThresholdReply)},
        {{u"num_required_rankings"_s, SettingType::Int, u"3"_s, 1, 100,
          WorkflowSettings::tr("Rankings needed for each group of sibling replies.")},
         bind(&S::numRequiredRankings)},
        {{u"p_activate_backlog_tree"_s, SettingType::Double, u"0.1"_s, 0, 1,
          WorkflowSettings::tr("Chance to activate a backlog tree when an active tree finishes.")},
         bind(&S::pActivateBacklogTree)},
        {{u"min_active_rankings_per_lang"_s, SettingType::Int, u"0"_s, 0, kIntMax,
          WorkflowSettings::tr("Activate backlog trees while fewer sibling groups than this wait for rankings.")},
         bind(&S::minActiveRankingsPerLang)},
        {{u"labels_initial_prompt"_s, SettingType::LabelList,
          u"spam,lang_mismatch,quality,creativity,humor,toxicity,violence,not_appropriate,pii,"
          "hate_speech,sexual_content"_s,
          0, 0, WorkflowSettings::tr("Labels of a full initial-prompt label task, in order.")},
         bind(&S::labelsInitialPrompt)},
        {{u"labels_assistant_reply"_s, SettingType::LabelList,
          u"spam,lang_mismatch,fails_task,quality,helpfulness,creativity,humor,toxicity,violence,"
          "not_appropriate,pii,hate_speech,sexual_content"_s,
          0, 0, WorkflowSettings::tr("Labels of a full assistant-reply label task, in order.")},
         bind(&S::labelsAssistantReply)},
        {{u"labels_prompter_reply"_s, SettingType::LabelList,
          u"spam,lang_mismatch,quality,creativity,humor,toxicity,violence,not_appropriate,pii,"
          "hate_speech,sexual_content"_s,
          0, 0, WorkflowSettings::tr("Labels of a full prompter-reply label task, in order.")},
         bind(&S::labelsPrompterReply)},
        {{u"mandatory_labels_initial_prompt"_s, SettingType::LabelList, u"spam"_s, 0, 0,
          WorkflowSettings::tr("Labels every initial-prompt review must answer.")},
         bind(&S::mandatoryLabelsInitialPrompt)},
        {{u"mandatory_labels_assistant_reply"_s, SettingType::LabelList, u"spam"_s, 0, 0,
          WorkflowSettings::tr("Labels every assistant-reply review must answer.")},
         bind(&S::mandatoryLabelsAssistantReply)},
        {{u"mandatory_labels_prompter_reply"_s, SettingType::LabelList, u"spam"_s, 0, 0,
          WorkflowSettings::tr("Labels every prompter-reply review must answer.")},
         bind(&S::mandatoryLabelsPrompterReply)},
        {{u"rank_prompter_replies"_s, SettingType::Bool, u"false"_s, 0, 0,
          WorkflowSettings::tr("Also rank sibling prompter replies.")},
         bind(&S::rankPrompterReplies)},
        {{u"lonely_children_count"_s, SettingType::Int, u"2"_s, 0, 100,
          WorkflowSettings::tr("A prompter message with fewer replies than this (but at least one) is lonely.")},
         bind(&S::lonelyChildrenCount)},
        {{u"p_lonely_child_extension"_s, SettingType::Double, u"0.75"_s, 0, 1,
          WorkflowSettings::tr("Probability of giving a reply task for a lonely message when one exists.")},
         bind(&S::pLonelyChildExtension)},
        {{u"recent_tasks_span_sec"_s, SettingType::Int, u"300"_s, 1, kIntMax,
          WorkflowSettings::tr("Window, in seconds, in which a user's open tasks count as pending.")},
         bind(&S::recentTasksSpanSec)},
        {{u"max_pending_tasks_per_user"_s, SettingType::Int, u"8"_s, 1, kIntMax,
          WorkflowSettings::tr("A user with this many pending tasks gets no new task.")},
         bind(&S::maxPendingTasksPerUser)},
        {{u"max_prompt_lottery_waiting"_s, SettingType::Int, u"250"_s, 0, kIntMax,
          WorkflowSettings::tr("Per-language cap on accepted prompts waiting for the lottery.")},
         bind(&S::maxPromptLotteryWaiting)},
        {{u"init_prompt_disabled_langs"_s, SettingType::Text, QString(), 0, 0,
          WorkflowSettings::tr("Comma-separated languages in which no initial prompts are asked for.")},
         bind(&S::initPromptDisabledLangs)},
        {{u"task_expiry_minutes"_s, SettingType::Int, u"2880"_s, 1, kIntMax,
          WorkflowSettings::tr("Minutes after which an unfinished task expires and frees its slot.")},
         bind(&S::taskExpiryMinutes)},
        {{u"message_size_limit"_s, SettingType::Int, u"2000"_s, 1, 1000000,
          WorkflowSettings::tr("Maximum characters of a prompt or reply.")},
         bind(&S::messageSizeLimit)},
        {{u"duplicate_message_window_minutes"_s, SettingType::Int, u"120"_s, 0, kIntMax,
          WorkflowSettings::tr("A text equal to one of the user's own from this many minutes ago is refused.")},
         bind(&S::duplicateMessageWindowMinutes)},
    };
    return list;
}

const Entry *entry(const QString &key)
{
    for (const Entry &e : entries()) {
        if (e.spec.key == key)
            return &e;
    }
    return nullptr;
}

} // namespace

WorkflowSettings::WorkflowSettings()
{
    for (const Entry &e : entries())
        e.binding.set(*this, e.spec.defaultValue);
}

const QList<SettingSpec> &WorkflowSettings::specs()
{
    static const QList<SettingSpec> list = [] {
        QList<SettingSpec> out;
        for (const Entry &e : entries())
            out << e.spec;
        return out;
    }();
    return list;
}

const SettingSpec *WorkflowSettings::spec(const QString &key)
{
    const Entry *e = entry(key);
    return e ? &e->spec : nullptr;
}

QString WorkflowSettings::value(const QString &key) const
{
    const Entry *e = entry(key);
    return e ? e->binding.get(*this) : QString();
}

QMap<QString, QString> WorkflowSettings::values() const
{
    QMap<QString, QString> map;
    for (const Entry &e : entries())
        map.insert(e.spec.key, e.binding.get(*this));
    return map;
}

std::optional<QString> WorkflowSettings::normalize(const QString &key, const QString &text,
                                                   QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<QString> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    const Entry *e = entry(key);
    if (!e)
        return fail(tr("There is no setting called \"%1\"; `config show` lists them.").arg(key));
    const SettingSpec &s = e->spec;
    const QString t = text.trimmed();
    switch (s.type) {
    case SettingType::Int: {
        bool ok = false;
        const qlonglong v = t.toLongLong(&ok);
        if (!ok)
            return fail(tr("%1 takes a whole number, not \"%2\".").arg(key, text));
        if (v < s.minimum || v > s.maximum)
            return fail(tr("%1 must be between %2 and %3.")
                            .arg(key, QString::number(s.minimum, 'g', 12),
                                 QString::number(s.maximum, 'g', 12)));
        return QString::number(v);
    }
    case SettingType::Double: {
        bool ok = false;
        const double v = t.toDouble(&ok);
        if (!ok || !std::isfinite(v))
            return fail(tr("%1 takes a number, not \"%2\".").arg(key, text));
        if (v < s.minimum || v > s.maximum)
            return fail(tr("%1 must be between %2 and %3.")
                            .arg(key, QString::number(s.minimum), QString::number(s.maximum)));
        return doubleText(v);
    }
    case SettingType::Bool: {
        const QString l = t.toLower();
        if (l == "true"_L1 || l == "1"_L1 || l == "yes"_L1 || l == "on"_L1)
            return u"true"_s;
        if (l == "false"_L1 || l == "0"_L1 || l == "no"_L1 || l == "off"_L1)
            return u"false"_s;
        return fail(tr("%1 takes true or false, not \"%2\".").arg(key, text));
    }
    case SettingType::LabelList: {
        QStringList names;
        for (const QString &part : t.split(u',', Qt::SkipEmptyParts)) {
            const QString name = part.trimmed();
            if (!Labels::isKnown(name))
                return fail(tr("%1: \"%2\" is not a label.").arg(key, name));
            if (names.contains(name))
                return fail(tr("%1 lists \"%2\" twice.").arg(key, name));
            names << name;
        }
        return names.join(u',');
    }
    case SettingType::Text: {
        QStringList parts;
        for (const QString &part : t.split(u',', Qt::SkipEmptyParts))
            parts << part.trimmed();
        return parts.join(u',');
    }
    }
    return fail(tr("Unsupported setting type."));
}

bool WorkflowSettings::set(const QString &key, const QString &text, QString *error)
{
    const std::optional<QString> canonical = normalize(key, text, error);
    if (!canonical)
        return false;
    entry(key)->binding.set(*this, *canonical);
    return true;
}

QStringList WorkflowSettings::fullLabels(bool isRoot, MessageRole role) const
{
    if (isRoot)
        return labelsInitialPrompt;
    return role == MessageRole::Assistant ? labelsAssistantReply : labelsPrompterReply;
}

QStringList WorkflowSettings::mandatoryLabels(bool isRoot, MessageRole role) const
{
    if (isRoot)
        return mandatoryLabelsInitialPrompt;
    return role == MessageRole::Assistant ? mandatoryLabelsAssistantReply
                                          : mandatoryLabelsPrompterReply;
}

QStringList WorkflowSettings::simpleLabels(bool isRoot, MessageRole role) const
{
    QStringList labels = mandatoryLabels(isRoot, role);
    if (!labels.contains(u"lang_mismatch"_s))
        labels << u"lang_mismatch"_s;
    if (!isRoot && !labels.contains(u"quality"_s))
        labels << u"quality"_s;
    return labels;
}

int WorkflowSettings::childLimit(MessageRole parentRole, int treeMaxChildren) const
{
    if (parentRole == MessageRole::Prompter)
        return treeMaxChildren;
    return std::min(treeMaxChildren, numPrompterReplies);
}

} // namespace Arborist
