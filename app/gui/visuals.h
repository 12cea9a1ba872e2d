#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QIcon>
#include <QPalette>
#include <QPixmap>
#include <QRectF>
#include <QString>

class QPainter;

namespace kurir::gui {

/// The look of Kurir in one place: the calm palette, the colour-blind-safe reply classes
/// (Okabe–Ito colour *and* a shape *and* a word), fonts and the project's own figures.
class Visuals
{
    Q_DECLARE_TR_FUNCTIONS(Visuals)

public:
    // Okabe–Ito, safe for the common colour-vision deficiencies.
    static constexpr QRgb kBlue = 0x0072B2;       ///< 2xx, and the one accent colour
    static constexpr QRgb kOrange = 0xE69F00;     ///< 3xx
    static constexpr QRgb kVermillion = 0xD55E00; ///< 4xx
    static constexpr QRgb kPurple = 0xCC79A7;     ///< 5xx (Okabe–Ito "reddish purple")
    static constexpr QRgb kGreen = 0x009E73;      ///< TLS
    static constexpr QRgb kInk = 0x263645;        ///< lines and text of the figures
    static constexpr QRgb kMuted = 0x5B6B7A;      ///< secondary text
    static constexpr QRgb kCanvas = 0xFAFAF7;     ///< the journey's background
    static constexpr QRgb kHighlight = 0xFFF1B0;  ///< the current step

    /// Reply classes by first digit; None for everything that is not a reply.
    enum class ReplyClass { None, Positive, Intermediate, Transient, Permanent };
    static ReplyClass replyClass(int code);
    static QColor replyColor(ReplyClass c);
    /// A darker shade of the class colour, readable as text on white.
    static QColor replyTextColor(ReplyClass c);
    /// "2xx success", "3xx go on", "4xx try again later", "5xx refused".
    static QString replyLabel(ReplyClass c);
    /// Draws the class's shape in `box`: a circle with a tick (2xx), an arrow (3xx), a
    /// triangle with "!" (4xx), an octagon with a cross (5xx). Shapes tell the classes apart
    /// for those who cannot tell the colours apart.
    static void paintReplyShape(QPainter &p, const QRectF &box, ReplyClass c);

    /// A figure of resources/figures (laptop, server, dns, mailbox, envelope, padlock, ...)
    /// rendered at `size` logical pixels for the given device pixel ratio, cached.
    static QPixmap figure(const QString &name, int size, qreal dpr);
    /// A toolbar icon of resources/icons.
    static QIcon icon(const QString &name);
    /// The figure for an actor role ("mua", "submission", ...).
    static QString figureForRole(const QByteArray &role);

    static QFont monospace(qreal pointSize);

    /// The colours of one look: the light one (the projector's), its high-contrast variant
    /// for presentation mode, and a dark one when the system's palette is dark. Text colours
    /// keep a contrast of at least 4.5:1 (WCAG AA) with the grounds they are drawn on.
    struct Theme
    {
        bool dark = false;
        QColor canvas;       ///< the journey's background
        QColor ink;          ///< text and lines
        QColor muted;        ///< secondary text
        QColor linkIdle;     ///< a link with no connection open
        QColor linkOpen;     ///< a link with a connection open
        QColor linkTls;      ///< a link under TLS (with its padlock and tint)
        QColor plate;        ///< behind each figure (the figures are drawn for a light ground)
        QColor paper;        ///< the explanation's and the dialogue's ground
        QColor serverGround; ///< the dialogue's server lines
        QColor highlight;    ///< the current step's ground
        QColor highlightInk; ///< text on `highlight`
        QColor term;         ///< glossary terms in the explanation
        QColor replyText(ReplyClass c) const;
    };
    /// The look for `palette` (dark when its window colour is dark); `presentation` is
    /// always the light high-contrast look, whatever the system's.
    static Theme theme(const QPalette &palette, bool presentation = false);
    /// The look for the application's palette.
    static Theme theme(bool presentation = false);
    static bool isDark(const QPalette &palette);
    /// WCAG contrast ratio of two colours (1 to 21).
    static qreal contrast(const QColor &a, const QColor &b);
};

} // namespace kurir::gui
