#pragma once

#include <QByteArray>
#include <QString>

namespace kurir::live {

/// A certificate and its private key, PEM-encoded.
struct PemPair
{
    QByteArray certificate;
    QByteArray privateKey;
};

/// Makes a self-signed certificate for `hostname` (an ECDSA P-256 key, valid ten years, with
/// the host name, localhost and 127.0.0.1 as subject alternative names). Qt cannot make
/// certificates, so this calls libcrypto directly. Empty on failure.
PemPair makeSelfSignedCertificate(const QByteArray &hostname);

/// The certificate Kurir keeps in `folder` (cert.pem, key.pem): loaded when there, made and
/// written (key readable by its owner only) on first use. `error` says why on failure.
bool loadOrMakeCertificate(const QString &folder, const QByteArray &hostname, PemPair *pair,
                           QString *error);

} // namespace kurir::live
