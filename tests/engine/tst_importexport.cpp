// Import and export of the Open-Assistant format (WORKFLOW.md §6 and §10): every input shape,
// bad files refused with FILE:LINE and nothing changed, the export filters, anonymization,
// gzip, cancel and progress. Real data: data/oasst/ in the repository (ARBORIST_OASST_DATA).

#include "enginefixture.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <zlib.h>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;
using namespace Arborist;
using namespace Arborist::Test;

namespace {

const QString kLead = u"lead"_s;

// --- files ---------------------------------------------------------------------------------

QString dataFile(const QString &name)
{
    return QDir(QStringLiteral(ARBORIST_OASST_DATA)).filePath(name);
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeAll(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

bool isGzip(const QByteArray &data)
{
    return data.size() >= 2 && quint8(data[0]) == 0x1f && quint8(data[1]) == 0x8b;
}

// gzip in and out with zlib itself, independent of the engine's LineReader/LineWriter.
QByteArray gzip(const QByteArray &plain)
{
    z_stream z{};
    if (deflateInit2(&z, Z_BEST_SPEED, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out(int(deflateBound(&z, uLong(plain.size())) + 64), Qt::Uninitialized);
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(plain.constData()));
    z.avail_in = uInt(plain.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    const int rc = deflate(&z, Z_FINISH);
    out.resize(qsizetype(z.total_out));
    deflateEnd(&z);
    return rc == Z_STREAM_END ? out : QByteArray();
}

QByteArray gunzip(const QByteArray &compressed)
{
    z_stream z{};
    if (inflateInit2(&z, 15 + 32) != Z_OK)
        return {};
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(compressed.constData()));
    z.avail_in = uInt(compressed.size());
    QByteArray out;
    char buffer[65536];
    int rc = Z_OK;
    while (rc == Z_OK) {
        z.next_out = reinterpret_cast<Bytef *>(buffer);
        z.avail_out = sizeof buffer;
        rc = inflate(&z, Z_NO_FLUSH);
        out.append(buffer, qsizetype(sizeof buffer - z.avail_out));
        if (rc == Z_STREAM_END && z.avail_in > 0) // another gzip member
            rc = inflateReset(&z);
    }
    inflateEnd(&z);
    return rc == Z_STREAM_END ? out : QByteArray();
}

// The non-empty lines of a file (gunzipped first when it is gzip).
QList<QByteArray> fileLines(const QString &path)
{
    QByteArray data = readAll(path);
    if (isGzip(data))
        data = gunzip(data);
    QList<QByteArray> lines;
    for (const QByteArray &l : data.split('\n')) {
        if (!l.trimmed().isEmpty())
            lines << l;
    }
    return lines;
}

// Every line of `path` as a JSON object; `error` says which line is not one.
QList<QJsonObject> jsonLines(const QString &path, QString *error)
{
    QList<QJsonObject> objects;
    int n = 0;
    for (const QByteArray &l : fileLines(path)) {
        ++n;
        QJsonParseError e;
        const QJsonDocument doc = QJsonDocument::fromJson(l, &e);
        if (!doc.isObject()) {
            *error = u"%1:%2 is not a JSON object: %3"_s.arg(path).arg(n).arg(e.errorString());
            return {};
        }
        objects << doc.object();
    }
    if (objects.isEmpty())
        *error = u"%1 has no lines"_s.arg(path);
    return objects;
}

#define READ_JSON_LINES(var, path)                                                                 \
    QList<QJsonObject> var;                                                                        \
    do {                                                                                           \
        QString error_;                                                                            \
        var = jsonLines(path, &error_);                                                            \
        QVERIFY2(error_.isEmpty(), qPrintable(error_));                                            \
    } while (false)

QByteArray jsonLine(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray joinLines(const QList<QByteArray> &lines)
{
    return lines.join('\n') + '\n';
}

// --- building Open-Assistant objects ---------------------------------------------------------

QString uid(int n)
{
    return u"00000000-0000-4000-8000-%1"_s.arg(n, 12, 10, QChar(u'0'));
}

QJsonObject msg(const QString &id, const QString &role, const QString &text, const QJsonObject &extra = {})
{
    QJsonObject o{{u"message_id"_s, id}, {u"text"_s, text}};
    if (!role.isEmpty())
        o.insert(u"role"_s, role);
    for (auto it = extra.begin(); it != extra.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

// `parent` with these replies (each given the parent's id as parent_id, as OA writes them).
QJsonObject withReplies(QJsonObject parent, const QList<QJsonObject> &replies)
{
    QJsonArray list;
    for (QJsonObject r : replies) {
        r.insert(u"parent_id"_s, parent.value(u"message_id"_s));
        list << r;
    }
    parent.insert(u"replies"_s, list);
    return parent;
}

QJsonObject treeObject(const QJsonObject &prompt, const QString &state, const QString &origin = {})
{
    QJsonObject t{{u"message_tree_id"_s, prompt.value(u"message_id"_s)}, {u"tree_state"_s, state}, {u"prompt"_s, prompt}};
    if (!origin.isEmpty())
        t.insert(u"origin"_s, origin);
    return t;
}

// A flat row (OA's flat export / Hugging Face): the message with its tree id and state.
QJsonObject row(const QString &id, const QString &parent, const QString &role, const QString &tree,
                const QString &state, const QJsonObject &extra = {})
{
    QJsonObject o = msg(id, role, u"Text of %1"_s.arg(id.right(4)), extra);
    if (!parent.isEmpty())
        o.insert(u"parent_id"_s, parent);
    o.insert(u"message_tree_id"_s, tree);
    o.insert(u"tree_state"_s, state);
    return o;
}

// A small valid tree object: a prompt (id n) with one assistant reply (id n + 1).
QByteArray smallTree(int n, const QString &state = u"ready_for_export"_s, const QString &lang = u"en"_s)
{
    const QJsonObject extra{{u"lang"_s, lang}, {u"synthetic"_s, false}};
    return jsonLine(treeObject(withReplies(msg(uid(n), u"prompter"_s, u"Question %1"_s.arg(n), extra),
                                           {msg(uid(n + 1), u"assistant"_s, u"Answer %1"_s.arg(n), extra)}),
                               state));
}

// --- reading exports -------------------------------------------------------------------------

QList<QJsonObject> replies(const QJsonObject &node)
{
    QList<QJsonObject> list;
    for (const QJsonValue &r : node.value(u"replies"_s).toArray())
        list << r.toObject();
    return list;
}

// Message ids of a tree, depth-first, each parent before its replies in the order given.
void preorder(const QJsonObject &node, QStringList &ids)
{
    ids << node.value(u"message_id"_s).toString();
    for (const QJsonObject &r : replies(node))
        preorder(r, ids);
}

QStringList preorder(const QJsonObject &node)
{
    QStringList ids;
    preorder(node, ids);
    return ids;
}

// The node with `id` under `node` (itself included), or an empty object.
QJsonObject findNode(const QJsonObject &node, const QString &id)
{
    if (node.value(u"message_id"_s).toString() == id)
        return node;
    for (const QJsonObject &r : replies(node)) {
        const QJsonObject found = findNode(r, id);
        if (!found.isEmpty())
            return found;
    }
    return {};
}

QHash<QString, QJsonObject> byTreeId(const QList<QJsonObject> &trees)
{
    QHash<QString, QJsonObject> map;
    for (const QJsonObject &t : trees)
        map.insert(t.value(u"message_tree_id"_s).toString(), t);
    return map;
}

bool hasSynthetic(const QJsonObject &node)
{
    if (node.value(u"synthetic"_s).toBool())
        return true;
    for (const QJsonObject &r : replies(node)) {
        if (hasSynthetic(r))
            return true;
    }
    return false;
}

QString show(const QJsonValue &v)
{
    if (v.isUndefined())
        return u"(absent)"_s;
    const QByteArray json = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

// The fields a round trip must keep, beside emojis and the order of replies.
const QStringList kKeptFields = {u"message_id"_s, u"parent_id"_s,    u"text"_s,    u"role"_s,
                                 u"lang"_s,       u"review_count"_s, u"review_result"_s, u"deleted"_s,
                                 u"rank"_s,       u"synthetic"_s,    u"model_name"_s};

// The first difference between two message nodes and their replies, recursively; "" if none.
QString diffNodes(const QJsonObject &expected, const QJsonObject &actual, const QString &where)
{
    const QString at = where + u'/' + expected.value(u"message_id"_s).toString();
    for (const QString &key : kKeptFields) {
        if (expected.value(key) != actual.value(key))
            return u"%1: %2 is %3, expected %4"_s.arg(at, key, show(actual.value(key)), show(expected.value(key)));
    }
    // An absent `emojis` and {} both mean "no emojis".
    if (expected.value(u"emojis"_s).toObject() != actual.value(u"emojis"_s).toObject()) {
        return u"%1: emojis are %2, expected %3"_s.arg(at, show(actual.value(u"emojis"_s)),
                                                       show(expected.value(u"emojis"_s)));
    }
    const QList<QJsonObject> want = replies(expected);
    const QList<QJsonObject> got = replies(actual);
    if (want.size() != got.size())
        return u"%1: %2 replies, expected %3"_s.arg(at).arg(got.size()).arg(want.size());
    for (qsizetype i = 0; i < want.size(); ++i) {
        const QString d = diffNodes(want[i], got[i], at);
        if (!d.isEmpty())
            return d;
    }
    return {};
}

QStringList strings(const QJsonArray &array)
{
    QStringList list;
    for (const QJsonValue &v : array)
        list << v.toString();
    return list;
}

int countNodes(const QJsonObject &node)
{
    int n = 1;
    for (const QJsonObject &r : replies(node))
        n += countNodes(r);
    return n;
}

QString sha256(const QString &collection, const QString &id, const QString &seed)
{
    return QString::fromLatin1(
        QCryptographicHash::hash((collection + u':' + id + seed).toUtf8(), QCryptographicHash::Sha256).toHex());
}

// --- the database ----------------------------------------------------------------------------

// Row counts of every table an import writes: equal before and after means nothing changed.
QString counts(EngineFixture &f)
{
    QStringList parts;
    for (const char *table : {"message", "tree", "emoji_count", "message_emoji", "ranking", "text_label",
                              "app_user", "audit_log"}) {
        const QString t = QLatin1StringView(table);
        parts << t + u'=' + f.sql(u"SELECT COUNT(*) FROM "_s + t).toString();
    }
    return parts.join(u' ');
}

int messageCount(EngineFixture &f)
{
    return f.sql(u"SELECT COUNT(*) FROM message"_s).toInt();
}

int treeCount(EngineFixture &f)
{
    return f.sql(u"SELECT COUNT(*) FROM tree"_s).toInt();
}

// Imports `path`, which must be refused with invalid_file, a message starting "PATH:LINE: " and
// mentioning `mentions`, and no change to the database. Returns what went wrong, or "".
QString refusedAtLine(EngineFixture &f, const QString &path, int line, const QString &mentions = {},
                      const ImportOptions &options = {})
{
    const QString before = counts(f);
    try {
        const ImportReport r = f.engine->importFile(kLead, path, options);
        return u"the import succeeded (%1 trees)"_s.arg(r.trees);
    } catch (const WorkflowError &e) {
        if (e.code() != ErrorCode::InvalidFile)
            return u"expected invalid_file, got %1: %2"_s.arg(toString(e.code()), e.message());
        const QString prefix = path + u':' + QString::number(line) + u": "_s;
        if (!e.message().startsWith(prefix))
            return u"the message does not start with \"%1\": %2"_s.arg(prefix, e.message());
        if (!mentions.isEmpty() && !e.message().contains(mentions))
            return u"the message does not mention \"%1\": %2"_s.arg(mentions, e.message());
    }
    const QString after = counts(f);
    if (after != before)
        return u"the database changed: before %1, after %2"_s.arg(before, after);
    return {};
}

// The en_100 lines, for files made of real trees.
QList<QByteArray> en100Lines()
{
    return fileLines(dataFile(u"en_100_tree.jsonl"_s));
}

QString rootIdOf(const QByteArray &treeLine)
{
    return QJsonDocument::fromJson(treeLine).object().value(u"message_tree_id"_s).toString();
}

// Records every progress signal; optionally cancels on the first.
struct ProgressLog
{
    explicit ProgressLog(bool cancelOnFirst = false)
    {
        QObject::connect(&progress, &TransferProgress::progress, &progress, [this, cancelOnFirst](qint64 d, qint64 t) {
            calls << std::pair{d, t};
            if (cancelOnFirst)
                progress.cancel();
        });
    }
    TransferProgress progress;
    QList<std::pair<qint64, qint64>> calls;
};

} // namespace

class tst_ImportExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        qInfo("backend: %s", qPrintable(backendName()));
        const QString dir = QStringLiteral(ARBORIST_OASST_DATA);
        for (const QString &name : {u"en_100_tree.jsonl"_s, u"prompt_lottery_en_250_text.jsonl"_s}) {
            if (!QFileInfo(QDir(dir).filePath(name)).isReadable())
                QFAIL(qPrintable(u"The Open-Assistant test data is missing: %1 (ARBORIST_OASST_DATA, data/oasst/ "
                                 "in the repository)."_s.arg(QDir(dir).filePath(name))));
        }
    }

    // --- 1. round trip ---------------------------------------------------------------------

    void roundTripKeepsEveryField()
    {
        EngineFixture f;
        f.addTeam(0);
        QTemporaryDir tmp;
        const QString input = dataFile(u"en_100_tree.jsonl"_s);
        const ImportReport in = f.engine->importFile(kLead, input, ImportOptions());
        QCOMPARE(in.trees, 100);
        QCOMPARE(in.messages, 1167);
        QCOMPARE(in.lines, 100);
        QVERIFY2(in.skipped.isEmpty(), qPrintable(in.skipped.join(u'\n')));
        QCOMPARE(treeCount(f), 100);
        QCOMPARE(messageCount(f), 1167);

        ExportOptions options;
        options.allStates = true;
        options.includeSynthetic = true;
        const QString output = tmp.filePath(u"out.jsonl"_s);
        const ExportReport out = f.engine->exportFile(kLead, output, options);
        QCOMPARE(out.trees, 100);
        QCOMPARE(out.messages, 1167);
        QCOMPARE(out.bytes, QFileInfo(output).size());

        READ_JSON_LINES(original, input);
        READ_JSON_LINES(exported, output);
        QCOMPARE(exported.size(), 100);
        const QHash<QString, QJsonObject> got = byTreeId(exported);
        QCOMPARE(got.size(), 100);
        int messages = 0;
        for (const QJsonObject &want : std::as_const(original)) {
            const QString id = want.value(u"message_tree_id"_s).toString();
            QVERIFY2(got.contains(id), qPrintable(u"tree %1 is not in the export"_s.arg(id)));
            const QJsonObject tree = got.value(id);
            QCOMPARE(tree.value(u"tree_state"_s).toString(), want.value(u"tree_state"_s).toString());
            const QJsonObject prompt = tree.value(u"prompt"_s).toObject();
            const QString diff = diffNodes(want.value(u"prompt"_s).toObject(), prompt, u"tree"_s);
            QVERIFY2(diff.isEmpty(), qPrintable(diff));
            messages += countNodes(prompt);
        }
        QCOMPARE(messages, 1167);
    }

    // --- 2. input shapes -------------------------------------------------------------------

    void importsTreeObjects()
    {
        EngineFixture f;
        f.addTeam(0);
        QTemporaryDir tmp;
        // Replies given out of rank order; the tree names its own origin.
        const QJsonObject prompt = withReplies(
            msg(uid(1), u"prompter"_s, u"What is a heap?"_s),
            {msg(uid(2), u"assistant"_s, u"A tree-shaped priority queue."_s, {{u"rank"_s, 1}}),
             msg(uid(3), u"assistant"_s, u"A binary tree with the heap property."_s, {{u"rank"_s, 0}})});
        const QString path = tmp.filePath(u"trees.jsonl"_s);
        QVERIFY(writeAll(path, joinLines({jsonLine(treeObject(prompt, u"ready_for_export"_s, u"hf-oasst2"_s))})));

        const ImportReport r = f.engine->importFile(kLead, path, ImportOptions());
        QCOMPARE(r.trees, 1);
        QCOMPARE(r.messages, 3);
        // Ids kept, structure and roles as the file says.
        QCOMPARE(f.sql(u"SELECT COUNT(*) FROM message WHERE id IN (?, ?, ?)"_s, {uid(1), uid(2), uid(3)}).toInt(), 3);
        QCOMPARE(f.sql(u"SELECT parent_id FROM message WHERE id = ?"_s, {uid(3)}).toString(), uid(1));
        QCOMPARE(f.sql(u"SELECT role FROM message WHERE id = ?"_s, {uid(2)}).toString(), u"assistant"_s);
        QCOMPARE(toString(f.engine->treeState(uid(1))), u"ready_for_export"_s);
        QCOMPARE(f.sql(u"SELECT origin FROM tree WHERE id = ?"_s, {uid(1)}).toString(), u"hf-oasst2"_s);
        // Replies come back sorted by rank (§6).
        const QJsonObject tree = f.engine->treeJson(uid(1));
        QCOMPARE(preorder(tree.value(u"prompt"_s).toObject()), (QStringList{uid(1), uid(3), uid(2)}));
        QCOMPARE(tree.value(u"origin"_s).toString(), u"hf-oasst2"_s);
    }

    void importsNestedMessagesWithOptions()
    {
        EngineFixture f;
        f.addTeam(0);
        QTemporaryDir tmp;
        // Root messages with their replies, no tree wrapper, no roles, no states.
        const QByteArray withAnswers = jsonLine(withReplies(
            msg(uid(1), {}, u"Name three rivers."_s),
            {withReplies(msg(uid(2), {}, u"Nile, Amazon, Danube."_s), {msg(uid(3), {}, u"And in Asia?"_s)})}));
        const QByteArray lonePrompt = jsonLine(withReplies(msg(uid(4), {}, u"What is a river delta?"_s), {}));
        const QString nested = tmp.filePath(u"nested.jsonl"_s);
        QVERIFY(writeAll(nested, joinLines({withAnswers, lonePrompt})));

        const ImportReport r = f.engine->importFile(kLead, nested, ImportOptions());
        QCOMPARE(r.trees, 2);
        QCOMPARE(r.messages, 4);
        // Roles alternate from the prompter; a tree with replies waits for ranking (§T10), a
        // lone prompt for the lottery; the origin names the file; not synthetic by default.
        QCOMPARE(f.sql(u"SELECT role FROM message WHERE id = ?"_s, {uid(2)}).toString(), u"assistant"_s);
        QCOMPARE(f.sql(u"SELECT role FROM message WHERE id = ?"_s, {uid(3)}).toString(), u"prompter"_s);
        QCOMPARE(f.sql(u"SELECT parent_id FROM message WHERE id = ?"_s, {uid(3)}).toString(), uid(2));
        QCOMPARE(toString(f.engine->treeState(uid(1))), u"backlog_ranking"_s);
        QCOMPARE(toString(f.engine->treeState(uid(4))), u"prompt_lottery_waiting"_s);
        QCOMPARE(f.sql(u"SELECT origin FROM tree WHERE id = ?"_s, {uid(1)}).toString(), u"import:nested.jsonl"_s);
        QCOMPARE(f.sql(u"SELECT COUNT(*) FROM message WHERE synthetic = 1"_s).toInt(), 0);

        // defaultState, synthetic and origin as options.
        const QString more = tmp.filePath(u"more.jsonl"_s);
        QVERIFY(writeAll(more, joinLines({jsonLine(withReplies(msg(uid(10), {}, u"Why is the sky blue?"_s),
                                                               {msg(uid(11), {}, u"Rayleigh scattering."_s)}))})));
        ImportOptions options;
        options.defaultState = TreeState::Growing;
        options.synthetic = true;
        options.origin = u"batch-7"_s;
        QCOMPARE(f.engine->importFile(kLead, more, options).trees, 1);
        QCOMPARE(toString(f.engine->treeState(uid(10))), u"growing"_s);
        QCOMPARE(f.sql(u"SELECT COUNT(*) FROM message WHERE synthetic = 1 AND tree_id = ?"_s, {uid(10)}).toInt(), 2);
        QCOMPARE(f.sql(u"SELECT origin FROM tree WHERE id = ?"_s, {uid(10)}).toString(), u"batch-7"_s);

        // A state the file gives wins over defaultState; forceState wins over the file.
        const QString stated = tmp.filePath(u"stated.jsonl"_s);
        QVERIFY(writeAll(stated, joinLines({smallTree(20, u"ready_for_export"_s)})));
        ImportOptions byDefault;
        byDefault.defaultState = TreeState::Growing;
        QCOMPARE(f.engine->importFile(kLead, stated, byDefault).trees, 1);
        QCOMPARE(toString(f.engine->treeState(uid(20))), u"ready_for_export"_s);
        const QString forced = tmp.filePath(u"forced.jsonl"_s);
        QVERIFY(writeAll(forced, joinLines({smallTree(30, u"ready_for_export"_s)})));
        ImportOptions force;
        force.forceState = TreeState::HaltedByModerator;
        QCOMPARE(f.engine->importFile(kLead, forced, force).trees, 1);
        QCOMPARE(toString(f.engine->treeState(uid(30))), u"halted_by_moderator"_s);
    }

    void importsFlatRowsWithHuggingFaceLists()
    {
        EngineFixture f;
        f.addTeam(0);
        QTemporaryDir tmp;
        const QString a = uid(1), b = uid(10), state = u"ready_for_export"_s;
        const QJsonObject hfEmojis{{u"name"_s, QJsonArray{u"+1"_s, u"_skip_reply"_s}}, {u"count"_s, QJsonArray{2, 1}}};
        const QJsonObject hfLabels{{u"name"_s, QJsonArray{u"spam"_s, u"quality"_s}},
                                   {u"value"_s, QJsonArray{0.5, 0.75}},
                                   {u"count"_s, QJsonArray{2, 4}}};
        // Depth-first, each root followed by its descendants.
        const QList<QByteArray> rows = {
            jsonLine(row(a, {}, u"prompter"_s, a, state, {{u"emojis"_s, hfEmojis}, {u"labels"_s, hfLabels}})),
            jsonLine(row(uid(2), a, u"assistant"_s, a, state, {{u"rank"_s, 0}})),
            jsonLine(row(uid(3), uid(2), u"prompter"_s, a, state)),
            jsonLine(row(uid(4), a, u"assistant"_s, a, state, {{u"rank"_s, 1}})),
            jsonLine(row(b, {}, u"prompter"_s, b, u"ranking"_s)),
            jsonLine(row(uid(11), b, u"assistant"_s, b, u"ranking"_s)),
        };
        const QString path = tmp.filePath(u"flat.jsonl"_s);
        QVERIFY(writeAll(path, joinLines(rows)));
        const ImportReport r = f.engine->importFile(kLead, path, ImportOptions());
        QCOMPARE(r.trees, 2);
        QCOMPARE(r.messages, 6);
        QCOMPARE(toString(f.engine->treeState(a)), u"ready_for_export"_s);
        QCOMPARE(toString(f.engine->treeState(b)), u"ranking"_s);
        QCOMPARE(f.sql(u"SELECT tree_id FROM message WHERE id = ?"_s, {uid(3)}).toString(), a);
        QCOMPARE(f.sql(u"SELECT parent_id FROM message WHERE id = ?"_s, {uid(3)}).toString(), uid(2));
        QCOMPARE(f.sql(u"SELECT tree_id FROM message WHERE id = ?"_s, {uid(11)}).toString(), b);

        // The lists come back in OA's map form.
        const QString out = tmp.filePath(u"out.jsonl"_s);
        QCOMPARE(f.engine->exportFile(kLead, out, ExportOptions()).trees, 1);
        READ_JSON_LINES(exported, out);
        const QJsonObject prompt = exported.value(0).value(u"prompt"_s).toObject();
        QCOMPARE(prompt.value(u"message_id"_s).toString(), a);
        QCOMPARE(preorder(prompt), (QStringList{a, uid(2), uid(3), uid(4)}));
        QCOMPARE(prompt.value(u"emojis"_s).toObject(), (QJsonObject{{u"+1"_s, 2}, {u"_skip_reply"_s, 1}}));
        const QJsonObject labels = prompt.value(u"labels"_s).toObject();
        QCOMPARE(labels.value(u"spam"_s).toObject(), (QJsonObject{{u"value"_s, 0.5}, {u"count"_s, 2}}));
        QCOMPARE(labels.value(u"quality"_s).toObject(), (QJsonObject{{u"value"_s, 0.75}, {u"count"_s, 4}}));
    }

    void importsPromptLists()
    {
        EngineFixture f;
        f.addTeam(0);
        QTemporaryDir tmp;
        const ImportReport r = f.engine->importFile(kLead, dataFile(u"prompt_lottery_en_250_text.jsonl"_s), ImportOptions());
        QCOMPARE(r.trees, 250);
        QCOMPARE(r.messages, 250);
        QCOMPARE(f.engine->trees(TreeState::PromptLotteryWaiting).size(), 250);
        QCOMPARE(f.sql(u"SELECT COUNT(*) FROM message WHERE parent_id IS NULL AND role = 'prompter' AND lang = 'en' "
                       "AND synthetic = 0 AND id = tree_id"_s).toInt(), 250);
        QCOMPARE(f.sql(u"SELECT COUNT(*) FROM tree WHERE origin = ?"_s,
                       {u"import:prompt_lottery_en_250_text.jsonl"_s}).toInt(), 250);
        QCOMPARE(f.sql(u"SELECT COUNT(*) FROM message WHERE text = ?"_s, {u"Can you tell me about GLaDOS?"_s}).toInt(), 1);
        // Ids made here are lowercase canonical UUIDs (§10.12).
        static const QRegularExpression uuid(u"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$"_s);
        for (const Row &row : f.db->rows(u"SELECT id FROM tree"_s))
            QVERIFY2(uuid.match(row[0].toString()).hasMatch(), qPrintable(row[0].toString()));

        // defaultState and synthetic apply to prompts too.
        const QString path = tmp.filePath(u"two.jsonl"_s);
        QVERIFY(writeAll(path, joinLines({"\"First prompt to review\"", "\"Second prompt to review\""})));
        ImportOptions options;
        options.defaultState = TreeState::InitialPromptReview;
        options.synthetic = true;
        QCOMPARE(f.engine->importFile(kLead, path, options).trees, 2);
        QCOMPARE(f.engine->trees(TreeState::InitialPromptReview).size(), 2);
        QCOMPARE(f.sql(u"SELECT COUNT(*) FROM message WHERE synthetic = 1"_s).toInt(), 2);
    }

    void importsGzip()
    {
        QTemporaryDir tmp;
        const QByteArray prompts = readAll(dataFile(u"prompt_lottery_en_250_text.jsonl"_s));
        const QByteArray compressed = gzip(prompts);
        QVERIFY(isGzip(compressed));
        {
            EngineFixture f;
            f.addTeam(0);
            const QString gz = tmp.filePath(u"prompts.jsonl.gz"_s);
            QVERIFY(writeAll(gz, compressed));
            QCOMPARE(f.engine->importFile(kLead, gz, ImportOptions()).trees, 250);
            // Recognised by its first bytes, whatever the name.
            const QString disguised = tmp.filePath(u"prompts-really-gzip.jsonl"_s);
            QVERIFY(writeAll(disguised, compressed));
            QCOMPARE(f.engine->importFile(kLead, disguised, ImportOptions()).trees, 250);
            QCOMPARE(messageCount(f), 500);
            // Two members one after the other (cat a.gz b.gz), then zero padding: read as gzip -d
            // reads them.
            const QString joined = tmp.filePath(u"joined.jsonl.gz"_s);
            QVERIFY(writeAll(joined, gzip(joinLines({smallTree(1000)})) + gzip(joinLines({smallTree(2000)}))
                                         + QByteArray(512, '\0')));
            QCOMPARE(f.engine->importFile(kLead, joined, ImportOptions()).trees, 2);
            QCOMPARE(messageCount(f), 504);
            // A file cut short: invalid_file, and nothing of it is imported.
            const QString cut = tmp.filePath(u"cut.jsonl.gz"_s);
            QVERIFY(writeAll(cut, gzip(joinLines({smallTree(3000), smallTree(3010)})).chopped(12)));
            ARB_EXPECT_REFUSAL(ErrorCode::InvalidFile, f.engine->importFile(kLead, cut, ImportOptions()));
            QCOMPARE(messageCount(f), 504);
        }
        // An export to a .gz name, imported into a fresh database and exported again, gives the
        // same file, byte for byte (ids, states, origins, dates and every field kept).
        const QString gz = tmp.filePath(u"en100.jsonl.gz"_s);
        ExportOptions options;
        options.includeSynthetic = true;
        {
            EngineFixture f;
            f.addTeam(0);
            f.engine->importFile(kLead, dataFile(u"en_100_tree.jsonl"_s), ImportOptions());
            QCOMPARE(f.engine->exportFile(kLead, gz, options).trees, 100);
        }
        const QByteArray first = readAll(gz);
        QVERIFY(isGzip(first));
        EngineFixture g;
        g.addTeam(0);
        const ImportReport r = g.engine->importFile(kLead, gz, ImportOptions());
        QCOMPARE(r.trees, 100);
        QCOMPARE(r.messages, 1167);
        QCOMPARE(g.engine->trees().size(), 100);
        const QString again = tmp.filePath(u"again.jsonl"_s);
        QCOMPARE(g.engine->exportFile(kLead, again, options).messages, 1167);
        QVERIFY(readAll(again) == gunzip(first));
    }

    // --- 3. bad input ----------------------------------------------------------------------

    void rejectsMalformedJsonLine()
    {
        EngineFixture f;
        f.addTeam(0);
        QTemporaryDir tmp;
        QList<QByteArray> lines = en100Lines().mid(0, 5);
        lines[2] = lines[2].left(lines[2].size() / 2); // cut in the middle of line 3
        const QString path = tmp.filePath(u"broken.jsonl"_s);
        QVERIFY(writeAll(path, joinLines(lines)));
        const QString problem = refusedAtLine(f, path, 3, u"not valid JSON"_s);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(messageCount(f), 0);
        QCOMPARE(treeCount(f), 0);
    }

    void rejectsDuplicateIdInFile()
    {
        EngineFixture f;
        f.addTeam(0);
        QTemporaryDir tmp;
        QList<QByteArray> lines = en100Lines().mid(0, 3);
        lines << lines[0]; // line 4 repeats line 1
        const QString path = tmp.filePath(u"twice.jsonl"_s);
        QVERIFY(writeAll(path, joinLines(lines)));
        const QString problem = refusedAtLine(f, path, 4, rootIdOf(lines[0]));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        // Within one tree, too.
        const QString inTree = tmp.filePath(u"twice-in-tree.jsonl"_s);
        QVERIFY(writeAll(inTree, joinLines({smallTree(1), jsonLine(treeObject(
            withReplies(msg(uid(5), u"prompter"_s, u"Q"_s), {msg(uid(6), u"assistant"_s, u"A"_s),
                                                              msg(uid(6), u"assistant"_s, u"B"_s)}),
            u"ready_for_export"_s))})));
        const QString again = refusedAtLine(f, inTree, 2, uid(6));
        QVERIFY2(again.isEmpty(), qPrintable(again));
    }

    // The refusal names the first bad line of the file, whatever kind of problem comes after it
    // (ImportOptions::skipInvalid: "instead of stopping at the first").
    void refusalNamesTheFirstBadLine()
    {
        EngineFixture f;
        f.addTeam(0);
        QTemporaryDir tmp;
        const QList<QByteArray> real = en100Lines();
        const QString path = tmp.filePath(u"two-problems.jsonl"_s);
        // Line 2 repeats line 1's ids; line 3 is not JSON.
        QVERIFY(writeAll(path, joinLines({real[0], real[0], "{\"message_tree_id\": \"oops\"", real[1]})));
        const QString inFile = refusedAtLine(f, path, 2, rootIdOf(real[0]));
        // Line 1 holds ids already stored; line 3 is not JSON.
        const QString stored = tmp.filePath(u"stored.jsonl"_s);
        QVERIFY(writeAll(stored, joinLines({real[5]})));
        QCOMPARE(f.engine->importFile(kLead, stored, ImportOptions()).trees, 1);
        QVERIFY(writeAll(stored, joinLines({real[5], real[6], "[1, 2", real[7]})));
        const QString inDatabase = refusedAtLine(f, stored, 1, rootIdOf(real[5]));
        QVERIFY2(inFile.isEmpty() && inDatabase.isEmpty(),
                 qPrintable(u"duplicate in the file: %1\nalready stored: %2"_s.arg(inFile, inDatabase)));
    }

    void rejectsFlatReplyWithoutParent()
    {
        EngineFixture f;
        f.addTeam(0);
        QTemporaryDir tmp;
        const QString t = uid(1), s = u"ready_for_export"_s;
        const QString path = tmp.filePath(u"orphan.jsonl"_s);
        QVERIFY(writeAll(path, joinLines({jsonLine(row(t, {}, u"prompter"_s, t, s)),
                                          jsonLine(row(uid(2), t, u"assistant"_s, t, s)),
                                          jsonLine(row(uid(3), uid(99), u"prompter"_s, t, s)),
                                          jsonLine(row(uid(4), t, u"assistant"_s, t, s))})));
        const QString problem = refusedAtLine(f, path, 3, uid(99));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void rejectsBrokenRoleAlternation()
    {
        EngineFixture f;
        f.addTeam(0);
        QTemporaryDir tmp;
        const QString t = uid(1), s = u"ready_for_export"_s;
        // An assistant replying to an assistant (flat rows, line 3).
        const QString flat = tmp.filePath(u"assistant-to-assistant.jsonl"_s);
        QVERIFY(writeAll(flat, joinLines({jsonLine(row(t, {}, u"prompter"_s, t, s)),
                                          jsonLine(row(uid(2), t, u"assistant"_s, t, s)),
                                          jsonLine(row(uid(3), uid(2), u"assistant"_s, t, s))})));
        QString problem = refusedAtLine(f, flat, 3, u"alternate"_s);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // The same inside a tree object (line 2).
        const QString nested = tmp.filePath(u"nested-alternation.jsonl"_s);
        QVERIFY(writeAll(nested, joinLines({smallTree(10), jsonLine(treeObject(
            withReplies(msg(uid(20), u"prompter"_s, u"Q"_s),
                        {withReplies(msg(uid(21), u"assistant"_s, u"A"_s), {msg(uid(22), u"assistant"_s, u"A2"_s)})}),
            s))})));
        problem = refusedAtLine(f, nested, 2, u"alternate"_s);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // A tree whose root is an assistant (line 2 of a tree file, line 1 of a flat one).
        const QString root = tmp.filePath(u"assistant-root.jsonl"_s);
        QVERIFY(writeAll(root, joinLines({smallTree(10), jsonLine(treeObject(msg(uid(30), u"assistant"_s, u"Hi"_s), s))})));
        problem = refusedAtLine(f, root, 2, u"prompter"_s);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QString flatRoot = tmp.filePath(u"assistant-root-flat.jsonl"_s);
        QVERIFY(writeAll(flatRoot, joinLines({jsonLine(row(uid(40), {}, u"assistant"_s, uid(40), s))})));
        problem = refusedAtLine(f, flatRoot, 1, u"prompter"_s);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void rejectsIdsAlreadyStored()
    {
        EngineFixture f;
        f.addTeam(0);
        QTemporaryDir tmp;
        const QString path = tmp.filePath(u"three.jsonl"_s);
        const QList<QByteArray> lines = en100Lines().mid(0, 3);
        QVERIFY(writeAll(path, joinLines(lines)));
        QCOMPARE(f.engine->importFile(kLead, path, ImportOptions()).trees, 3);
        const QString problem = refusedAtLine(f, path, 1, rootIdOf(lines[0]));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(treeCount(f), 3);
    }

    // What an export means is what the import keeps: ids in canonical form (§10.12), a message
    // an export left without review_result stays unaccepted, undated trees keep the file's order.
    void importKeepsWhatTheFileMeans()
    {
        EngineFixture f;
        f.addTeam(0);
        QTemporaryDir tmp;
        const QString upper = uid(1).toUpper(), upperA = uid(2).toUpper(), upperB = uid(3).toUpper();
        QJsonObject root = withReplies(
            msg(upper, u"prompter"_s, u"Which answer is better?"_s),
            {msg(upperA, u"assistant"_s, u"A, with reasons."_s, {{u"review_count"_s, 3}, {u"review_result"_s, true}}),
             // An export leaves review_result out when it is false (and review_count <= 2).
             msg(upperB, u"assistant"_s, u"B, rejected."_s, {{u"review_count"_s, 2}})});
        root.insert(u"events"_s, QJsonObject{{u"ranking"_s, QJsonArray{QJsonObject{
            {u"user_id"_s, u"someone"_s}, {u"ranked_message_ids"_s, QJsonArray{upperA, upperB}},
            {u"ranking"_s, QJsonArray{0, 1}}, {u"not_rankable"_s, false}}}}});
        const QString path = tmp.filePath(u"upper.jsonl"_s);
        QVERIFY(writeAll(path, joinLines({jsonLine(treeObject(root, u"ranking"_s)), smallTree(10), smallTree(20),
                                          smallTree(5)})));
        QCOMPARE(f.engine->importFile(kLead, path, ImportOptions()).trees, 4);
        QCOMPARE(f.sql(u"SELECT COUNT(*) FROM message WHERE id = ?"_s, {uid(2)}).toInt(), 1);
        QCOMPARE(f.sql(u"SELECT parent_id FROM message WHERE id = ?"_s, {uid(3)}).toString(), uid(1));
        QCOMPARE(f.sql(u"SELECT review_result FROM message WHERE id = ?"_s, {uid(2)}).toInt(), 1);
        QVERIFY(f.sql(u"SELECT review_result FROM message WHERE id = ?"_s, {uid(3)}).isNull());
        QCOMPARE(f.sql(u"SELECT ranked_ids FROM ranking WHERE parent_id = ?"_s, {uid(1)}).toString(),
                 u"[\"%1\",\"%2\"]"_s.arg(uid(2), uid(3)));
        QCOMPARE(f.sql(u"SELECT ranking_count FROM message WHERE id = ?"_s, {uid(2)}).toInt(), 1);

        // Undated trees come out in the file's order (oldest first), not in the order of their ids.
        const QString out = tmp.filePath(u"out.jsonl"_s);
        ExportOptions options;
        options.allStates = true;
        f.engine->exportFile(kLead, out, options);
        READ_JSON_LINES(exported, out);
        QStringList order;
        for (const QJsonObject &t : std::as_const(exported))
            order << t.value(u"message_tree_id"_s).toString();
        QCOMPARE(order, (QStringList{uid(1), uid(10), uid(20), uid(5)}));
        // The rejected reply is left out of a default export (not accepted), as it was.
        const QJsonObject first = exported.first().value(u"prompt"_s).toObject();
        QCOMPARE(replies(first).size(), 1);
        QCOMPARE(replies(first).first().value(u"message_id"_s).toString(), uid(2));
    }

    void rejectsTextAPostgresCannotStore()
    {
        EngineFixture f;
        f.addTeam(0);
        QTemporaryDir tmp;
        const QString path = tmp.filePath(u"nul.jsonl"_s);
        QVERIFY(writeAll(path, joinLines({smallTree(1), jsonLine(treeObject(msg(uid(5), u"prompter"_s,
                                                                                 u"a\u0000b"_s), u"ready_for_export"_s))})));
        const QString problem = refusedAtLine(f, path, 2, u"NUL"_s);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // The names imports author their messages with are not for people.
    void importNamesAreReserved()
    {
        EngineFixture f;
        f.addTeam(0);
        ARB_EXPECT_REFUSAL(ErrorCode::InvalidInput, f.engine->addUser(u"admin"_s, u"import"_s, UserRole::Annotator));
        ARB_EXPECT_REFUSAL(ErrorCode::InvalidInput,
                           f.engine->addUser(u"admin"_s, u"imported-1234"_s, UserRole::Annotator));
    }

    void rejectsUnknownTreeState()
    {
        EngineFixture f;
        f.addTeam(0);
        QTemporaryDir tmp;
        const QString path = tmp.filePath(u"state.jsonl"_s);
        QVERIFY(writeAll(path, joinLines({smallTree(1), smallTree(3, u"finished"_s), smallTree(5)})));
        const QString problem = refusedAtLine(f, path, 2, u"tree_state"_s);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // In flat rows too.
        const QString flat = tmp.filePath(u"state-flat.jsonl"_s);
        QVERIFY(writeAll(flat, joinLines({jsonLine(row(uid(7), {}, u"prompter"_s, uid(7), u"done"_s))})));
        const QString again = refusedAtLine(f, flat, 1, u"tree_state"_s);
        QVERIFY2(again.isEmpty(), qPrintable(again));
    }

    void missingFileIsFileError()
    {
        EngineFixture f;
        f.addTeam(0);
        QTemporaryDir tmp;
        const QString before = counts(f);
        ARB_EXPECT_REFUSAL(ErrorCode::FileError,
                           f.engine->importFile(kLead, tmp.filePath(u"no-such-file.jsonl"_s), ImportOptions()));
        QCOMPARE(counts(f), before);
    }

    void onlyLeadsAndAdminsTransfer()
    {
        EngineFixture f;
        f.addTeam(1);
        QTemporaryDir tmp;
        const QString before = counts(f);
        ARB_EXPECT_REFUSAL(ErrorCode::PermissionDenied,
                           f.engine->importFile(u"u1"_s, dataFile(u"en_100_tree.jsonl"_s), ImportOptions()));
        QCOMPARE(counts(f), before);
        const QString out = tmp.filePath(u"out.jsonl"_s);
        ARB_EXPECT_REFUSAL(ErrorCode::PermissionDenied, f.engine->exportFile(u"u1"_s, out, ExportOptions()));
        QVERIFY(!QFileInfo::exists(out));
        // An admin may.
        QCOMPARE(f.engine->importFile(u"admin"_s, dataFile(u"en_100_tree.jsonl"_s), ImportOptions()).trees, 100);
    }

    void skipInvalidImportsTheGoodLines()
    {
        EngineFixture f;
        f.addTeam(0);
        QTemporaryDir tmp;
        const QList<QByteArray> real = en100Lines();
        const QList<QByteArray> lines = {
            real[0],
            "{\"message_tree_id\": \"oops\"",  // 2: not JSON
            real[1],
            real[0],                            // 4: ids already in the file
            smallTree(1, u"finished"_s),        // 5: unknown state
            real[2],
        };
        const QString path = tmp.filePath(u"mixed.jsonl"_s);
        QVERIFY(writeAll(path, joinLines(lines)));
        ImportOptions options;
        options.skipInvalid = true;
        const ImportReport r = f.engine->importFile(kLead, path, options);
        QCOMPARE(r.trees, 3);
        QCOMPARE(treeCount(f), 3);
        QCOMPARE(r.lines, 6);
        QVERIFY2(r.skipped.size() == 3, qPrintable(r.skipped.join(u'\n')));
        // One entry per bad line, "FILE:LINE: reason", in the file's order.
        const QList<int> bad = {2, 4, 5};
        for (int i = 0; i < bad.size(); ++i) {
            const QString prefix = path + u':' + QString::number(bad[i]) + u": "_s;
            QVERIFY2(r.skipped[i].startsWith(prefix) && r.skipped[i].size() > prefix.size(),
                     qPrintable(u"expected %1reason, got: %2"_s.arg(prefix, r.skipped.join(u" | "_s))));
        }
        for (int i : {0, 1, 2}) {
            const QString id = rootIdOf(real[i]);
            QCOMPARE(f.sql(u"SELECT COUNT(*) FROM tree WHERE id = ?"_s, {id}).toInt(), 1);
        }
    }

    void dryRunChangesNothing()
    {
        EngineFixture f;
        f.addTeam(0);
        const QString before = counts(f);
        ImportOptions options;
        options.dryRun = true;
        const ImportReport r = f.engine->importFile(kLead, dataFile(u"en_100_tree.jsonl"_s), options);
        QCOMPARE(r.trees, 100);
        QCOMPARE(r.messages, 1167);
        QCOMPARE(counts(f), before);
        // And a real import afterwards is not blocked by it.
        QCOMPARE(f.engine->importFile(kLead, dataFile(u"en_100_tree.jsonl"_s), ImportOptions()).messages, 1167);
    }

    // --- 4. export ---------------------------------------------------------------------------

    void exportDefaultFilters()
    {
        EngineFixture f;
        f.addTeam(0);
        QTemporaryDir tmp;
        const QString input = dataFile(u"en_100_tree.jsonl"_s);
        f.engine->importFile(kLead, input, ImportOptions());
        // Trees in another state stay out by default.
        f.engine->importFile(kLead, dataFile(u"prompt_lottery_en_250_text.jsonl"_s), ImportOptions());
        READ_JSON_LINES(original, input);
        QSet<QString> humanTrees;
        int humanMessages = 0;
        QJsonObject victim; // a reply with replies of its own, in a tree without synthetic messages
        for (const QJsonObject &t : std::as_const(original)) {
            const QJsonObject prompt = t.value(u"prompt"_s).toObject();
            if (hasSynthetic(prompt))
                continue;
            humanTrees.insert(t.value(u"message_tree_id"_s).toString());
            humanMessages += countNodes(prompt);
            for (const QJsonObject &r : replies(prompt)) {
                if (victim.isEmpty() && countNodes(r) >= 3)
                    victim = r;
            }
        }
        QCOMPARE(humanTrees.size(), 95);
        QVERIFY(!victim.isEmpty());

        const QString out = tmp.filePath(u"default.jsonl"_s);
        ExportReport r = f.engine->exportFile(kLead, out, ExportOptions());
        QCOMPARE(r.trees, 95);
        QCOMPARE(r.messages, humanMessages);
        {
            READ_JSON_LINES(exported, out);
            QSet<QString> ids;
            for (const QJsonObject &t : std::as_const(exported)) {
                ids.insert(t.value(u"message_tree_id"_s).toString());
                QCOMPARE(t.value(u"tree_state"_s).toString(), u"ready_for_export"_s);
                QVERIFY(!hasSynthetic(t.value(u"prompt"_s).toObject()));
            }
            QCOMPARE(ids, humanTrees);
        }

        // A deleted message and everything below it leave the export.
        const QString victimId = victim.value(u"message_id"_s).toString();
        const QString victimTree = f.sql(u"SELECT tree_id FROM message WHERE id = ?"_s, {victimId}).toString();
        const QStringList subtree = preorder(victim);
        f.engine->deleteMessage(kLead, victimId, u"test"_s);
        QCOMPARE(toString(f.engine->treeState(victimTree)), u"ready_for_export"_s);
        r = f.engine->exportFile(kLead, out, ExportOptions());
        QCOMPARE(r.trees, 95);
        QCOMPARE(r.messages, humanMessages - int(subtree.size()));
        {
            READ_JSON_LINES(exported, out);
            const QJsonObject tree = byTreeId(exported).value(victimTree);
            QVERIFY(!tree.isEmpty());
            const QStringList left = preorder(tree.value(u"prompt"_s).toObject());
            for (const QString &id : subtree)
                QVERIFY2(!left.contains(id), qPrintable(id));
        }
        // Unless asked for, marked deleted.
        ExportOptions withDeleted;
        withDeleted.includeDeleted = true;
        r = f.engine->exportFile(kLead, out, withDeleted);
        QCOMPARE(r.messages, humanMessages);
        {
            READ_JSON_LINES(exported, out);
            const QJsonObject prompt = byTreeId(exported).value(victimTree).value(u"prompt"_s).toObject();
            for (const QString &id : subtree)
                QCOMPARE(findNode(prompt, id).value(u"deleted"_s), QJsonValue(true));
        }
    }

    void exportLeavesOutSpamUnlessAsked()
    {
        EngineFixture f;
        f.addTeam(0);
        QTemporaryDir tmp;
        const QJsonObject no{{u"synthetic"_s, false}};
        const QJsonObject prompt = withReplies(
            msg(uid(1), u"prompter"_s, u"Tell me a joke."_s, no),
            {msg(uid(2), u"assistant"_s, u"BUY CHEAP WATCHES"_s,
                 {{u"review_count"_s, 3}, {u"review_result"_s, false}, {u"synthetic"_s, false}}),
             msg(uid(3), u"assistant"_s, u"Why did the tree go to school? To branch out."_s,
                 {{u"review_count"_s, 3}, {u"review_result"_s, true}, {u"synthetic"_s, false}})});
        const QString path = tmp.filePath(u"spam.jsonl"_s);
        QVERIFY(writeAll(path, joinLines({jsonLine(treeObject(prompt, u"ready_for_export"_s))})));
        f.engine->importFile(kLead, path, ImportOptions());

        const QString out = tmp.filePath(u"out.jsonl"_s);
        QCOMPARE(f.engine->exportFile(kLead, out, ExportOptions()).messages, 2);
        {
            READ_JSON_LINES(exported, out);
            QCOMPARE(preorder(exported.value(0).value(u"prompt"_s).toObject()), (QStringList{uid(1), uid(3)}));
        }
        ExportOptions options;
        options.includeSpam = true;
        QCOMPARE(f.engine->exportFile(kLead, out, options).messages, 3);
        READ_JSON_LINES(exported, out);
        const QJsonObject spam = findNode(exported.value(0).value(u"prompt"_s).toObject(), uid(2));
        QCOMPARE(spam.value(u"review_result"_s), QJsonValue(false));
    }

    void exportFiltersByLang()
    {
        EngineFixture f;
        f.addTeam(0);
        QTemporaryDir tmp;
        const QString path = tmp.filePath(u"langs.jsonl"_s);
        QVERIFY(writeAll(path, joinLines({smallTree(1, u"ready_for_export"_s, u"en"_s),
                                          smallTree(3, u"ready_for_export"_s, u"de"_s),
                                          smallTree(5, u"ready_for_export"_s, u"de"_s)})));
        f.engine->importFile(kLead, path, ImportOptions());
        const QString out = tmp.filePath(u"out.jsonl"_s);
        ExportOptions options;
        options.lang = u"de"_s;
        QCOMPARE(f.engine->exportFile(kLead, out, options).trees, 2);
        {
            READ_JSON_LINES(exported, out);
            QCOMPARE(QSet<QString>(byTreeId(exported).keyBegin(), byTreeId(exported).keyEnd()),
                     (QSet<QString>{uid(3), uid(5)}));
            for (const QJsonObject &t : std::as_const(exported))
                QCOMPARE(t.value(u"prompt"_s).toObject().value(u"lang"_s).toString(), u"de"_s);
        }
        options.lang = u"en"_s;
        QCOMPARE(f.engine->exportFile(kLead, out, options).trees, 1);
        READ_JSON_LINES(exported, out);
        QCOMPARE(exported.value(0).value(u"message_tree_id"_s).toString(), uid(1));
    }

    void exportFlatRowsDepthFirst()
    {
        EngineFixture f;
        f.addTeam(0);
        QTemporaryDir tmp;
        f.engine->importFile(kLead, dataFile(u"en_100_tree.jsonl"_s), ImportOptions());
        ExportOptions options;
        options.includeSynthetic = true;
        const QString treesPath = tmp.filePath(u"trees.jsonl"_s);
        f.engine->exportFile(kLead, treesPath, options);
        options.flat = true;
        const QString flatPath = tmp.filePath(u"flat.jsonl"_s);
        const ExportReport r = f.engine->exportFile(kLead, flatPath, options);
        QCOMPARE(r.trees, 100);
        QCOMPARE(r.messages, 1167);

        READ_JSON_LINES(trees, treesPath);
        READ_JSON_LINES(rows, flatPath);
        QCOMPARE(rows.size(), 1167);
        // The rows are the trees, in the same order, each depth-first with its root first.
        QStringList expected;
        for (const QJsonObject &t : std::as_const(trees))
            expected += preorder(t.value(u"prompt"_s).toObject());
        QStringList got;
        QString currentTree;
        QSet<QString> seenInTree;
        for (const QJsonObject &row : std::as_const(rows)) {
            const QString id = row.value(u"message_id"_s).toString();
            const QString tree = row.value(u"message_tree_id"_s).toString();
            QVERIFY2(!tree.isEmpty(), qPrintable(id));
            QCOMPARE(row.value(u"tree_state"_s).toString(), u"ready_for_export"_s);
            QVERIFY2(!row.contains(u"replies"_s), qPrintable(id));
            if (tree != currentTree) {
                // A new tree starts with its root.
                QVERIFY2(!row.contains(u"parent_id"_s), qPrintable(id));
                QCOMPARE(id, tree);
                currentTree = tree;
                seenInTree.clear();
            } else {
                QVERIFY2(seenInTree.contains(row.value(u"parent_id"_s).toString()), qPrintable(id));
            }
            seenInTree.insert(id);
            got << id;
        }
        QCOMPARE(got, expected);
    }

    void exportLimit()
    {
        EngineFixture f;
        f.addTeam(0);
        QTemporaryDir tmp;
        f.engine->importFile(kLead, dataFile(u"en_100_tree.jsonl"_s), ImportOptions());
        ExportOptions options;
        options.includeSynthetic = true;
        options.limit = 7;
        const QString out = tmp.filePath(u"seven.jsonl"_s);
        QCOMPARE(f.engine->exportFile(kLead, out, options).trees, 7);
        QCOMPARE(fileLines(out).size(), 7);
        options.flat = true;
        const ExportReport flat = f.engine->exportFile(kLead, out, options);
        QCOMPARE(flat.trees, 7);
        QCOMPARE(fileLines(out).size(), flat.messages);
        QCOMPARE(f.sql(u"SELECT COUNT(*) FROM message WHERE parent_id IS NULL"_s).toInt(), 100);
    }

    void exportAnonymized()
    {
        EngineFixture f;
        f.addTeam(0);
        QTemporaryDir tmp;
        const QString input = dataFile(u"en_100_tree.jsonl"_s);
        f.engine->importFile(kLead, input, ImportOptions());
        const QString seed = u"pepper-42"_s;
        ExportOptions options;
        options.includeSynthetic = true;
        options.anonymizeSeed = seed;
        const QString out = tmp.filePath(u"anon.jsonl"_s);
        QCOMPARE(f.engine->exportFile(kLead, out, options).trees, 100);

        READ_JSON_LINES(original, input);
        READ_JSON_LINES(exported, out);
        const QHash<QString, QJsonObject> got = byTreeId(exported);
        QCOMPARE(got.size(), 100);
        // One id worked out by hand: the first tree of the file. The tree's anonymous id is its
        // root message's (§10.10: consistently, so that the two still match).
        const QString firstRoot = original.first().value(u"message_tree_id"_s).toString();
        const QString firstTree = QString::fromLatin1(
            QCryptographicHash::hash((u"message:"_s + firstRoot + seed).toUtf8(), QCryptographicHash::Sha256)
                .toHex());
        QVERIFY2(got.contains(firstTree), qPrintable(firstTree));
        QCOMPARE(got.value(firstTree).value(u"prompt"_s).toObject().value(u"message_id"_s).toString(),
                 sha256(u"message"_s, firstRoot, seed));
        // Every id of every tree, parents matching their parent's anonymous id.
        for (const QJsonObject &t : std::as_const(original)) {
            const QString root = t.value(u"message_tree_id"_s).toString();
            const QJsonObject tree = got.value(sha256(u"message"_s, root, seed));
            QVERIFY2(!tree.isEmpty(), qPrintable(root));
            std::function<QString(const QJsonObject &, const QJsonObject &, const QString &)> check =
                [&](const QJsonObject &want, const QJsonObject &node, const QString &parent) -> QString {
                const QString id = want.value(u"message_id"_s).toString();
                if (node.value(u"message_id"_s).toString() != sha256(u"message"_s, id, seed))
                    return u"message %1 has id %2"_s.arg(id, node.value(u"message_id"_s).toString());
                if (node.value(u"parent_id"_s).toString() != parent)
                    return u"message %1 has parent %2, expected %3"_s.arg(id, node.value(u"parent_id"_s).toString(), parent);
                const QList<QJsonObject> w = replies(want), n = replies(node);
                if (w.size() != n.size())
                    return u"message %1 has %2 replies"_s.arg(id).arg(n.size());
                for (qsizetype i = 0; i < w.size(); ++i) {
                    const QString d = check(w[i], n[i], node.value(u"message_id"_s).toString());
                    if (!d.isEmpty())
                        return d;
                }
                return {};
            };
            const QString diff = check(t.value(u"prompt"_s).toObject(), tree.value(u"prompt"_s).toObject(), QString());
            QVERIFY2(diff.isEmpty(), qPrintable(diff));
        }
        // No original id is left anywhere in the file.
        const QByteArray text = readAll(out);
        for (const QJsonObject &t : std::as_const(original)) {
            for (const QString &id : preorder(t.value(u"prompt"_s).toObject()))
                QVERIFY2(!text.contains(id.toLatin1()), qPrintable(id));
        }
    }

    void importedLabelsAndEventsComeBack()
    {
        EngineFixture f;
        f.addTeam(0);
        QTemporaryDir tmp;
        const QString alice = uid(901), bob = uid(902);
        const QJsonObject ranking{{u"type"_s, u"ranking"_s},
                                  {u"user_id"_s, bob},
                                  {u"ranking"_s, QJsonArray{1, 0}},
                                  {u"ranked_message_ids"_s, QJsonArray{uid(3), uid(2)}},
                                  {u"ranking_parent_id"_s, uid(1)},
                                  {u"message_tree_id"_s, uid(1)},
                                  {u"not_rankable"_s, false}};
        const QJsonObject emoji{{u"type"_s, u"emoji"_s}, {u"user_id"_s, bob}, {u"emoji"_s, u"+1"_s}};
        const QJsonObject prompt = withReplies(
            msg(uid(1), u"prompter"_s, u"How do trees drink?"_s,
                {{u"user_id"_s, alice},
                 {u"synthetic"_s, false},
                 {u"labels"_s, QJsonObject{{u"spam"_s, QJsonObject{{u"value"_s, 0.25}, {u"count"_s, 4}}}}},
                 {u"events"_s, QJsonObject{{u"ranking"_s, QJsonArray{ranking}}}}}),
            {msg(uid(2), u"assistant"_s, u"Through their roots."_s,
                 {{u"user_id"_s, bob}, {u"rank"_s, 1}, {u"synthetic"_s, false}}),
             msg(uid(3), u"assistant"_s, u"Roots take up water by osmosis."_s,
                 {{u"user_id"_s, bob}, {u"rank"_s, 0}, {u"synthetic"_s, false},
                  {u"emojis"_s, QJsonObject{{u"+1"_s, 1}}},
                  {u"events"_s, QJsonObject{{u"emoji"_s, QJsonArray{emoji}}}}})});
        const QString path = tmp.filePath(u"events.jsonl"_s);
        QVERIFY(writeAll(path, joinLines({jsonLine(treeObject(prompt, u"ready_for_export"_s))})));
        const ImportReport r = f.engine->importFile(kLead, path, ImportOptions());
        QCOMPARE(r.trees, 1);
        QCOMPARE(r.users, 2);
        QCOMPARE(r.rankings, 1);

        // Plain: the same labels and events.
        const QString out = tmp.filePath(u"out.jsonl"_s);
        QCOMPARE(f.engine->exportFile(kLead, out, ExportOptions()).trees, 1);
        {
            READ_JSON_LINES(exported, out);
            const QJsonObject root = exported.value(0).value(u"prompt"_s).toObject();
            QCOMPARE(root.value(u"user_id"_s).toString(), alice);
            QCOMPARE(root.value(u"labels"_s).toObject().value(u"spam"_s).toObject(),
                     (QJsonObject{{u"value"_s, 0.25}, {u"count"_s, 4}}));
            const QJsonArray rankings = root.value(u"events"_s).toObject().value(u"ranking"_s).toArray();
            QCOMPARE(rankings.size(), 1);
            const QJsonObject e = rankings[0].toObject();
            QCOMPARE(e.value(u"user_id"_s).toString(), bob);
            QCOMPARE(e.value(u"ranked_message_ids"_s).toArray(), (QJsonArray{uid(3), uid(2)}));
            QCOMPARE(e.value(u"ranking_parent_id"_s).toString(), uid(1));
            QCOMPARE(e.value(u"message_tree_id"_s).toString(), uid(1));
            QCOMPARE(e.value(u"not_rankable"_s), QJsonValue(false));
            const QJsonObject best = findNode(root, uid(3));
            QCOMPARE(best.value(u"emojis"_s).toObject(), (QJsonObject{{u"+1"_s, 1}}));
            const QJsonArray emojis = best.value(u"events"_s).toObject().value(u"emoji"_s).toArray();
            QCOMPARE(emojis.size(), 1);
            QCOMPARE(emojis[0].toObject().value(u"user_id"_s).toString(), bob);
        }

        // Anonymized: user ids and every id inside the events too.
        const QString seed = u"salt"_s;
        ExportOptions anon;
        anon.anonymizeSeed = seed;
        f.engine->exportFile(kLead, out, anon);
        READ_JSON_LINES(exported, out);
        QCOMPARE(exported.value(0).value(u"message_tree_id"_s).toString(), sha256(u"message"_s, uid(1), seed));
        const QJsonObject root = exported.value(0).value(u"prompt"_s).toObject();
        QCOMPARE(root.value(u"user_id"_s).toString(), sha256(u"user"_s, alice, seed));
        const QJsonObject e = root.value(u"events"_s).toObject().value(u"ranking"_s).toArray().at(0).toObject();
        QCOMPARE(e.value(u"user_id"_s).toString(), sha256(u"user"_s, bob, seed));
        QCOMPARE(e.value(u"ranked_message_ids"_s).toArray(),
                 (QJsonArray{sha256(u"message"_s, uid(3), seed), sha256(u"message"_s, uid(2), seed)}));
        QCOMPARE(e.value(u"ranking_parent_id"_s).toString(), root.value(u"message_id"_s).toString());
        QCOMPARE(e.value(u"message_tree_id"_s).toString(), sha256(u"message"_s, uid(1), seed));
        const QJsonObject best = findNode(root, sha256(u"message"_s, uid(3), seed));
        QCOMPARE(best.value(u"user_id"_s).toString(), sha256(u"user"_s, bob, seed));
        QCOMPARE(best.value(u"parent_id"_s).toString(), root.value(u"message_id"_s).toString());
        QCOMPARE(best.value(u"events"_s).toObject().value(u"emoji"_s).toArray().at(0).toObject().value(u"user_id"_s).toString(),
                 sha256(u"user"_s, bob, seed));
        for (const QString &raw : {alice, bob, uid(1), uid(2), uid(3)})
            QVERIFY2(!readAll(out).contains(raw.toLatin1()), qPrintable(raw));
    }

    void exportLabelsAndEventsFromWorkflow()
    {
        EngineFixture f;
        f.addTeam(8);
        smallTrees(f);
        QTemporaryDir tmp;
        const QString tree = f.prompt(u"u1"_s, u"What is a binary search tree?"_s);
        QVERIFY(f.review(tree, TaskType::LabelInitialPrompt, {u"u2"_s, u"u3"_s, u"u4"_s}));
        const QString a1 = acceptedReply(f, u"u2"_s, {u"u3"_s, u"u4"_s, u"u5"_s}, u"A BST keeps smaller keys left."_s);
        const QString a2 = acceptedReply(f, u"u3"_s, {u"u4"_s, u"u5"_s, u"u6"_s}, u"It is a sorted binary tree."_s);
        QVERIFY(!a1.isEmpty() && !a2.isEmpty());
        f.engine->addEmoji(u"u7"_s, a1, u"+1"_s);
        QHash<QString, QStringList> votes; // user id → ranking
        for (const QString &ranker : {u"u4"_s, u"u5"_s, u"u1"_s}) {
            const QStringList order = ranker == "u1"_L1 ? QStringList{a1, a2} : QStringList{a2, a1};
            f.rank(ranker, TaskType::RankAssistantReplies, [&](const Task &) { return order; });
            votes.insert(f.engine->user(ranker).id, order);
        }
        QCOMPARE(toString(f.engine->treeState(tree)), u"ready_for_export"_s);

        const QString out = tmp.filePath(u"out.jsonl"_s);
        const ExportReport r = f.engine->exportFile(kLead, out, ExportOptions());
        QCOMPARE(r.trees, 1);
        QCOMPARE(r.messages, 3);
        READ_JSON_LINES(exported, out);
        const QJsonObject root = exported.value(0).value(u"prompt"_s).toObject();
        QCOMPARE(root.value(u"message_id"_s).toString(), tree);
        QCOMPARE(root.value(u"user_id"_s).toString(), f.engine->user(u"u1"_s).id);
        // Labels: the mean and count of the three reviews.
        const QJsonObject labels = root.value(u"labels"_s).toObject();
        QCOMPARE(labels.value(u"spam"_s).toObject(), (QJsonObject{{u"value"_s, 0.0}, {u"count"_s, 3}}));
        QCOMPARE(labels.value(u"lang_mismatch"_s).toObject(), (QJsonObject{{u"value"_s, 0.0}, {u"count"_s, 3}}));
        // Every annotator's own ranking, on the parent.
        const QJsonArray rankings = root.value(u"events"_s).toObject().value(u"ranking"_s).toArray();
        QCOMPARE(rankings.size(), 3);
        QSet<QString> rankers;
        for (const QJsonValue &v : rankings) {
            const QJsonObject e = v.toObject();
            const QString user = e.value(u"user_id"_s).toString();
            QVERIFY2(votes.contains(user), qPrintable(user));
            rankers.insert(user);
            QCOMPARE(e.value(u"type"_s).toString(), u"ranking"_s);
            QCOMPARE(strings(e.value(u"ranked_message_ids"_s).toArray()), votes.value(user));
            QCOMPARE(e.value(u"ranking_parent_id"_s).toString(), tree);
            QCOMPARE(e.value(u"message_tree_id"_s).toString(), tree);
            QCOMPARE(e.value(u"not_rankable"_s), QJsonValue(false));
        }
        QCOMPARE(rankers.size(), 3);
        // Replies by consensus rank: a2 won two votes to one.
        const QList<QJsonObject> answers = replies(root);
        QCOMPARE(answers.size(), 2);
        QCOMPARE(answers[0].value(u"message_id"_s).toString(), a2);
        QCOMPARE(answers[0].value(u"rank"_s).toInt(-1), 0);
        QCOMPARE(answers[1].value(u"rank"_s).toInt(-1), 1);
        QCOMPARE(answers[1].value(u"emojis"_s).toObject(), (QJsonObject{{u"+1"_s, 1}}));
        const QJsonArray emojiEvents = answers[1].value(u"events"_s).toObject().value(u"emoji"_s).toArray();
        QCOMPARE(emojiEvents.size(), 1);
        QCOMPARE(emojiEvents[0].toObject().value(u"user_id"_s).toString(), f.engine->user(u"u7"_s).id);
        QCOMPARE(answers[1].value(u"labels"_s).toObject().value(u"spam"_s).toObject().value(u"count"_s).toInt(), 3);
    }

    void exportGzipByName()
    {
        EngineFixture f;
        f.addTeam(0);
        QTemporaryDir tmp;
        f.engine->importFile(kLead, dataFile(u"en_100_tree.jsonl"_s), ImportOptions());
        ExportOptions options;
        options.includeSynthetic = true;
        const QString plain = tmp.filePath(u"out.jsonl"_s);
        const QString gz = tmp.filePath(u"out.jsonl.gz"_s);
        f.engine->exportFile(kLead, plain, options);
        const ExportReport r = f.engine->exportFile(kLead, gz, options);
        QCOMPARE(r.trees, 100);
        const QByteArray compressed = readAll(gz);
        QVERIFY(isGzip(compressed));
        QCOMPARE(r.bytes, compressed.size());
        QVERIFY(!isGzip(readAll(plain)));
        const QByteArray unzipped = gunzip(compressed);
        QVERIFY(!unzipped.isEmpty());
        QCOMPARE(unzipped, readAll(plain));
        QCOMPARE(fileLines(gz).size(), 100);
    }

    // --- 5. cancel and progress ----------------------------------------------------------

    void cancelledImportChangesNothing()
    {
        EngineFixture f;
        f.addTeam(0);
        const QString before = counts(f);
        ProgressLog log(true);
        ARB_EXPECT_REFUSAL(ErrorCode::Cancelled, f.engine->importFile(kLead, dataFile(u"en_100_tree.jsonl"_s),
                                                                      ImportOptions(), &log.progress));
        QVERIFY(!log.calls.isEmpty());
        QCOMPARE(counts(f), before);
    }

    void cancelledExportLeavesNoFile()
    {
        EngineFixture f;
        f.addTeam(0);
        QTemporaryDir tmp;
        f.engine->importFile(kLead, dataFile(u"en_100_tree.jsonl"_s), ImportOptions());
        ExportOptions options;
        options.includeSynthetic = true;
        const QString fresh = tmp.filePath(u"fresh.jsonl"_s);
        {
            ProgressLog log(true);
            ARB_EXPECT_REFUSAL(ErrorCode::Cancelled, f.engine->exportFile(kLead, fresh, options, &log.progress));
            QVERIFY(!log.calls.isEmpty());
        }
        QVERIFY(!QFileInfo::exists(fresh));
        // An older file of that name stays as it was.
        const QString older = tmp.filePath(u"older.jsonl.gz"_s);
        const QByteArray old = "the previous export\n";
        QVERIFY(writeAll(older, old));
        {
            ProgressLog log(true);
            ARB_EXPECT_REFUSAL(ErrorCode::Cancelled, f.engine->exportFile(kLead, older, options, &log.progress));
        }
        QCOMPARE(readAll(older), old);
        // And no temporary file is left behind.
        QCOMPARE(QDir(tmp.path()).entryList(QDir::Files | QDir::Hidden), (QStringList{u"older.jsonl.gz"_s}));
    }

    void progressEndsWithDoneEqualsTotal()
    {
        EngineFixture f;
        f.addTeam(0);
        QTemporaryDir tmp;
        const QString input = dataFile(u"en_100_tree.jsonl"_s);
        ProgressLog in;
        f.engine->importFile(kLead, input, ImportOptions(), &in.progress);
        QVERIFY(!in.calls.isEmpty());
        QCOMPARE(in.calls.last().first, in.calls.last().second);
        QCOMPARE(in.calls.last().second, QFileInfo(input).size());
        for (const auto &[done, total] : std::as_const(in.calls))
            QVERIFY(done <= total);

        ProgressLog out;
        ExportOptions options;
        options.includeSynthetic = true;
        f.engine->exportFile(kLead, tmp.filePath(u"out.jsonl"_s), options, &out.progress);
        QVERIFY(!out.calls.isEmpty());
        QCOMPARE(out.calls.last(), (std::pair<qint64, qint64>{100, 100}));
    }

    // --- 6. invariants -----------------------------------------------------------------

    void invariantsHoldAfterImports()
    {
        EngineFixture f;
        f.addTeam(0);
        f.engine->importFile(kLead, dataFile(u"en_100_tree.jsonl"_s), ImportOptions());
        f.engine->importFile(kLead, dataFile(u"prompt_lottery_en_250_text.jsonl"_s), ImportOptions());
        QCOMPARE(treeCount(f), 350);
        QCOMPARE(messageCount(f), 1417);
        const InvariantReport report = f.engine->checkInvariants();
        QVERIFY2(report.ok(), qPrintable(report.violations.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(tst_ImportExport)
#include "tst_importexport.moc"
