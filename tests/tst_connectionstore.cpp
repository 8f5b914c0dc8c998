// Connections as the one store of saved connections: every change is written through to the
// settings at once and announced with changed(), and a second store (the next start) reads what
// the first wrote. No widgets, no network.
#include "connections.h"
#include "settings.h"
#include "testsettings.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <utility>

using namespace Qt::StringLiterals;
using namespace zadig;

namespace {

Connection makeConnection(const QString &name, const QString &url)
{
    Connection c;
    c.name = name;
    c.url = QUrl(url);
    return c;
}

// Two saved connections, A (the active one, being the first) and B.
std::pair<Connection, Connection> addTwo(Connections &store)
{
    const Connection a = store.add(makeConnection(u"A"_s, u"https://a.example.com"_s));
    const Connection b = store.add(makeConnection(u"B"_s, u"https://b.example.com"_s));
    return {a, b};
}

} // namespace

class TestConnectionStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        test::useTemporarySettings(m_settingsDir, u"tst_connectionstore"_s);
    }
    void init() { QSettings().clear(); }

    void addIsSavedAndAnnounced()
    {
        Connections store;
        QSignalSpy changed(&store, &Connections::changed);
        const Connection a = store.add(makeConnection(u"A"_s, u"https://a.example.com"_s));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(Settings().connections(), QList<Connection>{a}); // written at once
        QCOMPARE(Settings().activeConnectionId(), a.id);          // the first becomes active
    }

    void editIsSavedAndAnnounced()
    {
        Connections store;
        Connection a = store.add(makeConnection(u"A"_s, u"https://a.example.com"_s));
        QSignalSpy changed(&store, &Connections::changed);
        QVERIFY(store.update(a)); // nothing changed: nothing to say
        QCOMPARE(changed.count(), 0);
        a.name = u"Renamed"_s;
        a.timeoutSeconds = 77;
        QVERIFY(store.update(a));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(Settings().connections(), QList<Connection>{a});
        QVERIFY(!store.update(makeConnection(u"B"_s, u"https://b.example.com"_s))); // not saved
        QCOMPARE(changed.count(), 1);

        QVERIFY(store.pin(a.id, u"ab"_s.repeated(32)));
        QCOMPARE(changed.count(), 2);
        QVERIFY(store.pin(a.id, u"ab"_s.repeated(32))); // already trusted
        QCOMPARE(changed.count(), 2);
        QCOMPARE(Settings().connections().constFirst().pinnedFingerprints,
                 QStringList{u"ab"_s.repeated(32)});
    }

    void removeIsSavedAndAnnounced()
    {
        Connections store;
        const auto [a, b] = addTwo(store);
        QSignalSpy changed(&store, &Connections::changed);
        QVERIFY(store.remove(a.id));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(Settings().connections(), QList<Connection>{b});
        QCOMPARE(Settings().activeConnectionId(), b.id); // the active one passed on
        QVERIFY(!store.remove(a.id));
        QCOMPARE(changed.count(), 1);
    }

    void activateIsSavedAndAnnounced()
    {
        Connections store;
        const auto [a, b] = addTwo(store);
        QSignalSpy changed(&store, &Connections::changed);
        QVERIFY(store.setActive(b.id));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(Settings().activeConnectionId(), b.id);
        QVERIFY(store.setActive(b.id)); // every start activates: only a change is announced
        QVERIFY(!store.setActive(u"no-such-id"_s));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(store.activeId(), b.id);
        QVERIFY(a.id != b.id);
    }

    void replaceAllIsSavedAndAnnouncedOnce()
    {
        Connections store;
        const Connection a = store.add(makeConnection(u"A"_s, u"https://a.example.com"_s));
        Connection b = makeConnection(u"B"_s, u"https://b.example.com"_s);
        b.id = Connections::newId();
        QSignalSpy changed(&store, &Connections::changed);
        store.replaceAll({a, b}, b.id); // the connection manager's Save
        QCOMPARE(changed.count(), 1);
        QCOMPARE(Settings().connections(), (QList<Connection>{a, b}));
        QCOMPARE(Settings().activeConnectionId(), b.id);
        store.replaceAll({a, b}, b.id); // saved again unchanged: nothing to say
        QCOMPARE(changed.count(), 1);
    }

    // The next start (or zadig-cli) reads what this run wrote.
    void aSecondStoreReadsWhatTheFirstWrote()
    {
        Connection kept;
        Connection active;
        {
            Connections first;
            kept = first.add(makeConnection(u"Kept"_s, u"https://kept.example.com"_s));
            const Connection gone = first.add(makeConnection(u"Gone"_s, u"https://x.example"_s));
            active = first.add(makeConnection(u"Active"_s, u"http://10.0.0.5:8080"_s));
            kept.caFile = u"/etc/company-ca.pem"_s;
            kept.timeoutSeconds = 90;
            QVERIFY(first.update(kept));
            QVERIFY(first.pin(active.id, u"cd"_s.repeated(32)));
            active.pinnedFingerprints = {u"cd"_s.repeated(32)};
            QVERIFY(first.remove(gone.id));
            QVERIFY(first.setActive(active.id));
        }
        const Connections second;
        QCOMPARE(second.all(), (QList<Connection>{kept, active}));
        QCOMPARE(second.activeId(), active.id);
        QCOMPARE(second.findByUrl(QUrl(u"https://kept.example.com/"_s)), kept);
    }

private:
    QTemporaryDir m_settingsDir;
};

QTEST_GUILESS_MAIN(TestConnectionStore)
#include "tst_connectionstore.moc"
