#pragma once

// JSON Lines files, plain or gzip-compressed, read and written as a stream: memory stays flat
// however large the file.

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>
#include <QString>

#include <memory>

namespace Arborist {

// Reads a file line by line. A gzip file is recognised by its first bytes, whatever its name
// (concatenated gzip members are read one after the other). Throws WorkflowError (file_error
// when the file cannot be read, invalid_file when its compression is broken).
class LineReader
{
    Q_DECLARE_TR_FUNCTIONS(LineReader)
    Q_DISABLE_COPY_MOVE(LineReader)

public:
    explicit LineReader(const QString &path);
    ~LineReader();

    // The next line without its line break; false at the end of the file.
    bool readLine(QByteArray &line);
    // The number of the line readLine() returned last (1-based).
    int lineNumber() const { return m_lineNumber; }
    // Bytes of the file consumed so far, and its size (for progress).
    qint64 position() const { return m_file.pos(); }
    qint64 size() const { return m_size; }
    bool isCompressed() const { return m_gzip; }

private:
    bool fill(); // reads and decompresses more; false at the end
    QString m_path;
    QFile m_file;
    qint64 m_size = 0;
    bool m_gzip = false;
    bool m_eof = false;
    struct Inflater;
    std::unique_ptr<Inflater> m_inflater;
    QByteArray m_buffer;
    qsizetype m_start = 0;
    int m_lineNumber = 0;
};

// Writes a file through a temporary one that replaces it only on commit(): an export that
// fails or is cancelled leaves no half-written file behind (and an older file of the same name
// untouched). Compressed with gzip when the name ends in ".gz". "-" writes to standard output.
class LineWriter
{
    Q_DECLARE_TR_FUNCTIONS(LineWriter)
    Q_DISABLE_COPY_MOVE(LineWriter)

public:
    explicit LineWriter(const QString &path);
    ~LineWriter(); // without commit(): the temporary file is removed

    // Appends bytes (lines with their line breaks).
    void write(const QByteArray &data);
    void commit();
    qint64 bytesWritten() const { return m_written; }

private:
    void writeRaw(const char *data, qint64 size);
    void deflateSome(const QByteArray &data, bool finish);
    QString m_path;
    std::unique_ptr<QSaveFile> m_save;
    std::unique_ptr<QFile> m_stdout;
    QIODevice *m_device = nullptr;
    struct Deflater;
    std::unique_ptr<Deflater> m_deflater;
    QByteArray m_pending;
    qint64 m_written = 0;
    bool m_committed = false;
};

} // namespace Arborist
