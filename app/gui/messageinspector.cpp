#include "messageinspector.h"

#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "visuals.h"

namespace kurir::gui {

namespace {

constexpr int kPartRole = Qt::UserRole + 1; // the path of a MIME part: child indexes

QPlainTextEdit *sourceBox()
{
    auto *edit = new QPlainTextEdit;
    edit->setReadOnly(true);
    edit->setFont(Visuals::monospace(10.5));
    // Protocol text is never wrapped mid-word; long lines scroll.
    edit->setLineWrapMode(QPlainTextEdit::NoWrap);
    return edit;
}

QLabel *textLabel()
{
    auto *label = new QLabel;
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

QString plain(const QByteArray &bytes) { return QString::fromUtf8(bytes); }

QString sizeText(qint64 bytes)
{
    return MessageInspector::tr("%n byte(s)", nullptr, int(qMin<qint64>(bytes, INT_MAX)));
}

const mail::MimePart *partAt(const mail::MimePart &root, const QList<int> &path)
{
    const mail::MimePart *p = &root;
    for (int i : path) {
        if (i < 0 || i >= p->children.size())
            return nullptr;
        p = &p->children[i];
    }
    return p;
}

void addParts(QTreeWidgetItem *parent, QTreeWidget *tree, const mail::MimePart &part, QList<int> path)
{
    QStringList columns{QString::fromUtf8(part.contentType),
                        part.isMultipart() ? QString() : sizeText(part.encodedSize),
                        QString::fromUtf8(part.transferEncoding), part.fileName};
    auto *item = parent ? new QTreeWidgetItem(parent, columns) : new QTreeWidgetItem(tree, columns);
    item->setData(0, kPartRole, QVariant::fromValue(path));
    for (int i = 0; i < part.children.size(); ++i) {
        QList<int> child = path;
        child << i;
        addParts(item, tree, part.children[i], child);
    }
}

} // namespace

MessageInspector::MessageInspector(QWidget *parent)
    : QWidget(parent),
      m_trace(std::make_shared<engine::Trace>()),
      m_title(new QLabel),
      m_authBox(new QGroupBox),
      m_auth(textLabel()),
      m_envelopeBox(new QGroupBox),
      m_headersBox(new QGroupBox),
      m_envelope(textLabel()),
      m_headers(textLabel()),
      m_notes(textLabel()),
      m_receivedBox(new QGroupBox),
      m_received(new QListWidget),
      m_mimeBox(new QGroupBox),
      m_mime(new QTreeWidget),
      m_encoded(sourceBox()),
      m_decoded(sourceBox()),
      m_rawBox(new QGroupBox),
      m_rawNote(textLabel()),
      m_raw(sourceBox())
{
    setObjectName(QStringLiteral("inspector"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);

    auto *authLayout = new QVBoxLayout(m_authBox);
    authLayout->addWidget(m_auth);

    m_envelope->setFont(Visuals::monospace(10.5));
    (new QVBoxLayout(m_envelopeBox))->addWidget(m_envelope);
    (new QVBoxLayout(m_headersBox))->addWidget(m_headers);
    auto *sideBySide = new QHBoxLayout;
    sideBySide->addWidget(m_envelopeBox, 1);
    sideBySide->addWidget(m_headersBox, 1);

    m_received->setFont(Visuals::monospace(10));
    m_received->setWordWrap(true);
    m_received->setMaximumHeight(150);
    (new QVBoxLayout(m_receivedBox))->addWidget(m_received);

    m_mime->setColumnCount(4);
    m_mime->setRootIsDecorated(true);
    m_mime->setMaximumHeight(150);
    m_mime->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    auto *parts = new QHBoxLayout;
    parts->addWidget(m_encoded);
    parts->addWidget(m_decoded);
    m_encoded->setMaximumHeight(140);
    m_decoded->setLineWrapMode(QPlainTextEdit::WidgetWidth); // decoded text is prose: wrap it
    m_decoded->setMaximumHeight(140);
    auto *mimeLayout = new QVBoxLayout(m_mimeBox);
    mimeLayout->addWidget(m_mime);
    mimeLayout->addLayout(parts);
    connect(m_mime, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) { showPart(item); });

    m_raw->setMinimumHeight(180);
    auto *rawLayout = new QVBoxLayout(m_rawBox);
    rawLayout->addWidget(m_rawNote);
    rawLayout->addWidget(m_raw);

    auto *content = new QWidget;
    auto *column = new QVBoxLayout(content);
    column->addWidget(m_title);
    column->addWidget(m_authBox);
    column->addLayout(sideBySide);
    column->addWidget(m_notes);
    column->addWidget(m_receivedBox);
    column->addWidget(m_mimeBox);
    column->addWidget(m_rawBox, 1);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    retranslate();
    refresh();
}

void MessageInspector::setTrace(std::shared_ptr<const engine::Trace> trace)
{
    m_trace = trace ? std::move(trace) : std::make_shared<engine::Trace>();
    m_index = -1;
    m_inspection = {};
    setCurrent(0);
}

void MessageInspector::setCurrent(int index)
{
    m_index = index;
    const int before = m_inspection.snapshot;
    m_inspection = inspectAt(*m_trace, index, &m_inspection);
    if (m_inspection.snapshot == before && before >= 0) {
        refreshStep(); // the same message: only the title and the AUTH line change
        return;
    }
    refresh();
}

void MessageInspector::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        refresh();
    }
}

void MessageInspector::retranslate()
{
    setAccessibleName(tr("Message inspector"));
    m_authBox->setTitle(tr("The password line, decoded"));
    m_envelopeBox->setTitle(tr("Envelope: what the servers read"));
    m_headersBox->setTitle(tr("Headers: what Bob's mail client shows"));
    m_receivedBox->setTitle(tr("Received: chain (newest first, one line per server)"));
    m_mimeBox->setTitle(tr("MIME parts: a part as sent (left) and decoded (right)"));
    m_mime->setHeaderLabels({tr("Type"), tr("Size"), tr("Encoding"), tr("File name")});
    m_rawBox->setTitle(tr("Source as it crossed the wire after DATA"));
    m_encoded->setPlaceholderText(tr("Choose a part above."));
}

void MessageInspector::refreshStep()
{
    const MessageInspection &in = m_inspection;
    m_authBox->setVisible(in.authDecoded.has_value());
    if (in.authDecoded)
        m_auth->setText(tr("On the wire: %1\nDecoded: %2\n\nBase64 is an encoding, not encryption: anyone who "
                           "reads this line reads the user name and the password ([NUL] separates them). "
                           "That is why the client sends AUTH only after STARTTLS.")
                            .arg(plain(in.authEncoded), *in.authDecoded));
    if (in.snapshot < 0)
        m_title->setText(tr("No message yet: step forward until Alice's mail client composes it."));
    else
        m_title->setText(tr("The message at step %1").arg(in.step + 1));
}

void MessageInspector::refresh()
{
    const MessageInspection &in = m_inspection;
    const bool has = in.snapshot >= 0;
    refreshStep();
    for (QWidget *w : {static_cast<QWidget *>(m_envelopeBox), static_cast<QWidget *>(m_headersBox),
                       static_cast<QWidget *>(m_notes), static_cast<QWidget *>(m_receivedBox),
                       static_cast<QWidget *>(m_mimeBox), static_cast<QWidget *>(m_rawBox)})
        w->setVisible(has);
    if (!has)
        return;

    QStringList envelope{QStringLiteral("MAIL FROM:<%1>").arg(plain(in.envelopeFrom))};
    for (const QByteArray &rcpt : in.envelopeTo)
        envelope << QStringLiteral("RCPT TO:<%1>").arg(plain(rcpt));
    m_envelope->setText(envelope.join(u'\n'));
    QStringList headers{tr("From: %1").arg(in.headerFrom), tr("To: %1").arg(in.headerTo)};
    if (!in.headerCc.isEmpty())
        headers << tr("Cc: %1").arg(in.headerCc);
    headers << tr("Subject: %1").arg(in.subject);
    m_headers->setText(headers.join(u'\n'));

    QStringList notes;
    for (const QByteArray &rcpt : in.envelopeOnly)
        notes << tr("%1 is in the envelope but in no To or Cc header: a Bcc recipient. The servers "
                    "deliver to the envelope; the other recipients never see this address.").arg(plain(rcpt));
    if (in.fromDiffers)
        notes << (in.envelopeFrom.isEmpty()
                      ? tr("The envelope sender is empty (<>): this is a bounce, and nobody answers a bounce "
                           "with another bounce.")
                      : tr("The From header (%1) is not the envelope sender (%2). SMTP itself does not check "
                           "the From header: a forged sender looks real to the reader, which is why receiving "
                           "servers check SPF, DKIM and DMARC.").arg(in.headerFrom, plain(in.envelopeFrom)));
    if (notes.isEmpty())
        notes << tr("Envelope and headers agree here: the servers deliver to the envelope, the reader sees "
                    "the headers.");
    m_notes->setText(notes.join(QStringLiteral("\n\n")));

    m_received->clear();
    for (qsizetype i = 0; i < in.receivedChain.size(); ++i)
        m_received->addItem(QStringLiteral("%1. Received: %2").arg(i + 1).arg(plain(in.receivedChain[i]).simplified()));
    if (in.receivedChain.isEmpty())
        m_received->addItem(tr("None yet: each server that accepts the message adds one line at the top."));

    m_mime->clear();
    if (in.parsed.ok)
        addParts(nullptr, m_mime, in.parsed.root, {});
    m_mime->expandAll();
    m_encoded->clear();
    m_decoded->clear();
    // Show the first part with a transfer encoding (the base64 attachment), else the first leaf.
    QTreeWidgetItem *pick = nullptr;
    for (QTreeWidgetItemIterator it(m_mime); *it; ++it) {
        if ((*it)->childCount() == 0 && !pick)
            pick = *it;
        if ((*it)->text(2) == QLatin1String("base64")) {
            pick = *it;
            break;
        }
    }
    if (pick)
        m_mime->setCurrentItem(pick);

    // A 27 MB video is not read on screen: the first 64 KB show how the source looks.
    constexpr qsizetype kRawShown = 64 * 1024;
    QString raw = plain(in.wire.first(qMin(in.wire.size(), kRawShown))).replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    if (in.wire.size() > kRawShown)
        raw += u'\n' + tr("… %n more byte(s) not shown", nullptr, int(qMin<qsizetype>(in.wire.size() - kRawShown, INT_MAX)));
    m_raw->setPlainText(raw);
    m_rawNote->setText(in.stuffedLines > 0
                           ? tr("%n line(s) of the message start with a dot: the client doubled that dot on the wire "
                                "(dot-stuffing, RFC 5321 §4.5.2), so no line of the message can end the data early. "
                                "The server removes it again.", nullptr, in.stuffedLines)
                           : tr("The data ends with a line holding only a dot. A line of the message that starts with "
                                "a dot would have it doubled on the wire (dot-stuffing)."));
}

void MessageInspector::showPart(QTreeWidgetItem *item)
{
    m_encoded->clear();
    m_decoded->clear();
    if (!item)
        return;
    const mail::MimePart *part = partAt(m_inspection.parsed.root, item->data(0, kPartRole).value<QList<int>>());
    if (!part || part->isMultipart())
        return;
    constexpr qsizetype kShow = 4096; // enough to see the pattern; the rest is elided
    auto shown = [](const QByteArray &bytes) {
        return bytes.size() > kShow ? QString::fromUtf8(bytes.first(kShow)) + QStringLiteral("\n…") : QString::fromUtf8(bytes);
    };
    m_encoded->setPlainText(shown(part->encodedBody));
    if (!part->text.isEmpty() || part->contentType.startsWith("text/")) {
        m_decoded->setPlainText(part->text.left(int(kShow)));
    } else {
        // Binary content: its bytes in hexadecimal, as a file viewer would show them.
        m_decoded->setPlainText(QString::fromLatin1(part->decodedBody.first(qMin(part->decodedBody.size(), qsizetype(512))).toHex(' ')));
    }
}

QString MessageInspector::envelopeText() const { return m_envelope->text(); }
QString MessageInspector::headersText() const { return m_headers->text(); }
QString MessageInspector::notesText() const { return m_notes->text(); }
QString MessageInspector::authText() const { return m_authBox->isVisibleTo(this) ? m_auth->text() : QString(); }
QString MessageInspector::rawSource() const { return m_raw->toPlainText(); }
QString MessageInspector::partEncoded() const { return m_encoded->toPlainText(); }
QString MessageInspector::partDecoded() const { return m_decoded->toPlainText(); }

QStringList MessageInspector::receivedLines() const
{
    QStringList out;
    for (int i = 0; i < m_received->count(); ++i)
        out << m_received->item(i)->text();
    return out;
}

} // namespace kurir::gui
