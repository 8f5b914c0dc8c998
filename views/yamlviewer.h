// YamlViewer: a read-only look at one service's K8s YAML or Helm values in a 4.x/5.x delivery
// version, with a button that copies it. The detail pane opens one per request without waiting
// for it (show()); it deletes itself when closed and keeps nothing between openings.
#pragma once

#include <QDialog>

namespace zadig::ui {

class YamlViewer : public QDialog
{
    Q_OBJECT

public:
    enum class Content { K8sYaml, HelmValues };

    YamlViewer(const QString &serviceName, const QString &versionName, const QString &text,
               Content content, QWidget *parent = nullptr);

    QString text() const { return m_text; }

private:
    void copy() const;

    QString m_text;
};

} // namespace zadig::ui
