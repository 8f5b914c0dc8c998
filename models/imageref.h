// ImageRef: a container image reference split into its parts, for the manifest's registry column
// and for telling a retag from a move to another registry when two versions are compared.
// Pure string rules (the Docker "distribution/reference" grammar, without validation): nothing
// is rejected, a reference that does not parse keeps its text in `path`.
#pragma once

#include <QString>

namespace zadig {

struct ImageRef
{
    QString registry; // "harbor.example.com:5000", "localhost"; empty when the reference has none
    QString path;     // "team/sub/svc-a": the namespaces and the repository name
    QString tag;      // "v1.2"; empty when absent
    QString digest;   // "sha256:…"; empty when absent

    // "registry.example.com:5000/mall/cart:1.2@sha256:ab" -> registry "registry.example.com:5000",
    // path "mall/cart", tag "1.2", digest "sha256:ab". The first path component is a registry
    // host only when it has a '.' or a ':' or is "localhost", as Docker decides it.
    static ImageRef parse(const QString &reference);

    // The repository name: the last path component ("cart").
    QString name() const;
    // The path without the repository name ("mall"; "a/b" for "a/b/cart").
    QString imageNamespace() const;
    // Where the image lives: "<registry>/<namespace>", either part alone when the other is empty.
    QString location() const;
    // The same image however it is written: Docker Hub made explicit ("docker.io",
    // "library/" for a one-component path) and "latest" for a reference with neither tag nor
    // digest, so "nginx" and "docker.io/library/nginx:latest" compare equal.
    ImageRef normalized() const;
    QString toString() const;

    friend bool operator==(const ImageRef &, const ImageRef &) = default;
};

} // namespace zadig
