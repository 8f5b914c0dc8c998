// Helpers the export and comparison tests share: decoded detail fixtures, and readers that take
// a CSV or Markdown export apart the way a spreadsheet or a Markdown renderer would, so a test
// checks what a reader gets back rather than the escaping characters themselves.
#pragma once

#include "api/decode.h"
#include "testdata.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace zadig::test {

// A 2.3-3.4 (`v2` false) or 4.x/5.x (`v2` true) detail from tests/data; stops the test run
// when the fixture is missing or does not decode.
inline VersionDetail detailFixture(const QString &name, bool v2)
{
    const QByteArray data = testData(name);
    if (data.isEmpty())
        qFatal("missing fixture");
    auto detail = v2 ? decode::fromBytes(data, decode::versionDetailV2)
                     : decode::fromBytes(data, decode::versionDetail);
    if (!detail)
        qFatal("fixture does not decode");
    return detail.value();
}

// A JSON export as an object; stops the test run when it is not one.
inline QJsonObject jsonObject(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (!doc.isObject())
        qFatal("export is not a JSON object");
    return doc.object();
}

// RFC 4180 records from CSV text (no BOM): quoted fields may hold commas, doubled quotes and
// line breaks; records end in CRLF. A malformed document (a stray quote) gives no records.
inline QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar ch = text.at(i);
        if (quoted) {
            if (ch == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (ch == u'"') {
                quoted = false;
            } else {
                field += ch;
            }
        } else if (ch == u'"' && field.isEmpty()) {
            quoted = true;
        } else if (ch == u'"') {
            return {};
        } else if (ch == u',') {
            record.append(field);
            field.clear();
        } else if (ch == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            ++i;
        } else {
            field += ch;
        }
    }
    if (quoted || !field.isEmpty() || !record.isEmpty())
        return {}; // an unterminated field or a record without its CRLF
    return records;
}

// The cells of a Markdown table line ("| a | b\|c |"), split at the pipes that are not escaped,
// with the escapes undone ("\|" -> "|", "\\" -> "\") and "<br>" kept as it is.
inline QStringList markdownCells(const QString &line)
{
    QStringList cells;
    QString cell;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar ch = line.at(i);
        if (ch == u'\\' && i + 1 < line.size()) {
            cell += line.at(++i);
        } else if (ch == u'|') {
            cells.append(cell.trimmed());
            cell.clear();
        } else {
            cell += ch;
        }
    }
    cells.append(cell.trimmed());
    // The leading and trailing pipes leave an empty cell at each end.
    if (cells.size() >= 2) {
        cells.removeFirst();
        cells.removeLast();
    }
    return cells;
}

// The rows of the Markdown table whose header row starts with `firstHeader`, separator line
// left out, each split by markdownCells.
inline QList<QStringList> markdownTable(const QString &markdown, const QString &firstHeader)
{
    QList<QStringList> rows;
    bool inTable = false;
    const QStringList lines = markdown.split(u'\n');
    for (const QString &line : lines) {
        if (!line.startsWith(u'|')) {
            if (inTable)
                break;
            continue;
        }
        const QStringList cells = markdownCells(line);
        if (!inTable) {
            inTable = !cells.isEmpty() && cells.first() == firstHeader;
            if (inTable)
                rows.append(cells);
            continue;
        }
        if (!line.startsWith(QLatin1StringView("|---")))
            rows.append(cells);
    }
    return rows;
}

} // namespace zadig::test
