#include "widgets/aboutdialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLibraryInfo>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Arborist {

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("About Arborist"));

    auto *icon = new QLabel(this);
    const QIcon appIcon = QApplication::windowIcon();
    if (!appIcon.isNull())
        icon->setPixmap(appIcon.pixmap(64, 64));
    icon->setAlignment(Qt::AlignTop);

    auto *name = new QLabel(u"<h2>Arborist</h2>"_s, this);
    auto *version = new QLabel(tr("Version %1").arg(QStringLiteral(ARBORIST_VERSION)), this);
    version->setObjectName(u"aboutVersion"_s);
    version->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *description = new QLabel(
        tr("A desktop workstation for collecting conversation data to train chat models: write "
           "prompts and replies, label messages, rank replies, and export the finished trees in "
           "the Open-Assistant format."),
        this);
    description->setWordWrap(true);

    auto *heading = new QVBoxLayout;
    heading->addWidget(name);
    heading->addWidget(version);
    heading->addWidget(description);
    auto *top = new QHBoxLayout;
    top->addWidget(icon);
    top->addLayout(heading, 1);

    auto *licenseLabel = new QLabel(tr("Arborist is free software under the MIT License:"), this);
    // The file's paragraphs, each on one line, so that they wrap to the dialog's width.
    QStringList paragraphs = licenseText().split(u"\n\n"_s, Qt::SkipEmptyParts);
    for (QString &paragraph : paragraphs)
        paragraph = paragraph.simplified();
    auto *license = new QPlainTextEdit(paragraphs.join(u"\n\n"_s), this);
    license->setObjectName(u"aboutLicense"_s);
    license->setReadOnly(true);
    license->setMinimumHeight(180);

    auto *qtNote = new QLabel(
        tr("Built with Qt %1, running on Qt %2. Qt is used under the GNU Lesser General Public "
           "License version 3 (LGPLv3); Arborist links it dynamically, so its Qt libraries can be "
           "replaced. See <a href=\"https://www.qt.io/licensing/\">qt.io/licensing</a>.")
            .arg(QStringLiteral(QT_VERSION_STR), QLibraryInfo::version().toString()),
        this);
    qtNote->setObjectName(u"aboutQtNote"_s);
    qtNote->setWordWrap(true);
    qtNote->setOpenExternalLinks(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *aboutQt = buttons->addButton(tr("About &Qt"), QDialogButtonBox::ActionRole);
    aboutQt->setObjectName(u"aboutQtButton"_s);
    connect(aboutQt, &QPushButton::clicked, this, [this] { QMessageBox::aboutQt(this); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addSpacing(8);
    layout->addWidget(licenseLabel);
    layout->addWidget(license, 1);
    layout->addWidget(qtNote);
    layout->addWidget(buttons);
    resize(560, 520);
}

QString AboutDialog::licenseText()
{
    QFile file(u":/about/LICENSE"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

} // namespace Arborist
