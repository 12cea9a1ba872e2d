#pragma once

#include <QComboBox>

#include "scenario/scenario.h"

namespace kurir::gui {

/// The chooser of the built-in library (titles and descriptions in the current language),
/// plus the file that is open, if one is.
class ScenarioPicker : public QComboBox
{
    Q_OBJECT

public:
    explicit ScenarioPicker(QWidget *parent = nullptr);

    /// Shows `source` as the current choice; a file gets an entry of its own.
    void setCurrentSource(const QString &source, const scenario::LocalizedText &title,
                          const scenario::LocalizedText &description);

signals:
    /// The teacher picked a scenario (a built-in id or a file path).
    void chosen(const QString &source);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    struct Entry
    {
        QString source;
        scenario::LocalizedText title;
        scenario::LocalizedText description;
    };
    QList<Entry> m_entries;
    bool m_filling = false;
};

} // namespace kurir::gui
