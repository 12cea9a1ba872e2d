#include "mainwindow.h"

#include <optional>
#include <thread>

#include <sys/resource.h>

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QTabBar>
#include <QTabWidget>
#include <QThread>
#include <QToolBar>
#include <QWindow>
#include <QDialogButtonBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QVBoxLayout>

#include "errordialog.h"
#include "explanationpanel.h"
#include "journeyview.h"
#include "livemode.h"
#include "language.h"
#include "protocol/replies.h"
#include "whatif.h"
#include "chartsview.h"
#include "mailboxesview.h"
#include "messageinspector.h"
#include "sequenceview.h"
#include "playbackbar.h"
#include "player.h"
#include "scenariopicker.h"
#include "settingskeys.h"
#include "stagestrip.h"
#include "tracedigest.h"
#include "transcriptmodel.h"
#include "transcriptview.h"
#include "version.h"
#include "visuals.h"

namespace kurir::gui {

namespace {

// CPU time of the calling thread, and the part of it spent in the kernel: a world that takes
// long tells whether it ran, waited, or had the kernel find it fresh memory.
struct ThreadTimes
{
    qint64 cpuMs = 0;
    qint64 kernelMs = 0;
};
ThreadTimes threadTimes()
{
    rusage usage{};
    getrusage(RUSAGE_THREAD, &usage);
    auto ms = [](const timeval &t) { return qint64(t.tv_sec) * 1000 + t.tv_usec / 1000; };
    return {ms(usage.ru_utime) + ms(usage.ru_stime), ms(usage.ru_stime)};
}
// A lesson's world runs in a few milliseconds: the window waits this long for it, so it is
// shown at once, without a flicker of the busy bar. A bulk world goes on behind the window.
constexpr int kWaitForLessonMs = 3000;
} // namespace

/// A world running on a worker thread, and what to show when it is done.
struct MainWindow::PendingRun
{
    LoadedScenario scenario;
    int index = 0;
    // Written by the worker, read once it has finished:
    std::shared_ptr<const engine::Trace> trace;
    TraceDigest digest;          ///< the journey's
    TranscriptModel::Rows rows;  ///< the dialogue's, at the wrap of the moment
    std::optional<ChartInputs> charts; ///< worked out beside the rest, for a large trace
    qint64 simulationMs = 0;
    qint64 simulationCpuMs = 0;
    qint64 simulationKernelMs = 0;
    qint64 viewsMs = 0;
    bool applied = false;
};

MainWindow::MainWindow(bool persistent, QWidget *parent)
    : QMainWindow(parent)
    , m_persistent(persistent)
    , m_player(new Player(this))
    , m_model(new TranscriptModel(this))
{
    setObjectName(QStringLiteral("kurirWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/kurir.svg")));
    setAcceptDrops(true);

    m_stages = new StageStrip(m_player, this);
    m_journey = new JourneyView(m_player, this);
    m_transcript = new TranscriptView(m_player, m_model, this);
    m_explanation = new ExplanationPanel(m_player, this);
    m_sequence = new SequenceView(this);
    m_inspector = new MessageInspector(this);
    m_mailboxes = new MailboxesView(this);
    m_charts = new ChartsView(this);

    // The journey shows where the message is; the other tabs what it is and how the
    // conversation went. All follow the one cursor (issue: deeper views).
    m_views = new QTabWidget(this);
    m_views->setObjectName(QStringLiteral("views"));
    m_views->setDocumentMode(true);
    m_views->addTab(m_journey, QString());
    m_views->addTab(m_sequence, QString());
    m_views->addTab(m_inspector, QString());
    m_views->addTab(m_mailboxes, QString());
    m_views->addTab(m_charts, QString());
    connect(m_views, &QTabWidget::currentChanged, this, [this] { followInViews(); });
    connect(m_player, &Player::indexChanged, this, [this] { followInViews(); });
    connect(m_sequence, &SequenceView::stepActivated, m_player, [this](int index) { m_player->seek(index); });
    connect(m_mailboxes, &MailboxesView::stepActivated, m_player, [this](int index) { m_player->seek(index); });

    m_centreSplit = new QSplitter(Qt::Horizontal, this);
    m_centreSplit->setObjectName(QStringLiteral("centreSplit"));
    m_centreSplit->addWidget(m_views);
    m_centreSplit->addWidget(m_transcript);
    m_centreSplit->setStretchFactor(0, 3);
    m_centreSplit->setStretchFactor(1, 2);
    m_centreSplit->setChildrenCollapsible(false);

    m_mainSplit = new QSplitter(Qt::Vertical, this);
    m_mainSplit->setObjectName(QStringLiteral("mainSplit"));
    m_mainSplit->addWidget(m_centreSplit);
    m_mainSplit->addWidget(m_explanation);
    m_mainSplit->setStretchFactor(0, 1);
    m_mainSplit->setStretchFactor(1, 0);
    m_mainSplit->setChildrenCollapsible(false);

    auto *central = new QWidget(this);
    central->setFocusPolicy(Qt::StrongFocus); // holds the focus in presentation mode
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_stages);
    layout->addWidget(m_mainSplit, 1);
    setCentralWidget(central);

    m_playback = new PlaybackBar(m_player, this);
    addToolBar(Qt::BottomToolBarArea, m_playback);
    buildActions();
    buildToolBars();
    buildMenus();

    connect(m_player, &Player::speedChanged, this, [this] { saveSettings(); });
    retranslate();

    // Sensible first sizes: the explanation keeps room for four lines of its large text
    // (its size hint), the journey gets the rest and the larger share of the width.
    resize(1280, 800);
    m_centreSplit->setSizes({740, 540});
    m_transcript->setFocus();
}

MainWindow::~MainWindow()
{
    // The live server stops first: its sessions hear 421, what it stored stays stored.
    delete m_live;
    m_live = nullptr;
    // A world still running writes into its own PendingRun only; wait for it to end.
    for (QThread *t : std::as_const(m_runners)) {
        t->wait();
        delete t;
    }
}

void MainWindow::buildActions()
{
    m_open = new QAction(Visuals::icon(QStringLiteral("open")), QString(), this);
    m_open->setShortcut(QKeySequence::Open);
    connect(m_open, &QAction::triggered, this, &MainWindow::openFileDialog);
    m_reload = new QAction(Visuals::icon(QStringLiteral("reload")), QString(), this);
    m_reload->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    connect(m_reload, &QAction::triggered, this, &MainWindow::reload);
    // F5 is what a presentation clicker sends to start a slide show.
    m_present = new QAction(Visuals::icon(QStringLiteral("present")), QString(), this);
    m_present->setCheckable(true);
    m_present->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence(Qt::Key_F11)});
    connect(m_present, &QAction::toggled, this, &MainWindow::setPresentationMode);
    m_leavePresentation = new QAction(this);
    m_leavePresentation->setShortcut(QKeySequence(Qt::Key_Escape));
    m_leavePresentation->setEnabled(false);
    connect(m_leavePresentation, &QAction::triggered, this, [this] { setPresentationMode(false); });
    addAction(m_present);
    addAction(m_leavePresentation);
    m_quit = new QAction(this);
    m_quit->setShortcut(QKeySequence::Quit);
    m_quit->setMenuRole(QAction::QuitRole);
    connect(m_quit, &QAction::triggered, this, &QWidget::close);
    m_about = new QAction(this);
    m_about->setMenuRole(QAction::AboutRole);
    connect(m_about, &QAction::triggered, this, &MainWindow::showAbout);
    m_clearRecent = new QAction(this);
    connect(m_clearRecent, &QAction::triggered, this, [this] {
        QSettings().remove(QLatin1String(settings::kRecent));
        fillRecentMenu();
    });

    // Each language names itself, so these two are never translated.
    m_languages = new QActionGroup(this);
    m_langId = new QAction(QStringLiteral("Bahasa Indonesia"), m_languages);
    m_langEn = new QAction(QStringLiteral("English"), m_languages);
    for (QAction *a : {m_langId, m_langEn})
        a->setCheckable(true);
    m_langId->setData(QStringLiteral("id"));
    m_langEn->setData(QStringLiteral("en"));
    (currentLanguage() == QLatin1String("id") ? m_langId : m_langEn)->setChecked(true);
    connect(m_languages, &QActionGroup::triggered, this, [this](QAction *a) { setLanguage(a->data().toString()); });

    // Ctrl+1..4 choose the view, so a teacher switches without the mouse.
    auto *viewGroup = new QActionGroup(this);
    for (int i = 0; i < m_views->count(); ++i) {
        auto *a = new QAction(viewGroup);
        a->setCheckable(true);
        a->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(a, &QAction::triggered, this, [this, i] { m_views->setCurrentIndex(i); });
        m_viewActions << a;
    }
    m_viewActions.front()->setChecked(true);
    connect(m_views, &QTabWidget::currentChanged, this, [this](int i) {
        if (i >= 0 && i < m_viewActions.size())
            m_viewActions[i]->setChecked(true);
    });
    addActions(m_viewActions);
    // The eavesdropper lens: each link as a passive observer on the network sees it.
    m_eavesdropper = new QAction(this);
    m_eavesdropper->setCheckable(true);
    m_eavesdropper->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    connect(m_eavesdropper, &QAction::toggled, this, [this](bool on) {
        m_sequence->setEavesdropper(on);
        if (on && m_views->currentWidget() == m_journey)
            m_views->setCurrentWidget(m_sequence);
    });
    addAction(m_eavesdropper);
    m_whatIf = new QAction(this);
    m_whatIf->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    connect(m_whatIf, &QAction::triggered, this, &MainWindow::whatIf);
    addAction(m_whatIf);
    m_exportSequence = new QAction(this);
    connect(m_exportSequence, &QAction::triggered, this, &MainWindow::exportSequence);
    buildLive();
}

void MainWindow::followInViews()
{
    const int index = m_player->index();
    QWidget *shown = m_views->currentWidget();
    if (shown == m_sequence)
        m_sequence->setCurrent(index);
    else if (shown == m_inspector)
        m_inspector->setCurrent(index);
    else if (shown == m_mailboxes)
        m_mailboxes->setCurrent(index);
    else if (shown == m_charts) {
        comparePipelining();
        m_charts->setCurrent(index);
    }
}

void MainWindow::notify(const QString &title, const QString &text)
{
    // Not exec(): the window, a presentation clicker and the tests keep running.
    auto *box = new QMessageBox(QMessageBox::Information, title, text, QMessageBox::Close, this);
    box->setObjectName(QStringLiteral("notice"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void MainWindow::whatIf()
{
    if (!m_current || isLoading() || m_liveShown)
        return;
    const auto target = whatIfTarget(*m_current->trace, m_player->index());
    if (!target) {
        notify(tr("What if"),
                                 tr("Step to a server reply first (a line that starts with a reply code, such as "
                                    "250); then choose what the server should have said instead."));
        return;
    }
    bool ok = false;
    const QString reply = QInputDialog::getItem(
        this, tr("What if"),
        tr("At step %1 the server answered %2 with:\n%3\n\nWhat if it had answered:")
            .arg(target->step + 1)
            .arg(QString::fromUtf8(target->command), QString::fromUtf8(target->original)),
        whatIfSuggestions(), 0, true, &ok);
    if (ok)
        runWhatIf(reply.trimmed().toUtf8());
}

bool MainWindow::runWhatIf(const QByteArray &reply)
{
    if (!m_current || isLoading() || m_liveShown)
        return false;
    const int index = m_player->index();
    const auto target = whatIfTarget(*m_current->trace, index);
    const auto parsed = smtp::parseReplyText(reply);
    if (!target || !parsed || parsed->code < 400) {
        notify(tr("What if"),
                             tr("\"%1\" is not a refusal: write a 4xx (try again later) or 5xx (refused) reply such "
                                "as \"550 5.1.1 User unknown\".").arg(QString::fromUtf8(reply)));
        return false;
    }
    ScenarioLoad load = loadScenarioOnly(m_current->source);
    if (!load.world || load.world->bulk.messages > 0) {
        notify(tr("What if"), tr("What if is for the lessons; the bulk scenario is too large to run twice."));
        return false;
    }
    const RunOutcome before = runOutcome(*load.world);
    const RunOutcome after = runOutcome(withReply(*load.world, *target, reply));

    // The two outcomes side by side, in a dialog that stays open while the class looks.
    auto describe = [](const RunOutcome &o) {
        auto list = [](const QByteArrayList &l) { return l.isEmpty() ? QStringLiteral("—") : QString::fromUtf8(l.join(", ")); };
        return tr("Delivered to: %1\nBounced (reported to the sender): %2\nNot sent (still in the mail client): %3\n"
                  "Finished after %4 s of simulated time, %5 steps.")
            .arg(list(o.delivered), list(o.bounced), list(o.notSubmitted))
            .arg(double(o.endMs) / 1000.0, 0, 'f', 1)
            .arg(o.trace->events.size());
    };
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("whatIfOutcome"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("What if: the two outcomes"));
    auto *columns = new QHBoxLayout;
    const std::pair<QString, QString> sides[] = {
        {tr("As it happened (%1)").arg(QString::fromUtf8(target->original)), describe(before)},
        {tr("What if: %1").arg(QString::fromUtf8(reply)), describe(after)}};
    for (const auto &[title, text] : sides) {
        auto *box = new QGroupBox(title);
        auto *label = new QLabel(text);
        label->setWordWrap(true);
        label->setObjectName(columns->count() == 0 ? QStringLiteral("before") : QStringLiteral("after"));
        (new QVBoxLayout(box))->addWidget(label);
        columns->addWidget(box);
    }
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addLayout(columns);
    layout->addWidget(new QLabel(tr("The window now shows the new journey; Reload (Ctrl+R) brings back the lesson as it was.")));
    layout->addWidget(buttons);
    dialog->resize(760, 260);
    dialog->open();

    // The new journey, at the changed step: everything before it is the same.
    auto run = std::make_shared<PendingRun>();
    run->scenario = *m_current;
    run->scenario.title.id += QStringLiteral(" — ") + QString::fromUtf8(reply);
    run->scenario.title.en += QStringLiteral(" — ") + QString::fromUtf8(reply);
    run->scenario.trace = after.trace;
    run->trace = after.trace;
    run->index = index;
    run->digest = TraceDigest(*after.trace);
    run->rows = TranscriptModel::countRows(*after.trace, m_model->wrapColumns());
    m_pending = run;
    finishRun(run);
    return true;
}

void MainWindow::comparePipelining()
{
    // The same lesson without PIPELINING, for the round-trip chart: run when the charts are
    // first shown, not on every open. A lesson runs in milliseconds; the bulk scenario is
    // not run twice.
    if (m_pipeliningCompared || !m_current || m_liveShown)
        return;
    m_pipeliningCompared = true;
    ScenarioLoad again = loadScenarioOnly(m_current->source);
    if (!again.world || again.world->bulk.messages > 0)
        return;
    for (scenario::Host &h : again.world->hosts)
        h.extensions.pipelining = false;
    m_charts->setPipeliningComparison(runWorld(std::move(*again.world)));
}

void MainWindow::exportSequence()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export sequence diagram"),
                                                      QDir::home().filePath(QStringLiteral("kurir-sequence.svg")),
                                                      tr("SVG drawing (*.svg);;PNG image (*.png)"));
    if (path.isEmpty())
        return;
    m_sequence->setCurrent(m_player->index());
    QString error;
    const bool ok = path.endsWith(QLatin1String(".png"), Qt::CaseInsensitive) ? m_sequence->exportPng(path, &error)
                                                                               : m_sequence->exportSvg(path, &error);
    if (!ok)
        notify(tr("Export sequence diagram"), error);
}

void MainWindow::buildToolBars()
{
    m_scenarioBar = addToolBar(QString());
    m_scenarioBar->setObjectName(QStringLiteral("scenarioBar"));
    m_scenarioBar->setMovable(false);
    m_scenarioBar->setIconSize(QSize(22, 22));
    m_scenarioBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_scenarioLabel = new QLabel(this);
    m_scenarioLabel->setContentsMargins(8, 0, 6, 0);
    m_scenarioBar->addWidget(m_scenarioLabel);
    m_picker = new ScenarioPicker(this);
    m_scenarioLabel->setBuddy(m_picker);
    connect(m_picker, &ScenarioPicker::chosen, this, [this](const QString &source) { openScenario(source); });
    m_scenarioBar->addWidget(m_picker);
    m_scenarioBar->addAction(m_open);
    m_scenarioBar->addAction(m_reload);
    m_scenarioBar->addAction(m_liveAction);
    // While a large world runs: a busy bar, and the scenario that was open stays usable.
    m_busy = new QWidget(this);
    auto *busyLayout = new QHBoxLayout(m_busy);
    busyLayout->setContentsMargins(12, 0, 6, 0);
    m_busyLabel = new QLabel(m_busy);
    m_busyBar = new QProgressBar(m_busy);
    m_busyBar->setRange(0, 0);
    m_busyBar->setTextVisible(false);
    m_busyBar->setMaximumWidth(160);
    busyLayout->addWidget(m_busyLabel);
    busyLayout->addWidget(m_busyBar);
    m_busyAction = m_scenarioBar->addWidget(m_busy);
    m_busyAction->setVisible(false);
    auto *spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_scenarioBar->addWidget(spacer);
    m_scenarioBar->addAction(m_present);
    m_scenarioBar->addSeparator();
    m_scenarioBar->addAction(m_langId);
    m_scenarioBar->addAction(m_langEn);
}

void MainWindow::buildMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_open);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addAction(m_reload);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_liveAction);
    m_fileMenu->addAction(m_liveSettingsAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_exportSequence);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quit);
    fillRecentMenu();

    m_playMenu = menuBar()->addMenu(QString());
    m_playMenu->addActions(m_playback->playbackActions());
    // The playback keys work wherever the focus is in the window.
    addActions(m_playback->playbackActions());

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addActions(m_viewActions);
    m_viewMenu->addAction(m_eavesdropper);
    m_viewMenu->addAction(m_whatIf);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_present);

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->addAction(m_langId);
    m_languageMenu->addAction(m_langEn);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_about);
}

void MainWindow::retranslate()
{
    const QString lang = currentLanguage();
    setWindowTitle(m_current ? tr("Kurir — %1").arg(m_current->title.in(lang)) : tr("Kurir"));
    m_fileMenu->setTitle(tr("&File"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_playMenu->setTitle(tr("&Playback"));
    m_viewMenu->setTitle(tr("&View"));
    const QString tabNames[] = {tr("&Journey"), tr("&Sequence diagram"), tr("&Message"), tr("Mail&boxes and queues"),
                                tr("&Charts")};
    const QString tabTips[] = {tr("Where the message is: the actors and the links it travels"),
                               tr("How the conversation went: one lifeline per actor, an arrow per command and reply"),
                               tr("What the message is at this step: envelope and headers, Received: lines, MIME parts, source"),
                               tr("Every mailbox and every sending server's queue at this step"),
                               tr("Time per phase of each connection, the queue over time, deliveries over time")};
    for (int i = 0; i < m_views->count(); ++i) {
        m_views->setTabText(i, tabNames[i]);
        m_views->setTabToolTip(i, tabTips[i]);
        m_viewActions[i]->setText(tabNames[i]);
        m_viewActions[i]->setToolTip(tabTips[i]);
    }
    m_whatIf->setText(tr("&What if this reply were…"));
    m_whatIf->setToolTip(tr("Replace the server reply at this step (say 250 by 550 5.1.1) and run the lesson again from here"));
    m_eavesdropper->setText(tr("&Eavesdropper's view"));
    m_eavesdropper->setToolTip(tr("Show each line as someone listening on the network sees it: readable before "
                                  "STARTTLS and on connections without TLS, ciphertext after it"));
    m_exportSequence->setText(tr("&Export sequence diagram…"));
    m_exportSequence->setToolTip(tr("Save the sequence diagram as SVG or PNG, for slides and worksheets"));
    m_present->setText(tr("&Present"));
    m_present->setToolTip(tr("Presentation mode: full screen, large type, only the journey and its explanation (F5; Esc leaves)"));
    m_leavePresentation->setText(tr("Leave presentation mode"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_open->setText(tr("&Open…"));
    m_open->setToolTip(tr("Open a scenario file (.json)"));
    m_reload->setText(tr("&Reload"));
    m_reload->setToolTip(tr("Read the scenario again and run it anew"));
    m_quit->setText(tr("&Quit"));
    m_about->setText(tr("&About Kurir"));
    m_clearRecent->setText(tr("&Clear the list"));
    m_langId->setToolTip(tr("Show Kurir in Bahasa Indonesia"));
    m_langEn->setToolTip(tr("Show Kurir in English"));
    m_scenarioBar->setWindowTitle(tr("Scenario"));
    m_scenarioLabel->setText(tr("&Scenario:"));
    m_busyLabel->setText(tr("Running the scenario…"));
    m_busyBar->setAccessibleName(tr("Running the scenario…"));
    m_mainSplit->setAccessibleName(tr("Journey, dialogue and explanation"));
    fillRecentMenu();
    retranslateLive();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QMainWindow::changeEvent(event);
}

bool MainWindow::openScenario(const QString &idOrPath, int index)
{
    stopLive(); // a scenario chosen while live ends live mode
    ScenarioLoad load = loadScenarioOnly(idOrPath);
    if (!load.scenario || !load.world) {
        if (!m_errorDialog)
            m_errorDialog = new ErrorDialog(this);
        m_errorDialog->setErrors(idOrPath, load.errors);
        m_errorDialog->open(); // not exec(): the window, and a presentation clicker, stay alive
        return false;
    }
    auto run = std::make_shared<PendingRun>();
    run->scenario = std::move(*load.scenario);
    run->index = index;
    const bool large = load.world->bulk.messages > 0;
    const int wrap = m_model->wrapColumns();
    QThread *worker = QThread::create([run, wrap, world = std::move(*load.world)]() mutable {
        QElapsedTimer clock;
        clock.start();
        const ThreadTimes before = threadTimes();
        run->trace = runWorld(std::move(world));
        run->simulationMs = clock.restart();
        const ThreadTimes after = threadTimes();
        run->simulationCpuMs = after.cpuMs - before.cpuMs;
        run->simulationKernelMs = after.kernelMs - before.kernelMs;
        // What the views would work out from the whole trace, worked out here, so that
        // the window takes half a million events without a pause: the dialogue's rows on
        // this thread, the journey's digest and the charts' data on two more beside it (a
        // laptop has two cores at least, and the three take about as long each).
        const engine::Trace &trace = *run->trace;
        std::thread charts([run, &trace] { run->charts = ChartInputs::of(trace); });
        std::thread digest([run, &trace] { run->digest = TraceDigest(trace); });
        run->rows = TranscriptModel::countRows(trace, wrap);
        digest.join();
        charts.join();
        run->viewsMs = clock.elapsed();
    });
    worker->setObjectName(QStringLiteral("kurir-world"));
    m_runners.append(worker);
    connect(worker, &QThread::finished, this, [this, worker, run] {
        m_runners.removeOne(worker);
        worker->deleteLater();
        finishRun(run);
    });
    m_pending = run; // a newer open supersedes one still running
    worker->start();
    if (!large && worker->wait(QDeadlineTimer(kWaitForLessonMs)))
        finishRun(run);
    else
        setLoading(true);
    return true;
}

void MainWindow::finishRun(const std::shared_ptr<PendingRun> &run)
{
    if (run->applied || run != m_pending)
        return;
    run->applied = true;
    m_pending.reset();
    setLoading(false);
    QElapsedTimer clock;
    clock.start();
    m_current = std::move(run->scenario);
    m_current->trace = std::move(run->trace);
    m_pipeliningCompared = false;
    if (m_liveShown) {
        // A world that finished running while live mode is on waits for it to end.
        m_indexBeforeLive = run->index;
    } else {
        m_explanation->setNotes(m_current->notes);
        showTrace(m_current->trace, run->index, &run->digest, &run->rows, run->charts ? &*run->charts : nullptr);
    }
    m_picker->setCurrentSource(m_current->source, m_current->title, m_current->description);
    if (!m_current->builtin)
        rememberRecent(m_current->source);
    if (m_errorDialog)
        m_errorDialog->hide();
    saveSettings();
    retranslate();
    m_loadTimes = {run->simulationMs, run->simulationCpuMs, run->simulationKernelMs, run->viewsMs, clock.elapsed()};
    emit scenarioOpened();
}

void MainWindow::showTrace(const std::shared_ptr<const engine::Trace> &trace, int index, TraceDigest *digest,
                           TranscriptModel::Rows *rows, ChartInputs *charts)
{
    if (digest)
        m_journey->adoptDigest(trace, std::move(*digest));
    if (rows)
        m_model->setTrace(trace, std::move(*rows));
    else
        m_model->setTrace(trace);
    m_sequence->setTrace(trace);
    m_inspector->setTrace(trace);
    m_mailboxes->setTrace(trace);
    if (charts)
        m_charts->setTrace(trace, std::move(*charts));
    else
        m_charts->setTrace(trace);
    m_player->setTrace(trace, index);
    followInViews();
}

void MainWindow::setLoading(bool on)
{
    m_busyAction->setVisible(on);
    m_reload->setEnabled(!on);
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    // The animation ticks at the frame rate of the screen the window is on.
    if (QWindow *w = windowHandle()) {
        connect(w, &QWindow::screenChanged, this, &MainWindow::followScreen, Qt::UniqueConnection);
        followScreen(w->screen());
    }
}

void MainWindow::followScreen(QScreen *screen)
{
    disconnect(m_refreshRate);
    if (!screen)
        return;
    m_player->setFrameRate(screen->refreshRate());
    m_refreshRate = connect(screen, &QScreen::refreshRateChanged, m_player, &Player::setFrameRate);
}

void MainWindow::reload()
{
    if (m_current && !isLoading() && !m_liveShown)
        openScenario(m_current->source, m_player->index());
}

QString MainWindow::currentSource() const
{
    return m_current ? m_current->source : QString();
}

void MainWindow::setLanguage(const QString &lang)
{
    if (!isSupportedLanguage(lang))
        return;
    (lang == QLatin1String("id") ? m_langId : m_langEn)->setChecked(true);
    if (lang == currentLanguage())
        return;
    installLanguage(lang); // Qt sends LanguageChange to every widget: each retranslates itself
    if (m_persistent)
        QSettings().setValue(QLatin1String(settings::kLanguage), lang);
}

void MainWindow::setPresentationMode(bool on)
{
    if (on == m_presentation)
        return;
    m_presentation = on;
    m_present->setChecked(on);
    m_leavePresentation->setEnabled(on);
    menuBar()->setVisible(!on);
    m_scenarioBar->setVisible(!on);
    m_playback->setVisible(!on);
    m_transcript->setVisible(!on);
    m_stages->setVisible(!on); // the caption over the explanation names the stage
    // Presentation shows the journey alone; the tab the teacher had comes back after it.
    if (on) {
        m_tabBeforePresentation = m_views->currentIndex();
        m_views->setCurrentWidget(m_journey);
    } else {
        m_views->setCurrentIndex(m_tabBeforePresentation);
    }
    m_views->tabBar()->setVisible(!on);
    m_journey->setPresentation(on);
    m_explanation->setPresentation(on);
    if (on) {
        m_splitBeforePresentation = m_mainSplit->saveState();
        m_wasMaximized = isMaximized();
        showFullScreen();
        // (The split is proportional: the screen's height stands for the full-screen one.)
        fitPresentationSplit(screen() ? screen()->geometry().height() : height());
        centralWidget()->setFocus();
        return;
    }
    m_mainSplit->restoreState(m_splitBeforePresentation);
    if (m_wasMaximized) {
        showMaximized();
    } else {
        showNormal();
    }
}

void MainWindow::fitPresentationSplit(int total)
{
    // The explanation gets the room its larger type needs; the journey the rest.
    const int text = std::min(m_explanation->sizeHint().height(), total / 2);
    m_mainSplit->setSizes({total - text, text});
}

void MainWindow::resizeEvent(QResizeEvent *event)
{
    QMainWindow::resizeEvent(event);
    if (m_presentation)
        fitPresentationSplit(height());
}

void MainWindow::openFileDialog()
{
    const QString start = m_current && !m_current->builtin ? QFileInfo(m_current->source).absolutePath() : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open a scenario"), start,
                                                      tr("Kurir scenarios (*.json);;All files (*)"));
    if (!path.isEmpty())
        openScenario(path);
}

void MainWindow::showAbout()
{
    QMessageBox box(this);
    box.setWindowTitle(tr("About Kurir"));
    box.setIconPixmap(QIcon(QStringLiteral(":/kurir.svg")).pixmap(64, 64));
    box.setText(tr("<b>Kurir %1</b><br>How an e-mail travels from Alice's laptop to Bob's mailbox, one real SMTP line at a time.")
                    .arg(QString::fromLatin1(kurir::kVersion)));
    box.addButton(tr("Close"), QMessageBox::AcceptRole);
    box.exec();
}

void MainWindow::rememberRecent(const QString &path)
{
    if (!m_persistent)
        return;
    QSettings s;
    QStringList recent = s.value(QLatin1String(settings::kRecent)).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > settings::kMaxRecent)
        recent.removeLast();
    s.setValue(QLatin1String(settings::kRecent), recent);
    fillRecentMenu();
}

void MainWindow::fillRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(QLatin1String(settings::kRecent)).toStringList();
    int n = 0;
    for (const QString &path : recent) {
        QAction *a = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(++n).arg(QFileInfo(path).fileName()));
        a->setToolTip(path);
        a->setStatusTip(path);
        connect(a, &QAction::triggered, this, [this, path] { openScenario(path); });
    }
    if (recent.isEmpty()) {
        QAction *none = m_recentMenu->addAction(tr("No recent files"));
        none->setEnabled(false);
    } else {
        m_recentMenu->addSeparator();
        m_recentMenu->addAction(m_clearRecent);
    }
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() == 1 && urls.first().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.size() != 1 || !urls.first().isLocalFile())
        return;
    event->acceptProposedAction();
    openScenario(urls.first().toLocalFile());
}

QWidget *MainWindow::viewNamed(const QString &name)
{
    if (name == QLatin1String("journey"))
        return m_journey;
    if (name == QLatin1String("sequence") || name == QLatin1String("inspector") || name == QLatin1String("mailboxes")
        || name == QLatin1String("charts")) {
        QWidget *view = name == QLatin1String("sequence")    ? static_cast<QWidget *>(m_sequence)
                        : name == QLatin1String("inspector") ? static_cast<QWidget *>(m_inspector)
                        : name == QLatin1String("charts")    ? static_cast<QWidget *>(m_charts)
                                                             : static_cast<QWidget *>(m_mailboxes);
        m_views->setCurrentWidget(view);
        return this; // the view in its window: tabs, dialogue and explanation around it
    }
    if (name == QLatin1String("dialogue"))
        return m_transcript;
    if (name == QLatin1String("explanation"))
        return m_explanation;
    if (name == QLatin1String("stages"))
        return m_stages;
    if (name == QLatin1String("presentation")) {
        // The window as the projector shows it, at the window's size rather than the screen's.
        const QSize size = this->size();
        setPresentationMode(true);
        setWindowState(windowState() & ~Qt::WindowFullScreen);
        resize(size);
        return this;
    }
    return this;
}

void MainWindow::restoreLayout()
{
    QSettings s;
    restoreGeometry(s.value(QLatin1String(settings::kGeometry)).toByteArray());
    restoreState(s.value(QLatin1String(settings::kState)).toByteArray());
    m_mainSplit->restoreState(s.value(QLatin1String(settings::kMainSplit)).toByteArray());
    m_centreSplit->restoreState(s.value(QLatin1String(settings::kCentreSplit)).toByteArray());
    const double speed = s.value(QLatin1String(settings::kSpeed), 1.0).toDouble();
    m_player->setSpeed(speed);
}

void MainWindow::saveSettings() const
{
    if (!m_persistent)
        return;
    QSettings s;
    s.setValue(QLatin1String(settings::kSpeed), m_player->speed());
    if (m_current)
        s.setValue(QLatin1String(settings::kLastScenario), m_current->source);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    setPresentationMode(false); // the window is remembered as the teacher arranged it
    if (m_persistent) {
        QSettings s;
        s.setValue(QLatin1String(settings::kGeometry), saveGeometry());
        s.setValue(QLatin1String(settings::kState), saveState());
        s.setValue(QLatin1String(settings::kMainSplit), m_mainSplit->saveState());
        s.setValue(QLatin1String(settings::kCentreSplit), m_centreSplit->saveState());
        saveSettings();
    }
    QMainWindow::closeEvent(event);
}

} // namespace kurir::gui
