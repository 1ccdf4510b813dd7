#pragma once

#include <QDialog>

namespace Arborist {

// Help > About Arborist: the name, version and purpose, Arborist's license (the LICENSE file,
// built in) and the note on Qt, used under the LGPLv3, with a button for Qt's own About box.
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // The license text shown (the LICENSE file at the top of the source tree).
    static QString licenseText();
};

} // namespace Arborist
