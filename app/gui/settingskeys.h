#pragma once

// The names Kurir remembers things under (QSettings, organisation "Kurir", application "kurir").
namespace kurir::gui::settings {
inline constexpr char kLanguage[] = "language";
inline constexpr char kSpeed[] = "playback/speed";
inline constexpr char kLastScenario[] = "scenario/last";
inline constexpr char kRecent[] = "scenario/recent";
inline constexpr char kGeometry[] = "window/geometry";
inline constexpr char kState[] = "window/state";
inline constexpr char kMainSplit[] = "window/mainSplit";
inline constexpr char kCentreSplit[] = "window/centreSplit";
inline constexpr char kLiveListen[] = "live/listen";
inline constexpr char kLiveDomain[] = "live/domain";
inline constexpr char kLiveMaildir[] = "live/maildir";
inline constexpr int kMaxRecent = 8;
} // namespace kurir::gui::settings
