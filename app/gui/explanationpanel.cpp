#include "explanationpanel.h"

#include <cmath>

#include <QCursor>
#include <QEvent>
#include <QLabel>
#include <QScrollArea>
#include <QToolTip>
#include <QVBoxLayout>

#include "engine/narration.h"
#include "glossary.h"
#include "language.h"
#include "player.h"
#include "transcriptmodel.h"
#include "visuals.h"

namespace kurir::gui {

ExplanationPanel::ExplanationPanel(Player *player, QWidget *parent)
    : QFrame(parent)
    , m_player(player)
    , m_caption(new QLabel(this))
    , m_line(new QLabel(this))
    , m_text(new QLabel(this))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("explanation"));
    setFrameShape(QFrame::NoFrame);
    setAutoFillBackground(true);

    QFont captionFont = font();
    captionFont.setPointSizeF(std::max(12.0, captionFont.pointSizeF() * 1.1));
    captionFont.setBold(true);
    m_caption->setFont(captionFont);
    m_caption->setWordWrap(true);

    // The line on the wire of this step, shown in presentation mode (the dialogue is hidden
    // there): monospace, broken only at spaces.
    m_line->setObjectName(QStringLiteral("currentLine"));
    m_line->setFont(Visuals::monospace(22));
    m_line->setWordWrap(true);
    m_line->setTextFormat(Qt::RichText);
    m_line->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_line->hide();

    QFont textFont = font();
    textFont.setPointSizeF(18); // DESIGN.md: at least 16 pt in the window
    m_text->setFont(textFont);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::RichText);
    m_text->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_text->setTextInteractionFlags(Qt::LinksAccessibleByMouse);
    m_text->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    connect(m_text, &QLabel::linkHovered, this, [this](const QString &link) {
        if (!link.startsWith(QLatin1String("term:"))) {
            QToolTip::hideText();
            return;
        }
        QToolTip::showText(QCursor::pos(), Glossary::definition(link.mid(5).toInt()), m_text);
    });
    connect(m_text, &QLabel::linkActivated, this, [this](const QString &link) {
        if (link.startsWith(QLatin1String("term:")))
            QToolTip::showText(QCursor::pos(), Glossary::definition(link.mid(5).toInt()), m_text);
    });

    QFont noteFont = font();
    noteFont.setPointSizeF(std::max(12.0, noteFont.pointSizeF() * 1.1));
    noteFont.setItalic(true);
    m_note->setFont(noteFont);
    m_note->setWordWrap(true);
    m_note->hide();

    // The text and the teacher's note scroll when a long explanation meets a small window,
    // rather than being cut off.
    auto *body = new QWidget;
    auto *bodyLayout = new QVBoxLayout(body);
    bodyLayout->setContentsMargins(0, 0, 0, 0);
    bodyLayout->setSpacing(6);
    bodyLayout->addWidget(m_text);
    bodyLayout->addWidget(m_note);
    bodyLayout->addStretch(1);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidget(body);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setFocusPolicy(Qt::NoFocus);
    m_scroll->viewport()->setAutoFillBackground(false);
    body->setAutoFillBackground(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 10, 20, 8);
    layout->setSpacing(6);
    layout->addWidget(m_caption);
    layout->addWidget(m_line);
    layout->addWidget(m_scroll, 1);

    connect(m_player, &Player::indexChanged, this, &ExplanationPanel::retranslate);
    connect(m_player, &Player::traceChanged, this, &ExplanationPanel::retranslate);
    applyTheme();
    retranslate();
}

void ExplanationPanel::applyTheme()
{
    const Visuals::Theme t = Visuals::theme(m_presentation);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, t.paper);
    pal.setColor(QPalette::WindowText, t.ink);
    pal.setColor(QPalette::Base, t.paper);
    setPalette(pal);
    for (QLabel *muted : {m_caption, m_note}) {
        QPalette p = muted->palette();
        p.setColor(QPalette::WindowText, t.muted);
        muted->setPalette(p);
    }
}

void ExplanationPanel::setPresentation(bool on)
{
    m_presentation = on;
    QFont f = m_text->font();
    f.setPointSizeF(on ? 26 : 18);
    m_text->setFont(f);
    QFont c = m_caption->font();
    c.setPointSizeF(on ? 18 : std::max(12.0, font().pointSizeF() * 1.1));
    m_caption->setFont(c);
    m_line->setVisible(on);
    applyTheme();
    retranslate();
    updateGeometry();
}

void ExplanationPanel::setNotes(const QList<scenario::TeacherNote> &notes)
{
    m_notes = notes;
    retranslate();
}

QSize ExplanationPanel::sizeHint() const
{
    // Room for a long explanation (about 420 characters) at the current width, 3 to 6
    // lines: the panel keeps its height from step to step, so nothing jumps.
    const QFontMetrics text(m_text->font()), caption(m_caption->font());
    const QMargins m = layout()->contentsMargins();
    const int width = std::max(300, (window() ? window()->width() : 1000) - m.left() - m.right() - 20);
    // ... but never more than about a quarter of the window's height: the journey comes first.
    const int most = std::clamp(int((window() ? window()->height() : 800) * 0.25 / text.lineSpacing()), 2, 6);
    const int lines = std::clamp(int(std::ceil(420.0 * text.averageCharWidth() / width)), std::min(3, most), most);
    const int line = m_line->isVisibleTo(this) ? m_line->heightForWidth(width) + 6 : 0;
    return {800, m.top() + caption.height() + 6 + line + text.lineSpacing() * lines + m.bottom() + 8};
}

QString ExplanationPanel::text() const
{
    return m_plain;
}

QString ExplanationPanel::caption() const
{
    return m_caption->text();
}

QString ExplanationPanel::currentLine() const
{
    return m_linePlain;
}

void ExplanationPanel::showCurrentLine()
{
    // Up to three lines of the step's text, as the dialogue has them: "C:" or "S:" and the
    // line; a reply's code in its class's colour, with the class said in words.
    m_linePlain.clear();
    const int i = m_player->index();
    if (i < 0 || !m_presentation) {
        m_line->clear();
        return;
    }
    const engine::Trace &trace = m_player->trace();
    const engine::TraceEvent &e = trace.events[size_t(i)];
    const Visuals::Theme t = Visuals::theme(true);
    QStringList lines = QString::fromUtf8(trace.eventText(e)).split(QLatin1Char('\n'));
    while (lines.size() > 1 && lines.last().isEmpty())
        lines.removeLast();
    const bool wire = e.kind == engine::EventKind::SmtpCommand || e.kind == engine::EventKind::SmtpReply
                      || e.kind == engine::EventKind::SmtpData;
    const QString side = wire ? TranscriptModel::sideLabel(e) : QString();
    constexpr int kShown = 3;
    const qsizetype hidden = lines.size() > kShown ? lines.size() - (kShown - 1) : 0;
    if (hidden > 0)
        lines = lines.mid(0, kShown - 1);
    const Visuals::ReplyClass rc = e.kind == engine::EventKind::SmtpReply ? Visuals::replyClass(e.code)
                                                                          : Visuals::ReplyClass::None;
    QStringList html;
    QStringList plain;
    for (const QString &l : std::as_const(lines)) {
        plain << (side.isEmpty() ? l : side + QLatin1Char(' ') + l);
        QString body = l.toHtmlEscaped();
        if (rc != Visuals::ReplyClass::None && l.size() >= 3)
            body = QStringLiteral("<b style='color:%1'>%2</b>%3")
                       .arg(t.replyText(rc).name(), l.left(3).toHtmlEscaped(), l.mid(3).toHtmlEscaped());
        html << (side.isEmpty() ? body : QStringLiteral("<b>%1</b> %2").arg(side.toHtmlEscaped(), body));
    }
    if (hidden > 0) {
        const QString more = tr("… %n more line(s)", nullptr, int(hidden));
        plain << more;
        html << QStringLiteral("<i style='color:%1'>%2</i>").arg(t.muted.name(), more.toHtmlEscaped());
    }
    if (rc != Visuals::ReplyClass::None) {
        // The class in words too: colour never says it alone.
        const QString label = Visuals::replyLabel(rc);
        plain.last() += QStringLiteral("  (%1)").arg(label);
        html.last() += QStringLiteral(" <span style='color:%1'>(%2)</span>").arg(t.replyText(rc).name(), label.toHtmlEscaped());
    }
    m_linePlain = plain.join(QLatin1Char('\n'));
    // pre-wrap: spaces kept as on the wire, lines broken only at spaces.
    m_line->setText(QStringLiteral("<div style='white-space:pre-wrap'>%1</div>").arg(html.join(QStringLiteral("<br>"))));
    m_line->setAccessibleName(tr("Current line of the dialogue"));
    m_line->setAccessibleDescription(m_linePlain);
}

void ExplanationPanel::retranslate()
{
    setAccessibleName(tr("Explanation"));
    m_text->setAccessibleName(tr("Explanation of the step"));
    const int i = m_player->index();
    if (i < 0) {
        m_caption->clear();
        m_plain = tr("Choose a scenario to begin.");
        m_text->setText(m_plain.toHtmlEscaped());
        m_note->hide();
        return;
    }
    const engine::Trace &trace = m_player->trace();
    const engine::TraceEvent &e = trace.events[size_t(i)];
    const QString lang = currentLanguage();
    auto label = [&](int a) { return a >= 0 && size_t(a) < trace.actors.size() ? trace.actors[size_t(a)].label(lang) : QString(); };
    const QString who = e.to >= 0 && e.to != e.from ? tr("%1 → %2").arg(label(e.from), label(e.to)) : label(e.from);
    m_caption->setText(tr("Step %1 of %2  ·  %3  ·  %4")
                           .arg(i + 1)
                           .arg(m_player->count())
                           .arg(engine::Narration::stageTitle(e.stage), who));
    m_plain = engine::Narration::explain(e, trace, lang);
    m_text->setText(Glossary::markup(m_plain, Visuals::theme(m_presentation).term.name()));
    m_text->setAccessibleDescription(m_plain);

    QString note;
    for (const scenario::TeacherNote &n : m_notes)
        if (n.step == i + 1)
            note = n.text.in(lang);
    m_note->setVisible(!note.isEmpty());
    m_note->setText(note.isEmpty() ? QString() : tr("Teacher's note: %1").arg(note));
    showCurrentLine();
}

bool ExplanationPanel::event(QEvent *event)
{
    // The desktop went dark, or light. (QWidget passes ApplicationPaletteChange to event()
    // only; the palette this panel sets itself comes back as a PaletteChange.)
    if ((event->type() == QEvent::ApplicationPaletteChange || event->type() == QEvent::PaletteChange) && !m_theming
        && Visuals::theme(m_presentation).paper != palette().color(QPalette::Window)) {
        m_theming = true;
        applyTheme();
        retranslate(); // the glossary terms' colour
        m_theming = false;
    }
    return QFrame::event(event);
}

void ExplanationPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();

    QFrame::changeEvent(event);
}

} // namespace kurir::gui
