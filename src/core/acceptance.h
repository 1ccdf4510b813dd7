#pragma once

#include "core/labels.h"

#include <QList>

namespace Arborist {

// WORKFLOW.md §4.5: score = 1 − (mean spam + mean lang_mismatch) over the task-based reviews,
// a missing key counting as 0. An empty list scores 1.
double acceptanceScore(const QList<LabelValues> &reviews);

// A review decision is made once enough reviews are in, and is final (§10.5).
enum class ReviewDecision { Pending, Accepted, Rejected };
// Accepted when the score is strictly above the threshold (§10.6).
ReviewDecision decideReview(const QList<LabelValues> &reviews, int requiredReviews, double threshold);

} // namespace Arborist
