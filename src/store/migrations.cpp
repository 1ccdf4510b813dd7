#include "store/migrations.h"

#include <QFile>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Arborist {

namespace {
const QStringList &files()
{
    static const QStringList list = {u":/sql/0001_initial.sql"_s, u":/sql/0002_imports.sql"_s,
                                       u":/sql/0003_settings_revision.sql"_s};
    return list;
}
} // namespace

int Migrations::count() { return int(files().size()); }

QStringList Migrations::statements(int version)
{
    QFile file(files().at(version - 1));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("Arborist: the built-in migration %s is missing", qPrintable(file.fileName()));
    const QString text = QString::fromUtf8(file.readAll());
    QStringList result;
    static const QRegularExpression separator(u"^;\\s*$"_s, QRegularExpression::MultilineOption);
    for (QString part : text.split(separator)) {
        // Drop comment lines.
        QStringList lines;
        for (const QString &line : part.split(u'\n')) {
            if (!line.trimmed().startsWith("--"_L1))
                lines << line;
        }
        const QString statement = lines.join(u'\n').trimmed();
        if (!statement.isEmpty())
            result << statement;
    }
    return result;
}

} // namespace Arborist
