#include "widgets/headline.h"

#include <QLabel>

namespace Arborist {

void makeHeadline(QLabel *label, double scale)
{
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    label->setFont(font);
}

} // namespace Arborist
