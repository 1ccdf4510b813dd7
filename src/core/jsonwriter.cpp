#include "core/jsonwriter.h"

#include <charconv>
#include <cmath>

namespace Arborist {

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first)
        m_out += ',';
    m_first = false;
}

void JsonWriter::key(const char *name)
{
    separate();
    m_out += '"';
    m_out += name; // keys are ASCII identifiers
    m_out += "\":";
    m_afterKey = true;
}

void JsonWriter::key(const QString &name)
{
    separate();
    appendString(m_out, name);
    m_out += ':';
    m_afterKey = true;
}

void JsonWriter::value(const QString &text)
{
    separate();
    appendString(m_out, text);
}

void JsonWriter::value(const char *latin1)
{
    value(QString::fromLatin1(latin1));
}

void JsonWriter::value(qint64 number)
{
    separate();
    m_out += QByteArray::number(number);
}

void JsonWriter::value(double number)
{
    separate();
    if (!std::isfinite(number)) {
        m_out += "null";
        return;
    }
    // The shortest text that reads back as the same double (Python writes the same digits, but
    // 0.0001 where this writes 1e-04).
    char buffer[32];
    const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, number);
    if (ec != std::errc()) {
        m_out += QByteArray::number(number, 'g', 17);
        return;
    }
    const QByteArray text(buffer, int(end - buffer));
    m_out += text;
    // Keep it a float for readers that tell 1 from 1.0 (Python does).
    if (!text.contains('.') && !text.contains('e') && !text.contains('n') && !text.contains('i'))
        m_out += ".0";
}

void JsonWriter::value(bool flag)
{
    separate();
    m_out += flag ? "true" : "false";
}

void JsonWriter::null()
{
    separate();
    m_out += "null";
}

void JsonWriter::appendString(QByteArray &out, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    out.reserve(out.size() + utf8.size() + 2);
    out += '"';
    static const char hex[] = "0123456789abcdef";
    const char *begin = utf8.constData();
    const char *runStart = begin;
    const char *end = begin + utf8.size();
    for (const char *p = begin; p != end; ++p) {
        const unsigned char c = static_cast<unsigned char>(*p);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(runStart, int(p - runStart));
        runStart = p + 1;
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
            out += "\\u00";
            out += hex[c >> 4];
            out += hex[c & 0xf];
        }
    }
    out.append(runStart, int(end - runStart));
    out += '"';
}

} // namespace Arborist
