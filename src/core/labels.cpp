#include "core/labels.h"

using namespace Qt::StringLiterals;

namespace Arborist {

QString toString(LabelWidget widget)
{
    switch (widget) {
    case LabelWidget::YesNo:
        return u"yes_no"_s;
    case LabelWidget::Flag:
        return u"flag"_s;
    case LabelWidget::Likert:
        return u"likert"_s;
    }
    return {};
}

const QList<LabelInfo> &Labels::all()
{
    static const QList<LabelInfo> labels = {
        {u"spam"_s, LabelWidget::YesNo, tr("Spam"),
         tr("Deliberately low quality, off-topic or unrelated to the conversation.")},
        {u"fails_task"_s, LabelWidget::YesNo, tr("Fails the task"),
         tr("Does not follow the instruction or answer the request.")},
        {u"lang_mismatch"_s, LabelWidget::Flag, tr("Wrong language"),
         tr("Written in a language other than the selected one.")},
        {u"pii"_s, LabelWidget::Flag, tr("Personal information"),
         tr("Contains personally identifying information.")},
        {u"not_appropriate"_s, LabelWidget::Flag, tr("Not appropriate"),
         tr("Inappropriate for a customer-facing assistant.")},
        {u"hate_speech"_s, LabelWidget::Flag, tr("Hate speech"),
         tr("Abusive or threatening content aimed at a protected characteristic such as "
            "origin, religion, gender, sexual orientation or disability.")},
        {u"sexual_content"_s, LabelWidget::Flag, tr("Sexual content"),
         tr("Contains sexual content.")},
        {u"moral_judgement"_s, LabelWidget::Flag, tr("Moral judgement"),
         tr("Expresses moral judgement.")},
        {u"political_content"_s, LabelWidget::Flag, tr("Political content"),
         tr("Expresses political views.")},
        {u"quality"_s, LabelWidget::Likert, tr("Quality"), tr("Overall subjective quality.")},
        {u"toxicity"_s, LabelWidget::Likert, tr("Toxicity"),
         tr("Rude, abusive, profane or insulting.")},
        {u"humor"_s, LabelWidget::Likert, tr("Humor"), tr("Humorous or sarcastic.")},
        {u"helpfulness"_s, LabelWidget::Likert, tr("Helpfulness"), tr("How helpful the reply is.")},
        {u"creativity"_s, LabelWidget::Likert, tr("Creativity"),
         tr("How creative or original it is.")},
        {u"violence"_s, LabelWidget::Likert, tr("Violence"),
         tr("Violence, abuse, terrorism or self-harm.")},
    };
    return labels;
}

const LabelInfo *Labels::find(const QString &name)
{
    for (const LabelInfo &info : all()) {
        if (info.name == name)
            return &info;
    }
    return nullptr;
}

QList<double> Labels::allowedSteps(LabelWidget widget)
{
    if (widget == LabelWidget::Likert)
        return {0.0, 0.25, 0.5, 0.75, 1.0};
    return {0.0, 1.0};
}

QStringList Labels::reportLabels()
{
    return {u"spam"_s,           u"not_appropriate"_s,   u"pii"_s,      u"hate_speech"_s,
            u"sexual_content"_s, u"moral_judgement"_s,   u"political_content"_s,
            u"toxicity"_s,       u"violence"_s,          u"quality"_s};
}

} // namespace Arborist
