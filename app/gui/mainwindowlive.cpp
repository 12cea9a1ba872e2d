// MainWindow's live mode: the toggle, its settings, and the live trace in the views.

#include <algorithm>

#include <QAction>
#include <QLabel>
#include <QStatusBar>
#include <QToolBar>

#include "explanationpanel.h"
#include "livedialog.h"
#include "livemode.h"
#include "mainwindow.h"
#include "player.h"
#include "scenariopicker.h"
#include "visuals.h"

namespace kurir::gui {

void MainWindow::buildLive()
{
    m_live = new LiveMode(this);
    m_liveAction = new QAction(Visuals::icon(QStringLiteral("live")), QString(), this);
    m_liveAction->setObjectName(QStringLiteral("liveAction"));
    m_liveAction->setCheckable(true);
    m_liveAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_liveAction, &QAction::triggered, this, &MainWindow::toggleLive);
    addAction(m_liveAction);
    m_liveSettingsAction = new QAction(this);
    connect(m_liveSettingsAction, &QAction::triggered, this, [this] { openLiveDialog(); });

    connect(m_live, &LiveMode::started, this, &MainWindow::onLiveStarted);
    connect(m_live, &LiveMode::failed, this, &MainWindow::onLiveFailed);
    connect(m_live, &LiveMode::updated, this, &MainWindow::showLive);

    // The status bar appears with live mode: where to send mail, and what has come.
    m_liveStatus = new QLabel(this);
    m_liveStatus->setObjectName(QStringLiteral("liveStatus"));
    m_liveStatus->setTextInteractionFlags(Qt::TextSelectableByMouse); // the swaks line, to copy
    m_liveCounts = new QLabel(this);
    m_liveCounts->setObjectName(QStringLiteral("liveCounts"));
    statusBar()->addWidget(m_liveStatus, 1);
    statusBar()->addPermanentWidget(m_liveCounts);
    statusBar()->hide();
}

bool MainWindow::isLive() const
{
    return m_liveShown;
}

void MainWindow::toggleLive(bool on)
{
    if (!on) {
        stopLive();
        return;
    }
    if (m_live->isActive())
        return;
    // The first time, the teacher says where; after that Ctrl+L starts at once.
    bool remembered = false;
    const LiveSettings settings = m_persistent ? LiveSettings::load(&remembered) : LiveSettings();
    if (remembered) {
        startLive(settings);
    } else {
        m_liveAction->setChecked(true); // on while it asks; Cancel turns it off again
        openLiveDialog();
    }
}

void MainWindow::openLiveDialog()
{
    if (!m_liveDialog) {
        m_liveDialog = new LiveDialog(this);
        m_liveDialog->setSettings(m_persistent ? LiveSettings::load() : LiveSettings());
        connect(m_liveDialog, &QDialog::accepted, this, [this] {
            const LiveSettings settings = m_liveDialog->settings();
            if (m_persistent)
                settings.save();
            startLive(settings);
        });
        connect(m_liveDialog, &QDialog::rejected, this, [this] { m_liveAction->setChecked(m_live->isActive()); });
    }
    m_liveDialog->open(); // not exec(): the lesson, and the tests, go on behind it
}

void MainWindow::startLive(const LiveSettings &settings)
{
    m_liveAction->setChecked(true);
    m_live->start(settings);
}

void MainWindow::onLiveStarted()
{
    if (!m_liveShown) {
        m_indexBeforeLive = std::max(0, m_player->index());
        m_liveShown = true;
        m_explanation->setNotes({});
        setLiveControls(true);
    }
    m_liveSequence.clear();
    m_liveTally = {};
    statusBar()->show();
    showLive(m_live->snapshot());
    retranslate();
    emit liveStarted();
}

void MainWindow::onLiveFailed(const QString &error)
{
    stopLive(); // the scenario that was open stays, or comes back
    notify(tr("Live mode"), tr("Live mode could not start: %1\n\nIf another program uses this port, choose "
                               "another one in File → Live mode settings.").arg(error));
    emit liveFailed(error);
}

void MainWindow::stopLive()
{
    if (!m_live)
        return;
    m_live->stop();
    m_liveAction->setChecked(false);
    if (!m_liveShown)
        return;
    m_liveShown = false;
    m_liveSequence.clear();
    statusBar()->hide();
    setLiveControls(false);
    if (m_current) {
        m_explanation->setNotes(m_current->notes);
        showTrace(m_current->trace, m_indexBeforeLive);
    }
    retranslate();
}

void MainWindow::showLive(const LiveTrace::Snapshot &snapshot)
{
    if (!m_liveShown || !snapshot.trace)
        return;
    // The cursor follows the newest step, unless the teacher went back to look at one: then
    // it stays on that step (found again by its number, as older sessions leave the trace).
    const int n = int(snapshot.trace->events.size());
    const int was = m_player->index();
    const bool follow = was < 0 || was >= m_player->count() - 1 || size_t(was) >= m_liveSequence.size();
    int index = n - 1;
    if (!follow) {
        const auto it = std::lower_bound(snapshot.sequence.begin(), snapshot.sequence.end(), m_liveSequence[size_t(was)]);
        index = std::min(int(it - snapshot.sequence.begin()), n - 1);
    }
    m_liveSequence = snapshot.sequence;
    m_liveTally = snapshot.counts;
    if (follow && n >= 2 && m_player->stepAnimation()) {
        showTrace(snapshot.trace, n - 2);
        m_player->stepForward(); // the newest step travels; what came before it has arrived
    } else {
        showTrace(snapshot.trace, index);
    }
    retranslateLive();
    emit liveShown();
}

void MainWindow::setLiveControls(bool live)
{
    // Live mode shows no scenario: the picker steps aside until it ends (opening a scenario
    // file ends it too).
    for (QAction *a : m_scenarioBar->actions()) {
        QWidget *w = m_scenarioBar->widgetForAction(a);
        if (w && (w == static_cast<QWidget *>(m_picker) || w == m_scenarioLabel))
            a->setVisible(!live);
    }
    m_reload->setEnabled(!live && !isLoading());
    m_whatIf->setEnabled(!live);
}

QString MainWindow::liveStatusText() const
{
    if (!m_liveShown)
        return {};
    const QString address = m_live->listenAddress();
    const QString domain = m_live->domain();
    return tr("Live: listening on %1 for %2 — try: swaks --server %1 --to bob@%2").arg(address, domain);
}

void MainWindow::retranslateLive()
{
    if (!m_liveAction)
        return;
    m_liveAction->setText(tr("&Live"));
    m_liveAction->setToolTip(tr("Live mode: Kurir becomes a real SMTP server; the sessions of real mail "
                                "programs appear in the window (Ctrl+L)"));
    m_liveSettingsAction->setText(tr("Live mode &settings…"));
    m_liveSettingsAction->setToolTip(tr("Where live mode listens, for which domain, and where it stores mail"));
    if (!m_liveShown)
        return;
    setWindowTitle(tr("Kurir — Live mode"));
    m_liveStatus->setText(liveStatusText());
    m_liveStatus->setToolTip(tr("Messages are stored in %1").arg(m_live->maildir()));
    QStringList counts{tr("%Ln session(s)", nullptr, int(m_liveTally.sessions)),
                       tr("%Ln message(s) stored", nullptr, int(m_liveTally.messages))};
    if (m_liveTally.earlierSessions > 0)
        counts << tr("%Ln earlier session(s) counted, not shown", nullptr, int(m_liveTally.earlierSessions));
    m_liveCounts->setText(counts.join(QStringLiteral(" · ")));
}

} // namespace kurir::gui
