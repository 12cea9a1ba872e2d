#pragma once

#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>

namespace kurir::gui {

class Player;
class TranscriptModel;

/// Paints a dialogue line: client lines flush left in ink, server lines indented on a
/// tinted ground with the reply code in its class's colour and shape, the current step
/// highlighted.
class TranscriptDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void setCurrentEvent(int event) { m_current = event; }
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_current = -1;
};

/// The dialogue (side of the window): the transcript model in a table that follows the
/// player, keeps the current step in view, and moves the player when a line is clicked.
class TranscriptView : public QTableView
{
    Q_OBJECT

public:
    TranscriptView(Player *player, TranscriptModel *model, QWidget *parent = nullptr);
    int currentEvent() const { return m_current; }

protected:
    void changeEvent(QEvent *event) override;
    void currentChanged(const QModelIndex &current, const QModelIndex &previous) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslate();
    void follow(int index);
    void placeCurrent();
    void adjustColumns();
    int wrapColumnsForWidth() const;
    void updateWrap();

    Player *m_player;
    TranscriptModel *m_model;
    TranscriptDelegate *m_delegate;
    int m_current = -1;
    bool m_following = false;
    QTimer m_wrapTimer;
};

} // namespace kurir::gui
