#pragma once

// A fresh database and engine per test, with a clock the test moves and helpers that walk a
// tree through the workflow using only the engine's public API.

#include "engine/engine.h"
#include "support/testdatabase.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <memory>

namespace Arborist::Test {

class EngineFixture
{
public:
    explicit EngineFixture(quint64 seed = 42)
    {
        db = tdb.connect();
        EngineOptions options;
        options.clock = [this] { return clock; };
        options.seed = seed;
        engine = std::make_unique<Engine>(*db, options);
    }

    void tick(qint64 ms = 1000) { clock += ms; }

    // Adds an admin "admin", a lead "lead" and annotators u1..uN.
    void addTeam(int annotators)
    {
        engine->addUser(QString(), QStringLiteral("admin"), UserRole::Admin);
        engine->addUser(QStringLiteral("admin"), QStringLiteral("lead"), UserRole::Lead);
        for (int i = 1; i <= annotators; ++i)
            engine->addUser(QStringLiteral("admin"), QStringLiteral("u%1").arg(i), UserRole::Annotator);
    }

    void set(const QString &key, const QString &value) { engine->setSetting(QStringLiteral("admin"), key, value); }

    // Requests a task of `type` for `user`; fails the test if none comes.
    Task request(const QString &user, TaskType type)
    {
        tick();
        return engine->requestTask(user, type, QStringLiteral("en"));
    }

    QString submitText(const QString &user, const Task &task, const QString &text)
    {
        tick();
        return engine->submit(user, task.id, QJsonObject{{QStringLiteral("text"), text}}).messageId;
    }

    // A new initial prompt by `user`; returns the tree id (= root message id).
    QString prompt(const QString &user, const QString &text)
    {
        const Task task = request(user, TaskType::InitialPrompt);
        return submitText(user, task, text);
    }

    // `user` writes a reply of the given type; returns the new message id, and the parent.
    QString reply(const QString &user, TaskType type, const QString &text, QString *parent = nullptr)
    {
        const Task task = request(user, type);
        if (parent)
            *parent = task.parentId;
        return submitText(user, task, text);
    }

    static QJsonObject labels(double spam, double langMismatch = 0.0)
    {
        return {{QStringLiteral("labels"),
                 QJsonObject{{QStringLiteral("spam"), spam}, {QStringLiteral("lang_mismatch"), langMismatch}}}};
    }

    // Each reviewer requests a label task of `type`, which must be for `messageId`, and submits
    // spam = 1 for the first `spamVotes` reviewers, 0 for the rest.
    bool review(const QString &messageId, TaskType type, const QStringList &reviewers, int spamVotes = 0)
    {
        int i = 0;
        for (const QString &reviewer : reviewers) {
            const Task task = request(reviewer, type);
            if (task.messageId != messageId) {
                qWarning("review: %s got a task for %s, expected %s", qPrintable(reviewer),
                         qPrintable(task.messageId), qPrintable(messageId));
                return false;
            }
            tick();
            engine->submit(reviewer, task.id, labels(i++ < spamVotes ? 1.0 : 0.0));
        }
        return true;
    }

    // Ranks the replies of the task the user gets, in the order given by `order` (a function
    // from the task's replies to the ranked ids).
    Task rank(const QString &user, TaskType type, const std::function<QStringList(const Task &)> &order,
              bool notRankable = false)
    {
        const Task task = request(user, type);
        tick();
        QJsonArray ids;
        for (const QString &id : order(task))
            ids << id;
        engine->submit(user, task.id,
                       QJsonObject{{QStringLiteral("ranking"), ids}, {QStringLiteral("not_rankable"), notRankable}});
        return task;
    }

    // The value of one column of one row, straight from the database (for assertions).
    QVariant sql(const QString &query, const QVariantList &binds = {}) { return db->value(query, binds); }

    TestDatabase tdb;
    std::unique_ptr<Database> db;
    std::unique_ptr<Engine> engine;
    qint64 clock = 1'800'000'000'000;
};

// Small trees: the root takes two assistant replies and nothing deeper; three accepted
// messages finish a tree.
inline void smallTrees(EngineFixture &f)
{
    f.set(QStringLiteral("goal_tree_size"), QStringLiteral("3"));
    f.set(QStringLiteral("max_tree_depth"), QStringLiteral("1"));
    f.set(QStringLiteral("max_children_count"), QStringLiteral("2"));
}

// An assistant reply by `author` to the only open parent, accepted by `reviewers`; empty when
// a reviewer got another task.
inline QString acceptedReply(EngineFixture &f, const QString &author, const QStringList &reviewers, const QString &text)
{
    const QString id = f.reply(author, TaskType::AssistantReply, text);
    if (!f.review(id, TaskType::LabelAssistantReply, reviewers))
        return {};
    return id;
}

// Expects `statement` to throw a WorkflowError with `code`.
#define ARB_EXPECT_REFUSAL(expectedCode, statement)                                                        \
    do {                                                                                           \
        bool refused_ = false;                                                                     \
        try {                                                                                      \
            statement;                                                                             \
        } catch (const ::Arborist::WorkflowError &e_) {                                            \
            refused_ = true;                                                                       \
            if (e_.code() != (expectedCode))                                                               \
                QFAIL(qPrintable(QStringLiteral("expected %1, got %2: %3")                         \
                                     .arg(::Arborist::toString(expectedCode), ::Arborist::toString(e_.code()), \
                                          e_.message())));                                         \
        }                                                                                          \
        if (!refused_)                                                                             \
            QFAIL(qPrintable(QStringLiteral("expected the refusal %1").arg(::Arborist::toString(expectedCode)))); \
    } while (false)

} // namespace Arborist::Test
