#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Arborist {

// How a label is asked for (WORKFLOW.md §4.1–4.2).
enum class LabelWidget { YesNo, Flag, Likert };
QString toString(LabelWidget widget);

struct LabelInfo
{
    QString name;
    LabelWidget widget;
    QString displayText; // translated
    QString helpText;    // translated
};

// The TextLabel catalogue of §4.1, in OA's enum order.
class Labels
{
    Q_DECLARE_TR_FUNCTIONS(Labels)

public:
    static const QList<LabelInfo> &all();
    static const LabelInfo *find(const QString &name);
    static bool isKnown(const QString &name) { return find(name) != nullptr; }
    // Values a widget can produce: yes/no and flags 0 or 1, Likert 0, .25, .5, .75, 1.
    static QList<double> allowedSteps(LabelWidget widget);
    // The report-label list of §4.1.
    static QStringList reportLabels();
};

// A labeller's answer: label name → value in [0, 1].
using LabelValues = QHash<QString, double>;

} // namespace Arborist
