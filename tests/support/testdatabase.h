#pragma once

#include "store/database.h"
#include "store/dberror.h"

#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace Arborist::Test {

// The backend this test process runs against: ARBORIST_TEST_BACKEND=sqlite|pg (CTest sets it
// for the NAME_sqlite and NAME_pg entries). sqlite when unset.
Backend backend();
QString backendName();

// The CA certificate that signed the test cluster's TLS server certificate (made for 127.0.0.1 and
// localhost by the pg_cluster fixture, the third line of its state file); empty when unknown.
QString pgCaFile();

// Makes a self-signed CA certificate (and its key) that has signed nothing, with openssl, in
// `folder`; returns the certificate's path, or an empty string with *error set.
QString makeUnrelatedCa(const QString &folder, QString *error);

// The same database URL signed in as another login of the test cluster.
QString urlAs(const QString &url, const QString &user, const QString &password);
// The password the tests give a login (the cluster asks every login but postgres for one).
inline QString passwordOf(const QString &name) { return name + QStringLiteral("-Pa55word!"); }

// The DbError fn throws, if any.
template<typename Fn>
std::optional<DbError> dbErrorFrom(Fn &&fn)
{
    try {
        fn();
    } catch (const DbError &error) {
        return error;
    }
    return std::nullopt;
}

// A fresh, empty, migrated database for one test: a new SQLite file in a temporary folder,
// or the test executable's own database on the test cluster with its schema wiped.
// A pg run without a reachable cluster fails the test: it never silently passes.
class TestDatabase
{
public:
    TestDatabase();
    ~TestDatabase();

    const QString &url() const { return m_url; }
    // A new connection (for the current thread) to the same database.
    std::unique_ptr<Database> connect() const;

private:
    QTemporaryDir m_dir;
    QString m_url;
};

} // namespace Arborist::Test
