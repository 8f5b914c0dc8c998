#include "imageref.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace zadig {

namespace {

bool isRegistryHost(QStringView component)
{
    return component.contains(u'.') || component.contains(u':') || component == "localhost"_L1;
}

} // namespace

ImageRef ImageRef::parse(const QString &reference)
{
    ImageRef ref;
    QString rest = reference.trimmed();
    const qsizetype at = rest.indexOf(u'@');
    if (at >= 0) {
        ref.digest = rest.mid(at + 1);
        rest.truncate(at);
    }
    const qsizetype firstSlash = rest.indexOf(u'/');
    if (firstSlash > 0 && isRegistryHost(QStringView(rest).left(firstSlash))) {
        ref.registry = rest.left(firstSlash);
        rest = rest.mid(firstSlash + 1);
    }
    // With the host gone, a colon after the last slash can only start the tag.
    const qsizetype colon = rest.lastIndexOf(u':');
    if (colon > rest.lastIndexOf(u'/')) {
        ref.tag = rest.mid(colon + 1);
        rest.truncate(colon);
    }
    ref.path = rest;
    return ref;
}

QString ImageRef::name() const
{
    return path.mid(path.lastIndexOf(u'/') + 1);
}

QString ImageRef::imageNamespace() const
{
    const qsizetype slash = path.lastIndexOf(u'/');
    return slash < 0 ? QString() : path.left(slash);
}

QString ImageRef::location() const
{
    const QString ns = imageNamespace();
    if (registry.isEmpty() || ns.isEmpty())
        return registry.isEmpty() ? ns : registry;
    return registry + u'/' + ns;
}

ImageRef ImageRef::normalized() const
{
    ImageRef n = *this;
    if (n.registry.isEmpty() || n.registry == "index.docker.io"_L1)
        n.registry = u"docker.io"_s;
    if (n.registry == "docker.io"_L1 && !n.path.contains(u'/'))
        n.path.prepend("library/"_L1);
    if (n.tag.isEmpty() && n.digest.isEmpty())
        n.tag = u"latest"_s;
    return n;
}

QString ImageRef::toString() const
{
    QString text = registry.isEmpty() ? path : registry + u'/' + path;
    if (!tag.isEmpty())
        text += u':' + tag;
    if (!digest.isEmpty())
        text += u'@' + digest;
    return text;
}

} // namespace zadig
