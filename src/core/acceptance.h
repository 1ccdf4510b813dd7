#pragma once

#include "core/labels.h"
#include "core/settings.h"
#include "core/types.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Arborist {

// WORKFLOW.md §4.5: score = 1 − (mean spam + mean lang_mismatch) over the task-based reviews,
// a missing key counting as 0. An empty list scores 1.
double acceptanceScore(const QList<LabelValues> &reviews);

// A review decision is made once enough reviews are in, and is final (§10.5).
enum class ReviewDecision { Pending, Accepted, Rejected };
// Accepted when the score is strictly above the threshold (§10.6).
ReviewDecision decideReview(const QList<LabelValues> &reviews, int requiredReviews, double threshold);

// The rule of §4.5 for one message under the settings: how many task-based reviews decide it
// (num_reviews_initial_prompt or num_reviews_reply) and the score they must pass.
struct ReviewRule
{
    int required = 0;
    double threshold = 0.0;
};
ReviewRule reviewRule(bool isRoot, const WorkflowSettings &settings);

// The engine's decision on one message (§4.5 with §10.5): pending while its review count is
// below rule.required; then decided on the reviews given.
ReviewDecision decideMessage(const QList<LabelValues> &reviews, int reviewCount, const ReviewRule &rule);

// What the tree rules (T5/T6, T7) read of one message of a tree.
struct MessageStatus
{
    QString id;
    QString parentId; // empty for the root
    MessageRole role = MessageRole::Prompter;
    bool deleted = false;
    std::optional<bool> reviewResult;
};

// T5/T6 (§1.4, with Arborist's "awaiting review" = not decided yet): over the tree's messages
// that are not deleted, a growing tree with no accepted message left is halted; one with at
// least goalTreeSize accepted messages and none awaiting its review goes to ranking; any other
// keeps growing.
enum class GrowthDecision { KeepGrowing, Ranking, Halted };
GrowthDecision decideGrowth(const QList<MessageStatus> &messages, int goalTreeSize);

// T7 step 2: the parents with more than one child that counts for ranking (not deleted,
// accepted, and an assistant reply unless prompter replies are ranked too), in id order.
QStringList rankableParents(const QList<MessageStatus> &messages, bool rankPrompterReplies);

} // namespace Arborist
