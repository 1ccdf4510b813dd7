#include "engine/simulator.h"

#include "store/database.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QThread>

using namespace Qt::StringLiterals;

namespace Arborist {

Simulator::Simulator(Engine &engine, SimulationOptions options) : m_engine(engine), m_options(std::move(options)) {}

SimulationResult Simulator::run()
{
    SimulationResult result;
    if (m_options.users.isEmpty())
        return result;
    QRandomGenerator rng{quint32(m_options.seed ^ (m_options.seed >> 32))};
    QElapsedTimer timer;
    timer.start();
    qint64 counter = 0;
    struct Held
    {
        QString user, task, kind;
        QJsonObject answer;
        qint64 due;
    };
    QList<Held> held;
    const qint64 expiryMs = qint64(m_engine.settings().taskExpiryMinutes) * 60 * 1000;
    auto stored = [&](const QString &kind, const QString &task, const QString &message) {
        result.stored[kind] += 1;
        if (m_options.onStored)
            m_options.onStored(kind, task, message);
    };
    // One step of work: a refusal counts by its code, a database failure as an error.
    auto attempt = [&](const std::function<void()> &step) {
        try {
            step();
        } catch (const WorkflowError &e) {
            result.refusals[toString(e.code())] += 1;
        } catch (const DbError &e) {
            ++result.errors;
            if (result.errorMessages.size() < 5)
                result.errorMessages << e.message();
        }
    };
    auto done = [&] {
        return (m_options.maxActions > 0 && result.actions >= m_options.maxActions)
            || (m_options.durationMs > 0 && timer.elapsed() >= m_options.durationMs);
    };
    while (!done()) {
        // Answers left for later whose time has come.
        for (int i = int(held.size()) - 1; i >= 0; --i) {
            if (held[i].due > m_engine.now())
                continue;
            const Held h = held.takeAt(i);
            ++result.actions;
            attempt([&] {
                const SubmitResult r = m_engine.submit(h.user, h.task, h.answer);
                stored(h.kind, h.task, r.messageId);
            });
        }
        const QString user = m_options.users.at(int(rng.bounded(quint32(m_options.users.size()))));
        attempt([&] {
            Task task;
            try {
                task = m_engine.requestTask(user, std::nullopt, m_options.lang);
            } catch (const WorkflowError &e) {
                if (e.code() != ErrorCode::TaskNotAvailable)
                    throw;
                result.refusals[toString(e.code())] += 1; // looking is not an action
                try {
                    task = m_engine.requestTask(user, TaskType::InitialPrompt, m_options.lang);
                } catch (const WorkflowError &none) {
                    if (none.code() == ErrorCode::TaskNotAvailable && m_options.idleMs > 0)
                        QThread::msleep(m_options.idleMs); // nothing to do: a pause, as people take
                    throw;
                }
            }
            ++result.actions;
            if (rng.generateDouble() < m_options.skipRate) {
                m_engine.skip(user, task.id, u"not my field"_s);
                ++result.actions;
                stored(u"skip"_s, task.id, {});
                return;
            }
            const TaskKind kind = kindOf(task.type);
            QJsonObject answer;
            if (kind == TaskKind::Prompt || kind == TaskKind::Reply) {
                answer = {{u"text"_s, u"Simulated text %1 by %2 (seed %3)."_s.arg(++counter).arg(user).arg(m_options.seed)}};
            } else if (kind == TaskKind::Ranking) {
                QList<ConversationMessage> replies = task.replies;
                for (int i = int(replies.size()) - 1; i > 0; --i)
                    replies.swapItemsAt(i, int(rng.bounded(quint32(i + 1))));
                QJsonArray ids;
                for (const ConversationMessage &m : replies)
                    ids << m.id;
                answer = {{u"ranking"_s, ids}, {u"not_rankable"_s, false}};
            } else {
                QJsonObject labels;
                for (const QString &name : task.validLabels)
                    labels.insert(name, 0);
                labels.insert(u"spam"_s, rng.generateDouble() < m_options.spamRate ? 1 : 0);
                answer = {{u"labels"_s, labels}};
            }
            if (rng.generateDouble() < m_options.mistakeRate) {
                // A wrong answer first: labels the task does not take, or an answer of another kind.
                QJsonObject wrong = kind == TaskKind::LabelPrompt || kind == TaskKind::LabelReply
                    ? QJsonObject{{u"labels"_s, QJsonObject{{u"spam"_s, 0}, {u"no_such_label"_s, 1}}}}
                    : QJsonObject{{u"labels"_s, QJsonObject{{u"spam"_s, 0}}}};
                try {
                    m_engine.submit(user, task.id, wrong);
                    result.errors += 1;
                    result.errorMessages << u"a wrong answer to task %1 was accepted"_s.arg(task.id);
                } catch (const WorkflowError &e) {
                    result.refusals[toString(e.code())] += 1;
                }
                ++result.actions;
            }
            if (rng.generateDouble() < m_options.slowRate) {
                held.append({user, task.id, taskKindName(kind), answer,
                             m_engine.now() + qint64(rng.generateDouble() * 2 * double(expiryMs))});
                return;
            }
            const SubmitResult r = m_engine.submit(user, task.id, answer);
            ++result.actions;
            stored(taskKindName(kind), task.id, r.messageId);
        });
    }
    result.seconds = timer.nsecsElapsed() / 1e9;
    return result;
}

} // namespace Arborist
