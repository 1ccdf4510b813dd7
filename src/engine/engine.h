#pragma once

#include "core/agreement.h"
#include "core/errors.h"
#include "core/labels.h"
#include "core/settings.h"
#include "core/types.h"
#include "engine/transfer.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

#include <array>
#include <functional>
#include <optional>

namespace Arborist {

class Database;
namespace Oasst {
struct Tree;
}

struct EngineOptions
{
    // Milliseconds since the epoch; the wall clock unless a test injects its own.
    std::function<qint64()> clock;
    // Seed of the engine's random draws (task choice, lottery, dice); 0 = random. Ids are always
    // drawn from the system's generator.
    quint64 seed = 0;
};

struct UserInfo
{
    QString id;
    QString name;
    QString displayName;
    UserRole role = UserRole::Annotator;
    QString lang;
    bool enabled = true;
    // On a team server with logins (docs/team-server.md): whether addUser() or
    // setUserPassword() made or changed the user's login, and the password it generated when
    // none was given (shown once, stored nowhere).
    bool login = false;
    QString initialPassword;
};

struct ConversationMessage
{
    QString id;
    MessageRole role = MessageRole::Prompter;
    QString text;
    QString lang;
    std::optional<bool> synthetic; // blanked in rankings that mix human and model replies
};

struct Task
{
    QString id;
    TaskType type = TaskType::InitialPrompt;
    QString userId;
    QString lang;
    QString treeId;    // empty for initial prompts
    QString parentId;  // reply tasks: the message replied to; ranking tasks: the parent
    QString messageId; // label tasks: the message to label
    QList<ConversationMessage> conversation;
    QList<ConversationMessage> replies; // ranking tasks, shuffled
    QStringList validLabels;
    QStringList mandatoryLabels;
    std::optional<LabelMode> mode; // label tasks
    bool revealSynthetic = false;  // ranking tasks
    qint64 created = 0;
    qint64 expiry = 0;
    bool done = false;    // answered
    bool skipped = false; // given up

    // The JSON of DESIGN.md ("A task, as task request --json prints it").
    QJsonObject toJson() const;
};

struct SubmitResult
{
    QString messageId; // the new message of a reply task; empty otherwise
};

struct TreeSummary
{
    QString id;
    TreeState state = TreeState::InitialPromptReview;
    bool active = false;
    QString lang;
    int size = 0; // non-deleted messages
};

// A tree as the lead's browser lists it.
struct TreeListing
{
    QString id;
    TreeState state = TreeState::InitialPromptReview;
    QString lang;
    qint64 created = 0;
    int size = 0;   // messages not deleted
    QString author; // the prompt's author (user name)
    QString prompt; // the prompt's text
};

// Which trees the browser lists, and in which order. Empty fields do not filter.
struct TreeQuery
{
    enum class Sort { Newest, Oldest, Largest, ByState };
    std::optional<TreeState> state;
    QString lang;
    QString author; // a user name: trees whose prompt they wrote
    QString text;   // words of the prompt: each search word begins one (case does not matter)
    QString treeId; // one tree (a row to show again after a change)
    // The dashboard's click-throughs (each empty or negative field does not filter):
    QString contributor; // a user name: trees with a message they wrote
    // Trees with a task of taskType (any type when empty) done in [taskFrom, taskTo), ms.
    QString taskType;
    qint64 taskFrom = 0;
    qint64 taskTo = 0;
    // A label name (of the catalogue): trees with a message some annotator gave this label at
    // labelStep (0..4: the value times 4, so flags are 0 and 4); with labelDisagreement instead,
    // trees with a message whose annotators gave this label different values.
    QString label;
    int labelStep = -1;
    bool labelDisagreement = false;
    // Trees with a sibling group whose rankings agree with Kendall's W in [wFrom, wTo).
    std::optional<double> wFrom;
    std::optional<double> wTo;
    Sort sort = Sort::Newest;
};

// --- the lead's dashboard (statistics.cpp) ---------------------------------------------------

struct DashboardQuery
{
    // Tasks finished, and messages written, from the start (UTC) of the day of this time (ms
    // since the epoch) count in the tasks and annotator figures; 0 = all time. Tree and
    // agreement figures cover all.
    qint64 since = 0;
};

struct TreeCount
{
    TreeState state = TreeState::InitialPromptReview;
    QString lang;
    qint64 trees = 0;
};

// Tasks of one type finished on one day (UTC).
struct TaskDayCount
{
    qint64 day = 0; // ms since the epoch at 00:00 UTC
    TaskType type = TaskType::InitialPrompt;
    qint64 done = 0;
    qint64 skipped = 0;
};

struct AnnotatorFigures
{
    QString userName;
    qint64 tasksDone = 0;
    qint64 tasksSkipped = 0;
    // Messages they wrote, and how the reviews decided them (undecided ones count in neither).
    qint64 messages = 0;
    qint64 accepted = 0;
    qint64 rejected = 0;
    // The median time from receiving a task to finishing it, interpolated in a histogram of
    // durations whose buckets grow by at most half; empty when they finished none.
    std::optional<double> medianSeconds;
};

// One label of the catalogue: how often each value was given, and how well annotators agree.
struct LabelFigures
{
    QString label;
    LabelWidget widget = LabelWidget::Flag;
    // Values given in review tasks, by step: index = value * 4 (flags use 0 and 4).
    std::array<qint64, 5> steps{};
    // Nominal for yes/no and flags, ordinal for Likert ratings.
    AlphaMetric metric = AlphaMetric::Nominal;
    // Krippendorff's alpha over every message reviewed by two or more annotators; coders is
    // not known from the aggregates and stays 0.
    AlphaResult agreement;
};

// Kendall's W of every sibling group ranked by two or more annotators.
struct RankingFigures
{
    std::array<qint64, 10> histogram{}; // groups by W: [0, 0.1), ..., [0.9, 1]
    qint64 groups = 0;          // groups with a W
    qint64 undefinedGroups = 0; // ranked by fewer than two, or every ranker tied everything
    std::optional<double> medianW;
    qint64 rankings = 0;        // the rankings behind the groups with a W
};

struct Dashboard
{
    QList<TreeCount> trees;
    QList<TaskDayCount> tasks; // by day, oldest first
    QList<AnnotatorFigures> annotators; // by tasks done, most first
    QList<LabelFigures> labels;         // in the catalogue's order; labels never given left out
    RankingFigures rankings;
};

// One annotator's labels of a message (a review task's, or a free report).
struct LabelEntry
{
    QString userName;
    LabelValues values;
    QString text;
    qint64 created = 0;
    bool report = false;
};

struct AuditEntry
{
    qint64 at = 0;
    QString userName;
    QString action;
    QString objectType;
    QString objectId;
    QString before;
    QString after;
    QString reason;
};

struct PurgeResult
{
    int messagesDeleted = 0;
    int treesDeleted = 0;
    int treesReactivated = 0;
};

// Facts about the database that contradict WORKFLOW.md §10.13; empty when all hold.
struct InvariantReport
{
    QStringList violations;
    bool ok() const { return violations.isEmpty(); }
};

// A derived value (one the engine maintains from the facts) that differs from what the facts
// give; see Engine::recomputeDerived.
struct DerivedDifference
{
    QString table;  // "message", "tree" or "emoji_count"
    QString id;     // the row's id; for emoji_count, the message's
    QString column; // for emoji_count, the emoji code (the value is its count)
    QJsonValue stored;     // null: NULL, or no emoji_count row
    QJsonValue recomputed; // null: NULL, or no emoji_count row
};

struct DerivedReport
{
    QList<DerivedDifference> differences; // grouped by tree, in id order
    int repaired = 0;  // values written back (repair only)
    int trees = 0;     // trees looked at
    qint64 messages = 0;
    QStringList notes; // what could not be checked, and why
    bool ok() const { return differences.isEmpty(); }
};

// The one workflow engine (WORKFLOW.md, with the decisions of its §10). Every public operation
// is one database transaction, retried on transient conflicts. Refusals throw WorkflowError;
// database failures throw DbError. An Engine belongs to the thread of its Database.
class Engine final
{
    Q_DECLARE_TR_FUNCTIONS(Engine)
    Q_DISABLE_COPY_MOVE(Engine)

public:
    explicit Engine(Database &db, EngineOptions options = {});
    ~Engine();

    Database &database() { return m_db; }
    qint64 now() const;

    // --- users and roles ---------------------------------------------------------------
    // Adds a user. `actor` must be an admin, except for the very first user of a database.
    // On a PostgreSQL server set up with `server init`, the user also gets a login of the same
    // name in the group of their role, with `password` (a strong one is generated when it is
    // empty, and returned in initialPassword).
    UserInfo addUser(const QString &actor, const QString &name, UserRole role,
                     const QString &lang = QStringLiteral("en"), const QString &displayName = {},
                     const QString &password = {});
    QList<UserInfo> users();
    UserInfo user(const QString &name); // throws unknown_user
    void setUserRole(const QString &actor, const QString &name, UserRole role);
    // Disabling a user halts their prompts waiting for the lottery (T14); on a server with
    // logins, the login can no longer connect (and, connected, can change nothing more).
    void setUserEnabled(const QString &actor, const QString &name, bool enabled);
    // Server with logins only: gives the user's login a new password (a generated one, returned,
    // when `password` is empty), making the login when the user has none yet. Admins only.
    QString setUserPassword(const QString &actor, const QString &name, const QString &password = {});
    // Whether this database was set up for logins with `server init` (PostgreSQL).
    bool serverLogins();
    // The Arborist user the connection's login is, on a server with logins when the login is in
    // one of the Arborist groups; empty otherwise (SQLite, the owner, a superuser). Operations
    // then act as this user: naming someone else is refused unless the login is an admin's.
    QString signedInUser();
    // T16 (§8.4): deletes the user's prompts with their whole trees and the user's replies with
    // everything below them, drops the rankings of the sibling groups they were in, and revives
    // the other trees they touched. With `ban` the user is also disabled. Admins only.
    PurgeResult purgeUser(const QString &actor, const QString &name, bool ban);

    // --- settings (WORKFLOW.md §2, stored in the database, audited) ---------------------
    WorkflowSettings settings();
    void setSetting(const QString &actor, const QString &key, const QString &value);

    // --- tasks --------------------------------------------------------------------------
    // Counts of §3.3 for this user; "random" is the sum.
    QMap<QString, int> availability(const QString &userName, const QString &lang);
    // type nullopt = random ("I'm feeling lucky").
    Task requestTask(const QString &userName, std::optional<TaskType> type, const QString &lang);
    Task task(const QString &taskId);
    // The answer, by task kind (DESIGN.md): {"text", "lang"}, {"labels", "text"},
    // {"ranking", "not_rankable"}.
    SubmitResult submit(const QString &userName, const QString &taskId, const QJsonObject &answer);
    void skip(const QString &userName, const QString &taskId, const QString &reason = {});

    // --- emojis and reports (§8.5, §4.7) -------------------------------------------------
    static QStringList emojiCodes();
    void addEmoji(const QString &userName, const QString &messageId, const QString &emoji);
    void removeEmoji(const QString &userName, const QString &messageId, const QString &emoji);
    // A free label with is_report: stores the labels and adds the user's red_flag.
    void report(const QString &userName, const QString &messageId, const LabelValues &labels,
                const QString &text);

    // --- moderation (leads and admins; audited; §10.9) ----------------------------------
    void haltTree(const QString &actor, const QString &treeId, const QString &reason = {});
    void unhaltTree(const QString &actor, const QString &treeId, const QString &reason = {});
    void deleteMessage(const QString &actor, const QString &messageId, const QString &reason = {});
    void undeleteMessage(const QString &actor, const QString &messageId, const QString &reason = {});
    void editMessage(const QString &actor, const QString &messageId, const QString &text,
                     const QString &reason = {});
    QList<AuditEntry> auditLog(const QString &objectId = {});
    QStringList messageRevisions(const QString &messageId);
    // Every annotator's labels of a message, oldest first.
    QList<LabelEntry> messageLabels(const QString &messageId);

    // --- maintenance ---------------------------------------------------------------------
    // Startup reconciliation (T15 with T14 and auto-moderation): run by init.
    void reconcile();
    // T9: retries every tree in scoring_failed. Returns how many were retried.
    int retryScoring();

    // --- reading ---------------------------------------------------------------------------
    // The tree as an export tree object (WORKFLOW.md §6) with every message, deleted ones too.
    QJsonObject treeJson(const QString &treeId);
    QList<TreeSummary> trees(std::optional<TreeState> state = std::nullopt);
    // One page of the trees a query selects, `limit` rows from `offset` (the browser fetches
    // pages as the lead scrolls; nothing else is read).
    QList<TreeListing> browseTrees(const TreeQuery &query, int offset, int limit);
    TreeState treeState(const QString &treeId);
    QJsonObject stats();
    // What these users have stored, counted in the database by kind, as the simulator names
    // them: prompt, reply, label (of label tasks), ranking (of ranking tasks), skip. Compared
    // before and after a simulation, it shows that no acknowledged submission was lost.
    QMap<QString, qint64> workOf(const QStringList &userNames);
    InvariantReport checkInvariants();
    // Recomputes from the facts (messages, task labels, rankings, emojis, users) every derived
    // value that follows from them exactly: children_count, review_count, review_result,
    // ranking_count, rank, emoji_count and the states of trees that the workflow must have
    // moved on (repair.cpp says which). With `repair`, the differences are written back in one
    // transaction, each audited as action "repair" by `actorName` (a lead or admin) or, when
    // empty, by the system. The dashboard's aggregates count only facts and stay as they are.
    DerivedReport recomputeDerived(bool repair, const QString &actorName = {});

    // --- the lead's dashboard (statistics.cpp; leads and admins) ------------------------------
    // Every figure of the dashboard, from aggregate tables and indexed queries. Brings the
    // aggregates up to date first (updateStatistics).
    Dashboard dashboard(const QString &actor, const DashboardQuery &query = {});
    // Adds the label rows, rankings and finished tasks not yet counted to the dashboard's
    // aggregates, in transactions of a few thousand rows. Returns how many rows it counted.
    qint64 updateStatistics();

    // --- import and export (WORKFLOW.md §6; leads and admins; importexport.cpp) ----------
    // Reads an Open-Assistant file (tree objects, nested messages, flat rows or prompts;
    // .jsonl or gzip) in one transaction: a bad line stops it with "FILE:LINE: reason" and
    // nothing changes, unless options.skipInvalid. Imported ids are kept.
    ImportReport importFile(const QString &actorName, const QString &path, const ImportOptions &options,
                            TransferProgress *progress = nullptr);
    // Writes trees (or flat rows) to a file, streaming from one consistent snapshot; the file
    // appears only when complete.
    ExportReport exportFile(const QString &actorName, const QString &path, const ExportOptions &options,
                            TransferProgress *progress = nullptr);
    // Stores one tree as Open-Assistant's importer does (§T10): accepted, synthetic unless told
    // otherwise, in the given state. `root` is an export message node with nested replies.
    // Returns the tree id.
    QString insertImportedTree(const QJsonObject &root, TreeState state, const QString &origin,
                               bool synthetic = true);

private:
    struct Actor
    {
        QString id;
        QString name;
        UserRole role;
    };
    // importexport.cpp
    class TreeRows;
    class TreeWriter;
    friend class TreeRows;
    friend class TreeWriter;
    struct TreeHead
    {
        QString id;
        std::optional<TreeState> state;
        QString origin;
    };
    struct TreeFilter
    {
        bool includeDeleted = false;
        bool includeSpam = false;
        bool events = true;
        QString hiddenUser; // the import system user: no author to name
    };
    QList<Oasst::Tree> loadTrees(const QList<TreeHead> &heads, const TreeFilter &filter);
    QString importUserId(bool create = true);
    struct TreeRow;
    struct Candidates;

    double uniform();
    int bounded(int n);
    QString makeId();
    WorkflowSettings loadSettings();
    // An enabled user; with lock, their requests are serialized until the transaction ends
    // (PostgreSQL). On a server with logins, `name` must be the login's own user (empty: the
    // login's) unless the login is an admin's (see signedInUser()).
    Actor requireUser(const QString &name, bool lock = false);
    // Who the connection's login is (PostgreSQL), read once.
    struct Login
    {
        bool known = false;    // read already
        bool signedIn = false; // a member of the Arborist groups, not the owner or a superuser
        QString name;          // the login (current_user)
    };
    const Login &login();
    // The user an operation acts as: `name`, or the login's user when `name` is empty. Refuses
    // someone else's name unless the login is an admin's.
    QString actingUser(const QString &name);
    QString setLogin(const QString &name, UserRole role, const QString &password);
    void loginCall(const QString &call, const QVariantList &binds);
    Actor requireModerator(const QString &name);
    // Every change to a tree's messages or state happens under its row lock (PostgreSQL).
    void lockTreeOf(const QString &messageId);
    void audit(const Actor &actor, const QString &action, const QString &objectType,
               const QString &objectId, const QString &before, const QString &after,
               const QString &reason);

    // tasks.cpp
    int promptLottery(const QString &lang, int maxActivate, bool *wantsDraw = nullptr);
    Candidates candidates(const Actor &user, const QString &lang, int maxActivate,
                          std::optional<TaskKind> only = std::nullopt);
    QMap<QString, int> countsFrom(const Candidates &c);
    struct Choice
    {
        TaskKind kind = TaskKind::Prompt;
        std::optional<MessageRole> role;
    };
    Choice chooseKind(const Candidates &c, std::optional<TaskType> type, const QString &userName,
                      const QString &language);
    Task buildTask(const Actor &user, TaskKind kind, std::optional<MessageRole> role,
                   const QString &lang, const Candidates &c);
    QList<ConversationMessage> conversationTo(const QString &messageId);
    std::optional<Task> loadTask(const QString &taskId, bool withConversation);
    Task taskFromRow(const QVariantList &row, bool withConversation);
    void updatePromptSearch();
    // statistics.cpp: after rows were deleted (purge), everything is counted again from scratch.
    void resetStatistics();
    void storeTask(const Task &task, TaskKind kind);
    bool slotStillFree(const Task &task, const QString &requester = {});
    void dropTarget(Candidates &c, const Task &task);
    void lockSlots(const QString &treeId);
    SubmitResult submitReply(const Actor &user, const Task &task, const QJsonObject &answer);
    void submitLabels(const Actor &user, const Task &task, const QJsonObject &answer);
    void submitRanking(const Actor &user, const Task &task, const QJsonObject &answer);
    void addEmojiRow(const QString &userId, const QString &messageId, const QString &emoji);
    void removeEmojiRow(const QString &userId, const QString &messageId, const QString &emoji);

    // transitions.cpp
    std::optional<TreeRow> treeRow(const QString &treeId);
    void enterState(const QString &treeId, TreeState state);
    void decideReview(const QString &messageId);
    void checkPromptAccepted(const QString &treeId);  // T2
    void checkGrowingDone(const QString &treeId);     // T5/T6
    void checkRankingsDone(const QString &treeId);    // T7/T8/T9
    QList<QString> rankableParents(const QString &treeId);
    void writeRanks(const QList<QString> &parents);
    void activateBacklogTree(const QString &lang);    // T10
    int incompleteRankingParents(const QString &lang);
    void autoModerateMessage(const QString &messageId); // T11/T12
    void autoModerateTree(const QString &treeId);
    void reactivate(const QString &treeId);           // T13 unhalt, T16
    void haltWaitingPromptsOf(const QString &userId); // T14
    void recheckTree(const QString &treeId);
    void setDeleted(const QString &messageId, bool deleted, bool ancestors);

    Database &m_db;
    std::function<qint64()> m_clock;
    Login m_login;
    QRandomGenerator m_rng;
    WorkflowSettings m_settings; // loaded at the start of each operation
    qint64 m_settingsRevision = -1; // the settings_revision m_settings was read at (-1: none)
    // The settings_revision requireUser() read, and in which transaction.
    quint64 m_revisionSerial = 0;
    qint64 m_revisionSeen = -1;
};

} // namespace Arborist
