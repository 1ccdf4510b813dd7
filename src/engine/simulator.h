#pragma once

#include "engine/engine.h"

#include <QMap>
#include <QString>
#include <QStringList>

#include <functional>

namespace Arborist {

struct SimulationOptions
{
    QStringList users;      // who works; they must exist
    QString lang = QStringLiteral("en");
    qint64 maxActions = 0;  // stop after this many actions; 0 = no limit
    qint64 durationMs = 0;  // stop after this long; 0 = no limit
    quint64 seed = 1;
    double skipRate = 0.1;     // tasks skipped instead of answered
    double spamRate = 0.125;   // reviews that call a message spam
    double mistakeRate = 0.02; // answers first sent wrong (bad labels, wrong kind) and refused
    // Tasks an annotator leaves for a while: the answer is sent after a random time of up to
    // twice the task expiry, by the engine's clock; it is stored if its place is still free and
    // refused as task_expired otherwise. Only useful with a fast engine clock: on the wall clock
    // such tasks would hold their places for days.
    double slowRate = 0.0;
    // How long an annotator who found nothing to do waits before looking again (wall time).
    int idleMs = 10;
    // Called for every stored answer: kind ("prompt", "reply", "label", "ranking" or "skip"),
    // the task id and the new message id (replies and prompts).
    std::function<void(const QString &kind, const QString &taskId, const QString &messageId)> onStored;
};

struct SimulationResult
{
    qint64 actions = 0;            // tasks handed out, answers, skips and refused mistakes
    qint64 errors = 0;             // database failures (after the engine's retries)
    QMap<QString, int> stored;     // by kind, as passed to onStored
    QMap<QString, int> refusals;   // by refusal code, mistakes included
    QStringList errorMessages;     // the first few database failures
    double seconds = 0;
};

// Simulated annotators working through the engine: they ask for random tasks (an initial
// prompt when nothing else is left), answer them plausibly, skip some, leave some for later,
// and now and then send a wrong answer first, which the engine must refuse.
class Simulator
{
public:
    Simulator(Engine &engine, SimulationOptions options);
    SimulationResult run();

private:
    Engine &m_engine;
    SimulationOptions m_options;
};

} // namespace Arborist
