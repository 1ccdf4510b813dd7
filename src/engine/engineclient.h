#pragma once

#include "core/errors.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QThread>

#include <functional>
#include <memory>
#include <optional>
#include <type_traits>

namespace Arborist {

class Database;
class Engine;

// What went wrong in a job: a refusal of the workflow (with its code) or a database failure,
// always with a sentence for the user.
struct EngineFailure
{
    std::optional<ErrorCode> code; // empty: the database failed (server gone, disk full, ...)
    QString message;
};

// Runs engine operations on a worker thread that owns the database connection, one job at a
// time in the order they were given, and hands each result back on the thread of a context
// object (the GUI thread). Nothing here blocks the caller: a slow or lost server delays the
// answer, never the window. A job whose context object is gone by then is answered to no one.
class EngineClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EngineClient)

public:
    explicit EngineClient(QObject *parent = nullptr);
    ~EngineClient() override; // runs the jobs given so far (their answers go nowhere), then stops

    // Opens `url` on the worker (creating the file and schema for the embedded default with
    // `create`) and replaces the connection that was open. `done` or `failed` follow.
    void open(const QString &url, bool create, QObject *context, std::function<void()> done,
              std::function<void(const EngineFailure &)> failed);

    // Runs job(engine) on the worker; done(result) or failed(failure) on the context's thread.
    template<typename Job, typename Done>
    void run(QObject *context, Job job, Done done, std::function<void(const EngineFailure &)> failed)
    {
        using Result = std::invoke_result_t<Job, Engine &>;
        postToEngine(context, [job = std::move(job), done = std::move(done)](Engine &engine) mutable -> std::function<void()> {
            if constexpr (std::is_void_v<Result>) {
                job(engine);
                return [done = std::move(done)]() mutable { done(); };
            } else {
                auto result = std::make_shared<Result>(job(engine));
                return [done = std::move(done), result]() mutable { done(*result); };
            }
        }, std::move(failed));
    }

    // Jobs given but not answered yet.
    int pending() const { return m_pending; }

signals:
    // Emitted on the client's thread when pending() goes from 0 to more, or back to 0.
    void busyChanged(bool busy);

private:
    class Worker;
    // A job returns what to call on the client's thread when it succeeded.
    using Job = std::function<std::function<void()>(Worker &)>;
    using Work = std::function<std::function<void()>(Engine &)>;
    void post(QObject *context, Job job, std::function<void(const EngineFailure &)> failed);
    void postToEngine(QObject *context, Work work, std::function<void(const EngineFailure &)> failed);
    void finished();

    QThread m_thread;
    Worker *m_worker = nullptr; // lives in m_thread
    int m_pending = 0;
};

} // namespace Arborist
