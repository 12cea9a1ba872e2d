// The scenario loader facing hostile files, Indonesian messages, `kurir-cli validate` as a
// teacher runs it, and the built-in library.

#include "loaderfixture.h"

// ---------------------------------------------------------------------------------------
// Hostile files: refused quickly with a clear message, never a crash or a hang.

class ScenarioLoaderHostile : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(m_dir.isValid()); }

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return path;
    }

    /// Loads a file and checks that it is refused within kQuickMs with one problem, whose
    /// text (without the file name) is returned.
    QString refusedQuickly(const QString &path)
    {
        QElapsedTimer timer;
        timer.start();
        const LoadResult r = ScenarioLoader::loadFile(path);
        EXPECT_LT(timer.elapsed(), kQuickMs);
        EXPECT_FALSE(r.scenario.has_value());
        EXPECT_EQ(r.errors.size(), 1) << str(problems(r).join(u'\n'));
        if (r.errors.isEmpty())
            return {};
        const QString text = r.errors[0].toString();
        EXPECT_TRUE(text.startsWith(path + u':')) << str(text);
        return text.mid(path.size());
    }

    QTemporaryDir m_dir;
};

TEST_F(ScenarioLoaderHostile, EmptyFile)
{
    EXPECT_EQ(str(refusedQuickly(write(QStringLiteral("empty.json"), {}))), ": the file is empty");
}

TEST_F(ScenarioLoaderHostile, OnlyWhitespace)
{
    EXPECT_EQ(str(refusedQuickly(write(QStringLiteral("blank.json"), "  \n\t\r\n"))), ": the file is empty");
}

TEST_F(ScenarioLoaderHostile, OnlyAByteOrderMark)
{
    EXPECT_EQ(str(refusedQuickly(write(QStringLiteral("bom.json"), "\xef\xbb\xbf"))), ": the file is empty");
}

TEST_F(ScenarioLoaderHostile, Utf8ByteOrderMarkIsFine)
{
    const LoadResult r = ScenarioLoader::loadFile(write(QStringLiteral("bom.json"), "\xef\xbb\xbf{\"kurir-scenario\": 1}"));
    EXPECT_TRUE(r.scenario.has_value()) << str(problems(r).join(u'\n'));
}

TEST_F(ScenarioLoaderHostile, BinaryFile)
{
    // The start of a ZIP archive (a .docx picked by mistake); its first NUL is the 6th byte.
    const QByteArray zip("PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00", 16);
    EXPECT_EQ(str(refusedQuickly(write(QStringLiteral("lesson.docx"), zip))),
              ":1:6: the file holds binary data, not JSON text");
}

TEST_F(ScenarioLoaderHostile, BinaryAfterJsonStart)
{
    QByteArray bytes("{\"kurir-scenario\": 1,\n  \"title\": ");
    bytes.append('\0');
    bytes.append("xyz");
    EXPECT_EQ(str(refusedQuickly(write(QStringLiteral("nul.json"), bytes))),
              ":2:12: the file holds binary data, not JSON text");
}

TEST_F(ScenarioLoaderHostile, TruncatedFile)
{
    QFile builtin(QStringLiteral(":/scenarios/gmail-to-yahoo.json"));
    ASSERT_TRUE(builtin.open(QIODevice::ReadOnly));
    const QByteArray whole = builtin.readAll();
    ASSERT_GT(whole.size(), 400);
    // Cut in the middle of the description string.
    const QString msg = refusedQuickly(write(QStringLiteral("cut.json"), whole.left(whole.indexOf("Alice menulis") + 5)));
    EXPECT_THAT(str(msg), ::testing::EndsWith(": the file ends too early: a closing bracket or quote is missing"));
}

TEST_F(ScenarioLoaderHostile, DeeplyNested)
{
    const QByteArray deep(100000, '[');
    EXPECT_EQ(str(refusedQuickly(write(QStringLiteral("deep.json"), deep))),
              ":1:65: the JSON is nested too deeply");
}

TEST_F(ScenarioLoaderHostile, DeeplyNestedObjects)
{
    QByteArray deep("{\"kurir-scenario\": 1, \"title\": ");
    for (int i = 0; i < 100000; ++i)
        deep.append("{\"a\": ");
    const QString msg = refusedQuickly(write(QStringLiteral("deep.json"), deep));
    EXPECT_THAT(str(msg), ::testing::EndsWith(": the JSON is nested too deeply"));
}

TEST_F(ScenarioLoaderHostile, HugeFile)
{
    QByteArray huge("{\"kurir-scenario\": 1, \"description\": \"");
    huge.append(QByteArray(2 * 1024 * 1024, 'x'));
    huge.append("\"}");
    EXPECT_EQ(str(refusedQuickly(write(QStringLiteral("huge.json"), huge))),
              ": the file is too large for a scenario (more than 1 MB)");
}

TEST_F(ScenarioLoaderHostile, HugeBytesInMemory)
{
    QByteArray huge(2 * 1024 * 1024, ' ');
    QElapsedTimer timer;
    timer.start();
    const LoadResult r = ScenarioLoader::loadBytes(huge, kFile);
    EXPECT_LT(timer.elapsed(), kQuickMs);
    EXPECT_THAT(lines(r), ElementsAre("lesson.json: the file is too large for a scenario (more than 1 MB)"));
}

TEST_F(ScenarioLoaderHostile, EndlessDevice)
{
    // /dev/zero has no size and no end: a device is refused before anything is read.
    if (!QFileInfo::exists(QStringLiteral("/dev/zero")))
        GTEST_SKIP() << "no /dev/zero";
    EXPECT_EQ(str(refusedQuickly(QStringLiteral("/dev/zero"))), ": this is not a regular file");
}

TEST_F(ScenarioLoaderHostile, NotUtf8)
{
    // "Café" saved as Latin-1 by an old editor.
    EXPECT_EQ(str(refusedQuickly(write(QStringLiteral("latin1.json"), "{\n  \"kurir-scenario\": 1,\n  \"title\": \"Caf\xe9\"\n}\n"))),
              ":3:16: the file is not UTF-8 text");
}

TEST_F(ScenarioLoaderHostile, Utf16WithByteOrderMark)
{
    // Windows Notepad's "Unicode".
    const QString text = QStringLiteral("{\"kurir-scenario\": 1}");
    QByteArray bytes("\xff\xfe");
    bytes.append(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    EXPECT_EQ(str(refusedQuickly(write(QStringLiteral("utf16.json"), bytes))),
              ":1:1: the file is UTF-16 or UTF-32; save it as UTF-8");
}

TEST_F(ScenarioLoaderHostile, Utf16BigEndianWithByteOrderMark)
{
    const QByteArray bytes("\xfe\xff\0{\0}", 6);
    EXPECT_EQ(str(refusedQuickly(write(QStringLiteral("utf16be.json"), bytes))),
              ":1:1: the file is UTF-16 or UTF-32; save it as UTF-8");
}

// UTF-16 without a byte order mark (every other byte is NUL) is recognised as UTF-16, not as
// binary data, so the teacher reads what to do.
TEST_F(ScenarioLoaderHostile, Utf16WithoutByteOrderMark)
{
    const QString text = QStringLiteral("{\"kurir-scenario\": 1}");
    const QByteArray bytes(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
    EXPECT_THAT(str(refusedQuickly(write(QStringLiteral("utf16.json"), bytes))), HasSubstr("UTF-16"));
}

TEST_F(ScenarioLoaderHostile, Folder)
{
    const QString path = m_dir.filePath(QStringLiteral("lessons.json"));
    ASSERT_TRUE(QDir().mkpath(path));
    EXPECT_EQ(str(refusedQuickly(path)), ": this is a folder, not a scenario file");
}

TEST_F(ScenarioLoaderHostile, MissingFile)
{
    EXPECT_EQ(str(refusedQuickly(m_dir.filePath(QStringLiteral("nowhere.json")))), ": no such file");
}

// A named pipe (or a socket, a device that blocks) hangs loadFile for ever: QFile::open
// blocks until a writer appears. The loader should refuse anything that is not a regular
// file before opening it. The test unblocks the loader itself, so it never hangs.
TEST_F(ScenarioLoaderHostile, NamedPipeDoesNotHang)
{
    const QString path = m_dir.filePath(QStringLiteral("pipe.json"));
    ASSERT_EQ(::mkfifo(QFile::encodeName(path).constData(), 0600), 0);

    std::mutex mutex;
    std::condition_variable done;
    bool finished = false;
    LoadResult result;
    std::thread loader([&] {
        LoadResult r = ScenarioLoader::loadFile(path);
        std::lock_guard lock(mutex);
        result = std::move(r);
        finished = true;
        done.notify_all();
    });
    bool inTime = false;
    {
        std::unique_lock lock(mutex);
        inTime = done.wait_for(lock, std::chrono::milliseconds(kQuickMs), [&] { return finished; });
    }
    if (!inTime) {
        // Open and close the write end: the loader's open() returns and its read sees the end.
        const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_NONBLOCK);
        if (fd >= 0)
            ::close(fd);
    }
    loader.join();
    EXPECT_TRUE(inTime) << "loadFile blocked on a named pipe";
    EXPECT_FALSE(result.scenario.has_value());
    EXPECT_EQ(result.errors.size(), 1);
}

// ---------------------------------------------------------------------------------------
// Messages in Indonesian, with the translations installed as the programs install them.

class ScenarioLoaderIndonesian : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!m_translator.load(QStringLiteral(":/i18n/kurir_id.qm")))
            GTEST_SKIP() << ":/i18n/kurir_id.qm is not linked into this test program";
        QCoreApplication::installTranslator(&m_translator);
    }
    void TearDown() override { QCoreApplication::removeTranslator(&m_translator); }

    QTranslator m_translator;
};

TEST_F(ScenarioLoaderIndonesian, SyntaxError)
{
    const LoadResult r = load("{\n  \"kurir-scenario\": 1,\n  \"messages\": [{\"to\": \"bob@yahoo.example\"},]\n}\n");
    EXPECT_THAT(lines(r), ElementsAre("lesson.json:3:43: ada koma sebelum kurung tutup: hapus koma itu"));
}

TEST_F(ScenarioLoaderIndonesian, UnknownFieldWithSuggestion)
{
    const LoadResult r = load("{\n  \"kurir-scenario\": 1,\n  \"titel\": \"x\"\n}\n");
    EXPECT_THAT(lines(r), ElementsAre("lesson.json:3:3: field \"titel\" tidak dikenal; mungkin maksudnya \"title\"? (titel)"));
}

TEST_F(ScenarioLoaderIndonesian, ReferenceAndVersion)
{
    const LoadResult r = load("{\n  \"kurir-scenario\": 2,\n  \"faults\": [{\"type\": \"host-down\", \"host\": \"yahooo\"}]\n}\n");
    EXPECT_THAT(lines(r), UnorderedElementsAre(
        "lesson.json:2:21: versi skenario tidak didukung; Kurir ini membaca versi 1 (kurir-scenario)",
        "lesson.json:3:44: \"yahooo\" bukan host dalam skenario ini (faults[0].host)"));
}

TEST_F(ScenarioLoaderIndonesian, HostileFiles)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    EXPECT_THAT(lines(ScenarioLoader::loadFile(dir.filePath(QStringLiteral("tidak-ada.json")))),
                ElementsAre(str(dir.filePath(QStringLiteral("tidak-ada.json"))) + ": file tidak ditemukan"));
    EXPECT_THAT(lines(ScenarioLoader::loadFile(dir.path())),
                ElementsAre(str(dir.path()) + ": ini folder, bukan file skenario"));
    EXPECT_THAT(lines(load(QByteArray())), ElementsAre("lesson.json: file ini kosong"));
    EXPECT_THAT(lines(load(QByteArray("\xff\xfe{\0}\0", 6))),
                ElementsAre("lesson.json:1:1: file ini UTF-16 atau UTF-32; simpan sebagai UTF-8"));
}

// ---------------------------------------------------------------------------------------
// kurir-cli validate, run as a teacher runs it: exit code 2 and FILE:LINE:COL on stderr.

class ValidateCommand : public ::testing::Test
{
protected:
    void SetUp() override
    {
#ifdef KURIR_CLI
        m_cli = QStringLiteral(KURIR_CLI);
#else
        // Every program of the build lands in one bin/ folder (CMAKE_RUNTIME_OUTPUT_DIRECTORY).
        m_cli = QCoreApplication::applicationDirPath() + QStringLiteral("/kurir-cli");
#endif
        if (!QFileInfo(m_cli).isExecutable())
            GTEST_SKIP() << "kurir-cli not found at " << str(m_cli);
        ASSERT_TRUE(m_dir.isValid());
    }

    QString write(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return path;
    }

    struct Result
    {
        int exitCode = -1;
        QString out, err;
        qint64 ms = 0;
    };

    Result validate(const QString &lang, const QStringList &files)
    {
        QProcess p;
        QElapsedTimer timer;
        timer.start();
        p.start(m_cli, QStringList{QStringLiteral("--lang"), lang, QStringLiteral("validate")} + files);
        Result r;
        if (!p.waitForFinished(30000)) {
            p.kill();
            p.waitForFinished();
            ADD_FAILURE() << "kurir-cli validate did not finish in 30 s";
            return r;
        }
        r.ms = timer.elapsed();
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    QString m_cli;
    QTemporaryDir m_dir;
};

TEST_F(ValidateCommand, ValidFileExitsZero)
{
    const QString file = write(QStringLiteral("ok.json"),
                               R"({"kurir-scenario": 1, "messages": [{"to": "bob@yahoo.example"}], "faults": [{"type": "greylist", "host": "yahoo"}], "expect": {"delivered": ["bob@yahoo.example"]}})");
    const Result r = validate(QStringLiteral("en"), {file});
    EXPECT_EQ(r.exitCode, 0) << str(r.err);
    EXPECT_EQ(str(r.out), str(file) + ": valid\n");
    EXPECT_EQ(str(r.err), "");
}

TEST_F(ValidateCommand, SyntaxErrorExitsTwo)
{
    const QString file = write(QStringLiteral("comma.json"), "{\n  \"kurir-scenario\": 1,\n  \"messages\": [{\"to\": \"bob@yahoo.example\"},]\n}\n");
    const Result r = validate(QStringLiteral("en"), {file});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(str(r.err), str(file) + ":3:43: comma before a closing bracket: remove it\n");
    EXPECT_EQ(str(r.out), "");
}

TEST_F(ValidateCommand, EveryProblemOfEveryFile)
{
    const QString bad = write(QStringLiteral("bad.json"), R"({
  "kurir-scenario": 1,
  "titel": "x",
  "messages": [{"to": "bob.yahoo.example"}]
})");
    const QString good = write(QStringLiteral("good.json"), R"({"kurir-scenario": 1})");
    const Result r = validate(QStringLiteral("en"), {bad, good});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(str(r.err), str(bad) + ":3:3: unknown field \"titel\"; did you mean \"title\"? (titel)\n" +
                          str(bad) + ":4:23: \"bob.yahoo.example\" is not an e-mail address (name@domain) (messages[0].to[0])\n");
    EXPECT_EQ(str(r.out), str(good) + ": valid\n");
}

TEST_F(ValidateCommand, ExpectationNotMetExitsTwo)
{
    const QString file = write(QStringLiteral("typo.json"),
                               R"({"kurir-scenario": 1, "messages": [{"to": "bob@yahooo.example"}], "expect": {"delivered": ["bob@yahooo.example"]}})");
    const Result r = validate(QStringLiteral("en"), {file});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(str(r.err), str(file) + ": expected the message to reach bob@yahooo.example, but it reached -\n" +
                          str(file) + ": expected bounces for -, but there were bounces for bob@yahooo.example\n");
}

TEST_F(ValidateCommand, HostileFilesExitTwoQuickly)
{
    const QString deep = write(QStringLiteral("deep.json"), QByteArray(100000, '['));
    QByteArray hugeBytes(2 * 1024 * 1024, ' ');
    const QString huge = write(QStringLiteral("huge.json"), hugeBytes);
    const QString empty = write(QStringLiteral("empty.json"), {});
    const QString binary = write(QStringLiteral("binary.json"), QByteArray("\x7f" "ELF\x02\x01\x01\0\0\0", 10));
    const QString utf16 = write(QStringLiteral("utf16.json"), QByteArray("\xff\xfe{\0}\0", 6));
    const QString folder = m_dir.filePath(QStringLiteral("folder.json"));
    ASSERT_TRUE(QDir().mkpath(folder));
    const QString missing = m_dir.filePath(QStringLiteral("missing.json"));

    const Result r = validate(QStringLiteral("en"), {deep, huge, empty, binary, utf16, folder, missing});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_LT(r.ms, 10000);
    EXPECT_EQ(str(r.err), str(deep) + ":1:65: the JSON is nested too deeply\n" +
                          str(huge) + ": the file is too large for a scenario (more than 1 MB)\n" +
                          str(empty) + ": the file is empty\n" +
                          str(binary) + ":1:8: the file holds binary data, not JSON text\n" +
                          str(utf16) + ":1:1: the file is UTF-16 or UTF-32; save it as UTF-8\n" +
                          str(folder) + ": this is a folder, not a scenario file\n" +
                          str(missing) + ": no such file\n");
    EXPECT_EQ(str(r.out), "");
}

TEST_F(ValidateCommand, MessagesInIndonesian)
{
    const QString file = write(QStringLiteral("pelajaran.json"), R"({
  "kurir-scenario": 1,
  "titel": "x",
  "links": [{"from": "gmail", "to": "yahoo", "latency-ms": -5}]
})");
    const QString missing = m_dir.filePath(QStringLiteral("tidak-ada.json"));
    const Result r = validate(QStringLiteral("id"), {file, missing});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_EQ(str(r.err), str(file) + ":3:3: field \"titel\" tidak dikenal; mungkin maksudnya \"title\"? (titel)\n" +
                          str(file) + ":4:60: seharusnya bilangan bulat dari 0 sampai 60000 (links[0].latency-ms)\n" +
                          str(missing) + ": file tidak ditemukan\n");
}

// ---------------------------------------------------------------------------------------
// The built-in library: every scenario loads, tells its lesson in both languages, and its
// teacher notes point at steps that exist.

TEST(BuiltinScenarios, EachIsALessonInBothLanguages)
{
    const QList<BuiltinScenario> library = builtinScenarios();
    ASSERT_GE(library.size(), 13);
    for (const BuiltinScenario &b : library) {
        SCOPED_TRACE(b.id.toStdString());
        EXPECT_EQ(b.resource, QStringLiteral(":/scenarios/%1.json").arg(QString::fromUtf8(b.id)))
            << "the id must be the file name";
        const std::optional<LoadResult> loaded = loadBuiltin(b.id);
        ASSERT_TRUE(loaded.has_value());
        ASSERT_TRUE(loaded->scenario.has_value()) << str(problems(*loaded).join(u'\n'));
        const Scenario &s = *loaded->scenario;
        EXPECT_FALSE(s.title.id.isEmpty());
        EXPECT_FALSE(s.title.en.isEmpty());
        EXPECT_NE(s.title.id, s.title.en);
        EXPECT_FALSE(s.description.id.isEmpty());
        EXPECT_FALSE(s.description.en.isEmpty());
        EXPECT_NE(s.description.id, s.description.en);
        ASSERT_FALSE(s.notes.isEmpty());
        for (const TeacherNote &n : s.notes) {
            EXPECT_FALSE(n.text.id.isEmpty()) << "note at step " << n.step;
            EXPECT_FALSE(n.text.en.isEmpty()) << "note at step " << n.step;
            EXPECT_NE(n.text.id, n.text.en) << "note at step " << n.step;
        }
    }
}

TEST(BuiltinScenarios, EachRunsAsExpectedAndItsNotesPointAtSteps)
{
    for (const BuiltinScenario &b : builtinScenarios()) {
        SCOPED_TRACE(b.id.toStdString());
        const std::optional<LoadResult> loaded = loadBuiltin(b.id);
        ASSERT_TRUE(loaded.has_value() && loaded->scenario.has_value());
        const Scenario &s = *loaded->scenario;
        if (s.messages.isEmpty())
            continue; // a generated load (bulk): measured by its benchmark, not read step by step
        EXPECT_TRUE(s.expect.checked) << "a built-in lesson says what should come of it";
        kurir::world::World w(s);
        w.run();
        EXPECT_THAT(kurir::world::Expectations::check(s, w.outcome()), IsEmpty());
        const int steps = int(w.trace().events.size());
        for (const TeacherNote &n : s.notes)
            EXPECT_LE(n.step, steps) << "note at step " << n.step << " of " << steps;
    }
}
