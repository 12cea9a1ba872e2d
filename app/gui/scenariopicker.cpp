#include "scenariopicker.h"

#include <QEvent>
#include <QFileInfo>

#include "language.h"
#include "scenario/builtins.h"

namespace kurir::gui {

ScenarioPicker::ScenarioPicker(QWidget *parent)
    : QComboBox(parent)
{
    setSizeAdjustPolicy(QComboBox::AdjustToContents);
    setMinimumContentsLength(18);
    for (const scenario::BuiltinScenario &b : scenario::builtinScenarios())
        m_entries.append({QString::fromUtf8(b.id), b.title, b.description});
    connect(this, &QComboBox::activated, this, [this](int i) {
        if (!m_filling && i >= 0 && i < m_entries.size())
            emit chosen(m_entries[i].source);
    });
    retranslate();
}

void ScenarioPicker::setCurrentSource(const QString &source, const scenario::LocalizedText &title,
                                      const scenario::LocalizedText &description)
{
    // Only the built-ins and the file open now: an old file leaves the list.
    QList<Entry> entries;
    for (const Entry &e : std::as_const(m_entries))
        if (QFileInfo(e.source).isAbsolute() == false)
            entries.append(e);
    int at = -1;
    for (int i = 0; i < entries.size(); ++i)
        if (entries[i].source == source)
            at = i;
    if (at < 0) {
        entries.append({source, title, description});
        at = int(entries.size() - 1);
    }
    m_entries = entries;
    retranslate();
    m_filling = true;
    setCurrentIndex(at);
    m_filling = false;
}

void ScenarioPicker::retranslate()
{
    const QString lang = currentLanguage();
    setAccessibleName(tr("Scenario"));
    setToolTip(tr("Choose a scenario from Kurir's library"));
    m_filling = true;
    const int current = currentIndex();
    // Rebuilt rather than edited: the list is short, and the texts all change together.
    clear();
    for (const Entry &e : std::as_const(m_entries)) {
        const bool file = QFileInfo(e.source).isAbsolute();
        const QString title = e.title.in(lang);
        addItem(file ? tr("%1 (file %2)").arg(title, QFileInfo(e.source).fileName()) : title, e.source);
        const QString description = e.description.in(lang);
        setItemData(count() - 1, description.isEmpty() ? e.source : description, Qt::ToolTipRole);
    }
    setCurrentIndex(std::min(current, count() - 1));
    m_filling = false;
}

void ScenarioPicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QComboBox::changeEvent(event);
}

} // namespace kurir::gui
