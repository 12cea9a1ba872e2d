#pragma once

#include <QDialog>

#include "livemode.h"

class QLabel;
class QLineEdit;
class QDialogButtonBox;

namespace kurir::gui {

/// Live mode's settings (where to listen, for which domain, where to store), asked for the
/// first time live mode starts. Not modal: the lesson stays usable behind it.
class LiveDialog : public QDialog
{
    Q_OBJECT

public:
    explicit LiveDialog(QWidget *parent = nullptr);

    void setSettings(const LiveSettings &settings);
    LiveSettings settings() const;
    QLineEdit *listenEdit() const { return m_listen; }
    QLineEdit *domainEdit() const { return m_domain; }
    QLineEdit *maildirEdit() const { return m_maildir; }

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_intro, *m_listenLabel, *m_domainLabel, *m_maildirLabel, *m_problem;
    QLineEdit *m_listen, *m_domain, *m_maildir;
    QDialogButtonBox *m_buttons;
};

} // namespace kurir::gui
