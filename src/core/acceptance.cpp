#include "core/acceptance.h"

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

} // namespace Arborist
