#pragma once

#include <memory>

#include <QWidget>

#include "mailboxstate.h"

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace kurir::gui {

/// Every mailbox (Bob's inbox; Alice's, with a bounce) and every sending server's queue with
/// its retry timers, as they are at the cursor. Opening a message shows it as a mail client
/// would.
class MailboxesView : public QWidget
{
    Q_OBJECT

public:
    explicit MailboxesView(QWidget *parent = nullptr);

    void setTrace(std::shared_ptr<const engine::Trace> trace);
    const MailState &state() const { return m_state; }
    QTreeWidget *mailboxTree() const { return m_mailboxes; }
    QTreeWidget *queueTree() const { return m_queue; }
    /// Opens the message of a mailbox item as a mail client shows it (a dialog).
    void openMessage(QTreeWidgetItem *item);

    static constexpr int kMaxListed = 200; ///< messages listed per mailbox (the bulk has thousands)

public slots:
    void setCurrent(int index);

signals:
    /// The user asked to see the step that stored a message.
    void stepActivated(int index);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void rebuild();

    std::shared_ptr<const engine::Trace> m_trace;
    MailState m_state;
    int m_index = -1; ///< the step m_state is at
    QLabel *m_mailboxTitle, *m_queueTitle;
    QTreeWidget *m_mailboxes, *m_queue;
};

} // namespace kurir::gui
