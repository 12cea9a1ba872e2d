#include "mailboxesview.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "language.h"
#include "visuals.h"

namespace kurir::gui {

namespace {

constexpr int kSnapshotRole = Qt::UserRole + 1;
constexpr int kStepRole = Qt::UserRole + 2;

QString simulatedTime(qint64 ms)
{
    return QStringLiteral("%1:%2.%3").arg(ms / 60000).arg((ms / 1000) % 60, 2, 10, QLatin1Char('0')).arg((ms % 1000) / 100);
}

QString actorLabel(const engine::Trace &trace, const QByteArray &id)
{
    const qsizetype i = trace.actorIndex(id);
    return i >= 0 ? trace.actors[size_t(i)].label(currentLanguage()) : QString::fromUtf8(id);
}

} // namespace

MailboxesView::MailboxesView(QWidget *parent)
    : QWidget(parent),
      m_trace(std::make_shared<engine::Trace>()),
      m_mailboxTitle(new QLabel),
      m_queueTitle(new QLabel),
      m_mailboxes(new QTreeWidget),
      m_queue(new QTreeWidget)
{
    setObjectName(QStringLiteral("mailboxes"));
    for (QLabel *title : {m_mailboxTitle, m_queueTitle}) {
        QFont f = title->font();
        f.setPointSizeF(f.pointSizeF() * 1.25);
        f.setBold(true);
        title->setFont(f);
    }
    m_mailboxes->setColumnCount(4);
    m_mailboxes->setUniformRowHeights(true);
    m_mailboxes->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_mailboxes->header()->resizeSection(0, 300);
    m_mailboxes->header()->resizeSection(1, 320);
    m_queue->setColumnCount(6);
    m_queue->setRootIsDecorated(false);
    m_queue->setUniformRowHeights(true);
    m_queue->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_mailboxes, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) { openMessage(item); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_mailboxTitle);
    layout->addWidget(m_mailboxes, 3);
    layout->addWidget(m_queueTitle);
    layout->addWidget(m_queue, 2);
    retranslate();
}

void MailboxesView::setTrace(std::shared_ptr<const engine::Trace> trace)
{
    m_trace = trace ? std::move(trace) : std::make_shared<engine::Trace>();
    m_state = {};
    m_index = -1;
    setCurrent(0);
}

void MailboxesView::setCurrent(int index)
{
    // Forward from where the state is; back means starting again (the state is small).
    if (index < m_index) {
        m_state = {};
        m_index = -1;
    }
    advanceMailState(m_state, *m_trace, m_index, index);
    m_index = index;
    rebuild();
}

void MailboxesView::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        rebuild();
    }
}

void MailboxesView::retranslate()
{
    setAccessibleName(tr("Mailboxes and queues"));
    m_mailboxTitle->setText(tr("Mailboxes"));
    m_queueTitle->setText(tr("Queues of the sending servers"));
    m_mailboxes->setHeaderLabels({tr("Mailbox / sender"), tr("Subject"), tr("Size"), tr("Stored at step")});
    m_queue->setHeaderLabels({tr("Server"), tr("Queue id"), tr("Sender"), tr("Recipients"), tr("Attempts"), tr("Waiting for")});
}

void MailboxesView::rebuild()
{
    m_mailboxes->setUpdatesEnabled(false);
    m_mailboxes->clear();
    // The bulk scenario fills thousands of mailboxes: the first ones are listed, the rest
    // counted, so a step stays quick.
    const qsizetype boxes = qMin<qsizetype>(m_state.mailboxes.size(), kMaxListed);
    for (qsizetype b = 0; b < boxes; ++b) {
        const MailboxState &box = m_state.mailboxes[b];
        auto *top = new QTreeWidgetItem(m_mailboxes);
        top->setText(0, QString::fromUtf8(box.address));
        top->setText(1, tr("%n message(s), at %1", nullptr, int(box.messages.size())).arg(actorLabel(*m_trace, box.host)));
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        // The newest first, as a mail client lists its inbox.
        const qsizetype shown = qMin<qsizetype>(box.messages.size(), kMaxListed);
        for (qsizetype k = 0; k < shown; ++k) {
            const StoredMessage &m = box.messages[box.messages.size() - 1 - k];
            const auto [from, subject] = fromAndSubject(*m_trace, m.snapshot);
            auto *item = new QTreeWidgetItem(top);
            item->setText(0, m.bounce ? tr("Bounce from %1").arg(from) : from); // the marker first: long names are elided
            item->setText(1, subject);
            item->setText(2, tr("%n byte(s)", nullptr, int(m.bytes)));
            item->setText(3, QString::number(m.step + 1));
            item->setData(0, kSnapshotRole, m.snapshot);
            item->setData(0, kStepRole, m.step);
            item->setToolTip(0, tr("Double-click or press Enter to read it"));
        }
        if (box.messages.size() > shown) {
            auto *more = new QTreeWidgetItem(top);
            more->setText(0, tr("… and %n older message(s)", nullptr, int(box.messages.size() - shown)));
        }
    }
    if (m_state.mailboxes.size() > boxes)
        new QTreeWidgetItem(m_mailboxes, {tr("… and %n more mailbox(es)", nullptr, int(m_state.mailboxes.size() - boxes))});
    if (m_state.mailboxes.isEmpty())
        new QTreeWidgetItem(m_mailboxes, {tr("No message has been delivered yet.")});
    // Open at a glance for a lesson; collapsed for the bulk run, where a teacher opens one.
    if (boxes <= 20)
        m_mailboxes->expandAll();
    m_mailboxes->setUpdatesEnabled(true);

    m_queue->clear();
    const qint64 now = m_index >= 0 && size_t(m_index) < m_trace->events.size() ? m_trace->events[size_t(m_index)].timeMs : 0;
    const qsizetype shown = qMin<qsizetype>(m_state.queue.size(), kMaxListed);
    for (qsizetype k = 0; k < shown; ++k) {
        const QueueEntry &q = m_state.queue[k];
        QString waiting = q.nextAttemptMs < 0
                              ? tr("being delivered")
                              : tr("retry at %1 (in %2 s) after: %3")
                                    .arg(simulatedTime(q.nextAttemptMs))
                                    .arg(qMax<qint64>(0, (q.nextAttemptMs - now + 999) / 1000))
                                    .arg(QString::fromUtf8(q.lastReply));
        new QTreeWidgetItem(m_queue, {actorLabel(*m_trace, q.owner), QString::fromUtf8(q.id), QString::fromUtf8(q.sender),
                                      QString::fromUtf8(q.recipients), QString::number(q.attempts), waiting});
    }
    if (m_state.queue.size() > shown)
        new QTreeWidgetItem(m_queue, {tr("… and %n more", nullptr, int(m_state.queue.size() - shown))});
    if (m_state.queue.isEmpty())
        new QTreeWidgetItem(m_queue, {tr("The queues are empty.")});
}

void MailboxesView::openMessage(QTreeWidgetItem *item)
{
    if (!item || !item->data(0, kSnapshotRole).isValid())
        return;
    const qint32 snapshot = item->data(0, kSnapshotRole).toInt();
    emit stepActivated(item->data(0, kStepRole).toInt());
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("readMessage"));
    dialog->setWindowTitle(tr("Message in %1").arg(item->parent() ? item->parent()->text(0) : QString()));
    auto *text = new QPlainTextEdit(readerText(*m_trace, snapshot));
    text->setReadOnly(true);
    QFont f = text->font();
    f.setPointSizeF(f.pointSizeF() * 1.2);
    text->setFont(f);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(text);
    layout->addWidget(buttons);
    dialog->resize(640, 480);
    dialog->show();
}

} // namespace kurir::gui
