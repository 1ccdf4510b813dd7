#pragma once

#include "widgets/answereditor.h"

class QCheckBox;
class QListView;
class QSplitter;
class QStackedWidget;
class QTextBrowser;

namespace Arborist {

class RankingModel;

// Ranks sibling replies: a list to drag (or move with Ctrl+Up/Down and digits), the current
// reply in full beside it, or two selected replies side by side, and "none of these is
// acceptable".
class RankEditor final : public AnswerEditor
{
    Q_OBJECT

public:
    explicit RankEditor(QWidget *parent = nullptr);

    void setTask(const Task &task) override;
    QJsonObject answer() const override;
    void restore(const QJsonObject &answer) override;
    QString problem() const override;
    void focusFirst() override;

    RankingModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    // Shows the two selected replies side by side (C), or the current one alone again.
    void toggleCompare();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showCurrent();

    RankingModel *m_model;
    QListView *m_view;
    QStackedWidget *m_detail;
    QTextBrowser *m_single;
    QTextBrowser *m_left;
    QTextBrowser *m_right;
    QCheckBox *m_notRankable;
};

} // namespace Arborist
