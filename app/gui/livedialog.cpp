#include "livedialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "liveconfig.h"

namespace kurir::gui {

LiveDialog::LiveDialog(QWidget *parent)
    : QDialog(parent)
    , m_intro(new QLabel(this))
    , m_listenLabel(new QLabel(this))
    , m_domainLabel(new QLabel(this))
    , m_maildirLabel(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_listen(new QLineEdit(this))
    , m_domain(new QLineEdit(this))
    , m_maildir(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("liveDialog"));
    m_intro->setWordWrap(true);
    m_problem->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setVisible(false);
    m_listen->setObjectName(QStringLiteral("listen"));
    m_domain->setObjectName(QStringLiteral("domain"));
    m_maildir->setObjectName(QStringLiteral("maildir"));
    m_listenLabel->setBuddy(m_listen);
    m_domainLabel->setBuddy(m_domain);
    m_maildirLabel->setBuddy(m_maildir);
    m_maildir->setMinimumWidth(360);

    auto *form = new QFormLayout;
    form->addRow(m_listenLabel, m_listen);
    form->addRow(m_domainLabel, m_domain);
    form->addRow(m_maildirLabel, m_maildir);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LiveDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LiveDialog::reject);
    setSettings(LiveSettings());
    retranslate();
}

void LiveDialog::setSettings(const LiveSettings &settings)
{
    m_listen->setText(settings.listen);
    m_domain->setText(settings.domain);
    m_maildir->setText(settings.maildir.isEmpty() ? LiveSettings::defaultMaildir() : settings.maildir);
}

LiveSettings LiveDialog::settings() const
{
    LiveSettings s;
    s.listen = m_listen->text().trimmed();
    s.domain = m_domain->text().trimmed();
    s.maildir = m_maildir->text().trimmed();
    return s;
}

void LiveDialog::accept()
{
    // A mistake is said here, beside the field, not after the dialog has closed.
    live::LiveConfig config;
    QString error;
    if (!settings().toConfig(&config, &error)) {
        m_problem->setText(error);
        m_problem->setVisible(true);
        return;
    }
    m_problem->setVisible(false);
    QDialog::accept();
}

void LiveDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void LiveDialog::retranslate()
{
    setWindowTitle(tr("Live mode"));
    m_intro->setText(tr("In live mode Kurir is a real SMTP server. Mail that real programs (swaks, a mail "
                        "client, Python's smtplib) send to it appears in the journey, the dialogue and the "
                        "mailboxes, and is stored in a Maildir folder on this computer."));
    m_listenLabel->setText(tr("&Listen on:"));
    m_listen->setToolTip(tr("IP address and port, such as 127.0.0.1:2525. 127.0.0.1 only accepts "
                            "connections from this computer; 0.0.0.0 accepts the whole classroom."));
    m_domainLabel->setText(tr("&Domain:"));
    m_domain->setToolTip(tr("Mail for addresses at this domain is accepted, such as bob@kurir.test"));
    m_maildirLabel->setText(tr("&Maildir folder:"));
    m_maildir->setToolTip(tr("Where accepted messages are stored, one folder per mailbox"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Start"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
}

} // namespace kurir::gui
