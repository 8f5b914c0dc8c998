// How many columns of a fixed-width terminal (or of average Latin letters) a text takes: East
// Asian wide characters take two. Used to line up Chinese text in zadig-cli's tables and to size
// the project picker.
#pragma once

#include <QChar>
#include <QString>

namespace zadig {

inline int displayColumns(const QString &text)
{
    int columns = 0;
    for (const char32_t c : text.toUcs4()) {
        switch (QChar::script(c)) {
        case QChar::Script_Han:
        case QChar::Script_Hiragana:
        case QChar::Script_Katakana:
        case QChar::Script_Hangul:
        case QChar::Script_Bopomofo:
            columns += 2;
            break;
        default:
            // Fullwidth forms and CJK punctuation are as wide as a Han character.
            columns += (c >= 0x3000 && c <= 0x303f) || (c >= 0xff01 && c <= 0xff60) ? 2 : 1;
            break;
        }
    }
    return columns;
}

} // namespace zadig
