#pragma once

// Options, reports and progress of imports and exports (WORKFLOW.md §6).

#include "core/types.h"

#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QStringList>

#include <atomic>
#include <optional>

namespace Arborist {

// Progress of a long transfer, and a way to cancel it from any thread. The engine calls
// report() as it goes (progress() is emitted at most every 100 ms, and at the end), and
// throws WorkflowError(cancelled) at its next step after cancel(); the import then leaves the
// database unchanged and the export leaves no file behind.
class TransferProgress : public QObject
{
    Q_OBJECT

public:
    explicit TransferProgress(QObject *parent = nullptr);

    // Thread-safe; also safe from a signal handler.
    void cancel() noexcept { m_cancelled.store(true); }
    bool isCancelled() const noexcept { return m_cancelled.load(); }

    // For the engine: throws when cancelled; emits progress() now and then.
    void report(qint64 done, qint64 total, bool force = false);

signals:
    // `done` of `total` units (bytes of the file read on import, trees written on export).
    void progress(qint64 done, qint64 total);

private:
    std::atomic<bool> m_cancelled{false};
    QElapsedTimer m_sinceLast;
};

struct ImportOptions
{
    // The state of trees whose file says none (prompt lists, nested messages, rows without
    // tree_state). Prompt lists default to prompt_lottery_waiting (reviewed and waiting to be
    // drawn); trees with replies default to backlog_ranking, as Open-Assistant's importer did.
    std::optional<TreeState> defaultState;
    // Gives every imported tree this state, whatever the file says.
    std::optional<TreeState> forceState;
    // Whether messages that do not say count as synthetic (OA's importer: yes).
    bool synthetic = false;
    // Recorded as each tree's origin when the file gives none (default: "import:<file name>").
    QString origin;
    // The language of messages that do not say.
    QString lang = QStringLiteral("en");
    // Skip and list bad lines instead of stopping at the first.
    bool skipInvalid = false;
    // Read and check everything, then roll back.
    bool dryRun = false;
};

struct ImportReport
{
    int trees = 0;
    int messages = 0;
    int users = 0;    // authors the file named that were not known, added as users "imported-<id>"
    int rankings = 0; // annotators' rankings brought in from events
    int lines = 0;
    QStringList skipped; // "FILE:LINE: reason", one per bad line (--skip-invalid)
    double seconds = 0;
};

struct ExportOptions
{
    // Tree states to export; empty: ready_for_export only (Open-Assistant's default).
    QList<TreeState> states;
    bool allStates = false;
    QString lang;            // the tree's language; empty: all
    bool includeDeleted = false;
    bool includeSynthetic = false; // trees with a synthetic message are left out otherwise
    bool includeSpam = false;      // messages whose review did not accept them (or not yet)
    std::optional<QString> anonymizeSeed;
    bool flat = false;  // message rows instead of tree objects
    bool labels = true; // the `labels` of each message
    bool events = true; // every annotator's ranking and emoji
    qint64 limit = 0;   // at most this many trees; 0: all
};

struct ExportReport
{
    int trees = 0;
    int messages = 0;
    qint64 bytes = 0;
    double seconds = 0;
};

} // namespace Arborist
