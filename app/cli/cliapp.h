#pragma once

#include <QCoreApplication>
#include <QStringList>

#include "scenario/scenarioloader.h"

class QTextStream;

namespace kurir::cli {

/// Exit codes of kurir-cli (DESIGN.md): 0 success, 1 internal error, 2 bad input.
enum ExitCode { Success = 0, InternalError = 1, BadInput = 2 };

/// The kurir-cli program: parses the command line and runs one command.
class CliApp
{
    Q_DECLARE_TR_FUNCTIONS(CliApp)

public:
    CliApp(QTextStream &out, QTextStream &err);
    int run(const QStringList &arguments);

private:
    QString usage() const;
    int list();
    int run(const QStringList &args, const QString &lang);
    int validate(const QStringList &args);
    void reportErrors(const QList<kurir::scenario::LoadError> &errors);

    QTextStream &m_out;
    QTextStream &m_err;
    QString m_lang = QStringLiteral("en");
};

} // namespace kurir::cli
