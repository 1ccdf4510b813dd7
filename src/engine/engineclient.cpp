#include "engine/engineclient.h"

#include "engine/engine.h"
#include "store/database.h"

#include <QMetaObject>

using namespace Qt::StringLiterals;

namespace Arborist {

// Owns the connection and the engine; lives and dies in the worker thread.
class EngineClient::Worker final : public QObject
{
public:
    std::unique_ptr<Database> db;
    std::unique_ptr<Engine> engine;

    void close()
    {
        engine.reset();
        db.reset();
    }
};

EngineClient::EngineClient(QObject *parent) : QObject(parent)
{
    m_thread.setObjectName(u"arborist-db"_s);
    m_worker = new Worker;
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, [this] {
        m_worker->close(); // the connection is closed by the thread that opened it
        delete m_worker;
        m_worker = nullptr;
    }, Qt::DirectConnection);
    m_thread.start();
}

EngineClient::~EngineClient()
{
    // The jobs given before (a submission sent as the window closes) run first: the thread is
    // told to stop by a job of its own, queued behind them.
    QMetaObject::invokeMethod(m_worker, [this] { m_thread.quit(); }, Qt::QueuedConnection);
    m_thread.wait();
}

namespace {

// Runs `fn` and turns the exceptions of the engine and the store into a failure.
template<typename Fn>
std::optional<EngineFailure> guarded(Fn &&fn)
{
    try {
        fn();
        return std::nullopt;
    } catch (const WorkflowError &e) {
        return EngineFailure{e.code(), e.message()};
    } catch (const DbError &e) {
        return EngineFailure{std::nullopt, e.message()};
    } catch (const std::exception &e) {
        return EngineFailure{std::nullopt, QString::fromLocal8Bit(e.what())};
    }
}

} // namespace

void EngineClient::open(const QString &url, bool create, QObject *context, std::function<void()> done,
                        std::function<void(const EngineFailure &)> failed)
{
    post(context, [url, create, done = std::move(done)](Worker &worker) mutable -> std::function<void()> {
        worker.close();
        auto db = Database::open(url, create ? Database::OpenMode::CreateIfMissing : Database::OpenMode::MustExist);
        if (create)
            db->migrate();
        else
            db->requireSchema();
        auto engine = std::make_unique<Engine>(*db);
        if (create)
            engine->reconcile();
        worker.db = std::move(db);
        worker.engine = std::move(engine);
        return std::move(done);
    }, std::move(failed));
}

void EngineClient::postToEngine(QObject *context, Work work, std::function<void(const EngineFailure &)> failed)
{
    post(context, [work = std::move(work)](Worker &worker) mutable -> std::function<void()> {
        if (!worker.engine)
            throw DbError(tr("No database is open."));
        return work(*worker.engine);
    }, std::move(failed));
}

void EngineClient::post(QObject *context, Job job, std::function<void(const EngineFailure &)> failed)
{
    ++m_pending;
    if (m_pending == 1)
        emit busyChanged(true);
    QMetaObject::invokeMethod(m_worker, [this, context = QPointer<QObject>(context), job = std::move(job),
                                         failed = std::move(failed)]() mutable {
        std::function<void()> answer;
        const std::optional<EngineFailure> failure = guarded([&] { answer = job(*m_worker); });
        // Answered on the client's thread, where the context is checked.
        QMetaObject::invokeMethod(this, [this, failure, context, answer = std::move(answer),
                                         failed = std::move(failed)]() mutable {
            finished();
            if (!context)
                return;
            if (failure)
                failed(*failure);
            else
                answer();
        }, Qt::QueuedConnection);
    }, Qt::QueuedConnection);
}

void EngineClient::finished()
{
    if (m_pending > 0 && --m_pending == 0)
        emit busyChanged(false);
}

} // namespace Arborist
