#pragma once

#include <QByteArray>
#include <QString>

namespace Arborist {

// Appends compact JSON to a byte array, keys in the order they are written (QJsonObject would
// sort them). Exports write Open-Assistant's field order this way, and much faster than
// through QJsonDocument. The caller keeps the structure well formed; commas are automatic.
class JsonWriter
{
public:
    explicit JsonWriter(QByteArray &out) : m_out(out) {}

    void beginObject() { separate(); m_out += '{'; m_first = true; }
    void endObject() { m_out += '}'; m_first = false; }
    void beginArray() { separate(); m_out += '['; m_first = true; }
    void endArray() { m_out += ']'; m_first = false; }

    // A key inside an object; the next call writes its value.
    void key(const char *name);
    // A key that may need escaping (emoji and label names from a file).
    void key(const QString &name);

    void value(const QString &text);
    void value(const char *latin1);
    void value(qint64 number);
    void value(int number) { value(qint64(number)); }
    void value(double number);
    void value(bool flag);
    void null();

    // key(name) followed by value(v).
    template<typename T>
    void field(const char *name, const T &v)
    {
        key(name);
        value(v);
    }

    // Appends text as a JSON string literal (quotes included).
    static void appendString(QByteArray &out, const QString &text);

private:
    void separate();

    QByteArray &m_out;
    bool m_first = true;
    bool m_afterKey = false;
};

} // namespace Arborist
