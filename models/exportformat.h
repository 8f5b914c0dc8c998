// The escaping rules both exports (manifest, comparison) share, in one place so a Markdown cell
// or a CSV field is written the same way everywhere.
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTimeZone>

namespace zadig::exportformat {

// RFC 4180: a field with a comma, a quote, CR or LF is quoted and its quotes doubled.
QString csvField(const QString &text);
// UTF-8 with a byte-order mark (spreadsheets otherwise guess a local code page and garble
// Chinese text), fields escaped by csvField, CRLF line endings as RFC 4180 asks.
QByteArray csvDocument(const QList<QStringList> &rows);

// A GitHub-flavoured Markdown table cell: backslashes and pipes escaped, line breaks as <br>
// (a raw newline would end the table row).
QString markdownCell(const QString &text);
// Text outside a table (a title): whitespace runs, line breaks included, become one space.
QString markdownLine(const QString &text);
// A table with a header row; every cell goes through markdownCell.
QString markdownTable(const QStringList &header, const QList<QStringList> &rows);

// ISO 8601 with an explicit numeric offset ("2024-04-24T11:22:57+08:00", "+00:00" for UTC,
// never "Z") in `zone`; empty for 0 (a time the server did not send).
QString isoTime(qint64 secsSinceEpoch, const QTimeZone &zone);

} // namespace zadig::exportformat
