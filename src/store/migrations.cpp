#include "store/migrations.h"

#include <QFile>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Arborist {

namespace {
const QStringList &files()
{
    static const QStringList list = {u":/sql/0001_initial.sql"_s, u":/sql/0002_imports.sql"_s,
                                     u":/sql/0003_settings_revision.sql"_s, u":/sql/0004_prompt_search.sql"_s,
                                     u":/sql/0005_dashboard.sql"_s};
    return list;
}

struct Statement
{
    QString sql;
    std::optional<Backend> only; // from a line "--@sqlite" or "--@postgresql"
};

QList<Statement> parseFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("Arborist: the built-in SQL script %s is missing", qPrintable(file.fileName()));
    const QString text = QString::fromUtf8(file.readAll());
    QList<Statement> result;
    static const QRegularExpression separator(u"^;\\s*$"_s, QRegularExpression::MultilineOption);
    for (const QString &part : text.split(separator)) {
        Statement statement;
        QStringList lines;
        for (const QString &line : part.split(u'\n')) {
            const QString trimmed = line.trimmed();
            if (trimmed == "--@sqlite"_L1)
                statement.only = Backend::Sqlite;
            else if (trimmed == "--@postgresql"_L1)
                statement.only = Backend::Postgres;
            else if (!trimmed.startsWith("--"_L1)) // other comment lines go
                lines << line;
        }
        statement.sql = lines.join(u'\n').trimmed();
        if (!statement.sql.isEmpty())
            result << statement;
    }
    return result;
}

QList<Statement> parse(int version) { return parseFile(files().at(version - 1)); }
} // namespace

int Migrations::count() { return int(files().size()); }

QStringList Migrations::statements(int version)
{
    QStringList result;
    for (const Statement &s : parse(version))
        result << s.sql;
    return result;
}

QStringList Migrations::script(const QString &resource, Backend backend)
{
    QStringList result;
    for (const Statement &s : parseFile(resource)) {
        if (!s.only || *s.only == backend)
            result << s.sql;
    }
    return result;
}

QStringList Migrations::statements(int version, Backend backend)
{
    QStringList result;
    for (const Statement &s : parse(version)) {
        if (!s.only || *s.only == backend)
            result << s.sql;
    }
    return result;
}

} // namespace Arborist
