#include "connectionsdialog.h"

#include "api/zadigclient.h"
#include "certificatedialog.h"
#include "deskstyle.h"
#include "icons.h"
#include "messageboxes.h"
#include "settings.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace zadig::ui {

namespace {

// A warning in words, with the warning icon and colour beside it.
QWidget *warningRow(QLabel *label, QWidget *parent)
{
    auto *row = new QWidget(parent);
    auto *icon = new QLabel(row);
    const int size = row->style()->pixelMetric(QStyle::PM_SmallIconSize);
    icon->setPixmap(glyphPixmap(Glyph::Warning, size, row));
    label->setParent(row);
    label->setWordWrap(true);
    setTextColor(label, warningTextColor(row->palette()));
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(label, 1);
    return row;
}

// The first 8 bytes, "AB:CD:… …": enough to tell the pins of one connection apart.
QString shortFingerprint(const QString &hex)
{
    return CertificateDialog::formatFingerprint(hex.left(16)) + u" …"_s;
}

} // namespace

ConnectionsDialog::ConnectionsDialog(Connections *saved, ConnectionSession *session,
                                     QWidget *parent)
    : QDialog(parent), m_saved(saved), m_session(session)
{
    setObjectName(u"connectionsDialog"_s);
    setWindowTitle(tr("Connections"));

    m_connections = saved->all();
    m_activeId =
        session && session->current().isSaved() ? session->current().id : saved->activeId();

    m_list = new QListWidget(this);
    m_list->setObjectName(u"connectionList"_s);
    m_list->setMinimumWidth(180);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_list->setIconSize(QSize(iconSize, iconSize));
    m_add = new QPushButton(tr("&Add"), this);
    m_add->setObjectName(u"addConnectionButton"_s);
    m_remove = new QPushButton(tr("&Remove…"), this);
    m_remove->setObjectName(u"removeConnectionButton"_s);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_remove);
    listButtons->addStretch();
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);

    m_form = new QWidget(this);
    m_name = new QLineEdit(m_form);
    m_name->setObjectName(u"connectionNameEdit"_s);
    m_url = new QLineEdit(m_form);
    m_url->setObjectName(u"connectionUrlEdit"_s);
    m_url->setPlaceholderText(u"https://zadig.example.com"_s);
    m_warning = new QLabel(tr("With http:// the API token travels unencrypted. Use https:// "
                              "unless this network is trusted."));
    m_warning->setObjectName(u"insecureWarning"_s);
    m_warningRow = warningRow(m_warning, m_form);
    m_warningRow->hide();

    m_caFile = new QLineEdit(m_form);
    m_caFile->setObjectName(u"caFileEdit"_s);
    m_caFile->setPlaceholderText(tr("System certificates only"));
    m_caFile->setClearButtonEnabled(true);
    auto *browse = new QPushButton(tr("&Browse…"), m_form);
    browse->setObjectName(u"caBrowseButton"_s);
    auto *caRow = new QHBoxLayout;
    caRow->addWidget(m_caFile, 1);
    caRow->addWidget(browse);

    m_timeout = new QSpinBox(m_form);
    m_timeout->setObjectName(u"timeoutSpin"_s);
    m_timeout->setRange(0, Settings::MaxTimeoutSeconds);
    m_timeout->setSingleStep(5);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setSpecialValueText(tr("Default (%1 s)").arg(Settings().requestTimeoutSeconds()));

    m_pins = new QListWidget(m_form);
    m_pins->setObjectName(u"pinnedList"_s);
    m_pins->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_pins->setMaximumHeight(m_pins->fontMetrics().height() * 4 + 8);
    m_forgetPin = new QPushButton(tr("&Forget"), m_form);
    m_forgetPin->setObjectName(u"forgetPinButton"_s);
    m_forgetPin->setToolTip(tr("Stop trusting the selected certificate"));
    auto *pinRow = new QHBoxLayout;
    pinRow->addWidget(m_pins, 1);
    pinRow->addWidget(m_forgetPin, 0, Qt::AlignTop);

    m_tokenStatus = new QLabel(m_form);
    m_tokenStatus->setObjectName(u"tokenStatusLabel"_s);
    m_tokenStatus->setWordWrap(true);
    m_setToken = new QPushButton(tr("Set &Token…"), m_form);
    m_setToken->setObjectName(u"setTokenButton"_s);
    m_forgetToken = new QPushButton(tr("Forget To&ken"), m_form);
    m_forgetToken->setObjectName(u"forgetTokenButton"_s);
    auto *tokenButtons = new QHBoxLayout;
    tokenButtons->addWidget(m_setToken);
    tokenButtons->addWidget(m_forgetToken);
    tokenButtons->addStretch();

    m_problem = new QLabel;
    m_problem->setObjectName(u"connectionProblem"_s);
    m_problemRow = warningRow(m_problem, m_form);
    m_problemRow->hide();

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Server:"), m_url);
    form->addRow(QString(), m_warningRow);
    // A row whose field is a layout gets no buddy from addRow(): set it, or "&" shows.
    auto *caLabel = new QLabel(tr("&CA certificate file:"), m_form);
    caLabel->setBuddy(m_caFile);
    form->addRow(caLabel, caRow);
    form->addRow(tr("Request time&out:"), m_timeout);
    auto *pinLabel = new QLabel(tr("Trusted certificates:"), m_form);
    pinLabel->setBuddy(m_pins);
    form->addRow(pinLabel, pinRow);
    form->addRow(tr("API token:"), m_tokenStatus);
    form->addRow(QString(), tokenButtons);
    auto *formColumn = new QVBoxLayout(m_form);
    formColumn->setContentsMargins(0, 0, 0, 0);
    formColumn->addLayout(form);
    formColumn->addWidget(m_problemRow);
    formColumn->addStretch(1);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 2);
    columns->addSpacing(8);
    columns->addWidget(m_form, 5);

    m_buttons = new QDialogButtonBox(this);
    m_connect = m_buttons->addButton(tr("C&onnect"), QDialogButtonBox::AcceptRole);
    m_connect->setObjectName(u"connectButton"_s);
    m_connect->setToolTip(tr("Save and switch to the selected connection"));
    m_save = m_buttons->addButton(QDialogButtonBox::Save);
    m_save->setObjectName(u"saveButton"_s);
    QPushButton *cancel = m_buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(u"cancelButton"_s);
    connect(m_connect, &QPushButton::clicked, this, [this] {
        m_outcome = Connect;
        m_chosenId = selectedId();
        accept();
    });
    connect(m_save, &QPushButton::clicked, this, [this] {
        m_outcome = Saved;
        accept();
    });
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, &ConnectionsDialog::onSelectionChanged);
    connect(m_add, &QPushButton::clicked, this, &ConnectionsDialog::addConnection);
    connect(m_remove, &QPushButton::clicked, this, &ConnectionsDialog::removeSelected);
    connect(browse, &QPushButton::clicked, this, &ConnectionsDialog::browseCaFile);
    connect(m_setToken, &QPushButton::clicked, this, &ConnectionsDialog::askToken);
    connect(m_forgetToken, &QPushButton::clicked, this, &ConnectionsDialog::forgetToken);
    connect(m_forgetPin, &QPushButton::clicked, this, &ConnectionsDialog::forgetPinnedCertificate);
    connect(m_pins, &QListWidget::currentRowChanged, this,
            [this](int row) { m_forgetPin->setEnabled(row >= 0); });
    connect(m_name, &QLineEdit::textEdited, this, &ConnectionsDialog::onFormEdited);
    connect(m_url, &QLineEdit::textEdited, this, &ConnectionsDialog::onFormEdited);
    connect(m_caFile, &QLineEdit::textChanged, this, &ConnectionsDialog::onFormEdited);
    connect(m_timeout, &QSpinBox::valueChanged, this, &ConnectionsDialog::onFormEdited);

    refreshList();
    int activeRow = 0;
    for (int i = 0; i < m_connections.size(); ++i) {
        if (m_connections.at(i).id == m_activeId)
            activeRow = i;
    }
    m_list->setCurrentRow(m_connections.isEmpty() ? -1 : activeRow);
    onSelectionChanged();
    resize(760, qMax(460, sizeHint().height()));
}

int ConnectionsDialog::selectedIndex() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_connections.size() ? row : -1;
}

QString ConnectionsDialog::selectedId() const
{
    const int index = selectedIndex();
    return index < 0 ? QString() : m_connections.at(index).id;
}

void ConnectionsDialog::selectConnection(const QString &id)
{
    for (int i = 0; i < m_connections.size(); ++i) {
        if (m_connections.at(i).id == id)
            m_list->setCurrentRow(i);
    }
}

void ConnectionsDialog::refreshList()
{
    const int row = m_list->currentRow();
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    for (const Connection &c : std::as_const(m_connections))
        decorate(new QListWidgetItem(m_list), c);
    m_list->setCurrentRow(qMin(row, int(m_list->count()) - 1));
}

void ConnectionsDialog::decorate(QListWidgetItem *item, const Connection &c) const
{
    const bool active = c.id == m_activeId;
    item->setText(active ? tr("%1 (active)").arg(c.name) : c.name);
    item->setToolTip(c.url.toDisplayString());
    QFont font = item->font();
    font.setBold(active);
    item->setFont(font);
    item->setIcon(problemWith(c).isEmpty() ? QIcon() : glyphIcon(Glyph::Warning));
}

void ConnectionsDialog::onSelectionChanged()
{
    m_tokenMessage.clear();
    refreshForm();
}

void ConnectionsDialog::refreshForm()
{
    const int index = selectedIndex();
    m_form->setEnabled(index >= 0);
    m_remove->setEnabled(index >= 0);
    m_filling = true;
    const Connection c = index >= 0 ? m_connections.at(index) : Connection();
    m_name->setText(c.name);
    m_url->setText(c.url.toString());
    m_caFile->setText(c.caFile);
    m_timeout->setValue(c.timeoutSeconds);
    m_pins->clear();
    for (const QString &fingerprint : c.pinnedFingerprints) {
        auto *item = new QListWidgetItem(shortFingerprint(fingerprint), m_pins);
        item->setToolTip(CertificateDialog::formatFingerprint(fingerprint));
        item->setData(Qt::UserRole, fingerprint);
    }
    if (c.pinnedFingerprints.isEmpty())
        new QListWidgetItem(tr("None"), m_pins);
    m_pins->setEnabled(!c.pinnedFingerprints.isEmpty());
    m_forgetPin->setEnabled(false);
    m_filling = false;
    m_warningRow->setVisible(isInsecureUrl(c.url));
    updateTokenStatus();
    validate();
}

void ConnectionsDialog::onFormEdited()
{
    const int index = selectedIndex();
    if (m_filling || index < 0)
        return;
    Connection &c = m_connections[index];
    const QUrl url = serverUrlFromUserInput(m_url->text());
    if (url != c.url) {
        // A name still derived from the address follows it.
        if (c.name == Connections::defaultName(c.url) || c.name == tr("New Connection")) {
            c.name = Connections::defaultName(url);
            const QSignalBlocker blocker(m_name);
            m_name->setText(c.name);
        }
        c.url = url;
        m_tokenMessage.clear();
    }
    if (m_name->text() != c.name)
        c.name = m_name->text().trimmed();
    c.caFile = m_caFile->text().trimmed();
    c.timeoutSeconds = m_timeout->value();
    m_warningRow->setVisible(isInsecureUrl(c.url));
    if (QListWidgetItem *item = m_list->item(index))
        decorate(item, c);
    updateTokenStatus();
    validate();
}

void ConnectionsDialog::addConnection()
{
    Connection c;
    c.id = Connections::newId();
    c.name = tr("New Connection");
    m_connections.append(c);
    refreshList();
    m_list->setCurrentRow(int(m_connections.size()) - 1);
    m_url->setFocus();
}

void ConnectionsDialog::removeSelected()
{
    const int index = selectedIndex();
    if (index < 0)
        return;
    const Connection c = m_connections.at(index);
    MessageBoxes::question(
        this, tr("Remove Connection"),
        tr("Remove the connection “%1”?\n\nIts token is removed from the system keychain too "
           "when no other connection uses the same server.")
            .arg(c.name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel,
        [this, id = c.id](QMessageBox::StandardButton answer) {
            if (answer == QMessageBox::Yes)
                removeConnection(id);
        });
}

void ConnectionsDialog::removeConnection(const QString &id)
{
    qsizetype index = -1;
    for (qsizetype i = 0; i < m_connections.size() && index < 0; ++i) {
        if (m_connections.at(i).id == id)
            index = i;
    }
    if (index < 0)
        return;
    const Connection c = m_connections.takeAt(index);
    if (c.url.isValid())
        m_removedUrls.append(c.url);
    if (c.id == m_activeId)
        m_activeId.clear();
    refreshList();
    if (!m_connections.isEmpty())
        m_list->setCurrentRow(qMin(int(index), int(m_connections.size()) - 1));
    refreshForm();
}

void ConnectionsDialog::browseCaFile()
{
    auto *dialog = new QFileDialog(this, tr("CA Certificate File"), m_caFile->text(),
                                   tr("Certificates (*.pem *.crt *.cer *.der);;All files (*)"));
    dialog->setObjectName(u"caFileDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &file) {
        if (!file.isEmpty())
            m_caFile->setText(file);
    });
    dialog->open();
}

void ConnectionsDialog::askToken()
{
    const int index = selectedIndex();
    if (index < 0)
        return;
    auto *input = new QInputDialog(this);
    input->setObjectName(u"tokenInput"_s);
    input->setAttribute(Qt::WA_DeleteOnClose);
    input->setWindowTitle(tr("Set API Token"));
    input->setLabelText(tr("API token for %1:").arg(m_connections.at(index).url.toDisplayString()));
    input->setTextEchoMode(QLineEdit::Password);
    input->resize(480, input->sizeHint().height());
    // The token goes to the connection it was asked for, even if the selection moved.
    connect(input, &QInputDialog::textValueSelected, this,
            [this, id = m_connections.at(index).id](const QString &text) {
                const QString token = text.trimmed();
                if (token.isEmpty() || selectedId() != id)
                    return;
                setTokenForSelected(token);
            });
    input->open();
}

void ConnectionsDialog::setTokenForSelected(const QString &token)
{
    const int index = selectedIndex();
    if (index < 0 || !m_session)
        return;
    const QUrl url = m_connections.at(index).url;
    if (!isUsableServerUrl(url)) {
        m_tokenMessage = tr("Enter the server's address first: the token is kept per server.");
        updateTokenStatus();
        return;
    }
    const QString id = m_connections.at(index).id;
    const QPointer<ConnectionsDialog> self(this);
    m_session->storeToken(url, token, [self, id](bool ok, const QString &error) {
        // A plain pointer once checked: GCC's -Wnull-dereference (an error in the -O2 CI build)
        // cannot see through QPointer.
        ConnectionsDialog *dialog = self.data();
        if (!dialog || dialog->selectedId() != id)
            return;
        dialog->m_tokenMessage =
            ok ? tr("The token is saved in the system keychain.")
               : tr("Warning: the token could not be saved in the system keychain (%1). It is "
                    "kept in memory until Zadig Desk quits, and will be asked for again next "
                    "time.")
                     .arg(error);
        dialog->updateTokenStatus();
    });
}

void ConnectionsDialog::forgetToken()
{
    const int index = selectedIndex();
    if (index < 0 || !m_session)
        return;
    m_session->forgetToken(m_connections.at(index).url);
    m_tokenMessage = tr("The token for this server was forgotten.");
    updateTokenStatus();
}

void ConnectionsDialog::forgetPinnedCertificate()
{
    const int index = selectedIndex();
    QListWidgetItem *item = m_pins->currentItem();
    if (index < 0 || !item)
        return;
    m_connections[index].pinnedFingerprints.removeAll(item->data(Qt::UserRole).toString());
    refreshForm();
}

QString ConnectionsDialog::tokenStatus() const
{
    return m_tokenStatus->text();
}

void ConnectionsDialog::updateTokenStatus()
{
    const int index = selectedIndex();
    const QUrl url = index >= 0 ? m_connections.at(index).url : QUrl();
    const bool usable = isUsableServerUrl(url);
    m_setToken->setEnabled(usable && m_session);
    m_forgetToken->setEnabled(usable && m_session);
    QString text = m_tokenMessage;
    if (text.isEmpty()) {
        if (!m_session)
            text = QString();
        else if (usable && m_session->hasSessionToken(url))
            text = tr("A token is kept in memory for this session only: the system keychain "
                      "could not keep it.");
        else if (!m_session->keychainAvailable())
            text = tr("No system keychain is available: the token is asked for when you "
                      "connect (or read from ZADIG_TOKEN), and never written to disk.");
        else
            text = tr("Tokens are saved in the system keychain when there is one, never in the "
                      "settings. Set Token… saves or replaces this server's token.");
    }
    m_tokenStatus->setText(text);
}

QString ConnectionsDialog::problemWith(const Connection &connection) const
{
    if (connection.name.trimmed().isEmpty())
        return tr("Give the connection a name.");
    if (!isUsableServerUrl(connection.url))
        return tr("Enter the server's address, for example https://zadig.example.com.");
    return connection.caFile.isEmpty() ? QString() : caFileProblem(connection.caFile);
}

QString ConnectionsDialog::caFileProblem(const QString &path) const
{
    // Every keystroke checks every connection: a CA file is read and parsed again only when it
    // changed on disk, not once per key.
    const QFileInfo info(path);
    const CaFileCheck stamp{info.exists(), info.lastModified(), info.size(), QString()};
    auto it = m_caFileChecks.find(path);
    if (it == m_caFileChecks.end() || it->exists != stamp.exists ||
        it->modified != stamp.modified || it->size != stamp.size) {
        QString error;
        CaFileCheck check = stamp;
        if (loadCaFile(path, &error).isEmpty())
            check.problem = error;
        it = m_caFileChecks.insert(path, check);
    }
    return it->problem;
}

void ConnectionsDialog::validate()
{
    QString problem;
    const int index = selectedIndex();
    if (index >= 0)
        problem = problemWith(m_connections.at(index));
    bool allUsable = problem.isEmpty();
    for (int i = 0; allUsable && i < m_connections.size(); ++i) {
        const QString other = problemWith(m_connections.at(i));
        if (!other.isEmpty()) {
            allUsable = false;
            problem = tr("“%1”: %2").arg(m_connections.at(i).name, other);
        }
    }
    m_problem->setText(problem);
    m_problemRow->setVisible(!problem.isEmpty());
    m_save->setEnabled(allUsable);
    m_connect->setEnabled(allUsable && index >= 0);
}

void ConnectionsDialog::changeEvent(QEvent *event)
{
    // The dialog's own palette is the application's; the warnings' colour, set in their own
    // palettes, would otherwise stay that of the palette it was set on.
    if (event->type() == QEvent::PaletteChange && m_warning && m_problem) {
        setTextColor(m_warning, warningTextColor(palette()));
        setTextColor(m_problem, warningTextColor(palette()));
    }
    QDialog::changeEvent(event);
}

void ConnectionsDialog::accept()
{
    save();
    QDialog::accept();
}

void ConnectionsDialog::save()
{
    const QString active = m_outcome == Connect && !m_chosenId.isEmpty() ? m_chosenId : m_activeId;
    m_saved->replaceAll(m_connections, active);
    if (!m_session)
        return;
    // A removed server's token goes too, unless another connection still uses that server.
    for (const QUrl &url : std::as_const(m_removedUrls)) {
        if (m_saved->findByUrl(url).id.isEmpty())
            m_session->forgetToken(url);
    }
}

} // namespace zadig::ui
