#pragma once

class QLabel;

namespace Arborist {

// Makes a label a page's headline: bold, `scale` times the font's size.
void makeHeadline(QLabel *label, double scale = 1.5);

} // namespace Arborist
