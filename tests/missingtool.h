// What a test does when this machine lacks a tool or a backend it needs (the openssl command, a
// TLS backend): it skips here, but fails under CI=true. CI installs everything the suite needs
// (scripts/install-deps.sh --test), so a skip there means a broken install step, and a skip must
// never look like a pass.
#pragma once

#include <QTest>

namespace zadig::test {

inline bool onCi()
{
    const QString ci = qEnvironmentVariable("CI").toLower();
    return ci == QLatin1String("true") || ci == QLatin1String("1");
}

} // namespace zadig::test

#define ZADIG_SKIP_MISSING(what)                                                                   \
    do {                                                                                           \
        if (zadig::test::onCi())                                                                   \
            QFAIL("CI=true, and this machine lacks what the test needs: " what);                   \
        QSKIP(what);                                                                               \
    } while (false)
