#pragma once

// A two-stage pipeline for long transfers: a worker thread produces (or consumes) while the
// thread that owns the database connection does the other half, so that parsing or
// serializing JSON and talking to the database use both cores. Exceptions thrown in the worker
// reach the owning thread; when the owner stops early, the worker is told to stop and joined.

#include <QThread>

#include <condition_variable>
#include <deque>
#include <exception>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>

namespace Arborist {

// A queue of at most `capacity` items between two threads; close() ends it.
template<typename T>
class BoundedQueue
{
public:
    explicit BoundedQueue(std::size_t capacity) : m_capacity(capacity) {}

    // Blocks while full; false when the queue was closed (the consumer gave up).
    bool push(T item)
    {
        std::unique_lock lock(m_mutex);
        m_notFull.wait(lock, [&] { return m_closed || m_items.size() < m_capacity; });
        if (m_closed)
            return false;
        m_items.push_back(std::move(item));
        m_notEmpty.notify_one();
        return true;
    }

    // Blocks while empty; nothing once the queue is closed and drained.
    std::optional<T> pop()
    {
        std::unique_lock lock(m_mutex);
        m_notEmpty.wait(lock, [&] { return m_closed || !m_items.empty(); });
        if (m_items.empty())
            return std::nullopt;
        T item = std::move(m_items.front());
        m_items.pop_front();
        m_notFull.notify_one();
        return item;
    }

    void close()
    {
        std::lock_guard lock(m_mutex);
        m_closed = true;
        m_notEmpty.notify_all();
        m_notFull.notify_all();
    }

private:
    std::mutex m_mutex;
    std::condition_variable m_notEmpty, m_notFull;
    std::deque<T> m_items;
    std::size_t m_capacity;
    bool m_closed = false;
};

// Runs `work` in a thread of its own. `stop` (closing the queue between the two, typically)
// runs when the work ends, however it ends, and again when the owner joins or is destroyed, so
// that neither side waits for the other forever. rethrow() passes on what the work threw.
class Worker
{
public:
    Worker(std::function<void()> work, std::function<void()> stop)
        : m_stop(std::move(stop))
    {
        m_thread.reset(QThread::create([this, work = std::move(work)] {
            try {
                work();
            } catch (...) {
                m_error = std::current_exception();
            }
            m_stop();
        }));
        m_thread->start();
    }
    ~Worker() { join(); }

    void join()
    {
        if (!m_thread)
            return;
        m_stop();
        m_thread->wait();
        m_thread.reset();
    }

    // After join(): rethrows the work's exception, if any.
    void rethrow()
    {
        if (m_error)
            std::rethrow_exception(m_error);
    }

private:
    std::function<void()> m_stop;
    std::unique_ptr<QThread> m_thread;
    std::exception_ptr m_error;
};

} // namespace Arborist
