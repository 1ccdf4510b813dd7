#include "core/acceptance.h"

#include <QMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Arborist {

double acceptanceScore(const QList<LabelValues> &reviews)
{
    if (reviews.isEmpty())
        return 1.0;
    double spam = 0.0;
    double langMismatch = 0.0;
    for (const LabelValues &review : reviews) {
        spam += review.value(u"spam"_s, 0.0);
        langMismatch += review.value(u"lang_mismatch"_s, 0.0);
    }
    const double n = double(reviews.size());
    return 1.0 - (spam / n + langMismatch / n);
}

ReviewDecision decideReview(const QList<LabelValues> &reviews, int requiredReviews, double threshold)
{
    if (reviews.size() < requiredReviews)
        return ReviewDecision::Pending;
    return acceptanceScore(reviews) > threshold ? ReviewDecision::Accepted : ReviewDecision::Rejected;
}

ReviewRule reviewRule(bool isRoot, const WorkflowSettings &settings)
{
    return isRoot ? ReviewRule{settings.numReviewsInitialPrompt, settings.acceptanceThresholdInitialPrompt}
                  : ReviewRule{settings.numReviewsReply, settings.acceptanceThresholdReply};
}

ReviewDecision decideMessage(const QList<LabelValues> &reviews, int reviewCount, const ReviewRule &rule)
{
    if (reviewCount < rule.required)
        return ReviewDecision::Pending;
    return decideReview(reviews, std::min(rule.required, int(reviews.size())), rule.threshold);
}

GrowthDecision decideGrowth(const QList<MessageStatus> &messages, int goalTreeSize)
{
    int size = 0;     // accepted
    int awaiting = 0; // not decided yet
    for (const MessageStatus &m : messages) {
        if (m.deleted)
            continue;
        if (!m.reviewResult)
            ++awaiting;
        else if (*m.reviewResult)
            ++size;
    }
    if (size == 0)
        return GrowthDecision::Halted;
    if (goalTreeSize - size > 0 || awaiting > 0)
        return GrowthDecision::KeepGrowing;
    return GrowthDecision::Ranking;
}

QStringList rankableParents(const QList<MessageStatus> &messages, bool rankPrompterReplies)
{
    QMap<QString, int> counted; // in id order
    for (const MessageStatus &m : messages) {
        if (m.parentId.isEmpty() || m.deleted || m.reviewResult != std::optional<bool>(true))
            continue;
        if (!rankPrompterReplies && m.role != MessageRole::Assistant)
            continue;
        counted[m.parentId] += 1;
    }
    QStringList parents;
    for (auto it = counted.cbegin(); it != counted.cend(); ++it) {
        if (it.value() > 1)
            parents << it.key();
    }
    return parents;
}

} // namespace Arborist
