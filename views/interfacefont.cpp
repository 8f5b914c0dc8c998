#include "interfacefont.h"

#include <QApplication>
#include <QFont>

namespace zadig::ui {

void useUnshapedInterfaceFont()
{
    QFont font = QApplication::font();
    font.setStyleStrategy(QFont::StyleStrategy(font.styleStrategy() | QFont::PreferNoShaping));
    QApplication::setFont(font);
}

} // namespace zadig::ui
