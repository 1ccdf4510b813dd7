#include "widgets/transferdialog.h"

#include "engine/engine.h"
#include "engine/engineclient.h"
#include "widgets/treebrowser.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Arborist {

TransferDialog::TransferDialog(Mode mode, EngineClient &client, const Session &session, QWidget *parent)
    : QDialog(parent), m_mode(mode), m_client(client), m_session(session)
{
    const bool importing = mode == Mode::Import;
    setWindowTitle(importing ? tr("Import Open-Assistant data") : tr("Export Open-Assistant data"));
    m_path = new QLineEdit(this);
    m_path->setObjectName(u"pathEdit"_s);
    m_path->setPlaceholderText(importing ? tr("a .jsonl or .jsonl.gz file") : tr("where to write (.jsonl, or .jsonl.gz to compress)"));
    auto *browseButton = new QPushButton(tr("Browse…"), this);
    connect(browseButton, &QPushButton::clicked, this, &TransferDialog::browse);
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browseButton);

    auto *form = new QFormLayout;
    form->addRow(tr("File:"), pathRow);
    if (importing) {
        m_state = new QComboBox(this);
        m_state->setObjectName(u"stateBox"_s);
        m_state->addItem(tr("as Open-Assistant's importer did (prompts to the lottery, trees to ranking)"), QString());
        for (const QString &name : allTreeStateNames()) {
            const std::optional<TreeState> state = treeStateFromString(name);
            m_state->addItem(state ? TreeBrowser::stateTitle(*state) : name, name);
        }
        m_synthetic = new QCheckBox(tr("Messages that do not say count as &synthetic"), this);
        m_skipInvalid = new QCheckBox(tr("Skip &bad lines and list them (otherwise the first bad line stops the import)"), this);
        m_skipInvalid->setObjectName(u"skipInvalidBox"_s);
        m_origin = new QLineEdit(this);
        m_origin->setPlaceholderText(tr("import:<file name>"));
        form->addRow(tr("Trees without a state:"), m_state);
        form->addRow(QString(), m_synthetic);
        form->addRow(QString(), m_skipInvalid);
        form->addRow(tr("Origin recorded:"), m_origin);
    } else {
        m_which = new QComboBox(this);
        m_which->setObjectName(u"whichBox"_s);
        m_which->addItem(tr("finished trees (%1)", "%1: the state's name, Ready for export")
                             .arg(TreeBrowser::stateTitle(TreeState::ReadyForExport)),
                         u"ready"_s);
        m_which->addItem(tr("every tree, whatever its state"), u"all"_s);
        m_lang = new QLineEdit(this);
        m_lang->setPlaceholderText(tr("every language"));
        m_flat = new QCheckBox(tr("&Flat message rows (as oasst1/oasst2 on Hugging Face) instead of tree objects"), this);
        m_withSynthetic = new QCheckBox(tr("Include trees with &synthetic messages"), this);
        m_withSpam = new QCheckBox(tr("Include messages not &accepted by review"), this);
        m_withDeleted = new QCheckBox(tr("Include &deleted messages"), this);
        m_withSynthetic->setObjectName(u"withSyntheticBox"_s);
        m_withSpam->setObjectName(u"withSpamBox"_s);
        m_withDeleted->setObjectName(u"withDeletedBox"_s);
        m_anonymize = new QLineEdit(this);
        m_anonymize->setObjectName(u"anonymizeEdit"_s);
        m_anonymize->setPlaceholderText(tr("a secret seed to replace ids and user ids (empty: keep them)"));
        form->addRow(tr("Trees:"), m_which);
        form->addRow(tr("Language:"), m_lang);
        form->addRow(QString(), m_flat);
        form->addRow(QString(), m_withSynthetic);
        form->addRow(QString(), m_withSpam);
        form->addRow(QString(), m_withDeleted);
        form->addRow(tr("Anonymize:"), m_anonymize);
    }

    m_bar = new QProgressBar(this);
    m_bar->setObjectName(u"progressBar"_s);
    m_bar->setRange(0, 1000);
    m_bar->setValue(0);
    m_result = new QLabel(this);
    m_result->setObjectName(u"resultLabel"_s);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(this);
    m_start = buttons->addButton(importing ? tr("&Import") : tr("&Export"), QDialogButtonBox::AcceptRole);
    m_start->setObjectName(u"startButton"_s);
    m_cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::ActionRole);
    m_cancel->setObjectName(u"cancelButton"_s);
    m_cancel->setEnabled(false);
    buttons->addButton(QDialogButtonBox::Close);
    connect(m_start, &QPushButton::clicked, this, &TransferDialog::start);
    connect(m_cancel, &QPushButton::clicked, this, &TransferDialog::cancel);
    connect(buttons, &QDialogButtonBox::rejected, this, &TransferDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_bar);
    layout->addWidget(m_result, 1);
    layout->addWidget(buttons);
    resize(720, 420);
}

TransferDialog::~TransferDialog()
{
    // A transfer still running (the window closes) is cancelled; the job keeps its progress
    // object alive until it stops.
    if (m_progress)
        m_progress->cancel();
}

void TransferDialog::setPath(const QString &path) { m_path->setText(path); }

void TransferDialog::browse()
{
    const QString filter = tr("Open-Assistant JSON Lines (*.jsonl *.jsonl.gz *.json);;All files (*)");
    const QString path = m_mode == Mode::Import ? QFileDialog::getOpenFileName(this, windowTitle(), m_path->text(), filter)
                                                : QFileDialog::getSaveFileName(this, windowTitle(), m_path->text(), filter);
    if (!path.isEmpty())
        m_path->setText(path);
}

void TransferDialog::setRunning(bool running)
{
    m_running = running;
    m_start->setEnabled(!running);
    m_cancel->setEnabled(running);
}

void TransferDialog::start()
{
    const QString path = m_path->text().trimmed();
    if (path.isEmpty()) {
        m_result->setText(tr("Choose the file first."));
        return;
    }
    setRunning(true);
    m_result->setText(m_mode == Mode::Import ? tr("Importing…") : tr("Exporting…"));
    m_bar->setValue(0);
    // The progress object is shared with the job on the worker thread; whichever side lets go
    // last, it is deleted on this (its own) thread.
    std::shared_ptr<TransferProgress> progress(new TransferProgress, [](TransferProgress *p) { p->deleteLater(); });
    m_progress = progress.get();
    connect(progress.get(), &TransferProgress::progress, this, [this](qint64 done, qint64 total) {
        m_bar->setValue(total > 0 ? int(done * 1000 / total) : 0);
    }, Qt::QueuedConnection);
    const QString actor = m_session.userName;
    auto fail = [this](const EngineFailure &failure) {
        m_progress = nullptr;
        setRunning(false);
        m_bar->setValue(0);
        m_result->setText(failure.message);
        emit finished(false, failure.message);
    };
    if (m_mode == Mode::Import) {
        ImportOptions options;
        if (const QString state = m_state->currentData().toString(); !state.isEmpty())
            options.defaultState = treeStateFromString(state);
        options.synthetic = m_synthetic->isChecked();
        options.skipInvalid = m_skipInvalid->isChecked();
        options.origin = m_origin->text().trimmed();
        options.lang = m_session.lang;
        m_client.run(this,
                     [actor, path, options, progress](Engine &engine) {
                         return engine.importFile(actor, path, options, progress.get());
                     },
                     [this](const ImportReport &r) {
                         m_progress = nullptr;
                         setRunning(false);
                         m_bar->setValue(1000);
                         QString text = tr("Imported %n tree(s)", "", r.trees) + u", "_s
                             + tr("%n message(s)", "", r.messages) + u", "_s + tr("%n ranking(s)", "", r.rankings)
                             + u" "_s + tr("in %1 s.").arg(r.seconds, 0, 'f', 1);
                         if (!r.skipped.isEmpty())
                             text += u"\n"_s + tr("Skipped:") + u"\n"_s + r.skipped.join(u'\n');
                         m_result->setText(text);
                         emit finished(true, text);
                     },
                     fail);
    } else {
        ExportOptions options;
        options.allStates = m_which->currentData().toString() == "all"_L1;
        options.lang = m_lang->text().trimmed();
        options.flat = m_flat->isChecked();
        options.includeSynthetic = m_withSynthetic->isChecked();
        options.includeSpam = m_withSpam->isChecked();
        options.includeDeleted = m_withDeleted->isChecked();
        if (!m_anonymize->text().isEmpty())
            options.anonymizeSeed = m_anonymize->text();
        m_client.run(this,
                     [actor, path, options, progress](Engine &engine) {
                         return engine.exportFile(actor, path, options, progress.get());
                     },
                     [this](const ExportReport &r) {
                         m_progress = nullptr;
                         setRunning(false);
                         m_bar->setValue(1000);
                         const QString text = tr("Exported %n tree(s)", "", r.trees) + u", "_s
                             + tr("%n message(s)", "", r.messages) + u" "_s
                             + tr("(%1 MB) in %2 s.").arg(double(r.bytes) / 1e6, 0, 'f', 1).arg(r.seconds, 0, 'f', 1);
                         m_result->setText(text);
                         emit finished(true, text);
                     },
                     fail);
    }
}

void TransferDialog::cancel()
{
    if (m_progress)
        m_progress->cancel();
}

void TransferDialog::reject()
{
    if (m_running) {
        cancel(); // the dialog stays until the engine has stopped and said so
        return;
    }
    QDialog::reject();
}

} // namespace Arborist
