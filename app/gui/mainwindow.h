#pragma once

#include <optional>

#include <QMainWindow>

#include "loadedscenario.h"

class QAction;
class QLabel;
class QActionGroup;
class QMenu;
class QSplitter;
class QToolBar;

namespace kurir::gui {

class ErrorDialog;
class ExplanationPanel;
class JourneyView;
class PlaybackBar;
class Player;
class ScenarioPicker;
class StageStrip;
class TranscriptModel;
class TranscriptView;

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
    /// scenario stays and a dialog lists the problems; returns false.
    bool openScenario(const QString &idOrPath, int index = 0);
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
    TranscriptModel *transcriptModel() const { return m_model; }
    ExplanationPanel *explanation() const { return m_explanation; }
    StageStrip *stageStrip() const { return m_stages; }
    PlaybackBar *playbackBar() const { return m_playback; }
    /// The dialog of the last failed open, if any.
    ErrorDialog *errorDialog() const { return m_errorDialog; }
    /// A view by its --view name (window, journey, dialogue, explanation, stages).
    QWidget *viewNamed(const QString &name);

    void restoreLayout();

protected:
    void changeEvent(QEvent *event) override;
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

    bool m_persistent;
    Player *m_player;
    TranscriptModel *m_model;
    StageStrip *m_stages;
    JourneyView *m_journey;
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
};

} // namespace kurir::gui
