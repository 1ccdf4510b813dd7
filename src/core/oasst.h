#pragma once

// The Open-Assistant export format (WORKFLOW.md §6): reading every shape of it into trees of
// messages, and writing tree objects and flat message rows. Pure: no files, no database.

#include "core/types.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

#include <optional>

class QJsonObject;

namespace Arborist::Oasst {

struct LabelStat
{
    double value = 0; // the mean
    int count = 0;    // how many label rows it is the mean of
};

// One annotator's own ranking of a parent's replies; it sits on the parent (§6, §10.7).
struct RankingEvent
{
    QString userId;
    QStringList rankedIds; // best first
    QList<int> positions;  // OA's `ranking`: the ranked replies as indexes into the order shown
    bool notRankable = false;
};

struct EmojiEvent
{
    QString userId;
    QString emoji;
};

struct Message
{
    QString id; // empty: the reader found none (a prompt list); the importer makes one
    QString parentId;
    QString userId;
    std::optional<qint64> created; // ms since the epoch, UTC
    QString text;
    MessageRole role = MessageRole::Prompter;
    QString lang;
    int reviewCount = 0;
    std::optional<bool> reviewResult;
    bool reviewCountGiven = false; // an export: a missing review_result means not accepted (yet)
    bool deleted = false;
    std::optional<int> rank;
    std::optional<bool> synthetic;
    QString modelName;
    bool edited = false;
    QMap<QString, int> emojis;
    QMap<QString, LabelStat> labels;
    QList<RankingEvent> rankings;
    QList<EmojiEvent> emojiEvents;
    int depth = 0;
    int parentIndex = -1; // the parent's index in Tree::messages (-1: the root)
    int line = 0;         // where the reader found it
};

struct Tree
{
    QString id; // the root message's id
    std::optional<TreeState> state;
    QString origin;
    QList<Message> messages; // the root first, every parent before its replies
    int line = 0;            // the first line of the tree
};

// A line the reader cannot take, with the reason in a sentence.
struct ParseError
{
    int line = 0;
    QString reason;
};

// Reads a JSON Lines file line by line, whatever Open-Assistant shape each line has:
// - a tree object {message_tree_id, tree_state, prompt, origin};
// - a nested message object: a root message with its `replies`;
// - flat message rows in depth-first order, each root followed by its descendants, with
//   message_tree_id and tree_state on each row (oasst1/oasst2 as published, OA's flat export);
// - a JSON string: a prompt, which becomes a tree of one message.
// Emojis and labels are read as OA's maps ({"+1": 2}, {"spam": {"value": 0.5, "count": 2}}) or
// as Hugging Face's lists ({"name": [...], "count": [...]}).
class Reader
{
    Q_DECLARE_TR_FUNCTIONS(Oasst::Reader)

public:
    // Reads one line; the trees it completes are appended to `done` (a flat tree completes when
    // the next root or the end comes). Returns the errors found on this line, if any; a bad
    // line is skipped as a whole.
    QList<ParseError> addLine(const QByteArray &line, int lineNumber, QList<Tree> &done);
    // Completes the last flat tree.
    void finish(QList<Tree> &done);

    // Defaults for what a file does not say.
    QString defaultLang = QStringLiteral("en");

private:
    std::optional<Tree> m_flat;          // the flat tree being read
    QString m_flatTreeKey;               // its message_tree_id as the rows give it
    QMap<QString, int> m_flatIndex;      // message id → index in m_flat->messages

    QList<ParseError> readTreeObject(const QJsonObject &object, int line, QList<Tree> &done);
    QList<ParseError> readNested(const QJsonObject &root, int line, std::optional<TreeState> state,
                                 const QString &origin, QList<Tree> &done);
    QList<ParseError> readFlatRow(const QJsonObject &row, int line, QList<Tree> &done);
};

// An id as Arborist keeps it: a UUID in lowercase canonical form (§10.12), anything else (an
// anonymized export's hex digests) as given.
QString canonicalId(const QString &id);

// The Open-Assistant `created_date` text of a time (ISO 8601, UTC, +00:00).
QString isoDate(qint64 msecs);
std::optional<qint64> parseIsoDate(const QString &text);

// Ids made anonymous (§10.10): the SHA-256 hex digest of "<collection>:<id>" followed by the
// seed, as Open-Assistant's exporter makes them, for every id; a tree's id as its root's.
class Anonymizer
{
public:
    explicit Anonymizer(QString seed) : m_seed(std::move(seed)) {}
    QString operator()(const char *collection, const QString &id) const;

private:
    QString m_seed;
};

struct WriteOptions
{
    bool labels = true;
    bool events = true;
    const Anonymizer *anonymizer = nullptr;
};

// Appends one tree as a tree object line (without the newline): replies sorted by rank, the
// unranked last in their original order; fields that are null are left out; review_result only
// when true or when review_count > 2, as Open-Assistant writes it. Messages whose parent is not
// in the tree are left out with their replies. Returns the number of messages written.
int writeTreeObject(QByteArray &out, const Tree &tree, const WriteOptions &options);
// Appends the tree's messages as flat rows, depth-first in the same order, one line each
// (newlines included), each with message_tree_id and tree_state. Returns the number of rows.
int writeFlatRows(QByteArray &out, const Tree &tree, const WriteOptions &options);

} // namespace Arborist::Oasst
