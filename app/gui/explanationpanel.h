#pragma once

#include <QFrame>
#include <QList>

#include "scenario/scenario.h"

class QLabel;
class QScrollArea;

namespace kurir::gui {

class Player;

/// The explanation (bottom of the window): which step this is, between whom, and what it
/// does and why, in the chosen language and large enough to read from the back of the
/// classroom. Glossary terms are marked and explained on hover; the scenario's note for
/// the teacher shows on its step.
class ExplanationPanel : public QFrame
{
    Q_OBJECT

public:
    explicit ExplanationPanel(Player *player, QWidget *parent = nullptr);

    void setNotes(const QList<scenario::TeacherNote> &notes);
    /// For the projector: the current line on the wire above the explanation, the
    /// explanation in 26 pt (DESIGN.md: at least 24), near-black on white; otherwise 18 pt
    /// in the system's light or dark look.
    void setPresentation(bool on);
    bool isPresentation() const { return m_presentation; }
    /// The current line as shown in presentation mode (plain text).
    QString currentLine() const;
    QLabel *currentLineLabel() const { return m_line; }
    QLabel *textLabel() const { return m_text; }
    /// The explanation as plain text (tests, accessibility).
    QString text() const;
    QString caption() const;
    /// Room for the caption and four lines of the explanation.
    QSize sizeHint() const override;

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyTheme();
    void showCurrentLine();

    Player *m_player;
    QLabel *m_caption;
    QLabel *m_line;
    QLabel *m_text;
    QLabel *m_note;
    QScrollArea *m_scroll;
    QList<scenario::TeacherNote> m_notes;
    QString m_plain;
    QString m_linePlain;
    bool m_presentation = false;
    bool m_theming = false;
};

} // namespace kurir::gui
