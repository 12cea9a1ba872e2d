#pragma once

#include <memory>

#include <QAbstractScrollArea>

#include "sequencelayout.h"
#include "visuals.h"

namespace kurir::gui {

/// Paints the sequence diagram: the widget's visible rows, or all of them for an export.
class SequencePainter
{
    Q_DECLARE_TR_FUNCTIONS(SequencePainter)

public:
    SequencePainter(const engine::Trace &trace, const SequenceLayout &layout, const Visuals::Theme &theme,
                    QString lang);
    /// The header (the actors' names over their lifelines) in a band `width` wide at y = 0.
    void paintHeader(QPainter &p, qreal width) const;
    /// Rows `first`..`last` with the rows' y measured from `top` (the bottom of the header in
    /// the painter's coordinates); row `current` highlighted.
    void paintRows(QPainter &p, int first, int last, int current, qreal top) const;
    /// The label of a row: the protocol line as sent (never translated), or what happened.
    QString label(int index) const;
    /// What a passive observer on the link reads instead, when `eavesdropper` is on: the
    /// same line before STARTTLS or on a connection without TLS, ciphertext after it.
    void setEavesdropper(bool on) { m_eavesdropper = on; }
    /// Stand-in ciphertext for `plain`: as long as the line, deterministic, unreadable.
    static QString ciphertext(const QByteArray &plain, int salt);

private:
    const engine::Trace &m_trace;
    const SequenceLayout &m_layout;
    Visuals::Theme m_theme;
    QString m_lang;
    bool m_eavesdropper = false;
};

/// The sequence diagram: one lifeline per actor, an arrow per command, reply, DNS query and
/// answer, TLS handshake; arrows coloured (and shaped) by reply class; the TLS-protected part
/// of each connection shaded; the current step marked. Clicking a row jumps to that step.
/// Only the rows in view are painted, so the bulk trace scrolls as smoothly as a lesson.
class SequenceView : public QAbstractScrollArea
{
    Q_OBJECT

public:
    explicit SequenceView(QWidget *parent = nullptr);

    void setTrace(std::shared_ptr<const engine::Trace> trace);
    int current() const { return m_current; }
    bool isEavesdropper() const { return m_eavesdropper; }
    /// Row `index`'s label as the view shows it now (tests, tooltips).
    QString labelOf(int index) const;
    const SequenceLayout &layout() const { return m_layout; }
    /// The y of row `index`'s top in viewport coordinates (tests; may be off-screen).
    int rowTopInViewport(int index) const;

    /// Writes the whole diagram (at most kMaxExportRows steps) as SVG or PNG; false with
    /// `error` set when the file cannot be written.
    bool exportSvg(const QString &path, QString *error = nullptr) const;
    bool exportPng(const QString &path, QString *error = nullptr) const;
    static constexpr int kMaxExportRows = 1000;

public slots:
    /// Marks step `index` and scrolls it into view.
    void setCurrent(int index);
    /// The eavesdropper lens: each link as a passive observer sees it.
    void setEavesdropper(bool on);

signals:
    /// The user clicked step `index`.
    void stepActivated(int index);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void changeEvent(QEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    void updateScrollBars();
    void relayout();
    void ensureCurrentVisible();
    QSizeF exportSize(int rows) const;
    void paintExport(QPainter &p, int rows) const;

    std::shared_ptr<const engine::Trace> m_trace;
    SequenceLayout m_layout;
    int m_current = -1;
    bool m_eavesdropper = false;
};

} // namespace kurir::gui
