#pragma once

#include <memory>

#include <QWidget>

#include "messageinspection.h"

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QTreeWidget;
class QTreeWidgetItem;
class QGroupBox;

namespace kurir::gui {

/// The message inspector: for the selected step, the message as it is at that moment — its
/// envelope beside its headers with the difference explained (a Bcc recipient, a spoofed
/// From), the Received: chain growing hop by hop, the MIME tree with a part shown encoded and
/// decoded, the raw source with dot-stuffing visible, and an AUTH line decoded to show that
/// base64 is not encryption.
class MessageInspector : public QWidget
{
    Q_OBJECT

public:
    explicit MessageInspector(QWidget *parent = nullptr);

    void setTrace(std::shared_ptr<const engine::Trace> trace);
    const MessageInspection &inspection() const { return m_inspection; }

    // For tests and screenshots: the parts a student reads.
    QString envelopeText() const;
    QString headersText() const;
    QString notesText() const;
    QString authText() const;
    QStringList receivedLines() const;
    QTreeWidget *mimeTree() const { return m_mime; }
    QString rawSource() const;
    QString partEncoded() const;
    QString partDecoded() const;

public slots:
    void setCurrent(int index);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void refresh();
    void refreshStep();
    void showPart(QTreeWidgetItem *item);

    std::shared_ptr<const engine::Trace> m_trace;
    int m_index = -1;
    MessageInspection m_inspection;

    QLabel *m_title;
    QGroupBox *m_authBox;
    QLabel *m_auth;
    QGroupBox *m_envelopeBox, *m_headersBox;
    QLabel *m_envelope, *m_headers, *m_notes;
    QGroupBox *m_receivedBox;
    QListWidget *m_received;
    QGroupBox *m_mimeBox;
    QTreeWidget *m_mime;
    QPlainTextEdit *m_encoded, *m_decoded;
    QGroupBox *m_rawBox;
    QLabel *m_rawNote;
    QPlainTextEdit *m_raw;
};

} // namespace kurir::gui
