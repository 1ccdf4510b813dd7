#pragma once

#include "widgets/session.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableView;

namespace Arborist {

class EngineClient;
class SettingsModel;

// The lead's editor of the workflow settings: every setting with its value, default and what it
// does; entries are checked as they are made and each saved change is audited by the engine.
class SettingsDialog final : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(EngineClient &client, const Session &session, QWidget *parent = nullptr);

    SettingsModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // Sends every change; savedAll follows when all went through.
    void save();

signals:
    void loaded();
    void savedAll();

private:
    void setMessage(const QString &text);

    EngineClient &m_client;
    Session m_session;
    SettingsModel *m_model;
    QTableView *m_view;
    QLabel *m_message;
    QPushButton *m_save;
    int m_outstanding = 0;
    bool m_failed = false;
};

} // namespace Arborist
