#pragma once

#include "widgets/session.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace Arborist {

class EngineClient;
class TransferProgress;

// Import into or export from the database in the Open-Assistant formats, with a progress bar
// and Cancel: a cancelled or failed import leaves the database as it was, a cancelled or failed
// export leaves no file (the engine sees to both).
class TransferDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Import, Export };

    TransferDialog(Mode mode, EngineClient &client, const Session &session, QWidget *parent = nullptr);
    ~TransferDialog() override;

    Mode mode() const { return m_mode; }
    void setPath(const QString &path);
    // Starts with the options as set; finished follows.
    void start();
    // Asks the running transfer to stop.
    void cancel();
    bool isRunning() const { return m_running; }

signals:
    // The transfer ended: ok, and the sentence shown.
    void finished(bool ok, const QString &summary);

protected:
    void reject() override; // Close or Escape: cancels a running transfer first

private:
    void browse();
    void setRunning(bool running);

    Mode m_mode;
    EngineClient &m_client;
    Session m_session;
    QLineEdit *m_path;
    // Import.
    QComboBox *m_state = nullptr;
    QCheckBox *m_synthetic = nullptr;
    QCheckBox *m_skipInvalid = nullptr;
    QLineEdit *m_origin = nullptr;
    // Export.
    QComboBox *m_which = nullptr;
    QCheckBox *m_flat = nullptr;
    QCheckBox *m_withSynthetic = nullptr;
    QCheckBox *m_withSpam = nullptr;
    QCheckBox *m_withDeleted = nullptr;
    QLineEdit *m_anonymize = nullptr;
    QLineEdit *m_lang = nullptr;

    QProgressBar *m_bar;
    QLabel *m_result;
    QPushButton *m_start;
    QPushButton *m_cancel;
    TransferProgress *m_progress = nullptr; // lives while a transfer runs
    bool m_running = false;
};

} // namespace Arborist
