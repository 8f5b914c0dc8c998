#include "exportformat.h"

#include <QDateTime>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace zadig::exportformat {

QString csvField(const QString &text)
{
    const bool needsQuotes =
        text.contains(u',') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r');
    if (!needsQuotes)
        return text;
    QString quoted = text;
    quoted.replace(u'"', "\"\""_L1);
    return u'"' + quoted + u'"';
}

QByteArray csvDocument(const QList<QStringList> &rows)
{
    QString text;
    for (const QStringList &row : rows) {
        QStringList fields;
        fields.reserve(row.size());
        for (const QString &field : row)
            fields.append(csvField(field));
        text += fields.join(u',') + "\r\n"_L1;
    }
    return QByteArray("\xEF\xBB\xBF") + text.toUtf8();
}

QString markdownCell(const QString &text)
{
    QString cell = text;
    cell.replace(u'\\', "\\\\"_L1);
    cell.replace(u'|', "\\|"_L1);
    cell.replace("\r\n"_L1, "<br>"_L1);
    cell.replace(u'\r', "<br>"_L1);
    cell.replace(u'\n', "<br>"_L1);
    return cell;
}

QString markdownLine(const QString &text)
{
    return text.simplified();
}

QString markdownTable(const QStringList &header, const QList<QStringList> &rows)
{
    auto line = [](const QStringList &cells) -> QString {
        QStringList escaped;
        for (const QString &cell : cells)
            escaped.append(markdownCell(cell));
        return "| "_L1 + escaped.join(" | "_L1) + " |\n"_L1;
    };
    QString table = line(header);
    table += u'|' + QStringList(header.size(), u"---"_s).join(u'|') + "|\n"_L1;
    for (const QStringList &row : rows)
        table += line(row);
    return table;
}

QString isoTime(qint64 secsSinceEpoch, const QTimeZone &zone)
{
    if (secsSinceEpoch == 0)
        return QString();
    const QDateTime time = QDateTime::fromSecsSinceEpoch(secsSinceEpoch, zone);
    const int offset = time.offsetFromUtc();
    const int minutes = qAbs(offset) / 60;
    return QLocale::c().toString(time, u"yyyy-MM-dd'T'HH:mm:ss"_s) + (offset < 0 ? u'-' : u'+') +
           u"%1:%2"_s.arg(minutes / 60, 2, 10, QChar(u'0')).arg(minutes % 60, 2, 10, QChar(u'0'));
}

} // namespace zadig::exportformat
