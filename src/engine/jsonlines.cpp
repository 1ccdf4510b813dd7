#include "engine/jsonlines.h"

#include "core/errors.h"

#include <QDir>
#include <QFileInfo>

#include <zlib.h>

#include <cstdio>

namespace Arborist {

namespace {
constexpr qint64 kChunk = 1 << 18;          // read 256 KiB of the file at a time
constexpr qsizetype kWriteBuffer = 1 << 20; // write 1 MiB at a time
} // namespace

struct LineReader::Inflater
{
    z_stream z{};
    QByteArray in;
    bool open = false;
    bool atMemberStart = true; // the next byte should begin a gzip member
    ~Inflater()
    {
        if (open)
            inflateEnd(&z);
    }
};

LineReader::LineReader(const QString &path) : m_path(path), m_file(path)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        throw WorkflowError(ErrorCode::FileError,
                            tr("There is no file %1; check the name and the folder.").arg(QDir::toNativeSeparators(path)));
    }
    if (info.isDir())
        throw WorkflowError(ErrorCode::FileError, tr("%1 is a folder, not a file.").arg(QDir::toNativeSeparators(path)));
    if (!m_file.open(QIODevice::ReadOnly)) {
        throw WorkflowError(ErrorCode::FileError,
                            tr("Cannot read %1: %2.").arg(QDir::toNativeSeparators(path), m_file.errorString()));
    }
    m_size = m_file.size();
    const QByteArray magic = m_file.peek(2);
    m_gzip = magic.size() == 2 && uchar(magic[0]) == 0x1f && uchar(magic[1]) == 0x8b;
    if (m_gzip) {
        m_inflater = std::make_unique<Inflater>();
        if (inflateInit2(&m_inflater->z, 16 + MAX_WBITS) != Z_OK)
            throw WorkflowError(ErrorCode::FileError, tr("Cannot start decompressing %1.").arg(path));
        m_inflater->open = true;
    }
}

LineReader::~LineReader() = default;

bool LineReader::fill()
{
    if (m_eof)
        return false;
    if (m_start > 0) {
        m_buffer.remove(0, m_start);
        m_start = 0;
    }
    if (!m_gzip) {
        const QByteArray chunk = m_file.read(kChunk);
        if (chunk.isEmpty()) {
            if (m_file.error() != QFileDevice::NoError)
                throw WorkflowError(ErrorCode::FileError, tr("Cannot read %1: %2.").arg(m_path, m_file.errorString()));
            m_eof = true;
            return false;
        }
        m_buffer += chunk;
        return true;
    }
    Inflater &inf = *m_inflater;
    for (;;) {
        if (inf.z.avail_in == 0) {
            inf.in = m_file.read(kChunk);
            if (inf.in.isEmpty()) {
                m_eof = true;
                // A stream that ends inside a gzip member is cut short.
                if (inf.z.total_in > 0)
                    throw WorkflowError(ErrorCode::InvalidFile,
                                        tr("%1 ends in the middle of its compressed data; the file is incomplete.")
                                            .arg(m_path));
                return false;
            }
            inf.z.next_in = reinterpret_cast<Bytef *>(inf.in.data());
            inf.z.avail_in = uInt(inf.in.size());
        }
        if (inf.atMemberStart && *inf.z.next_in != 0x1f) {
            // Bytes after the last member (zero padding, trailing garbage) are ignored, as
            // gzip -d ignores them.
            m_eof = true;
            return false;
        }
        const qsizetype before = m_buffer.size();
        m_buffer.resize(before + kChunk);
        inf.z.next_out = reinterpret_cast<Bytef *>(m_buffer.data() + before);
        inf.z.avail_out = uInt(kChunk);
        const int rc = inflate(&inf.z, Z_NO_FLUSH);
        m_buffer.resize(before + (kChunk - qsizetype(inf.z.avail_out)));
        inf.atMemberStart = false;
        if (rc == Z_STREAM_END) {
            // Another gzip member may follow (as `cat a.gz b.gz` makes).
            inflateReset(&inf.z);
            inf.z.total_in = 0;
            inf.atMemberStart = true;
        } else if (rc != Z_OK && rc != Z_BUF_ERROR) {
            throw WorkflowError(ErrorCode::InvalidFile,
                                tr("%1 is not valid gzip data (%2).")
                                    .arg(m_path, QString::fromLatin1(inf.z.msg ? inf.z.msg : "corrupt data")));
        }
        if (m_buffer.size() > before)
            return true;
    }
}

bool LineReader::readLine(QByteArray &line)
{
    qsizetype searchFrom = m_start;
    for (;;) {
        const qsizetype newline = m_buffer.indexOf('\n', searchFrom);
        if (newline >= 0) {
            qsizetype end = newline;
            if (end > m_start && m_buffer.at(end - 1) == '\r')
                --end;
            line = m_buffer.mid(m_start, end - m_start);
            m_start = newline + 1;
            ++m_lineNumber;
            return true;
        }
        searchFrom = m_buffer.size();
        const qsizetype consumed = m_start;
        if (!fill()) {
            if (m_start < m_buffer.size()) {
                line = m_buffer.mid(m_start);
                if (line.endsWith('\r'))
                    line.chop(1);
                m_start = m_buffer.size();
                ++m_lineNumber;
                return true;
            }
            return false;
        }
        searchFrom -= consumed; // fill() dropped the consumed bytes
    }
}

struct LineWriter::Deflater
{
    z_stream z{};
    bool open = false;
    ~Deflater()
    {
        if (open)
            deflateEnd(&z);
    }
};

LineWriter::LineWriter(const QString &path) : m_path(path)
{
    if (path == QLatin1StringView("-")) {
        m_stdout = std::make_unique<QFile>();
        if (!m_stdout->open(stdout, QIODevice::WriteOnly))
            throw WorkflowError(ErrorCode::FileError, tr("Cannot write to standard output."));
        m_device = m_stdout.get();
    } else {
        const QFileInfo info(path);
        if (info.isDir())
            throw WorkflowError(ErrorCode::FileError, tr("%1 is a folder; give a file name.").arg(QDir::toNativeSeparators(path)));
        if (!info.dir().exists()) {
            throw WorkflowError(ErrorCode::FileError,
                                tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(info.absolutePath())));
        }
        m_save = std::make_unique<QSaveFile>(path);
        if (!m_save->open(QIODevice::WriteOnly)) {
            throw WorkflowError(ErrorCode::FileError,
                                tr("Cannot write %1: %2.").arg(QDir::toNativeSeparators(path), m_save->errorString()));
        }
        m_device = m_save.get();
    }
    if (path.endsWith(QLatin1StringView(".gz"), Qt::CaseInsensitive)) {
        m_deflater = std::make_unique<Deflater>();
        // Level 6 (zlib's default), gzip wrapper.
        if (deflateInit2(&m_deflater->z, 6, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK)
            throw WorkflowError(ErrorCode::FileError, tr("Cannot start compressing %1.").arg(path));
        m_deflater->open = true;
    }
    m_pending.reserve(kWriteBuffer + kWriteBuffer / 4);
}

LineWriter::~LineWriter()
{
    if (m_save && !m_committed)
        m_save->cancelWriting(); // QSaveFile then removes its temporary file
}

void LineWriter::writeRaw(const char *data, qint64 size)
{
    if (m_device->write(data, size) != size) {
        throw WorkflowError(ErrorCode::FileError,
                            tr("Cannot write %1: %2 (is the disk full?).").arg(m_path, m_device->errorString()));
    }
    m_written += size;
}

void LineWriter::deflateSome(const QByteArray &data, bool finish)
{
    z_stream &z = m_deflater->z;
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = uInt(data.size());
    char out[1 << 16];
    for (;;) {
        z.next_out = reinterpret_cast<Bytef *>(out);
        z.avail_out = sizeof out;
        const int rc = deflate(&z, finish ? Z_FINISH : Z_NO_FLUSH);
        if (rc == Z_STREAM_ERROR)
            throw WorkflowError(ErrorCode::FileError, tr("Compressing %1 failed.").arg(m_path));
        writeRaw(out, qint64(sizeof out - z.avail_out));
        if (finish ? rc == Z_STREAM_END : (z.avail_in == 0 && z.avail_out != 0))
            break;
    }
}

void LineWriter::write(const QByteArray &data)
{
    m_pending += data;
    if (m_pending.size() < kWriteBuffer)
        return;
    if (m_deflater)
        deflateSome(m_pending, false);
    else
        writeRaw(m_pending.constData(), m_pending.size());
    m_pending.clear();
}

void LineWriter::commit()
{
    if (m_deflater)
        deflateSome(m_pending, true);
    else if (!m_pending.isEmpty())
        writeRaw(m_pending.constData(), m_pending.size());
    m_pending.clear();
    if (m_save) {
        if (!m_save->commit()) {
            throw WorkflowError(ErrorCode::FileError,
                                tr("Cannot save %1: %2.").arg(QDir::toNativeSeparators(m_path), m_save->errorString()));
        }
    } else {
        m_stdout->flush();
    }
    m_committed = true;
}

} // namespace Arborist
