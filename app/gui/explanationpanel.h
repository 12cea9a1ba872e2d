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
    /// 24 pt and black on white for the projector (DESIGN.md); 18 pt otherwise.
    void setPresentation(bool on);
    /// The explanation as plain text (tests, accessibility).
    QString text() const;
    QString caption() const;
    /// Room for the caption and four lines of the explanation.
    QSize sizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Player *m_player;
    QLabel *m_caption;
    QLabel *m_text;
    QLabel *m_note;
    QScrollArea *m_scroll;
    QList<scenario::TeacherNote> m_notes;
    QString m_plain;
};

} // namespace kurir::gui
