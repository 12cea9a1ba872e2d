#pragma once

#include <QDialog>
#include <QList>

#include "scenario/scenarioloader.h"

class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace kurir::gui {

/// Says why a scenario file could not be opened: every problem, located as FILE:LINE:COL
/// so the teacher can find it in an editor, in the chosen language. The scenario that was
/// open stays open behind it.
class ErrorDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ErrorDialog(QWidget *parent = nullptr);

    /// `source` is what was asked for; on a language change the errors are worked out anew
    /// in the new language.
    void setErrors(const QString &source, const QList<scenario::LoadError> &errors);
    QString source() const { return m_source; }
    QString errorText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_heading;
    QPlainTextEdit *m_list;
    QDialogButtonBox *m_buttons;
    QString m_source;
    QList<scenario::LoadError> m_errors;
};

} // namespace kurir::gui
