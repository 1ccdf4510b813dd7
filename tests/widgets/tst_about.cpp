// Help > About Arborist in the real main window: the version from project(VERSION), the
// license from LICENSE, the note on Qt's license, and Qt's own About box. No database needed.
// With ARBORIST_ABOUT_SCREENSHOT=file.png the dialog is also saved as a picture.

#include "widgets/aboutdialog.h"
#include "widgets/mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLibraryInfo>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Arborist;

class TestAbout : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        // The icon src/app sets on the real program, so that the dialog shows it here too.
        const QString icon = QFINDTESTDATA("../../packaging/icons/hicolor/64x64/apps/org.arborist.Arborist.png");
        QVERIFY(!icon.isEmpty());
        QApplication::setWindowIcon(QIcon(icon));
    }

    void helpMenuOpensAbout()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // The Help menu is in the menu bar, with both entries.
        auto *help = window.menuBar()->findChild<QMenu *>(u"helpMenu"_s);
        QVERIFY(help);
        QVERIFY(window.menuBar()->actions().contains(help->menuAction()));
        auto *about = help->findChild<QAction *>(u"aboutAction"_s);
        auto *aboutQt = help->findChild<QAction *>(u"aboutQtAction"_s);
        QVERIFY(about && aboutQt);
        QVERIFY(help->actions().contains(about));
        QVERIFY(help->actions().contains(aboutQt));

        about->trigger();
        AboutDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<AboutDialog *>()) && dialog->isVisible());
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        // A second click brings the same window forward.
        about->trigger();
        QCOMPARE(window.findChildren<AboutDialog *>().size(), 1);

        auto *version = dialog->findChild<QLabel *>(u"aboutVersion"_s);
        QVERIFY(version);
        QVERIFY2(version->text().contains(QStringLiteral(ARBORIST_VERSION)), qPrintable(version->text()));
        QCOMPARE(QStringLiteral(ARBORIST_VERSION), u"0.1.0"_s);

        auto *license = dialog->findChild<QPlainTextEdit *>(u"aboutLicense"_s);
        QVERIFY(license);
        QVERIFY(license->isReadOnly());
        const QString text = license->toPlainText();
        QVERIFY(text.startsWith(u"MIT License"_s));
        QVERIFY(text.contains(u"Copyright (c) 2026 The Arborist authors"_s));
        QVERIFY(text.contains(u"Permission is hereby granted, free of charge"_s));
        QCOMPARE(text.simplified(), AboutDialog::licenseText().simplified());

        auto *qtNote = dialog->findChild<QLabel *>(u"aboutQtNote"_s);
        QVERIFY(qtNote);
        QVERIFY(qtNote->text().contains(u"LGPLv3"_s));
        QVERIFY(qtNote->text().contains(QLibraryInfo::version().toString()));

        if (const QString file = qEnvironmentVariable("ARBORIST_ABOUT_SCREENSHOT"); !file.isEmpty())
            QVERIFY(dialog->grab().save(file));

        // About Qt opens Qt's own box (modal: closed from the event loop once it shows).
        auto *aboutQtButton = dialog->findChild<QPushButton *>(u"aboutQtButton"_s);
        QVERIFY(aboutQtButton);
        QString shownTitle;
        QTimer::singleShot(0, this, [&shownTitle] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
                shownTitle = box->windowTitle();
                box->accept();
            }
        });
        aboutQtButton->click();
        QVERIFY2(shownTitle.contains(u"Qt"_s), qPrintable(shownTitle));

        dialog->close();
        QTRY_VERIFY(!window.findChild<AboutDialog *>());
    }
};

QTEST_MAIN(TestAbout)
#include "tst_about.moc"
