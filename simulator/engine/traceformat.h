#pragma once

#include <QByteArray>
#include <QMap>
#include <QStringList>
#include <QString>

#include "trace.h"

namespace kurir::engine {

/// The trace as JSON Lines: one object per event with the fields of DESIGN.md, narration
/// rendered in the installed language. Byte-identical for identical traces.
QByteArray toJsonLines(const Trace &trace, const QString &lang);

/// The trace as an aligned, readable transcript with stage headings, C:/S: lines and the
/// narration under each step: good enough to paste into a worksheet. `notes` (step number,
/// from 1 -> text) are printed under their step, for the teacher who prepares the lesson.
QString toText(const Trace &trace, const QString &lang, const QString &title, int width = 78,
               const QMap<qint64, QStringList> &notes = {});

/// `text` as a JSON string literal (quotes included), UTF-8, invalid bytes replaced.
QByteArray jsonString(QByteArrayView text);

} // namespace kurir::engine
