#pragma once

// Helpers of the scenario loader tests: load a file from text and read its problems the way
// a teacher reads them.

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTranslator>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "scenario/builtins.h"
#include "scenario/scenarioloader.h"
#include "support/printers.h"
#include "world/expectations.h"
#include "world/world.h"

using namespace kurir::scenario;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::UnorderedElementsAre;

namespace {

const QString kFile = QStringLiteral("lesson.json");

inline LoadResult load(QByteArrayView text)
{
    return ScenarioLoader::loadBytes(text.toByteArray(), kFile);
}

/// Every problem as the teacher reads it: `FILE:LINE:COL: message (path)`.
inline QStringList problems(const LoadResult &r)
{
    QStringList out;
    for (const LoadError &e : r.errors)
        out << e.toString();
    return out;
}

inline std::string str(const QString &s)
{
    return s.toStdString();
}

inline std::vector<std::string> lines(const LoadResult &r)
{
    std::vector<std::string> out;
    for (const QString &p : problems(r))
        out.push_back(str(p));
    return out;
}

/// Asserts that a file is refused, whatever else: no scenario comes out of it.
inline void expectRefused(const LoadResult &r)
{
    EXPECT_FALSE(r.scenario.has_value());
    EXPECT_FALSE(r.errors.isEmpty());
}

/// Finds a problem at `path`, or nullptr.
inline const LoadError *at(const LoadResult &r, const QString &path)
{
    for (const LoadError &e : r.errors)
        if (e.path == path)
            return &e;
    return nullptr;
}

// Hostile inputs must be refused in well under this, even on a busy CI machine.
constexpr qint64 kQuickMs = 2000;

} // namespace
