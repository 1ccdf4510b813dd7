#pragma once

#include "core/settings.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <functional>

namespace Arborist {

class Database;

struct GeneratorOptions
{
    // Who wrote, reviewed and ranked the corpus (app_user ids). Empty: the generator uses
    // gen-user-1..N (role annotator), adding those that are missing.
    QStringList userIds;
    // Only the finished shapes (ready_for_export, aborted_low_grade, halted_by_moderator), as a
    // long history behind a live team; otherwise every state of WORKFLOW.md §1.1 is represented.
    bool finishedOnly = false;
    // Milliseconds since the epoch of the first tree; the corpus spans the year after it.
    // 0 = a fixed epoch (2023-02-01), so that a seed always gives the same rows.
    qint64 start = 0;
    // The workflow settings the corpus obeys (review and ranking counts, labels, child limits).
    WorkflowSettings settings;
    // The share of trees (0..1) that are a lone prompt: accepted and waiting in the lottery, or
    // rejected. oasst1 is like this: 161,443 messages in 66,497 trees, most of them prompts
    // that never grew. 0: the default mix of shapes.
    double lonePromptShare = 0;
};

struct GeneratorResult
{
    int trees = 0;
    qint64 messages = 0;
    qint64 labels = 0;
    qint64 rankings = 0;
    qint64 tasks = 0;
    qint64 rows = 0; // every row written, rank positions and emojis included
    QMap<QString, int> byState;
    double seconds = 0;
    // Some ids of stored tasks and messages (for benchmarks' point queries).
    QStringList sampleTaskIds;
    QStringList sampleMessageIds;

    QString describe() const;
    QJsonObject toJson() const;
};

// A realistic corpus shaped like oasst1, written by batched INSERTs through the store: tree
// sizes, depths and branching of the default settings, reviews with labels, rankings, skips and
// abandoned tasks, in every tree state, each invariant of Engine::checkInvariants() holding.
// The same seed on an empty database gives the same rows, ids and timestamps included.
class Generator
{
    Q_DECLARE_TR_FUNCTIONS(Generator)
    Q_DISABLE_COPY_MOVE(Generator)

public:
    // Called after each batch of trees: trees written so far, trees asked for.
    using Progress = std::function<void(int done, int total)>;

    explicit Generator(Database &db, GeneratorOptions options = {});
    ~Generator();

    // Writes `trees` trees; one transaction per batch of 250 trees. Throws DbError.
    GeneratorResult run(int trees, quint64 seed, const Progress &progress = {});

    // Plausible text of minWords..maxWords words.
    static QString fillerText(QRandomGenerator &rng, int minWords, int maxWords);
    // Answers for a label task as an annotator gives them: `spam` as given, lang_mismatch 0,
    // flags mostly 0, Likert scales anywhere on their steps.
    static QJsonObject labelAnswer(QRandomGenerator &rng, const QStringList &names, double spam);
    // An export message node with nested replies (3 levels below it at most), as importers
    // bring them (Engine::insertImportedTree).
    static QJsonObject importedNode(QRandomGenerator &rng, bool assistant, int depth,
                                    const QString &lang = QStringLiteral("en"));

private:
    class Writer;

    Database &m_db;
    GeneratorOptions m_options;
};

} // namespace Arborist
