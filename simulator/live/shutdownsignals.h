#pragma once

#include <QObject>

class QSocketNotifier;

namespace kurir::live {

/// Turns SIGINT and SIGTERM into a Qt signal on the event loop (the self-pipe trick: the
/// handler only writes a byte, which is all a signal handler may safely do).
class ShutdownSignals : public QObject
{
    Q_OBJECT

public:
    explicit ShutdownSignals(QObject *parent = nullptr);
    ~ShutdownSignals() override;

signals:
    void requested(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace kurir::live
