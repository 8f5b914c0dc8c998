// One table of chart versions for both SemVer checks: the app's (zadig::isSemVer, which the
// Charts page applies before sending) and the simulator's (zadig::sim::isSemVer, which plays the
// server's refusal). tst_wizardrules runs it through the first and tst_simulator through the
// second, so a change to either rule that the table does not record fails a test.
#pragma once

#include <QByteArray>

#include <array>

namespace zadig::test {

struct SemVerCase
{
    const char *text;
    bool app;    // zadig::isSemVer
    bool server; // zadig::sim::isSemVer
};

inline constexpr std::array semVerCases = {
    SemVerCase{"1.2.0", true, true},
    SemVerCase{"0.0.0", true, true},
    SemVerCase{"v1.2.3", true, true}, // the leading "v" Helm accepts
    SemVerCase{"1.2.3-rc.1", true, true},
    SemVerCase{"1.2.3-0a", true, true}, // alphanumeric: a leading zero is allowed
    SemVerCase{"1.2.3-alpha-1.x-y", true, true},
    SemVerCase{"1.2.3+20241201.sha", true, true},
    SemVerCase{"1.2.3+001", true, true}, // build metadata may have leading zeros
    SemVerCase{"1.2.3-alpha.0+build.5", true, true},
    // The one place the two differ. The spec asks only for "SemVer (e.g. 1.2.0)"; the simulator
    // takes any [0-9A-Za-z-]+ pre-release identifier, while SemVer 2.0 (item 9) forbids leading
    // zeros in a numeric one. The app stays strict, so what it sends passes either reading.
    SemVerCase{"1.2.3-01", false, true},
    SemVerCase{"1.2.3-rc.01", false, true},
    SemVerCase{"1.2", false, false},
    SemVerCase{"1.76", false, false},
    SemVerCase{"1", false, false},
    SemVerCase{"1.2.3.4", false, false},
    SemVerCase{"01.2.3", false, false},
    SemVerCase{"1.02.3", false, false},
    SemVerCase{"1.2.3-", false, false},
    SemVerCase{"1.2.3+", false, false},
    SemVerCase{"1.2.3-rc..1", false, false},
    SemVerCase{"1.2.3-rc_1", false, false},
    SemVerCase{"V1.2.3", false, false},
    SemVerCase{"abc", false, false},
    SemVerCase{"", false, false},
    SemVerCase{" 1.2.3", false, false},
    SemVerCase{"1.2.3 ", false, false},
};

// A row name for QTest::newRow: the text itself, visibly quoted so "" and " 1.2.3" read apart.
inline QByteArray semVerRowName(const SemVerCase &c)
{
    QByteArray name(c.text);
    name.prepend('"').append('"');
    return name;
}

} // namespace zadig::test
