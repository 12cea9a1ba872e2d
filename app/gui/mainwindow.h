#pragma once

#include <memory>
#include <optional>

#include <QMainWindow>

#include "chartdata.h"
#include "livetrace.h"
#include "loadedscenario.h"
#include "tracedigest.h"
#include "transcriptmodel.h"

class QAction;
class QLabel;
class QActionGroup;
class QMenu;
class QProgressBar;
class QScreen;
class QSplitter;
class QTabWidget;
class QThread;
class QToolBar;

namespace kurir::gui {

class ErrorDialog;
class LiveDialog;
class LiveMode;
struct LiveSettings;
class ExplanationPanel;
class JourneyView;
class ChartsView;
class MailboxesView;
class MessageInspector;
class SequenceView;
class PlaybackBar;
class Player;
class ScenarioPicker;
class StageStrip;
class TranscriptModel;
class TranscriptView;

/// Where the time of the last open went (the README's figures).
struct LoadTimes
{
    qint64 simulationMs = 0;   ///< running the world, on a worker thread
    qint64 simulationCpuMs = 0; ///< the CPU time that thread took for it
    qint64 simulationKernelMs = 0; ///< of which in the kernel (faulting in fresh memory)
    qint64 preparedMs = 0;     ///< the views' digest and dialogue rows, on that thread too
    qint64 viewsMs = 0;        ///< the views taking the trace, on the GUI thread
};

/// Kurir's window: the stage strip on top, the journey in the centre with the dialogue
/// beside it, the explanation below, the playback controls at the bottom. It wires the
/// views to the one player and looks after scenarios, language and settings; the views
/// do their own drawing.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /// `persistent`: remember geometry, language, speed and scenario between runs (off for
    /// --screenshot, which must not change what a teacher set up).
    explicit MainWindow(bool persistent = true, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens a built-in id or a file at step `index` (0-based). On failure the current
    /// scenario stays and a dialog lists the problems; returns false. The world runs on a
    /// worker thread: a lesson is shown before this returns; a large one (the bulk
    /// scenario) keeps running while the window, and the scenario that was open, stay
    /// usable, with a busy bar, until scenarioOpened().
    bool openScenario(const QString &idOrPath, int index = 0);
    /// True while a scenario's world runs.
    bool isLoading() const { return m_pending != nullptr; }
    LoadTimes lastLoadTimes() const { return m_loadTimes; }
    /// Switches every word of the window to `lang` ("id" or "en") at once.
    void setLanguage(const QString &lang);
    void reload();
    /// Presentation mode: full screen, larger type, the journey and its explanation only.
    void setPresentationMode(bool on);
    bool isPresentationMode() const { return m_presentation; }

    QString currentSource() const;
    Player *player() const { return m_player; }
    JourneyView *journeyView() const { return m_journey; }
    TranscriptView *transcriptView() const { return m_transcript; }
    SequenceView *sequenceView() const { return m_sequence; }
    MessageInspector *inspector() const { return m_inspector; }
    MailboxesView *mailboxesView() const { return m_mailboxes; }
    ChartsView *chartsView() const { return m_charts; }
    QAction *eavesdropperAction() const { return m_eavesdropper; }
    QAction *whatIfAction() const { return m_whatIf; }
    /// What if the server reply at the cursor had been `reply` (4xx/5xx)? Runs the lesson
    /// again with that one reply changed, opens a dialog with the two outcomes side by side
    /// and shows the new journey at that step. False (with a message) when the cursor is on
    /// no reply that can change, or `reply` is no refusal.
    bool runWhatIf(const QByteArray &reply);
    /// The tabs of the centre: journey, sequence diagram, message, mailboxes.
    QTabWidget *views() const { return m_views; }
    TranscriptModel *transcriptModel() const { return m_model; }
    ExplanationPanel *explanation() const { return m_explanation; }
    StageStrip *stageStrip() const { return m_stages; }
    PlaybackBar *playbackBar() const { return m_playback; }
    /// The dialog of the last failed open, if any.
    ErrorDialog *errorDialog() const { return m_errorDialog; }
    /// A view by its --view name (window, journey, dialogue, explanation, stages,
    /// presentation, sequence, inspector, mailboxes).
    QWidget *viewNamed(const QString &name);

    void restoreLayout();

    /// Live mode (Ctrl+L): Kurir's real SMTP server runs behind the window and the views show
    /// the real sessions as they come. Starting is asynchronous: liveStarted() or, with a
    /// notice in the window, liveFailed(). Stopping returns to the scenario that was open.
    void startLive(const LiveSettings &settings);
    void stopLive();
    bool isLive() const;
    LiveMode *liveMode() const { return m_live; }
    QAction *liveAction() const { return m_liveAction; }
    /// The settings dialog, once live mode has asked for its settings.
    LiveDialog *liveDialog() const { return m_liveDialog; }
    /// The status bar's line while live: where it listens, what to try, what it has seen.
    QString liveStatusText() const;

signals:
    /// A scenario is shown (after openScenario, when its world has run).
    void scenarioOpened();
    void liveStarted();
    void liveFailed(const QString &error);
    /// The views show a newer snapshot of the live sessions.
    void liveShown();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildActions();
    void buildMenus();
    void buildToolBars();
    void retranslate();
    void openFileDialog();
    void showAbout();
    void rememberRecent(const QString &path);
    void fillRecentMenu();
    void saveSettings() const;
    struct PendingRun;
    void finishRun(const std::shared_ptr<PendingRun> &run);
    void setLoading(bool on);
    void followScreen(QScreen *screen);
    void fitPresentationSplit(int total);
    /// The deeper views follow the cursor only while they show: the bulk trace stays quick.
    void followInViews();
    void exportSequence();
    void whatIf();
    void comparePipelining();
    void notify(const QString &title, const QString &text);
    /// Every view on `trace` at step `index`; the digest, rows and chart data when worked out
    /// elsewhere.
    void showTrace(const std::shared_ptr<const engine::Trace> &trace, int index, TraceDigest *digest = nullptr,
                   TranscriptModel::Rows *rows = nullptr, ChartInputs *charts = nullptr);
    // mainwindowlive.cpp
    void buildLive();
    void retranslateLive();
    void toggleLive(bool on);
    void openLiveDialog();
    void onLiveStarted();
    void onLiveFailed(const QString &error);
    void showLive(const LiveTrace::Snapshot &snapshot);
    void setLiveControls(bool live);

    bool m_persistent;
    Player *m_player;
    TranscriptModel *m_model;
    StageStrip *m_stages;
    JourneyView *m_journey;
    SequenceView *m_sequence;
    MessageInspector *m_inspector;
    MailboxesView *m_mailboxes;
    ChartsView *m_charts;
    bool m_pipeliningCompared = false; ///< the round-trip chart has its second run
    QTabWidget *m_views;
    int m_tabBeforePresentation = 0;
    QList<QAction *> m_viewActions;
    QAction *m_exportSequence = nullptr;
    QAction *m_eavesdropper = nullptr;
    QAction *m_whatIf = nullptr;
    TranscriptView *m_transcript;
    ExplanationPanel *m_explanation;
    QSplitter *m_mainSplit;
    QSplitter *m_centreSplit;
    PlaybackBar *m_playback;
    QToolBar *m_scenarioBar = nullptr;
    QLabel *m_scenarioLabel = nullptr;
    ScenarioPicker *m_picker = nullptr;
    ErrorDialog *m_errorDialog = nullptr;

    QMenu *m_fileMenu = nullptr, *m_recentMenu = nullptr, *m_playMenu = nullptr, *m_languageMenu = nullptr,
          *m_helpMenu = nullptr;
    QAction *m_open = nullptr, *m_reload = nullptr, *m_quit = nullptr, *m_about = nullptr;
    QAction *m_clearRecent = nullptr;
    QAction *m_present = nullptr, *m_leavePresentation = nullptr;
    QMenu *m_viewMenu = nullptr;
    bool m_presentation = false;
    bool m_wasMaximized = false;
    QByteArray m_splitBeforePresentation;
    QAction *m_langId = nullptr, *m_langEn = nullptr;
    QActionGroup *m_languages = nullptr;

    std::optional<LoadedScenario> m_current;
    std::shared_ptr<PendingRun> m_pending;
    QList<QThread *> m_runners;
    LoadTimes m_loadTimes;
    QWidget *m_busy = nullptr;
    QLabel *m_busyLabel = nullptr;
    QProgressBar *m_busyBar = nullptr;
    QAction *m_busyAction = nullptr;
    QMetaObject::Connection m_refreshRate;

    LiveMode *m_live = nullptr;
    LiveDialog *m_liveDialog = nullptr;
    QAction *m_liveAction = nullptr, *m_liveSettingsAction = nullptr;
    QLabel *m_liveStatus = nullptr, *m_liveCounts = nullptr;
    bool m_liveShown = false;               ///< the views show the live trace
    int m_indexBeforeLive = 0;              ///< the scenario's step, for when live mode ends
    std::vector<quint64> m_liveSequence;    ///< per shown event: its number in the live story
    LiveTrace::Counts m_liveTally;        ///< of the snapshot shown
};

} // namespace kurir::gui
