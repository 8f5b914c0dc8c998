// The application font of Zadig Desk's widgets: the platform's interface font, laid out without
// OpenType shaping where the script does not need it. Names, keys, labels, times and menu texts
// gain nothing visible from kerning and ligatures, and skipping them makes laying out and
// painting text cheaper; for a Chinese project name it also spares reading the CJK font's
// OpenType tables before the first page (about 2 ms of the start-up here, measured in
// interleaved runs). Scripts that need shaping (Arabic, Indic, Thai...) are still shaped.
#pragma once

namespace zadig::ui {

// Call once QApplication exists and before the first widget is built.
void useUnshapedInterfaceFont();

} // namespace zadig::ui
