#include "errordialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFileInfo>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "scenario/builtins.h"
#include "visuals.h"

namespace kurir::gui {

ErrorDialog::ErrorDialog(QWidget *parent)
    : QDialog(parent)
    , m_heading(new QLabel(this))
    , m_list(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(QStringLiteral("scenarioErrors"));
    setWindowModality(Qt::WindowModal);
    m_heading->setWordWrap(true);
    QFont f = m_heading->font();
    f.setPointSizeF(std::max(12.0, f.pointSizeF() * 1.15));
    m_heading->setFont(f);
    m_list->setReadOnly(true);
    m_list->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_list->setFont(Visuals::monospace(11));
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_buttons);
    resize(720, 320);
    retranslate();
}

void ErrorDialog::setErrors(const QString &source, const QList<scenario::LoadError> &errors)
{
    m_source = source;
    m_errors = errors;
    retranslate();
}

QString ErrorDialog::errorText() const
{
    return m_list->toPlainText();
}

void ErrorDialog::retranslate()
{
    setWindowTitle(tr("The scenario could not be opened"));
    setAccessibleName(windowTitle());
    m_list->setAccessibleName(tr("Problems found in the scenario"));
    // Qt has no Indonesian for its own buttons; Kurir says it itself.
    m_buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    if (!m_source.isEmpty() && !m_errors.isEmpty()) {
        // The loader says its problems in the current language: ask it again.
        const scenario::LoadResult again = scenario::loadScenario(m_source);
        if (!again.errors.isEmpty())
            m_errors = again.errors;
    }
    const QString name = QFileInfo(m_source).fileName();
    m_heading->setText(tr("%1 could not be opened: %n problem(s) found. The scenario that was open stays open.",
                          nullptr, int(m_errors.size()))
                           .arg(name.isEmpty() ? m_source : name));
    QStringList lines;
    for (const scenario::LoadError &e : m_errors)
        lines << e.toString();
    m_list->setPlainText(lines.join(QLatin1Char('\n')));
}

void ErrorDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace kurir::gui
