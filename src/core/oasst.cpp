#include "core/oasst.h"

#include "core/jsonwriter.h"
#include "core/labels.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace Arborist::Oasst {

namespace {

// The context lupdate gives the free functions of this namespace.
QString tr(const char *text)
{
    return QCoreApplication::translate("Arborist::Oasst", text);
}

bool isInteger(const QJsonValue &v)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    return std::isfinite(d) && std::floor(d) == d && std::fabs(d) < 9.0e15;
}

bool isAbsent(const QJsonValue &v)
{
    return v.isUndefined() || v.isNull();
}

// Reads the fields of one message object. `roleGiven` tells whether it named its role.
std::optional<ParseError> readFields(const QJsonObject &o, int line, Message &m, bool &roleGiven)
{
    auto fail = [&](const QString &reason) { return std::optional<ParseError>(ParseError{line, reason}); };
    m.line = line;
    const QJsonValue id = o.value("message_id"_L1);
    if (!isAbsent(id)) {
        if (!id.isString() || id.toString().trimmed().isEmpty())
            return fail(tr("message_id must be a non-empty string."));
        m.id = canonicalId(id.toString());
    }
    const QString who = m.id.isEmpty() ? tr("a message") : tr("message %1").arg(m.id);
    auto optionalString = [&](const char *key, QString &into) -> std::optional<ParseError> {
        const QJsonValue v = o.value(QLatin1StringView(key));
        if (isAbsent(v))
            return std::nullopt;
        if (!v.isString())
            return fail(tr("%1: %2 must be a string.").arg(who, QLatin1StringView(key)));
        into = v.toString();
        return std::nullopt;
    };
    auto optionalBool = [&](const char *key, std::optional<bool> &into) -> std::optional<ParseError> {
        const QJsonValue v = o.value(QLatin1StringView(key));
        if (isAbsent(v))
            return std::nullopt;
        if (!v.isBool())
            return fail(tr("%1: %2 must be true or false.").arg(who, QLatin1StringView(key)));
        into = v.toBool();
        return std::nullopt;
    };
    if (auto e = optionalString("parent_id", m.parentId))
        return e;
    m.parentId = canonicalId(m.parentId);
    if (auto e = optionalString("user_id", m.userId))
        return e;
    QString created;
    if (auto e = optionalString("created_date", created))
        return e;
    if (!created.isEmpty()) {
        m.created = parseIsoDate(created);
        if (!m.created)
            return fail(tr("%1: created_date \"%2\" is not an ISO 8601 date.").arg(who, created));
    }
    const QJsonValue text = o.value("text"_L1);
    if (!text.isString())
        return fail(tr("%1 has no text.").arg(who));
    m.text = text.toString();
    if (m.text.trimmed().isEmpty())
        return fail(tr("%1 has an empty text.").arg(who));
    if (m.text.contains(QChar(0)))
        return fail(tr("%1: its text contains a NUL character (\\u0000), which a database cannot store.").arg(who));
    const QJsonValue role = o.value("role"_L1);
    roleGiven = !isAbsent(role);
    if (roleGiven) {
        const std::optional<MessageRole> r = role.isString() ? messageRoleFromString(role.toString()) : std::nullopt;
        if (!r)
            return fail(tr("%1: role must be \"prompter\" or \"assistant\".").arg(who));
        m.role = *r;
    }
    if (auto e = optionalString("lang", m.lang))
        return e;
    const QJsonValue reviewCount = o.value("review_count"_L1);
    if (!isAbsent(reviewCount)) {
        if (!isInteger(reviewCount) || reviewCount.toDouble() < 0)
            return fail(tr("%1: review_count must be a whole number, 0 or more.").arg(who));
        m.reviewCount = reviewCount.toInt();
        m.reviewCountGiven = true;
    }
    if (auto e = optionalBool("review_result", m.reviewResult))
        return e;
    std::optional<bool> flag;
    if (auto e = optionalBool("deleted", flag))
        return e;
    m.deleted = flag.value_or(false);
    const QJsonValue rank = o.value("rank"_L1);
    if (!isAbsent(rank)) {
        if (!isInteger(rank) || rank.toDouble() < 0)
            return fail(tr("%1: rank must be a whole number, 0 or more.").arg(who));
        m.rank = rank.toInt();
    }
    if (auto e = optionalBool("synthetic", m.synthetic))
        return e;
    if (auto e = optionalString("model_name", m.modelName))
        return e;
    flag.reset();
    if (auto e = optionalBool("edited", flag))
        return e;
    m.edited = flag.value_or(false);

    // Emojis: {"+1": 2} or {"name": ["+1"], "count": [2]}.
    const QJsonValue emojis = o.value("emojis"_L1);
    if (!isAbsent(emojis)) {
        if (!emojis.isObject())
            return fail(tr("%1: emojis must be an object.").arg(who));
        const QJsonObject e = emojis.toObject();
        if (e.value("name"_L1).isArray() && e.value("count"_L1).isArray()) {
            const QJsonArray names = e.value("name"_L1).toArray();
            const QJsonArray counts = e.value("count"_L1).toArray();
            if (names.size() != counts.size())
                return fail(tr("%1: emojis has %2 names but %3 counts.").arg(who).arg(names.size()).arg(counts.size()));
            for (qsizetype i = 0; i < names.size(); ++i) {
                if (!names[i].isString() || !isInteger(counts[i]) || counts[i].toDouble() < 0)
                    return fail(tr("%1: emojis must pair names with counts of 0 or more.").arg(who));
                m.emojis.insert(names[i].toString(), counts[i].toInt());
            }
        } else {
            for (auto it = e.begin(); it != e.end(); ++it) {
                if (!isInteger(it.value()) || it.value().toDouble() < 0)
                    return fail(tr("%1: the count of emoji %2 must be a whole number, 0 or more.").arg(who, it.key()));
                m.emojis.insert(it.key(), it.value().toInt());
            }
        }
    }

    // Labels: {"spam": {"value": 0.5, "count": 2}} or {"name": [...], "value": [...], "count": [...]}.
    const QJsonValue labels = o.value("labels"_L1);
    if (!isAbsent(labels)) {
        if (!labels.isObject())
            return fail(tr("%1: labels must be an object.").arg(who));
        const QJsonObject l = labels.toObject();
        auto addLabel = [&](const QString &name, const QJsonValue &value, const QJsonValue &count) {
            if (!value.isDouble() || !isInteger(count) || count.toDouble() < 1)
                return false;
            m.labels.insert(name, LabelStat{value.toDouble(), count.toInt()});
            return true;
        };
        if (l.value("name"_L1).isArray()) {
            const QJsonArray names = l.value("name"_L1).toArray();
            const QJsonArray values = l.value("value"_L1).toArray();
            const QJsonArray counts = l.value("count"_L1).toArray();
            if (names.size() != values.size() || names.size() != counts.size())
                return fail(tr("%1: labels must have as many values and counts as names.").arg(who));
            for (qsizetype i = 0; i < names.size(); ++i) {
                if (!names[i].isString() || !addLabel(names[i].toString(), values[i], counts[i]))
                    return fail(tr("%1: each label needs a name, a number and a count of 1 or more.").arg(who));
            }
        } else {
            for (auto it = l.begin(); it != l.end(); ++it) {
                const QJsonObject stat = it.value().toObject();
                if (!it.value().isObject() || !addLabel(it.key(), stat.value("value"_L1), stat.value("count"_L1)))
                    return fail(tr("%1: label %2 must be {\"value\": number, \"count\": 1 or more}.").arg(who, it.key()));
            }
        }
    }

    // Events: every annotator's ranking (on the parent) and emoji.
    const QJsonValue events = o.value("events"_L1);
    if (!isAbsent(events)) {
        if (!events.isObject())
            return fail(tr("%1: events must be an object.").arg(who));
        const QJsonObject ev = events.toObject();
        for (const QJsonValue &v : ev.value("ranking"_L1).toArray()) {
            const QJsonObject r = v.toObject();
            RankingEvent event;
            event.userId = r.value("user_id"_L1).toString();
            for (const QJsonValue &id : r.value("ranked_message_ids"_L1).toArray()) {
                if (!id.isString())
                    return fail(tr("%1: ranked_message_ids must be strings.").arg(who));
                event.rankedIds << canonicalId(id.toString());
            }
            for (const QJsonValue &p : r.value("ranking"_L1).toArray()) {
                if (!isInteger(p))
                    return fail(tr("%1: a ranking event's ranking must be whole numbers.").arg(who));
                event.positions << p.toInt();
            }
            event.notRankable = r.value("not_rankable"_L1).toBool(false);
            if (event.rankedIds.isEmpty() && !event.notRankable)
                return fail(tr("%1: a ranking event lists no ranked_message_ids.").arg(who));
            m.rankings << event;
        }
        for (const QJsonValue &v : ev.value("emoji"_L1).toArray()) {
            const QJsonObject e = v.toObject();
            if (!e.value("emoji"_L1).isString())
                return fail(tr("%1: an emoji event names no emoji.").arg(who));
            m.emojiEvents << EmojiEvent{e.value("user_id"_L1).toString(), e.value("emoji"_L1).toString()};
        }
    }
    return std::nullopt;
}

std::optional<TreeState> readState(const QJsonValue &v, bool &bad)
{
    bad = false;
    if (isAbsent(v))
        return std::nullopt;
    const std::optional<TreeState> state = v.isString() ? treeStateFromString(v.toString()) : std::nullopt;
    bad = !state;
    return state;
}

} // namespace

QList<ParseError> Reader::addLine(const QByteArray &line, int lineNumber, QList<Tree> &done)
{
    QByteArray trimmed = line.trimmed();
    if (lineNumber == 1 && trimmed.startsWith("\xEF\xBB\xBF"))
        trimmed = trimmed.mid(3).trimmed(); // a UTF-8 byte order mark
    if (trimmed.isEmpty())
        return {};
    QJsonParseError error;
    // QJsonDocument takes objects and arrays; a prompt line is a bare string.
    const bool isString = trimmed.startsWith('"');
    const QJsonDocument doc = QJsonDocument::fromJson(isString ? "[" + trimmed + "]" : trimmed, &error);
    if (doc.isNull()) {
        return {{lineNumber, tr("not valid JSON (%1 at character %2).")
                                 .arg(error.errorString()).arg(error.offset - (isString ? 1 : 0) + 1)}};
    }
    if (isString) {
        if (doc.array().size() != 1)
            return {{lineNumber, tr("more than one JSON value on the line; a prompt line holds one string.")}};
        const QJsonValue v = doc.array().at(0);
        if (!v.isString() || v.toString().trimmed().isEmpty())
            return {{lineNumber, tr("the prompt is empty.")}};
        finish(done);
        Tree tree;
        tree.line = lineNumber;
        Message m;
        m.text = v.toString();
        m.lang = defaultLang;
        m.line = lineNumber;
        tree.messages << m;
        done << tree;
        return {};
    }
    if (!doc.isObject()) {
        return {{lineNumber, tr("a JSON array; each line must be a tree, a message or a prompt (a JSON string).")}};
    }
    const QJsonObject object = doc.object();
    if (object.contains("prompt"_L1) && object.contains("message_tree_id"_L1)) {
        finish(done);
        return readTreeObject(object, lineNumber, done);
    }
    if (object.contains("message_id"_L1) || object.contains("text"_L1)) {
        const bool isRoot = isAbsent(object.value("parent_id"_L1));
        if (isRoot && object.value("replies"_L1).isArray()) {
            finish(done);
            bool bad = false;
            const std::optional<TreeState> state = readState(object.value("tree_state"_L1), bad);
            if (bad)
                return {{lineNumber, tr("tree_state must be one of: %1.").arg(allTreeStateNames().join(u", "_s))}};
            return readNested(object, lineNumber, state, QString(), done);
        }
        if (!isRoot && object.contains("replies"_L1) && !object.value("replies"_L1).toArray().isEmpty())
            return {{lineNumber, tr("a reply with nested replies; nested messages start at the tree's root.")}};
        return readFlatRow(object, lineNumber, done);
    }
    if (object.contains("thread_id"_L1))
        return {{lineNumber, tr("a linear thread (thread_id); Arborist reads trees, messages and prompts.")}};
    return {{lineNumber, tr("neither a tree (message_tree_id, prompt), a message (message_id, text) nor a prompt.")}};
}

void Reader::finish(QList<Tree> &done)
{
    if (m_flat)
        done << *m_flat;
    m_flat.reset();
    m_flatIndex.clear();
    m_flatTreeKey.clear();
}

QList<ParseError> Reader::readTreeObject(const QJsonObject &object, int line, QList<Tree> &done)
{
    bool bad = false;
    const std::optional<TreeState> state = readState(object.value("tree_state"_L1), bad);
    if (bad)
        return {{line, tr("tree_state must be one of: %1.").arg(allTreeStateNames().join(u", "_s))}};
    if (!object.value("prompt"_L1).isObject())
        return {{line, tr("the tree's prompt must be a message object.")}};
    const QJsonValue origin = object.value("origin"_L1);
    if (!isAbsent(origin) && !origin.isString())
        return {{line, tr("the tree's origin must be a string.")}};
    return readNested(object.value("prompt"_L1).toObject(), line, state, origin.toString(), done);
}

QList<ParseError> Reader::readNested(const QJsonObject &root, int line, std::optional<TreeState> state,
                                     const QString &origin, QList<Tree> &done)
{
    Tree tree;
    tree.state = state;
    tree.origin = origin;
    tree.line = line;
    QHash<QString, int> seen;
    std::optional<ParseError> error;
    // Depth-first, each parent before its replies, replies in the file's order.
    std::function<void(const QJsonObject &, const Message *, int, int)> visit =
        [&](const QJsonObject &o, const Message *parent, int parentIndex, int depth) {
        if (error)
            return;
        Message m;
        bool roleGiven = false;
        if ((error = readFields(o, line, m, roleGiven)))
            return;
        const QString who = m.id.isEmpty() ? tr("A message") : tr("Message %1").arg(m.id);
        if (!m.id.isEmpty() && seen.contains(m.id)) {
            error = ParseError{line, tr("message id %1 appears twice in this tree.").arg(m.id)};
            return;
        }
        const MessageRole expected = depth % 2 == 0 ? MessageRole::Prompter : MessageRole::Assistant;
        if (!roleGiven)
            m.role = expected;
        if (m.role != expected) {
            error = ParseError{line, parent ? tr("%1 is a reply of role %2 to a %3 message; roles must alternate, "
                                                 "starting with the prompter.")
                                                  .arg(who, toString(m.role), toString(parent->role))
                                            : tr("%1 starts a tree but its role is %2; a tree starts with the "
                                                 "prompter.").arg(who, toString(m.role))};
            return;
        }
        if (parent) {
            if (!m.parentId.isEmpty() && !parent->id.isEmpty() && m.parentId != parent->id) {
                error = ParseError{line, tr("%1 sits among the replies of %2 but names %3 as its parent.")
                                             .arg(who, parent->id, m.parentId)};
                return;
            }
            m.parentId = parent->id;
            if (m.lang.isEmpty())
                m.lang = parent->lang;
        } else if (!m.parentId.isEmpty()) {
            error = ParseError{line, tr("%1 is the tree's root but has a parent_id.").arg(who)};
            return;
        }
        if (m.lang.isEmpty())
            m.lang = defaultLang;
        m.depth = depth;
        m.parentIndex = parentIndex;
        const int index = int(tree.messages.size());
        if (!m.id.isEmpty())
            seen.insert(m.id, index);
        tree.messages << m;
        const Message self = tree.messages.last();
        const QJsonValue replies = o.value("replies"_L1);
        if (!isAbsent(replies) && !replies.isArray()) {
            error = ParseError{line, tr("%1: replies must be a list of messages.").arg(who)};
            return;
        }
        for (const QJsonValue &reply : replies.toArray()) {
            if (!reply.isObject()) {
                error = ParseError{line, tr("%1: each reply must be a message object.").arg(who)};
                return;
            }
            visit(reply.toObject(), &self, index, depth + 1);
        }
    };
    visit(root, nullptr, -1, 0);
    if (error)
        return {*error};
    tree.id = tree.messages.first().id;
    done << tree;
    return {};
}

QList<ParseError> Reader::readFlatRow(const QJsonObject &row, int line, QList<Tree> &done)
{
    Message m;
    bool roleGiven = false;
    if (auto error = readFields(row, line, m, roleGiven))
        return {*error};
    const QString who = m.id.isEmpty() ? tr("A message") : tr("Message %1").arg(m.id);
    if (m.id.isEmpty())
        return {{line, tr("A flat message row needs its message_id.")}};
    const QString treeKey = canonicalId(row.value("message_tree_id"_L1).toString());
    bool bad = false;
    const std::optional<TreeState> state = readState(row.value("tree_state"_L1), bad);
    if (bad)
        return {{line, tr("tree_state must be one of: %1.").arg(allTreeStateNames().join(u", "_s))}};

    if (m.parentId.isEmpty()) {
        finish(done);
        if (roleGiven && m.role != MessageRole::Prompter)
            return {{line, tr("%1 starts a tree but its role is %2; a tree starts with the prompter.")
                               .arg(who, toString(m.role))}};
        m.role = MessageRole::Prompter;
        if (m.lang.isEmpty())
            m.lang = defaultLang;
        Tree tree;
        tree.id = m.id;
        tree.state = state;
        tree.line = line;
        tree.messages << m;
        m_flat = tree;
        m_flatTreeKey = treeKey.isEmpty() ? m.id : treeKey;
        m_flatIndex.insert(m.id, 0);
        return {};
    }
    if (!m_flat || (!treeKey.isEmpty() && treeKey != m_flatTreeKey)) {
        return {{line, tr("%1 replies to %2, but its tree's root is not among the rows before it; flat rows "
                          "must come depth-first, each tree's root first.").arg(who, m.parentId)}};
    }
    const auto parent = m_flatIndex.constFind(m.parentId);
    if (parent == m_flatIndex.constEnd()) {
        return {{line, tr("%1 replies to %2, which is not among the rows of its tree before it (flat rows come "
                          "depth-first, each parent before its replies).").arg(who, m.parentId)}};
    }
    if (m_flatIndex.contains(m.id))
        return {{line, tr("message id %1 appears twice in this tree.").arg(m.id)}};
    const Message &p = m_flat->messages.at(*parent);
    const MessageRole expected = p.role == MessageRole::Prompter ? MessageRole::Assistant : MessageRole::Prompter;
    if (!roleGiven)
        m.role = expected;
    if (m.role != expected) {
        return {{line, tr("%1 is a reply of role %2 to a %3 message; roles must alternate, starting with the "
                          "prompter.").arg(who, toString(m.role), toString(p.role))}};
    }
    if (m.lang.isEmpty())
        m.lang = p.lang;
    m.depth = p.depth + 1;
    m.parentIndex = *parent;
    m_flatIndex.insert(m.id, int(m_flat->messages.size()));
    m_flat->messages << m;
    return {};
}

QString canonicalId(const QString &id)
{
    const QUuid uuid = QUuid::fromString(id);
    return uuid.isNull() ? id : uuid.toString(QUuid::WithoutBraces);
}

QString isoDate(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).toString(u"yyyy-MM-ddTHH:mm:ss.zzz"_s) + u"+00:00"_s;
}

std::optional<qint64> parseIsoDate(const QString &text)
{
    // Python writes microseconds ("…:50.983374+00:00"); Qt reads milliseconds. Keep three digits.
    QString t = text.trimmed();
    const qsizetype dot = t.indexOf(u'.', 19);
    if (dot > 0) {
        qsizetype end = dot + 1;
        while (end < t.size() && t.at(end).isDigit())
            ++end;
        if (end - dot - 1 > 3)
            t.remove(dot + 4, end - dot - 4);
    }
    QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!dt.isValid())
        return std::nullopt;
    if (dt.timeSpec() == Qt::LocalTime)
        dt.setTimeSpec(Qt::UTC); // no offset given: the export format is UTC
    return dt.toMSecsSinceEpoch();
}

QString Anonymizer::operator()(const char *collection, const QString &id) const
{
    if (id.isEmpty())
        return id;
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QByteArray key = QByteArray(collection) + ':' + id.toUtf8();
    hash.addData(key);
    hash.addData(m_seed.toUtf8());
    return QString::fromLatin1(hash.result().toHex());
}

namespace {

class TreeWriter
{
public:
    TreeWriter(const Tree &tree, const WriteOptions &options) : m_tree(tree), m_options(options)
    {
        const qsizetype n = tree.messages.size();
        QHash<QString, int> index;
        index.reserve(n);
        for (int i = 0; i < n; ++i)
            index.insert(tree.messages[i].id, i);
        m_children.resize(n);
        for (int i = 0; i < n; ++i) {
            const Message &m = tree.messages[i];
            if (m.parentId.isEmpty()) {
                if (m_root < 0)
                    m_root = i;
                continue;
            }
            const auto parent = index.constFind(m.parentId);
            if (parent != index.constEnd())
                m_children[*parent] << i;
        }
        // Replies by rank, the unranked last, each group in the order given (created, id).
        for (QList<int> &list : m_children) {
            std::stable_sort(list.begin(), list.end(), [&](int a, int b) {
                const std::optional<int> &ra = tree.messages[a].rank;
                const std::optional<int> &rb = tree.messages[b].rank;
                if (ra.has_value() != rb.has_value())
                    return ra.has_value();
                return ra.has_value() && *ra < *rb;
            });
        }
    }

    int root() const { return m_root; }
    const QList<int> &children(int i) const { return m_children[i]; }

    QString id(const char *collection, const QString &id) const
    {
        return m_options.anonymizer ? (*m_options.anonymizer)(collection, id) : id;
    }
    // A tree's id is its root message's, anonymized or not (§10.10; OA left it in the clear, and
    // it then no longer matched the root).
    QString treeId() const { return id("message", m_tree.id); }

    // The fields of one message, in Open-Assistant's order, without `replies`.
    void fields(JsonWriter &w, const Message &m) const
    {
        w.field("message_id", id("message", m.id));
        if (!m.parentId.isEmpty())
            w.field("parent_id", id("message", m.parentId));
        if (!m.userId.isEmpty())
            w.field("user_id", id("user", m.userId));
        if (m.created)
            w.field("created_date", isoDate(*m.created));
        w.field("text", m.text);
        w.field("role", toString(m.role));
        w.field("lang", m.lang);
        w.field("review_count", m.reviewCount);
        if (m.reviewResult && (*m.reviewResult || m.reviewCount > 2))
            w.field("review_result", *m.reviewResult);
        w.field("deleted", m.deleted);
        if (m.rank)
            w.field("rank", *m.rank);
        w.field("synthetic", m.synthetic.value_or(false));
        if (!m.modelName.isEmpty())
            w.field("model_name", m.modelName);
        if (m.edited)
            w.field("edited", true);
        if (!m.emojis.isEmpty()) {
            w.key("emojis");
            w.beginObject();
            for (auto it = m.emojis.begin(); it != m.emojis.end(); ++it) {
                w.key(it.key());
                w.value(it.value());
            }
            w.endObject();
        }
    }

    void labelsAndEvents(JsonWriter &w, const Message &m) const
    {
        if (m_options.labels && !m.labels.isEmpty()) {
            w.key("labels");
            w.beginObject();
            // The labels in the order of WORKFLOW.md §4.1, then any others by name.
            auto write = [&](const QString &name, const LabelStat &stat) {
                w.key(name);
                w.beginObject();
                w.field("value", stat.value);
                w.field("count", stat.count);
                w.endObject();
            };
            for (const LabelInfo &info : Labels::all()) {
                const auto it = m.labels.constFind(info.name);
                if (it != m.labels.constEnd())
                    write(it.key(), it.value());
            }
            for (auto it = m.labels.begin(); it != m.labels.end(); ++it) {
                if (!Labels::isKnown(it.key()))
                    write(it.key(), it.value());
            }
            w.endObject();
        }
        if (m_options.events && (!m.rankings.isEmpty() || !m.emojiEvents.isEmpty())) {
            w.key("events");
            w.beginObject();
            if (!m.emojiEvents.isEmpty()) {
                w.key("emoji");
                w.beginArray();
                for (const EmojiEvent &e : m.emojiEvents) {
                    w.beginObject();
                    w.field("type", "emoji");
                    if (!e.userId.isEmpty())
                        w.field("user_id", id("user", e.userId));
                    w.field("emoji", e.emoji);
                    w.endObject();
                }
                w.endArray();
            }
            if (!m.rankings.isEmpty()) {
                w.key("ranking");
                w.beginArray();
                for (const RankingEvent &r : m.rankings) {
                    w.beginObject();
                    w.field("type", "ranking");
                    if (!r.userId.isEmpty())
                        w.field("user_id", id("user", r.userId));
                    if (!r.positions.isEmpty()) {
                        w.key("ranking");
                        w.beginArray();
                        for (int p : r.positions)
                            w.value(p);
                        w.endArray();
                    }
                    w.key("ranked_message_ids");
                    w.beginArray();
                    for (const QString &rid : r.rankedIds)
                        w.value(id("message", rid));
                    w.endArray();
                    w.field("ranking_parent_id", id("message", m.id));
                    w.field("message_tree_id", treeId());
                    w.field("not_rankable", r.notRankable);
                    w.endObject();
                }
                w.endArray();
            }
            w.endObject();
        }
    }

    void node(JsonWriter &w, int i) const
    {
        ++m_written;
        const Message &m = m_tree.messages[i];
        w.beginObject();
        fields(w, m);
        const QList<int> &replies = m_children[i];
        if (!replies.isEmpty()) {
            w.key("replies");
            w.beginArray();
            for (int child : replies)
                node(w, child);
            w.endArray();
        }
        labelsAndEvents(w, m);
        w.endObject();
    }

    void flat(QByteArray &out, int i) const
    {
        ++m_written;
        const Message &m = m_tree.messages[i];
        JsonWriter w(out);
        w.beginObject();
        fields(w, m);
        labelsAndEvents(w, m);
        w.field("message_tree_id", treeId());
        if (m_tree.state)
            w.field("tree_state", toString(*m_tree.state));
        w.endObject();
        out += '\n';
        for (int child : m_children[i])
            flat(out, child);
    }

private:
    const Tree &m_tree;
    const WriteOptions &m_options;
    QList<QList<int>> m_children;
    int m_root = -1;

public:
    mutable int m_written = 0;
};

} // namespace

int writeTreeObject(QByteArray &out, const Tree &tree, const WriteOptions &options)
{
    const TreeWriter writer(tree, options);
    JsonWriter w(out);
    w.beginObject();
    w.field("message_tree_id", writer.treeId());
    if (tree.state)
        w.field("tree_state", toString(*tree.state));
    if (writer.root() >= 0) {
        w.key("prompt");
        writer.node(w, writer.root());
    }
    if (!tree.origin.isEmpty())
        w.field("origin", tree.origin);
    w.endObject();
    return writer.m_written;
}

int writeFlatRows(QByteArray &out, const Tree &tree, const WriteOptions &options)
{
    const TreeWriter writer(tree, options);
    if (writer.root() >= 0)
        writer.flat(out, writer.root());
    return writer.m_written;
}

} // namespace Arborist::Oasst
