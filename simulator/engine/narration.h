#pragma once

#include <QCoreApplication>
#include <QString>

#include "trace.h"

namespace kurir::engine {

/// Turns a trace event's narration key and arguments into a sentence in the language of
/// the installed translator (Indonesian or English), for a 16-year-old student, with the
/// detail a teacher wants. Protocol text itself is never translated.
///
/// In a template, %1 is the label of the event's `from` actor, %2 of its `to` actor, and
/// %3, %4, ... are the event's arguments in order.
class Narration
{
    Q_DECLARE_TR_FUNCTIONS(Narration)

public:
    /// The explanation of `event`; never empty (a generic sentence by kind or reply class
    /// stands in for a key without its own text).
    static QString explain(const TraceEvent &event, const Trace &trace, const QString &lang);
    /// True when `key` has a sentence of its own.
    static bool has(QByteArrayView key);
    /// The untranslated template for `key`, or nullptr (tests, documentation).
    static const char *source(QByteArrayView key);
    /// The translated heading of a stage, "Komposisi Pesan" / "Composition".
    static QString stageTitle(Stage stage);
};

} // namespace kurir::engine
