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
#include "visuals.h"

namespace kurir::gui {

ExplanationPanel::ExplanationPanel(Player *player, QWidget *parent)
    : QFrame(parent)
    , m_player(player)
    , m_caption(new QLabel(this))
    , m_text(new QLabel(this))
    , m_note(new QLabel(this))
{
    setObjectName(QStringLiteral("explanation"));
    setFrameShape(QFrame::NoFrame);
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, Qt::white);
    pal.setColor(QPalette::WindowText, QColor(Visuals::kInk));
    setPalette(pal);

    QFont captionFont = font();
    captionFont.setPointSizeF(std::max(12.0, captionFont.pointSizeF() * 1.1));
    captionFont.setBold(true);
    m_caption->setFont(captionFont);
    m_caption->setStyleSheet(QStringLiteral("color: #5B6B7A;"));

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
    m_note->setStyleSheet(QStringLiteral("color: #5B6B7A;"));
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
    layout->addWidget(m_scroll, 1);

    connect(m_player, &Player::indexChanged, this, &ExplanationPanel::retranslate);
    connect(m_player, &Player::traceChanged, this, &ExplanationPanel::retranslate);
    retranslate();
}

void ExplanationPanel::setPresentation(bool on)
{
    QFont f = m_text->font();
    f.setPointSizeF(on ? 24 : 18);
    m_text->setFont(f);
    QFont c = m_caption->font();
    c.setPointSizeF(on ? 16 : std::max(12.0, font().pointSizeF() * 1.1));
    m_caption->setFont(c);
    QPalette pal = palette();
    pal.setColor(QPalette::WindowText, on ? QColor(Qt::black) : QColor(Visuals::kInk));
    setPalette(pal);
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
    return {800, m.top() + caption.height() + 6 + text.lineSpacing() * lines + m.bottom() + 8};
}

QString ExplanationPanel::text() const
{
    return m_plain;
}

QString ExplanationPanel::caption() const
{
    return m_caption->text();
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
    m_text->setText(Glossary::markup(m_plain, QStringLiteral("#005A8C")));
    m_text->setAccessibleDescription(m_plain);

    QString note;
    for (const scenario::TeacherNote &n : m_notes)
        if (n.step == i + 1)
            note = n.text.in(lang);
    m_note->setVisible(!note.isEmpty());
    m_note->setText(note.isEmpty() ? QString() : tr("Teacher's note: %1").arg(note));
}

void ExplanationPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

} // namespace kurir::gui
